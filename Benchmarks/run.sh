#!/usr/bin/env bash
# Benchmarks, side by side in one run. Usage: Benchmarks/run.sh
#   RUNS=5                         runs per row (median, min, max; peak memory over the runs)
#   SPECS_DIR=../shared/specs      the real-world specs
#   REFERENCE_GENERATOR=PATH       a release build of swift-openapi-generator 1.14.3 (rows skipped without)
#   REFERENCE_GENERATOR_STATIC=PATH  the same built with --static-swift-stdlib (rows skipped without)
#   SECTIONS="1 2 3 4 5 6 7 8 9"   which tables to print
# Sections 1 and 2 take their runs in turn (round after round, each command once), so that the
# machine's drift touches each alike, and print ratios to the last row (the floor, or ours).
# Generators write into a RAM folder (/dev/shm) when there is one, so that the disk's state does
# not decide the figures; section 1 adds fabric-api rows written to the disk.
# Needs python3, a C compiler and libyaml-dev. Prints tables; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
specs=${SPECS_DIR:-../shared/specs}
reference=${REFERENCE_GENERATOR:-}
reference_static=${REFERENCE_GENERATOR_STATIC:-}
sections=${SECTIONS:-1 2 3 4 5 6 7 8 9}
work=$(mktemp -d)
out=$work
if [ -d /dev/shm ] && [ -w /dev/shm ]; then out=$(mktemp -d -p /dev/shm); fi
trap 'rm -rf "$work" "$out"' EXIT
section() { [[ " $sections " == *" $1 "* ]]; }
measure() { python3 Benchmarks/measure.py "$runs" "$@"; }
q() { printf '%q' "$1"; }
header() { printf '\n%s\n%-48s %9s %9s %9s %9s\n' "$1" "" "median s" "min s" "max s" "peak MB"; }

echo "Building (release): openapi-swift-gen (static and default), the libyaml floor, the runtime benchmark"
# The static build links the Swift runtime into the binary, as one ships a Linux command line tool.
swift build -c release --static-swift-stdlib --product openapi-swift-gen --scratch-path .build-static >/dev/null
generator=$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/openapi-swift-gen
swift build -c release --product openapi-swift-gen >/dev/null
dynamic_generator=$(swift build -c release --show-bin-path)/openapi-swift-gen
cc -O2 -o "$work/floor" Benchmarks/libyaml-floor.c $(pkg-config --cflags --libs yaml-0.1)
cc -O2 -o "$work/write-floor" Benchmarks/write-floor.c
section 4 && swiftc -O -wmo -swift-version 6 -o "$work/runtime" $(find Generated -name '*.swift' | sort) Benchmarks/Runtime/main.swift
section 8 && swiftc -O -wmo -swift-version 6 -o "$work/webhook" $(find Sources/ClientRuntime -name '*.swift' | sort) Benchmarks/Webhook/main.swift
section 9 && swiftc -O -wmo -swift-version 6 -o "$work/sequence" $(find Sources/ClientRuntime -name '*.swift' | sort) Benchmarks/Sequence/main.swift

declare -A files=([spec]=spec/openapi.yaml [fabric-api]=$specs/signalwire/fabric-api.yaml [signalwire-rest]=$specs/signalwire/signalwire-rest.yaml)

if section 1; then
    header "1. Generation (into an empty folder) beside libyaml's parse of the same file, runs taken in turn"
    python3 Benchmarks/compare.py "$runs" "process start: openapi-swift-gen --version" "$(q "$generator") --version" \
        "process start, default build" "$(q "$dynamic_generator") --version"
    for name in spec fabric-api signalwire-rest; do
        file=${files[$name]}
        [ -f "$file" ] || { echo "$name: $file is missing, skipped"; continue; }
        "$generator" generate "$file" --output "$out/out-$name" --module M >/dev/null 2>&1
        commands=(
            "$name: openapi-swift-gen" "$(q "$generator") generate $(q "$file") --output $(q "$out")/out-$name-{run} --module M"
            "$name: openapi-swift-gen, nothing changed" "$(q "$generator") generate $(q "$file") --output $(q "$out")/out-$name --module M"
            "$name: writing its $(find "$out/out-$name" -type f | wc -l) files alone (C)" "$(q "$work/write-floor") $(q "$out")/out-$name $(q "$out")/write-$name-{run}"
        )
        if [ "$name" = fabric-api ]; then
            commands+=("$name: openapi-swift-gen, default build" \
                "$(q "$dynamic_generator") generate $(q "$file") --output $(q "$out")/dynamic-$name-{run} --module M")
            if [ "$out" != "$work" ]; then
                commands+=(
                    "$name: openapi-swift-gen, to the disk" "$(q "$generator") generate $(q "$file") --output $(q "$work")/out-$name-{run} --module M"
                    "$name: writing its files (C), to the disk" "$(q "$work/write-floor") $(q "$out")/out-$name $(q "$work")/write-$name-{run}"
                )
            fi
        fi
        commands+=("$name: libyaml floor" "$(q "$work/floor") $(q "$file")")
        python3 Benchmarks/compare.py "$runs" "${commands[@]}"
    done
