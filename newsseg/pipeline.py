"""The pipeline, composed in one place.

``split`` runs the stages in this order; the numbers repeat in the code below.

1. normalize  — per input line: fold full-width letters and digits, fix ASCII punctuation in Chinese text.
2. repair     — rejoin hard wraps; tell paragraph breaks from column and page breaks (``repair``).
3. datelines  — recognise 电头 that open paragraphs (``datelines``, called from ``segment``).
4. segment    — sort units into article bodies, headline zones, captions and residue (``segment``).
5. headlines  — cut headline zones into headlines, split kicker/title/subtitle, attach by content
                (``headlines``); attach captions the same way.
6. records    — squeeze stray spaces by what each unit is, and build the ``Page`` (``model``).

Every stage is a pure function of its input and the ``Config``; decisions are recorded only when
``config.explain`` is on.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import TypeVar

from .chardata import CLAUSE_BREAKS, LEANS_ON_NEXT, SMALL_FORMS
from .config import Config
from .datelines import (
    DATE,
    SPACED_ROLE,
    byline_dateline,
    join_parted_names,
    mend_parted_names,
    parse_reporters,
    reported_dateline,
    surnamed,
)
from .headlines import (
    LATIN_WORDS_LINE,
    NOTICE_KIND_ALONE,
    Attachment,
    Matcher,
    attach,
    best_article,
    build_headline,
    content_key,
    couplet,
    cut_headlines,
    fold_vertical,
    set_in_traditional,
    slogan_couplet,
    untagged,
)
from .layout import read_columns
from .model import Article, Block, Dateline, Decision, Headline, Line, Page, Residue
from .normalize import (
    fix_punctuation,
    fold_joined,
    fold_width,
    normalize_line,
    ocr_clause_marks,
    printed_forms,
    settled_spaces,
    squeeze_spaces,
    word_bigrams,
)
from .repair import (
    BRIEFS_LABEL,
    BULLET,
    CAPTION_OPEN,
    CHAIR_SIGNATURE,
    DATED_LEAD,
    LABEL,
    NUMBER_TO_CALL,
    PICTURE_CREDIT_ALONE,
    SUBTITLE_DASH,
    TAG_ALONE,
    TEACHER_CREDIT,
    LineInfo,
    closing_credit_start,
    ends_sentence,
    is_briefs_label,
    is_figures_row,
    is_furniture,
    is_letter_spaced,
    is_table_row,
    join_lines,
    line_width,
    paragraphs,
    reading_order,
)
from .resegment import (
    cut_photo_insets,
    reclaim_answers,
    reclaim_resumed_tails,
    reclaim_tails_after_briefs,
    rejoin_editors_notes,
    rejoin_measure_splits,
    rejoin_numbered_sections,
    rejoin_resumed_stories,
    rejoin_standfirsts,
    rejoin_subheads,
    split_at_captions,
    split_at_editors_notes,
    split_at_titles,
    split_by_vocabulary,
    split_for_headline,
    split_for_part,
)
from .segment import (
    ADVISER_SIGNATURE,
    BRACKETED_PHOTO_CREDIT,
    CAPTION_CREDIT,
    CHART_CREDIT,
    EXPERT_SIGNATURE,
    MOURNERS,
    ArticleDraft,
    HeadlineZone,
    Segmentation,
    Unit,
    caption_cut_above,
    is_caption,
    pen_name_closing,
    person_signing,
    reader_signature,
    segment,
)

DEFAULT = Config()

# Within a dateline's brackets the space between role and names is printed and kept (（记者 刘小宇）).
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_WS = re.compile(r"\s+")
_BRACKET_PAD = re.compile(r"([（(【\[])\s+|\s+([）)】\]])")
# A dateline's source alone in brackets, its formula's last word closing it (【本報訊】, 【路透社東京25日電】).
_SOURCE_IN_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[讯訊电電][）)】\]]")


def _split_lines(text: str, config: Config) -> list[Line]:
    out: list[Line] = []
    blanks = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            blanks += 1
            continue
        out.append(Line(number, normalize_line(raw.rstrip("\r"), config), blanks))
        blanks = 0
    return out


def _squeeze(text: str, config: Config, *, phrases: bool = False) -> str:
    """Squeeze the spaces of a joined unit, once its marks can see their neighbours across the old line ends
    (a lone "." line joined after 一“一” is a full stop only now)."""
    if config.ascii_punct_to_fullwidth:
        text = fix_punctuation(text, midword=False)
    text = settled_spaces(text, keep_phrase_spaces=phrases) if config.squeeze_spaces else _WS.sub(" ", text).strip()
    if config.ascii_punct_to_fullwidth and config.squeeze_spaces:
        # and a mark that a stray space kept from its hanzi (體」 (Ph…) sees it once the space is gone
        fixed = fix_punctuation(text, midword=False)
        if fixed != text:
            text = settled_spaces(fixed, keep_phrase_spaces=phrases)
    return fold_joined(text, config)


def _joined(infos: list[LineInfo], config: Config) -> str:
    """Lines outside the paragraph flow (captions, strays) as one text, phrase spaces kept."""
    text = join_lines([i.line.text for i in infos])
    if config.squeeze_spaces and (m := _CAPTION_CREDIT_END.search(text)) is not None:
        # (a caption's credit whose name was padded or OCR-spaced, 记者 林 涛 摄, keeps its role and name apart but
        # the name whole, as a byline does: 记者 林涛 摄)
        text = text[: m.start()] + join_parted_names(text[m.start() :])
    return _squeeze(text, config, phrases=True)


# A role followed by names after a space, in a dateline without brackets (本报讯 记者 某某).
_OPEN_CREDIT = re.compile(r"(?:记者|記者|通讯员|通訊員)\s+\S")


def _render_dateline_paragraph(raw: str, end: int, config: Config, keep_spaces: bool = False) -> str:
    """The dateline as printed (bracketed spaces kept), then the body squeezed like any paragraph."""
    head, rest = raw[:end], raw[end:]
    # (an OCR engine's space inside a role, 本报记 者 某某 报道, goes before the role and the names are read)
    head = SPACED_ROLE.sub("", head)
    pieces, pos = [], 0
    for m in _BRACKETED.finditer(head):
        pieces.append(_WS.sub("", head[pos : m.start()]))
        # role and names keep the space between them; letter-spacing (记 者 倪 红 梅) goes, and so does any space in
        # a source's formula, which names nobody (【本 報訊】, 【明報 專訊】)
        if _SOURCE_IN_BRACKETS.fullmatch(_WS.sub("", m.group())):
            pieces.append(_WS.sub("", m.group()))
            pos = m.end()
            continue
        # (a name of two padded to three cells, 记者 何 雨, made whole first, unless the whole credit is letter-spaced)
        credit = m.group() if is_letter_spaced(m.group()[1:-1]) else mend_parted_names(m.group())
        inner = squeeze_spaces(credit, keep_phrase_spaces=True)
        pieces.append(_BRACKET_PAD.sub(lambda b: b.group(1) or b.group(2), inner))
        pos = m.end()
    pieces.append(_WS.sub("", head[pos:]))
    head_text = "".join(pieces)
    open_credit = not pieces[1:] and _OPEN_CREDIT.search(head) is not None
    if open_credit:
        # a credit printed without brackets, 本报讯 记者 某某, 本报记者 某某 某某: its role and names keep their spaces
        head_text = squeeze_spaces(head, keep_phrase_spaces=True).strip()
    if config.ascii_punct_to_fullwidth:
        # (a bracket the OCR read as ASCII at a line end sees the hanzi after it only now: 讯( / 通讯员…)
        head_text = fix_punctuation(head_text, midword=False)
    body = _squeeze(rest, config, phrases=keep_spaces)
    if not keep_spaces and (cut := closing_credit_start(rest)) is not None:
        # (a dated brief's reporters in brackets after its last sentence keep their spaces, as an undated one's do:
        # 本报讯 5月18日，…约5天。（记者 钱磊）)
        body = _squeeze(rest[:cut], config) + _squeeze(rest[cut:], config, phrases=True)
    # 新华社北京4月10日电 中共中央…, 本报讯 由市慈善总会…: the space after 电 or 讯 is part of the printed formula.
    # (and so does the space after a credit printed without brackets, 本报记者 某某 今年以来…)
    closes = head_text[-1:] in "电電讯訊" or open_credit
    sep = " " if closes and rest[:1].isspace() and body[:1] not in "（(【，。：、" else ""
    return fold_joined(head_text + sep + body, config)


# A notice's contact line, its fields each a label and its colon (联系人：某某 电话：…).
_CONTACT_FIELD = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{1,8}[：:]")
# A desk's credit for the text it supplied, the verb set apart from its name (（本會推廣股 提供）).
_SET_APART_SUPPLY = re.compile(r"\S\s+(?:提供|供稿|整理)\s*[）)]\s*$")
# A closing credit naming reporters (or the paper's adviser who answers a question) by their role.
_NAMED_CREDIT = re.compile(
    r"(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|顾问|顧問|律师|律師)\s*[\u4e00-\u9fff]{2,4}(?:\s|$)"
)


def _render(u: Unit, config: Config, keep_spaces: bool = False) -> str:
    raw = u.raw
    if u.dateline is not None:
        return _render_dateline_paragraph(raw, u.dateline[1], config, keep_spaces)
    # (a reader's signature under a letter is a credit: 城南区 读者 邬建平 keeps its spaces)
    # (and so is an officer signing a notice, 總幹事 黃國基)
    # (and a chair signing a message, 翠峰區議會主席 周啓賢, where it closes the piece)
    credit = (u.kind == "body" and len(u.infos) == 1 and (reader_signature(raw) or person_signing(raw))) or (
        u.kind == "credit" and CHAIR_SIGNATURE.match(raw) is not None
    )
    # (and so is the credit that closes a piece naming its reporters: （记者 王某 李某） keeps the spaces between
    # names; （据新华 社） has none to keep)
    names = u.kind == "credit" and _NAMED_CREDIT.search(raw) is not None
    # (and the adviser who signs an answer, 本报法律顾问 许明哲, and the teacher who guided a composition, 指导老师：
    # 沈 梅, a line of its own)
    names = names or (
        len(u.infos) == 1
        and (ADVISER_SIGNATURE.match(raw) or TEACHER_CREDIT.match(raw) or EXPERT_SIGNATURE.match(raw)) is not None
    )
    # (and a closing credit that sets the desk apart from what it did: （本會推廣股 提供）)
    names = names or (u.kind == "credit" and _SET_APART_SUPPLY.search(raw) is not None)
    # (and a mourning family's signature, a line for each kin: 孝男 陈某 陈某 / 暨全体孝眷 同叩)
    names = names or (len(u.infos) == 1 and MOURNERS.match(raw) is not None)
    # (and a notice's contact line sets its fields apart: 联系人：包先生 电话：0535-6688102)
    fields = len(u.infos) <= 2 and len(_CONTACT_FIELD.findall(raw)) >= 2 and NUMBER_TO_CALL.search(raw) is not None
    # (a table's row keeps its fields apart: 大白菜 1.62 1.88 跌)
    # (a row of figures read as a short line among the story's paragraphs too: 黄 瓜  4.10  4.30  跌)
    table = len(u.infos) == 1 and (
        (u.kind == "body" and is_table_row(raw)) or (u.kind == "short" and is_figures_row(raw))
    )
    phrases = keep_spaces or credit or names or fields or table or u.kind in ("short", "byline")
    if table and config.squeeze_spaces and not keep_spaces:
        # (the name padded to the column's width goes back together, 黄 瓜 4.10 → 黄瓜 4.10; one space between fields)
        fields_of = raw.split()
        name = 0
        while name < len(fields_of) and len(fields_of[name]) == 1 and "\u4e00" <= fields_of[name] <= "\u9fff":
            name += 1
        head = ["".join(fields_of[:name])] if name > 1 else fields_of[:name]
        return fold_joined(" ".join(head + fields_of[name:]), config)
    if u.kind == "byline" and config.squeeze_spaces:
        # (a byline keeps the spaces between its roles and names, not one an OCR engine read inside a role: 通讯 员)
        raw = join_parted_names(SPACED_ROLE.sub("", raw))
    if not phrases and u.photo_news and (m := _CAPTION_CREDIT_END.search(raw)) is not None:
        # (a photo news piece's text is its caption: its photographer's credit keeps its spaces, （陈乐 摄）)
        return _squeeze(raw[: m.start()], config) + _squeeze(raw[m.start() :], config, phrases=True)
    if not phrases and u.kind == "body" and (cut := closing_credit_start(raw)) is not None:
        # (the brief's reporters in brackets after its last sentence keep theirs too: …打好基础。（通讯员 陈光）)
        return _squeeze(raw[:cut], config) + _squeeze(raw[cut:], config, phrases=True)
    return _squeeze(raw, config, phrases=phrases)


def split(text: str, config: Config = DEFAULT, page: str = "-", encoding: str | None = None) -> Page:
    """Split the text of one newspaper page into articles."""
    trace: list[Decision] | None = [] if config.explain else None
    # 0. columns a layout-keeping extractor wrote side by side are read one after the other; the result's line
    #    numbers are put back to the input's
    read = read_columns(text, config, trace) if config.layout_columns else None
    if read is None:
        return _split(text, config, page, encoding, trace)
    return _renumbered(_split(read[0], config, page, encoding, trace), read[1])


def _renumbered(result: Page, table: tuple[int, ...]) -> Page:
    """``result`` with the line numbers of the text it was split from (the columns read one after the other)
    turned back into the input's."""

    def at(numbers: Iterable[int]) -> tuple[int, ...]:
        # (a row of two columns feeds both: its number once, the lines in the input's order, as a user looks them up)
        return tuple(sorted({table[n - 1] if 0 < n <= len(table) else n for n in numbers}))

    def headline(h: Headline | None) -> Headline | None:
        if h is None:
            return None
        a, b, c = h.part_lines
        return replace(h, lines=at(h.lines), part_lines=(at(a), at(b), at(c)))

    articles = tuple(
        replace(
            a,
            lines=(min(body), max(body)) if (body := at(a.body_lines)) else at(a.lines),  # type: ignore[arg-type]
            body_lines=body,
            headline=headline(a.headline),
            caption_spans=tuple(at(span) for span in a.caption_spans),
        )
        for a in result.articles
    )
    # (the decision to read the columns is the first, in the input's numbers already)
    explain = result.explain[:1] + tuple(replace(d, lines=at(d.lines)) for d in result.explain[1:])
    return replace(
        result,
        articles=articles,
        residue=tuple(replace(r, lines=at(r.lines)) for r in result.residue),
        blocks=tuple(replace(b, lines=at(b.lines)) for b in result.blocks),
        explain=explain,
    )


