#!/usr/bin/env bash
# Builds the documentation of Generated/ (the SignalWire module and its DocC catalog) with the
# toolchain's docc and fails on any warning. Not part of `swift test`.
# Usage: Tests/Docs/build-docs.sh        -> .build/docs/SignalWire.doccarchive
set -euo pipefail
cd "$(dirname "$0")/../.."
graphs=.build/docs/symbol-graphs
rm -rf .build/docs
mkdir -p "$graphs"
# A build of its own, so that the module is compiled (and its symbol graphs written) every time.
swift build --target SignalWire --scratch-path .build/docs/build \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" >/dev/null
# Only the module's own graphs: the build also leaves those of tools it needs.
find "$graphs" -name '*.symbols.json' ! -name 'SignalWire*.symbols.json' -delete
docc convert Generated/SignalWire.docc --additional-symbol-graph-dir "$graphs" \
    --fallback-display-name SignalWire --fallback-bundle-identifier com.signalwire.client \
    --output-path .build/docs/SignalWire.doccarchive --warnings-as-errors
echo "Built .build/docs/SignalWire.doccarchive. To browse it:"
echo "  docc preview Generated/SignalWire.docc --additional-symbol-graph-dir $graphs \\"
echo "      --fallback-display-name SignalWire --fallback-bundle-identifier com.signalwire.client"
echo "and open http://localhost:8080/documentation/signalwire"
