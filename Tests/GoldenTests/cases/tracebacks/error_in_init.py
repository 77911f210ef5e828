# Uncaught AttributeError raised in __init__ while constructing an object.
class Temperature:
    def __init__(self, reading):
        self.celsius = reading.value * 1.0
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
class Reading:
    def __init__(self, value):
        self.value = value
t = Temperature(Reading(21))
print(t.celsius, t.fahrenheit())
try:
    Temperature("21")
except AttributeError as e:
    print("caught:", e)
print([Temperature(Reading(v)).fahrenheit() for v in (0, 100)])
t = Temperature(21)