def _split(text: str, config: Config, page: str, encoding: str | None, trace: list[Decision] | None) -> Page:
    # (the marks the page set only in a variant form, ﹐ or ︰, read as the ordinary marks, go back into the records
    # as it printed them)
    # (not on an OCR engine's page, whose ASCII marks among the hanzi say it read the marks as it could: its
    # variant forms are the engine's reading, and the ordinary forms stand)
    ocr_marks = ocr_clause_marks(text) >= config.ocr_page_min_marks
    printed = {} if ocr_marks else printed_forms(text)
    # 1. normalize
    lines = _split_lines(text, config)
    # 2. repair
    repaired = paragraphs(lines, config, trace)
    warnings = _reading_order_warnings(lines, config)
    # 3.–4. datelines and segmentation
    seg = segment(repaired.units, config, trace, repaired.already_repaired)
    # Text that is already repaired keeps every space it has left: whatever a unit turns out to be this time,
    # its spaces were judged when it was repaired (this makes `clean` idempotent).
    keep_spaces = repaired.already_repaired

    # 5. headlines and captions; a caption or a headline that two articles cannot share splits the one it
    #    describes
    rejoin_measure_splits(seg, config, trace)
    rejoin_subheads(seg, config, trace)
    split_at_captions(seg, config, trace)
    cut_photo_insets(seg, config, trace)
    split_at_titles(seg, config, trace)
    split_at_editors_notes(seg, config, trace)
    rejoin_standfirsts(seg, config, trace)
    rejoin_editors_notes(seg, config, trace)
    rejoin_resumed_stories(seg, config, trace)
    reclaim_resumed_tails(seg, config, trace)
    reclaim_tails_after_briefs(seg, config, trace)
    reclaim_answers(seg, config, trace)
    rejoin_numbered_sections(seg, config, trace)
    # the page's words, which tell a title wrapped once from two headline parts: splits only move running text
    # between articles, so they are read once
    words = frozenset(g for a in seg.articles for u in a.units for g in word_bigrams(u.raw))
    for _ in range(config.max_headline_splits + 1):
        bodies = [[_render(u, config, keep_spaces) for u in a.units] for a in seg.articles]
        matcher = Matcher([(p[0] if p else "", "".join(p)) for p in bodies], config.match_run_candidates)
        # Headlines first cut as if two may restate one article (a split then parts it), and, when that
        # splits nothing, as the page is then: one article, one headline.
        found = _candidates(seg, matcher, words, config, share=True)
        split_made = _split_for_headlines(seg, bodies, found, config, trace)
        # (a cut that shared no article is the other one already, but where the retries for a foot block
        # stopped at another cost: close enough not to cut every page twice)
        if not split_made and found.shared:
            found = _candidates(seg, matcher, words, config, share=False)
            split_made = _split_for_headlines(seg, bodies, found, config, trace)
        if not split_made:
            break
    n_articles = len(seg.articles)
    # the matching the last look made, once more (recording its decisions, with --explain)
    attachments, leftovers = attach(found.runs, config, trace)
    attachments, leftovers = _attach_by_position(found, attachments, leftovers, config, trace)
    attachments, leftovers = _attach_in_order(found, attachments, leftovers, config, trace)
    attachments, leftovers = _title_over_subtitle(found, attachments, leftovers, config, trace)
    attachments, leftovers = _part_under_headline(found, attachments, leftovers, config, trace)
    attachments, leftovers = _kicker_over_headline(found, attachments, leftovers, config, trace)
    attachments, leftovers = _title_under_label(attachments, leftovers, config, trace)
    attachments, leftovers = _label_over_article(found, attachments, leftovers, trace)
    by_article = {a.article: a for a in attachments}
    captions: dict[int, list[tuple[str, tuple[int, ...]]]] = {}
    residue: list[Residue] = [
        Residue(
            _squeeze(join_lines([i.line.text for i in infos]), config, phrases=True),
            tuple(n for i in infos for n in i.line.numbers),
        )
        for infos in found.strays
    ]
    # A caption describes the photo, not the text: it shares a name or two with its article and little else, so
    # a small score that clearly leads the others is enough (any number may share an article).
    bests = [max(range(n_articles), key=lambda k: sc[k]) if n_articles else None for _, sc in found.captions]
    clear: list[int | None] = []
    for (_, scores), best in zip(found.captions, bests, strict=True):
        runner = max((x for k, x in enumerate(scores) if k != best), default=0.0)
        lead = best is not None and scores[best] >= max(config.caption_min_score, config.caption_lead * runner)
        clear.append(best if lead else None)
    # Photos stand in rows, their captions one under the other: a caption whose lead is not clear goes with
    # the caption right next to it where that one clearly went to the article this one fits best too.
    placed = list(clear)
    for n, ((infos, scores), best) in enumerate(zip(found.captions, bests, strict=True)):
        if clear[n] is not None or best is None or scores[best] < config.caption_min_score:
            continue
        for m in (n - 1, n + 1):
            if 0 <= m < len(found.captions) and clear[m] == best:
                above, below = (found.captions[m][0], infos) if m < n else (infos, found.captions[m][0])
                # (next to each other: no line between them but blank ones, as `clean` writes them)
                if above[-1].line.numbers[-1] + 1 + below[0].line.blank_before == below[0].line.numbers[0]:
                    placed[n] = best
                    break
    # A caption no article claims, set right above a dated lead or the byline that opens a text (between a title
    # and its 【本報訊】…, or its 本报记者 某某 文/图), goes with the story it stands over: where the words do not
    # tell, the place does.
    dated_starts = {
        a.units[0].lines[0]: k
        for k, a in enumerate(seg.articles)
        if a.units and (a.units[0].dateline or a.units[0].kind == "byline")
    }
    over_lead = [False] * len(placed)
    for n, (infos, _scores) in enumerate(found.captions):
        if placed[n] is None and (k := dated_starts.get(infos[-1].line.numbers[-1] + 1)) is not None:
            placed[n], over_lead[n] = k, True
    # And one whose words cannot tell the article it stands right under (its photo closes the story) from
    # another piece on the same subject (a note, a box) goes with the story it closes.
    ends_at = {a.units[-1].lines[-1]: k for k, a in enumerate(seg.articles) if a.units}
    under_story = [False] * len(placed)
    for n, ((infos, scores), best) in enumerate(zip(found.captions, bests, strict=True)):
        above = ends_at.get(infos[0].line.numbers[0] - 1 - infos[0].line.blank_before)
        if placed[n] is not None or best is None or above is None:
            continue
        if scores[above] >= config.caption_min_score and scores[above] * config.caption_lead >= scores[best]:
            placed[n], under_story[n] = above, True
    # A caption right under a story whose words, read without the photographer's credit, point at that story
    # clearly is its photo's, whatever the credit's name says: a paper's photographer shoots for other reporters'
    # stories too (…机械臂。（本报记者 某某 摄） under a photo piece, 某某 the reporter of the lead).
    for n, (infos, _scores) in enumerate(found.captions):
        above = ends_at.get(infos[0].line.numbers[0] - 1 - infos[0].line.blank_before)
        words = found.caption_words[n]
        if above is None or placed[n] == above or not words:
            continue
        runner = max((x for k, x in enumerate(words) if k != above), default=0.0)
        if words[above] >= config.caption_min_score and words[above] >= config.caption_lead * runner:
            placed[n], under_story[n] = above, True
    # A caption credited to the writer whose byline says the photos are theirs too (文/图 某某, 某某 文/图) is that
    # story's: the byline names who took its photos, wherever the extractor left the caption (one such story only;
    # a reporter credited by name alone may shoot for other stories, which is why the name counts nowhere else).
    shooters: dict[str, list[int]] = {}
    for k, a in enumerate(seg.articles):
        if a.units and a.units[0].kind == "byline" and (m := _WORDS_AND_PICTURES.search(a.units[0].raw)):
            names = (m["name"] or m["name2"]).split()
            # (two writers, 文/图 本报记者 某某 某某, each shoots: their names apart, each of two characters or more;
            # a name padded to three, 某 某, is one)
            credits = {"".join(names)} | (set(names) if len(names) > 1 and min(map(len, names)) >= 2 else set())
            for credit in credits:
                shooters.setdefault(credit, []).append(k)
    credited = [False] * len(placed)
    for n, (infos, _scores) in enumerate(found.captions):
        m = _CAPTION_SHOOTER.search(_joined(infos, config)) if shooters else None
        # (where the caption's own words fit the writer's story at all: the writer may shoot another story's photo
        # too, 城关小学春季运动会上… credited to the writer of a market story)
        words = found.caption_words[n]
        if (
            m
            and len(ks := shooters.get("".join(m["name"].split()), [])) == 1
            and placed[n] != ks[0]
            and (not words or words[ks[0]] >= config.byline_photo_min_score)
            # (nor where they fit the story they stand with clearly better, as a caption leads its runner-up, 城关镇
            # under the 城关镇 story: the writer shot it for that one)
            and not (words and placed[n] is not None and words[placed[n]] >= config.caption_lead * words[ks[0]])
        ):
            placed[n], credited[n] = ks[0], True
    for at, ((infos, scores), best) in enumerate(zip(found.captions, placed, strict=True)):
        caption = _joined(infos, config)
        nums = tuple(n for i in infos for n in i.line.numbers)
        if best is None:
            residue.append(Residue(caption, nums))
            continue
        captions.setdefault(best, []).extend((part, nums) for part in _split_captions(caption))
        if trace is not None:
            reason = f"best match is article {best}"
            if over_lead[at]:
                reason = f"no article claims it; it stands right above article {best}'s dated lead or byline"
            elif credited[at]:
                reason = f"its photographer signs article {best}'s byline for words and pictures (文/图)"
            elif under_story[at]:
                reason = f"its words fit article {best} about as well as the best; it stands right under it"
            elif clear[at] is None:
                reason += ", where the caption next to it in its row went"
            trace.append(Decision("headlines", "attach-caption", nums, reason, {"score": scores[best]}))

    # 6. records
    articles: list[Article] = []
    for k, (draft, paras) in enumerate(zip(seg.articles, bodies, strict=True)):
        if config.specks_to_residue:
            paras = [_drop_specks(p, u, residue) for p, u in zip(paras, draft.units, strict=True)]
        # (as a set of input lines: a line holding the rows of two columns an OCR engine wrote as one feeds the
        # body twice, once for each column)
        body_lines = tuple(sorted({n for u in draft.units for n in u.lines}))
        att = by_article.get(k)
        if trace is not None and att is not None and att.headline.parts_reason:
            trace.append(Decision("headlines", "headline-parts", att.headline.lines, att.headline.parts_reason))
        caps = sorted(captions.get(k, []), key=lambda c: c[1])
        byline = _byline_dateline(draft, paras, config)
        dateline = draft.dateline[0] if draft.dateline else byline
        if dateline is not None and draft.dateline and not dateline.reporters and byline is not None:
            # (a lead's dateline naming no reporter, under the byline that names them: 报道：某某 / （新山21日讯）…)
            dateline = replace(dateline, reporters=byline.reporters)
            if trace is not None:
                said = f"the lead's dateline names no reporter; the byline over it does: {byline.text}"
                trace.append(Decision("datelines", "byline-reporters", draft.units[0].lines, said))
        if dateline is None and paras and config.dateline_from_byline:
            # (a story retold from another paper or an agency names it as its source where it opens, 据《某报》报道，…:
            # read only there, as no piece's start is told by it)
            dateline = reported_dateline(paras[0])
        if dateline is not None and not dateline.reporters and paras and config.dateline_from_byline:
            dateline = _credited_reporters(dateline, paras[-1], trace, draft.units[-1].lines)
        if trace is not None and dateline is not None and not draft.dateline:
            said = (
                f"no formula opens the story; its byline on a line of its own names the reporters: {dateline.text}"
                if draft.units[0].kind == "byline"
                else f"the story opens on the paper or agency it retells: {dateline.text}"
            )
            trace.append(Decision("datelines", "byline-dateline", draft.units[0].lines, said))
        articles.append(
            Article(
                index=k,
                paragraphs=tuple(paras),
                lines=(min(body_lines), max(body_lines)),
                body_lines=body_lines,
                headline=att.headline if att else None,
                dateline=dateline,
                captions=tuple(t for t, _ in caps),
                caption_spans=tuple(ns for _, ns in caps),
                headline_confidence=att.confidence if att else 0.0,
            )
        )
    for u in seg.residue:
        residue.append(Residue(_squeeze(u.raw, config, phrases=True), u.lines))
    for h, _ in leftovers:
        residue.extend(Residue(text, lines) for text, lines in h.parts())
    if config.specks_to_residue:
        # a speck inside a piece of the residue is a residue piece of its own, as it is in a paragraph: the
        # piece may be read as a paragraph when the cleaned page is split again
        residue = [piece for r in residue for piece in _speckless(r)]
    residue.sort(key=lambda r: r.lines)

    blocks = _blocks(articles, residue, seg)
    # (a page that mixes the forms, its pieces set by different hands, gives each piece back the forms it printed:
    # a piece that printed only ﹐ keeps ﹐ where the rest of the page has ，)
    source = text.split("\n")

    def forms(lines: Iterable[int]) -> dict[int, int]:
        return printed | printed_forms("\n".join(source[n - 1] for n in lines if 0 < n <= len(source)))

    mixed = any(variant in text for variant in SMALL_FORMS) and not ocr_marks
    return Page(
        page=page,
        articles=tuple(_as_printed(a, forms(_article_lines(a)) if mixed else printed) for a in articles),
        residue=tuple(_as_printed(r, forms(r.lines) if mixed else printed) for r in residue),
        blocks=tuple(_as_printed(b, forms(b.lines) if mixed else printed) for b in blocks),
        encoding=encoding,
        warnings=tuple(warnings),
        explain=tuple(trace) if trace is not None else (),
    )


