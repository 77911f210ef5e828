# A greenlet that became garbage while suspended inside a running generator: GreenletExit
# unwinds the generator's frame (its finally runs), and the generator is not closed on its own.
import gc
from greenlet import greenlet, getcurrent

main = getcurrent()


def numbers(tag):
    try:
        for i in range(3):
            main.switch((tag, i))
            yield i
    finally:
        print("numbers finally", tag)


def consume(tag):
    try:
        return sum(x for x in numbers(tag))
    finally:
        print("consume finally", tag)


g = greenlet(consume)
print(g.switch("a"))
print(g.switch())
del g
gc.collect()
print("collected")

shared = None


def producer():
    try:
        yield 1
        helper.switch()
        yield 2
    finally:
        print("producer finally")


def use_shared():
    try:
        shared.send(None)
    except ValueError as e:
        print("send while running:", e)
    main.switch("back from helper")


def drive():
    return next(shared)


shared = producer()
helper = greenlet(use_shared)
print(next(shared))
driver = greenlet(drive)
print(driver.switch())
del driver, helper, shared
gc.collect()
print("done")
