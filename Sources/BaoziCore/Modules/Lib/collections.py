"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple.

Baozi's implementation, written in the subset of Python the interpreter
supports (no generators, no exec/eval, no metaclasses, no __slots__).
Behaviour, reprs and error messages follow CPython 3.11.
"""

import sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

__all__ = ['deque', 'defaultdict', 'OrderedDict', 'Counter', 'namedtuple', 'ChainMap']

# Objects whose repr is being computed right now, by id.  A container that
# meets itself again while building its repr prints a placeholder instead
# of recursing forever (CPython's Py_ReprEnter / Py_ReprLeave).
_repr_running = set()

# A marker for "no value", distinct from every object a user can pass.
_MISSING = object()


def _unhashable(obj, qualified_name):
    # CPython names its C types 'collections.deque' etc. in this message,
    # but a user subclass by its plain name.
    if type(obj).__module__ == 'collections' and type(obj).__name__ == qualified_name.split('.')[-1]:
        name = qualified_name
    else:
        name = type(obj).__name__
    raise TypeError("unhashable type: '%s'" % name)


def _as_index(value, message):
    # Like operator.index(), with the caller's TypeError message.
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(message)
    return method(value)


def _same(a, b):
    # Equality as C containers test it: identity first, then ==.
    return a is b or bool(a == b)


################################################################################
# deque
################################################################################

_DEQUE_MIN_CAPACITY = 8


class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    The items live in a circular buffer: `_buf` is a Python list used as the
    storage, `_head` is the physical index of the first item and `_size` the
    number of items.  Item i lives at _buf[(_head + i) % len(_buf)].  When
    the buffer is full it is rebuilt at twice the capacity, so appends and
    pops at either end are O(1) amortized.  `_state` counts mutations so
    that iterators can detect a deque changed under them.
    """

    def __new__(cls, *args, **kwargs):
        # Set up an empty deque here rather than in __init__, so that a
        # subclass whose __init__ forgets to call ours still works.
        self = object.__new__(cls)
        self._buf = [None] * _DEQUE_MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._size:
            self.clear()
        self.extend(iterable)

    # --- buffer helpers --------------------------------------------------

    def _items(self):
        """The items, in order, as a new list."""
        buf = self._buf
        head = self._head
        end = head + self._size
        if end <= len(buf):
            return buf[head:end]
        return buf[head:] + buf[:end - len(buf)]

    def _reset(self, items, mutation=True):
        """Replace the contents with the list `items` (taken over).

        `mutation` says whether running iterators must notice; reversing in
        place does not count, as in CPython.
        """
        capacity = _DEQUE_MIN_CAPACITY
        while capacity < len(items):
            capacity *= 2
        size = len(items)
        items.extend([None] * (capacity - size))
        self._buf = items
        self._head = 0
        self._size = size
        if mutation:
            self._state += 1

    def _resize(self, capacity):
        # Move the items to the start of a new buffer.  Iterators work with
        # logical positions, so this is not a mutation for them.
        items = self._items()
        items.extend([None] * (capacity - len(items)))
        self._buf = items
        self._head = 0

    def _grow(self):
        self._resize(len(self._buf) * 2)

    def _shrink_if_sparse(self):
        # Give memory back once the deque has drained to a quarter of its
        # buffer; halving then keeps pops O(1) amortized.
        capacity = len(self._buf)
        if capacity > _DEQUE_MIN_CAPACITY and self._size * 4 < capacity:
            self._resize(capacity // 2)

    def _normalize_index(self, index):
        index = _as_index(index, 'sequence index must be integer, not %r'
                          % type(index).__name__)
        if index < 0:
            index += self._size
        if index < 0 or index >= self._size:
            raise IndexError('deque index out of range')
        return index

    # --- the four ends ---------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._drop_left()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._size) % len(buf)] = x
        self._size += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self._drop_right()
        if self._size == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) % len(buf)
        buf[self._head] = x
        self._size += 1

    def _drop_left(self):
        buf = self._buf
        item = buf[self._head]
        buf[self._head] = None          # let the item be collected
        self._head = (self._head + 1) % len(buf)
        self._size -= 1
        self._shrink_if_sparse()
        return item

    def _drop_right(self):
        buf = self._buf
        index = (self._head + self._size - 1) % len(buf)
        item = buf[index]
        buf[index] = None
        self._size -= 1
        self._shrink_if_sparse()
        return item

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._drop_right()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._drop_left()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for item in iterable:
            self.appendleft(item)

    # --- whole-deque operations ------------------------------------------

    def clear(self):
        """Remove all elements from the deque."""
        self._buf = [None] * _DEQUE_MIN_CAPACITY
        self._head = 0
        self._size = 0
        self._state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            result = deque(maxlen=self._maxlen)
            result._reset(self._items())
            return result
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        return self._items().count(value)

    def index(self, value, start=0, stop=sys.maxsize):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        message = 'slice indices must be integers or have an __index__ method'
        start = _as_index(start, message)
        stop = _as_index(stop, message)
        size = self._size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        items = self._items()
        i = start
        while i < stop:
            if _same(items[i], value):
                return i
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and self._size == self._maxlen:
            raise IndexError('deque already at its maximum size')
        index = _as_index(index, "'%s' object cannot be interpreted as an integer"
                          % type(index).__name__)
        if index >= self._size:
            self.append(value)
        elif index == 0 or index <= -self._size:
            self.appendleft(value)
        else:
            items = self._items()
            items.insert(index, value)
            self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            if _same(items[i], value):
                del self[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._reset(items, mutation=False)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).

        If n is negative, rotates left.
        """
        n = _as_index(n, "'%s' object cannot be interpreted as an integer"
                      % type(n).__name__)
        size = self._size
        if size <= 1:
            return
        self._state += 1
        n %= size
        if n == 0:
            return
        buf = self._buf
        capacity = len(buf)
        if size == capacity:
            # A full ring only needs its start moved.
            self._head = (self._head - n) % capacity
            return
        # Move items one by one across the gap, taking the shorter way round.
        if n <= size // 2:
            for _ in range(n):
                tail = (self._head + self._size - 1) % capacity
                self._head = (self._head - 1) % capacity
                buf[self._head] = buf[tail]
                buf[tail] = None
        else:
            for _ in range(size - n):
                tail = (self._head + self._size) % capacity
                buf[tail] = buf[self._head]
                buf[self._head] = None
                self._head = (self._head + 1) % capacity

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # --- sequence protocol -----------------------------------------------

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size != 0

    def __getitem__(self, index):
        index = self._normalize_index(index)
        buf = self._buf
        return buf[(self._head + index) % len(buf)]

    def __setitem__(self, index, value):
        index = self._normalize_index(index)
        buf = self._buf
        buf[(self._head + index) % len(buf)] = value

    def __delitem__(self, index):
        index = self._normalize_index(index)
        if index == 0:
            self.popleft()
        elif index == self._size - 1:
            self.pop()
        else:
            items = self._items()
            del items[index]
            self._reset(items)

    def __contains__(self, value):
        return value in self._items()

    def __iter__(self):
        return _DequeIterator(self, False)

    def __reversed__(self):
        return _DequeIterator(self, True)

    # --- operators -------------------------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __hash__(self):
        _unhashable(self, 'collections.deque')

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate %s (not "%s") to %s'
                            % (type(self).__name__, type(other).__name__,
                               type(self).__name__))
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _repeat_count(self, n):
        if not isinstance(n, int) and getattr(type(n), '__index__', None) is None:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return _as_index(n, '')

    def _repeat_in_place(self, n):
        if n <= 0:
            self.clear()
            return
        if n == 1 or not self._size:
            return
        items = self._items()
        if self._maxlen is not None and len(items) * n > self._maxlen:
            # Only the last maxlen items survive; don't build the rest.
            n = min(n, self._maxlen // len(items) + 1)
            items = (items * n)[len(items) * n - self._maxlen:]
        else:
            items = items * n
        self._reset(items)

    def __mul__(self, n):
        n = self._repeat_count(n)
        result = self.copy()
        result._repeat_in_place(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        self._repeat_in_place(self._repeat_count(n))
        return self

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        if self._maxlen is None:
            return '%s(%s)' % (type(self).__name__, body)
        return '%s(%s, maxlen=%d)' % (type(self).__name__, body, self._maxlen)

    def __class_getitem__(cls, item):
        # deque[int] in annotations.  There is no types.GenericAlias in
        # Baozi yet, so the class itself stands in for the alias.
        return cls

    __class_getitem__ = classmethod(__class_getitem__)


class _DequeIterator:
    """Iterator over a deque, forwards or backwards.

    Like CPython's, it yields as many items as the deque had when the
    iteration started, and fails if the deque is mutated meanwhile.
    """

    def __init__(self, d, backwards):
        self._deque = d
        self._state = d._state
        self._index = 0
        self._remaining = d._size
        self._backwards = backwards

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._remaining = 0
            raise RuntimeError('deque mutated during iteration')
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        if self._backwards:
            position = d._size - 1 - self._index
        else:
            position = self._index
        self._index += 1
        buf = d._buf
        return buf[(d._head + position) % len(buf)]

    def __length_hint__(self):
        return self._remaining


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values.

    The default factory is called without arguments to produce a new value
    when a key is not present, in __getitem__ only (dict.__getitem__ calls
    __missing__ for subclasses).
    """

    # Class-level fallback, for subclasses whose __init__ skips ours.
    default_factory = None

    def __init__(self, *args, **kwargs):
        # The factory is positional-only: defaultdict(default_factory=x)
        # makes an item named 'default_factory', as in CPython.
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __hash__(self):
        _unhashable(self, 'collections.defaultdict')

    def __class_getitem__(cls, item):
        return cls

    __class_getitem__ = classmethod(__class_getitem__)


