from greenlet import greenlet

def parse(token):
    if not token.isdigit():
        raise ValueError("bad token: " + token)
    return int(token)

def worker(tokens):
    total = 0
    for t in tokens:
        total += parse(t)
    return total

print(greenlet(worker).switch(["1", "2"]))
greenlet(worker).switch(["3", "x"])
print("not reached")
