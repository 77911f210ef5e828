"""Extract, format and print exceptions and stack traces as CPython's traceback module does.

The text of an exception comes from the interpreter (`_traceback.format`), so it is exactly what
an uncaught exception prints, caret lines included.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_unset = object()

# The first n links of a traceback (unittest leaves out the frames of its assert methods).
_cut_traceback = _traceback.cut


def _lines(text):
    return text.splitlines(keepends=True)


def _exception_and_tb(exc, value, tb):
    """The exception and the traceback to print for the two calling conventions."""
    if value is _unset:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return exc, (exc.__traceback__ if tb is _unset else tb)
    if exc is not None and value is not None and not isinstance(value, BaseException):
        raise TypeError("Exception expected for value, %s found" % type(value).__name__)
    return value, (value.__traceback__ if tb is _unset and value is not None else tb)


def _format(exc, tb, limit, chain):
    if exc is None:
        return 'NoneType: None\n'
    if limit is None and tb is exc.__traceback__ and chain:
        return _traceback.format(exc)
    if limit is None and chain:
        return _traceback.format(exc, tb)
    # A limited or unchained traceback: this exception only, its frames cut as asked.
    summary = StackSummary(_limited([_summary(e) for e in _traceback.tb_entries(tb)], limit))
    text = ''
    if summary:
        text = 'Traceback (most recent call last):\n' + ''.join(summary.format())
    return text + ''.join(format_exception_only(exc))


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    value, tb = _exception_and_tb(exc, value, tb)
    return _lines(_format(value, tb, limit, chain))


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    value, tb = _exception_and_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    file.write(_format(value, tb, limit, chain))


def format_exc(limit=None, chain=True):
    value = sys.exc_info()[1]
    return _format(value, value.__traceback__ if value is not None else None, limit, chain)


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(format_exc(limit, chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_exception_only(exc, /, value=_unset):
    if value is _unset:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    cls = type(value)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = cls.__module__ + '.' + name
    if isinstance(value, SyntaxError):
        return _lines(_traceback.format(value, None))
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    lines = [name + ': ' + text + '\n' if text else name + '\n']
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        for note in notes:
            lines.append(str(note) + '\n')
    return lines


class FrameSummary:
    """One frame of a traceback or stack: where it was and the source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_carets')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._carets = None

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def _summary(entry):
    filename, lineno, name, line, carets = entry
    f = FrameSummary(filename, lineno, name, line=line)
    f._carets = carets
    return f


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    raise NotImplementedError("traceback.walk_stack() is not supported by Baozi")


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        # Baozi: frame_gen is a list of FrameSummary objects or a walk_tb() generator.
        frames = list(frame_gen)
        if frames and not isinstance(frames[0], FrameSummary):
            frames = [FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name)
                      for f, lineno in frames]
        return klass(_limited(frames, limit))

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            carets = getattr(frame_summary, '_carets', None)
            if carets:
                row.append(carets + '\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    result.append(_repeated(count - 3))
                last = key
                count = 1
            result.append(self.format_frame_summary(frame))
        if count > 3:
            result.append(_repeated(count - 3))
        return result


def _repeated(more):
    return '  [Previous line repeated {} more time{}]\n'.format(more, 's' if more > 1 else '')


def _limited(frames, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frames
    if limit >= 0:
        return frames[:limit]
    return frames[limit:]


def extract_tb(tb, limit=None):
    frames = [_summary(e) for e in _traceback.tb_entries(tb)]
    return StackSummary(_limited(frames, limit))


def extract_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("traceback.extract_stack(f) with a frame is not supported by Baozi")
    frames = [_summary(e) for e in _traceback.stack_entries()]
    if limit is not None and limit >= 0:
        frames = frames[len(frames) - limit:] if limit else []
    elif limit is not None:
        frames = frames[:-limit]
    return StackSummary(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)


def format_stack(f=None, limit=None):
    frames = [_summary(e) for e in _traceback.stack_entries()]
    return StackSummary(frames[:-1] if limit is None else frames[:-1][-limit:]).format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    frames = [_summary(e) for e in _traceback.stack_entries()]
    for line in StackSummary(frames[:-1] if limit is None else frames[:-1][-limit:]).format():
        file.write(line)


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        file.write(item)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later formatting: its type, message, frames and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary(_limited([_summary(e) for e in _traceback.tb_entries(exc_traceback)], limit))
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=_seen)
        if issubclass(exc_type, SyntaxError) and exc_value is not None:
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield '\nThe above exception was the direct cause of the following exception:\n\n'
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield '\nDuring handling of the above exception, another exception occurred:\n\n'
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
