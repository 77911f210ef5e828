"""The slow paths of builtins, in Baozi so that they are resumable.

A builtin such as list(), sorted(), sum() or str.join() that is handed a generator or an
iterator written in Baozi runs the iteration with one of these functions: a `for` loop runs on
heap frames, so a greenlet switch inside the iterator (a gevent wait) suspends and resumes it
like any other code. So do the builtins whose values run script code of their own (a key
function, a user `__lt__`, `__str__` or `__getattr__`): the native fast path stays for values
that cannot. Their frames are hidden from tracebacks.

`_plain_sort` and `_script_iterator` are natives the interpreter adds on first use
(ScriptIteration.swift).
"""


def collect(iterable):
    items = []
    append = items.append
    for item in iterable:
        append(item)
    return items


def sum_from(iterable, total):
    for item in iterable:
        total = total + item
    return total


def any_of(iterable):
    for item in iterable:
        if item:
            return True
    return False


def all_of(iterable):
    for item in iterable:
        if not item:
            return False
    return True


# The lazy builtins over iterators or functions that may switch greenlets: their items come
# from these generators (wrapped in enumerate/zip/map/filter objects). They are handed
# iterators, whose __iter__ has been called once already: `_items` takes their items with
# next() only.

def _items(iterator):
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            return
        yield item


def enumerate_items(iterator, n):
    for item in _items(iterator):
        yield (n, item)
        n += 1


def _one_from_each(iterators):
    """The next item of every iterator, or None when one is exhausted."""
    items = []
    for it in iterators:
        try:
            items.append(next(it))
        except StopIteration:
            return None
    return items


def zip_items(iterators):
    if not iterators:
        return
    while True:
        items = _one_from_each(iterators)
        if items is None:
            return
        yield tuple(items)


def map_items(function, iterators):
    if len(iterators) == 1:
        for item in _items(iterators[0]):
            yield function(item)
        return
    while True:
        items = _one_from_each(iterators)
        if items is None:
            return
        yield function(*items)


def filter_items(function, iterator):
    if function is None:
        for item in _items(iterator):
            if item:
                yield item
    else:
        for item in _items(iterator):
            if function(item):
                yield item


def lazy_iterator(kind, function, iterables, start):
    """enumerate/zip/map/filter of an iterable whose __iter__ is script code."""
    iterators = [iter(x) for x in iterables]
    if kind == "enumerate":
        items = enumerate_items(iterators[0], start)
    elif kind == "zip":
        items = zip_items(iterators)
    elif kind == "map":
        items = map_items(function, iterators)
    else:
        items = filter_items(function, iterators[0])
    return _script_iterator(items, kind)


def next_or(iterator, default):
    try:
        return next(iterator)
    except StopIteration:
        return default


# Sorting when the key function or the keys' `<` is script code. The keys are computed first
# (as CPython does), sorted natively when they are plain data, else by the steps of CPython's
# sort: runs found as list.sort finds them, short ones extended by binary insertion, then
# merged. For fewer than 64 items this makes exactly CPython's comparisons.

def sort_list(items, key, reverse):
    """sorted(items, key=key, reverse=reverse) of a new list `items`, which it reorders."""
    if key is None:
        keys = items[:]
    else:
        keys = [key(item) for item in items]
    ordered = _plain_sort(items, keys, reverse)
    if ordered is not None:
        return ordered
    if reverse:
        keys.reverse()
        items.reverse()
    _sort_by_keys(keys, items)
    if reverse:
        keys.reverse()
        items.reverse()
    return items


def sort_in_place(items, key, reverse):
    """list.sort(): the list is empty while it is being sorted, as in CPython."""
    values = items[:]
    items.clear()
    try:
        values = sort_list(values, key, reverse)
    finally:
        modified = len(items) > 0
        items[:] = values
    if modified:
        raise ValueError("list modified during sort")


def _min_run(n):
    low_bits = 0
    while n >= 64:
        low_bits |= n & 1
        n >>= 1
    return n + low_bits


