"""Segmentation: sort the repaired units into article bodies, headline zones, captions and residue.

A page is read as a flow of units. An article starts where a dateline opens a paragraph, or where body text
follows a headline zone. A headline zone is a run of short units with no sentence end (headline lines, with
captions and furniture among them) that stands outside the paragraph flow: at the top or the foot of the page,
right before a dateline, or marked as display type (letter-spaced, or wider than the column it sits in). A
single short unit inside running text is an in-body subhead or a byline and stays in the article.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .chardata import CLAUSE_BREAKS, CLOSING, LEANS_ON_NEXT, PROSE_MARKS
from .config import Config
from .datelines import COMPOUND_SURNAMES, SURNAMES, match_dateline, surnamed
from .headlines import NOTICE_KIND_ALONE
from .model import Dateline, Decision
from .normalize import containment, content_key, fix_punctuation, word_bigrams
from .repair import (
    BOOK_CREDIT,
    BOOK_TITLE_ALONE,
    BRACKET_REPORTERS,
    BRACKETED_PHOTO_CREDIT,
    BRIEF_LEAD_OPEN,
    BRIEFS_LABEL,
    BULLET,
    CAPTION_OPEN,
    CASE_NUMBER,
    CASE_SECTION_LABELS,
    CHAIR_SIGNATURE,
    CHART_CREDIT,
    CLOSING_NOTE,
    CODE_LINE,
    COLON_FIGURE_ROW,
    COLUMN_LABEL,
    CONTACT_LABEL,
    COURT_NUMBER,
    DASH_LINE,
    DATE_ALONE,
    DATED_LEAD,
    DATED_PHOTO_CREDIT,
    DATED_ROW,
    DESK_SIGNATURE,
    DISPATCH_END,
    DOCUMENT_NUMBER,
    FIELD_BRIEFS_LABEL,
    FIRST_SECTION_OPEN,
    FORMAL_TITLE,
    INTRODUCING_VERB_END,
    ISSUER,
    JUMP,
    JUMP_ON,
    LABEL,
    LABEL_COLON,
    LEAD_BYLINE,
    LETTER_SALUTATION,
    LIST_LEAD_END,
    MONTH_ALONE,
    NAMES_CREDIT,
    NEW_BOOKS_LABEL,
    NOTICE_WORDS,
    NUMBER_TO_CALL,
    OPENING_LABEL,
    OWN_SECTION_LABELS,
    PEOPLE_WORD,
    PICTURE_CREDIT_ALONE,
    PICTURE_PLACEHOLDER,
    PIECE_LABEL,
    PIECE_START,
    PRODUCTION_CREDIT,
    PUBLICATION,
    QUOTED,
    REPLY_LABEL,
    SALUTATION,
    SECURITIES_CODE,
    SOLID_HANZI,
    SUBTITLE_DASH,
    SUPPLIED_IN_BRACKETS,
    SUPPLIER,
    TAG_OPEN,
    TEACHER_CREDIT,
    TIMELINE_ROW,
    UNIT_SIGNATURE,
    VENUE_ISSUER,
    LineInfo,
    closing_credit,
    closing_credit_start,
    ends_sentence,
    is_briefs_label,
    is_byline,
    is_figures_row,
    item_count,
    join_lines,
    names_report,
    printed_lines,
    reader_signature,
    signed_names,
    signing_names,
)

# 图片说明: captions open with 图为/上图/图：, or close with a photographer's credit (摄/攝, 供图, 资料图片, 视频截图).
CAPTION_CREDIT = re.compile(
    r"(?:[摄攝]|供[图圖]|[图圖]片|[。！？]\s*\S{0,12}截[图圖]|[。！？]\s*[\u4e00-\u9fff]{2,8}提供|提供[照相]片|資料[图圖]片|资料[图圖]片|美聯社|美联社|法新社|路透社|新[华華]社[发發]|中新社[发發])"
    r"\s*[）)]?\s*$"
    # and, after the caption's full stop, the picture's credit as other papers print it: 。图/某某, 記者某某／攝影
    # (not 。（中央社）: the agency closes its stories' last paragraphs so too)
    r"|[。！？]\s*[图圖]\s*[/／]\s*\S{2,12}\s*$|[/／]\s*(?:摄影|攝影)\s*[）)]?\s*$"
    # (and a credit dated: …中央社記者某某攝 113年3月5日)
    rf"|{DATED_PHOTO_CREDIT}\s*$"
    # a chart's source and its maker (数据来源：交易所 制图/某某), or its maker after its title (前8个月我市外贸主要数据
    # 制图：某某)
    rf"|{CHART_CREDIT.pattern}"
    # (no sentence before it: a paragraph's last line closed by a chart's credit is the paragraph's)
    r"|^[^。！？!?]*[^。！？!?\s]\s+(?:制图|製圖)\s*[/／：:]\s*[\u4e00-\u9fff]{2,4}\s*$"
)


# 文末署名: a bracketed credit closes an article — （作者为…）, （记者 X）, （金某、李某整理）, （本报记者 X）.
_END_CREDIT = re.compile(
    r"^\s*[（(]\s*(?:(?:作者|作者分别|本报记者|记者|通讯员|本报通讯员|实习生|编译|綜合|综合)[^）)]*"
    # (a reader who asked, （读者 某某）: a name, not （读者来信）, a tag)
    r"|(?:读者|讀者)\s*(?!来信|來信|来稿|來稿|投稿|反映|之声|之聲)[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}"
    r"|[^）)]*(?:整理|报道|報道|编译|編譯|供稿|撰文|采写|採寫|摄影|攝影)"
    # (a desk of the body that wrote it supplying the text, （本會推廣股 提供）: a person supplies a photo, and a
    # sentence's note on its figures, （以上数据由市统计局提供）, is the story's)
    r"|(?![^）)]*(?:由|以上|数据|數據|资料|資料))[^）)]*(?:股|科|處|处|站|中心|會|会|局|室|組|组)\s*提供"
    # the agency credit that closes a reprinted text, or the paper's own from abroad: （新华社北京1月10日电）,
    # （本报首尔电）
    r"|(?:据|據)?(?:新华社|新華社|中新社|中新网|人民网|央视网|中央社|本报|本報)[^）)]{0,16}(?:电|電|讯|訊)"
    # the source of a reprinted or compiled text, and the desk's credit: （据新华社）, （本报综合）, （来源：某报）,
    # （责编：某某）
    r"|(?:据|據)[^）)]{2,16}|(?:本报|本報)(?:综合|綜合)"
    r"|(?:来源|來源|责编|責編|编辑|編輯|审核|審核|校对|校對)\s*[：:][^）)]{1,16}"
    # a serial's instalment closed by its note, （未完待续）, or a text by its end, （全文完）
    r"|未完待续|未完待續|待续|待續|全文完|续完|續完|完)\s*[）)]\s*$"
    # a commentary signed under its text: the author and what they are (张某（作者系某大学教授）), or the paper's
    # commentator after a dash (——本报评论员)
    r"|^\s*[\u4e00-\u9fff]{2,4}\s*[（(]\s*作者(?:系|为|為|是|单位|單位)[^（）()]{1,30}[）)]\s*$"
    r"|^\s*(?:——|—)\s*(?:本报|本報)?(?:特约|特約)?(?:评论员|評論員)\s*$"
)
# The answer of a questions column signed by the paper's adviser (本报法律顾问 某某, 本報特約律師 某某).
ADVISER_SIGNATURE = re.compile(
    r"^\s*(?:本报|本報)(?:特约|特約|常年)?(?:法律顾问|法律顧問|律师|律師|健康顾问|健康顧問|医学顾问|醫學顧問)"
    r"\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*$"
)

# The expert who answers a reader's question signing it in brackets, the office and the post before the name
# (（青松市第二人民医院老年医学科主任医师 裴晓梅）, （某某律师事务所律师 某某））: the answer's last line.
EXPERT_SIGNATURE = re.compile(
    # (the answerer labelled so first, perhaps: （解答专家：儿科主任医师 某某）, （答疑医生：…）)
    r"^\s*[（(]\s*(?:(?:解答|答疑|回答|作答)?(?:专家|專家|医生|醫生|律师|律師)\s*[：:]\s*)?[\u4e00-\u9fff]{0,24}"
    r"(?:医师|醫師|教授|律师|律師|研究员|研究員|工程师|工程師|营养师|營養師|药师|藥師|农艺师|農藝師|畜牧师|畜牧師|会计师|會計師"
    r"|税务师|稅務師|心理咨询师|心理諮詢師|检察官|檢察官|法官|警官)"
    r"\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*[）)]\s*$"
    # (or the column's note of who answered: （本欄由註冊會計師 林曉薇 解答）)
    r"|^\s*[（(]\s*本\s?[栏欄]\s?由[^（）()]{2,30}(?:解答|答复|答覆|回答|作答)\s*[）)]\s*$"
    # (or the answerer's body and name before 答: （某某市律师协会 郑楠 答）)
    r"|^\s*[（(]\s*[\u4e00-\u9fff]{2,16}\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*(?:答|解答|作答)\s*[）)]\s*$"
)

# The signature under an editor's note or afterword (——编者, —— 編 者, ——编辑部).
EDITORS_SIGNATURE = re.compile(r"^\s*(?:——|—|--)\s*(?:编\s*者|編\s*者|编\s*辑\s*部|編\s*輯\s*部)\s*$")


# Labels that only ever open a piece: 核心阅读 (People's Daily's summary box), 编者按 (editor's note), 导读.
_OPENING_LABEL = OPENING_LABEL
# a tag in lenticular brackets with a title after it on the same line: 【附图辑】年宵花市… (not the labels of a
# story's own sections: 【延伸阅读】, 【相关链接】, 【记者手记】, 【背景】, 【小贴士】…)
# A label of the story's own section opening a line (【后记】, 【延伸阅读】, 【点评】): it goes on with the story.
OWN_SECTION = re.compile(rf"^\s*【(?:{OWN_SECTION_LABELS})】")
_TAG_TITLE = re.compile(rf"^\s*【(?!(?:{OWN_SECTION_LABELS})】)[^】\s]{{1,16}}】\s*\S")


# 【研訊第九天】, 【記者手記】 alone on a line: a label that opens the text below it (a title carries its tag in
# front of its words: 【迷你倉死因研訊】死者擁…).
_SECTION_TAG = re.compile(r"^\s*【[^】]{1,16}】\s*$")


def _marked_brief_titles(groups: Sequence[Sequence[LineInfo]], texts: Sequence[str], n: int, config: Config) -> bool:
    """Whether line group n, a line marked by a bullet with no clause in it over running text, is one of two or
    more such titles a few groups apart, marked alike: the titles of a run of briefs."""

    def titled(k: int) -> bool:
        raw = texts[k]
        return (
            k < len(groups)
            and len(groups[k]) == 1
            and BULLET.match(raw) is not None
            and not ends_sentence(raw)
            and CLAUSE_BREAKS.isdisjoint(raw)
            and len(content_key(raw)) >= config.title_min_chars
            and k + 1 < len(texts)
            and BULLET.match(texts[k + 1]) is None
            # (over a brief's lead, opening on its date, on 近日 and the like, or on a dateline: a story's marked
            # subhead, ■文创园区触手可及 / 市规划部门相关负责人表示，…, heads its section)
            and (
                DATED_LEAD.match(texts[k + 1]) is not None
                or BRIEF_LEAD_OPEN.match(texts[k + 1]) is not None
                or match_dateline(texts[k + 1]) is not None
            )
        )

    if not titled(n):
        return False
    mark = texts[n].lstrip()[:1]
    if not _another_near(n, len(texts), lambda k: titled(k) and texts[k].lstrip()[:1] == mark, config):
        return False
    # (the run opens where a piece has closed, under a date alone, a signature or a label: a story's list of marked
    # items, ■社区食堂扩容 / 近日，…, stands inside its running text)
    first = n
    while first - 2 >= 0 and titled(first - 2) and texts[first - 2].lstrip()[:1] == mark:
        first -= 2
    return first == 0 or PROSE_MARKS.isdisjoint(texts[first - 1]) or DATE_ALONE.match(texts[first - 1]) is not None


def _bracketed_brief_title(texts: Sequence[str], n: int, config: Config) -> bool:
    """Whether line group n, a title wholly in lenticular brackets alone on its line, heads a brief in a box of
    them: a headline's length, no label's mark, no reporter or dateline in it (【本報駐京記者 某某】), over running
    text, and another such title a few groups away (a box holds two briefs or more; a story's one bracketed
    subhead, 【贯通之后还有哪些工作要做】, heads its section)."""

    def titled(k: int) -> bool:
        raw = texts[k]
        return (
            _SECTION_TAG.match(raw) is not None
            and len(content_key(raw)) >= config.bracketed_title_min_chars
            and _TAG_LABEL_MARKS.isdisjoint(raw)
            and not names_report(raw.strip()[1:-1])
            and match_dateline(raw.strip()) is None
            and k + 1 < len(texts)
            and not PROSE_MARKS.isdisjoint(texts[k + 1])
        )

    return titled(n) and _another_near(n, len(texts), titled, config)


def _another_near(n: int, count: int, titled: Callable[[int], bool], config: Config) -> bool:
    """Whether another line group than n, within ``Config.briefs_box_groups`` of it, is a brief's title too."""
    near = range(max(0, n - config.briefs_box_groups), min(count, n + config.briefs_box_groups + 1))
    return any(titled(k) for k in near if k != n)


# The marks a section's tag may set between its kind and its topic (【链接·什么是碳汇】, 【延伸阅读：…】): no title's.
_TAG_LABEL_MARKS = frozenset("·・：:")
# (but a case report's part, 【案情】, 【审判】, 【评析】, opens a section of the report it stands in)
_CASE_SECTION_TAG = re.compile(rf"^\s*【(?:{CASE_SECTION_LABELS})】\s*$")


# The reporters in brackets at the head of a lead, with the text running on after them: （记者华林、杜鹏）7月23日….
_LEAD_CREDIT = re.compile(
    r"^\s*[（(]\s*(?:本报|本報)?(?:特约|特約)?(?:记者|記者|通讯员|通訊員)[^（）()]{2,30}[）)]\s*[：:]?\s*\S{4,}"
)


# A clause list closed by a colon introduces the text below it (各省、自治区、直辖市人民政府，国务院各部委：), and
# the salutation a speech opens with, people addressed in the plural or by 尊敬的/亲爱的 (同志们：, 尊敬的各位来宾：),
# the speech below it; a kicker ends on a colon too, but it names one thing, with no comma or 、 in it.
_SALUTATION = re.compile(r"(?:[，、,].*|[们們]|^\s*(?:尊敬的|亲爱的|親愛的)\S*)[：:]\s*$")
# 主送机关: the addressees an official notice or decision opens with (各省、自治区、直辖市人民政府，国务院各部委、
# 各直属机构：; 各区县人民政府，市政府各部门：). It stands only at the head of such a document.
_ADDRESSEES = re.compile(
    r"^\s*各[^。！？]{0,80}(?:政府|机构|機構|部门|部門|单位|單位|部委|委员会|委員會|机关|機關|学校|學校)[：:]\s*$"
)


# The title of a notice a paper prints among its stories: a correction, an announcement, a declaration, an
# obituary (更正, 停水启事, 遗失声明, 公告, 讣告), alone on its line.
NOTICE_TITLE = re.compile(
    # (the kind of notice in a word or two at most, 停水启事, 遗失声明: a clause before it, 平台发布致歉声明, 双方发表
    # 联合声明, is a story's subhead)
    # (a call for entries names its theme in quotes first: “我的暑假”主题征文启事)
    # (or what the notice is about before its kind, with no verb of publishing: 玄天宫庆祝神诞启事)
    r"^\s*(?:(?:“[^“”]{1,12}”|「[^「」]{1,12}」)?[\u4e00-\u9fff]{0,4}(?:更正|启事|啟事|公告|通告|声明|聲明|讣告|訃告)"
    # (not a phrase describing one, 一份特别的招生启事: a story's subhead)
    r"|(?=[\u4e00-\u9fff\s]{5,})(?![^的]*的)(?!\s*(?:一|这|這|那)[份则則张張篇])"
    r"[\u4e00-\u9fff]{2,16}(?:[ \u3000][\u4e00-\u9fff]{2,12})?(?:启事|啟事|公告|通告)"
    r"|致歉信|道歉信|鸣谢|鳴謝|致谢|致謝)\s*$"
    # (or what it is about after 关于, the formal notice's title: 关于征集老兵口述历史资料的启事)
    # (its issuer before it or not, as the formal title names it, 某某市税务局关于…的公告: a body that issues, not
    # a phrase, 一份关于诚信的声明)
    r"|^\s*(?:[\u4e00-\u9fff]{1,14}?(?:局|委员会|委員會|会|會|院|政府|公司|中心|处|處|办公室|辦公室|部|厅|廳|支队|支隊"
    r"|大队|大隊|所|站|社|学校|學校|大学|大學))?(?:关于|關於)[^，。；！？,;!?\s]{2,30}的(?:启事|啟事|公告|通告|声明|聲明)\s*$"
    # (or the body that gives it, the year and what it calls for before an enrolment's, a call's or a sale's kind:
    # 青松老年大学2025年春季招生启事, 校史馆实物征集公告)
    r"|^\s*(?![^的]*的)(?!\s*(?:一|这|這|那)[份则則张張篇])[\u4e00-\u9fff0-9]{2,24}"
    r"(?:招生|招聘|征集|徵集|征稿|徵稿|招募|招标|招標|拍卖|拍賣|迁址|遷址|更名)"
    r"(?:启事|啟事|公告|通告|简章|簡章)\s*$"
)


def question_title(units: Sequence[Unit], j: int) -> bool:
    """Unit j is a question on a line of its own (…需要準備哪些文件？), over the text that answers it, and the only such
    question for the next few paragraphs: a column of several, 异地就医怎么备案？ / 问：… / 门诊费用能报销吗？ / 问：…,
    is one piece under its label, each question its section's head."""

    def asked(i: int) -> bool:
        u = units[i]
        return (
            u.kind in ("body", "short")
            and len(u.infos) == 1
            and u.raw.rstrip()[-1:] in "？?"
            # (a reader's question itself, 问：…？, Q：…？, is the text's)
            and not QUESTION_OPEN.match(u.raw)
            and not _SENTENCE_IN.search(u.raw.rstrip()[:-1])
            and i + 1 < len(units)
            and units[i + 1].kind == "body"
        )

    return j < len(units) and asked(j) and not any(asked(i) for i in range(j + 2, min(len(units), j + 12)))


# A sentence's end inside a line (a question title asks once).
_SENTENCE_IN = re.compile(r"[。！？!?]")
# A notice's kind alone as a label over its title (人事公告, 招聘启事; 人事任免 is a report's section as often).
_NOTICE_KIND = re.compile(r"^\s*[\u4e00-\u9fff]{2}(?:公告|通告|启事|啟事|通知)\s*$")
# A questions column's label: its field and Q&A or 问答 (业务 Q&A, 法律问答; not a report's section on an event's
# questions, 现场问答, 知识问答, 有奖问答).
# The questions an event or a contest puts (现场问答, 知识问答, 有奖问答): a story's or a column's label, no questions
# column's own.
_EVENT_QUESTIONS = r"(?:现场|現場|知识|知識|有奖|有獎|互动|互動|趣味|竞赛|競賽)"
QA_LABEL = re.compile(rf"^\s*(?!{_EVENT_QUESTIONS})[\u4e00-\u9fff]{{0,6}}\s*(?:Q\s*&\s*A|问答|問答)\s*$")
# An oral history's teller (口述／搬迁户 马德秀).
_TELLER = re.compile(r"^\s*口述\s*[/／:：]")
_NOTICE_VERB = re.compile(r"发布|發布|发表|發表|作出|做出|刊发|刊發|公布")


# A mourning family signs its thanks (谢启) or its obituary (讣告) by kin, a line each (孝男 陈某 陈某 / 孝女 陈某 /
# 暨全体孝眷 同叩), the bow closing the last (同叩, 泣叩, 叩谢).
_BOW = r"(?:同叩|泣叩|叩谢|叩謝|同泣启|同泣啟|泣启|泣啟|稽颡|稽顙)"
_MOURNERS_BOW = re.compile(rf"{_BOW}\s*$")
MOURNERS = re.compile(
    # (each kin's term, set apart from their names: 孝男 陈某 陈某; never a word of a title, 孝子半工半读…)
    r"^\s*(?:暨\s*)?(?:孝(?:男|女|媳|孙|孫|孙女|孫女|外孙|外孫|侄|姪)|孤哀子|哀子|未亡人|杖期夫|护丧妻|護喪妻)"
    r"(?:\s+[\u4e00-\u9fff]{2,4})+\s*$"
    # (and the household together, bowing: 暨全体孝眷 同叩)
    rf"|^\s*(?:暨\s*)?(?:全体|全體)?孝眷\s*{_BOW}?\s*$"
)
# Who signs a notice with no date under it: the paper's desk (本报编辑部), a company (…有限公司). (Not any body a
# subhead may end on: 增设社区医院及夜间门诊 is a section of a report.)
_UNDATED_SIGNATURE = re.compile(
    r"^\s*(?:(?:本报|本報)?\S{0,8}(?:编辑部|編輯部)|[\u4e00-\u9fff]{2,20}有限公司"
    # (or any body closing its thanks or its letter so: 旅美某某同乡联谊会 敬启)
    r"|(?:[\u4e00-\u9fff]\s?){2,24}\s+(?:敬启|敬啟|谨启|謹啟|谨上|謹上|敬上))\s*$"
)
# (or any body that issues documents, ISSUER, under a notice that says it is one: 上水村村民委员会 under the
# village's accounts it makes public; over a story, 小区里的业主委员会 is its title, 婦女委員會 a section's label)
# What a notice says of itself, in its text (现将…公开如下, 如有疑问, 特此通知).
_NOTICE_TEXT = re.compile(
    r"公开如下|公開如下|如有疑问|如有疑問|特此|予以公示|予以公告|敬请周知|敬請周知|请相互转告|請相互轉告"
)


# What a notice says of itself (…告知如下：, 特此公告, 购票须知): a venue signs under such words only.
_NOTICE_WORDS_ABOVE = re.compile(r"如下[：:]|特此|须知|須知|公告|通知|启事|啟事|告知")