fi

if section 2 && [ -n "$reference$reference_static" ]; then
    header "2. swift-openapi-generator 1.14.3 (types + client), same specs, runs taken in turn"
    for name in spec fabric-api signalwire-rest; do
        file=${files[$name]}
        [ -f "$file" ] || continue
        commands=()
        [ -n "$reference" ] && commands+=("$name: swift-openapi-generator" \
            "$(q "$reference") generate --mode types --mode client --output-directory $(q "$out")/ref-$name-{run} $(q "$file")")
        [ -n "$reference_static" ] && commands+=("$name: swift-openapi-generator, static" \
            "$(q "$reference_static") generate --mode types --mode client --output-directory $(q "$out")/ref-static-$name-{run} $(q "$file")")
        commands+=("$name: openapi-swift-gen (static)" "$(q "$generator") generate $(q "$file") --output $(q "$out")/again-$name-{run} --module M")
        python3 Benchmarks/compare.py "$runs" "${commands[@]}"
    done
fi

if section 3 && [ -f "${files[fabric-api]}" ]; then
    header "3. Compiling the generated fabric-api module (swift build, debug, the module alone)"
    mkdir -p "$work/fabric-package/Sources"
    "$generator" generate "${files[fabric-api]}" --output "$work/fabric-package/Sources/FabricAPI" --module FabricAPI >/dev/null
    printf '%s\n' '// swift-tools-version:6.0' 'import PackageDescription' \
        'let package = Package(name: "FabricAPI", targets: [.target(name: "FabricAPI")])' >"$work/fabric-package/Package.swift"
    echo "$(find "$work/fabric-package/Sources" -name '*.swift' | xargs cat | wc -l) lines of Swift"
    measure "fabric-api: compile ours" -- swift build --package-path "$work/fabric-package" --scratch-path "$work/fabric-build-{run}"
    echo "The same shape in the plainest Swift (Benchmarks/make-plain-module.py):"
    for conformances in "Sendable" "Hashable, Sendable" "Codable, Hashable, Sendable"; do
        plain="$work/plain-${conformances//[, ]/}"
        python3 Benchmarks/make-plain-module.py "$work/fabric-package/Sources/FabricAPI" "$plain" "$conformances" >/dev/null
        measure "plain types: $conformances" -- swift build --package-path "$plain" --scratch-path "$plain-build-{run}"
    done
fi

if section 6 && [ -f "${files[signalwire-rest]}" ] && [ -f "${files[fabric-api]}" ]; then
    header "6. Compiling only what an app uses: the official spec filtered to its SIP endpoint operations (swift build, debug)"
    for module in SipEndpoints FabricAPI SignalWire; do
        mkdir -p "$work/compile-$module/Sources"
        printf '%s\n' '// swift-tools-version:6.0' 'import PackageDescription' \
            "let package = Package(name: \"$module\", targets: [.target(name: \"$module\")])" >"$work/compile-$module/Package.swift"
    done
    printf '%s\n' "spec: $(realpath "${files[signalwire-rest]}")" "output: $work/compile-SipEndpoints/Sources/SipEndpoints" "module: SipEndpoints" \
        "operations:" "  include: [list_sip_credentials, create_sip_credential, get_sip_credential, update_sip_credential, delete_sip_credential]" \
        >"$work/sip-config.yaml"
    "$generator" generate --config "$work/sip-config.yaml"
    "$generator" generate "${files[fabric-api]}" --output "$work/compile-FabricAPI/Sources/FabricAPI" --module FabricAPI >/dev/null
    cp -R Generated "$work/compile-SignalWire/Sources/SignalWire"
    for module in SipEndpoints FabricAPI SignalWire; do
        lines=$(find "$work/compile-$module/Sources" -name '*.swift' | xargs cat | wc -l)
        measure "$module ($lines lines)" -- swift build --package-path "$work/compile-$module" --scratch-path "$work/compile-$module-build-{run}"
    done
fi

