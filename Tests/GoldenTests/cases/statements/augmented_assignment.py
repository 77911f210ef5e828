# Augmented assignment for every operator.
x = 10
x += 5; print("+=", x)
x -= 3; print("-=", x)
x *= 4; print("*=", x)
x /= 8; print("/=", x)
x = 17
x //= 5; print("//=", x)
x = 17
x %= 5; print("%=", x)
x = 3
x **= 4; print("**=", x)
x = 0b1100
x &= 0b1010; print("&=", bin(x))
x |= 0b0001; print("|=", bin(x))
x ^= 0b1111; print("^=", bin(x))
x = 1
x <<= 10; print("<<=", x)
x >>= 3; print(">>=", x)
s = "ab"
s += "cd"; print("str +=", s)
s *= 2; print("str *=", s)
lst = [1]
alias = lst
lst += [2, 3]
print("list += mutates in place:", alias, lst is alias)
lst *= 2
print("list *=:", alias)
t = (1,)
talias = t
t += (2,)
print("tuple += rebinds:", t, talias)
d = {"n": 1}
d["n"] += 10
print("subscript +=:", d)
class C:
    pass
c = C()
c.v = 2
c.v **= 3
print("attribute **=:", c.v)
arr = [[1, 2], [3, 4]]
arr[1][0] -= 10
print("nested subscript -=:", arr)
f = 1.5
f += 1
print("float +=:", f)
st = {1, 2}
st |= {3}
st &= {2, 3}
print("set ops:", st)
