# An event system with observers, decorators for registration and an undo stack.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, **data):
        self.history.append(event)
        results = []
        for fn in self.handlers.get(event, []):
            try:
                results.append(fn(**data))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results
bus = EventBus()
stock = {"apple": 5}
undo = []
@bus.on("buy")
def add_stock(item, qty):
    stock[item] = stock.get(item, 0) + qty
    undo.append(("sell", item, qty))
    return f"stock[{item}] = {stock[item]}"
@bus.on("sell")
def remove_stock(item, qty):
    if stock.get(item, 0) < qty:
        raise ValueError(f"only {stock.get(item, 0)} {item} left")
    stock[item] -= qty
    undo.append(("buy", item, qty))
    return f"stock[{item}] = {stock[item]}"
@bus.on("sell")
@bus.on("buy")
def audit(item, qty):
    return f"audit: {item} x{qty}"
print(bus.emit("buy", item="pear", qty=3))
print(bus.emit("sell", item="apple", qty=2))
print(bus.emit("sell", item="apple", qty=10))
print(bus.emit("unknown"))
print("stock:", stock)
while undo:
    action, item, qty = undo.pop()
    bus.handlers[action][0](item, qty)
    undo.pop()
    print(f"undid -> {action} {item} {qty}: {stock}")
print("history:", bus.history, {k: [f.__name__ for f in v] for k, v in bus.handlers.items()})