_T = TypeVar("_T")


def _article_lines(article: Article) -> tuple[int, ...]:
    """Every input line an article's texts came from: its body, its headline's, its captions'."""
    headline = article.headline.lines if article.headline else ()
    return (*article.body_lines, *headline, *article.caption_lines)


def _as_printed(value: _T, printed: dict[int, int]) -> _T:
    """A record's texts with the page's own forms of its marks given back (every string field, however deep)."""
    if not printed:
        return value
    if isinstance(value, str):
        return value.translate(printed)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_as_printed(v, printed) for v in value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _as_printed(getattr(value, f.name), printed) for f in fields(value) if f.init}
        return replace(value, **changes)  # type: ignore[type-var]
    return value


def _split_for_headlines(
    seg: Segmentation, bodies: list[list[str]], found: Candidates, config: Config, trace: list[Decision] | None
) -> bool:
    """Split an article the headlines say is two pieces run together; return whether one was split."""
    attachments, leftovers = attach(found.runs, config, None)
    return (
        split_for_headline(seg, bodies, leftovers, attachments, config, trace)
        or split_for_part(seg, bodies, found.runs, found.run_lines, config, trace, found.words)
        or split_by_vocabulary(seg, bodies, leftovers, attachments, config, trace)
    )


def _reading_order_warnings(lines: list[Line], config: Config) -> list[str]:
    order = reading_order(lines)
    if (
        order.judged >= config.interleave_min_lines
        and order.continuity < config.interleave_ratio
        and order.next_versus_second < config.interleave_lag_ratio
    ):
        return [
            f"lines do not continue one another ({order.continuity:.2f} of the page's own rate): neighbouring "
            "columns look interleaved, so articles will be cut apart; extract with `pdftotext -raw` or keep the OCR "
            "reading order"
        ]
    return []


@dataclass(slots=True)
class Candidates:
    """What the headline zones and the captions in the flow hold, before anything is attached."""

    runs: list[tuple[Headline, list[float]]] = field(default_factory=list)  # headlines, scores per article
    captions: list[tuple[list[LineInfo], list[float]]] = field(default_factory=list)  # captions, scores
    # the captions' scores on their words alone, without the photographer's credit
    caption_words: list[list[float]] = field(default_factory=list)
    adjacent: dict[int, int] = field(default_factory=dict)  # last run of a zone -> the article right below
    strays: list[list[LineInfo]] = field(default_factory=list)  # running-text pieces among headlines
    run_block: list[int] = field(default_factory=list)  # runs cut from one block of headline lines share it
    run_infos: list[list[LineInfo]] = field(default_factory=list)  # the lines of each run
    run_at_foot: list[bool] = field(default_factory=list)  # the run stands in a zone that heads no article
    blocks: int = 0
    shared: bool = False  # two neighbouring headlines of a block went to one article
    words: frozenset[str] = frozenset()  # the bigrams of the page's running text (where a title may wrap)
    bylined: frozenset[int] = frozenset()  # the articles that open on a byline on a line of its own
    untitled: frozenset[int] = frozenset()  # photo reports, which a paper often prints without a title
    opened: frozenset[int] = frozenset()  # articles opening on a dateline or a byline, as news pieces do
    boxed: frozenset[int] = frozenset()  # the untitled items of a box of briefs, under its label (简讯)

    @property
    def run_lines(self) -> list[list[str]]:
        """The text of each line of each run, its phrases kept apart."""
        return [[squeeze_spaces(i.line.text, keep_phrase_spaces=True) for i in infos] for infos in self.run_infos]


