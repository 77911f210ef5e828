# List operators, comparison, nesting and aliasing.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 5, [] * 3, 2 * ["x"])
print(2 in a, 5 not in a, len(a), [[]] * 2)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], ["a", 1] == ["a", 1], [1, [2, 3]] < [1, [2, 4]])
grid = [[0] * 3] * 3
grid[0][0] = 1
print("aliased rows:", grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print("independent rows:", grid)
outer = [1, [2, 3]]
shallow = outer[:]
shallow[1].append(4)
shallow[0] = 99
print("shallow copy shares inner:", outer, shallow)
lst = [1, 2]
lst.append(lst)
print("recursive list:", lst)
d = {"k": []}
d["k"].append(lst[:2])
print(d)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
nums = [5, 2, 9, 1]
print(sum(nums), max(nums), min(nums), sorted(nums), list(reversed(nums)))
print(nums.__len__(), nums[-1], nums[-len(nums)])
try:
    nums[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    nums["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
x = [3, 1, 2]
y = x
x += [4]
x = x + [5]
print(y, x)
print([i * j for i in range(1, 4) for j in range(1, 4)])
big = list(range(1000))
print(len(big), big[500], sum(big), big[-1])
matrix = [[1, 2, 3], [4, 5, 6]]
print("transpose:", [list(col) for col in zip(*matrix)])
print("flatten:", [v for row in matrix for v in row])
print("hash of list fails:", end=" ")
try:
    hash([])
except TypeError as e:
    print(e)
print(str([1, "a", None, 2.5, True, (1,), [], {}]))
