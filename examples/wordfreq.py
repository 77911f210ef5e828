"""Count word frequencies in a text and print a small bar chart."""

TEXT = """
Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could
To where it bent in the undergrowth;

Then took the other, as just as fair,
And having perhaps the better claim,
Because it was grassy and wanted wear;
Though as for that the passing there
Had worn them really about the same,
"""


def words(text):
    cleaned = "".join([ch.lower() if ch.isalpha() else " " for ch in text])
    return cleaned.split()


def frequencies(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


all_words = words(TEXT)
counts = frequencies(all_words)
print(f"{len(all_words)} words, {len(counts)} distinct")
print()

top = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:8]
width = max([len(word) for word, _ in top])
for word, n in top:
    print(f"{word:>{width}} | {'*' * n} {n}")

print()
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest)
print("words used once:", sum([1 for n in counts.values() if n == 1]))
