"""Headlines and captions: group headline lines into kicker/title/subtitle and attach them by content.

Layout and extraction scatter headlines: a footer full of them in another order, one between two articles
that belongs to the article above. Position is weak evidence; content is strong: a title restates the lead
(市第三届人大常委会第四十三次会议召开 ↔ 本报讯… 市第三届人大常委会第四十三次会议召开。), a subtitle names
the people of the first paragraph. So every headline line is scored against every article by how much of its
text the article contains — character bigrams weighted by how few articles share them (robust to OCR misreads
and word order), plus the longest run it shares verbatim — and the page is solved globally: lines are cut into
headlines where the best article changes, and headlines are matched one-to-one to articles, best pairs first.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from .chardata import CLAUSE_BREAKS, LEANS_ON_LAST, LEANS_ON_NEXT, PROSE_MARKS, SENTENCE_END
from .config import Config
from .datelines import surnamed
from .model import Decision, Headline
from .normalize import (
    bigrams,
    content_key,
    fix_punctuation,
    fold_joined,
    is_cjk,
    set_in_traditional,
    settled_spaces,
    squeeze_spaces,
)
from .repair import (
    COLUMN_LABEL,
    COLUMN_TAG_END,
    DASH_LINE,
    DASH_OPEN,
    FORMAL_TITLE,
    INTRODUCING_VERB_END,
    LABEL,
    QUOTE_MARKS,
    SECURITIES_CODE,
    TAG_OPEN,
    LineInfo,
    closed_below,
    spread_apart,
    unclosed,
)

# 引题 (kicker) conventions: a clause that introduces the title ends with a verb of saying, a colon or a dash.
# (要求 ends a kicker as a verb, …作出批示要求, not as the noun a title ends on after a quoted or named thing or
# 的, 落实“两个确保”要求, 落实《意见》要求; nor does 说 in a title's question or offer, 听听居民怎么说, 读者有话说)
_KICKER_END = re.compile(
    r"(?:指出|强调|強調|表示|(?<![的”」》』’\"])要求|称|稱|(?<![么麼话話样樣])[说說]|谈|談|透露|呼吁|呼籲|提醒|介绍|介紹"
    r"|认为|認為|(?:数据|數據|调查|調查|报告|報告|统计|統計|监测|監測|研究)(?:显示|顯示)|——|—|：|:)$"
)


def _kicker_end(text: str) -> bool:
    """Whether a headline part ends as a kicker does (…指出, …强调, …数据显示): a dash-led subtitle ending on the
    survey that shows it, ——2024年度全市民生调查显示, closes its headline all the same."""
    m = _KICKER_END.search(text)
    return m is not None and not (m.group().endswith(("显示", "顯示")) and _SUBTITLE_DASH.match(text) is not None)


# A work's or a quoted name alone before a colon opens the title it names (a review's 《山海之间》： /
# 把乡村写进人心里): no kicker, which introduces the title with a clause of its own (…会议强调：).
# (and so does a model's name, its make and its designation of letters and digits: 风岚E7：城市通勤的“安静派”)
_NAMED_COLON = re.compile(
    r"^\s*(?:《[^《》]{1,15}》|“[^“”]{1,10}”|「[^「」]{1,10}」"
    r"|[\u4e00-\u9fff]{0,4}\s*(?=[A-Za-z0-9\- ]*[A-Za-z])(?=[A-Za-z0-9\- ]*\d)[A-Za-z0-9][A-Za-z0-9\- ]{0,10})"
    r"\s*[：:]\s*$"
)
# 副题 (subtitle) conventions: opens with a dash, or lists who attended (李某讲话 王某主持 张某出席).
# (an OCR engine reads the dash —— as 一一, two 一s, which no title opens with)
_SUBTITLE_DASH = DASH_OPEN
# a subtitle that goes on with its title's subject: 决定…, 强调…, 听取… (the verb of a meeting's report, without
# the one who acts; verbs only, never a character that also opens nouns, as 将 opens 将军)
_CONTINUES_TITLE = re.compile(r"^\s*(?:决定|決定|强调|強調|听取|聽取|要求|审议|審議|宣布|呼吁|呼籲)")
# a line opened by a bracket: a column tag (（现场）, （民生观察·街巷故事）) that closes a title, a note (（受权发布）,
# （上接第一版）): none opens a headline
_TAG_IN_BRACKETS = re.compile(r"^\s*[（(]\s*[\u4e00-\u9fff·・]")
# a column tag closing a title: （文化周刊·书香满城②）, （街巷故事·身边人（12））, (…日期)
_TRAILING_TAG = re.compile(r"[（(][^（()）。！？，]{2,24}(?:[（(][^（()）]{1,8}[）)])?[^（()）。！？，]{0,8}[）)]\s*$")
_PHRASE = re.compile(r"\S+")
# A post and the name of its holder at a line's end (队长覃立军, 经理 李明).
_POST_AND_NAME = re.compile(r"(?:长|長|员|員|理|任|记|記|师|師|手|工|官)\s?(?P<name>[\u4e00-\u9fff]{2,3})$")
_MARKED_PART = re.compile(r"[，。、；：！？,;:!?“”「」《》（）()]")
# A line of Latin words only, a title's transliteration or translation (Mbanj Nazlangh makgam ndaej fungsou).
# (written as a sentence is, not in capitals, which a paper's English name or a label is set in)
LATIN_WORDS_LINE = re.compile(r"^(?=.*[a-zà-ÿ])\s*[A-Za-zÀ-ÿ'’\-]+(?:\s+[A-Za-zÀ-ÿ'’\-]+)+\s*$")
_QUOTED_TERM = re.compile(r"[“「《『\"]")
_ROLL_CALL = re.compile(
    r"(?:讲话|講話|主持|出席|参加|參加|会见|會見|调研|調研|考察|致辞|致辭|讲课|講課|陪同|指出|强调|強調|看望|慰问|慰問|"
    r"检查|檢查|督导|督導|作报告|作報告|发言|發言|签约|簽約|颁奖|頒獎|揭牌|见证|見證)$"
)


def _is_phrase_list(text: str) -> bool:
    """Two or more short phrases set apart by spaces, most naming what someone did at the event: the
    roll-call subtitle of Chinese party papers (李某讲话 王某主持 张某出席)."""
    phrases = _PHRASE.findall(text)
    if len(phrases) == 1:
        # 王某主持; not the end of a kicker wrapped onto its own line (某某在全省工作会 / 议上强调), which a title
        # follows, nor a quoted term's business, a title's tail (…开展统计执法 / “双随机”检查): a person is named
        # without marks
        return (
            3 <= len(phrases[0]) <= 8
            and bool(_ROLL_CALL.search(phrases[0]))
            and not _kicker_end(phrases[0])
            and not _QUOTED_TERM.search(phrases[0])
        )
    if not all(2 <= len(p) <= 8 for p in phrases):
        return False
    return sum(bool(_ROLL_CALL.search(p)) for p in phrases) * 2 >= len(phrases)


_COUPLET = re.compile(r"^\s*([\u4e00-\u9fff]{3,8})[ \u3000]+([\u4e00-\u9fff]{3,8})\s*$")


def couplet(text: str) -> bool:
    """Two phrases of a length, set apart by a space: a slogan set as a couplet (喜迎火把节 共庆丰收年), a part whole
    on its line (an OCR engine's stray space cuts a title into pieces of any length)."""
    m = _COUPLET.match(text)
    return m is not None and len(m[1]) == len(m[2])


def slogan_couplet(text: str) -> bool:
    """A couplet of words, not two people's names set side by side (王志刚 刘晓梅, under a subtitle naming them)."""
    m = _COUPLET.match(text)
    return couplet(text) and m is not None and not all(len(x) <= 3 and surnamed(x) for x in (m[1], m[2]))


def untagged(title: str, min_chars: int = 4) -> str:
    """The title without the column tag that may close it (…（文化周刊·书香满城②））, if ``min_chars`` words are
    left: the tag names the column, not the story, and its words only dilute what the title's own words say."""
    bare = _TRAILING_TAG.sub("", title)
    return bare if len(content_key(bare)) >= min_chars else title


def is_deck(text: str, config: Config) -> bool:
    """A headline part as long as a deck (a summary, clause after clause, under a title): no title is so long."""
    return len(content_key(text)) >= config.deck_min_chars


# A phrase that ends on a figure counted by its measure word (累计消缺1260处, 新增应急发电车4台, 同比增长7.5%).
_COUNTED_FACT = re.compile(r"\d[\d.,]*\s*(?:[\u4e00-\u9fff]{1,2}|%|％)$")


def counted_facts(phrases: Sequence[str]) -> bool:
    """Phrases each ending on a count (累计消缺1260处 新增应急发电车4台): one deck's facts set apart by a space, the
    figures of one story, not two titles side by side."""
    return len(phrases) > 1 and all(_COUNTED_FACT.search(content_key(p)) for p in phrases)


@dataclass(slots=True)
class ArticleText:
    lead: str
    body: str
    lead_grams: set[str]
    body_grams: set[str]


# A title cited in book-title marks, long enough to be a piece's (a work's short name, 《活着》, may be what a
# review's own title names).
_CITED_TITLE = re.compile(r"《([^《》]{8,40})》")


def _is_cited(key: str, cited: Sequence[str]) -> bool:
    """Whether a headline is the title an article cites (all of it, give or take a character or two)."""
    return len(key) >= 8 and any(key in c or (c in key and len(c) >= 0.9 * len(key)) for c in cited)


class Matcher:
    """Scores short texts (headline lines, captions) against the articles of one page."""

    def __init__(self, articles: Sequence[tuple[str, str]], run_candidates: int = 4) -> None:
        self._run_candidates = run_candidates  # Config.match_run_candidates
        self.articles = [
            ArticleText(content_key(lead), content_key(body), bigrams(lead), bigrams(body)) for lead, body in articles
        ]
        # An article that cites another piece by its title (本报3月26日刊发读者来信《…》后, a reply, a follow-up)
        # names that piece, not itself: scored against that title, its text counts without the citation.
        self._texts = list(articles)
        self._cited = [[content_key(m) for m in _CITED_TITLE.findall(body)] for _, body in articles]
        self._uncited: dict[int, ArticleText] = {}  # read only for a headline that one of them cites
        df: dict[str, int] = {}
        self._index: dict[str, list[int]] = {}  # bigram -> the articles that contain it
        for k, a in enumerate(self.articles):
            for g in a.body_grams:
                df[g] = df.get(g, 0) + 1
                self._index.setdefault(g, []).append(k)
        n = len(self.articles)
        self._df = df
        self._idf_unseen = math.log(n + 1.0)
        self._n = n
        # the same lines are scored again when the headlines are cut a second time (pipeline.split)
        self._memo: dict[str, tuple[float, ...]] = {}

    def _article(self, k: int, key: str) -> ArticleText:
        """Article k as it is read against a headline: without the titles it cites, where it cites this one."""
        if not self._cited[k] or not _is_cited(key, self._cited[k]):
            return self.articles[k]
        if k not in self._uncited:
            lead, body = (_CITED_TITLE.sub("", t) for t in self._texts[k])
            self._uncited[k] = ArticleText(content_key(lead), content_key(body), bigrams(lead), bigrams(body))
        return self._uncited[k]

    def _weight(self, gram: str) -> float:
        d = self._df.get(gram, 0)
        return math.log((self._n + 1.0) / (d + 0.5)) if d else self._idf_unseen

    def _longest_shared(self, key: str, text: str) -> int:
        """Length of the longest substring of key found verbatim in text (binary search on the length)."""
        lo, hi = 0, len(key)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if any(key[i : i + mid] in text for i in range(len(key) - mid + 1)):
                lo = mid
            else:
                hi = mid - 1
        return lo

    def scores(self, text: str) -> list[float]:
        """How well each article explains the text (0..1): IDF-weighted share of its bigrams found in the
        lead (0.45) and in the whole body (0.35), plus the longest run it shares verbatim (0.2). Articles
        that share no bigram at all score 0 without further work, so a page of many articles stays fast."""
        if text not in self._memo:
            self._memo[text] = tuple(self._scores(text))
        return list(self._memo[text])

    def _scores(self, text: str) -> list[float]:
        out = [0.0] * len(self.articles)
        grams = bigrams(text)
        key = content_key(text)
        if not grams or not key:
            return out
        weights = {g: self._weight(g) for g in grams}
        total = sum(weights.values())
        candidates: set[int] = set()
        for g in grams:
            candidates.update(self._index.get(g, ()))
        partial: list[tuple[float, int]] = []
        for k in candidates:
            a = self._article(k, key)
            lead = sum(weights[g] for g in grams & a.lead_grams) / total
            body = sum(weights[g] for g in grams & a.body_grams) / total
            partial.append((0.45 * lead + 0.35 * body, k))
        # The verbatim run only refines the ranking among the best few; computing it for every article of a
        # long multi-page dump would make the page quadratic.
        partial.sort(reverse=True)
        for rank, (value, k) in enumerate(partial):
            a = self._article(k, key)
            run = self._longest_shared(key, a.body) / len(key) if rank < self._run_candidates else 0.0
            out[k] = value + 0.2 * run
        return out


def cut_headlines(
    infos: Sequence[LineInfo],
    run_scores: Callable[[int, int], Sequence[float]],
    config: Config,
    at_least: int = 0,
    share: bool = False,
    over_story: bool = False,
    headed: Collection[int] = (),
    words: Collection[str] = frozenset(),
    own: int | None = None,
) -> list[tuple[int, int, int | None]]:
    """Cut a zone's lines into headlines, each with the article it went to in the cut (None: none fits it);
    see ``_cut_runs``. A block of headlines at the foot of the page
    heads every article the flow left without one: when it is cut into fewer headlines than that, the cut
    costs less, step by step, until there are as many (or the floor is reached): titles that paraphrase
    their stories match them weakly, and two weak ones otherwise read as one.

    With ``share``, two neighbouring headlines that cannot be one (their lines together make more parts than a
    headline has, or parts out of order: a dash-led subtitle closes the first, a tag opens the second) may go
    to one article: that article is then two pieces run together, and the headline
    left over says where to split it. Without, the one that fits it less goes to its next best article.
    ``over_story``: the zone's last line stands right over the story it heads; ``headed``: the other articles
    with a zone of their own right above them; ``words``: the bigrams of the page's running text; ``own``: the
    article the zone stands over."""
    cost = config.headline_run_cost
    cuts = _cut_runs(infos, run_scores, config, cost, share, over_story, headed, words, own)
    while len(cuts) < min(at_least, len(infos)) and cost / 2 >= config.headline_foot_cost_floor:
        cost /= 2
        cuts = _cut_runs(infos, run_scores, config, cost, share, over_story, headed, words, own)
    return cuts


def _cut_runs(
    infos: Sequence[LineInfo],
    run_scores: Callable[[int, int], Sequence[float]],
    config: Config,
    cost: float,
    share: bool,
    over_story: bool = False,
    headed: Collection[int] = (),
    words: Collection[str] = frozenset(),
    own: int | None = None,
) -> list[tuple[int, int, int | None]]:
    """Cut a zone's lines into headlines, one article each, by dynamic programming over the cut points.

    A run of lines [i, j) is worth its length in characters times how well its whole text matches its best
    article, less a fixed cost per run. Scoring whole runs rather than single lines matters: a short line
    (张稳科主持) is ambiguous alone and clear together with its title, and a kicker shares words with several
    articles while kicker and title together point at one. ``run_scores(i, j)`` gives the scores per article.
    """
    n = len(infos)
    if n == 0:
        return []
    longest = config.headline_max_lines
    narrow = [i.width <= 2 * config.narrow_title_chars for i in infos]
    # best[j][a]: the value of the lines before j, cut into runs, the last of which goes to article a.
    # Two neighbouring runs never go to the same article: one article has one headline, so they are one run.
    m = len(run_scores(0, 1))
    # One more class than there are articles: "no article", for a run that fits none; it gains nothing, but
    # neighbouring runs may both be in it (they are left over, not one headline twice).
    classes = m + 1
    best = [[-math.inf] * classes for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, -1)] * classes for _ in range(n + 1)]
    # The two best classes to have ended the lines before i, so the "different article" rule costs O(1).
    top2: list[tuple[int, int]] = [(-1, -1)] * (n + 1)
    # what a run costs that has lost the part a headline cannot do without (whatever the cost of a run)
    lost = config.headline_run_cost * 2
    # what a cut costs that the typesetting rules out: more than all the runs of the zone can gain together
    never = sum(len(content_key(i.line.text)) for i in infos) + 2 * config.headline_run_cost + 1.0
    breaks = natural_breaks(infos, config)
    tagged = [bool(TAG_OPEN.match(i.line.text)) for i in infos]
    # a notice's kind alone (公告, 启 事) is the notice's whole title: never a part of the headline above it (but for
    # its issuer's name set letter-spaced over it as the kind is, 澳 門 嶺 東 同 鄉 會 / 通 告: one title)
    tagged = [
        t
        or (
            NOTICE_KIND_ALONE.match("".join(i.line.text.split())) is not None
            and not (k > 0 and _spaced_out(i.line.text) and infos[k - 1].letter_spaced)
        )
        for k, (t, i) in enumerate(zip(tagged, infos, strict=True))
    ]
    # a title set upright, one character a line, or in a box of rows of two or three (folded, both, into one
    # vertical line): a title of its own, as a line across is (a kicker is never set in a box)
    boxed = [i.vertical for i in infos]
    # (its subtitle, set upright in several columns, comes out in rows of a few characters, folded into one
    # line and measured a row at a time, or across on a line of its own opened by a dash, its wrapped rest no
    # wider than it: neither is a line across)
    dashed = [bool(_SUBTITLE_DASH.match(i.line.text)) for i in infos]
    across = [
        not i.vertical
        and i.width > 2 * config.narrow_title_chars * (1 + len(i.line.merged))
        and not dashed[k]
        and not (k > 0 and dashed[k - 1] and i.width <= infos[k - 1].width)
        # (nor is a deck folded into one line, clause after clause: it sums up the story whose title is boxed)
        and not is_deck(i.line.text, config)
        for k, i in enumerate(infos)
    ]
    # The last line of a zone over its story, under a dash-led subtitle and no wider than it, with no closing
    # mark between: the subtitle's wrapped rest (——市农技专家蹲点指导在当地 / 果农中引起热烈反响), whose few
    # words can match another story by chance, a story with a headline of its own right above it. (In a block of
    # headlines at the foot, a title with a subtitle of its own, dashed or not, follows a subtitle as often; and a
    # story with no headline above it may have its title here: 河道治理推进会召开 / ——部署… / 智慧公交线路开通.)
    dashed_rest = [
        over_story
        and k == n - 1
        and dashed[k - 1]
        and not dashed[k]
        and not tagged[k]
        and i.line.blank_before == 0
        and i.width <= infos[k - 1].width
        and not (i.vertical or infos[k - 1].vertical)
        # (a subtitle closed by its quotation or a full stop has ended)
        and infos[k - 1].line.text.rstrip()[-1:] not in SENTENCE_END | _CLOSING_MARKS
        # (and what its words fit best is a story headed already, or one printed above the zone, a story continued
        # from another page: the next story's title may stand here, not one of those)
        and ((fits := best_article(run_scores(k, k + 1))) in headed or (own is not None and fits < own))
        for k, i in enumerate(infos)
    ]
    # (in a block heading no story, a line under a dash-led subtitle no wider than half of it, no closing mark
    # between: its tail, as after a title's wrap, ——记柘原县局专卖稽查中队 / 队长覃立军; a title of its own is
    # seldom so short under a subtitle)
    dashed_rest = [
        rest
        or (
            not over_story
            and k > 0
            and dashed[k - 1]
            and not dashed[k]
            and not tagged[k]
            and i.line.blank_before == 0
            and not (i.vertical or infos[k - 1].vertical)
            and i.width <= config.wrapped_tail_share * infos[k - 1].width
            and len(content_key(i.line.text)) <= config.foot_dash_tail_chars
            # (the post and the name a profile's subtitle portrays, 队长覃立军: a label, 安全警示, is the next
            # headline's kicker)
            and (holder := _POST_AND_NAME.search(i.line.text.strip())) is not None
            and surnamed(holder["name"])
            and infos[k - 1].line.text.rstrip()[-1:] not in SENTENCE_END | _CLOSING_MARKS
        )
        for k, (i, rest) in enumerate(zip(infos, dashed_rest, strict=True))
    ]
    # a line that a wrap cut inside a word of the page (…会见城市联盟组 / 织新一任秘书长) goes on from the line above:
    # the two are one title, however well its tail alone restates a paragraph
    inside_word = [
        k > 0
        and i.line.blank_before == 0
        and not i.vertical
        and not infos[k - 1].vertical
        and not i.letter_spaced
        # (the tail a wrap leaves is no wider than the full line it left: two titles one under another may meet
        # at a word by chance, …开到楼下 / 一封迟到四十年的信)
        and (
            (
                i.width <= infos[k - 1].width
                and _meeting_word(infos[k - 1], i, words)
                # (and a tail belongs to the story its line does: a second title, one line down, fits its own; 市 /
                # 民, 会 / 上 meet in any news text)
                and best_article(run_scores(k, k + 1)) == best_article(run_scores(k - 1, k))
            )
            # (or a line that opens on the particle 的, which no title, kicker or subtitle opens on: “一米栏杆”背后 /
            # 的治理温度 is one title the wrap cut inside its phrase)
            or (
                _OPENS_ON_PARTICLE.match(i.line.text) is not None
                and infos[k - 1].line.text.rstrip()[-1:] not in SENTENCE_END | _CLOSING_MARKS
            )
        )
        for k, i in enumerate(infos)
    ]
    # a box's or a column's label alone on its line (链接, 编读往来) is a kicker: it opens a headline
    # (and a column's label, 生活指南, over a title that is no dash-led deck: over the deck, it is the title)
    # (and a short line set solid right over a display title set letter-spaced, no mark in it, is that title's
    # kicker: 最美电力人 / 大 山 里 的 “ 光 明 使 者 ”)
    labelled = [
        (
            bool(LABEL.match(i.line.text))
            # (not the last line of a title naming its topic first, wrapped onto its kind: 小规模纳税人减免增值税 /
            # 政策问答, over nothing more of the zone: no title under it to head)
            and not (
                k == n - 1
                and k > 0
                and i.line.blank_before == 0
                and _QA_TAIL.match(i.line.text) is not None
                and not _MARKED_PART.search(infos[k - 1].line.text)
            )
        )
        or (COLUMN_LABEL.match(i.line.text) is not None and k + 1 < n and not dashed[k + 1])
        # (and a column's name and its topic about a middle dot, 乡村振兴·蹲点调研, over a title, opening the block
        # or after a headline closed by its dash-led subtitle: under a kicker, 庆祝新中国成立75周年 / 家国·记忆, it is
        # the title, an exhibition's name)
        or (
            _DOT_LABEL.match(i.line.text.strip()) is not None
            and (k == 0 or dashed[k - 1])
            and k + 1 < n
            and not dashed[k + 1]
            and infos[k + 1].line.blank_before == 0
        )
        or (
            k + 1 < n
            and infos[k + 1].letter_spaced
            and not i.letter_spaced
            and not i.vertical
            and i.line.blank_before == 0
            and infos[k + 1].line.blank_before == 0
            and len(content_key(i.line.text)) <= config.label_kicker_chars + 2
            and not _MARKED_PART.search(i.line.text)
            # (not the roll call closing the headline above, 王建军主持; nor over a title its tag opens, 【 专 题 】…,
            # which no kicker heads)
            and not _is_phrase_list(squeeze_spaces(i.line.text, keep_phrase_spaces=True))
            and not TAG_OPEN.match("".join(infos[k + 1].line.text.split()))
            # (nor the rest of the title above, opening on 的: 背后 / 的治理温度)
            and not _OPENS_ON_PARTICLE.match(i.line.text)
        )
        for k, i in enumerate(infos)
    ]
    # an announcement's codes (证券代码：…, one line or three) open its headline, over the company and the title
    coded = [bool(SECURITIES_CODE.match(i.line.text)) for i in infos]
    one_headline: dict[tuple[int, int], bool] = {}

    def can_be_one(i: int, j: int) -> bool:
        # (a title wrapped over many narrow lines may run past the limit: past it, nothing says two runs
        # are not one headline)
        if (i, j) not in one_headline:
            parts = headline_parts(infos[i:j], config)
            # (a column's label over a kicker, a title and a subtitle: 人物专访 / 斫琴三十年 / 他只想… / ——对话…)
            most = 4 if parts and LABEL.match(_join_part(parts[0])) else 3
            one_headline[(i, j)] = len(parts) <= most and _one_headline(parts, over_story)
        return one_headline[(i, j)]

    for j in range(1, n + 1):
        # (a title in a box a few characters wide takes two or three times the rows: a row of a few
        # characters counts as half a line)
        first, weight = j, 0.0
        while first > 0 and weight + (0.5 if narrow[first - 1] else 1.0) <= longest:
            first -= 1
            weight += 0.5 if narrow[first] else 1.0
        for i in range(first, j):
            if not can_be_one(i, j):
                continue  # kicker, title, subtitle: a run with more parts, or parts out of order, is two headlines
            if any(tagged[k] or labelled[k] or (coded[k] and not coded[k - 1]) for k in range(i + 1, j)):
                # 【港隊第6面獎牌】…: a tag opens a title, and a column's label (农技问答, 链接) a headline; the lines
                # above either are another headline
                continue
            if any(boxed[i:j]) and any(across[i:j]):
                continue  # a headline set upright or boxed is set so whole: a line across beside it is another's
            scores = run_scores(i, j)
            length = sum(len(content_key(infos[k].line.text)) for k in range(i, j))
            # 引题 never stands alone: a run that ends on a kicker has lost its title; where the title follows
            # in the zone right under it, and where a line would be parted from the character or two it
            # wrapped onto the next (会议上 / 强调), the cut costs more than any cut can gain, so it is made
            # only where no other cut is possible at all (each line under the one before ends on 说, say).
            kicker_end = _kicker_end(infos[j - 1].line.text.strip()) or labelled[j - 1] or coded[j - 1]
            title_below = j < n and infos[j].line.blank_before == 0 and not _SUBTITLE_DASH.match(infos[j].line.text)
            dangling = lost if kicker_end else 0.0
            if (kicker_end and title_below) or (j < n and _wrapped_tail(infos[j])):
                dangling += never
            # (a slogan set as a couplet under a headline closed by its dash-led subtitle and right over a line of
            # the block is that line's kicker, no title of its own: ——记… / 战高温 保供电 / 东河供电公司连夜抢修…)
            elif (
                title_below
                and j - i == 1
                and i > 0
                and _SUBTITLE_DASH.match(infos[i - 1].line.text)
                and slogan_couplet(infos[i].line.text.strip())
            ):
                dangling += lost
            # and a dash-led subtitle never opens a headline: a run that starts on one has lost its title
            if i > 0 and _SUBTITLE_DASH.match(infos[i].line.text) and not DASH_LINE.match(infos[i].line.text):
                dangling += lost
            # nor the wrapped rest of one: a title must win clearly to part them
            if i > 0 and (dashed_rest[i] or inside_word[i]):
                dangling += lost
            # nor a line that stops on a word leaning on the next (图书馆里的 / “夜读人”): the run has lost its rest
            if j < n and _phrase_goes_on(infos[j - 1].line.text):
                dangling += lost
            # nor are an announcement's codes parted from the company and the title under them
            if (j < n and not coded[j] and any(coded[i:j])) or (i > 0 and coded[i - 1] and not coded[i]):
                dangling += never
            # nor does a column tag in brackets, which closes its title: （现场）, （民生观察·…）
            if i > 0 and _TAG_IN_BRACKETS.match(infos[i].line.text):
                dangling += lost
            # Where the typesetting already parts two blocks, a new headline costs little.
            start_cost = config.headline_break_cost if i in breaks else cost
            for a in range(classes):
                gain = (length * scores[a] if a < m else 0.0) - start_cost - dangling
                if i == 0:
                    prev_value, prev_a = 0.0, -1
                else:
                    first, second = top2[i]
                    prev_a = second if (first == a and a < m) else first
                    prev_value = best[i][prev_a] if prev_a >= 0 else -math.inf
                if prev_value + gain > best[j][a]:
                    best[j][a], back[j][a] = prev_value + gain, (i, prev_a)
                # Two headlines that cannot be one (a dash-led subtitle closed the first) may both restate one
                # article: that article is then two pieces run together, and the headline left over splits it.
                if share and a < m and i > 0 and best[i][a] + gain > best[j][a] and not can_be_one(back[i][a][0], j):
                    best[j][a], back[j][a] = best[i][a] + gain, (i, a)
        ranked = sorted(range(classes), key=lambda x: best[j][x], reverse=True)[:2]
        top2[j] = (ranked[0], ranked[1] if len(ranked) > 1 else -1)
    cuts: list[tuple[int, int, int | None]] = []
    j, a = n, max(range(classes), key=lambda x: best[n][x])
    while j > 0:
        i, prev_a = back[j][a]
        cuts.append((i, j, a if a < m else None))
        j, a = i, prev_a
    return cuts[::-1]


