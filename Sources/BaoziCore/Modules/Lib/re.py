"""Regular expressions with Python's syntax and semantics, matched by PCRE2.

The parser below reads Python's pattern syntax (raising re.error with CPython's messages and
positions) and writes the same pattern in PCRE2's syntax: every group numbered (names stay
here, in groupindex), literals as hex escapes, `\\Z` as `\\z`, Python's `\\s` set spelled out.
_baozi_re compiles that text with PCRE2 and returns the offsets of a match; Pattern and Match
build everything else on top (findall, sub, split, templates) as CPython's _sre does.
"""

import _baozi_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
_PCRE2_MAXREPEAT = 65535

# MARK: - Flags

# In RegexFlag's order (its repr), and in the order Pattern's repr names them.
_FLAG_NAMES = [
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
    (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"),
]
_PATTERN_FLAG_NAMES = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
]


def _flag_names(value, table):
    names = []
    for bit, name in table:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


class RegexFlag(int):
    """The re flags: ints whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        if value & 511 == 0:
            return "re.RegexFlag(%d)" % value
        return _flag_names(value, _FLAG_NAMES)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        for bit, name in _FLAG_NAMES:
            if int(self) == bit:
                return name
        return None


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)

_TYPE_FLAGS = 256 | 4 | 32
_GLOBAL_FLAGS = 128
_INLINE_FLAGS = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "t": 1, "u": 32}


# MARK: - Errors

class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


# MARK: - Tokenizer

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SPECIAL_CHARS = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"

_ESCAPES = {
    "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
}
# Escapes that are a set of characters (in and out of classes) or an assertion (outside).
_CATEGORY_ESCAPES = "dDsSwW"
_AT_ESCAPES = {"\\A": "\\A", "\\Z": "\\z", "\\b": "\\b", "\\B": "\\B"}


class _Tokenizer:
    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, "latin1")
        self.decoded = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.decoded):
            self.next = None
            return
        char = self.decoded[index]
        if char == "\\":
            index += 1
            if index >= len(self.decoded):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += self.decoded[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


# MARK: - Parser state

class _State:
    def __init__(self, flags, pattern):
        self.flags = flags
        self.pattern = pattern
        self.groupdict = {}
        self.groupwidths = [None]   # group 0
        self.parents = [0]          # the enclosing group of each group, for lastindex
        self.open_groups = [0]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        self.parents.append(self.open_groups[-1])
        self.open_groups.append(gid)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, width):
        self.groupwidths[gid] = width
        self.open_groups.pop()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


# An item of a parsed sequence: its PCRE2 text, its kind and its width.
_LITERAL, _SET, _AT, _REPEAT, _GROUP, _OTHER = range(6)


class _Item:
    __slots__ = ("text", "kind", "lo", "hi", "code")

    def __init__(self, text, kind, lo, hi, code=None):
        self.text = text
        self.kind = kind
        self.lo = lo
        self.hi = hi
        self.code = code   # the code point of a literal


def _hexchar(code):
    return "\\x{%x}" % code


def _literal_text(code):
    if code < 128 and (48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122):
        return chr(code)
    return _hexchar(code)


def _category_text(letter, in_class, unicode_mode):
    """PCRE2 for \\d \\D \\s \\S \\w \\W: UCP's classes for text, ASCII sets under ASCII."""
    if not unicode_mode:
        sets = {"d": "0-9", "s": " \\t\\n\\r\\f\\x{b}", "w": "a-zA-Z0-9_"}
        body = sets[letter.lower()]
        if in_class:
            return body if letter.islower() else "\\" + letter
        return ("[%s]" if letter.islower() else "[^%s]") % body
    if letter in "sS":
        # Python's str \s also takes \x1c-\x1f and \x85 (str.isspace), which PCRE2's does not.
        extra = "\\s\\x{1c}-\\x{1f}\\x{85}"
        if in_class:
            return extra if letter == "s" else "\\S"
        return "[%s]" % extra if letter == "s" else "[^%s]" % extra
    return "\\" + letter


def _add_widths(a, b):
    return min(a + b, MAXREPEAT)


# MARK: - Parser

