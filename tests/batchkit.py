"""Archives to run batches over, and worker targets that misbehave on purpose.

``make_archive`` writes a tree of made-up pages the way real archives come: nested folders (year/month/day),
pages in UTF-8, UTF-8 with a BOM, GB18030, GBK, Big5 and UTF-16, names with spaces and non-ASCII characters,
and a share of bad files (PDFs, images, random binary, a page cut off in the middle of a character). It returns
what each file is, so a test can check every page's fate. Used by tests/test_batch.py and by
benchmarks/batch_acceptance.py.

The targets at the end run in worker processes (they are found there by module name, so they live in a module
of their own, not in a test file).
"""

from __future__ import annotations

import functools
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pagekit import LIBRARY, RIVER, SPRING, WEATHER, column, page

from newsseg.batch import Result, Settings, Task, process_task

ARTICLES = [LIBRARY, RIVER, SPRING, WEATHER]
HEADLINES = ["市图书馆新馆开放", "全市推进河道生态治理", "全省春耕生产工作会议召开", "本周后期将有明显降雨"]

# The codec a page is written in, and the name decode_page reports for it.
ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "gb18030": "gb18030",
    "gbk": "gb18030",  # chardet's GB2312/GBK answers are read with the superset
    "big5": "big5hkscs",
    "utf-16": "utf-16",  # with a byte-order mark
}

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256))


@dataclass(frozen=True)
class Entry:
    """One file of a generated archive."""

    rel: str  # path below the archive root, "/"-separated
    text: str | None  # the page text (None for a bad file)
    encoding: str | None  # what decode_page must report (None for a bad file)
    error: str | None = None  # a phrase the failure message must contain (None for a good page)


def compose(rng: random.Random, number: int) -> str:
    """A page: a masthead line, two or three articles set in columns of their own width, an editor credit."""
    chosen = rng.sample(range(len(ARTICLES)), rng.randint(2, 3))
    parts: list[str | list[str]] = [
        f"2021年5月{1 + number % 28}日 星期{'一二三四五六日'[number % 7]}          第{number % 16 + 1}版"
    ]
    for k in chosen:
        width = rng.choice([13, 15, 17, 19, 21])
        parts += ["", HEADLINES[k], ""] if rng.random() < 0.7 else [""]
        parts.append(column(ARTICLES[k], width, indent=rng.choice(["short", "spaces"])))
    parts += ["", f"责任编辑：{rng.choice('王李张刘陈杨')}{rng.choice('华明芳伟静')}"]
    return page(*parts)


@functools.cache
def _to_taiwan() -> Callable[[str], str]:
    import opencc

    # Taiwan forms: plain s2t gives variants (爲) that Big5 does not have.
    return opencc.OpenCC("s2tw.json").convert


def _traditional(text: str) -> str:
    return _to_taiwan()(text)


def make_archive(root: Path, pages: int, bad_share: float = 0.01, seed: int = 1) -> list[Entry]:
    """Write ``pages`` files under ``root`` (about ``bad_share`` of them bad) and return what each one is."""
    rng = random.Random(seed)
    bad_every = max(1, round(1 / bad_share)) if bad_share else 0
    entries: list[Entry] = []
    codecs = list(ENCODINGS)
    for n in range(pages):
        folder = f"{2019 + n % 3}/{1 + n // 3 % 12:02d}/{1 + n // 36 % 28:02d}"
        name = rng.choice([f"p{n:05d}.txt", f"第{n:05d}版.txt", f"page {n:05d}.txt"])
        rel = f"{folder}/{name}"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if bad_every and n % bad_every == bad_every // 2:
            kind = (n // bad_every) % 4
            if kind == 0:
                path.write_bytes(PDF)
                entries.append(Entry(rel, None, None, "not text (looks like PDF); extract text first"))
            elif kind == 1:
                path.write_bytes(PNG)
                entries.append(Entry(rel, None, None, "not text (looks like a PNG image)"))
            elif kind == 2:
                path.write_bytes(JPEG)
                entries.append(Entry(rel, None, None, "not text (looks like a JPEG image)"))
            else:
                cut = compose(rng, n).encode("utf-8").rstrip(b"\n")
                path.write_bytes(cut[:-1])  # the last character (a multi-byte one) loses its final byte
                entries.append(Entry(rel, None, None, "truncated multibyte sequence"))
            continue
        codec = codecs[n % len(codecs)]
        text = compose(rng, n)
        if codec == "big5":
            text = _traditional(text)
        path.write_bytes(text.encode(codec))
        entries.append(Entry(rel, text, ENCODINGS[codec]))
    return entries


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by relative path, with its content: two runs are equal when these are."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- worker targets for the pool tests (run in worker processes, by module name) -------------------------------
def misbehave(task: Task, settings: Settings) -> Result:
    """process_task, except for pages whose name says otherwise: "crash" kills its own process, "hang" never
    returns, "raise" raises out of the target (a bug in the worker loop itself), "slow" takes half a second."""
    if "crash" in task.name:
        os.kill(os.getpid(), 9)
    if "hang" in task.name:
        time.sleep(3600)
    if "raise" in task.name:
        raise RuntimeError("a bug outside process_task")
    if "slow" in task.name:
        time.sleep(0.5)
    return process_task(task, settings)


SEED = Path(__file__).resolve().parent.parent / "samples" / "lvliang-2020-04-11-p1.txt"


def make_seed_archive(root: Path, pages: int) -> list[str]:
    """``pages`` copies of the seed page (a real front page: about 40 ms of work each, long enough to stop a
    run half way), in nested folders and rotating encodings, each with its own first line."""
    seed = SEED.read_text(encoding="utf-8")
    rels = []
    for n in range(pages):
        rel = f"{2020 + n % 2}/{n // 10:02d}/第{n:03d}版.txt"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(f"第{n}版\n{seed}".encode(("utf-8", "gb18030", "utf-16")[n % 3]))
        rels.append(rel)
    return rels


def die_at_once(*args: object) -> None:
    """A worker process that exits before doing anything (a stand-in for an environment where none can run)."""
    os._exit(3)