def best_article(scores: Sequence[float]) -> int:
    """The article a run of headline lines fits best."""
    return max(range(len(scores)), key=lambda a: scores[a])


# A line that goes on from the words above as their predicate (群众心声 / 变成施工图, 小道消息 / 不可轻信, 街坊心聲 /
# 終獲回應): one title on two lines, no label over its title.
_GOES_ON_FROM_SUBJECT = re.compile(
    r"^\s*(?:不|没|沒|终|終|变|變|成|为|為|也|都|就|才|又|再|已|将|將|获|獲|被|让|讓|可|能|要|会|會)"
)
# A name alone, or with a pastor's or a teacher's title (梁志遠牧師, 陈立平): a column's writer under its label, no
# title.
_NAME_ALONE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}(?:牧师|牧師|神父|法师|法師|老师|老師|修女)?\s*$")


def _one_headline(parts: Sequence[Sequence[LineInfo]], over_story: bool = False) -> bool:
    """Whether parts in this order can make one headline: a kicker (…指出, …——) only opens a headline, a
    dash-led subtitle only closes one, a title set letter-spaced at its head has one part under it at most
    (its subtitle). ``over_story``: the parts stand right over the story they head."""
    # (a colon may end a wrapped line of a title: 總指揮： / 控制火勢屬簡單任務)
    if any(_kicker_end(t) and not t.endswith(("：", ":")) for t in (_join_part(p).strip() for p in parts[1:])):
        return False
    # a dash-led subtitle closes its headline: a part below it is the next headline
    if any(_SUBTITLE_DASH.match(p[0].line.text) and not DASH_LINE.match(p[0].line.text) for p in parts[:-1]):
        return False
    # (unless, right over its story, it is the kicker, shorter than the title under it: 中 乙 联 赛 第 17 轮 /
    # 溱州队2比1逆转江岭队 / 主场三连胜…; in a block of titles at the foot, a line set letter-spaced is a title,
    # 全 市 春 耕 备 耕 有 序 推 进, and the parts under it begin the next headline)
    return not (
        parts
        and parts[0][0].letter_spaced
        and len(parts) > 2
        and not (over_story and len(content_key(_join_part(parts[0]))) < len(content_key(_join_part(parts[1]))))
    )