class _Parser:
    def __init__(self, pattern, flags):
        self.source = _Tokenizer(pattern)
        self.state = _State(flags, pattern)
        self.istext = isinstance(pattern, str)

    def unicode_mode(self, ascii_scoped):
        return self.istext and not ascii_scoped and not (self.state.flags & 256)

    def class_escape(self, escape, ascii_scoped):
        """An escape inside [...]: (kind, value): literal code point or category text."""
        source = self.source
        code = _ESCAPES.get(escape)
        if code is not None:
            return _LITERAL, code
        c = escape[1:2]
        if c in _CATEGORY_ESCAPES and len(escape) == 2:
            return _SET, _category_text(c, True, self.unicode_mode(ascii_scoped))
        value = self.number_escape(escape, c, in_class=True)
        if value is not None:
            return _LITERAL, value
        if c in _DIGITS:
            raise source.error("bad escape %s" % escape, len(escape))
        if len(escape) == 2:
            if c in _ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return _LITERAL, ord(escape[1])
        raise source.error("bad escape %s" % escape, len(escape))

    def number_escape(self, escape, c, in_class):
        """The code point of \\x, \\u, \\U, \\N{...} and (in classes) octal escapes, or None."""
        source = self.source
        if c == "x":
            escape += source.getwhile(2, _HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return int(escape[2:], 16)
        if c == "u" and source.istext:
            escape += source.getwhile(4, _HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return int(escape[2:], 16)
        if c == "U" and source.istext:
            escape += source.getwhile(8, _HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            value = int(escape[2:], 16)
            if value > 0x10FFFF:
                raise source.error("bad escape %s" % escape, len(escape))
            return value
        if c == "N" and source.istext:
            if not source.match("{"):
                raise source.error("missing {")
            charname = source.getuntil("}", "character name")
            try:
                import unicodedata
                return ord(unicodedata.lookup(charname))
            except (KeyError, TypeError, ImportError):
                raise source.error("undefined character name %r" % charname,
                                   len(charname) + len("\\N{}")) from None
        if in_class and c in _OCTDIGITS:
            escape += source.getwhile(2, _OCTDIGITS)
            value = int(escape[1:], 8)
            if value > 0o377:
                raise source.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
            return value
        return None

    def escape(self, escape, ascii_scoped):
        """An escape outside a class, as an _Item."""
        source = self.source
        state = self.state
        if escape in _AT_ESCAPES:
            return _Item(_AT_ESCAPES[escape], _AT, 0, 0)
        c = escape[1:2]
        if c in _CATEGORY_ESCAPES and len(escape) == 2:
            return _Item(_category_text(c, False, self.unicode_mode(ascii_scoped)), _SET, 1, 1)
        code = _ESCAPES.get(escape)
        if code is not None:
            return self.literal(code)
        value = self.number_escape(escape, c, in_class=False)
        if value is not None:
            return self.literal(value)
        if c == "0":
            escape += source.getwhile(2, _OCTDIGITS)
            return self.literal(int(escape[1:], 8))
        if c in _DIGITS:
            # An octal escape or a group reference.
            if source.next is not None and source.next in _DIGITS:
                escape += source.get()
                if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                        source.next is not None and source.next in _OCTDIGITS):
                    escape += source.get()
                    value = int(escape[1:], 8)
                    if value > 0o377:
                        raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                                           len(escape))
                    return self.literal(value)
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group", len(escape))
                state.checklookbehindgroup(group, source)
                return self.groupref(group)
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        if len(escape) == 2:
            if c in _ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return self.literal(ord(escape[1]))
        raise source.error("bad escape %s" % escape, len(escape))

    def literal(self, code):
        return _Item(_literal_text(code), _LITERAL, 1, 1, code)

    def groupref(self, gid):
        lo, hi = self.state.groupwidths[gid]
        return _Item("\\g{%d}" % gid, _OTHER, lo, hi)

    def parse_sub(self, verbose, nested, ascii_scoped):
        """An alternation a|b|c: (text, lo, hi)."""
        source = self.source
        texts = []
        lo = MAXREPEAT
        hi = 0
        while True:
            text, ilo, ihi = self.parse(verbose, nested + 1, not nested and not texts, ascii_scoped)
            texts.append(text)
            lo = min(lo, ilo)
            hi = max(hi, ihi)
            if not source.match("|"):
                break
            if not nested:
                verbose = self.state.flags & 64
        return "|".join(texts), lo, hi

    def parse(self, verbose, nested, first, ascii_scoped):
        """A sequence of items up to | or ): (text, lo, hi)."""
        source = self.source
        state = self.state
        items = []
        while True:
            this = source.next
            if this is None or this in "|)":
                break
            source.get()
            if verbose:
                if this in _WHITESPACE:
                    continue
                if this == "#":
                    while True:
                        this = source.get()
                        if this is None or this == "\n":
                            break
                    continue
            if this[0] == "\\":
                items.append(self.escape(this, ascii_scoped))
            elif this not in _SPECIAL_CHARS:
                items.append(self.literal(ord(this)))
            elif this == "[":
                items.append(self.parse_class(ascii_scoped))
            elif this in _REPEAT_CHARS:
                here = source.tell()
                if this == "?":
                    lo, hi = 0, 1
                elif this == "*":
                    lo, hi = 0, MAXREPEAT
                elif this == "+":
                    lo, hi = 1, MAXREPEAT
                else:
                    if source.next == "}":
                        items.append(self.literal(ord(this)))
                        continue
                    lo, hi = 0, MAXREPEAT
                    low = high = ""
                    while source.next is not None and source.next in _DIGITS:
                        low += source.get()
                    if source.match(","):
                        while source.next is not None and source.next in _DIGITS:
                            high += source.get()
                    else:
                        high = low
                    if not source.match("}"):
                        items.append(self.literal(ord(this)))
                        source.seek(here)
                        continue
                    if low:
                        lo = int(low)
                        if lo >= MAXREPEAT:
                            raise OverflowError("the repetition number is too large")
                    if high:
                        hi = int(high)
                        if hi >= MAXREPEAT:
                            raise OverflowError("the repetition number is too large")
                        if hi < lo:
                            raise source.error("min repeat greater than max repeat", source.tell() - here)
                if not items or items[-1].kind == _AT:
                    raise source.error("nothing to repeat", source.tell() - here + len(this))
                item = items[-1]
                if item.kind == _REPEAT:
                    raise source.error("multiple repeat", source.tell() - here + len(this))
                suffix = ""
                if source.match("?"):
                    suffix = "?"
                elif source.match("+"):
                    suffix = "+"
                items[-1] = self.repeat(item, lo, hi, suffix)
            elif this == ".":
                items.append(_Item(".", _SET, 1, 1))
            elif this == "(":
                item = self.parse_group(verbose, nested, first and not items, ascii_scoped)
                if item is None:
                    continue
                if item == "flags":
                    # Global flags: verbose may have been turned on for the rest.
                    verbose = state.flags & 64
                    continue
                items.append(item)
            elif this == "^":
                items.append(_Item("^", _AT, 0, 0))
            elif this == "$":
                items.append(_Item("$", _AT, 0, 0))
        lo = 0
        hi = 0
        for item in items:
            lo = _add_widths(lo, item.lo)
            hi = _add_widths(hi, item.hi)
        return "".join([item.text for item in items]), lo, hi

    def repeat(self, item, lo, hi, suffix):
        if hi > _PCRE2_MAXREPEAT and hi != MAXREPEAT or lo > _PCRE2_MAXREPEAT:
            raise OverflowError("the repetition number is too large for this implementation")
        if (lo, hi) == (0, MAXREPEAT):
            quant = "*"
        elif (lo, hi) == (1, MAXREPEAT):
            quant = "+"
        elif (lo, hi) == (0, 1):
            quant = "?"
        elif hi == MAXREPEAT:
            quant = "{%d,}" % lo
        elif lo == hi:
            quant = "{%d}" % lo
        else:
            quant = "{%d,%d}" % (lo, hi)
        text = item.text
        if item.kind == _GROUP and text.startswith("(?") and text[2:3] in "=!<":
            # PCRE2 repeats an assertion at most once; Python matches it the same way.
            text = "(?:" + text + ")"
        width_lo = min(item.lo * lo, MAXREPEAT)
        if hi == MAXREPEAT and item.hi:
            width_hi = MAXREPEAT
        else:
            width_hi = min(item.hi * hi, MAXREPEAT)
        return _Item(text + quant + suffix, _REPEAT, width_lo, width_hi)

    def parse_class(self, ascii_scoped):
        source = self.source
        here = source.tell() - 1
        parts = []
        negate = source.match("^")
        count = 0
        single = None
        while True:
            this = source.get()
            if this is None:
                raise source.error("unterminated character set", source.tell() - here)
            if this == "]" and count:
                break
            if this[0] == "\\":
                code1 = self.class_escape(this, ascii_scoped)
            else:
                code1 = _LITERAL, ord(this)
            if source.match("-"):
                that = source.get()
                if that is None:
                    raise source.error("unterminated character set", source.tell() - here)
                if that == "]":
                    parts.append(self.class_part(code1))
                    parts.append(_hexchar(ord("-")))
                    count += 2
                    break
                if that[0] == "\\":
                    code2 = self.class_escape(that, ascii_scoped)
                else:
                    code2 = _LITERAL, ord(that)
                if code1[0] != _LITERAL or code2[0] != _LITERAL:
                    raise source.error("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
                if code2[1] < code1[1]:
                    raise source.error("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
                parts.append(_hexchar(code1[1]) + "-" + _hexchar(code2[1]))
                count += 2
            else:
                parts.append(self.class_part(code1))
                single = code1 if count == 0 else None
                count += 1
        if count == 1 and single is not None and single[0] == _LITERAL and not negate:
            return self.literal(single[1])
        return _Item("[" + ("^" if negate else "") + "".join(parts) + "]", _SET, 1, 1)

    def class_part(self, code):
        if code[0] == _LITERAL:
            return _hexchar(code[1])
        return code[1]

    def parse_group(self, verbose, nested, first, ascii_scoped):
        """After '(': an _Item, None (a comment), or "flags" (global inline flags)."""
        source = self.source
        state = self.state
        start = source.tell() - 1
        capture = True
        atomic = False
        name = None
        add_flags = 0
        del_flags = 0
        if source.match("?"):
            char = source.get()
            if char is None:
                raise source.error("unexpected end of pattern")
            if char == "P":
                if source.match("<"):
                    name = source.getuntil(">", "group name")
                    source.checkgroupname(name, 1)
                elif source.match("="):
                    name = source.getuntil(")", "group name")
                    source.checkgroupname(name, 1)
                    gid = state.groupdict.get(name)
                    if gid is None:
                        raise source.error("unknown group name %r" % name, len(name) + 1)
                    if not state.checkgroup(gid):
                        raise source.error("cannot refer to an open group", len(name) + 1)
                    state.checklookbehindgroup(gid, source)
                    return self.groupref(gid)
                else:
                    char = source.get()
                    if char is None:
                        raise source.error("unexpected end of pattern")
                    raise source.error("unknown extension ?P" + char, len(char) + 2)
            elif char == ":":
                capture = False
            elif char == "#":
                while True:
                    if source.next is None:
                        raise source.error("missing ), unterminated comment", source.tell() - start)
                    if source.get() == ")":
                        break
                return None
            elif char in "=!<":
                behind = False
                if char == "<":
                    char = source.get()
                    if char is None:
                        raise source.error("unexpected end of pattern")
                    if char not in "=!":
                        raise source.error("unknown extension ?<" + char, len(char) + 2)
                    behind = True
                    lookbehindgroups = state.lookbehindgroups
                    if lookbehindgroups is None:
                        state.lookbehindgroups = state.groups
                text, lo, hi = self.parse_sub(verbose, nested + 1, ascii_scoped)
                if behind:
                    if lookbehindgroups is None:
                        state.lookbehindgroups = None
                if not source.match(")"):
                    raise source.error("missing ), unterminated subpattern", source.tell() - start)
                if behind and lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                opener = "(?" + ("<" if behind else "") + char
                return _Item(opener + text + ")", _GROUP, 0, 0)
            elif char == "(":
                return self.parse_conditional(verbose, nested, start, ascii_scoped)
            elif char == ">":
                capture = False
                atomic = True
            elif char in _INLINE_FLAGS or char == "-":
                flags = self.parse_flags(char)
                if flags is None:
                    if not first:
                        raise source.error("global flags not at the start of the expression",
                                           source.tell() - start)
                    return "flags"
                add_flags, del_flags = flags
                capture = False
            else:
                raise source.error("unknown extension ?" + char, len(char) + 1)
        if capture:
            try:
                group = state.opengroup(name)
            except error as err:
                raise source.error(err.msg, len(name) + 1) from None
        else:
            group = None
        sub_verbose = (verbose or (add_flags & 64)) and not (del_flags & 64)
        sub_ascii = (ascii_scoped or bool(add_flags & 256)) and not (add_flags & 32)
        text, lo, hi = self.parse_sub(sub_verbose, nested + 1, sub_ascii)
        if not source.match(")"):
            raise source.error("missing ), unterminated subpattern", source.tell() - start)
        if group is not None:
            state.closegroup(group, (lo, hi))
            return _Item("(" + text + ")", _GROUP, lo, hi)
        if atomic:
            return _Item("(?>" + text + ")", _GROUP, lo, hi)
        on = "".join([c for c, bit in (("i", 2), ("m", 8), ("s", 16)) if add_flags & bit])
        off = "".join([c for c, bit in (("i", 2), ("m", 8), ("s", 16)) if del_flags & bit])
        opener = "(?" + on + ("-" + off if off else "") + ":"
        return _Item(opener + text + ")", _GROUP, lo, hi)

    def parse_conditional(self, verbose, nested, start, ascii_scoped):
        source = self.source
        state = self.state
        condname = source.getuntil(")", "group name")
        if condname.isidentifier():
            source.checkgroupname(condname, 1)
            condgroup = state.groupdict.get(condname)
            if condgroup is None:
                raise source.error("unknown group name %r" % condname, len(condname) + 1)
        else:
            try:
                condgroup = int(condname)
                if condgroup < 0:
                    raise ValueError
            except ValueError:
                raise source.error("bad character in group name %r" % condname, len(condname) + 1) from None
            if not condgroup:
                raise source.error("bad group number", len(condname) + 1)
            if condgroup >= MAXGROUPS:
                raise source.error("invalid group reference %d" % condgroup, len(condname) + 1)
            if condgroup not in state.grouprefpos:
                state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
        state.checklookbehindgroup(condgroup, source)
        yes_text, yes_lo, yes_hi = self.parse(verbose, nested + 1, False, ascii_scoped)
        if source.match("|"):
            no_text, no_lo, no_hi = self.parse(verbose, nested + 1, False, ascii_scoped)
            if source.next == "|":
                raise source.error("conditional backref with more than two branches")
            lo = min(yes_lo, no_lo)
            hi = max(yes_hi, no_hi)
            text = "(?(%d)%s|%s)" % (condgroup, yes_text, no_text)
        else:
            lo = 0
            hi = yes_hi
            text = "(?(%d)%s)" % (condgroup, yes_text)
        if not source.match(")"):
            raise source.error("missing ), unterminated subpattern", source.tell() - start)
        return _Item(text, _GROUP, lo, hi)

    def parse_flags(self, char):
        source = self.source
        state = self.state
        add_flags = 0
        del_flags = 0
        if char != "-":
            while True:
                flag = _INLINE_FLAGS[char]
                if source.istext:
                    if char == "L":
                        raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
                else:
                    if char == "u":
                        raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add_flags |= flag
                if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                    raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                char = source.get()
                if char is None:
                    raise source.error("missing -, : or )")
                if char in ")-:":
                    break
                if char not in _INLINE_FLAGS:
                    msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                    raise source.error(msg, len(char))
        if char == ")":
            state.flags |= add_flags
            return None
        if add_flags & _GLOBAL_FLAGS:
            raise source.error("bad inline flags: cannot turn on global flag", 1)
        if char == "-":
            char = source.get()
            if char is None:
                raise source.error("missing flag")
            if char not in _INLINE_FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing flag"
                raise source.error(msg, len(char))
            while True:
                flag = _INLINE_FLAGS[char]
                if flag & _TYPE_FLAGS:
                    raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                del_flags |= flag
                char = source.get()
                if char is None:
                    raise source.error("missing :")
                if char == ":":
                    break
                if char not in _INLINE_FLAGS:
                    msg = "unknown flag" if char.isalpha() else "missing :"
                    raise source.error(msg, len(char))
        if del_flags & _GLOBAL_FLAGS:
            raise source.error("bad inline flags: cannot turn off global flag", 1)
        if add_flags & del_flags:
            raise source.error("bad inline flags: flag turned on and off", 1)
        return add_flags, del_flags


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _parse(pattern, flags):
    """Parses a Python pattern: (PCRE2 text, final flags, state)."""
    parser = _Parser(pattern, flags)
    text, lo, hi = parser.parse_sub(flags & 64, 0, False)
    state = parser.state
    state.flags = _fix_flags(pattern, state.flags)
    if parser.source.next is not None:
        raise parser.source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    return text, state.flags, state


# MARK: - Templates (sub's replacement strings)

def _parse_template(template, pattern):
    """A replacement string as a list of literal strings and group numbers."""
    s = _Tokenizer(template)
    parts = []
    literal = []

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            parts.append("".join(literal))
            literal.clear()
        parts.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1)
                    try:
                        index = pattern.groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name, len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xFF))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += s.get()
                    if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        value = int(this[1:], 8)
                        if value > 0o377:
                            raise s.error("octal escape value %s outside of range 0-0o377" % this, len(this))
                        literal.append(chr(value))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                code = _ESCAPES.get(this)
                if code is not None:
                    literal.append(chr(code))
                else:
                    if c in _ASCIILETTERS:
                        raise s.error("bad escape %s" % this, len(this))
                    literal.append(this)
        else:
            literal.append(this)
    if literal:
        parts.append("".join(literal))
    if not isinstance(template, str):
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    return parts


