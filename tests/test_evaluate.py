"""Evaluating a folder of annotated pages: which files are pages, how they are grouped and scored, what is reported.

The tree is built per test under tmp_path: the seed page as extracted (``NAME.txt``, extractor "page", and the
same text as ``NAME.pdftotext.txt``), a small made-up page in a nested folder as two other extractors print it,
files that are not pages of a gold, and pages that cannot be read.
"""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from pagekit import LIBRARY, RIVER, column, page

import newsseg
from newsseg.evaluate import METRICS, Report, evaluate, find_pages, gate_failures, print_report, score_page

SEED = Path(__file__).resolve().parent / "pages" / "lvliang-2020-04-11-p1"
SEED_NAME = "lvliang-2020-04-11-p1"

LIBRARY_HEAD = "市图书馆新馆正式开放"
RIVER_HEAD = ("全市河道生态治理推进会召开", "张伟讲话 李明主持")
SMALL_GOLD = {
    "page": "library.txt",
    "articles": [
        {
            "headline": {"kicker": None, "title": LIBRARY_HEAD, "subtitle": None},
            "dateline": {"source": "本报讯", "place": None, "date": "5月12日", "reporters": ["陈晓"]},
            "paragraphs": LIBRARY,
            "captions": [],
        },
        {
            "headline": {"kicker": None, "title": RIVER_HEAD[0], "subtitle": RIVER_HEAD[1]},
            "dateline": {"source": "本报讯", "place": None, "date": "5月11日", "reporters": ["赵云飞"]},
            "paragraphs": RIVER,
            "captions": [],
        },
    ],
}


def ocr(text: str) -> str:
    """Full-width marks read as their ASCII look-alikes, as Tesseract reads them."""
    return text.translate(str.maketrans("，：（）", ",:()"))


# The small page as pdftotext -raw prints it (headlines after the columns, no blank line) and as Tesseract does
# (headlines above their articles, ASCII marks, a blank line after every block).
SMALL_RAW = page(column(LIBRARY, 14), column(RIVER, 14), *RIVER_HEAD, LIBRARY_HEAD)
SMALL_OCR = page(
    LIBRARY_HEAD,
    "",
    "\n\n".join("\n".join(column([ocr(p)], 17)) for p in LIBRARY),
    "",
    *RIVER_HEAD[:1],
    "",
    RIVER_HEAD[1],
    "",
    "\n\n".join("\n".join(column([ocr(p)], 17)) for p in RIVER),
)
PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
# Valid UTF-8 Chinese with bytes no codec reads (0xFF is no lead byte in UTF-8, GB18030 or Big5).
UNDECODABLE = "本报讯（记者 王明）市图书馆开放。".encode() + b"\xff\xfe\xff" + "新馆设有少儿区。\n".encode()


