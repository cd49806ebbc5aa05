"""Batch runs: many pages, many processes, every page accounted for, files written safely.

The CLI (``cli.py``) turns options into a ``Settings`` and hands the pages to ``run``; everything else a batch
needs lives here, as functions that can be tested on their own:

* ``discover``: the arguments become ``Task`` s in a stable order (files as given, directories walked in
  sorted path order), with the place each page's output takes under ``--out-dir`` (``output_parts``,
  ``plan_outputs``). Symbolic links that lead out of a directory argument are not followed unless asked.
* ``process_task``: one page from bytes to serialized output, the same function in-process and in workers, so
  a page gives the same bytes in a batch as alone. It never raises for a bad page: it returns a failed
  ``Result`` with a one-line reason.
* ``run_inline`` / ``run_pool``: run the tasks in this process, or in worker processes this module starts,
  watches and kills itself (``concurrent.futures`` cannot kill a hung task). A worker that crashes or
  overruns ``--page-timeout`` becomes a failed result for its page and is replaced.
* ``write_atomic`` / ``is_up_to_date``: temporary file + rename, so an interrupted run leaves only complete
  files, and ``--resume`` can trust any file it finds. Nothing is written outside the output directory.
* ``Reporter``: failure and warning lines, the rich progress bar and the summary table (rich is imported only
  when stderr is a terminal).
* ``run``: ties them together and returns a ``Summary`` whose ``exit_code`` the CLI exits with.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fnmatch
import json
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any

from .config import Config
from .errors import NewssegError
from .normalize import opencc_converter

if TYPE_CHECKING:
    from .model import Page

__all__ = [
    "AtomicFile",
    "Discovery",
    "NoPagesError",
    "OutputClashError",
    "Reporter",
    "Result",
    "Settings",
    "Summary",
    "Task",
    "default_jobs",
    "discover",
    "display_name",
    "is_up_to_date",
    "output_parts",
    "plan_outputs",
    "process",
    "process_task",
    "read_page",
    "run",
    "run_inline",
    "run_pool",
    "write_atomic",
]

CONVERSIONS = ("t2s", "s2t", "tw2s", "hk2s", "s2tw", "s2hk")
OUTPUT_SUFFIX = {"jsonl": ".jsonl", "json": ".json"}
# Suffix of the temporary file an output is written to before it is renamed into place. The name is fixed per
# output (not random), so a run killed between write and rename leaves a file the next run overwrites or
# removes; see write_atomic.
TMP_SUFFIX = ".newsseg-tmp"
# With output to a stream, results must come out in input order, so finished pages wait for a slow one. At
# most this many pages (per worker) are handed out beyond the oldest unfinished one, which bounds the memory
# spent on waiting results (a page's output is about the size of the page) while one page takes long.
ORDER_WINDOW_PER_JOB = 64
# How often the progress bar is redrawn. It is redrawn from the main loop, not by rich's refresh thread: a
# process with a second thread must not fork its workers (see _mp_context).
TICK = 0.2
# Workers that die before returning a single result, this many in a row, mean that workers cannot run here at
# all (a broken environment, memory exhausted for every page); stop instead of starting new ones forever.
MAX_WORKER_DEATHS_IN_A_ROW = 8


# --- pages ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Task:
    """One page to process. Plain (not slots) so it pickles on every supported Python."""

    index: int  # position in input order
    name: str  # how records and messages name the page: the path as given or found, display-safe text
    path: str | None  # the file to read (may hold surrogate-escaped bytes of a non-UTF-8 name); None = stdin
    parts: tuple[str, ...] = ()  # the page's place in its input tree, mirrored under --out-dir
    walked: bool = False  # found in a directory: must be a regular file (a FIFO there would block forever)
    error: str | None = None  # known to fail before reading (a directory that cannot be listed)
    data: bytes | None = None  # the bytes, when the parent had to read them (stdin)


@dataclass(frozen=True)
class Settings:
    """What every page of a run is processed with; sent to each worker once."""

    config: Config = field(default_factory=Config)
    fmt: str = "jsonl"  # "jsonl" or "json"
    convert: str | None = None  # an OpenCC conversion, applied to the output after segmentation


@dataclass(frozen=True)
class Result:
    """What became of one page: its serialized output, or the one-line reason it failed."""

    index: int
    name: str
    output: str | None = None  # JSONL lines (each ending in \n) or one JSON object (no final \n); None = failed
    error: str | None = None  # "NAME: reason; remedy", one line
    articles: int = 0
    warnings: tuple[str, ...] = ()
    explain: tuple[str, ...] = ()  # --explain lines for stderr (JSONL only)
    encoding: str | None = None
    skipped: bool = False  # --resume: the output was already there and up to date

    @property
    def failed(self) -> bool:
        return self.error is not None


class NoPagesError(NewssegError):
    """A directory argument holds no file matching the pattern."""


class OutputClashError(NewssegError):
    """The pages cannot be written under --out-dir as given: two would share an output file (or stdin)."""


@dataclass
class Discovery:
    tasks: list[Task]
    # links found in a directory and not followed, as (page name, one-line notice)
    not_followed: list[tuple[str, str]] = field(default_factory=list)


def display_name(name: str) -> str:
    """A file name as one line of valid text. Archives made on Windows or old Linux systems carry GBK file
    names; Python keeps their bytes as lone surrogates, which cannot be written as UTF-8, so they are shown as
    \\xNN escapes (the file itself is still read and mirrored under its real name). Control characters in
    names would break the one-line messages and are escaped the same way."""
    if name.isprintable():
        return name
    shown = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" if ord(c) < 0x100 else repr(c)[1:-1] for c in shown)


def default_jobs() -> int:
    """The CPUs this process may run on (not all CPUs of the machine, inside a container or under taskset)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def discover(
    args: Sequence[str],
    glob: str = "*.txt",
    *,
    follow_symlinks: bool = False,
    exclude: str | None = None,
) -> Discovery:
    """Expand the arguments into pages, in a stable order: arguments in the order given, a directory's pages
    sorted by path (component by component, so a folder's pages stay together). ``-`` is stdin.

    Inside a directory, a symbolic link is read only when it resolves inside that directory, unless
    ``follow_symlinks``; links to directories are descended into only with ``follow_symlinks`` (an in-tree
    link would list the same pages twice). ``exclude`` (the output directory) is never descended into, so
    outputs written under the input tree are not read back. Raises NoPagesError for a directory without
    matching files.
    """
    found = Discovery([])
    excluded = _dir_id(exclude) if exclude else None
    for arg in args:
        if arg == "-":
            found.tasks.append(Task(len(found.tasks), "-", None))
        elif os.path.isdir(arg):
            links_before = len(found.not_followed)
            pages = _walk(arg, glob, follow_symlinks, excluded, found)
            if not pages:
                links = len(found.not_followed) - links_before
                remedy = f"{links} symbolic links not followed: pass --follow-symlinks" if links else "pass --glob"
                raise NoPagesError(f"{display_name(arg)}: no files matching {glob!r}; {remedy}")
            for parts, error in pages:
                # PurePath, as earlier versions did: "./a/" becomes "a", but ".." stays (symlinks).
                path = str(PurePath(arg).joinpath(*parts))
                found.tasks.append(Task(len(found.tasks), display_name(path), path, parts, walked=True, error=error))
        else:
            # A file as given: its name is kept verbatim; under --out-dir it goes to the top (its directories
            # may be absolute or lead upwards with "..", which must not be mirrored).
            found.tasks.append(Task(len(found.tasks), display_name(arg), arg, (os.path.basename(arg),)))
    return found


