#!/usr/bin/env python3
"""Fits time = c * size^k by least squares on logarithms. Input lines: SIZE_BYTES SECONDS.
Prints k: 1 is linear growth."""
import math
import sys

points = [tuple(map(float, line.split())) for line in sys.stdin if line.strip()]
xs = [math.log(size) for size, _ in points]
ys = [math.log(seconds) for _, seconds in points]
n = len(points)
mean_x, mean_y = sum(xs) / n, sum(ys) / n
k = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / sum((x - mean_x) ** 2 for x in xs)
print(f"fitted exponent k = {k:.2f} over {n} sizes (time ~ size^k; 1.00 is linear)")
