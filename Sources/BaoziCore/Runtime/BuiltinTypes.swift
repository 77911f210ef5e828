// The builtin classes, created once per interpreter.

/// A class, not a struct: `interp.types.str` then loads one reference instead of copying (and
/// retaining) the whole table, which the optimizer did in non-inlined code.
final class BuiltinTypes {
    let type: TypeObj
    let object: TypeObj
    let int: TypeObj
    let bool: TypeObj
    let float: TypeObj
    let complex: TypeObj
    let str: TypeObj
    let bytes: TypeObj
    let bytearray: TypeObj
    let list: TypeObj
    let tuple: TypeObj
    let dict: TypeObj
    let set: TypeObj
    let frozenset: TypeObj
    let noneType: TypeObj
    let notImplementedType: TypeObj
    let ellipsisType: TypeObj
    let function: TypeObj
    let builtinFunction: TypeObj
    let method: TypeObj
    let module: TypeObj
    let cell: TypeObj
    let code: TypeObj
    let range: TypeObj
    let slice: TypeObj
    let property: TypeObj
    let staticmethod: TypeObj
    let classmethod: TypeObj
    let superType: TypeObj
    let generator: TypeObj
    let iterator: TypeObj
    let listIterator: TypeObj
    let tupleIterator: TypeObj
    let rangeIterator: TypeObj
    let strIterator: TypeObj
    let bytesIterator: TypeObj
    let dictKeyIterator: TypeObj
    let dictValueIterator: TypeObj
    let dictItemIterator: TypeObj
    let setIterator: TypeObj
    let callableIterator: TypeObj
    let reversedType: TypeObj
    let enumerateType: TypeObj
    let zipType: TypeObj
    let mapType: TypeObj
    let filterType: TypeObj
    let dictKeys: TypeObj
    let dictValues: TypeObj
    let dictItems: TypeObj
    let file: TypeObj
    let traceback: TypeObj
    let frame: TypeObj
    let exceptions: ExceptionTypes

    init(_ interp: Interpreter) {
        let heap = interp.heap
        // `type` and `object` refer to each other; build them by hand.
        let typeType = TypeObj(name: "type", bases: [], layout: .type, metatype: nil, isHeapType: false)
        typeType.type = typeType
        let objectType = TypeObj(name: "object", bases: [], layout: .object, metatype: typeType, isHeapType: false)
        typeType.bases = [TypeRef(objectType)]
        objectType.mro = [TypeRef(objectType)]
        typeType.mro = [TypeRef(typeType), TypeRef(objectType)]
        heap.makePermanent(typeType)
        heap.makePermanent(objectType)

        func make(_ name: String, _ base: TypeObj, _ layout: Layout, module: String = "builtins") -> TypeObj {
            let t = TypeObj(name: name, bases: [base], layout: layout, metatype: typeType, isHeapType: false, module: module)
            t.mro = [TypeRef(t)] + base.mro
            base.subclasses.append(TypeRef(t))
            heap.makePermanent(t)
            return t
        }

        type = typeType
        object = objectType
        int = make("int", objectType, .int)
        bool = make("bool", int, .bool)
        float = make("float", objectType, .float)
        complex = make("complex", objectType, .other)
        str = make("str", objectType, .str)
        bytes = make("bytes", objectType, .bytes)
        bytearray = make("bytearray", objectType, .bytes)
        list = make("list", objectType, .list)
        tuple = make("tuple", objectType, .tuple)
        dict = make("dict", objectType, .dict)
        set = make("set", objectType, .set)
        frozenset = make("frozenset", objectType, .frozenset)
        noneType = make("NoneType", objectType, .none)
        notImplementedType = make("NotImplementedType", objectType, .other)
        ellipsisType = make("ellipsis", objectType, .other)
        function = make("function", objectType, .function)
        builtinFunction = make("builtin_function_or_method", objectType, .builtinFunction)
        method = make("method", objectType, .method)
        module = make("module", objectType, .module)
        cell = make("cell", objectType, .cell)
        code = make("code", objectType, .code)
        range = make("range", objectType, .range)
        slice = make("slice", objectType, .slice)
        property = make("property", objectType, .property)
        staticmethod = make("staticmethod", objectType, .staticMethod)
        classmethod = make("classmethod", objectType, .classMethod)
        superType = make("super", objectType, .other)
        generator = make("generator", objectType, .generator)
        iterator = make("iterator", objectType, .iterator)
        listIterator = make("list_iterator", objectType, .iterator)
        tupleIterator = make("tuple_iterator", objectType, .iterator)
        rangeIterator = make("range_iterator", objectType, .iterator)
        strIterator = make("str_ascii_iterator", objectType, .iterator)
        bytesIterator = make("bytes_iterator", objectType, .iterator)
        dictKeyIterator = make("dict_keyiterator", objectType, .iterator)
        dictValueIterator = make("dict_valueiterator", objectType, .iterator)
        dictItemIterator = make("dict_itemiterator", objectType, .iterator)
        setIterator = make("set_iterator", objectType, .iterator)
        callableIterator = make("callable_iterator", objectType, .iterator)
        reversedType = make("reversed", objectType, .iterator)
        enumerateType = make("enumerate", objectType, .iterator)
        zipType = make("zip", objectType, .iterator)
        mapType = make("map", objectType, .iterator)
        filterType = make("filter", objectType, .iterator)
        dictKeys = make("dict_keys", objectType, .other)
        dictValues = make("dict_values", objectType, .other)
        dictItems = make("dict_items", objectType, .other)
        file = make("TextIOWrapper", objectType, .file, module: "_io")
        traceback = make("traceback", objectType, .other)
        frame = make("frame", objectType, .other)
        exceptions = ExceptionTypes(make: make, object: objectType)
        // Exact strs reference only their class: the collector need not trace them.
        str.instancesAreLeaves = true
    }
}

