# Setting an attribute of a Mock with a plain assignment (a script __setattr__ on the class).
from unittest import mock

m = mock.Mock()
m.foo = 1
m.return_value = 42
print(m.foo, m())
