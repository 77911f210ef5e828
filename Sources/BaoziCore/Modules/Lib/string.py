"""A collection of string constants.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template: $-substitutions
####################################################################

_sentinel_dict = {}

# The default identifier pattern, which Baozi matches by hand (no re module yet): ASCII
# letters, digits and underscores, not starting with a digit, case-insensitively.
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None:
            raise NotImplementedError("custom Template patterns are not supported by Baozi "
                                      "(it has no re module yet)")

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder: kind is 'escaped', 'named',
        'braced' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        n = len(text)
        i = text.find(delim)
        while i != -1:
            j = i + len(delim)
            if text.startswith(delim, j):
                yield i, j + len(delim), 'escaped', None
                i = text.find(delim, j + len(delim))
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find(delim, k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k]
                    i = text.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', None
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _replace(self, mapping, safe):
        parts = []
        last = 0
        for start, end, kind, name in self._scan():
            parts.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind in ('named', 'braced'):
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(self.template[start:end])
                else:
                    parts.append(str(mapping[name]))
            elif safe:
                parts.append(self.template[start:end])
            else:
                # CPython reports the position just after the delimiter.
                self._invalid(end)
        parts.append(self.template[last:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing one."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._replace(mapping, safe=False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute(), leaving missing and invalid placeholders as they are."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._replace(mapping, safe=True)

    def is_valid(self):
        """False when the template has an invalid placeholder."""
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        """The placeholder names, in the order first seen."""
        ids = []
        for start, end, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern', self.pattern if hasattr(self, 'pattern') else None)
        return ids


class _ChainMap:
    """Looks a key up in the keyword arguments, then in the mapping."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        raise KeyError(key)


########################################################################
# Formatter: str.format's machinery, with overridable steps
########################################################################

def _parse_format(format_string):
    """(literal_text, field_name, format_spec, conversion) tuples, as _string.formatter_parser."""
    result = []
    literal = []
    i = 0
    n = len(format_string)
    while i < n:
        c = format_string[i]
        if c == '{':
            if i + 1 < n and format_string[i + 1] == '{':
                literal.append('{')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            # A field: up to the matching '}', nested braces counted.
            depth = 1
            j = i + 1
            while j < n and depth:
                if format_string[j] == '{':
                    depth += 1
                elif format_string[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = format_string[i + 1:j - 1]
            result.append((''.join(literal),) + _split_field(field))
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                literal.append('}')
                result.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        result.append((''.join(literal), None, None, None))
    return result


def _split_field(field):
    """(field_name, format_spec, conversion) of the text between braces."""
    bracket = 0
    name_end = len(field)
    for k, ch in enumerate(field):
        if ch == '[':
            bracket += 1
        elif ch == ']':
            bracket -= 1
        elif bracket == 0 and ch in '!:':
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    spec = ''
    if rest.startswith('!'):
        if len(rest) < 2:
            # CPython reads the closing brace as the conversion and then misses it.
            raise ValueError("unmatched '{' in format spec")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(':'):
        spec = rest[1:]
    return name, spec, conversion


def _split_field_name(field_name):
    """(first, [(is_attribute, key), ...]) as _string.formatter_field_name_split."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
            i = j
        elif field_name[i] == '[':
            j = field_name.find(']', i)
            if j == -1:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class whose steps (get_value, format_field, ...) can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the argument key it used."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
