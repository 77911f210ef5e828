# A vending machine whose states are greenlets. A state asks the driver for the next event
# with get_event(); it hands control to another state with other.switch(event).
from greenlet import greenlet, getcurrent

driver = getcurrent()
log = []
waiting = []

def get_event():
    waiting.append(getcurrent())
    return driver.switch()

def idle(event):
    while True:
        if event == "coin":
            event = collecting.switch(event)
        else:
            log.append("idle: ignored " + event)
            event = get_event()

def collecting_state(event):
    credit = 0
    while True:
        if event == "coin":
            credit += 1
            log.append("collecting: credit %d" % credit)
            event = get_event()
        elif event == "push" and credit >= 2:
            event = dispensing.switch(credit)
            credit = 0
        elif event == "refund":
            log.append("collecting: refund %d" % credit)
            credit = 0
            event = idle_g.switch(get_event())
        else:
            log.append("collecting: need more coins for " + event)
            event = get_event()

def dispensing_state(credit):
    while True:
        log.append("dispensing with credit %d" % credit)
        credit = collecting.switch(get_event())

idle_g = greenlet(idle, parent=driver)
collecting = greenlet(collecting_state, parent=driver)
dispensing = greenlet(dispensing_state, parent=driver)

events = ["push", "coin", "push", "coin", "push", "coin", "refund", "push", "coin", "coin", "coin", "push"]
idle_g.switch(events[0])
for ev in events[1:]:
    target = waiting.pop()
    target.switch(ev)
for line in log:
    print(line)
print([g.dead for g in (idle_g, collecting, dispensing)])
