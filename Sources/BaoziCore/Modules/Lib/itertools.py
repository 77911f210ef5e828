"""Functional tools for creating and using iterators.

Baozi's implementation.  Every tool is a class whose __iter__ returns self
and whose __next__ computes the next value (no generators), following the
step-by-step behaviour of CPython 3.11's C implementation: how many items
are pulled from the inputs, when they are pulled, and the error messages.
"""

import sys

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
           'permutations', 'combinations', 'combinations_with_replacement']

# A marker for "no value yet", distinct from every user object.
_MARKER = object()


def _index(value):
    # operator.index(): ints pass, objects with __index__ convert.
    if isinstance(value, int):
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _is_number(value):
    # CPython's PyNumber_Check: anything convertible by int(), float() or
    # index(), plus complex numbers.
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__int__')
            or hasattr(cls, '__float__'))


def _same(a, b):
    # Equality as the C code tests it: identity first, then ==.
    return a is b or bool(a == b)


class _Iterator:
    # Common base: an iterator is its own iterable.
    def __iter__(self):
        return self


################################################################################
# Infinite iterators
################################################################################

class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._count = start
        self._step = step

    def __next__(self):
        result = self._count
        self._count = result + self._step
        return result

    def __repr__(self):
        step = self._step
        # An int step of 1 is left out; 1.0 is shown.
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._count)
        return '%s(%r, %r)' % (type(self).__name__, self._count, step)


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted.
    Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._iterator = iter(iterable)
        self._saved = []
        self._index = 0

    def __next__(self):
        if self._iterator is not None:
            # First pass: pass items through and remember them.
            item = next(self._iterator, _MARKER)
            if item is not _MARKER:
                self._saved.append(item)
                return item
            self._iterator = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._remaining = None
        else:
            self._remaining = max(_index(times), 0)

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError('len() of unsized object')
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._remaining)


################################################################################
# Iterators terminating on the shortest input sequence
################################################################################

class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._iterator = iter(iterable)
        self._func = func
        self._total = _MARKER
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            # The initial value is produced first, before any input is read.
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._iterator)
        if self._total is _MARKER:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        result = cls.__new__(cls)
        result._source = iter(iterable)
        result._active = None
        return result

    from_iterable = classmethod(from_iterable)

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                iterable = next(self._source, _MARKER)
                if iterable is _MARKER:
                    self._source = None
                    break
                try:
                    self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
            item = next(self._active, _MARKER)
            if item is not _MARKER:
                return item
            self._active = None
        raise StopIteration


class compress(_Iterator):
    """Return data elements corresponding to true selector elements.
    Forms a shorter iterator from selected data elements using the selectors
    to choose the data elements."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted."""

    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._dropping = True

    def __next__(self):
        while True:
            item = next(self._iterator)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._iterator)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""

    def __init__(self, function, iterable):
        self._function = function
        self._iterator = iter(iterable)

    def __next__(self):
        function = self._function
        while True:
            item = next(self._iterator)
            if function is None:
                if not item:
                    return item
            elif not function(item):
                return item


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._function = function
        self._iterator = iter(iterable)

    def __next__(self):
        args = tuple(next(self._iterator))
        return self._function(*args)


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """

    def __init__(self, iterable):
        self._iterator = iter(iterable)
        self._old = _MARKER

    def __next__(self):
        if self._iterator is None:
            raise StopIteration
        if self._old is _MARKER:
            self._old = next(self._iterator, _MARKER)
            if self._old is _MARKER:
                self._iterator = None
                raise StopIteration
        new = next(self._iterator, _MARKER)
        if new is _MARKER:
            self._iterator = None
            self._old = _MARKER
            raise StopIteration
        result = (self._old, new)
        self._old = new
        return result


class zip_longest(_Iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place."""

    def __init__(self, *iterables, **kwargs):
        # Keyword handling as in CPython, messages included.
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._iterators = [iter(iterable) for iterable in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(iterators)):
            iterator = iterators[i]
            if iterator is None:
                result.append(self._fillvalue)
                continue
            item = next(iterator, _MARKER)
            if item is _MARKER:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                iterators[i] = None
                item = self._fillvalue
            result.append(item)
        return tuple(result)


################################################################################
# islice
################################################################################

_SSIZE_MIN = -sys.maxsize - 1


def _slice_arg(value):
    # CPython reads islice's arguments as C ssize_t values; anything that is
    # not an index in range reads as -1, which the checks then reject.
    if not isinstance(value, int) and not hasattr(type(value), '__index__'):
        return -1
    value = _index(value)
    if value < _SSIZE_MIN or value > sys.maxsize:
        return -1
    return value


_STOP_ERROR = ('Stop argument for islice() must be None or an integer: '
               '0 <= x <= sys.maxsize.')
_INDICES_ERROR = ('Indices for islice() must be None or an integer: '
                  '0 <= x <= sys.maxsize.')
