#!/bin/sh
# Builds and runs the in-process libFuzzer target for the spec reader
# (Tests/Fuzz/libfuzzer/SpecParserFuzz.swift): the libraries it needs are
# compiled with -sanitize=fuzzer (coverage for libFuzzer) in their own scratch
# directory, then linked with libFuzzer's main by swiftc. The corpus starts
# from specs/*.yaml; crashes are saved as .build-fuzz/crash-* .
# Usage: Tests/Fuzz/libfuzzer-spec.sh [RUNS]   (default 100000)
set -eu
RUNS=${1:-100000}
SCRATCH=.build-fuzz
swift build --scratch-path "$SCRATCH" --target SpecFormat -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link
BIN=$(swift build --scratch-path "$SCRATCH" --show-bin-path)
objs=$(find "$BIN/RuleKit.build" "$BIN/MigrationModel.build" "$BIN/SpecFormat.build" "$BIN/Yams.build" "$BIN/CYaml.build" -name '*.o')
swiftc -sanitize=fuzzer -parse-as-library -I "$BIN/Modules" -I "$BIN" -Xcc -fmodule-map-file="$(find "$SCRATCH/checkouts/Yams" -name module.modulemap | head -1)" \
  Tests/Fuzz/libfuzzer/SpecParserFuzz.swift $objs -o "$SCRATCH/spec-parser-fuzzer"
mkdir -p "$SCRATCH/spec-corpus"
cp specs/*.yaml "$SCRATCH/spec-corpus/"
cd "$SCRATCH"
./spec-parser-fuzzer -runs="$RUNS" -max_len=4096 -timeout=10 spec-corpus
