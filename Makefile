# migspec: the two commands are `make run` (check every spec in specs/) and
# `make test` (the test suite). Both install what they need first.

SWIFT ?= swift
RELEASE_BIN = .build/release/migspec

.PHONY: run test leaks bench crosscheck setup build proofs proofs-explicit summary ablate-table impls kernel kernel-ci clean

# System packages: Z3 for the symbolic engine, pkg-config to find it.
APT_PACKAGES = libz3-dev z3 pkg-config graphviz gcc

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

# The suite, then the Z3 tests again under AddressSanitizer/LeakSanitizer
# (a leak in the Z3 layer's reference counting fails the run).
test: setup impls
	$(SWIFT) test
	$(MAKE) fuzz-short
	$(MAKE) leaks
	$(MAKE) kernel-ci

# Fuzzing through the real commands (Tests/Fuzz/fuzz.py): mutated specs,
# traces, diff logs, drive answers, kernel captures and obligation records;
# any crash, hang or exit status other than 0/1/2 fails, its input saved
# under .build/fuzz-failures. `make fuzz` is the long round (release build,
# FUZZ_COUNT inputs per format, a fresh seed each time, FUZZ_SEED=N to
# replay one); `make fuzz-short` (part of `make test`) a short deterministic one.
FUZZ_COUNT ?= 10000
FUZZ_SEED ?=
FUZZ_SHORT_COUNT ?= 200
fuzz: build
	python3 Tests/Fuzz/fuzz.py --binary $(RELEASE_BIN) --count $(FUZZ_COUNT) $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))

fuzz-short:
	$(SWIFT) build --product migspec
	python3 Tests/Fuzz/fuzz.py --binary .build/debug/migspec --count $(FUZZ_SHORT_COUNT) --seed 1

# In-process libFuzzer (swiftc -sanitize=fuzzer) on the spec parser.
LIBFUZZER_RUNS ?= 100000
fuzz-libfuzzer:
	sh Tests/Fuzz/libfuzzer-spec.sh $(LIBFUZZER_RUNS)

# Real kernels: Debian's 6.1 and 6.12 (downloaded once into ~/.cache/migspec)
# under QEMU, all four workload scenarios, one round each, each checked
# against the model of its version (folio-6.1, folio-6.12). `migspec kernel`
# installs QEMU, busybox-static and cpio itself.
kernel-ci:
	$(SWIFT) build --product migspec
	.build/debug/migspec kernel --rounds 1
	.build/debug/migspec kernel --debian 6.12 --rounds 1 --save .build/migspec-kernel/debian-6.12.console

# The same with three rounds per scenario (release build).
kernel: build
	$(RELEASE_BIN) kernel
	$(RELEASE_BIN) kernel --debian 6.12 --save .build/migspec-kernel/debian-6.12.console

# The C implementation `migspec drive` and `diff` are tested against: the
# correct build and one build per injected bug.
IMPL_SRC = implementations/c/migimpl.c implementations/c/json.c
impls: $(IMPL_SRC) implementations/c/json.h
	mkdir -p implementations/c/build
	$(CC) -std=c11 -Wall -Wextra -O1 -o implementations/c/build/migimpl $(IMPL_SRC)
	$(CC) -std=c11 -Wall -Wextra -O1 -DBUG_PREPEND -o implementations/c/build/migimpl-prepend $(IMPL_SRC)
	$(CC) -std=c11 -Wall -Wextra -O1 -DBUG_NO_REFCOUNT_CHECK -o implementations/c/build/migimpl-norefcheck $(IMPL_SRC)

LEAK_TESTS = Z3KitTests|InductionTests|LockAnalysisTests|CrossCheckTests
leaks: setup
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.lsan-suppressions \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan --skip-build --filter "$(LEAK_TESTS)"

# Both engines on every spec, compared property by property (verdicts and
# shortest counterexample lengths): BMC to the explicit diameter, or as deep
# as CROSSCHECK_BUDGET seconds per spec allow (about 29 min at 60 s).
CROSSCHECK_BUDGET ?= 60
crosscheck: build
	$(RELEASE_BIN) crosscheck specs --budget $(CROSSCHECK_BUDGET)