def _boxed_briefs(seg: Segmentation) -> frozenset[int]:
    """The articles that are items of a box of briefs with no title of their own: under the box's label (简 讯)
    alone, and the untitled ones after it, down to the next headline."""
    zone_of = {z.next_article: z for z in seg.zones if z.next_article is not None and z.infos}
    # (the label may have gone to the residue as the box's furniture, 基层动态 over briefs signed （何娟）)
    label_ends = {u.lines[-1] for u in seg.residue if is_briefs_label(u.raw)}
    boxed: set[int] = set()
    in_box = False
    for k in range(len(seg.articles)):
        zone = zone_of.get(k)
        units = seg.articles[k].units
        if zone is None and units and label_ends:
            first = units[0].infos[0].line
            if first.number - 1 - first.blank_before in label_ends and closing_credit_start(units[-1].raw) is not None:
                boxed.add(k)
                in_box = True
                continue
        if zone is None:
            # (a brief: dated, a paragraph or two; a bylined feature after the box is no item of it)
            # (or closed by its reporter's name in brackets, as the box's briefs are: …能力。（何娟）)
            brief = (
                bool(units)
                and len(units) <= 3
                and (
                    units[0].dateline is not None
                    or DATED_LEAD.match(units[0].raw) is not None
                    or closing_credit_start(units[-1].raw) is not None
                    or pen_name_closing(units[-1].raw)
                )
            )
            if in_box and brief:
                boxed.add(k)
            in_box = in_box and brief
            continue
        # (a label of a field's news too, 基层动态, over briefs; a photo's caption beside it aside)
        labels = [is_briefs_label(i.line.text) for i in zone.infos if not is_caption(i.line.text)]
        in_box = any(labels)
        if in_box and all(labels):
            boxed.add(k)
    return frozenset(boxed)


def _candidates(
    seg: Segmentation, matcher: Matcher, words: frozenset[str], config: Config, share: bool = False
) -> Candidates:
    """Cut the headline zones into headlines and pick out captions, each with its scores per article."""
    n_articles = len(seg.articles)
    bylined = frozenset(k for k, a in enumerate(seg.articles) if a.units and a.units[0].kind == "byline")

    def prior(prev: int | None, nxt: int | None, caption: bool = False) -> list[float]:
        p = [0.0] * n_articles
        if nxt is not None:
            # (a byline stands under its piece's title; a caption may stand over another piece's byline)
            p[nxt] += config.prior_next + config.prior_byline_next * (nxt in bylined and not caption)
        if prev is not None:
            p[prev] += config.prior_prev
        return p

    def scored(text: str, pri: list[float]) -> list[float]:
        return [s + p for s, p in zip(matcher.scores(text), pri, strict=True)]

    untitled = frozenset(
        k for k, a in enumerate(seg.articles) if a.units and _PHOTO_REPORT_END.search(a.units[-1].raw.rstrip())
    )
    opened = frozenset(
        k for k, a in enumerate(seg.articles) if a.units and (a.units[0].dateline or a.units[0].kind == "byline")
    )
    found = Candidates(words=words, bylined=bylined, untitled=untitled, opened=opened, boxed=_boxed_briefs(seg))
    runs, caption_units = found.runs, found.captions
    at_foot = False

    # articles no zone stands right above: their headlines, if printed, are elsewhere (at the foot, after them)
    headless = n_articles - len({z.next_article for z in seg.zones if z.next_article is not None and z.infos})
    at_least = 0

    # articles with a zone of their own right above them
    headed = {z.next_article for z in seg.zones if z.next_article is not None and z.infos}

    def flush(
        heads: list[LineInfo], pri: list[float], over_story: bool = False, own: int | None = None, lead: bool = False
    ) -> None:
        cache: dict[tuple[int, int], list[float]] = {}

        def run_scores(i: int, j: int) -> list[float]:
            if (i, j) not in cache:
                texts = [heads[k].line.text for k in range(i, j)]
                # (a title's line in another script, its transliteration or translation under it, Mbanj Nazlangh
                # makgam…, shares no word with the Chinese text: it would only dilute what the title's words say;
                # an English paper's title, Protecting Our Rivers, shares its text's words and counts)
                chinese = [
                    t
                    for t in texts
                    if not (
                        LATIN_WORDS_LINE.match(t) and max(matcher.scores(t), default=0.0) < config.headline_min_score
                    )
                ]
                cache[(i, j)] = scored("".join(chinese or texts), pri)
            return cache[(i, j)]

        found.blocks += 1
        cuts = cut_headlines(heads, run_scores, config, at_least, share, over_story, headed - {own}, found.words, own)
        found.shared |= any(a is not None and a == b for (_, _, a), (_, _, b) in itertools.pairwise(cuts))
        for i, j, _ in cuts:
            scores = run_scores(i, j)
            # (not a date alone, the masthead's as the OCR read it apart from the rest)
            if lead and own is not None and j == len(heads) and not _DATE_ALONE.fullmatch(heads[i].line.text.strip()):
                # (weighed when headlines go to articles, not when the zone is cut: a bonus for any run that ends
                # there would pay for the masthead's lines drawn into the lead title)
                scores = [s + config.prior_lead * (a == own) for a, s in enumerate(scores)]
            runs.append((build_headline(heads[i:j], config, found.words), scores))
            found.run_block.append(found.blocks)
            found.run_infos.append(heads[i:j])
            found.run_at_foot.append(at_foot)

    for zone in _photo_parted_zones_joined(seg):
        runs_before = len(runs)
        zone_infos = list(zone.infos)
        labels = [i for i in zone_infos if is_briefs_label(i.line.text)]
        if (
            zone.next_article in found.boxed
            # (its briefs parted, each a piece: a box read as one piece is headed by its label, 社團簡訊 / ▲… / ▲…)
            and zone.next_article + 1 in found.boxed
            and len(labels) == 1
            and all(i in labels or is_caption(i.line.text) for i in zone_infos)
        ):
            # the label of a box of untitled briefs over its first (简讯 / 11月15日，…): the box's, no brief's title
            # (a photo's caption beside it is read as ever; a column's label over its kind, 热线速递 / 市民来电, is a
            # kicker over its title)
            found.strays.append(labels)
            zone_infos = [i for i in zone_infos if i not in labels]
            if not zone_infos:
                continue
        elif (
            len(labels) == 1
            and len(zone_infos) >= 2
            and zone_infos[0] is labels[0]
            and (mark := _brief_title_mark(zone_infos[1].line.text)) is not None
            and zone.next_article is not None
            and any(
                z.next_article == zone.next_article + 1 and z.infos and _brief_title_mark(z.infos[0].line.text) == mark
                for z in seg.zones
            )
        ):
            # the label of a box of briefs each under a marked title (港聞簡訊 / ■ 屯馬綫… / 港鐵… / ■ 天文台…): the
            # box's, no kicker of its first brief
            found.strays.append(labels)
            zone_infos = zone_infos[1:]
        pri = prior(zone.prev_article, zone.next_article)
        # (a notice's kind alone right over a text, 鸣 谢, 公 告, is that notice's title, whatever words a title
        # elsewhere shares with it: the notice names no event, the title of the story it thanks for does)
        kind = "".join("".join(i.line.text.split()) for i in zone_infos)
        if zone.next_article is not None and NOTICE_KIND_ALONE.match(kind):
            pri[zone.next_article] += config.prior_notice_kind
        at_least = headless if zone.next_article is None else 0
        at_foot = zone.next_article is None
        heads: list[LineInfo] = []
        infos = fold_vertical(zone_infos, config)
        byline_below = zone.next_article is not None and seg.articles[zone.next_article].units[0].kind == "byline"
        # two headlines side by side need two articles; on a page already repaired a line is one headline part
        # as written (`clean` puts parts it parted on lines of their own), and is not parted again
        if n_articles >= 2 and not all(i.own_unit for i in infos):
            infos = _side_by_side(infos, matcher, config, at_foot=at_foot)
        k = 0
        while k < len(infos):
            text = infos[k].line.text.rstrip()
            if heads and k + 1 < len(infos) and BRIEFS_LABEL.match("".join(text.split())):
                # a box of briefs' label between two titles (龙舟竞渡 迎端午 / 体坛速递 / 市青少年乒乓球锦标赛落幕): the
                # titles over it are the piece above's, printed after it, and the label heads neither
                flush(heads, pri)
                heads = []
                found.strays.append([infos[k]])
                k += 1
                continue
            if _ocr_speck(text):
                # a speck the OCR read off a photo or a rule ("4", "7 | 久"): no headline holds one, and the
                # lines around it may be one title
                found.strays.append([infos[k]])
                k += 1
                continue
            if (
                text[-1:] in CLAUSE_BREAKS
                and not CAPTION_OPEN.search(text)
                # (a subtitle opened by a dash may wrap at a clause: 要求…， / 决定…)
                and not SUBTITLE_DASH.match(text)
                # (and a title that asks may pause at a comma: 网购商品有裂缝， / 商家能拒绝退货吗？)
                and not _asks_below(infos, k, config)
                # a few words and a 、 are a title wrapped at its list (读书会、 / 青年志愿者…举行)
                and (len(content_key(text)) > config.title_list_piece_chars or not CLAUSE_BREAKS.isdisjoint(text[:-1]))
            ):
                # a piece of running text the OCR dropped among the headlines: no headline breaks off after a
                # comma; it stays in the residue
                stray = [infos[k]]
                k += 1
                # and the line below, on the same measure, finishes the clause (a standfirst run on over lines)
                while (
                    k < len(infos)
                    and infos[k].line.blank_before == 0
                    and infos[k].width <= stray[-1].width + config.short_margin
                    and not _ocr_speck(infos[k].line.text)
                ):
                    stray.append(infos[k])
                    k += 1
                    if infos[k - 1].line.text.rstrip()[-1:] not in CLAUSE_BREAKS:
                        break
                if len(stray) <= 2 and k == len(infos) and heads and byline_below:
                    # the zone's last lines, under a title and over the byline that opens the story: its subtitle,
                    # commas and all (守灯塔的人 / 在离岸十八海里的鸥岛上， / 一家两代人守了四十一年灯 / 文/图 某某)
                    heads.extend(stray)
                    continue
                last = stray[-1].line.text.strip()
                if (
                    at_foot
                    and heads
                    and all(i.line.blank_before == 0 for i in stray)
                    and last[-1:] not in CLAUSE_BREAKS
                    and not ends_sentence(last)
                    and len(stray) <= config.foot_stack_deck_lines
                ):
                    # in a block of headlines at the page's foot, a deck under its title, clause after clause and
                    # closed on no mark (翠湾高新区集中签约 / 12个产业项目 / 总投资186亿元，涵盖新能源、 / 生物医药、
                    # 智能装备等领域): the title's, as the block holds headlines only
                    heads.extend(stray)
                    continue
                flush(heads, pri)
                heads = []
                if (
                    len(stray) <= 2
                    and k < len(infos)
                    and infos[k].letter_spaced
                    and not stray[-1].letter_spaced
                    and not stray[0].line.text.lstrip().startswith(("（", "("))
                    and last[-1:] not in LEANS_ON_NEXT
                    and not _DATE_ALONE.fullmatch(last)
                ):
                    # a line or two right over a title set letter-spaced are its kicker, commas and all
                    # (夜市摊位排起长队， / 城管部门错峰管理 / 灯 不 灭 人 不 散 …), but not a note in brackets
                    # (（参与记者：王刚、李明、… / …）), which closes the story above, nor a clause that goes on
                    # past its line (…切勿食用来历不明的) or a notice's signature over its date (…委员会， /
                    # 2020年4月8日)
                    heads.extend(stray)
                    continue
                found.strays.append(stray)
                continue
            # (a drawing's credit alone, 插图 / 某某, beside a title is its picture's caption, no line of the title)
            if not is_caption(text) and not PICTURE_CREDIT_ALONE.match(text) and not _told_sentence(text):
                heads.append(infos[k])
                k += 1
                continue
            # A caption's first line broken off mid-clause (…馆长说，开馆以来每天都有读者前来借 / 阅图书。某某摄): no
            # headline line holds a comma and then breaks off mid-word above a caption's end.
            start = k
            if heads and (
                caption_cut_above(heads[-1], infos[k])
                # a chart's title right over its source line is the caption's first line (近10日成交额（亿元） /
                # 数据来源：交易所 制图/某某), no headline
                or (
                    CHART_CREDIT.match(text)
                    and infos[k].line.blank_before == 0
                    and not ends_sentence(heads[-1].line.text)
                    and (len(heads) >= 2 or runs_before < len(runs) or zone.prev_article is not None)
                )
            ):
                start = k - 1
                heads.pop()
            flush(heads, pri)
            heads = []
            # A caption that opens with 图为 runs on until its full stop or credit, over a few lines at most.
            end = k + 1
            if CAPTION_OPEN.search(infos[k].line.text):
                while (
                    end < len(infos)
                    and end - k < config.caption_max_lines
                    and not _caption_complete(infos[end - 1].line.text)
                    and infos[end].line.blank_before == 0
                ):
                    end += 1
            text = join_lines([i.line.text for i in infos[start:end]])
            # a photo between a title and the text it heads belongs to that text unless it names another;
            # the foot of the page, heading nothing, gives no caption a side
            caption_units.append((infos[start:end], scored(text, prior(None, zone.next_article, caption=True))))
            found.caption_words.append(matcher.scores(_uncredited(text)))
            k = end
        # (the zone's last lines stand right over the story it heads)
        # (the page's first zone, under nothing but the masthead, over the page's first text: its lead title)
        # (not over a story continued from another page, （上接第1版）…: a title over it may be its own, repeated, or
        # the next piece's, and only its words can tell)
        lead = (
            zone.prev_article is None
            and zone.next_article == 0
            and not runs
            and not _CONTINUED.match(seg.articles[0].units[0].raw)
        )
        flush(heads, pri, over_story=zone.next_article is not None, own=zone.next_article, lead=lead)
        if zone.next_article is not None and len(runs) > runs_before:
            found.adjacent[len(runs) - 1] = zone.next_article
    for u, around, at in seg.captions:
        # (a caption set inside a story's text, the story going on below it, has that story on both sides)
        inside = around is not None and 0 < at < len(seg.articles[around].units)
        below = around if inside else (around + 1 if around is not None and around + 1 < n_articles else None)
        caption_units.append((u.infos, scored(u.raw, prior(around, below, caption=True))))
        found.caption_words.append(matcher.scores(_uncredited(u.raw)))
    return found


