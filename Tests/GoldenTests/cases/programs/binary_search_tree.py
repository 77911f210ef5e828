# A binary search tree with insert, search, delete and traversals.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
        else:
            node = self.root
            while True:
                if key == node.key:
                    return False
                side = "left" if key < node.key else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, Node(key))
                    break
                node = child
        self.size += 1
        return True
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n.left)
                out.append(n.key)
                walk(n.right)
        walk(self.root)
        return out
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right: stack.append(n.right)
            if n.left: stack.append(n.left)
        return out
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def delete(self, key):
        def _delete(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _delete(node.right, succ.key)
            return node
        if key in self:
            self.root = _delete(self.root, key)
            self.size -= 1
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    print("insert", k, tree.insert(k))
print("size:", tree.size, "height:", tree.height())
print("inorder:", tree.inorder())
print("preorder:", tree.preorder())
print("contains 45/55:", 45 in tree, 55 in tree)
for k in [20, 30, 50, 99]:
    tree.delete(k)
    print("delete", k, "->", tree.inorder(), "root:", tree.root.key)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.size)