# A speaker's turn (问：…？, 记者：…？) is the text's, whatever it asks.
_SPEECH_TURN = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,4}\s*[：:]|[A-Za-z]{1,3}\s*[：:.．]|\d{1,2}\s*[.．、]|[◆●■▲□◎★☆])")


def _block_after_furniture(units: Sequence[Unit], k: int) -> bool:
    """The short units right above unit k stand under the page's furniture, a credit or a signature."""
    j = k - 1
    while j >= 0 and units[j].kind == "short":
        j -= 1
    return j >= 0 and (units[j].kind in ("furniture", "credit") or reader_signature(units[j].raw))


def _signed_letter_below(units: Sequence[Unit], k: int, reach: int = 12) -> bool:
    """A letter opening at unit k is signed below it, before any heading: its writer's post and name, or its date
    closing it (会长 某某 / 2024年12月1日)."""
    for j in range(k + 1, min(len(units), k + reach)):
        u = units[j]
        if person_signing(u.raw) or (u.kind == "credit" and DATE_ALONE.match(u.raw)):
            return True
        if u.kind in ("short", "furniture"):
            return False
    return False


def _blocks_parted_by_blanks(units: Sequence[Unit], k: int, j: int, config: Config) -> bool:
    """Whether the short units k..j-1 stand after a blank line on a text export whose blank lines part blocks: the
    paragraphs are a line each, full of text, the one above the run and the one below it set with no blank before
    them (the block's paragraphs follow each other), and the run comes after one."""
    if k == 0 or j >= len(units):
        return False
    above, below = units[k - 1], units[j]

    def a_line_of_text(u: Unit) -> bool:
        return u.kind == "body" and len(u.infos) == 1 and len(content_key(u.raw)) >= config.unwrapped_paragraph_chars

    # (and the block below is a piece's: a photo's caption closes it, or a dateline opens it; a feature's sections
    # under their subheads, each after a blank line, go on in the feature)
    block = list(itertools.takewhile(lambda u: u.infos[0].line.blank_before == 0, units[j + 1 : j + 4]))
    pieced = below.dateline is not None or any(u.kind == "caption" for u in units[j + 1 : j + 2 + len(block)])
    return (
        units[k].infos[0].line.blank_before > 0
        and pieced
        and below.infos[0].line.blank_before == 0
        and a_line_of_text(below)
        and a_line_of_text(above)
        and (k < 2 or units[k - 2].kind not in _RUNNING or units[k - 1].infos[0].line.blank_before == 0)
    )


def _reader_signed_below(units: Sequence[Unit], k: int, reach: int = 10) -> bool:
    """The text opening at unit k is a reader's letter: the reader signs it on a line of its own (读者 某某) a few
    paragraphs below, before any heading."""
    for j in range(k, min(len(units), k + reach)):
        u = units[j]
        if len(u.infos) == 1 and reader_signature(u.raw):
            return j > k
        if u.kind != "body":
            return False
    return False


def _signed_below(groups: list[list[LineInfo]], n: int) -> bool:
    """Whether group n is the body that issues a document (桐川市自来水有限公司) and the group under it its date,
    or the formula that closes the document (特此公告。) over them."""
    if n < len(groups) and CLOSING_FORMULA.match(join_lines([i.line.text for i in groups[n]])):
        n += 1
    # (the issuer may take two lines, the company's name over its board)
    if n + 2 < len(groups) and all(ISSUER.match(join_lines([i.line.text for i in g])) for g in groups[n : n + 2]):
        n += 1
    # (and a body's officers sign it a line each, its chair over its secretary: 理事長 某某 / 總幹事 某某 / date)
    while n + 2 < len(groups) and all(person_signing(join_lines([i.line.text for i in g])) for g in groups[n : n + 2]):
        n += 1
    if n + 1 >= len(groups):
        return False
    signer = join_lines([i.line.text for i in groups[n]])
    date = join_lines([i.line.text for i in groups[n + 1]])
    if DATE_ALONE.match(date):
        # (a theatre or a hall only under a notice's words, 购票有关事项告知如下：: a feature names one over a date)
        venue = VENUE_ISSUER.match(signer) is not None and any(
            _NOTICE_WORDS_ABOVE.search(join_lines([i.line.text for i in g])) for g in groups[max(0, n - 12) : n]
        )
        return bool(ISSUER.match(signer) or venue or person_signing(signer) or _UNDATED_SIGNATURE.match(signer))
    # (a month alone signs only where the text has ended, over the next title, the page's furniture or its foot: a
    # place and a month over more text, 青石镇革命纪念馆 / 2024年3月 / …, head a section of a story)
    closing = n + 2 == len(groups) or _title_group(groups[n + 2]) or _furniture_group(groups[n + 2])
    return (
        MONTH_ALONE.match(date) is not None
        and closing
        and bool(ISSUER.match(signer) or _UNDATED_SIGNATURE.match(signer))
    )


# A letter's writer signing it by post and name, set apart (化学化工学院退休教授 顾长庚, 初三（2）班家长 某某).
_SIGNING_POST = re.compile(
    r"^\s*[\u4e00-\u9fff（）()0-9]{0,16}(?:教授|教师|教師|老师|老師|校长|校長|院长|院長|主任|书记|書記|会长|會長|主席"
    r"|理事长|理事長|董事长|董事長|经理|經理|局长|局長|馆长|館長|站长|站長|队长|隊長|家长|家長|同学|同學|校友|志愿者|志願者"
    # (a farmers' association's secretary general, who signs its notices beside its chair: 總幹事 某某)
    r"|总干事|總幹事"
    # (and the head of a government signing its notice: 市長 某某, 縣長 某某)
    r"|市长|市長|县长|縣長|区长|區長|乡长|鄉長|镇长|鎮長"
    r"|老兵|党员|黨員)\s+(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])\s*$"
)


def person_signing(text: str) -> bool:
    """A writer's post and name on a line of their own, the name a surname and a given name."""
    m = _SIGNING_POST.match(text)
    return m is not None and surnamed("".join(m["name"].split()))


# The formula that closes a notice or an announcement over its issuer and date: 特此公告。, 特此通知。
CLOSING_FORMULA = re.compile(r"^\s*特此(?:公告|通知|通告|声明|聲明|函告|说明|說明)\s*[。．.]?\s*$")


# A note in brackets on a line of its own, (此件公开发布), (联系人：某某).
_BRACKETED_NOTE = re.compile(r"^\s*[（(][^（）()]{2,24}[）)]\s*$")


# A reader's question in a questions column opens on 问：, 讀者問：, Q：.
QUESTION_OPEN = re.compile(r"^\s*(?:问|問|(?:读者|讀者)(?:问|問|提问|提問)|Q)\s*[：:]")
# The title of a piece of questions and answers names them at its end (…政策热点问答, 汇算十问十答, 专家答疑).
# (a title's words before them, four characters at least, and not an event's: 现场问答, 有奖问答 are a story's or a
# column's labels)
_QUESTIONS_TITLE = re.compile(rf"^(?!{_EVENT_QUESTIONS})\S{{4,}}(?:问答|問答|答疑|解答|答问|答問|问十答|問十答|Q&A)$")
# A reader asking by name (读者黎先生问：, 市民王女士問：, 网友“小鱼”问：): the question a questions column answers.
_NAMED_ASKER = re.compile(
    r"^\s*(?:读者|讀者|市民|网友|網友|听众|聽眾|车主|車主|家长|家長)\s*\S{1,6}?\s*(?:问|問|提问|提問|来信|來信)\s*[：:]"
)
# The answer to a reader's question opens on 答：, its answerer's 律师解答：, or the reader addressed, 某某读者：.
_ANSWER = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{0,6}(?:答|解答|答复|答覆|回复|回覆)|[\u4e00-\u9fff]{1,4}(?:读者|讀者)|A)\s*[：:]"
)


# Kinds of unit that are running text of an article (a byline heads a story, a credit closes one).
# What a line stopping mid-clause ends on: a clause mark, or a word that leans on what follows (并, 在, 对…).
_MID_CLAUSE = frozenset("，、；：") | LEANS_ON_NEXT | frozenset("并及和且与向在对为以")


def _letter_paragraphs(units: Sequence[Unit]) -> int:
    """The paragraphs of the letter that ends the units: those after the last reader's signature among them."""
    count = 0
    for v in reversed(units):
        if len(v.infos) == 1 and reader_signature(v.raw):
            break
        count += v.kind == "body"
    return count


# A reader writing of themselves, as a letter opens (我家住在…, 我是…, 我们小区…, 本人…): not a body speaking for
# itself (我局, 我市), nor 我们 where it answers (我们就此事联系了…, 我们已…), the paper's or a department's reply.
_FIRST_PERSON = re.compile(
    r"^\s*(?:我(?![们們局委办辦厅廳部院司市县縣区區省校会會站队隊]|单位|單位)|本人"
    r"|我[们們](?!就|已|将|將|随即|隨即|立即|第一时间|第一時間|对此|對此|联系|聯繫|收到|接到|注意到|了解到))"
)


_RUNNING = ("body", "credit", "byline")
# What a note in brackets on a line of its own says when it closes no piece: a photo's credit, a date, a figure.
_NOTE_NOT_CLOSING = re.compile(
    r"摄|攝|[图圖]|^\s*[（(]\s*[\d〇零一二三四五六七八九十]+\s*年|^\s*[（(]\s*[\d.，,%]+\s*[）)]"
)
# A byline that credits the picture as well as the words (文/图 某某, 某某 文/图, 摄影 某某).
_CREDITS_PICTURE = re.compile(r"[图圖摄攝]")
# A box's label of what it teaches, a colon and its question (橋藝小常識：什麼是「約定叫」？).
_LABELLED_QUESTION = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:常识|常識|知识|知識|贴士|貼士|百科|问答|問答|课堂|課堂|链接|鏈接)\s*[：:]"
    r"[^，。；：！？,;:!?]{2,30}[？?]$"
)
# An office of an authority or an institution alone on its line (岚江证监局投资者保护处, 市疾控中心慢病科).
# (an authority's office: a hospital's department or a police squad under a title names the unit a story portrays)
_OFFICE_ALONE = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,10}(?:局|厅|廳|委)[\u4e00-\u9fff]{1,8}(?:处|處|科|室|办公室|辦公室)\s*$"
)
_GOES_TO = re.compile(
    r"^\s*(?:记者|記者)?(?:走进|走近|走進|探访|探訪|探秘|走访|走訪|来到|來到|直击|直擊|聚焦|看望|回访|回訪|夜访|夜訪|暗访|暗訪|蹲点|蹲點|在)"
)
# A writer's mark and a name of two set apart to the width of three (□ 秦 岭).
_SPACED_PAIR_NAME = re.compile(r"^\s*[□◎]\s*(?P<name>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])\s*$")
_NOTE_AFTER_MARK = re.compile(
    r"^\s*[★☆●○■□◆◇▲△•]\s*(?:(?:作者|据|據|来源|來源|本报|本報|本刊|记者|記者|通讯员|通訊員|摘自|转自|轉自|原载|原載"
    r"|转载|轉載)|\S{2,12}(?:部|室|组|組|中心)\s*$)"
)
# A name set apart at a line's end, as a signature closes a column (■資深投資者 黃錦榮).
_SIGNED_NAME = re.compile(r"\s([\u4e00-\u9fff]{2,4})\s*$")
# A mark that opens a byline or an item: □ 某某, ◎ 某某.
MARK_OPENED = re.compile(r"^\s*[□◎■●◆▲]")
# A note that a story goes on from or to another page: （上接第1版）, （下转第2版）.
_CONTINUED = re.compile(r"(?:[上下紧緊]?接|[上下]?[转轉]|[续續])(?:第|[A-Z]?\d)")
# A figure alone with its unit (a measure word, 万 or 亿 before it) or a percent sign: what a box of data
# sets large (1500名, 36家, 60%), not a year and a word (2023年营, a title's row).
BARE_FIGURE = re.compile(
    r"^\s*\d[\d.,]*\s*(?:%|[万亿]?(?:人次|平方米|平方公里|公里|千米|亩|[人家元个次项件台所名户吨岁天座辆架场米])|[万亿])\s*$"
)
# A mark that states a sentence (an ellipsis only trails off).
_STATED = re.compile(r"[。！？!?]")


# 署名 of mainland papers, on a line of its own above the story: 本报记者 王某, 记者 王某 李某, 本报通讯员 张某.
def lead_byline(text: str) -> bool:
    return bool(LEAD_BYLINE.search(text))


# The reporters' names alone in brackets closing a brief (（巫春燕）, （晏子墨 庞 博）, （邰振华、骆晴）): each a
# surname and a given name, a name of two set to the width of three as a byline aligns it.
_BRACKETED_NAMES = re.compile(
    r"^\s*[（(]\s*(?P<names>(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff] [\u4e00-\u9fff])"
    r"(?:\s*[\s、]\s*(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff] [\u4e00-\u9fff](?![\u4e00-\u9fff])))*)\s*[）)]\s*$"
)


_NOT_A_NAME_END = re.compile(r"(?:先生|女士|小姐|老师|老師|同志|组|組|版|赛|賽|奖|獎|篇|集|期)$")


def _bracketed_names(text: str) -> bool:
    m = _BRACKETED_NAMES.match(text)
    if m is None:
        return False
    names = [n for n in re.split(r"、|\s{2,}|(?<=[\u4e00-\u9fff]{2})\s(?=[\u4e00-\u9fff])", m["names"].strip()) if n]
    # (one name alone has three characters, and no word of a genre or a place ends it: （连载）, （成都）, （高中组）,
    # （李先生） are no reporters)
    if len(names) == 1 and (len(names[0]) != 3 or _NOT_A_NAME_END.search(names[0])):
        return False
    # (nor a resident quoted, （居民 王秀英）: 居 leads names too)
    return all(
        ((len(n.replace(" ", "")) in (2, 3) and n[0] in SURNAMES) or n[:2] in COMPOUND_SURNAMES)
        and not PEOPLE_WORD.match(n)
        for n in names
    )


# What a notice's or a document's title ends on (…招标公告, …实施办法, …工作方案).
_DOCUMENT_TITLE_END = re.compile(
    # (and a college's admissions brochure, …招生简章（摘要）)
    rf"(?:{NOTICE_WORDS}|公示|办法|辦法|方案|细则|細則|规定|規定|决定|決定|意见|意見|规划|規劃|章程|简章|簡章)"
    r"(?:[（(](?:摘要|节选|節選)[）)])?\s*$"
)
# The head of a piece's first numbered section (一、招标条件, （一）基本情况).
_FIRST_SECTION = re.compile(rf"{FIRST_SECTION_OPEN}\s*\S")


# A brief's opening that names the foreign media it was read in (据外媒报道，, 据外媒2日报道，).
_MEDIA_REPORT = re.compile(
    r"^\s*[据據]\s*(?:外媒|外电|外電)\s*(?:\d{1,2}\s*日)?\s*(?:报道|報道|报导|報導|消息)\s*[，,]"
)


def is_end_credit(text: str) -> bool:
    # 案件編號：CCDI333-334/16 under a court report is its last line too.
    # (a label set letter-spaced over its code, 【 案 件 編 號 ：DCCC12/2020】, is one all the same; not a number
    # in groups, 查詢電話：2345 6789, which a notice prints in its text)
    return bool(
        _END_CREDIT.match(text)
        or NAMES_CREDIT.match(text)
        or _bracketed_names(text)
        or PRODUCTION_CREDIT.match(text)
        or TEACHER_CREDIT.match(text)
        or CODE_LINE.match(text)
        or (_SPACED_LABEL.match(text) and CODE_LINE.match("".join(text.split())))
    )


# A label set letter-spaced, a character and a space at a time (【 案 件 編 號 ：).
_SPACED_LABEL = re.compile(r"^\s*[【\[（(]?\s*(?:[\u4e00-\u9fff]\s+){2,}[\u4e00-\u9fff]\s*[：:]")


# People placed by where they stand in a photo (王某（中）, 李某（左二）, 张某（右起）, （圖一左）): only a caption
# says so; running text never points at a picture.
_PLACED = re.compile(
    r"[（(]\s*(?:[图圖][一二三四五六七八九十\d]\s*)?(?:左|右|中|前|後|后)\s*(?:[一二三四五六七八九十\d]|起|至[左右])?\s*[）)]"
)
# Photos placed on the page (門外排起長龍（左圖），…座無虛席（右圖）): two of them in one short text say it is their
# caption; one alone is as often running text pointing at the page's picture (…比划着（上图）。).
_PHOTO_PLACED = re.compile(r"[（(]\s*(?:左|右|上|下)\s*[图圖]\s*[）)]")


def _placed(text: str) -> bool:
    return _PLACED.search(text) is not None or len(_PHOTO_PLACED.findall(text)) >= 2


def _placed_inside(line: str) -> bool:
    """A marker placing people in a photo stands inside the line, text after it (阿芳（中）與…), not closing it as a
    series' part closes its title (…三人谈（中）)."""
    return any(m.end() < len(line.rstrip()) for pattern in (_PLACED, _PHOTO_PLACED) for m in pattern.finditer(line))


# Who supplied the photo, in brackets after the caption's full stop: 。（受訪者提供）, 。（警方供圖）, or the file it
# came from, 。（档案照片）, 。（資料圖片）, 。（網上圖片）, as Singapore and Hong Kong papers mark an old photo.
# (a supplier of photos: （部分资料由某某提供） credits a story's material, not a photo)
_BRACKETED_SUPPLIED = re.compile(
    rf"[。！？]\s*[（(](?!本文|部分|文中)[^（）()]{{0,8}}(?:{SUPPLIER}提供|供[图圖]"
    r"|(?:[档檔]案|[资資]料|[网網]上|[网網][络絡])\s*(?:照片|[图圖]片))\s*[）)]\s*$"
)
# (or whoever supplied it, 港都影展提供, 市图书馆提供, closing what a photo shows: see repair.SUPPLIED_IN_BRACKETS)
_SHOWS_A_SCENE = re.compile(r"剧照|劇照|照片|合影|留影|展厅|展廳|图为|圖為|左起|右起|演示|展示|一角")


# The photographer credited role first after a caption's full stop, the name in hanzi or in Latin letters
# (。 攝影／林志宏, 。 攝影／Lafay Kacaw): a caption of a line or two; a story's last paragraph may close on its photo's
# credit so too (…一起守護部落的溪流。 攝影／林志宏), and so does a story's own credit (…記者某某報導。攝影/某某).
_ROLE_FIRST_CREDIT = re.compile(
    r"(?<!報導)(?<!报道)(?<!報道)(?<!整理)[。！？]\s*(?:摄影|攝影|[摄攝])\s*[/／：:]\s*"
    r"(?:[\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z'\-]*(?:\s+[A-Z][A-Za-z'\-]*){0,3})\s*$"
)


def is_caption(text: str, lines: int = 1) -> bool:
    """A photo's caption by its marks: 图为…, a credit closing it, the photographer in brackets after its full stop
    (。（摄影：某某）); of a line or two, the picture's credit in brackets too (图：… closes a story's last paragraph
    as often, where it credits the story's picture)."""
    if CAPTION_OPEN.search(text) or CAPTION_CREDIT.search(text):
        return True
    if lines <= 2 and (
        _BRACKETED_SUPPLIED.search(text)
        or (SUPPLIED_IN_BRACKETS.search(text) and _SHOWS_A_SCENE.search(text))
        or _ROLE_FIRST_CREDIT.search(text)
    ):
        return True  # (…心情大好。（受訪者提供）: a line or two closed by who supplied the photo)
    m = BRACKETED_PHOTO_CREDIT.search(text)
    return m is not None and (m["role"] in ("摄影", "攝影", "摄", "攝") or lines <= 2)


@dataclass(slots=True)
class Unit:
    """A repaired unit with what segmentation found out about it."""

    infos: list[LineInfo]
    kind: str = "body"  # body | short | caption | furniture | credit
    dateline: tuple[Dateline, int] | None = None
    photo_news: bool = False  # a photo's caption under its own title: the text of a photo-news piece

    @property
    def raw(self) -> str:
        return join_lines([i.line.text for i in self.infos])

    @property
    def lines(self) -> tuple[int, ...]:
        return tuple(n for i in self.infos for n in i.line.numbers)


@dataclass(slots=True)
class ArticleDraft:
    units: list[Unit] = field(default_factory=list)  # body units, in order
    # opened only because the column measure changed (no dateline, zone or credit): a weak start that a
    # second look may take back
    by_measure: bool = False
    # opened only because a headline zone stands above it (no dateline, credit or opening label)
    by_zone: bool = False

    @property
    def dateline(self) -> tuple[Dateline, int] | None:
        """The dateline that opens the lead: the first paragraph's, or the second's under a byline on a line of its
        own (本报记者 某某 / 本报北京3月5日电 …)."""
        if len(self.units) >= 2 and self.units[0].kind == "byline":
            return self.units[1].dateline
        return self.units[0].dateline if self.units else None


@dataclass(slots=True)
class HeadlineZone:
    """Headline and caption lines that stand together outside the flow, with the article that follows."""

    infos: list[LineInfo]
    next_article: int | None  # index of the article that starts right after the zone, if any
    prev_article: int | None
    # two whole lines without a mark between paragraphs, set alike or not: a title, or a story's couplet subhead
    couplet: bool = False
    # a photo's title printed under its caption, over the next story's title: the photo-news piece's above
    photo_title: bool = False


@dataclass(slots=True)
class Segmentation:
    articles: list[ArticleDraft]
    zones: list[HeadlineZone]
    # caption units found in the flow, with the article around them and how many of its units came before
    captions: list[tuple[Unit, int | None, int]]
    residue: list[Unit]


def _running_text(g: list[LineInfo], raw: str, config: Config) -> bool:
    """Three or more full lines with commas are a paragraph cut off mid-sentence (by a column break or a
    headline block the OCR read in between), not a title wrapped in a narrow column; and lines wrapped as a
    paragraph is (the first indented, the next full) that break at a comma are a standfirst, not a title.
    Neither closes on a column tag (快递网点延伸到村口，… / …年货进村（乡村观察· / 年关探市场③）): a kicker with a
    comma over its title, wrapped at the width of its story."""
    if _SERIES_TAG.search(raw) and not ends_sentence(raw):
        return False
    if len(g) >= 2 and any(i.line.text.rstrip()[-1:] in "，、；" for i in g[:-1]):
        indented = config.indent_min <= g[0].measure_ahead - g[0].width <= config.indent_max + 0.5
        if indented and all(i.shortfall <= config.indent_min for i in g[1:-1]):
            return True
    return (
        len(g) >= 3
        and "，" in raw
        and g[0].shortfall <= config.indent_max + 0.5  # full, or indented as a paragraph's first line
        # (the lines between full, or one indented as the next paragraph's first under a full one: two
        # paragraphs of a summary that end on no full stop, …书香满城 / 　广大读者…)
        and all(
            i.shortfall <= config.indent_min
            or (i.shortfall <= config.indent_max + 0.5 and above.shortfall <= config.indent_min)
            for above, i in itertools.pairwise(g[:-1])
        )
    )