def natural_breaks(infos: Sequence[LineInfo], config: Config) -> set[int]:
    """Indexes of zone lines that start a new block by typography: after a blank line, after the short last
    line of a title wrapped over several lines (安理会谴责也 / 门恐怖袭击事 / 件 | 黑天鹅添“新 / 丁”), or after
    the solid line under a letter-spaced title (癌 婦 養 3 代 / 大二女：媽媽的債我會替她還 | 男治癌…)."""
    out = {0}
    for k in range(1, len(infos)):
        prev = infos[k - 1]
        # a display title set letter-spaced, then its subtitle set solid: the headline is complete
        after_subtitle = k >= 2 and infos[k - 2].letter_spaced and not prev.letter_spaced and not _wrapped_tail(prev)
        if infos[k].line.blank_before > 0 or after_wrapped_title(infos, k, config) or after_subtitle:
            out.add(k)
    return out


def after_wrapped_title(infos: Sequence[LineInfo], k: int, config: Config) -> bool:
    """Whether line k follows the short last line of a title wrapped over several lines."""
    if k < 2:
        return False
    prev = infos[k - 1]
    return (
        infos[k - 2].width - prev.width >= 2
        and infos[k].width - prev.width >= 2
        # (not when the line above the short one is a dash-led subtitle: that closed its headline, and the
        # short line is the next one's title, with its subtitle below)
        and not _SUBTITLE_DASH.match(infos[k - 2].line.text)
        # and a tail: at most half the line it wrapped from (a whole title, shorter than the subtitle
        # above it in smaller type, opens the next headline: 老街坊的新饭桌 / 长者食堂… / 一封迟到的信)
        and prev.width <= config.wrapped_tail_share * infos[k - 2].width
    )


