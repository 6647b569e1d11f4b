#!/usr/bin/env bash
# The transports under load (BENCHMARKS.md, "Transports on a server"): the seed's create call,
# CALLS calls at 64 and at 256 in flight against one loopback server, through the URLSession
# transport, the AsyncHTTPClient transport and the official Python SDK (64 and 256 threads), in one
# run; then STREAMS event streams opened at once through each Swift transport; then a DOWNLOAD MB
# download into a file through each.
#
#   Companions/SignalWireServer/Benchmarks/run-transports.sh        (CALLS=4000 STREAMS=64)
#
# The Python SDK is installed into a virtual environment in a scratch folder (PyPI:
# signalwire-sdk 3.7.5); nothing is written into the repository but SwiftPM's .build folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
package=$(dirname "$here")
repo=$(cd "$package/../.." && pwd)
calls=${CALLS:-4000}
streams=${STREAMS:-64}
download=${DOWNLOAD:-500}
scratch=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT

echo "Building transport-benchmark (release)..." >&2
swift build -c release --package-path "$package" --product transport-benchmark >&2
bench="$package/.build/release/transport-benchmark"

venv=${PYTHON_SDK_VENV:-$scratch/venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import signalwire" 2>/dev/null; then
    echo "Installing signalwire-sdk 3.7.5 into $venv..." >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q signalwire-sdk==3.7.5 >&2
fi

"$bench" serve "$repo/Tests/SignalWireTests/Golden/response.json" > "$scratch/port" &
server=$!
for _ in $(seq 50); do [ -s "$scratch/port" ] && break; sleep 0.1; done
port=$(cat "$scratch/port")

stats() { curl -s "http://127.0.0.1:$port/stats"; }
reset() { curl -s -X POST "http://127.0.0.1:$port/reset" > /dev/null; }

echo "| client | in flight | ok | failed | served | connections | req/s | p50 ms | p99 ms | peak MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for in_flight in 64 256; do
    for client in urlsession ahc python; do
        reset
        if [ "$client" = python ]; then
            line=$("$venv/bin/python" "$here/python-sdk-calls.py" "$port" "$calls" "$in_flight")
        else
            line=$("$bench" calls "$client" "$port" "$calls" "$in_flight")
        fi
        served=$(stats)
        python3 - "$line" "$served" <<'PY'
import json, sys
r, s = json.loads(sys.argv[1]), json.loads(sys.argv[2])
# The connections less the one that asked for these figures.
print(f"| {r['transport']} | {r['in_flight']} | {r['ok']} | {r['failed']} | {s['creates']} | {s['connections'] - 1} | "
      f"{r['rps']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['peak_mb']:.1f} |")
if r["first_failure"]:
    print(f"  first failure: {r['first_failure'][:200]}", file=sys.stderr)
PY
    done
done

echo
echo "| transport | streams | got a first event | within 1 s | p50 s | last s |"
echo "|---|---|---|---|---|---|"
for client in ahc urlsession; do
    line=$("$bench" streams "$client" "$port" "$streams")
    python3 - "$line" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"| {r['transport']} | {r['streams']} | {r['first_event']} | {r['within_1s']} | {r['p50_s']:.3f} | {r['max_s']:.3f} |")
PY
done

echo
echo "| transport | download | file | seconds | MB/s | peak MB |"
echo "|---|---|---|---|---|---|"
for client in ahc urlsession; do
    line=$("$bench" download "$client" "$port" "$download")
    python3 - "$line" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"| {r['transport']} | {r['megabytes']} MB | {r['file_bytes']} bytes | {r['seconds']:.2f} | {r['mb_per_s']:.0f} | {r['peak_mb']:.1f} |")
PY
done
