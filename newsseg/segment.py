"""Segmentation: sort the repaired units into article bodies, headline zones, captions and residue.

A page is read as a flow of units. An article starts where a dateline opens a paragraph, or where body text
follows a headline zone. A headline zone is a run of short units with no sentence end (headline lines, with
captions and furniture among them) that stands outside the paragraph flow: at the top or the foot of the page,
right before a dateline, or marked as display type (letter-spaced, or wider than the column it sits in). A
single short unit inside running text is an in-body subhead or a byline and stays in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .config import Config
from .datelines import match_dateline
from .model import Decision, Dateline
from .repair import LineInfo, ends_sentence, join_lines

# 图片说明: captions open with 图为/上图/图：, or close with a photographer's credit (摄/攝, 供图, 资料图片).
_CAPTION_OPEN = re.compile(r"^\s*[（(]?\s*(?:[上下左右中]?[图圖]\s*[为為：:]|[上下左右][图圖]|[图圖]\s*\d|[图圖]片[：:])")
_CAPTION_CREDIT = re.compile(
    r"(?:[摄攝]|供[图圖]|[图圖]片|資料[图圖]片|资料[图图]片|美聯社|美联社|法新社|路透社|新[华華]社[发發]|中新社[发發])"
    r"\s*[）)]?\s*$"
)


def is_caption(text: str) -> bool:
    return bool(_CAPTION_OPEN.search(text) or _CAPTION_CREDIT.search(text))


@dataclass(slots=True)
class Unit:
    """A repaired unit with what segmentation found out about it."""

    infos: list[LineInfo]
    kind: str = "body"  # body | short | caption | furniture
    dateline: tuple[Dateline, int] | None = None

    @property
    def raw(self) -> str:
        return join_lines([i.line.text for i in self.infos])

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(i.line.number for i in self.infos)

    @property
    def width(self) -> float:
        return sum(i.width for i in self.infos)


@dataclass(slots=True)
class ArticleDraft:
    units: list[Unit] = field(default_factory=list)  # body units, in order
    captions: list[Unit] = field(default_factory=list)

    @property
    def dateline(self) -> tuple[Dateline, int] | None:
        return self.units[0].dateline if self.units else None


@dataclass(slots=True)
class HeadlineZone:
    """Headline and caption lines that stand together outside the flow, with the article that follows."""

    infos: list[LineInfo]
    next_article: int | None  # index of the article that starts right after the zone, if any
    prev_article: int | None


@dataclass(slots=True)
class Segmentation:
    articles: list[ArticleDraft]
    zones: list[HeadlineZone]
    captions: list[tuple[Unit, int | None]]  # caption units found in the flow, with the article around them
    residue: list[Unit]


def classify(groups: list[list[LineInfo]], config: Config) -> list[Unit]:
    units = []
    for g in groups:
        u = Unit(g)
        raw = u.raw
        if all(i.furniture for i in g):
            u.kind = "furniture"
        elif (d := match_dateline(raw)) is not None:
            u.dateline = d
        elif is_caption(raw) and len(g) <= 6:
            u.kind = "caption"
        elif (
            not ends_sentence(raw)
            and len(g) <= config.headline_unit_lines
            and max(i.width for i in g) <= config.headline_max_width
        ):
            u.kind = "short"
        units.append(u)
    return units


def _display_type(u: Unit) -> bool:
    """Set as display type: letter-spaced, or wider than the column measure around it (spans columns)."""
    return any(i.letter_spaced or i.width > i.measure + 1.5 for i in u.infos)


def segment(groups: list[list[LineInfo]], config: Config, trace: list[Decision] | None = None) -> Segmentation:
    units = classify(groups, config)

    def note(action: str, u: Unit, reason: str) -> None:
        if trace is not None:
            trace.append(Decision("segment", action, u.lines, reason))

    # Find runs of non-body units and decide whether each is a headline zone.
    body_idx = [k for k, u in enumerate(units) if u.kind == "body"]
    first_body = body_idx[0] if body_idx else len(units)
    last_body = body_idx[-1] if body_idx else -1
    zone_at: dict[int, list[Unit]] = {}  # start index -> units of a headline zone
    k = 0
    while k < len(units):
        if units[k].kind == "body":
            k += 1
            continue
        j = k
        while j < len(units) and units[j].kind != "body":
            j += 1
        run = units[k:j]
        nxt = units[j] if j < len(units) else None
        reason = ""
        if j > last_body:
            reason = "foot of the page, after the last body text"
        elif k < first_body:
            reason = "top of the page, before the first body text"
        elif nxt is not None and nxt.dateline is not None:
            reason = "stands right before a dateline"
        elif any(_display_type(u) for u in run if u.kind == "short"):
            reason = "display type (letter-spaced or wider than the column)"
        if reason:
            zone_at[k] = run
            for u in run:
                note("headline-zone", u, reason)
        k = j

    articles: list[ArticleDraft] = []
    zones: list[HeadlineZone] = []
    captions: list[tuple[Unit, int | None]] = []
    residue: list[Unit] = []
    current: ArticleDraft | None = None
    after_zone = False
    k = 0
    while k < len(units):
        if k in zone_at:
            run = zone_at[k]
            infos: list[LineInfo] = []
            for u in run:
                if u.kind == "furniture":
                    residue.append(u)
                else:
                    infos.extend(u.infos)
            prev = len(articles) - 1 if articles else None
            zones.append(HeadlineZone(infos, None, prev))
            after_zone = True
            k += len(run)
            continue
        u = units[k]
        k += 1
        if u.kind == "furniture":
            residue.append(u)
            continue
        if u.kind == "caption":
            captions.append((u, len(articles) - 1 if articles else None))
            continue
        starts = u.dateline is not None or after_zone or current is None
        if starts and current is not None and not current.units:
            starts = False
        if starts:
            current = ArticleDraft()
            articles.append(current)
            for z in zones:
                if z.next_article is None and after_zone and z is zones[-1]:
                    z.next_article = len(articles) - 1
            note(
                "start-article",
                u,
                "dateline opens the paragraph" if u.dateline else "body text after a headline zone"
                if after_zone else "first body text on the page",
            )
        assert current is not None
        current.units.append(u)
        after_zone = False
    return Segmentation(articles, zones, captions, residue)
