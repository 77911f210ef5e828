"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  The smallest element is a[0].

Baozi's implementation.  The sift routines make the same moves and the
same comparisons (only `<`) as CPython's, so heaps built from items with
equal keys come out in the same order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop',
           'merge', 'nlargest', 'nsmallest']


def _check_list(heap, function, argument):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (function, argument, type(heap).__name__))


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap, 'heappush', ' 1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap, 'heappop', '')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!
    """
    _check_list(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x, 'heapify', '')
    # Sift down every node that has children, last one first.
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos while it is smaller than its
    # parent.  (The name follows the classic heapq convention: the *parents*
    # move down.)
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the smaller child up until reaching a leaf, then let the item that
    # was at pos bubble back up from there.  This does fewer comparisons than
    # stopping as soon as the item is in place, and it is what CPython does,
    # which fixes the order of equal items.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


# Max-heap variants, used by nsmallest() to keep the n smallest items seen.

def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heapreplace_max(heap, item):
    smallest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return smallest


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    If *key* is not None, it is the function computing each element's
    comparison key; *reverse* merges inputs sorted from largest to smallest.
    """
    if reverse:
        build, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, pop, replace, direction = heapify, heappop, heapreplace, 1
    # One entry per input that is not exhausted: [key, rank, value, iterator]. The rank
    # (the input's position, negated when reversed) breaks ties in favour of the earlier
    # input and keeps values and iterators from ever being compared.
    heap = []
    for rank, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            heap.append([value if key is None else key(value), rank * direction, value, iterator])
            break
    build(heap)
    while len(heap) > 1:
        top = heap[0]
        yield top[2]
        try:
            value = next(top[3])
        except StopIteration:
            pop(heap)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        replace(heap, top)
    if heap:
        value, iterator = heap[0][2], heap[0][3]
        yield value
        yield from iterator


_SENTINEL = object()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        if key is None:
            result = min(iterable, default=_SENTINEL)
        else:
            result = min(iterable, default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]

    # With n at least the size, sorting everything is simplest.
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the n smallest items seen so far in a max-heap, decorated with
    # their position so that equal items keep their input order (and the
    # items themselves are never compared when keys are equal).
    iterator = iter(iterable)
    result = []
    for order in range(n):
        elem = next(iterator, _SENTINEL)
        if elem is _SENTINEL:
            break
        if key is None:
            result.append((elem, order))
        else:
            result.append((key(elem), order, elem))
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in iterator:
        k = elem if key is None else key(elem)
        if k < top:
            if key is None:
                _heapreplace_max(result, (elem, order))
            else:
                _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[-1] if key is not None else entry[0] for entry in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        if key is None:
            result = max(iterable, default=_SENTINEL)
        else:
            result = max(iterable, default=_SENTINEL, key=key)
        return [] if result is _SENTINEL else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # Keep the n largest items seen so far in a min-heap.  Positions count
    # downwards so that, after the final descending sort, equal items come
    # out in input order.
    iterator = iter(iterable)
    result = []
    for order in range(0, -n, -1):
        elem = next(iterator, _SENTINEL)
        if elem is _SENTINEL:
            break
        if key is None:
            result.append((elem, order))
        else:
            result.append((key(elem), order, elem))
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in iterator:
        k = elem if key is None else key(elem)
        if top < k:
            if key is None:
                heapreplace(result, (elem, order))
            else:
                heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in result]
