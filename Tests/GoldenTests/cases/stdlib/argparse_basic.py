# argparse: positionals, optionals, types, choices, defaults, actions, nargs, Namespace.
import argparse

parser = argparse.ArgumentParser(prog="tool", description="Process some files.")
parser.add_argument("source", help="where to read from")
parser.add_argument("dest", nargs="?", default="out.txt", help="where to write")
parser.add_argument("-n", "--count", type=int, default=1, help="how many times")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("-q", "--quiet", action="store_true")
parser.add_argument("--no-color", dest="color", action="store_false")
parser.add_argument("--level", action="store_const", const=10)
parser.add_argument("-I", "--include", action="append", metavar="DIR")
parser.add_argument("--ratio", type=float)

print(parser.parse_args(["in.txt"]))
print(parser.parse_args(["in.txt", "o.txt", "-n", "3", "--mode=slow", "-vvv", "-q"]))
print(parser.parse_args(["-I", "a", "--include", "b", "-Ic", "x", "--no-color", "--level"]))
print(parser.parse_args(["--count=5", "--ratio", "0.5", "--", "-weird-name"]))
args = parser.parse_args(["s", "--co", "2"])
print(args.count, args.source, vars(args) == vars(parser.parse_args(["s", "-n2"])))
print("source" in args, "nothing" in args)

nargs = argparse.ArgumentParser(prog="nargs")
nargs.add_argument("first", nargs=2)
nargs.add_argument("rest", nargs="*")
nargs.add_argument("--pair", nargs=2, type=int)
nargs.add_argument("--many", nargs="+")
nargs.add_argument("--maybe", nargs="?", const="C", default="D")
print(nargs.parse_args(["a", "b"]))
print(nargs.parse_args(["a", "b", "c", "d", "--pair", "1", "2", "--many", "x", "y"]))
print(nargs.parse_args(["a", "b", "--maybe"]))
print(nargs.parse_args(["--maybe", "m", "a", "b", "c"]))

known, extra = parser.parse_known_args(["in", "--unknown", "-x", "extra1", "-n", "4"])
print(known, extra)

ns = argparse.Namespace(b=2, a="x")
print(ns, ns == argparse.Namespace(a="x", b=2), ns != argparse.Namespace(a=1))
ns.c = [1]
print(ns, vars(ns))
print(argparse.Namespace(**{"with-dash": 1, "ok": 2}))

defaults = argparse.ArgumentParser()
defaults.add_argument("--x", type=int, default="7")
defaults.set_defaults(y="why")
print(defaults.parse_args([]), defaults.get_default("x"), defaults.get_default("y"))

neg = argparse.ArgumentParser()
neg.add_argument("value", type=int)
neg.add_argument("-f", type=float)
print(neg.parse_args(["-5", "-f", "-2.5"]))

ext = argparse.ArgumentParser()
ext.add_argument("--item", action="extend", nargs="+")
ext.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
print(ext.parse_args(["--item", "a", "b", "--item", "c", "--no-flag"]))
