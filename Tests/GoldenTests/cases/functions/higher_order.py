# map / filter / sorted with functions, returning functions, functions in data.
def square(x):
    return x * x
def is_odd(x):
    return x % 2 == 1
nums = list(range(1, 11))
print(list(map(square, nums)))
print(list(filter(is_odd, nums)))
print(list(map(square, filter(is_odd, nums))))
print(sorted(nums, key=lambda n: (n % 3, -n)))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
def by_len_then_alpha(w):
    return (len(w), w.lower())
print(sorted(words, key=by_len_then_alpha))
def make_checker(lo, hi):
    def check(v):
        return lo <= v <= hi
    return check
in_range = make_checker(3, 6)
print([n for n in nums if in_range(n)])
dispatch = {0: "zero", 1: "one"}
def describe(n, fallback=lambda n: "many"):
    return dispatch.get(n) or fallback(n)
print([describe(n) for n in range(4)])
funcs = [str.upper, str.title, str.swapcase]
print([fn("hello World") for fn in funcs])
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b: a + b, "abc", "xyz")))
