# migspec: the two commands are `make run` (check every spec in specs/) and
# `make test` (the test suite). Both install what they need first.

SWIFT ?= swift
RELEASE_BIN = .build/release/migspec

.PHONY: run test bench setup build proofs clean

# System packages: Z3 for the symbolic engine, pkg-config to find it.
APT_PACKAGES = libz3-dev pkg-config

setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift not found: install the Swift 6 toolchain"; exit 1; }

build: setup
	$(SWIFT) build -c release --product migspec

# The main job: explore every spec in specs/ and compare verdicts with the expected ones.
run: build
	$(RELEASE_BIN) check specs specs/bench

test: setup
	$(SWIFT) test

# Exploration speed on the largest spec, compiled engine beside the reference evaluator.
bench: build
	$(RELEASE_BIN) bench specs/bench/two-migrators-fork.yaml --repetitions 2

# Regenerate proofs/: verdicts of every spec and the expected counterexamples.
proofs: build
	$(RELEASE_BIN) check specs specs/bench --json --traces none --trace-dir proofs/counterexamples > proofs/explicit-verdicts.json

clean:
	rm -rf .build migspec-out
