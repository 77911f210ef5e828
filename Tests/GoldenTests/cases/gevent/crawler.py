# A crawler-like simulation: 1,000 workers fed from a queue fetch pages of a synthetic site
# (each fetch sleeps a few ms) and queue the links they find.
import random
import gevent
from gevent.queue import JoinableQueue

random.seed(7)
PAGES = 3000
WORKERS = 1000
links = {}
latency = {}
for page in range(PAGES):
    links[page] = [random.randrange(PAGES) for _ in range(3)]
    latency[page] = random.uniform(0.001, 0.01)

tasks = JoinableQueue()
seen = {0}
fetched = []
per_worker = [0] * WORKERS


def fetch(page):
    gevent.sleep(latency[page])
    return links[page]


def worker(n):
    while True:
        page = tasks.get()
        try:
            if page is None:
                return per_worker[n]
            for link in fetch(page):
                if link not in seen:
                    seen.add(link)
                    tasks.put(link)
            fetched.append(page)
            per_worker[n] += 1
        finally:
            tasks.task_done()


workers = [gevent.spawn(worker, n) for n in range(WORKERS)]
tasks.put(0)
tasks.join()
print("crawl finished:", len(fetched), "pages fetched,", len(seen), "seen")
print("each page fetched once:", sorted(fetched) == sorted(seen))
for _ in range(WORKERS):
    tasks.put(None)
gevent.joinall(workers)
print("workers:", len(workers), "all done:", all(w.dead for w in workers))
print("pages per worker sum:", sum(w.value for w in workers))
print("busy workers:", sum(1 for c in per_worker if c) > 100)
print("queue empty:", tasks.empty(), tasks.unfinished_tasks)
