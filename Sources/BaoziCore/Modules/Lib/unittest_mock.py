"""unittest.mock basics: Mock and MagicMock (calls recorded, child mocks, return_value,
side_effect, spec, the assert_called* methods with CPython's messages), call, ANY, sentinel,
DEFAULT, and patch / patch.object / patch.dict as decorators and context managers."""

import functools

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'PropertyMock', 'create_autospec', 'mock_open')


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    message = '%s(%%s)' % name
    formatted_args = ''
    args_string = ', '.join([repr(arg) for arg in args])
    kwargs_string = ', '.join(['%s=%r' % (key, value) for key, value in kwargs.items()])
    if args_string:
        formatted_args = args_string
    if kwargs_string:
        if formatted_args:
            formatted_args += ', '
        formatted_args += kwargs_string
    return message % formatted_args


class _Call(tuple):
    """One recorded call: (name, args, kwargs), comparable with call(...) objects."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if len_other == 0:
            other_args, other_kwargs = (), {}
            other_name = ''
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs, other_name = value, {}, ''
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs, other_name = (), value, ''
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_name = ''
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name and self_name != other_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        return _CallList([self])


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if sub_list == value:
                return True
        return False

    def __repr__(self):
        return '[%s]' % ', '.join(repr(c) for c in self)


_MAGICS = {
    '__len__': 0, '__int__': 1, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__contains__': False, '__hash__': None, '__str__': None, '__sizeof__': None,
    '__iter__': None, '__enter__': None, '__exit__': False,
    '__getitem__': None, '__setitem__': None, '__delitem__': None, '__lt__': NotImplemented,
    '__gt__': NotImplemented, '__le__': NotImplemented, '__ge__': NotImplemented,
}


class NonCallableMock:
    """A mock object: any attribute is a child mock, created on first access."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _new_name='', _new_parent=None, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        if spec_set is not None:
            spec = spec_set
        d['_spec_set'] = spec_set is not None
        if spec is not None and not isinstance(spec, list):
            d['_spec_class'] = spec if isinstance(spec, type) else type(spec)
            spec = dir(spec)
        else:
            d['_spec_class'] = None
        d['_mock_methods'] = spec
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_side_effect'] = None
        d['_mock_return_value'] = DEFAULT
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        d['call_args'] = None
        d['call_args_list'] = _CallList()
        d['call_count'] = 0
        d['called'] = False
        self.configure_mock(**kwargs)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _extract_mock_name(self):
        names = []
        mock = self
        while mock is not None:
            name = mock.__dict__['_mock_new_name'] or mock.__dict__['_mock_name']
            parent = mock.__dict__['_mock_new_parent'] or mock.__dict__['_mock_parent']
            if parent is None:
                names.append(mock.__dict__['_mock_name'] or 'mock')
                break
            names.append(name)
            mock = parent
        names.reverse()
        text = ''
        for n in names:
            if not text:
                text = n
            elif n.startswith('()'):
                text += n
            else:
                text += '.' + n
        return text

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self.__dict__['_spec_class'] is not None:
            spec_string = ' spec=%r' % self.__dict__['_spec_class'].__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_children', '__dict__'):
            raise AttributeError(name)
        methods = self.__dict__['_mock_methods']
        if methods is not None:
            if name not in methods:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is "
                                 "meant to be an attribute." % (name, name))
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is None:
            wraps = None
            if self.__dict__['_mock_wraps'] is not None:
                wraps = getattr(self.__dict__['_mock_wraps'], name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def _get_child_mock(self, **kw):
        klass = type(self)
        if not issubclass(klass, CallableMixin):
            klass = Mock
        return klass(**kw)

    def __setattr__(self, name, value):
        methods = self.__dict__.get('_mock_methods')
        if (self.__dict__.get('_spec_set') and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        # (Baozi: object.__setattr__ does not reach a property's setter, so call it here.)
        if name == 'return_value':
            return NonCallableMock.return_value.fset(self, value)
        if name == 'side_effect':
            return NonCallableMock.side_effect.fset(self, value)
        if isinstance(value, NonCallableMock) and value.__dict__['_mock_parent'] is None:
            value.__dict__['_mock_parent'] = self
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = name
            value.__dict__['_mock_name'] = value.__dict__['_mock_name'] or name
            self.__dict__['_mock_children'][name] = value
            return None
        if name in _MAGICS and isinstance(self, MagicMixin):
            self.__dict__['_mock_children'][name] = value
            return None
        self.__dict__[name] = value
        return None

    def __delattr__(self, name):
        if name in self.__dict__['_mock_children']:
            del self.__dict__['_mock_children'][name]
        elif name in self.__dict__:
            del self.__dict__[name]
        else:
            raise AttributeError(name)

    def __dir__(self):
        return sorted(set(dir(type(self)) + list(self.__dict__['_mock_children'])))

    @property
    def return_value(self):
        ret = self.__dict__['_mock_return_value']
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    @return_value.setter
    def return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value.__dict__['_mock_parent'] is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    @property
    def side_effect(self):
        return self.__dict__['_mock_side_effect']

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException):
            if not (isinstance(value, type) and issubclass(value, BaseException)):
                value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in d['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock()
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def _name_for_messages(self):
        return self.__dict__['_mock_name'] or self.__dict__['_mock_new_name'] or 'mock'

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return "\nCalls: %r." % (self.mock_calls,)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._name_for_messages(), args, kwargs)

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._name_for_messages(), self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % self._name_for_messages()
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._name_for_messages(), self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (expected, actual))
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s' % (
                self._format_mock_call_signature(args, kwargs),
                self._format_mock_call_signature(*self.call_args._parts()[1:])))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._name_for_messages(), self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = [c if isinstance(c, _Call) else _Call(c) for c in calls]
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = 'Calls not found.' if True else ''
                raise AssertionError(
                    '%s\nExpected: %r\n  Actual: %r' % (problem, _CallList(calls), self.mock_calls))
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._name_for_messages(), tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        actual = [c for c in self.call_args_list]
        if expected not in actual:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)


