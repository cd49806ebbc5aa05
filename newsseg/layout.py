"""Columns laid side by side: the text of ``pdftotext -layout`` (and of any tool that keeps a page's geometry).

Such a tool writes each row of the page across all its columns, padding with spaces so that every column
starts at the same place on every line: two stories set beside each other come out as lines that each hold a
line of both. Read in line order, every row would join a line of one story to a line of the other. A
column's gutter is a strip of the page that no line writes into, down a run of lines: the lines of such a
band are read column by column, the left one first (as a reader reads a page of columns), and a column cut
off this way may itself hold columns (three stories in a row).

The positions are display cells: a hanzi or full-width mark two, an ASCII character one, as a terminal and
the layout tool count them (the same page read back by character counts is tried too, for tools that pad
by characters). A column never splits a line of running text: a band needs rows of words on both sides of
its gutter, clause marks on both, and no row crossing it; a table's columns of figures, a row of titles
across the page or a masthead's items a line apart are no such band.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from .chardata import CLAUSE_BREAKS
from .config import Config
from .model import Decision, Line
from .normalize import bigrams, ocr_clause_marks
from .repair import ends_sentence, is_furniture

_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A cell's label and its colon opening a side of a row (问题：, 整改：).
_CELL_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{1,6}[：:]")
_RUNNING_MARKS = frozenset(CLAUSE_BREAKS) | {"。"}
_WIDE = frozenset("WF")


def _display_cells(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in _WIDE else 1


def _char_cells(ch: str) -> int:
    return 1


def _positions(text: str, cells: Callable[[str], int]) -> list[int]:
    """The cell each character of ``text`` starts at, and the end of the line as the last item."""
    out, x = [], 0
    for ch in text:
        out.append(x)
        x += cells(ch)
    out.append(x)
    return out


class _Row:
    """One line as runs of text on a grid of cells: where a gutter may pass and what lies on either side."""

    __slots__ = ("line", "pos", "spans")

    def __init__(self, line: Line, cells: Callable[[str], int], gap: int) -> None:
        self.line = line
        self.pos = _positions(line.text, cells)
        # Runs of text, spaces of fewer than ``gap`` cells inside them: a title's phrases (两 spaces) are one run
        # to a gutter, which must be wider.
        spans: list[tuple[int, int]] = []
        for m in re.finditer(r"\S+", line.text):
            start, end = self.pos[m.start()], self.pos[m.end()]
            if spans and start - spans[-1][1] < gap:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        self.spans = spans

    def free_at(self, x: int) -> bool:
        """No run of text covers the cell ``x`` (a gutter may pass there)."""
        return all(not (s <= x < e) for s, e in self.spans)

    def split_index(self, x: int) -> int:
        """The index of the first character at or right of cell ``x``."""
        for i, p in enumerate(self.pos):
            if p >= x:
                return i
        return len(self.line.text)


def _sides(row: _Row, x: int) -> tuple[str, str]:
    cut = row.split_index(x)
    return row.line.text[:cut], row.line.text[cut:]


def _band_ok(rows: Sequence[_Row], x: int, config: Config) -> int:
    """How many rows hold running text on both sides of a gutter at ``x``, or 0 when the band is no two
    columns of text (a table, titles in a row, too few rows)."""
    both = 0
    marks = [False, False]
    for r in rows:
        left, right = _sides(r, x)
        hanzi = len(_HANZI.findall(left)), len(_HANZI.findall(right))
        if min(hanzi) >= config.layout_row_hanzi:
            both += 1
        for side, text in ((0, left), (1, right)):
            if not marks[side] and not _RUNNING_MARKS.isdisjoint(text):
                marks[side] = True
    # (no poem's couplets set apart, 细雨轻烟锁旧庐，      归人踏露过前湖。: a column's lines are cut wherever the
    # measure ends, seldom on a clause mark, a couplet's first half always)
    halves = [r for r in rows if any(s < x for s, _ in r.spans) and any(s > x for s, _ in r.spans)]
    marked = sum(_sides(r, x)[0].rstrip()[-1:] in _RUNNING_MARKS for r in halves)
    if halves and marked >= config.layout_marked_share * len(halves):
        return 0
    # (nor a table of labelled cells, 问题：…    整改：…: most rows open one side on the same label and its colon,
    # where a column's lines open on whatever word the measure left them)
    for side in (0, 1):
        labels = Counter(m[0] for r in halves if (m := _CELL_LABEL.match(_sides(r, x)[side])))
        if halves and labels and labels.most_common(1)[0][1] >= config.layout_marked_share * len(halves):
            return 0
    # (and the right column's lines start at one cell, or an indent further: an OCR engine that wrote two columns
    # row by row leaves gutters of any width, which unfold_side_by_side reads, row by row)
    starts = [next(s for s, _ in r.spans if s > x) for r in rows if any(s > x for s, _ in r.spans)]
    aligned = max((sum(edge <= s <= edge + config.layout_indent_cells for s in starts) for edge in starts), default=0)
    if aligned < config.layout_aligned_share * len(starts):
        return 0
    return both if both >= config.layout_rows and all(marks) else 0


def _core(rows: Sequence[_Row], a: int, b: int, x: int) -> tuple[int, int]:
    """The rows of ``rows[a:b]`` that the gutter at ``x`` parts into two columns, or an empty range where no row
    has text on both sides: every row of the run, a column's lines alone on their rows included (one column
    running on below the other, or starting above it); but where the last row of two ends the left column's
    sentence and not the right one's, the lines under it at the left edge go on with the right column (an
    engine that wrote two columns row by row writes the one left over from the left edge), and only the right
    column's own rows below belong to the band."""

    def sides(r: _Row) -> tuple[bool, bool]:
        return any(s < x for s, _ in r.spans), any(s > x for s, _ in r.spans)

    both = [k for k in range(a, b) if all(sides(rows[k]))]
    if not both:
        return a, a
    left, right = _sides(rows[both[-1]], x)
    left_open, right_open = not ends_sentence(left), not ends_sentence(right)
    below = [rows[k].line.text for k in range(both[-1] + 1, b) if sides(rows[k]) == (True, False)]
    if not below or (left_open and not right_open):
        return a, b
    if left_open == right_open:
        # (both columns stop at a sentence end, or neither: the words tell which one the lines below go on with)
        grams = bigrams("".join(below))
        lefts = bigrams("".join(_sides(rows[k], x)[0] for k in both))
        rights = bigrams("".join(_sides(rows[k], x)[1] for k in both))
        if len(grams & lefts) >= len(grams & rights):
            return a, b
    last = both[-1]
    for k in range(last + 1, b):
        if sides(rows[k]) == (False, True):
            last = k
    return a, last + 1