def fold_vertical(infos: Sequence[LineInfo], config: Config) -> list[LineInfo]:
    """Fold each run of vertically set characters (one per line) into one headline line, and the rows of a few
    characters right under it (the subtitle of a headline in a narrow box beside its text, set in smaller type
    and so a character or two more a row) into another."""
    out: list[LineInfo] = []
    rows = False  # out[-1] is such a run of rows
    closed = False  # out[-1] is a kicker set upright and closed by its dash (全 / 国 / … / 莉 / ——): a part ends
    for info in infos:
        text = info.line.text.strip()
        if info.vertical and spread_apart(text):
            # a box a few cells wide set justified spreads what it holds (菜 篮 子 / 2 0 2 3): no phrase has room
            # for a space in it
            text = spread_apart(text)
            info = replace(info, line=replace(info.line, text=text))
        row = (
            not info.vertical
            and info.line.blank_before == 0
            and info.width <= 2 * config.narrow_title_chars
            # (once the rows have begun, a clause mark goes on with them: a deck, clause after clause, fills
            # the box as well, 听取…汇报，推 / 进提升…；要求…)
            and (PROSE_MARKS.isdisjoint(text) or (rows and "。" not in text))
        )
        if out and not closed and ((info.vertical and out[-1].vertical) or (row and rows)):
            last = out[-1]
            line = replace(last.line, text=last.line.text.strip() + text, merged=(*last.line.merged, info.line.number))
            out[-1] = replace(last, line=line, width=last.width + info.width)
            closed = info.vertical and bool(DASH_LINE.match(text)) and len(content_key(last.line.text)) >= 2
        else:
            closed = False
            rows = row and bool(out) and (out[-1].vertical or rows)
            out.append(info)
    return out


