#!/usr/bin/env python3
"""Runs several commands in turn, round after round, so that each sees the machine in the same
state (its speed drifts over minutes); prints a row per command as measure.py does (median, min
and max wall time, peak memory) and how many times slower than the last command each one is.

Usage: compare.py RUNS LABEL COMMAND [LABEL COMMAND ...]
COMMAND is one shell-quoted string; `{run}` in it is replaced by the round's number.
"""
import shlex
import subprocess
import sys
import time

runs = int(sys.argv[1])
pairs = list(zip(sys.argv[2::2], sys.argv[3::2]))
times = {label: [] for label, _ in pairs}
peaks = {label: 0 for label, _ in pairs}
failures = {label: None for label, _ in pairs}
for run in range(runs):
    for label, command in pairs:
        args = shlex.split(command.replace("{run}", str(run)))
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "peak-kb %M"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times[label].append(time.perf_counter() - start)
        lines = result.stderr.decode(errors="replace").splitlines()
        if result.returncode != 0:
            failures[label] = next((line for line in lines if "rror" in line), (lines or ["?"])[-1])
        peaks[label] = max(peaks[label], next((int(line.split()[1]) for line in reversed(lines) if line.startswith("peak-kb ")), 0))
medians = {}
for label, _ in pairs:
    ordered = sorted(times[label])
    medians[label] = ordered[len(ordered) // 2]
    status = f"failed: {failures[label][:100]}" if failures[label] else ""
    print(f"{label:<48} {medians[label]:9.3f} {ordered[0]:9.3f} {ordered[-1]:9.3f} {peaks[label] / 1024:9.1f}  {status}")
last = pairs[-1][0]
for label, _ in pairs[:-1]:
    if not failures[label] and not failures[last]:
        print(f"  {label} / {last}: {medians[label] / medians[last]:.1f}x")
