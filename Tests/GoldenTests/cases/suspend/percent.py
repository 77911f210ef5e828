# `%` formatting whose arguments run script code that switches greenlets: __str__, __repr__,
# __index__, __int__, __float__, a container's repr and a mapping's __getitem__, under
# greenlet and gevent; errors as CPython's.
from mod_suspend import both, pause


class Word:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        pause("str " + self.text)
        return self.text

    def __repr__(self):
        pause("repr " + self.text)
        return "Word(%r)" % self.text


class Number:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        pause("index")
        return self.n

    def __int__(self):
        pause("int")
        return self.n + 1

    def __float__(self):
        pause("float")
        return self.n / 4


class Table:
    def __getitem__(self, key):
        pause("getitem " + key)
        return key.upper()


class BadStr:
    def __str__(self):
        pause("bad")
        return 42


class Raises:
    def __repr__(self):
        pause("raises")
        raise RuntimeError("no repr")


both("%s", lambda: "<%s>" % Word("a"))
both("%s %r %a", lambda: "%s|%r|%a|%-8s|%8r" % (Word("x"), Word("y"), Word("é"), Word("z"), Word("w")))
both("%d %i %u", lambda: "%d %i %u %5d" % (Number(2), Number(3), Number(4), Number(5)))
both("%x %o %X %c", lambda: "%x %o %#X %c" % (Number(255), Number(8), Number(171), Number(65)))
both("%f %e %g", lambda: "%.2f %e %g" % (Number(3), Number(5), Number(10)))
both("width from *", lambda: "[%*s]" % (6, Word("ab")))
both("%% and plain", lambda: "100%% %s %d %s" % (Word("done"), 7, [1, 2]))
both("container repr", lambda: "%s / %r" % ([Word("in list")], (Word("in tuple"),)))
both("dict of values", lambda: "%(a)s-%(b)r-%(c)d" % {"a": Word("A"), "b": Word("B"), "c": 3})
both("mapping", lambda: "%(x)s and %(y)s" % Table())
both("single dict as value", lambda: "%s" % {"k": Word("v")})
both("bad __str__", lambda: "%s" % BadStr())
both("__repr__ raises", lambda: "%r" % Raises())
both("too few arguments", lambda: "%s %s" % (Word("one"),))
both("too many arguments", lambda: "%s" % (Word("one"), Word("two")))
both("%d of a str", lambda: "%s %d" % (Word("w"), "3"))
both("incomplete", lambda: "%s %" % (Word("w"),))
both("in-place", lambda: [s for s in ["x=%s"] for s in [s % Word("1")]])