# A photographer's credit closing a caption (…机械臂。（本报记者 包一帆 摄）, …写生。 记者 某某 摄).
_CAPTION_CREDIT_END = re.compile(r"(?<=[。！？!?])\s*(?:[（(][^（）()]{2,30}[）)]|[^。！？!?（）()]{2,30}[摄攝])\s*$")


# A byline crediting one writer with words and pictures (文/图 某某, 文·图 本报记者 某某, 某某 文/图, 图文 某某).
_ROLE = r"(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*)?"
_WORDS_AND_PICTURES = re.compile(
    rf"(?:文\s*[/／·・]\s*[图圖]|[图圖]\s*[/／·・]\s*文|[图圖]文)\s*[：:]?\s*{_ROLE}"
    # (or two writers, 周文涛 林雪: each of two characters or more)
    r"(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}(?:\s+[\u4e00-\u9fff]{2,4}){0,2})\s*$"
    r"|^\s*[□■◎●]?\s*(?P<name2>[\u4e00-\u9fff]{2,4})\s+(?:文\s*[/／·・]\s*[图圖]|[图圖]文)\s*$"
)
# The photographer a caption's credit names (…巡视110千伏兰云线。魏蕾 摄, …。 记者 某某 摄, （记者 某某 摄））.
_CAPTION_SHOOTER = re.compile(
    rf"(?:[。！？!?]|[（(]|^)\s*{_ROLE}(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,3}})\s*(?:摄|攝)\s*[）)]?\s*$"
)


def _uncredited(caption: str) -> str:
    """A caption's words without its photographer's credit: the name in it says who took the photo, and a paper's
    photographer shoots for other reporters' stories too (the reporter of one story on the page may have taken the
    photo of another), so it tells nothing of the story the photo shows."""
    return _CAPTION_CREDIT_END.sub("", caption) or caption


# A story continued from another page opens on the page it came from (（上接第1版）…).
_CONTINUED = re.compile(
    r"^\s*[（(]?\s*(?:上接|接|續|续)\s*(?:第\s*)?[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十]+\s*[版页頁]"
)
_NOTE_IN_BRACKETS = re.compile(r"^\s*[（(][^（）()]*[）)]\s*$")


def _photo_parted_zones_joined(seg: Segmentation) -> list[HeadlineZone]:
    """The headline zones, two that a photo's caption parted over one story read as one (新品体验 / 戴上AI眼镜逛了
    一天街 / [caption] / 能翻译会导航 续航仍是短板 / 本报记者 某某): a headline set round its photo is one headline,
    its deck a line under the photo, where the story under it opens on its byline or dateline (over a story's text,
    a photo item's title and caption, 镜头 / 梅溪湖畔杜鹃红 / [caption], may stand over the next story's title)."""
    out: list[HeadlineZone] = []
    captioned = {n for u, _, _ in seg.captions for n in u.lines}
    for zone in seg.zones:
        last = out[-1] if out else None
        if (
            last is not None
            and zone.infos
            and last.infos
            and zone.next_article is not None
            and (last.prev_article, last.next_article) == (zone.prev_article, zone.next_article)
            # (the rest of the headline is a line, its deck, over a story opening on its byline or dateline)
            and len(zone.infos) == 1
            and (
                seg.articles[zone.next_article].units[0].kind == "byline"
                or seg.articles[zone.next_article].units[0].dateline is not None
            )
            # (and only the photo's caption between them)
            and all(n in captioned for n in range(last.infos[-1].line.numbers[-1] + 1, zone.infos[0].line.numbers[0]))
            # (not a credit in brackets that closed the story above, （郁文）, over another story's photo)
            and not any(_NOTE_IN_BRACKETS.match(i.line.text) for i in last.infos)
        ):
            out[-1] = HeadlineZone(last.infos + zone.infos, zone.next_article, zone.prev_article)
        else:
            out.append(zone)
    return out


# What OCR reads off dirt, a photo's edge or a column rule, pressed between two Chinese characters of running
# text: no Chinese typography puts an apostrophe, a square bracket, a bar or a brace there.
_SPECK = re.compile(
    r"(?<=[\u3400-\u9fff，。、；：！？「」“”（）])\s*['\[\]|{}`~^_\\]\s*(?=[\u3400-\u9fff，。、；：！？「」“”（）])"
)


def _drop_specks(paragraph: str, unit: Unit, residue: list[Residue]) -> str:
    """The paragraph without OCR specks; each goes to the page residue with the line it was read on."""
    if _SPECK.search(paragraph) is None:
        return paragraph
    for m in _SPECK.finditer(paragraph):
        speck = m.group().strip()
        # the line that has it between two characters (the first holding it, if it fell at a line end)
        lines = [i.line for i in unit.infos if speck in i.line.text]
        where = next((ln.number for ln in lines if _SPECK.search(ln.text)), lines[0].number if lines else unit.lines[0])
        residue.append(Residue(speck, (where,)))
    return _SPECK.sub("", paragraph)


def _speckless(piece: Residue) -> list[Residue]:
    """A residue piece, and the specks pressed into it as pieces of their own (not the bars that part the
    credits of a furniture line: 责任编辑：李明 | 校对：王芳)."""
    if _SPECK.search(piece.text) is None or is_furniture(piece.text):
        return [piece]
    specks = [Residue(m.group().strip(), piece.lines[:1]) for m in _SPECK.finditer(piece.text)]
    return [Residue(_SPECK.sub("", piece.text), piece.lines), *specks]


