#!/usr/bin/env bash
# Compatibility run: every OpenAPI document in ../shared/specs (signalwire/, oai/ and world/, whose
# DigitalOcean spec spans many files) is generated
# with the release build of openapi-swift-gen, compiled as a module of its own (Swift 6 language
# mode, debug), and every JSON example in it is decoded with the generated types and re-encoded.
# Prints one row per spec. Usage: Tests/Compatibility/run.sh [SPEC...]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
specs_dir=${SPECS_DIR:-$root/../shared/specs}

if [ $# -gt 0 ]; then
    specs=("$@")
elif [ -d "$specs_dir" ]; then
    specs=("$specs_dir"/signalwire/*.yaml "$specs_dir"/oai/*.yaml "$specs_dir"/oai/*.json
        "$specs_dir"/world/*.yaml "$specs_dir"/world/*.yml "$specs_dir"/world/*.json "$specs_dir"/world/digitalocean/DigitalOcean-public.v2.yaml)
else
    echo "skipped: $specs_dir is not here (set SPECS_DIR to a folder with signalwire/, oai/ and world/)"
    exit 0
fi

swift build -c release --product openapi-swift-gen >/dev/null
generator=$(swift build -c release --show-bin-path)/openapi-swift-gen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/main.swift" <<'SWIFT'
import M

var passed = 0
var failures: [String] = []
forEachSpecExample { pointer, json, roundTrip in
    do {
        let again = try roundTrip(json)
        if try JSONValue(jsonString: json).isEquivalent(to: JSONValue(jsonString: again)) {
            passed += 1
        } else {
            failures.append("\(pointer): came back as \(again.prefix(200))")
        }
    } catch {
        failures.append("\(pointer): \(error)")
    }
}
for failure in failures.prefix(5) { print("  \(failure)") }
print("examples: \(passed) passed, \(failures.count) failed")
SWIFT

now() { date +%s.%N; }
printf '%-34s %5s %6s %8s %8s %9s %9s %s\n' spec ops types gen-s warnings compiled compile-s examples
failed=0
for spec in "${specs[@]}"; do
    name=$(basename "$spec")
    dir="$work/${name//./-}"
    mkdir -p "$dir"
    start=$(now)
    if ! "$generator" generate "$spec" --output "$dir/M" --examples "$dir/checks" --module M \
        >"$dir/generate.out" 2>"$dir/generate.err"; then
        printf '%-34s generation failed: %s\n' "$name" "$(head -1 "$dir/generate.err")"
        failed=1
        continue
    fi
    gen=$(awk "BEGIN { print $(now) - $start }")
    summary=$(cat "$dir/generate.out")
    ops=$(sed -n 's/.*: \([0-9]*\) operations.*/\1/p' <<<"$summary")
    types=$(sed -n 's/.*operations, \([0-9]*\) types.*/\1/p' <<<"$summary")
    warnings=$(grep -c 'warning:' "$dir/generate.err" || true)

    start=$(now)
    (cd "$dir" && swiftc -emit-module -emit-library -module-name M -swift-version 6 -Onone -j2 -o libM.so \
        $(find M -name '*.swift' | sort) >compile.log 2>&1) && built=yes || built=no
    compile=$(awk "BEGIN { print $(now) - $start }")
    errors=$(grep -c ' error: ' "$dir/compile.log" || true)
    compiler_warnings=$(grep -c ' warning: ' "$dir/compile.log" || true)
    if [ "$built" = yes ] && [ "$compiler_warnings" != 0 ]; then built="warnings:$compiler_warnings"; fi
    if [ "$built" = no ]; then built="errors:$errors"; failed=1; fi

    examples="-"
    if [ "${built}" = yes ]; then
        if (cd "$dir" && swiftc -swift-version 6 -Onone -I . -L . -lM -Xlinker -rpath -Xlinker "$dir" \
            "$work/main.swift" checks/SpecExamples.swift -o check >check-build.log 2>&1); then
            (cd "$dir" && ./check >check.out 2>&1) || true
            examples=$(sed -n 's/^examples: //p' "$dir/check.out")
            grep '^  ' "$dir/check.out" >"$dir/failures" || true
        else
            examples="checker did not build: $(grep -m1 ' error: ' "$dir/check-build.log" || true)"
        fi
    fi
    printf '%-34s %5s %6s %8.2f %8s %9s %9.1f %s\n' "$name" "$ops" "$types" "$gen" "$warnings" "$built" "$compile" "$examples"
    if [ -s "$dir/failures" ]; then sed 's/^/    /' "$dir/failures"; fi
    if [ "$built" != yes ]; then grep -m3 -E ' (error|warning): ' "$dir/compile.log" | sed 's/^/    /' || true; fi
done
exit $failed