def _expand(parts, match):
    empty = match.string[:0]
    out = []
    for part in parts:
        if isinstance(part, int):
            value = match.group(part)
            if value:
                out.append(value)
        else:
            out.append(part)
    return empty.join(out)


# MARK: - Pattern and Match

class _MappingProxy(dict):
    """A read-only dict (CPython's mappingproxy), for Pattern.groupindex."""

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _readonly
    update = pop = popitem = clear = setdefault = _readonly

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)


_MappingProxy.__name__ = "mappingproxy"
_MappingProxy.__qualname__ = "mappingproxy"

_MAXSIZE = 9223372036854775807


def _subject_check(pattern, string):
    t = type(string)
    if t is str:
        if pattern._istext:
            return
    elif t is bytes and not pattern._istext:
        return
    if isinstance(string, str):
        if not pattern._istext:
            raise TypeError("cannot use a bytes pattern on a string-like object")
    elif isinstance(string, (bytes, bytearray)):
        if pattern._istext:
            raise TypeError("cannot use a string pattern on a bytes-like object")
    else:
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, text, state):
        self.pattern = pattern
        self.flags = flags
        self.groups = state.groups - 1
        self._groupindex = dict(state.groupdict)
        self._parents = state.parents
        self._istext = isinstance(pattern, str)
        self._code = _baozi_re.compile(text, flags, not self._istext, self.groups)
        self._names = {}
        for name, index in self._groupindex.items():
            self._names[index] = name

    @property
    def groupindex(self):
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if self._istext and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_names(flags, _PATTERN_FLAG_NAMES))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode, must_advance=False):
        offsets = _baozi_re.match(self._code, string, pos, endpos, mode, must_advance)
        if offsets is None:
            return None
        return Match(self, string, pos, endpos, offsets)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        if type(string) is not str or not self._istext:
            _subject_check(self, string)
        if pos or endpos != _MAXSIZE:
            pos, endpos = _bounds(string, pos, endpos)
        else:
            endpos = len(string)
        offsets = _baozi_re.match(self._code, string, pos, endpos, 1, False)
        if offsets is None:
            return None
        return Match(self, string, pos, endpos, offsets)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        _subject_check(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        if type(string) is not str or not self._istext:
            _subject_check(self, string)
        if pos or endpos != _MAXSIZE:
            pos, endpos = _bounds(string, pos, endpos)
        else:
            endpos = len(string)
        offsets = _baozi_re.match(self._code, string, pos, endpos, 0, False)
        if offsets is None:
            return None
        return Match(self, string, pos, endpos, offsets)

    def _offsets(self, string, pos, endpos):
        """Yields the offset tuples of successive matches (Python 3.7's empty-match rule)."""
        _subject_check(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        code = self._code
        must_advance = False
        while pos <= endpos:
            offsets = _baozi_re.match(code, string, pos, endpos, 0, must_advance)
            if offsets is None:
                return
            yield offsets
            end = offsets[1]
            must_advance = end == offsets[0]
            pos = end

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _subject_check(self, string)
        start, stop = _bounds(string, pos, endpos)
        for offsets in self._offsets(string, pos, endpos):
            yield Match(self, string, start, stop, offsets)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _subject_check(self, string)
        pos, endpos = _bounds(string, pos, endpos)
        return _baozi_re.findall(self._code, string, pos, endpos)

    def split(self, string, maxsplit=0):
        result = []
        last = 0
        count = 0
        groups = self.groups
        for o in self._offsets(string, 0, _MAXSIZE):
            if maxsplit and count >= maxsplit:
                break
            result.append(string[last:o[0]])
            for g in range(1, groups + 1):
                s = o[2 * g]
                result.append(string[s:o[2 * g + 1]] if s >= 0 else None)
            last = o[1]
            count += 1
        result.append(string[last:])
        return result

    def _subx(self, repl, string, count):
        _subject_check(self, string)
        if callable(repl):
            expand = None
        elif isinstance(repl, (str, bytes, bytearray)):
            backslash = "\\" if isinstance(repl, str) else b"\\"
            if backslash in repl:
                expand = _compile_template(self, repl)
            elif isinstance(repl, str) == self._istext:
                return _baozi_re.subn_literal(self._code, repl, string, count)
            else:
                expand = repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        pieces = []
        last = 0
        n = 0
        for o in self._offsets(string, 0, _MAXSIZE):
            if count and n >= count:
                break
            if last < o[0]:
                pieces.append(string[last:o[0]])
            if expand is None:
                value = repl(Match(self, string, 0, len(string), o))
                if value is not None:
                    pieces.append(value)
            elif isinstance(expand, list):
                pieces.append(_expand(expand, Match(self, string, 0, len(string), o)))
            else:
                pieces.append(expand)
            last = o[1]
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        empty = string[:0]
        if isinstance(empty, bytearray):
            empty = b""
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner() is not supported by Baozi")


Pattern.__module__ = "re"


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, offsets):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._offsets = offsets

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool) or type(group) is bool:
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(type(group), "__index__"):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        s = self._offsets[2 * index]
        if s < 0:
            return default
        return self.string[s:self._offsets[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re._groupindex.items():
            result[name] = self._get(index, default)
        return result

    def start(self, group=0):
        return self._offsets[2 * self._index(group)]

    def end(self, group=0):
        return self._offsets[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._offsets[2 * index], self._offsets[2 * index + 1])

    @property
    def regs(self):
        return tuple([(self._offsets[2 * i], self._offsets[2 * i + 1]) for i in range(self.re.groups + 1)])

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    @property
    def lastindex(self):
        # The group that closed last: the one ending furthest right; of groups ending at the
        # same place, an enclosing group closes after the groups inside it, and a later
        # group after an earlier one.
        best = None
        offsets = self._offsets
        parents = self.re._parents
        for index in range(1, self.re.groups + 1):
            if offsets[2 * index] < 0:
                continue
            if best is None or offsets[2 * index + 1] > offsets[2 * best + 1]:
                best = index
            elif offsets[2 * index + 1] == offsets[2 * best + 1]:
                ancestor = parents[index]
                inside = False
                while ancestor:
                    if ancestor == best:
                        inside = True
                        break
                    ancestor = parents[ancestor]
                if not inside:
                    best = index
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        return self.re._names.get(index)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._offsets[0], self._offsets[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __bool__(self):
        return True


Match.__module__ = "re"


# MARK: - Module functions

_cache = {}
_MAXCACHE = 512
_template_cache = {}


def _compile(pattern, flags):
    # A RegexFlag hashes and compares as its int value, so it keys the cache as is.
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags = int(flags) & 0xFFFFFFFF if isinstance(flags, int) else flags
    text, final_flags, state = _parse(pattern, flags)
    p = Pattern(pattern, final_flags, text, state)
    if not (flags & 128):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def _compile_template(pattern, repl):
    key = (pattern, repl)
    parts = _template_cache.get(key)
    if parts is None:
        parts = _parse_template(repl, pattern)
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = parts
    return parts


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {}
for _c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f":
    _SPECIAL[_c] = "\\" + _c
del _c


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join([_SPECIAL.get(c, c) for c in pattern])
    pattern = str(pattern, "latin1")
    return "".join([_SPECIAL.get(c, c) for c in pattern]).encode("latin1")
