#!/usr/bin/env python3
"""Writes a Swift package whose module has the shape of a generated one, in the plainest Swift:
as many structs (with as many optional properties), string enums and enums with payloads, each
conformance synthesized by the compiler and no code of its own. It shows what the compiler needs
for the types alone, whoever generates them.

Usage: make-plain-module.py GENERATED_FOLDER OUTPUT_PACKAGE CONFORMANCES
  CONFORMANCES: "Sendable", "Hashable, Sendable" or "Codable, Hashable, Sendable"
"""
import os
import random
import re
import sys

generated, package, conformances = sys.argv[1], sys.argv[2], sys.argv[3]
text = ""
for folder, _, names in os.walk(os.path.join(generated, "Types")):
    for name in names:
        text += open(os.path.join(folder, name)).read()
structs = len(re.findall(r"public struct \w+", text))
enums = len(re.findall(r"public enum \w+: OpenEnum", text))
unions = len(re.findall(r"public indirect enum \w+", text))
properties = len(re.findall(r"^\s*(?:@\w+ )?public var (?!additionalFields)\w+:", text, re.M))

random.seed(1)
sources = os.path.join(package, "Sources", "Plain")
os.makedirs(sources, exist_ok=True)
with open(os.path.join(package, "Package.swift"), "w") as out:
    out.write('// swift-tools-version:6.0\nimport PackageDescription\n'
              'let package = Package(name: "Plain", targets: [.target(name: "Plain")])\n')
for i in range(structs):
    count = properties // structs + (1 if i < properties % structs else 0)
    lines = [f"public struct S{i}: {conformances} {{"]
    for p in range(count):
        kind = random.choice(["String", "Int", "Bool", "[String]", f"E{random.randrange(max(enums, 1))}"])
        lines.append(f"    public var p{p}: {kind}?")
    lines.append("}")
    open(os.path.join(sources, f"S{i}.swift"), "w").write("\n".join(lines) + "\n")
for i in range(max(enums, 1)):
    cases = "\n".join(f"    case c{c}" for c in range(4))
    open(os.path.join(sources, f"E{i}.swift"), "w").write(f"public enum E{i}: String, {conformances} {{\n{cases}\n}}\n")
for i in range(unions):
    cases = "\n".join(f"    case c{c}(S{random.randrange(structs)})" for c in range(3))
    open(os.path.join(sources, f"U{i}.swift"), "w").write(f"public indirect enum U{i}: {conformances} {{\n{cases}\n}}\n")
print(f"{structs} structs with {properties} properties, {enums} string enums, {unions} enums with payloads")
