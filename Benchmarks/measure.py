#!/usr/bin/env python3
"""Runs a command several times; prints the median, min and max wall time and the peak memory
(the largest maximum resident set of the runs, read by GNU time, which adds next to nothing).

Usage: measure.py RUNS LABEL -- COMMAND [ARGS...]
`{run}` in an argument is replaced by the run's number (for a fresh output folder per run).
Prints one row: LABEL  median  min  max  peak-MB  (or "failed: ..." when the command fails).
"""
import subprocess
import sys
import time

runs = int(sys.argv[1])
label = sys.argv[2]
command = sys.argv[sys.argv.index("--") + 1:]
times, peak, failure = [], 0, None
for run in range(runs):
    args = [arg.replace("{run}", str(run)) for arg in command]
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "peak-kb %M"] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    lines = result.stderr.decode(errors="replace").splitlines()
    if result.returncode != 0:
        failure = next((line for line in lines if "rror" in line), (lines or ["?"])[-1])
    times.append(elapsed)
    peak = max(peak, next((int(line.split()[1]) for line in reversed(lines) if line.startswith("peak-kb ")), 0))
times.sort()
median = times[len(times) // 2]
status = f"failed: {failure[:100]}" if failure else ""
print(f"{label:<48} {median:9.3f} {times[0]:9.3f} {times[-1]:9.3f} {peak / 1024:9.1f}  {status}")
