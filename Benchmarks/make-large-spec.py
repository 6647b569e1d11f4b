#!/usr/bin/env python3
"""Writes a larger spec made from a real one: its component schemas repeated under new names
(`Name_2`, `Name_3`, ... with their `$ref`s renamed alike) until the file reaches a size.

Usage: make-large-spec.py SOURCE.yaml TARGET_MEGABYTES OUTPUT.yaml
"""
import re
import sys

source, megabytes, output = sys.argv[1], float(sys.argv[2]), sys.argv[3]
lines = open(source, encoding="utf-8").read().split("\n")

# The `schemas:` block under `components:` (two-space indentation), up to the next sibling key.
start = next(i for i, line in enumerate(lines) if line == "  schemas:")
end = next((i for i in range(start + 1, len(lines)) if re.match(r"^  \S", lines[i]) or re.match(r"^\S", lines[i])), len(lines))
block = lines[start + 1:end]
block_size = sum(len(line) + 1 for line in block)

name_line = re.compile(r"^    (['\"]?)([^'\":\s][^:]*?)\1:\s*$")
reference = re.compile(r"(#/components/schemas/)([^'\"\s]+)")

copies = []
size = sum(len(line) + 1 for line in lines)
copy = 2
while size < megabytes * 1_000_000:
    suffix = f"_{copy}"
    for line in block:
        match = name_line.match(line)
        if match:
            quote, name = match.group(1), match.group(2)
            line = f"    {quote}{name}{suffix}{quote}:"
        copies.append(reference.sub(lambda m: m.group(1) + m.group(2) + suffix, line))
    size += block_size
    copy += 1

open(output, "w", encoding="utf-8").write("\n".join(lines[:end] + copies + lines[end:]))
print(f"{output}: {size / 1_000_000:.1f} MB, schemas repeated {copy - 2} times")