################################################################################
# OrderedDict
################################################################################

def _add_pairs(target, pairs):
    # Store (key, value) pairs through target[key] = value, with the
    # messages of CPython's C OrderedDict for malformed pairs.
    for pair in pairs:
        pair_iterator = iter(pair)
        key = next(pair_iterator, _MISSING)
        if key is _MISSING:
            raise ValueError('need more than 0 values to unpack')
        value = next(pair_iterator, _MISSING)
        if value is _MISSING:
            raise ValueError('need more than 1 value to unpack')
        if next(pair_iterator, _MISSING) is not _MISSING:
            raise ValueError('too many values to unpack (expected 2)')
        target[key] = value


def _mapping_update(target, args, kwargs, too_many):
    # MutableMapping-style update: every item goes through target[key] = v,
    # so subclasses overriding __setitem__ see all of them.  `too_many` is
    # the message for more than one positional argument.
    if len(args) > 1:
        raise TypeError(too_many % len(args))
    if args:
        other = args[0]
        if type(other) is dict:
            _add_pairs(target, list(other.items()))
        elif hasattr(other, 'keys'):
            for key in other.keys():
                target[key] = other[key]
        elif hasattr(other, 'items'):
            _add_pairs(target, other.items())
        else:
            _add_pairs(target, other)
    if kwargs:
        _add_pairs(target, list(kwargs.items()))


