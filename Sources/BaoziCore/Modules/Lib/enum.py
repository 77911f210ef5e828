"""Enumerations, as CPython 3.11's enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto,
unique.

Baozi builds the members after the class body has run (CPython collects them while it runs,
through EnumType.__prepare__): a name assigned twice in one enum body keeps its last value
instead of raising "Attempted to reuse key".
"""

import builtins as _builtins
import sys
import types

_builtin_bin = _builtins.bin

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'property',
           'global_enum', 'verify', 'member', 'nonmember', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_enum_name', 'pickle_by_global_name', 'show_flag_values']

# Set once Enum and Flag exist: until then the metaclass is building them.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """Stands for a member's value, chosen by _generate_next_value_.

    Baozi resolves auto() after the class body has run, so an expression on earlier members
    in the body (`WHITE = RED | GREEN`) is kept as a deferred auto and computed then.
    """

    def __init__(self, value=_auto_null):
        self.value = value
        self._operation = None

    def __repr__(self):
        return "auto(%r)" % self.value

    def _deferred(self, function, *operands):
        result = auto()
        result._operation = (function, operands)
        return result

    def __or__(self, other):
        return self._deferred(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return self._deferred(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return self._deferred(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return self._deferred(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return self._deferred(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return self._deferred(lambda a, b: a ^ b, other, self)

    def __invert__(self):
        return self._deferred(lambda a: ~a, self)

    def __add__(self, other):
        return self._deferred(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return self._deferred(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return self._deferred(lambda a, b: a - b, self, other)

    def __mul__(self, other):
        return self._deferred(lambda a, b: a * b, self, other)

    def __lshift__(self, other):
        return self._deferred(lambda a, b: a << b, self, other)


def _resolved(value):
    """The value of a deferred auto expression whose operands are resolved by now."""
    if not isinstance(value, auto):
        return value
    if value._operation is None:
        return value.value
    function, operands = value._operation
    return function(*[_resolved(operand) for operand in operands])


class member:
    """Forces an attribute of an enum body to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum body from becoming a member."""

    def __init__(self, value):
        self.value = value


property = types.DynamicClassAttribute


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, classmethod,
                                staticmethod, _builtins.property)))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def bin(num, max_bits=None):
    """Like builtin bin() but shows a sign bit after "0b": bin(-5) is '0b1 011'."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)