def write_json(path: Path, doc: Any) -> None:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/                           the pages found, as (name, extractor)
    ├── lvliang-2020-04-11-p1.gold.json
    ├── lvliang-2020-04-11-p1.txt                (seed, page)
    ├── lvliang-2020-04-11-p1.pdftotext.txt      (seed, pdftotext)
    ├── lvliang-2020-04-11-p1-copy.txt           not NAME.txt nor NAME.<extractor>.txt: ignored
    ├── notes.txt                                no gold: ignored
    ├── nested/deeper/library.gold.json
    ├── nested/deeper/library.pdftotext-raw.txt  (library, pdftotext-raw)
    ├── nested/deeper/library.tesseract.txt      (library, tesseract)
    ├── nested/deeper/library.tesseract.v2.txt   two dots after the name: ignored
    ├── nested/deeper/library.meta.json          not a .txt: ignored
    └── broken/
        ├── scan.gold.json, scan.txt             a PDF where the text should be        (error)
        ├── mojibake.gold.json, mojibake.txt     bytes no codec decodes                (error)
        └── badgold.gold.json, badgold.txt       the gold itself is not UTF-8          (error)
    """
    root = tmp_path / "eval"
    root.mkdir()
    shutil.copy(SEED / "gold.json", root / f"{SEED_NAME}.gold.json")
    shutil.copy(SEED / "input.txt", root / f"{SEED_NAME}.txt")
    shutil.copy(SEED / "input.txt", root / f"{SEED_NAME}.pdftotext.txt")
    shutil.copy(SEED / "input.txt", root / f"{SEED_NAME}-copy.txt")
    (root / "notes.txt").write_text("本报讯（记者 王明）这是一份没有标注的版面。\n", encoding="utf-8")
    deeper = root / "nested" / "deeper"
    deeper.mkdir(parents=True)
    write_json(deeper / "library.gold.json", SMALL_GOLD)
    (deeper / "library.pdftotext-raw.txt").write_text(SMALL_RAW, encoding="utf-8")
    (deeper / "library.tesseract.txt").write_text(SMALL_OCR, encoding="utf-8")
    (deeper / "library.tesseract.v2.txt").write_text(SMALL_OCR, encoding="utf-8")
    write_json(deeper / "library.meta.json", {"layout": "two articles"})
    broken = root / "broken"
    broken.mkdir()
    for name in ("scan", "mojibake", "badgold"):
        write_json(broken / f"{name}.gold.json", SMALL_GOLD)
    (broken / "scan.txt").write_bytes(PDF_BYTES)
    (broken / "mojibake.txt").write_bytes(UNDECODABLE)
    (broken / "badgold.gold.json").write_bytes(json.dumps(SMALL_GOLD, ensure_ascii=False).encode("gb18030"))
    (broken / "badgold.txt").write_text(SMALL_RAW, encoding="utf-8")
    return root


@pytest.fixture
def report(tree: Path) -> Report:
    return evaluate(tree)


def seed_gate() -> tuple[dict[str, float], dict[str, float]]:
    case = json.loads((SEED / "case.json").read_text(encoding="utf-8"))
    return case["floors"], case["ceilings"]


# --- finding pages ------------------------------------------------------------------------------------------------
def test_find_pages_pairs_texts_with_their_gold(tree: Path) -> None:
    found = [(p.name, p.extractor, p.text.relative_to(tree).as_posix()) for p in find_pages(tree)]
    assert sorted(found) == sorted(
        [
            (SEED_NAME, "page", f"{SEED_NAME}.txt"),
            (SEED_NAME, "pdftotext", f"{SEED_NAME}.pdftotext.txt"),
            ("library", "pdftotext-raw", "nested/deeper/library.pdftotext-raw.txt"),
            ("library", "tesseract", "nested/deeper/library.tesseract.txt"),
            ("scan", "page", "broken/scan.txt"),
            ("mojibake", "page", "broken/mojibake.txt"),
            ("badgold", "page", "broken/badgold.txt"),
        ]
    )
    assert [p.gold.name for p in find_pages(tree) if p.name == "library"] == ["library.gold.json"] * 2
    assert find_pages(tree) == find_pages(tree)  # a stable order


def test_find_pages_takes_names_with_glob_characters_literally(tmp_path: Path) -> None:
    write_json(tmp_path / "p[1].gold.json", SMALL_GOLD)
    (tmp_path / "p[1].txt").write_text(SMALL_RAW, encoding="utf-8")
    (tmp_path / "p1.txt").write_text(SMALL_RAW, encoding="utf-8")  # what the unescaped pattern p[1]*.txt matches
    assert [(p.name, p.extractor, p.text.name) for p in find_pages(tmp_path)] == [("p[1]", "page", "p[1].txt")]


def test_a_tree_without_gold_files_has_no_pages(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(SMALL_RAW, encoding="utf-8")
    assert find_pages(tmp_path) == []
    empty = evaluate(tmp_path)
    assert (empty.pages, empty.errors) == ([], [])
    assert empty.summary() == {"overall": {"pages": 0, **dict.fromkeys(METRICS)}}


# --- scoring ------------------------------------------------------------------------------------------------------
def test_pages_are_grouped_by_extractor(report: Report) -> None:
    summary = report.summary()
    assert list(summary) == ["page", "pdftotext", "pdftotext-raw", "tesseract", "overall"]
    assert {name: row["pages"] for name, row in summary.items()} == {
        "page": 1,
        "pdftotext": 1,
        "pdftotext-raw": 1,
        "tesseract": 1,
        "overall": 4,
    }
    assert all(set(row) == {"pages", *METRICS} for row in summary.values())


def test_the_seed_page_meets_its_floors_under_both_names(report: Report) -> None:
    floors, ceilings = seed_gate()
    summary = report.summary()
    for extractor in ("page", "pdftotext"):
        assert gate_failures(summary[extractor], floors, ceilings) == [], extractor
        assert summary[extractor]["articles_f1"] == 1.0
        assert summary[extractor]["headline_acc"] == 1.0
        assert summary[extractor]["dateline_acc"] == 1.0
    seed_scores = [s for p, s in report.pages if p.name == SEED_NAME]
    assert len(seed_scores) == 2 and seed_scores[0] == seed_scores[1]
    assert seed_scores[0]["gold_articles"] == seed_scores[0]["pred_articles"] == 6


def test_the_small_page_scores_as_split(report: Report) -> None:
    """Each extractor's score is the score of what the pipeline makes of that file, nothing averaged in."""
    summary = report.summary()
    for extractor, text in (("pdftotext-raw", SMALL_RAW), ("tesseract", SMALL_OCR)):
        expected = score_page(SMALL_GOLD, newsseg.split(text).records())
        assert {m: summary[extractor][m] for m in METRICS} == {m: expected[m] for m in METRICS}
        assert summary[extractor]["articles_f1"] == 1.0, extractor
        assert summary[extractor]["headline_acc"] == 1.0, extractor
        assert summary[extractor]["dateline_acc"] == 1.0, extractor
        assert summary[extractor]["kicker_acc"] is None  # the gold has no kicker: nothing to judge


