#!/usr/bin/env python3
"""Whole processes side by side: each command and the floor run in turn
(ABC ABC ...), medians of wall and CPU (user + system) time and of the peak
resident memory (the kernel's maxrss, in KiB), with the machine's load
average (1 minute) before and after every round.

    cargo build --release --bins --examples
    python3 benches/whole.py 9 SUITE        # SUITE: portfolio, communes, report, indicators

portfolio (issue 15): `ctg portfolio` on 400 CTGs of 250 files against
`ctg check` on one repository of 100,000 files and the floor of the same
files, and `ctg check` of one of the CTGs (for the memory goal):

    target/release/examples/synth --ctgs 400 --actions 230 --officers 12 \\
        --commissions 7 --out /tmp/p400 --seed 42
    target/release/examples/synth --actions 96999 --officers 2500 \\
        --commissions 500 --out /tmp/one100k --seed 42

communes (issue 15): `fte`, `status` and `report` against `check` on one
repository with 500 communes:

    target/release/examples/synth --actions 100000 --officers 2500 \\
        --commissions 500 --communes 500 --out /tmp/c500 --seed 42

report (issue 15): `report -o`, `status` and `fte` against `check` on the
100,000 actions of the indicators' corpus below (OLD: an older `report`).

indicators (issue 14):

    target/release/examples/synth --actions 100000 --officers 2500 \\
        --commissions 500 --out /tmp/c100k --seed 42 --errors 0.01
    target/release/examples/synth --actions 100000 --officers 2500 \\
        --commissions 500 --out /tmp/c100ki --seed 42 --errors 0.01 --indicators 0.3
    OLD=/path/to/an/older/ctg python3 benches/whole.py 9 indicators
"""
import os
import statistics
import subprocess
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 9
suite = sys.argv[2] if len(sys.argv) > 2 else "indicators"
new = os.environ.get("NEW", "target/release/ctg")
old = os.environ.get("OLD")
floor = os.environ.get("FLOOR", "target/release/examples/floor")
at = ["--at", "2026-06-15"]


def check(name, root):
    return (name, [new, "--dir", root, *at, "check", "--format", "short"])


if suite == "portfolio":
    cases = [
        ("floor p400", [floor, "/tmp/p400"]),
        ("floor p400, both cores", [floor, "--parallel", "/tmp/p400"]),
        ("portfolio p400", [new, *at, "portfolio", "/tmp/p400", "--format", "json"]),
        check("check one100k", "/tmp/one100k"),
        ("floor one100k", [floor, "/tmp/one100k"]),
        check("check one CTG", "/tmp/p400/ctg-001"),
    ]
    pairs = [
        ("portfolio p400", "check one100k"),
        ("portfolio p400", "floor p400"),
        ("portfolio p400", "floor p400, both cores"),
        ("check one100k", "floor one100k"),
    ]
elif suite == "communes":
    cases = [
        ("floor c500", [floor, "/tmp/c500"]),
        check("check c500", "/tmp/c500"),
        ("fte c500", [new, "--dir", "/tmp/c500", *at, "fte"]),
        ("fte json c500", [new, "--dir", "/tmp/c500", *at, "fte", "--format", "json"]),
        ("status c500", [new, "--dir", "/tmp/c500", *at, "status"]),
        ("report c500", [new, "--dir", "/tmp/c500", *at, "report", "-o", "/tmp/c500-report.html", "--force"]),
    ]
    pairs = [(name, "check c500") for name, _ in cases[2:]] + [("check c500", "floor c500")]
elif suite == "report":
    # `report` writes its whole plan (35 MB of HTML for 100,000 actions).
    cases = [
        check("check c100k", "/tmp/c100k"),
        ("report c100k", [new, "--dir", "/tmp/c100k", *at, "report", "-o", "/tmp/c100k-report.html", "--force"]),
        ("status c100k", [new, "--dir", "/tmp/c100k", *at, "status"]),
        ("fte c100k", [new, "--dir", "/tmp/c100k", *at, "fte"]),
    ]
    if old:
        cases.append(("old report c100k", [old, "--dir", "/tmp/c100k", *at, "report", "-o", "/tmp/c100k-report-old.html", "--force"]))
    pairs = [(name, "check c100k") for name, _ in cases[1:]]
else:
    cases = [("floor c100k", [floor, "/tmp/c100k"])]
    if old:
        cases.append(("old check c100k", [old, "--dir", "/tmp/c100k", *at, "check", "--format", "short"]))
    cases += [
        check("new check c100k", "/tmp/c100k"),
        ("floor c100ki", [floor, "/tmp/c100ki"]),
        check("new check c100ki", "/tmp/c100ki"),
        ("new indicators c100ki", [new, "--dir", "/tmp/c100ki", *at, "indicators", "--format", "json"]),
        ("new status c100ki", [new, "--dir", "/tmp/c100ki", *at, "status"]),
    ]
    pairs = [
        ("old check c100k", "floor c100k"),
        ("new check c100k", "floor c100k"),
        ("new check c100k", "old check c100k"),
        ("new check c100ki", "floor c100ki"),
        ("new indicators c100ki", "new check c100ki"),
        ("new status c100ki", "new check c100ki"),
    ]


def run(cmd):
    """Wall seconds, CPU seconds and peak resident KiB of one process. The
    peak is /usr/bin/time's (%M, KiB): a child of this Python process would
    start its count at Python's own 15 MB."""
    start = time.perf_counter()
    # /dev/null opened for writing only, as a shell's `>/dev/null` does: ctg
    # takes a /dev/null open for reading and writing (subprocess.DEVNULL) for
    # a stdout closed before it started, and refuses to answer into it.
    child = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", RSS, *cmd], stdout=SINK, stderr=SINK)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{cmd} exited {code}")
    with open(RSS) as f:
        rss = int(f.read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, rss


SINK = open(os.devnull, "wb")
RSS = "/tmp/whole-py-rss"
res = {name: ([], [], []) for name, _ in cases}
loads = [os.getloadavg()[0]]
for _ in range(N):
    for name, cmd in cases:
        for acc, value in zip(res[name], run(cmd)):
            acc.append(value)
    loads.append(os.getloadavg()[0])
med = statistics.median
print(f"{suite}: runs {N} each, in turn; {os.cpu_count()} cores; "
      f"load avg (1 min) {min(loads):.2f}-{max(loads):.2f} (median {med(loads):.2f})")
for name, _ in cases:
    wall, cpu, rss = res[name]
    print(f"{name:24s} wall {med(wall):.3f}s  cpu {med(cpu):.3f}s (fastest {min(cpu):.3f}s)  peak {int(med(rss)):,} KiB")
# Two ratios: of the medians, and the median of each round's ratio (the
# two commands ran one after the other, under the same load: the steadier).
for a, b in pairs:
    if a in res and b in res:
        w = med(res[a][0]) / med(res[b][0])
        c = med(res[a][1]) / med(res[b][1])
        rw = med([x / y for x, y in zip(res[a][0], res[b][0])])
        rc = med([x / y for x, y in zip(res[a][1], res[b][1])])
        # And of the fastest runs: another process can only add time.
        mc = min(res[a][1]) / min(res[b][1])
        print(f"{a} / {b}: wall {w:.2f}  cpu {c:.2f}  (by round: wall {rw:.2f}  cpu {rc:.2f}; fastest cpu {mc:.2f})")
