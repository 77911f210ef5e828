# hash properties, isinstance/issubclass/type checks on builtins.
print(hash(1) == 1, hash(0) == 0, hash(1.0) == hash(1), hash(True) == 1, hash(2 ** 10) == 1024)
print(hash("a") == hash("a"), hash((1, "x")) == hash((1, "x")), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in [[1], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, int), isinstance(1.0, float), isinstance("s", str), isinstance(b"", bytes))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, type(None)), isinstance(len, type(print)), isinstance(range(1), range))
print(isinstance(1, (float, str)), isinstance(1, (float, int)), isinstance([], (list,)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(list, object))
print(type(1) is int, type(True) is bool, type(True) is int, type(1.5) == float)
print(type([]) is list, type({}) is dict, type(()) is tuple, type("") is str)
print(type(type(1)) is type, type(int) is type, type(object) is type)
print(int.__name__, type(1.5).__name__, type(None).__name__, type(print).__name__)
class Mine:
    pass
print(type(Mine()).__name__, type(Mine).__name__, isinstance(Mine(), object), isinstance(Mine, type))