def _bands(rows: Sequence[_Row], config: Config) -> list[tuple[int, int, int, int]]:
    """Runs of rows (start, end, gutter cell, rows with text both sides) that a gutter parts, widest first
    taken, none overlapping."""
    width = max((r.spans[-1][1] for r in rows if r.spans), default=0)
    found: list[tuple[int, int, int, int]] = []
    for x in range(config.layout_min_column_cells, width - config.layout_min_column_cells):
        i, n = 0, len(rows)
        while i < n:
            if not rows[i].spans or not rows[i].free_at(x):
                i += 1
                continue
            j = i
            while j < n and rows[j].free_at(x):
                j += 1
            # (blank rows at the band's ends belong to no column, nor does the page's furniture there, a masthead
            # or a foot line of credits whose items happen to stand apart where the gutter passes)
            a, b = i, j
            while a < b and (not rows[a].spans or is_furniture(rows[a].line.text)):
                a += 1
            while b > a and (not rows[b - 1].spans or is_furniture(rows[b - 1].line.text)):
                b -= 1
            a, b = _core(rows, a, b, x)
            if b - a >= config.layout_rows and (score := _band_ok(rows[a:b], x, config)):
                found.append((a, b, x, score))
            i = j
    chosen: list[tuple[int, int, int, int]] = []
    # (the band with most rows of two columns first; of one band's equal gutters, the leftmost cell of the strip,
    # so a column's indented lines stay indented)
    for band in sorted(found, key=lambda t: (-t[3], -(t[1] - t[0]), t[2])):
        if all(band[1] <= c[0] or band[0] >= c[1] for c in chosen):
            chosen.append(band)
    return sorted(chosen)


