# Benchmark: a Richards-like operating-system simulation (objects, method calls,
# attribute access, linked queues).  Written for Baozi; structure follows the idea
# of Martin Richards' classic benchmark: an idle task, workers, handlers and devices
# exchange packets through a scheduler.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, target, kind):
        self.link = link
        self.target = target
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.suspended = queue is not None
        self.next = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.waiting = self.queue is not None
        return packet

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.waiting = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.counter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.target = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.data[i] = self.counter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        if self.work_queue is not None:
            work = self.work_queue
            count = work.datum
            if count < BUFFER_SIZE:
                if self.device_queue is not None:
                    device = self.device_queue
                    self.device_queue = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.send(device)
            else:
                self.work_queue = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.send(p)
        self.pending = packet
        self.scheduler.output.append(packet.datum)
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0
        self.output = []

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.suspended = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.table[packet.target]
        self.queue_count += 1
        packet.link = None
        packet.target = self.current.ident
        return target.add_packet(packet, self.current)

    def run(self):
        task = self.tasks
        while task is not None:
            if task.held or (task.suspended and task.queue is None):
                task = task.next
                continue
            packet = None
            if task.suspended:
                packet = task.take_packet()
                task.suspended = False
            self.current = task
            task = task.step(packet)


def build_and_run(idle_count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, idle_count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, work)
    for handler, device, prio in [(HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)]:
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s


total_queue = total_hold = 0
checksum = 0
for _ in range(25):
    s = build_and_run(10000)
    total_queue += s.queue_count
    total_hold += s.hold_count
    for v in s.output:
        checksum = (checksum * 31 + v) % 1000003
print("queue count:", total_queue, "hold count:", total_hold, "output:", len(s.output))
print("checksum:", checksum)
