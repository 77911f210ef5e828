# Baozi: build, run, test and benchmark.
#
#   make run    install what is missing, build, run an example
#   make test   install what is missing, build, run every test
#   make fuzz   call every builtin, builtin-type method and module function with hostile
#               arguments (the whole list; `make test` runs a 50-second sample)
#   make bench  release build, then bench/*.py on python3, the baseline build and baozi (both
#               evaluators) side by side

SWIFT ?= swift
APT_PACKAGES = libedit-dev libgmp-dev libuv1-dev libjemalloc-dev libpcre2-dev libssl-dev pkg-config
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release baseline run test fuzz bench regen clean

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

bench: release baseline
	python3 bench/run.py .build/release/baozi --baseline .build-baseline/baozi

# The comparison binary: a release build of BASELINE (the last commit whose evaluator was an
# instruction loop over bytecode), from `git archive` into .build-baseline/, built once.
BASELINE ?= 4633967
baseline: deps
	@if [ "$$(cat .build-baseline/commit 2>/dev/null)" != "$(BASELINE)" ] || [ ! -x .build-baseline/baozi ]; then \
	    rm -rf .build-baseline && mkdir -p .build-baseline/src && \
	    git archive $(BASELINE) | tar -x -C .build-baseline/src && \
	    (cd .build-baseline/src && $(SWIFT) build -c release --product baozi) && \
	    cp .build-baseline/src/.build/release/baozi .build-baseline/baozi && \
	    echo $(BASELINE) > .build-baseline/commit; \
	fi

# Regenerate the expected outputs of the golden scripts with python3 (3.11).
regen:
	python3 Tests/GoldenTests/regen.py Tests/GoldenTests/cases examples

clean:
	rm -rf .build
