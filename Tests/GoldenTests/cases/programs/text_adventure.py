# A text-adventure state machine driven by a fixed list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
    def describe(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"[{self.room}] {r['desc']}; you see {items}; exits: {', '.join(sorted(r['exits']))}"
    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "you can't go that way"
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return f"the way {direction} is locked"
            ROOMS[target]["locked"] = False
            print("  (you unlock it with the key)")
        if target == "cellar" and "lamp" not in self.inventory:
            return "it is too dark to go there without a lamp"
        self.room = target
        return self.describe()
    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"there is no {item} here"
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"taken: {item}"
    def handle(self, line):
        self.moves += 1
        verb, _, rest = line.partition(" ")
        handlers = {
            "look": lambda: self.describe(),
            "go": lambda: self.go(rest),
            "take": lambda: self.take(rest),
            "inventory": lambda: "carrying: " + (", ".join(self.inventory) or "nothing"),
        }
        if verb not in handlers:
            self.moves -= 1
            return f"unknown command {verb!r}"
        return handlers[verb]()
game = Game()
commands = ["look", "go west", "take lamp", "go east", "go down", "go west", "go north", "take key",
            "take sword", "dance", "go south", "go east", "go down", "inventory", "take treasure"]
for cmd in commands:
    print(f"> {cmd}")
    print("  " + game.handle(cmd))
    if game.state != "playing":
        break
print(f"state={game.state} moves={game.moves} inventory={game.inventory}")
