"""`newsseg eval DIR` from the command line: the table, --json, --only, and the exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsseg.cli import cli

SEED = Path(__file__).resolve().parent / "pages" / "lvliang-2020-04-11-p1"


def _tree(tmp_path: Path) -> Path:
    shutil.copy(SEED / "gold.json", tmp_path / "seed.gold.json")
    shutil.copy(SEED / "input.txt", tmp_path / "seed.txt")
    shutil.copy(SEED / "input.txt", tmp_path / "seed.pdftotext-raw.txt")
    return tmp_path


def test_eval_prints_one_row_per_extractor_and_overall(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(_tree(tmp_path))])
    assert result.exit_code == 0, result.output
    rows = [line.split()[0] for line in result.output.splitlines()[1:]]
    assert rows == ["page", "pdftotext-raw", "overall"]


def test_eval_json_has_the_seed_page_at_its_figures(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(_tree(tmp_path)), "--json", "--only", "page"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["summary"]) == {"page", "overall"}
    page = report["summary"]["page"]
    assert page["pages"] == 1
    assert page["articles_f1"] == 1.0 and page["headline_acc"] == 1.0 and page["para_f1"] >= 0.95


def test_eval_of_a_folder_without_gold_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text("本报讯（记者 王明）今天。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold.json" in result.output


def test_eval_reports_a_page_it_cannot_read_and_exits_1(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "seed.tesseract.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    result = CliRunner().invoke(cli, ["eval", str(tree)])
    assert result.exit_code == 1
    assert "seed.tesseract.txt" in result.output and "pdftotext" in result.output


def test_eval_goes_on_past_a_page_newsseg_fails_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a bug that raises on one page costs that page, reported, not the whole evaluation
    from newsseg import pipeline

    real_split = pipeline.split

    def split(text: str, *args: Any, **kwargs: Any) -> Any:
        if str(kwargs.get("page", "")).endswith("seed.pdftotext-raw.txt"):
            raise IndexError("list index out of range")
        return real_split(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "split", split)
    result = CliRunner().invoke(cli, ["eval", str(_tree(tmp_path)), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert [e["name"] for e in report["errors"]] == ["seed"] and "IndexError" in report["errors"][0]["error"]
    assert report["summary"]["page"]["pages"] == 1
