# unittest.mock basics: Mock, MagicMock, call, side_effect, the assert methods and patch.
# (Values are set with configure_mock: `m.attr = value` on a Mock hits a Baozi VM bug, see
# unittest_mock_store.py.)
import os
from unittest import mock


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


m = mock.Mock()
print(m(1, 2, key="v") is m.return_value, m.called, m.call_count, m.call_args, m.call_args_list)
m.configure_mock(return_value=42)
print(m(), m.call_count, m.call_args == mock.call(), m.call_args.args, m.call_args.kwargs)
m.method.configure_mock(return_value="child")
print(m.method(3), m.method.call_args, m.method_calls, m.mock_calls)
print(m.method is m.method, m.other is not m.method)
show("assert_called_with ok", lambda: m.method.assert_called_with(3))
show("assert_called_with wrong", lambda: m.method.assert_called_with(4))
show("assert_called_once", lambda: m.assert_called_once())
show("assert_not_called", lambda: m.other.assert_not_called())
show("assert_not_called fails", lambda: m.method.assert_not_called())
show("assert_called fails", lambda: m.unused.assert_called())
show("assert_called_once_with", lambda: m.method.assert_called_once_with(3))
show("assert_any_call", lambda: m.assert_any_call(1, 2, key="v"))
show("assert_any_call missing", lambda: m.assert_any_call(9))
show("assert_has_calls", lambda: m.assert_has_calls([mock.call(1, 2, key="v"), mock.call()]))
never = mock.Mock(name="never")
show("not called", lambda: never.assert_called_with(1))
show("misspelled", lambda: m.assret_called())
m.reset_mock()
print(m.called, m.call_count, m.method.call_count, m.mock_calls)

effects = mock.Mock(side_effect=[1, 2, ValueError("third")])
print(effects(), effects())
show("side_effect list", effects)
raiser = mock.Mock(side_effect=KeyError("k"))
show("side_effect exception", raiser)
doubler = mock.Mock(side_effect=lambda x: x * 2)
print(doubler(21))
configured = mock.Mock(**{"a.b.return_value": 5, "value": 7})
print(configured.a.b(), configured.value)

spec_mock = mock.Mock(spec=["read", "write"])
print(callable(spec_mock.read))
show("spec", lambda: spec_mock.close)

magic = mock.MagicMock()
print(len(magic), list(magic), 3 in magic, bool(magic), int(magic))
print(magic[0] is magic[1], str(magic).startswith("<MagicMock"))
with magic as entered:
    print(entered is magic, type(entered).__name__)

print(mock.call(1, a=2), mock.call.method(3), mock.call(1) == mock.call(1), mock.call(1) == mock.call(2))
print(mock.ANY == 5, [mock.call(1, mock.ANY)] == [mock.call(1, "anything")], mock.sentinel.token, mock.sentinel.token is mock.sentinel.token)


def get_cwd():
    return os.getcwd()


with mock.patch("os.getcwd", return_value="/patched") as fake:
    print(get_cwd(), fake.called)
print(get_cwd() != "/patched")


@mock.patch("os.getpid")
def decorated(fake_pid):
    fake_pid.configure_mock(return_value=7)
    return os.getpid()


print(decorated(), os.getpid() != 7)


class Service:
    def fetch(self):
        return "real"


with mock.patch.object(Service, "fetch", return_value="fake"):
    print(Service().fetch())
print(Service().fetch())

config = {"a": 1}
with mock.patch.dict(config, {"b": 2}):
    print(sorted(config.items()))
print(config)
with mock.patch.dict(config, clear=True):
    print(config)
print(config)
try:
    mock.patch("os.no_such_function").__enter__()
except AttributeError as e:
    print("patch missing -> AttributeError:", str(e).split(" does ")[1])
show("patch bad target", lambda: mock.patch("nodots"))