class OrderedDict(dict):
    """Dictionary that remembers insertion order.

    Plain dicts keep insertion order too, so the items are kept in the
    underlying dict; only move_to_end(last=False) has to rebuild it.
    """

    def __init__(self, *args, **kwargs):
        _mapping_update(self, args, kwargs, 'expected at most 1 arguments, got %d')

    def update(self, *args, **kwargs):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        _mapping_update(self, args, kwargs,
                        'update() takes at most 1 positional argument (%d given)')

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return (key, dict.pop(self, key))

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self)

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self)

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return (dict.__eq__(self, other)
                    and list(dict.keys(self)) == list(dict.keys(other)))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        _unhashable(self, 'collections.OrderedDict')

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not dict.__len__(self):
            return '%s()' % type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = repr(list(dict.items(self)))
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (type(self).__name__, body)

    def __class_getitem__(cls, item):
        return cls

    __class_getitem__ = classmethod(__class_getitem__)


class _OrderedDictView:
    # Base of the three views: a live window on the dict's entries.

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return dict.__len__(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))

    def _dict_view(self):
        raise NotImplementedError

    def __iter__(self):
        return iter(self._dict_view())

    def __reversed__(self):
        return reversed(list(self._dict_view()))


class _OrderedDictSetView(_OrderedDictView):
    # Keys and items views behave like sets.

    def __contains__(self, item):
        return item in self._dict_view()

    def __eq__(self, other):
        if not isinstance(other, _SET_LIKE):
            return NotImplemented
        if len(self) != len(other):
            return False
        for item in self:
            if item not in other:
                return False
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def isdisjoint(self, other):
        """Return True if the view and the given iterable have a null intersection."""
        for item in other:
            if item in self:
                return False
        return True

    def __and__(self, other):
        return set(self._dict_view()) & set(other)

    def __rand__(self, other):
        return set(other) & set(self._dict_view())

    def __or__(self, other):
        return set(self._dict_view()) | set(other)

    def __ror__(self, other):
        return set(other) | set(self._dict_view())

    def __sub__(self, other):
        return set(self._dict_view()) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self._dict_view())

    def __xor__(self, other):
        return set(self._dict_view()) ^ set(other)

    def __rxor__(self, other):
        return set(other) ^ set(self._dict_view())


