# typing: the names scripts annotate with, subscripted and printed at runtime.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable, Iterator,
                    Iterable, Generator, Sequence, Mapping, Type, TypeVar, Literal, Final,
                    ClassVar, cast, TYPE_CHECKING, get_origin, get_args, get_type_hints)

print(Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str])
print(Union[int, str, None], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool])
print(Callable[..., int], Callable, Type[int], Literal[1, "a"], ClassVar[int], Final[int])
print(Iterator[int], Generator[int, None, None], Sequence[str], Mapping, FrozenSet[int], Set[int])
print(Optional[List[int]], Dict[str, "Node"], List["int"], Iterable[Tuple[int, str]])

T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", str, bytes)
C = TypeVar("C", covariant=True)
N = TypeVar("N", contravariant=True)
print(T, K, V, C, N, K.__bound__, V.__constraints__, T.__name__, T.__bound__, T.__constraints__)
print(List[T], List[T][int], Dict[str, T][float], Dict[K, V][int, str])

# Equality, flattening, get_origin/get_args
print(Optional[int] == Union[int, None], Union[int, int], Union[int], Union[int, Union[str, float]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str], Literal[1, 2] == Literal[2, 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int), get_args(int), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Literal[1]))
print(get_args(Tuple[int, ...]), get_origin(Generator[int, None, None]), hash(List[int]) == hash(List[int]))

# isinstance with the unsubscripted aliases and with Union
print(isinstance([], List), isinstance({}, Mapping), isinstance(3, Union[int, str]), issubclass(list, Sequence))
print(isinstance(iter([]), Iterator), isinstance("s", Iterable), isinstance(3, Optional[str]), isinstance(len, Callable))

errors = [
    lambda: isinstance([], List[int]),
    lambda: List(),
    lambda: Dict[str](),
    lambda: isinstance(1, Any),
    lambda: Union[()],
    lambda: Optional[int, str],
    lambda: List[int, str],
    lambda: Dict[int],
    lambda: Callable[int, str],
    lambda: Tuple[int][int],
    lambda: typing.Generic(),
    lambda: TypeVar("X", int),
    lambda: ClassVar[int, str],
    lambda: Any(),
    lambda: typing.NoReturn[int],
]
for make in errors:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

print(cast(int, "x"), cast("List[int]", 3), TYPE_CHECKING, typing.Text is str)
print(typing.NoReturn, typing.Never, typing.Self, typing.LiteralString, typing.TypeAlias, typing.AnyStr)
print(Dict[str, int]({"a": 1}) if False else Dict, typing.DefaultDict[str, int], typing.Deque[int], typing.Counter[str])


# Annotations in functions and classes
def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name.upper() if loud else name] * times


print(greet("hi", 2), greet.__annotations__)
print(get_type_hints(greet))


class Node:
    value: int
    children: "List[Node]"
    parent: Optional["Node"] = None
    count: ClassVar[int] = 0


class Leaf(Node):
    label: str


print(get_type_hints(Node))
print(get_type_hints(Leaf))


def forward(x: "int", y: "Dict[str, Node]") -> "None":
    pass


print(get_type_hints(forward))
print(get_type_hints(lambda: 0), get_type_hints(len) if False else "")