def _may_be_headline(raw: str) -> bool:
    """What no headline line holds: a full stop (titles may ask or exclaim, never state), a comma or 、 at
    the end (a title never breaks off mid-clause, but for a short piece wrapped at its list of names), a
    byline or a label that opens a piece."""
    return (
        "。" not in raw
        and (raw.rstrip()[-1:] not in "，、；,;" or _TITLE_LIST_PIECE.match(raw) is not None)
        and not lead_byline(raw)
        and not _OPENING_LABEL.match(raw)
        and not _EVENT_FIELD.match(raw)
    )


# The particulars of a meeting or an event, set as label and value at the head of a report or in a notice
# (时间：3月5日 / 地点：市民中心 / 场合：区政府专题会议): the text's own lines, never a title's.
_EVENT_FIELD = re.compile(
    r"^\s*(?:时间|時間|日期|地点|地點|场合|場合|地址|主办|主辦|承办|承辦|协办|協辦|嘉宾|嘉賓|票价|票價|报名|報名"
    r"|截稿|截止)"
    r"(?:单位|單位|方式|日期|时间|時間)?\s*[：:]\s*\S"
)


# A title wrapped at its list: a name or two and a 、 (读书会、 / 青年志愿者…举行), not an enumerator (一、).
_TITLE_LIST_PIECE = re.compile(r"^\s*(?![一二三四五六七八九十\d]+、)[^\s，、；。]{2,6}、\s*$")


# A writer's name alone on a line: three characters, or three or four under a surname of two (欧阳明远). (Two, set
# solid or apart, 石磨, 石 磨, are a title's last words as often.)
_AUTHOR_ALONE = re.compile(r"^\s*[\u4e00-\u9fff]{3,4}\s*$")


# A section's head of a few characters, no mark (新变化, 强产业): a feature's, like another below it.
_SHORT_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{2,5}\s*$")
# A paragraph under a section's head runs on past a title's length.
_PARAGRAPH_MIN_CHARS = 20


def _section_heads_below(texts: Sequence[str], start: int, reach: int = 28) -> bool:
    """Whether a short head like a section's stands between two paragraphs below (新产业 after a full stop, over
    text): the line under the title opens a feature's first section then (高起点), no writer's name. (A title over
    its writer's name, the next piece's, 山中夜雨 / 胡晓川, is no section head.)"""
    return any(
        _SHORT_HEAD.match(texts[j])
        and ends_sentence(texts[j - 1])
        and not _AUTHOR_ALONE.match(texts[j + 1])
        and len(content_key(texts[j + 1])) >= _PARAGRAPH_MIN_CHARS
        for j in range(start, min(len(texts) - 1, start + reach))
    )


def _author_under_title(raw: str, units: Sequence[Unit]) -> bool:
    """A person's name alone right under a title of its own (a line or two, no sentence in it), a surname and a
    given name, and no word for people (读者, 学生)."""
    if not _AUTHOR_ALONE.match(raw) or not units or units[-1].kind != "short":
        return False
    name = "".join(raw.split())
    title = units[-1]
    return (
        (len(name) == 3 or name[:2] in COMPOUND_SURNAMES)
        and surnamed(name)
        and not PEOPLE_WORD.match(name)
        # (nor what a notice is, under its issuer, 嵐溪縣政府 / 公告, nor a box's label, 简讯)
        and not NOTICE_TITLE.match(name)
        and not NOTICE_KIND_ALONE.match(name)
        and not LABEL.match(name)
        and not BRIEFS_LABEL.match(name)
        and len(title.infos) <= 2
        and len(content_key(title.raw)) >= 4
        and not ends_sentence(title.raw)
        and LABEL.match(title.raw) is None
        # (and the title above it, not a kicker over a name that is the title, 致敬 / 王进喜, set large in turn)
        and len(content_key(title.raw)) > len(name)
    )


def _byline_group(g: list[LineInfo]) -> bool:
    """A byline on a line of its own (本报记者 某某, 文/图 某某, □ 某某)."""
    raw = join_lines([i.line.text for i in g])
    return len(g) <= 2 and is_byline(raw) and not PICTURE_CREDIT_ALONE.match(raw)


def _asks(text: str) -> bool:
    """A reader's question opening the text (问：…, 读者某某问：…)."""
    return bool(QUESTION_OPEN.match(text) or _NAMED_ASKER.match(text))


def _under_column_label(units: list[Unit]) -> bool:
    """Whether the units just above are a questions column's label (车主信箱, 农技问答), alone or over a title line."""
    if units and units[-1].kind == "short" and LABEL.match(units[-1].raw):
        return True
    tail = units[-2:]
    return len(tail) == 2 and all(u.kind == "short" for u in tail) and LABEL.match(tail[0].raw) is not None


def _quoted_subhead(u: Unit) -> bool:
    """A quotation alone on one line (「女兒要我勇敢」): a story's subhead as often as a title, so no change of measure
    around it makes it the next piece's (wrapped in a narrow box, it is a title)."""
    return len(u.infos) == 1 and QUOTED.fullmatch(u.raw.strip()) is not None


def _title_group(g: list[LineInfo]) -> bool:
    """A line or two that end no sentence and hold no full stop: a title, commas and questions and all."""
    raw = join_lines([i.line.text for i in g])
    return len(g) <= 2 and "。" not in raw and not ends_sentence(raw) and match_dateline(raw) is None


def _furniture_group(g: list[LineInfo]) -> bool:
    return all(i.furniture for i in g)


def _next_title(g: list[LineInfo], config: Config) -> bool:
    """A line or two that could only be a title: no sentence end, no dash, no clause mark, not a dateline."""
    raw = join_lines([i.line.text for i in g])
    return (
        len(g) <= 2
        and not ends_sentence(raw)
        and not SUBTITLE_DASH.match(raw)
        and not any(ch in raw for ch in "，、；：,;:")
        and match_dateline(raw) is None
    )


def _dateline_below(texts: Sequence[str], groups: list[list[LineInfo]], n: int) -> bool:
    """Whether group n opens on a dateline, or is a photo's caption (a line or two) over one."""
    for k in range(n, min(n + 3, len(groups))):
        raw = texts[k]
        if match_dateline(raw) is not None:
            return True
        if not (is_caption(raw, printed_lines(groups[k])) and printed_lines(groups[k]) <= 3):
            return False
    return False


