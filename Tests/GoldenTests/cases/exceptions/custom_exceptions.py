# Custom exception classes with __init__ and __str__.
class AppError(Exception):
    """Base error for the app."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
class NotFoundError(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"not found: {self.key!r}"
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "is required")
    if len(user["name"]) < 3:
        raise ValidationError("name", "too short")
    return "valid"
for u in [{}, {"name": "Al"}, {"name": "Alice"}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid ->", e, "| args:", e.args, "| field:", e.field)
try:
    raise NotFoundError("user:7")
except AppError as e:
    print(type(e).__name__, "->", e, "| args:", e.args, "| repr:", repr(e))
try:
    raise WithRepr("m")
except WithRepr as e:
    print(str(e), repr(e))
print(issubclass(ValidationError, AppError), issubclass(ValidationError, Exception))
print(AppError.__doc__, AppError.__mro__[1].__name__)
class CodeError(Exception):
    def __init__(self, code):
        super().__init__(f"error code {code}")
        self.code = code
codes = []
for c in [404, 500]:
    try:
        raise CodeError(c)
    except CodeError as e:
        codes.append((e.code, str(e)))
print(codes)
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty("x", 1)))