def _count_run(keys, lo, hi):
    """The length of the run starting at lo, and whether it is strictly descending."""
    if lo + 1 == hi:
        return 1, False
    n = 2
    if keys[lo + 1] < keys[lo]:
        while lo + n < hi and keys[lo + n] < keys[lo + n - 1]:
            n += 1
        return n, True
    while lo + n < hi and not (keys[lo + n] < keys[lo + n - 1]):
        n += 1
    return n, False


def _binary_insertion(keys, values, lo, hi, start):
    """Sorts keys[lo:hi] (and values alike) of which keys[lo:start] is already sorted."""
    if start == lo:
        start += 1
    while start < hi:
        pivot = keys[start]
        left = lo
        right = start
        while left < right:
            middle = left + ((right - left) >> 1)
            if pivot < keys[middle]:
                right = middle
            else:
                left = middle + 1
        if left < start:
            value = values[start]
            del keys[start]
            del values[start]
            keys.insert(left, pivot)
            values.insert(left, value)
        start += 1


def _merge(keys, values, lo, left_count, right_count):
    """Merges the sorted runs keys[lo:lo+left_count] and the right_count keys after it."""
    left_keys = keys[lo:lo + left_count]
    left_values = values[lo:lo + left_count]
    i = 0
    j = lo + left_count
    end = j + right_count
    k = lo
    while i < left_count and j < end:
        if keys[j] < left_keys[i]:
            keys[k] = keys[j]
            values[k] = values[j]
            j += 1
        else:
            keys[k] = left_keys[i]
            values[k] = left_values[i]
            i += 1
        k += 1
    while i < left_count:
        keys[k] = left_keys[i]
        values[k] = left_values[i]
        i += 1
        k += 1


def _sort_by_keys(keys, values):
    n = len(keys)
    if n < 2:
        return
    min_run = _min_run(n)
    runs = []
    lo = 0
    while lo < n:
        length, descending = _count_run(keys, lo, n)
        if descending:
            keys[lo:lo + length] = keys[lo:lo + length][::-1]
            values[lo:lo + length] = values[lo:lo + length][::-1]
        if length < min_run:
            forced = min(min_run, n - lo)
            _binary_insertion(keys, values, lo, lo + forced, lo + length)
            length = forced
        runs.append((lo, length))
        lo += length
    while len(runs) > 1:
        merged = []
        for i in range(0, len(runs) - 1, 2):
            start, left_count = runs[i]
            right_count = runs[i + 1][1]
            _merge(keys, values, start, left_count, right_count)
            merged.append((start, left_count + right_count))
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged


def min_max(items, key, is_max):
    """min()/max() of a non-empty list when the key function or `<`/`>` is script code."""
    best = items[0]
    best_key = best if key is None else key(best)
    for i in range(1, len(items)):
        item = items[i]
        item_key = item if key is None else key(item)
        if (item_key > best_key) if is_max else (item_key < best_key):
            best = item
            best_key = item_key
    return best


def print_str(values, sep, end, file, flush):
    """print() of values whose __str__ is script code: each is written once it is made."""
    if sep is None:
        sep = " "
    for i in range(len(values)):
        if i:
            print(sep, end="", file=file)
        print(str(values[i]), end="", file=file)
    print(end=end, file=file, flush=flush)


def getattr_or(obj, name, default):
    try:
        return getattr(obj, name)
    except AttributeError:
        return default


def has_attribute(obj, name):
    try:
        getattr(obj, name)
    except AttributeError:
        return False
    return True


def sequence_contains(sequence, item, i):
    """`item in sequence` (a list or tuple) from index i on, when `==` is script code."""
    while i < len(sequence):
        x = sequence[i]
        if x is item or x == item:
            return True
        i += 1
    return False


def sum_item_then(total, item, iterator):
    """sum() from an item whose `+` is script code on: the rest of the iterator follows."""
    total = total + item
    for item in iterator:
        total = total + item
    return total


