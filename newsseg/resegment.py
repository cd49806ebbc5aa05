"""A second look at the segmentation, with the headlines and captions in hand.

Pieces without a dateline run together in the flow: nothing in the text marks where one ends. What the
headlines and captions of the page say can: a headline left over because its article is taken restates a run
of paragraphs inside that article; two headlines drawn into one restate two runs that share no vocabulary; a
caption describes the text below it rather than above; a title line stands between two runs of text that share
none of the page's rarer words. Each of these splits the article, keeping every index into the articles (zones,
captions) right. The other way round, what the flow alone suggested is taken back when the vocabulary says
otherwise: an article opened only by a change of measure, or by a one-line "headline" that is a subhead, rejoins
the one above when the two keep naming the same things.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from .chardata import PROSE_MARKS, SENTENCE_END
from .config import Config
from .datelines import SURNAMES
from .headlines import Attachment, counted_facts, is_deck, untagged
from .model import Decision, Headline
from .normalize import bigrams, containment, content_key, fold_width
from .repair import (
    BOX_LABEL,
    BRIEF_LEAD_OPEN,
    BRIEFS_LABEL,
    BULLET,
    CLOSING_NOTE,
    COLUMN_LABEL,
    COLUMN_TAG_END,
    DATE_ALONE,
    DATED_LEAD,
    ENUMERATED,
    INTRODUCING_VERB_END,
    JUMP,
    LEAD_BYLINE,
    MONTH_ALONE,
    OPENING_LABEL,
    PIECE_LABEL,
    LineInfo,
    closing_credit,
    ends_sentence,
    item_count,
    join_lines,
    line_width,
    unclosed,
)
from .segment import (
    BARE_FIGURE,
    CAPTION_CREDIT,
    CLOSING_FORMULA,
    EDITORS_SIGNATURE,
    MARK_OPENED,
    NOTICE_TITLE,
    OWN_SECTION,
    QA_LABEL,
    QUESTION_OPEN,
    ArticleDraft,
    HeadlineZone,
    Segmentation,
    Unit,
    column_rubric,
    question_title,
    restates_below,
    title_pair,
)

# The first of items counted with a mark, as a box of tips counts them (一、…, （一）…, 1.…, ①…): not a section's
# first words that count as speech does (一听说…, 一是…).
_COUNTED_TIP = re.compile(r"^\s*(?:一、(?![二两三四五六七八九十])|[1１][.．、](?!\d)|[（(][一1１][）)]|①)")


def _left_over(
    seg: Segmentation,
    leftovers: list[tuple[Headline, list[float]]],
    attachments: list[Attachment],
    config: Config,
    runners_up: bool = False,
) -> Iterator[tuple[Headline, int, str]]:
    """Each headline left over because the article it fits best has one already, best first: the headline,
    that article, and the text of the headline it has. A deck cut off from its title (a title as long as a
    deck) is no headline of a piece of its own: it sums up the story that has that title; and so is a line
    right under that title, both above the article's text (官斥計劃周詳 受害人多為退休人士 under its title sums up
    the judge's words at the story's end). With ``runners_up``, each also with the other taken articles it fits
    nearly as well (a title split where its words say; cutting by vocabulary alone tries the best only)."""
    taken = {a.article: a.headline for a in attachments}
    # (the lines of the blocks that head no article: the titles printed together at the foot)
    at_foot = {i.line.number for z in seg.zones if z.next_article is None for i in z.infos}
    # (the line above each article's text, blank lines aside)
    over = {
        a.units[0].lines[0] - 1 - a.units[0].infos[0].line.blank_before: k
        for k, a in enumerate(seg.articles)
        if a.units
    }
    for headline, scores in sorted(leftovers, key=lambda hs: -max(hs[1], default=0.0)):
        if not scores or is_deck(headline.title or "", config):
            continue
        if headline.lines and over.get(max(headline.lines), -1) not in (-1, *taken):
            # (it stands right over an article without a headline: that one's, by its place, whatever its words
            # fit, 社区活动预告 over its bulleted items)
            continue
        k = max(range(len(scores)), key=lambda i: scores[i])
        if k not in taken:
            continue
        above = taken[k].lines
        if (
            above
            and headline.lines
            and headline.lines[0] == max(above) + 1
            and max(headline.lines) < seg.articles[k].units[0].lines[0]
        ):
            continue
        yield headline, k, taken[k].text
        # (a title's words fit two articles about as well, 一份未完成订单的背后 a lead's 的背后 and another's run
        # of 订单: the runner-up may be the one that holds its piece, and is tried next)
        # (only for a title in the block at the page's foot, which heads no story by its place: a photo's title in
        # the flow, 城西大米回头客多 over its caption, is a story's or nothing)
        runners = runners_up and bool(headline.lines) and all(n in at_foot for n in headline.lines)
        for r in sorted(range(len(scores)), key=lambda i: -scores[i]) if runners else ():
            # (where the best is a match on its own: a line of an ad's scraps meets every article a little)
            if (
                r != k
                and r in taken
                and scores[k] >= config.headline_min_score
                and scores[r] >= config.split_runner_share * scores[k]
            ):
                yield headline, r, taken[r].text


def split_for_headline(
    seg: Segmentation,
    bodies: list[list[str]],
    leftovers: list[tuple[Headline, list[float]]],
    attachments: list[Attachment],
    config: Config,
    trace: list[Decision] | None,
) -> bool:
    """An article with no dateline and no headline in the flow can run on into the next one. When a headline
    left over (its best article already has a headline) restates a run of paragraphs inside that article
    better than the rest of it, and the run follows a sentence end, the article is two: split it there.
    Return whether a split was made (the caller then matches headlines again)."""
    for headline, k, owner in _left_over(seg, leftovers, attachments, config, runners_up=True):
        paras = bodies[k]
        if len(paras) < 2:
            continue
        text = headline.text
        # Where the cuts go: every paragraph sides with the headline that shares more of its words, and the
        # run of paragraphs that leans furthest towards the left-over headline is its article. The lead of that
        # article names what its headline names and nothing of the other one's; a later paragraph that happens
        # to echo the headline better cannot pull the cut past it. The run may end before the article does
        # (three pieces without datelines run together): the rest goes back to the headline that has it.
        leaning = [containment(text, para) - containment(owner, para) for para in paras]
        n = len(paras)
        starts = _cut_points(paras, seg.articles[k].units, 1)
        run = _best_run(leaning, starts, [*starts, n], config.split_end_cost)
        if run is None:
            continue
        p, q = run
        rest = paras[:p] + paras[q:]
        best_c, at_rest = _fit(text, paras[p:q]), _fit(text, rest)
        owner_rest, owner_run = containment(owner, "".join(rest)), containment(owner, "".join(paras[p:q]))
        # (a box's label of a few characters, 社区活动, 路况提示, meets some paragraph's words by chance: it proves no
        # piece there)
        if (
            best_c >= config.split_min_containment
            and best_c >= at_rest + config.split_margin
            and owner_rest >= owner_run
            and len(content_key(text)) > config.box_label_max_chars
        ) or (
            # A commentary's title paraphrases its piece (网购维权难在哪里 over a lead on 典型投诉): it may
            # lean only a little towards the run, where the headline the article has restates the rest and
            # not the run, the run is a piece of a few paragraphs, and the left-over headline is a title,
            # longer than a subhead of a few words that a story's tail may leave after it.
            q - p >= config.split_unclaimed_paragraphs
            and best_c >= at_rest + config.split_unclaimed_margin
            and owner_rest >= owner_run + config.split_owner_margin
            and len(content_key(text)) >= config.split_unclaimed_title_chars
        ):
            scores = {"fit_below": best_c, "fit_above": at_rest}
            if q < n:
                _split_article(seg, k, q, "the article a left-over headline restates ends here", scores, trace)
            _split_article(
                seg, k, p, "a headline left over restates this paragraph: the article above ends here", scores, trace
            )
            return True
    return False


def split_by_vocabulary(
    seg: Segmentation,
    bodies: list[list[str]],
    leftovers: list[tuple[Headline, list[float]]],
    attachments: list[Attachment],
    config: Config,
    trace: list[Decision] | None,
) -> bool:
    """A headline left over whose article is taken, when it restates no paragraph well enough to say where its
    piece begins (a title that paraphrases): the article it fits may still be two pieces run together, and the
    place where the text on the two sides shares none of the page's rarer words is where they meet. The
    left-over headline must lean towards one side of it. Return whether a split was made."""
    rare = _rare_grams(bodies, config)
    scores = {id(h): max(sc, default=0.0) for h, sc in leftovers}
    for headline, k, _owner in _left_over(seg, leftovers, attachments, config):
        paras = bodies[k]
        # (a line that shares next to nothing with any article, 讀者園藝疑問歡迎來信 garden@…, the page's invitation
        # read among headlines, leans towards no side of anything)
        if len(paras) < 4 or scores[id(headline)] < config.elimination_min_score:
            continue
        best: tuple[bool, float, int] | None = None
        units = seg.articles[k].units
        grams = _feature_grams(seg, bodies, k, rare, config)
        for p in _cut_points(paras, units, 2):
            shared = _shared_share(paras[:p], paras[p:], grams, config)
            # (a byline opened by its mark opens a piece: a cut there goes before any other that shares as little)
            plain_cut = units[p].kind != "byline"  # (False sorts first: the cut before a marked byline)
            if (
                shared is not None
                and shared < config.vocabulary_split_cohesion
                and (best is None or (plain_cut, shared) < best[:2])
            ):
                best = (plain_cut, shared, p)
        if best is None:
            continue
        _, shared, p = best
        text = headline.text
        upper, lower = "".join(paras[:p]), "".join(paras[p:])
        lean = containment(text, upper) - containment(text, lower)
        # (and away from the side the article's own headline restates: a left-over leaning the same way is a piece
        # of that headline, 火 把 节 / 文 化 旅 游 周 开 幕 read apart, not the title of the other side)
        own = next((a.headline.text for a in attachments if a.article == k), None)
        own_lean = containment(own, upper) - containment(own, lower) if own else 0.0
        if lean == 0 or lean * own_lean > 0:
            continue
        reason = "two pieces run together: the text on the two sides shares none of the page's rarer words"
        _split_article(seg, k, p, reason, {"cohesion": shared}, trace)
        return True
    return False


def _bracketed_lines(lines: list[str], words: Collection[str] = frozenset()) -> list[str]:
    """The lines of a title, each that goes on inside a bracket the one above opened joined to that one, and each
    that a wrap cut inside a word of the page's text (``words``: …会见城市联盟组 / 织新一任秘书长), no wider than the
    line it left."""
    out: list[str] = []
    above = ""
    for line in lines:
        text = line.strip()
        # (a tail a wrap left is no wider than the line it left: titles one under another may meet at a word)
        wrapped = bool(above and text) and above[-1] + text[0] in words
        if out and (unclosed(out[-1], quotes=True) or (wrapped and line_width(text) <= line_width(above))):
            out[-1] += text
        else:
            out.append(text)
        above = text
    return out


def _heads(seg: Segmentation, k: int, headline: Headline) -> bool:
    """Whether the headline stands in the zone right above article k's text (nothing of another article
    between)."""
    first = seg.articles[k].units[0].lines[0]
    last = max(headline.lines)
    return not any(last < n < first for j, a in enumerate(seg.articles) if j != k for u in a.units for n in u.lines)


def split_for_part(
    seg: Segmentation,
    bodies: list[list[str]],
    runs: list[tuple[Headline, list[float]]],
    run_lines: list[list[str]],
    config: Config,
    trace: list[Decision] | None,
    page_words: Collection[str] = frozenset(),
) -> bool:
    """Two pieces without datelines run together draw their two headlines into one (kicker, title and
    subtitle, or the lines of one title, of one article, since one article has one headline). Where a line
    of such a headline restates a run of paragraphs inside the article rather than its lead, and the text on
    the two sides of the run's first paragraph shares almost no words (a story's paragraphs keep naming its
    people, places and terms; two stories do not), the run is another piece: split the article around it.
    ``page_words``: the bigrams of the page's running text, which join a title's lines a wrap cut inside a word."""
    rare = _rare_grams(bodies, config)
    for (headline, scores), lines in zip(runs, run_lines, strict=True):
        # its parts, or the lines of a title that is all one part; and the phrases of either (two titles side
        # by side on one line, drawn into one part, are two phrases)
        # (a line that goes on inside the bracket the line above opened is that line's end: …（街 / 巷故事）)
        pieces = [t for t, _ in headline.parts()] if len(headline.parts()) > 1 else _bracketed_lines(lines, page_words)
        phrase_pieces: list[str] = []
        # (not the phrases of a subtitle under its title: a deck sums its one story up clause by clause, 涉及居民
        # 2316户 计划明年底前完成回迁, each of which may restate a paragraph; titles side by side stand alone)
        decks = {headline.subtitle} if headline.title and headline.subtitle else set()
        for phrases in (t.split() for t in pieces if t not in decks):
            if (
                len(phrases) > 1
                and all(len(content_key(ph)) >= config.split_part_chars for ph in phrases)
                and not counted_facts(phrases)
            ):
                phrase_pieces += [ph for ph in phrases if ph not in pieces and ph not in phrase_pieces]
        pieces += phrase_pieces
        # (nor a deck of a story's figures, 累计消缺1260处 新增应急发电车4台: its facts restate its paragraphs)
        pieces = [t for t in pieces if not counted_facts(t.split())]
        if not scores or len(pieces) < 2:
            continue
        k = max(range(len(scores)), key=lambda i: scores[i])
        paras, units = bodies[k], seg.articles[k].units
        # (nor the subtitle itself, where the headline stands right above the article's text: a deck there sums
        # up the story it heads, its end as much as its lead, 官斥計劃周詳 受害人多為退休人士; a block of headlines
        # at the foot of the page is where two pieces' titles are drawn into one)
        if decks and headline.lines and max(headline.lines) < units[0].lines[0] and _heads(seg, k, headline):
            pieces = [t for t in pieces if t not in decks]
        # (a piece opened by its byline on a line of its own is one writer's: a title may restate any part of
        # it, a commentary's its argument further down rather than the scene it opens on)
        if len(paras) < 3 or units[0].kind == "byline":
            continue
        grams = [bigrams(p) & rare for p in paras]
        lead = "".join(paras[:2])
        n = len(paras)
        # (not at a document's signature, its issuer over its date: 某某股份有限公司董事会 / 2024年4月26日 closes the
        # notice its title names, however well the title restates the issuer's name)
        starts = [
            p
            for p in _cut_points(paras, units, 2)
            if _cohesion(grams, p) < config.split_cohesion
            and not _signature_at(units, p)
            # (nor under an editor's note that opens the piece, 编者按：…, which names its series' title and so
            # restates the kicker: rejoin_editors_notes put it there)
            and not (_NOTE_LABEL.match(units[0].raw) and p <= config.note_max_paragraphs)
        ]
        for text in pieces:
            # the two phrases of one title may each restate a section of its story: a phrase parts two
            # stories only where they share (next to) nothing
            own = (
                [p for p in starts if _cohesion(grams, p) < config.phrase_split_cohesion]
                if text in phrase_pieces
                else starts
            )
            if len(text) < config.split_part_chars or is_deck(text, config) or not own:
                continue
            # (weighed without a column tag closing it, which names the column, not the story, where enough
            # words are left to weigh)
            words = untagged(text, config.split_part_chars)
            leaning = [containment(words, para) - containment(lead, para) for para in paras]
            run = _best_run(leaning, own, [*own, n], config.split_end_cost)
            if run is None:
                continue
            p, q = run
            rest = paras[:p] + paras[q:]
            fit_run, fit_rest = _fit(words, paras[p:q]), _fit(words, rest)
            # and another piece of the headline heads the text above: two headlines drawn into one, not a
            # title that happens to restate a later paragraph better than its lead
            claim = max((_fit(t, paras[:p]) for t in pieces if t is not text), default=0.0)
            # where the text above and the run share next to none of the page's rarer words, two stories
            # meet there, and a title that paraphrases its story (a commentary's) needs to restate less of it
            shared = _shared_share(paras[:p], paras[p:q], rare, config)
            # (a run of one paragraph shares little with anything: it proves nothing)
            apart = q - p >= 2 and shared is not None and shared < config.vocabulary_split_cohesion
            needed = config.split_min_containment_apart if apart else config.split_min_containment
            # (where the two share next to none, the words say two stories meet whatever the rest of the
            # headline restates: a title that paraphrases the text above, or one printed elsewhere)
            # (a line of a title the typesetter wrapped, 别让“僵尸车” / 堵了消防通道, may restate its story's last
            # paragraph better than the rest: a line, not a part, parts off no single paragraph at the end)
            # (its signature or credit under it no paragraph of its own)
            lone_tail = (
                len(headline.parts()) == 1
                and text not in phrase_pieces
                and q == n
                and sum(len(content_key(x)) > config.signature_max_chars for x in paras[p:q]) <= 1
            )
            # (nor at a list's next item, 三、… under 二、…: a document's items are its own, whatever they name)
            counted = item_count(paras[p]) if p > 0 else None
            counted_on = counted is not None and item_count(paras[p - 1]) == (counted[0], counted[1] - 1)
            if (
                fit_run >= needed
                and fit_run >= fit_rest + config.split_margin
                and (claim >= config.split_min_containment or apart)
                and not lone_tail
                and not counted_on
            ):
                found = {
                    "fit_below": fit_run,
                    "fit_above": fit_rest,
                    "claim_above": claim,
                    "cohesion": _cohesion(grams, p),
                }
                if q < n:
                    _split_article(seg, k, q, "the piece a headline part restates ends here", found, trace)
                _split_article(
                    seg,
                    k,
                    p,
                    "a part of a headline restates the text from here, which shares no words with the text above",
                    found,
                    trace,
                )
                return True
    return False


_FIGURE_OR_LATIN = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


def _rare_grams(bodies: list[list[str]], config: Config) -> set[str]:
    """Bigrams of the page that are not everyday words: those in at most a few of its paragraphs. Not those
    with a figure or a Latin letter in them: two stories of one page both give dates, years and amounts (the
    20 of 2019, the 1月 of a date), which name nothing they share."""
    df: dict[str, int] = {}
    paras = [p for b in bodies for p in b]
    for p in paras:
        for g in bigrams(p):
            df[g] = df.get(g, 0) + 1
    limit = max(config.cohesion_common_min, config.cohesion_common_share * len(paras))
    return {g for g, c in df.items() if c <= limit and not _FIGURE_OR_LATIN.search(g)}


def _feature_grams(seg: Segmentation, bodies: list[list[str]], k: int, rare: set[str], config: Config) -> set[str]:
    """The rarer words of article k for telling its sections apart, and, on a page of enough articles, the name
    of the one it portrays, however often it says it: three characters a surname leads (秦晓川, 柯望山) that it
    names three times at least and no other article names. (Not any word it alone says: two pieces run together
    may share a page's subject, 社区, 居民, which no other article of the page happens to use.)"""
    if len(seg.articles) < config.cohesion_single_article_min:
        return rare
    # (the article as it stands now, a split made earlier in the same pass may have changed it; the page's text
    # is the same however its articles are cut)
    own = "".join(u.raw for u in seg.articles[k].units)
    counts: dict[str, int] = {}
    for m in _NAME_LIKE.finditer(own):
        if m[1][0] in SURNAMES:
            counts[m[1]] = counts.get(m[1], 0) + 1
    page = "".join(p for b in bodies for p in b)
    names = [t for t, c in counts.items() if c >= 3 and page.count(t) == own.count(t)]
    return rare | {t[i : i + 2] for t in names for i in (0, 1)} if names else rare


# Three characters in a row, each a hanzi (a name's span), read at every position.
_NAME_LIKE = re.compile(r"(?=([\u4e00-\u9fff]{3}))")


def _grams_of_few_articles(bodies: list[list[str]], most: int) -> set[str]:
    """Bigrams of the page (no figure or Latin letter in them) that the text of at most ``most`` articles holds."""
    seen: dict[str, int] = {}
    for body in bodies:
        for g in set().union(*(bigrams(p) for p in body)) if body else set():
            if not _FIGURE_OR_LATIN.search(g):
                seen[g] = seen.get(g, 0) + 1
    return {g for g, c in seen.items() if c <= most}


def _cohesion(grams: list[set[str]], p: int) -> float:
    """Share of rare bigrams that the two paragraphs before p and the two from p have in common."""
    before = set().union(*grams[max(0, p - 2) : p])
    after = set().union(*grams[p : p + 2])
    if not before or not after:
        return 1.0
    return len(before & after) / min(len(before), len(after))


def _cut_points(paras: list[str], units: list[Unit], first: int) -> list[int]:
    """Where an article may be cut, from its paragraph ``first`` on: before a body paragraph that follows a
    sentence end or a closing credit, or before a byline opened by its mark (◎ 某某), which opens a piece
    whatever signs the one above it (文/某某)."""
    return [
        p
        for p in range(first, len(paras))
        if ((ends_sentence(paras[p - 1]) or units[p - 1].kind == "credit") and units[p].kind == "body")
        or (units[p].kind == "byline" and MARK_OPENED.match(units[p].raw) is not None)
    ]


def _fit(title: str, paras: list[str]) -> float:
    """How well a headline restates a run of paragraphs: it restates its lead (the first two) and draws its
    words from its body, half each."""
    return 0.5 * containment(title, "".join(paras[:2])) + 0.5 * containment(title, "".join(paras))


def _best_run(leaning: list[float], starts: list[int], ends: list[int], end_cost: float) -> tuple[int, int] | None:
    """The run [p, q) with p in starts and q in ends whose leanings add up to the most (more than nothing;
    ending before the last paragraph costs ``end_cost``).
    Paragraphs that lean neither way stay out at the start and go in at the end: the run opens at the first
    paragraph that speaks for the headline and, unless the other headline claims what follows, runs on."""
    prefix = [0.0]
    for x in leaning:
        prefix.append(prefix[-1] + x)
    best: tuple[int, int] | None = None
    best_gain = 0.0
    low: int | None = None  # the start before q with the smallest prefix
    start_iter = iter(sorted(starts))
    nxt = next(start_iter, None)
    for q in sorted(set(ends)):
        while nxt is not None and nxt < q:
            if low is None or prefix[nxt] <= prefix[low] + 1e-12:
                low = nxt  # of equal starts the later one: the lead that names the headline, not text above it
            nxt = next(start_iter, None)
        if low is None:
            continue
        gain = prefix[q] - prefix[low] - (end_cost if q < len(leaning) else 0.0)
        if gain > 0 and gain >= best_gain - 1e-12:
            best, best_gain = (low, q), gain
    return best


def _split_article(
    seg: Segmentation, k: int, p: int, reason: str, scores: dict[str, float], trace: list[Decision] | None
) -> None:
    """Split article k before its p-th unit, keeping every index into the articles right."""
    draft = seg.articles[k]
    head, tail = draft.units[:p], draft.units[p:]
    seg.articles[k : k + 1] = [ArticleDraft(head), ArticleDraft(tail)]
    for z in seg.zones:
        z.prev_article = None if z.prev_article is None else z.prev_article + (z.prev_article > k)
        z.next_article = None if z.next_article is None else z.next_article + (z.next_article > k)
    seg.captions[:] = [_shift_caption(c, k, p) for c in seg.captions]
    if trace is not None:
        trace.append(Decision("segment", "start-article", tail[0].lines, reason, scores))


def _heading_to_zone(seg: Segmentation, k: int, heading: Sequence[Unit], first: int = 0) -> None:
    """Take the heading units that open article k + 1 (from its ``first`` unit on) out of its text into a headline
    zone of their own between articles k and k + 1, the captions' places kept right."""
    for _ in heading:
        seg.articles[k + 1].units.pop(first)
        seg.captions[:] = [(c, a, pos - (a == k + 1 and pos > 0)) for c, a, pos in seg.captions]
    at = sum(1 for z in seg.zones if z.prev_article is not None and z.prev_article <= k)
    seg.zones.insert(at, HeadlineZone([i for v in heading for i in v.infos], k + 1, k))


def _shift_caption(caption: tuple[Unit, int | None, int], k: int, p: int) -> tuple[Unit, int | None, int]:
    u, a, pos = caption
    if a is None or a < k or (a == k and pos < p):
        return caption
    if a == k:
        return u, k + 1, pos - p
    return u, a + 1, pos


def split_at_captions(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A photo caption in the flow stands at the top of the article it illustrates. When it sits after a
    sentence end inside an article and describes the text below it far better than the text above, the
    article above has ended: split there."""
    rare = _rare_grams([[u.raw for u in a.units] for a in seg.articles], config)
    for c in sorted(seg.captions, key=lambda c: (c[1] if c[1] is not None else -1, c[2]), reverse=True):
        u, k, p = c
        if k is None:
            continue
        units = seg.articles[k].units
        if not 0 < p < len(units) or not ends_sentence(units[p - 1].raw):
            continue
        below = "".join(x.raw for x in units[p:])
        above = "".join(x.raw for x in units[:p])
        # and the two sides are two stories, not one that keeps naming the people the photo shows
        shared = _shared_share([x.raw for x in units[:p]], [x.raw for x in units[p:]], rare, config)
        apart = shared is not None and shared < config.caption_split_apart_cohesion
        needed = config.caption_split_min_containment_apart if apart else config.split_min_containment
        below_it, fit_below, fit_above = restates_below(u.raw, above, below, config, needed)
        if below_it and (shared is None or shared < config.measure_rejoin_cohesion):
            _split_article(
                seg,
                k,
                p,
                "a photo caption here describes the text below it, not the text above: a new article",
                {"fit_below": fit_below, "fit_above": fit_above},
                trace,
            )
            # (the new piece's title under its photo's caption, 游客在东湖樱花园内拍照留念。 记者 某某 摄 / 东湖樱花园
            # 迎来赏花高峰 / 昨日，…: a headline zone, not the piece's first paragraph)
            tail = seg.articles[k + 1].units
            if (
                len(tail) >= 2
                and tail[0].kind == "short"
                and tail[1].kind == "body"
                and _title_lines(tail[0], config)
                # (no clause in it: a paragraph's first line the wrap cut short, 昨日，东湖樱花园 / 内早樱…, goes on)
                and PROSE_MARKS.isdisjoint(tail[0].raw)
            ):
                _heading_to_zone(seg, k, tail[:1])


# A reader's or an author's signature under a letter or a comment: where they live or work, a space, the name.
_SIGNATURE = re.compile(
    r"^\S{1,14}(?:[省市县縣区區镇鎮乡鄉村州旗盟]|大学|大學|学院|學院|中学|中學|小学|小學|公司|医院|醫院)\s+[\u4e00-\u9fff]{2,4}$"
)
# What closes or parts one story rather than heading the next: a note signed with a dash (——编者, ——本报评论员)
# under the editor's note it closes, and a label of the story's own section (【后记】, 【延伸阅读】…) opening a line.
_SIGNED = re.compile(r"^(?:——|—|--)\s*[\u4e00-\u9fff]{1,8}$")


# A section's head that counts its kind: 误区一：, 妙招二：, 第三招：, 建议3: (the piece's sections, one after another).
_COUNTED_HEAD = re.compile(
    r"^\s*(?:第[一二三四五六七八九十]{1,3}[招步条條点點个個问問]?|(?:误区|誤區|妙招|建议|建議|提示|问题|問題|方法|步骤"
    r"|步驟|要点|要點|关键词|關鍵詞|案例|镜头|鏡頭|场景|場景|故事)[一二三四五六七八九十1-9])\s*[：:、.．]"
    # (and a poem of a series, 乡居杂咏（三首） / 其一 / … / 其二, alone on its line)
    r"|^\s*其[一二三四五六七八九十]{1,2}\s*$"
)


# The first item of a numbered list (1. / 1、 / （1） / ① / 一、): a story's box of notes or steps, under its heading.
_FIRST_ITEM = re.compile(r"^\s*(?:[1１][.．、](?!\d)|[（(][1１一][)）]|①|一、)")


# A byline that names the reporter's role (本报记者 某某, 通讯员 某某, 文／某某 圖／某某): a reporter's feature.
_REPORTER_BYLINE = re.compile(r"记者|記者|通讯员|通訊員|特约|特約|(?:^|\s)[文图圖]\s*[/／:：]")


def _title_lines(u: Unit, config: Config) -> bool:
    """A title's lines: one or two, or up to a heading's three where no mark at all stands among them (a kicker
    wrapped in a narrow column, 江州城东街道开办银发课堂 / 志愿者教老人用智能手机, read on into its title's first
    line)."""
    return len(u.infos) <= 2 or (len(u.infos) <= config.heading_lines and PROSE_MARKS.isdisjoint(u.raw))


# A sentence end and the brief's signature in brackets after it, closing the unit (。（市残联）, 。（城南街道办 供稿）).
_SIGNED_END = re.compile(r"[。！？][”」』]?\s*[（(][^（）()，。]{1,20}[）)]\s*$")
# A byline of names after a marker alone on its line (■某某 某某, □某某): no role, no dateline.
_MARKED_BYLINE = re.compile(r"^\s*[□■◎●]\s*[\u4e00-\u9fff]")
# What a piece is, closing its title: briefs (泰北宣教短訊; 迟到的录取通知 is a feature's section).
_PIECE_KIND_END = re.compile(r"(?:短讯|短訊|简讯|簡訊|快讯|快訊)\s*$")


# A note in brackets saying where a piece came from or who wrote it (（摘自《…》 作者 某某）): a digest's pieces each
# close on one, in the same words, which say nothing of what the pieces are about.
_NOTE_IN_TEXT = re.compile(r"[（(][^（）()]*(?:摘自|作者|来源|來源|供稿|整理|编译|編譯)[^（）()]*[）)]")


def _byline_at(units: Sequence[Unit]) -> int | None:
    """Where a feature's byline stands: heading the text (0), or, on a line of its own, after its lead paragraph (1),
    as Taiwanese papers sign a feature, 報導．攝影╱某某 under the first paragraph; None where there is none."""
    if units and units[0].kind == "byline":
        return 0
    if len(units) > 1 and units[0].kind == "body" and LEAD_BYLINE.match(units[1].raw.strip()):
        return 1
    return None


def _sectioned(units: Sequence[Unit], byline: int | None, end: int) -> bool:
    """Whether a feature signed by its byline (at ``byline``) is parted into sections by short heads already, one
    at least between two paragraphs before unit ``end``."""
    return byline is not None and any(
        units[s].kind == "short"
        and (units[s - 1].kind == "body" or s - 1 == byline == 1)
        and units[s + 1].kind == "body"
        for s in range(byline + 1, end - 1)
    )


def split_at_titles(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A line or two of title set between two pieces without datelines, in the flow, looks like an in-body
    subhead. A subhead parts two sections of one story, which keep naming the same people, places and terms;
    a title parts two stories, which share almost none of the page's rarer words. Where the text on the two
    sides of such a line shares (next to) none, the article is two, and the line is a headline zone between
    them (it may head the text below, or, printed after its text, the text above)."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    # (a page that signs its pieces at their end, □ 某某 under the last paragraph, prints no byline over a title)
    signs_at_end = any(
        a.units and a.units[-1].kind == "byline" and _MARKED_BYLINE.match(a.units[-1].raw) for a in seg.articles
    )
    k = 0
    while k < len(seg.articles):
        units = seg.articles[k].units

        def marked(x: int, units: list[Unit] = units) -> bool:
            return units[x].kind == "byline" and _MARKED_BYLINE.match(units[x].raw) is not None

        for p in range(1, len(units) - 1):
            # (a column's rubric in brackets over the title, （一线见闻） / 乡村早市人气旺, heads it: no closing note)
            rubric = [column_rubric(units, x) for x in (p - 1, p)]
            # (a note in brackets on a line of its own after the text, where it came from or who wrote it, （摘自《…》
            # 作者 某某）, （宣传科 某某）, closes the piece above as its last line: the title under it heads the next)
            closed = (
                p >= 2
                and CLOSING_NOTE.match(units[p - 1].raw) is not None
                and not rubric[0]
                and ends_sentence(units[p - 2].raw)
            )
            # (and a byline of names after a finished paragraph, over the title: a paper that prints its writers'
            # names above the title, ■某某 某某 / 演训场上的“移动课堂” / 4月初，…, opens the next piece with them)
            # (or after the piece above's own signature at its end, □ 林晓雯 / ■赵一鸣 闫 磊 / 演训场上的…: two bylines
            # in a row, the first closing one piece and the second opening the next)
            after_text = p >= 2 and marked(p - 1) and ends_sentence(units[p - 2].raw)
            signed = (
                p >= 2
                and marked(p - 1)
                and len(units[p - 1].infos) == 1
                and (
                    (not signs_at_end and after_text) or (p >= 3 and marked(p - 2) and ends_sentence(units[p - 3].raw))
                )
            )
            # (on a page that signs its pieces at their end the byline there closes the piece above it instead)
            closed = closed or (signs_at_end and after_text)
            # (and a brief signed by its desk in brackets after its last sentence, …两千余份。（市残联）, has ended)
            closed = closed or _SIGNED_END.search(units[p - 1].raw) is not None
            # (or a feature's credits after its last sentence, 文：某某 圖：某某, over the title of the next: a byline
            # under a finished text signs it)
            closed = closed or (
                p >= 2 and units[p - 1].kind == "byline" and ends_sentence(units[p - 2].raw) and not signed
            )
            if (CLOSING_NOTE.match(units[p].raw) and not rubric[1]) or not (
                closed or signed or ends_sentence(units[p - 1].raw)
            ):
                continue
            # the title, or a kicker over it: a line or two each, a unit of its own each (江州东站推出便民新举措，候
            # / 车更舒心 / 爱心预约加智能导航，出行 / 更便利)
            q = p
            while q < len(units) - 1 and q - p < 2 and units[q].kind == "short" and _title_lines(units[q], config):
                q += 1
            if q == p or units[q].kind != "body":
                continue
            # (a box of numbered items under its heading is the story's own, naming its things; one that shares
            # none of them, 挑选西瓜，看纹听声摸皮 / 1.看瓜纹… under a story of rivers, is a piece of its own)
            if _FIRST_ITEM.match(units[q].raw) and not (
                (box := _shared_share([v.raw for v in units[:p]], [v.raw for v in units[q:]], rare, config)) is not None
                and box < config.box_apart_cohesion
            ):
                continue
            # the heading of a box of list items under the story is the story's (温馨提示, 活动一览), unless it is a
            # label of briefs over two items or more that name next to nothing of it (a community page's briefs,
            # each a ▲ item, under 社團簡訊; a reader's signature may close an item: （温一诺 24岁 设计师）)
            briefs = (
                q - p == 1
                and BRIEFS_LABEL.match("".join(units[p].raw.split())) is not None
                and sum(bool(BULLET.match(v.raw)) for v in units[q : q + 2 * config.box_min_items])
                >= config.box_min_items
            )
            if BULLET.match(units[q].raw) and not briefs:
                continue
            if _SIGNED.match(units[p].raw.strip()) or OWN_SECTION.match(units[p].raw.strip()):
                continue
            if ENUMERATED.match(units[p].raw) or _COUNTED_HEAD.match(units[p].raw):
                # a numbered head (一、调控温湿度, （二）…) or one that counts its kind (误区一：天天喝粥最养胃,
                # 第二招：…) parts the sections of one piece
                continue
            heading = units[p:q]
            grams = _feature_grams(seg, bodies, k, rare, config)
            above = [_NOTE_IN_TEXT.sub("", v.raw) for v in units[:p]]
            below = [_NOTE_IN_TEXT.sub("", v.raw) for v in units[q:]]
            shared = _shared_share(above, below, grams, config)
            byline = _byline_at(units)
            byline = None if byline == 1 and p <= 2 else byline
            sectioned = _sectioned(units, byline, p)
            if (
                q - p == 1
                and not briefs
                and byline is not None
                and (
                    (sectioned and (shared is None or shared >= config.feature_section_cohesion))
                    # (a reporter's feature, signed with the role, 本报记者 某某 or 文／某某 圖／某某, is parted into
                    # sections by short heads, the first one too, 补网修船忙, 從科技業回到農村: under one of a
                    # subhead's length that shares anything with the text above, the feature goes on; an essayist
                    # signed by a mark, □ 某某, writes no sections, and the piece after the essay is another)
                    or (
                        _REPORTER_BYLINE.search(units[byline].raw) is not None
                        and len(content_key(units[p].raw)) <= config.feature_subhead_max_chars
                        # (a head naming a piece's kind, 泰北宣教短訊, 社区简讯, heads a piece, no section)
                        and not _PIECE_KIND_END.search(units[p].raw)
                        and (shared is None or shared >= config.feature_first_section_cohesion)
                    )
                )
            ):
                # a feature signed by its byline whose sections a subhead parts already: a line like it further
                # down heads its next section (挂牌量居高不下 … 学区房不再“一房难求”), though the two sections'
                # words meet little (a box of items under a label is no section, and text that shares nothing
                # with the feature is another piece; one on the feature's theme under its own title, sharing a
                # little more, is not told apart)
                continue
            if q - p == 2 and _SIGNATURE.match(units[p].raw.strip()):
                # a letter's signature (江西某市 某某) and the next letter's title: a column of readers' letters
                # (身边事) is one piece, each letter headed by a line of its own (a single title line after a
                # signature parts nothing either: no sentence ends above it)
                continue
            needed = config.title_split_cohesion
            title = "".join(v.raw.strip() for v in heading)
            if units[0].dateline is not None and len(content_key(title)) >= config.dated_title_min_chars:
                restates_below = containment(title, "".join(v.raw for v in units[q:]))
                restates_above = containment(title, "".join(v.raw for v in units[:p]))
                if (
                    restates_below >= config.dated_title_restates_below
                    and restates_above <= config.dated_title_restates_above
                ):
                    needed = config.dated_title_split_cohesion
            if len(units) - q <= config.photo_news_max_paragraphs and _photo_under_title(seg, k, p, q):
                # (a photo-news piece, 秋日花海引客来 / 图为市民在花海中… / 9月13日，…, set after a story of the same
                # city, its 市民 and its places)
                needed = max(needed, config.photo_news_split_cohesion)
                # (and the dateline above names the paper and its reporters, 汾河晚报讯（记者 某某）, no subject:
                # 汾河公园 below is no word the story above shares)
                formula = set().union(*(bigrams(v.raw[: v.dateline[1]]) for v in units[:p] if v.dateline))
                if formula and shared is not None:
                    bare = _shared_share(above, below, grams - formula, config)
                    shared = min(shared, bare) if bare is not None else shared
            # (a run of briefs each under a marked title, no label over them: the title over this one marked as the
            # article's own or another's in it, ■石桥镇… / … / ■花园乡… / …)
            marked_run = (
                q - p == 1
                and BULLET.match(units[p].raw) is not None
                # (over a brief's lead: a story's marked subhead heads its section)
                and (DATED_LEAD.match(units[q].raw) is not None or BRIEF_LEAD_OPEN.match(units[q].raw) is not None)
                # (the run's first title heading the article: marked lines inside a story, its list's items, are
                # the story's)
                and any(z.next_article == k and z.infos and BULLET.match(z.infos[-1].line.text) for z in seg.zones)
            )
            if briefs or marked_run or (q - p == 2 and BRIEFS_LABEL.match("".join(units[p].raw.split())) is not None):
                # (a page of one community's news shares its words: the items need only share less than a story's
                # own box does; and so does a box's label over its first brief's title, 港聞簡訊 / 【屯門公路…】)
                needed = config.briefs_box_cohesion
            if shared is None or shared >= needed:
                continue
            reason = "a title line between two runs of text that share (next to) none of the page's rarer words"
            # (a column's label over the question it answers on a line of its own: the question is the title)
            if (
                q - p == 1
                and (COLUMN_LABEL.match(units[p].raw) or QA_LABEL.match(units[p].raw))
                and question_title(units, q)
            ):
                units[q].kind = "short"
                heading = units[p : q + 1]
            _split_article(seg, k, p - signed, reason, {"cohesion": shared}, trace)
            # the title leaves the text below for a headline zone of its own between the two (the byline above it
            # stays the piece's first line)
            _heading_to_zone(seg, k, heading, first=int(signed))
            break
        k += 1


# A caption's credit, in brackets or at its end (（記者陳冠宇攝）, 本报记者 某某 摄): no words of what it shows.
_CREDIT_PART = re.compile(r"[（(][^（）()]*[）)]|(?:^|(?<=[。！？]))[^。！？]{0,12}(?:摄|攝|供图|供圖)\s*$")


# The photographer a caption's credit names, after the role if one is printed (…本报记者 欧阳澜 摄, （記者林佳蓉攝））.
_PHOTOGRAPHER = re.compile(
    r"(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*)?(?P<name>[\u4e00-\u9fff]{2,4}?)\s*(?:摄|攝)\s*[）)]?\s*$"
)


def _photographers(caption: str) -> list[str]:
    """The name a caption's credit gives its photographer, if any."""
    m = _PHOTOGRAPHER.search(caption)
    return [m["name"]] if m else []


def _grams_share(above: list[str], below: list[str], rare: set[str], least: int) -> float | None:
    """Share of the rarer bigrams two runs of text have in common, where each has ``least`` of them."""
    a = set().union(*(bigrams(t) & rare for t in above))
    b = set().union(*(bigrams(t) & rare for t in below))
    return None if min(len(a), len(b)) < least else len(a & b) / min(len(a), len(b))


def cut_photo_insets(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A photo-news piece set inside a story's columns (its title, a paragraph or two, the photo's caption beside
    them) reads, in the flow, as a section of the story under a subhead. It is a piece of its own where the story
    goes on after it, the text on the two sides naming the same things, while the piece's text shares nothing
    with what follows and its title names nothing of the story: cut it out, and the story runs on round it."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    k = 0
    while k < len(seg.articles):
        found = _photo_inset(seg, k, rare, config)
        if found is None:
            k += 1
            continue
        p, q, r, scores = found
        units = seg.articles[k].units
        title, inset = units[p:q], units[q:r]
        if not inset:
            # (a piece whose text is its photo's caption, credit and all, 3月16日，…。 本报记者 某某 摄: the caption is
            # the piece's text, as a photo-news piece's is)
            own = next(e for e in seg.captions if e[1] == k and e[2] == q)
            seg.captions.remove(own)
            inset = [Unit(own[0].infos, "body", None, photo_news=True)]
        # (set inside a sentence, …严格野外火源管控， / 春灌时节水渠忙 / … / 加强重点时段…: the sentence runs on round
        # it)
        cut = _clause_cut(units[p - 1])
        rest = units[r:]
        if cut:
            above = units[p - 1]
            units[p - 1] = Unit(above.infos + rest[0].infos, above.kind, above.dateline)
            rest = rest[1:]
        seg.articles[k].units[:] = units[:p] + rest
        seg.articles.insert(k + 1, ArticleDraft(inset))
        for z in seg.zones:
            z.prev_article = None if z.prev_article is None else z.prev_article + (z.prev_article > k)
            z.next_article = None if z.next_article is None else z.next_article + (z.next_article > k)
        # the piece's caption goes with it, and the story's captions below it move up by the units cut out
        seg.captions[:] = [
            (c, a, pos)
            if a is None or a < k
            else (c, a + 1, pos)
            if a > k
            else (c, k + 1, max(0, pos - q))
            if p <= pos <= r
            else (c, k, pos - (r - p) - cut if pos > r else pos)
            for c, a, pos in seg.captions
        ]
        at = sum(1 for z in seg.zones if z.prev_article is not None and z.prev_article <= k)
        seg.zones.insert(at, HeadlineZone([i for v in title for i in v.infos], k + 1, k))
        if trace is not None:
            reason = (
                "a titled paragraph beside its photo's caption, set inside a story that goes on after it and "
                "names nothing of it: a photo-news piece of its own"
            )
            trace.append(Decision("segment", "start-article", inset[0].lines, reason, scores))
        k += 2


def _photo_under_title(seg: Segmentation, k: int, p: int, q: int) -> bool:
    """Whether a photo's caption stands right under article k's title units[p:q], its words the text's below rather
    than above, credited to none of the story's reporters (a story's photo under a subhead of its last section shows
    what the story above tells, 阿春在茶園裡採茶, or was taken by its reporter, …（记者 林晓）… / …林晓 摄)."""
    units = seg.articles[k].units
    below, above = "".join(v.raw for v in units[q:]), "".join(v.raw for v in units[:p])
    own = {"".join(r.split()) for r in units[0].dateline[0].reporters} if units[0].dateline else set()
    return any(
        a == k
        and pos == q
        and containment(c.raw, below) > containment(c.raw, above)
        and not own.intersection(_photographers(c.raw))
        for c, a, pos in seg.captions
    )


def _clause_cut(u: Unit) -> bool:
    """A paragraph that stops on a clause mark (…火源管控，): its sentence goes on after whatever stands below."""
    return u.kind == "body" and u.raw.rstrip()[-1:] in "，、；,;"


def _photo_inset(
    seg: Segmentation, k: int, rare: set[str], config: Config
) -> tuple[int, int, int, dict[str, float]] | None:
    """Where article k holds a photo-news piece set inside it: the piece's title from unit p, its text from q to
    r, and the scores that told it."""
    units = seg.articles[k].units
    n = len(units)
    captions = [(pos, c.raw) for c, a, pos in seg.captions if a == k]
    # (a story whose sections subheads part already: a photographed section is one of them)
    subheads = [
        s
        for s in range(1, n - 1)
        if units[s].kind == "short" and units[s - 1].kind == "body" and units[s + 1].kind == "body"
    ]
    for p in range(1, n - 1):
        # (after a finished sentence, or inside one the column was running, …火源管控， / 春灌时节水渠忙: the story
        # goes on after the piece where the sentence left off)
        cut = _clause_cut(units[p - 1])
        if not (ends_sentence(units[p - 1].raw) or cut) or units[p].raw.strip()[:1] in "（(":
            continue
        head = units[p].raw.strip()
        if ENUMERATED.match(head) or OWN_SECTION.match(head) or _SIGNED.match(head):
            continue  # (a numbered section's head, a case part, a signature: the story's own)
        if any(s != p for s in subheads):
            continue
        q = p
        while q < n - 1 and q - p < 2 and units[q].kind == "short" and _title_lines(units[q], config):
            q += 1
        if q == p or units[q].kind != "body" or units[q].dateline is not None:
            continue
        title = "".join(v.raw for v in units[p:q])
        # (inside a sentence, a piece whose text is all its photo's caption, credited, right under its title, the
        # sentence going on under it)
        said_here = [text for pos, text in captions if pos == q]
        if (
            cut
            and units[q].kind == "body"
            and units[q].dateline is None
            and not units[q].infos[0].line.blank_before
            and said_here
            and CAPTION_CREDIT.search(said_here[-1])
            and (named := containment(title, "".join(v.raw for v in units[:p] + units[q:])))
            < config.photo_inset_title_named
            and named <= containment(title, said_here[-1])
        ):
            return p, q, q, {"title": named}
        for r in range(q + 1, min(n, q + 1 + config.photo_inset_max_paragraphs)):
            # the story goes on with a paragraph (no subhead of its next section) after the piece's last sentence
            if units[r].kind != "body" or not ends_sentence(units[r - 1].raw):
                continue
            # (the rest of the cut sentence: no paragraph's opening, no dateline)
            if cut and (units[r].dateline is not None or units[r].infos[0].line.blank_before):
                continue
            beside = [(pos, text) for pos, text in captions if p <= pos <= r]
            if not beside:
                continue  # (no photo beside it: a section of the story under its subhead)
            # (a piece set inside a sentence closes on its photo's caption, the sentence going on right under it)
            if cut and max(pos for pos, _ in beside) != r:
                continue
            before, inset, after = ([v.raw for v in part] for part in (units[:p], units[q:r], units[r:]))
            # (a photo credited to the story's own reporter, named in its dateline or byline, is the story's:
            # a photo piece beside it is another photographer's)
            if any(name in "".join(before) for _, text in beside for name in _photographers(text)):
                continue
            # (and a caption that says what it shows shows the piece, not the story round it; over the title it
            # names nothing of the story: a story's own photo may stand by a subhead, 合作社工作人员对虾稻米进行包装
            # over 虾稻米卖出好价钱)
            piece, story_text = title + "".join(inset), "".join(before + after)
            said = [(pos, _CREDIT_PART.sub("", text)) for pos, text in beside]
            if any(
                containment(s, story_text) > (containment(s, piece) if pos > p else config.photo_inset_apart)
                for pos, s in said
                if len(content_key(s)) >= config.split_part_chars
            ):
                continue
            if sum(len(content_key(t)) for t in inset) > config.photo_inset_max_chars:
                break
            least = config.photo_inset_min_grams
            apart = _grams_share(inset, after, rare, least)
            story = _grams_share(before, after, rare, least)
            inside = _grams_share(before, inset, rare, least) or 0.0
            named = containment(title, story_text)
            # (a sentence cut off by the piece and going on under its caption says the story runs round it, as
            # the words of its two sides would: no subhead interrupts a sentence)
            words_apart = (
                apart is not None
                and apart <= config.photo_inset_apart
                and story is not None
                and story >= config.photo_inset_story
                and inside < story
            )
            if (
                (cut or words_apart)
                and named < config.photo_inset_title_named
                and named <= containment(title, "".join(inset))
            ):
                return p, q, r, {"story": story, "inset_to_story": inside, "inset_to_after": apart, "title": named}
    return None


def split_at_editors_notes(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """An editor's note, signed ——编者, opens the piece it introduces: its paragraph or two stand first, the story
    follows. A note signed under a dated report's paragraphs, or further down an article than a note runs, with
    a story after it, opens a piece that ran on from the text above (no dateline, its headline elsewhere): the
    article is two, parted where the note begins, the sentence end before its signature where the two sides
    share fewest of the page's rarer words."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    k = 0
    while k < len(seg.articles):
        units = seg.articles[k].units
        # (a note of a few paragraphs at the head of an undated article is where that article begins; under a
        # dated report, which carries no note, or deeper down, it is another piece's)
        signed = next(
            (
                s
                for s, u in enumerate(units)
                if EDITORS_SIGNATURE.match(u.raw)
                and len(units) - s - 1 >= config.note_story_paragraphs
                and (units[0].dateline is not None or s > config.note_max_paragraphs)
            ),
            None,
        )
        if signed is None:
            k += 1
            continue
        # (a note opened by its label, 编者按, begins there: no cut inside it)
        label = max((j for j in range(signed) if OPENING_LABEL.match(units[j].raw)), default=None)
        first = label if label is not None else max(1, signed - config.note_max_paragraphs)
        cuts = [
            (shared, p)
            for p in range(max(1, first), signed if label is None else first + 1)
            if ends_sentence(units[p - 1].raw)
            and units[p].kind == "body"
            and (shared := _shared_share(bodies[k][:p], bodies[k][p:], rare, config)) is not None
        ]
        if cuts and (best := min(cuts))[0] < config.measure_rejoin_cohesion:
            shared, p = best
            reason = "an editor's note signed below opens the piece it introduces: the article above ends here"
            _split_article(seg, k, p, reason, {"cohesion": shared}, trace)
            bodies[k : k + 1] = [bodies[k][:p], bodies[k][p:]]
        k += 1


def _shared_share(above: list[str], below: list[str], rare: set[str], config: Config) -> float | None:
    """Share of the rarer bigrams that two runs of text have in common (None: too few to tell)."""
    return _grams_share(above, below, rare, config.title_split_min_grams)


def _cohesive(bodies: list[list[str]], k: int, rare: set[str], config: Config, needed: float) -> float | None:
    """The share of rarer words article k shares with the one above, when it reaches ``needed``."""
    shared = _shared_share(bodies[k - 1], bodies[k], rare, config)
    return shared if shared is not None and shared >= needed else None


def _merge_into_previous(seg: Segmentation, k: int, between: list[Unit]) -> None:
    """Take article k back into article k - 1 (with ``between`` units in front of its own), keeping every
    index into the articles (zones, captions) right: the inverse of ``_split_article``."""
    _merge_into(seg, k - 1, k, between)


def rejoin_measure_splits(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """An article opened only because the column measure seemed to change is taken back into the one above
    when the two keep naming the same things: two stories share few of the page's rarer words, while a story
    whose lines the extractor cut into fragments at its quotation marks only looks set at another measure."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    k = 1
    while k < len(seg.articles):
        # forwards, so that the text below meets all of the article it may rejoin
        shared = _shared_share(bodies[k - 1], bodies[k], rare, config) if seg.articles[k].by_measure else None
        if shared is None or shared < config.measure_rejoin_cohesion or _photo_text(seg, k):
            k += 1
            continue
        tail = seg.articles[k]
        _merge_into_previous(seg, k, [])
        bodies[k - 1 : k + 1] = [bodies[k - 1] + bodies[k]]
        if trace is not None:
            reason = "the measure seemed to change, but the text on both sides names the same things: one article"
            trace.append(Decision("segment", "join", tail.units[0].lines, reason, {"cohesion": shared}))


def _photo_text(seg: Segmentation, k: int) -> bool:
    """Whether article k is a photo news piece's text: a paragraph or two right over a caption closed by its
    photographer's credit (…往来穿梭。 / 图为…。 本报记者 某某 摄). A story's photo has a caption alone; text set at
    its own measure over one is the photo's own piece, whatever subject it shares with the story beside it."""
    units = seg.articles[k].units
    if not units or len(units) > 2:
        return False
    end = units[-1].lines[-1]
    return any(
        u.infos[0].line.numbers[0] - u.infos[0].line.blank_before == end + 1 and CAPTION_CREDIT.search(u.raw)
        for u, _around, _at in seg.captions
    )


def _measure_of(article: ArticleDraft) -> float:
    """The measure most of an article's lines are set at."""
    return statistics.median(i.measure for u in article.units for i in u.infos)


def _merge_into(seg: Segmentation, i: int, k: int, between: Sequence[Unit] = ()) -> None:
    """Take article k into article i (i < k), with ``between`` units in front of its own: the text of one
    story resumed after others set inside it, or just below it. Every index into the articles (zones,
    captions) stays right."""
    head, tail = seg.articles[i], seg.articles[k]
    offset = len(head.units) + len(between)
    head.units.extend([*between, *tail.units])
    del seg.articles[k]

    def moved(a: int | None) -> int | None:
        return None if a is None else i if a == k else a - (a > k)

    for z in seg.zones:
        z.prev_article, z.next_article = moved(z.prev_article), moved(z.next_article)
    seg.captions[:] = [
        (c, a, pos) if a is None or a < k else (c, i, pos + offset) if a == k else (c, a - 1, pos)
        for c, a, pos in seg.captions
    ]


def _titled_elsewhere(seg: Segmentation, story: int, story_text: str, text: str, config: Config) -> bool:
    """Whether a headline line that does not head the story (at the foot of the page, say, or stacked over the
    inset piece with its title) restates the text below the inset rather than the story: that text is a piece
    of its own, under a title printed elsewhere, not the story resumed."""
    for z in seg.zones:
        if z.next_article == story:
            continue
        # (each phrase of a line apart: a foot block sets two titles side by side on one line)
        for phrase in (ph for info in z.infos for ph in info.line.text.split()):
            if ends_sentence(phrase) or len(content_key(phrase)) < config.split_part_chars:
                continue  # (a caption's sentence, a label)
            fit = containment(phrase, text)
            if fit >= config.split_min_containment and fit > containment(phrase, story_text) + config.split_margin:
                return True
    return False


def _bare_credit(text: str) -> bool:
    """A photographer's credit with nothing said of the photo (本报记者 邵明 摄, （記者陳冠宇攝）)."""
    return CAPTION_CREDIT.search(text) is not None and len(content_key(_CREDIT_PART.sub("", text))) < 2


def _move_tail(seg: Segmentation, j: int, p: int, i: int, bodies: list[list[str]] | None = None) -> list[Unit]:
    """Move article j's units from its p-th on to the end of article i (a story's text resumed), their captions
    with them, and the texts kept in ``bodies``; return the units moved."""
    if bodies is not None:
        bodies[i] = bodies[i] + bodies[j][p:]
        bodies[j] = bodies[j][:p]
    units = seg.articles[j].units
    moved = units[p:]
    del units[p:]
    seg.articles[i].units.extend(moved)
    seg.captions[:] = [
        (c, i, pos - p + len(seg.articles[i].units) - len(moved)) if a == j and pos >= p else (c, a, pos)
        for c, a, pos in seg.captions
    ]
    return moved


def reclaim_resumed_tails(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A story set round a shorter piece may go on below it at a measure the flow did not part from the piece:
    where an article's text, from a paragraph on, is set at the measure of a story one or two articles up
    (and not at the measure of the article's own text above it) and names that story's things more than the
    article's own, that text is the story's, resumed."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    for j in range(1, len(seg.articles)):
        units = seg.articles[j].units
        for p in range(1, len(units) - 1):
            if not ends_sentence(units[p - 1].raw) or units[p].kind != "body" or units[p].dateline is not None:
                continue
            # (two paragraphs at least, of two lines or more: one paragraph's measure, read beside a caption or a
            # footnote, and its words prove little)
            if sum(len(u.infos) >= 2 for u in units[p:]) < 2:
                continue
            tail_measure = statistics.median(i.measure for u in units[p:] for i in u.infos)
            head_measure = statistics.median(i.measure for u in units[:p] for i in u.infos)
            if abs(tail_measure - head_measure) < config.indent_min:
                continue
            tail, head = bodies[j][p:], bodies[j][:p]
            own = _grams_share(head, tail, rare, config.photo_inset_min_grams) or 0.0
            found = None
            for i in range(j - 1, max(-1, j - 1 - config.resumed_story_max_insets), -1):
                if abs(_measure_of(seg.articles[i]) - tail_measure) > config.resumed_story_measure_tolerance:
                    continue
                shared = _grams_share(bodies[i], tail, rare, config.photo_inset_min_grams)
                # (and the paragraph it resumes with leans to the story too, not to the piece it ends)
                first_story = _grams_share(bodies[i], tail[:1], rare, 1) or 0.0
                first_own = _grams_share(head, tail[:1], rare, 1) or 0.0
                if first_story <= first_own:
                    break
                # (where the text shares anything with the piece above it, a little more)
                needed = config.resumed_story_cohesion if own == 0 else config.resumed_tail_cohesion
                # (more than the piece's by the lead, or more at all where the paragraph it resumes with names
                # the story's things by far the more: the piece and the story share a theme's words)
                leads = shared is not None and (
                    shared > config.resumed_story_lead * own
                    # (not from an item of a box of briefs, ■某某公司…, which names a company of the story's trade)
                    or (
                        shared > own
                        and first_story >= max(needed, config.resumed_first_lead * first_own)
                        and not BULLET.match(tail[0])
                    )
                )
                if shared is not None and shared >= needed and leads:
                    found = (i, shared)
                break
            if found is None:
                continue
            i, shared = found
            # (a story cut off mid-sentence round the piece, …有19家实现净利润, resumes with the rest of that sentence,
            # a line or two ending it before the paragraphs at its measure, 同比增长，占比近七成。: that goes too)
            story_end = seg.articles[i].units[-1] if seg.articles[i].units else None
            if (
                story_end is not None
                and story_end.kind == "body"
                and not ends_sentence(story_end.raw)
                and not _clause_cut(story_end)
                and p >= 2
                and units[p - 1].kind == "body"
                and units[p - 1].dateline is None
                and len(units[p - 1].infos) <= 2
                and ends_sentence(units[p - 2].raw)
                # (and its words are the story's, not the inset's: the wire's last short paragraph, 据悉，相关指引
                # 将于6月1日起施行。, stays the wire's)
                and containment(bodies[j][p - 1], "".join([*bodies[i], *tail]))
                > containment(bodies[j][p - 1], "".join(head[:-1]))
            ):
                p -= 1
                # (the sentence is one paragraph again: …实现净利润 / 同比增长，…)
                resumed = units[p]
                units[p] = Unit(story_end.infos + resumed.infos, story_end.kind, story_end.dateline)
                seg.articles[i].units.pop()
                bodies[i].pop()
            moved = _move_tail(seg, j, p, i, bodies)
            if trace is not None:
                reason = (
                    "from here the text is set at the measure of a story above the piece it stands in and names "
                    "that story's things: the story resumes"
                )
                trace.append(Decision("segment", "join", moved[0].lines, reason, {"cohesion": shared, "own": own}))
            break


# How a brief goes on past its lead: a formula (据了解, 据悉, 另据, 此外, 同时) or an office's word (市疾控中心提醒，
# 业内人士表示：).
_BRIEF_GOES_ON = re.compile(
    r"^\s*(?:据了解|據了解|据介绍|據介紹|据悉|據悉|另据|另據|此外|同时|同時|记者了解到|記者了解到"
    r"|[\u4e00-\u9fff]{2,14}(?:提醒|表示|介绍|介紹|指出|称|稱|透露|强调|強調)[，：:])"
)


def reclaim_tails_after_briefs(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A dated brief set in a story's columns at their very width leaves no change of measure to tell where the
    story resumes under it: the text after the brief's lead, not going on by a brief's formula (据了解, …提醒，),
    that shares next to none of the brief's words (those of at most two of the page's articles) nor any of its
    title's, and clearly names the story's, one or two articles up, is the story's (…他把在科技業學到的數據管理帶進
    田裡 under 豪雨農損逾1.2億元, set inside a feature on a young farmer)."""
    # (a brief: dated, a few paragraphs; a report's later paragraphs turn to new things that it names)
    briefs = [
        j
        for j in range(1, len(seg.articles))
        if seg.articles[j].units
        and seg.articles[j].units[0].dateline is not None
        and 1 < len(seg.articles[j].units) <= config.resumed_brief_max_paragraphs + 2
    ]
    if not briefs:
        return
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    # (words of at most two of the page's articles: the brief's subject, named in each of its paragraphs, is no
    # everyday word for that, as it is for the page's share of paragraphs)
    rare = _grams_of_few_articles(bodies, 2)
    for j in briefs:
        units = seg.articles[j].units
        for p in range(1, len(units)):
            if not ends_sentence(units[p - 1].raw) or units[p].kind != "body" or units[p].dateline is not None:
                continue
            if len(units[p].infos) < 2:
                continue
            # (nor a paragraph a brief goes on with by its formula, 据了解，…, or an office's word, 市疾控中心提醒，…)
            if _BRIEF_GOES_ON.match(units[p].raw):
                continue
            tail, head = bodies[j][p:], bodies[j][:p]
            own = _grams_share(head, tail, rare, config.photo_inset_min_grams)
            if own is None or own > config.resumed_brief_own_cohesion:
                continue
            # (nor text that names a word of the brief's own title: 从投诉类别看… under 2月份全市消费投诉同比下降)
            if (zone := _zone_above(seg, j)) is not None:
                title = "".join(i.line.text for i in zone.infos)
                if any(not _FIGURE_OR_LATIN.search(g) for g in bigrams(title) & bigrams("".join(tail))):
                    continue
            # (nor text right over the brief's own title, printed after its text as a content stream may: a title
            # under it that restates the brief's lead, 第十二届瓷州国际陶瓷博览会10月开幕, closes the brief there)
            below = next((z for z in seg.zones if z.prev_article == j and z.infos), None)
            if below is not None:
                title = "".join(i.line.text for i in below.infos)
                restated = {g for g in bigrams(title) & bigrams("".join(head)) if not _FIGURE_OR_LATIN.search(g)}
                # (not the next piece's title over its text, which names that text's things more: 农业部门提醒果农防范
                # 豪雨后病害 under a brief on the storm, over the warning it heads)
                nxt = below.next_article
                ahead = (
                    {g for g in bigrams(title) & bigrams("".join(bodies[nxt])) if not _FIGURE_OR_LATIN.search(g)}
                    if nxt is not None and nxt != j
                    else set()
                )
                if len(restated) >= config.resumed_title_restates and len(restated) > len(ahead):
                    continue
            shares = [
                (_grams_share(bodies[i], tail, rare, config.photo_inset_min_grams) or 0.0, i)
                for i in range(j - 1, max(-1, j - 1 - config.resumed_story_max_insets), -1)
            ]
            shared, i = max(shares)
            if shared < config.resumed_brief_cohesion or shared < config.resumed_story_lead * own:
                continue
            # (nor under a box of briefs' label, 简 讯: the box's items are pieces of their own, set one under the
            # other, with no story around them to resume)
            if any(
                (zone := _zone_above(seg, a)) is not None
                and any(BRIEFS_LABEL.match("".join(z.line.text.split())) for z in zone.infos)
                for a in (i, j)
            ):
                continue
            moved = _move_tail(seg, j, p, i, bodies)
            if trace is not None:
                reason = (
                    "under a dated brief set at the story's own measure, text that names none of the brief's things "
                    "and the story's clearly: the story resumes"
                )
                trace.append(Decision("segment", "join", moved[0].lines, reason, {"cohesion": shared, "own": own}))
            break


# A speaker's answer opening a paragraph: who answers, a few words with no mark (省招生考试研究会理事甘秋明：, 答：),
# then what they say, a clause at least.
_ANSWERER = re.compile(r"^\s*[^\s，。；：:！？、“”「」]{1,24}[：:](?=[^：:\d]{6,}[，。；！？])")


def _answers(text: str) -> bool:
    """Whether a paragraph opens on someone's answer (某某主任某某：…, 答：…): not a question, and not a report's
    verb of saying before its colon (会议强调：…)."""
    m = _ANSWERER.match(text)
    return m is not None and not QUESTION_OPEN.match(text) and not INTRODUCING_VERB_END.search(m.group().rstrip("：: "))


def reclaim_answers(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A question is answered: where a piece of questions and answers ends on a question (问：…？) and a box or
    a brief set inside it follows, the first paragraph below that opens on a speaker's answer (某某：…) is the
    answer, and it and the rest of that article's text below it go back to the questions."""
    for i in range(len(seg.articles) - 1):
        last = seg.articles[i].units[-1].raw.strip() if seg.articles[i].units else ""
        if not (QUESTION_OPEN.match(last) and last.rstrip("”’」』）)").endswith(("？", "?"))):
            continue
        # (an interview that has answered a question already: a quiz's one question is answered next week)
        if not any(_answers(u.raw) for u in seg.articles[i].units[:-1]):
            continue
        for j in range(i + 1, min(len(seg.articles), i + 1 + config.resumed_story_max_insets)):
            units = seg.articles[j].units
            if units and units[0].dateline is not None:
                continue  # (a dated report under the box is a story of its own, whatever it quotes)
            # (the answer may open the article the flow started after the box's closing line: then all of it goes)
            p = next(
                (
                    p
                    for p in range(len(units))
                    if units[p].kind == "body" and units[p].dateline is None and _answers(units[p].raw)
                ),
                None,
            )
            if p is None:
                continue
            if p == 0:
                if trace is not None:
                    reason = "an answer below a box set inside a piece that ends on its question: the piece resumes"
                    trace.append(Decision("segment", "join", units[0].lines, reason, {}))
                _merge_into(seg, i, j)
                break
            moved = _move_tail(seg, j, p, i)
            if trace is not None:
                reason = "an answer below a box set inside a piece that ends on its question: the piece resumes"
                trace.append(Decision("segment", "join", moved[0].lines, reason, {}))
            break


def _may_resume(seg: Segmentation, k: int, config: Config) -> bool:
    """Whether article k may be a story's text resumed: not text continued from another page (a jump line, 上接
    第一版, above it), not a photo piece (a caption or a photographer's credit in it), not a piece opening on a
    title of its own that the flow read as a line of text (夜跑正当时！)."""
    units = seg.articles[k].units
    first, last = units[0].lines[0], seg.articles[k - 1].units[-1].lines[-1]
    if any(JUMP.match(u.raw) and last < u.lines[0] < first for u in seg.residue):
        return False
    # (a photographer's credit alone right under it, or closing it: the text is the photo's caption; a story's
    # own photo has a caption that says what it shows)
    end = units[-1].lines[-1]
    below = [c.raw for c, _, _ in seg.captions if end < c.lines[0] <= end + 2]
    below += [i.line.text for z in seg.zones for i in z.infos if end < i.line.numbers[0] <= end + 2]
    if any(_bare_credit(text) for text in below) or _bare_credit(units[-1].raw):
        return False
    # (a title, a line or two of no sentence, with a comma or not, 环湖夜跑，跑出好心情！; a box's label, ■相关链接,
    # opens a part of the story, but a piece's label, ■编读往来, heads a piece of its own)
    opener = units[0]
    titled = (
        len(opener.infos) <= 2
        and len(units) > 1
        and "。" not in opener.raw
        and len(content_key(opener.raw)) <= config.headline_max_width
        and not BOX_LABEL.match(opener.raw)
    )
    return not titled


def rejoin_resumed_stories(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A story set round a shorter piece (a brief, a photo-news item, a box of items inset in its columns)
    resumes below it at its own measure: an article opened only because the measure changed back goes into
    the story above the inset piece when it is set at that story's measure and names its things, more than
    the inset piece's."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    k = 2
    while k < len(seg.articles):
        tail = seg.articles[k]
        if not tail.by_measure or not _may_resume(seg, k, config):
            k += 1
            continue
        measure = _measure_of(tail)
        inset = _shared_share(bodies[k - 1], bodies[k], rare, config) or 0.0
        found = None
        for i in range(k - 2, max(-1, k - 1 - config.resumed_story_max_insets - 1), -1):
            story = seg.articles[i]
            if abs(_measure_of(story) - measure) > config.resumed_story_measure_tolerance:
                continue
            shared = _shared_share(bodies[i], bodies[k], rare, config)
            if (
                shared is not None
                and shared >= config.resumed_story_cohesion
                and shared > config.resumed_story_lead * inset
                and not _titled_elsewhere(seg, i, "".join(bodies[i]), "".join(bodies[k]), config)
            ):
                found = (i, shared)
            break  # (the nearest story at the measure, or none)
        if found is None:
            k += 1
            continue
        i, shared = found
        _merge_into(seg, i, k)
        bodies[i] = bodies[i] + bodies[k]
        del bodies[k]
        if trace is not None:
            reason = (
                "the measure changed back to a story's above a shorter piece set inside it, and the text names "
                "that story's things: the story resumes"
            )
            trace.append(Decision("segment", "join", tail.units[0].lines, reason, {"cohesion": shared, "inset": inset}))


# A section's number opening its head: 2. / 2、 / 二、 / （二） / (2), each a style of its own.
# (not a list of numbers, 1、2号线 or 四、五月份, which titles and sentences open on)
_SECTION_NUMBER = re.compile(
    r"^\s*(?:(?P<dot>[0-9０-９]{1,2})\s*[.．](?![0-9０-９])|(?P<comma>[0-9０-９]{1,2})\s*、|(?P<han>[一二三四五六七八九十]{1,3})\s*、"
    r"|[（(]\s*(?P<hanp>[一二三四五六七八九十]{1,3})\s*[）)]|[（(]\s*(?P<arap>[0-9０-９]{1,2})\s*[）)])"
    r"(?!\s*[0-9０-９一二三四五六七八九十两兩])"
)
_HAN_DIGITS = {ch: k for k, ch in enumerate("一二三四五六七八九", start=1)}


def _han_number(text: str) -> int | None:
    """一 … 九十九 as a number (十一, 二十, 二十三), or None."""
    if text == "十":
        return 10
    tens, _, units = text.partition("十")
    if "十" not in text:
        return _HAN_DIGITS.get(text) if len(text) == 1 else None
    t = 1 if not tens else _HAN_DIGITS.get(tens)
    u = 0 if not units else _HAN_DIGITS.get(units)
    return None if t is None or u is None else t * 10 + u


def section_number(text: str) -> tuple[str, int] | None:
    """The style and the number of a section's head that opens the text (二、 -> ("han", 2)), or None."""
    m = _SECTION_NUMBER.match(text)
    if m is None:
        return None
    style = next(k for k, v in m.groupdict().items() if v is not None)
    value = m[style]
    number = int(fold_width(value)) if style in ("dot", "comma", "arap") else _han_number(value)
    return None if number is None else (style, number)


def _signature_at(units: Sequence[Unit], p: int) -> bool:
    """Whether units p on are a document's signature: a date alone, or a line of its own over one (after the formula
    that closes the document, 特此公告。, perhaps)."""
    if p < len(units) and CLOSING_FORMULA.match(units[p].raw):
        p += 1
    dated = [DATE_ALONE.match(u.raw) is not None or MONTH_ALONE.match(u.raw) is not None for u in units[p : p + 2]]
    return bool(dated) and (dated[0] or (len(dated) == 2 and dated[1] and len(units[p].infos) == 1))


def _zone_above(seg: Segmentation, k: int) -> HeadlineZone | None:
    """The one headline zone right above article k (below the article before it, or the text of a story resumed
    there), if there is one."""
    zones = [z for z in seg.zones if z.next_article == k and z.prev_article is not None and z.infos]
    return zones[0] if len(zones) == 1 else None


def _section_numbers(seg: Segmentation, i: int, style: str) -> list[int]:
    """The numbers of article i's section heads of one style, in order, in its text (not a head above it: a
    roundup's briefs, 1. / 2. / 3., each under its numbered title, are pieces of their own)."""
    heads = [u.raw for u in seg.articles[i].units]
    return [n[1] for h in heads if (n := section_number(h)) and n[0] == style]


def rejoin_numbered_sections(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """No piece opens on a numbered section: where an article without a dateline opens on a head numbered N
    (2., 二、, （二）), above it or as its first line, and an article above (past a piece or two set inside
    it) has the head numbered N - 1 of the same style as its last, the text is that story's, resumed; and a
    first section's head alone between two runs of text (1.每天户外活动两小时) parts two sections of the story
    above, which no numbered head of that style has opened yet."""

    k = 1
    while k < len(seg.articles):
        tail = seg.articles[k]
        zone = _zone_above(seg, k)
        if not tail.units:
            k += 1
            continue
        head = zone.infos[0].line.text if zone is not None else tail.units[0].raw
        opened = section_number(head)
        if opened is None or tail.units[0].dateline is not None:
            k += 1
            continue
        style, number = opened
        found = None
        if number == 1:
            alone = zone is not None and len(zone.infos) == 1
            above = seg.articles[k - 1]
            # (not under a dated report: numbered briefs after one, 1.市区新增三条公交线路, are a roundup)
            if (
                alone
                and above.units
                and above.units[0].dateline is None
                and ends_sentence(above.units[-1].raw)
                and not _section_numbers(seg, k - 1, style)
            ):
                found = k - 1
        for i in range(k - 1, max(-1, k - 2 - config.resumed_story_max_insets), -1):
            if number == 1:
                break
            numbers = _section_numbers(seg, i, style)
            if numbers:
                found = i if numbers[-1] == number - 1 else None
                break
        if found is None:
            k += 1
            continue
        subheads: list[Unit] = []
        if zone is not None:
            # the head is a line of its own; lines under it in the zone open the section's text
            seg.zones.remove(zone)
            first, *rest = zone.infos
            subheads = [Unit([first], "short")]
            if rest:
                tail.units[0] = replace(tail.units[0], infos=[*rest, *tail.units[0].infos])
        _merge_into(seg, found, k, subheads)
        if trace is not None:
            reason = (
                f"opens on section {number}, under a story whose last section is {number - 1}: the story resumes"
                if number > 1
                else "a first section's head alone between two runs of text: the story above goes on"
            )
            trace.append(Decision("segment", "join", (subheads or tail.units)[0].lines, reason, {"article": found}))


# A kicker that is a place and a dash (江苏盐城——, 四川眉山——): a roundup's sections are headed so.
_PLACE_DASH = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:——|—)$")


# Tags of what goes with a story rather than heading a piece of its own: the reporter's notes, an editor's
# afterword, a short comment, background and links.
_COMPANION_TAG = re.compile(
    r"[（(](?:记者手记|記者手記|记者札记|記者札記|编后语?|編後語?|短评|短評|点评|點評|背景|相关链接|相關鏈接|延伸阅读|延伸閱讀)"
    r"[）)]\s*$"
)


def rejoin_subheads(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A short line in the flow taken for the headline of a piece without a dateline goes back into the text
    as its subhead when the text below keeps naming what the text above names: one story, two sections."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    k = 1
    while k < len(seg.articles):
        zones = [z for z in seg.zones if z.prev_article == k - 1 and z.next_article == k]
        # (one line, or a section's place closed by a dash over its line, wrapped or not: 江苏盐城—— / 无人机飞进麦田…)
        placed = (
            len(zones) == 1
            and len(zones[0].infos) in (2, 3)
            and bool(_PLACE_DASH.match(zones[0].infos[0].line.text.strip()))
        )
        # (or two lines set alike: a kicker and its title, or a subhead set as a couplet; or, read as a couplet between
        # paragraphs, two whole lines of any widths, 厚植家国情怀 / 凝聚万众一心的奋斗力量)
        paired = len(zones) == 1 and title_pair(zones[0].infos, config, alike=not zones[0].couplet)
        # (a column's label over a title, 會務簡報 / 週末中文學校春季班開始報名, heads a piece of the column: no
        # subhead is set under one; a box's, 记者手记, heads the story's own box)
        labelled = paired and bool(
            PIECE_LABEL.match(zones[0].infos[0].line.text)
            or BRIEFS_LABEL.match("".join(zones[0].infos[0].line.text.split()))
        )
        short = len(zones) == 1 and seg.articles[k].by_zone and (len(zones[0].infos) == 1 or placed or paired)
        # (a title closed by its column tag, （一线调研）, heads a piece of the column: no subhead has one;
        # but a tag that names a companion of the story above, （记者手记）, （编后）, heads that story's sidebar)
        last = zones[0].infos[-1].line.text if short else ""
        tagged = bool(COLUMN_TAG_END.search(last)) and not _COMPANION_TAG.search(last)
        # (a notice's title, 更正, heads a notice of its own, whatever story it names; and a title over a byline, 本报
        # 记者 某某, heads the piece the byline signs: no subhead stands over one)
        bylined = bool(seg.articles[k].units) and seg.articles[k].units[0].kind == "byline"
        # (nor under a dated brief its reporters signed, …56笔。（孟子涵）: it is complete, whatever the next names)
        signed = bool(seg.articles[k - 1].dateline) and closing_credit(bodies[k - 1][-1])
        if (
            not short
            or tagged
            or bylined
            or signed
            or labelled
            or NOTICE_TITLE.match(last)
            or not ends_sentence(bodies[k - 1][-1])
        ):
            k += 1
            continue
        needed = (
            config.roundup_rejoin_cohesion
            if placed
            else config.pair_rejoin_cohesion
            if paired
            else config.subhead_rejoin_cohesion
        )
        # (a couplet between paragraphs of a feature its byline opens is its section's subhead at a feature's bar:
        # 从吃得饱 / 到吃得好吃得健康)
        # (not over items counted from one, 一、…: a box of tips under its label and title, 行車安全 / 颱風…須知)
        if (
            paired
            and zones[0].couplet
            and seg.articles[k - 1].units
            and seg.articles[k - 1].units[0].kind == "byline"
            and not (bodies[k] and _COUNTED_TIP.match(bodies[k][0]))
        ):
            needed = min(needed, config.feature_first_section_cohesion)
            # (its first: under a feature sectioned by heads of one line each already, 零下二十度的片场, a couplet
            # is no head like them; it heads the next piece unless the text under it keeps to the feature's things
            # as a one-line head's does, 跨年档新片扎堆 / 预售总额破亿 under an interview with a star of one film)
            above_units = seg.articles[k - 1].units
            if _sectioned(above_units, _byline_at(above_units), len(above_units)):
                needed = config.subhead_rejoin_cohesion
        # (a feature its byline opens, parted into sections by short heads already: a head like them, one line, set
        # letter-spaced or not, over text naming the feature's people and places, heads its next section, at the
        # bar split_at_titles keeps such a feature whole by)
        above = seg.articles[k - 1].units
        if (
            len(zones[0].infos) == 1
            and _sectioned(above, _byline_at(above), len(above))
            and len(content_key(zones[0].infos[0].line.text)) <= config.feature_subhead_max_chars
            # (not over a photo's caption: a photo-news piece under its title, 地铁站里的“小红帽” / 图为…, set after
            # the feature, shares the city's words)
            and not any(a == k and pos == 0 for _, a, pos in seg.captions)
            # (nor over a box of items, each marked, ◆ 每周花几十块钱…: readers' voices under their column's name)
            and not (bodies[k] and BULLET.match(bodies[k][0]))
        ):
            needed = min(needed, config.feature_section_cohesion)
        shared = _cohesive(bodies, k, rare, config, needed)
        if shared is None:
            k += 1
            continue
        zone = zones[0]
        seg.zones.remove(zone)
        # (a couplet's two lines stay two, as each stood in the flow)
        subheads = [Unit([i], "short") for i in zone.infos] if paired else [Unit(list(zone.infos), "short")]
        _merge_into_previous(seg, k, subheads)
        bodies[k - 1 : k + 1] = [[*bodies[k - 1], *(u.raw for u in subheads), *bodies[k]]]
        if trace is not None:
            reason = "a short line between two runs of text that name the same things: a subhead, not a headline"
            lines = tuple(n for u in subheads for n in u.lines)
            trace.append(Decision("segment", "join", lines, reason, {"cohesion": shared}))


def _folded(infos: list[LineInfo]) -> LineInfo:
    """Lines of one headline part as one line, every input line it holds kept in its numbers."""
    if len(infos) == 1:
        return infos[0]
    first = infos[0]
    text = join_lines([i.line.text for i in infos])
    merged = (*first.line.merged, *(n for i in infos[1:] for n in i.line.numbers))
    return replace(first, line=replace(first.line, text=text, merged=merged), width=line_width(text))


# An editor's note opening on its label (编者按：, 开栏的话：): a box the desk sets above the piece it introduces.
_NOTE_LABEL = re.compile(
    r"^\s*[【\[]?\s*(?:编者按|編者按|编者的话|編者的話|编前|編前|开栏的话|開欄的話)\s*[】\]]?\s*[：:]"
)


def rejoin_editors_notes(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """An editor's note set in a box above the headline of the piece it introduces (编者按：… / 医者仁心·身边的好医生 /
    守在监护仪旁的十九年 / 凌晨两点，…) is that piece's first paragraph, as a note under the headline is: an undated
    article of the note alone (a paragraph or two, the first opening on its label), a headline zone under it,
    and an undated piece under that."""
    k = 1
    while k < len(seg.articles):
        above, below = seg.articles[k - 1], seg.articles[k]
        between = [z for z in seg.zones if z.prev_article == k - 1 and z.next_article == k and z.infos]
        note = (
            0 < len(above.units) <= config.note_max_paragraphs
            and all(u.kind == "body" for u in above.units)
            and _NOTE_LABEL.match(above.units[0].raw) is not None
            and above.units[0].dateline is None
            and below.units
            and below.units[0].dateline is None
            and not any(_NOTE_LABEL.match(u.raw) for u in below.units)
        )
        if not (note and between):
            k += 1
            continue
        # (the headline above the note was the page's or the column's: the zones above and between go on heading
        # the piece, whose words decide which title is its)
        _merge_into_previous(seg, k, [])
        if trace is not None:
            reason = "an editor's note set above the headline of the piece it introduces: that piece's first paragraph"
            trace.append(Decision("segment", "join", above.units[0].lines, reason))


def rejoin_standfirsts(seg: Segmentation, config: Config, trace: list[Decision] | None) -> None:
    """A standfirst set above its story's dateline (a paragraph that sums the story up, under the headline,
    then 本报讯…) is the opening of that story, not a piece of its own: an undated article of one paragraph
    under a headline, right above a dated one with none, whose text names the same things."""
    bodies = [[u.raw for u in a.units] for a in seg.articles]
    rare = _rare_grams(bodies, config)
    k = 1
    while k < len(seg.articles):
        above, below = seg.articles[k - 1], seg.articles[k]
        between = [z for z in seg.zones if z.prev_article == k - 1 and z.next_article == k and z.infos]
        headed = any(z.next_article == k - 1 and z.infos for z in seg.zones)
        # (or a box of data set there, its figures and the words under each, none ending on a full stop as a
        # story's paragraphs do: 1500名 / 新馆可同时容纳的读者人数… / 60% / …)
        box = (
            len(above.units) > 1
            and all(u.kind == "body" and not ends_sentence(u.raw) for u in above.units)
            and any(BARE_FIGURE.match(u.raw) for u in above.units)
        )
        standfirst = (
            headed
            and not between
            and above.dateline is None
            and below.dateline is not None
            and ((len(above.units) == 1 and above.units[0].kind == "body") or box)
        )
        shared = _cohesive(bodies, k, rare, config, config.subhead_rejoin_cohesion) if standfirst else None
        if shared is None:
            k += 1
            continue
        lead = above.units[0]
        # A summary that ends on no sentence mark (听取…汇报；要求…；部署…措施) is display type, the deck set
        # under the title as its subtitle: it goes to the headline, and the story opens on its dateline.
        # (in a box a few characters wide beside the title it runs to more lines, as many characters as five lines
        # of a column hold)
        # (no sentence inside it: a standfirst of prose, …。…？…怎么说——, is the story's opening)
        deck = (
            not box
            and not ends_sentence(lead.raw)
            and (
                len(lead.infos) <= config.deck_max_lines
                or (len(content_key(lead.raw)) <= config.deck_max_chars and SENTENCE_END.isdisjoint(lead.raw))
            )
        )
        _merge_into_previous(seg, k, [])
        bodies[k - 1 : k + 1] = [bodies[k - 1] + bodies[k]]
        if deck:
            zone = max(
                (z for z in seg.zones if z.next_article == k - 1 and z.infos), key=lambda z: z.infos[-1].line.number
            )
            # (one headline part, folded into one line: a deck set in a narrow box runs to more rows than a
            # headline has lines)
            zone.infos.append(_folded(above.units.pop(0).infos))
            del bodies[k - 1][0]
        if trace is not None:
            reason = (
                "a summary under a headline, ending on no sentence mark, over the dated story it sums up: its deck"
                if deck
                else "a box of figures under a headline, over the dated story it quotes: that story's"
                if box
                else "a paragraph under a headline sums up the dated story below it: its standfirst"
            )
            trace.append(
                Decision("segment", "join", (lead if deck else below.units[0]).lines, reason, {"cohesion": shared})
            )
