#!/usr/bin/env bash
# Writes Sources/OpenAPISwiftGen/Translate/LibraryTypeNames.swift: the public top-level type names
# of the Swift standard library, Concurrency, Foundation (with FoundationEssentials and
# FoundationNetworking), Dispatch and Synchronization, read from the toolchain's symbol graphs.
# A generated module never declares these at its top level, so an app that imports Foundation and
# the module uses Swift's own types unqualified. Run it after a toolchain upgrade and review the diff.
set -euo pipefail
cd "$(dirname "$0")/../.."
graphs=$(mktemp -d)
trap 'rm -rf "$graphs"' EXIT
target=$(swiftc -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["target"]["triple"])')
for module in Swift _Concurrency _StringProcessing Foundation FoundationEssentials FoundationNetworking Dispatch Synchronization; do
    swift symbolgraph-extract -module-name "$module" -target "$target" -output-dir "$graphs" -minimum-access-level public >/dev/null 2>&1 \
        || echo "note: no symbol graph for $module on this platform" >&2
done
python3 - "$graphs" > Sources/OpenAPISwiftGen/Translate/LibraryTypeNames.swift <<'PY'
import glob, json, sys
kinds = {"swift.struct", "swift.class", "swift.enum", "swift.protocol", "swift.typealias", "swift.actor"}
names = set()
for path in glob.glob(sys.argv[1] + "/*.symbols.json"):
    for symbol in json.load(open(path))["symbols"]:
        components = symbol["pathComponents"]
        if len(components) == 1 and symbol["kind"]["identifier"] in kinds and not components[0].startswith("_"):
            names.add(components[0])
print("// Made by Tests/Naming/make-library-type-names.sh from the toolchain's symbol graphs: do not edit.")
print()
print("extension Naming {")
print("    /// Public top-level type names of the Swift standard library, Concurrency, Foundation,")
print("    /// FoundationNetworking, Dispatch and Synchronization (%d names)." % len(names))
print("    static let libraryTypeNames: Set<String> = [")
for name in sorted(names):
    print('        "%s",' % name)
print("    ]")
print("}")
PY
echo "wrote Sources/OpenAPISwiftGen/Translate/LibraryTypeNames.swift"
