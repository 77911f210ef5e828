# A binary-heap priority queue implemented by hand, used for scheduling and Dijkstra.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        self.heap.append(entry)
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            n = len(self.heap)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and self.heap[child] < self.heap[smallest]:
                        smallest = child
                if smallest == i:
                    break
                self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
                i = smallest
        return top[0], top[2]
    def __len__(self):
        return len(self.heap)
pq = PriorityQueue()
for prio, task in [(3, "write docs"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "refactor"), (2, "test")]:
    pq.push(prio, task)
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    pq = PriorityQueue()
    pq.push(0, start)
    done = set()
    while pq:
        d, node = pq.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node].items():
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                pq.push(nd, nxt)
    return dist, prev
dist, prev = dijkstra(graph, "A")
print(dict(sorted(dist.items())))
path, node = [], "E"
while node != "A":
    path.append(node)
    node = prev[node]
print("path A->E:", " -> ".join(["A"] + path[::-1]))
nums = PriorityQueue()
values = [(i * 37) % 101 for i in range(30)]
for v in values:
    nums.push(v, v)
print("heap sorted:", [nums.pop()[0] for _ in range(len(values))] == sorted(values))
