"""The command line, run in process with click's CliRunner (one subprocess test for a closed pipe).

Contract (newsseg/cli.py): data on stdout, messages on stderr; ``-`` or no argument is stdin; exit 0 when every
page was processed, 1 when any failed, 2 on usage errors; a closed stdout ends the run quietly.
The pages are made up for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from newsseg.cli import cli

RECORD_FIELDS = [
    "page",
    "index",
    "headline",
    "dateline",
    "paragraphs",
    "captions",
    "lines",
    "headline_lines",
    "confidence",
    "encoding",  # added with batch runs, after the original fields
]
PAGE_FIELDS = {"page", "articles", "residue", "warnings", "encoding"}

PAGE = """\
2021年5月9日 星期日                     第2版
本报讯（记者 张明）5月8日，市文化
馆举办春季书画展，展出本地作者的
作品一百二十余幅。

展览将持续到本月底，市民可以免费
参观。

责任编辑：李华
"""
PARAGRAPHS = [
    "本报讯（记者 张明）5月8日，市文化馆举办春季书画展，展出本地作者的作品一百二十余幅。",
    "展览将持续到本月底，市民可以免费参观。",
]
OTHER_PAGE = """\
本报讯（记者 王芳）5月7日，县里新建
的口袋公园向市民开放，园内种植了
月季、海棠等花木。
"""
TRADITIONAL_PAGE = """\
本報訊（記者 陳美玲）5月8日，市圖書
館舉辦閱讀週活動，吸引許多家長帶
孩子參加。
"""


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def other_file(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(OTHER_PAGE, encoding="utf-8")
    return path


# --- split -------------------------------------------------------------------------------------------------
def test_split_writes_one_record_per_line_with_the_documented_fields(page_file: Path) -> None:
    result = run("split", str(page_file))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("\n")
    records = jsonl(result.stdout)
    assert len(records) == 1
    rec = records[0]
    assert list(rec) == RECORD_FIELDS
    assert rec["page"] == str(page_file)
    assert rec["index"] == 0
    assert rec["paragraphs"] == PARAGRAPHS
    assert rec["dateline"]["reporters"] == ["张明"]
    assert rec["lines"] == [2, 7]


def test_split_output_is_utf8_text_not_escapes(page_file: Path) -> None:
    result = run("split", str(page_file))
    assert "文化馆" in result.stdout
    assert "\\u" not in result.stdout


def test_split_json_is_one_page_object_with_its_residue(page_file: Path) -> None:
    result = run("split", "--format", "json", str(page_file))
    assert result.exit_code == 0, result.stderr
    page = json.loads(result.stdout)
    assert set(page) >= PAGE_FIELDS
    assert "explain" not in page  # only when asked
    assert page["page"] == str(page_file)
    assert page["encoding"] == "utf-8"
    assert page["warnings"] == []
    assert [a["paragraphs"] for a in page["articles"]] == [PARAGRAPHS]
    assert page["residue"], "the masthead line and the editor credit belong to no article"
    for item in page["residue"]:
        assert set(item) == {"text", "lines"}
        assert isinstance(item["text"], str) and item["text"]
        assert all(isinstance(n, int) for n in item["lines"])
    assert {tuple(r["lines"]) for r in page["residue"]} == {(1,), (9,)}


def test_split_json_with_several_pages_is_a_list(page_file: Path, other_file: Path) -> None:
    result = run("split", "--format", "json", str(page_file), str(other_file))
    assert result.exit_code == 0, result.stderr
    pages = json.loads(result.stdout)
    assert [p["page"] for p in pages] == [str(page_file), str(other_file)]


@pytest.mark.parametrize("args", [["split", "-"], ["split"]], ids=["dash", "no-argument"])
def test_split_reads_stdin(args: list[str]) -> None:
    result = run(*args, input=PAGE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["paragraphs"] for r in records] == [PARAGRAPHS]
    assert records[0]["page"] == "-"


def test_split_output_file(page_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("split", "-o", str(out), str(page_file))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert [r["paragraphs"] for r in jsonl(out.read_text(encoding="utf-8"))] == [PARAGRAPHS]


def test_explain_adds_a_list_to_the_json_page(page_file: Path) -> None:
    result = run("split", "--format", "json", "--explain", str(page_file))
    assert result.exit_code == 0, result.stderr
    explain = json.loads(result.stdout)["explain"]
    assert explain
    assert {"stage", "action", "lines", "reason", "scores"} <= set(explain[0])
    assert {d["stage"] for d in explain} >= {"repair", "segment"}


def test_explain_with_jsonl_goes_to_stderr_and_keeps_stdout_valid(page_file: Path) -> None:
    plain = run("split", str(page_file))
    result = run("split", "--explain", str(page_file))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == plain.stdout  # explaining changes nothing in the data
    assert all(list(r) == RECORD_FIELDS for r in jsonl(result.stdout))
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith(f"{page_file}:") for line in lines)
    assert any(" repair " in line for line in lines)


def test_directory_argument_takes_txt_files_in_sorted_order(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(OTHER_PAGE, encoding="utf-8")
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "sub" / "c.txt").write_text(OTHER_PAGE, encoding="utf-8")
    (folder / "notes.md").write_text(PAGE, encoding="utf-8")
    result = run("split", str(folder))
    assert result.exit_code == 0, result.stderr
    pages = [r["page"] for r in jsonl(result.stdout)]
    assert pages == [str(folder / "a.txt"), str(folder / "b.txt"), str(folder / "sub" / "c.txt")]


def test_convert_t2s_converts_the_output(tmp_path: Path) -> None:
    path = tmp_path / "trad.txt"
    path.write_text(TRADITIONAL_PAGE, encoding="utf-8")
    unconverted = jsonl(run("split", str(path)).stdout)[0]
    assert unconverted["dateline"]["source"] == "本報訊"
    result = run("split", "--convert", "t2s", str(path))
    assert result.exit_code == 0, result.stderr
    rec = jsonl(result.stdout)[0]
    assert rec["paragraphs"] == ["本报讯（记者 陈美玲）5月8日，市图书馆举办阅读周活动，吸引许多家长带孩子参加。"]
    assert rec["dateline"]["source"] == "本报讯"
    assert rec["dateline"]["reporters"] == ["陈美玲"]
    assert rec["lines"] == unconverted["lines"]  # line numbers still refer to the input


@pytest.mark.parametrize(("codec", "reported"), [("gb18030", "gb18030"), ("big5", "big5hkscs"), ("utf-16", "utf-16")])
def test_records_name_the_encoding_of_their_page(codec: str, reported: str) -> None:
    text = TRADITIONAL_PAGE if codec == "big5" else PAGE
    result = run("split", input=text.encode(codec))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert records and all(r["encoding"] == reported for r in records)
    assert json.loads(run("split", "--format", "json", input=text.encode(codec)).stdout)["encoding"] == reported


# --- clean -------------------------------------------------------------------------------------------------
def test_clean_prints_blocks_separated_by_one_blank_line(page_file: Path) -> None:
    result = run("clean", str(page_file))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert "\n\n\n" not in out
    blocks = out[:-1].split("\n\n")
    assert all(b and "\n" not in b for b in blocks)
    assert blocks[1:3] == PARAGRAPHS
    assert blocks[0].startswith("2021年5月9日") and blocks[-1] == "责任编辑：李华"


def test_clean_reads_stdin() -> None:
    result = run("clean", input=PAGE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert PARAGRAPHS[0] in result.stdout.split("\n\n")


# --- failures ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("command", ["split", "clean"])
def test_missing_file_is_one_line_naming_the_file(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-page.txt"
    result = run(command, str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(missing) in lines[0]
    assert "Traceback" not in result.stderr


def test_a_failed_page_does_not_stop_the_batch(page_file: Path, other_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("split", str(page_file), str(missing), str(other_file))
    assert result.exit_code == 1
    assert [r["page"] for r in jsonl(result.stdout)] == [str(page_file), str(other_file)]
    assert str(missing) in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", ["split", "clean"])
def test_pdf_input_is_refused_with_a_hint(command: str, tmp_path: Path) -> None:
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    result = run(command, str(pdf))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "pdftotext" in result.stderr
    assert str(pdf) in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("args", [["split", "--no-such-option"], ["clean", "--no-such-option"], ["frobnicate"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Usage:" in result.stderr


# --- help --------------------------------------------------------------------------------------------------
def test_group_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for name in cli.commands:
        assert name in result.stdout


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name: str) -> None:
    command = cli.commands[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    undocumented = [p.name for p in command.params if isinstance(p, click.Option) and not (p.help or "").strip()]
    assert not undocumented, f"{name}: options without help: {undocumented}"
    result = run(name, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ") and f" {name} [OPTIONS]" in result.stdout.splitlines()[0]
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.opts[-1] in result.stdout


# --- a real pipe -------------------------------------------------------------------------------------------
def test_closed_stdout_ends_quietly(seed_page: Path, repo_root: Path) -> None:
    """``newsseg split PAGES | head -c 10``: the reader goes away while newsseg is still writing."""
    # Enough copies of the seed page that the output overflows the pipe buffer and a write hits the closed end.
    args = [sys.executable, "-m", "newsseg", "split", *[str(seed_page)] * 40]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=repo_root)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr


def test_explain_says_which_byline_a_storys_dateline_was_read_from(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "市民反映公交站台破损\n本报记者 张三 李四\n"
        "近日，有市民反映公交站台破损严重，影响出行安全，记者前往现场查看了情况。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["split", "--explain", "--format", "json", str(page)])
    assert result.exit_code == 0
    decisions = [d for d in json.loads(result.stdout)["explain"] if d["action"] == "byline-dateline"]
    assert [d["lines"] for d in decisions] == [[2]]
