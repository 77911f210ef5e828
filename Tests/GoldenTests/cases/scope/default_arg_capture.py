# Default arguments are evaluated once at definition time in the defining scope.
value = "original"
def show(v=value):
    return v
value = "changed"
print(show(), "|", value)
def outer():
    local = "outer local"
    def inner(v=local):
        return v
    local = "modified"
    return inner()
print(outer())
def default_from_call(counter=[0]):
    counter[0] += 1
    return counter[0]
print(default_from_call(), default_from_call(), default_from_call([100]))
def make_funcs():
    result = []
    for n in range(3):
        def f(x, n=n, m=n * 10):
            return x + n + m
        result.append(f)
    return result
print([f(1) for f in make_funcs()])
class Config:
    default_size = 8
    def size(self, s=default_size):
        return s
print(Config().size(), Config().size(2))
Config.default_size = 100
print("class attribute change does not affect captured default:", Config().size())
def keyword_default(*, sep=", ".join(["a", "b"])):
    return sep
print(keyword_default())
def nested_default(f=lambda: "lambda default"):
    return f()
print(nested_default(), nested_default(lambda: "override"))
