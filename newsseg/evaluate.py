"""Evaluation: how close newsseg's articles come to gold annotations, page by page and over a folder.

``newsseg eval DIR`` runs the pipeline over every page in DIR that has a gold file and prints these metrics per
extractor and overall. A page is ``NAME.gold.json`` with its text beside it as ``NAME.txt`` (extractor "page")
or ``NAME.<extractor>.txt`` (e.g. ``NAME.pdftotext-raw.txt``, ``NAME.tesseract.txt``); one gold file may serve
several extractions of the same page.

Gold: ``{"page": ..., "articles": [{"headline": {kicker, title, subtitle} | null,
"dateline": {source, place, date, reporters} | null, "paragraphs": [...], "captions": [...]}]}``.
Predictions are article records (``Page.records()`` or JSONL lines) with the same field names.

Texts are compared with all whitespace removed unless said otherwise. Gold articles are matched one-to-one to
predicted ones, most similar bodies first; every per-article metric looks at matched pairs only, and a gold
article left without a partner counts as a miss wherever it is counted.

================  ==============================================================================================
articles_f1       F1 of articles *found*: matched, and their longest common subsequence covers >= 90% of both
                  bodies (the boundaries are right to within a tenth, OCR misreads are tolerated).
headline_acc      share of gold articles whose partner has the same headline: kicker+title+subtitle, dashes
                  removed, >= 0.85 similar; a gold null headline wants a null (or empty) prediction.
kicker_acc        share of gold kickers found on the partner, same similarity.
dateline_acc      share of gold datelines whose partner has the same source (据 … 讯/电/专讯/消息 stripped) and
                  the same *set* of reporters.
caption_acc       share of gold captions found, >= 0.85 similar, among the partner's captions.
body_cer          Levenshtein distance between the bodies (paragraphs joined by a newline) over the gold length;
                  a gold article without a partner costs its whole length.
para_f1           F1 of paragraph boundaries (offsets into the whitespace-free body) inside matched articles.
stray_spaces_per_1k
                  spaces touching a CJK character in predicted paragraphs whose (left, right) neighbours never
                  stand around a space anywhere in the gold article, per 1000 gold body characters.
================  ==============================================================================================

A metric whose denominator is empty (no kicker on the page, say) is ``None``: there is nothing to judge.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from rapidfuzz.distance import Indel, Levenshtein

Record = Mapping[str, Any]

# Thresholds of the definitions above.
MATCH_SIMILARITY = 0.5  # bodies less similar than this are never partners
FOUND_COVER = 0.9  # an article is found when the LCS covers this share of both bodies
SAME_TEXT = 0.85  # headline, kicker and caption texts this similar are the same text

HIGHER_IS_BETTER = ("articles_f1", "headline_acc", "kicker_acc", "dateline_acc", "caption_acc", "para_f1")
LOWER_IS_BETTER = ("body_cer", "stray_spaces_per_1k")
METRICS = HIGHER_IS_BETTER + LOWER_IS_BETTER

_WS = re.compile(r"\s+")
_DASHES = re.compile(r"[—–\-－―]")
_SOURCE_AFFIXES = re.compile(r"^[据據]|(?:专讯|專訊|消息|讯|訊|电|電)$")
# Marks that count as Chinese for the stray-space metric although Unicode calls them ambiguous or narrow.
_SHARED_CJK_MARKS = frozenset("“”‘’—…·")


def squash(text: str | None) -> str:
    """The text with every whitespace character removed."""
    return _WS.sub("", text or "")


def is_cjk(ch: str) -> bool:
    """A hanzi or a full-width / CJK punctuation mark: a space next to one is a Chinese-typesetting space."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in _SHARED_CJK_MARKS


def body(article: Record) -> str:
    """The whitespace-free paragraphs of an article, one per line."""
    return "\n".join(squash(p) for p in article.get("paragraphs") or ())


def flat_body(article: Record) -> str:
    return body(article).replace("\n", "")


def same_text(gold: str, pred: str, threshold: float = SAME_TEXT) -> bool:
    """Equal, or both non-empty and at least ``threshold`` similar (OCR misreads a character now and then)."""
    if gold == pred:
        return True
    return bool(gold) and bool(pred) and Levenshtein.normalized_similarity(gold, pred) >= threshold


def headline_key(headline: Mapping[str, Any] | None) -> str:
    if not headline:
        return ""
    joined = "".join(headline.get(part) or "" for part in ("kicker", "title", "subtitle"))
    return _DASHES.sub("", squash(joined))


def kicker_key(headline: Mapping[str, Any] | None) -> str:
    return _DASHES.sub("", squash((headline or {}).get("kicker")))


def source_key(source: str | None) -> str:
    """本报讯 / 本报 and 据新华社电 / 新华社 name the same source."""
    return _SOURCE_AFFIXES.sub("", squash(source))


def _reporters(dateline: Mapping[str, Any]) -> set[str]:
    return {squash(r) for r in dateline.get("reporters") or ()}