previous_rest=$specs/history/signalwire-rest-2026-07-27.yaml
if section 7 && [ -f "${files[signalwire-rest]}" ] && [ -f "$previous_rest" ]; then
    header "7. The API diff of two versions of signalwire-rest beside generating one, runs taken in turn"
    python3 Benchmarks/compare.py "$runs" \
        "diff: 2026-07-27 to the current version" "$(q "$generator") diff $(q "$previous_rest") $(q "${files[signalwire-rest]}")" \
        "diff: the current version with itself" "$(q "$generator") diff $(q "${files[signalwire-rest]}") $(q "${files[signalwire-rest]}")" \
        "generate: the current version" "$(q "$generator") generate $(q "${files[signalwire-rest]}") --output $(q "$out")/diff-gen-{run} --module M"
fi

if section 4; then
    echo
    echo "4. Runtime: the documented SipEndpointResponse (median of 7 rounds of 20,000 calls)"
    "$work/runtime" Tests/SignalWireTests/Golden/response.json
fi

if section 8; then
    echo
    echo "8. Verifying a 10 KB webhook (median of 7 rounds of 2,000 calls), beside Python's hmac (OpenSSL)"
    "$work/webhook" | tee "$work/webhook.txt" | grep -v '^digest\|^timestamp'
    python3 - "$work/webhook.txt" <<'PYTHON'
import base64, hashlib, hmac, sys, timeit
ours = open(sys.argv[1]).read()
timestamp = next(line.split()[1] for line in ours.splitlines() if line.startswith("timestamp "))
entry = '{"event":"calling.call.state","params":{"call_id":"e9c4a1f0-7c55-4d0a-9b7e-2b1f3c4d5e6f","state":"answered"}}'
text = "["
while len(text) + len(entry) + 1 < 10240: text += entry + ","
body = (text + " " * (10239 - len(text)) + "]").encode()
url, key = b"https://example.com/hooks/fabric?project=7", b"PSK_abcdefghijklmnopqrstuvwx"
secret = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
signed = b"msg_1." + timestamp.encode() + b"." + body
sha1 = hmac.new(key, url + body, hashlib.sha1).hexdigest()
sha256 = hmac.new(secret, signed, hashlib.sha256).hexdigest()
if "digest sha1 " + sha1 not in ours or "digest sha256 " + sha256 not in ours:
    sys.exit("the runtime's HMAC differs from Python's")
for name, statement in [("Python hmac, HMAC-SHA1 of URL + body", lambda: hmac.new(key, url + body, hashlib.sha1).hexdigest()),
                        ("Python hmac, HMAC-SHA256 (Standard Webhooks)", lambda: hmac.new(secret, signed, hashlib.sha256).digest())]:
    rounds = sorted(timeit.repeat(statement, number=2000, repeat=7))
    print(f"{name:<52}{rounds[3] / 2000 * 1e6:.1f} µs ({rounds[0] / 2000 * 1e6:.1f}–{rounds[-1] / 2000 * 1e6:.1f})")
print("(the runtime's digests equal Python's)")
PYTHON
fi

if section 9; then
    echo
    echo "9. Sequential bodies: items through JSONSequence, MultipartParts and JSONSequenceBody in 16 KB chunks, peak memory (flat: 10,000 vs 100,000 items)"
    for args in "10000" "100000" "100000 json-seq" "10000 multipart" "100000 multipart" "10000 upload" "100000 upload"; do
        # shellcheck disable=SC2086
        /usr/bin/time -f "  peak %M KB" "$work/sequence" $args 2>&1
    done
fi

section 5 || exit 0
header "5. Scaling: generation time over spec sizes"
python3 Benchmarks/make-large-spec.py "${files[signalwire-rest]}" 8 "$work/large-8.yaml" >/dev/null
python3 Benchmarks/make-large-spec.py "${files[signalwire-rest]}" 30 "$work/large-30.yaml" >/dev/null
: >"$work/points"
for file in spec/openapi.yaml "$specs/signalwire/video-api.yaml" "${files[fabric-api]}" "${files[signalwire-rest]}" "$work/large-8.yaml" "$work/large-30.yaml"; do
    size=$(wc -c <"$file")
    row=$(measure "$(basename "$file") ($((size / 1000)) KB)" -- "$generator" generate "$file" --output "$out/scale-$(basename "$file")-{run}" --module M)
    echo "$row"
    echo "$size $(awk '{ print $(NF-3) }' <<<"$row")" >>"$work/points"
done
python3 Benchmarks/fit.py <"$work/points"
