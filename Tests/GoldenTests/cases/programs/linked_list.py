# A singly linked list class with the container protocol.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.length = 0
        for v in values:
            self.append(v)
    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.length += 1
    def prepend(self, value):
        self.head = Node(value, self.head)
        self.length += 1
    def __len__(self):
        return self.length
    def __iter__(self):
        return LinkedListIterator(self.head)
    def __getitem__(self, index):
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("linked list index out of range")
        cur = self.head
        for _ in range(index):
            cur = cur.next
        return cur.value
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.length -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def __repr__(self):
        return "LinkedList([" + " -> ".join([repr(v) for v in self]) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
class LinkedListIterator:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(0)
print(ll, len(ll), ll[0], ll[-1], 4 in ll, 9 in ll)
ll.reverse()
print("reversed:", ll)
ll.remove(1)
print("removed first 1:", ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(ll), sorted(ll), list(map(str, ll)), max(ll))
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList() == LinkedList([1]), repr(LinkedList()))