def classify(groups: list[list[LineInfo]], config: Config, one_unit_per_line: bool = False) -> list[Unit]:
    """What each unit is. ``one_unit_per_line``: the text was repaired already (as `newsseg clean` writes it),
    so a line is a whole headline part however long, not a printed line of display type."""
    max_headline = float("inf") if one_unit_per_line else config.headline_max_width
    # each group's text, read once: a unit is judged by the groups after it too
    texts = [join_lines([i.line.text for i in g]) for g in groups] + ["", ""]
    units = []
    box_text = False  # the unit before is the text under a figure in a box of data
    books_column = False  # a books page's label of new books (新书架) stands above
    for n, g in enumerate(groups):
        u = Unit(g)
        in_box, box_text = box_text, False
        # Judge the unit by its marks as they will be printed: a lone "." line joined after Chinese text is a
        # full stop now (the fix keeps every offset, so the dateline's end still points into u.raw).
        raw = fix_punctuation(u.raw, midword=False) if config.ascii_punct_to_fullwidth else u.raw
        books_column = books_column or NEW_BOOKS_LABEL.match(raw) is not None
        if all(i.furniture for i in g):
            u.kind = "furniture"
        elif (d := match_dateline(raw)) is not None:
            u.dateline = d
        elif len(g) == 1 and _row_beside_rows(raw, texts[n + 1], units[-1].raw if units else ""):
            # a row of figures or of a match's timeline beside another (恒生指數：18,129（升214點） / 國企指數：…,
            # 12' 某某（某队） 1-0 / 34' …): the text's own rows; alone, 市民满意度：96.5%, 90+3'绝杀…, a title
            u.kind = "body"
        elif (
            len(g) == 1
            and DATED_ROW.match(raw)
            and (DATED_ROW.match(texts[n + 1]) or (units and DATED_ROW.match(units[-1].raw)))
        ):
            # a calendar's rows, each a day and what happens (6月25日 高考成绩公布): its text, no titles
            u.kind = "body"
        elif _NUMBER_ALONE.match(raw) and units and units[-1].kind in _RUNNING:
            # a number to call alone on its line, its hours in brackets (2788 1234（辦公時間內）), under the text
            # that names it: that text's, no title
            u.kind = "body"
        elif SECURITIES_CODE.match(raw):
            u.kind = "short"  # an announcement's codes head it, over its company and its title: no code line closes
        elif EXPERT_SIGNATURE.match(raw) and units and units[-1].kind in _RUNNING and ends_sentence(units[-1].raw):
            # the expert who answered, signing in brackets under the answer's last sentence, closes the piece (but
            # for a column of questions, the next asked under it: the signature is the answer's last line)
            asked_next = n + 1 < len(groups) and QUESTION_OPEN.match(texts[n + 1]) is not None
            u.kind = "body" if asked_next else "credit"
        elif ADVISER_SIGNATURE.match(raw) and units and units[-1].kind in _RUNNING and ends_sentence(units[-1].raw):
            # the answer's last line (not its close: the column's note to readers may follow); right under a title
            # it is the piece's byline
            u.kind = "body"
        elif (
            MOURNERS.match(raw)
            and units
            and (
                (units[-1].kind in _RUNNING and ends_sentence(units[-1].raw))
                or (MOURNERS.match(units[-1].raw) and units[-1].kind == "body")
            )
        ):
            # the mourning family signing its thanks or its obituary (孝男 某某 / 孝女 某某 / 暨全体孝眷 同叩), a
            # line for each kin, under the notice's last sentence: the notice's, its bow closing it
            u.kind = "credit" if _MOURNERS_BOW.search(raw) else "body"
        elif (
            len(g) == 1
            and CHAIR_SIGNATURE.match(raw)
            and units
            and units[-1].kind in _RUNNING
            and ends_sentence(units[-1].raw)
        ):
            # the chair's post and name under the letter's last sentence (…祝大家身體健康！ / 管理委員會主席 馮嘉輝)
            # sign it and close it; a story's guests are listed so one a line, after a colon or one another
            u.kind = "credit"
        elif is_end_credit(raw) and not (CODE_LINE.match(raw) and _signed_below(groups, n + 1)):
            # (a notice's contact line, 服务热线：96616, over its issuer and date is the notice's text: they close it)
            u.kind = "credit"
        elif (
            len(g) <= 2
            and CONTACT_LABEL.match(raw)
            and NUMBER_TO_CALL.search(raw)
            and units
            and units[-1].kind in _RUNNING
        ):
            # a notice's contact line under its text (联系人：某某 电话：0535-6688102) closes it, however short,
            # where the next notice's title, its date or the foot of the page follow (not more of its text: 查詢
            # 電話：2345 6789 inside a notice), unless the issuer and the date sign it below (they close it then)
            closing = n + 1 >= len(groups) or _next_title(groups[n + 1], config) or DATE_ALONE.match(texts[n + 1])
            if closing and not _signed_below(groups, n + 1):
                u.kind = "credit"
        elif (
            DISPATCH_END.fullmatch(raw.strip())
            and units
            and units[-1].kind in _RUNNING
            and ends_sentence(units[-1].raw)
        ):
            # a wire story's closing mark on its line (（完）, （編輯：某某）1130731) closes the story above it
            u.kind = "credit"
        elif (
            len(g) == 1
            and (pen := _PEN_NAME_ALONE.match(raw)) is not None
            and pen["name"] not in _NOT_A_PEN_NAME
            and units
            and units[-1].kind == "body"
            and BULLET.match(units[-1].raw)
            and ends_sentence(units[-1].raw)
            # (the next brief signed at its end as the box signs them, …320人。（宋佳）: a rubric in brackets,
            # （国际）, heads the items under it and signs nothing)
            and BULLET.match(texts[n + 1]) is not None
            and (pen_name_closing(texts[n + 1]) or closing_credit(texts[n + 1]))
        ):
            # a brief of a box of briefs, each opened by its mark (■…), signed by its writer's pen name of two on a
            # line of its own, （晓燕）, the next brief opened by the mark again: the signature closes the brief
            u.kind = "credit"
        elif CASE_NUMBER.match(raw):
            # under a report's last full stop the case number closes it; under a title it is the story's first line
            if units and units[-1].kind in _RUNNING and ends_sentence(units[-1].raw):
                u.kind = "credit"
        elif (
            len(g) == 1
            and _DATED_AT.match(raw)
            and units
            and units[-1].kind == "credit"
            and _UNDATED_SIGNATURE.match(units[-1].raw)
        ):
            # the date and the place a letter was written at, under its writer's signature (宗弟 某某 敬上 /
            # 2022年11月30日于吉隆坡): the letter's last line
            u.kind = "credit"
        elif (
            units
            and units[-1].kind == "credit"
            and DATE_ALONE.match(units[-1].raw)
            and _BRACKETED_NOTE.match(raw)
            and len(g) == 1
        ):
            u.kind = "credit"  # a note under a document's date, （此件公开发布）, is the document's too
        elif (
            (DATE_ALONE.match(raw) or (MONTH_ALONE.match(raw) and _signed_below(groups, n - 1)))
            and units
            and (
                ISSUER.match(units[-1].raw)
                # (a theatre or a hall under a notice's words only)
                or (
                    VENUE_ISSUER.match(units[-1].raw) is not None
                    and any(_NOTICE_WORDS_ABOVE.search(v.raw) for v in units[-12:-1])
                )
                or (person_signing(units[-1].raw) and DATE_ALONE.match(raw))
                or _UNDATED_SIGNATURE.match(units[-1].raw)
                or (units[-1].kind == "credit" and NUMBER_TO_CALL.search(units[-1].raw))
            )
        ):
            # the date that signs a document under its issuer closes it, and so does a notice's date under the
            # number to call
            u.kind = "credit"
        elif _signed_below(groups, n):
            pass  # the issuing body that signs a document, over its date: the document's text, no title
        elif (
            len(g) == 1
            and (
                _UNDATED_SIGNATURE.match(raw)
                or (ISSUER.match(raw) and any(_NOTICE_TEXT.search(v.raw) for v in units[-3:]))
            )
            and units
            and units[-1].kind in _RUNNING
            # (under its last sentence, or the number to call that closed it: 查詢電話：… / 某某聯合會 謹啟)
            and (ends_sentence(units[-1].raw) or units[-1].kind == "credit")
            # (over the next title or at the foot: a company's name over text is a section's subhead)
            and (n + 1 == len(groups) or _title_group(groups[n + 1]) or _furniture_group(groups[n + 1]))
        ):
            u.kind = "credit"  # the body that signs a notice under its last sentence, undated (本报编辑部), closes it
        elif (
            len(g) == 1
            and reader_signature(raw, aged=True)
            and units
            and units[-1].kind in _RUNNING
            and ends_sentence(units[-1].raw)
        ):
            # a reader's signature under the letter's last sentence: the letter's last line, no title (the paper's
            # reply may follow it, with or without its label, 记者就此联系了…)
            pass
        elif _byline_group(g) or (
            # a book's credit under the book's title alone, over a note on the book (新书架: 《星图之外》 / 林希 著
            # 北辰科技出版社 / 天文学者林希用…): it opens the note as a byline does (not the book's box in a
            # review, its publisher and date of publication set on lines below)
            BOOK_CREDIT.match(g[0].line.text)
            and "出版" in raw
            # (in a column of new books under its label: a story may print a book's title and credit after its
            # full stop)
            and books_column
            and units
            and BOOK_TITLE_ALONE.match(units[-1].raw)
            and not PUBLICATION.match(texts[n + 1])
        ):
            u.kind = "byline"
        elif (
            len(g) == 1
            and _author_under_title(raw, units)
            # (not the subject a profile is titled by, named in its text, 身边的好老师 / 李春花 / …李春花老师…, nor a
            # feature's first section head, one of several short heads in it, 高起点 … 新产业)
            and "".join(raw.split()) not in "".join(texts[n + 1 : n + 12])
            and not _section_heads_below(texts, n + 2)
            and n + 1 < len(groups)
            # (over the text it signs: a paragraph with its marks, or a poem's first line)
            and not _byline_group(groups[n + 1])
            and match_dateline(texts[n + 1]) is None
            and len(content_key(texts[n + 1])) >= config.title_min_chars
        ):
            # a writer's name alone under the title, as a supplement signs an essay or a poem (故乡的柿子树 / 李秋禾 /
            # 老家院子里…): its byline
            u.kind = "byline"
        elif (
            len(g) == 1
            and units
            and units[-1].kind == "short"
            and not ends_sentence(units[-1].raw)
            and _OFFICE_ALONE.match(raw)
            # (not a title that goes somewhere: 走进市公安局反诈中心, 记者走进市中医院康复科)
            and not _GOES_TO.match(raw)
            and n + 1 < len(groups)
            and not _byline_group(groups[n + 1])
            and match_dateline(texts[n + 1]) is None
            and not PROSE_MARKS.isdisjoint(texts[n + 1])
        ):
            # an office alone on its line between the title and the text, no role or name (岚江证监局投资者保护处):
            # who wrote the piece, as an official bulletin signs it
            u.kind = "byline"
        elif (
            len(g) == 1
            and units
            and units[-1].kind == "short"
            and (pair := _SPACED_PAIR_NAME.match(raw)) is not None
            and surnamed(pair["name"].replace(" ", "").replace("\u3000", ""))
        ):
            # a name of two set apart to the width of three after the writer's mark, right under the title (让“娘家
            # 人”服务跟着职工走 / □ 秦 岭): the commentary's byline; inside a story, □ 花 絮 heads a section
            u.kind = "byline"
        elif BOOK_TITLE_ALONE.match(g[0].line.text) and PUBLICATION.match(g[-1].line.text) and len(g) <= 6:
            u.kind = "caption"  # a book's box in a review (《…》 / 某某 著 / …出版社 / 2024年3月出版): its cover's
        elif (
            (is_caption(raw, printed_lines(g)) and printed_lines(g) <= 6)
            # (a drawing's credit alone between an essay's paragraphs, 插图 李晓: its picture's caption, no title)
            or (len(g) == 1 and PICTURE_CREDIT_ALONE.match(raw) is not None and units and units[-1].kind == "body")
        ) or (
            _placed(raw)
            # (whatever its last mark, where the marker stands inside a line: no title places people)
            and (ends_sentence(raw) or any(_placed_inside(i.line.text) for i in g))
            and printed_lines(g) <= config.caption_max_lines
        ):
            u.kind = "caption"
        elif (
            len(g) == 1
            and BARE_FIGURE.match(raw)
            and n + 1 < len(groups)
            and len(groups[n + 1]) >= 2
            and not ends_sentence(texts[n + 1])
        ):
            # a figure set large in a box of data (1500名, 60%) heads the box's words under it, which end on
            # no full stop: no title (a title's last row may be a figure, …营收增 / 8.5%, over the story)
            pass
        elif (
            units
            and units[-1].kind == "body"
            and not ends_sentence(raw)
            and (
                (len(groups[n - 1]) == 1 and BARE_FIGURE.match(units[-1].raw) and CLAUSE_BREAKS.intersection(raw))
                # (the rest of the words the extractor broke off, the line above stopping mid-clause: …同步转播，并 /
                # 通过全球…落地播出; a title under the box stands after words that ended a clause, …覆盖主城区)
                or (
                    in_box
                    and g[0].line.blank_before == 0
                    and (
                        units[-1].raw.rstrip()[-1:] in _MID_CLAUSE
                        # (or with the box's next figure right under it: the box goes on)
                        or (
                            n + 1 < len(groups)
                            and len(groups[n + 1]) == 1
                            and BARE_FIGURE.match(groups[n + 1][0].line.text) is not None
                        )
                    )
                )
                # (and the box's next figure, set large on a line of its own: 60% / … / 1500名)
                or (in_box and len(g) == 1 and BARE_FIGURE.match(raw))
            )
        ):
            # and those words, a clause or two however wide the box sets them and wherever the extractor broke
            # them (1500名 / 新馆可同时容纳的读者人数，设有…古籍修复室): the box's text, no display type
            box_text = True
            units.append(u)
            continue
        elif EDITORS_SIGNATURE.match(raw):
            pass  # the editor's signature under a note or an afterword: a line of its text, never a title's
        elif REPLY_LABEL.match(raw) and units and reader_signature(units[-1].raw):
            pass  # the label of the reply under a reader's signature: the letter goes on, no title
        elif (
            DOCUMENT_NUMBER.match(raw)
            or COURT_NUMBER.match(raw)
            or LETTER_SALUTATION.match(raw)
            # (under the finished text above, or under the letter's own title: 攜手同心 共建宜居翠峰 / 各位居民︰)
            or (SALUTATION.match(raw) and units and (ends_sentence(units[-1].raw) or units[-1].kind == "short"))
            # (the addressees of a notice, 各单位：, under its title)
            or _ADDRESSEES.match(raw)
        ):
            pass  # a document's number under its title, a letter's salutation: the text's first lines, no title
        elif n + 1 < len(groups) and all(JUMP_ON.match(i.line.text) for i in groups[n + 1]):
            pass  # the text a jump line sends on to another page is the story's, however it breaks off
        elif (
            units
            and units[-1].kind == "short"
            and SUBTITLE_DASH.match(raw)
            and not ends_sentence(raw)
            and len(g) <= config.heading_lines
            # right above the dateline of its story, or the next headline (a block of them at the foot): a list
            # item opened by a dash (——到2020年，…：) under an in-body subhead goes on with the story's text
            and n + 1 < len(groups)
            and (match_dateline(texts[n + 1]) is not None or _next_title(groups[n + 1], config))
        ):
            u.kind = "short"  # a subtitle opened by a dash under its title, however long (要求…；决定…)
        elif (
            # a kicker and title over a subtitle opened by a dash, itself right over the byline or the dateline,
            # whatever commas the kicker holds (一季度多个沿海口岸外贸实现“开门红”， / 跨境电商和新能源产品成为新的
            # 增长点 / 外贸新动能加速集聚 / ——来自澜江港的观察 / 本报记者 某某): no paragraph ends on no mark there
            n + 2 < len(groups)
            and len(g) <= config.heading_lines
            and not ends_sentence(raw)
            and "。" not in raw
            and SUBTITLE_DASH.match(texts[n + 1])
            and not DASH_LINE.match(texts[n + 1])
            and (_byline_group(groups[n + 2]) or match_dateline(texts[n + 2]) is not None)
        ) or (
            # a kicker closed by a dash set on a line of its own, whatever it holds (春耕备耕全面展开，农资供应充
            # 足。全省各地抢抓农时 / —— / 全省春耕生产工作会议召开): no paragraph is followed by a lone dash
            n + 1 < len(groups) and len(g) <= 2 and not ends_sentence(raw) and DASH_LINE.match(texts[n + 1])
        ):
            u.kind = "short"
        elif (
            len(g) >= config.large_type_lines
            and max(i.width for i in g) < config.column_min_width
            and all(i.line.blank_before == 0 for i in g[1:])  # (rows of one box; an OCR engine's scraps stand apart)
            and not ends_sentence(raw)
            and "。" not in raw
        ):
            # rows narrower than any column (a box beside a title set upright holds its subtitle, clause after
            # clause, a few characters a row: 通报一季 / 度水质监 / 测情况， / …): headline material, no story
            u.kind = "short"
        elif (
            len(g) <= 2
            and not ends_sentence(raw)
            and _may_be_headline(raw)
            and n + 1 < len(groups)
            and groups[n + 1][0].letter_spaced
            and not is_caption(raw)
        ):
            # a line or two that end no sentence right over a title set letter-spaced are that title's kicker,
            # whatever commas they hold (夜市摊位排起长队， / 城管部门错峰管理 / 灯 不 灭 人 不 散 …)
            u.kind = "short"
        elif (
            len(g) <= 2
            and units
            and units[-1].kind == "short"
            and not ends_sentence(raw)
            and _may_be_headline(raw)
            and n + 1 < len(groups)
            and _byline_group(groups[n + 1])
        ):
            # between a title and the byline on a line of its own under it stands the subtitle, whatever
            # commas it holds (守灯塔的人 / 在离岸十八海里的鸥岛上，一家两代人守了四十一年灯 / 文/图 本报记者 某某)
            u.kind = "short"
        elif (
            len(g) <= 2
            and raw.rstrip().rstrip("”’」』）)")[-1:] in "？！?!"
            and "。" not in raw
            and max(i.width for i in g) <= max_headline
            # (under a title: a box's label, 记者手记, heads a section of the story above, which may end so)
            and (
                (
                    (
                        TAG_OPEN.match(raw)
                        or (units and units[-1].kind == "short" and not LABEL.match(units[-1].raw))
                        # (or the title itself, wrapped onto the question, at the top of the page)
                        or (len(g) == 2 and all(v.kind == "furniture" for v in units))
                    )
                    # (or over the byline on a line of its own that opens it: 秋季腹泻高发 / 孩子拉肚子怎么办？ / 本报
                    # 记者 某某)
                    and (
                        _dateline_below(texts, groups, n + 1) or (n + 1 < len(groups) and _byline_group(groups[n + 1]))
                    )
                )
                # (or the question a questions column answers, under its label and over the reader who asks it: 车主
                # 信箱 / 车险到期忘了续保怎么办？ / 读者黎先生问：…; not one of the column's several questions, each
                # over its reader's, nor a report's section asking, 焦点一 / 路灯坏了找谁修？ / 市民某某问：)
                or (
                    _under_column_label(units)
                    and _asks(texts[n + 1])
                    and not any(
                        texts[m].rstrip().endswith(("？", "?")) and _asks(texts[m + 1])
                        for m in range(n + 2, min(len(groups), n + config.questions_lookahead))
                    )
                )
            )
        ):
            # a title that asks or exclaims, opened by its tag (【关注】…“一楼意见”咋解决？), or the subtitle under a
            # title (…送来锦旗：“谢谢你，好小伙！”), right over its story's dateline (or the photo's caption over
            # it): the story's headline; the paragraph of a story ending so has its next story's title under it
            u.kind = "short"
        elif (
            len(g) == 1
            and BULLET.match(raw)
            and not ends_sentence(raw)
            and CLAUSE_BREAKS.isdisjoint(raw)
            and n + 1 < len(groups)
            # (or over any item in a box of briefs under its label, marked as the box's first item is: 會 務 簡 訊 /
            # ■佛學班秋季招生 / 本會…; a label inside an item, ◆温馨提示, ●報名方法, is the item's)
            and (
                match_dateline(texts[n + 1]) is not None
                or (_in_briefs_box([*units, u], n, config) and _box_bullet([*units, u]) == raw.lstrip()[:1])
                # (or a run of briefs each under its marked title with no label over them, ■石桥镇开展秋季消防演练 /
                # 9月9日，… / ■花园乡3座农村公厕投入使用 / 近日，…: another such title a few groups away)
                or _marked_brief_titles(groups, texts, n, config)
            )
            # (not a list's last item, under the others: ●城北网点：中山路二〇九号一楼 over the next story's lead)
            and not (units and BULLET.match(units[-1].raw))
            # (nor a signature or a note closing the column above: ■本报评论员, ■作者系…, ◆据《某报》, ■ 原载…,
            # ■ 某某评论部; nor a photo's caption, ▲ 新馆少儿阅览区一角, nor a list's one item after its colon)
            and not is_byline(raw)
            and not _NOTE_AFTER_MARK.match(raw)
            and not _SHOWS_A_SCENE.search(raw)
            and not (units and units[-1].raw.rstrip().endswith(("：", ":")))
            # (not the signature closing the column above, its writer's name set apart: ■資深投資者 黃錦榮)
            and not ((name := _SIGNED_NAME.search(raw)) and surnamed(name[1]))
        ):
            # a line marked by a bullet, no clause in it, right over a dated lead: the title of a brief in a box
            # of them (工会简讯 / ■ 芜湖市总为环卫工人送上“清凉包” / 本报讯（通讯员 王娟）…), not a list's item
            u.kind = "short"
        elif len(g) == 1 and g[0].tagged_title:
            u.kind = "short"  # a brief's title in brackets its text ran on after (【…】本报讯 …): a title
        elif (
            not _may_be_headline(raw)
            or _running_text(g, raw, config)
            or (
                _SECTION_TAG.match(raw)
                # (over a title of one line with no mark, the text under it: the tag is the title's kicker,
                # 【办事指南】 / 新生儿参保 这样办最便捷 / 新生儿出生后，…)
                and not (
                    not _CASE_SECTION_TAG.match(raw)
                    and n + 2 < len(groups)
                    and len(groups[n + 1]) == 1
                    and PROSE_MARKS.isdisjoint(texts[n + 1])
                    and len(groups[n + 2]) >= 2
                )
                # (nor a brief's title in brackets, a headline's length with no label's mark in it, over its text:
                # 【葵青區康樂中心暫停開放】 / 康文署宣布，…; a section's tag names its kind in a word or two,
                # 【记者手记】, 【链接·什么是碳汇】)
                and not _bracketed_brief_title(texts, n, config)
            )
            or _SALUTATION.search(raw)
            or BULLET.match(raw)  # a list item is running text, never a title
            # (and so is the sentence a list hangs from, over its first item: 部分公司一季度净利润同比变动如下： /
            # ● 立华精密：…; a box's title ending on its colon, 端午假期高速易拥堵路段：, heads the box)
            or (
                len(g) <= 2
                and raw.rstrip().endswith(("：", ":"))
                and LIST_LEAD_END.search(raw) is not None
                and n + 1 < len(groups)
                and (BULLET.match(texts[n + 1]) is not None or LABEL_COLON.match(texts[n + 1].strip()) is not None)
            )
            # (and the list's items, each a label and its colon, under it or under the item before: 名单如下： /
            # 二传：许可欣、唐雨桐 / 主攻：…)
            or (
                len(g) <= 2
                and LABEL_COLON.match(raw.strip()) is not None
                and bool(units)
                and units[-1].kind == "body"
                and (
                    LIST_LEAD_END.search(units[-1].raw) is not None
                    or (LABEL_COLON.match(units[-1].raw.strip()) is not None and not ends_sentence(units[-1].raw))
                )
            )
            or (
                # the summary that opens a commentary under its title closed by its column's tag, clause after
                # clause, set across the columns and ending on no mark (…（现场） / 说了就干，定了就办，…进一步提升
                # 政府效能): the tag closes the headline, and this is the text's first paragraph
                units
                and units[-1].kind == "short"
                and _COLUMN_TAG.search(units[-1].raw) is not None
                and raw.count("，") >= config.summary_min_clauses
                # (a summary argues at length; a deck of a few phrases, 面积扩大，品牌打响，农户增收, is the title's,
                # and one over a dated lead heads a news story)
                and len(content_key(raw)) >= config.summary_min_chars
                # (nor the lines of a box of headlines run together, a tagged title among them)
                and not any(_COLUMN_TAG.search(i.line.text) for i in g)
                and match_dateline(texts[n + 1]) is None
                and not SUBTITLE_DASH.match(raw)
            )
        ):
            pass
        elif len(g) <= 2 and all(i.overhangs(config) for i in g):
            u.kind = "short"  # wider than the column it stands in: display type, whatever its last mark
        elif len(g) == 1 and g[0].letter_spaced and raw.rstrip()[-1:] in "？！?!" and CLAUSE_BREAKS.isdisjoint(raw):
            u.kind = "short"  # set letter-spaced, a title that asks or exclaims (存 款 保 险 保 什 么 ？): display type
        elif _display_tail(g, units[-1].infos if units and units[-1].kind == "short" else [], raw, config):
            u.kind = "short"  # a display title wrapped in its own large type, and its short tail (…延伸 / 到村口……)
        elif any(i.vertical for i in g) or (
            not ends_sentence(raw)
            # however many lines: prose never runs on for several lines without a mark (headlines printed
            # together, one under another, that the wrap rules joined)
            and (
                len(g) <= config.headline_unit_lines
                # (not a list of names, a few characters each, one row of them under another)
                or (PROSE_MARKS.isdisjoint(raw) and not any(_NAME_ROW.fullmatch(i.line.text.strip()) for i in g))
            )
            and max(i.width for i in g) <= max_headline
            # (on a page repaired already a headline part may be long, but none runs on clause after clause past
            # a printed line's worth: that is a paragraph that ended on no mark, as an extractor may leave one)
            and not (
                one_unit_per_line
                and sum(raw.count(c) for c in CLAUSE_BREAKS) >= 3
                and len(content_key(raw)) > config.headline_max_width
            )
        ):
            u.kind = "short"
        units.append(u)
    # Photos come in rows and their captions one after the other: a one-line sentence right after a caption,
    # with a clause in it and no marker of its own (阿玲雖雙膝疼痛不堪，她還是硬撐工作。), is the next caption.
    # It is set as narrow as a column (text that was never wrapped is no caption row), and a caption found
    # this way finds no further one.
    marked = [u.kind == "caption" for u in units]
    for u, after_caption in zip(units[1:], marked, strict=False):
        if after_caption and u.kind == "body" and u.dateline is None and len(u.infos) == 1:
            text = u.raw.strip()
            narrow = u.infos[0].width <= config.column_max_width
            # (one without a clause only when it states a plain fact, ending on a full stop, not a question or
            # an exclamation or a speaker's turn: 孫女在一旁看繪本。, but not 記：您平時都做些什麼？)
            plain = text.endswith("。") and not re.search(r"[：:？！?!]", text)
            if narrow and ends_sentence(text) and ("，" in text or plain) and not lead_byline(text):
                u.kind = "caption"
    _foot_captions(units, config)
    _captions_after_closing(units, config)
    _caption_after_caption(units, config)
    _photo_news(units)
    # Nothing but a photo's caption stands between a title and the byline on a line of its own that opens its
    # text (凌晨三点的批发市场 / 凌晨时分，商户在批发市场装卸蔬菜。 / 本报记者 某某 文/图): a sentence or two there,
    # credited by the byline's 图, is the caption.
    for k in range(1, len(units) - 1):
        u = units[k]
        if (
            u.kind == "body"
            and u.dateline is None
            and units[k - 1].kind == "short"
            and units[k + 1].kind == "byline"
            # (a byline that credits the picture too: 文/图, 摄; a summary under the title stands there as well)
            and _CREDITS_PICTURE.search(units[k + 1].raw) is not None
            # (and opens the text under it: one that closes a feature has the next title under it)
            and k + 2 < len(units)
            and units[k + 2].kind == "body"
            and ends_sentence(u.raw)
            and printed_lines(u.infos) <= config.caption_max_lines
            and not lead_byline(u.raw)
            # (nor a brief its writer signs, …服务。（钟琪）, the last of a box of them over the next piece)
            and not closing_credit(u.raw)
        ):
            u.kind = "caption"
    # A title may ask or exclaim (非遗传承人补助 / 怎么申请？): one line with no mark but its last, right under
    # headline lines that follow a finished paragraph, over the text, is that title's last line, not a paragraph.
    for k in range(1, len(units) - 1):
        u = units[k]
        text = u.raw.strip()
        if (
            u.kind == "body"
            and u.dateline is None
            and len(u.infos) == 1
            and text[-1:] in "？！?!"
            and PROSE_MARKS.isdisjoint(text[:-1])
            and units[k - 1].kind == "short"
            and units[k + 1].kind in _RUNNING
            and not _SPEECH_TURN.match(text)
            # (the title's last words, no longer than the line above them, no quotation, not the reader addressed:
            # 你听说过“共享菜园”吗？ opens a lead; a line set letter-spaced is display type whatever it holds, 航天
            # 小课堂 / 火 箭 为 什 么 要 “回 收”？)
            and (
                u.infos[0].letter_spaced
                or (
                    len(content_key(text)) <= len(content_key(units[k - 1].infos[-1].line.text))
                    and not re.search(r"[“”「」『』\"]", text)
                    and not re.match(r"\s*(?:你|您)", text)
                )
            )
        ):
            first = k - 1
            while first > 0 and units[first - 1].kind == "short":
                first -= 1
            if first == 0 or ends_sentence(units[first - 1].raw):
                u.kind = "short"
    # A text closed by whoever supplied the photo (。（某某提供）) is a caption where its place says so, whatever it
    # shows (see _supplied_caption).
    for k, u in enumerate(units):
        if (
            u.kind == "body"
            and u.dateline is None
            and SUPPLIED_IN_BRACKETS.search(u.raw)
            and _supplied_caption(units, k, config)
        ):
            u.kind = "caption"
    # A box's title names its kind and asks its question (橋藝小常識：什麼是「約定叫」？, 健康小贴士：…吗？): one line
    # of its own after a finished paragraph, over the box's text, its own piece.
    for k in range(1, len(units) - 1):
        u = units[k]
        if (
            u.kind == "body"
            and u.dateline is None
            and len(u.infos) == 1
            and _LABELLED_QUESTION.match(u.raw.strip())
            and units[k - 1].kind in _RUNNING
            and ends_sentence(units[k - 1].raw)
            and units[k + 1].kind in _RUNNING
        ):
            u.kind = "short"
    # And among the headlines a page prints together at its foot, under its last text, a title that asks may
    # pause at a comma (以案说法 / 邻居家的树枝伸进我家院子，能砍吗？ / 社区矫正对象走进…): one line under headline
    # lines, nothing but headline lines, captions and furniture after it.
    for k in range(1, len(units) - 1):
        u = units[k]
        text = u.raw.strip()
        if (
            u.kind == "body"
            and u.dateline is None
            and len(u.infos) == 1
            and text[-1:] in "？！?!"
            and "。" not in text
            and not _SPEECH_TURN.match(text)
            and "，" in text
            # (the stack under the page's last text, not a poem's lines under its writer's byline)
            and _stack_over_text(units, k)
            # (a stack of them, three headline lines above it at least: under a box's label alone, 下期预告 / 孩子沉迷
            # 短视频，家长该怎么办？, it is the box's teaser)
            and all(v.kind == "short" for v in units[max(0, k - 3) : k])
            and k >= 3
            and all(v.kind in ("short", "furniture", "caption") for v in units[k + 1 :])
            and any(v.kind == "short" for v in units[k + 1 :])
        ):
            u.kind = "short"
    # A kicker may trail off on an ellipsis (戏台搭起来了，锣鼓响起来……): one line of its own, no
    # sentence stated in it, right above a title and after a paragraph that ended, it is that title's kicker.
    for k in range(1, len(units) - 1):
        u, above, title = units[k], units[k - 1], units[k + 1]
        text = u.raw.strip()
        if (
            u.kind == "body"
            and u.dateline is None
            and len(u.infos) == 1
            and text.endswith("…")
            and not _STATED.search(text)
            and above.kind in _RUNNING
            and ends_sentence(above.raw)
            and title.kind == "short"
            and not ends_sentence(title.raw)
        ):
            u.kind = "short"
    # a sentence an OCR engine read between two halves of another (repair marked its line): a photo's caption
    for u in units:
        if u.kind == "body" and u.dateline is None and len(u.infos) == 1 and u.infos[0].interjected:
            u.kind = "caption"
    return units


# A photo-news piece's title and caption share under this share of their bigrams with the story right above
# them: a story's own title and caption, set after its text, restate it (山乡夏茶采摘忙 under a story of tea
# pickers: 0.48), another photo's share a date and a stock word or two (0.08 at most on a page of five).
PHOTO_NEWS_MAX_SHARED = 0.2
# The date a caption opens on (5月6日，…, 12月15日晚，…).
_CAPTION_DATE = re.compile(r"^\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。]{0,4}[，,]")
# A photo's title restates its caption in its own words: a word of it at least, this share of its bigrams (冬日古城
# 游人如织 over 游客在江州古城墙下…: 古城, 0.14).
PHOTO_TITLE_MIN_SHARED = 0.1


# (or the role after the name, as Taiwan papers credit it: 記者某某／攝影)
_PHOTOGRAPHER = re.compile(
    rf"(?:[摄攝]|[/／]\s*(?:摄影|攝影)|新[华華]社[发發]|中新社[发發])\s*[）)]?\s*$|{DATED_PHOTO_CREDIT}\s*$"
)


def _text_above(units: list[Unit], k: int) -> str:
    """The running text right above unit k, back to the headline lines or caption before it."""
    out: list[str] = []
    while k > 0 and units[k - 1].kind in _RUNNING:
        k -= 1
        out.append(units[k].raw)
    return "".join(reversed(out))


def _photo_news(units: list[Unit]) -> None:
    """图片新闻: a photo's title and its caption, credit and all, with no story under them (the next title, the
    foot of the page or the furniture next) are a piece of their own, the caption its text. Where text runs on
    under the caption, the title is that story's, over its photo; and after the last story's text, where a page
    prints its stories' titles and captions together, only on a page of photo news."""
    last_text = max((k for k, u in enumerate(units) if u.kind in _RUNNING), default=-1)
    seen = False
    for k in range(1, len(units)):
        u, title = units[k], units[k - 1]
        # (at the foot of the page, after the last story's text, titles and captions are the stories' own,
        # printed together there, unless the page's flow has been photo news already)
        if 0 <= last_text < k and not seen:
            break
        if _titled_below(units, k):
            u.kind, u.photo_news = "body", True
            seen = True
            continue
        # (a note in brackets closing the piece above, （答疑专家：…）, is no photo's title)
        if u.kind != "caption" or title.kind != "short" or CLOSING_NOTE.match(title.raw):
            continue
        nxt = next((x for x in units[k + 1 :] if x.kind != "furniture"), None)
        if (
            (len(title.infos) <= 3 or all(i.vertical for i in title.infos))
            # (closed by its photographer's credit: a photo-news piece always names who took it, 某某 摄, 新华社发;
            # where it came from, 某某提供, closes a story's photo as often)
            and bool(_PHOTOGRAPHER.search(u.raw))
            # (not where blank lines cut the text into scraps, as an OCR engine's layout analysis does: a scrap of
            # a story reads as a title there, and a story's text run into its photo's caption as that caption)
            # (unless the piece above is closed, by its credit or its answerer's signature: a title after it heads a
            # piece, 送法进社区 / 6月20日，…（唐敏 摄）)
            and (
                not any(i.double_spaced or i.line.blank_before for i in (*title.infos, *u.infos))
                or (k >= 2 and units[k - 2].kind == "credit")
            )
            and (nxt is None or nxt.kind == "short")
            and (k < 2 or units[k - 2].kind != "short" or ends_sentence(units[k - 2].raw))
            # (and they are not the story's above them, its title and photo set beside or after its text: 山乡
            # 夏茶采摘忙 / 茶农在青山镇茶园采摘夏茶。 under a story of tea pickers)
            and max(containment(title.raw + u.raw, above := _text_above(units, k - 1)), containment(u.raw, above))
            < PHOTO_NEWS_MAX_SHARED
        ):
            u.kind, u.photo_news = "body", True
            seen = True


def _titled_below(units: list[Unit], k: int, photo_news: bool = False) -> bool:
    """A photo's caption, its photographer credited, with its title printed under it and a box of briefs' label
    under that (龙舟竞渡 迎端午 / 体坛速递 / the box's first brief): a photo news piece whose title comes after it, as
    the content stream draws a page; the title over the label heads no brief of the box."""
    u = units[k]
    if (
        not (u.kind == "caption" or (photo_news and u.photo_news))
        or not _PHOTOGRAPHER.search(u.raw)
        or k + 2 >= len(units)
    ):
        return False
    # (a photo news piece's text tells the event, 5月18日，…; a caption that says what the photo shows, 图为…, is
    # the story's above it, whose title may be printed after its text)
    if CAPTION_OPEN.search(u.infos[0].line.text):
        return False
    title, label = units[k + 1], units[k + 2]
    if not (
        title.kind == "short"
        and len(title.infos) <= 2
        and PROSE_MARKS.isdisjoint(title.raw)
        # (after a finished paragraph or headline lines, not in the middle of a story's sentence)
        and (k == 0 or units[k - 1].kind not in _RUNNING or ends_sentence(units[k - 1].raw))
    ):
        return False
    if label.kind in ("short", "furniture") and BRIEFS_LABEL.match("".join(label.raw.split())) is not None:
        return True
    # (or the next story's title under it, over its dateline: 冬日古城 游人如织 / 我市新增… / 本报讯…, where the
    # title under the caption restates the caption, not the story under the next title, and the caption tells of
    # other things than the story above)
    # (a title in two phrases, as a photo's is set, 金秋稻浪 喜获丰收: a column's kicker over the next title,
    # 应急管理在一线, is one phrase; the caption's date, which the story above may share, left out of the weighing)
    story = units[k + 3] if k + 3 < len(units) else None
    scene = _CAPTION_DATE.sub("", u.raw)
    return (
        label.kind == "short"
        and story is not None
        and story.dateline is not None
        and _TWO_PHRASES.search(title.raw) is not None
        and containment(title.raw, u.raw) >= PHOTO_TITLE_MIN_SHARED
        and containment(title.raw, u.raw) > containment(title.raw, story.raw)
        and containment(scene, _text_above(units, k)) < PHOTO_NEWS_MAX_SHARED
    )


