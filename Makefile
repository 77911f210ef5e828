# Baozi: build, run, test and benchmark.
#
#   make run    install what is missing, build, run an example
#   make test   install what is missing, build, run every test
#   make fuzz   call every builtin, builtin-type method and module function with hostile
#               arguments (the whole list; `make test` runs a 50-second sample)
#   make bench  release build, then bench/*.py on python3 and baozi (both evaluators) side by side

SWIFT ?= swift
APT_PACKAGES = libedit-dev libgmp-dev libuv1-dev libjemalloc-dev libpcre2-dev libssl-dev pkg-config
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test fuzz bench regen clean

all: build

# System libraries the REPL (libedit), the gevent hub (libuv) and the program's allocator
# (jemalloc) link against.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	.build/debug/baozi examples/hello.py

test: build
	$(SWIFT) build --build-tests
	$(SWIFT) test

fuzz: build
	python3 Tests/Fuzz/fuzz_builtins.py --baozi .build/debug/baozi --seconds 3600

bench: release
	python3 bench/run.py .build/release/baozi --tree

# Regenerate the expected outputs of the golden scripts with python3 (3.11).
regen:
	python3 Tests/GoldenTests/regen.py Tests/GoldenTests/cases examples

clean:
	rm -rf .build
