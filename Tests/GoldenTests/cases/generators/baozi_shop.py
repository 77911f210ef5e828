# The producer/consumer of the issue: a consumer primed with __next__, fed with send,
# printing with %-formatting and ANSI colour escapes, under a main guard.
import time

def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('\033[31;1m[consumer]\033[0m is eating baozi %s...' % n)
        r = '\033[33;1mbaozi %s was delicious\033[0m' % n

def producer(c):
    c.__next__()
    n = 0
    while n < 5:
        n = n + 1
        print('\033[32;1m[producer]\033[0m is making baozi %s...' % n)
        r = c.send(n)
        print('[producer] consumer return: %s' % r)
    c.close()

if __name__ == '__main__':
    c = consumer()
    producer(c)
    print('%-10s|%5d|%.2f' % ('done', 5, 2.5), c.gi_frame)