def same_dateline(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> bool:
    if not pred:
        return False
    return source_key(gold.get("source")) == source_key(pred.get("source")) and _reporters(gold) == _reporters(pred)


def lcs_cover(a: str, b: str) -> tuple[float, float]:
    """Shares of ``a`` and of ``b`` covered by their longest common subsequence."""
    if not a or not b:
        return 0.0, 0.0
    lcs = (len(a) + len(b) - Indel.distance(a, b)) / 2
    return lcs / len(a), lcs / len(b)


def match_articles(gold: Sequence[Record], pred: Sequence[Record]) -> dict[int, int]:
    """Greedy one-to-one matching, gold index -> predicted index, most similar bodies first."""
    gold_bodies = [flat_body(a) for a in gold]
    pred_bodies = [flat_body(a) for a in pred]
    candidates = []
    for gi, g in enumerate(gold_bodies):
        for pi, p in enumerate(pred_bodies):
            if g and p:
                sim = Levenshtein.normalized_similarity(g, p)
                if sim > MATCH_SIMILARITY:
                    candidates.append((-sim, gi, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in pairs and pi not in taken:
            pairs[gi] = pi
            taken.add(pi)
    return pairs


def boundaries(paragraphs: Iterable[str]) -> set[int]:
    """Offsets into the whitespace-free body where one paragraph ends and the next begins."""
    lengths = [len(squash(p)) for p in paragraphs]
    out, offset = set(), 0
    for n in lengths[:-1]:
        offset += n
        out.add(offset)
    return out


def spaced_pairs(paragraphs: Iterable[str]) -> list[tuple[str, str]]:
    """(left, right) neighbours of every inner run of whitespace with a CJK character on one side."""
    pairs = []
    for p in paragraphs:
        p = p.strip()
        for m in _WS.finditer(p):
            left, right = p[m.start() - 1], p[m.end()]
            if is_cjk(left) or is_cjk(right):
                pairs.append((left, right))
    return pairs


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 1.0


def score_page(gold_doc: Mapping[str, Any], pred: Sequence[Record]) -> dict[str, Any]:
    """Every metric of the module docstring for one page, plus the article counts."""
    gold: Sequence[Record] = gold_doc["articles"]
    pairs = match_articles(gold, pred)
    found = headlines = kickers = n_kickers = datelines = n_datelines = captions = n_captions = 0
    errors = gold_chars = stray = 0
    tp = fp = fn = 0
    for gi, g in enumerate(gold):
        g_body = body(g)
        gold_chars += len(g_body)
        g_head = g.get("headline")
        g_kicker = kicker_key(g_head)
        g_captions = [squash(c) for c in g.get("captions") or ()]
        n_kickers += bool(g_kicker)
        n_datelines += bool(g.get("dateline"))
        n_captions += len(g_captions)
        if gi not in pairs:
            errors += len(g_body)
            fn += len(boundaries(g.get("paragraphs") or ()))  # every boundary of a missed article is missed
            continue
        p = pred[pairs[gi]]
        errors += Levenshtein.distance(g_body, body(p))
        if min(lcs_cover(flat_body(g), flat_body(p))) >= FOUND_COVER:
            found += 1
        p_head = p.get("headline")
        headlines += same_text(headline_key(g_head), headline_key(p_head))
        kickers += bool(g_kicker) and same_text(g_kicker, kicker_key(p_head))
        datelines += bool(g.get("dateline")) and same_dateline(g["dateline"], p.get("dateline"))
        p_captions = [squash(c) for c in p.get("captions") or ()]
        captions += sum(any(same_text(c, q) for q in p_captions) for c in g_captions)
        g_bounds, p_bounds = boundaries(g.get("paragraphs") or ()), boundaries(p.get("paragraphs") or ())
        tp += len(g_bounds & p_bounds)
        fp += len(p_bounds - g_bounds)
        fn += len(g_bounds - p_bounds)
        allowed = set(spaced_pairs(g.get("paragraphs") or ()))
        stray += sum(pair not in allowed for pair in spaced_pairs(p.get("paragraphs") or ()))
    n_total = len(gold) + len(pred)
    return {
        "gold_articles": len(gold),
        "pred_articles": len(pred),
        "articles_f1": round(2 * found / n_total, 4) if n_total else 1.0,
        "headline_acc": _share(headlines, len(gold)),
        "kicker_acc": _share(kickers, n_kickers),
        "dateline_acc": _share(datelines, n_datelines),
        "caption_acc": _share(captions, n_captions),
        "body_cer": round(errors / gold_chars, 4) if gold_chars else 0.0,
        "para_f1": _f1(tp, fp, fn),
        "stray_spaces_per_1k": round(1000 * stray / max(1, gold_chars), 2),
    }


def gate_failures(scores: Mapping[str, Any], floors: Mapping[str, float], ceilings: Mapping[str, float]) -> list[str]:
    """The metrics that fall below their floor or rise above their ceiling, as readable lines."""
    out = []
    for name, floor in floors.items():
        value = scores[name]
        if value is not None and value < floor:
            out.append(f"{name} = {value} < floor {floor}")
    for name, ceiling in ceilings.items():
        value = scores[name]
        if value is not None and value > ceiling:
            out.append(f"{name} = {value} > ceiling {ceiling}")
    return out


# --- a folder of annotated pages ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldPage:
    name: str  # NAME of NAME.gold.json
    extractor: str  # "page" for NAME.txt, else the <extractor> of NAME.<extractor>.txt
    gold: Path
    text: Path


def find_pages(root: Path) -> list[GoldPage]:
    """Every page text beside a gold file below ``root``, in sorted order."""
    pages = []
    for gold in sorted(root.rglob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        for text in sorted(gold.parent.glob(glob_escape(name) + "*.txt")):
            middle = text.name[len(name) : -len(".txt")]
            if middle == "":
                pages.append(GoldPage(name, "page", gold, text))
            elif middle.startswith(".") and "." not in middle[1:]:
                pages.append(GoldPage(name, middle[1:], gold, text))
    return pages


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def mean(values: Iterable[float | None]) -> float | None:
    """The mean over the pages where a metric applies; None where it applies nowhere."""
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 4) if present else None


@dataclass(slots=True)
class Report:
    pages: list[tuple[GoldPage, dict[str, Any]]]
    errors: list[tuple[GoldPage, str]]

    def summary(self) -> dict[str, dict[str, Any]]:
        """Macro averages per extractor and overall, with the page counts."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for page, scores in self.pages:
            groups.setdefault(page.extractor, []).append(scores)
        out = {}
        for name, rows in [*sorted(groups.items()), ("overall", [s for _, s in self.pages])]:
            out[name] = {"pages": len(rows), **{m: mean(r[m] for r in rows) for m in METRICS}}
        return out

    def to_record(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "pages": [
                {"name": p.name, "extractor": p.extractor, "text": str(p.text), **scores} for p, scores in self.pages
            ],
            "errors": [{"name": p.name, "extractor": p.extractor, "error": e} for p, e in self.errors],
        }


def evaluate(root: Path, config: Any = None, only: Iterable[str] | None = None) -> Report:
    """Run the pipeline over every annotated page below ``root`` and score it against its gold file."""
    from .decode import decode_page
    from .errors import NewssegError
    from .pipeline import DEFAULT, split

    wanted = set(only) if only else None
    report = Report([], [])
    for page in find_pages(root):
        if wanted is not None and page.extractor not in wanted:
            continue
        try:
            gold = json.loads(page.gold.read_text(encoding="utf-8"))
            decoded = decode_page(page.text.read_bytes(), name=str(page.text))
            result = split(decoded.text, config or DEFAULT, page=str(page.text))
        except (OSError, ValueError, NewssegError) as e:
            report.errors.append((page, str(e).splitlines()[0] if str(e) else type(e).__name__))
            continue
        except Exception as e:  # a bug on one page: that page fails, the others are still scored
            first = str(e).splitlines()[0] if str(e) else ""
            report.errors.append((page, f"newsseg failed on this page ({type(e).__name__}: {first}); please report it"))
            continue
        report.pages.append((page, score_page(gold, result.records())))
    return report


# Column heads short enough for an 80-column terminal; the legend under the table spells them out.
SHORT_NAMES = {
    "articles_f1": "art",
    "headline_acc": "head",
    "kicker_acc": "kick",
    "dateline_acc": "date",
    "caption_acc": "cap",
    "para_f1": "para",
    "body_cer": "cer",
    "stray_spaces_per_1k": "stray",
}


def print_report(report: Report, out: TextIO, *, color: bool) -> None:
    """The summary as a table: rich on a terminal, aligned plain text otherwise."""
    summary = report.summary()
    header = ["extractor", "pages", *METRICS]
    rows = [
        [name, str(row["pages"]), *("-" if row[m] is None else f"{row[m]:.3f}" for m in METRICS)]
        for name, row in summary.items()
    ]
    if color:
        from rich import box  # lazy: only a terminal pays for rich
        from rich.console import Console
        from rich.table import Table

        legend = "  ".join(f"{SHORT_NAMES[m]}={m}" for m in METRICS)
        table = Table(
            title="newsseg eval",
            caption=legend,
            header_style="bold",
            box=box.SIMPLE_HEAD,
            pad_edge=False,
            show_edge=False,
            collapse_padding=True,
        )
        for h in header:
            table.add_column(
                SHORT_NAMES.get(h, "n" if h == "pages" else h),
                justify="left" if h == "extractor" else "right",
                no_wrap=True,
                min_width=len(max((r[header.index(h)] for r in rows), key=len, default="")),
            )
        for row in rows:
            table.add_row(*row)
        Console(file=out).print(table)
    else:
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
        for row in [header, *rows]:
            out.write(
                "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
                )
            )
            out.write("\n")
    for page, error in report.errors:
        out.write(f"error: {page.text}: {error}\n")
