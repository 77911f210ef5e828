# Every list method.
lst = [3, 1, 4]
lst.append(1)
print("append:", lst)
lst.extend([5, 9])
lst.extend("ab")
lst.extend(range(2))
print("extend:", lst)
lst = [3, 1, 4, 1, 5]
lst.insert(0, "first")
lst.insert(100, "end")
lst.insert(-1, "before end")
lst.insert(-100, "very first")
print("insert:", lst)
lst.remove(1)
print("remove first 1:", lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
print("pop:", lst.pop(), lst.pop(0), lst.pop(-2), lst)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
nums = [5, 3, 8, 3, 1, 3]
print("index:", nums.index(3), nums.index(3, 2), nums.index(3, 4, 6))
print("count:", nums.count(3), nums.count(99), [[1], [1]].count([1]))
c = nums.copy()
c.append(100)
print("copy is shallow and separate:", nums, c)
nums.sort()
print("sort:", nums)
nums.sort(reverse=True)
print("sort reverse:", nums)
words = ["pear", "Apple", "fig", "banana", "kiwi"]
words.sort(key=len)
print("sort key=len (stable):", words)
words.sort(key=str.lower, reverse=True)
print("sort key lower reverse:", words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print("stable sort on first item:", pairs)
r = [1, 2, 3]
r.reverse()
print("reverse:", r, "returns", r.reverse())
r.clear()
print("clear:", r)
print("sort returns None:", [2, 1].sort())
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print("sorted copy:", sorted([3, 1, 2]), "min/max:", min([4, 2]), max([4, 2]))