def test_overall_is_the_mean_over_pages(report: Report) -> None:
    summary = report.summary()
    for metric in ("articles_f1", "para_f1", "body_cer"):
        values = [scores[metric] for _, scores in report.pages]
        assert summary["overall"][metric] == round(sum(values) / len(values), 4)
    # a metric that applies to no page of a group is None there, and left out of the overall mean
    assert summary["overall"]["kicker_acc"] == summary["page"]["kicker_acc"] == 1.0


def test_unreadable_pages_are_reported_not_raised(report: Report) -> None:
    errors = {page.name: message for page, message in report.errors}
    assert set(errors) == {"scan", "mojibake", "badgold"}
    assert "PDF" in errors["scan"] and "extract text first" in errors["scan"]
    assert "cannot decode" in errors["mojibake"]
    assert errors["badgold"]  # the gold's own decoding error, in one line
    assert all("\n" not in message for message in errors.values())
    assert {p.name for p, _ in report.pages} == {SEED_NAME, "library"}


@pytest.mark.parametrize(
    ("only", "extractors", "errors"),
    [
        (["tesseract"], {"tesseract"}, set()),
        (["page", "pdftotext-raw"], {"page", "pdftotext-raw"}, {"scan", "mojibake", "badgold"}),
        (["no-such-extractor"], set(), set()),
    ],
)
def test_only_keeps_the_named_extractors(tree: Path, only: list[str], extractors: set[str], errors: set[str]) -> None:
    report = evaluate(tree, only=only)
    assert {p.extractor for p, _ in report.pages} == extractors
    assert {p.name for p, _ in report.errors} == errors
    assert set(report.summary()) == extractors | {"overall"}


def test_config_reaches_the_pipeline(tree: Path) -> None:
    # With no headline ever good enough to attach, every gold headline is missed.
    strict = dataclasses.replace(newsseg.Config(), headline_min_score=2.0, elimination_min_score=2.0)
    summary = evaluate(tree, config=strict, only=["page"]).summary()
    assert summary["page"]["headline_acc"] < 0.5
    assert evaluate(tree, only=["page"]).summary()["page"]["headline_acc"] == 1.0


# --- reporting ----------------------------------------------------------------------------------------------------
def test_record_is_plain_json(report: Report) -> None:
    record = json.loads(json.dumps(report.to_record(), ensure_ascii=False))
    assert set(record) == {"summary", "pages", "errors"}
    assert record["summary"] == report.summary()
    assert len(record["pages"]) == 4
    for row in record["pages"]:
        assert {"name", "extractor", "text", "gold_articles", "pred_articles", *METRICS} <= set(row)
        assert Path(row["text"]).is_file()
    seed_row = next(r for r in record["pages"] if r["extractor"] == "page")
    assert (seed_row["name"], seed_row["gold_articles"]) == (SEED_NAME, 6)
    assert sorted(record["errors"], key=lambda e: e["name"]) == [
        {"name": name, "extractor": "page", "error": message}
        for name, message in sorted((p.name, m) for p, m in report.errors)
    ]


def test_plain_report_has_a_row_per_extractor_and_overall(report: Report) -> None:
    out = io.StringIO()
    print_report(report, out, color=False)
    lines = out.getvalue().splitlines()
    header, *rows = lines
    assert header.split()[:2] == ["extractor", "pages"]
    assert header.split()[2:] == list(METRICS)
    table = [r for r in rows if not r.startswith("error: ")]
    assert [r.split()[0] for r in table] == ["page", "pdftotext", "pdftotext-raw", "tesseract", "overall"]
    assert [r.split()[1] for r in table] == ["1", "1", "1", "1", "4"]
    assert len({len(r) for r in [header, *table]}) == 1  # aligned columns
    overall = dict(zip(header.split(), table[-1].split(), strict=True))
    assert overall["articles_f1"] == f"{report.summary()['overall']['articles_f1']:.3f}"
    errors = [r for r in rows if r.startswith("error: ")]
    assert len(errors) == 3 and any("scan.txt" in e and "PDF" in e for e in errors)
    assert "\x1b[" not in out.getvalue()  # no colour codes when asked for none


def test_missing_metric_prints_as_a_dash(report: Report) -> None:
    out = io.StringIO()
    print_report(report, out, color=False)
    header, *rows = out.getvalue().splitlines()
    tesseract = dict(zip(header.split(), next(r for r in rows if r.startswith("tesseract")).split(), strict=True))
    assert tesseract["kicker_acc"] == "-"


def test_colour_report_names_every_extractor(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # a standard terminal, whatever the one running the tests
    out = io.StringIO()
    print_report(report, out, color=True)
    text = out.getvalue()
    for name in ("page", "pdftotext", "pdftotext-raw", "tesseract", "overall"):
        assert name in text
    assert "error: " in text