def _side_by_side(infos: list[LineInfo], matcher: Matcher, config: Config, at_foot: bool = False) -> list[LineInfo]:
    """Two headlines set side by side come out of the extractor as one line (…河道治理推进会召开 新馆开门迎客…): where
    the phrases on the two sides of a space each restate another article, and clearly, the line is two.
    ``at_foot``: the block heads no article (the foot of the page), where titles stand side by side in rows."""
    out: list[LineInfo] = []
    for n, info in enumerate(infos):
        text = _phrases_of(info.line.text)
        # the title on the right may wrap onto the next line (货车侧翻压坏两轿车 后厨不能成为 / 监管盲区): its
        # words are read with that line's too
        below = infos[n + 1].line.text.strip() if n + 1 < len(infos) and infos[n + 1].line.blank_before == 0 else ""
        if below and slogan_couplet(text):
            # (a slogan set as a couplet right over a line of the block is a kicker over its title, its two phrases
            # one slogan whatever words each shares: 聚焦营商环境 打造服务高地 / 我市“一网通办”事项达1826项)
            out.append(info)
            continue
        cut = None
        # a tag in lenticular brackets opens a title (【河道治理】…): after a space, inside a line of headlines, it
        # starts the next one whatever the words say (…圖書館新翼開放 延長開放時間 【河道治理】政府投三十億元…)
        for m in re.finditer(r" +(?=【[^】\s]{1,16}】)", text):
            left, right = text[: m.start()], text[m.end() :]
            tag_end = right.index("】") + 1
            if min(len(content_key(left)), len(content_key(right[tag_end:]))) >= config.side_by_side_min_chars:
                cut = (left, right)
                break
        for m in re.finditer(r" +", text) if cut is None else ():
            left, right = text[: m.start()], text[m.end() :]
            if min(len(content_key(left)), len(content_key(right))) < config.side_by_side_min_chars:
                continue
            # (a caption's credit after its full stop is the caption's, whatever article its name is in: …胶条。
            # 通讯员 蔡立新 摄; after a title, 摄影大赛揭晓 is the next title)
            if left.rstrip()[-1:] in "。！？" and _CREDIT_ONLY.match(right):
                continue
            alone: int | None = None
            for right_text in (right, right + below) if below else (right,):
                # (a column tag closing the left title names the column, not the story: scored without it)
                sides = [matcher.scores(t) for t in (untagged(left), right_text)]
                best = [max(range(len(sc)), key=lambda k, sc=sc: sc[k]) for sc in sides]
                # (the line below only adds weight to what the right side's own words say)
                if best[0] == best[1] or (alone is not None and best[1] != alone):
                    break
                alone = best[1]
                clear = all(
                    (
                        sc[b] >= config.side_by_side_min_score
                        or (at_foot and sc[b] >= config.side_by_side_sole_score and sc[other] == 0.0)
                    )
                    and sc[b] >= config.caption_lead * max((x for k, x in enumerate(sc) if k != b), default=0.0)
                    for sc, b, other in zip(sides, best, reversed(best), strict=True)
                )
                # and neither side restates the other's article: the phrases of one title name one story
                crossed = max(sides[0][best[1]], sides[1][best[0]]) > config.side_by_side_cross_max
                if clear and not crossed:
                    cut = (left, right)
                    break
            if cut is not None:
                break
        if cut is None:
            out.append(info)
            continue
        # the two are parted as by a blank line: a headline may start at the right one at the cost it has there
        for part, blank in zip(cut, (info.line.blank_before, 1), strict=True):
            line = replace(info.line, text=part, blank_before=blank)
            out.append(replace(info, line=line, width=line_width(part)))
    return out


def _phrases_of(raw: str) -> str:
    """The line with its spaces squeezed, phrases kept apart; and a title set letter-spaced beside one set
    solid (…跨江大桥主桥提前合龙 新 馆 开 门 迎 客…) kept apart from it too, which squeezing joins."""
    text = squeeze_spaces(raw, keep_phrase_spaces=True)
    if " " in text:
        return text
    groups: list[list[str]] = []  # runs of tokens: solid ones alone, letter-spaced characters together
    for token in raw.split():
        spaced = len(token) == 1
        if groups and spaced and len(groups[-1][0]) == 1:
            groups[-1].append(token)
        else:
            groups.append([token])
    letter_spaced = [g for g in groups if len(g[0]) == 1 and len(g) >= 4]
    solid = [g for g in groups if len(g[0]) >= 4]
    if len(groups) != 2 or not letter_spaced or not solid:
        return text
    return " ".join(squeeze_spaces(" ".join(g), keep_phrase_spaces=True) for g in groups)


# Headlines no article took, with their scores per article: each headline pass takes some of them.
Leftovers = list[tuple[Headline, list[float]]]