# A line opening on the particle 的: the rest of a phrase the line above began (not a word that opens on 的: 的确,
# 的士, 的哥, 的姐, or a place's name, 的黎波里, 的里雅斯特, 的卢).
_OPENS_ON_PARTICLE = re.compile(r"^\s*的(?![确確士哥姐黎里卢盧])")


def _phrase_goes_on(text: str) -> bool:
    """A headline line that stops on a word pointing across the break (…里的, …关于): its phrase goes on below.
    (Only a short line of hanzi that asserts nothing: 好日子是干出来的, 青春是用来奋斗的 end on 的 as whole
    sentences do; a quotation or a mark closing a line, …“夜读人”, ends it where it ends.)"""
    stripped = text.strip()
    if stripped.endswith(("关于", "關於")):
        return len(stripped) >= 3 and is_cjk(stripped[-3])
    return (
        stripped.endswith("的")
        and 3 <= len(stripped) <= _LEANING_LINE_MAX_CHARS
        and all(is_cjk(ch) for ch in stripped)
        and "是" not in stripped
    )


def _spaced_out(text: str) -> bool:
    """Every character set apart, two at least (通 告): letter-spaced however short."""
    tokens = text.split()
    return len(tokens) >= 2 and all(len(t) == 1 for t in tokens)


def _set_solid(text: str) -> bool:
    """Whether a line is set solid and in one phrase: one run of characters, no space (not a title in phrases)."""
    return len(text.split()) == 1 and len(text.strip()) > 1


def _wrapped_tail(info: LineInfo) -> bool:
    """A character or two on a line of their own: no headline part is so short, so they are the tail of the
    line above, wrapped."""
    return info.line.blank_before == 0 and 0 < len(content_key(info.line.text)) <= 2


def _join_part(infos: Sequence[LineInfo]) -> str:
    """Join the lines of one headline part. A title set in phrases (树牢安全发展理念 加强安全生产监管) keeps a
    space between its lines as between its phrases; a title wrapped mid-phrase, or at a mark, joins tight."""
    texts = [t for t in (squeeze_spaces(i.line.text, keep_phrase_spaces=True) for i in infos) if t]
    # (a title set letter-spaced shows no phrases: it wraps where its box ends, 全 市 河 道 治 理 推 进 / 会 召 开;
    # and the space inside a Latin name, Northgate Capital, parts no phrases)
    # (nor does a box's measure: lines filled to one width, three or more, wrap where the box ends, 取代涂謹申任主 /
    # 席 民主派籲市 / 民周六到場聲援; only the spaces inside a line part phrases then)
    widths = [i.width for i in infos[:-1]]
    boxed = (
        len(infos) >= 3
        and max(widths) - min(widths) <= 1.0
        # (a title in balanced phrases sets its space inside every line: 颱風襲港 全港停課 / 八號風球 交通停擺 / …)
        and not all(_PHRASE_GAP.search(t) for t in texts[:-1])
    )
    spaced = not boxed and any(_PHRASE_GAP.search(t) for t in texts)
    out = texts[0] if texts else ""
    for t in texts[1:]:
        # (no phrase is one character: a line that opens on one and a space, 锣 摊位…, or holds just one, took
        # the end of the phrase the line above cut)
        first_phrase = t.partition(" ")[0]
        cut_phrase = len(first_phrase) == 1 or unclosed(out, quotes=True)  # (nor inside a bracket: …（街 / 巷故事）)
        between = spaced and _is_word_char(out[-1]) and _is_word_char(t[0]) and not cut_phrase
        # (a Latin name wrapped between its words keeps its space: Blue Harbour / Labs)
        between = between or (out[-1:].isascii() and out[-1:].isalpha() and t[:1].isascii() and t[:1].isalpha())
        # (and an announcement's codes set one a line are fields set apart: 证券代码：002961 / 证券简称：澄江新材)
        between = between or bool(SECURITIES_CODE.match(t))
        out += (" " if between else "") + t
    return out


# Title marks and quotations, open and close: what a wrap may cut inside without parting a headline's phrase.
_QUOTE_PAIRS = ("《》", *QUOTE_MARKS)
_PHRASE_GAP = re.compile(r"[^\x00-\x7f] | [^\x00-\x7f]")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or is_cjk(ch)


