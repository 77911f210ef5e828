# collections.Counter.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), sum(c.values()))
print(c.most_common(2), c.most_common()[-1])
print(sorted(c.elements()))
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3))
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print("add:", c2 + c3)
print("subtract:", c2 - c3)
print("intersection:", c2 & c3)
print("union:", c2 | c3)
c2.update("aaz")
print("update:", c2)
c2.subtract({"a": 10})
print("subtract method (can go negative):", c2)
print("unary plus drops non-positive:", +c2)
print(Counter({"x": 2, "y": 0}), dict(Counter("aab")), list(Counter("cba")))
inventory = Counter(apples=5, pears=2)
inventory["apples"] -= 2
inventory["plums"] += 4
print(inventory, inventory.total())
del inventory["pears"]
print(inventory, "pears" in inventory)
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1)[0], Counter() == Counter())
print(Counter("aabbcc") == Counter("abcabc"), isinstance(c, dict))
