# Argument lists CPython refuses are refused here too (once silently accepted), and eval/exec
# nested without end stop with RecursionError instead of overflowing the Swift stack.

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

# Builtin exceptions take no keyword arguments (ImportError's name= and path= excepted).
class AppError(Exception):
    pass

class CodedError(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code

attempt('ValueError(zzz=1)', lambda: ValueError(zzz=1))
attempt("KeyError('k', zzz=1)", lambda: KeyError('k', zzz=1))
attempt('AppError(1, zzz=1)', lambda: AppError(1, zzz=1))
attempt('OSError(zzz=1)', lambda: OSError(zzz=1))
attempt("CodedError('m', code=3).code", lambda: CodedError('m', code=3).code)
attempt("CodedError('m', code=3).args", lambda: CodedError('m', code=3).args)
attempt("ImportError('m', name='x').name", lambda: ImportError('m', name='x').name)
attempt("ImportError('m', zzz=1)", lambda: ImportError('m', zzz=1))
attempt("Exception.__init__(ValueError(), zzz=1)", lambda: Exception.__init__(ValueError(), zzz=1))

# object.__init__ refuses extra arguments unless the class overrides only __new__.
class Plain:
    def __init__(self, *args):
        super().__init__(*args)

class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)

attempt('object().__init__(0)', lambda: object().__init__(0))
attempt('Plain()', lambda: type(Plain()).__name__)
attempt('Plain(1)', lambda: Plain(1))
attempt('OnlyNew(1)', lambda: type(OnlyNew(1)).__name__)
attempt('object.__init__(OnlyNew(1), 2)', lambda: object.__init__(OnlyNew(1), 2))
attempt('NoInit(1)', lambda: type('NoInit', (), {})(1))

# Builtins that take no arguments or one.
attempt('globals(0)', lambda: globals(0))
attempt('locals(0)', lambda: locals(0))
attempt('globals(zzz=1)', lambda: globals(zzz=1))
attempt('dir(0, 0)', lambda: dir(0, 0))
attempt('dir(zzz=1)', lambda: dir(zzz=1))
attempt("'append' in dir([])", lambda: 'append' in dir([]))

# Recursion through eval and exec ends in RecursionError.
def through_eval(n):
    return eval('through_eval(n + 1)', {'through_eval': through_eval, 'n': n})

def through_exec(n):
    exec('through_exec(n + 1)', {'through_exec': through_exec, 'n': n})

# (CPython's message depends on whether compiling or running hit the limit: the type only.)
for label, run in [('eval recursion', through_eval), ('exec recursion', through_exec)]:
    try:
        run(0)
    except RecursionError:
        print(label, '-> RecursionError')

# int.from_bytes asks the iterable's length first.
attempt('int.from_bytes(range(10**18))', lambda: int.from_bytes(range(10**18), 'big'))
attempt('int.from_bytes([1, 2])', lambda: int.from_bytes([1, 2], 'big'))

# Builtin functions and generator methods check their argument lists as CPython does.
def numbers():
    yield 1
    yield 2

attempt('len()', lambda: len())
attempt('len([], [])', lambda: len([], []))
attempt('len(obj=[])', lambda: len(obj=[]))
attempt('abs(-1, 2)', lambda: abs(-1, 2))
attempt('isinstance(1)', lambda: isinstance(1))
attempt('hasattr(1, "real", 2)', lambda: hasattr(1, 'real', 2))
attempt('sorted([2, 1], zzz=1)', lambda: sorted([2, 1], zzz=1))
attempt('sorted([2, 1], reverse=True)', lambda: sorted([2, 1], reverse=True))
attempt('sum([1, 2], start=10)', lambda: sum([1, 2], start=10))
attempt('sum([1], 2, 3)', lambda: sum([1], 2, 3))
attempt('round(2.5, ndigits=0)', lambda: round(2.5, ndigits=0))
attempt('round(number=1.25, ndigits=1)', lambda: round(number=1.25, ndigits=1))
attempt('pow(2, 3, 5, 7)', lambda: pow(2, 3, 5, 7))
attempt('print(zzz=1)', lambda: print(zzz=1))
attempt("eval('1', globals={})", lambda: eval('1', globals={}))
attempt('divmod(7)', lambda: divmod(7))
attempt('chr()', lambda: chr())
attempt('numbers().send()', lambda: numbers().send())
attempt('numbers().__next__(1)', lambda: numbers().__next__(1))
attempt('numbers().close(1)', lambda: numbers().close(1))
attempt('next(numbers())', lambda: next(numbers()))

# Builtin type constructors take only CPython's keywords.
class Words(list):
    def __init__(self, text, sep=' '):
        super().__init__(text.split(sep))

attempt('list(zzz=1)', lambda: list(zzz=1))
attempt('float(zzz=1)', lambda: float(zzz=1))
attempt('range(3, zzz=1)', lambda: range(3, zzz=1))
attempt("int('7', zzz=1)", lambda: int('7', zzz=1))
attempt("int('7', base=8)", lambda: int('7', base=8))
attempt("str(b'a', encoding='ascii')", lambda: str(b'a', encoding='ascii'))
attempt("zip([1], strict=True)", lambda: list(zip([1], strict=True)))
attempt("zip([1], zzz=True)", lambda: list(zip([1], zzz=True)))
attempt("Words('a-b', sep='-')", lambda: Words('a-b', sep='-'))
attempt("property(fget=len).fget", lambda: property(fget=len).fget)

# Found by the API fuzzer (Tests/Fuzz): each once killed the interpreter.
nested = ()
for _ in range(20000):
    nested = (nested,)
attempt('isinstance(1, 20000 nested tuples)', lambda: isinstance(1, nested))
attempt('issubclass(int, 20000 nested tuples)', lambda: issubclass(int, nested))
attempt('isinstance(1, ((str,), (int,)))', lambda: isinstance(1, ((str,), (int,))))
attempt('dict.pop({1: 2})', lambda: dict.pop({1: 2}))
attempt('dict.pop({1: 2}, 1)', lambda: dict.pop({1: 2}, 1))
attempt('dict.pop({}, 1, 2, 3)', lambda: dict.pop({}, 1, 2, 3))
attempt("(1).__rshift__()", lambda: (1).__rshift__())
attempt("(8).__rshift__(1)", lambda: (8).__rshift__(1))
attempt("(1).__ror__()", lambda: (1).__ror__())
attempt("''.join(range(10**18))", lambda: ''.join(range(10**18)))
attempt("b''.join(range(10**18))", lambda: b''.join(range(10**18)))
attempt("'-'.join(['a', 'b'])", lambda: '-'.join(['a', 'b']))
import math
attempt("math.dist(range(10**18), object())", lambda: math.dist(range(10**18), object()))
attempt("math.dist(range(3), (0, 0, 0))", lambda: math.dist(range(3), (0, 0, 0)))
attempt("[].__init__(range(10**18))", lambda: [].__init__(range(10**18)))
attempt("[9].__init__(range(2))", lambda: (lambda l: (l.__init__(range(2)), l)[1])([9]))
attempt("(5).__init__(1, 2)", lambda: (5).__init__(1, 2))
attempt("'s'.__init__(zzz=1)", lambda: 's'.__init__(zzz=1))
attempt("object.__init__(0, 1)", lambda: object.__init__(0, 1))
attempt("dict(range(10**18))", lambda: dict(range(10**18)))
attempt("{}.update(range(10**18))", lambda: {}.update(range(10**18)))
