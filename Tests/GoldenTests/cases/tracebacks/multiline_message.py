# An uncaught exception whose message spans several lines.
def validate(record):
    problems = []
    if "name" not in record:
        problems.append("- name is missing")
    if record.get("age", 0) < 0:
        problems.append("- age is negative")
    if problems:
        raise ValueError("invalid record:\n" + "\n".join(problems))
    return "ok"
print(validate({"name": "ok", "age": 3}))
try:
    validate({"name": "x", "age": -5})
except ValueError as e:
    print("caught:", repr(str(e)))
print("first record ok")
validate({"age": -1})
