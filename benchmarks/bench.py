"""Throughput and start-up benchmark for newsseg. Not a test: pytest does not collect it (testpaths = tests).

Usage (from the repository root, with newsseg installed, e.g. ``pip install -e .``)::

    python benchmarks/bench.py                 # the full run (about half a minute on a quiet machine)
    python benchmarks/bench.py --quick         # smaller synthetic pages, fewer start-up runs
    python benchmarks/bench.py --copies 10 --line-bytes 500000 --budget 5
    python benchmarks/bench.py --json out.json # also write every figure as JSON
    python benchmarks/bench.py --strict        # exit 1 when a warning line is printed

What it measures
----------------
* ``newsseg.split`` on the seed page (samples/lvliang-2020-04-11-p1.txt), on the seed page repeated N times
  (``--copies``, default 20) and on a page that is one line of about 1 MB of UTF-8 (``--line-bytes``), plus a
  tenth of that line to check the long-line case for linearity as well.
* Machines are shared and noisy, so every time is reported as a RATIO against a reference run on the same text
  in the same process, timed interleaved with it: ``ref`` is a pure-Python character loop (``for ch in text``
  counting non-space characters), which tracks the interpreter's speed the way the pipeline does. The ratio to
  ``str.splitlines()`` + ``len`` (a C-speed floor) and plain chars/s are printed beside it. Each figure is the
  best of as many runs as fit in ``--budget`` seconds (at least one).
* Linearity: time per character at N copies divided by time per character at 1 copy (and 1 MB line vs 100 KB
  line). A value above ``--linear-tolerance`` (default 1.5) prints a ``WARNING`` line.
* Start-up: ``python -c "import newsseg.cli"`` vs ``python -c "pass"`` (median of ``--startup-runs`` runs each,
  interleaved) as a ratio, and which heavy modules (rich, opencc, chardet) were imported by ``import newsseg.cli``
  and by a whole ``newsseg split`` of the UTF-8 seed page; any of them prints a ``WARNING`` line. Every other
  non-stdlib module imported is listed for information.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "lvliang-2020-04-11-p1.txt"
HEAVY = ("rich", "opencc", "chardet")

# Reported in a child interpreter: the non-stdlib top-level modules that an import (or a CLI run) pulled in.
_PROBE = r"""
import json, sys
before = set(sys.modules)
what = sys.argv[1]
if what == "import":
    import newsseg.cli
else:
    sys.argv = ["newsseg", "split", sys.argv[2]]
    import io, contextlib
    from newsseg.cli import main
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main()
        except SystemExit:
            pass