class CallableMixin:
    def __call__(self, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this_call = _Call((args, kwargs), two=True)
        d['call_args'] = this_call
        d['call_args_list'].append(this_call)
        d['mock_calls'].append(_Call(('', args, kwargs)))
        # Tell the parents: method_calls and mock_calls record calls of children.
        name = d['_mock_new_name']
        parent = d['_mock_new_parent']
        method_name = d['_mock_name'] if d['_mock_parent'] is not None else None
        dot = '.'
        while parent is not None:
            pd = parent.__dict__
            if method_name is not None and name != '()':
                pd['method_calls'].append(_Call((method_name, args, kwargs)))
            pd['mock_calls'].append(_Call((name, args, kwargs)))
            parent_name = pd['_mock_new_name']
            if parent_name:
                if name.startswith('()'):
                    name = parent_name + name
                else:
                    name = parent_name + dot + name
                if method_name is not None:
                    method_name = parent_name + dot + method_name
            parent = pd['_mock_new_parent']

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (isinstance(effect, type)
                                                     and issubclass(effect, BaseException)):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (isinstance(result, type)
                                                         and issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self.__dict__['_mock_return_value'] is not DEFAULT:
            return self.return_value
        if self.__dict__['_mock_wraps'] is not None:
            return self.__dict__['_mock_wraps'](*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded and return `return_value` (a child mock by default)."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _new_name='', _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec=spec, wraps=wraps, name=name, spec_set=spec_set,
                                 parent=parent, _new_name=_new_name, _new_parent=_new_parent)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect
        self.configure_mock(**kwargs)


class MagicMixin:
    pass


def _magic(name):
    def method(self, *args, **kwargs):
        children = self.__dict__['_mock_children']
        child = children.get(name)
        if child is None:
            child = MagicMock(_new_name=name, _new_parent=self)
            default = _MAGICS[name]
            if name == '__iter__':
                setattr(child, 'return_value', iter([]))
            elif name == '__str__':
                setattr(child, 'return_value', object.__str__(self))
            elif name == '__hash__':
                setattr(child, 'return_value', object.__hash__(self))
            elif name == '__sizeof__':
                setattr(child, 'return_value', object.__sizeof__(self))
            elif name == '__enter__':
                child.__dict__['_mock_return_value'] = DEFAULT
            elif name in ('__getitem__', '__setitem__', '__delitem__'):
                pass
            else:
                setattr(child, 'return_value', default)
            children[name] = child
        if not callable(child):
            raise TypeError("'%s' object is not callable" % type(child).__name__)
        result = child(*args, **kwargs)
        if name == '__iter__' and not hasattr(result, '__next__'):
            return iter(result)
        return result
    method.__name__ = name
    return method


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len, iter, with, [], ...) are mocks too."""


for _name in _MAGICS:
    setattr(MagicMock, _name, _magic(_name))
del _name


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    pass


class PropertyMock(Mock):
    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    return MagicMock(spec=spec, **kwargs)


def mock_open(mock=None, read_data=''):
    import io
    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock()
    setattr(handle.__enter__, 'return_value', handle)
    data = io.StringIO(read_data)
    setattr(handle.read, 'side_effect', lambda *args: data.read(*args))
    setattr(handle.readline, 'side_effect', lambda *args: data.readline(*args))
    setattr(handle.readlines, 'side_effect', lambda *args: data.readlines(*args))
    setattr(handle.__iter__, 'side_effect', lambda: iter(data.getvalue().splitlines(True)))
    setattr(mock, 'return_value', handle)
    return mock


# MARK: - patch

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return lambda: _importer(target), attribute


class _patch:
    """Replaces an attribute while a decorated function runs or a `with` block lasts."""

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                 kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.kwargs = kwargs
        self.attribute_name = None

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create, None, None,
                      self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if attr.startswith('test'):
                    value = getattr(func, attr)
                    if callable(value):
                        setattr(func, attr, self.copy()(value))
            return func
        patcher = self

        @functools.wraps(func)
        def patched(*args, **kwargs):
            new = patcher.__enter__()
            try:
                if patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
            finally:
                patcher.__exit__(None, None, None)
        return patched

    def __enter__(self):
        self.target = self.getter()
        original = getattr(self.target, self.attribute, DEFAULT)
        if original is DEFAULT and not self.create:
            raise AttributeError("%s does not have the attribute %r" % (self.target, self.attribute))
        self.temp_original = original
        self.is_local = self.attribute in getattr(self.target, '__dict__', {})
        new = self.new
        if new is DEFAULT:
            klass = self.new_callable or MagicMock
            kwargs = dict(self.kwargs)
            if self.spec is not None:
                kwargs['spec'] = original if self.spec is True else self.spec
            new = klass(**kwargs)
        self.new_value = new
        setattr(self.target, self.attribute, new)
        return new

    def __exit__(self, *exc_info):
        if self.temp_original is DEFAULT:
            delattr(self.target, self.attribute)
        else:
            setattr(self.target, self.attribute, self.temp_original)
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        if self in _active_patches:
            _active_patches.remove(self)
        return self.__exit__(None, None, None)


_active_patches = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


class _patch_dict:
    """Sets keys of a dict for the duration, and restores its old contents afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._original = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)

    def _unpatch_dict(self):
        self.in_dict.clear()
        self.in_dict.update(self._original)

    def __exit__(self, *args):
        self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        self._unpatch_dict()


def _patch_stopall():
    for patcher in reversed(list(_active_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
