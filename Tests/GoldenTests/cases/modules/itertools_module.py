# itertools: count, cycle, repeat, chain, islice, zip_longest, accumulate, groupby.
import itertools
from itertools import count, cycle, repeat, chain, islice, zip_longest, accumulate, groupby
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([1, 2]), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 4)), list(map(pow, range(5), repeat(2))))
print(list(chain([1, 2], "ab", (3,))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 4, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(zip_longest("abc", [1])), list(zip_longest([1, 2], [3], fillvalue=0)))
print(list(zip_longest("ab", "xyz", "1", fillvalue="-")))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])))
data = "aaabbcdddd"
print([(k, len(list(g))) for k, g in groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2 == 0)])
counter = count()
print(next(counter), next(counter), next(counter))
print(type(itertools.count()).__name__, sum(islice(count(1), 100)))