new = {m.split(".")[0] for m in set(sys.modules) - before}
third = sorted(m for m in new if m not in sys.stdlib_module_names and not m.startswith("_") and m != "newsseg")
print(json.dumps(third))
"""


def ref_loop(text: str) -> int:
    """The reference: a pure-Python pass over every character."""
    n = 0
    for ch in text:
        if ch > " ":
            n += 1
    return n


def ref_splitlines(text: str) -> int:
    return sum(len(line) for line in text.splitlines())


def best_interleaved(fns: list[Callable[[], object]], budget: float) -> list[float]:
    """Best time of each function, the functions run in turn, repeated while the budget lasts (at least once)."""
    best = [math.inf] * len(fns)
    start = time.perf_counter()
    gc_was_enabled = gc.isenabled()
    try:
        while True:
            for k, fn in enumerate(fns):
                gc.collect()
                gc.disable()
                t0 = time.perf_counter()
                fn()
                dt = time.perf_counter() - t0
                gc.enable()
                best[k] = min(best[k], dt)
            if time.perf_counter() - start >= budget:
                return best
    finally:
        if gc_was_enabled:
            gc.enable()


def measure(name: str, text: str, budget: float) -> dict[str, object]:
    import newsseg

    page = newsseg.split(text)  # warm-up, and the article count for the report
    t_split, t_loop, t_lines = best_interleaved(
        [lambda: newsseg.split(text), lambda: ref_loop(text), lambda: ref_splitlines(text)], budget
    )
    return {
        "case": name,
        "chars": len(text),
        "lines": text.count("\n") + 1,
        "articles": len(page.articles),
        "seconds": t_split,
        "chars_per_s": len(text) / t_split,
        "ratio_loop": t_split / t_loop,
        "ratio_splitlines": t_split / t_lines,
    }


def long_line(seed: str, nbytes: int) -> str:
    body = "".join(line.strip() for line in seed.splitlines())
    reps = nbytes // len(body.encode("utf-8")) + 1
    return (body * reps).encode("utf-8")[:nbytes].decode("utf-8", "ignore") + "\n"


def startup(runs: int) -> dict[str, float]:
    cmds = {"pass": [sys.executable, "-c", "pass"], "import": [sys.executable, "-c", "import newsseg.cli"]}
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(runs):
        for k, cmd in cmds.items():
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True)
            times[k].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {"pass_s": med["pass"], "import_s": med["import"], "ratio": med["import"] / med["pass"]}


def imported(what: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, what, str(SEED)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=20, help="seed-page copies in the large page (default 20)")
    ap.add_argument("--line-bytes", type=int, default=1_000_000, help="UTF-8 size of the one-line page")
    ap.add_argument("--budget", type=float, default=3.0, help="seconds of repeated runs per case (default 3)")
    ap.add_argument("--startup-runs", type=int, default=10, help="interpreter starts per command (default 10)")
    ap.add_argument("--linear-tolerance", type=float, default=1.5, help="max per-char time ratio (default 1.5)")
    ap.add_argument("--quick", action="store_true", help="--copies 5 --line-bytes 200000 --budget 1 --startup-runs 5")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--strict", action="store_true", help="exit 1 if any warning was printed")
    args = ap.parse_args(argv)
    if args.quick:
        args.copies, args.line_bytes, args.budget, args.startup_runs = 5, 200_000, 1.0, 5

    import newsseg

    seed = SEED.read_text(encoding="utf-8")
    big = (seed.rstrip("\n") + "\n\n") * args.copies
    line = long_line(seed, args.line_bytes)
    short_line = long_line(seed, args.line_bytes // 10)
    warnings: list[str] = []

    print(f"newsseg {newsseg.__version__}, Python {sys.version.split()[0]}, budget {args.budget:g} s per case")
    print("ratios: time of newsseg.split / time of a pure-Python character loop (loop) or str.splitlines (lines)")
    cases = [
        measure("seed page 1x", seed, args.budget),
        measure(f"seed page {args.copies}x", big, args.budget),
        measure(f"one line {len(short_line.encode()) // 1000} KB", short_line, args.budget),
        measure(f"one line {len(line.encode()) // 1000} KB", line, args.budget),
    ]
    print(f"{'case':<22}{'chars':>9}{'articles':>9}{'seconds':>10}{'chars/s':>11}{'x loop':>9}{'x lines':>10}")
    for c in cases:
        print(
            f"{c['case']:<22}{c['chars']:>9}{c['articles']:>9}{c['seconds']:>10.4f}{c['chars_per_s']:>11.0f}"
            f"{c['ratio_loop']:>9.1f}{c['ratio_splitlines']:>10.0f}"
        )

    def per_char(c: dict[str, object]) -> float:
        return float(c["seconds"]) / int(c["chars"])  # type: ignore[arg-type]

    linearity = {
        f"seed {args.copies}x vs 1x": per_char(cases[1]) / per_char(cases[0]),
        "long line 10x vs 1x": per_char(cases[3]) / per_char(cases[2]),
    }
    for label, r in linearity.items():
        print(f"linearity ({label}): time per char ratio {r:.2f}")
        if r > args.linear_tolerance:
            warnings.append(f"time per char grows {r:.1f}x ({label}): not linear in page size")

    st = startup(args.startup_runs)
    print(
        f"start-up: import newsseg.cli {st['import_s'] * 1000:.0f} ms vs python -c pass {st['pass_s'] * 1000:.0f} ms"
        f" (median of {args.startup_runs}): ratio {st['ratio']:.2f}"
    )
    mods = {"import newsseg.cli": imported("import"), "newsseg split (UTF-8 seed page)": imported("split")}
    for label, found in mods.items():
        heavy = [m for m in found if m in HEAVY]
        other = [m for m in found if m not in HEAVY]
        print(f"modules after {label}: heavy {heavy or 'none'}; other non-stdlib {other}")
        if heavy:
            warnings.append(f"{label} imports heavy module(s) {', '.join(heavy)}")

    for w in warnings:
        print(f"WARNING: {w}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"cases": cases, "linearity": linearity, "startup": st, "modules": mods, "warnings": warnings}, indent=1
            ),
            encoding="utf-8",
        )
    return 1 if warnings and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