/// The standard exception hierarchy.
final class ExceptionTypes {
    let baseException, exception, systemExit, keyboardInterrupt, generatorExit: TypeObj
    let stopIteration, stopAsyncIteration, arithmeticError, zeroDivisionError, overflowError: TypeObj
    let floatingPointError, assertionError, attributeError, bufferError, eofError: TypeObj
    let importError, moduleNotFoundError, lookupError, indexError, keyError: TypeObj
    let memoryError, nameError, unboundLocalError, osError, fileNotFoundError: TypeObj
    let fileExistsError, permissionError, isADirectoryError, notADirectoryError, timeoutError: TypeObj
    let connectionError, brokenPipeError, connectionRefusedError, connectionResetError, interruptedError: TypeObj
    let connectionAbortedError, blockingIOError: TypeObj
    let referenceError, runtimeError, notImplementedError, recursionError, syntaxError: TypeObj
    let indentationError, tabError, systemError, typeError, valueError, unicodeError: TypeObj
    let unicodeDecodeError, unicodeEncodeError, warning, userWarning, deprecationWarning: TypeObj
    let runtimeWarning, lookupAll: [TypeObj]

    init(make: (String, TypeObj, Layout, String) -> TypeObj, object: TypeObj) {
        func m(_ n: String, _ b: TypeObj) -> TypeObj { make(n, b, .exception, "builtins") }
        baseException = m("BaseException", object)
        exception = m("Exception", baseException)
        systemExit = m("SystemExit", baseException)
        keyboardInterrupt = m("KeyboardInterrupt", baseException)
        generatorExit = m("GeneratorExit", baseException)
        stopIteration = m("StopIteration", exception)
        stopAsyncIteration = m("StopAsyncIteration", exception)
        arithmeticError = m("ArithmeticError", exception)
        zeroDivisionError = m("ZeroDivisionError", arithmeticError)
        overflowError = m("OverflowError", arithmeticError)
        floatingPointError = m("FloatingPointError", arithmeticError)
        assertionError = m("AssertionError", exception)
        attributeError = m("AttributeError", exception)
        bufferError = m("BufferError", exception)
        eofError = m("EOFError", exception)
        importError = m("ImportError", exception)
        moduleNotFoundError = m("ModuleNotFoundError", importError)
        lookupError = m("LookupError", exception)
        indexError = m("IndexError", lookupError)
        keyError = m("KeyError", lookupError)
        memoryError = m("MemoryError", exception)
        nameError = m("NameError", exception)
        unboundLocalError = m("UnboundLocalError", nameError)
        osError = m("OSError", exception)
        fileNotFoundError = m("FileNotFoundError", osError)
        fileExistsError = m("FileExistsError", osError)
        permissionError = m("PermissionError", osError)
        isADirectoryError = m("IsADirectoryError", osError)
        notADirectoryError = m("NotADirectoryError", osError)
        timeoutError = m("TimeoutError", osError)
        connectionError = m("ConnectionError", osError)
        brokenPipeError = m("BrokenPipeError", connectionError)
        connectionRefusedError = m("ConnectionRefusedError", connectionError)
        connectionResetError = m("ConnectionResetError", connectionError)
        interruptedError = m("InterruptedError", osError)
        connectionAbortedError = m("ConnectionAbortedError", connectionError)
        blockingIOError = m("BlockingIOError", osError)
        referenceError = m("ReferenceError", exception)
        runtimeError = m("RuntimeError", exception)
        notImplementedError = m("NotImplementedError", runtimeError)
        recursionError = m("RecursionError", runtimeError)
        syntaxError = m("SyntaxError", exception)
        indentationError = m("IndentationError", syntaxError)
        tabError = m("TabError", indentationError)
        systemError = m("SystemError", exception)
        typeError = m("TypeError", exception)
        valueError = m("ValueError", exception)
        unicodeError = m("UnicodeError", valueError)
        unicodeDecodeError = m("UnicodeDecodeError", unicodeError)
        unicodeEncodeError = m("UnicodeEncodeError", unicodeError)
        warning = m("Warning", exception)
        userWarning = m("UserWarning", warning)
        deprecationWarning = m("DeprecationWarning", warning)
        // RuntimeWarning and the other warning categories the warnings module filters on.
        runtimeWarning = [m("RuntimeWarning", warning), m("PendingDeprecationWarning", warning),
                          m("SyntaxWarning", warning),
                          m("FutureWarning", warning), m("ImportWarning", warning),
                          m("UnicodeWarning", warning), m("BytesWarning", warning),
                          m("ResourceWarning", warning), m("EncodingWarning", warning)]
        lookupAll = [baseException, exception, systemExit, keyboardInterrupt, generatorExit,
                     stopIteration, stopAsyncIteration, arithmeticError, zeroDivisionError, overflowError,
                     floatingPointError, assertionError, attributeError, bufferError, eofError,
                     importError, moduleNotFoundError, lookupError, indexError, keyError,
                     memoryError, nameError, unboundLocalError, osError, fileNotFoundError,
                     fileExistsError, permissionError, isADirectoryError, notADirectoryError, timeoutError,
                     connectionError, brokenPipeError, connectionRefusedError, connectionResetError,
                     interruptedError, connectionAbortedError, blockingIOError, referenceError, runtimeError, notImplementedError, recursionError,
                     syntaxError, indentationError, tabError, systemError, typeError, valueError,
                     unicodeError, unicodeDecodeError, unicodeEncodeError, warning, userWarning,
                     deprecationWarning] + runtimeWarning
    }
}
