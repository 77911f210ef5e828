# Sizes and widths far beyond memory end in MemoryError or OverflowError, never a crash.
import sys

M = sys.maxsize
for expr in ["[0] * 3 * M", "(1,) * M", "b'ab' * M", "'ab' * M", "[1, 2] * (M // 2)",
             "'abc'.center(M)", "'abc'.ljust(M)", "'abc'.rjust(M // 2)", "'abc'.zfill(M)",
             "b'ab'.center(M)", "b'ab'.zfill(M)", "chr(M)", "chr(-M - 1)", "chr(0x110000)"]:
    try:
        eval(expr)
        print(expr, "made")
    except (MemoryError, OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
print("x".zfill(-M - 1), "ab".center(-5), [1, 2] * -M, "ab" * -1)
print("abc".center(9, "*"), "7".zfill(4), b"ab".rjust(5), [0, 1] * 3)
