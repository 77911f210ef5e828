# Uncaught TypeError at module level after some output.
items = [1, 2, 3]
print("items:", items)
print("count: " + str(len(items)))
print("count:", len(items))
print(f"count: {len(items)}")
try:
    "count: " + len(items)
except TypeError as e:
    print("caught:", e)
print("now uncaught:")
label = "count: " + len(items)
print(label)