def _dir_id(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _matches(parts: tuple[str, ...], glob: str) -> bool:
    # Like pathlib's rglob: the pattern is matched against the file name, or against the end of the relative
    # path when it holds a slash ("2020/*.txt").
    if "/" in glob:
        tail = glob.strip("/").split("/")
        return len(parts) >= len(tail) and all(
            fnmatch.fnmatchcase(p, g) for p, g in zip(parts[-len(tail) :], tail, strict=True)
        )
    return fnmatch.fnmatchcase(parts[-1], glob)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(
    top: str, glob: str, follow: bool, excluded: tuple[int, int] | None, found: Discovery
) -> list[tuple[tuple[str, ...], str | None]]:
    """The matching files below ``top`` as (relative parts, preset error), sorted by parts."""
    root = os.path.realpath(top)
    out: list[tuple[tuple[str, ...], str | None]] = []
    seen: set[tuple[int, int]] = set()  # directories visited, against link cycles with follow_symlinks
    top_id = _dir_id(top)
    if top_id is not None:
        seen.add(top_id)
    stack: list[tuple[str, ...]] = [()]
    while stack:
        rel = stack.pop()
        here = os.path.join(top, *rel)
        try:
            with os.scandir(here) as it:
                entries = list(it)
        except OSError as e:
            # Pages that cannot even be listed are failures, never silently missing from the run.
            reason = e.strerror or type(e).__name__
            out.append((rel, f"{display_name(here)}: cannot list directory ({reason}); make it readable"))
            continue
        for entry in entries:
            parts = (*rel, entry.name)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_link, is_dir = False, False
            if is_link and not follow:
                target = os.path.realpath(entry.path)
                if not _inside(target, root):
                    if is_dir or _matches(parts, glob):
                        what = "directory" if is_dir else "file"
                        found.not_followed.append(
                            (
                                display_name(entry.path),
                                f"{display_name(entry.path)}: skipped: symbolic link to a {what} outside "
                                f"{display_name(top)}; pass --follow-symlinks to read it",
                            )
                        )
                    continue
                if is_dir:
                    continue  # an in-tree link to a directory: its pages are found under their real path
            if is_dir:
                try:
                    st = entry.stat()
                except OSError:
                    continue
                ident = (st.st_dev, st.st_ino)
                if ident == excluded or ident in seen:
                    continue
                seen.add(ident)
                stack.append(parts)
            elif _matches(parts, glob):
                out.append((parts, None))
    out.sort(key=lambda pe: pe[0])
    return out


def output_parts(task: Task, fmt: str) -> tuple[str, ...]:
    """Where the output of ``task`` goes, relative to --out-dir: its input parts with the suffix replaced."""
    if not task.parts:
        raise OutputClashError(f"{task.name}: stdin cannot be written to --out-dir; pass files or directories")
    *dirs, last = task.parts
    stem, _ = os.path.splitext(last)
    return (*dirs, (stem or last) + OUTPUT_SUFFIX[fmt])


def plan_outputs(tasks: list[Task], fmt: str) -> tuple[list[Task], dict[int, tuple[str, ...]]]:
    """The tasks to run with --out-dir and the output parts of each (by task index).

    The same file reached twice (given twice, or as a file and inside a directory) is processed once. Two
    different files that would land on the same output, or an output file where another page needs a
    directory, raise OutputClashError before anything is written.
    """
    kept: list[Task] = []
    planned: dict[int, tuple[str, ...]] = {}  # position in ``kept`` -> output parts
    by_parts: dict[tuple[str, ...], Task] = {}
    for task in tasks:
        if task.error is not None:  # fails before it is read (a folder that cannot be listed): no output
            kept.append(task)
            continue
        parts = output_parts(task, fmt)
        _check_parts(parts)
        other = by_parts.get(parts)
        if other is not None:
            if _same_file(other.path, task.path):
                continue
            raise OutputClashError(
                f"{other.name} and {task.name} would both be written to {display_name('/'.join(parts))} under "
                "--out-dir; pass their common parent directory instead, or run them separately"
            )
        by_parts[parts] = task
        planned[len(kept)] = parts
        kept.append(task)
    folders = {parts[:k] for parts in by_parts for k in range(1, len(parts))}
    for parts, task in by_parts.items():
        if parts in folders:
            raise OutputClashError(
                f"{task.name}: its output {display_name('/'.join(parts))} is also a folder other pages are "
                "written to; run them separately"
            )
    return [dataclasses.replace(t, index=i) for i, t in enumerate(kept)], planned


def _same_file(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def _check_parts(parts: tuple[str, ...]) -> None:
    """Refuse any output path that could leave the output directory. The parts come from directory listings
    and base names, so this never fires in practice; it is the guarantee, not the mechanism."""
    for part in parts:
        if part in ("", ".", "..") or "/" in part or "\0" in part or (os.altsep and os.altsep in part):
            raise OutputClashError(f"unsafe output name {display_name(part)!r}; rename the input file")


# --- one page ----------------------------------------------------------------------------------------------
def read_page(name: str, path: str | os.PathLike[str] | None, *, regular_only: bool = False) -> bytes:
    """The bytes of a page, or NewssegError with a one-line reason. ``regular_only`` refuses FIFOs, sockets
    and devices (found in a directory, they would block or never end); given explicitly they are read, so
    ``newsseg split <(zcat page.txt.gz)`` works."""
    if path is None:
        return sys.stdin.buffer.read()
    try:
        if regular_only:
            mode = os.stat(path).st_mode
            if not stat.S_ISREG(mode):
                raise NewssegError(f"{name}: not a regular file ({_file_kind(mode)}); pass text files only")
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        if os.path.islink(path):
            target = display_name(os.readlink(path))
            raise NewssegError(f"{name}: broken symbolic link (to {target}); fix or remove the link") from None
        raise NewssegError(f"{name}: no such file; check the path") from None
    except IsADirectoryError:
        raise NewssegError(f"{name}: is a directory; pass the directory itself to process its pages") from None
    except PermissionError:
        raise NewssegError(f"{name}: permission denied; make the file readable") from None
    except OSError as e:
        raise NewssegError(f"{name}: cannot read ({e.strerror or type(e).__name__}); check the file") from None


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device")):
        if test(mode):
            return kind
    return "a block device" if stat.S_ISBLK(mode) else "a directory" if stat.S_ISDIR(mode) else "special file"


def process(name: str, data: bytes, config: Config) -> Page:
    """Decode and split one page. Raises NewssegError for input that is not text or cannot be decoded."""
    from .decode import decode_page
    from .pipeline import split

    decoded = decode_page(data, encoding=config.encoding, errors_policy=config.errors_policy, name=name)
    page = split(decoded.text, config, page=name, encoding=decoded.encoding)
    if decoded.replaced:
        page = dataclasses.replace(
            page, warnings=(*page.warnings, f"{decoded.replaced} undecodable bytes replaced with U+FFFD")
        )
    return page


def converter(name: str | None) -> Callable[[str], str] | None:
    """The OpenCC conversion ``name`` for the records, or None when the run converts nothing."""
    return opencc_converter(name) if name else None


def render(page: Page, settings: Settings) -> tuple[str, tuple[str, ...]]:
    """The serialized output of a page and its --explain lines (for stderr, with JSONL only)."""
    conv = converter(settings.convert)
    if settings.fmt == "json":
        return json.dumps(page.to_record(conv), ensure_ascii=False, indent=1), ()
    # JSONL records carry the page's encoding too (after the existing fields: consumers rely on their order).
    lines = [json.dumps({**rec, "encoding": page.encoding}, ensure_ascii=False) + "\n" for rec in page.records(conv)]
    explain: tuple[str, ...] = ()
    if settings.config.explain:
        explain = tuple(
            f"{page.page}:{','.join(map(str, d.lines))}: {d.stage} {d.action}: {d.reason} "
            f"{' '.join(f'{k}={v:.3f}' for k, v in d.scores.items())}".rstrip()
            for d in page.explain
        )
    return "".join(lines), explain


def process_task(task: Task, settings: Settings) -> Result:
    """One page from its file to its serialized output. Never raises for a bad page (only for an interrupt):
    every failure is a Result with a one-line reason."""
    try:
        if task.error is not None:
            raise NewssegError(task.error)
        data = task.data if task.data is not None else read_page(task.name, task.path, regular_only=task.walked)
        page = process(task.name, data, settings.config)
        output, explain = render(page, settings)
    except NewssegError as e:
        return Result(task.index, task.name, error=str(e))
    except Exception as e:  # a bug, or MemoryError on a huge page: that page fails, the run goes on
        detail = f"{type(e).__name__}: {e}".splitlines()[0] if str(e) else type(e).__name__
        return Result(
            task.index, task.name, error=f"{task.name}: internal error ({detail}); please report it with this page"
        )
    return Result(
        task.index,
        task.name,
        output=output,
        articles=len(page.articles),
        warnings=page.warnings,
        explain=explain,
        encoding=page.encoding,
    )


Target = Callable[[Task, Settings], Result]


def _timeout_error(task: Task, seconds: float) -> Result:
    size = ""
    with contextlib.suppress(OSError, TypeError):
        if task.path is not None and (n := os.stat(task.path).st_size) >= 1 << 20:
            size = f" (the file is {n / (1 << 20):.1f} MB)"
    return Result(
        task.index,
        task.name,
        error=f"{task.name}: timed out after {seconds:g} s{size}; raise --page-timeout, or split the file into pages",
    )


# --- running in this process ---------------------------------------------------------------------------------
class PageTimeout(BaseException):
    """Raised by the alarm in run_inline. A BaseException so process_task's ``except Exception`` lets it by."""


@contextlib.contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in this thread after ``seconds``. Only where SIGALRM exists and this is the main
    thread (signals are delivered there); elsewhere the page simply runs to the end."""
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_inline(
    tasks: Iterable[Task], settings: Settings, timeout: float | None, target: Target = process_task
) -> Iterator[Result]:
    """Process the tasks one after the other in this process (``--jobs 1``, or a single page: no start-up
    cost). The timeout is an alarm signal: it interrupts Python code and blocking reads (a FIFO that never
    gets a writer), not a C extension that never returns to the interpreter; only worker processes
    (``--jobs 2`` or more) can be killed whatever they do."""
    for task in tasks:
        result: Result | None = None
        try:
            with _alarm(timeout if task.path is not None else None):
                result = target(task, settings)
        except PageTimeout:
            if result is None:
                result = _timeout_error(task, timeout or 0.0)
        yield result


# --- running in worker processes -----------------------------------------------------------------------------
def _mp_context() -> Any:
    """How workers are started. On Linux, fork when this process runs a single thread (the CLI always does:
    the progress bar is refreshed from the main loop, not by rich's thread): fastest, and the child needs
    nothing re-imported, so it works whatever the main module is (a script without a ``__main__`` guard,
    ``python -``, a notebook). Forking a process with other threads risks a child stuck on a lock one of
    them held, so then forkserver (the pipeline imported once, in a clean server), and spawn where neither
    exists (macOS and Windows: library callers need the usual ``if __name__ == "__main__":`` guard there)."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["newsseg.batch", "newsseg.pipeline", "newsseg.decode"])
        return ctx
    return multiprocessing.get_context("spawn")


# This process's ends of the pipes to its workers. A forked worker inherits them all; it closes them first
# thing, so that a pipe whose parent end is closed (or whose parent died) reads as closed in its worker.
_PARENT_ENDS: set[Any] = set()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies: a run killed with SIGKILL cannot stop a worker that
    is stuck in a page, which would otherwise spin on forever. (With forkserver the parent is the fork server,
    which exits as soon as the run's process is gone.) Elsewhere, idle workers still exit when their pipe
    closes, and busy ones when they try to send their result."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, int(signal.SIGKILL))


def _worker_main(conn: Any, settings: Settings, target: Target) -> None:
    """A worker: receive a task, send its result, until told to stop (None) or the parent goes away."""
    # Ctrl-C reaches the whole process group; the parent decides what happens (it kills the workers).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    for inherited in list(_PARENT_ENDS):
        with contextlib.suppress(Exception):
            inherited.close()
    _PARENT_ENDS.clear()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        result = target(task, settings)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    """One worker process and the pipe to it; ``task`` is what it is working on, if anything."""

    def __init__(self, ctx: Any, settings: Settings, target: Target) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        _PARENT_ENDS.add(self.conn)
        self.proc = ctx.Process(target=_worker_main, args=(child, settings, target), daemon=True)
        self.proc.start()
        child.close()
        self.task: Task | None = None
        self.deadline = float("inf")
        self.served = 0  # results returned

    def give(self, task: Task, timeout: float | None) -> bool:
        """Hand over a task; False if the worker is already gone."""
        try:
            self.conn.send(task)
        except (BrokenPipeError, OSError):
            return False
        self.task = task
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        return True

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
        with contextlib.suppress(Exception):
            self.proc.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()
        _PARENT_ENDS.discard(self.conn)

    def death(self) -> str:
        code = self.proc.exitcode
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
            if code == -signal.SIGKILL:
                how += ", out of memory?"
            return how
        return f"exit status {code}"


def run_pool(
    tasks: Iterable[Task],
    settings: Settings,
    jobs: int,
    timeout: float | None,
    *,
    may_start: Callable[[Task], bool] | None = None,
    target: Target = process_task,
    tick: Callable[[], None] | None = None,
) -> Iterator[Result]:
    """Process the tasks in ``jobs`` worker processes; yield each result as it arrives (completion order).

    Every task yields exactly one result: its own, or a failure when its worker crashed or overran
    ``timeout`` (the worker is then killed and replaced). ``may_start`` holds back the next task while it
    returns False (the ordered-output window). ``tick`` is called at least every TICK seconds while pages
    run (the progress bar's clock). Closing the generator (or an exception, Ctrl-C included) kills all
    workers.
    """
    queue = deque(tasks)
    ctx = _mp_context()
    workers: list[_Worker] = []
    deaths_in_a_row = 0
    try:
        workers = [_Worker(ctx, settings, target) for _ in range(max(1, min(jobs, len(queue))))]
        while True:
            ready_results: list[Result] = []
            for k, w in enumerate(workers):
                while w.task is None and queue and (may_start is None or may_start(queue[0])):
                    if w.give(queue[0], timeout):
                        queue.popleft()
                        break
                    # Died while idle: its task never ran, so it goes back to the queue for a new worker.
                    deaths_in_a_row += 1
                    if deaths_in_a_row > MAX_WORKER_DEATHS_IN_A_ROW:
                        raise RuntimeError(f"worker processes keep dying ({w.death()}); run with --jobs 1")
                    w.kill()
                    w = workers[k] = _Worker(ctx, settings, target)
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if queue:  # cannot happen: the window always admits the oldest unfinished page
                    raise RuntimeError("no page may start although none is running")
                break
            wait_for = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            if tick is not None:
                wait_for = min(wait_for, TICK)
            _wait([h for w in busy for h in (w.conn, w.proc.sentinel)], None if wait_for == float("inf") else wait_for)
            if tick is not None:
                tick()
            now = time.monotonic()
            lost: list[_Worker] = []  # crashed or killed for overrunning the timeout
            for w in busy:
                task = w.task
                assert task is not None
                result: Result | None = None
                try:
                    if w.conn.poll():
                        result = w.conn.recv()
                        deaths_in_a_row = 0
                except Exception:  # died while sending (EOF), or sent something unreadable
                    result = None
                if result is not None:
                    w.task = None
                    w.served += 1
                    ready_results.append(result)
                elif not w.proc.is_alive():
                    w.kill()
                    lost.append(w)
                    if not w.served:  # a new worker dying on its first page may mean none can run here
                        deaths_in_a_row += 1
                        if deaths_in_a_row > MAX_WORKER_DEATHS_IN_A_ROW:
                            raise RuntimeError(f"worker processes keep dying ({w.death()}); run with --jobs 1")
                    ready_results.append(
                        Result(
                            task.index,
                            task.name,
                            error=f"{task.name}: the worker process died ({w.death()}) on this page; "
                            "run it alone with --jobs 1 to see why",
                        )
                    )
                elif now >= w.deadline:
                    w.kill()  # the only way to stop a page stuck in C code, or in a read that never ends
                    lost.append(w)
                    ready_results.append(_timeout_error(task, timeout or 0.0))
            if lost:
                workers = [w for w in workers if w not in lost]
                # Replacements only while there is work for them: a timeout on the last page starts none.
                wanted = min(jobs, sum(w.task is not None for w in workers) + len(queue))
                workers += [_Worker(ctx, settings, target) for _ in range(wanted - len(workers))]
            # Hand out the next tasks before the caller spends time writing these results.
            for w in workers:
                if (
                    w.task is None
                    and queue
                    and (may_start is None or may_start(queue[0]))
                    and w.give(queue[0], timeout)
                ):
                    queue.popleft()
            yield from ready_results
        for w in workers:
            with contextlib.suppress(Exception):
                w.conn.send(None)
        for w in workers:
            w.proc.join(2)
    finally:
        for w in workers:
            w.kill()


def _wait(handles: list[Any], timeout: float | None) -> None:
    from multiprocessing.connection import wait

    wait(handles, timeout)


# --- files -------------------------------------------------------------------------------------------------
def _ensure_dir(root: str, dirs: tuple[str, ...], verified: set[tuple[str, ...]]) -> str:
    """Create ``root/dirs`` one level at a time, refusing any level that is a symbolic link: a link planted in
    the output tree (by an earlier run's input, or by hand) must not carry writes outside it."""
    path = root
    for k, part in enumerate(dirs, start=1):
        path = os.path.join(path, part)
        if dirs[:k] in verified:
            continue
        with contextlib.suppress(FileExistsError):
            os.mkdir(path)
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            raise NewssegError(
                f"{display_name(path)} is a symbolic link; newsseg writes only inside --out-dir: remove the link"
            )
        if not stat.S_ISDIR(st.st_mode):
            raise NewssegError(f"{display_name(path)} exists and is not a folder; move it out of --out-dir")
        verified.add(dirs[:k])
    return path


def write_atomic(root: str, parts: tuple[str, ...], text: str, verified: set[tuple[str, ...]] | None = None) -> str:
    """Write ``text`` to ``root/parts`` via a temporary file in the same folder and a rename, so the file is
    either absent, the old version, or complete (also after a crash or power loss: the data is fsynced before
    the rename). Returns the path written. Raises NewssegError with a one-line reason."""
    _check_parts(parts)
    try:
        folder = _ensure_dir(root, parts[:-1], verified if verified is not None else set())
        final = os.path.join(folder, parts[-1])
        tmp = os.path.join(folder, "." + parts[-1] + TMP_SUFFIX)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        # (the temporary file is created inside the block that removes it: a Ctrl-C right after its creation
        # leaves nothing behind either)
        try:
            try:
                fd = os.open(tmp, flags, 0o666)
            except FileExistsError:  # left by a run that was killed between write and rename
                os.unlink(tmp)
                fd = os.open(tmp, flags, 0o666)
            with os.fdopen(fd, "wb") as f:
                f.write(text.encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, final)  # replaces a link at ``final`` itself, never what it points to
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as e:
        where = display_name(os.path.join(root, *parts))
        raise NewssegError(f"cannot write {where} ({e.strerror or type(e).__name__}); check --out-dir") from None
    return final


def is_up_to_date(source: str | None, root: str, parts: tuple[str, ...]) -> bool:
    """For --resume: the output exists, is a regular file, and is newer than its input. Any output found is
    complete (write_atomic); a temporary file left by a killed run is removed here so it does not linger."""
    if source is None:
        return False
    final = os.path.join(root, *parts)
    with contextlib.suppress(OSError):
        os.unlink(os.path.join(os.path.dirname(final), "." + parts[-1] + TMP_SUFFIX))
    try:
        out, src = os.lstat(final), os.stat(source)
    except OSError:
        return False
    # Strictly newer: on a file system with coarse timestamps an input edited in the same tick as its output
    # was written is processed again (harmless) rather than skipped (wrong).
    return stat.S_ISREG(out.st_mode) and out.st_mtime_ns > src.st_mtime_ns


class AtomicFile:
    """``-o FILE``: the stream goes to a temporary file beside FILE, renamed over it by ``commit``, so FILE is
    either as it was or complete. A FILE that exists and is not a regular file (/dev/null, a FIFO) is written
    directly: renaming over it would replace the device or pipe itself."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            special = not stat.S_ISREG(os.stat(path).st_mode)
        except OSError:
            special = False
        folder, base = os.path.split(path)
        self.tmp = None if special else os.path.join(folder, "." + base + TMP_SUFFIX)
        self.file: IO[str] = open(self.tmp or path, "w", encoding="utf-8")  # noqa: SIM115 (closed in commit/discard)

    def commit(self) -> None:
        self.file.flush()
        if self.tmp is not None:
            os.fsync(self.file.fileno())
        self.file.close()
        if self.tmp is not None:
            os.replace(self.tmp, self.path)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)


# --- reporting ---------------------------------------------------------------------------------------------
@dataclass
class Summary:
    """The tally of a run; ``exit_code`` is what the CLI exits with."""

    pages: int = 0  # pages in the run
    processed: int = 0  # pages finished in this run (succeeded or failed)
    skipped: int = 0  # --resume: already done
    articles: int = 0
    warned: int = 0  # pages with at least one warning
    failed: list[tuple[str, str]] = field(default_factory=list)  # (page, one-line error)
    not_followed: int = 0  # links in directories not followed
    elapsed: float = 0.0
    interrupted: bool = False
    closed_output: bool = False  # the reader of stdout went away (| head)
    aborted: str | None = None  # why the run could not go on (workers cannot be started here)

    def add(self, result: Result) -> None:
        if result.skipped:
            self.skipped += 1
            return
        self.processed += 1
        self.articles += result.articles
        self.warned += bool(result.warnings)
        if result.error is not None:
            self.failed.append((result.name, result.error))

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130  # 128 + SIGINT, what shells report for a command stopped with Ctrl-C
        if self.closed_output:
            return 0
        return 1 if self.failed or self.aborted else 0


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class Reporter:
    """Everything a run says on stderr, and the --errors file.

    Always: one line per failed page (``newsseg: NAME: reason; remedy``) and the --explain lines. Unless
    ``quiet``: warnings and notices. Only when stderr is a terminal and not ``quiet`` (``interactive``): a rich
    progress bar while the run goes and a summary table at the end (rich honours NO_COLOR by itself).
    """

    MAX_LISTED = 10  # failures repeated under the summary table; the rest are in the scrollback / --errors

    def __init__(
        self,
        *,
        quiet: bool = False,
        errors: IO[str] | None = None,
        interactive: bool | None = None,
        console: Any = None,
    ) -> None:
        self.quiet = quiet
        self.errors = errors
        self.interactive = (not quiet and _stderr_is_terminal()) if interactive is None else interactive
        self._console = console
        self._progress: Any = None
        self._bar: Any = None
        self._drawn = 0.0

    def _rich_console(self) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True)
        return self._console

    def start(self, total: int) -> None:
        if not self.interactive:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        class RateColumn(TextColumn):  # pages/s over rich's recent window; blank until it has a figure
            def render(self, task: Any) -> Any:
                from rich.text import Text

                return Text(f"{task.speed:.1f} pages/s" if task.speed else "", style="progress.data.speed")

        self._progress = Progress(
            TextColumn("pages"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(""),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self._rich_console(),
            # No refresh thread (workers are forked from this process: see _mp_context); tick() redraws.
            auto_refresh=False,
            # Records may be going to stdout; rich must not take it over.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._progress.start()
        self._bar = self._progress.add_task("pages", total=total)
        self._drawn = 0.0
        self.tick()

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._bar, n)
            self.tick()

    def tick(self) -> None:
        """Redraw the progress bar, at most every TICK seconds."""
        if self._progress is not None and time.monotonic() - self._drawn >= TICK:
            self._progress.refresh()
            self._drawn = time.monotonic()

    def line(self, text: str) -> None:
        """One line on stderr, above the progress bar when there is one."""
        if self.interactive:
            # markup/highlight off: file names like [2020]p1.txt are not rich markup
            self._rich_console().print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()

    def notice(self, text: str) -> None:
        if not self.quiet:
            self.line(f"newsseg: {text}")

    def page(self, result: Result) -> None:
        """Report one finished page (called in input order)."""
        if result.skipped:
            return
        if not self.quiet:
            for w in result.warnings:
                self.line(f"newsseg: {result.name}: warning: {w}")
        for e in result.explain:
            self.line(e)
        if result.error is not None:
            self.line(f"newsseg: {result.error}")
            if self.errors is not None:
                self.errors.write(json.dumps({"page": result.name, "error": result.error}, ensure_ascii=False) + "\n")
                self.errors.flush()  # a killed run keeps the failures found so far

    def finish(self, summary: Summary, resume_hint: bool = False) -> None:
        if self._progress is not None:
            self._progress.refresh()
            self._progress.stop()
            self._progress = None
        if summary.closed_output:
            return
        if summary.interrupted:
            done = summary.processed + summary.skipped
            hint = "; rerun with --resume to continue" if resume_hint else ""
            self.line(f"newsseg: interrupted after {done} of {summary.pages} pages{hint}")
        if not self.interactive:
            return
        from rich.table import Table

        table = Table(title="newsseg split" + (" (interrupted)" if summary.interrupted else ""), show_header=False)
        table.add_column(justify="left")
        table.add_column(justify="right")
        rate = summary.processed / summary.elapsed if summary.elapsed > 0 else 0.0
        rows = [
            ("pages", f"{summary.pages}"),
            ("processed", f"{summary.processed}"),
            *([("skipped (up to date)", f"{summary.skipped}")] if summary.skipped else []),
            ("articles", f"{summary.articles}"),
            ("pages with warnings", f"{summary.warned}"),
            ("failed pages", f"{len(summary.failed)}"),
            *([("links not followed", f"{summary.not_followed}")] if summary.not_followed else []),
            ("time", f"{summary.elapsed:.1f} s ({rate:.1f} pages/s)"),
        ]
        for what, value in rows:
            table.add_row(what, value)
        console = self._rich_console()
        console.print(table)
        if summary.failed:
            console.print("Failed pages:", markup=False, highlight=False)
            for _, error in summary.failed[: self.MAX_LISTED]:
                console.print(f"  {error}", markup=False, highlight=False, soft_wrap=True)
            more = len(summary.failed) - self.MAX_LISTED
            if more > 0:
                where = "in the --errors file" if self.errors is not None else "above (or use --errors FILE)"
                console.print(f"  … and {more} more, listed {where}", markup=False, highlight=False)


# --- output sinks ------------------------------------------------------------------------------------------
class StreamSink:
    """Records to one stream, in input order. JSON pages form one array (written as they come, byte for
    byte what ``json.dumps(pages, indent=1)`` gives), or a lone object when the run has a single page."""

    def __init__(self, out: IO[str], fmt: str, single: bool) -> None:
        self.out, self.fmt, self.single = out, fmt, single
        self.count = 0

    def write(self, result: Result) -> None:
        if result.output is None:
            return
        if self.fmt == "jsonl":
            self.out.write(result.output)
        elif self.single:
            self.out.write(result.output + "\n")
        else:
            self.out.write(("[\n " if self.count == 0 else ",\n ") + result.output.replace("\n", "\n "))
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


# --- the run -----------------------------------------------------------------------------------------------
def run(
    tasks: list[Task],
    settings: Settings,
    *,
    out: IO[str] | None = None,
    out_dir: str | None = None,
    outputs: dict[int, tuple[str, ...]] | None = None,
    jobs: int = 1,
    timeout: float | None = 60.0,
    resume: bool = False,
    reporter: Reporter | None = None,
    notices: Sequence[str] = (),
    target: Target = process_task,
) -> Summary:
    """Process ``tasks`` (indexed 0..n-1 in input order) and write their output: to ``out`` in input order, or
    each to ``out_dir`` under ``outputs[index]`` (from plan_outputs) as soon as it is done. Failures, warnings
    and the progress go to ``reporter`` in input order; ``notices`` (links not followed) are printed first.
    Ctrl-C stops the run (workers killed, the summary so far printed): exit code 130; a closed ``out`` stops
    it quietly. Never raises for a bad page."""
    reporter = reporter or Reporter(quiet=True, interactive=False)
    summary = Summary(pages=len(tasks), not_followed=len(notices))
    started = time.monotonic()
    sink = StreamSink(out, settings.fmt, single=len(tasks) == 1) if out is not None else None
    outputs = outputs or {}
    verified: set[tuple[str, ...]] = set()  # output folders known to be real folders inside out_dir
    pending: dict[int, Result] = {}  # finished pages waiting for an earlier one, by index
    next_index = 0
    window = max(1, jobs) * ORDER_WINDOW_PER_JOB

    def deliver() -> None:
        """Report (and with a stream, write) the finished pages that are next in input order."""
        nonlocal next_index
        while next_index in pending:
            result = pending.pop(next_index)
            if sink is not None:
                sink.write(result)
            reporter.page(result)
            summary.add(result)
            next_index += 1

    def arrived(result: Result) -> None:
        parts = outputs.get(result.index)
        if out_dir is not None and parts is not None and result.output is not None:
            # Written at once, not in input order: a slow page must not hold back files already done.
            text = result.output + ("\n" if settings.fmt == "json" else "")
            try:
                write_atomic(out_dir, parts, text, verified)
            except NewssegError as e:
                result = dataclasses.replace(result, output=None, error=f"{result.name}: {e}")
        pending[result.index] = result
        reporter.advance()
        deliver()

    results: Iterator[Result] | None = None
    todo: list[Task] = []
    try:
        reporter.start(len(tasks))
        for notice in notices:
            reporter.notice(notice)
        for task in tasks:
            parts = outputs.get(task.index)
            if resume and out_dir is not None and parts is not None and is_up_to_date(task.path, out_dir, parts):
                pending[task.index] = Result(task.index, task.name, skipped=True)
            else:
                todo.append(task)
        reporter.advance(len(tasks) - len(todo))
        deliver()
        if jobs <= 1 or len(todo) <= 1:
            results = run_inline(todo, settings, timeout, target)
        else:
            # A worker cannot read our stdin: read it here (the page is still processed in a worker).
            todo = [
                dataclasses.replace(t, data=sys.stdin.buffer.read()) if t.path is None and t.error is None else t
                for t in todo
            ]
            may_start = (lambda t: t.index < next_index + window) if sink is not None else None
            results = run_pool(todo, settings, jobs, timeout, may_start=may_start, target=target, tick=reporter.tick)
        for result in results:
            arrived(result)
    except KeyboardInterrupt:
        summary.interrupted = True
    except BrokenPipeError:
        summary.closed_output = True
    except RuntimeError as e:  # from run_pool: worker processes cannot run here at all
        summary.aborted = str(e)
        # Every page not done yet is reported as not processed: none goes missing without a word.
        for task in todo:
            if task.index >= next_index and task.index not in pending:
                pending[task.index] = Result(task.index, task.name, error=f"{task.name}: not processed: {e}")
        deliver()
    finally:
        _close_quietly(results)
    if summary.interrupted and sink is None:
        # Pages already written to out_dir but still waiting for a slower page before them to be reported.
        for index in sorted(pending):
            reporter.page(pending[index])
            summary.add(pending[index])
    if sink is not None and not summary.closed_output:
        try:
            sink.close()
        except BrokenPipeError:
            summary.closed_output = True
    summary.elapsed = time.monotonic() - started
    reporter.finish(summary, resume_hint=out_dir is not None)
    return summary


def _close_quietly(results: Iterator[Result] | None) -> None:
    """Stop the workers (closing run_pool's generator kills them), with Ctrl-C ignored meanwhile: a second
    Ctrl-C must not leave workers running."""
    if results is None:
        return
    previous: Any = None
    with contextlib.suppress(ValueError):  # not the main thread: signals cannot be changed there
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        results.close()  # type: ignore[attr-defined]
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