# A desk's analysis named on a line over its title (国际观察, 财经观察): a part of its own, no first words of the title
# wrapped (as a box's label alone between pieces, 职教观察, it heads nothing).
_DESK_ANALYSIS = re.compile(r"^\s*[\u4e00-\u9fff]{2}(?:观察|觀察)\s*$")


def headline_parts(
    infos: Sequence[LineInfo], config: Config, words: Collection[str] = frozenset()
) -> list[list[LineInfo]]:
    """Group a headline's lines into its parts: a blank line, a dash-led line, a roll-call line, or the end of
    a kicker (…强调, …：, …——) starts a new part; other lines continue the part above (a wrapped title)."""
    parts: list[list[LineInfo]] = []
    for k, info in enumerate(infos):
        text = info.line.text.strip()
        if parts and DASH_LINE.match(text):
            parts[-1].append(info)  # a dash on its own line closes the kicker above it
            continue
        if parts and SECURITIES_CODE.match(text) and SECURITIES_CODE.match(parts[-1][-1].line.text):
            parts[-1].append(info)  # an announcement's codes, one a line, are one kicker
            continue
        if parts and _phrase_goes_on(parts[-1][-1].line.text) and not _SUBTITLE_DASH.match(text):
            # no part ends on a word leaning on the next, whatever the OCR engine's blocks: 图书馆里的 / “夜读人”
            parts[-1].append(info)
            continue
        if parts and parts[-1][-1].line.text.rstrip()[-1:] in "，、,":
            parts[-1].append(info)  # no part breaks off mid-clause: 读书会、 / 青年志愿者…, 春耕正当时， / 农机下田忙！
            continue
        if parts and closed_below(_join_part(parts[-1]), text, marks=_QUOTE_PAIRS):
            # nor inside a title mark or quotation this line closes: …报告》《关 / 于…综合报告》 (pdftotext -raw cut
            # the printed line before the mark, leaving its first character or two a line of their own)
            parts[-1].append(info)
            continue
        new_part = (
            not parts
            # (a character or two alone are a title's wrapped tail, whatever the OCR put between: …家门 / 口)
            or (
                info.line.blank_before > 0
                and (info.own_unit or len(content_key(text)) > 2 or len(content_key(_join_part(parts[-1]))) < 4)
            )
            # a wrapped title's first line is its fullest: a clearly wider line after a one-line part is the
            # title under its kicker (信息时代的重要课题 / 促进数据要素有效参与价值创造和分配（新知新觉）)
            # (and no wrapped line is wider than the one above it: 四川攀枝花地震… / 信息时代的重要课题 / 促进数据…)
            # (not after a name and its colon, which opens the title it names: 风岚E7： / 城市通勤的“安静派”)
            or (
                info.width - parts[-1][-1].width >= config.headline_wider_part
                and not _NAMED_COLON.match(_join_part(parts[-1]))
            )
            # (and a word or two alone atop, a label, over a line twice as wide at least: 试驾 / 风岚E7：…)
            or (
                len(parts) == 1
                and len(parts[0]) == 1
                and len(content_key(parts[0][0].line.text)) <= 2
                and not parts[0][0].vertical
                and not info.vertical
                and info.width >= 2 * parts[0][0].width
            )
            # a wrapped part fills every line but its last, so once it has wrapped onto a short tail it has
            # ended: a line as wide as that tail is a part of its own (省农科院团队历经八年 / 攻关 / 育成新稻种)
            # (a narrower one is more likely a line pdftotext -raw cut where the type changed: …」 / ：摊位 / 老字号)
            or (
                len(parts[-1]) > 1
                and parts[-1][0].width - parts[-1][-1].width >= config.headline_wider_part
                and info.width >= parts[-1][-1].width
            )
            or bool(_SUBTITLE_DASH.match(text))
            # (a slogan in two matched phrases under a dash-led subtitle is the next headline's kicker, no wrapped
            # tail of the subtitle: ——记云岭供电所线路班班长陆勇 / 战高温 保供电 / 东河供电公司…)
            or (bool(_SUBTITLE_DASH.match(parts[-1][0].line.text)) and slogan_couplet(text))
            # a deck pausing at a comma and wrapped onto a line more, under a title that pauses nowhere: a part of
            # its own (翠湾高新区集中签约12个产业项目 / 总投资186亿元，涵盖新能源、 / 生物医药…); a title's wrapped tail
            # with a comma in it ends the run (邻居家的树枝伸进 / 我家院子，能砍吗？)
            or (
                "，" in text
                and k + 1 < len(infos)
                and infos[k + 1].line.blank_before == 0
                and CLAUSE_BREAKS.isdisjoint(_join_part(parts[-1]))
                and not _kicker_end(_join_part(parts[-1]))
                # (not where the wrap cut a word of the page: 市民反映小区门口占道 / 经营问题突出，城管 / …)
                and not _meeting_word(parts[-1][-1], info, words)
            )
            # (an announcement's codes are its kicker, over the company's name and the title)
            or bool(SECURITIES_CODE.match(parts[-1][-1].line.text))
            # a title set upright is a part of its own beside the lines set across (庭外·苦主心聲 / 判 / 幾 / 耐 …)
            or info.vertical != parts[-1][-1].vertical
            or (_kicker_end(_join_part(parts[-1])) and not _NAMED_COLON.match(_join_part(parts[-1])))
            # (a first part that trails off on an ellipsis is a kicker too: 戏台搭起来了，锣鼓响起来……; a title
            # may end on one as well, so only the first part)
            or (len(parts) == 1 and _join_part(parts[0]).endswith("…"))
            or bool(COLUMN_TAG_END.search(parts[-1][-1].line.text))  # a column tag closes its title
            # a box's or a column's label is its kicker: 链接 / 某某小档案, 编读往来 / “早市之争”仍在继续
            or bool(LABEL.match(_join_part(parts[-1])))
            # (and so is a column's, 牧者心聲 / 空墳墓的盼望, over a title that is no dash-led deck: over the deck
            # alone, it is the title, 春天之声 / ——…侧记, and the deck opens a part of its own anyway)
            or (
                len(parts) == 1
                and len(parts[0]) == 1
                and bool(
                    COLUMN_LABEL.match(parts[0][0].line.text)
                    # (over a line wider than itself: in a title boxed four characters a line, 湿地观察 / 员老周的 /
                    # 守护十年, the word goes on, 观察员)
                    or (_DESK_ANALYSIS.match(parts[0][0].line.text) and info.width > parts[0][0].width)
                )
                and not _GOES_ON_FROM_SUBJECT.match(text)
                and not (_NAME_ALONE.match(text) and surnamed(text.strip()))
            )
            # a letter-spaced title, then a line set solid under it, are two parts (title and subtitle)
            # (but a character or two alone under it are its wrapped tail: 全 市 河 道 治 理 推 进 会 召 / 开)
            or (parts[-1][-1].letter_spaced and not info.letter_spaced and not _wrapped_tail(info))
            # and a letter-spaced line under one set solid opens the display title (under its kicker); under a
            # title set in phrases, it is the next phrase, spaced out to the measure of the line above
            # (树牢安全发展理念 加强安全生产监管 / 切 实 维 护 人 民 群 众 生 命 财 产 安 全)
            or (info.letter_spaced and _set_solid(parts[-1][-1].line.text))
            or (
                _is_phrase_list(squeeze_spaces(text, keep_phrase_spaces=True))
                and not info.letter_spaced
                and not any(p.letter_spaced for p in parts[-1])
            )
            # and a slogan in phrases on a line of its own is a whole part, over the title set solid under it (喜迎
            # 火把节 共庆丰收年 / 全县各地掀起 / 火把节筹备热潮), which is no third phrase of it
            or (
                len(parts[-1]) == 1
                and couplet(parts[-1][0].line.text)
                and not parts[-1][0].letter_spaced
                and not info.letter_spaced
                and " " not in text
                and info.width >= parts[-1][0].width / 2
            )
        )
        if new_part:
            parts.append([info])
        else:
            parts[-1].append(info)
    return parts


