# bool() of everything, any/all short-circuiting with iterators.
class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  bool({self.v})")
        return bool(self.v)
items = [Loud(0), Loud(1), Loud(2)]
print("any:", any(items))
print("all:", all(items))
print("all of truthy tail:", all(items[1:]))
it = iter([0, 0, 5, 0, 7])
print(any(it), list(it))
it = iter([1, 2, 0, 3])
print(all(it), list(it))
print(any([]), all([]), any([[]]), all([[]]), any([None, 0.0, ""]), all(["0"]))
print(any({0: "a", 1: "b"}), all({0: "a"}), any(set()), all(range(1, 4)), all(range(0, 4)))
print(any("000"), all(""), any([x > 3 for x in [1, 5]]), all([x > 3 for x in [1, 5]]))
values = [0, 0.0, "", [], (), {}, set(), None, False, range(0), b"", 1, -1, "0", [0], (0,), {0: 0}, 0.1, True]
print([bool(v) for v in values])
print(sum([1 for v in values if v]), len(values))
