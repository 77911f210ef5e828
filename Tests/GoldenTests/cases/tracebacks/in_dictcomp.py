# Uncaught error inside a dict comprehension nested in a function.
def index_by(items, key):
    return {item[key]: item for item in items}
rows = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
print(index_by(rows, "id"))
print(index_by(rows, "name"))
print(index_by([], "anything"))
try:
    index_by([{"x": 1}], "id")
except KeyError as e:
    print("caught KeyError:", e)
rows.append({"name": "no id"})
print(len(rows), "rows")
print(index_by(rows, "id"))
