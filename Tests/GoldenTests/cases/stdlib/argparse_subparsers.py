# argparse subcommands: add_subparsers, per-command arguments, help and errors.
import argparse

parser = argparse.ArgumentParser(prog="git")
parser.add_argument("--debug", action="store_true")
sub = parser.add_subparsers(dest="command", help="the command to run")
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
commit.add_argument("--amend", action="store_true")
push = sub.add_parser("push", help="send commits", aliases=["p"])
push.add_argument("remote", nargs="?", default="origin")
push.set_defaults(func="push-func")

print(parser.parse_args(["commit", "-m", "hello"]))
print(parser.parse_args(["--debug", "push"]))
print(parser.parse_args(["p", "upstream"]))
print(parser.parse_args([]))
parser.print_help()
commit.print_help()

for argv in (["fetch"], ["commit"], ["commit", "-m", "x", "extra"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

titled = argparse.ArgumentParser(prog="tool")
cmds = titled.add_subparsers(title="commands", description="valid commands", required=True, dest="cmd")
cmds.add_parser("a")
cmds.add_parser("b")
titled.print_help()
try:
    titled.parse_args([])
except SystemExit as e:
    print("exit", e.code)
