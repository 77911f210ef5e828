// Names the runtime looks up constantly, interned once per interpreter.

/// A class for the same reason as BuiltinTypes: `names.__init__` loads one reference.
final class InternedNames {
    let __init__, __new__, __call__, __repr__, __str__, __hash__, __eq__, __bool__, __len__: StrObj
    let __iter__, __next__, __getitem__, __setitem__, __delitem__, __contains__: StrObj
    let __getattr__, __getattribute__, __setattr__, __delattr__, __get__, __set__: StrObj
    let __enter__, __exit__, __index__, __name__, __module__, __annotations__, __class__: StrObj
    let __dict__, __doc__, __qualname__: StrObj
    /// Operator method names indexed by `BinaryOpcode.rawValue`: `__add__`, `__radd__`, `__iadd__`.
    let binary, reflected, inplace: [StrObj]
    /// Rich comparison method names indexed by `CompareOpcode.rawValue`.
    let compare: [StrObj]

    init(_ interp: Interpreter) {
        func n(_ s: String) -> StrObj { interp.intern(s) }
        __init__ = n("__init__"); __new__ = n("__new__"); __call__ = n("__call__")
        __repr__ = n("__repr__"); __str__ = n("__str__"); __hash__ = n("__hash__")
        __eq__ = n("__eq__"); __bool__ = n("__bool__"); __len__ = n("__len__")
        __iter__ = n("__iter__"); __next__ = n("__next__"); __getitem__ = n("__getitem__")
        __setitem__ = n("__setitem__"); __delitem__ = n("__delitem__"); __contains__ = n("__contains__")
        __getattr__ = n("__getattr__"); __getattribute__ = n("__getattribute__")
        __setattr__ = n("__setattr__"); __delattr__ = n("__delattr__"); __get__ = n("__get__")
        __set__ = n("__set__"); __enter__ = n("__enter__"); __exit__ = n("__exit__")
        __index__ = n("__index__"); __name__ = n("__name__"); __module__ = n("__module__")
        __annotations__ = n("__annotations__"); __class__ = n("__class__"); __dict__ = n("__dict__")
        __doc__ = n("__doc__"); __qualname__ = n("__qualname__")
        let ops = BinaryOpcode.allCases.sorted { $0.rawValue < $1.rawValue }
        binary = ops.map { n("__\($0.dunder)__") }
        reflected = ops.map { n("__r\($0.dunder)__") }
        inplace = ops.map { n("__i\($0.dunder)__") }
        compare = [CompareOpcode.lt, .le, .eq, .ne, .gt, .ge].map { n($0.dunder) }
    }
}
