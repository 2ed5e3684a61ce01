#!/usr/bin/env python3
"""Bytes per held subscription, by class: the difference between two class histograms the fan-out
benchmark wrote with -Dfanout.histogram=true (target/benchmarks/fanout-histogram-*.txt), divided
by the number held.

Usage: bench/histogram-diff.py target/benchmarks/fanout-histogram-graphql-2000.txt \
           target/benchmarks/fanout-histogram-bare-2000.txt [top, default 40]
"""
import re
import sys


def read(path):
    classes = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            count, size, name = int(m.group(1)), int(m.group(2)), m.group(3)
            c, s = classes.get(name, (0, 0))
            classes[name] = (c + count, s + size)
    return classes


def held(path):
    m = re.search(r"-(\d+)\.txt$", path)
    return int(m.group(1)) if m else 1


def main():
    subject, baseline = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    a, b, n = read(subject), read(baseline), held(subject)
    rows = []
    for name in set(a) | set(b):
        ca, sa = a.get(name, (0, 0))
        cb, sb = b.get(name, (0, 0))
        rows.append((sa - sb, ca - cb, name))
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    print(f"held: {n}; bytes per held subscription beyond the baseline: {total / n:,.0f}")
    print(f"{'bytes each':>11} {'objects each':>13}  class")
    for size, count, name in rows[:top]:
        print(f"{size / n:>11,.1f} {count / n:>13.2f}  {name}")


if __name__ == "__main__":
    main()
