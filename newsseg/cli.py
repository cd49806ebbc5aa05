"""The command line: click options become one Config, bytes go in, records come out.

Data goes to stdout, messages to stderr. ``-`` (or no argument) means stdin. Exit status: 0 when every page
was processed, 1 when any page failed, 2 on usage errors (click's own). A closed stdout (``| head``) ends the
run quietly.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from .config import Config
from .errors import NewssegError

CONVERSIONS = ("t2s", "s2t", "tw2s", "hk2s", "s2tw", "s2hk")


def build_config(**options: Any) -> Config:
    """The one place where CLI options become a Config."""
    fields = {f.name for f in dataclasses.fields(Config)}
    return Config(**{k: v for k, v in options.items() if k in fields and v is not None})


def _converter(name: str | None) -> Callable[[str], str] | None:
    if not name:
        return None
    import opencc  # lazy: only runs that convert pay for loading the dictionaries

    return opencc.OpenCC(f"{name}.json" if not name.endswith(".json") else name).convert


def iter_pages(paths: Iterable[str], glob: str = "*.txt") -> Iterator[tuple[str, Path | None]]:
    """Expand the arguments into pages: files as given, directories recursively in sorted order, - for stdin."""
    for p in paths:
        if p == "-":
            yield "-", None
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(q for q in path.rglob(glob) if q.is_file() and not q.is_symlink())
            if not found:
                raise click.ClickException(f"{p}: no files matching {glob!r}; pass --glob to match other names")
            for q in found:
                yield str(q), q
        else:
            yield p, path


def read_page(name: str, path: Path | None) -> bytes:
    if path is None:
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NewssegError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise NewssegError(f"{name}: is a directory; pass the directory itself to process its pages") from None
    except PermissionError:
        raise NewssegError(f"{name}: permission denied; make the file readable") from None
    except OSError as e:
        raise NewssegError(f"{name}: cannot read ({e.strerror}); check the file") from None


def process(name: str, data: bytes, config: Config) -> Any:
    from .decode import decode_page
    from .pipeline import split

    decoded = decode_page(data, encoding=config.encoding, errors_policy=config.errors_policy, name=name)
    page = split(decoded.text, config, page=name, encoding=decoded.encoding)
    if decoded.replaced:
        page = dataclasses.replace(
            page, warnings=(*page.warnings, f"{decoded.replaced} undecodable bytes replaced with U+FFFD")
        )
    return page


def _dump(obj: Any, out: IO[str], pretty: bool = False) -> None:
    out.write(json.dumps(obj, ensure_ascii=False, indent=1 if pretty else None))
    out.write("\n")


def _explain_to_stderr(page: Any) -> None:
    for d in page.explain:
        scores = " ".join(f"{k}={v:.3f}" for k, v in d.scores.items())
        click.echo(
            f"{page.page}:{','.join(map(str, d.lines))}: {d.stage} {d.action}: {d.reason} {scores}".rstrip(), err=True
        )


def _run(pages: list[tuple[str, Path | None]], config: Config, fmt: str, out: IO[str], convert: str | None) -> int:
    conv = _converter(convert)
    failed = 0
    objects = []
    for name, path in pages:
        try:
            page = process(name, read_page(name, path), config)
        except NewssegError as e:
            click.echo(f"newsseg: {e}", err=True)
            failed += 1
            continue
        for w in page.warnings:
            click.echo(f"newsseg: {name}: warning: {w}", err=True)
        if fmt == "jsonl":
            for rec in page.records(conv):
                _dump(rec, out)
            if config.explain:
                _explain_to_stderr(page)
        else:
            objects.append(page.to_record(conv))
        out.flush()
    if fmt == "json":
        _dump(objects[0] if len(objects) == 1 and len(pages) == 1 else objects, out, pretty=True)
    return 1 if failed else 0


def _guard_pipe(fn: Callable[[], int]) -> int:
    try:
        return fn()
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
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
    help="Write to this file instead of stdout.",
)
@click.option("--glob", default="*.txt", show_default=True, help="Which files to take from directories.")
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
    glob: str,
    convert: str | None,
    explain: bool,
    encoding: str | None,
    errors_policy: str,
) -> None:
    """Split PAGES (files, directories, or - for stdin) into article records."""
    config = build_config(explain=explain, encoding=encoding, errors_policy=errors_policy)
    todo = list(iter_pages(pages or ("-",), glob))

    def go() -> int:
        if output:
            with open(output, "w", encoding="utf-8") as out:
                return _run(todo, config, fmt, out, convert)
        return _run(todo, config, fmt, sys.stdout, convert)

    sys.exit(_guard_pipe(go))


@cli.command("clean")
@click.argument("page", default="-")
@common_options
def clean_cmd(page: str, encoding: str | None, errors_policy: str) -> None:
    """Print the repaired PAGE in source order, one unit per block, blocks separated by a blank line."""
    config = build_config(encoding=encoding, errors_policy=errors_policy)

    def go() -> int:
        try:
            path = None if page == "-" else Path(page)
            result = process(page, read_page(page, path), config)
        except NewssegError as e:
            click.echo(f"newsseg: {e}", err=True)
            return 1
        sys.stdout.write("\n\n".join(b.text for b in result.blocks if b.text) + "\n")
        sys.stdout.flush()
        return 0

    sys.exit(_guard_pipe(go))


def main() -> None:
    cli(prog_name="newsseg")
