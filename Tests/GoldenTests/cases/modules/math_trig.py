# math trigonometry and geometry.
import math
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi / 6), math.sin(1))
print(math.cos(0), math.cos(math.pi), math.cos(1), math.cos(math.pi / 3))
print(math.tan(0), math.tan(math.pi / 4), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1), math.atan(-1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(3, 4, 12))
print(math.dist((0, 0), (3, 4)), math.dist((1, 1, 1), (2, 2, 2)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
for deg in range(0, 361, 45):
    r = math.radians(deg)
    print(f"{deg:3d}deg sin={math.sin(r):+.4f} cos={math.cos(r):+.4f}")
points = [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1)]
print([round(math.degrees(math.atan2(y, x)), 1) for x, y in points])
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError:", e)
