"""Batch runs over directories (newsseg/batch.py and the options of ``newsseg split`` that drive it).

Contract: pages come in sorted, stable order; every page ends up either as output (identical to a run on that
page alone) or as exactly one failure with a one-line reason; outputs under --out-dir mirror the input tree,
are written atomically and never outside the folder; --resume continues a killed run to the same result; a hung
or crashing worker costs its page only. The archives are generated (tests/batchkit.py); the pages are made up.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import batchkit
import pytest
from click.testing import CliRunner, Result

import newsseg
from newsseg import batch
from newsseg.batch import Settings, Task
from newsseg.cli import cli

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
GBK_NAME = os.fsdecode("第1版".encode("gbk") + b".txt")  # a file name from an old GBK system, not UTF-8


def run(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def expected_records(text: str, name: str, encoding: str, convert: str | None = None) -> list[dict]:
    """What a good page must give: the library's records plus the encoding."""
    conv = batch.converter(convert)
    return [{**r, "encoding": encoding} for r in newsseg.split(text, page=name).records(conv)]


def snapshot(root: Path, skip: tuple[Path, ...] = ()) -> dict[str, tuple[int, int]]:
    """Every file and link below ``root`` (outside ``skip``) with its size and mtime."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if Path(dirpath, d) not in skip]
        for name in filenames + dirnames:
            p = Path(dirpath, name)
            if p not in skip:
                st = p.lstat()
                out[str(p)] = (st.st_size, st.st_mtime_ns)
    return out


def no_temp_files(root: Path) -> bool:
    return not [p for p in root.rglob("*") if p.name.endswith(batch.TMP_SUFFIX)]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[batchkit.Entry]]:
    """A small archive: 36 pages in six encodings, nested folders, names with spaces and hanzi, 4 bad files."""
    root = tmp_path_factory.mktemp("archive") / "scans"
    entries = batchkit.make_archive(root, 40, bad_share=0.1, seed=7)
    return root, entries


# --- pages ---------------------------------------------------------------------------------------------------
def test_display_name_escapes_undecodable_bytes_and_control_characters() -> None:
    assert batch.display_name("a/第 1 版.txt") == "a/第 1 版.txt"
    assert batch.display_name(GBK_NAME) == "\\xb5\\xda1\\xb0\\xe6.txt"
    assert batch.display_name("a\nb.txt") == "a\\x0ab.txt"


def test_discover_sorts_by_path_and_names_pages_as_found(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in ["b.txt", "a/z.txt", "a b/c.txt", "a.txt", "a/y/x.txt", "a/notes.md", "第2版.txt"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")
    found = batch.discover([str(root) + "/", "-", str(root / "b.txt")])
    names = [t.name for t in found.tasks]
    assert names == [
        f"{root}/a/y/x.txt",  # component by component: a folder's pages stay together
        f"{root}/a/z.txt",
        f"{root}/a b/c.txt",
        f"{root}/a.txt",
        f"{root}/b.txt",
        f"{root}/第2版.txt",
        "-",
        f"{root}/b.txt",
    ]
    assert [t.index for t in found.tasks] == list(range(8))
    assert found.tasks[0].parts == ("a", "y", "x.txt") and found.tasks[0].walked
    assert found.tasks[6].path is None
    assert found.tasks[7].parts == ("b.txt",) and not found.tasks[7].walked
    assert [t.name for t in batch.discover([str(root)], "*.md").tasks] == [f"{root}/a/notes.md"]


def test_links_leading_out_of_the_tree_are_not_followed(tmp_path: Path) -> None:
    root, outside = tmp_path / "in", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("外部", encoding="utf-8")
    (root / "sub" / "real.txt").write_text("页面", encoding="utf-8")
    (root / "out-file.txt").symlink_to(outside / "secret.txt")
    (root / "out-dir").symlink_to(outside)
    (root / "in-file.txt").symlink_to(root / "sub" / "real.txt")  # inside the tree: read
    (root / "in-dir").symlink_to(root / "sub")  # inside: its pages are found under sub/ already
    (root / "loop").symlink_to(root)
    (root / "dangling.txt").symlink_to(root / "gone.txt")  # inside, but broken: a failed page
    found = batch.discover([str(root)])
    assert [t.parts for t in found.tasks] == [("dangling.txt",), ("in-file.txt",), ("sub", "real.txt")]
    notices = sorted(n for _, n in found.not_followed)
    assert len(notices) == 2
    assert "out-dir: skipped: symbolic link to a directory outside" in notices[0]
    assert "out-file.txt: skipped: symbolic link to a file outside" in notices[1]
    assert all(n.endswith("pass --follow-symlinks to read it") for n in notices)
    # Followed on request, without looping forever through "loop" or listing sub/ twice.
    followed = batch.discover([str(root)], follow_symlinks=True)
    assert [t.parts for t in followed.tasks] == [
        ("dangling.txt",),
        ("in-file.txt",),
        ("out-dir", "secret.txt"),
        ("out-file.txt",),
        ("sub", "real.txt"),
    ]
    assert not followed.not_followed


def test_output_directory_inside_the_input_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "p.txt").write_text("x", encoding="utf-8")
    (tmp_path / "out" / "old.txt").write_text("x", encoding="utf-8")
    found = batch.discover([str(tmp_path)], exclude=str(tmp_path / "out"))
    assert [t.parts for t in found.tasks] == [("p.txt",)]


def test_directory_without_matching_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    with pytest.raises(batch.NoPagesError, match=r"no files matching '\*\.txt'; pass --glob"):
        batch.discover([str(tmp_path)])


def test_plan_outputs_mirrors_the_tree_dedupes_and_refuses_clashes(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for rel in ["a/b/page.txt", "a/page.txt", "x.txt"]:
        (tmp_path / rel).write_text("x", encoding="utf-8")
    tasks = batch.discover([str(tmp_path / "a"), str(tmp_path / "a" / "page.txt")]).tasks
    kept, outputs = batch.plan_outputs(tasks, "jsonl")
    assert [t.index for t in kept] == [0, 1]  # the page given twice is written once
    assert outputs == {0: ("b", "page.jsonl"), 1: ("page.jsonl",)}
    assert batch.plan_outputs(tasks[:1], "json")[1] == {0: ("b", "page.json")}
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "page.txt").write_text("y", encoding="utf-8")
    clash = batch.discover([str(tmp_path / "a" / "page.txt"), str(tmp_path / "c" / "page.txt")]).tasks
    with pytest.raises(batch.OutputClashError, match=r"would both be written to page\.jsonl"):
        batch.plan_outputs(clash, "jsonl")
    with pytest.raises(batch.OutputClashError, match="stdin"):
        batch.plan_outputs([Task(0, "-", None)], "jsonl")
    # An explicit path leading upwards or absolute keeps only its base name under the output folder.
    far = batch.discover([str(tmp_path / "a" / ".." / "x.txt")]).tasks
    assert batch.plan_outputs(far, "jsonl")[1] == {0: ("x.jsonl",)}


# --- files -------------------------------------------------------------------------------------------------
def test_write_atomic_creates_folders_and_replaces_leftover_temporary_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    leftover = tmp_path / "a" / (".p.jsonl" + batch.TMP_SUFFIX)
    leftover.write_text("half a reco", encoding="utf-8")
    final = batch.write_atomic(str(tmp_path), ("a", "p.jsonl"), "完整\n")
    assert Path(final).read_text(encoding="utf-8") == "完整\n"
    assert not leftover.exists()
    batch.write_atomic(str(tmp_path), ("a", "b", "c", "q.json"), "{}\n")
    assert (tmp_path / "a" / "b" / "c" / "q.json").read_text(encoding="utf-8") == "{}\n"
    assert no_temp_files(tmp_path)


def test_write_atomic_never_writes_through_links(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "a").symlink_to(elsewhere)  # a folder link planted in the output tree
    with pytest.raises(newsseg.NewssegError, match="is a symbolic link; newsseg writes only inside --out-dir"):
        batch.write_atomic(str(out), ("a", "p.jsonl"), "x\n")
    victim = elsewhere / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (out / "p.jsonl").symlink_to(victim)  # a file link at the output's place is replaced, not written through
    batch.write_atomic(str(out), ("p.jsonl",), "new\n")
    assert victim.read_text(encoding="utf-8") == "keep"
    assert not (out / "p.jsonl").is_symlink() and (out / "p.jsonl").read_text(encoding="utf-8") == "new\n"
    assert list(elsewhere.iterdir()) == [victim]


def test_is_up_to_date_needs_a_newer_output(tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_text("x", encoding="utf-8")
    assert not batch.is_up_to_date(str(src), str(tmp_path), ("p.jsonl",))
    batch.write_atomic(str(tmp_path), ("p.jsonl",), "")
    os.utime(src, ns=(1_000_000_000, 1_000_000_000))
    assert batch.is_up_to_date(str(src), str(tmp_path), ("p.jsonl",))
    later = time.time_ns() + 10**9
    os.utime(src, ns=(later, later))  # edited after the output was written
    assert not batch.is_up_to_date(str(src), str(tmp_path), ("p.jsonl",))
    assert not batch.is_up_to_date(None, str(tmp_path), ("p.jsonl",))


def test_atomic_file_is_renamed_into_place_on_commit_only(tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    target.write_text("old\n", encoding="utf-8")
    f = batch.AtomicFile(str(target))
    f.file.write("half")
    f.discard()
    assert target.read_text(encoding="utf-8") == "old\n" and no_temp_files(tmp_path)
    f = batch.AtomicFile(str(target))
    f.file.write("new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    f.commit()
    assert target.read_text(encoding="utf-8") == "new\n" and no_temp_files(tmp_path)
    special = batch.AtomicFile(os.devnull)  # not a regular file: written in place, never renamed over
    special.file.write("x")
    special.commit()
    assert Path(os.devnull).exists() and not Path(os.devnull).is_file()


# --- workers -----------------------------------------------------------------------------------------------
def test_crashing_hanging_and_raising_workers_cost_only_their_page(tmp_path: Path) -> None:
    names = ["ok-1", "crash", "ok-2", "hang", "raise", "ok-3", "slow", "ok-4"]
    tasks = []
    for k, name in enumerate(names):
        path = tmp_path / f"{name}.txt"
        path.write_text(batchkit.compose(__import__("random").Random(k), k), encoding="utf-8")
        tasks.append(Task(k, name, str(path)))
    started = time.monotonic()
    results = list(batch.run_pool(tasks, Settings(), jobs=2, timeout=2.0, target=batchkit.misbehave))
    assert time.monotonic() - started < 20
    by_name = {r.name: r for r in results}
    assert sorted(r.index for r in results) == list(range(len(names)))  # one result per page, none lost
    for name in ["ok-1", "ok-2", "ok-3", "ok-4", "slow"]:
        assert by_name[name].error is None and by_name[name].output, name
    assert "the worker process died (killed by SIGKILL" in by_name["crash"].error
    assert "timed out after 2 s; raise --page-timeout" in by_name["hang"].error
    assert "the worker process died (exit status 1)" in by_name["raise"].error
    assert all(r.error.startswith(f"{r.name}: ") and "\n" not in r.error for r in results if r.error)


def test_inline_run_times_out_with_an_alarm(tmp_path: Path) -> None:
    path = tmp_path / "hang.txt"
    path.write_text("x", encoding="utf-8")
    started = time.monotonic()
    (result,) = batch.run_inline([Task(0, "hang", str(path))], Settings(), 0.5, target=batchkit.misbehave)
    assert time.monotonic() - started < 5
    assert result.error == "hang: timed out after 0.5 s; raise --page-timeout, or split the file into pages"


def test_pool_output_in_input_order_through_the_window(tmp_path: Path) -> None:
    """With a stream, the run writes in input order even when an early page is slow."""
    pages = []
    for k in range(12):
        path = tmp_path / (f"{k:02d}-slow.txt" if k == 1 else f"{k:02d}.txt")
        path.write_text(batchkit.compose(__import__("random").Random(k), k), encoding="utf-8")
        pages.append(str(path))
    tasks = batch.discover(pages).tasks
    out = io.StringIO()
    summary = batch.run(tasks, Settings(), out=out, jobs=2, target=batchkit.misbehave)
    assert summary.exit_code == 0 and summary.processed == 12
    assert list(dict.fromkeys(r["page"] for r in jsonl(out.getvalue()))) == pages


def test_stream_of_json_pages_is_exactly_a_json_array() -> None:
    objects = [{"page": "a", "articles": [{"x": [1, 2]}]}, {"page": "b", "articles": []}]
    out = io.StringIO()
    sink = batch.StreamSink(out, "json", single=False)
    for k, obj in enumerate(objects):
        sink.write(batch.Result(k, obj["page"], output=json.dumps(obj, ensure_ascii=False, indent=1)))
    sink.write(batch.Result(2, "failed", error="failed: no"))
    sink.close()
    assert out.getvalue() == json.dumps(objects, indent=1) + "\n"
    empty = io.StringIO()
    batch.StreamSink(empty, "json", single=False).close()
    assert empty.getvalue() == "[]\n"


# --- reporting ---------------------------------------------------------------------------------------------
def test_terminal_progress_and_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    monkeypatch.setenv("NO_COLOR", "1")
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=110, color_system="standard")
    errors = io.StringIO()
    reporter = batch.Reporter(interactive=True, console=console, errors=errors)
    reporter.start(3)
    good = batch.Result(0, "a.txt", output="", articles=4, warnings=("2 undecodable bytes replaced with U+FFFD",))
    bad = batch.Result(1, "[2020] b.txt", error="[2020] b.txt: not text (looks like PDF); extract text first")
    summary = batch.Summary(pages=3, not_followed=1)
    for r in (good, bad, batch.Result(2, "c.txt", skipped=True)):
        reporter.advance()
        reporter.page(r)
        summary.add(r)
    summary.elapsed = 2.0
    reporter.finish(summary)
    text = screen.getvalue()
    assert "newsseg: [2020] b.txt: not text (looks like PDF)" in text  # no markup eaten from [2020]
    assert "a.txt: warning: 2 undecodable bytes" in text
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    for row in [
        r"pages\s+│\s+3",
        r"processed\s+│\s+2",
        r"skipped \(up to date\)\s+│\s+1",
        r"articles\s+│\s+4",
        r"pages with warnings\s+│\s+1",
        r"failed pages\s+│\s+1",
        r"links not followed\s+│\s+1",
        r"time\s+│\s+2\.0 s \(1\.0 pages/s\)",
    ]:
        assert re.search(row, plain), row
    assert "Failed pages:\n  [2020] b.txt: not text" in plain
    assert not re.search(r"\x1b\[(3[0-7]|9[0-7]|38;)", text), "NO_COLOR: no colours"
    assert jsonl(errors.getvalue()) == [{"page": "[2020] b.txt", "error": bad.error}]


def test_quiet_keeps_failures_only(capsys: pytest.CaptureFixture[str]) -> None:
    reporter = batch.Reporter(quiet=True)
    assert not reporter.interactive
    reporter.notice("x: skipped: symbolic link")
    reporter.page(batch.Result(0, "a", output="", warnings=("w",)))
    reporter.page(batch.Result(1, "b", error="b: no such file; check the path"))
    reporter.finish(batch.Summary(pages=2))
    assert capsys.readouterr().err == "newsseg: b: no such file; check the path\n"


# --- the command line --------------------------------------------------------------------------------------
def test_archive_to_stdout_every_page_in_order(archive: tuple[Path, list[batchkit.Entry]], tmp_path: Path) -> None:
    root, entries = archive
    errors = tmp_path / "errors.jsonl"
    result = run("split", "--jobs", "2", "--errors", str(errors), str(root))
    assert result.exit_code == 1  # the bad files
    records = jsonl(result.stdout)
    names = {e.rel: str(root / e.rel) for e in entries}
    order = sorted(entries, key=lambda e: tuple(e.rel.split("/")))
    expected = [r for e in order if e.text is not None for r in expected_records(e.text, names[e.rel], e.encoding)]
    assert records == expected  # every good page, identical to the library's records, in sorted order
    bad = [e for e in order if e.text is None]
    assert len(bad) == 4
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad)
    for line, e in zip(lines, bad, strict=True):
        assert line.startswith(f"newsseg: {names[e.rel]}: ") and e.error in line
    assert jsonl(errors.read_text(encoding="utf-8")) == [
        {"page": names[e.rel], "error": line.removeprefix("newsseg: ")} for e, line in zip(bad, lines, strict=True)
    ]


def test_each_page_in_a_batch_is_what_it_is_alone(archive: tuple[Path, list[batchkit.Entry]]) -> None:
    root, entries = archive
    together = jsonl(run("split", "--jobs", "2", str(root)).stdout)
    for e in entries[:12]:
        alone = run("split", str(root / e.rel))
        assert jsonl(alone.stdout) == [r for r in together if r["page"] == str(root / e.rel)]
        assert alone.exit_code == (0 if e.text is not None else 1)


def test_archive_to_out_dir_mirrors_the_tree(archive: tuple[Path, list[batchkit.Entry]], tmp_path: Path) -> None:
    root, entries = archive
    out = tmp_path / "out"
    result = run("split", "--out-dir", str(out), "--jobs", "2", "--convert", "t2s", str(root))
    assert result.exit_code == 1
    assert result.stdout == ""
    written = {str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()}
    good = [e for e in entries if e.text is not None]
    assert written == {str(Path(e.rel).with_suffix(".jsonl")) for e in good}
    for e in good:
        got = jsonl((out / e.rel).with_suffix(".jsonl").read_text(encoding="utf-8"))
        assert got == expected_records(e.text, str(root / e.rel), e.encoding, convert="t2s")
    assert len(result.stderr.splitlines()) == len(entries) - len(good)


def test_json_pages_to_out_dir(archive: tuple[Path, list[batchkit.Entry]], tmp_path: Path) -> None:
    root, entries = archive
    out = tmp_path / "out"
    assert run("split", "--format", "json", "--out-dir", str(out), "--jobs", "2", "-q", str(root)).exit_code == 1
    for e in entries:
        target = (out / e.rel).with_suffix(".json")
        assert target.exists() == (e.text is not None)
        if e.text is not None:
            obj = json.loads(target.read_text(encoding="utf-8"))
            alone = json.loads(run("split", "--format", "json", str(root / e.rel)).stdout)
            assert obj == alone
            assert obj["encoding"] == e.encoding
            assert obj["articles"] == [
                {k: v for k, v in r.items() if k != "encoding"}
                for r in expected_records(e.text, str(root / e.rel), e.encoding)
            ]


def test_json_array_of_several_pages_with_workers(archive: tuple[Path, list[batchkit.Entry]]) -> None:
    root, entries = archive
    result = run("split", "--format", "json", "--jobs", "2", str(root))
    pages = json.loads(result.stdout)
    assert [p["page"] for p in pages] == sorted(
        (str(root / e.rel) for e in entries if e.text is not None), key=lambda n: tuple(n.split("/"))
    )


def test_empty_file_is_a_page_without_articles(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = run("split", "--out-dir", str(tmp_path / "out"), str(tmp_path / "in"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "empty.jsonl").read_bytes() == b""
    page = json.loads(run("split", "--format", "json", str(tmp_path / "in" / "empty.txt")).stdout)
    assert page["articles"] == [] and page["encoding"] == "utf-8"


def test_files_that_cannot_be_read_are_failed_pages(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(batchkit.compose(__import__("random").Random(1), 1), encoding="utf-8")
    os.mkfifo(root / "fifo.txt")  # in a folder: refused at once, never opened (it would block)
    (root / "dangling.txt").symlink_to(root / "deleted.txt")
    (root / "folder.txt").mkdir()  # a folder whose name matches is descended into, not a page
    expected = {
        "fifo.txt": "not a regular file (a FIFO); pass text files only",
        "dangling.txt": "broken symbolic link (to ",
    }
    locked = root / "locked.txt"
    locked.write_text("页面", encoding="utf-8")
    locked.chmod(0)
    try:
        if not os.access(locked, os.R_OK):  # root reads it anyway: then this case cannot be made
            expected["locked.txt"] = "permission denied; make the file readable"
        result = run("split", "--jobs", "2", str(root))
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert {r["page"] for r in jsonl(result.stdout)} >= {str(root / "good.txt")}
    for name, reason in expected.items():
        assert any(
            line.startswith(f"newsseg: {root / name}: ") and reason in line for line in result.stderr.splitlines()
        ), name


def test_a_page_given_as_a_fifo_that_never_ends_times_out(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(batchkit.compose(__import__("random").Random(2), 2), encoding="utf-8")
    fifo = tmp_path / "stuck"
    os.mkfifo(fifo)  # given explicitly, it is read, and nobody ever writes to it
    for jobs in ("1", "2"):
        started = time.monotonic()
        result = run("split", "--jobs", jobs, "--page-timeout", "1", str(fifo), str(good))
        assert time.monotonic() - started < 15
        assert result.exit_code == 1
        assert (
            result.stderr
            == f"newsseg: {fifo}: timed out after 1 s; raise --page-timeout, or split the file into pages\n"
        )
        assert {r["page"] for r in jsonl(result.stdout)} == {str(good)}


def test_replaced_bytes_are_reported_in_the_warnings(tmp_path: Path) -> None:
    text = batchkit.compose(__import__("random").Random(3), 3)
    data = text.encode("utf-8")
    path = tmp_path / "cut.txt"
    path.write_bytes(data.rstrip(b"\n")[:-1])
    strict = run("split", str(path))
    assert strict.exit_code == 1 and "truncated multibyte sequence" in strict.stderr
    result = run("split", "--format", "json", "--errors-policy", "replace", str(path))
    assert result.exit_code == 0
    page = json.loads(result.stdout)
    assert page["warnings"] == ["2 undecodable bytes replaced with U+FFFD"]
    assert result.stderr == f"newsseg: {path}: warning: 2 undecodable bytes replaced with U+FFFD\n"


def test_forced_encoding_is_used_and_recorded(tmp_path: Path) -> None:
    text = batchkit.compose(__import__("random").Random(4), 4)
    path = tmp_path / "p.txt"
    path.write_bytes(text.encode("gbk"))
    records = jsonl(run("split", "--encoding", "gbk", str(path)).stdout)
    assert records == expected_records(text, str(path), "gbk")
    wrong = run("split", "--encoding", "big5", str(path))
    assert wrong.exit_code == 1 and "cannot decode as big5 (from --encoding)" in wrong.stderr


def test_stdin_among_files_with_workers(tmp_path: Path) -> None:
    texts = [batchkit.compose(__import__("random").Random(k), k) for k in range(3)]
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for p, t in zip(paths, texts, strict=False):
        p.write_text(t, encoding="utf-8")
    result = run("split", "--jobs", "2", str(paths[0]), "-", str(paths[1]), input=texts[2].encode("gb18030"))
    assert result.exit_code == 0, result.stderr
    assert jsonl(result.stdout) == [
        *expected_records(texts[0], str(paths[0]), "utf-8"),
        *expected_records(texts[2], "-", "gb18030"),
        *expected_records(texts[1], str(paths[1]), "utf-8"),
    ]


def test_non_ascii_and_undecodable_file_names(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "第 1 版").mkdir(parents=True)
    text = batchkit.compose(__import__("random").Random(5), 5)
    (root / "第 1 版" / "要闻 A.txt").write_text(text, encoding="utf-8")
    (root / GBK_NAME).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("split", "--out-dir", str(out), "--jobs", "2", str(root))
    assert result.exit_code == 0, result.stderr
    assert (out / "第 1 版" / "要闻 A.jsonl").is_file()
    mirrored = out / (GBK_NAME.removesuffix(".txt") + ".jsonl")  # same bytes as the input's name
    assert os.fsencode(mirrored.name) == "第1版".encode("gbk") + b".jsonl"
    (record,) = jsonl(mirrored.read_text(encoding="utf-8"))[:1]
    assert record["page"] == f"{root}/\\xb5\\xda1\\xb0\\xe6.txt"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--resume", "{page}"], "--resume needs --out-dir"),
        (["--out-dir", "{out}", "-"], "--out-dir needs files or directories"),
        (["--out-dir", "{out}", "-o", "{out}.jsonl", "{page}"], "--out-dir and -o/--output cannot be used together"),
        (["--out-dir", "{out}", "{page}", "{other}"], "would both be written to page.jsonl"),
        (["--jobs", "0", "{page}"], "Invalid value for '-j' / '--jobs'"),
        (["--page-timeout", "-1", "{page}"], "Invalid value for '--page-timeout'"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "x").mkdir()
    page, other = tmp_path / "page.txt", tmp_path / "x" / "page.txt"
    page.write_text("页", encoding="utf-8")
    other.write_text("页", encoding="utf-8")
    values = {"page": str(page), "other": str(other), "out": str(tmp_path / "out")}
    result = run("split", *[a.format(**values) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_directory_without_pages_exits_1_naming_it(tmp_path: Path) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "p1.png").write_bytes(batchkit.PNG)
    result = run("split", str(tmp_path / "scans"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'scans'}: no files matching '*.txt'; pass --glob\n"


def test_nothing_is_written_outside_the_output_folder(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "in" / "a").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    text = batchkit.compose(__import__("random").Random(6), 6)
    (work / "in" / "a" / "p.txt").write_text(text, encoding="utf-8")
    (outside / "o.txt").write_text(text, encoding="utf-8")
    (work / "in" / "link.txt").symlink_to(outside / "o.txt")
    (work / "in" / "up").symlink_to(outside)
    out = work / "out"
    out.mkdir()
    (out / "a").symlink_to(outside)  # planted: writing out/a/p.jsonl would land in outside/
    before = snapshot(tmp_path, skip=(out,))
    result = run(
        "split",
        "--out-dir",
        str(out),
        "--jobs",
        "2",
        str(work / "in"),
        str(work / "in" / ".." / ".." / "outside" / "o.txt"),  # given explicitly: read, written at the top
    )
    assert result.exit_code == 1
    assert snapshot(tmp_path, skip=(out,)) == before
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == ["a", "o.jsonl"]
    lines = result.stderr.splitlines()
    assert any("link.txt: skipped: symbolic link to a file outside" in line for line in lines)
    assert any("up: skipped: symbolic link to a directory outside" in line for line in lines)
    assert any(line.startswith(f"newsseg: {work}/in/a/p.txt: ") and "is a symbolic link" in line for line in lines)


def test_resume_skips_pages_that_are_up_to_date(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    texts = [batchkit.compose(__import__("random").Random(k), k) for k in range(3)]
    for k, t in enumerate(texts):
        (root / f"p{k}.txt").write_text(t, encoding="utf-8")
    (root / "bad.txt").write_bytes(batchkit.PDF)
    out = tmp_path / "out"
    assert run("split", "--out-dir", str(out), str(root)).exit_code == 1
    old = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    time.sleep(0.01)
    (root / "p1.txt").write_text(texts[2], encoding="utf-8")  # changed since: done again
    (out / "p2.jsonl").unlink()  # missing: done again
    result = run("split", "--out-dir", str(out), "--resume", str(root))
    assert result.exit_code == 1  # the PDF has no output, so it is tried (and fails) again
    assert result.stderr.count("\n") == 1 and "bad.txt: not text" in result.stderr
    new = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert new["p0.jsonl"] == old["p0.jsonl"]
    assert new["p1.jsonl"] > old["p1.jsonl"]
    assert jsonl((out / "p1.jsonl").read_text(encoding="utf-8")) == expected_records(
        texts[2], str(root / "p1.txt"), "utf-8"
    )
    assert (out / "p2.jsonl").exists()


def test_output_file_and_explain_with_workers(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for k in range(3):
        (root / f"p{k}.txt").write_text(batchkit.compose(__import__("random").Random(k), k), encoding="utf-8")
    target = tmp_path / "all.jsonl"
    alone = run("split", "--jobs", "1", "--explain", str(root))
    result = run("split", "--jobs", "2", "--explain", "-o", str(target), str(root))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == alone.stdout
    assert result.stderr == alone.stderr and result.stderr.count("\n") > 10
    assert no_temp_files(tmp_path)


# --- real processes: pipes, Ctrl-C, kill -9 ---------------------------------------------------------------------
def newsseg_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsseg", "split", *args]


@pytest.fixture(scope="module")
def seed_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """60 seed pages (about 50 ms each), and the output tree of one uninterrupted run over them."""
    work = tmp_path_factory.mktemp("seed-archive")
    batchkit.make_seed_archive(work / "archive", 60)
    done = subprocess.run(
        newsseg_cmd("--out-dir", "reference", "archive", "--jobs", "2"), cwd=work, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return work, work / "reference"


def _stop_half_way(work: Path, out: str, sig: int) -> tuple[subprocess.CompletedProcess[bytes], int]:
    """Start a run, wait until a third of the pages are written, send ``sig``, wait for the end. Returns the
    finished process and its process group (its workers are in it)."""
    proc = subprocess.Popen(
        newsseg_cmd("--out-dir", out, "archive", "--jobs", "2"),
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, like a job in a shell
    )
    deadline = time.monotonic() + 60
    while sum(len(files) for _, _, files in os.walk(work / out)) < 20 and time.monotonic() < deadline:
        time.sleep(0.01)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    else:
        proc.send_signal(sig)  # kill -9 PID: only the main process
    stdout, stderr = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr), proc.pid


def _group_gone(pgid: int, wait: float = 10.0) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_kill_9_then_resume_gives_the_same_tree(seed_archive: tuple[Path, Path]) -> None:
    work, reference = seed_archive
    killed, group = _stop_half_way(work, "killed", signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL
    assert _group_gone(group), "workers outlived the killed run"
    partial = batchkit.tree_bytes(work / "killed")
    expected = batchkit.tree_bytes(reference)
    # kill -9 allows no clean-up: the page being written may leave its hidden temporary file (the next run
    # removes it); every file under its real name is complete.
    temporary = [name for name in partial if name.endswith(batch.TMP_SUFFIX)]
    assert len(temporary) <= 1 and all(Path(name).name.startswith(".") for name in temporary)
    complete = {name: data for name, data in partial.items() if name not in temporary}
    assert 0 < len(complete) < len(expected)
    assert all(expected[name] == data for name, data in complete.items())
    resumed = subprocess.run(newsseg_cmd("--out-dir", "killed", "--resume", "archive"), cwd=work, capture_output=True)
    assert resumed.returncode == 0, resumed.stderr
    assert batchkit.tree_bytes(work / "killed") == expected


def test_ctrl_c_stops_cleanly_with_exit_130(seed_archive: tuple[Path, Path]) -> None:
    work, reference = seed_archive
    stopped, group = _stop_half_way(work, "stopped", signal.SIGINT)
    assert _group_gone(group)
    stderr = stopped.stderr.decode("utf-8", "replace")
    assert stopped.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert re.fullmatch(r"newsseg: interrupted after \d+ of 60 pages; rerun with --resume to continue\n", stderr)
    partial = batchkit.tree_bytes(work / "stopped")
    expected = batchkit.tree_bytes(reference)
    assert 0 < len(partial) < len(expected)
    assert all(expected[name] == data for name, data in partial.items())
    resumed = subprocess.run(newsseg_cmd("--out-dir", "stopped", "--resume", "archive"), cwd=work, capture_output=True)
    assert resumed.returncode == 0
    assert batchkit.tree_bytes(work / "stopped") == expected


def test_closed_stdout_with_workers_ends_quietly(seed_archive: tuple[Path, Path]) -> None:
    work, _ = seed_archive
    proc = subprocess.Popen(
        newsseg_cmd("archive", "--jobs", "2"), cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    started = time.monotonic()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=30) == 0, stderr
    assert time.monotonic() - started < 10  # stopped, not run to the end
    assert stderr == ""


def test_workers_start_without_fork_while_other_threads_run(tmp_path: Path) -> None:
    """Forking a process with a second thread can leave the child stuck on a lock that thread held: then the
    workers come from the fork server (the CLI itself never has a second thread)."""
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert batch._mp_context().get_start_method() != "fork"
        tasks = []
        for k, name in enumerate(["ok", "hang", "crash"]):
            path = tmp_path / f"{name}.txt"
            path.write_text(batchkit.compose(__import__("random").Random(k), k), encoding="utf-8")
            tasks.append(Task(k, name, str(path)))
        results = {r.name: r for r in batch.run_pool(tasks, Settings(), 2, 2.0, target=batchkit.misbehave)}
    finally:
        stop.set()
        other.join()
    assert results["ok"].output and not results["ok"].error
    assert "timed out" in results["hang"].error and "worker process died" in results["crash"].error
    assert batch._mp_context().get_start_method() == "fork"


def test_a_run_whose_workers_cannot_start_reports_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(batch, "_worker_main", batchkit.die_at_once)  # forked workers inherit the patch
    paths = []
    for k in range(30):
        paths.append(tmp_path / f"p{k:02d}.txt")
        paths[-1].write_text("页", encoding="utf-8")
    summary = batch.run(batch.discover([str(p) for p in paths]).tasks, Settings(), out=io.StringIO(), jobs=2)
    assert summary.exit_code == 1 and summary.aborted
    assert [name for name, _ in summary.failed] == [str(p) for p in paths]
    assert all("worker process" in error for _, error in summary.failed)
    assert len(capsys.readouterr().err.splitlines()) == 30
