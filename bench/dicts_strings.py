# Benchmark: dict and string work (building keys, counting, slicing, joining, formatting).
def make_words(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 1 + x % 4
        parts = []
        y = x
        for _ in range(length):
            parts.append(syllables[y % 10])
            y //= 10
        words.append("".join(parts))
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def index_by_prefix(words):
    index = {}
    for w in words:
        key = w[:3].upper() + ":" + str(len(w))
        if key in index:
            index[key].append(w)
        else:
            index[key] = [w]
    return index


def render(counts):
    lines = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2000]:
        lines.append(f"{word:>10}|{n:6d}|{word[::-1]}")
    return "\n".join(lines)


words = make_words(480000)
counts = count(words)
index = index_by_prefix(words)
report = render(counts)
text = " ".join(words[:100000])
replaced = text.replace("ka", "KA").split(" ")
checksum = 0
for i, ch in enumerate(report):
    checksum = (checksum * 31 + ord(ch) + i) % 1000003
print("distinct words:", len(counts), "prefix keys:", len(index))
print("most common:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("report lines:", report.count("\n") + 1, "replaced:", sum([w.count("KA") for w in replaced]))
print("checksum:", checksum)
