"""Layout-robustness check: re-typeset annotated pages in other layouts and score newsseg on each.

An extractor's output of one page shows newsseg one layout. This script takes the gold annotation of every page
in a folder (``NAME.gold.json``), sets its articles again the way other papers and other tools print them, runs
the pipeline on each new page and scores it with ``newsseg.evaluate.score_page`` (the metrics of ``newsseg
eval``). A rule that only holds for the layout it was written on shows up here as a gap between layouts.

Usage (from the repository root, with newsseg installed)::

    python benchmarks/relayout.py                       # the bundled sample(s) in samples/
    python benchmarks/relayout.py ../my-archive/gold    # any folder of NAME.gold.json files
    python benchmarks/relayout.py DIR --verbose         # one row per page and layout
    python benchmarks/relayout.py DIR --json out.json   # every figure as JSON

Layouts (every one keeps each article's reading order; only the page around it changes)
-----------------------------------------------------------------------------------------
``above-W``     headline lines, then captions, then the body hard-wrapped at W cells (first line of a paragraph
                two cells short, as pdftotext drops the indent; no line starts with a closing mark), articles one
                after the other: a paper read in reading order.
``foot-W``      the bodies wrapped at W; every headline and caption in a footer after the last article, in another
                order: what ``pdftotext -raw`` does to many pages.
``blank-W``     as ``above-W`` with a blank line after every paragraph (an OCR engine's block layout).
``unwrapped``   one paragraph per line, no blank lines (text exports, engines that reflow paragraphs).

Not a test (pytest does not collect ``benchmarks/``) and nothing is asserted: it prints figures to compare
before and after a change. The pages are built in memory; nothing is written unless ``--dump DIR`` is given.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import newsseg
from newsseg.evaluate import mean, score_page
from newsseg.normalize import cell_width

METRICS = ("articles_f1", "headline_acc", "kicker_acc", "caption_acc", "body_cer", "para_f1")
# 行首禁则: marks that may not start a line; the typesetter pulls them up onto the line above.
NO_LINE_START = frozenset("，。、；：？！”’）》」』")


def wrap(paragraph: str, width: float, indent: bool = True) -> list[str]:
    """Hard-wrap a paragraph at ``width`` cells, its first line two cells short when ``indent``."""
    lines: list[str] = []
    avail = width - (2 if indent else 0)
    start = 0
    while start < len(paragraph):
        end, used = start, 0.0
        while end < len(paragraph) and (end == start or used + cell_width(paragraph[end]) <= avail):
            used += cell_width(paragraph[end])
            end += 1
        while end < len(paragraph) and paragraph[end] in NO_LINE_START:
            end += 1  # hang the mark in the margin rather than start a line with it
        lines.append(paragraph[start:end])
        avail, start = width, end
    return lines


def headline_lines(article: dict[str, Any]) -> list[str]:
    head = article.get("headline") or {}
    if isinstance(head, str):
        return [head]
    return [head[k] for k in ("kicker", "title", "subtitle") if head.get(k)]


def body_lines(article: dict[str, Any], width: float | None, blank: bool) -> list[str]:
    out: list[str] = []
    for p in article.get("paragraphs") or ():
        out.extend([p] if width is None else wrap(p, width))
        if blank:
            out.append("")
    return out


def build(gold: dict[str, Any], layout: str, seed: int = 0) -> str:
    kind, _, w = layout.partition("-")
    width = float(w) if w else None
    lines: list[str] = []
    footer: list[list[str]] = []
    for article in gold["articles"]:
        captions = [x for c in article.get("captions") or () for x in ([c] if width is None else wrap(c, width, False))]
        if kind == "foot":
            footer.append(headline_lines(article) + captions)
        else:
            lines += headline_lines(article) + captions
        lines += body_lines(article, width, blank=kind == "blank")
    random.Random(seed).shuffle(footer)
    for block in footer:
        lines += block
    return "\n".join(lines) + "\n"


def run(golds: Sequence[Path], layouts: Sequence[str], verbose: bool, dump: Path | None) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".gold.json")
        for layout in layouts:
            text = build(gold, layout)
            if dump is not None:
                dump.mkdir(parents=True, exist_ok=True)
                (dump / f"{name}.{layout}.txt").write_text(text, encoding="utf-8")
            page = newsseg.split(text, page=f"{name}.{layout}")
            scores = score_page(gold, page.records())
            rows.append({"name": name, "layout": layout, **scores})
            if verbose:
                print(f"{name[:28]:28} {layout:10} " + " ".join(f"{m[:8]}={_fmt(scores[m])}" for m in METRICS))
    summary = {layout: {m: mean(r[m] for r in rows if r["layout"] == layout) for m in METRICS} for layout in layouts}
    summary["overall"] = {m: mean(r[m] for r in rows) for m in METRICS}
    return {"summary": summary, "pages": rows}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_summary(summary: dict[str, dict[str, float | None]], out: Any = sys.stdout) -> None:
    print(f"{'layout':12}" + "".join(f"{m:>14}" for m in METRICS), file=out)
    for layout, figures in summary.items():
        print(f"{layout:12}" + "".join(f"{_fmt(figures[m]):>14}" for m in METRICS), file=out)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default="samples", type=Path, help="folder of NAME.gold.json files")
    parser.add_argument(
        "--layouts",
        default="above-12,above-18,above-26,foot-16,foot-24,blank-18,unwrapped",
        help="comma-separated layouts (above-W, foot-W, blank-W, unwrapped)",
    )
    parser.add_argument("--verbose", action="store_true", help="one row per page and layout")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--dump", type=Path, help="write every built page to this folder")
    args = parser.parse_args(list(argv) if argv is not None else None)
    golds = sorted(args.folder.glob("*.gold.json"))
    if not golds:
        print(f"relayout: no *.gold.json in {args.folder}", file=sys.stderr)
        return 1
    layouts = [x.strip() for x in args.layouts.split(",") if x.strip()]
    result = run(golds, layouts, args.verbose, args.dump)
    print_summary(result["summary"])
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # `| head`: stop quietly
        sys.stderr.close()
        raise SystemExit(0) from None
