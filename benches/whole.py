#!/usr/bin/env python3
"""Whole processes side by side: each command and the floor run in turn
(ABC ABC ...), medians of wall and CPU (user + system) time, with the
machine's load. Used for docs/performance.md ("Indicators (issue 14)").

    cargo build --release --bins --examples
    target/release/examples/synth --actions 100000 --officers 2500 \\
        --commissions 500 --out /tmp/c100k --seed 42 --errors 0.01
    target/release/examples/synth --actions 100000 --officers 2500 \\
        --commissions 500 --out /tmp/c100ki --seed 42 --errors 0.01 --indicators 0.3
    OLD=/path/to/an/older/ctg python3 benches/whole.py 9
"""
import os
import resource
import statistics
import subprocess
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 9
new = os.environ.get("NEW", "target/release/ctg")
old = os.environ.get("OLD")
floor = os.environ.get("FLOOR", "target/release/examples/floor")
at = ["--at", "2026-06-15"]
cases = [("floor c100k", [floor, "/tmp/c100k"])]
if old:
    cases.append(("old check c100k", [old, "--dir", "/tmp/c100k", *at, "check", "--format", "short"]))
cases += [
    ("new check c100k", [new, "--dir", "/tmp/c100k", *at, "check", "--format", "short"]),
    ("floor c100ki", [floor, "/tmp/c100ki"]),
    ("new check c100ki", [new, "--dir", "/tmp/c100ki", *at, "check", "--format", "short"]),
    ("new indicators c100ki", [new, "--dir", "/tmp/c100ki", *at, "indicators", "--format", "json"]),
    ("new status c100ki", [new, "--dir", "/tmp/c100ki", *at, "status"]),
]
res = {name: ([], []) for name, _ in cases}
loads = []
for _ in range(N):
    for name, cmd in cases:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        res[name][0].append(wall)
        res[name][1].append(cpu)
    loads.append(os.getloadavg()[0])
med = statistics.median
print(f"runs {N} each, in turn; load avg (1 min) {min(loads):.2f}-{max(loads):.2f}")
for name, _ in cases:
    wall, cpu = res[name]
    print(f"{name:24s} wall {med(wall):.3f}s  cpu {med(cpu):.3f}s")
pairs = [
    ("old check c100k", "floor c100k"),
    ("new check c100k", "floor c100k"),
    ("new check c100k", "old check c100k"),
    ("new check c100ki", "floor c100ki"),
    ("new indicators c100ki", "new check c100ki"),
    ("new status c100ki", "new check c100ki"),
]
for a, b in pairs:
    if a in res and b in res:
        w = med(res[a][0]) / med(res[b][0])
        c = med(res[a][1]) / med(res[b][1])
        print(f"{a} / {b}: wall {w:.2f}  cpu {c:.2f}")
