# array.array: typed sequences, range checks, tobytes/frombytes, slices and errors.
import array

a = array.array('B', [0] * 6)
for i in range(0, 6, 3):
    a[i] = 255
print(a, len(a), a.typecode, a.itemsize)
print(a.tobytes())
print(a[1:4], a[-1], list(a))
a.append(7)
a.extend([1, 2])
print(a.tolist(), a.count(0), a.index(7))
b = array.array('h', b'\x01\x00\xff\xff')
print(b, b.itemsize)
d = array.array('d', [1, 2.5])
print(d, d + array.array('d', [3]), d * 2)
print(array.array('i') == array.array('i', []), repr(array.array('q')))
for bad in [lambda: a.__setitem__(0, 256), lambda: a.__setitem__(0, -1), lambda: a.__setitem__(0, 1.5),
            lambda: array.array('b', [200]), lambda: array.array('x'), lambda: a[100],
            lambda: a.extend(array.array('b')), lambda: array.array('h', b'\x01')]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