def _captions_after_closing(units: list[Unit], config: Config) -> None:
    """A story's photos may stand below its last line: after the line that closes it (a case number, a closing
    credit), a sentence or two of a line or two each, with a headline right below them or the foot of the page,
    are those photos' captions (倉庫經理說消防通道一直暢通。), not the opening of the next piece, which starts under its
    headline."""
    for k, closing in enumerate(units):
        if closing.kind != "credit":
            continue
        j = k + 1
        while j < len(units) and j - k <= config.caption_row_lines and _row_caption_shape(units[j], config):
            j += 1
        # (a headline over text below it: titles at the foot of the page, printed after their text, say nothing
        # of what stands above them)
        heads_text = any(u.kind == "body" for u in units[j:])
        # (or nothing but the page's furniture below them: the foot of the page, where no piece opens on a sentence
        # and stops)
        at_foot = (
            j > k + 1
            and all(u.kind == "furniture" for u in units[j:])
            # (one printed line each, signed by no one: a brief signed （某某）, a correction or an editor's word
            # take more and say who or what)
            and all(len(u.infos) == 1 and u.raw.rstrip()[-1:] not in "）)" for u in units[k + 1 : j])
        )
        if at_foot or (j > k + 1 and j < len(units) and units[j].kind == "short" and heads_text):
            for u in units[k + 1 : j]:
                u.kind = "caption"


_REPORTS_SPEECH = re.compile(r"[说說讲講]|表示|告诉|告訴|[“「『]")


def _caption_after_caption(units: list[Unit], config: Config) -> None:
    """Photos stand in a row and their captions one under another: right after a caption, a sentence of a few lines
    shaped as a caption that names whom the caption above places in its photo (曹漢玲（右二）和兒女… /
    曹漢玲的兒女知道…。), over a headline with text under it or the page's foot, is the next photo's caption, not the
    story's last paragraph (which would go on from the story above the captions, not from the photo's people)."""
    for k in range(1, len(units)):
        u, above = units[k], units[k - 1]
        if above.kind != "caption" or not _row_caption_shape(u, config, lines=config.caption_max_lines - 1):
            continue
        # (a caption its credit closes is one photo's; and a sentence that quotes or reports speech, 某某说，…, is the
        # story's)
        if CAPTION_CREDIT.search(above.raw) or _REPORTS_SPEECH.search(u.raw):
            continue
        below = units[k + 1 :]
        over_title = bool(below) and below[0].kind == "short" and any(v.kind == "body" for v in below[1:])
        at_foot = bool(below) and all(v.kind == "furniture" for v in below)
        # (under a story's text: the captions of its photos close it, they open no page)
        if not (over_title or at_foot) or not any(v.kind == "body" for v in units[: k - 1]):
            continue
        # (the people the caption above places in its photo, 曹漢玲（右二）: a name a surname leads right before the
        # place)
        names = {
            name
            for m in _PLACED.finditer(above.raw)
            for name in (above.raw[max(0, m.start() - 3) : m.start()], above.raw[max(0, m.start() - 2) : m.start()])
            if len(name) >= 2 and _HANZI.fullmatch(name[0]) and surnamed(name) and not PEOPLE_WORD.match(name)
        }
        if any(name in u.raw for name in names):
            u.kind = "caption"


def _row_caption_shape(u: Unit, config: Config, lines: int | None = None) -> bool:
    """A paragraph shaped as a caption in a row of photos: a sentence of a line or two, as narrow as a column,
    without a dateline or a byline closing it."""
    text = u.raw.strip()
    return (
        u.kind == "body"
        and u.dateline is None
        and len(u.infos) <= (config.caption_row_lines if lines is None else lines)
        and all(i.width <= config.column_max_width for i in u.infos)
        and ends_sentence(text)
        and not lead_byline(text)
    )


def _foot_captions(units: list[Unit], config: Config) -> None:
    """Headlines and captions printed together at the foot of the page: below the last story, a sentence of a
    line or two right after a caption, with nothing running on below it, is the next caption of the row
    (wrapped, or without a clause), not the last paragraph of a story. Only in such a block, which holds
    headline lines (two at least: one may be a subhead of the story above, with its photo below it)."""
    found: list[Unit] = []
    k = len(units) - 1
    while k > 0:
        u = units[k]
        if u.kind == "body":
            if not (units[k - 1].kind == "caption" and _row_caption_shape(u, config)):
                break
            found.append(u)
        k -= 1
    if sum(u.kind == "short" for u in units[k + 1 :]) >= 2:
        for u in found:
            u.kind = "caption"


def _display_type(u: Unit, config: Config) -> bool:
    """Set as display type: letter-spaced, vertical, or a line or two wider than the column around it (spans
    columns). Longer wide runs are a lead set across more columns, not a headline."""
    # (a table's rows are no display type, their names padded to the column's width: 黄 瓜  4.10  4.30  跌)
    if all(is_figures_row(i.line.text) for i in u.infos):
        return False
    if any(i.letter_spaced or i.vertical for i in u.infos):
        return True
    # (no line wider than a headline's widest, a paragraph a text export set on one line, …赵依芳特别高兴：“影视出海在
    # 升级，…”, over the narrower lines round it)
    return (
        len(u.infos) <= 2
        and any(i.overhangs(config) for i in u.infos)
        and all(i.width <= config.headline_max_width for i in u.infos)
    )


def _wrapped_from_wide_line(u: Unit, config: Config) -> bool:
    """A line wider than the column by a cell, with no mark in it, wrapped onto a short tail with none either
    (2005年7月23日某地发生连环爆炸至少90 / 人死亡): no line of the column is so wide but by a hung mark, and a
    subhead takes one line. Not display type by the usual margin, which allows for a line's marks hung and
    compressed."""
    if len(u.infos) != 2 or u.kind != "short":
        return False
    first, tail = u.infos
    return (
        PROSE_MARKS.isdisjoint(LABEL_COLON.sub("", u.raw.strip()))
        and first.width >= first.measure + config.short_margin
        and tail.shortfall >= config.heading_shortfall
    )


# 栏目 tag that closes a title in Chinese papers: 促进数据要素……（新知新觉）, 一份未完成订单的背后（民生观）. Looser
# than repair's COLUMN_TAG_END (any characters but a comma or full stop in the brackets): here it only tells a
# headline zone among lines already judged short, not a break in running text. A series numbers its parts in
# brackets of their own inside it: （城市观察·老街新事（上））.
_COLUMN_TAG = re.compile(r"\S{4,}[（(][^（）()，。]{2,16}(?:[（(][^（）()，。]{1,4}[）)])?[）)]\s*$")
# A column tag that names a column and a series, or numbers a part (（乡村观察·年关探市场③）, （文化观察（上））): no
# bracket that glosses a word in running text (（含互助幸福院）) looks so.
_SERIES_TAG = re.compile(
    r"[（(][^（）()，。]{0,16}(?:[·・][^（）()，。]{1,16}|[①-⑳]|[（(][上中下一二三四五六七八九十\d]{1,3}[）)])[）)]\s*$"
)


def _display_tail(g: list[LineInfo], short_above: list[LineInfo], raw: str, config: Config) -> bool:
    """A line wider than its column (display type) and the short tail it wraps to, or that tail alone under it:
    a title, even where the tail ends on an ellipsis (…延伸 / 到村口……), which no paragraph's full stop is."""
    if raw.rstrip()[-1:] in "。！？!?":
        return False
    if len(g) == 2:
        display, tail = g
    elif len(g) == 1 and short_above and all(i.overhangs(config) for i in short_above):
        display, tail = short_above[-1], g[0]
    else:
        return False
    return display.overhangs(config) and tail.width <= config.wrapped_tail_share * display.width


def title_pair(infos: Sequence[LineInfo], config: Config, alike: bool = True) -> bool:
    """Two lines, each whole (well short of the column, so neither wraps into the other) and without any mark
    or phrase space, set alike: a kicker over its title (拓宽服务范围简化借阅手续 / 全市图书馆推行通借通还), or
    a subhead set as a couplet (书香浸润街巷 / 文化点亮乡村), which the words around it tell apart
    (resegment.rejoin_subheads). One in-body subhead of one line never stands over another without text between.
    Without ``alike``, lines of any widths: a title wrapped onto a shorter line (义顺社区捐血活动 / 收集逾200包血),
    which no couplet of subheads is."""
    if len(infos) != 2:
        return False
    upper, lower = infos
    return (
        (not alike or abs(upper.width - lower.width) <= 1)
        and all(i.width <= config.title_pair_share * i.measure for i in infos)
        and all(ch.isalnum() for i in infos for ch in i.line.text.strip())
    )


def _title_over_photo(run: list[Unit]) -> bool:
    """Two or more short lines without a clause mark right above a photo caption: a piece opening with its
    title (wrapped, or with its kicker or subtitle) and its photo. An in-body subhead is one line, and the OCR
    may print a photo's caption right below it; a piece of running text cut off by the photo has commas. (A title
    of one line set in two phrases, 义工培训 欢喜结缘, is a feature's subhead over its own photo as often.)"""
    for n, u in enumerate(run):
        if u.kind != "caption" or n == 0:
            continue
        above = list(itertools.takewhile(lambda v: v.kind == "short", reversed(run[:n])))
        if sum(len(v.infos) for v in above) >= 2 and all(CLAUSE_BREAKS.isdisjoint(v.raw) for v in above):
            return True
    return False


def caption_cut_above(above: LineInfo, first: LineInfo) -> bool:
    """Whether ``above`` is a caption's first line broken off mid-clause above the caption's next line
    (…馆长说，开馆以来每天都有读者前来借 / 阅图书。某某摄): no headline line holds a comma and then breaks off
    mid-word, and a caption's lines are set at one measure, the first of them full."""
    text = above.line.text
    return (
        bool(CLAUSE_BREAKS.intersection(text.strip()[:-1]))
        and text.rstrip()[-1:].isalnum()
        and not ends_sentence(text)
        and not is_caption(text)  # (a caption of its own, closed by its credit: …父親。某某攝)
        and first.line.blank_before == 0
        and above.width >= first.width
        # (nor above a caption that opens itself, 图为…: a title with a comma over it stays a title)
        and not first.opens_caption
    )


# A speaker's turn in a box of voices: who speaks, and a colon (王建国代表：…, 李明委员：…).
_SPEAKER_TURN = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}[：:]")


def _closes_article(u: Unit, signed: bool = False, pen_names: bool = False) -> bool:
    """A closing credit on a line of its own, or a paragraph a wire story's closing mark ends (…。（完）); with
    ``signed``, or a brief's reporters in brackets (…。（通讯员 陈光）), which close a brief where a title follows
    (a box of voices signs each voice so, and the next voice is no piece of its own); with ``pen_names``, in a box
    of briefs signed so, a pen name of two too (…。（立新）)."""
    return u.kind == "credit" or (
        u.kind == "body"
        and (
            DISPATCH_END.search(u.raw) is not None
            or (signed and closing_credit(u.raw))
            or (pen_names and pen_name_closing(u.raw))
        )
    )


# A name alone on its line, two or three characters set solid (蔡浩明; two set apart, 石 磨, is a title's display
# type as often).
_LONE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,3}\s*$")


def _staff_signed(u: Unit, article: ArticleDraft) -> bool:
    """Whether a dated piece's paragraph ends on its staff's signature in brackets, complete then (…56笔。（孟子涵）):
    the role's (（通讯员 陈光）), or names where the dateline names no reporter (本报讯 11月3日，…（马骁）) or the same
    ones. (Under a dateline naming its reporter, （王 平） after a voice is whom the story quotes.)"""
    dated = article.dateline
    if dated is None or (start := closing_credit_start(u.raw)) is None:
        return False
    credit = u.raw[start:].strip()
    # (a role's, or a unit's and a rank's: （婦幼隊 巡佐 李淑華）)
    if BRACKET_REPORTERS.match(credit) or UNIT_SIGNATURE.match(credit):
        return True
    if not dated[0].reporters:
        # (a brief's, a paragraph or two: further down a story, （姜 红） after a voice is whom it quotes)
        return len(article.units) <= _BRIEF_LEAD_PARAGRAPHS
    reporters = {"".join(r.split()) for r in dated[0].reporters}
    return any(n in reporters for n in signed_names(credit.strip("（）() ")))


# A brief signed by its writer's pen name of two characters in brackets after its last sentence (…获得冠军。
# （立新）): a box of briefs signs so, and a name of two need not open on a surname. (Not a note of the text's:
# （待续）, （上图）.)
_PEN_NAME_END = re.compile(r"[。！？!?]\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{2})\s*[）)]\s*$")
_PEN_NAME_ALONE = re.compile(r"^\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{2})\s*[）)]\s*$")
_NOT_A_PEN_NAME = frozenset(
    {
        "待续",
        "待續",
        "未完",
        "全文",
        "续完",
        "續完",
        "上图",
        "下图",
        "左图",
        "右图",
        "上圖",
        "下圖",
        "左圖",
        "右圖",
        "资料",
        "資料",
        "图片",
        "圖片",
        "供图",
        "供圖",
        "摘编",
        "摘編",
        "编译",
        "編譯",
        "节选",
        "節選",
        "综合",
        "綜合",
        "来源",
        "來源",
        "转载",
        "轉載",
        "原载",
        "原載",
        "据悉",
        "據悉",
        "本报",
        "本報",
        "记者",
        "記者",
        "完稿",
        "附图",
        "附圖",
        # (a speech's or an interview's notes, a feature's pointer to its figure)
        "掌声",
        "掌聲",
        "笑声",
        "笑聲",
        "鼓掌",
        "欢呼",
        "歡呼",
        "见图",
        "見圖",
        "见表",
        "見表",
        "图略",
        "圖略",
        "表略",
        "下略",
        "注释",
        "註釋",
    }
)


def pen_name_closing(text: str) -> bool:
    """Whether a paragraph closes on a pen name of two in brackets after its last sentence (…获得冠军。（立新）)."""
    m = _PEN_NAME_END.search(text)
    return m is not None and m["name"] not in _NOT_A_PEN_NAME


def _signed_brief(u: Unit) -> bool:
    """A paragraph signed by its writer's names in brackets at its end, （宋 平）, that no voice opens (a box of
    voices signs each voice so, “…。”（张三）, 王建国：…（周敏）)."""
    return (
        u.kind == "body"
        and (closing_credit(u.raw) or pen_name_closing(u.raw))
        and not _SPEAKER_TURN.match(u.raw)
        and u.raw.lstrip()[:1] not in "“「‘『\"'"
    )


# How many paragraphs of a brief may stand over the one its signature closes.
_BRIEF_LEAD_PARAGRAPHS = 2


def _signed_on_own_line(units: list[Unit], k: int) -> bool:
    """Unit k is a pen name of two in brackets on a line of its own, the credit closing the brief above it."""
    return (
        k > 0
        and units[k].kind == "credit"
        and _PEN_NAME_ALONE.match(units[k].raw) is not None
        and units[k - 1].kind == "body"
    )


def _signed_brief_in_run(units: list[Unit], k: int) -> bool:
    """Unit k is one of two signed briefs or more in a row, dated or not, right under a column's label (种业简讯
    / …（宋 平） / …（周 宁）): each is a piece, its title printed elsewhere. (Without the label, a story's box of
    voices, a round-up's parts and a letter with the paper's reply are signed so too, and are one piece.)"""
    if not _signed_brief(units[k]):
        return False
    first = k
    while first > 0:
        if _signed_brief(units[first - 1]):
            first -= 1
        elif first > 1 and _signed_on_own_line(units, first - 1):
            first -= 2  # (a brief signed on a line of its own under it, （晓燕）: the signature and the brief)
        else:
            break
    last = k
    while last + 1 < len(units) and _signed_brief(units[last + 1]):
        last += 1
    # (a brief of a few paragraphs is signed under its last: its first ones stand between the label and the signature)
    top = first
    while top > 0 and first - top < _BRIEF_LEAD_PARAGRAPHS and units[top - 1].kind == "body":
        top -= 1
    label = units[top - 1] if top > 0 else None
    return (
        last > first
        and label is not None
        and label.kind in ("short", "furniture")
        # (or a field's news, 基层动态, as a trade paper labels its box)
        and (
            BRIEFS_LABEL.match("".join(label.raw.split())) is not None
            or FIELD_BRIEFS_LABEL.match(label.raw) is not None
        )
    )


def _under_headline_lines(units: list[Unit], k: int) -> bool:
    """Unit k is a paragraph right under a title of two lines or more (wrapped, or with its kicker or
    subtitle), with or without its photo's caption: where a piece opens. (One short line is as likely a
    subhead inside the story above, with the story's last paragraph under it.)"""
    if k < 1 or units[k].kind != "body" or units[k].dateline is not None:
        return False
    above = list(itertools.takewhile(lambda v: v.kind not in _RUNNING, reversed(units[:k])))
    return sum(len(v.infos) for v in above if v.kind == "short") >= 2


# A column's rubric in brackets on a line of its own (（一线见闻）, （基层传真）): four to six hanzi, nothing else.
_RUBRIC_IN_BRACKETS = re.compile(r"^\s*[（(][\u4e00-\u9fff]{4,6}[）)]\s*$")


def column_rubric(units: Sequence[Unit], k: int) -> bool:
    """Unit k is a column's rubric in brackets over a title (no desk's signature, no writer's name) under a
    finished paragraph."""
    return (
        0 < k < len(units) - 1
        and _RUBRIC_IN_BRACKETS.match(units[k].raw) is not None
        and DESK_SIGNATURE.match(units[k].raw) is None
        and not signing_names(units[k].raw)
        and units[k + 1].kind == "short"
        and ends_sentence(units[k - 1].raw)
    )


def _cut_prose(last: Unit) -> bool:
    """A unit of running text, a line or more, that stops in the middle of its sentence (a clause mark in it, none
    closing it): what a picture's placeholder may interrupt."""
    tail = last.raw.rstrip()
    # (not one closing on a colon, …增速如下：, whose list or picture the placeholder may be)
    return (
        last.kind in ("body", "short")
        and not PROSE_MARKS.isdisjoint(tail)
        and not ends_sentence(tail)
        and not tail.endswith(("：", ":"))
    )


def _mid_sentence(article: ArticleDraft | None, upright_below: bool = False) -> bool:
    """The article's text so far stops in the middle of a sentence (a running paragraph, cut off).
    ``upright_below``: the block that follows is a title set upright, a character a line."""
    if article is None or not article.units:
        return False
    last = article.units[-1]
    tail = last.raw.rstrip()
    # (a sentence end, a space and a character or two over a title set upright: its first characters, which
    # the extractor read on the last line beside them, 心里比什么都踏实。 空 / 地 / 变 / …: the paragraph has
    # ended; over anything else they are the next sentence's first words, 。 老钱 / [caption] / 说，…)
    stray = _STRAY_AFTER_END.search(tail)
    if upright_below and stray is not None and ends_sentence(tail[: stray.start()]):
        return False
    return last.kind == "body" and len(last.infos) >= 2 and not ends_sentence(tail) and tail[-1:] not in "）)】」』"


_STRAY_AFTER_END = re.compile(r"[ \u3000]+\S{1,2}$")


def restates_below(
    title: str, above: str, below: str, config: Config, min_containment: float | None = None
) -> tuple[bool, float, float]:
    """Whether a title or caption standing between two runs of text restates the text below it, clearly more
    than the text above (headline lines where a sentence breaks off, a caption after a full stop: the piece
    above ended there); with the two containments, for the record."""
    fit_below, fit_above = containment(title, below), containment(title, above)
    needed = config.split_min_containment if min_containment is None else min_containment
    return fit_below >= needed and fit_below >= fit_above + config.split_margin, fit_below, fit_above


def _wider_than_below(run: list[Unit], below: list[Unit], config: Config) -> bool:
    """A title set over a narrow column: a short unit whose first line is clearly wider than the body below
    (its last line may be as short as it likes); an in-body subhead, set in its column, never is. A story's
    lead may be two or three lines, too few to tell the column: the paragraphs after it tell it too."""
    if not below or len(below[0].infos) < 2:
        return False  # a lone line under it is a fragment of text the OCR cut off, not a lead
    inner = _widths_below(below, config)
    if len(inner) < 3:
        return False
    measure = _upper_quartile(inner)
    return any(
        u.kind == "short"
        and (
            u.infos[0].width >= measure + config.display_overhang
            # a line of hanzi alone has no mark to hang or compress: a cell past the column is past it
            or (
                u.infos[0].width >= measure + config.solid_title_overhang
                and SOLID_HANZI.fullmatch(u.infos[0].line.text.strip()) is not None
            )
        )
        for u in run
    )


# A row of short names or terms set apart by spaces (王建国 李秀英 张伟 刘洋): a list, not a headline.
# (two characters at least each: a title set letter-spaced is one character a token)
_NAME_ROW = re.compile(r"\S{2,4}(?:[ \u3000]+\S{2,4}){2,}")


def _full_widths(u: Unit) -> list[float]:
    """Widths of the lines of a paragraph that may be full: not its first (indented) or its last (short)
    line, nor a piece pdftotext -raw cut off a printed line (it starts at a quote or a mark no line starts
    with). A paragraph of two lines gives its first line: short of the column by an indent at most, which is
    less than a change of measure between two articles."""
    lines = u.infos[:-1] if len(u.infos) == 2 else u.infos[1:-1]
    return [i.width for i in lines if not PIECE_START.match(i.line.text.strip())]