# Containers whose repr or comparison reaches script code (a user __repr__, __eq__ or __lt__
# of an item) are handled here item by item, as CPython's list and tuple do it.

_repr_running = set()


def container_repr(value):
    """repr() of a list, tuple, dict, set or frozenset holding a value with a script __repr__."""
    kind = type(value)
    key = id(value)
    if key in _repr_running:
        if kind is list:
            return "[...]"
        if kind is dict:
            return "{...}"
        return kind.__name__ + "(...)"
    _repr_running.add(key)
    try:
        if kind is dict:
            return "{" + ", ".join([repr(k) + ": " + repr(v) for k, v in value.items()]) + "}"
        text = ", ".join([repr(item) for item in value])
        if kind is list:
            return "[" + text + "]"
        if kind is tuple:
            return "(" + text + (",)" if len(value) == 1 else ")")
        if not value:
            return kind.__name__ + "()"
        if kind is set:
            return "{" + text + "}"
        return kind.__name__ + "({" + text + "})"
    finally:
        _repr_running.discard(key)


def sequence_compare(a, b, op):
    """`a op b` for two lists or two tuples holding values whose == or < is script code."""
    if type(a) is list and len(a) != len(b):
        if op == "==":
            return False
        if op == "!=":
            return True
    i = 0
    while i < len(a) and i < len(b):
        x = a[i]
        y = b[i]
        if not (x is y or x == y):
            break
        i += 1
    if i >= len(a) or i >= len(b):
        x = len(a)
        y = len(b)
    elif op == "==":
        return False
    elif op == "!=":
        return True
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    if op == ">":
        return x > y
    return x >= y


# list.index/count/remove and tuple.index/count when `==` is script code (as CPython: the
# identity test first, the item of the sequence on the left).

def sequence_index(sequence, item, i, stop):
    while i < stop and i < len(sequence):
        x = sequence[i]
        if x is item or x == item:
            return i
        i += 1
    if type(sequence) is tuple:
        raise ValueError("tuple.index(x): x not in tuple")
    raise ValueError(repr(item) + " is not in list")


def sequence_count(sequence, item):
    count = 0
    i = 0
    while i < len(sequence):
        x = sequence[i]
        if x is item or x == item:
            count += 1
        i += 1
    return count


def list_remove(items, item):
    i = 0
    while i < len(items):
        x = items[i]
        if x is item or x == item:
            if i < len(items):
                del items[i]
            return None
        i += 1
    raise ValueError("list.remove(x): x not in list")


# `str % args` when an argument converts in script (a user __str__, __repr__, __index__,
# __int__ or __float__): each argument is converted here first, then the native formatting
# (`_percent`) runs on the results, which are plain values.

def _percent_converted(conversion, value):
    """The value `%<conversion>` formats, converted when that runs script code, and the
    conversion to format it with."""
    if conversion == "s":
        return str(value), "s"
    if conversion == "r":
        return repr(value), "s"
    if conversion == "a":
        # ascii(value) is repr(value) with what is not ASCII escaped; repr() is resumable.
        return repr(value).encode("ascii", "backslashreplace").decode("ascii"), "s"
    kind = type(value)
    if conversion in "diu":
        if not isinstance(value, int) and (hasattr(kind, "__int__") or hasattr(kind, "__index__")):
            return int(value), conversion
    elif conversion in "oxXc":
        if not isinstance(value, int) and not isinstance(value, str) and hasattr(kind, "__index__"):
            return kind.__index__(value), conversion
    elif conversion in "eEfFgG":
        if not isinstance(value, float) and (hasattr(kind, "__float__") or hasattr(kind, "__index__")):
            return float(value), conversion
    return value, conversion


def _skip_digits(fmt, i):
    while i < len(fmt) and "0" <= fmt[i] <= "9":
        i += 1
    return i