def _attach_by_position(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    config: Config,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """A headline whose words appear in no article (a pun, a quotation) still heads something: when it is
    the last headline of a zone standing right above an article that has none, it is that article's, with a
    low confidence since only its position speaks for it."""
    taken = {a.article for a in attachments}
    left_ids = {id(h) for h, _ in leftovers}
    added = []
    for r, article in found.adjacent.items():
        headline, scores = found.runs[r]
        # (or, a label of a few characters or a title right above the byline that opens a piece, whose words fit
        # only an article that has its headline: a label's two or three bigrams, 社團簡訊, meet some story's words
        # by chance, and a commentary's title over its byline is its own; a title over a story's text may be the
        # title of the story above, printed after its text)
        loose = len(content_key(headline.text)) < config.split_part_chars or article in found.bylined
        headed = {x.article for x in attachments}
        # (a weak match with an article that has its headline is chance too: 社区活动预告 over its bulleted items
        # meets a story of a community group's tree planting in 社区)
        free = [
            s for a, s in enumerate(scores) if a not in headed or (not loose and s >= config.position_over_headed_score)
        ]
        if id(headline) not in left_ids or article in taken or max(free, default=0.0) >= config.headline_min_score:
            continue
        taken.add(article)
        added.append(Attachment(headline, article, config.position_confidence))
        _note_attach(
            trace,
            headline,
            f"no article (free) shares its words; it stands right above article {article}, which has no headline",
            {"confidence": config.position_confidence},
        )
    # By elimination: a headline set as one (a title with its kicker or dash-led subtitle) that shares a
    # few words with an article still without a headline is that article's — what else would it head? —
    # though the words alone were too few to say so.
    added_ids = {id(a.headline) for a in added}
    # (so is a title of two lines or more from a block that heads no article, at the foot or after the text:
    # nothing there is a subhead or a caption's line, and it must head some article)
    foot_titles = {
        id(h)
        for (h, _), foot, infos in zip(found.runs, found.run_at_foot, found.run_infos, strict=True)
        if foot and len(infos) >= 2 and not _HOUSE_AD.search(h.text)
    }
    pairs = sorted(
        (
            (s, r, a)
            for r, (h, sc) in enumerate(leftovers)
            if id(h) not in added_ids and (h.kicker or h.subtitle or id(h) in foot_titles)
            for a, s in enumerate(sc)
            if a not in taken and s >= config.elimination_min_score
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for s, r, a in pairs:
        headline = leftovers[r][0]
        if id(headline) in added_ids or a in taken:
            continue
        taken.add(a)
        added_ids.add(id(headline))
        added.append(Attachment(headline, a, config.position_confidence))
        _note_attach(
            trace,
            headline,
            f"by elimination: article {a} has no headline and shares the most words with this one",
            {"score": s, "confidence": config.position_confidence},
        )
    return attachments + added, [(h, sc) for h, sc in leftovers if id(h) not in added_ids]


# A date alone on its line, as a notice's signature carries it.
_DATE_ALONE = re.compile(rf"\s*{DATE}\s*")


# Two captions printed side by side come out as one line: 某某（右）拿藥…。 某某家三餐…。 — a full stop, a space, and
# another sentence. A credit after the space (记者 王某 摄, 美聯社) belongs to the caption before it.
_CAPTION_SEAM = re.compile(r"(?<=[。！？])\s+(?=\S)")
# (or only the role that opens a credit and what of the name the line holds, 记者 / 记者 王, where the line
# was cut: the credit's start)
_CREDIT_ONLY = re.compile(
    r"^\s*(?:(?:本报|本報|本刊|本台|[\u4e00-\u9fff]{1,4}社)?(?:(?:学生|學生|校园|校園|见习|見習|首席|摄影|攝影|小)?(?:记者|記者)|通讯员|通訊員|特约记者|特約記者|实习生|實習生)?\s*\S{0,8}\s*(?:摄|攝)|\S{2,6}社[发發]?|\S{0,12}[圖图]片|\S{1,8}供[圖图]"
    r"|(?:本报|本報|本刊|本台)?(?:记者|記者|通讯员|通訊員|摄影|攝影)(?:\s*[^\s。！？]{1,4})?"
    # (the role first, then the name, in hanzi or Latin letters: 攝影／林志宏, 攝影／Lafay Kacaw)
    r"|(?:摄影|攝影|[摄攝])\s*[/／：:]\s*(?:[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){0,3})"
    # (or a note all in brackets after the caption's full stop, its credit or source: （片方供图）, （视频截图）)
    r"|[（(][^（）()]{1,20}[）)])\s*$"
)


# A photo report closed by its photographer's credit (…（记者 韩冰 摄影报道）, …记者 王某 摄): a paper often prints one
# under no title of its own.
_PHOTO_REPORT_END = re.compile(r"(?:摄影报道|攝影報道|摄影报导|攝影報導|摄|攝)\s*[）)]?$")


def _attach_in_order(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    config: Config,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """A block of headlines at the foot lists them story after story, as the content stream draws the page: the
    one headline left over between two that went to articles p and q heads the one article between p and q still
    without a headline, where it shares a word or two with it (too few to say so alone: 种子“身份证”扫码可查 over a
    brief on the QR codes seed bags now carry)."""
    if not found.runs:
        return attachments, leftovers
    n_articles = len(found.runs[0][1])
    left_ids = {id(h) for h, _ in leftovers}
    article_of = {id(a.headline): a.article for a in attachments}
    taken = set(article_of.values())
    added: list[Attachment] = []
    start = 0
    while start < len(found.runs):
        end = start + 1
        while end < len(found.runs) and found.run_block[end] == found.run_block[start]:
            end += 1
        block, start = list(range(start, end)), end
        if not found.run_at_foot[block[0]]:
            continue
        attached = [
            (k, article_of[id(found.runs[r][0])]) for k, r in enumerate(block) if id(found.runs[r][0]) in article_of
        ]
        for k, r in enumerate(block):
            headline, scores = found.runs[r]
            if id(headline) not in left_ids:
                continue
            above = max((x for x in attached if x[0] < k), default=None)
            below = min((x for x in attached if x[0] > k), default=None)
            if above is None and below is None:
                continue
            # (the paper's own notice, 扫码订阅, may close the block; between two headlines, 扫码可查 is a title's)
            if (above is None or below is None) and _HOUSE_AD.search(headline.text):
                continue
            lo = above[1] if above else -1
            hi = below[1] if below else n_articles
            # (this the only run left over between them, and the two in the order of their articles)
            between = range(above[0] + 1 if above else 0, below[0] if below else len(block))
            free = [a for a in range(lo + 1, hi) if a not in taken and a not in found.untitled]
            # (the block's last title, under titles that went to the page's articles one after the other, heads the
            # next and last article whatever its words: 安全警示 / 夏季防触电… over a box of numbered tips)
            in_order = (
                below is None
                and k == len(block) - 1
                and [a for _, a in attached] == list(range(attached[0][1], lo + 1))
                and free == [lo + 1]
                and hi == lo + 2
            )
            if len(between) != 1 or len(free) != 1 or (scores[free[0]] < config.elimination_min_score and not in_order):
                continue
            taken.add(free[0])
            added.append(Attachment(headline, free[0], config.position_confidence))
            _note_attach(
                trace,
                headline,
                f"in the foot block's order: between the headlines of articles {lo} and {hi}, article {free[0]} is "
                "the only one without a headline, and shares a word or two with it",
                {"score": scores[free[0]], "confidence": config.position_confidence},
            )
    added_ids = {id(a.headline) for a in added}
    # (and the one title of the foot left over when one article alone is left without a title: a title that
    # paraphrases its story, 一碗热饭暖夕阳 over a canteen for the elderly, shares none of its words)
    left_at_foot = [
        h
        for r, (h, _) in enumerate(found.runs)
        if id(h) in left_ids and id(h) not in added_ids and found.run_at_foot[r] and not _HOUSE_AD.search(h.text)
    ]
    # (a piece that opens as news does, on its dateline or its byline: a story continued from another page,
    # （上接第1版）…, has its title there, and a slogan left at the foot is no title)
    # (nor an item of a box of briefs, which has none of its own)
    headless = [
        a
        for a in range(n_articles)
        if a not in taken and a not in found.untitled and a in found.opened and a not in found.boxed
    ]
    if len(left_at_foot) == 1 and len(headless) == 1 and left_at_foot[0].title:
        added.append(Attachment(left_at_foot[0], headless[0], config.position_confidence))
        added_ids.add(id(left_at_foot[0]))
        _note_attach(
            trace,
            left_at_foot[0],
            f"the one title left at the foot, and article {headless[0]} the one article left without a title",
            {"confidence": config.position_confidence},
        )
    return attachments + added, [(h, sc) for h, sc in leftovers if id(h) not in added_ids]


def _note_attach(trace: list[Decision] | None, headline: Headline, reason: str, scores: dict[str, float]) -> None:
    if trace is not None:
        trace.append(Decision("headlines", "attach-headline", headline.lines, reason, scores))


# A neighbour joined to an attached headline: the new headline, and the reason to give.
Joined = tuple[Headline, str] | None


def _join_neighbours(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    trace: list[Decision] | None,
    join: Callable[[int, Attachment], Joined],
    left_over_above: bool,
    next_blocks: bool = False,
) -> tuple[list[Attachment], Leftovers]:
    """Walk the pairs of neighbouring runs of one block of which one was attached and the other left over
    (above it when ``left_over_above``, below it otherwise); where ``join(r, attachment)`` (r: the upper run)
    makes one headline of the two, the attached one becomes it and the other leaves the left-overs."""
    left_ids = {id(h) for h, _ in leftovers}
    by_headline = {id(a.headline): k for k, a in enumerate(attachments)}
    merged: set[int] = set()
    out = list(attachments)
    for r in range(len(found.runs) - 1):
        upper, lower = found.runs[r][0], found.runs[r + 1][0]
        left, kept = (upper, lower) if left_over_above else (lower, upper)
        # (with ``next_blocks``, runs of two blocks one right under the other count too: an OCR engine's or a
        # blank line's blocks part a kicker from its title as often as two headlines)
        touching = next_blocks and _right_under(found.run_infos[r], found.run_infos[r + 1])
        if (found.run_block[r] != found.run_block[r + 1] and not touching) or id(left) not in left_ids:
            continue
        if id(kept) not in by_headline:
            continue
        if set(upper.lines) & set(lower.lines):
            continue  # two titles set side by side on one line, parted as two headlines: never one again
        k = by_headline[id(kept)]
        if (joined := join(r, out[k])) is None:
            continue
        head, reason = joined
        out[k] = Attachment(head, out[k].article, out[k].confidence)
        merged.add(id(left))
        _note_attach(trace, head, reason, {"confidence": out[k].confidence})
    return out, [(h, sc) for h, sc in leftovers if id(h) not in merged]


def _title_over_subtitle(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    config: Config,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """A title that paraphrases its story shares no word with it, and the line under it that quotes the story
    was attached alone. When a left-over one-part headline that fits no article stands right above a one-part
    headline attached by content, in the same block, it is that headline's title, and the other its subtitle."""

    def join(r: int, attached: Attachment) -> Joined:
        (upper, scores), (lower, _) = found.runs[r], found.runs[r + 1]
        if upper.kicker or upper.subtitle or lower.kicker or lower.subtitle or not upper.title or not lower.title:
            return None
        if max(scores, default=0.0) >= config.headline_min_score or len(content_key(upper.title)) < 4:
            return None
        if couplet(upper.title):
            return None  # a slogan set as a couplet over the title is its kicker (see _kicker_over_headline)
        if TAG_ALONE.fullmatch(lower.title):
            return None  # a brief's title in brackets (【…】) is no subtitle: a label over it heads the box of briefs
        if _kicker_phrase(upper.title, lower.title, config) and not set_in_traditional(upper.title + lower.title):
            return None  # a column's name in a short phrase over a wider title is its kicker (see there)
        head = Headline(
            title=upper.title,
            subtitle=lower.title,
            lines=upper.lines + lower.lines,
            part_lines=((), upper.lines, lower.lines),
        )
        article = attached.article
        return head, f"a title that fits no article stands right above article {article}'s headline: title and subtitle"

    return _join_neighbours(found, attachments, leftovers, trace, join, left_over_above=True)


def _brief_title_mark(text: str) -> str | None:
    """How a box of briefs marks its briefs' titles: the bullet before each (■ …), or the brackets round it (【…】)."""
    if (bullet := BULLET.match(text)) is not None:
        return bullet.group().strip()
    return "【】" if TAG_ALONE.fullmatch(text) else None


# A label and its value: a date, a time or a code (发布时间：2023年5月12日, 案件編號：HCCP…), or a source, a
# pointer or a credit by its label (稿件来源：…, 相关新闻：…, 图片来源：…, 责任编辑：…).
_LABELLED_VALUE = re.compile(
    r"[：:]\s*[0-9０-９A-Za-zＡ-Ｚａ-ｚ]"
    r"|(?:来源|來源|出处|出處|新闻|新聞|链接|鏈接|阅读|閱讀|时间|時間|编辑|編輯|责编|責編|图片|圖片|摄影|攝影|作者)\s*[：:]"
)
# The paper's own notices at the foot of a page (subscriptions, hotlines, QR codes, advertising): no story's title.
_HOUSE_AD = re.compile(
    r"订阅|訂閱|征订|徵訂|热线|熱線|扫码|掃碼|扫描|掃描|二维码|二維碼|广告|廣告|投稿|赐稿|賜稿|来稿|來稿|征稿|徵稿"
)


def _part_under_headline(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    config: Config,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """A zone right above an article was cut into two headlines, the upper attached to that article and the
    lower left over (the article its words lean to has a headline of its own). Standing between the article's
    headline and its text, the lower one is part of that headline (a title under its kicker, a subtitle)."""

    def join(r: int, attached: Attachment) -> Joined:
        infos = found.run_infos[r] + found.run_infos[r + 1]
        if found.adjacent.get(r + 1) != attached.article or len(infos) > config.headline_max_lines:
            return None
        if any(_LABELLED_VALUE.search(i.line.text) for i in found.run_infos[r + 1]):
            return None  # a label and its value (发布时间：2023年…, 稿件来源：…) opens the text, no headline part
        article = attached.article
        reason = f"a headline left over stands between article {article}'s headline and its text: one headline"
        return build_headline(infos, config, found.words), reason

    return _join_neighbours(found, attachments, leftovers, trace, join, left_over_above=False)


# A kicker's marks: a column's name and the topic (庭外·苦主心聲), a closing colon or dash leading into the title.
_KICKER_MARK = re.compile(r"^[^\s·・•：:]{2,6}[·・•][^\s·・•：:]{2,8}$|[：:]\s*$|——\s*$")


def _kicker_over_headline(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    config: Config,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """A short line left over, fitting no article or the one the headline below it heads, right above a
    headline attached without a kicker, in the same block (庭外·苦主心聲 over a vertical title): its kicker.
    Only a line marked as kickers are (a column's name and its topic, a colon or a dash leading into the
    title): a title of its own may hold a colon (…小兄弟：阿姨像媽媽) and a stray fragment be short."""

    headed = {a.article for a in attachments}

    def join(r: int, attached: Attachment) -> Joined:
        (upper, scores), (lower, _) = found.runs[r], found.runs[r + 1]
        # (a title's two lines, parted by an OCR engine's blocks, read as kicker and title over the subtitle: the
        # first as wide as the second or wider, ±800千伏鹤川换流站 / 完成年度检修 / ——历时21天…, is the title's first
        # line, and the line over them, 春 检 进 行 时, may be the kicker)
        if (
            lower.kicker
            and lower.subtitle
            and not upper.kicker
            and len(content_key(lower.kicker)) >= len(content_key(lower.title))
        ):
            kicker_lines, title_lines, subtitle_lines = lower.part_lines
            lower = Headline(
                title=lower.kicker + lower.title,
                subtitle=lower.subtitle,
                lines=lower.lines,
                part_lines=((), kicker_lines + title_lines, subtitle_lines),
            )
        if upper.kicker or upper.subtitle or not upper.title or lower.kicker or not lower.title:
            return None
        # (fitting no article, or the one the headline below heads; or, a slogan set as a couplet, one that has its
        # headline already: 聚焦营商环境 打造服务高地 over 我市“一网通办”…, its words met in a commentary titled so)
        best = best_article(scores)
        if (
            max(scores, default=0.0) >= config.headline_min_score
            and best != attached.article
            and not (slogan_couplet(upper.title) and best in headed)
        ):
            return None
        # (or a slogan set as a couplet, 项目为王 实干争先, which a mainland paper sets over its title; or a column's
        # name in a phrase of its own, clearly shorter than the title under it, 乡村振兴看临湖 / 全县中稻长势喜人 秋粮
        # 丰收在望: no fragment the OCR broke off, which is no phrase, nor a title of its own, which fits another)
        phrase = _kicker_phrase(upper.title, lower.title, config)
        if not _KICKER_MARK.search(upper.title) and not couplet(upper.title) and not phrase:
            return None
        article = attached.article
        reason = f"a short line fitting no other article stands right above article {article}'s headline: kicker"
        return _under_kicker(upper, lower), reason

    return _join_neighbours(found, attachments, leftovers, trace, join, left_over_above=True, next_blocks=True)


def _under_kicker(kicker: Headline, head: Headline) -> Headline:
    """``head`` with the title of ``kicker`` (a headline of one part) set over it as its kicker."""
    return Headline(
        kicker=kicker.title,
        title=head.title,
        subtitle=head.subtitle,
        lines=kicker.lines + head.lines,
        part_lines=(kicker.lines, head.part_lines[1], head.part_lines[2]),
    )


def _right_under(upper: Sequence[LineInfo], lower: Sequence[LineInfo]) -> bool:
    """The lines of ``lower`` start right under the last of ``upper``, only blank lines between."""
    if not upper or not lower:
        return False
    return upper[-1].line.numbers[-1] + 1 + lower[0].line.blank_before == lower[0].line.number


def _kicker_phrase(upper: str, lower: str, config: Config) -> bool:
    """A phrase of a kicker's length, no mark in it, over a title clearly wider (乡村振兴看临湖 / 全县中稻长势喜人
    秋粮丰收在望): a column's name or the scene set for the title (on the golden and dev pages' annotations, 50
    such kickers against 13 titles over their subtitles, most of those meetings, …召开 / 研究部署…)."""
    upper_key, lower_key = content_key(upper), content_key(lower)
    return (
        config.label_kicker_chars <= len(upper_key) <= config.kicker_phrase_max_chars
        and not _MARKED_TEXT.search(upper)
        and " " not in upper.strip()
        and len(lower_key) - len(upper_key) >= config.headline_wider_part
        # (not an event told whole, 县委常委会召开会议 / 研究部署…, 港都影展今晚開幕 / …: a title over its deck)
        and _EVENT_TOLD.search(upper.strip()) is None
    )


_EVENT_TOLD = re.compile(
    r"(?:召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|启动|啟動|开通|開通|换届|換屆|会议|會議|运营|運營)$"
)


# A mark of running text in a line.
_MARKED_TEXT = re.compile(r"[，。、；：！？,;:!?“”「」《》（）()]")


def _title_under_label(
    attachments: list[Attachment],
    leftovers: Leftovers,
    config: Config,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """An article headed by a column's label alone (读者来信 over the letter) has its title elsewhere, in the block
    of headlines at the page's foot: the one title left over there that fits it best, or fits no other article,
    is its title and the label its kicker. (One left-over title and one such article only: more, and the words
    must tell which goes where, which the matching has already tried.)"""
    labelled = [
        k
        for k, a in enumerate(attachments)
        if a.headline.kicker is None and a.headline.subtitle is None and LABEL.match(a.headline.title) is not None
    ]
    titles = [(h, sc) for h, sc in leftovers if h.title and h.kicker is None and not LABEL.match(h.title)]
    if len(labelled) != 1 or len(titles) != 1:
        return attachments, leftovers
    k = labelled[0]
    head, scores = titles[0]
    label = attachments[k].headline
    # (it fits no other article better than this one)
    best = max(range(len(scores)), key=lambda a: scores[a]) if scores else None
    if best is not None and best != attachments[k].article and scores[best] >= config.headline_min_score:
        return attachments, leftovers
    # (and it shares a word or two with the letter: a photo's title left at the foot, fitting nothing, is no
    # letter's)
    if not scores or scores[attachments[k].article] < config.elimination_min_score:
        return attachments, leftovers
    joined = _under_kicker(label, head)
    out = list(attachments)
    out[k] = Attachment(joined, attachments[k].article, attachments[k].confidence)
    _note_attach(
        trace,
        joined,
        f"a column's label alone heads article {attachments[k].article}: the one title left over is its title",
        {"confidence": attachments[k].confidence},
    )
    return out, [(h, sc) for h, sc in leftovers if h is not head]


def _label_over_article(
    found: Candidates,
    attachments: list[Attachment],
    leftovers: Leftovers,
    trace: list[Decision] | None,
) -> tuple[list[Attachment], Leftovers]:
    """A column's label left over right above an article (读者来信 over the letter) whose title, printed elsewhere
    (at the page's foot), was attached without a kicker: the label is that title's kicker."""
    left_ids = {id(h) for h, _ in leftovers}
    by_article = {a.article: k for k, a in enumerate(attachments)}
    merged: set[int] = set()
    out = list(attachments)
    for r, article in found.adjacent.items():
        label = found.runs[r][0]
        k = by_article.get(article)
        if id(label) not in left_ids or k is None or label.kicker or label.subtitle or not LABEL.match(label.title):
            continue
        head = out[k].headline
        if head.kicker is not None or set(head.lines) & set(label.lines):
            continue
        joined = _under_kicker(label, head)
        out[k] = Attachment(joined, article, out[k].confidence)
        merged.add(id(label))
        _note_attach(
            trace,
            joined,
            f"a column's label left over right above article {article}: the kicker of its title",
            {"confidence": out[k].confidence},
        )
    return out, [(h, sc) for h, sc in leftovers if id(h) not in merged]


_CLAUSES = re.compile(r"[，。！？；,!?;]")


def _verse_before(text: str) -> bool:
    """Whether text closes on lines of verse, two short clauses of four to seven characters (…借问酒家何处有，牧童
    遥指杏花村。, …不知天上宫阙，今夕是何年。): the name in brackets after them is the poet's, not a reporter's, whose
    credit closes a sentence of reporting."""
    clauses = [c for c in _CLAUSES.split(text.rstrip().rstrip("。！？」”")) if c.strip()]
    tail = [len(content_key(c)) for c in clauses[-2:]]
    return len(tail) == 2 and all(4 <= n <= 7 for n in tail)


def _credited_reporters(
    dateline: Dateline, last: str, trace: list[Decision] | None, lines: tuple[int, ...]
) -> Dateline:
    """A dateline that names no reporter (本报讯 11月15日，…) takes those the brief names in brackets after its last
    sentence (…获评“技术能手”。（孙莉）): the same facts, printed at the other end."""
    cut = closing_credit_start(last)
    if cut is None or _verse_before(last[:cut]):
        return dateline
    names = parse_reporters(last[cut:].strip("（）() "))[0]
    if not names or not all(surnamed(n) for n in names):
        return dateline
    if trace is not None:
        reason = f"the dateline names no reporter; the credit closing the text does: {last[cut:]}"
        trace.append(Decision("datelines", "closing-credit", lines, reason))
    return replace(dateline, reporters=names)


def _byline_dateline(draft: ArticleDraft, paras: list[str], config: Config) -> Dateline | None:
    if not config.dateline_from_byline or len(draft.units) < 2 or draft.units[0].kind != "byline":
        return None
    return byline_dateline(paras[0])


def _split_captions(text: str) -> list[str]:
    parts = _CAPTION_SEAM.split(text)
    out = [parts[0]]
    for part in parts[1:]:
        if _CREDIT_ONLY.match(part):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _asks_below(infos: Sequence[LineInfo], k: int, config: Config) -> bool:
    """Whether line k, paused at a comma, and the line below it, closed by a question mark, make one title that asks
    (网购商品有裂缝， / 商家能拒绝退货吗？): two lines of a title's width, no other clause in them."""
    if k + 1 >= len(infos) or infos[k + 1].line.blank_before:
        return False
    text, below = infos[k].line.text.strip(), infos[k + 1].line.text.strip()
    return (
        text.endswith(("，", ","))
        and below.endswith(("？", "?"))
        and CLAUSE_BREAKS.isdisjoint(text[:-1] + below[:-1])
        and len(content_key(text + below)) <= config.headline_max_width
    )


def _ocr_speck(text: str) -> bool:
    """A vertical bar (never printed in a Chinese headline), or a line of a digit or two or a letter (a lone
    one in a headline zone is noise the OCR read off a photo or a rule)."""
    core = text.strip()
    chars = core.replace(" ", "")
    # (a digit or letter the OCR or the page left full-width is one too)
    return "|" in core or (len(chars) <= 2 and all(fold_width(ch).isascii() and ch.isalnum() for ch in chars))


def _told_sentence(text: str) -> bool:
    """A sentence closed by a full stop: what a caption says, never how a title reads (titles drop the full
    stop; they keep only ？ and ！)."""
    # (a note in brackets after the full stop, who supplied the photo, 助興。（會館提供）, closes what it says too)
    text = re.sub(r"[（(][^（）()]{1,16}[）)]\s*$", "", text.rstrip())
    return text.rstrip().rstrip("”’」』）)").endswith("。")


def _caption_complete(text: str) -> bool:
    return ends_sentence(text) or bool(CAPTION_CREDIT.search(text) or BRACKETED_PHOTO_CREDIT.search(text))


def _blocks(articles: list[Article], residue: list[Residue], seg: Segmentation) -> list[Block]:
    """The repaired page in source order: every paragraph, headline part, caption and residue piece."""
    keyed: list[tuple[int, Block]] = []
    for a, draft in zip(articles, seg.articles, strict=True):
        for p, u in zip(a.paragraphs, draft.units, strict=True):
            keyed.append((u.lines[0], Block("paragraph", p, u.lines)))
        if a.headline:
            for text, lines in a.headline.parts():
                keyed.append((lines[0], Block("headline", text, lines)))
        for text, lines in zip(a.captions, a.caption_spans, strict=True):
            keyed.append((lines[0], Block("caption", text, lines)))
    for r in residue:
        keyed.append((r.lines[0] if r.lines else 0, Block("residue", r.text, r.lines)))
    keyed.sort(key=lambda kb: kb[0])
    return [b for _, b in keyed]


def clean(text: str, config: Config = DEFAULT) -> str:
    """The repaired page in source order, one unit per block, blocks separated by one blank line."""
    return split(text, config).clean_text()