def _inner_widths(units: list[Unit], limit: int, past_subheads: bool = False) -> list[float]:
    """Widths of the full lines of the paragraphs before a boundary, nearest first, back to the dateline that
    opened their article: the first line of a paragraph is indented and its last line short, so only the
    lines between tell the measure (or to the byline on a line of its own that opened it, as a feature or a
    column opens: the story above it is set at its own measure)."""
    out: list[float] = []
    for at in range(len(units) - 1, -1, -1):
        u = units[at]
        if (
            past_subheads
            and u.kind == "short"
            and len(u.infos) == 1
            # (words, no mark: not a speck or a fragment an OCR engine cut off a line, 闻))
            and re.fullmatch(r"[\u4e00-\u9fff\s“”「」]{3,}", u.raw.strip()) is not None
            and 0 < at < len(units) - 1
            and units[at - 1].kind == "body"
            and units[at + 1].kind == "body"
            and units[at - 1].dateline is None
            and ends_sentence(units[at - 1].raw)
        ):
            # (a subhead between two paragraphs: the column goes on above it)
            continue
        if u.kind not in _RUNNING:
            break
        out.extend(reversed(_full_widths(u)))
        if len(out) >= limit or u.dateline or u.kind == "byline":
            break
    return out[:limit]


def _upper_quartile(widths: list[float]) -> float:
    # Full lines dominate a column; fragments cut at quotation marks are short, so the upper quartile is the
    # measure and the median is not.
    ordered = sorted(widths)
    return ordered[(3 * len(ordered)) // 4]


def _widths_below(below: list[Unit], config: Config, above: float | None = None) -> list[float]:
    """Widths of the full lines of the paragraphs from the first of ``below`` on, up to the next line outside
    the flow, the next dateline or a paragraph set at another measure (a third article). ``above``: the
    measure of the column above them, which a width or two read so far may already agree with."""
    inner: list[float] = _full_widths(below[0]) if below else []
    for u in below[1:]:
        if u.kind == "caption":
            continue  # a photo set into the column: its text goes on below the caption
        if len(inner) >= config.measure_lines or u.kind not in _RUNNING or u.dateline is not None:
            break
        own = _full_widths(u)
        if inner and len(own) >= 2 and abs(_upper_quartile(own) - _upper_quartile(inner)) >= config.measure_jump:
            break
        # (a paragraph of two or three lines gives one width: where the lines read so far agree on their
        # measure, with each other or with the column above, and it is wider than all of them by more than one
        # column's lines ever differ, it is set at another measure too: the short paragraphs closing a story
        # are not read at the measure of the wider piece under them)
        agreed = (len(inner) >= 2 and max(inner) - min(inner) < config.measure_jump) or (
            above is not None and bool(inner) and all(abs(w - above) < config.measure_jump for w in inner)
        )
        if agreed and own and min(own) >= max(inner) + config.measure_jump:
            break
        inner.extend(own)
    return inner


_KICKER_DASH = re.compile(r"(?:——|--|—)\s*$")


def _below_opening_note(units: list[Unit]) -> list[Unit]:
    """An article's units below the editor's note that opens it (编者按：…), if any."""
    return units[1:] if len(units) > 1 and OPENING_LABEL.match(units[0].raw) else units


def _introduced_list(run: Sequence[Unit], config: Config) -> bool:
    """A line closed by a colon over rows of one line each, a name and its value set apart (主要項目冠軍： / 男子單打
    林浩然 / 女子單打 …): the story's list that the colon introduces, no headlines (a kicker closed by a colon heads
    a title of a line or two, not a column of rows)."""
    intro = run[0].raw.rstrip()
    return (
        len(run) > config.heading_lines
        and intro.endswith(("：", ":"))
        # (not a kicker that introduces its title with a verb of saying, 市委常委会会议强调：)
        and not INTRODUCING_VERB_END.search(intro[:-1])
        # (rows of a name and its value set apart, 男子单打 林浩然: a title's lines hold no such gap)
        and all(len(u.infos) == 1 and u.kind == "short" and " " in u.raw.strip() for u in run[1:])
    )


def _leading_list(units: Sequence[Unit], k: int, j: int) -> int:
    """How many of units k to j, from k, are a list counted from one (two items at least, a line each) and the
    line whose colon introduces it (跨年档预售前三名影片： / 1.… / 2.…), that line in the run or the paragraph above
    it; 0 where the run opens on none."""
    intro = units[k].raw.rstrip().endswith(("：", ":")) and len(units[k].infos) == 1
    first = k + 1 if intro else k
    if not intro and not (k > 0 and units[k - 1].kind in _RUNNING and units[k - 1].raw.rstrip().endswith(("：", ":"))):
        return 0
    n = first
    while n < j and len(units[n].infos) == 1 and (c := item_count(units[n].raw)) is not None:
        if c[1] != n - first + 1 or (n > first and c[0] != item_count(units[first].raw)[0]):
            break
        n += 1
    return n - k if n - first >= 2 else 0


def _row_beside_rows(raw: str, below: str, above: str) -> bool:
    """Whether a line is a row of figures (label：figure) or of a match's timeline with a row of its kind above or
    below it, or the line above introducing it with its colon (进球： / 67' 某某（某队） 1-0)."""
    return any(
        row.match(raw) is not None
        and (row.match(below) is not None or row.match(above) is not None or above.rstrip().endswith(("：", ":")))
        for row in (COLON_FIGURE_ROW, TIMELINE_ROW)
    )


# A notice's salutation to the public it serves, alone on its line (尊敬的用户：, 尊敬的广大市民：, 各位旅客：).
_CUSTOMERS_ADDRESSED = re.compile(
    r"^\s*(?:尊敬的|各位)(?:广大|廣大)?[\u4e00-\u9fff]{0,4}(?:用户|用戶|客户|客戶|市民|居民|旅客|乘客|读者|讀者|顾客|顧客|会员|會員"
    r"|家长|家長|业主|業主|考生|朋友)(?:们|們)?\s*[：:]\s*$"
)


def _counted_list(units: Sequence[Unit], k: int, j: int) -> bool:
    """Whether units k to j are the items of a list counted from one in one form (1.… / 2.… / 3.…), a line each,
    under the paragraph whose colon introduces them (…前三名影片：): the text's own, no headlines."""
    counts = [item_count(u.raw) for u in units[k:j]]
    return (
        k > 0
        and units[k - 1].kind in _RUNNING
        and units[k - 1].raw.rstrip().endswith(("：", ":"))
        and all(c is not None for c in counts)
        and counts == [(counts[0][0], n) for n in range(1, len(counts) + 1)]
        and all(len(u.infos) == 1 for u in units[k:j])
    )


def _dashed_headline(run: list[Unit]) -> bool:
    """A kicker that ends on a dash over its title (某某推出新服务—— / 用科技传承饮食文化), or a title over a
    subtitle that opens with one (——访某某): the dash ties headline parts together; a subhead has none."""
    shorts = [u for u in run if u.kind == "short"]
    return any(_KICKER_DASH.search(a.raw) or SUBTITLE_DASH.match(b.raw) for a, b in itertools.pairwise(shorts))


def _title_in_large_type(u: Unit, config: Config) -> bool:
    """Three lines or more, none wider than ``large_type_share`` of the column: a title set large in a box of a few
    characters (社区书屋开讲 主题 / 「阅读点亮生 / 活」…); an in-body subhead is a few words on one line, or two
    in a narrow column. A piece that opens on a closing mark is no line of its own: pdftotext -raw cut the
    printed line there (请来农技“土专家” / ，荒山坡种出好 / 茶叶 is a subhead wrapped once)."""
    if u.kind != "short":
        return False
    rows: list[LineInfo] = []
    widths: list[float] = []
    for i in u.infos:
        if rows and i.line.text.lstrip()[:1] in CLOSING:
            widths[-1] += i.width
        else:
            rows.append(i)
            widths.append(i.width)
    return (
        len(rows) >= config.large_type_lines
        and all(w <= config.large_type_share * i.measure for w, i in zip(widths, rows, strict=True))
        and sum(widths) >= config.large_type_chars
    )


def _measure_jump(
    before: list[Unit],
    u: Unit,
    config: Config,
    after: Sequence[Unit] = (),
    min_below: int = 3,
    min_above: int | None = None,
) -> float | None:
    """Articles are set at their own measure; a paragraph that ends a sentence and is followed by one set
    clearly wider or narrower is the end of one article and the start of the next. Each side is measured on
    its own lines: the paragraphs above back to their dateline, and the new paragraph with the ones after it
    at its measure (a lead of two lines says nothing alone)."""
    if not before or not ends_sentence(before[-1].raw):
        return None
    a = _inner_widths(before, config.measure_lines)
    b = _widths_below([u, *after], config, _upper_quartile(a) if a else None)
    if len(a) < (config.measure_lines // 2 if min_above is None else min_above):
        # (too few lines under the story's last subhead to tell its measure: read on above the subhead, where a
        # greater change still tells another piece, 课堂外的朋友圈 / 72岁的何阿姨… over a narrower
        # column; quotations cut into pieces leave a section few full lines, and its measure less sure)
        a = _inner_widths(before, config.measure_lines, past_subheads=True)
        if len(a) < (config.measure_lines // 2 if min_above is None else min_above) or len(b) < min_below:
            return None
        jump = abs(_upper_quartile(a) - _upper_quartile(b))
        return jump if jump >= config.measure_jump_past_subhead else None
    if len(b) < min_below:
        # Too few lines to measure, unless they are far wider than any line of the column above: text read
        # across several columns at once (the OCR took a block of narrow columns for a table).
        widest = max(i.width for i in u.infos)
        across = widest >= config.read_across_ratio * _upper_quartile(a)
        return widest - _upper_quartile(a) if across else None
    jump = abs(_upper_quartile(a) - _upper_quartile(b))
    return jump if jump >= config.measure_jump else None


def _supplied_caption(units: Sequence[Unit], k: int, config: Config) -> bool:
    """Whether unit k, closed by whoever supplied the photo, stands where a caption does: one line set across the
    columns between two lines of one sentence (…鄧國華說，今 / 中華總會敬老聯歡會上，…舞龍。（中華總會提供） /
    年來自…); its last line under its first, cut off mid-clause among the headline lines over a story (…晚宴上，
    醒獅隊登台表演 / 助興。（會館提供） / 本報開普敦訊…); or next to another caption, as photos stand in a row and their
    captions one after another (…演唱傳統曲目。（泉田國小提供） / 百年碾米廠修復後…。（記者某某攝）), but not a story's
    last paragraph with the next story's caption under it."""
    u = units[k]
    above = units[k - 1] if k > 0 else None
    below = units[k + 1] if k + 1 < len(units) else None
    if above is None or below is None:
        across = inside_headline = False
    else:
        across = (
            len(u.infos) == 1
            and u.infos[0].overhangs(config)
            # (the line above a piece of a sentence, a clause and the word the photo cut: …說，今)
            and (above.kind == "body" or not CLAUSE_BREAKS.isdisjoint(above.raw))
            and not ends_sentence(above.raw)
            and below.kind == "body"
        )
        inside_headline = (
            len(u.infos) == 1
            and above.kind == "short"
            and not CLAUSE_BREAKS.isdisjoint(above.raw.strip()[:-1])
            and (below.dateline is not None or below.kind == "byline")
        )
    in_row = (
        printed_lines(u.infos) <= 2
        and any(v is not None and v.kind == "caption" for v in (above, below))
        and not (above is not None and above.kind == "body")
    )
    return across or inside_headline or in_row


def _stack_over_text(units: Sequence[Unit], k: int) -> bool:
    """Whether the headline lines over unit k stand on the page's last text (a finished paragraph, a caption,
    furniture), not under a byline as a poem's lines do (◎ 陈 默 / 河水还是那样慢 / …)."""
    j = k - 1
    while j >= 0 and units[j].kind == "short":
        j -= 1
    return (
        j < 0 or units[j].kind in ("caption", "furniture") or (units[j].kind == "body" and ends_sentence(units[j].raw))
    )


_HANZI = re.compile(r"[\u4e00-\u9fff]")
_TAG_AT_END = re.compile(r"[（(][^（）()]*[）)]\s*$")
# A number to call closing a line, its hours in brackets or not (2788 1234（辦公時間內）), and a line of nothing else.
_NUMBER_ENDS = re.compile(r"\d[\d\s\-－]{5,}\d\s*(?:[（(][^（）()]{1,12}[）)])?\s*$")
_NUMBER_ALONE = re.compile(rf"^\s*{_NUMBER_ENDS.pattern}")


def _label_line(u: Unit) -> bool:
    """A box of briefs' label read as a short line of its own (旅讯速递, 经济简讯)."""
    return u.kind == "short" and len(u.infos) == 1 and BRIEFS_LABEL.match("".join(u.raw.split())) is not None


def _box_bullet(units: Sequence[Unit]) -> str:
    """The bullet that marks the first item under the last box label (furniture) of the units so far, if any."""
    for j in range(len(units) - 1, -1, -1):
        # (or the box's label read as a short line of its own, 经济简讯)
        if units[j].kind == "furniture" or _label_line(units[j]):
            first = next((u.raw.lstrip()[:1] for u in units[j + 1 :] if BULLET.match(u.raw)), "")
            return first
    return ""


def _in_briefs_box(units: Sequence[Unit], k: int, config: Config) -> bool:
    """Whether unit k stands in a box of briefs: the box's label above it, furniture (社区简讯, 院所简讯), and
    between them only the box's briefs, titles over a paragraph or two each."""
    lines = 0
    for j in range(k - 1, -1, -1):
        u = units[j]
        # (a field's label too, 社团动态)
        if u.kind == "furniture":
            return is_briefs_label(u.raw)
        # (or the box's label read as a short line of its own, 旅讯速递, over titled briefs: not over a box of
        # bulleted items, whose lines a title's rules misread)
        if _label_line(u):
            # (a box whose briefs each stand under a marked title, 经济简讯 / ■南州港… / 本报讯 …, is a box of briefs:
            # its marked lines so far were read as titles)
            # (a label marked itself, ■种业简讯, over no marked line is no such box)
            marked = [v for v in units[j + 1 : k + 1] if BULLET.match(v.raw)]
            return all(v.kind == "short" for v in marked if v is not units[k]) and (
                bool(marked) or not BULLET.match(u.raw)
            )
        # (briefs with no dateline: a dated story under the box is a piece of its own, its subheads its own; but a
        # brief of the box may open on a dateline under its marked title, ■南州港… / 本报讯 5月18日，…, and be
        # signed on a line of its own, （通讯员 韦华）)
        titled_dated = (
            u.dateline is not None
            and j >= 1
            and units[j - 1].kind == "short"
            and BULLET.match(units[j - 1].raw) is not None
            # (for the box's next marked title only: a subhead in a dated story under one is the story's)
            and BULLET.match(units[k].raw) is not None
        )
        if u.kind not in ("short", "body", "credit") or (u.dateline is not None and not titled_dated):
            return False
        lines += len(u.infos)
        if lines > config.briefs_box_lines:
            return False
    return False


# Words a brief's next paragraph shares with the brief above when it goes on about it (a figure or a date shared
# says nothing): three, as a brief's next day names its event's words.
_BRIEF_GOES_ON_GRAMS = 3
_FIGURE_GRAM = re.compile(r"[\d０-９月日年]")


# A brief of a district paper's box led by its place, set apart by a space before the news (洪塘街道 日前，…, 慈城镇
# 3月19日，…): the box names where each happened, no dateline.
_PLACE_LED_BRIEF = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,8}(?:街道|镇|鎮|乡|鄉|社区|社區|村|区|區|县|縣)[ \u3000]+"
    r"(?:日前|近日|近期|连日来|連日來|\d{1,2}\s*月\s*\d{1,2}\s*日)"
)


def _untitled_brief(units: Sequence[Unit], k: int, config: Config) -> bool:
    """Whether unit k is a brief of its own in a box of briefs, with no title and no dateline: it opens on its date
    (11月18日，…) right after a finished brief, and over them the box holds only dated briefs of a paragraph or two
    each, up to its label (简 讯). A story's paragraph opens on a date as often, but a box holds no story."""
    if not DATED_LEAD.match(units[k].raw) or k == 0 or not ends_sentence(units[k - 1].raw):
        return False
    # (nor the brief above going on to its next day, 11月16日，各项目预赛…: it names the brief's things)
    above = {g for g in word_bigrams(units[k - 1].raw) if not _FIGURE_GRAM.search(g)}
    if len(above & word_bigrams(units[k].raw)) >= _BRIEF_GOES_ON_GRAMS:
        return False
    lines, paragraphs, dated = 0, 0, 0
    for j in range(k - 1, -1, -1):
        u = units[j]
        if u.kind in ("short", "furniture"):
            return is_briefs_label(u.raw) and dated > 0
        if u.kind != "body":
            return False
        lines += len(u.infos)
        paragraphs = 0 if u.dateline is not None else paragraphs + 1
        dated += u.dateline is not None
        # (each brief a paragraph or two under its dateline)
        if lines > config.briefs_box_lines or paragraphs > 1:
            return False
    return False


def _credited_caption(units: Sequence[Unit], i: int) -> bool:
    """Whether unit i is a photo's caption closed by its credit (…某某 摄)."""
    return 0 <= i < len(units) and units[i].kind == "caption" and CAPTION_CREDIT.search(units[i].raw) is not None


_SECTION_OF_A_PIECE = re.compile(
    r"^\s*【[^】]{0,6}(?:提示|提醒|点评|點評|说法|說法|解读|解讀|建议|建議|回放|回顾|回顧|分析|链接|鏈接|手记|手記|贴士|貼士)】\s*$"
)


def _tagged_section_above(units: Sequence[Unit], k: int) -> bool:
    """Whether unit k is a section's tag (…提示, …点评, …说法) with a 【tag】 line above it and only running text
    between: the piece's sections are tagged (【案例回放】 … 【警方提示】), and the second goes on in the piece the
    first opened (briefs tagged by their kind, 【社区动态】 … 【校园快讯】, and a series' days, 【庭审第八天】, are
    pieces of their own)."""
    if not _SECTION_OF_A_PIECE.match(units[k].raw):
        return False
    for j in range(k - 1, -1, -1):
        if _SECTION_TAG.match(units[j].raw):
            return j < k - 1
        if units[j].kind not in _RUNNING or units[j].dateline is not None:
            return False
    return False


def _title_cut_at_comma(units: Sequence[Unit], k: int) -> bool:
    """Whether the title over unit k stands in two units of a line each, the wrap leaving its first at its comma
    (孩子反复咳嗽， / 一定是肺炎吗？ / 问：…)."""
    return (
        k >= 3
        and len(units[k - 2].infos) == 1
        and len(units[k - 1].infos) == 1
        and units[k - 2].raw.rstrip().endswith(("，", ","))
    )


def _asked_under_label(units: Sequence[Unit], k: int) -> bool:
    """Whether unit k is a reader's question (問：) under a questions column's label (讀者信箱) and the title asking
    it, a line or two (its first line perhaps a unit of its own, cut at its comma)."""
    label = units[k - 3] if _title_cut_at_comma(units, k) else units[k - 2] if k >= 2 else None
    return (
        label is not None
        and QUESTION_OPEN.match(units[k].raw) is not None
        # (letter-spaced as a label often is: 科 學 小 問 答)
        and PIECE_LABEL.match("".join(label.raw.split())) is not None
        and units[k - 1].raw.rstrip()[-1:] in "？！?!"
        and len(units[k - 1].infos) <= 2
    )


def _set_wider_below(above: Sequence[Unit], below: Unit, config: Config) -> bool:
    """Whether the first line of a paragraph is wider than the column above it by more than a heading's margin."""
    widths = [i.width for u in above[-3:] if u.kind in _RUNNING for i in u.infos]
    return len(widths) >= config.measure_lines // 2 and below.infos[0].width - max(widths) >= config.measure_jump


# Two phrases of a title set apart by a space (中秋綵燈會 街坊樂團圓).
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff]{2}[ \u3000]+[\u4e00-\u9fff]{2}")
# The date a letter was written and where (2022年11月30日于吉隆坡, 二〇二三年元月寫於溫哥華).
_DATED_AT = re.compile(
    r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十元]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
    r"\s*(?:写|寫)?(?:于|於)\s*[\u4e00-\u9fff]{2,8}\s*$"
)


def _leading_captions(run: Sequence[Unit]) -> int:
    """How many photo captions open a run of units outside the flow."""
    n = 0
    while n < len(run) and run[n].kind == "caption":
        n += 1
    return n