def _settled_part(text: str, config: Config) -> str:
    """A headline part as `clean` will read it again, on one line."""
    if config.ascii_punct_to_fullwidth:
        # marks read as ASCII see their neighbours only now that the lines are joined
        text = fix_punctuation(text, midword=False)
    if config.squeeze_spaces:
        text = settled_spaces(text, keep_phrase_spaces=True)
    return fold_joined(text, config)


def _closed_by_tag(part: str) -> bool:
    """Whether a headline part ends on a column tag after words of its own (a part that is all bracket, a date
    under a speech's title, is no titled part)."""
    m = _TRAILING_TAG.search(part)
    return m is not None and len(content_key(part[: m.start()])) >= 2


# People of a role and what they say, opening a headline part (居民：…, 新任会长：…, 小販：…).
_ROLE_SAYS = re.compile(
    # (people's voices, not an authority's, whose word makes a title as often: 专家：户外作业要避开午后时段)
    r"^\s*(?:新任|新任的)?(?:居民|市民|村民|业主|業主|小贩|小販|商贩|商販|摊主|攤主|店主|商户|商戶|主席|会长|會長"
    r"|校长|校長|院长|院長|家长|家長|学生|學生|网友|網友|民众|民眾|乘客|游客|遊客|球迷|歌迷|农户|農戶|果农|果農|菜农|菜農"
    r"|渔民|漁民)\s*[：:]\S"
)
# Two phrases set apart by a space, words on both sides (a figure may end the first: 涉及渔船1.2万余艘 休渔…).
_FACTS_IN_PHRASES = re.compile(r"[\u4e00-\u9fff\d%”」》][ \u3000]+[\u4e00-\u9fff“「《\d]")
# A column's name and its topic, set apart by a middle dot (庭外·苦主心聲, 两会·声音).
_DOT_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[·・•][\u4e00-\u9fff]{2,6}$")


def _kicker_over_title(first: str, second: str, parts: Sequence[Sequence[LineInfo]], config: Config) -> bool:
    """Whether two headline parts are a kicker (引题) and its title rather than a title and its subtitle (副题)."""
    if LABEL.match(first) or SECURITIES_CODE.match(first):
        return True  # a box's label (相關新聞, 链接) heads the title under it, in any script
    if COLUMN_LABEL.match(first) and not _SUBTITLE_DASH.match(second):
        return True  # and a column's (園藝小教室), but over a dash-led deck it is the title (高温提示 / ——…)
    if LATIN_WORDS_LINE.match(second) and not LATIN_WORDS_LINE.match(first):
        # a title's words in another script under it (Mbanj Nazlangh makgam…) are its subtitle, unless what stands
        # over them is a column's label (英语角 / The Joy of Reading): the title is in English then
        return False
    tag = TAG_OPEN.match(first)
    if tag and content_key(first[tag.end() :]) and not first.rstrip().endswith(("：", ":")):
        # a tag opens the title (【暖新闻】外卖小哥…), never a kicker: the part under it is the subtitle (a part that
        # ends on a colon introduces the title under it, 【两会时间】代表委员热议：)
        return False
    # A column tag (（民生观察）, （权威发布）) is set after the main title, never after a kicker: the part it
    # closes is the title, whichever of the two is longer (unless the other opens on a subtitle's dash).
    first_tagged, second_tagged = _closed_by_tag(first), _closed_by_tag(second)
    if first_tagged != second_tagged and not _SUBTITLE_DASH.match(second):
        return second_tagged
    kicker_like = (
        _kicker_end(first)
        or first.endswith("…")
        or any(i.letter_spaced for i in parts[1])
        # (a column's name and the topic, 庭外·苦主心聲, over a title set upright beside the text)
        or (_DOT_LABEL.match(first) is not None and any(i.vertical for i in parts[1]))
    )
    # (a part as long as a deck is no title: it sums the story up under one)
    # (and a part that lists clauses with ；, 要求…；部署…, is a deck however short: no kicker lists so)
    # (and a part that quotes what people of a role say, 居民：锻炼之余多了个聊天好去处, 小贩：新地点偏僻: the voices
    # under the title; a place or a person named so, 唐山：…, 吴德厚：…, heads a title as often)
    subtitle_like = (
        bool(_SUBTITLE_DASH.match(second))
        or _is_phrase_list(second)
        or is_deck(second, config)
        or "；" in second
        # (and one that pauses at a comma, longer than a part that does not: a deck, 翠湾高新区集中签约12个产业项目 /
        # 总投资186亿元，涵盖新能源、…领域; a kicker that pauses so sets the scene for a shorter title)
        # (not under a column's label, 家庭教育 / 孩子沉迷手机，家长先放下手机)
        or (
            "，" in second
            and CLAUSE_BREAKS.isdisjoint(first)
            and config.label_kicker_chars < len(content_key(first)) < len(content_key(second))
        )
        # (under a title, not a column's label, 两会声音 / 代表：…, which is the kicker)
        or (_ROLE_SAYS.match(second) is not None and len(content_key(first)) > config.label_kicker_chars)
    )
    if kicker_like or subtitle_like:
        return kicker_like and not subtitle_like
    # Nothing marks either part. A subtitle goes on where its title stopped, with the title's subject
    # (…会议召开 / 决定…, …座谈会召开 / 听取…); a kicker sets the scene for a title that then stands on its own.
    # A part of four characters or fewer over one at least twice as long is a label over its title (中醫養生 /
    # 三伏天灸並非人人適合, 股壇點將, 健康科普), in either script: no title is that short over its subtitle (on the
    # generated and the invented pages, 102 kickers against one subtitle).
    if len(content_key(first)) <= config.label_kicker_chars and len(content_key(second)) >= 2 * len(content_key(first)):
        return True
    # A part of statements set apart by a space that gives figures (涉及渔船1.2万余艘 休渔时间最长达四个半月) states
    # the facts under the title: 10 subtitles against one kicker in the annotations, where a kicker in phrases is
    # a slogan (奋斗创造历史 实干成就未来).
    # (not under a first part that ends on a verb introducing it, 市政府常务会议部署 / 全年新建5G基站3000个 实现…:
    # that is a kicker)
    if _CONTINUES_TITLE.match(second) or (
        _FACTS_IN_PHRASES.search(second) and re.search(r"\d", second) and not INTRODUCING_VERB_END.search(first)
    ):
        return False
    # Papers set in traditional characters (Taiwan, Hong Kong) put a subtitle (副標) under the main title and
    # seldom a kicker; mainland papers set a kicker (引题) over the title more often than an unmarked subtitle,
    # whichever part is longer. (The headline's own characters tell the script: a headline of characters both
    # scripts share reads as a mainland one.)
    return not set_in_traditional(first + second)


def _meeting_word(upper: LineInfo, lower: LineInfo, words: Collection[str]) -> bool:
    """Whether the last character of one line and the first of the next, both hanzi (no mark between them),
    make a word of the page."""
    a, b = upper.line.text.strip(), lower.line.text.strip()
    return bool(a and b) and is_cjk(a[-1]) and is_cjk(b[0]) and a[-1] + b[0] in words