def _read(lines: list[Line], config: Config, cells: Callable[[str], int], depth: int) -> tuple[list[Line], int]:
    rows = [_Row(ln, cells, config.layout_gutter_cells) for ln in lines]
    bands = _bands(rows, config)
    if not bands:
        return lines, 0
    out: list[Line] = []
    parted = 0
    at = 0
    for a, b, x, _ in bands:
        out += lines[at:a]
        left: list[Line] = []
        right: list[Line] = []
        blanks_left = blanks_right = 0
        for k in range(a, b):
            text_left, text_right = _sides(rows[k], x)
            ln = lines[k]
            if text_left.strip():
                left.append(replace(ln, text=text_left.rstrip(), blank_before=ln.blank_before + blanks_left))
                blanks_left = 0
            else:
                blanks_left += 1 + ln.blank_before
            if text_right.strip():
                # (the right column starts a block of its own, as the tool would have written it apart)
                first = not right
                gap = max(1, ln.blank_before) if first else ln.blank_before + blanks_right
                right.append(replace(ln, text=text_right, blank_before=gap))
                blanks_right = 0
            else:
                blanks_right += 1 + ln.blank_before
        # (the right part left at the gutter's cell keeps its indent, measured from its column's own left edge)
        lead = min((len(t.text) - len(t.text.lstrip()) for t in right), default=0)
        right = [replace(t, text=t.text[lead:]) for t in right]
        if depth > 1:
            left, more_left = _read(left, config, cells, depth - 1)
            right, more_right = _read(right, config, cells, depth - 1)
            parted += more_left + more_right
        out += left + right
        parted += 1
        at = b
    out += lines[at:]
    return out, parted


def read_columns(text: str, config: Config, trace: list[Decision] | None = None) -> tuple[str, tuple[int, ...]] | None:
    """The page's text with the columns a layout-keeping extractor wrote side by side read one after the other
    (see the module's docstring), and for each of its lines the input line it came from; None for a page with
    no such columns (nearly every page: they come back untouched)."""
    raw = text.split("\n")
    # (an OCR engine keeps no geometry: its rows of two columns, gutters padded to any width, are unfold_side_by_side's;
    # its ASCII clause marks among the hanzi say the page is its)
    if ocr_clause_marks(text) >= config.ocr_page_min_marks:
        return None
    # (cheap first: a page with no wide gap inside its lines has no gutter)
    wide = " " * config.layout_gutter_cells
    if sum(wide in r.strip() for r in raw) < config.layout_rows:
        return None
    lines: list[Line] = []
    blanks = 0
    for number, r in enumerate(raw, start=1):
        if not r.strip():
            blanks += 1
            continue
        lines.append(Line(number, r.rstrip("\r").expandtabs(), blanks))
        blanks = 0
    best, parted = lines, 0
    for cells in (_display_cells, _char_cells):
        read, n = _read(lines, config, cells, config.layout_max_depth)
        if n > parted:
            best, parted = read, n
    if not parted:
        return None
    out: list[str] = []
    table: list[int] = []
    for ln in best:
        out += [""] * ln.blank_before
        table += [ln.number] * ln.blank_before
        out.append(ln.text)
        table.append(ln.number)
    if trace is not None:
        trace.append(
            Decision(
                "layout",
                "columns",
                tuple(ln.number for ln in best),
                "columns written side by side (a layout-keeping extractor): each band of rows read column by "
                "column, the left one first",
                {"bands": parted},
            )
        )
    return "\n".join(out), tuple(table)
