# argparse errors: usage and "prog: error: ..." on stderr with exit status 2.
import argparse
import sys

parser = argparse.ArgumentParser(prog="calc")
parser.add_argument("op", choices=["add", "sub"])
parser.add_argument("numbers", type=int, nargs="+")
parser.add_argument("--scale", type=float)
parser.add_argument("--name", required=True)
parser.add_argument("--pair", nargs=2)
group = parser.add_mutually_exclusive_group()
group.add_argument("--up", action="store_true")
group.add_argument("--down", action="store_true")


def attempt(argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code, "for", argv)
        sys.stderr.flush()


attempt(["add", "1", "--name", "n"])
attempt([])
attempt(["mul", "1", "--name", "n"])
attempt(["add", "x", "--name", "n"])
attempt(["add", "1", "--name", "n", "--scale", "big"])
attempt(["add", "1"])
attempt(["add", "1", "--name"])
attempt(["add", "1", "--name", "n", "--pair", "a"])
attempt(["add", "1", "--name", "n", "--up", "--down"])
attempt(["add", "1", "--name", "n", "--bogus", "z"])
attempt(["add", "--name", "n"])

ambiguous = argparse.ArgumentParser(prog="amb")
ambiguous.add_argument("--verbose", action="store_true")
ambiguous.add_argument("--version", action="store_true")
try:
    ambiguous.parse_args(["--ver"])
except SystemExit as e:
    print("exit", e.code)

required = argparse.ArgumentParser(prog="req")
choice = required.add_mutually_exclusive_group(required=True)
choice.add_argument("--a", action="store_true")
choice.add_argument("--b", action="store_true")
try:
    required.parse_args([])
except SystemExit as e:
    print("exit", e.code)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


typed = argparse.ArgumentParser(prog="typed")
typed.add_argument("n", type=positive)
try:
    typed.parse_args(["-3"])
except SystemExit as e:
    print("exit", e.code)
try:
    typed.parse_args(["0"])
except SystemExit as e:
    print("exit", e.code)

try:
    parser.add_argument("--up")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    parser.add_argument("bad", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    parser.add_argument("--x", action="store_true", nargs=1)
except TypeError as e:
    print("TypeError:", e)
try:
    parser.add_argument("--y", action="unknown")
except ValueError as e:
    print("ValueError:", e)

quiet = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
quiet.add_argument("--n", type=int)
try:
    quiet.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

parser.error("custom message")
