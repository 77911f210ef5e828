# Word frequency count from a text literal.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""
def words_of(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch.isspace() else " ")
    return "".join(cleaned).split()
words = words_of(TEXT)
print("total words:", len(words), "distinct:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
width = max([len(w) for w, _ in top])
for word, count in top:
    print(f"{word:<{width}} {count:>3} {'#' * count}")
by_length = {}
for w in set(words):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
once = sorted([w for w, c in freq.items() if c == 1])
print("hapax legomena:", len(once), once[:8])
lines = [line for line in TEXT.strip().split("\n")]
print("longest line:", max(lines, key=len))
print("line word counts:", [len(words_of(line)) for line in lines])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("top letters:", sorted(letters.items(), key=lambda kv: -kv[1])[:5])
