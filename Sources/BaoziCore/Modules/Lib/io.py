"""In-memory streams (StringIO, BytesIO), the io base classes and `io.open` (the builtin open).

Writes at the end of a stream are kept as a list of pieces and joined when the text is needed,
so building a long text with many small writes stays linear.
"""

import builtins

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = builtins.open
BlockingIOError = getattr(builtins, 'BlockingIOError', OSError)


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return encoding if encoding is not None else 'locale'


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    """The base of every stream: closing, context management and line iteration."""

    _closed = False
    _closed_message = "I/O operation on closed file."

    def _checkClosed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        self._checkClosed()

    def readlines(self, hint=-1):
        self._checkClosed()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _MemoryStream:
    """The shared part of StringIO and BytesIO: a value, a position and pending appends."""

    def _setup(self, initial, empty):
        self._empty = empty
        self._value = initial
        self._pending = []
        self._size = len(initial)
        self._pos = 0

    def _materialize(self):
        if self._pending:
            self._value = self._value + self._empty.join(self._pending)
            self._pending = []
        return self._value

    def _length(self):
        return self._size

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        if self._pos == self._size:
            self._pending.append(s)
            self._size += n
        else:
            value = self._materialize()
            if self._pos > len(value):
                value = value + self._filler * (self._pos - len(value))
            self._value = value[:self._pos] + s + value[self._pos + n:]
            self._size = len(self._value)
        self._pos += n
        return n

    def _read(self, size):
        value = self._materialize()
        if size is None or size < 0:
            result = value[self._pos:]
        else:
            result = value[self._pos:self._pos + size]
        self._pos = min(len(value), self._pos + len(result)) if self._pos <= len(value) else self._pos
        return result

    def _readline(self, size, newline):
        value = self._materialize()
        if self._pos >= len(value):
            return self._empty
        end = value.find(newline, self._pos)
        end = len(value) if end < 0 else end + len(newline)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = value[self._pos:end]
        self._pos = end
        return result

    def _seek(self, pos, whence):
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length() + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def _truncate(self, size):
        value = self._materialize()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < len(value):
            self._value = value[:size]
            self._size = size
        return size


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory."""

    _filler = '\0'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        if newline is None:
            initial_value = initial_value.replace('\r\n', '\n').replace('\r', '\n')
        self._setup(initial_value, '')

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)

    def getvalue(self):
        self._checkClosed()
        return self._materialize()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        self._write(s)
        return len(s)

    def read(self, size=-1):
        self._checkClosed()
        return self._read(size)

    def readline(self, size=-1):
        self._checkClosed()
        if self._newline == '\r':
            return self._readline(size, '\r')
        return self._readline(size, '\n')

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 1 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2 and pos != 0:
            raise OSError("Can't do nonzero end-relative seeks")
        return self._seek(pos, whence)

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        return self._truncate(size)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream in memory."""

    _filler = b'\0'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._setup(bytes(initial_bytes), b'')

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)

    def getvalue(self):
        self._checkClosed()
        return self._materialize()

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._materialize()) if hasattr(builtins, 'memoryview') else self._materialize()

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(bytes(b))

    def read(self, size=-1):
        self._checkClosed()
        return self._read(size)

    read1 = read

    def readline(self, size=-1):
        self._checkClosed()
        return self._readline(size, b'\n')

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._checkClosed()
        return self._seek(pos, whence)

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        return self._truncate(size)

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class TextIOWrapper(TextIOBase):
    """Text over a binary stream (a BytesIO or a file opened in binary mode)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self.buffer = buffer
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            return self._decode(self.buffer.read())
        return self._decode(self.buffer.read(size))

    def readline(self, size=-1):
        self._checkClosed()
        return self._decode(self.buffer.readline(size))

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and '\n' in s:
            self.flush()
        return len(s)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self._closed:
            self.buffer.close()
            self._closed = True

    @property
    def closed(self):
        return self._closed

    def seek(self, pos, whence=0):
        return self.buffer.seek(pos, whence)

    def tell(self):
        return self.buffer.tell()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer


class FileIO(RawIOBase):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("io.FileIO is not supported by Baozi: use open()")


BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = FileIO

for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
for _cls in (StringIO, BytesIO, TextIOWrapper, FileIO):
    _cls.__module__ = '_io'
del _cls
