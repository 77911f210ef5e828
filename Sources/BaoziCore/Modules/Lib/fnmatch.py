"""Shell-style file name matching: `*`, `?`, `[seq]` and `[!seq]`, as CPython's fnmatch.

Patterns are matched directly (a small matcher over parsed pattern items, cached per pattern)
rather than through `re`; `translate` still gives CPython's regular expression text.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    pat = os.path.normcase(pat)
    items = _compile(pat)
    return [name for name in names if _match(items, os.path.normcase(name))]


def fnmatchcase(name, pat):
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("cannot use a bytes pattern on a string-like object")
    if isinstance(name, bytes):
        name = name.decode('latin-1')
        pat = pat.decode('latin-1')
    return _match(_compile(pat), name)


# A pattern is a list of items: '*' (any run), '?' (any one character), a str to match
# literally, or a tuple (negated, ranges) for a bracket expression, ranges being (low, high).

def _compile(pat):
    items = _cache.get(pat)
    if items is None:
        items = _parse(pat)
        if len(_cache) > 32768:
            _cache.clear()
        _cache[pat] = items
    return items


def _parse(pat):
    items = []
    i, n = 0, len(pat)
    literal = ''
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if literal:
                items.append(literal)
                literal = ''
            if not items or items[-1] != '*':
                items.append('*')
        elif c == '?':
            if literal:
                items.append(literal)
                literal = ''
            items.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                literal += '['
                continue
            body = pat[i:j]
            i = j + 1
            if literal:
                items.append(literal)
                literal = ''
            items.append(_bracket(body))
        else:
            literal += c
    if literal:
        items.append(literal)
    return items


def _bracket(body):
    negated = body.startswith('!')
    if negated:
        body = body[1:]
    ranges = []
    k, m = 0, len(body)
    while k < m:
        if k + 2 < m and body[k + 1] == '-':
            low, high = body[k], body[k + 2]
            if low <= high:
                ranges.append((low, high))
            k += 3
        else:
            ranges.append((body[k], body[k]))
            k += 1
    return (negated, ranges)


def _matches_one(item, c):
    if item == '?':
        return True
    negated, ranges = item
    inside = False
    for low, high in ranges:
        if low <= c <= high:
            inside = True
            break
    return inside != negated


def _match(items, name):
    """Whether name matches the items, backtracking to the last '*' on a mismatch."""
    i = 0              # position in items
    p = 0              # position in name
    star_item = -1     # item index after the last '*', and where in name it was tried
    star_pos = 0
    n_items = len(items)
    n = len(name)
    while True:
        if i < n_items:
            item = items[i]
            if item == '*':
                star_item = i + 1
                star_pos = p
                i += 1
                continue
            if isinstance(item, str) and item != '?':
                if name.startswith(item, p):
                    p += len(item)
                    i += 1
                    continue
            elif p < n and _matches_one(item, name[p]):
                p += 1
                i += 1
                continue
        elif p == n:
            return True
        # Mismatch: let the last '*' swallow one more character.
        if star_item < 0 or star_pos >= n:
            return False
        star_pos += 1
        p = star_pos
        i = star_item


def translate(pat):
    """The regular expression (as text) that CPython's fnmatch.translate gives for pat."""
    STAR = object()
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if (not res) or res[-1] is not STAR:
                add(STAR)
        elif c == '?':
            add('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                add('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
                stuff = _escape_set_ops(stuff)
                i = j + 1
                if not stuff:
                    add('(?!)')
                elif stuff == '!':
                    add('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    add('[%s]' % stuff)
        else:
            add(_re_escape(c))
    inp = res
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not STAR:
        add(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            add(".*")
            break
        fixed = []
        while i < n and inp[i] is not STAR:
            fixed.append(inp[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            add(".*")
            add(fixed)
        else:
            groupnum = _next_group()
            add("(?=(?P<g%d>.*?%s))(?P=g%d)" % (groupnum, fixed, groupnum))
    res = "".join(res)
    return r'(?s:%s)\Z' % res


_group_counter = [0]


def _next_group():
    _group_counter[0] += 1
    return _group_counter[0]


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def _re_escape(c):
    return _SPECIAL.get(c, c)


def _escape_set_ops(stuff):
    out = ''
    for c in stuff:
        if c in '&~|':
            out += '\\' + c
        else:
            out += c
    return out
