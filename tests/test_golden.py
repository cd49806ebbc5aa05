"""Golden pages: tests/pages/<name>/ holds one page and what newsseg must make of it.

* ``input.txt``      the page as extracted (UTF-8).
* ``gold.json``      its annotation, scored with tests/scoring.py.
* ``case.json``      ``label``, ``comment``, ``floors`` and ``ceilings`` for the metrics, and optionally ``xfail``
                     (a reason) for a page that is known to fail: it runs as a strict xfail, so the day it passes
                     the test fails until the marker is removed.
* ``expected.jsonl`` (optional) the exact records of the last reviewed run; ``pytest --update-golden`` rewrites it.

The floors are an evaluation gate: the test never lowers one, so a regression is let through only by an edit of
case.json that shows up in review.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsseg
from newsseg import evaluate as scoring

PAGES = Path(__file__).resolve().parent / "pages"
CASE_KEYS = {"label", "comment", "floors", "ceilings", "xfail"}
CASES = [pytest.param(p, id=p.name) for p in sorted(PAGES.iterdir()) if (p / "input.txt").is_file()]


def _case(case_dir: Path) -> dict[str, Any]:
    return json.loads((case_dir / "case.json").read_text(encoding="utf-8"))


def _gated(param: Any) -> Any:
    """The case with a strict xfail mark when its case.json declares a known failure."""
    (case_dir,) = param.values
    reason = _case(case_dir).get("xfail")
    return pytest.param(case_dir, id=param.id, marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


def _run(case_dir: Path) -> tuple[newsseg.Page, dict[str, Any], list[str]]:
    """Split the page and score it; return the page, the scores and the metrics that break the gate."""
    case = _case(case_dir)
    gold = json.loads((case_dir / "gold.json").read_text(encoding="utf-8"))
    page = newsseg.split((case_dir / "input.txt").read_text(encoding="utf-8"), page=case_dir.name)
    scores = scoring.score_page(gold, page.records())
    return page, scores, scoring.gate_failures(scores, case.get("floors", {}), case.get("ceilings", {}))


def test_there_are_golden_pages() -> None:
    assert CASES, f"no page directories with an input.txt under {PAGES}"


@pytest.mark.parametrize("case_dir", CASES)
def test_case_file_is_well_formed(case_dir: Path) -> None:
    case = _case(case_dir)
    assert set(case) <= CASE_KEYS, f"unknown keys in case.json: {set(case) - CASE_KEYS}"
    assert case.get("label") and case.get("comment"), "say what the page is and what it tests"
    # A misspelt metric would never be checked: every name must be one the scorer produces, on the right side.
    assert set(case.get("floors", {})) <= set(scoring.HIGHER_IS_BETTER)
    assert set(case.get("ceilings", {})) <= set(scoring.LOWER_IS_BETTER)
    assert case.get("floors") or case.get("ceilings"), "a golden page without a floor or a ceiling gates nothing"
    assert (case_dir / "gold.json").is_file()


@pytest.mark.parametrize("case_dir", [_gated(c) for c in CASES])
def test_page_meets_its_floors(case_dir: Path) -> None:
    _, scores, failures = _run(case_dir)
    assert not failures, f"{case_dir.name}: " + "; ".join(failures) + f"\nall scores: {scores}"


@pytest.mark.parametrize("case_dir", CASES)
def test_page_records_are_unchanged(case_dir: Path, update_golden: bool) -> None:
    expected_path = case_dir / "expected.jsonl"
    if not update_golden and not expected_path.exists():
        pytest.skip("no expected.jsonl; record one with --update-golden")
    page, scores, failures = _run(case_dir)
    records = page.records()
    if update_golden:
        # Recording a page that fails its gate would turn a regression into the expectation.
        if failures and _case(case_dir).get("xfail"):
            pytest.skip("a known failure (xfail in case.json): not recorded")
        assert not failures, f"refusing to record {expected_path}: " + "; ".join(failures)
        expected_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        return
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line]
    assert len(records) == len(expected), f"{len(records)} articles, expected {len(expected)} (scores: {scores})"
    for got, want in zip(records, expected, strict=True):
        assert got == want, f"article {want.get('index')} differs; rerun with --update-golden if the change is right"