def _two_whole_lines(part: Sequence[LineInfo], words: Collection[str], config: Config) -> str:
    """A headline of two lines, neither much shorter than the other, is a title wrapped once or two parts each
    whole on its line (a kicker over its title, a title over its subtitle). A wrap cuts where the measure ends,
    inside a word as often as not (…建 / 交…, 招待 / 会): where the two characters meeting at the break make a word
    that the page's own text uses, the break may be the wrap's; where they make none, each line is a part.
    Returns why the lines are two parts, or "" where they are one."""
    if len(part) != 2 or part[1].line.blank_before or any(i.letter_spaced or i.vertical for i in part):
        return ""
    upper, lower = (content_key(i.line.text) for i in part)
    if min(len(upper), len(lower)) < config.whole_part_min_chars or len(lower) < config.whole_part_share * len(upper):
        return ""  # a short tail is what a wrap leaves; a longer second line the wider-part rule parts already
    last, first = part[0].line.text.strip()[-1:], part[1].line.text.strip()[:1]
    if FORMAL_TITLE.match(upper + lower):
        return ""  # a document's title says what it is about between 关于 and 的通知: one title wrapped, at any mark
    if last in _CLOSING_MARKS and is_cjk(first):
        # a quotation or bracket closed at the break: no word runs across it (…「再苦也要撐」 / 每月…)
        return f"two whole lines, a quotation or bracket closed at the break ({last} / {first}): two parts"
    if not (is_cjk(last) and is_cjk(first)):
        return ""  # a figure, a Latin word or a mark at the break says nothing of a wrap (…可获得 / 1500元…)
    tag = TAG_OPEN.match(part[0].line.text)
    if tag and content_key(part[0].line.text[tag.end() :]) and not TAG_OPEN.match(part[1].line.text):
        # a tag opens the title, never a kicker: 【暖新闻】外卖小哥深夜 / 跳河救起轻生男子 is one title wrapped
        return ""
    if closed_below(part[0].line.text, part[1].line.text, marks=(*_QUOTE_PAIRS, "（）")):
        return ""  # a quotation or bracket open across the break: one phrase the wrap cut (…「水库 / 安全」…)
    if last in LEANS_ON_NEXT or first in LEANS_ON_LAST:
        return ""  # a function word points across the break: …将于 / 六月…, …严防小麦 / 因…, …的 / 了…
    if _COUNTED.search(part[0].line.text.strip()):
        return ""  # a numeral and its measure word count what follows: …发射一颗 / 新型卫星…, …新建一批 / 口袋公园
    if _meeting_word(part[0], part[1], words):
        return ""
    return f"two whole lines, the characters at the break ({last}{first}) nowhere together in the page: two parts"


# A count and its measure word at a line's end (一颗, 两项, 每个): they count the noun on the next line (an amount
# closing a phrase, …泊位三千个, counts what came before it).
_COUNTED = re.compile(
    r"(?<![一二两三四五六七八九十百千万\d第唯独獨])[一两几每首这那]\s*[个颗项批名位家座条件只台辆艘架部本张份次场所处种类栋幢支]$"
)
# A questions column's kind, which may close the title it wraps from (…增值税 / 政策问答).
_QA_TAIL = re.compile(r"^\s*[\u4e00-\u9fff]{2,3}(?:问答|問答)\s*$")
# A notice's kind and nothing else: the notice's title.
NOTICE_KIND_ALONE = re.compile(r"^(?:公告|通告|启事|啟事|声明|聲明|讣告|訃告|更正|通知|鸣谢|鳴謝)$")
# A headline line goes on below only from 的 or 关于 (…公司关于 / …的公告; not 与, 对, 于 alone: 全民参与, 积极应对 and
# 终于 end phrases as verbs and adverbs do), and a modifier ending on 的 is short, a few characters over the noun it
# qualifies (图书馆里的 / “夜读人”).
_LEANING_LINE_MAX_CHARS = 8
# Marks that close a quotation or a bracket at the end of a headline line.
_CLOSING_MARKS = frozenset("」』”’）)》】")


def build_headline(infos: Sequence[LineInfo], config: Config, words: Collection[str] = frozenset()) -> Headline:
    """Split a run of headline lines into kicker, title and subtitle by Chinese headline conventions.
    ``words``: the bigrams of the page's running text, which tell a wrapped title from two parts."""
    parts = headline_parts(infos, config, words)
    # (and the first of two parts: a kicker and a title of about one width over a wider subtitle)
    why = _two_whole_lines(parts[0], words, config) if len(parts) <= 2 and words else ""
    # (a paper set in traditional characters sets a subtitle under its title and seldom a kicker: two whole lines
    # over a dash-led subtitle are the title wrapped, 深水埗獨居長者比例 / 十年間上升近一倍 / 一一調查指…)
    if (
        why
        # (a quotation closed at the break, 保育團體促「再拆就無得返」 / 百年唐樓群…, parts a kicker all the same)
        and parts[0][0].line.text.rstrip()[-1:] not in _CLOSING_MARKS
        and len(parts) == 2
        and _SUBTITLE_DASH.match(parts[1][0].line.text)
        and set_in_traditional("".join(i.line.text for p in parts for i in p))
    ):
        why = ""
    if why:
        parts = [[parts[0][0]], [parts[0][1]], *parts[1:]]
    texts = [_settled_part(_join_part(p), config) for p in parts]
    spans = [tuple(n for i in p for n in i.line.numbers) for p in parts]
    lines = tuple(n for span in spans for n in span)
    if len(texts) == 1:
        return Headline(title=texts[0], lines=lines, part_lines=((), spans[0], ()))
    if len(texts) == 2:
        first, second = texts
        if parts[0][0].letter_spaced and not any(i.letter_spaced for i in parts[1]):
            # the display line is the title; what is set solid under it is its subtitle
            return Headline(title=first, subtitle=second, lines=lines, part_lines=((), spans[0], spans[1]))
        if _kicker_over_title(first, second, parts, config):
            return Headline(
                kicker=first, title=second, lines=lines, part_lines=(spans[0], spans[1], ()), parts_reason=why
            )
        return Headline(
            title=first, subtitle=second, lines=lines, part_lines=((), spans[0], spans[1]), parts_reason=why
        )
    middle = tuple(n for span in spans[1:-1] for n in span)
    return Headline(
        kicker=texts[0],
        # (settled again as one: a part of a lone mark, 。 read as ., meets its neighbour only now)
        title=_settled_part(" ".join(texts[1:-1]), config),
        subtitle=texts[-1],
        lines=lines,
        part_lines=(spans[0], middle, spans[-1]),
    )


@dataclass(slots=True)
class Attachment:
    headline: Headline
    article: int
    confidence: float


def attach(
    runs: Sequence[tuple[Headline, list[float]]],
    config: Config,
    trace: list[Decision] | None = None,
) -> tuple[list[Attachment], list[tuple[Headline, list[float]]]]:
    """Match headlines one-to-one to articles, best pairs first; return attachments and the left-overs."""
    # Best pairs first, a short run's share discounted: six characters the OCR broke off a title can be all
    # found in an article by chance, a whole title cannot.
    # (a notice's kind alone, 鸣谢, 公告, is whole however short: no fragment)
    weight = [
        1.0
        if NOTICE_KIND_ALONE.match(content_key(h.text))
        else min(1.0, len(content_key(h.text)) / config.headline_full_chars)
        for h, _ in runs
    ]
    pairs = sorted(
        ((s, r, a) for r, (_, scores) in enumerate(runs) for a, s in enumerate(scores)),
        key=lambda t: (-t[0] * weight[t[1]], t[1], t[2]),
    )
    used_r: set[int] = set()
    used_a: set[int] = set()
    out: list[Attachment] = []
    for s, r, a in pairs:
        if r in used_r or a in used_a or s < config.headline_min_score:
            continue
        used_r.add(r)
        used_a.add(a)
        scores = runs[r][1]
        runner = max((x for k, x in enumerate(scores) if k != a), default=0.0)
        separation = min(1.0, (s - runner) / (s * config.headline_margin)) if s > 0 else 0.0
        confidence = max(0.0, min(1.0, s * 1.5)) * max(0.0, separation)
        out.append(Attachment(runs[r][0], a, confidence))
        if trace is not None:
            runner_idx = max((k for k in range(len(scores)) if k != a), key=lambda k: scores[k], default=-1)
            trace.append(
                Decision(
                    "headlines",
                    "attach-headline",
                    runs[r][0].lines,
                    f"best match is article {a}; runner-up article {runner_idx}",
                    {"score": s, "runner_up": runner, "confidence": confidence},
                )
            )
    left = [runs[r] for r in range(len(runs)) if r not in used_r]
    return out, left