def percent_format(fmt, args):
    if isinstance(args, tuple):
        values = list(args)
    else:
        values = [args]
    mapping = args if not isinstance(args, (tuple, str)) and hasattr(type(args), "__getitem__") else None
    by_key = {}
    pieces = []
    done = 0            # fmt[:done] is in pieces
    position = 0        # the next positional argument
    i = fmt.find("%")
    while 0 <= i < len(fmt) - 1:
        i += 1
        key = None
        if fmt[i] == "(" and mapping is not None:
            depth = 1
            start = i + 1
            while i + 1 < len(fmt) and depth:
                i += 1
                if fmt[i] == "(":
                    depth += 1
                elif fmt[i] == ")":
                    depth -= 1
            key = fmt[start:i]
            i += 1
        while i < len(fmt) and fmt[i] in "-+ #0":
            i += 1
        if i < len(fmt) and fmt[i] == "*":
            position += 1
            i += 1
        else:
            i = _skip_digits(fmt, i)
        if i < len(fmt) and fmt[i] == ".":
            if i + 1 < len(fmt) and fmt[i + 1] == "*":
                position += 1
                i += 2
            else:
                i = _skip_digits(fmt, i + 1)
        while i < len(fmt) and fmt[i] in "hlL":
            i += 1
        if i >= len(fmt):
            break
        conversion = fmt[i]
        if conversion != "%":
            if key is not None:
                value, used = _percent_converted(conversion, mapping[key])
                by_key[key] = value
            elif position < len(values):
                value, used = _percent_converted(conversion, values[position])
                values[position] = value
                position += 1
            else:
                break
            if used != conversion:
                pieces.append(fmt[done:i])
                pieces.append(used)
                done = i + 1
        i = fmt.find("%", i + 1)
    pieces.append(fmt[done:])
    fmt = "".join(pieces)
    if by_key:
        return _percent(fmt, by_key)
    if isinstance(args, tuple):
        return _percent(fmt, tuple(values))
    return _percent(fmt, values[0])


# json.dumps() whose `default` is script code, once the native encoder met a value that needs
# it: the whole encoding starts again here, the same walk as the native one, so that default()
# may switch greenlets. Strings, numbers, True, False and None are encoded natively.

def json_encode(value, indent, item_separator, key_separator, sort_keys, skipkeys,
                ensure_ascii, allow_nan, check_circular, default):
    import _baozi_json
    out = []
    markers = set() if check_circular else None

    def scalar(v):
        return _baozi_json.encode(v, None, item_separator, key_separator, False, False,
                                  ensure_ascii, allow_nan, False, None)

    def newline(level):
        if indent is not None:
            out.append("\n" + indent * level)

    def enter(o):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers.add(id(o))

    def leave(o):
        if markers is not None:
            markers.discard(id(o))

    def encode(o, level):
        if o is None or o is True or o is False or isinstance(o, (str, int, float)):
            out.append(scalar(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append("[]")
                return
            enter(o)
            out.append("[")
            newline(level + 1)
            for i, item in enumerate(o):
                if i:
                    out.append(item_separator)
                    newline(level + 1)
                encode(item, level + 1)
            newline(level)
            out.append("]")
            leave(o)
        elif isinstance(o, dict):
            encode_dict(o, level)
        else:
            enter(o)
            encode(default(o), level)
            leave(o)

    def encode_dict(d, level):
        if not d:
            out.append("{}")
            return
        enter(d)
        items = list(d.items())
        if sort_keys:
            items.sort(key=lambda item: item[0])
        out.append("{")
        newline(level + 1)
        first = True
        for key, item in items:
            if isinstance(key, str):
                pass
            elif key is None or key is True or key is False or isinstance(key, (int, float)):
                key = scalar(key)
            elif skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not "
                                + type(key).__name__)
            if not first:
                out.append(item_separator)
                newline(level + 1)
            first = False
            out.append(_baozi_json.encode_string(key, ensure_ascii))
            out.append(key_separator)
            encode(item, level + 1)
        newline(level)
        out.append("}")
        leave(d)

    encode(value, 0)
    return "".join(out)
