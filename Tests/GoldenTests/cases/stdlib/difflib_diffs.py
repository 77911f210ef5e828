# difflib: SequenceMatcher (ratios, matching blocks, opcodes, junk, autojunk), get_close_matches,
# unified_diff, context_diff, ndiff with intraline hints, restore, and the errors.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
s = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "abc", "").get_opcodes())
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [2, 3, 5]).get_matching_blocks())
long_a = "ab" * 150
long_b = "ba" * 150 + "x"
print(difflib.SequenceMatcher(None, long_a, long_b).ratio(), difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio())
print(list(difflib.SequenceMatcher(None, "abcdefghij" * 3, "abcXefghij" * 3).get_grouped_opcodes(2)))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "shell", "wheels"], n=2, cutoff=0.5))
print(difflib.get_close_matches("xyz", ["abc"]))

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")))
print("".join(difflib.unified_diff(a, b, n=1, fromfiledate="2020", tofiledate="2021")))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
print("".join(difflib.context_diff(a, b, fromfile="before.txt", tofile="after.txt")))
delta = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)), end="")
print("".join(difflib.restore(delta, 2)), end="")
print("".join(difflib.ndiff(["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])), end="")
print("".join(difflib.ndiff(["abcdefg\n", "same\n", "xyz\n"], ["abcdXfg\n", "same\n"])), end="")
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("code\n"))

for f, args in [(difflib.get_close_matches, ("a", ["a"], 0)), (difflib.get_close_matches, ("a", ["a"], 3, 1.5)),
                (lambda: list(difflib.restore([], 3)), ()), (lambda: list(difflib.unified_diff([b"x"], [b"y"])), ())]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
