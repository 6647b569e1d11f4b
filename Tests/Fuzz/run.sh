#!/usr/bin/env bash
# Fuzzes the YAML loader and the spec reader (and the stages after them) with libFuzzer and
# AddressSanitizer. Usage: Tests/Fuzz/run.sh [SECONDS] (default 60).
# Seeds: spec/ and the snippet tests; the corpus grows in .build-fuzz/corpus. Crashing inputs are
# written to .build-fuzz/ as crash-*; keep each one in Tests/Fuzz/Regressions (the tests run them).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
out=.build-fuzz
mkdir -p "$out/corpus" "$out/seeds"
cp spec/*.yaml Tests/OpenAPISwiftGenTests/Snippets/*.yaml "$out/seeds/"
cp Tests/Fuzz/Regressions/* "$out/seeds/" 2>/dev/null || true

if [ ! -x "$out/fuzz-spec" ] || [ -n "$(find Sources/OpenAPISwiftGen Sources/ClientRuntime Sources/runtime-embedder Tests/Fuzz/FuzzEntry.swift -newer "$out/fuzz-spec" -name '*.swift')" ]; then
    echo "Building the fuzz target (-sanitize=fuzzer,address)"
    # The runtime's files are embedded as the build plugin does it.
    swiftc -O Sources/runtime-embedder/main.swift -o "$out/runtime-embedder"
    "$out/runtime-embedder" "$out/RuntimeSources.swift" Sources/ClientRuntime/*.swift
    swiftc -sanitize=fuzzer,address -parse-as-library -module-name OpenAPISwiftGen -swift-version 6 \
        -I Sources/CYaml -lyaml $(find Sources/OpenAPISwiftGen -name '*.swift' | sort) "$out/RuntimeSources.swift" \
        Tests/Fuzz/FuzzEntry.swift -o "$out/fuzz-spec"
fi
cd "$out"
./fuzz-spec -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 corpus seeds
