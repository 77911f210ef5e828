# types: list[int] and friends are types.GenericAlias; int | str is a types.UnionType.
import types
import typing

print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[bytes], type[int])
alias = dict[str, int]
print(type(alias) is types.GenericAlias, alias.__origin__, alias.__args__, alias(a=1), list[int]("ab"))
print(list[int] == list[int], list[int] == list[str], typing.get_origin(list[int]), typing.get_args(dict[str, int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)


def f(x: list[int], y: "dict[str, float]") -> tuple[int, str]:
    pass


print(f.__annotations__["x"], typing.get_type_hints(f))

u = int | str
print(u, type(u) is types.UnionType, u.__args__, int | None, None | int, int | str | float, int | int)
print(isinstance(3, u), isinstance("s", u), isinstance(2.5, u), issubclass(bool, int | str), isinstance(None, int | None))
print((int | str) == (str | int), hash(int | str) == hash(str | int), typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
print(int | typing.List[int], typing.Optional[int] | str, list[int] | None)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
try:
    None | None
except TypeError as e:
    print("TypeError:", e)


class A:
    pass


print(A | None, isinstance(A(), A | int))
