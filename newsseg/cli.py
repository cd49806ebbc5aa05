"""The command line: click options become one Config, bytes go in, records come out.

Data goes to stdout (or ``-o FILE``, or one file per page under ``--out-dir``), messages to stderr. ``-`` (or
no argument) means stdin. Exit status: 0 when every page was processed, 1 when any page failed, 2 on usage
errors, 130 when stopped with Ctrl-C. A closed stdout (``| head``) ends the run quietly. The batch machinery
(page discovery, workers, atomic writes, resume, progress) is in ``batch.py``; this module only maps options
onto it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from . import batch
from .batch import CONVERSIONS, process, read_page
from .config import Config
from .errors import NewssegError

__all__ = ["CONVERSIONS", "build_config", "cli", "main", "process", "read_page"]


def build_config(**options: Any) -> Config:
    """The one place where CLI options become a Config."""
    fields = {f.name for f in dataclasses.fields(Config)}
    return Config(**{k: v for k, v in options.items() if k in fields and v is not None})


def _silence_stdout() -> None:
    # The reader went away (| head): point stdout at /dev/null so Python's final flush does not complain.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _guard_pipe(fn: Callable[[], int]) -> int:
    try:
        return fn()
    except BrokenPipeError:
        _silence_stdout()
        return 0


_common = [
    click.option("--encoding", default=None, help="Force the input encoding (default: BOM, UTF-8, then detect)."),
    click.option(
        "--errors-policy",
        type=click.Choice(["strict", "replace"]),
        default="strict",
        show_default=True,
        help="What to do with bytes that cannot be decoded.",
    ),
]


def common_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed(_common):
        f = opt(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsseg")
def cli() -> None:
    """Split OCR'd or pdftotext'd Chinese newspaper pages into clean, structured articles."""


@cli.command("split")
@click.argument("pages", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one article per line; json: one object per page with its residue.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of stdout (renamed into place when the run ends).",
)
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Write one file per page under this folder, mirroring the input folders (a/b/p.txt -> DIR/a/b/p.jsonl).",
)
@click.option("--glob", default="*.txt", show_default=True, help="Which files to take from directories.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Pages processed in parallel, each in its own worker process (default: the number of CPUs; 1: in "
    "this process).",
)
@click.option(
    "--page-timeout",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    help="Seconds one page may take before it is stopped and reported as failed; 0: no limit.",
)
@click.option(
    "--resume", is_flag=True, help="With --out-dir: skip pages whose output exists and is newer than the page."
)
@click.option(
    "--errors",
    "errors_file",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Also write the failed pages to this file, one JSON object {page, error} per line.",
)
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar, summary, warnings or notices; failures are still printed."
)
@click.option(
    "--follow-symlinks", is_flag=True, help="Read symbolic links in directories even when they lead outside them."
)
@click.option(
    "--convert",
    type=click.Choice(CONVERSIONS),
    default=None,
    help="Convert the output text with OpenCC (line numbers still refer to the input).",
)
@click.option("--explain", is_flag=True, help="Record why each break, article and headline was decided.")
@common_options
def split_cmd(
    pages: tuple[str, ...],
    fmt: str,
    output: str | None,
    out_dir: str | None,
    glob: str,
    jobs: int | None,
    page_timeout: float,
    resume: bool,
    errors_file: str | None,
    quiet: bool,
    follow_symlinks: bool,
    convert: str | None,
    explain: bool,
    encoding: str | None,
    errors_policy: str,
) -> None:
    """Split PAGES (files, directories, or - for stdin) into article records."""
    config = build_config(explain=explain, encoding=encoding, errors_policy=errors_policy)
    args = pages or ("-",)
    if out_dir is not None and output is not None:
        raise click.UsageError("--out-dir and -o/--output cannot be used together; pick one")
    if out_dir is not None and "-" in args:
        raise click.UsageError("--out-dir needs files or directories: stdin (-) has no name to write its output under")
    if resume and out_dir is None:
        raise click.UsageError("--resume needs --out-dir (it skips pages whose output file is up to date)")
    try:
        found = batch.discover(args, glob, follow_symlinks=follow_symlinks, exclude=out_dir)
    except batch.NoPagesError as e:
        raise click.ClickException(str(e)) from None
    tasks, outputs = found.tasks, None
    if out_dir is not None:
        try:
            tasks, outputs = batch.plan_outputs(tasks, fmt)
            os.makedirs(out_dir, exist_ok=True)
        except batch.OutputClashError as e:
            raise click.UsageError(str(e)) from None
        except OSError as e:
            raise click.ClickException(
                f"{out_dir}: cannot create the output folder ({e.strerror}); check --out-dir"
            ) from None
    errors = open(errors_file, "w", encoding="utf-8") if errors_file else None  # noqa: SIM115 (closed below)
    sink = batch.AtomicFile(output) if output else None
    try:
        summary = batch.run(
            tasks,
            batch.Settings(config, fmt, convert),
            out=None if out_dir is not None else sink.file if sink else sys.stdout,
            out_dir=out_dir,
            outputs=outputs,
            jobs=jobs or batch.default_jobs(),
            timeout=page_timeout or None,
            resume=resume,
            reporter=batch.Reporter(quiet=quiet, errors=errors),
            notices=[notice for _, notice in found.not_followed],
        )
    finally:
        if errors is not None:
            errors.close()
    if sink is not None:
        if summary.interrupted:
            sink.discard()  # an incomplete FILE would pass for a complete one
        else:
            sink.commit()
    if summary.closed_output:
        _silence_stdout()
    sys.exit(summary.exit_code)


@cli.command("clean")
@click.argument("page", default="-")
@common_options
def clean_cmd(page: str, encoding: str | None, errors_policy: str) -> None:
    """Print the repaired PAGE in source order, one unit per block, blocks separated by a blank line."""
    config = build_config(encoding=encoding, errors_policy=errors_policy)

    def go() -> int:
        try:
            path = None if page == "-" else page
            result = process(page, read_page(page, path), config)
        except NewssegError as e:
            click.echo(f"newsseg: {e}", err=True)
            return 1
        sys.stdout.write(result.clean_text())
        sys.stdout.flush()
        return 0

    sys.exit(_guard_pipe(go))


@cli.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object (summary, pages, errors).")
@click.option("--only", default=None, help="Comma-separated extractors to evaluate (e.g. pdftotext-raw,tesseract).")
def eval_cmd(directory: str, as_json: bool, only: str | None) -> None:
    """Score newsseg against the gold annotations in DIRECTORY, per extractor and overall.

    A page is NAME.gold.json with its text beside it as NAME.txt or NAME.<extractor>.txt.
    """
    from pathlib import Path

    from .evaluate import evaluate, print_report  # lazy: only evaluation needs rapidfuzz

    wanted = [x.strip() for x in only.split(",") if x.strip()] if only else None
    report = evaluate(Path(directory), build_config(), wanted)
    if not report.pages and not report.errors:
        raise click.ClickException(f"{directory}: no NAME.gold.json with a NAME.txt or NAME.<extractor>.txt beside it")

    def go() -> int:
        if as_json:
            sys.stdout.write(json.dumps(report.to_record(), ensure_ascii=False, indent=1) + "\n")
        else:
            color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            print_report(report, sys.stdout, color=color)
        sys.stdout.flush()
        return 1 if report.errors else 0

    sys.exit(_guard_pipe(go))


def main() -> None:
    cli(prog_name="newsseg")
