"""The domain objects that flow between the stages and out of the pipeline.

Everything here is plain data: frozen dataclasses with a ``to_record`` where the object reaches the output.
Line numbers are always 1-based numbers of the *input* lines, so a user can find any piece in the source page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

UnitKind = Literal["paragraph", "headline", "caption", "residue"]


@dataclass(frozen=True, slots=True)
class Line:
    """One input line after normalization (``text``) with its place in the source page."""

    number: int  # 1-based input line number
    text: str  # normalized text, spaces not yet squeezed (that needs to know what the line is)
    blank_before: int = 0  # how many blank input lines stand right before this one
    merged: tuple[int, ...] = ()  # further input lines folded into this one (a vertically set title)

    @property
    def numbers(self) -> tuple[int, ...]:
        return (self.number, *self.merged)


@dataclass(frozen=True, slots=True)
class Dateline:
    """电头/消息头: the formula that opens a news article (本报讯（记者 X）, 新华社北京4月10日电 …)."""

    text: str  # as printed (spaces squeezed the way the body is)
    source: str | None  # 本报讯, 新华社, 中新社, 中央社 … (None: a paper's own desk, 〔記者某某／台北報導〕)
    place: str | None = None
    date: str | None = None  # as written, e.g. "4月10日"
    reporters: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "source": self.source,
            "place": self.place,
            "date": self.date,
            "reporters": list(self.reporters),
        }


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of the repaired page in source order: a paragraph, a headline line, a caption, or residue."""

    kind: UnitKind
    text: str
    lines: tuple[int, ...]  # input line numbers the text came from, in order


@dataclass(frozen=True, slots=True)
class Headline:
    """引题 kicker / 主题 title / 副题 subtitle, with the lines they came from."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None
    lines: tuple[int, ...] = ()
    # the input lines of each part, in the order kicker, title, subtitle (empty for a missing part)
    part_lines: tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]] = ((), (), ())
    # why the lines were parted so, where a rule of the page's own words decided it (for --explain; not output)
    parts_reason: str = ""

    def parts(self) -> list[tuple[str, tuple[int, ...]]]:
        """The parts that are there, kicker first, each with its own lines."""
        return [(t, ln) for t, ln in zip((self.kicker, self.title, self.subtitle), self.part_lines, strict=True) if t]

    def to_record(self) -> dict[str, Any]:
        return {"kicker": self.kicker, "title": self.title, "subtitle": self.subtitle}

    @property
    def text(self) -> str:
        return "".join(p for p in (self.kicker, self.title, self.subtitle) if p)


@dataclass(frozen=True, slots=True)
class Residue:
    """Text of the page that belongs to no article: masthead, page number, editor credits, stray fragments."""

    text: str
    lines: tuple[int, ...]

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "lines": list(self.lines)}


@dataclass(frozen=True, slots=True)
class Article:
    """稿件: one article of the page with everything attached to it."""

    index: int
    paragraphs: tuple[str, ...]
    lines: tuple[int, int]  # first and last input line of the body
    body_lines: tuple[int, ...] = ()  # every input line the body came from
    headline: Headline | None = None
    dateline: Dateline | None = None
    captions: tuple[str, ...] = ()
    caption_spans: tuple[tuple[int, ...], ...] = ()  # the input lines of each caption

    @property
    def caption_lines(self) -> tuple[int, ...]:
        return tuple(n for span in self.caption_spans for n in span)

    headline_confidence: float = 0.0

    def to_record(self, page: str, convert: Any = None) -> dict[str, Any]:
        """The article as the JSON record other tools read; ``convert`` maps every output string (opencc)."""
        c = convert or (lambda s: s)
        headline = self.headline.to_record() if self.headline else None
        if headline:
            headline = {k: (c(v) if v else v) for k, v in headline.items()}
        dateline = self.dateline.to_record() if self.dateline else None
        if dateline:
            dateline = {
                k: ([c(r) for r in v] if isinstance(v, list) else (c(v) if v else v)) for k, v in dateline.items()
            }
        return {
            "page": page,
            "index": self.index,
            "headline": headline,
            "dateline": dateline,
            "paragraphs": [c(p) for p in self.paragraphs],
            "captions": [c(x) for x in self.captions],
            "lines": list(self.lines),
            "headline_lines": list(self.headline.lines) if self.headline else None,
            "confidence": {"headline": round(self.headline_confidence, 3)},
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """One explained decision of the pipeline, recorded only when ``Config.explain`` is on."""

    stage: str  # repair, segment, headlines …
    action: str  # join, break, start-article, attach-headline …
    lines: tuple[int, ...]
    reason: str
    scores: dict[str, float] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "action": self.action,
            "lines": list(self.lines),
            "reason": self.reason,
            "scores": {k: round(v, 3) for k, v in self.scores.items()},
        }


@dataclass(frozen=True, slots=True)
class Page:
    """版面: the result for one input page."""

    page: str
    articles: tuple[Article, ...]
    residue: tuple[Residue, ...] = ()
    blocks: tuple[Block, ...] = ()  # the repaired page in source order (what `newsseg clean` prints)
    warnings: tuple[str, ...] = ()
    encoding: str | None = None
    explain: tuple[Decision, ...] = ()

    def clean_text(self) -> str:
        """The repaired page in source order, one unit per block, blocks separated by one blank line."""
        return "\n\n".join(b.text for b in self.blocks if b.text) + "\n"

    def records(self, convert: Any = None) -> list[dict[str, Any]]:
        return [a.to_record(self.page, convert) for a in self.articles]

    def to_record(self, convert: Any = None) -> dict[str, Any]:
        c = convert or (lambda s: s)
        out: dict[str, Any] = {
            "page": self.page,
            "encoding": self.encoding,
            "warnings": list(self.warnings),
            "articles": self.records(convert),
            "residue": [{"text": c(r.text), "lines": list(r.lines)} for r in self.residue],
        }
        if self.explain:
            out["explain"] = [d.to_record() for d in self.explain]
        return out
