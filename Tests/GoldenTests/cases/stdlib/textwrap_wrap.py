# textwrap: wrap/fill with the TextWrapper options, hyphen and long-word breaking,
# max_lines and placeholder, shorten, dedent, indent, and the errors.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module is a "
        "well-known, goof-ball-friendly helper -- it handles em-dashes, hyphenated-words "
        "and supercalifragilisticexpialidocious words too.")
for width in [10, 20, 35, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap("a-b-c-d-e-f long-hyphenated-compound-word", 8))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading  ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\there\tand\nnewline", 12), textwrap.wrap("tab\there", 30, expand_tabs=False))
print(textwrap.wrap("tab\there", 30, tabsize=4), textwrap.wrap("keep\nlines", 30, replace_whitespace=False))
print(textwrap.wrap("Hello there. This is it! Really? Yes.", 80, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one", 10))
print(textwrap.shorten("Hello  world!  This is   a test", 12), textwrap.shorten("Hello world", 11))
print(textwrap.shorten("Hello world, how are you", 15, placeholder="..."))
w = textwrap.TextWrapper(width=25, initial_indent="> ", subsequent_indent="| ")
print(w.wrap(text)[:3], w.width, w.break_long_words)
w.width = 12
print(w.fill("the width can change after construction"))

print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  a\n\n  b\n   \n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n")), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\nb\n\nc", "  ")), repr(textwrap.indent("a\n  \nb", "> ", lambda line: True)))

for kwargs in [{"width": 0}, {"width": -1}, {"width": 5, "max_lines": 1, "placeholder": " [......]"}]:
    try:
        textwrap.wrap("some text here", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
