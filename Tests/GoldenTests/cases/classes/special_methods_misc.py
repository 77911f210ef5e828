# Assorted special methods: __len__ in builtins, __iter__ with builtins, __reversed__, __index__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return x in self.items
    def __reversed__(self):
        return iter(self.items[::-1])
    def __eq__(self, other):
        return isinstance(other, Bag) and sorted(self.items) == sorted(other.items)
    __hash__ = None
bag = Bag(3, 1, 2)
print(len(bag), list(bag), sorted(bag), max(bag), min(bag), sum(bag))
print(2 in bag, 9 not in bag)
print(list(reversed(bag)), tuple(bag), set(bag), dict.fromkeys(bag))
print(list(enumerate(bag)), list(zip(bag, "abc")))
print(Bag(1, 2) == Bag(2, 1), Bag(1) != Bag(2))
a, b, c = bag
print("unpack:", a, b, c)
print("star:", [*bag], "join:", "-".join([str(x) for x in bag]))
print(any(bag), all(Bag(1, 0)))
try:
    hash(bag)
except TypeError as e:
    print("TypeError:", e)
class Index:
    def __index__(self):
        return 2
print("abcdef"[Index()], [0, 1, 2, 3][Index():], range(10)[Index()])
class Length:
    def __len__(self):
        return -1
try:
    len(Length())
except ValueError as e:
    print("ValueError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
