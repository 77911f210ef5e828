"""Conway's Game of Life on a small wrapping board."""

ROWS, COLS = 8, 14

START = """
..............
...#.......##.
....#......##.
..###.........
..............
..............
..............
..............
"""


def parse(text):
    cells = set()
    for r, line in enumerate(text.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % ROWS, (c + dc) % COLS)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live):
    for r in range(ROWS):
        print("".join(["#" if (r, c) in live else "." for c in range(COLS)]))


live = parse(START)
for generation in range(4):
    print(f"generation {generation}: {len(live)} cells")
    show(live)
    print()
    live = step(live)