class odict_keys(_OrderedDictSetView):
    def _dict_view(self):
        return dict.keys(self._mapping)


class odict_items(_OrderedDictSetView):
    def _dict_view(self):
        return dict.items(self._mapping)


class odict_values(_OrderedDictView):
    def _dict_view(self):
        return dict.values(self._mapping)


_SET_LIKE = (set, frozenset, type({}.keys()), type({}.items()), _OrderedDictSetView)


################################################################################
# Counter
################################################################################

def _is_mapping(obj):
    # Stand-in for isinstance(obj, collections.abc.Mapping).
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, 'items')
                                     and hasattr(obj, '__getitem__'))


class Counter(dict):
    """Dict subclass for counting hashable items.

    Elements are stored as dictionary keys and their counts as values;
    missing elements count as zero.
    """

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # Missing elements have a count of zero (and are not added).
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        Elements with equal counts are ordered by first insertion.
        """
        # sorted() is stable, so equal counts keep insertion order, which is
        # what CPython's heap-based selection produces as well.
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count.

        Elements with a count less than one are ignored.
        """
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    fromkeys = classmethod(fromkeys)

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # Fast path for an empty counter: counts are taken as-is.
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.

        Counts can be reduced below zero.
        """
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            # Show the most common elements first.
            body = dict(self.most_common())
        except TypeError:
            # The counts can't be ordered (not numbers): keep dict order.
            body = dict(self)
        return '%s(%r)' % (self.__class__.__name__, body)

    # --- multiset comparisons (missing elements count as zero) ------------

    def _all_counts(self, other, test):
        for elem in self:
            if not test(self[elem], other[elem]):
                return False
        for elem in other:
            if not test(self[elem], other[elem]):
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # --- multiset arithmetic (results keep only positive counts) ----------
    # The loop order below decides the order of equal counts in the repr,
    # so it follows CPython's: own elements first, then the other's.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __class_getitem__(cls, item):
        return cls

    __class_getitem__ = classmethod(__class_getitem__)


def _count_of(item):
    return item[1]


def _eq(a, b):
    return a == b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b


################################################################################
# namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def _quoted_names(names):
    # 'x'  /  'x' and 'y'  /  'x', 'y', and 'z'  -- as in CPython's
    # "missing N required positional arguments" message.
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind_arguments(typename, field_names, defaults, args, kwargs):
    """Match args/kwargs to the fields like a call to
    `def __new__(_cls, f1, f2=d2, ...)` would, with the same errors.

    `args` excludes the class; `defaults` applies to the last fields.
    Returns the tuple of field values.
    """
    function = '%s.__new__()' % typename
    num_fields = len(field_names)
    values = list(args[:num_fields])
    values.extend([_MISSING] * (num_fields - len(values)))
    for key, value in kwargs.items():
        if key == '_cls':
            raise TypeError("%s got multiple values for argument '_cls'" % function)
        if key not in field_names:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (function, key))
        i = field_names.index(key)
        if values[i] is not _MISSING:
            raise TypeError("%s got multiple values for argument '%s'" % (function, key))
        values[i] = value
    # The counts include _cls, as CPython's messages do.
    given = len(args) + 1
    takes = num_fields + 1
    if given > takes:
        if defaults:
            takes_text = 'from %d to %d positional arguments' % (takes - len(defaults), takes)
        elif takes == 1:
            takes_text = '1 positional argument'
        else:
            takes_text = '%d positional arguments' % takes
        raise TypeError('%s takes %s but %d %s given'
                        % (function, takes_text, given, 'was' if given == 1 else 'were'))
    first_default = num_fields - len(defaults)
    missing = [field_names[i] for i in range(first_default) if values[i] is _MISSING]
    if missing:
        raise TypeError('%s missing %d required positional argument%s: %s'
                        % (function, len(missing), '' if len(missing) == 1 else 's',
                           _quoted_names(missing)))
    for i in range(first_default, num_fields):
        if values[i] is _MISSING:
            values[i] = defaults[i - first_default]
    return values


def _field_property(index):
    """The read-only attribute for field number `index`: a property
    reading item `index` of the tuple.  Assigning or deleting it fails with
    the messages of CPython's field descriptor."""
    def get_field(self):
        return self[index]

    def set_field(self, value):
        raise AttributeError("can't set attribute")

    def delete_field(self):
        raise AttributeError("can't delete attribute")

    return property(get_field, set_field, delete_field,
                    'Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    # Validate the field names.  Same checks and messages as CPython.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        first = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[first + i]] = defaults[i]
    else:
        defaults = ()

    fields = tuple(field_names)
    num_fields = len(fields)
    arg_list = ', '.join(fields)
    tuple_new = tuple.__new__

    # Build the methods as closures over the field data (CPython generates
    # source text and exec()s it; Baozi has no exec).

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != num_fields:
            args = _bind_arguments(typename, field_names, defaults, args, kwargs)
        return tuple_new(cls, args)

    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        parts = ['%s=%r' % (name, value) for name, value in zip(fields, self)]
        return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    # The module the class claims to live in.  CPython asks the caller's
    # frame; Baozi has no sys._getframe yet, so 'collections' is used
    # unless the caller passes module=...
    if module is None:
        getframe = getattr(sys, '_getframe', None)
        if getframe is not None:
            module = getframe(1).f_globals.get('__name__', '__main__')
        else:
            module = 'collections'

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__module__': module,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _field_property(index)

    return type(typename, (tuple,), namespace)


################################################################################
# ChainMap
################################################################################

from collections.abc import MutableMapping as _MutableMapping


class ChainMap(_MutableMapping):
    """A view of several mappings as one: lookups search them in order, writes and deletions
    go to the first (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _REPR_RUNNING_CHAINMAPS:
            return '...'
        _REPR_RUNNING_CHAINMAPS.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _REPR_RUNNING_CHAINMAPS.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map (m, or a new dict with kwargs) followed by all previous maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


_REPR_RUNNING_CHAINMAPS = set()