_STEP_ERROR = 'Step for islice() must be a positive integer or None.'


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        start = 0
        stop = -1           # -1 stands for None (no stop)
        step = 1
        if len(args) == 2:
            if args[1] is not None:
                stop = _slice_arg(args[1])
                if stop == -1:
                    raise ValueError(_STOP_ERROR)
        else:
            if args[1] is not None:
                start = _slice_arg(args[1])
            if args[2] is not None:
                stop = _slice_arg(args[2])
                if stop == -1:
                    raise ValueError(_STOP_ERROR)
        if start < 0 or stop < -1:
            raise ValueError(_INDICES_ERROR)
        if len(args) == 4 and args[3] is not None:
            step = _slice_arg(args[3])
        if step < 1:
            raise ValueError(_STEP_ERROR)
        self._iterator = iter(iterable)
        self._next = start      # index of the next item to produce
        self._stop = stop
        self._step = step
        self._count = 0         # items read from the input so far

    def __next__(self):
        iterator = self._iterator
        if iterator is None:
            raise StopIteration
        stop = self._stop
        # Skip to the next wanted item.
        while self._count < self._next:
            if next(iterator, _MARKER) is _MARKER:
                self._iterator = None
                raise StopIteration
            self._count += 1
        if stop != -1 and self._count >= stop:
            self._iterator = None
            raise StopIteration
        item = next(iterator, _MARKER)
        if item is _MARKER:
            self._iterator = None
            raise StopIteration
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            # Consume up to stop next time, exactly like CPython.
            self._next = stop
        return item


################################################################################
# groupby
################################################################################

class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping.
    """

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._target_key = _MARKER     # key of the group handed out last
        self._current_key = _MARKER    # key of the item read last
        self._current_value = _MARKER  # item read last, if not yet consumed
        self._current_grouper = None   # the only grouper still allowed to run

    def _step(self):
        # Read one item; StopIteration propagates to the caller.
        value = next(self._iterator)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._current_value = value
        self._current_key = key

    def __next__(self):
        self._current_grouper = None
        # Skip the rest of the current group.
        while True:
            if self._current_key is _MARKER:
                pass
            elif self._target_key is _MARKER:
                break
            elif not _same(self._target_key, self._current_key):
                break
            self._step()
        self._target_key = self._current_key
        grouper = _grouper(self, self._target_key)
        self._current_grouper = grouper
        return (self._current_key, grouper)


class _grouper(_Iterator):
    # One group of a groupby: shares the groupby's input, and stops working
    # as soon as the groupby moves on to the next group.

    def __init__(self, parent, target_key):
        self._parent = parent
        self._target_key = target_key

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._current_value is _MARKER:
            parent._step()
        if not _same(self._target_key, parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _MARKER
        return value


################################################################################
# tee
################################################################################

class _TeeSource:
    # The input shared by a family of tee iterators.  Items read from it are
    # kept in a singly linked chain of cells [value, next_cell]; each tee
    # iterator points at the last cell it consumed, so cells nobody can
    # reach any more are collected.
    def __init__(self, iterator):
        self.iterator = iterator


class _tee(_Iterator):
    """Iterator wrapped to make it copyable."""

    def __init__(self, source, cell):
        self._source = source
        self._cell = cell

    def __next__(self):
        cell = self._cell
        following = cell[1]
        if following is None:
            value = next(self._source.iterator)
            following = cell[1]
            if following is None:
                following = [value, None]
                cell[1] = following
        self._cell = following
        return following[0]

    def __copy__(self):
        return _tee(self._source, self._cell)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    iterator = iter(iterable)
    if hasattr(iterator, '__copy__'):
        first = iterator
    else:
        first = _tee(_TeeSource(iterator), [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


################################################################################
# Combinatoric iterators
################################################################################

class product(_Iterator):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    """

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for key in kwargs:
            if key != 'repeat':
                raise TypeError("'%s' is an invalid keyword argument for product()" % key)
            repeat = _index(kwargs[key])
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._first = True
        self._done = False
        for pool in pools:
            if not pool:
                self._done = True

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if self._first:
            self._first = False
        else:
            # Advance the odometer, rightmost wheel first.
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple([pools[i][indices[i]] for i in range(len(pools))])


def _r_argument(r):
    # permutations() only accepts a real int (or None) for r.
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    if r > sys.maxsize:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return r


class permutations(_Iterator):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _r_argument(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        # cycles[i] counts how many more values position i will take.
        self._cycles = list(range(n, n - r, -1)) if r <= n else []
        self._first = True
        self._done = r > n

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # Position i has used every value: rotate it to the end.
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._done = True
        raise StopIteration


class combinations(_Iterator):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """

    def __init__(self, iterable, r):
        r = _index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        r = self._r
        n = len(pool)
        # Find the rightmost index that can still move right.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in indices])


class combinations_with_replacement(_Iterator):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """

    def __init__(self, iterable, r):
        r = _index(r)
        pool = tuple(iterable)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices])
        r = self._r
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[i] for i in indices])
