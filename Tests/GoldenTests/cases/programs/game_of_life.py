# Conway's Game of Life for a few generations on a small torus.
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().split("\n")) for c, ch in enumerate(line) if ch == "#"}
def neighbours(cell, rows, cols):
    r, c = cell
    return [((r + dr) % rows, (c + dc) % cols) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
def step(live, rows, cols):
    counts = {}
    for cell in live:
        for n in neighbours(cell, rows, cols):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, rows, cols):
    return "\n".join(["".join(["#" if (r, c) in live else "." for c in range(cols)]) for r in range(rows)])
glider = parse("""
.#......
..#.....
###.....
........
........
........
""")
rows, cols = 6, 8
live = glider
for gen in range(5):
    print(f"generation {gen} ({len(live)} alive)")
    print(render(live, rows, cols))
    live = step(live, rows, cols)
blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print("blinker period 2:", b2 == blinker, b1 != blinker)
print(render(b1, 5, 5))
block = parse("##\n##")
print("block is still life:", step(block, 4, 4) == block)
live = glider
for _ in range(96):
    live = step(live, rows, cols)
print("glider after 96 steps (24 cells down and right on a 6x8 torus) back to start:", live == glider, sorted(live))
