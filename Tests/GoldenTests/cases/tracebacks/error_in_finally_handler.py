# An exception raised in an except block after a finally ran; both shown in the chain.
def process(items):
    try:
        return items[10]
    except IndexError:
        print("handling IndexError")
        return items["key"]
    finally:
        print("finally ran")
print(process(list(range(20))))
print(process({"key": "dict works", 10: "ten"}))
try:
    process({"key": "value"})
except KeyError as e:
    print("KeyError is not handled by 'except IndexError':", e)
print("now with a list that is too short:")
process([1, 2, 3])
