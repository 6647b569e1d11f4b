#!/usr/bin/env bash
# The consumer test: a new app that depends on this package by path runs the command plugin to
# generate a module for shop.yaml (a server with a path and a variable), builds, and calls a
# loopback server and the module's mock through it. Usage: Tests/Consumer/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
app=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$app"' EXIT

mkdir -p "$app/Sources/App" "$app/Sources/Shop"
cp "$here/shop.yaml" "$app/shop.yaml"
cp "$here/main.swift" "$app/Sources/App/App.swift"
cat > "$app/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "App",
    dependencies: [.package(path: "$repo")],
    targets: [
        .target(name: "Shop"),
        .executableTarget(name: "App", dependencies: ["Shop"]),
    ]
)
MANIFEST

cd "$app"
swift package --allow-writing-to-package-directory generate-client \
    generate shop.yaml --output Sources/Shop --module Shop
# The README's CI step: without a config, check reads the module and client from the folder.
swift package --allow-writing-to-package-directory generate-client check shop.yaml --output Sources/Shop
swift build
# The generator is also a product an app can build.
swift build --product openapi-swift-gen

exec 3< <(python3 "$here/server.py")
server=$!
read -r port <&3
output=$(.build/debug/App "$port")
echo "$output"
expected="server: order 42 is shipped
server: order 7: 404
server: /v1/orders?filter%5Bstatus%5D=shipped&filter%5Bmin_total%5D=9.5&ids=a%20b%7Cc%2Cd tags x,y cookie cart=1%20tea
server: order 42 with a client credentials token
server: order 42 with a client credentials token
mock: order 42 is open"
if [ "$output" != "$expected" ]; then
    echo "error: the app printed something else; expected:"
    echo "$expected"
    exit 1
fi
echo "consumer test: passed"
