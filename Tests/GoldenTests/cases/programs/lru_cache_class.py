# An LRU cache class built on a dict plus a hand-written doubly linked list.
class _Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) == self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
                print(f"  evict {lru.key!r}")
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)
    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __repr__(self):
        return "LRUCache(" + ", ".join([f"{k}={self.map[k].value}" for k in self.keys()]) + ")"
cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print("get a:", cache.get("a"), cache)
cache.put("d", 4)
print(cache, "b" in cache, len(cache))
cache.put("c", 30)
print(cache)
print("get b (evicted):", cache.get("b", "missing"))
for key in "abcdad":
    cache.get(key)
cache.put("e", 5)
print(cache, f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions}")
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
def fib_cached(n, cache=LRUCache(100)):
    if n < 2:
        return n
    hit = cache.get(n)
    if hit is not None:
        return hit
    value = fib_cached(n - 1) + fib_cached(n - 2)
    cache.put(n, value)
    return value
print("fib(90):", fib_cached(90))