class FlagBoundary:
    """What a Flag does with a value that has bits no member defines."""

    def __init__(self, name):
        self.name = name
        self.value = name.lower()

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name, self.value)

    def __str__(self):
        return 'FlagBoundary.%s' % self.name


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class EnumType(type):
    """Metaclass of enumerations: builds the members and answers lookups by value and name."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        # Split the body into members and everything else, in definition order.
        members = {}
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members[key] = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value) or isinstance(value, type)):
                if _is_sunder(key) and key not in ('_order_', '_generate_next_value_', '_missing_',
                                                   '_numeric_repr_', '_iter_member_',
                                                   '_iter_member_by_value_', '_iter_member_by_def_',
                                                   '_value_', '_name_', '_ignore_', '_simple',
                                                   '_value_repr_', '_add_alias_', '_add_value_alias_'):
                    raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                     % (key,))
                body[key] = value
            else:
                members[key] = value
        for key in members:
            if key in ('mro', ''):
                raise ValueError('invalid enum member name: %r' % (key,))

        # auto() values, in order, each from the values before it.
        generate = body.get('_generate_next_value_')
        if generate is None:
            generate = getattr(first_enum, '_generate_next_value_', None)
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        last_values = []
        for index, (key, value) in enumerate(members.items()):
            if isinstance(value, auto) and value._operation is not None:
                value = _resolved(value)
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, index, last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple((generate(key, 1, index, last_values[:]) if v.value is _auto_null else v.value)
                              if isinstance(v, auto) else v for v in value)
            members[key] = value
            last_values.append(value)

        if first_enum is not None and first_enum._member_names_:
            raise TypeError('<enum %r> cannot extend %r' % (cls, first_enum))

        body['_new_member_'] = None
        # A __new__ in an enum body makes members; lookups by value stay Enum.__new__'s.
        custom_new = body.pop('__new__', None) if Enum is not None else None
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            body['_boundary_'] = (boundary or getattr(first_enum, '_boundary_', None))
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        elif boundary is not None:
            body['_boundary_'] = boundary
        order = body.pop('_order_', None)

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        if Enum is not None:
            # Lookups by value go through Enum.__new__ even when a data type comes first in
            # the MRO (int for IntEnum), and so do repr/str/format unless the body has its own.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                enum_method = getattr(first_enum, name)
                found_method = getattr(enum_class, name)
                if found_method in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, enum_method)

        # The function that makes a member object from its value.
        if custom_new is not None:
            new_member = custom_new
            enum_class._new_member_ = custom_new
            use_args = True
        else:
            inherited = None
            for base in enum_class.__mro__[1:]:
                candidate = base.__dict__.get('_new_member_')
                if candidate is not None:
                    inherited = candidate
                    break
            if inherited is not None:
                new_member = inherited
                use_args = True
            elif member_type is object:
                new_member = object.__new__
                use_args = False
            else:
                new_member = member_type.__new__
                use_args = True
        enum_class._use_args_ = use_args

        # A live view: a custom __new__ sees the members made so far.
        type.__setattr__(enum_class, '__members__', types.MappingProxyType(enum_class._member_map_))
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name, value in members.items():
            enum_class._add_member_(name, value, new_member, use_args, member_type, is_flag)

        if is_flag:
            single_bits = multi_bits = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if _is_single_bit(v):
                    single_bits |= v
                else:
                    multi_bits |= v
            all_bits = single_bits | multi_bits
            type.__setattr__(enum_class, '_flag_mask_', single_bits)
            type.__setattr__(enum_class, '_singles_mask_', single_bits)
            type.__setattr__(enum_class, '_all_bits_', 2 ** (all_bits.bit_length()) - 1 if all_bits else 0)
            # Multi-bit members made only of named bits are aliases for iteration.
            canonical = [n for n in enum_class._member_names_
                         if _is_single_bit(enum_class._member_map_[n]._value_)
                         or enum_class._member_map_[n]._value_ & ~single_bits]
            type.__setattr__(enum_class, '_member_names_', canonical)
            type.__setattr__(enum_class, '_flag_mask_', single_bits | (multi_bits & ~single_bits))


        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value, new_member, use_args, member_type, is_flag):
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if member_type is tuple:
            args = (args,)
        if not use_args:
            enum_member = new_member(cls)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = new_member(cls, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception as exc:
                        new_exc = TypeError('_value_ not set in __new__, unable to create it')
                        new_exc.__cause__ = exc
                        raise new_exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = getattr(type(enum_member), '__init__', None)
        if init is not None and init is not object.__init__:
            enum_member.__init__(*args)
        if is_flag and isinstance(value, int) and value < 0:
            raise ValueError('%r: negative values are not allowed' % (name,))
        # An equal value already taken makes this name an alias.
        existing = None
        try:
            existing = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
        if existing is not None:
            enum_member = existing
        else:
            cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                cls._unhashable_values_.append(value)
        cls._member_map_[name] = enum_member
        type.__setattr__(cls, name, enum_member)

    @staticmethod
    def _get_mixins_(class_name, bases):
        """The data type members are made of (int for IntEnum) and the Enum base class."""
        if not bases:
            return object, Enum
        last = bases[-1]
        if Enum is not None and not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = EnumType._find_data_type_(class_name, bases)
        first_enum = last
        return member_type, first_enum

    @staticmethod
    def _find_data_type_(class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__ or base in (int, str, float, tuple, bytes, list, dict, set, frozenset):
                    if isinstance(base, EnumType):
                        continue
                    data_types.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        unique_types = []
        for t in data_types:
            if t not in unique_types:
                unique_types.append(t)
        if len(unique_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, unique_types))
        elif unique_types:
            return unique_types[0]
        return object

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE') or with (name, value) pairs."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            generate = cls._generate_next_value_
            for count, name in enumerate(original_names):
                value = generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("cannot delete member %r." % attr)
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                           '__len__', '__members__', '__module__', '__name__', '__qualname__'])
        interesting.update(cls._member_names_)
        return sorted(interesting)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: members with a name and a value, looked up by either."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value that is a number, else start."""
        if not last_values:
            return start
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] != '_' and name not in self._member_map_:
                    names.append(name)
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @types.DynamicClassAttribute
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @types.DynamicClassAttribute
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (IntEnum, StrEnum)."""

    def __str__(self):
        return self._member_type_.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """An Enum whose members are also ints."""


IntEnum._value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """An Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a StrEnum gives the member's name in lower case."""
        return name.lower()


StrEnum._value_repr_ = str.__repr__


class Flag(Enum, boundary=STRICT):
    """An Enum whose members combine with the bitwise operators."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() in a Flag gives the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical members whose bits are all in value, in definition order."""
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ and member._value_ & value == member._value_:
                yield member

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member for a combination of flags (or a ValueError for bits no member has)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = (max(all_bits + 1, 2 ** (value.bit_length())) + value)
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, _builtin_bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or unknown:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                if names:
                    names.append(cls._numeric_repr_(unknown))
                    pseudo_member._name_ = '|'.join(names)
                else:
                    pseudo_member._name_ = None
            else:
                pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._flag_mask_ ^ self._value_)
            return inverted
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._value_repr_ = None
Flag._inverted_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints; unknown bits are kept."""

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


IntFlag._value_repr_ = int.__repr__


def unique(enumeration):
    """Class decorator: raises ValueError if any value has two names."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls, update_str=False):
    """Puts the members in their module's namespace (repr/str as CPython's are not changed)."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


class EnumCheck:
    """Constraints verify() checks."""

    def __init__(self, name):
        self.name = name
        self.value = name.lower().replace('_', ' ')

    def __repr__(self):
        return '<EnumCheck.%s: %r>' % (self.name, self.value)


CONTINUOUS = EnumCheck('CONTINUOUS')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS')
UNIQUE = EnumCheck('UNIQUE')


class verify:
    """Class decorator checking UNIQUE, CONTINUOUS and NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high + 1) if v not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s' % (
                        cls_name, ', '.join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                missed = []
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    value = alias.value
                    for bit in _iter_bits_lsb(value):
                        if not any(m.value == bit for m in enumeration):
                            missed.append(bit)
                if missed:
                    raise ValueError('invalid Flag %r: missing values %s' % (
                        cls_name, ', '.join(str(v) for v in sorted(set(missed)))))
        return enumeration


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


def show_flag_values(value):
    return list(_iter_bits_lsb(value))
