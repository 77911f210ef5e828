# argparse --help and usage text: sections, wrapping of long usage lines and help, metavars.
import argparse
import sys

parser = argparse.ArgumentParser(
    prog="backup",
    description="Copy files to a backup location, keeping several generations of every file "
                "and pruning the oldest ones when the disk fills up.",
    epilog="Report bugs to the %(prog)s maintainers.")
parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to back up")
parser.add_argument("target", help="the backup directory")
parser.add_argument("-k", "--keep", type=int, default=3,
                    help="number of generations to keep (default: %(default)s)")
parser.add_argument("--compress", choices=["gzip", "bzip2", "none"], default="none",
                    help="compression to use, one of %(choices)s")
parser.add_argument("--exclude-pattern-from-a-very-long-option-name", metavar="GLOB",
                    action="append", help="skip files matching GLOB; may be given several times")
parser.add_argument("-n", "--dry-run", action="store_true", help="show what would be done")
parser.add_argument("--secret", help=argparse.SUPPRESS)
parser.add_argument("--size", nargs=2, metavar=("MIN", "MAX"), type=int)
parser.add_argument("--opt", nargs="*")
group = parser.add_argument_group("network", "Options for remote targets.")
group.add_argument("--host", default="localhost", help="remote host")
group.add_argument("--port", type=int)
parser.print_help()
print("---")
parser.print_usage()
print("---")
print(parser.format_usage(), end="")

small = argparse.ArgumentParser(prog="small", add_help=False)
small.add_argument("x")
print(small.format_help(), end="")
print("---")

try:
    parser.parse_args(["--help"])
except SystemExit as e:
    print("exit", e.code)

versioned = argparse.ArgumentParser(prog="v")
versioned.add_argument("--version", action="version", version="%(prog)s 1.2")
try:
    versioned.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)

raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="line one\n   indented line two\n")
raw.add_argument("--x", help="x help")
raw.print_help()

defaults = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
defaults.add_argument("--level", default=5, help="the level")
defaults.add_argument("--name", help="a name")
defaults.print_help()
