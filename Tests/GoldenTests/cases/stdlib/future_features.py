# __future__: every feature name imports, and the module's records match CPython 3.11's.
from __future__ import print_function, annotations
from __future__ import (nested_scopes, generators, division, absolute_import,
                        with_statement, unicode_literals, generator_stop)
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          feature.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(sorted(n for n in __future__.__all__))
print(7 / 2, 7 // 2)
print("print_function", "works", sep="-")


def f(x: int) -> str:
    return str(x)


print(f(3))