# Exploration speed on the largest spec, compiled engine beside the reference evaluator.
bench: build
	$(RELEASE_BIN) bench specs/bench/two-migrators-fork.yaml --repetitions 2

# Regenerate proofs/: verdicts of every spec and the expected counterexamples
# (explicit engine), and the Z3 obligations with their answers (proofs/z3/).
proofs: proofs-explicit
	rm -rf proofs/z3
	$(RELEASE_BIN) prove specs/migrate-vs-fork-prepend.yaml --depth 28 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/migrate-vs-fork-append.yaml --depth 26 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/migrate-vs-fault.yaml specs/migrate-vs-fork-child-fault.yaml --depth 16 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/migrate-vs-fork-any.yaml --depth 26 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/migrate-vs-exit.yaml specs/two-migrators.yaml \
	  specs/low-memory.yaml specs/large-fork-faults.yaml --depth 10 --emit proofs/z3 --no-save --quiet --accept-bounded
	# Three threads faulting one empty page: depth 10 hits the 60 s query limit (unknown).
	$(RELEASE_BIN) prove specs/migrate-vs-anon-fault.yaml --depth 8 --emit proofs/z3 --no-save --quiet --accept-bounded
	# The historical variants (migration-cache's 30-step trace is beyond BMC's reach here).
	$(RELEASE_BIN) prove specs/swapless-2.6.17-buggy.yaml specs/swapless-2.6.17-fixed.yaml --depth 17 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/swapless-2.6.17-no-restore.yaml --depth 19 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/movable-4.8-buggy.yaml specs/movable-4.8-fixed.yaml --depth 14 --emit proofs/z3 --no-save --quiet --accept-bounded
	# folio-6.12: the flush ablation's lost write is 18 steps deep, its use after free 24.
	$(RELEASE_BIN) prove specs/folio-6.12-flush-ablation.yaml --depth 24 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/folio-6.12-flush-fixed.yaml --depth 18 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/movable-4.8-unlocked-isolate.yaml --depth 8 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/swapcache-2.6.16-buggy.yaml specs/swapcache-2.6.16-fixed.yaml \
	  specs/swapcache-2.6.16-shmem-migratepage.yaml --depth 12 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/anon-vma-chain-2.6.34-buggy.yaml --depth 28 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/anon-vma-chain-2.6.34-fixed.yaml --depth 29 --emit proofs/z3 --no-save --quiet --accept-bounded
	$(RELEASE_BIN) prove specs/anon-vma-chain-2.6.34-exec-buggy.yaml --depth 25 --emit proofs/z3 --no-save --quiet --accept-bounded

# The README's summary table (variant x setting x property x verdict), from `check --summary`.
summary: build
	$(RELEASE_BIN) check --summary --no-save > .summary.md
	awk '/<!-- summary:begin -->/ { print; while ((getline l < ".summary.md") > 0) print l; skip = 1; next } \
	     /<!-- summary:end -->/ { skip = 0 } !skip { print }' README.md > README.md.new
	mv README.md.new README.md
	rm -f .summary.md

# The README's ablation table (which race each protection prevents), from `migspec ablate --markdown`.
ablate-table: build
	$(RELEASE_BIN) ablate --markdown > .ablate.md
	awk '/<!-- ablate:begin -->/ { print; while ((getline l < ".ablate.md") > 0) print l; skip = 1; next } \
	     /<!-- ablate:end -->/ { skip = 0 } !skip { print }' README.md > README.md.new
	mv README.md.new README.md
	rm -f .ablate.md

# Only the explicit part of proofs/ (seconds): verdicts and counterexamples.
proofs-explicit: build
	rm -rf proofs/counterexamples
	$(RELEASE_BIN) check specs specs/bench --json --traces none --trace-dir proofs/counterexamples > proofs/explicit-verdicts.json

clean:
	rm -rf .build .build-asan .build-fuzz migspec-out implementations/c/build
