# string: Template ($-substitution) and Formatter (str.format with overridable steps).
import string
from string import Template, Formatter

t = Template("$who likes ${what}, costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea"}, price=3))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError:", e)
for text in ["$", "a $1", "x\n${", "${a b}", "ok $a"]:
    try:
        print(repr(Template(text).substitute(a=1)))
    except ValueError as e:
        print("ValueError:", e)
    print(" ", repr(Template(text).safe_substitute(a=1)), Template(text).is_valid())
print(Template("$$ and $a and $a_b1 and $_x").substitute(a=1, a_b1=2, _x=3))


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %%ok and 100%").safe_substitute(name="Pct"))

f = Formatter()
print(f.format("{0} {x:>4} {y!r} {0}", 1, x=2, y="s"), f.format("{} {}", "a", "b"))
print(f.format("{0[1]} {a.real} {p[k]}", [5, 6], a=3, p={"k": "v"}), f.format("{:{w}.{p}f}", 3.14159, w=8, p=2))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")), list(f.parse("{a.b[0]:{w}}")), list(f.parse("")))
for bad in ["{", "}", "{0!x}", "{0:{1:{2}}}", "{} {0}", "{0} {}", "{5}", "{missing}", "{0!}", "{0["]:
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


print(Upper().format("{0} and {name} and {other}", "abc", name="bob"))
print(string.capwords(" hello   world "), string.ascii_letters[:5])