def segment(
    groups: list[list[LineInfo]],
    config: Config,
    trace: list[Decision] | None = None,
    one_unit_per_line: bool = False,
) -> Segmentation:
    units = classify(groups, config, one_unit_per_line)

    def note(action: str, u: Unit, reason: str) -> None:
        if trace is not None:
            trace.append(Decision("segment", action, u.lines, reason))

    # Paragraphs that open an article whatever stands around them: the lead that carries a byline, the lead
    # right above a byline on its own line, and the labels that only open pieces.
    opens: dict[int, str] = {}
    closed_leads: list[int] = []  # leads closed by their byline (報導╱…)
    # A column of briefs each sourced to the foreign media it was read in (据外媒报道，…; 据外媒2日报道，…): where
    # three paragraphs or more of the page open so after a finished one, a few paragraphs apart, each opens a brief
    # (a story cites such a report once or twice).
    sourced = [
        k
        for k, u in enumerate(units)
        if u.kind == "body"
        and _MEDIA_REPORT.match(u.raw)
        and k > 0
        # (after a finished paragraph, or the column's label, 环球扫描)
        and (ends_sentence(units[k - 1].raw) or units[k - 1].kind in ("short", "furniture"))
    ]
    if (
        len(sourced) >= config.sourced_briefs_min
        and all(b - a <= config.sourced_briefs_apart for a, b in itertools.pairwise(sourced))
        # (the column opens under its label or the page's furniture: an analysis citing such reports three times
        # opens under its own title and byline)
        and units[sourced[0] - 1].kind in ("short", "furniture")
    ):
        for k in sourced:
            opens.setdefault(k, "a brief sourced to the media (据外媒报道，…) in a column of them")
    for k, u in enumerate(units):
        if u.kind != "body":
            continue
        if lead_byline(u.raw):
            standalone = len(u.infos) <= 2 and len(LEAD_BYLINE.search(u.raw).group()) >= len(u.raw.strip()) - 1
            if standalone and k > 0 and units[k - 1].kind == "body":
                opens.setdefault(k - 1, "lead paragraph above a byline (報導╱…)")
            elif not standalone:
                opens.setdefault(k, "lead paragraph closed by a byline (報導╱…)")
                closed_leads.append(k)
        if u.photo_news:
            opens.setdefault(k, "a photo's caption under its own title, no story under them: a photo-news piece")
        if _OPENING_LABEL.match(u.raw):
            opens.setdefault(k, "a label that opens a piece (核心阅读, 编者按)")
        # (not the addressees a story quotes after its colon: …倡议书写道： / 各单位：)
        if _ADDRESSEES.match(u.raw) and not (k > 0 and units[k - 1].raw.rstrip().endswith(("：", ":"))):
            opens.setdefault(k, "the addressees of an official notice (各省、自治区…：) open it")
        # (and so do a utility's or a shop's customers addressed after a finished paragraph, 尊敬的用户：, as a notice
        # of a cut in supply opens; not a letter a story quotes after its colon)
        elif (
            _CUSTOMERS_ADDRESSED.match(u.raw)
            and k > 0
            and ends_sentence(units[k - 1].raw)
            and not units[k - 1].raw.rstrip().endswith(("：", ":"))
        ):
            opens.setdefault(k, "a notice to its customers (尊敬的用户：) after a finished paragraph opens it")
        if (
            _PLACE_LED_BRIEF.match(u.raw)
            # (signed by its correspondent, at its end or on the line under it: a round-up's or a diary's paragraphs
            # led by a place, 城关镇 近日，…, 青山村 3月5日 晴。…, are the story's)
            and (closing_credit(u.raw) or (k + 1 < len(units) and units[k + 1].kind == "credit"))
            and k > 0
            and units[k - 1].kind in ("body", "credit")
            and (ends_sentence(units[k - 1].raw) or units[k - 1].kind == "credit")
            and not _PLACE_LED_BRIEF.match(units[k - 1].raw)
            and not (k > 1 and units[k - 1].kind == "credit" and _PLACE_LED_BRIEF.match(units[k - 2].raw))
        ):
            opens.setdefault(k, "a brief led by its place (洪塘街道 日前，…) after a finished piece: a box of briefs")
        if _untitled_brief(units, k, config):
            opens.setdefault(
                k, "a brief opening on its date after a finished brief, in a box of briefs under its label"
            )
        # (not under the editor's note that introduces the letter: 编者按：…本期刊发一封读者来信… / 编辑同志：, nor
        # under the colon of a story's paragraph quoting one, 信中写道：; a letter's title may end on one)
        if (
            (
                LETTER_SALUTATION.match(u.raw)
                # (or any letter's, 各位乡亲：, 亲爱的同学们：, after the finished text above and signed below, over its
                # writer's post and name or its date: a letter of its own; one a story quotes goes on in the story)
                or (
                    SALUTATION.match(u.raw)
                    and k > 0
                    and ends_sentence(units[k - 1].raw)
                    and _signed_letter_below(units, k)
                )
            )
            and not (k > 0 and _OPENING_LABEL.match(units[k - 1].raw))
            and not (k > 0 and units[k - 1].kind == "body" and units[k - 1].raw.rstrip().endswith(("：", ":")))
        ):
            opens.setdefault(k, "a reader's letter opens on its salutation (编辑同志：)")
        if _asked_under_label(units, k):
            opens.setdefault(k, "a reader's question (問：) under a questions column's label and its title")
        if _LEAD_CREDIT.match(u.raw):
            opens.setdefault(k, "a lead that opens with its reporters in brackets (（记者 某某）…)")
        if (
            _SECTION_TAG.match(u.raw)
            and not _CASE_SECTION_TAG.match(u.raw)
            and k > 0
            and (units[k - 1].kind != "body" or len(units[k - 1].infos) == 1 or ends_sentence(units[k - 1].raw))
            and not _tagged_section_above(units, k)
        ):
            # 【研訊第九天】 alone under a title or a caption, or after a story's last full stop (a tagged series
            # report, a 【相关链接】 box); not where a column break cut a sentence, nor after a section of the same
            # piece tagged so (【案例回放】 … 【警方提示】)
            opens.setdefault(k, "a 【tag】 line under headline lines or after a full stop opens a piece")

    # Right above the opening of a piece, a sentence of a line or two after a caption or a title is a photo's
    # caption even without a clause in it (王家三餐只靠一鍋稀飯度日。): the piece's text starts below it. So is
    # one right under the masthead at the top of the page (the page's lead photo; not under a note that a
    # story is continued, （上接第1版）, whose last sentence it may be).
    for k in sorted(opens):
        if k < 2:
            continue
        # (the masthead: furniture, and the short pieces an OCR engine broke off it, 要闻, before any text)
        masthead = [
            u.kind == "furniture" or (u.kind == "short" and len(u.raw.strip()) <= config.masthead_piece_chars)
            for u in units[: k - 1]
        ]
        under_masthead = all(masthead) and not any(_CONTINUED.search(u.raw) for u in units[: k - 1])
        if (units[k - 2].kind in ("caption", "short") and not _CONTINUED.search(units[k - 2].raw)) or under_masthead:
            u = units[k - 1]
            short = len(u.infos) <= config.caption_row_lines
            # (not a letter's title asking under its column's label, 职工信箱 / …该怎么算？ / 编辑同志：)
            letter = LETTER_SALUTATION.match(units[k].raw) and PIECE_LABEL.match(units[k - 2].raw)
            if u.kind == "body" and u.dateline is None and short and ends_sentence(u.raw) and not letter:
                u.kind = "caption"
    # A column's label over a question on a line of its own (生活指南 / 年末调整要注意什么？): the question is the
    # column's title, whatever text answers it below.
    for k in range(2, len(units)):
        if (
            units[k - 2].kind in ("short", "furniture")
            and (
                PIECE_LABEL.match("".join(units[k - 2].raw.split()))
                or COLUMN_LABEL.match("".join(units[k - 2].raw.split()))
            )
            # (the label after a title or at the top, not a story's subhead, 专家提示, over a question it answers)
            and (k < 3 or units[k - 3].kind not in _RUNNING)
            and units[k - 1].kind == "body"
            and len(units[k - 1].infos) == 1
            and units[k - 1].dateline is None
            and units[k - 1].raw.rstrip()[-1:] in "？?"
            and len(content_key(units[k - 1].raw)) <= config.headline_max_width
            and units[k].kind in _RUNNING
        ):
            units[k - 1].kind = "short"
    # The foot block of headlines may end on a title that asks (… / 健身房突然闭店 / 预付卡余额咋退 / 小区电梯停了半个
    # 月 谁来管？): under the block's other titles, with nothing but furniture under it, it is one of them.
    last_text = max((k for k, u in enumerate(units) if u.kind != "furniture"), default=-1)
    if last_text >= 2:
        u = units[last_text]
        if (
            u.kind == "body"
            and len(u.infos) == 1
            and u.dateline is None
            and u.raw.rstrip()[-1:] in "？！?!"
            and PROSE_MARKS.isdisjoint(u.raw.rstrip()[:-1])
            and len(content_key(u.raw)) <= config.headline_max_width
            and units[last_text - 1].kind == "short"
            and units[last_text - 2].kind == "short"
            # (a block of titles the page's furniture or the last piece's credit stands over, not an essay's
            # closing verses, 你可还记得那个等月亮的孩子？)
            and _block_after_furniture(units, last_text)
        ):
            u.kind = "short"
    # On a page whose paragraphs each open with an indent (a text export, one paragraph a line, 　　…), a line set
    # flush that asks or exclaims, a title's length, between two paragraphs, is a heading (雷阵雨为何“说来就来”？):
    # running text is indented there, headings are not.
    indented = [u.infos[0].line.text[:1].isspace() for u in units if u.kind == "body" and u.dateline is None]
    if len(indented) >= config.indented_page_min_paragraphs and sum(indented) >= config.indented_page_share * len(
        indented
    ):
        for k in range(1, len(units) - 1):
            u = units[k]
            if (
                u.kind == "body"
                and len(u.infos) == 1
                and u.dateline is None
                and not u.infos[0].line.text[:1].isspace()
                and u.raw.rstrip()[-1:] in "？！?!"
                and not _SENTENCE_IN.search(u.raw.rstrip()[:-1])
                and not QUESTION_OPEN.match(u.raw)
                and len(content_key(u.raw)) <= config.headline_max_width
                and units[k - 1].kind in _RUNNING
                and ends_sentence(units[k - 1].raw)
                and units[k + 1].kind == "body"
                and units[k + 1].infos[0].line.text[:1].isspace()
            ):
                u.kind = "short"
    # A reader's letter is headed by its title, often a question (小区门口的路灯何时能亮起来？): the lines right
    # above its salutation, after the full stop of the text above or the page's furniture, a title's length (a
    # kicker, 读者来信, and a title wrapped once), are that headline, not a sentence of it.
    for k in sorted(opens):
        # (so is a questions column's: its label, 讀者信箱, over the title asking, over the reader's 問：)
        asked = _asked_under_label(units, k)
        if (
            (LETTER_SALUTATION.match(units[k].raw) or asked)
            and k >= 1
            and units[k - 1].kind == "body"
            and len(units[k - 1].infos) <= config.letter_title_max_lines
            and len(content_key(units[k - 1].raw)) <= config.headline_max_width
            and units[k - 1].dateline is None
            and units[k - 1].raw.rstrip()[-1:] in "？！?!"
            # (a title over lines is set in phrases, no clause cut at the wrap: …究竟难在哪 / 里，又该怎样破解？ is a
            # paragraph asking; its column's label over it, 读者来信, says it is a title all the same)
            and (
                len(units[k - 1].infos) == 1
                or PIECE_LABEL.match(units[k - 1].infos[0].line.text)
                or not CLAUSE_BREAKS.intersection(units[k - 1].raw)
            )
            # (after the letter above: its last sentence, its reader's signature, or the page's furniture)
            and (
                k < 2
                or asked
                or ends_sentence(units[k - 2].raw)
                or units[k - 2].kind in ("furniture", "credit")
                or reader_signature(units[k - 2].raw)
                # (or the letters column's label, 职工信箱, over the title)
                or PIECE_LABEL.match(units[k - 2].raw) is not None
            )
        ):
            units[k - 1].kind = "short"
            # (and its first line, a line of its own the wrap left at its comma, under the column's label: 专家答疑 /
            # 孩子反复咳嗽， / 一定是肺炎吗？ / 问：…)
            if (
                asked
                and _title_cut_at_comma(units, k)
                and units[k - 2].kind == "body"
                and len(content_key(units[k - 2].raw)) <= config.headline_max_width
                and PIECE_LABEL.match("".join(units[k - 3].raw.split())) is not None
            ):
                units[k - 2].kind = "short"
    # A lead may take two paragraphs, the byline closing the second: a sentence or two setting the scene right
    # under the headline lines (and the photo's caption) is where the piece opens.
    for k in closed_leads:
        if _under_headline_lines(units, k - 1) and len(content_key(units[k - 1].raw)) < config.lead_opener_max_chars:
            del opens[k]
            opens.setdefault(
                k - 1, "a sentence setting the scene under headline lines, over a lead closed by its byline"
            )

    # A note in brackets on a line of its own right after a finished paragraph, where the piece came from or who
    # wrote it (（摘自《…》 作者 某某）, （宣传科 某某）, （答疑专家：…）), is that piece's last line, no title of the
    # next (not a jump line, （上接第1版） opens what follows, nor a photo's credit or a date, which their own rules
    # read).
    for k in range(1, len(units)):
        if (
            units[k].kind == "short"
            and units[k - 1].kind == "body"
            and ends_sentence(units[k - 1].raw)
            and CLOSING_NOTE.match(units[k].raw)
            and not JUMP.search(units[k].raw)
            and not _NOTE_NOT_CLOSING.search(units[k].raw)
            # (nor a column's rubric over the next title, （一线见闻） / 乡村早市人气旺)
            and not column_rubric(units, k)
        ):
            units[k].kind = "body"

    # Find runs of non-body units and decide whether each is a headline zone.
    body_idx = [k for k, u in enumerate(units) if u.kind in _RUNNING]
    first_body = body_idx[0] if body_idx else len(units)
    last_body = body_idx[-1] if body_idx else -1
    zone_at: dict[int, list[Unit]] = {}  # start index -> units of a headline zone
    couplets: set[int] = set()  # the zones of two whole lines between paragraphs
    k = 0
    while k < len(units):
        if units[k].kind in _RUNNING:
            k += 1
            continue
        j = k
        while j < len(units) and units[j].kind not in _RUNNING:
            j += 1
        run = units[k:j]
        if (listed := _leading_list(units, k, j)) and listed < len(run):
            # a list its colon introduces, counted from one a line each, opens the run (…前三名影片： / 1.… / 2.… /
            # 3.…): the text's own, however short its lines; what follows it is read as a run of its own
            k += listed
            continue
        nxt = units[j] if j < len(units) else None
        # (a reader's signature closes the letter above as its last sentence would)
        after_sentence = (
            k == 0
            or ends_sentence(units[k - 1].raw)
            # (a number to call closes what it ends, its hours in brackets or not: 2788 1234（辦公時間內）)
            or _NUMBER_ENDS.search(units[k - 1].raw) is not None
            or units[k - 1].photo_news
            or (len(units[k - 1].infos) == 1 and reader_signature(units[k - 1].raw, aged=True))
            # (an adviser's or an expert's signature under the answer closes it: 本报法律顾问 某某, （…主任医师 某某）)
            or ADVISER_SIGNATURE.match(units[k - 1].raw) is not None
            or EXPERT_SIGNATURE.match(units[k - 1].raw) is not None
            # (and so does a closing note in brackets, （摘自《…》 作者 某某）, read as the piece's last line above)
            or (units[k - 1].kind == "body" and CLOSING_NOTE.match(units[k - 1].raw) is not None)
        )
        # the run opens on a jump line sending the story above on to another page (（下转第4版）): it ends there
        sent_on = int(run[0].kind == "furniture" and JUMP_ON.match(run[0].raw) is not None)
        # after a finished paragraph and over a real one (a list of short items is no headline)
        # (three lines of a column, or as many characters on one line: a text export sets a paragraph a line)
        between_paragraphs = (
            after_sentence
            and nxt is not None
            and (len(nxt.infos) >= 3 or len(content_key(nxt.raw)) >= config.unwrapped_paragraph_chars)
        )
        # (under a photo's caption, two full lines of the text below tell its measure where that text tells of other
        # things than the story above: the photo stands between the pieces, 街坊在綵燈下合照留念。（…攝） / 中秋綵燈會
        # 街坊樂團圓 / 由…; a story's last paragraph set wider beside its photo goes on with its words)
        new_matter = (
            run[0].kind == "caption"
            and nxt is not None
            # (and a title in two phrases, as a piece's is set: a subhead beside a photo, 柿饼走出大山, is one phrase)
            and any(u.kind == "short" and _TWO_PHRASES.search(u.raw) for u in run)
            and containment(nxt.raw, _text_above(units, k)) < PHOTO_NEWS_MAX_SHARED
        )
        captioned = _leading_captions(run)
        reason = ""
        if j > last_body and not _counted_list(units, k, j):
            reason = "foot of the page, after the last body text"
        elif k < first_body:
            reason = "top of the page, before the first body text"
        elif nxt is not None and nxt.dateline is not None:
            reason = "stands right before a dateline"
        # (not the page's last line, which signs the piece above it as Hong Kong papers sign a feature, 文：某某)
        elif nxt is not None and nxt.kind == "byline" and j + 1 < len(units):
            reason = "stands right above a byline"
        elif (
            nxt is not None
            and nxt.kind == "body"
            and nxt.dateline is None
            and any(u.kind == "short" for u in run)
            and printed_lines(nxt.infos) <= config.summary_max_lines
            and ends_sentence(nxt.raw)
            and j + 2 < len(units)
            and units[j + 1].kind == "byline"
            # (over the text the byline opens: a byline closing a feature, 文：某某, has the next title under it)
            and units[j + 2].kind == "body"
        ):
            # (a title over the summary that opens its piece, a sentence or two, over the byline: 青崖春茶采摘忙 /
            # 春茶开采，茶农迎来一年中最忙的季节。 / 本报记者 某某)
            reason = "stands over a summary of a sentence or two and the byline under it"
        elif (
            nxt is not None
            and _asks(nxt.raw)
            and any(u.kind == "short" and u.raw.rstrip().endswith(("？", "?")) for u in run)
            and any(LABEL.match(u.raw) for u in run)
        ):
            # (a questions column's title asks what the reader's question below asks: 果树遭遇倒春寒 / 如何补救？ /
            # 问：…)
            reason = "a title that asks, right above the reader's question it answers"
        elif j in opens and (after_sentence or _closes_article(units[k - 1])):
            reason = "stands right above the opening of a piece (a lead with its byline, 核心阅读)"
        elif (
            nxt is not None
            and any(u.kind == "short" for u in run)
            # (a quotation alone on one line is a story's subhead as often as a title, “不负这个时代”: a change of
            # measure alone does not make it the next piece's; wrapped in a narrow box, it is a title)
            and not all(_quoted_subhead(u) for u in run if u.kind == "short")
            and _measure_jump(units[:k], nxt, config, units[j + 1 :], min_below=2 if new_matter else 3) is not None
        ):
            reason = "stands between two columns set at different measures: the next piece's title"
        elif (
            after_sentence
            and len(run) >= 2
            # (the label read as the page's furniture, or alone on its line as a short one)
            and run[0].kind in ("furniture", "short")
            and BRIEFS_LABEL.match("".join(run[0].raw.split()))
            and all(u.kind == "short" for u in run[1:])
        ):
            # (the label of a box of briefs, 社区简讯, the page's, over the first item's title)
            reason = "a box of briefs' label over its first item's title: the next piece's headline"
        elif (
            after_sentence
            and 2 <= len(run) <= 3
            and all(u.kind == "short" for u in run)
            and BRIEFS_LABEL.match("".join(run[-1].raw.split()))
            and nxt is not None
        ):
            # (under the title of the story above, printed after its text: …港务局官员表示… / 丹戎巴朗港扩建工程 预计
            # 年底完工 / 简讯 / ●…: the title the story's, the box its own)
            reason = "a box of briefs' label under the title printed after the story above: the box is no part of it"
            run[-1].kind = "furniture"
        elif (
            after_sentence
            and len(run) == 1
            and run[0].kind == "furniture"
            and BRIEFS_LABEL.match("".join(run[0].raw.split()))
            and nxt is not None
            and nxt.dateline is None
        ):
            # (alone over the box's first item, a list's or a brief's with no title: the box is no part of the story
            # above it)
            reason = "a box of briefs' label: the items under it are not the story above's"
        elif (
            after_sentence
            and len(run) == 1
            and run[0].kind == "short"
            and nxt is not None
            and _in_briefs_box(units, k, config)
            # (not a line that introduces what follows, 活动期间设三个服务点：, nor a number to call)
            and not run[0].raw.rstrip().endswith(("：", ":"))
            and not NUMBER_TO_CALL.search(run[0].raw)
        ):
            # (a title after a finished brief, the box's label above and nothing but its briefs between: the next
            # brief's, 院所简讯 / 地理所启动… / 5月8日，… / 计算中心新增… / 院计算中心…)
            reason = "a brief's title in a box of briefs under its label: the next brief's headline"
        elif k > 0 and _closes_article(units[k - 1], signed=True) and any(u.kind == "short" for u in run):
            reason = "stands right after the closing credit of the article above: the next piece's title"
        elif _title_over_photo(run) and after_sentence:
            reason = "a title over its photo's caption, after a finished paragraph: the next piece's headline"
        elif (
            # (the piece above closed by its signature or credit: a story's own subhead may stand under its photo,
            # …装下一辆折叠自行车。 / 风岚 E7的后排空间… 摄 / 驾驶感受)
            k > 0
            and (reader_signature(units[k - 1].raw, aged=True) or units[k - 1].kind == "credit")
            and nxt is not None
            and len(run) >= 2
            and run[-1].kind == "short"
            and len(run[-1].infos) <= 2
            and all(u.kind == "caption" for u in run[:-1])
            and PROSE_MARKS.isdisjoint(run[-1].raw)
        ):
            # (or under it: the photo above, its caption, then the title over the text, 河畔坊中秋灯饰昨晚亮灯，…。
            # （某某摄） / 河畔坊中秋灯饰亮灯 / 为期一个月的…)
            reason = "a title under a photo's caption, after a finished paragraph: the next piece's headline"
        elif any(_display_type(u, config) for u in run if u.kind == "short"):
            reason = "display type (letter-spaced or wider than the column)"
        elif nxt is not None and _wider_than_below(run, units[j:], config):
            reason = "set wider than the column it heads"
        elif any(
            # (a title before it: a number to call with its hours, 2788 1234（辦公時間內）, is none)
            u.kind == "short" and _COLUMN_TAG.search(u.raw) and len(_HANZI.findall(_TAG_AT_END.sub("", u.raw))) >= 2
            for u in run
        ) or (
            # (a title wrapped onto two lines that the wrap rules parted: 让城市更有温 / 度（街谈巷议）)
            all(u.kind == "short" for u in run) and _COLUMN_TAG.search("".join(u.raw for u in run))
        ):
            reason = "a title with its column tag (…（新知新觉）)"
        elif (
            between_paragraphs
            and any(
                u.kind == "short"
                and _TAG_TITLE.match(u.raw)
                # (or on one line over a text set wider than the column above it: a photo piece's, 【城市表情】…)
                and (len(u.infos) >= 2 or _set_wider_below(units[:k], nxt, config))
                for u in run
            )
        ):
            # 【附图辑】年宵花市… / …摊位比去年多出三成: a tag that opens a title wrapped over lines heads a piece (a
            # story's own section labels, 【延伸阅读】…, are not such tags: see _TAG_TITLE)
            reason = "a title opened by its tag, wrapped over lines: the next piece's headline"
        elif (
            (after_sentence or sent_on)
            and len(run) >= 2 + sent_on
            and run[sent_on].kind == "short"
            and PIECE_LABEL.match(run[sent_on].raw)
            and run[sent_on + 1].kind == "short"
        ):
            reason = "a letters column's label (编读往来) over a title: the next piece's headline"
        elif (
            after_sentence
            and nxt is not None
            and (
                (len(run) == 1 and QA_LABEL.match(run[0].raw))
                # (or a column's label over the question's title, 以案释法 / 网购遇“代拍”骗局 钱能追回吗, over 问：…)
                or (
                    len(run) == 2
                    and (QA_LABEL.match(run[0].raw) or COLUMN_LABEL.match(run[0].raw))
                    and QUESTION_OPEN.match(nxt.raw) is not None
                )
            )
            and all(u.kind == "short" for u in run)
            # (over a question: its own line or a reader's, 问：…)
            and (QUESTION_OPEN.match(nxt.raw) is not None or question_title(units, j))
        ):
            # a questions column's label alone (业务 Q&A, 法律问答) over its question: no feature's section
            reason = "a questions column's label after a finished paragraph: the next piece's headline"

        elif (
            after_sentence
            and nxt is not None
            and 1 <= len(run) <= 3
            and all(u.kind == "short" for u in run)
            and _QUESTIONS_TITLE.search("".join(run[-1].raw.split()))
            # (not a section of the questions column above, its answers over it: …答：… / 退税办理答疑 / 问：…)
            and not any(QUESTION_OPEN.match(v.raw) or _ANSWER.match(v.raw) for v in units[max(0, k - 6) : k])
            and (QUESTION_OPEN.match(nxt.raw) is not None or _NAMED_ASKER.match(nxt.raw) is not None)
        ):
            # a questions piece's own title, what it answers named in it (…政策热点问答, 个税汇算十问十答), its
            # kicker over it or not, right over its first question: the next piece's headline (a subhead over a
            # question inside a column names a topic, not the questions)
            reason = "a questions piece's title over its first question, after a finished paragraph: its headline"
        elif (
            after_sentence
            and nxt is not None
            and 1 <= len(run) <= 2
            and all(u.kind == "short" and len(u.infos) == 1 for u in run)
            and _blocks_parted_by_blanks(units, k, j, config)
        ):
            # a text export sets a paragraph a line and parts its blocks, not its paragraphs, by a blank line: a
            # title after the blank, right over a paragraph, heads the next block's piece (…糕点。 / [blank] /
            # 重阳节慰问高龄宗亲 / 10月4日重阳节，…)
            reason = "a title after a blank line, where blank lines part blocks and not paragraphs: the next piece's"
        elif (
            after_sentence
            and nxt is not None
            and 1 <= len(run) <= 2
            and all(u.kind == "short" and not reader_signature(u.raw) for u in run)
            and _reader_signed_below(units, j)
        ):
            # the title of a reader's letter, signed below (…吃得放心 / 我和老伴… / 读者 某某): a piece of its own
            reason = "a title over a reader's letter signed below it, after a finished paragraph: a piece of its own"
        elif (
            after_sentence
            and nxt is not None
            and len(run) == 2
            and all(u.kind == "short" and len(u.infos) == 1 for u in run)
            and _NOTICE_KIND.match(run[0].raw)
            and not _NOTICE_VERB.search(run[0].raw)
            # (a title, not the salutation or the words that open a list: 各位居民：, 会议决定任命：)
            and run[1].raw.rstrip()[-1:] not in "：:"
        ):
            # a notice's kind over its title (人事公告 / 113年度第二季人事異動): a piece of its own, no section
            reason = "a notice's kind over its title after a finished paragraph: a piece of its own"
        elif _dashed_headline(run) and (after_sentence or j in opens):
            reason = "a kicker closed by a dash or a subtitle opened by one, with its title: headline parts"
        elif between_paragraphs and len(run) == 1 and _wrapped_from_wide_line(run[0], config):
            reason = "a line wider than its column with no mark, wrapped onto a short tail: a title"
        elif between_paragraphs and any(_title_in_large_type(u, config) for u in run):
            reason = "a title set in large type over three lines or more: an in-body subhead takes one"
        elif (
            # (after a finished paragraph, or the contact line or date that closes the notice above)
            (after_sentence or (k > 0 and units[k - 1].kind == "credit"))
            and nxt is not None
            # (the title of the piece above, printed after its text, may stand over it: 让…守护 / “一江清水” / 公 告)
            # (under the caption of the photo above it or not, a formal title: …窗口前的三十年 / 黎卫东（右）为… /
            # 关于…的公告; a story's subhead under its photo may name a notice, 三十年寻人启事)
            and 1 <= len(run) - captioned <= 2
            and (not captioned or FORMAL_TITLE.match("".join(run[-1].raw.split())) is not None)
            and all(u.kind == "short" for u in run[captioned:])
            and NOTICE_TITLE.match("".join(run[-1].raw.split()))
            and not _NOTICE_VERB.search(run[-1].raw)
        ):
            reason = "a notice's title (更正, 停水启事) after a finished paragraph: a piece of its own"
        elif (
            between_paragraphs
            and len(run) == 2
            and all(u.kind == "short" and len(u.infos) == 1 for u in run)
            and title_pair([u.infos[0] for u in run], config, alike=False)
        ):
            reason = "two whole lines without a mark between paragraphs: a kicker and its title, or a title wrapped"
            couplets.add(k)
        elif (
            between_paragraphs
            and sum(u.kind == "short" for u in run) >= config.zone_min_units
            and not _introduced_list(run, config)
            # (over a column's paragraph; on a text export, a paragraph a line, only with a column's label among
            # them, 社论 / 乐龄就业需要更多弹性: a quoted poem or a row of slogans stands between two of a story's
            # paragraphs as short lines do)
            and (
                len(nxt.infos) >= 3
                or any(u.kind == "furniture" or LABEL.match(u.raw) or COLUMN_LABEL.match(u.raw) for u in run)
            )
        ):
            reason = "several short lines in a row outside the paragraph flow"
        elif (
            between_paragraphs
            and len(run) >= 2
            and all(u.kind == "short" for u in run)
            # (two headings at least, one wrapped over two lines: a piece's title printed after its text and the
            # next piece's under it, 汛前完成…整治 / 青峪工务段筑牢… / 夜间“天窗”换轨忙; a subhead takes one line)
            and sum(len(u.infos) for u in run) >= config.zone_min_units
            # (a title wrapped onto two lines among them, a few units at most, over a column's paragraph: not a poem
            # or a row of slogans a story quotes, a line each, 山路弯弯十八道 / 道道都有脚印深 / …)
            and any(len(u.infos) >= 2 for u in run)
            and len(run) <= 3
            and len(nxt.infos) >= 3
            # (nor a colon: a story's box of fields, 活动时间：… / 咨询热线：…, is no headline)
            and all(PROSE_MARKS.isdisjoint(u.raw) and not re.search(r"[：:]", u.raw) for u in run)
            and not _introduced_list(run, config)
        ):
            reason = "headings of several lines in a row, no mark in them, outside the paragraph flow"
        elif (
            between_paragraphs
            and len(run) >= 2
            and run[0].kind == "furniture"
            and run[-1].kind == "short"
            and all(u.kind in ("furniture", "short") for u in run)
            and not JUMP_ON.match(run[0].raw)
        ):
            # a box of the page's own (an office's hours, a hotline) after a finished paragraph, then a title over
            # text: the box stands between two pieces, and the title heads the next
            reason = "a title under a box of the page's furniture, after a finished paragraph: the next piece's"
        if reason and k < first_body:
            # The masthead: short pieces the OCR split off the furniture line (paper name, section) stand
            # among the date, page number and editor credits at the top; they are furniture too.
            last_furniture = max((n for n, u in enumerate(run) if u.kind == "furniture"), default=0)
            for u in run[:last_furniture]:
                if u.kind == "short" and len(u.raw.strip()) <= config.masthead_piece_chars:
                    u.kind = "furniture"
        if (
            reason
            and len(run) >= 2
            and run[-1].kind == "short"
            and _FIRST_SECTION.match(run[-1].raw)
            # (under a notice's or a document's title: a series' instalment, （一）稻田里…, is a title)
            and _DOCUMENT_TITLE_END.search(run[-2].raw)
        ):
            # the head of a piece's first numbered section right under its title (…招标公告 / 一、招标条件) is
            # the piece's first line, no part of its headline: a title never counts its sections
            run[-1].kind = "body"
            run = run[:-1]
        # (under the masthead's furniture too, the page's first zone)
        signed_run = [u for u in run if u.kind != "furniture"]
        if (
            reason
            and len(signed_run) >= 3
            and all(u.kind == "short" and len(u.infos) == 1 for u in signed_run)
            and (COLUMN_LABEL.match(signed_run[0].raw) or PIECE_LABEL.match(signed_run[0].raw))
            # (or the chair's post and name: 主席的話 / 多一分體諒 屋苑更和諧 / 管理委員會主席 馮嘉輝)
            and (
                (_LONE_NAME.match(run[-1].raw) and surnamed("".join(run[-1].raw.split())))
                or CHAIR_SIGNATURE.match(run[-1].raw) is not None
            )
            and j < len(units)
            and units[j].kind == "body"
        ):
            # a column's writer named alone under its title (會長寄語 / 守望相助 薪火相傳 / 蔡浩明) signs the column
            # over its text: the byline, no part of the headline
            run[-1].kind = "byline"
            run = run[:-1]
        if (
            reason
            and run[-1].kind == "short"
            and (QA_LABEL.match(run[-1].raw) or COLUMN_LABEL.match(run[-1].raw) or LABEL.match(run[-1].raw))
            and question_title(units, j)
        ):
            # the question a column's label heads on a line of its own (业务 Q&A / 保戶申請理賠 需要準備哪些文件？,
            # 仓储小知识 / 什么是“四无粮仓”？): the title under the label
            units[j].kind = "short"
            run = [*run, units[j]]
            j += 1
        if reason:
            zone_at[k] = run
            for u in run:
                note("headline-zone", u, reason)
        k = j

    articles: list[ArticleDraft] = []
    zones: list[HeadlineZone] = []
    captions: list[tuple[Unit, int | None, int]] = []
    residue: list[Unit] = []
    current: ArticleDraft | None = None
    after_zone = after_credit = after_signature = interrupted = False
    interrupting = ""  # the headline lines of the zone just passed
    k = 0
    while k < len(units):
        if k in zone_at:
            run = zone_at[k]
            infos: list[LineInfo] = []
            prev = len(articles) - 1 if articles else None
            for u in run:
                if u.kind == "furniture":
                    residue.append(u)
                elif (
                    u is run[-1]
                    and u.kind == "short"
                    and BRIEFS_LABEL.match("".join(u.raw.split()))
                    and _signed_brief_in_run(units, k + len(run))
                ):
                    # the label over a column of briefs each signed by its writer (税务简讯 / …（韦晓晨） /
                    # …（欧阳茜）), alone in its zone after the piece above: the column's furniture, no title
                    residue.append(u)
                    note("furniture", u, "the label over a column of signed briefs")
                elif (
                    u is run[0]
                    and len(run) >= 2
                    and u.kind == "short"
                    and k > 0
                    and units[k - 1].photo_news
                    and _titled_below(units, k - 1, photo_news=True)
                    # (over a box of briefs' label, the label parts the titles when headlines go to articles)
                    and BRIEFS_LABEL.match("".join(run[1].raw.split())) is None
                ):
                    # the title of the photo-news piece above, printed under its caption (冬日古城 游人如织 /
                    # 我市新增… / 本报讯…): a zone of its own, no part of the next story's headline
                    zones.append(HeadlineZone(list(u.infos), None, prev, photo_title=True))
                    note("photo-title", u, "a photo's title printed under its caption, over the next story's title")
                elif u.kind == "caption" and len(u.infos) > 1:
                    # a caption wrapped over lines keeps them together (its first lines may not look like
                    # one); it stands between the article above and the one below, and parts the headline
                    # lines around it as a caption in the zone does, its first line too where the headline
                    # lines above took it (毛某呼吁市民周六到场，她强调今次 / 集会是和平的。某台图片)
                    if infos and caption_cut_above(infos[-1], u.infos[0]):
                        u = Unit([infos.pop(), *u.infos], "caption")
                    captions.append((u, prev, len(current.units) if current else 0))
                    if infos:
                        zones.append(HeadlineZone(infos, None, prev))
                        infos = []
                else:
                    infos.extend(u.infos)
            zones.append(HeadlineZone(infos, None, prev, couplet=k in couplets))
            after_zone = True
            interrupted = interrupted or _mid_sentence(current, upright_below=bool(infos) and infos[0].vertical)
            # (unless the zone opens on a jump line sending the sentence on to another page, （下转第二版）: the text
            # under the zone is another piece's)
            if run and JUMP_ON.match(run[0].raw):
                interrupted = False
            # (and a picture's placeholder a text export left inside a sentence, …现在家家户户 / [图片1] / 都办起了…,
            # interrupts it whatever the length of the paragraph above)
            elif run and all(PICTURE_PLACEHOLDER.match(x.raw) for x in run) and current is not None and current.units:
                interrupted = interrupted or _cut_prose(current.units[-1])
            interrupting = "".join(i.line.text for i in infos)
            k += len(run)
            continue
        u = units[k]
        k += 1
        if u.kind == "furniture" and not is_briefs_label(u.raw):
            residue.append(u)
            # (a jump line sends the story above on to another page, （下转第4版）: text under it is another piece's)
            if (
                JUMP_ON.match(u.raw)
                and current is not None
                and current.units
                and k < len(units)
                and units[k].kind == "body"
                and units[k].dateline is None
            ):
                after_credit, after_signature = True, False
            # (a picture's placeholder a text export left inside a sentence, …现在家家户户 / [图片1] / 都办起了…: the
            # sentence goes on under it)
            if PICTURE_PLACEHOLDER.match(u.raw) and current is not None and current.units:
                last = current.units[-1]
                interrupted = interrupted or _cut_prose(last)
                interrupting = ""
            continue
        if u.kind == "caption":
            captions.append((u, len(articles) - 1 if articles else None, len(current.units) if current else 0))
            interrupted = interrupted or _mid_sentence(current)
            continue
        if (
            u.kind in ("short", "furniture")
            # (a field's news too, 基层动态, read as the box's furniture already)
            and is_briefs_label(u.raw)
            # (the first brief's signature under its first paragraph or two)
            and any(_signed_brief_in_run(units, j) for j in range(k, min(len(units), k + _BRIEF_LEAD_PARAGRAPHS + 1)))
        ):
            # the label over a column of briefs each signed by its writer (种业简讯): the column's furniture, no
            # subhead of the story above; each brief is a piece of its own
            residue.append(u)
            note("furniture", u, "the label over a column of signed briefs")
            after_credit, after_signature = True, False
            continue
        if u.kind == "furniture":
            residue.append(u)  # a box's label read as furniture, over no signed briefs
            continue
        if (
            interrupted
            and current is not None
            and u.kind == "body"
            and u.dateline is None
            and k - 1 not in opens  # a lead with its byline, 核心阅读: a piece starts here whatever came above
            and not restates_below(interrupting, current.units[-1].raw, u.raw, config)[0]
        ):
            # A headline or caption block printed (or read by the OCR) in the middle of a sentence: the text
            # below finishes the sentence above, so it is the same paragraph of the same article.
            last = current.units[-1]
            current.units[-1] = Unit(last.infos + u.infos, "body" if last.kind == "short" else last.kind, last.dateline)
            note("join", u, "continues the sentence that a headline or caption block interrupted")
            after_zone = after_credit = interrupted = False
            interrupting = ""
            continue
        interrupted, interrupting = False, ""
        reason = ""
        if u.dateline is not None and not (
            current is not None and len(current.units) == 1 and current.units[0].kind == "byline" and not after_zone
        ):
            # (a byline on a line of its own over a dated lead opened the piece already: 本报记者 某某 / 本报北京…电)
            reason = "dateline opens the paragraph"
        elif after_zone:
            reason = "body text after a headline zone"
        elif current is None:
            reason = "first body text on the page"
        elif (
            after_credit
            and u.kind != "credit"
            and not _ANSWER.match(u.raw)
            and not OWN_SECTION.match(u.raw)
            # (a box of voices a dated piece signs each of, 王建国代表：… （记者 周敏）, goes on voice by voice)
            and not (after_signature and _SPEAKER_TURN.match(u.raw))
            # (and a box of briefs each led by its place, 洪塘街道 日前，… （通讯员 某某） / 慈城镇 3月19日，…, goes
            # on brief by brief: one piece under its label)
            and not (
                _PLACE_LED_BRIEF.match(u.raw)
                and current is not None
                and any(_PLACE_LED_BRIEF.match(v.raw) for v in current.units)
            )
        ):
            # (a second credit under the first, （此件公开发布） under a document's date, closes the same piece; the
            # answer under a reader's question signed so, （读者 某某） / 答：…, goes on in it, and so does the
            # teacher's comment under a composition, 指导老师：某某 / 【点评】…)
            reason = "body text after the closing credit of the article above"
        elif (
            u.kind == "body"
            and current.units
            and len(current.units[-1].infos) == 1
            and reader_signature(current.units[-1].raw)
            and _FIRST_PERSON.match(u.raw)
            # (a letter runs two paragraphs or more since the signature above it, under no dateline: a report's
            # box of one-paragraph answers, each signed by its speaker, 市民 某某, is one piece)
            and _letter_paragraphs(current.units[:-1]) >= config.letter_min_paragraphs
            and current.units[0].dateline is None
        ):
            # (the paper's reply under a letter goes on in its piece, 记者就此联系了…; a reader writing in the
            # first person is the next letter, its title printed elsewhere)
            reason = "a reader's next letter (我…) after the signature that closed the one above"
        elif k - 1 in opens and not (
            len(current.units) == 1
            and (
                current.units[0].kind == "byline"
                or DOCUMENT_NUMBER.match(current.units[0].raw)
                or COURT_NUMBER.match(current.units[0].raw)
            )
        ):
            # (a piece its byline or its document number opened goes on into its 核心阅读 box, its addressees or
            # its lead)
            reason = opens[k - 1]
        elif (
            u.kind == "byline"
            and ends_sentence(current.units[-1].raw)
            # (an oral history's next teller, 口述／…, under the first one's: sections of one piece)
            and not (_TELLER.match(u.raw) and _TELLER.match(current.units[0].raw))
            # (one with no text after it, a title or the foot of the page next, signs the piece above it; so does
            # one over a dated lead, which opens its own story: 记者 张三 / 本报讯 …)
            and k < len(units)  # (k is the next unit's index here)
            and units[k].kind in _RUNNING
            and units[k].dateline is None
            # (nor one over a byline opened by its mark, ◎ 某某, which opens the next piece: 文/某某 signs the essay
            # above it, whose title is printed elsewhere)
            and not (units[k].kind == "byline" and MARK_OPENED.match(units[k].raw))
            # (nor the byline under the editor's note that opens the piece, 编者按：… / 本报记者 某某, or under the
            # summary that a title heads, 春茶开采，茶农迎来…。 / 本报记者 某某: a standfirst, no piece of its own)
            and not (len(current.units) <= 2 and OPENING_LABEL.match(current.units[0].raw))
            and not (
                len(current.units) == 1
                and current.by_zone
                and current.units[0].kind == "body"
                and printed_lines(current.units[0].infos) <= config.summary_max_lines
            )
        ):
            reason = "a byline (本报记者 某某) opens a story"
        # (the column above is the article's own, back to where it opened: whatever opened it, a closing
        # credit or a change of measure, the article above it is set in another)
        elif (
            u.kind != "credit"
            # (nor a story's subhead in quotation marks: the story goes on under it, at whatever measure)
            and not (u.kind == "short" and _quoted_subhead(u))
            # (the editor's note that opens a piece, 编者按：…, may be set wider than the text under it)
            and not (len(current.units) == 1 and OPENING_LABEL.match(current.units[0].raw))
            and (
                jump := _measure_jump(
                    _below_opening_note(current.units),
                    u,
                    config,
                    units[k:],
                    # (under a photo's credited caption, the inner line of a short text tells its measure, below
                    # the story above and above the next piece: photo news is a paragraph)
                    # (or over it: the photo news text, its caption and credit under it, 图为… 记者 某某 摄)
                    min_below=1
                    if u.kind == "body"
                    and (
                        _credited_caption(units, k - 2)
                        # (the photo's text telling its event by its date, 9月12日，…; a story's last paragraph, a
                        # quotation set wider over the story's own photo, is the story's)
                        or (_credited_caption(units, k) and DATED_LEAD.match(u.raw) is not None)
                    )
                    else 3,
                    # (and the photo's text over its credited caption, the next piece under them: one paragraph
                    # tells its measure too)
                    min_above=1
                    if len(current.units) == 1
                    and (
                        (units[k - 2] is current.units[0] and _credited_caption(units, k - 3))
                        or (
                            k >= 3
                            and units[k - 3] is current.units[0]
                            and _credited_caption(units, k - 2)
                            # (a paragraph, not a title the zone's rules read)
                            and ends_sentence(u.raw)
                        )
                    )
                    else config.measure_lines // 2,
                )
            )
            is not None
        ):
            # (a closing credit or case number, a line of its own, closes the article above whatever follows)
            reason = f"column measure changes by {jump:.1f} cells after a sentence end: another article"
        if reason and (current is None or current.units):
            current = ArticleDraft(
                by_measure=reason.startswith("column measure changes"), by_zone=reason.startswith("body text after")
            )
            articles.append(current)
            if after_zone:
                # every zone of the run right above (a caption may have parted it in two) heads this article
                above = len(articles) - 2 if len(articles) >= 2 else None
                for z in reversed(zones):
                    if z.next_article is not None or z.prev_article != above:
                        break
                    if not z.photo_title:
                        z.next_article = len(articles) - 1
            note("start-article", u, reason)
        assert current is not None
        current.units.append(u)
        after_zone = False
        # (a dated brief signed by its reporters in brackets is complete, and so is one signed on a line of its own,
        # （周立新）: text under it is another piece, where a box of voices signs each voice at its end under no
        # dateline)
        in_signed_box = _signed_brief_in_run(units, k - 1)
        # (a pen name of two, （立新）, signs a brief only in a box of briefs signed so under its label)
        after_credit = _closes_article(
            u,
            signed=_staff_signed(u, current)
            or signing_names(u.infos[-1].line.text)
            or in_signed_box
            # (a place-led brief of a box signed at its end, …防线。（通讯员 钱丽）: the next text is no brief's)
            or _PLACE_LED_BRIEF.match(u.raw) is not None,
            pen_names=in_signed_box,
        )
        after_signature = after_credit and not _closes_article(u)
    return Segmentation(articles, zones, captions, residue)
