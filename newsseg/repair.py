"""Line repair: rejoin hard line wraps and tell paragraph breaks from column and page breaks.

Chinese body text is set justified in columns of a fixed measure, with the first line of each paragraph
indented two cells. So the evidence for a paragraph break between two lines is typographic:

* the upper line ends a sentence (。！？… possibly inside a closing quote or bracket) *and* falls short of the
  column measure, or the lower line is indented (two cells short of the measure);
* a blank line, but only where blank lines are rare: extractors double-space whole regions, and a column or
  page break leaves a blank line in the middle of a sentence (…的决定（草 / blank / 案）》。);
* 行首禁则: a line that starts with a closing mark (，。”）) continues the line above, always.

The measure itself changes inside one article, so it is estimated locally from neighbouring lines.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .chardata import CLAUSE_BREAKS, CLOSING, LEANS_ON_NEXT, OCR_ONES, OPENING, PROSE_MARKS, PUNCTUATION, SENTENCE_END
from .config import Config
from .datelines import (
    COMPOUND_SURNAMES,
    SURNAMES,
    cut_after_place,
    looks_like_dateline_start,
    match_dateline,
    surnamed,
)
from .model import Decision, Line
from .normalize import bigrams, cell_width, content_key, latin_gaps, squeeze_spaces

# Marks that may follow the sentence end and still leave it a sentence end: 。” 。） 。」 ！』
_TRAILING_CLOSERS = "”’」』）)》〉】"

# 图片说明 opens with 图为/上图/图：: such a line starts a caption, whatever stands above it.
CAPTION_OPEN = re.compile(
    r"^\s*[（(]?\s*(?:[上下左右中]?[图圖]\s*[为為：:]|[上下左右][图圖]|[图圖]\s*\d|[图圖]片[：:]"
    # (photos numbered in circles or in words, 图①, 图二：, each opening its own caption)
    r"|[图圖]\s*[①-⑳]|[图圖][一二三四五六七八九十][：:\s])"
    # or an arrow pointing at the photo: ↑市民在…, ←孩子们…
    r"|^\s*[↑↓←→]"
    # or a photo's people placed by position: 王某（右一）…, 阿芳（左三）說… (a name has two characters at least:
    # 宝(鸡)至汉(中)高速 is a road between two cities); with a title before the name, 育华华小董事长林德顺（左四）…,
    # counted from a side (a long line closed by （中） is a series' title, …的故事（中）)
    r"|^\s*[^\s，。（(]{2,8}\s*[（(]\s*(?:左|右|中|前|後|后)\s*[一二三四五六七八九十\d]?\s*[）)]"
    r"|^\s*[^\s，。（(]{9,12}\s*[（(]\s*(?:左|右)\s*[一二三四五六七八九十\d]\s*[）)]"
)
# A credit for the pictures alone, as city dailies print it (图/某某, 图／某某、某某): on a line of its own it closes a
# photo's caption, no byline.
# (or for a drawing: 插图/某某, 题图/某某, 漫画/某某)
# (a drawing's credited with a space too, as a supplement prints it, a name of two or three: 插图 李晓, 题图 某某; 图
# 某某 is as often a label's start, and 漫画 天地, 插图 背后的故事 are a column's name and a subhead)
_PICTURE_CREDIT = (
    r"(?:(?:(?:插|题|題|配)?[图圖]|漫画|漫畫)\s*[/／]\s*[\u4e00-\u9fff]{2,8}(?:\s*[\s、]\s*[\u4e00-\u9fff]{2,4})*"
    r"|(?:插|题|題|配)[图圖]\s+[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff]))"
)
# The picture's credit in brackets after the caption's full stop, role and name: 。（摄影：某某）, 。（圖片：某某）. A
# story's last paragraph may credit its photo so too (…一直种下去。（图：受访者提供））: see segment.is_caption.
BRACKETED_PHOTO_CREDIT = re.compile(
    r"[。！？]\s*[（(]\s*(?P<role>摄影|攝影|摄|攝|图|圖|图片|圖片)\s*[：:]\s*\S{2,12}\s*[）)]\s*$"
)
# Under a chart (a markets page's, a survey's): where its figures come from and who drew it (数据来源：交易所,
# 制图/某某).
CHART_CREDIT = re.compile(
    r"^\s*(?:数据|數據|资料|資料)(?:来源|來源)\s*[：:]\S[^。]{0,30}$|^\s*(?:制图|製圖)\s*[/／：:]\s*\S(?:\s?\S){1,3}\s*$"
)
# A photographer's credit with the day the photo was taken after it, as the Central News Agency prints it (…中央社
# 記者某某攝 113年3月5日: the year the Republic's or the Common Era's).
DATED_PHOTO_CREDIT = r"[摄攝]\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# A photographer's credit closes a caption: a complete unit although it ends no sentence.
_CREDIT_END = re.compile(
    # (a name stands before it, not a figure: …超过 20 摄 / 氏度 is a word the wrap cut; and 拍摄 only set apart,
    # 某某 无人机拍摄, not run on from the sentence, …讓攝記拍攝)
    r"(?:^|\s[\u4e00-\u9fff]{0,4}[拍]|[^\d０-９\s拍])\s*[摄攝]\s*[）)]?\s*$"
    # or, after the caption's full stop, the photo's agency or source: 。美聯社, 。 资料图片, 。新华社发, 。视频截图
    r"|[。！？]\s*(?:美聯社|美联社|法新社|路透社|歐新社|欧新社|美通社|新[华華]社[发發]?|中新社[发發]?|中央社"
    r"|資料[圖图]片|资料[图圖]片|\S{0,12}[圖图]片|\S{0,12}截[圖图]|\S{0,12}提供[照相]片|\S{1,6}供[圖图]"
    # (or the file it came from in brackets, 。（档案照片）, as Singapore papers mark an old photo)
    r"|[（(]\S{0,8}照片[）)])\s*[）)]?\s*$"
    # the credit as other papers print it: 。图/某某, 記者某某／攝影, or 图/某某 on a line of its own
    r"|[。！？]\s*[图圖]\s*[/／]\s*\S{2,12}\s*$|[/／]\s*(?:摄影|攝影)\s*[）)]?\s*$"
    # (the credit dated, as the Central News Agency closes a photo's caption: …中央社記者某某攝 113年3月5日)
    rf"|{DATED_PHOTO_CREDIT}\s*$"
    # (the role first, as Taiwan papers print it: 。攝影／某某)
    r"|[。！？]\s*(?:摄影|攝影|[摄攝])\s*[/／]\s*\S{2,12}\s*$"
    # or in brackets after the full stop
    rf"|{BRACKETED_PHOTO_CREDIT.pattern}"
    rf"|^\s*{_PICTURE_CREDIT}\s*$"
    rf"|{CHART_CREDIT.pattern}"
)
# Who supplied a caption's photo, in brackets after its full stop (。（市府新聞處提供）).
_SUPPLIED_END = re.compile(r"(?<=[。！？])\s*[（(]\s*[\u4e00-\u9fff]{2,10}(?:提供|供[图圖])\s*[）)]\s*$")
# A particle that leans on the word before it, opening a line (的, not 的确 or 的哥; 们, 吗, 呢, 吧): the line goes on
# from the one above.
_LEANS_BACK_OPENER = re.compile(r"^\s*(?:的(?![确確士哥姐])|[们們吗嗎呢吧])")
# What follows 摄 in the words a wrap may cut after it (摄影, 摄氏, 摄像, 摄入, 摄取): a line ending on 摄 over one of
# these is no credit. (Not 制 or 政: a chart's credit, 制图/某某, and any title may open the line under a credit.)
_SHE_WORD_TAILS = frozenset("影氏像入取")
_SHE_CUT = re.compile(r"[\u4e00-\u9fff][摄攝]$")
# A caption's full stop and the first character of the credit's role (…。攝 / 影／某某).
_STOP_THEN_SHE = re.compile(r"[。！？]\s*[摄攝]\s*$")
# 栏目 tag closing a title (…（民生观）, …（新知新觉）): two to sixteen characters of a column's name in brackets,
# no digit, no space.
# (the tag of a series numbers its parts in brackets of its own: （城市观察·老街新事（上））)
# (not a photo's supplier or photographer after a caption's full stop: 。（泉田國小提供）, 。（記者某某攝）)
COLUMN_TAG_END = re.compile(
    r"[^\s。！？][（(](?![\u4e00-\u9fff·・]*(?:提供|供图|供圖|摄|攝)[）)])[\u4e00-\u9fff·・]{2,16}"
    r"(?:[（(][\u4e00-\u9fff0-9]{1,4}[）)])?[）)]\s*$"
)
# A box of news briefs by its label (港聞簡訊, 城市快讯), each brief under a title; a column of readers' calls
# (热线速递 / 市民来电) prints their messages under bullets, no titles.
_NEWS_BRIEFS_LABEL = re.compile(r"(?:简讯|簡訊|快讯|快訊|短讯|短訊|速览|速覽)$")
# A subtitle's dash opening its line, as printed or as extractors and OCR engines render it (——, －－, --, and 一一,
# which no line opens with but 一一对应 and the like).
DASH_OPEN = re.compile(r"^\s*(?:[—－―\-]{1,2}|一一(?!对应|對應|列举|列舉|道来|道來|作答|核实|核實|落实|落實|排查))")
# A title or a tag in lenticular brackets and nothing else on its line.
TAG_ALONE = re.compile(r"\s*【[^【】]{2,30}】\s*")
# A bullet and a space after it.
_BULLET_SPACE = re.compile(r"^\s*[■□◆◇●○▲△★☆•]\s+(?=\S)")
# A list item: a line opened by a bullet (★修繕工程經費：約40萬元, ˙蘋果基金會：3萬元, ● 第一…).
BULLET = re.compile(r"^\s*[★☆●○■□◆◇▲△•˙※►▶]")
# A byline on a line of its own: roles and names (本报记者 某某 通讯员 某某), the role after the agency or paper the
# reporter works for (新华社记者 某某), a marker before it (□本报记者 某某, ■记者 某某), the credit for words and
# pictures (文/图 记者 某某, 文/记者 某某 图/记者 某某, 撰文：某某) and the words after the names (…文/图, …摄,
# 某某／台北報導).
_BYLINE_ROLE = (
    # (an OCR engine may read a space after 本报: 本报 记者 某某; 跟着晚报 记者去赶海 is a title)
    # (and a magazine's or a station's own, 本刊记者, 本台记者)
    r"(?:(?:本报|本報|本刊|本台)\s?|[\u4e00-\u9fff]{1,6}?(?:社|日报|日報|晚报|晚報|报|報|台|网|網))?"
    # (a campus paper's 学生记者 too)
    # (an OCR engine may space the role's word too: 本报记 者 某某)
    r"(?:特约|特約|见习|見習|实习|實習|首席|特派|摄影|攝影|驻站|駐站|学生|學生)?"
    r"(?:[记記] ?者|通 ?[讯訊] ?[员員]|实习生|實習生)"
)
_BYLINE_CREDIT = (
    r"(?:[文图圖]\s*[/／]\s*(?:[文图圖摄攝]\s*[/／]?)?|撰文\s*[：:]|摄影\s*[：:]|攝影\s*[：:]|文字\s*[：:]"
    # (the words and the pictures joined before the slash: 文、圖／某某, 文・图/某某)
    r"|文\s*[、·・与與及和]\s*[图圖摄攝]\s*[/／：:]"
    # (or set apart from the name by a space alone, as a supplement's memoir credits its writer: 文·图 某某)
    r"|文\s*[·・]\s*[图圖摄攝](?=[ \u3000]+[\u4e00-\u9fff])"
    # (and the chart's maker beside the reporter: 本报记者 某某 制图/某某)
    r"|(?:制图|製圖)\s*[/／：:]"
    # (a Malaysian paper's 报道：某某, 报道及摄影：某某)
    r"|(?:报道|報道|報導)(?:\s*(?:及|[·・])\s*(?:摄影|攝影))?\s*[：:]"
    # (a Hong Kong feature's 文：某某 圖：某某; the picture's credit only after the words', 图：亲子共读 alone being a
    # caption)
    r"|文\s*[：:]"
    # (and a first-person account's teller and its writer: 口述／搬迁户 马德秀 整理／本报记者 周 岚)
    r"|(?:口述|整理)\s*[/／：:])"
)
_BYLINE_CREDIT_NEXT = rf"(?:{_BYLINE_CREDIT}|[图圖]\s*[：:])"
PICTURE_CREDIT_ALONE = re.compile(rf"^\s*{_PICTURE_CREDIT}\s*$")
# A role closing a line with no name after it, and a name alone on a line (two to four characters, or two set to
# the width of three).
# (or after the writer's title, a credited byline's: 文／省畜牧技术推广总站 高级畜牧师 / 汪德成)
# (the office first, four characters at least: 文／李霞 乡村教师 names the writer before the post, and is whole)
_ROLE_AT_END = re.compile(
    rf"\s{_BYLINE_ROLE}\s*$|^\s*[文图圖]\s*[/／]\s*[\u4e00-\u9fff]{{4,}}.*\s[\u4e00-\u9fff]{{1,6}}(?:师|師|员|員)\s*$"
)
# An open bracket of credits set with a space after the role, cut after a role or a name of two or three.
_SPACED_CREDIT_OPEN = re.compile(
    rf"[（(][^（）()]*{_BYLINE_ROLE}(?:\s+[^\s（）()]+)*\s(?:{_BYLINE_ROLE}|[\u4e00-\u9fff]{{2,3}})$"
)
# A line that opens on a name of two or three, the credit's bracket closing after it or a space before the next.
_NAME_CLOSING_CREDIT = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:[）)]|\s)")
_NAME_THEN_SHOT = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}\s+[摄攝]\s*$")
_NAME_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])\s*$")
# (a name of two set apart to the width of three, 林 朗, as papers align the names of a byline)
# (or one transliterated in parts about a middle dot, 古丽米拉·艾买提)
_BYLINE_NAME = (
    r"(?:[\u4e00-\u9fff]{2,8}[·・][\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,4}"
    r"|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])"
    # (or a name of three an OCR engine parted, a character alone on one side: 罗一 帆, 罗 一帆)
    r"|[\u4e00-\u9fff]{2}[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])"
    r"|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]{2}(?![\u4e00-\u9fff]))"
)
# (…文/摄: the reporter wrote the story and took its photo)
# (or the writer's post in brackets after the name: 文：鄺志謙（嘉匯按揭研究部董事）)
_BYLINE_TAIL = (
    r"(?:[文图圖]\s*[/／]\s*[文图圖摄攝]|报道|報道|報導|[/／]\s*[\u4e00-\u9fff]{2,4}(?:报道|報道|報導)"
    r"|[（(][\u4e00-\u9fff]{2,24}[）)]"
    # (or how a church's, a temple's or a school's paper names its writer after the name: 文／陳約翰牧師,
    # 文／王美玲姊妹)
    r"|牧師|牧师|傳道|传道|神父|修女|法師|法师|居士|老師|老师|教授|醫師|医师|姊妹|弟兄)"
)
# (not a column label after a role: 记者手记, 记者观察, 记者调查, 特派记者 直击, 记者 暗访, 新华社记者 走基层 …)
_NOT_A_NAME = (
    r"(?!手记|手記|观察|觀察|调查|調查|札记|札記|随笔|隨筆|连线|連線|探访|探訪|走访|走訪|体验|體驗|暗访|暗訪|追踪|追蹤"
    r"|直击|直擊|专访|專訪|走基层|走基層|镜头|鏡頭|看变化|看變化|蹲点|蹲點|一线|一線|视角|視角|手札)"
)
# (a post may name its office first: 雁鸣收费站收费员)
# (or a campus paper's student writer, the department and the year of the class: 文／中文系2021级 某某)
_CREDITED_POST = (
    # (a doctor's department and rank too: 文／呼吸与危重症医学科主任医师 某某)
    r"(?:[\u4e00-\u9fff]{1,14}(?:长|長|员|員|主任|书记|書記|干事|幹事|户|戶|医师|醫師|教授|律师|律師)"
    r"|[\u4e00-\u9fff]{1,10}(?:系|学院|學院|专业|專業|班)\s*(?:19|20)\d\d\s*[级級](?:[\u4e00-\u9fff]{1,8}(?:专业|專業|班))?)"
)
BYLINE = re.compile(
    r"^\s*[□■◎●▲◆]?\s*"
    rf"(?:{_BYLINE_CREDIT}\s*(?:{_BYLINE_ROLE}\s*[/／:：]?\s*)?|{_BYLINE_ROLE}\s*[/／:：]?\s*)"
    # (the writer's post before the name after the credit: 文／短宣隊隊長 何志明; the teller's, 口述／搬迁户 某某)
    rf"(?:(?<=[/／:：])\s*{_CREDITED_POST}\s+)?"
    rf"{_NOT_A_NAME}{_BYLINE_NAME}"
    rf"(?:\s*[\s、]\s*(?:{_BYLINE_CREDIT_NEXT}\s*)?(?:{_BYLINE_ROLE}\s*[/／:：]?\s*)?"
    rf"(?:(?<=[/／:：])\s*{_CREDITED_POST}\s+)?{_NOT_A_NAME}{_BYLINE_NAME})*"
    rf"(?:\s*{_BYLINE_TAIL})?\s*$"
)


# Labels that only ever open a piece: 核心阅读 (People's Daily's summary box), 编者按 (editor's note), 导读, 开栏的话
# (the note that opens a new series).
OPENING_LABEL = re.compile(r"^\s*(?:核心阅读|核心閱讀|编者按|編者按|导读|導讀|开栏的话|開欄的話)\s*(?:[：:]|$)")
# The label of a box set beside a story, alone on its line over the box's own title: 链接 / 鸥岛灯塔小档案, 记者手记 /
# 风里的耐心, ■相关新闻, 【延伸阅读】 (where such a box heads a piece, the label is its kicker; set inside a story, as
# a People's Daily report sets its 记者手记 with a title of its own, it is a section of the story).
BOX_LABEL = re.compile(
    r"^\s*[■□◆●▲]?\s*[【\[]?\s*(?:(?:相关|相關|新闻|新聞|背景|知识|知識)?(?:链接|鏈接)|记者手记|記者手記|记者札记|記者札記"
    r"|记者观察|記者觀察|(?:相关|相關)(?:新闻|新聞|报道|報道|報導)|延伸阅读|延伸閱讀|(?:新闻)?背景|新聞背景|小贴士|小貼士"
    r"|名词解释|名詞解釋|编后|編後|短评|短評)\s*[】\]]?\s*$"
)
# The label of a letters page's column over a title (读者来信 over a letter's, 编读往来 over the editors' answer):
# a kicker too, but one that heads a piece of its own, never a box inside a story.
PIECE_LABEL = re.compile(
    r"^\s*[■□◆●▲]?\s*[【\[]?\s*(?:读者来信|讀者來信|编读往来|編讀往來|来信照登|來信照登|回音壁"
    # (and a reader's voice, 读者之声; the members' news a bulletin gathers, 會員動態)
    r"|读者之声|讀者之聲|(?:会员|會員|会务|會務|侨社|僑社|社团|社團)(?:动态|動態)"
    # (a column of follow-ups on readers' complaints, 维权回音; not a feature's title, 岁月回音)
    r"|(?:维权|維權|读者|讀者|投诉|投訴|来信|來信|民生|问政|問政)回音"
    # (and a serial's: 长篇小说连载 over the novel's title and its chapter; and a questions column's, 农技问答,
    # 律师信箱, over the question's title)
    r"|(?:长篇|長篇|中篇)?(?:小说|小說)?(?:连载|連載)|[\u4e00-\u9fff]{2,3}(?:问答|問答|信箱)"
    # (an expert's answers, 专家答疑, 医生答疑, 律师答疑)
    r"|(?:专家|專家|医生|醫生|律师|律師|法官|健康|法律)(?:答疑|解答|解惑)"
    # (an interview's, 人物专访, over its title)
    r"|(?:人物|独家|獨家|新春|两会|兩會)?(?:专访|專訪|访谈|訪談)"
    # (and a series' label, 3·15特别报道, 两会系列报道, over the title of one of its pieces)
    r"|[\u4e00-\u9fff0-9·・]{0,10}(?:特别|特別|系列|专题|專題|深度)(?:报道|報道|報導|策划|策劃)"
    # (and a special feature's, 警察節特輯, over the title of one of its pieces)
    r"|[\u4e00-\u9fff0-9·・]{1,10}(?:特辑|特輯|专辑|專輯)"
    # (and a reporter's inquiry, 记者调查 / 记者走访, over the title of its piece)
    r"|(?:记者|記者)(?:调查|調查|走访|走訪|探访|探訪|观察|觀察|暗访|暗訪)"
    # (and an opinion column's, over the title of its commentary: 一家之言, 社论, 今日谈, 人民时评, 锐评)
    # (not a box of readers' comments inside a story, 网友热评)
    r"|一家之言|社论|社論|今日谈|今日談|[\u4e00-\u9fff]{0,4}(?:时评|時評|快评|快評|锐评|銳評))\s*[】\]]?\s*$"
)
# A column's label named for what it gives the reader (生活指南, 消费提示, 以案说法, 反诈课堂, 党建短评, 校长寄语): over
# another title, a kicker; over a dash-led deck alone, a four-character title itself (高温提示 / ——…).
COLUMN_LABEL = re.compile(
    # (or a writer's notes from somewhere, 留學手記, 旅行札记, 支教日记)
    # (and 小 before its kind, 航天小课堂, 健康小贴士)
    # (not a dateline's word, 本報消息, 综合消息, nor a phrase of a title's, 小道消息)
    r"^(?!\s*(?:本报|本報|本刊|本台|本网|本網|综合|綜合|最新|小道)消息)"
    r"\s*[\u4e00-\u9fff]{2}小?(?:指南|课堂|課堂|教室|提示|说法|說法|释法|釋法|短评|短評|寄语|寄語|手记|手記|札记|札記|日记|日記|随笔|隨筆"
    # (or an essayist's column, 灯下漫笔, 周末闲话, 城南杂谈)
    r"|漫笔|漫筆|闲话|閒話|杂谈|雜談|漫谈|漫談|絮语|絮語"
    # (or the front line a reporter writes from, 口岸一线, 产业一线; or the voices a column gathers, 职工之声, a
    # title itself over a dash-led deck, 春天之声 / ——…音乐会侧记)
    r"|一线|一線|之声|之聲"
    # (or the news of a field a bulletin gathers, 差傳消息, 校园消息; or a pastor's or a worker's words, 牧者心聲;
    # or a head's words, a parent's story, a workshop's chronicle: 校長的話, 家長分享, 车间纪事)
    r"|消息|心声|心聲|的话|的話|分享|纪事|紀事|知识|知識)\s*$"
)
# (a box's or a column's label: a kicker, alone on its line)
# (or any column's name set in angle brackets on its own line: 〈法律小常識〉)
LABEL = re.compile(f"{BOX_LABEL.pattern}|{PIECE_LABEL.pattern}|" + r"^\s*〈[^〈〉\s]{2,10}〉\s*$")


# 【专题】, 【研訊第九天】: a tag in lenticular brackets heads a title or a section, never a wrapped line of text.
TAG_OPEN = re.compile(r"^\s*【\s*(?:[^】\s]\s*){1,16}】")  # (letter-spaced too: 【 城 建 速 递 】)
# （记者 某某）, （本报通讯员 某某）: the reporters of a story in brackets, at the head of its lead or at its end.
BRACKET_REPORTERS = re.compile(
    r"^\s*[（(]\s*(?:本报|本報)?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)"
)
# A quotation alone on its line, marks and all.
_WHOLE_QUOTE = re.compile(r"「[^「」]+」|“[^“”]+”|『[^『』]+』")
# A line that is one bracketed note and nothing else: a credit, a column tag, a source (（新华社北京1月10日电）).
_BRACKETED_LINE = re.compile(r"^\s*[（(][^（）()]{2,40}[）)]\s*$")
# A couplet of a regular poem (五言, 七言) on a line of its own: two halves of five or seven hanzi, a comma between,
# the full stop (or ！？) closing it (晨起扫柴扉，山花落满衣。, 青螺山上白云闲，一径松风到石关。).
VERSE_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{5}[，,][\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7}[，,][\u4e00-\u9fff]{7})[。！？!?]\s*$"
)
# What follows a poem's last couplet on a line of its own: a note on it (注：), the next poem of a series (其二).
_VERSE_AFTER = re.compile(r"^\s*(?:注[：:]|其[一二三四五六七八九十]\s*$)")
# The desk or office that sent a brief, in brackets after its last sentence (（市残联）, （县委宣传部）): an office's
# name ends on what it is (a bracketed word of another kind, （未完待续）, （摘要）, is no signature, nor is the
# writer's post, （作者系退休干部）, a line of its own).
DESK_SIGNATURE = re.compile(
    r"^\s*[（(](?!作者)[\u4e00-\u9fff]{1,8}(?:联|聯|局|委|办|辦|部|科|处|處|院|所|站|中心|队|隊|会|會|厅|廳|社|台|组|組|室|馆|館)[）)]\s*$"
)
# A note in brackets closing a piece (its source, its writer or the desk that sent it): nothing but the note in
# its brackets, a book title inside it or not (（摘自《青城晚报》 作者 林一苇）, （宣传科 柯晓岚）, （作者单位：…）),
# no clause in it (a note with a sentence, （以上简章由各高校提供，具体以…为准）, speaks for the page).
CLOSING_NOTE = re.compile(
    # (not a jump line, （上接第1版《…》）, nor a series' tag over the next title, （“…”系列报道之三）)
    r"^\s*[（(](?!.*(?:上接|下转|下轉|转第|轉第|接第|续第|續第|接上|系列|之[一二三四五六七八九十\d]+\s*[）)]|[“「]))"
    r"(?:[^（）()《》，。；！？,;]|《[^《》]{1,30}》){2,48}[）)]\s*$"
)
# （二〇二〇年三月十二日）, （2019年12月5日）: a full date in brackets, nothing else on the line.
_BRACKETED_DATE = re.compile(
    r"^\s*[（(]\s*(?:[〇零一二三四五六七八九]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月"
    r"\s*[一二三四五六七八九十\d]{1,3}\s*日\s*[）)]\s*$"
)
# The names of a team credit in brackets, (金某、高某、朱某…, three or more joined by 、 with nothing else on the
# line: the closing credit of the piece above even when the OCR lost its end (…整理）) or read its bracket as 〈.
NAMES_CREDIT = re.compile(
    r"^\s*[（(〈]\W?\s*[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}(?:整理|等)?\s*[）)〉]?\s*$"
)
# A photographer's credit alone on a line: 莊曉彤攝, 记者 王益炜 摄, 新华社记者 李某 摄.
# (the role may be a stringer's or an intern's, a byline's roles, and two may share the photo: 记者 某某 实习生 某某 摄)
_BARE_CREDIT = re.compile(
    rf"^\s*(?:{_BYLINE_ROLE}\s*)?[\u4e00-\u9fff]{{2,4}}(?:\s+(?:{_BYLINE_ROLE}\s*)?[\u4e00-\u9fff]{{2,4}})*\s*[摄攝]\s*$"
    # (a transliterated name after the role may run longer: 记者 额尔德木图 摄)
    rf"|^\s*{_BYLINE_ROLE}\s*[\u4e00-\u9fff]{{5,7}}\s*[摄攝]\s*$"
    # (as a Taiwanese paper credits a photo, the role after a slash: 記者林佳蓉／攝影, 林佳蓉／攝)
    rf"|^\s*(?:{_BYLINE_ROLE}\s*)?[\u4e00-\u9fff]{{2,4}}\s*[/／╱]\s*(?:摄影|攝影|摄|攝)\s*$"
)
# Where the photo came from, on a line of its own after the caption's full stop: 资料图片, 某某提供图片, 新华社发.
# (or its credit: 图/某某)
# Who supplies a photo (受访者提供, 警方提供): not any words before 提供 (课后托管服务免费提供 is a title).
SUPPLIER = (
    r"(?:受访者|受訪者|主办方|主辦方|主办单位|主辦單位|警方|院方|校方|园方|園方"
    r"|家属|家屬|读者|讀者|资料|資料|官方|剧团|劇團"
    # (or a police station or a precinct, 北區分局, 和平派出所)
    r"|[\u4e00-\u9fff]{1,6}(?:分局|派出所)"
    # (or a brand named in Latin letters, as a fashion or a products page credits its pictures: （MOKA studio提供）)
    r"|(?<![据據由A-Za-z0-9])[A-Za-z][A-Za-z0-9&.'’ -]{1,24})"
)
# A photo's credit or source in brackets, alone on its line: （記者 某某 攝）, （網上圖片）, （受訪者提供）.
# (提供 only after a supplier of photos: （部分资料由某某提供） credits a story's material, （本文图片…） its pictures)
_BRACKETED_PHOTO_SOURCE = re.compile(
    rf"^\s*[（(]\s*(?:(?!本文|部分|文中)[^（）()。，]{{0,16}}(?:[摄攝]|[图圖]片|供[图圖]|{SUPPLIER}提供)"
    # (or the picture's role and whose it is: （圖：消防局提供）, （图/某某）, （摄影：某某）)
    r"|(?:[图圖]片?|摄影|攝影)\s*[：:/／]\s*[^（）()。，：:]{1,16})\s*[）)]\s*$"
)
_BARE_SOURCE = re.compile(
    rf"^\s*(?:[\u4e00-\u9fff]{{2,10}}[圖图]片|[\u4e00-\u9fff]{{1,8}}供[圖图]|{SUPPLIER}提供|新[华華]社[发發]|中新社[发發]"
    rf"|{_PICTURE_CREDIT})\s*$"
)
# An official document's number on a line of its own under its title (江政发〔2023〕9号, 国办发〔2019〕12号).
DOCUMENT_NUMBER = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}\s*[〔［\[（(]\s*\d{4}\s*[〕］\]）)]\s*\d{1,4}\s*号\s*$")
# A court's case number, the year first (（2020）湄01破12号): on a line of its own under its notice's title.
COURT_NUMBER = re.compile(
    r"^\s*[（(〔]\s*\d{4}\s*[）)〕]\s*[\u4e00-\u9fff]{1,2}\s*\d{0,4}\s*[\u4e00-\u9fff]{1,3}\s*\d{1,6}\s*号\s*$"
)
# What goes on after a document's number cited in a sentence (…12号 / 文件要求…, …12号 / 精神…).
_CITED_AFTER = re.compile(r"^\s*(?:文件|精神|规定|規定|要求|通知|的|等|和|及|中|）|》|，|、)")


def _cited_before(text: str) -> bool:
    """Whether a line breaks off right before a document's number it cites (…按照省政府印发的, …根据, …，)."""
    last = text.rstrip()[-1:]
    cites = ("根据", "按照", "依据", "印发", "下发")
    return last in LEANS_ON_NEXT or last in "，、《（(" or text.rstrip().endswith(cites)


# A year of the Republic's calendar, as Taiwan's documents and bulletins date themselves (中華民國一一三年, 民國113年).
_ROC_YEAR = r"(?:中華民國|中华民国|民國|民国)\s*(?:\d{2,3}|[〇零一二三四五六七八九十百]{2,5})"
# What signs an official document under its text: the issuing body on a line of its own, then the date alone.
ISSUER = re.compile(
    # (its characters perhaps parted by an OCR engine's stray space: 榆塘镇人 民政府; a township's office, 民政办)
    r"^\s*(?:[\u4e00-\u9fff]\s?){2,24}(?:人民政府|政府|委员会|委員會|办公厅|辦公廳|办公室|辦公室|指挥部|指揮部|领导小组|領導小組"
    r"|民政办|民政辦|财政所|財政所|司法所"
    r"|局|厅|廳|部|委|中心|协会|協會|联合会|聯合會|编辑部|編輯部|公司|集团|集團|银行|銀行|医院|醫院|学校|學校|大学|大學"
    r"|管理处|管理處|居委会|居委會|村委会|村委會|董事会|董事會|监事会|監事會|商会|商會|同乡会|同鄉會"
    # (a clan's or a fellowship's association, signing its notices: 梅林县黄氏宗亲联谊会)
    r"|联谊会|聯誼會|宗亲会|宗親會"
    # (an event's organising committee, 运动会组委会, and an association's board, 理事会)
    r"|组委会|組委會|筹委会|籌委會|理事会|理事會"
    # (a paper's own house, signing its notice of a break in publication: 金凤日报社, …杂志社)
    r"|报社|報社|杂志社|雜誌社|出版社"
    # (a procuratorate, a court, an institute: 宁安市人民检察院, 某某区人民法院, 某某研究院)
    r"|检察院|檢察院|法院|研究院|研究所"
    # (a police force's or a fire brigade's unit: 某某市公安局交通警察支队, 某某派出所)
    r"|支队|支隊|大队|大隊|总队|總隊|派出所"
    # (a school's or a company's office: 教务处, 财务科)
    r"|处|處|科"
    # (a library, a museum, a school's archive: 云杉大学校史馆)
    r"|图书馆|圖書館|博物馆|博物館|校史馆|校史館|档案馆|檔案館|纪念馆|紀念館|文化馆|文化館|学堂|學堂)\s*$"
    # (a company's board on a line of its own under the company's name: …股份有限公司 / 董事会)
    r"|^\s*(?:董事会|董事會|监事会|監事會)\s*$"
    # (or the person a declaration is made by, labelled so: 声明人：林志强)
    r"|^\s*(?:声明人|聲明人|启事人|啟事人|申明人)\s*[：:]\s*[\u4e00-\u9fff]{2,4}\s*$"
)

# A theatre, a concert hall, a gallery, a stadium, an orchestra: it signs a notice to its public as an issuing body
# does (星城大剧院 / 2024年12月20日 under a notice to ticket buyers), but a feature names such a place over a date as
# often (a diary's entry, a section's head), so only under a notice's words does it sign.
VENUE_ISSUER = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]\s?){2,16}(?:剧院|劇院|影院|音乐厅|音樂廳|美术馆|美術館|体育馆|體育館|体育场|體育場|剧团|劇團"
    r"|乐团|樂團)\s*$"
)
# A date alone on a line (2023年5月15日): the date that signs a document, under its issuer.
DATE_ALONE = re.compile(
    # (in the Republic's years too: 中華民國一一三年七月二十日, 民國113年7月20日)
    r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4}|" + _ROC_YEAR + r")\s*年"
    r"\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
    # (a newsletter's issue after it: 二〇二四年五月三十一日 第三一七期, its volume too: 第38卷 第41期)
    r"(?:\s+(?:第\s*[\d〇零一二三四五六七八九十百]{1,4}\s*卷\s*)?(?:总|總)?第\s*[\d〇零一二三四五六七八九十百]{1,6}\s*期)?\s*$"
)
# An item of an official document's list (一、…, （一）…) opening a line after the colon of its preamble (not
# 一、二季度…, 二、三线城市…, a pair of numerals in running text).
ENUMERATED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十两兩])|[（(][一二三四五六七八九十]{1,3}[）)])"
)
# A label and a code on a line of its own (案件編號：CCDI333-334/16, 【案件編號：WKCC1234/2020】, 统一刊号：
# CN14-0001): complete as it stands.
CODE_LINE = re.compile(
    r"^\s*[【\[（(]?\s*[\u4e00-\u9fff]{2,6}\s*[：:]\s*[A-Za-z0-9Ａ-Ｚａ-ｚ０-９][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-/.－／．]{2,}\s*[】\]）)]?\s*$"
)
_SPACES = re.compile(r"\s+")
# The line that heads a listed company's announcement with its codes (证券代码：603817 证券简称：恒屹科技 公告编号：
# 2024-027, or one code a line): the announcement's kicker, over the company's name and the announcement's title.
_CODE_LABEL = (
    r"(?:证券代码|證券代碼|股票代码|股票代碼|证券简称|證券簡稱|股票简称|股票簡稱|公告编号|公告編號|债券代码|債券代碼)"
)
# (the whole line its fields, each a value with no mark: not a story's sentence that names a code in brackets,
# …（以下简称“青川新材”，证券代码：603999）发布公告…)
SECURITIES_CODE = re.compile(
    rf"^\s*{_CODE_LABEL}\s*[：:]\s*[^\s，。；、（）()]{{2,16}}(?:\s+{_CODE_LABEL}\s*[：:]\s*[^\s，。；、（）()]{{2,16}})*\s*$"
)
# The answer printed under a reader's letter is opened by a label (■回复, 【部门回复】, 答复：): the letter's too.
REPLY_LABEL = re.compile(
    r"^\s*[■□●◆▲]?\s*[【\[〔]?\s*(?:部门|编辑|編輯|记者|記者)?(?:回复|回覆|答复|答覆|回访|回訪)\s*[】\]〕]?\s*[：:]?\s*$"
)
# The labels of a story's own sections in square brackets, never a tag of a title that heads another piece: its
# links and background (【延伸阅读】, 【相关链接】, 【背景】), the reporter's notes (【记者手记】), and a case report's
# parts as legal papers set them (【案情】, 【基本案情】, 【审判】, 【裁判结果】, 【评析】).
# (not 【律师说法】 or 【法官提醒】: a column's tag in front of a piece's title as often)
CASE_SECTION_LABELS = r"(?:基本)?案情|审判|審判|裁判结果|裁判結果|判决|判決|评析|評析"
OWN_SECTION_LABELS = (
    r"(?:延伸|相关|相關|新闻|新聞|知识|知識)?(?:阅读|閱讀|链接|鏈接|新闻|新聞)|记者手记|記者手記|背景|小贴士|小貼士"
    rf"|编后|編後|后记|後記|名词解释|名詞解釋|(?:老师|老師|编者|編者)?(?:点评|點評|评语|評語)|{CASE_SECTION_LABELS}"
)
# A label and its colon opening a line (机构观点：…, 泰衡证券：…): no clause of running text.
LABEL_COLON = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:](?=\S)")
# A row of a list of figures, the whole line: a label, its colon, a figure and its unit, the change in brackets
# (恒生指數：18,129（升214點）, 美元兌港元：7.7880, 成交额：1.2万亿元).
COLON_FIGURE_ROW = re.compile(
    r"^\s*[\u4e00-\u9fffA-Za-z]{2,12}\s*[：:]\s*[-+−]?\d[\d,.，]*\s*(?:[%％]|[\u4e00-\u9fff]{1,2})?"
    r"\s*(?:[（(][^（）()]{1,14}[）)])?\s*$"
)
# A court's case number on a line of its own, a mainland court's (案号：（2024）云0102刑初87号) or a Hong Kong
# court's in brackets (（案件編號：DCCC 518/2023）, （覆核案件編號：CAAR 6/2024）): under a report's last full stop it
# closes the report; under a title it is the story's first line.
_HK_CASE = r"[A-Z]{2,6}\s*\d{1,6}(?:\s*[/／]\s*\d{2,4})?"
CASE_NUMBER = re.compile(
    r"^\s*(?:案号|案號|案件编号)\s*[：:]\s*[（(〔\[]\s*\d{4}\s*[）)〕\]]\s*\S{2,20}号\s*$"
    rf"|^\s*[（(]\s*[\u4e00-\u9fff]{{0,4}}(?:案件編號|案件编号|案號|案号)\s*[：:]\s*{_HK_CASE}"
    rf"(?:\s*(?:[、,，及和]|and)\s*{_HK_CASE})*\s*[）)]\s*$"
)
_SENTENCE_MARK = re.compile(r"[。！？!?…]")
# A speaker's turn of an interview or a questions column opening a line (问：, 答：, 记者：, Q：).
_TURN_OPEN = re.compile(r"^\s*(?:问|問|答|记者|記者|Q|A)\s*[：:]")
# Marks of running text: a title may hold a 、 or a ！, but not a clause cut off at a comma or a full stop.
_RUNNING_MARK = re.compile(r"[，。；,;]")
# Any mark of a clause or sentence end: a title has none.
_MARKED = re.compile(r"[，。、；：！？,;:!?…]")
# A slogan or name quoted in a title may hold a comma (市民热议「文明过大年，新风进万家」): no mark of running text
# there. A quoted sentence (「媽媽，我們什麼時候回家？」) is speech, and speech is running text.
QUOTED = re.compile(r"「[^「」。？！]*」|“[^“”。？！]*”|『[^『』。？！]*』|《[^《》]*》")
# 署名 at the head of a story: Taiwanese papers close the lead paragraph with 報導．攝影╱某某 (or print it on
# a line of its own right below the lead); so the paragraph that carries or precedes it opens an article.
LEAD_BYLINE = re.compile(
    # the separator may come out of an OCR engine as . or 。 and the slash as / or ／
    r"(?:報導|报道|報道|採訪|采访|撰文|文字?|記者|记者)\s*[．·・、。.]?\s*(?:(?:攝影|摄影|圖|图)\s*)?[╱/／]\s*"
    r"\S{2,4}(?:\s*[、,，]\s*\S{2,4})*\s*$"
)
# The mark that closes a wire service's story (（完）), after its last full stop: the story ends there.
# (or, closing a 中央社 story, its editor and the date code: （編輯：某某）1120520, the wrap may cut 編 / 輯)
# (its colon as Big5 text converted to Unicode may carry it, the vertical form ︰, kept as printed)
_EDITOR_NOTE = r"(?:[（(]\s*)?(?:編輯|编辑|輯|辑)\s*[：:︰][^（()）]{1,12}[）)]"
DISPATCH_END = re.compile(rf"(?:[（(]\s*完\s*[）)]|{_EDITOR_NOTE}\s*\d{{7}})\s*$")
# A subtitle opened by a dash (——访某某), as printed or as extractors render the dash.
_DASH = r"(?:——|--|－－|—)"
SUBTITLE_DASH = re.compile(rf"^\s*{_DASH}\S")
# The words a subtitle opens with after its dash: ——记某某 (a portrait), ——访某某, ——追记…, ——来自…的调研, ——写在…之际,
# ——评…, ——谈…, ——致…, ——献给…, ——纪念… (not ——记者…, where a dash opens a line of running text).
_SUBTITLE_FORMULA = re.compile(
    rf"^\s*{_DASH}+\s*(?:记(?!者)|記(?!者)|访|訪|专访|專訪|追记|追記|追忆|追憶|来自|來自|写在|寫在|评|評|谈|談|致|献给|獻給|纪念|紀念)"
)
# The names of a byline on a line of their own after its slash (╱林美君, ／王某、李某).
_SLASH_NAMES = re.compile(r"^\s*[╱/／]\s*\S{2,4}(?:\s*[、,，]\s*\S{2,4})*\s*$")
# Quotation marks: pdftotext cuts printed lines into fragments where they stand.
_QUOTES = "“”‘’「」『』"
_OPENING_QUOTES = "“‘「『"
_CLOSING_QUOTES = "”’」』"
# A line that opens on speech: a quotation with a clause or sentence mark inside (「媽媽，我幫妳搥背。」)
_SPEECH_OPENS = re.compile(r"^[“‘「『][^”’」』]*[，。！？；：,!?;:]")
# A quoted sentence of speech at the start of a line: closed by its own full stop, ! or ? inside the quote.
_SPOKEN_SENTENCE = re.compile(r"^[“「『][^”」』“「『]*[。！？!?…][”」』]")
# A line closed by quoted words without a mark inside (…「冬天不再难熬了」, or the quotation's tail 熬了」).
_UNMARKED = r"[^「」“”『』，。！？；：,.!?;:]*"
QUOTED_TERM_END = re.compile(rf"(?:[「“『]{_UNMARKED}|^{_UNMARKED})[」”』]\s*$")
# Opening brackets that 行尾禁则 pushes down with the word they open (its small forms too: ﹙阿利﹚)
_PUSHED_BRACKETS = "（〔［｛﹙﹛﹝("
# pdftotext -raw also cuts a printed line at title marks (…篇目包括 / 《论语》 / 《孟子》六部); not at round
# brackets, which set a source or a credit on a line of its own: （新华社北京1月10日电）
_OPENING_TITLE_MARKS = "《〈"
# Quotation marks, open and close: a wrap may cut inside a quotation without parting the phrase it quotes.
QUOTE_MARKS = ("“”", "「」", "『』")
# ... but at brackets around Latin (王小明（Ming Wong）), where the font changes inside them.
_LATIN_IN_BRACKETS_END = re.compile(r"[（(][^（）()]*[A-Za-z][^（）()]*[）)]\s*$")
_LATIN_IN_BRACKETS_START = re.compile(r"[（(][^（）()]*[A-Za-z]")
_TITLE_PIECE = re.compile(r"《[^《》]*》|〈[^〈〉]*〉")
_MARKS = "，。、；：？！,;:?!”’」』）)"
# A month or a day of the masthead date, its 1s as an OCR engine may read them (or as a colon, in small type).
_MASTHEAD_NUM = rf"[\d{re.escape(OCR_ONES)}:：]{{1,3}}"


def _jump(words: str) -> str:
    """A jump line: the story goes on, or came from, another page (（下转A4版）, 上接第1版, 转2版, 详见A3版)."""
    page = r"(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９一二三四五六七八九十]+\s*[版页頁]"
    return rf"^\s*[（(]?\s*(?:{words})\s*{page}\s*[）)]?\s*$"


_JUMP_ON_WORDS = "下转|下轉|转|轉|详见|詳見"
# One that sends the story on: the text right above it is the story's, however it breaks off (above 上接第1版
# stands the continued story's repeated title).
JUMP_ON = re.compile(_jump(_JUMP_ON_WORDS))
# Either way, a jump line parts two stories (or the pieces of one on two pages): a column read across it
# measures someone else's lines.
JUMP = re.compile(_jump(_JUMP_ON_WORDS + "|上接|接"))
# Page furniture: masthead dates, page numbers and production credits are never article text.
_MASTHEAD_DATE = (
    # (the day in words may be counted in twenties, 廿四日, 卅一日)
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十廿卅]{1,3}\s*日|\d{4}\s*[.．/]\s*\d{1,2}\s*[.．/]\s*\d{1,2}"
    # (a Taiwanese paper's in the Republic's years, 中華民國111年10月18日)
    rf"|{_ROC_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
)
_EN_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# (the month first or the day first: Tuesday, March 18, 2025; 18 Mar 2025)
_EN_DATE = rf"(?:{_EN_WEEKDAY},?\s+)?(?:{_EN_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_EN_MONTH},?\s+\d{{4}})"
# (in brackets too: （星期五）; an OCR engine may set its day apart, 星期 二, 星 期二)
_WEEKDAY = r"(?:[（(]\s*)?(?:(?:星\s?期|禮拜|礼拜)\s?|周|週)[一二三四五六日天](?:\s*[）)])?"
# A page's number as city dailies print it, the letter of its section first (A03, 第A3版), the section's name
# beside it (A03 要闻, A03｜要闻) or another page's (A4-A5, a spread).
_PAGE_ID = r"[A-ZＡ-Ｚ]\s*[0-9０-９]{1,2}"
# The sections a page is printed under, named in its running head.
_SECTION = (
    r"(?:要闻|要聞|时政|時政|社会|社會|民生|国内|國內|国际|國際|经济|經濟|财经|財經|体育|體育|文化|娱乐|娛樂|评论|評論"
    r"|观点|觀點|地方|城事|副刊|专版|專版|港聞|兩岸|两岸|生活|综合|綜合|理论|理論|教育|科技|健康|法治|视点|視點)"
)
# A paper's name: a place or a title and what kind of paper it is (黄河晚报, 海都市报, 北方時報, 南方新聞報).
_PAPER = (
    r"(?:[\u4e00-\u9fff]{1,6}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|早报|早報|晨报|晨報|新闻报|新聞報|都市报|都市報"
    r"|证券报|證券報|法制报|法治报|青年报|青年報|工人报|工人報|农民报|農民報|科技报|科技報|教育报|教育報|健康报|健康報"
    r"))"
)
# A trade's or a readership's paper named by its place (东陵体育报, 临江交通报, 北岭铁道报): the paper's name only at
# the head of the page, as an essay may be titled after one (我与少年报, 情系老年报).
_TRADE_PAPER = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,4}(?:体育报|體育報|经济报|經濟報|文化报|文化報|旅游报|旅遊報|交通报|交通報|铁道报|鐵道報"
    r"|电力报|電力報|妇女报|婦女報|老年报|老年報|少年报|少年報)\s*$"
)
# A section's name in English after its Chinese one (A5 本地新聞 Local News, B2 港聞 Hong Kong).
_SECTION_EN = r"(?:\s+[A-Z][a-z]+(?:\s+(?:&\s+)?[A-Z][a-z]+){0,2})?"
# What may follow the masthead date on its line: the lunar date, the section, the page's number, its editor.
_MASTHEAD_ITEM = (
    # (a page numbered in figures alone: 2024年9月21日 星期六 3)
    # (or a section named in two parts about a middle dot before the page's number, 读者·健康 6, or of two words of
    # two closing the line, 健康 · 生活; a listing's row may name a pianist so after a date, 星期六 理查德·克莱德曼)
    # (the paper's name after its date, 2022年6月28日 星期二 岷江日报 区域·民生5)
    rf"\s+(?:(?:农历|農曆)\S{{2,10}}|{_SECTION}(?:綜合|综合)?|{_PAPER}|(?:[\u4e00-\u9fff]{{2,4}}\s?[·・•]\s?[\u4e00-\u9fff]{{2,4}}(?:[0-9０-９]{{1,2}}(?=\s*$)|(?=\s+[A-Za-z]?\d{{1,2}}\s*$))|[\u4e00-\u9fff]{{2}}\s?[·・•]\s?[\u4e00-\u9fff]{{2}}(?=\s*$))|{_PAGE_ID}|[0-9０-９]{{1,2}}(?=\s*$)|第\s*[A-Za-z]?\s*\d+\s*版"
    rf"|(?:责任|責任)?(?:编辑|編輯)(?:\s*[：:]?\s*[\u4e00-\u9fff]{{2,4}}|\S*)|(?:美编|美編|校对|校對)\S*|{_WEEKDAY}"
    # (the desk's telephone, its number set in groups: 电话：010-6558 3127)
    r"|(?:电话|電話|传真|傳真)\s*[：:]\s*\d[\d\-－]*(?:\s\d+)*"
    # (a Thai paper's year of the Buddhist era after the date: 2024年8月12日 星期一 佛曆2567年)
    # (its 历 read by an OCR engine as the look-alike 厉)
    r"|(?:佛历|佛曆|佛厉)\s*\S{3,6}年"
    # (the page's number and its section's name closing the line: 星期一 A11 文娱, 星期一 3 足球, B3 綜合新聞)
    rf"|(?:{_PAGE_ID}|[0-9０-９]{{1,2}})\s+[\u4e00-\u9fff]{{2,4}}(?:新闻|新聞)?(?=\s*$)"
    # (the lunar date by its year's stem and branch, 癸卯年八月廿五, and the day's count of pages, 今日8版)
    r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*[正一二三四五六七八九十冬腊臘闰閏]{1,3}月\s*[初十廿卅一二三四五六七八九]{2}"
    r"|今日\s*\d{1,2}\s*版"
    # (the issue's number, a trade paper's or a newsletter's: 2024年5月1日 星期三 第1235期, 总第5012期)
    r"|(?:总|總)?第\s*\d{1,6}\s*期"
    # (the date in English after the Chinese one, as a paper abroad prints it, or its weekday alone: Tuesday,
    # March 18, 2025)
    rf"|{_EN_DATE}|{_EN_WEEKDAY})"
)
_MASTHEAD_TAIL = rf"(?:{_MASTHEAD_ITEM})*"
# The weather box by the masthead: its label, the temperatures, the wind (今日天气 / 22℃～31℃ / 东南风2级) ...
_WEATHER_LABEL = r"(?:今日天气|今日天氣|天气预报|天氣預報|本地天气|本地天氣)"
_TEMPERATURES = r"-?\d{1,2}\s*(?:℃|°C)?\s*[～~至\-－—]\s*-?\d{1,2}\s*(?:℃|°C)"
_WIND = r"[东南西北東]{0,2}[南北]?[风風]\s*\d{1,2}(?:\s*[～~至\-－—]\s*\d{1,2})?\s*[级級]"
_SKY_WORDS = (
    r"(?:晴|多云|多雲|阴|陰|小雨|中雨|大雨|阵雨|陣雨|雷阵雨|雷陣雨|小雪|中雪|雨夹雪|雨夾雪)"
    r"(?:\s*(?:转|轉)\s*(?:晴|多云|多雲|阴|陰|小雨|中雨|大雨|阵雨|陣雨|雷阵雨|雷陣雨|小雪|中雪))?"
)
_WEATHER_LINE = re.compile(rf"^\s*{_WEATHER_LABEL}\s*$|^\s*(?:气温|氣溫)?\s*{_TEMPERATURES}\s*$|^\s*{_WIND}\s*$")
# ... or two of them on one line (今日天气 多云转小雨, 22℃～29℃ 东南风3级): furniture among the masthead's lines or
# beside furniture only, as a weather story prints its forecast so after 预报如下：
# (or the sky and the wind, 晴转多云 西北风3~4级)
_WEATHER_PAIR = re.compile(
    rf"^\s*{_TEMPERATURES}\s+{_WIND}\s*$|^\s*{_SKY_WORDS}\s+{_WIND}\s*$"
    # (or the label and up to three of them, after a colon or not: 今日天气：多云转晴 12℃～21℃ 东南风2—3级; the bare
    # 天气 too, before items of the box)
    rf"|^\s*(?:{_WEATHER_LABEL}|天气|天氣)\s*(?:[：:]\s*|\s+)(?:{_SKY_WORDS}|{_TEMPERATURES}|{_WIND})"
    rf"(?:\s*(?:{_SKY_WORDS}|{_TEMPERATURES}|{_WIND})){{0,2}}\s*$"
)
# The weather service that issued the box's forecast, under its rows (鹤塘县气象台发布).
_FORECAST_ISSUER = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,12}(?:气象台|氣象台|气象局|氣象局|天文台)\s*(?:发布|發布|提供)\s*$"
)
# ... and the sky between them (多云转晴), furniture only beside them: alone it is a title's words as often (小雨,
# 晴转多云).
_SKY = re.compile(rf"^\s*{_SKY_WORDS}\s*$")
# A match's score between its teams (南浦海鸥 2:1 石门铁骑) and a flow of funds in a markets page's data box (北向资金
# 净买入23.7亿元): rows of a box, furniture beside its label or its other rows; alone, a line of running text or a title
# may read so (鲸鲨在上半场 0∶1 落后的情况下连入, 北向资金本周 净买入86.5亿元).
_BOX_ROW = re.compile(
    # (a match's score between its teams, the game's number before them in a series' box, 第1戰 雷霆 88：91 山貓,
    # and a game to come with its day, time and ground, 第5戰 16日 19:00 嵐山巨蛋)
    r"^\s*(?:第\s*\d{1,2}\s*[戰战场場轮輪]\s+)?[\u4e00-\u9fffA-Za-z]{2,8}\s+\d{1,3}\s*[:：∶比]\s*\d{1,3}\s+"
    r"[\u4e00-\u9fffA-Za-z]{2,8}\s*$"
    r"|^\s*第\s*\d{1,2}\s*[戰战场場轮輪]\s+\d{1,2}\s*[日号號]\s+\d{1,2}[:：]\d{2}\s+[\u4e00-\u9fffA-Za-z]{2,8}\s*$"
    r"|^\s*[\u4e00-\u9fffA-Za-z0-9]{2,10}\s+(?:净|淨)(?:买入|賣出|卖出|買入|流入|流出)\s*[0-9][0-9.,]*\s*(?:亿元|億元|万元|萬元)\s*$"
    # (labels each with a signed change, 涨幅居前板块 储能 +4.82% 电网设备 +3.15%: only among the box's other rows,
    # as a title may read so)
    r"|^\s*[\u4e00-\u9fff]{2,10}(?:\s+[\u4e00-\u9fff]{2,8}\s*[+\-−－][0-9][0-9.]*[%％]){2,}\s*$"
    # (an index, its close and its change in points, 恒生指數 17,732.52 -163.11: a row among rows, as a wrapped
    # line of a story may end on a figure)
    r"|^\s*[\u4e00-\u9fffA-Za-z]{0,8}(?:指数|指數|恒指|國指|国指|科指|期指)\s*[0-9][0-9,]*\.[0-9]{1,4}\s+"
    r"[+\-−－][0-9][0-9,]*(?:\.[0-9]+)?[%％]?\s*$"
)
# A label and its figure with a unit (两市成交额 8432亿元): a box's row only beside another row, not beside furniture
# alone, as a title under the page's header may read so (沪指重返 3000点).
_FIGURE_ROW = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,10}\s+[0-9][0-9.,]*\s*(?:亿元|億元|万元|萬元|亿股|億股|万手|萬手|点|點)\s*$"
)
# An entertainment page's chart label (本週澳門票房榜): over the chart's rows only, as a title may end so
# (两企业入选全国百强排行榜).
_CHART_LABEL = re.compile(
    r"^\s*\S{0,10}(?:票房榜|排行榜|銷量榜|销量榜|收視榜|收视榜|收视排行|收視排行)(?:\s*[（(][^）)]{1,16}[）)])?\s*$"
    # (and a markets box's, 昨日收市, over its rows of indices)
    r"|^\s*(?:昨日|今日|本周|本週)?(?:收市|收盘|收盤)(?:行情|情況|情况|數據|数据)?\s*$"
)
# Where readers send their letters and copy (来信请寄：…, 投稿邮箱：…): the page's furniture on a line of its own after
# a finished paragraph, with no clause going on from it (a story's sentence may wrap so: 投稿邮箱：…，本报…).
_CONTACT_LINE = re.compile(
    # (the page's own and the copy's together too: 本版投稿邮箱：…)
    r"^\s*(?:(?:本版|本刊)\s*(?:来信|來信|来稿|來稿|投稿)?|来信|來信|来稿|來稿|投稿)"
    r"\s*(?:请寄|請寄|地址|邮箱|郵箱|信箱)\s*[：:][^，。；,;]*$"
)
_NAMED_MASTHEAD_DATE = re.compile(rf"^\s*[\u4e00-\u9fff]{{2,6}}\s+{_MASTHEAD_DATE}\s*{_WEEKDAY}{_MASTHEAD_TAIL}\s*$")
# The label of a box of listings: the week's shows, exhibitions, films (本周演出, 近期展讯, 影讯).
_LISTINGS_LABEL = re.compile(
    r"^\s*[■□◆●▲【]?\s*(?:本周|本週|近期|今日|下周|下週|周末|週末)?(?:演出|展览|展覽|影讯|影訊|展讯|展訊|演出信息|演出資訊)"
    r"(?:预告|預告|信息|資訊|资讯|一览|一覽|安排|速递|速遞)?\s*】?\s*$"
)
_ROC_DATE_ALONE = re.compile(rf"^\s*{_ROC_YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*$")
# A running head's section name and page number (巾帼风采 3, 基层一线｜4).
_SECTION_AND_PAGE = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[|｜]?\s*[0-9０-９]{1,2}\s*$")
# An address alone on its line, labelled (地址：…, 社址：…), no clause and no other field in it.
_ADDRESS_LINE = re.compile(r"^\s*(?:地址|地點|地点|社址|會址|会址|店址)\s*[：:][^，。；！？,;!?：:]{2,40}$")
_PAGE_RUN_BY = re.compile(
    r"^\s*(?:本版|本刊|本栏|本欄)(?:由|与|與|和)[\u4e00-\u9fff、]{2,30}(?:联合|聯合|共同)?"
    r"(?:主办|主辦|合办|合辦|协办|協辦|承办|承辦)\s*$"
)
# A hotline's name alone on its line, its number on the next, its hours under them (a box at the page's foot).
_HOTLINE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}(?:热线|熱線|专线|專線)\s*$")
_HOTLINE_NUMBER = re.compile(
    r"^\s*(?:[（(]\d{2,4}[）)]\s*)?\d[\d\s\-]{2,}(?:\s*(?:转|轉)\s*\d+\s*(?:号键|號鍵|键|鍵)?)?\s*$"
)
# An office's hours: the label alone, the days and hours on each row, a note in brackets.
_HOURS_LABEL = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,8}(?:辦公|办公|開放|开放|服務|服务|營業|营业|辦事|办事)(?:時間|时间)\s*$"
)
_HOURS_ROW = re.compile(
    r"^(?![^。！？]*[。！？])\s*(?:星期|週|周|工作日|每天|每日|逢|平日|假日)\S{0,8}\s*"
    r"(?:上午|下午|早上|晚上|中午)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|時|时|點|点)"
)
_BRACKETED_NOTE = re.compile(r"^\s*[（(][^（）()]{1,16}[）)]\s*$")
_SERVICE_HOURS = re.compile(
    r"^\s*(?:工作日|周一至周五|週一至週五|每天|每日)?\s*\d{1,2}\s*[:：]\s*\d{2}\s*[—–\-~～至]\s*\d{1,2}\s*[:：]\s*\d{2}\s*$"
)
# The paper's invitation to write in, a line of its own with no mark, an address after it or not (欢迎村民、在外乡亲
# 投稿, 歡迎海外鄉親賜稿 來稿請寄…): furniture at the page's head or foot or beside other furniture (a story's sentence
# may wrap there, …欢迎全市中小学生踊跃投稿 / 参赛，…; a notice calling for entries holds one in its text).
_INVITATION = re.compile(
    r"^\s*(?:欢迎|歡迎)[\u4e00-\u9fff、]{0,16}(?:投稿|赐稿|賜稿|来稿|來稿)(?:\s+[^，。；！？\s][^，。；！？]*)?\s*$"
)


# An invitation to call the line above (欢迎来电反映, 歡迎致電查詢).
_CALL_INVITE = re.compile(r"(?:欢迎|歡迎)(?:来电|來電|致电|致電|拨打|撥打)|(?:来电|來電)反映")
# A call for contributions opening on its label (本版征稿：, “青石板”副刊征稿启事：), and the lines it may wrap to.
# (the paper's own call for copy, 征稿: an essay contest's terms, “我的老师”征文：…, are a story's paragraph as often)
_CALL_FOR_COPY = re.compile(r"^\s*[^，。；！？\s]{0,14}(?:征稿|徵稿)(?:启事|啟事)?\s*[：:]")
_CALL_FOR_COPY_LINES = 6


# A books page's label over its notes of new books (新书架, 新书速递).
NEW_BOOKS_LABEL = re.compile(r"^\s*[■□◆●▲【]?\s*(?:新书|新書)(?:架|速递|速遞|推荐|推薦|快递|快遞|过眼|過眼)\s*】?\s*$")
# An advertiser's name and its hotline set apart on a line of their own (恆興電器 熱線 2735 6180).
_NAME_AND_HOTLINE = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,10}\s+(?:热线|熱線|电话|電話)\s*[：:]?\s*[（(]?\d[\d\s\-)）]{6,}\s*$"
)
# A front page's index box (导读): a row names a story and the page it is on.
_INDEX_ROW = re.compile(
    r"^\s*[^，。；：！？\s][^，。；！？]{2,30}?\s+[▶►→]?\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*$"
    # (or the page first, after a bullet: ■ 2 版 汇算清缴操作指引, ▶第3版 一线税务人的春天)
    r"|^\s*[■□◆●▲▶►→]?\s*(?:第\s*)?[A-Z]?\d{1,2}\s*版\s*[：:]?\s*[^，。；！？\s][^，。；！？]{2,30}\s*$"
)
_INDEX_LABEL = re.compile(r"^\s*[■□◆●▲【]?\s*(?:今日|本期|本报|本報|要闻|要聞|本版)?(?:导读|導讀|要目)\s*】?\s*$")
# A line to report or complain to (价格举报电话：12315, 投诉电话：…).
_REPORT_LINE = re.compile(r"^\s*\S{0,8}(?:举报|舉報|投诉|投訴)")
# A desk's or the paper's line to call, alone on its line (訂報專線 0800-258-168, 科技热线：96335 邮箱：…,
# 健康咨询热线：400-870-2615（工作日 9:00-17:00）): furniture beside furniture, at the page's edge or after a
# finished paragraph, as the readers' address is.
_HOTLINE_LINE = re.compile(
    # (what it is for may run long: 生态环境问题举报热线：12369)
    # (an advertiser's credential in Latin letters before it: 持牌顧問 RCIC 諮詢熱線：…)
    r"^\s*(?:[\u4e00-\u9fff]{1,8}\s+)?(?:[A-Z][A-Za-z&.]{1,11}\s+)?[\u4e00-\u9fff]{0,10}(?:专线|專線|热线|熱線|举报电话|舉報電話|投诉电话|投訴電話"
    # (and an office's line answered round the clock, 村委会值班电话：…; a story's service line, 供暖服务电话：…, is
    # the story's)
    r"|值班电话|值班電話)"
    r"\s*[：:]?\s*[（(]?\d[\d\s\-)）]{3,}\d"
    r"(?:\s*[（(][^）)]{1,20}[）)])?(?:\s+(?:投稿|来稿|來稿)?(?:邮箱|郵箱|电邮|電郵)\s*[：:]\s*\S+@\S+)?"
    # (and the invitation to call after it: …热线 12316 欢迎来电咨询)
    r"(?:\s+(?:欢迎|歡迎)(?:来电|來電|致电|致電)(?:咨询|諮詢|垂询|垂詢)?)?\s*$"
)
# (or a row of them, two at least, short numbers and all: 報案專線 110　婦幼保護專線 113　反詐騙諮詢專線 165)
_HOTLINE_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,10}(?:专线|專線|热线|熱線)\s*[：:]?\s*\d{3,}[\d\-]*\s*){2,}$")
# (or the number first, as a box sets it large over its name, 95598 供电服务热线: only under the page's last text, as
# a story lists the numbers to call so, 12345 政务服务便民热线 / 95598 供电服务热线 / 以上热线…)
_NUMBER_FIRST_HOTLINE = re.compile(
    r"^\s*\d[\d\-]{3,}\d\s*[\u4e00-\u9fff]{0,10}(?:专线|專線|热线|熱線)"
    # (and the promise after it: 12366纳税缴费服务热线 全天候为您服务)
    r"(?:\s+[\u4e00-\u9fff0-9]{0,6}(?:为您服务|為您服務|竭诚服务|竭誠服務|欢迎来电|歡迎來電))?\s*$"
)
# An advertisement marked as one at its head, its copy and its number on one line (广告 百草堂国医馆 名老中医坐诊
# 预约电话 0758-2316688).
_MARKED_AD = re.compile(
    r"^\s*(?:广告|廣告)\s+\S.*(?:电话|電話|热线|熱線|专线|專線|预约|預約|咨询|諮詢)\s*[：:]?\s*\d[\d\-]{6,}\d\s*$"
)


def _weather_row(text: str) -> bool:
    return bool(_WEATHER_LINE.match(text) or _WEATHER_PAIR.match(text) or _SKY.match(text))


# A page's number with its section named in two parts (B3 CBA·综合, 3 足球·篮球): among the masthead's lines only (E3
# 前瞻·新作扎堆 is a title).
_PAGE_AND_SECTION = re.compile(
    r"^\s*(?:[A-EＡ-Ｅ]\s*)?[0-9０-９]{1,2}\s+[\u4e00-\u9fffA-Za-z]{1,6}[·‧・][\u4e00-\u9fffA-Za-z]{1,6}\s*$"
)
_PAGE_ID_AT_START = re.compile(rf"^\s*{_PAGE_ID}(?:\s|$)")
# A page's number beside its section's name, whatever the section (3 出行服务, 法国新闻 03, 人物 05): among the
# masthead's lines only, as a title is never numbered so.
# (named as a page is, after what it covers or who it is for: a title may count with a figure set apart by spaces,
# 12 人全部获救, 女排晋级前 8, 3 分钟读懂新规)
_SECTION_NAME = (
    r"[\u4e00-\u9fff]{0,4}(?:新闻|新聞|服务|服務|资讯|資訊|周刊|週刊|专刊|專刊|副刊|特刊|时评|時評|人物|视点|視點|观察|觀察"
    r"|生活|健康|文化|文艺|文藝|体育|體育|经济|經濟|财经|財經|教育|法治|城事|社区|社區|民生|综合|綜合|要闻|要聞|时政|時政"
    r"|地方|娱乐|娛樂|国际|國際|国内|國內|评论|評論|观点|觀點|理论|理論|科技|旅游|旅遊|读书|讀書|出行|天地|广场|廣場"
    r"|汽车|汽車|都市|楼市|樓市|房产|房產|港澳|两岸|兩岸|环球|環球|文体|文體|县域|縣域|三农|三農|乡村|鄉村|城市|家居"
    r"|美食|时尚|時尚|专题|專題|聚焦|关注|關注|本地|社会|社會|副刊|青年|校园|校園|军事|軍事|司法|政务|政務|党建|黨建|动态|動態)"
)
# (or any section named in two parts about a middle dot, 随笔·杂文 4, 文娱·荧屏)
_SECTION_NAME_OR_PAIR = rf"(?:{_SECTION_NAME}|[\u4e00-\u9fff]{{2,4}}[·・•][\u4e00-\u9fff]{{2,4}})"
# (a page numbered with its section's letter, A12, B8, names its section whatever the name: 稅務法務, 科普天地)
_NUMBERED_SECTION = re.compile(
    rf"^\s*(?:[0-9０-９]{{1,2}}\s+{_SECTION_NAME_OR_PAIR}|{_SECTION_NAME_OR_PAIR}\s+[0-9０-９]{{1,2}}"
    # (a section's name is a word or two: A8 高速明起拓宽 is a title on the A8)
    r"|[A-HＡ-Ｈ]\s*[0-9０-９]{1,2}\s+[\u4e00-\u9fff]{2,4})\s*$"
)
_PINYIN_NAME = re.compile(
    r"^\s*[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*(?:RIBAO|WANBAO|ZAOBAO|CHENBAO|SHIBAO|SHANGBAO|XINBAO|DUSHIBAO|BAO)\s*$"
)
# (letters of the scripts China's and its neighbours' Chinese papers print beside Chinese, spaces and their marks)
_OTHER_SCRIPT_LINE = re.compile(
    r"^\s*(?=(?:.*[\u0f00-\u0fff\u0600-\u06ff\u1800-\u18af\uac00-\ud7af\u0e00-\u0e7f\u0400-\u04ff]){3})"
    r"[\u0f00-\u0fff\u0600-\u06ff\u1800-\u18af\uac00-\ud7af\u1100-\u11ff\u0e00-\u0e7f\u0400-\u04ff\s.,:'་།-]+$"
)
_EDITION_NOTE = re.compile(r"^\s*[（(]\s*(?:汉文版|漢文版|中文版|华文版|華文版|海外版|农村版|農村版)\s*[）)]\s*$")
# A society's or an institution's bulletin names itself as one (橋藝通訊, 台中市橋藝協會會刊, 滨江市图书馆馆讯): among
# the masthead's lines.
_NEWSLETTER_NAME = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,10}(?:通讯|通訊|会讯|會訊|馆讯|館訊|院讯|院訊|校讯|校訊|会刊|會刊|院刊|校刊|馆刊|館刊|乡讯|鄉訊|侨刊|僑刊)\s*$"
)
# The issue's number and month under a bulletin's name, and what it is (第142期 2024年4月 會員贈閱).
_ISSUE_LINE = re.compile(
    # (a year of the Republic's calendar too, 第47期 中華民國113年6月; the bulletin's kind before it, 通訊 第三十二期
    # 2024年10月)
    r"^\s*(?:[\u4e00-\u9fff]{0,6}(?:通讯|通訊|会讯|會訊|简报|簡報|月刊|季刊|周报|週報)\s*)?"
    r"(?:总|總)?第\s*[\d〇零一二三四五六七八九十百]{1,6}\s*期\s+"
    r"(?:\d{4}|(?:中華民國|中华民国|民國|民国)\s*\d{2,3})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    # (and the page's number last: 第48期 2023年10月 2, 第48期 2023年10月 第2頁)
    r"(?:\s+[\u4e00-\u9fff]{2,6})?(?:\s+(?:第\s*)?[0-9０-９]{1,2}(?:\s*(?:版|頁|页))?)?\s*$"
    # (or the date first, the count of all after the issue's, and how it circulates: 2024年10月20日 第10期（总第41期）
    # 内部交流)
    r"|^\s*(?:[\d〇零一二三四五六七八九]{4}|(?:中華民國|中华民国|民國|民国)\s*\d{2,3})\s*年"
    r"\s*[\d〇一二三四五六七八九十]{1,3}\s*月(?:\s*[\d〇一二三四五六七八九十]{1,3}\s*日)?"
    r"\s*第\s*[\d〇零一二三四五六七八九十百]{1,6}\s*期"
    r"(?:\s*[（(]\s*(?:总|總)\s*第\s*[\d〇零一二三四五六七八九十百千]{1,6}\s*期\s*[）)])?(?:\s+[\u4e00-\u9fff]{2,6})?"
    # (how it circulates in brackets too: 2022年12月 第46期（内部交流 免费赠阅）)
    r"(?:\s*[（(]\s*(?:内部|內部|免费|免費|非卖|非賣)[^（）()]{0,14}[）)])?\s*$"
    # (or the year's issue and the count of all, in words, 第二〇二四年第三期（總第一五八期）, and the month it came
    # out, 二〇二四年九月出版)
    r"|^\s*第?\s*[\d〇零一二三四五六七八九]{4}\s*年\s*第\s*[\d〇零一二三四五六七八九十百]{1,4}\s*期"
    r"(?:\s*[（(]\s*(?:总|總)\s*第\s*[\d〇零一二三四五六七八九十百千]{1,6}\s*期\s*[）)])?\s*$"
    r"|^\s*[\d〇零一二三四五六七八九]{4}\s*年\s*[\d〇零一二三四五六七八九十]{1,2}\s*月\s*出版\s*$"
    # (or the month's number and the issue's in brackets: 2024年3月號（第166期）)
    r"|^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*(?:號|号)\s*[（(]\s*(?:总|總)?第\s*[\d〇零一二三四五六七八九十百]{1,6}\s*期\s*[）)]\s*$"
    # (or the issue's number and the count of all alone, perhaps with the pages it runs to: 第19期（总第1176期）
    # 今日4版)
    r"|^\s*第\s*\d{1,5}\s*期\s*[（(]\s*(?:总|總)\s*第\s*\d{1,6}\s*期\s*[）)]"
    r"(?:\s*(?:今日|本期|今天)\s*\d{1,3}\s*(?:版|版面))?\s*$"
    # (or what the bulletin is and its number: 家長通訊 第 12 期; a temple's or a clan's, 福安宮宮訊 第158期)
    r"|^\s*(?:[\u4e00-\u9fff]{2,6}(?:通讯|通訊|会讯|會訊|简报|簡報|月刊|季刊|周报|週報)|[\u4e00-\u9fff]{1,8}(?:讯|訊|刊))\s*第\s*[\d〇零一二三四五六七八九十百]{1,5}\s*期\s*$"
)
# A body that runs a paper, by the word its name ends on (…报社, …中心, …管理处, …有限公司).
_RUNNING_BODY = r"[\u4e00-\u9fff]{2,20}(?:社|中心|站|局|委|会|會|院|公司|部|厅|廳|办|辦|处|處|所|校|馆|館|团|團)"

# A line of capitals alone, a paper's name in pinyin or English (JINGHU HUANWEI).
_CAPITALS_LINE = re.compile(r"^\s*[A-Z][A-Z.'\-]*(?:\s+[A-Z][A-Z.'\-]*){0,6}\s*$")
# A paper's name in English under its Chinese one, in capitals or each word capitalised (HONG KONG CHIUCHOW
# CHAMBER BULLETIN, Enfu Church Weekly).
_ENGLISH_NAME = re.compile(
    r"^(?=.*\b(?:church|weekly|bulletin|newsletter|news|journal|times|daily|post|herald|review|gazette|monthly|"
    r"magazine|chronicle|tribune|press|association|chamber|society|community|kindergarten|school|college|academy)\b)"
    r"\s*[A-Z][A-Za-z&.'\-]*(?:\s+[A-Z&][A-Za-z&.'\-]*){1,8}\s*$",
    re.IGNORECASE,
)
# The month a bulletin came out, alone on its line under its issue (2023 年 3 月).
# A year and a month alone on a line (2024年12月, 二〇二四年十二月; a bulletin's 2024年3月號): an issue's month under
# its issue line, and a notice's signature as often as its full date.
MONTH_ALONE = re.compile(
    r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4}|"
    + _ROC_YEAR
    + r")\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*(?:号|號)?\s*$"
)
# A bulletin's fields right under its issue line: two labels and their values (本主日講員：陳啟恩牧師 經文：出埃及記…),
# or the hours of its services (主日崇拜 上午9:30（粵語） 上午11:30（粵語）), no clause among them.
_BULLETIN_FIELDS = re.compile(
    r"^(?![^，。；！？]*[，。；！？])(?=.*(?:讲员|講員|经文|經文|讲题|講題|证道|證道|司琴|领诗|領詩|主礼|主禮)\s*[：:])"
    r"\s*(?:[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S+\s+){1,4}[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S+\s*$"
    r"|^(?![^，。；！？]*[，。；！？])\s*[\u4e00-\u9fff]{0,4}(?:崇拜|弥撒|彌撒|聚会|聚會|礼拜|禮拜)"
    r"(?:\s+\S{0,4}\d{1,2}[:：]\d{2}\S*){2,}\s*$"
)
# A bulletin's name of any words, a few characters with no mark (红十字与献血), over the bodies that run it.
_BULLETIN_TITLE = re.compile(r"^\s*[\u4e00-\u9fff·]{2,10}\s*$")
# What a bulletin is, a word under its name (僑刊, 会刊, 月刊).
_BULLETIN_KIND = re.compile(r"^\s*[\u4e00-\u9fff]{1,2}(?:刊|报|報|讯|訊)\s*$")
# Whoever supplied a photo, in brackets after the caption's full stop (。（中華總會提供）, 。（港都影展提供）): a
# caption's end where its place or its words say it is a caption (not what credits a story's material,
# （数据由市统计局提供）, （据某某提供））.
SUPPLIED_IN_BRACKETS = re.compile(
    r"[。！？]\s*[（(](?![^（）()]*(?:[由据據]|数据|數據|资料|資料|信息|資訊|线索|線索))[^（）()。，]{2,12}提供\s*[）)]\s*$"
)
# A lead opening on the reporter learning the news from a source (记者从市体育局获悉，…, 记者日前从…了解到): no
# sentence's middle, and a lead's first words.
_REPORTER_LEARNS = re.compile(
    r"^\s*(?:记者|記者)(?:近日|日前|昨日|昨天|今天|今日|\d{1,2}\s*日)?\s*(?:从|從|自)[^，。；！？]{2,30}(?:获悉|獲悉|了解到|获得|證實|证实)"
)
_BRACKET_MARKS = frozenset("（）()【】〔〕［］[]")
_REPORTER_SOURCES = ("本报", "本報", "本刊", "社", "台", "晚报", "晚報", "日报", "日報")
# A brief's lead opening on its date (6月15日，…, 6月15日上午，…, 5月下旬，…).
DATED_LEAD = re.compile(
    r"^\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|上旬|中旬|下旬|初|底)(?:[上下]午|晚|晚间|晚間|凌晨|早上|中午)?\s*[，,]"
)
# A brief's lead opening on when it happened, without a date (近日，…, 日前，…, 昨日，…, 连日来，…).
BRIEF_LEAD_OPEN = re.compile(r"^\s*(?:近日|日前|昨日|昨天|今天|今日|连日来|連日來|近期|即日起)\s*[，,]")
# A title's line: hanzi and figures, no mark of any kind (春灌时节水渠忙, 412个项目开工).
_BARE_TITLE = re.compile(r"^\s*[\u4e00-\u9fff0-9]{4,}\s*$")
# A caption's full stop and the first word of its credit after it, where the wrap cut the credit (…玉钺。 省).
_CAPTION_STOP_THEN_WORD = re.compile(r"[。！？]\s*[\u4e00-\u9fff]{1,6}\s*$")
# (in the capitals of its English name or the words of its Spanish or Portuguese one: La Voz China de Panamá)
_LATIN_NAME_LINE = re.compile(r"^\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ'&.]*(?:\s+[A-Za-zÀ-ÿ'&.]+){0,6}\s*$")
_PAPER_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}(?:报|報|刊|周刊|週刊|周末|週末)\s*$")
# What a line that goes on below may stop on: a word that leans on the next (的, 于, 与…), 即 (即日, 随即…) or a
# conjunction (并, 及, 且), which no phrase ends on.
_LEANS_ACROSS = LEANS_ON_NEXT | set("即并並及且與")
# (the invitation's verb: 扫码点餐… is a title, and a line of running text may open on 扫码)
_SCAN = r"(?:扫码|掃碼|扫一扫|掃一掃|扫描二维码|掃描二維碼|扫描上方二维码|扫描下方二维码)\s*(?:即可)?\s*"
_SCAN_TO = (
    r"(?:关注|關注|参与|參與|阅读|閱讀|观看|觀看|下载|下載|收听|收聽|订阅|訂閱|报名|報名|投稿|了解|进入|進入|加入"
    r"|获取|獲取|留言|看更多|看全文|看详情|看詳情|查看)"
)
# A column's name and its topic parted by a middle dot, on a line of their own (乡村振兴·青春力量, 庭外·苦主心聲).
_DOT_KICKER = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}[·・•][\u4e00-\u9fff]{2,8}\s*$")
# What a QR prompt says it brings after a space (…公众号 获取更多健康资讯).
_QR_BRINGS_TAIL = r"\s+(?:获取|獲取|了解|查看|收看|阅读|閱讀)[^，。；！？,;!?\s]{2,12}"
_QR_PROMPT = re.compile(
    # (behind the specks an OCR engine reads off the code itself, ■■ ■ 扫码关注…: two at least, one is a list's bullet)
    # (and what it brings after a space: 扫码关注“某某医院”微信公众号 获取更多健康资讯)
    rf"^\s*(?:(?:[■□▪◼▇█]\s*){{2,}})?{_SCAN}{_SCAN_TO}[^，。；！？,;!?]{{0,20}}"
    rf"(?:{_QR_BRINGS_TAIL})?$"
    # (or after the account it leads to, set apart, the prompt closing the line: 高新区官方微信 扫码关注; a title may
    # run on, 城市马拉松微信 扫码报名今日开启)
    rf"|^\s*[\u4e00-\u9fffA-Za-z]{{0,10}}(?:微信|公众号|公眾號|微博|抖音|视频号|視頻號|客户端|客戶端|APP|App)\s+"
    rf"{_SCAN}{_SCAN_TO}(?:我们|我們|本报|本報)?\s*$"
)
# (nor a title's words: 好人有好报, 多数银行交出亮眼财报, 老牌杂志宣布停刊, 去乡村过周末)
_NOTICE_KIND = re.compile(
    r"(?:喜|捷|通|汇|彙|简|簡|预|預|警|举|舉|情|电|電|公|回|海|申|上|见|見|播|周|週|月|年|日|好|财|財)[报報]$"
    r"|(?:特|专|專|副|增|停|创|創|复|復|休)刊$|(?:过|過|度|个|個|的|这|這|每)(?:周末|週末)$"
)
# A paper's name is short (加西華聲報, 南屏周末): a title is seldom under seven characters (a paper's name that says
# where it is from and ends on 报 may take two more, 澳大利亚华声报).
_PAPER_NAME_MAX_CHARS = 6
_A_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|[〇○零一二三四五六七八九]{4}\s*年")
# The kind of notice a title ends on (…启事, …公告, …声明).
# (and a public notice of names or of accounts, 公示, …情况公开: a township's or a village's own)
NOTICE_WORDS = r"(?:启事|啟事|公告|通告|声明|聲明|通知|公示|(?:情况|情況|收支|村务|村務|政务|政務|财务|財務)公开)"
_NOTICE_WORD_END = re.compile(rf"{NOTICE_WORDS}\s*$")
_NAMES_A_LINE = re.compile(r"电话|電話|热线|熱線|专线|專線")
_ANNOUNCES_CALL = re.compile(r"拨打|撥打|致电|致電|来电|來電|咨询|諮詢|联系|聯繫|开通|開通|设立|設立|公布")
# A number to call alone on its line, and the advertiser's copy over it: a few words set apart, no mark.
_NUMBER_ALONE = re.compile(r"^\s*[（(]?\d{2,4}[）)]?\s*\d{3,4}[\s\-]?\d{3,4}\s*$")
# (a programme's episodes or its note in brackets after it: （9、10）, （重播）, （首播）, （直播）)
_TV_SLOT = re.compile(
    r"^\s*\d{1,2}[:：]\d{2}\s+[^\s，。；！？]{2,16}"
    r"(?:[（(](?:[\d、，,\-－]+|重播|首播|直播|大结局|大結局)[）)])?\s*$"
)
_TV_CHANNEL = re.compile(r"^\s*[\u4e00-\u9fffA-Z0-9]{1,8}(?:卫视|衛視|频道|頻道|电视台|電視台)\s*$")
_RANKED_ROW = re.compile(r"^\s*\d{1,2}\s+[^\s，。]{2,12}(?:\s+[^\s，。]{2,10})?\s+\d{1,3}(?:\.\d{1,2})?[%％]\s*$")
_TV_LABEL = re.compile(
    r"^\s*(?:今日|今晚|本周|本週)?(?:荧屏|熒屏|节目预告|節目預告|电视节目|電視節目|节目表|節目表|节目|節目|节目单|節目單)\s*$"
)
# The first item of a list counted in turn (一是, 一看, 一、, 1., （一）, ①, 第一，).
FIRST_ITEM_OPEN = re.compile(
    r"^\s*(?:一[是要看听聽闻聞摸查]|一、(?![二两三四五六七八九十])|[1１][.．、](?!\d)|[（(][一1１][）)]|①|第一[，、])"
)
# The second item of a list counted in turn or any after it (二是, 其三, 第二，, 2. / 2、, （二）, ②).
_NEXT_ITEM = re.compile(
    r"^\s*(?:[二三四五六七八九十]是|其[二三四五六七八九十](?![十百千万])|第[二三四五六七八九十][，、是]|[2-9][.．、](?!\d)"
    r"|[（(][二三四五六七八九十2-9][）)]|[②③④⑤⑥⑦⑧⑨])"
)
# An item's count where a list counts its items, in the forms lists use (一、, （二）, 3., ④): the
# form and the number, so that the next item can be told by its form and the next number.
_ITEM_COUNT = re.compile(
    # (not 一是…, 第一，…: items a paragraph counts inline, one after another, whatever line they start)
    r"^\s*(?:(?P<cn>[一二三四五六七八九十]{1,3})\s?(?P<cn_mark>、)|[（(](?P<br>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
    r"|(?P<ar>\d{1,2})[.．、](?!\d)|(?P<circ>[①②③④⑤⑥⑦⑧⑨⑩]))"
)
_CN_NUMERALS = "一二三四五六七八九十"


def _chinese_count(numeral: str) -> int:
    """一 … 九十九 as a number (the counts of a list: 十一, 二十, 二十三)."""
    if "十" not in numeral:
        return _CN_NUMERALS.index(numeral) + 1 if len(numeral) == 1 else 0
    tens, _, ones = numeral.partition("十")
    return (_CN_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (_CN_NUMERALS.index(ones) + 1 if ones else 0)


def item_count(text: str) -> tuple[str, int] | None:
    """The form and the number of a list item's count opening the line (（二） → ("br", 2)), or None."""
    m = _ITEM_COUNT.match(text)
    if m is None:
        return None
    for form in ("cn", "br", "ar", "circ"):
        value = m[form]
        if value is None:
            continue
        if form == "circ":
            return form, "①②③④⑤⑥⑦⑧⑨⑩".index(value) + 1
        if value.isdigit():
            return form, int(value)
        count = _chinese_count(value) if all(c in _CN_NUMERALS for c in value) else 0
        return (f"cn{m['cn_mark']}" if form == "cn" else form, count) if count else None
    return None


# The head of a numbered section (一、, 二 、 as pdftotext sets it, （三）), its words without a mark of any kind.
_SECTION_HEAD_OPEN = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s?、(?![一二三四五六七八九十两兩])|[（(][一二三四五六七八九十]{1,3}[）)])\s*\S"
)
_HEAD_STOP = re.compile(r"[，。；：！？,;:!?…]")
# A table's row: a name and two figures or more, or a rise or fall (菠菜 6.40 5.40 ↑, 大白菜 1.80 1.80 —); its head
# row of short words (品名 本周 上周 涨跌), its unit, and its source under it.
# (the name padded to the column's width, 黄 瓜 4.10 4.30 -4.7%)
# (the change said in a word, 大白菜 1.62 1.88 跌, 生猪 14.60 14.58 平)
_TABLE_ROW = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]\s?){1,8}(?:\s+(?:[+\-－]?\d+(?:\.\d+)?[%％]?|[↑↓—－\-]|持平)){2,}(?:\s+[涨跌平漲])?\s*$"
)
# A match's timeline, a row a goal or a card: the minute and its prime, the player, the score (12' 费尔南多（锦城队）
# 1-0, 90+3' …).
# (the prime an apostrophe or ′, never the closing quote ’ a wrapped line may open on: …每满 / 100’减20元”活动)
TIMELINE_ROW = re.compile(r"^\s*\d{1,3}(?:\s*\+\s*\d{1,2})?\s*['′]\s*\S[^。！？]{0,30}$")
# (or a price's range alone after the name, 早籼稻 130—134: a table's only under its head or its label)
_RANGE_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff]\s?){1,8}\s+\d+(?:\.\d+)?\s*[—－\-～~]\s*\d+(?:\.\d+)?\s*$")
_TABLE_HEAD = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,4}(?:\s+[\u4e00-\u9fff]{1,6}(?:[（(][\u4e00-\u9fff/／]{1,4}[）)])?){2,}\s*$"
    # (or a name's head and a price's with its unit in brackets, figures and all: 品 种 价格（元 / 50 公斤）)
    r"|^\s*(?:[\u4e00-\u9fff]\s?){2,4}\s+[\u4e00-\u9fff]{1,6}\s*[（(][^（）()]{1,14}[）)]\s*$"
)
# (a row of figures alone, two groups of them labelled at most: 前区 05 12 19 27 33 后区 06 10; a field of figures:
# 开奖日期：2024年7月22日, 本期销量：312,458,706元; and a box's title, …开奖公告)
_FIGURES_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}(?:\s*\d{1,3}){3,}\s*){1,2}$")
_FIGURE_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[：:]\s*[\d,.，．]+(?:年\d+月\d+日|元|万元|亿元|%|％)?\s*$")
_TABLE_TITLE = re.compile(r"^\s*\S{2,20}(?:公告|一览|一覽|统计|統計)\s*$")
_TABLE_UNIT = re.compile(
    r"^\s*[（(]\s*(?:单位|單位)\s*[：:][^（）()]{1,12}[）)]\s*$"
    # (or without brackets, the unit alone on its line: 单位：元 / 公斤)
    r"|^\s*(?:单位|單位)\s*[：:]\s*[\u4e00-\u9fff／/\s]{1,10}\s*$"
)
_TABLE_SOURCE = re.compile(r"^\s*(?:资料|資料|数据|數據)?(?:来源|來源)\s*[：:]\s*\S{2,20}\s*$")
# A row of a box of prices: goods and their prices, two pairs at least (高麗菜 18.5 青江菜 22.0, 白菜 2.6元).
_PRICE_ROW = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,6}\s*\d+(?:\.\d+)?\s*(?:元|元/斤|元／斤|元/公斤|元／公斤)?\s+){1,3}"
    r"[\u4e00-\u9fff]{1,6}\s*\d+(?:\.\d+)?\s*(?:元|元/斤|元／斤|元/公斤|元／公斤)?\s*$"
)
_PRICES_LABEL = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,10}(?:行情|价格|價格|报价|報價|均价|均價|菜价|菜價|参考价|參考價|收购价|收購價)"
    r"(?:\s*[（(][^）)]{1,12}[）)])?\s*$"
)
# A timetable's row: a day and its half, then fields set apart by spaces (周一上午 心内科 柏振华 主任医师).
_DAY_ROW = re.compile(
    r"^\s*(?:周|週|星期)[一二三四五六日天](?:至(?:周|週|星期)?[一二三四五六日天])?\s*(?:上午|下午|晚上|全天|夜间|夜間)?"
    r"(?:\s+\S+){2,}\s*$"
)
# The day's weather of the paper's city among the masthead's lines, the sky in its words (巴拿馬城 晴 24～33℃; 端午假期
# 多云为主 22～30℃ is a weather story's title).
_CITY_WEATHER = re.compile(rf"^\s*[\u4e00-\u9fff]{{2,6}}\s+{_SKY_WORDS}\s+{_TEMPERATURES}\s*$")
# A box's rows anywhere on the page: a forecast (青湾 多云 -2℃～7℃, 明天 阴有小雪 -6℃～1℃ 北风5～6级), living
# indices (穿衣 寒冷 建议着羽绒服、棉衣) and a calendar of events (12月3日—5日 某拍卖会预展 某会展中心2号馆): fields
# set apart by spaces, no sentence.
_FORECAST_ROW = re.compile(
    # (a place's or a day's row, 青湾 多云 …, 24 日 晴转多云 26～37℃)
    rf"^\s*(?:[\u4e00-\u9fff（）()]{{1,8}}|\d{{1,2}}\s*日)\s+[\u4e00-\u9fff]{{1,6}}\s+{_TEMPERATURES}(?:\s+{_WIND})?\s*$"
)
_LIVING_INDEX_ROW = re.compile(
    r"^\s*(?:穿衣|感冒|晨练|晨練|交通|紫外线|紫外線|洗车|洗車|旅游|旅遊|运动|運動|晾晒|晾曬|舒适度|舒適度|空气污染|空氣污染"
    r"|防晒|防曬|钓鱼|釣魚|过敏|過敏|中暑|化妆|化妝)\s+[^\s，。；！？]{1,6}(?:\s+[^\s。；！？]+)?\s*$"
)
_LISTING_ROW = re.compile(
    r"^\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[—\-－至~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
    r"(?:\s+[^\s，。；！？]+){2,}\s*$"
)
_BOX_LABEL_LINE = re.compile(
    r"^\s*[^\s，。；：！？,;:!?]{0,10}(?:预报|預報|指数|指數|一览|一覽|预展|預展|日程|天气|天氣|行情|动态|動態)\s*$"
)
_TIMETABLE_LABEL = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,12}(?:安排|时间表|時間表|一览|一覽|排班表|时间|時間|程序|程式|秩序|议程|議程)\s*$"
)
# A programme's or a contents box's row, its items joined by leaders (讀 經 ....... 以賽亞書40:27-31 ....... 司 會,
# 要闻……2): no sentence is printed so.
# (words on both sides of the leaders, and no sentence or quotation: 我......我当时吓坏了 is speech that trails off)
_LEADER_ROW = re.compile(r"^(?!.*[，。；！？“”「」])\s*\S.*?(?:\.{5,}|…{4,}|·{5,}|-{5,}|_{5,})\s*\S.*$")
# A timetable's row of fields aligned by runs of spaces, a time among them (主日崇拜    上午10:00   大堂).
_ALIGNED_TIME_ROW = re.compile(r"^(?!.*[，。；！？]).*\S\s{2,}\S.*$")
_CLOCK_TIME = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")
_BOOKING_LINE = re.compile(
    r"^\s*(?:预约|預約|咨询|諮詢|报名|報名)?(?:电话|電話|热线|熱線)\s*[：:]\s*[\d\-－\s]{7,}\s*$"
)
# The listings' own note under them: 节目如有变动以电视台播出为准 (the times may change).
_TV_NOTE = re.compile(r"^\s*\S{0,6}(?:如有变动|如有變動|如有调整|如有調整)\S{0,16}\s*$")
# (the paper's own lines to call, not an advertiser's)
_PAPERS_DESK = re.compile(r"^\s*(?:新闻|新聞|报料|報料|读者|讀者|本报|本報)")
_AD_WORDS = re.compile(
    r"[一二三四五六七八九1-9]\s*折|[买買]\s*[一二三四五1-5]\s*送\s*[一二三1-3]|有售|优惠|優惠|特价|特價|热卖|熱賣|减价|減價|促销|促銷|订购|訂購|选购|選購|承接|订座|訂座|专营|專營|批发|批發"
)
# A licensed adviser's or an office's offer to be consulted (持牌顧問, 免費諮詢): an advertisement's words wherever
# they stand in it, its hotline's line too.
_AD_CONSULT = re.compile(r"持牌|免费咨询|免費諮詢|欢迎垂询|歡迎垂詢|欢迎咨询|歡迎諮詢|歡迎查詢")
# A property advertisement's words: the built area and the down payment, the sales office, the show flat.
_PROPERTY_AD = re.compile(
    r"建面约?\s*\d|首付\s*\d+\s*万|营销中心|營銷中心|售楼处|售樓處|样板间|樣板間|㎡|示範單位|示范单位|示範單位|现房|現樓"
)
# A line of an advertisement's copy: phrases, no clause or sentence mark (a label's colon may stand).
_AD_BLOCK_LINE = re.compile(r"^\s*[^，。；！？,;!?]{2,32}\s*$")
_AD_BLOCK_LINES = 4
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")
_AD_REACH = re.compile(r"全线|全線|全场|全場|各大|各区|各區|门市|門市|专卖店|專賣店|超市|商场|商場")
_AD_COPY = re.compile(r"^\s*[^\s，。；！？、：:]{2,12}(?:\s+[^\s，。；！？、：:]{1,10}){0,5}\s*$")
_RUBRIC = re.compile(r"^\s*[■□◆●▲◎]\s*[\u4e00-\u9fff]{2,8}\s*$")
# A line of a headline: no mark of running text, no byline, no dateline's bracket (巾帼心向党 奋进新征程).
_HEADING_LINE = re.compile(r"^\s*[^，。；：:！？!?、（(【〔]{2,24}\s*$")
# A page's section by its name alone (科室动态, 巾帼风采, 校园视窗): how sections are named, not pieces.
_PAGE_SECTION_ALONE = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,4}(?:动态|動態|风采|風采|之窗|视窗|視窗|园地|園地|纵横|縱橫|广角|廣角|时讯|時訊|资讯|資訊)\s*$"
)
# (or named for its news, by a field's name: 综合新闻, 本地新闻; 抵制虚假新闻 is a title)
_NEWS_SECTION_ALONE = re.compile(
    r"^\s*(?:综合|綜合|国际|國際|国内|國內|本地|体育|體育|社会|社會|财经|財經|文化|教育|科技|娱乐|娛樂|地方|城市|都市|少儿|少兒"
    r"|军事|軍事|法治|时政|時政|经济|經濟|两岸|兩岸|港澳|华人|華人|侨乡|僑鄉|乡村|鄉村|健康|环球|環球|民生|县域|縣域"
    r"|社区|社區|华社|華社|侨社|僑社|侨界|僑界|本埠|本市|本地区|本地區)(?:新闻|新聞)\s*$"
)
# (the page's number closing the masthead's line: …第4版, A3)
_PAGE_NUMBER_AT_END = re.compile(rf"(?:第\s*[0-9０-９]{{1,3}}\s*版|(?:^|\s){_PAGE_ID})\s*$")
_PAGE_NUMBER_ALONE = re.compile(r"^\s*[0-9０-９]{1,2}\s*$")
# A special issue's name among the masthead's lines (第十二屆港都國際影展特刊, 建党百年纪念特刊) and the page's
# number in that issue (特2, 专3版): the issue's running head, over every story of its pages.
_SPECIAL_ISSUE_NAME = re.compile(
    r"^\s*[\u4e00-\u9fff·・]{2,16}(?:特刊|专刊|專刊|增刊|特辑|特輯|纪念刊|紀念刊|号外|號外|专版|專版)\s*$"
)
_SPECIAL_PAGE_ID = re.compile(r"^\s*(?:特刊|专刊|專刊|特|专|專|增)\s*[0-9０-９]{1,2}\s*版?\s*$")
# (or in two parts about a middle dot, as a page's section is named, 县域·民生, 农情·气象)
_SECTION_PAIR_ALONE = re.compile(r"^\s*[\u4e00-\u9fff]{2,4}[·・•‧][\u4e00-\u9fff]{2,4}\s*$")
# What a line that goes on from the one above may open on (…公众号 / 的居民…).
_GOES_ON = frozenset("的了着过地得之和与及或等")
_OWN_ADDRESS = re.compile(r"^\s*(?:本版|本报|本報|本刊)")
# The line to call under a box of listings (聯絡：新竹市動物保護所 03-5368824).
_LISTING_CONTACT = re.compile(r"(?:联系|聯繫|聯絡|电话|電話|洽询|洽詢).*\d[\d\-\s()（）]{6,}\d\s*$")
# A listing's row: fields parted by slashes, three slashes at least, no sentence (奶茶／米克斯貓／母／1歲／親人).
_SLASHED_ROW = re.compile(r"^(?!.*[，。；！？“”「」\"])\s*[^／/\s]{1,8}(?:\s*[／/]\s*[^／/\s]{1,10}){3,}\s*$")
# A box's label naming its corner of the page (認養專區, 求职专区, 供需专栏).
_ZONE_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}(?:专区|專區|专栏|專欄|信息|資訊)\s*$")
_LOST_NOTICE_LABEL = re.compile(r"^\s*(?:遗失|遺失|作废|作廢)\s*(?:声明|聲明|启事|啟事)\s*$")
_DECLARED_VOID = re.compile(r"(?:声明|聲明|特此|均)?\s*(?:作废|作廢)\s*[。.]?\s*$")
_AD_LABEL = re.compile(
    r"^\s*(?:诚征|誠徵|诚聘|誠聘|急聘|高薪诚聘|高薪誠聘|(?:旺铺|旺鋪|吉屋|吉铺|吉舖)?(?:招租|转让|轉讓|出售|出租))\s*$"
)
_AD_CONTACT = re.compile(
    r"^\s*(?:有意者?|意者)\s*(?:请|請)?\s*(?:电|電|致电|致電|联系|聯繫|洽|来电|來電)\s*[：:]?\s*[（(]?\d[\d\s\-)）]{6,}\s*\S{0,6}\s*$"
)
# (or, under an advertisement's label only, the number alone after its own: 诚聘 / … / 电话：06 47 83 21 90; a
# notice or a story's box gives its contact line so too)
_PHONE = r"[（(]?\+?\d[\d\s\-)）]{6,}\d"
_AD_COPY_AND_NUMBER = re.compile(rf"^\s*(?:[^\s，。；！？、：:\d]{{2,12}}\s+){{1,5}}{_PHONE}\s*$")
_AD_PHONE = re.compile(rf"^\s*(?:联系|聯繫|聯絡)?(?:电话|電話|手机|手機)\s*[：:]\s*{_PHONE}\s*$")
# A small advertisement that opens on its kind and a colon, its copy run on (旺铺转让：…临街门面 / 约120平方米，手续齐
# 全。电话：07 52 18 66 04), and the number to call that closes it.
_AD_OPEN = re.compile(
    r"^\s*(?:旺铺|旺鋪|店铺|店鋪|商铺|商鋪|铺面|鋪面|吉屋|餐馆|餐館)?(?:转让|轉讓|出租|招租|出售|诚聘|誠聘|招聘|急聘|求租|求购|求購)\s*[：:]"
)
# A sentence that introduces what follows it (…公告如下。, …岗位如下：, …具体如下).
_INTRODUCES = re.compile(r"(?:如下|以下|下列)[。：:]?$|[：:]$")
_ENDS_ON_NUMBER = re.compile(rf"(?:电话|電話|手机|手機|联系|聯繫|聯絡|致电|致電)\s*[：:]?\s*{_PHONE}\s*$")


# A periodical's postage box (國內郵資已付 / 竹坪郵局許可證 / 竹坪字第031號 / 雜誌): the paid mark, then the permit's
# rows under it.
_POSTAGE_PAID = re.compile(r"^\s*(?:國內|国内|中華郵政|中华邮政)?\s*(?:郵資已付|邮资已付)\s*$")
_POSTAL_PERMIT_ROW = re.compile(
    r"^\s*(?:\S{0,8}(?:許可證|许可证)|\S{1,6}字第\s*\d{1,6}\s*[號号]|(?:雜誌|杂志|新聞紙|新闻纸|印刷品)(?:類|类)?)\s*$"
)


def _furniture_by_neighbours(lines: Sequence[Line], furniture: list[bool], ends: Sequence[bool]) -> None:
    """Mark the lines that are furniture only where they stand: the sky beside the weather box, a box's rows
    beside its label or one another, a chart's label over its rows, a contact line standing alone."""
    n = len(lines)
    for i, ln in enumerate(lines):
        if not furniture[i] and _SKY.match(ln.text):
            furniture[i] = any(_WEATHER_LINE.match(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < n)
    for i, ln in enumerate(lines):
        if _POSTAGE_PAID.match(ln.text):
            furniture[i] = True
            j = i + 1
            while j < n and j - i <= 3 and _POSTAL_PERMIT_ROW.match(lines[j].text):
                furniture[j] = True
                j += 1
    rows = [not furniture[i] and bool(_BOX_ROW.match(ln.text)) for i, ln in enumerate(lines)]
    figures = [not furniture[i] and not rows[i] and bool(_FIGURE_ROW.match(ln.text)) for i, ln in enumerate(lines)]
    for i in range(n):
        if rows[i]:
            furniture[i] = any(0 <= j < n and (furniture[j] or rows[j] or figures[j]) for j in (i - 1, i + 1))
        elif figures[i]:
            furniture[i] = any(0 <= j < n and (rows[j] or figures[j]) for j in (i - 1, i + 1))
    for i in range(n - 2, -1, -1):
        if not furniture[i] and furniture[i + 1] and _CHART_LABEL.match(lines[i].text):
            furniture[i] = True
    # a front page's index box: its label (导读) over rows of a title and the page it is on (…贯通 3版); rows
    # without the label are a story's list as often (《现代汉语词典》 第7版)
    for i in range(n - 1):
        if _INDEX_LABEL.match(lines[i].text) and _INDEX_ROW.match(lines[i + 1].text):
            furniture[i] = True
            j = i + 1
            while j < n and _INDEX_ROW.match(lines[j].text):
                furniture[j] = True
                j += 1
    # the page's rubric under the masthead, a marker and a word or two (■ 科技一线): no list item stands above the
    # page's first text
    for i, ln in enumerate(lines):
        if i > 0 and not furniture[i] and _RUBRIC.match(ln.text) and all(furniture[:i]) and not is_byline(ln.text):
            furniture[i] = True
    # the desk's credit (编辑：某某) with nothing but the page's furniture under it is the page's, not the last piece's
    # (one with nothing but the masthead over it: see the masthead's lines below)
    for i in range(n - 1, -1, -1):
        if not furniture[i] and _DESK_CREDIT.match(lines[i].text) and all(furniture[i + 1 :]):
            furniture[i] = True
    # a box of listings, each a row of fields parted by slashes (小黑／米克斯／公／2歲／已結紮), two rows at least, with
    # its label over them (認養專區) and the line to call under them
    for i, j in _runs([bool(_SLASHED_ROW.match(ln.text)) for ln in lines], 2):
        # (under a label, furniture or a finished paragraph: not a quotation's lines run on, “山是青的/水是绿的/…)
        if i > 0 and not (furniture[i - 1] or _ZONE_LABEL.match(lines[i - 1].text)):
            continue
        for k in range(i, j):
            furniture[k] = True
        if i > 0 and _ZONE_LABEL.match(lines[i - 1].text):
            furniture[i - 1] = True
        if j < n and _LISTING_CONTACT.search(lines[j].text):
            furniture[j] = True
    # (a small advertisement's lines between its label and the line to call: 诚征 / 罗哩司机数名 / 需持E执照… /
    # 有意者请电：…)
    for i, ln in enumerate(lines):
        if _AD_LABEL.match(ln.text):
            ends_at = next(
                (
                    j
                    for j in range(i + 1, min(n, i + 5))
                    if _AD_CONTACT.match(lines[j].text) or _AD_PHONE.match(lines[j].text)
                ),
                None,
            )
            for j in range(i + 1, ends_at or i + 1):
                furniture[j] = True

    # an advertisement's copy over its mark (廣興行 / 批發各式日用百貨 / Zona Libre de Colón / 廣告): a few lines with
    # no sentence, after a finished paragraph or furniture
    for i, ln in enumerate(lines):
        if furniture[i] and re.match(r"^\s*(?:广\s?告|廣\s?告)\s*$", ln.text):
            top = i
            while top > 0 and i - top < 4 and not furniture[top - 1] and not _SENTENCE_MARK.search(lines[top - 1].text):
                copy = lines[top - 1].text
                # (a list of wares may hold a 、, no clause; and no field, 时间：…, nor a photo's credit, …摄: an image
                # advertisement's mark alone under a story's rows or caption)
                if (
                    CLAUSE_BREAKS.intersection(copy.replace("、", ""))
                    or re.search(r"[：:（(）)]", copy)
                    or is_byline(copy)
                    or _CREDIT_END.search(copy)
                    or _BARE_CREDIT.match(copy)
                ):
                    break
                top -= 1
            # (after a finished paragraph, furniture or a headline's line, which holds no mark)
            if top < i and (top == 0 or ends[top - 1] or furniture[top - 1] or not _MARKED.search(lines[top - 1].text)):
                for k in range(top, i):
                    furniture[k] = True
            # (or under it, down to the page's foot or its furniture: 广告 / 夏日焕新季 到店试驾送好礼 / 某某4S店
            # 地址：… 电话：…, no sentence among them)
            below = i + 1
            while (
                below < n and below - i <= 4 and not furniture[below] and not _SENTENCE_MARK.search(lines[below].text)
            ):
                below += 1
            # (and the advertiser's number closing them: a block of headlines may stand at the foot under an
            # advertisement's mark, 促销活动… among them)
            copy = [lines[k].text for k in range(i + 1, below)]
            if copy and (below == n or furniture[below]) and re.search(_PHONE, copy[-1]):
                for k in range(i + 1, below):
                    furniture[k] = True
    # a notice of a lost document, under its label, declared void (遗失声明 / 某某公司遗失公章一枚，声明作废。): a
    # classified advertisement, a line or three
    # (among the news: on a page of notices, 减资公告, 注销公告, a box of them is one notice of its own)
    # (a notice's title on a line of its own, after a finished line or at the top: not a story's line that the wrap
    # ended on one, …已在镇村两级公开栏进行公示 / 。)
    notices_page = any(
        _NOTICE_WORD_END.search(ln.text)
        and not _LOST_NOTICE_LABEL.match(ln.text)
        and not _MARKED.search(ln.text)
        and (k == 0 or ends[k - 1] or furniture[k - 1])
        for k, ln in enumerate(lines)
    )
    for i, ln in enumerate(lines):
        # (not an essay titled so over its byline, 遗失启事 / □ 林 溪)
        byline_below = i + 1 < n and (is_byline(lines[i + 1].text) or re.match(r"\s*[□◎]", lines[i + 1].text))
        if not notices_page and _LOST_NOTICE_LABEL.match(ln.text) and not byline_below:
            ends_at = next((j for j in range(i + 1, min(n, i + 4)) if _DECLARED_VOID.search(lines[j].text)), None)
            for j in range(i, ends_at + 1 if ends_at is not None else i):
                furniture[j] = True

    def ad_end(i: int) -> int | None:
        return next((j for j in range(i, min(n, i + 4)) if _ENDS_ON_NUMBER.search(lines[j].text)), None)

    # (a column of them: each one found lets the ones beside it stand among furniture, so look again)
    for i in [*range(n - 1, -1, -1), *range(n)]:
        if furniture[i] or not _AD_OPEN.match(lines[i].text) or (ends_at := ad_end(i)) is None:
            continue
        # what follows the column of advertisements this one opens or stands in
        after = ends_at + 1
        while after < n and _AD_OPEN.match(lines[after].text) and (nxt := ad_end(after)) is not None:
            after = nxt + 1
        # (among the page's furniture, at its foot, or between a finished paragraph that introduces nothing and a
        # title: a notice lists what it lets, …公告如下。 / 出租：…联系电话：…, and a story the offers of a job fair
        # it goes on about, 招聘：…电话：… / 据统计，…)
        above = lines[i - 1].text.rstrip() if i > 0 else ""
        closed = after >= n or furniture[after] or not _RUNNING_MARK.search(lines[after].text)
        if (
            i == 0
            or furniture[i - 1]
            or ends_at == n - 1
            or (ends_at + 1 < n and furniture[ends_at + 1])
            or (ends[i - 1] and not _INTRODUCES.search(above) and closed)
        ):
            for j in range(i, ends_at + 1):
                furniture[j] = True
    # (an advertisement at the foot: the advertiser's name and wares, a line or two without a mark, over the number
    # to call alone on its line, 黎氏律师事务所 / 移民 车祸 劳工纠纷 / (650) 555-0142)
    for i, ln in enumerate(lines):
        if not furniture[i] and _NUMBER_ALONE.match(ln.text) and i > 0 and _AD_COPY.match(lines[i - 1].text):
            furniture[i] = furniture[i - 1] = True
            # (and the advertiser's name over its wares, after a finished paragraph or the page's furniture)
            if i > 1 and _AD_COPY.match(lines[i - 2].text) and (i == 2 or ends[i - 3] or furniture[i - 3]):
                furniture[i - 2] = True
    # (or the advertiser's wares and number on one line at the foot, under the page's furniture or a finished
    # paragraph, over nothing but furniture: 竹北高鐵宅 三房平車 近學區 0800-520-168; no title gives a number to call)
    for i, ln in enumerate(lines):
        if (
            not furniture[i]
            and _AD_COPY_AND_NUMBER.match(ln.text)
            and (i == n - 1 or furniture[i + 1])
            and (i == 0 or furniture[i - 1] or ends[i - 1])
        ):
            furniture[i] = True
    # (and the advertiser's offer right over its name and hotline, 冬日暖爐 全線八折 / 恆興電器 熱線 2735 6180: words
    # that sell, which no title at the foot uses)
    for i in range(1, n):
        above = lines[i - 1].text
        hotline = _NAME_AND_HOTLINE.match(lines[i].text) and not _PAPERS_DESK.match(lines[i].text)
        if furniture[i] and not furniture[i - 1] and hotline:
            # (not a caption closed by its photographer's credit, …节能家电 某某 摄)
            furniture[i - 1] = bool(_AD_COPY.match(above) and _AD_WORDS.search(above) and "摄" not in above)
    # a box of a forecast's, of living indices' or of a calendar's rows, two in a row at least, anywhere on the page,
    # with its label over them (各县（市）天气预报, 生活气象指数, 近期拍卖预展); not rows a story introduces (…如下：)
    for row in (_FORECAST_ROW, _LIVING_INDEX_ROW, _LISTING_ROW):
        for i, j in _runs([bool(row.match(ln.text)) for ln in lines], 2):
            # (a story's own rows, 首席预报员介绍， / 今天 阴有小雪 …, stand under no label of a box's kind)
            labelled = i > 0 and _BOX_LABEL_LINE.match(lines[i - 1].text) is not None
            if (labelled or (i > 0 and furniture[i - 1])) and not _introduced(lines, i):
                for k in range(i - labelled, j):
                    furniture[k] = True
    # a programme's rows joined by leaders, two at least, and its label over them (主日崇拜程序 / 宣 召 ……… 司 會), and
    # a timetable's rows aligned in fields with a time among them under a label (聚會時間 / 主日崇拜  上午10:00  大堂)
    timed = [bool(_ALIGNED_TIME_ROW.match(ln.text) and _CLOCK_TIME.search(ln.text)) for ln in lines]
    for flags in ([bool(_LEADER_ROW.match(ln.text)) for ln in lines], timed):
        for i, j in _runs(flags, 2):
            labelled = i > 0 and _TIMETABLE_LABEL.match(lines[i - 1].text) is not None
            # (under their label, or the masthead's furniture: a menu a story prints after its sentence is its own)
            if not labelled and not (i > 0 and furniture[i - 1]):
                continue
            # (a label right after a story's sentence heads the story's own rows, 演出时间 / 6月22日 19:30 …, unless
            # a box's many: 聚會時間 over four rows of a bulletin)
            if labelled and i > 1 and ends[i - 2] and j - i < 3:
                continue
            # (a story's own rows, its menu or its hours, after the line that introduces them: …如下：, …一致：)
            if _introduced(lines, i - labelled):
                continue
            for k in range(i - labelled, j):
                furniture[k] = True
    # a timetable box (a hospital's clinics, a service's hours): rows that open on a day and its half, fields set
    # apart (周一上午 心内科 柏振华 主任医师), three in a row at least, with its label over them (本周专家门诊安排) and
    # the line to book under them (预约电话：…)
    for i, j in _runs([bool(_DAY_ROW.match(ln.text)) for ln in lines], 3):
        if not _introduced(lines, i):
            for k in range(i, j):
                furniture[k] = True
            if i > 0 and _TIMETABLE_LABEL.match(lines[i - 1].text):
                furniture[i - 1] = True
            if j < n and _BOOKING_LINE.match(lines[j].text):
                furniture[j] = True
    # a table of figures: rows of a name and two figures or more, or a rise or fall (菠菜 6.40 5.40 ↑), three in a
    # row at least, with its head row (品名 本周 上周 涨跌), its unit (（单位：元/公斤）) and its label over them and
    # its source under them (数据来源：…)
    table_rows = [bool(_TABLE_ROW.match(ln.text) or _RANGE_ROW.match(ln.text)) for ln in lines]
    for i, j in _runs(table_rows, 3):
        # (and over it its head row, its unit, a row of figures and the fields that date it, 开奖日期：…; under it
        # the fields that sum it up, 本期销量：312,458,706元, and its source)
        top = i
        while (
            top > 0
            and i - top < 5
            and any(p.match(lines[top - 1].text) for p in (_TABLE_HEAD, _TABLE_UNIT, _FIGURES_ROW, _FIGURE_FIELD))
        ):
            top -= 1
        # (not rows a story introduces, …前三名成绩如下： / 林志远 10.12 +0.6, a head row between or not: its list)
        if _introduced(lines, top):
            continue
        # (rows of ranges alone are a table's only under its head, its unit or its label: 成人票 80—120 / 学生票 …
        # in a story is its list)
        titled = top > 0 and bool(_PRICES_LABEL.match(lines[top - 1].text) or _TABLE_TITLE.match(lines[top - 1].text))
        if top == i and not titled and not any(_TABLE_ROW.match(lines[k].text) for k in range(i, j)):
            continue
        for k in range(top, j):
            furniture[k] = True
        if top > 0 and (_PRICES_LABEL.match(lines[top - 1].text) or _TABLE_TITLE.match(lines[top - 1].text)):
            furniture[top - 1] = True
            # (and the issuer over the box's title, a name with no mark, after a finished paragraph: 中国体育彩票)
            if (
                top > 2
                and _AD_COPY.match(lines[top - 2].text)
                and line_width(lines[top - 2].text) <= 8
                and ends[top - 3]
            ):
                furniture[top - 2] = True
        while j < n and (_FIGURE_FIELD.match(lines[j].text) or _TABLE_SOURCE.match(lines[j].text)):
            furniture[j] = True
            j += 1
    # a box of prices: rows of goods each with its price, two to a row or more (高麗菜 18.5 青江菜 22.0), two rows at
    # least, and its label over them (今日蔬果批發行情（元／公斤）)
    for i, j in _runs([bool(_PRICE_ROW.match(ln.text)) and not furniture[k] for k, ln in enumerate(lines)], 2):
        if not _introduced(lines, i):
            for k in range(i, j):
                furniture[k] = True
            if i > 0 and _PRICES_LABEL.match(lines[i - 1].text):
                furniture[i - 1] = True
    # a television page's listings: a channel over its programmes each after its time (云江卫视 / 19:30 海岸线上), in
    # a run of two rows at least, and the box's label over them (今日荧屏)
    # (only under a channel's name: a story lists a day's schedule, 9:30 开幕式, as often)
    slots = [bool(_TV_SLOT.match(ln.text)) for ln in lines]
    for i in range(n):
        # (under the box's label or other furniture, or the last channel's listings: a story gives a show's times
        # after its colon, 播出安排如下： / 云江卫视 / 19:30 首播)
        if _TV_CHANNEL.match(lines[i].text) and i > 0 and (furniture[i - 1] or _TV_LABEL.match(lines[i - 1].text)):
            j = i + 1
            while j < n and slots[j]:
                j += 1
            if j - i > 2:
                for k in range(i, j):
                    furniture[k] = True
    for i in range(n - 1):
        if _TV_LABEL.match(lines[i].text) and furniture[i + 1] and _TV_CHANNEL.match(lines[i + 1].text):
            furniture[i] = True
    for i in range(1, n):
        if furniture[i - 1] and slots[i - 1] and _TV_NOTE.match(lines[i].text):
            furniture[i] = True
    # a chart's rows under its label (本周收视排行 / 1 海岸线上 云江卫视 2.31%), a story's survey read as often
    for i in range(n - 1):
        if _CHART_LABEL.match(lines[i].text):
            j = i + 1
            while j < n and _RANKED_ROW.match(lines[j].text):
                j += 1
            if j - i > 2:
                for k in range(i, j):
                    furniture[k] = True
    # an advertisement of a line at the page's edge, beside its furniture, in words that sell (天然有機豆品 全港各大超市
    # 有售)
    for i in (0, n - 1):
        text = lines[i].text if 0 <= i < n else ""
        # (and a second sign of one, 全线, 各大, a figure: a title may offer, 以旧换新最高优惠两千元)
        if text and not furniture[i] and _AD_COPY.match(text) and _AD_WORDS.search(text) and _AD_REACH.search(text):
            furniture[i] = any(0 <= j < n and furniture[j] for j in (i - 1, i + 1))
    # the paper's name in pinyin under its name (QINGCHUAN BAO, YANCHUAN RIBAO), among the masthead's first lines (a
    # story may quote a shop's sign, XIAO LONG BAO)
    for i in range(1, min(n, 3)):
        if _PINYIN_NAME.match(lines[i].text) and (furniture[0] or _PAPER_NAME.match(lines[0].text)):
            furniture[i] = True
        # (or in English, as an overseas paper prints it right under the Chinese: AUCKLAND CHINESE VOICE)
        # (over the masthead's date: 学英语报 / Protecting Our Rivers / 守护家乡的小河 is a title)
        if (
            i == 1
            and _LATIN_NAME_LINE.match(lines[1].text)
            and _PAPER_NAME.match(lines[0].text)
            and n > 2
            and (DATE_ALONE.match(lines[2].text) or _FURNITURE.search(lines[2].text))
        ):
            furniture[i] = True
    # a box's label of any field's briefs (农事简讯, 一线快讯, 会 务 简 讯) over items that each open as a piece does,
    # on a dated lead or under a title (a line of its own, place：what happened, or shorter than the line under it):
    # the page's, where a label over a list of untitled items is that box's title
    for i in range(n - 1):
        # (set in two lines too, 车市 / 快讯)
        two_lines = (
            i + 2 < n
            and all(len(content_key(lines[j].text)) <= 3 for j in (i, i + 1))
            and FIELD_BRIEFS_LABEL.match(lines[i].text.strip() + lines[i + 1].text.strip()) is not None
        )
        if not furniture[i] and (FIELD_BRIEFS_LABEL.match(lines[i].text) or two_lines):
            label = lines[i].text + (lines[i + 1].text if two_lines else "")
            news_label = re.search(r"[动動]\s?[态態]\s*$", label) is not None

            first = i + 1 + two_lines

            def opens_item(j: int, news_label: bool = news_label, first: int = first) -> bool:
                text = lines[j].text
                return (
                    looks_like_dateline_start(text)
                    or _PLACE_TITLE.match(text) is not None
                    # (or an OCR engine's block of one line with no mark, a blank line over and under it)
                    or (
                        lines[j].blank_before > 0
                        and j + 1 < n
                        and lines[j + 1].blank_before > 0
                        and not _MARKED.search(text)
                        and not _SENTENCE_MARK.search(text)
                        and not _LEAD_OPENING.match(text)
                    )
                    # (or a title marked by a bullet over its dated lead, ■ 芜湖市总为环卫工人送上“清凉包”)
                    or (
                        BULLET.match(text) is not None
                        and j + 1 < n
                        and CLAUSE_BREAKS.isdisjoint(text)
                        and looks_like_dateline_start(lines[j + 1].text)
                    )
                    or (
                        j + 1 < n
                        and not _SENTENCE_MARK.search(text)
                        and not CLAUSE_BREAKS.intersection(text)
                        # (by more than a paragraph's indent, or over a lead opening on its date; under a label of
                        # news of a field, 防汛动态, only the latter: a line of figures is narrower by its digits)
                        and (
                            (not news_label and line_width(text) <= line_width(lines[j + 1].text) - 3)
                            or (not news_label and DATED_LEAD.match(lines[j + 1].text) is not None)
                            # (or, the box's first, over a lead opening on its dateline, 东陵首座超充站投用 /
                            # 本报讯 日前，…: further down, a title so is the next story's as often)
                            or (not news_label and j == first and looks_like_dateline_start(lines[j + 1].text))
                            # (a title wrapped onto a second line over the dated lead)
                            or (
                                j + 2 < n
                                and not _MARKED.search(lines[j + 1].text)
                                and DATED_LEAD.match(lines[j + 2].text) is not None
                            )
                        )
                    )
                )

            def signed_above(j: int) -> bool:
                # (its credit cut by the wrap: …疏果。（通讯员 / 陈光）)
                return closing_credit(join_lines([lines[j - 2].text, lines[j - 1].text]))

            # (a box holds two items at least: over one dated story, 防汛快讯 is that story's title)
            items = range(first + 2, min(n, first + 24))
            # (under an item its writer signs, a line with no mark is the next item's title, however wide, where
            # that item is signed too: over one signed story, 防汛快讯 is its title, and the next story's is no item's)
            signatures = sum(
                lines[j].text.rstrip()[-1:] in "）)" and signed_above(j + 1) for j in range(first, min(n, first + 24))
            )
            signed = signatures >= 2 and any(
                signed_above(j) and (opens_item(j) or not _MARKED.search(lines[j].text)) for j in items
            )
            box = opens_item(first) and (
                signed or any((ends_sentence(lines[j - 1].text) or signed_above(j)) and opens_item(j) for j in items)
            )
            # (and a title of any width, under a field's news label too, 会员动态, opens the first of the items their
            # writers sign: a story's subhead over its next paragraph is signed by no one)
            box = box or (signed and first + 1 < n and not _MARKED.search(lines[first].text))
            furniture[i] = furniture[i] or box
            furniture[i + 1] = furniture[i + 1] or (box and two_lines)
    # a school's or a company's paper names who runs it and its staff as fields, at the head or the foot of the page
    # (主办：某中学团委 学生会 指导教师：某某, 主管：… 主办：…): an event's organisers are named so inside a story
    for i in {*range(min(n, 8)), *range(max(0, n - 3), n)}:
        if (
            not furniture[i]
            and _PUBLISHER_FIELDS.match(lines[i].text)
            # (among the masthead's lines: next to one of them, or the last lines of the page)
            and (i >= n - 3 or any(furniture[j] for j in (i - 1, i + 1) if 0 <= j < n))
        ) or (
            # (or the bodies that run a special page alone, under its name: 住房公积金专版 / 主办：栖城日报社
            # 栖城市住房公积金管理中心)
            not furniture[i] and 0 < i < 8 and furniture[i - 1] and _RUN_BY.match(lines[i].text)
        ):
            furniture[i] = True
    # the paper's name in the script of the region's other language (Tibetan, Uyghur, Mongolian, Korean, Thai) right
    # under or over its Chinese name: no Chinese character on the line (beside the date only, it is a story's
    # kicker or title in that language, 연길 관광 열풍)
    for i in range(min(n, 4)):
        # (and the edition's note beside it, （汉文版）)
        if _EDITION_NOTE.match(lines[i].text) and any(
            _PAPER_NAME.match(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < n
        ):
            furniture[i] = True
        if _OTHER_SCRIPT_LINE.match(lines[i].text) and any(
            _PAPER_NAME.match(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < n
        ):
            furniture[i] = True
    # a trade paper's name as the page's first line, over the masthead's other lines
    if n > 1 and not furniture[0] and _TRADE_PAPER.match(lines[0].text) and any(furniture[1:4]):
        furniture[0] = True
    # an in-house paper's name of any words, its name in capitals under it, right over the masthead's date (澜江电力 /
    # LANJIANG DIANLI / 2023年7月14日 星期五 第2版): no title is set over capitals
    if (
        n > 2
        and not furniture[0]
        and _BULLETIN_TITLE.match("".join(lines[0].text.split()))
        and _CAPITALS_LINE.match(lines[1].text)
        and furniture[2]
    ):
        furniture[0] = furniture[1] = True
    # an in-house paper's masthead: the body that runs it before 主办 (泾湖市环境卫生管理处主办) right over the
    # masthead's date or page line, and over it the paper's name of any words and its name in capitals (泾湖环卫 /
    # JINGHU HUANWEI)
    # (or under them: 翠湾高新 / CUIWAN HI-TECH ZONE / the date / 第156期 / 中共翠湾高新区党工委主办)
    # (the weather box may stand among them, above or below: 今日天气：晴转多云 -6℃～5℃ …)
    for i in range(1, min(n - 1, 6)):
        beside = [j for j in (i - 1, i + 1) if furniture[j] or _weather_row(lines[j].text)]
        if not furniture[i] and _RUN_BY_AFTER.match(lines[i].text) and beside:
            above = list(range(i))
            if all(
                furniture[j]
                or _weather_row(lines[j].text)
                or _BULLETIN_TITLE.match("".join(lines[j].text.split()))
                or _CAPITALS_LINE.match(lines[j].text)
                for j in above
            ):
                for j in (*above, i):
                    furniture[j] = True

    # and any paper's name among the masthead's lines (加西華聲報 under the date and the section), not a notice's
    # word for itself (喜报, 通报)
    def mast(j: int) -> bool:
        # (the masthead's date alone on its line is read as furniture below, under the paper's name)
        return furniture[j] or DATE_ALONE.match(lines[j].text) is not None

    # (a special issue's name right under the paper's name, and its page's number under it, first: they tell the
    # paper's name as the masthead's, 青川大学报 / 建校百年纪念特刊 / 特3)
    if (
        n > 2
        and _PAPER_NAME.match(lines[0].text)
        and _SPECIAL_ISSUE_NAME.match(lines[1].text)
        # (over the masthead's other lines, not a title over its lead: 江城日报 / 市图书馆推出读书月专刊 / 本报讯…)
        and (_SPECIAL_PAGE_ID.match(lines[2].text) or DATE_ALONE.match(lines[2].text) or furniture[2])
    ):
        furniture[1] = True
        furniture[2] = furniture[2] or _SPECIAL_PAGE_ID.match(lines[2].text) is not None
    # (a bulletin's name set large over two lines, 恩光浸信會 / 週 報, over the masthead's date or its issue's line,
    # 旅美鹤坪同乡联谊会 / 会 讯 / 第46期 2024年12月)
    if n > 2 and not furniture[0] and (mast(2) or _ISSUE_LINE.match(lines[2].text)):
        both = "".join((lines[0].text + lines[1].text).split())
        if (_NEWSLETTER_NAME.match(both) or _PAPER_NAME.match(both)) and len("".join(lines[1].text.split())) <= 3:
            furniture[0] = furniture[1] = True
    # (the issue's line first, under the bulletin's names, which it then tells as the masthead's)
    for i in range(min(n, 6)):
        # (or the bodies that run it, named before 主办, under a name of any words: 红十字与献血 / 河西市红十字会
        # 河西市中心血站 联合主办 / 2024年第1期（总第53期）)
        run_by = [j for j in range(1, i) if _RUN_BY_AFTER.match(lines[j].text)]
        # (a name set letter-spaced too: 上 水 村 报)
        solid = ["".join(lines[j].text.split()) for j in range(i)]
        # (or a name of any words over its English one: 嘉怡幼稚園 / KA YEE KINDERGARTEN)
        # (or in capitals, whatever its words: TSUI LING COURT)
        english = any(_ENGLISH_NAME.match(lines[x].text) for x in range(1, i)) or any(
            _CAPITALS_LINE.match(lines[x].text) for x in range(i)
        )
        # (and its name in English under the Chinese, HONG KONG CHIUCHOW CHAMBER BULLETIN)
        if _ISSUE_LINE.match(lines[i].text) and all(
            furniture[j]
            or _NEWSLETTER_NAME.match(solid[j])
            or _PAPER_NAME.match(solid[j])
            or (j > 0 and _BULLETIN_KIND.match(lines[j].text))
            or j in run_by
            or (j == 0 and (run_by or english) and _BULLETIN_TITLE.match(solid[j]))
            # (or a name of any words right over its issue line, 部落之聲 / 第49期 中華民國113年8月 文化)
            or (j == 0 and i == 1 and _BULLETIN_TITLE.match(solid[j]))
            or (j > 0 and _ENGLISH_NAME.match(lines[j].text))
            # (a name in capitals over the Chinese one or under it: TSUI LING COURT / 翠嶺苑通訊)
            or _CAPITALS_LINE.match(lines[j].text)
            for j in range(i)
        ):
            furniture[i] = True
            # (and the fields under it)
            below = i + 1
            while (
                below < n
                and below <= i + 2
                and (
                    _BULLETIN_FIELDS.match(lines[below].text)
                    or MONTH_ALONE.match(lines[below].text)
                    # (or who publishes it and where it is reached, 發行人：… 總幹事：… 社址：… 電話：…; or who
                    # publishes it and how it circulates, 香港的士同業聯誼會出版　非賣品)
                    or _PUBLISHER_LINE.match(lines[below].text)
                    or _PUBLISHED_BY.match(lines[below].text)
                )
            ):
                furniture[below] = True
                below += 1
            for j in range(i):
                furniture[j] = (
                    furniture[j]
                    or _BULLETIN_KIND.match(lines[j].text) is not None
                    or j in run_by
                    or (j == 0 and bool(run_by or english or i == 1))
                    or (j > 0 and _ENGLISH_NAME.match(lines[j].text) is not None)
                    or _CAPITALS_LINE.match(lines[j].text) is not None
                )
    # the page's first line, a paper's name of any words before the masthead date and its weekday (今日鹤塘
    # 2023年11月16日 星期四): the masthead (elsewhere, words before a date are a story's)
    # (over the page's section and number, 综合新闻 2: a composition's title and its date open no masthead)
    if n > 1 and not furniture[0] and _NAMED_MASTHEAD_DATE.match(lines[0].text):
        furniture[0] = furniture[1] or _SECTION_AND_PAGE.match(lines[1].text) is not None
    # a date in the Republic's years alone on the page's first line, over the paper's name or the masthead's other
    # lines (中華民國112年8月15日 / 嘉濱農訊): the masthead's (alone under a notice, it signs the notice)
    if n > 1 and _ROC_DATE_ALONE.match(lines[0].text):
        below = "".join(lines[1].text.split())
        if furniture[1] or _PAPER_NAME.match(below) or _NEWSLETTER_NAME.match(below):
            furniture[0] = True
    # a section's name and the page's number between two lines of the masthead (2021年3月9日 星期二 / 巾帼风采 3 /
    # 责任编辑：…): the running head, whatever the section is called
    for i in range(1, min(n - 1, 6)):
        if furniture[i - 1] and furniture[i + 1] and _SECTION_AND_PAGE.match(lines[i].text):
            furniture[i] = True
    # who publishes the paper and edits it, as fields under the masthead's other lines (第135期 中華民國112年8月15日 …
    # / 發行人：某某 社長：某某 總編輯：某某): the masthead's too
    for i in range(1, min(n, 6)):
        if furniture[i - 1] and not furniture[i] and _PUBLISHER_LINE.match(lines[i].text):
            furniture[i] = True
    for i in range(min(n, 6)):
        # (set letter-spaced as display type on the page's first line, 桐 岸 市 政 週 報; under it, 书 香 周 末 is a
        # title set so)
        name = "".join(lines[i].text.split()) if i == 0 else lines[i].text.strip()
        # (the masthead's other lines around it; one of them, a section's name, may be read as furniture later)
        masthead = sum(not mast(j) for j in range(i)) <= 1 and any(mast(j) for j in (i - 1, i + 1) if 0 <= j < n)
        # (the bulletin's name opens the page or stands over the masthead's other lines: under the date, over a lead,
        # 全力保障防汛应急通讯 is a title, 人物通讯 a kicker)
        if not furniture[i] and masthead and _NEWSLETTER_NAME.match(name) and (i == 0 or (i + 1 < n and mast(i + 1))):
            furniture[i] = True
        if (
            not furniture[i]
            and masthead
            and _PAPER_NAME.match(name)
            and 3 <= len(name) <= _PAPER_NAME_MAX_CHARS + 2 * (name[-1] in "报報")
            # (a weekly opening the page, its place first, is the paper's name: 桐岸市政週報)
            and (not _NOTICE_KIND.search(name) or (i == 0 and len(name) >= 5 and name.endswith(("周报", "週報"))))
        ):
            furniture[i] = True
    # a paper's name in capitals right under its Chinese name among the masthead's lines (民航快报 / CIVIL AVIATION
    # EXPRESS)
    for i in range(1, min(n, 6)):
        if (
            not furniture[i]
            and furniture[i - 1]
            and _CAPITALS_LINE.match(lines[i].text)
            and (_PAPER_NAME.match(lines[i - 1].text) or _TRADE_PAPER.match(lines[i - 1].text))
            # (the name one of the masthead's lines, its date or page beside it: alone over a title, 东川青年报 /
            # CITY WALK / 跟着老街去漫步, the capitals are the title's kicker)
            and (any(furniture[x] for x in range(i - 1)) or (i + 1 < n and furniture[i + 1]))
        ):
            furniture[i] = True
    # the masthead's page number with a section in two parts, and a weather box two items a line, among the
    # masthead's lines (everything above them furniture) or, for the weather, beside furniture too
    for i in range(n):
        top = i <= 6 and all(mast(j) for j in range(i))
        if (
            not furniture[i]
            and top
            and i > 0
            and (
                _PAGE_SECTION_ALONE.match(lines[i].text)
                # (a pair right under the page's number, 第4版 or A3: over the headline alone, 奋斗·青春 is its kicker)
                # (or under the masthead's date, the page's number a line above it: D4 / 2024年7月9日 / 寵物‧園藝)
                or (
                    _SECTION_PAIR_ALONE.match(lines[i].text)
                    and any(_PAGE_NUMBER_AT_END.search(lines[j].text) for j in range(max(0, i - 2), i))
                )
            )
            # (over a headline of its own, two lines with no mark at least: 巾帼风采 / 巾帼心向党 奋进新征程 / 全市…;
            # alone over a byline or a lead it is the title, 劳动者风采 / 本报记者 某某)
            and i + 2 < n
            # (or over the page's editor, another masthead line: 寵物‧園藝 / 編輯：王思涵)
            and (
                all(_HEADING_LINE.match(lines[j].text) for j in (i + 1, i + 2))
                or _DESK_CREDIT.match(lines[i + 1].text) is not None
                # (or, a pair, over a lead opening on its dateline, no title between: 要闻·服务 heads no headline;
                # a title named as a section is, 青春风采 / 本报讯…)
                or (
                    _SECTION_PAIR_ALONE.match(lines[i].text) is not None
                    and looks_like_dateline_start(lines[i + 1].text)
                )
            )
        ) or (
            not furniture[i]
            and top
            and (
                (i > 0 and _NEWS_SECTION_ALONE.match(lines[i].text))
                # (any place's news right under the page's number: A3 / 巴國新聞)
                # (not a title over its deck, 县域十大新闻 / ——2023年…大事回眸)
                or (
                    i > 0
                    and re.match(r"^\s*[\u4e00-\u9fff]{2,4}(?:新闻|新聞)\s*$", lines[i].text) is not None
                    and not re.search(r"[十百]大|年度", lines[i].text)
                    and _PAGE_NUMBER_AT_END.search(lines[i - 1].text) is not None
                    and not (i + 1 < n and SUBTITLE_DASH.match(lines[i + 1].text))
                    and not (i + 1 < n and looks_like_dateline_start(lines[i + 1].text))
                )
                # (the page's number alone, in figures, among the masthead's lines: 栖城日报 / 2024年6月28日 / 07)
                or (i > 0 and _PAGE_NUMBER_ALONE.match(lines[i].text) is not None)
                # (a section's name of a word or two right under the masthead's line that ends on the page's
                # number, 2025年3月15日 第2版 / 校园动态, 第7版 / 招生考试: a page's name, over its lead's title or
                # its lead)
                or (
                    i > 0
                    and re.match(r"^\s*[\u4e00-\u9fff]{4}\s*$", lines[i].text) is not None
                    # (named as a section is, 校园动态, 鄉情聚焦: 春耕正忙 there is the lead's title)
                    and re.match(rf"^\s*{_SECTION_NAME}\s*$", lines[i].text) is not None
                    and (
                        _PAGE_NUMBER_AT_END.search(lines[i - 1].text) is not None
                        or _PAGE_NUMBER_ALONE.match(lines[i - 1].text) is not None
                    )
                )
                # (and the day's weather of the paper's city among the masthead's lines: 巴拿馬城 晴 24～33℃)
                # (not a weather story's title over its lead, 周末 晴转多云 26～35℃ / 本报讯…)
                or (
                    i > 0
                    and _CITY_WEATHER.match(lines[i].text) is not None
                    and not (i + 1 < n and (looks_like_dateline_start(lines[i + 1].text) or ends[i + 1]))
                )
                # (the special issue's name and its page: under the paper's name, or over the masthead's other lines
                # when the page opens on them)
                or (_SPECIAL_PAGE_ID.match(lines[i].text) and (i > 0 or (n > 1 and mast(1))))
                # (the issue's name under the paper's or over the masthead's other lines, not a story's title under
                # the date, 市图书馆推出读书月专刊 over its lead)
                or (
                    _SPECIAL_ISSUE_NAME.match(lines[i].text)
                    and i + 1 < n
                    and (mast(i + 1) or _SPECIAL_PAGE_ID.match(lines[i + 1].text) or _RUN_BY.match(lines[i + 1].text))
                )
            )
        ):
            # (the page's section alone under the masthead, named as a section is: 科室动态, 巾帼风采; one named for
            # its news, 综合新闻, 本地新闻, over any headline)
            furniture[i] = True
            # (and the bodies that run a special page, under its name)
            if i + 1 < n and _SPECIAL_ISSUE_NAME.match(lines[i].text) and _RUN_BY.match(lines[i + 1].text):
                furniture[i + 1] = True
        elif (
            not furniture[i]
            and top
            and (_PAGE_AND_SECTION.match(lines[i].text) or _NUMBERED_SECTION.match(lines[i].text))
        ):
            # (the page's only number: under C4 科技, E3 前瞻·新作扎堆 is a title)
            furniture[i] = not any(_PAGE_ID_AT_START.match(lines[j].text) for j in range(i))
        elif not furniture[i] and _WEATHER_PAIR.match(lines[i].text):
            # (beside the weather box's other lines, not any furniture: a weather story may end on its forecast
            # over the page's production credit; and after a colon, down the forecast's rows)
            weather = [j for j in (i - 1, i + 1) if 0 <= j < n and furniture[j] and _weather_row(lines[j].text)]
            above = i - 1
            while above >= 0 and _weather_row(lines[above].text):
                above -= 1
            after_colon = above >= 0 and lines[above].text.rstrip()[-1:] in "：:"
            # (under a masthead of many lines, its index box and all, everything above furniture)
            furniture[i] = (top or bool(weather) or all(mast(j) for j in range(i))) and not after_colon
    # (the page's editor under the masthead's lines, as its section names her: 寵物‧園藝 / 編輯：王思涵)
    for i in range(1, min(n, 8)):
        # (a name, not a greeting: 编辑：您好！ opens a letter)
        desk = _DESK_CREDIT.match(lines[i].text) and not _SENTENCE_MARK.search(lines[i].text)
        if not furniture[i] and desk and all(furniture[:i]):
            furniture[i] = True
    # (under the paper's name or its other masthead lines, and the masthead's only date: a notice's or a diary's
    # date under its title, a memoir titled by a date under a masthead that has its own, are text)
    for i, ln in enumerate(lines):
        if (
            0 < i <= 4
            and not furniture[i]
            and DATE_ALONE.match(ln.text)
            and all(furniture[1:i])
            and (furniture[0] or _PAPER_NAME.match(lines[0].text))
            and not any(_A_DATE.search(lines[j].text) for j in range(i))
            # (a memoir titled by a date stands over its byline, 1998年8月16日 / □ 某某)
            and not (i + 1 < n and is_byline(lines[i + 1].text))
        ):
            furniture[i] = True
    # the colophon of a newsletter or a small paper at the page's foot: fields of who prints it and where it is
    # reached (督印人：某某 編輯：…, 地址：… 電話：…, 網址：www…), two on a line or one of its own kind
    # (a block of them, or the printer of record: a story may close on its venue's address and telephone)
    fields = [bool(_FOOT_FIELDS.match(ln.text) or _PUBLISHER_LINE.match(ln.text)) for ln in lines]
    for i in range(max(0, n - 5), n):
        if fields[i] and (
            any(fields[j] for j in (i - 1, i + 1) if 0 <= j < n)
            or lines[i].text.lstrip().startswith("督印人")
            # (or under the colophon's other furniture, its editors: 本刊编辑委员会 主编：… / 会址：… 电话：…; or over
            # the paper's invitation to write in, 会址：… 电话：… / 欢迎宗亲来稿…)
            or (i > 0 and furniture[i - 1])
            or (
                i + 1 < n
                and (furniture[i + 1] or _INVITATION.match(lines[i + 1].text) is not None)
                and _SEAT_FIELD.match(lines[i].text) is not None
            )
            # (or three fields of who publishes and edits it, the page's last line: 發行人：… 總編輯：… 編輯：…)
            or (i == n - 1 and _PUBLISHER_LINE.match(lines[i].text) is not None)
            # (or the page's own address, 本版投稿邮箱：…, after a finished paragraph: …发送至 / 本报邮箱：… is a
            # story's sentence)
            or (_OWN_ADDRESS.match(lines[i].text) is not None and (i == 0 or ends[i - 1] or furniture[i - 1]))
        ):
            furniture[i] = True
    # a box of listings under its label, a row for each show (本周演出 / 1月20日 19:30 越剧《某某》 某某剧院 80—280元):
    # the page's service box, no story's text
    for i in range(n - 2):
        if (
            not furniture[i]
            and _LISTINGS_LABEL.match(lines[i].text)
            and DATED_ROW.match(lines[i + 1].text)
            and DATED_ROW.match(lines[i + 2].text)
        ):
            furniture[i] = True
            j = i + 1
            while j < n and DATED_ROW.match(lines[j].text):
                furniture[j] = True
                j += 1
    # who publishes the paper, as its last line (桐岸市政府新聞處編印 GPN︰2008700123 本刊免費索取)
    # (with its publication number or how it is had: 首部村志由上河村委会编印 is a title printed at the foot)
    if n and not furniture[n - 1] and _PUBLISHED_BY.match(lines[n - 1].text) and _HOW_HAD.search(lines[n - 1].text):
        furniture[n - 1] = True
    # (the page's last line that ends a sentence: no text goes on under it)
    last_end = max((k for k in range(n) if ends[k]), default=-1)
    # an advertisement's copy in phrases and its shop's address and number (南湖棋具城 红木象棋 … 地址：… 电话：…),
    # a line of its own beside the page's other furniture among its last lines
    for i in range(max(0, n - 5), n):
        if (
            not furniture[i]
            and _AD_WITH_CONTACT.match(lines[i].text)
            # (or under the last story's full stop, no sentence after it: an advertisement set between the text and
            # the headlines at the page's foot)
            and (any(furniture[j] for j in (i - 1, i + 1) if 0 <= j < n) or (i > 0 and ends[i - 1] and i >= last_end))
        ):
            furniture[i] = True
    # a hospital's line to book among the page's last lines, only its furniture or its QR prompt under it (预约挂号：
    # 0734-6215000（7:30—17:30） / 扫码关注…): the paper's service box (a story's clinic gives its line in its text)
    for i in range(max(0, n - 4), n - 1):
        if (
            not furniture[i]
            and _BOOKING_LINE_AT_FOOT.match(lines[i].text)
            # (under the page's furniture, a notice's date or the headlines at the foot: under a story's last
            # sentence, its clinic's line is the story's, 预约电话：…)
            and i > 0
            and (furniture[i - 1] or not ends[i - 1])
            and all(furniture[j] or _QR_PROMPT.match(lines[j].text) for j in range(i + 1, n))
        ):
            furniture[i] = True
    # the paper's invitation to scan its code, among the page's last lines (扫码参与“3·15”网上投诉, 扫码关注某某报)
    for i in range(n):
        # (among the page's last lines, on a line of its own: the page's last, or after a finished paragraph, furniture
        # or the paper's hotline; anywhere, under a photo's caption closed by its credit)
        if (
            i < n - 5
            and not (i > 0 and _CREDIT_END.search(lines[i - 1].text))
            # (or over or under the page's hotline or its desk's credit, the furniture of the page's foot)
            and not any(
                0 <= j < n
                and (_HOTLINE_LINE.match(lines[j].text) or _FURNITURE.search(lines[j].text))
                # (and no text after them: only the page's furniture and the headlines left at its foot)
                and not any(ends[k] for k in range(max(i, j) + 1, n))
                for j in (i - 1, i + 1)
            )
        ):
            continue
        # (a whole invitation, no sentence's words: not …扫码报名的家长须… nor a line the next goes on from,
        # …公众号 / 的居民…, nor a title over its lead, 扫码进入“云展厅”看非遗 / 本报讯…)
        below = lines[i + 1].text.lstrip() if i + 1 < n else ""
        if "的" in lines[i].text or below[:1] in _GOES_ON or looks_like_dateline_start(below) or is_byline(below):
            continue
        # (one that says what it brings, …公众号 获取更多健康资讯, only where no sentence follows it: a story's own
        # step, …了解报名详情 / 报名截止…, goes on)
        if _QR_BRINGS.search(lines[i].text) and i < last_end:
            continue
        if _QR_PROMPT.match(lines[i].text) and (
            i in (0, n - 1)
            or ends[i - 1]
            or furniture[i - 1]
            or _HOTLINE_LINE.match(lines[i - 1].text)
            # (or under a photo's caption closed by its credit, or a notice's date, which closes it)
            or _CREDIT_END.search(lines[i - 1].text)
            or DATE_ALONE.match(lines[i - 1].text) is not None
            # (or over the paper's hotline, under the headlines gathered at the foot)
            or (i + 1 < n and _HOTLINE_LINE.match(lines[i + 1].text))
        ):
            furniture[i] = True
    for i, ln in enumerate(lines):
        if furniture[i]:
            continue
        number_first = _NUMBER_FIRST_HOTLINE.match(ln.text) is not None and not any(ends[j] for j in range(i + 1, n))
        hotline = (
            _HOTLINE_LINE.match(ln.text) is not None
            or _TEL_LINE.match(ln.text) is not None
            or number_first
            or _HOTLINE_ROW.match(ln.text) is not None
            or _hotline_and_code(ln.text)
        )
        if hotline:
            # (a notice's own hotline over its issuer and date, 服务热线：96616 / 某某公司 / 2024年3月6日, is its
            # text, past every issuer line, as a notice may have two; and so is one over the next notice's title,
            # 服务热线：… / 寻物启事, which it closes)
            signed = any(DATE_ALONE.match(lines[j].text) for j in range(i + 1, min(n, i + 5))) or (
                i + 1 < n and _NOTICE_WORD_END.search(lines[i + 1].text) is not None
            )
            # (nor the line a story announces, …可拨打健康咨询热线： / 0871-…: the hotline is news)
            # (a finished sentence that gave its own number announces nothing below it: …仍請立即撥打110報案。 /
            # 報案專線 110 …; one that names a line without it does, …可以拨打医院开通的儿童 / 健康咨询电话。)
            above = lines[i - 1].text if i > 0 else ""
            # (an advertiser's offer in its copy, 技術移民 家庭團聚 免費諮詢, announces nothing: phrases, no sentence)
            announced = (
                _ANNOUNCES_CALL.search(above) is not None
                and not (_AD_CONSULT.search(above) and _AD_COPY.match(above))
                and (
                    not ends[i - 1] or (_NAMES_A_LINE.search(above) is not None and re.search(r"\d{3}", above) is None)
                )
            )
            hotline = not signed and not announced
        # (an advertiser's address alone under its copy, 夏日涼茶 買二送一 / 地址︰新填海街42號地下, as the hotline is:
        # not a notice's over its signature, nor the place a story's last sentence tells readers to go to)
        address = (
            _ADDRESS_LINE.match(ln.text) is not None
            and i > 0
            and not ends[i - 1]
            # (under copy in phrases, no field and no clause: not a notice's or a story's field line, 联系人：…)
            and re.search(r"[：:，。；、,;]", lines[i - 1].text) is None
            and not any(
                DATE_ALONE.match(lines[j].text) or MONTH_ALONE.match(lines[j].text) for j in range(i + 1, min(n, i + 5))
            )
        )
        if hotline or address or _CONTACT_LINE.match(ln.text):
            # (at the head or foot of the page, beside other furniture, or after a finished paragraph; a line to
            # report to, 投诉举报电话：12315, after a finished paragraph is the story's own last line)
            after_text = ends[i - 1] and not _REPORT_LINE.match(ln.text)
            # (or under the page's last text, among the headlines a content stream leaves at its foot)
            under_text = not any(ends[j] for j in range(i + 1, n))
            furniture[i] = i in (0, n - 1) or furniture[i - 1] or furniture[i + 1] or after_text or under_text
            # (and the advertisement's copy over it, however the hotline itself was found)
            if hotline:
                _ad_over_hotline(lines, furniture, ends, i)
    # a service's hotline box under the page's last text: its name alone (退役军人服务热线), its number under it (12345
    # 转 8 号键) and its hours (工作日 8:30—17:30)
    for i in range(n - 1):
        if (
            not furniture[i]
            and _HOTLINE_NAME.match(lines[i].text)
            and _HOTLINE_NUMBER.match(lines[i + 1].text)
            and not any(ends[j] for j in range(i, n))
            # (not the numbers a story announces: …可拨打以下电话： / 城市管理服务热线 / 12319 / 燃气抢修热线 / …)
            and not any(lines[x].text.rstrip()[-1:] in "：:" for x in range(max(0, i - 4), i))
            and not (i > 0 and furniture[i - 1] is False and _ANNOUNCES_CALL.search(lines[i - 1].text))
        ):
            furniture[i] = furniture[i + 1] = True
            if i + 2 < n and _SERVICE_HOURS.match(lines[i + 2].text):
                furniture[i + 2] = True
    # an office's hours box between pieces: its label alone (管理處辦公時間), the days and hours under it (星期一至六
    # 上午9時至下午6時) and a note in brackets ((公眾假期休息)), after a finished paragraph and over a title or the
    # page's foot (a story's own box of opening hours, over its text, is the story's)
    for i in range(1, n - 1):
        if furniture[i] or not _HOURS_LABEL.match(lines[i].text) or not (ends[i - 1] or furniture[i - 1]):
            continue
        j = i + 1
        while j < n and j - i <= 3 and (_HOURS_ROW.match(lines[j].text) or _BRACKETED_NOTE.match(lines[j].text)):
            j += 1
        if j > i + 1 and _HOURS_ROW.match(lines[i + 1].text) and (j == n or not _MARKED.search(lines[j].text)):
            for k in range(i, j):
                furniture[k] = True
    # who runs a page with the paper (本版与市退役军人事务局合办, 本版由海城市消防救援支队协办), between pieces or at
    # an edge of the page (a sentence may wrap there: 从下周起， / 本版与…联合主办 / 的“新苗”栏目…)
    for i, ln in enumerate(lines):
        if not furniture[i] and _PAGE_RUN_BY.match(ln.text):
            furniture[i] = (
                i in (0, n - 1)
                or furniture[i - 1]
                or furniture[i + 1]
                or (ends[i - 1] and not lines[i + 1].text.lstrip().startswith(("的", "之")))
            )
    for i, ln in enumerate(lines):
        if not furniture[i] and _INVITATION.match(ln.text):
            under_text = not any(ends[j] for j in range(i, n))
            furniture[i] = i in (0, n - 1) or furniture[i - 1] or furniture[i + 1] or under_text
    # a page's call for contributions under its label (“青石板”副刊征稿：散文、随笔…，来稿请注明…。), wrapped or not,
    # with only the page's furniture under it: the paper's notice, no piece (a story about a call is set under a title
    # and goes on in sentences)
    for i in range(n):
        if furniture[i] or not _CALL_FOR_COPY.match(lines[i].text):
            continue
        end = next((j for j in range(i, min(n, i + _CALL_FOR_COPY_LINES)) if ends[j]), None)
        if end is not None and all(furniture[j] or not lines[j].text.strip() for j in range(end + 1, n)):
            for j in range(i, end + 1):
                furniture[j] = True
    # (and the advertiser's wares right under its hotline, 地產專線 604-270-8833 / 專營列治文、本拿比住宅買賣: a list of
    # the districts served may hold a 、)
    for i in range(1, n):
        above, below = lines[i - 1].text, lines[i].text
        if not furniture[i - 1] or furniture[i] or not _HOTLINE_LINE.match(above) or not _AD_BLOCK_LINE.match(below):
            continue
        # (or the paper's invitation to call it, 有困难 找晚报 欢迎来电反映, under its own desk's line too,
        # 本报民生热线)
        furniture[i] = "摄" not in below and (
            _CALL_INVITE.search(below) is not None
            or (_AD_WORDS.search(below) is not None and not _PAPERS_DESK.match(above))
        )


# A congratulation advertisement among an overseas Chinese paper's community news: 敬賀 over the association and the
# occasion, closed by those who send it (… 同敬賀).
_CONGRATS_OPEN = re.compile(r"^\s*(?:敬賀|敬贺|恭賀|恭贺|謹賀|谨贺|祝賀|祝贺|恭祝|敬祝)\s*$")
_CONGRATS_CLOSE = re.compile(r"(?:敬賀|敬贺|同賀|同贺|仝賀|仝贺|恭賀|恭贺|謹賀|谨贺|拜賀|拜贺|敬祝|同祝|仝祝)\s*$")
_CONGRATS_LINES = 8


def _english_section_name(lines: Sequence[Line], furniture: list[bool]) -> None:
    """A section's name in English right under its Chinese one, between the masthead's other lines (公司新闻 /
    Company News / 责编：…): the page's, no kicker of the first title."""
    n = len(lines)
    for i in range(1, min(n - 1, 6)):
        if (
            not furniture[i]
            and furniture[i - 1]
            and furniture[i + 1]
            and _LATIN_NAME_LINE.match(lines[i].text)
            and len(lines[i].text.split()) <= 4
        ):
            furniture[i] = True


# A page's section named alone on its line (国际新闻, 证券·财经: sections' words on both sides of the dot, as a kicker
# in two words about one is not, 奋斗·青春, 文化·传承, 科技·赋能): under the masthead's lines only, the page's.
_SECTION_WORD = rf"(?:{_SECTION}|证券|證券|读者|讀者|新闻|新聞|时评|時評|专题|專題|周刊|週刊|特刊|专刊|專刊)"
_SECTION_ALONE = re.compile(rf"^\s*(?:{_SECTION}(?:新闻|新聞)?|{_SECTION_WORD}\s?[·・•]\s?{_SECTION_WORD})\s*$")


def _section_under_masthead(lines: Sequence[Line], furniture: list[bool]) -> None:
    """A section's name on a line of its own with nothing but the masthead's lines above it (东江日报 / 2024年5月4日
    星期六 / 国际新闻 / 国际观察 / …): the page's, no kicker of the first title."""
    for i in range(1, min(len(lines) - 1, 8)):
        if not all(furniture[:i]):
            return
        if not furniture[i] and _SECTION_ALONE.match(lines[i].text):
            furniture[i] = True


def _congratulations(lines: Sequence[Line], furniture: list[bool]) -> None:
    """Mark each congratulation advertisement: its opening word alone on a line, the lines of who and what it
    congratulates, and the line of its senders that closes it, all short (no sentence among them)."""
    n = len(lines)
    for i in range(n):
        if furniture[i] or not _CONGRATS_OPEN.match(lines[i].text):
            continue
        for j in range(i + 1, min(n, i + _CONGRATS_LINES)):
            if not _AD_BLOCK_LINE.match(lines[j].text):
                break
            if _CONGRATS_CLOSE.search(lines[j].text):
                for k in range(i, j + 1):
                    furniture[k] = True
                break


def _runs(flags: Sequence[bool], least: int) -> Iterator[tuple[int, int]]:
    """The runs [i, j) of at least ``least`` flagged lines in a row (a box's rows)."""
    i, n = 0, len(flags)
    while i < n:
        j = i
        while j < n and flags[j]:
            j += 1
        if j - i >= least:
            yield i, j
        i = max(j, i + 1)


def _introduced(lines: Sequence[Line], i: int) -> bool:
    """Whether the line above line i introduces what follows (…如下：): a story's own rows, no box of the page's."""
    return i > 0 and _INTRODUCES.search(lines[i - 1].text.rstrip()) is not None


# (phrases of four to six, 节约用电 安全用电, 依法诚信经营 共建和谐市场)
_SLOGAN = re.compile(r"^\s*[\u4e00-\u9fff]{4,6}(?:\s+[\u4e00-\u9fff]{4,6}){1,2}\s*$")


# A figure the wrap parted from its unit of time or date (…本月19 / 日…): one phrase across the break.
_DATE_ACROSS = re.compile(r"\d\|[日月时時号號年点點分]")
# The words a lead opens on, telling when or on whose word (近日, 日前, 昨天, 据悉): no title opens so.
_LEAD_OPENING = re.compile(
    r"^\s*(?:近日|日前|昨日|昨天|今日|今天|近期|日來|日来|本月|上周|上週|本周|本週|当天|當天|据悉|據悉|据了解|據了解|记者|記者)"
)
# A verb of speech ending a line: the sentence it introduces goes on below (…主任医师张立新提醒 / …).
_SPEECH_VERB_END = re.compile(r"(?:提醒|表示|指出|介绍|介紹|认为|認為|强调|強調|说|說|称|稱|建议|建議)\s*$")
# The warning an advertisement closes on (理性饮酒 未成年人禁止饮酒, 吸烟有害健康): words that warn, not a title's.
_AD_WARNING = re.compile(
    r"禁止|理性|请勿|請勿|谨防|謹防|有害|适量|適量|风险|風險|未成年|遵医嘱|遵醫囑|仔细阅读|仔細閱讀"
)
# A shop's telephone in English and its address on one line (Tel: 212 3456  Royal Street, Port Louis).
_TEL_LINE = re.compile(r"^\s*(?:Tel|TEL|Tel\.|Phone)\s*[:：.]?\s*\+?\d[\d\s\-]{5,}\d(?:\s{2,}\S.*)?$")


def _hotline_and_code(text: str) -> bool:
    """The page's hotline and its invitation to scan a code on one line, set apart by a wide gap (供电服务热线 95598
    扫一扫 关注“澜江电力”微信公众号)."""
    parts = [p for p in re.split(r"\s{2,}|\u3000", text.strip()) if p]
    return (
        len(parts) >= 2
        and any(_HOTLINE_LINE.match(p) for p in parts)
        and all(_HOTLINE_LINE.match(p) or _QR_PROMPT.match(p) for p in parts)
    )


def _ad_over_hotline(lines: Sequence[Line], furniture: list[bool], ends: Sequence[bool], i: int) -> None:
    """An advertisement set among the stories closes on its hotline: the lines of copy above it (a building's
    name, its rooms and prices, 建面约118-143㎡, 首付20万起 营销中心：…), no sentence among them and one selling,
    after a finished paragraph or other furniture, are the advertisement, hotline and all."""
    top = i
    # (not up past a brief's closing credit, …保留好购物凭证。（记 / 者 邹易）: the story above ends there)
    while (
        top > 0
        and i - top < _AD_BLOCK_LINES
        and _AD_BLOCK_LINE.match(lines[top - 1].text)
        and lines[top - 1].text.rstrip()[-1:] not in "）)"
    ):
        top -= 1
    # (a property's words, or an offer and where it is sold: a story's box of service information may mention an
    # offer too, 凭身份证件购票享补贴优惠)
    copy = " ".join(lines[j].text for j in range(top, i))
    selling = bool(
        _PROPERTY_AD.search(copy)
        or (_AD_WORDS.search(copy) and _AD_REACH.search(copy))
        or (top < i and _AD_CONSULT.search(f"{copy} {lines[i].text}"))
    )
    # (or wares in phrases over the line to order them by, 窑变花釉 钧红 霁蓝 来样定制 / 订购热线：…: a story's box
    # gives no line to order by)
    ordering = re.match(r"^\s*(?:订购|訂購|订货|訂貨|预订|預訂)(?:热线|熱線|电话|電話)", lines[i].text) is not None
    # (two lines of copy at most: a title of the foot block may stand over them)
    first_copy = max(top, i - 2)
    # (or an overseas shop's telephone in English under its name and wares, 福記雜貨 批發零售 / FOOK KEE & CIE LTD /
    # Tel: 212 3456 Royal Street…)
    ordering = ordering or (
        _TEL_LINE.match(lines[i].text) is not None
        and any(_AD_WORDS.search(lines[j].text) for j in range(first_copy, i))
    )
    if ordering and first_copy < i and all(_AD_COPY.match(lines[j].text) for j in range(first_copy, i)):
        for j in range(first_copy, i + 1):
            furniture[j] = True
        # (and the warning the advertisement closes on, under its line: 理性饮酒 未成年人禁止饮酒)
        n = len(lines)
        # (its words warn: a title of the foot block under it, 三号客运码头启用, is no part of it)
        if i + 1 < n and _AD_COPY.match(lines[i + 1].text) and _AD_WARNING.search(lines[i + 1].text):
            furniture[i + 1] = True
        return
    # (a story's box of service information sets its fields each on a line, label and colon, 户型：…, 地址：…;
    # an advertisement's copy sells in phrases, its office's address at most)
    selling = selling and sum(bool(_FIELD_LABEL.search(lines[j].text)) for j in range(top, i)) <= 1
    # (or a public-service slogan in phrases right over its service's number: 节约用电 安全用电 / 95598 供电服务热线)
    if i > 0 and _SLOGAN.match(lines[i - 1].text):
        top, selling = i - 1, True
    # (after a finished paragraph, the page's furniture, or a brief's closing credit: …（记者 邹易）)
    after_credit = top > 0 and lines[top - 1].text.rstrip()[-1:] in "）)" and not unclosed(lines[top - 1].text)
    if top < i and selling and (top == 0 or furniture[top - 1] or ends[top - 1] or after_credit):
        for j in range(top, i + 1):
            furniture[j] = True


_PLACEHOLDER = r"^\s*[\[【<〈［](?:图片|圖片|图|圖|image|img|photo|图像|圖像)\s*\d*[\]】>〉］]\s*$"
PICTURE_PLACEHOLDER = re.compile(_PLACEHOLDER, re.IGNORECASE)
_FURNITURE = re.compile(
    # (a picture's placeholder a text export leaves where the photo stood, on a line of its own: [图片], 【图】,
    # <图片>, [image])
    rf"{_PLACEHOLDER}"
    # (a page's number anywhere in the line of the masthead; not in a sentence that cites a page, 本报3月4日第3版
    # 《…》一文中, which has marks no masthead line has)
    r"|^(?!.*[，。；《》“”「」]).*第\s*[A-Za-zＡ-Ｚ]?\s*[0-9０-９一二三四五六七八九十〇零]+\s*[版版]"
    r"|(?:责任|責任)(?:编辑|編輯)|^\s*(?:责编|責編)\s*[：:]|(?:美术|美術|版式|美)(?:编辑|編輯|编|編)|校\s*对|校\s*對|(?:本版|版面|版位)(?:编辑|編輯|设计|設計|责编|責編)"
    r"|^\s*(?:版式设计|版式設計|版式|排版|组版|組版)\s*[：:]"
    # (or the role set apart from the name by a space alone: 版式 唐小菁)
    r"|^\s*(?:版式|排版|组版|組版|美编|美編|校对|校對)\s+[\u4e00-\u9fff]{2,4}\s*$"
    # (the editor in chief and the issue's editor beside the masthead: 总编辑：某某 本期责编：某某)
    # (two fields of names at least: in an interview, 社长：我们计划… is the speaker's turn, and a story names a new
    # editor in chief on a line of its own, 总编辑：某某)
    r"|^\s*(?:副?总编辑|副?總編輯|社长|社長|值班总编|值班總編|本期责编|本期責編)\s*[：:]\s*[\u4e00-\u9fff]{2,4}"
    r"(?:\s+[\u4e00-\u9fff]{2,6}\s*[：:]\s*[\u4e00-\u9fff]{2,4})+\s*$"
    # the masthead date with its weekday or the lunar date beside it, in figures or in words (二〇二一年五月六日,
    # 2021.5.6), or with the page's section before it (要闻 2021年5月6日)
    # (a line of its own, or its words set apart by spaces: 2021年5月6日周四上午… is a story's)
    # (an overseas paper's date in English, beside the paper's name and the date in Chinese: 華聲日報 Thursday,
    # October 17, 2024 2024年10月17日 星期四)
    rf"|^\s*{_PAPER}\s+{_EN_DATE}(?:\s+{_MASTHEAD_DATE}(?:\s*{_WEEKDAY})?)?\s*$"
    rf"|^\s*{_EN_DATE}\s+{_MASTHEAD_DATE}(?:\s*{_WEEKDAY})?\s*$"
    # (a Thai paper puts the Buddhist era's year first: 佛历二五六七年 二〇二四年二月八日 星期四)
    # (or the page's number and its section's name first: A10 港聞 2024年12月5日 星期四, 6 社團新聞 …, and the
    # paper's name after it, A8 港聞 明報 …)
    rf"|^\s*(?:{_PAPER}\s+|{_SECTION}\s+|(?:佛历|佛曆)\s*\S{{3,6}}年\s+"
    rf"|{_PAGE_ID}\s+(?:[\u4e00-\u9fff]{{2,6}}\s+){{0,2}}|[0-9０-９]{{1,2}}\s+(?:[\u4e00-\u9fff]{{2,6}}\s+)?(?:(?:新闻|新聞|{_PAPER})\s+)?)?"
    rf"{_MASTHEAD_DATE}\s*[・·•,，／/|｜]?\s*(?:{_WEEKDAY}|(?:农历|農曆)\S{{2,8}}){_MASTHEAD_TAIL}\s*$"
    rf"|^\s*{_SECTION}\s+{_MASTHEAD_DATE}\s*$"
    # (or the date and the issue's number, no weekday, the count of all in brackets: 2023年6月15日 第12期(总第286期))
    # (the count of all required: a date and an issue alone are a schedule's row as often, 2024年7月8日 第1期)
    rf"|^\s*{_MASTHEAD_DATE}\s+(?:总|總)?第\s*\d{{1,6}}\s*期\s*[（(]\s*(?:总|總)第\s*\d{{1,6}}\s*期\s*[）)]"
    rf"{_MASTHEAD_TAIL}\s*$"
    rf"|^\s*{_PAGE_ID}(?:\s*[-－—~～]\s*{_PAGE_ID})?(?:(?:\s+|\s*[|｜]\s*){_SECTION}{_SECTION_EN})?\s*$"
    # (or a region's news, as a paper names the page of a state or a county: A12 柔佛新闻, B3 港澳新聞)
    rf"|^\s*{_PAGE_ID}(?:\s+|\s*[|｜]\s*)[\u4e00-\u9fff]{{2,4}}(?:新闻|新聞){_SECTION_EN}\s*$"
    # (the paper's name, its page and its section: 聯合報 B2 竹苗綜合新聞)
    rf"|^\s*[\u4e00-\u9fff]{{1,6}}(?:报|報)\s+{_PAGE_ID}\s+(?:[\u4e00-\u9fff]{{0,6}}(?:新闻|新聞|綜合|综合)|{_SECTION})\s*$"
    # (or the section first: 港聞 A8, 生活 A5; a page numbered in figures beside its section, 4 要闻, 要闻 4)
    rf"|^\s*{_SECTION}\s*[|｜]?\s*{_PAGE_ID}\s*$"
    rf"|^\s*[0-9０-９]{{1,2}}\s*[|｜]?\s*{_SECTION}\s*$|^\s*{_SECTION}\s*[|｜]?\s*[0-9０-９]{{1,2}}\s*$"
    # (any page of news or a weekly's, named so: 4 综合新闻, 2 军营新闻; not a numbered subhead, 1 上好安全教育)
    r"|^\s*[0-9０-９]{1,2}\s*[|｜]?\s*[\u4e00-\u9fff]{2,4}(?:新闻|新聞|周刊|週刊)\s*$"
    # the date a Taiwanese paper prints by the Republic's calendar (中華民國112年5月21日), and a paper's name in
    # Latin capitals on a line of its own (DONGCHUAN DAILY)
    # (with its weekday or more of the masthead beside it: a date alone signs a notice, 理事長 某某 /
    # 中華民國112年8月10日)
    rf"|^\s*(?:中華民國|中华民国|民國|民国)\s*(?:\d{{2,3}}|[一二三四五六七八九〇○零]{{2,3}})\s*年"
    rf"\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日"
    rf"(?:\s*[／/|｜・·]?\s*{_WEEKDAY}{_MASTHEAD_TAIL}|(?:{_MASTHEAD_ITEM})+)\s*$"
    r"|^\s*[A-Z][A-Z'&.]+(?:\s+[A-Z'&.]+)*\s+(?:DAILY|NEWS|TIMES|POST|HERALD|EVENING|MORNING|JOURNAL|TRIBUNE)\b[A-Z\s]*$"
    # the issue's number and page count beside the masthead (第8123期, 今日24版), a front page's box label (今日导读)
    # (and the paper's website beside them: 今日8版 第12876号 www.…)
    r"|^\s*(?:(?:第\s*\d+\s*期|今日\s*\d+\s*版|本期\s*\d+\s*版|今日导读|今日導讀|本期导读|本期導讀)\s*)+$"
    r"|^\s*(?:今日|本期)\s*\d+\s*版\s+第\s*\d+\s*[号號期](?:\s+(?:https?://)?www\.[A-Za-z0-9.\-/]+)?\s*$"
    r"|^\s*(?:今日|本期)(?:导读|導讀)\s*$"
    # (and the index's rows under it, a page's number and a title there, quoted or not: ■ 第 3 版 彝绣…的“针线人生”)
    r"|^\s*[■□◆●▲]\s*第\s*[A-Za-z]?\s*\d{1,2}\s*版\s+\S"
    # a Hong Kong developer's advertisement closes on the notice the law asks of it (賣方資料及價單請參閱一手住宅物業
    # 銷售資訊網, 詳情請參閱售樓說明書)
    r"|^\s*(?:賣方|卖方)(?:資料|资料)[^，。；]{0,12}(?:請參閱|请参阅)[^，。；]{0,20}$"
    r"|^\s*(?:詳情|详情)?(?:請參閱|请参阅)(?:售樓說明書|售楼说明书)\s*$"
    # an in-house paper's note that it circulates inside only, with its printing permit (内部资料 免费交流
    # 准印证号：…): no story says so on a line of its own
    r"|^\s*(?:内部资料|內部資料)\s+(?:免费|免費|注意|仅供|僅供)|^\s*(?:\S+\s+)*(?:准印证号|准印證號|准印证|准印證)\s*[：:]"
    # (or a bulletin's, that it goes to its members free: 本刊为会内刊物 免费赠阅)
    r"|^\s*本刊(?:为|為|系|係)?[\u4e00-\u9fff]{0,4}(?:内部|內部|会内|會內)(?:刊物|资料|資料)\s*[，,]?\s*(?:免费|免費)?(?:赠阅|贈閱|交流)\s*$"
    # (or that it is not for sale, a word set apart among its other notes: 本會訊由理事會編印 非賣品 歡迎鄉親投稿)
    # (beside the paper's other notes: who issues it, to whom, 编印, 赠阅, 投稿; a sentence the OCR spaced may name one)
    r"|^(?=[^，。；！？]*(?:编印|編印|赠阅|贈閱|投稿|内部|內部|交流|会讯|會訊))[^，。；！？]*(?:^|\s)(?:非卖品|非賣品)(?:\s|$)[^，。；！？]*$"
    # (and a line of them together: 今日8版 第25317号 国内统一连续出版物号 CN 59-0012)
    r"|^\s*(?:(?:今日\s*\d+\s*版|本期\s*\d+\s*版|第\s*\d+\s*[期号號]|(?:国内统一连续出版物号|國內統一連續出版物號"
    r"|国内统一刊号|國內統一刊號|邮发代号|郵發代號)\s*[：:]?\s*[A-Z]{0,2}\s*[0-9][0-9\-/]*)\s*){2,}$"
    # an advertisement marked so at its head, its copy and its number on the line (广告 某某国医馆 … 预约电话 0758-…)
    rf"|{_MARKED_AD.pattern}"
    # the colophon opened by who publishes the paper, with its address and postcode (某某日报社出版 地址：… 邮编：…)
    # (or the body that runs the paper, with its lines to call and write to: 某某县融媒体中心主办 新闻热线：…
    # 投稿邮箱：…)
    rf"|^\s*{_RUNNING_BODY}(?:主办|主辦)"
    r"(?:\s+[\u4e00-\u9fff]{0,6}(?:热线|熱線|电话|電話|邮箱|郵箱)\s*[：:]\s*[^\s，。；！？]+)+\s*$"
    # (a weekly's or a journal's house too, 某某农情周刊社出版 农技服务热线 12316)
    r"|^\s*[\u4e00-\u9fff]{2,10}(?:报社|報社|周刊社|週刊社|杂志社|雜誌社)\s*(?:出版|主办|主辦|编辑出版|編輯出版)\s"
    # (and a party paper's line naming whose organ it is, with its publisher: 中共某某省委机关报 某某日报社出版)
    r"|^\s*中共[\u4e00-\u9fff]{2,10}(?:委|委员会|委員會)(?:机关报|機關報)(?:\s+[\u4e00-\u9fff]{2,10}(?:报社|報社)出版)?\s*$"
    r"|(?:地址|社址)\s*[：:][^，。]{2,40}(?:邮编|郵編|邮政编码|郵政編碼)\s*[：:]?\s*\d{6}"
    # the label over a page's column of briefs, a marker before it or not (■新闻简讯, 【本地快讯】): the briefs
    # under it each have a title of their own
    # (a marker or a name before it; 快讯 alone over one story is that story's kicker)
    r"|^\s*(?:[■□◆●▲]\s*|[【\[]\s*)(?:新闻|新聞|本地|县域|縣域|本市|社区|社區|要闻|要聞|国内|國內|国际|國際)?"
    r"(?:简讯|簡訊|快讯|快訊)\s*[】\]]?\s*$"
    r"|^\s*(?:新闻|新聞|本地|县域|縣域|本市|社区|社區|要闻|要聞|国内|國內|国际|國際|省内|省內|市内|市內)(?:简讯|簡訊|快讯|快訊)\s*$"
    # (and a community page's, 社区活动, 社区动态: the notices under it each with a title)
    r"|^\s*[■□◆●▲]?\s*(?:社区|社區)(?:活动|活動|动态|動態|资讯|資訊|公告)\s*$"
    # (and a books page's over its notes of new books, 新书架, 新书速递: each under the book's title)
    rf"|{NEW_BOOKS_LABEL.pattern}"
    # an advertiser's name and its hotline set apart on a line of their own (恆興電器 熱線 2735 6180), or what it
    # sells and where, then the number to call (各大藥房有售 查詢熱線：2388 6120)
    rf"|{_NAME_AND_HOTLINE.pattern}"
    # (where a story lists service points with their numbers, 城东社区卫生服务中心 预约电话：…, it names no wares)
    r"|^\s*[\u4e00-\u9fff]{0,8}(?:有售|热卖|熱賣|开售|開售|特惠|优惠|優惠)\s+(?:查询|查詢|咨询|諮詢|订购|訂購)?"
    r"(?:热线|熱線|电话|電話)\s*[：:]?\s*[（(]?\d[\d\s\-)）]{6,}\s*$"
    # a small advertisement's label (诚征, 招租) on a line of its own, and its line to call (有意者请电：016-775 3021
    # 陈先生)
    rf"|{_AD_LABEL.pattern}|{_AD_CONTACT.pattern}"
    # the paper's hotlines in its running foot, and an advertisement's label
    # (its number after a colon, or straight after a space on a line with no clause: 订阅热线 010-5919 3366, not a
    # sentence wrapped there, 订阅热线 0571-8765 4321 或到就近邮局办理，)
    r"|^\s*(?:分类|分類)?(?:新闻|新聞|广告|廣告|订阅|訂閱|发行|發行|报料|報料|读者|讀者|公告|启事|啟事)\s*(?:热线|熱線)"
    r"\s*(?:[：:]|\d(?![^，。；！？,;]*[，。；！？,;]))"
    # a markets page's data box: its label, its rows of an index and its figures (上证指数 2874.16 +0.37%), its
    # disclaimer (本版数据仅供参考，据此入市风险自担)
    r"|^\s*(?:今日行情|行情速递|行情速遞|市场数据|市場數據|今日汇率|今日匯率)\s*$"
    r"|^\s*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}\s*[0-9][0-9.,]*\s*(?:亿元|億元|万元|萬元|点|點)?\s+[+\-－↑↓▲▼][0-9.]+%\s*$"
    r"|^\s*[\u4e00-\u9fff]{1,8}(?:价|價|率|指数|指數)\s+[0-9]+\.[0-9]{2,4}\s*$"
    # (a line of its own, opening on what it disclaims: a story may quote such words, “仅供参考，不构成投资建议”)
    r"|^\s*[\u4e00-\u9fff]{0,8}(?:仅供参考[，,]\s*(?:据此(?:入市|操作|投资)[，,]?\s*风险自担|不构成(?:任何)?投资建议)"
    r"|僅供參考[，,]\s*(?:據此(?:入市|操作|投資)[，,]?\s*風險自負|不構成(?:任何)?投資建議))"
    r"[。.]?(?:投资有风险[，,]\s*入市需谨慎[。.]?|投資有風險[，,]\s*入市需謹慎[。.]?)?\s*$"
    # (and a health page's, naming what it disclaims: 本版文章仅供参考，具体诊疗请遵医嘱; a doctor's 偏方仅供参考，
    # 用药请遵医嘱 is a story's)
    r"|^\s*(?:本版|本刊|本文|本栏|本欄|以上)[\u4e00-\u9fff]{0,6}(?:仅供参考|僅供參考)[，,]\s*(?:具体|具體)?"
    r"(?:诊疗|诊治|治疗|用药|診療|治療|用藥)?(?:请|請|须|須)?(?:遵|遵从|遵循)?(?:医嘱|醫囑)[。.]?\s*$"
    # (and an advertisement's, naming it: 本广告所载内容仅供参考，以政府部门批准文件为准)
    r"|^\s*(?:本广告|本廣告)[\u4e00-\u9fff]{0,8}(?:仅供参考|僅供參考)[，,]\s*[^。，]{0,24}[。.]?\s*$"
    # any paper's name before the masthead date (美東華聲報 2024年3月21日 星期四), and a page's number after its
    # section's name, whatever the section (紐約社區 A6; a section's letter from A to E, not G20)
    rf"|^\s*[\u4e00-\u9fff]{{1,8}}(?:报|報)\s*{_MASTHEAD_DATE}\s*(?:{_WEEKDAY})?{_MASTHEAD_TAIL}\s*$"
    r"|^\s*[\u4e00-\u9fff]{2,6}\s+[A-EＡ-Ｅ]\s*[0-9０-９]{1,2}\s*$"
    # (the paper's name over its name in English capitals: 江岚妇女报 JIANGLAN WOMEN'S NEWS)
    # (and the masthead date after them: 南洋晨光报 NANYANG CHENGUANG 2024年7月22日 星期一)
    r"|^\s*[\u4e00-\u9fff]{2,8}(?:报|報)\s+[A-Z][A-Z'’.&\-]*(?:\s+[A-Z][A-Z'’.&\-]*){1,6}"
    rf"(?:\s+{_MASTHEAD_DATE}(?:\s*{_WEEKDAY})?)?\s*$"
    # (the paper's name, its page's section and number: 泰华湄江报 侨社新闻 B3)
    rf"|^\s*[\u4e00-\u9fff]{{1,8}}(?:报|報)\s+[\u4e00-\u9fff]{{2,6}}\s+{_PAGE_ID}\s*$"
    # the paper's website by the masthead, its name and address (桐溪新闻网 www.txnews.cn; not an address alone,
    # which a story may print on a line of its own)
    r"|^\s*[\u4e00-\u9fff]{2,10}(?:网|網)\s*(?:https?://)?www\.[A-Za-z0-9.\-]+/?\s*$"
    # the sources a page of compiled briefs names at its foot, two of them (综合新华社、本报资料)
    r"|^\s*(?:综合|綜合)[\u4e00-\u9fff]{2,10}[、和][\u4e00-\u9fff]{2,10}(?:资料|資料)\s*$"
    # the weather box by the masthead (see _WEATHER_LINE)
    rf"|{_WEATHER_LINE.pattern}"
    # a sports page's results box: its label, a match's score between its teams, a team's points
    r"|^\s*\S{0,16}(?:战报|戰報|积分榜|積分榜|赛果|賽果)(?:前[一二三四五六七八九十\d]+|[（(][^）)]{1,6}[）)])?\s*$"
    # (a series' box: its competition, a space, and 戰況; 俄乌冲突最新战况 is a title)
    r"|^\s*\S{1,16}\s+(?:战况|戰況)\s*$"
    r"|^\s*[\u4e00-\u9fffA-Za-z]{2,8}\s+\d{1,3}分\s*$"
    # (and an entertainment page's chart: its label, 本週澳門票房榜, and rows, 1 《星際逃犯》 312萬)
    r"|^\s*\d{1,2}\s*[.、]?\s*《[^》]{1,16}》\s*[0-9][0-9.,]*\s*(?:萬|万|億|亿)?(?:元|人次)?\s*$"
    # (and a standings table: its head, 名次 球队 赛 胜 平 负 积分, and its rows, 1 滨海鲸鲨 12 9 2 1 29)
    r"|^\s*(?:名次|排名|排位)\s+(?:球队|球隊|队名|隊名|队伍|隊伍|选手|選手)(?:\s+[\u4e00-\u9fff]{1,3}){2,}\s*$"
    r"|^\s*\d{1,2}\s+[\u4e00-\u9fffA-Za-z]{2,8}(?:\s+\d{1,3}){3,}\s*$"
    # and its colophon: where the paper is made, its postal and serial codes, its price, its printer
    r"|^\s*(?:本报|本報)(?:地址|社址)\s*[：:]|^\s*(?:社址|零售价|零售價|定价|定價|印刷单位|印刷單位)\s*[：:]"
    r"|^\s*(?:邮发代号|郵發代號|国内统一连续出版物号|國內統一連續出版物號|国内统一刊号|國內統一刊號)\s*[：:]?\s*[A-Z0-9]"
    # (anywhere on a line of the colophon: 主办：某某党校 国内统一连续出版物号 CN 34-0021, as no story prints it)
    r"|^[^，。；！？]*(?:国内统一连续出版物号|國內統一連續出版物號|国内统一刊号|國內統一刊號)\s*[：:]?\s*CN\s*\d{2}\s*[-－]\s*\d{4}"
    r"[^，。；！？]*$"
    r"|^\s*(?:广\s?告|廣\s?告)\s*$"
    # (an in-house paper's licence to print, 内部资料性出版物准印证号：T-2024-0112)
    r"|^[^，。；！？]{0,16}(?:准印证号|準印證號)\s*[：:]\s*[^，。；！？\s]+\s*$"
    # a jump line, either way
    rf"|{JUMP.pattern}"
    # the paper's name alone on a line (a running head or foot): 黄河晚报, 海都市报, 北方時報, 南方新聞報; or with the
    # masthead date, the weekday and the page's section, when these go to lines of their own or stay (an OCR
    # engine reads the masthead in pieces, and its date as it reads small type: 2021]年4月]1日, 2020人年, 12月:日)
    # (its name in Latin letters beside it, 江州日报 JIANGZHOU DAILY, its page's number, 江州晚报 A3)
    # (or the page's number before it, as a running head sets it at the page's outer edge: 6 东江日报)
    rf"|^\s*(?:[0-9０-９]{{1,2}}|{_PAGE_ID})\s+{_PAPER}\s*$"
    rf"|^\s*{_PAPER}"
    rf"(?:\s*\d{{4}}\S?\s*年\s*{_MASTHEAD_NUM}\s*月\s*{_MASTHEAD_NUM}\s*日"
    rf"(?:\s*{_WEEKDAY})?(?:\s+[\u4e00-\u9fff]{{2,4}})?|\s+[A-Z][A-Z .]{{3,40}}"
    rf"|\s+(?:{_PAGE_ID}|[0-9０-９]{{1,2}}))?\s*$"
    # and that weekday alone, or with the page's section beside it (星期一 社会)
    rf"|^\s*{_WEEKDAY}(?:\s+{_SECTION})?\s*$"
    # a supplement's name beside its kind (蒹葭·副刊, 健康·周刊, 周刊·文旅)
    r"|^\s*[\u4e00-\u9fff]{2,6}\s*[·・•]\s*(?:副刊|周刊|专刊|專刊|特刊)\s*$"
    r"|^\s*(?:副刊|周刊|专刊|專刊|特刊)\s*[·・•]\s*[\u4e00-\u9fff]{2,6}\s*$"
)
# The desk's credit, 编辑：某某: under a piece it closes it, as the page's last line it is the page's.
_DESK_CREDIT = re.compile(r"^\s*(?:编辑|編輯)\s*[：:]\s*\S(?:[ \u3000]?\S){1,7}\s*$")
# A production credit printed under a piece: 本版制图：某某, 摄影：某某 (it ends the piece above it).
PRODUCTION_CREDIT = re.compile(
    # (the name may be letter-spaced as a two-character name often is: 本版制图：张 明)
    # (and the page's coordinator or planner: 统筹：某某, 本版策划：某某)
    r"^\s*(?:本版)?(?:制图|製圖|摄影|攝影|图片|圖片|插图|插圖|漫画|漫畫|统筹|統籌|策划|策劃)"
    r"\s*[：:]\s*\S(?:[ \u3000]?\S){1,7}\s*$"
    # and the source under a box of figures: 资料来源：上述单位, 數據來源：統計處; the desk's credit under a piece:
    # 编辑：某某 (责编：某某 on a line of its own is the page's, furniture)
    r"|^\s*(?:资料|資料|数据|數據)?(?:来源|來源)\s*[：:]\s*\S{2,16}\s*$"
    rf"|{_DESK_CREDIT.pattern}"
)


# A pupil's composition closed by the teacher who guided it (指导老师：某某, （指导教师 某某）).
TEACHER_CREDIT = re.compile(
    r"^\s*[（(]?\s*(?:指导|指導|辅导|輔導)(?:老师|老師|教师|教師)\s*[：:]?\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*[）)]?\s*$"
)


# A verb that introduces what follows it, ending a kicker or a story's line before its colon (…会议强调, …部署,
# …提出): what a noun phrase introducing a list (主要项目冠军：) or a title's first part never ends on.
INTRODUCING_VERB_END = re.compile(
    r"(?:指出|强调|強調|表示|要求|称|稱|说|說|谈|談|透露|呼吁|呼籲|提醒|介绍|介紹|认为|認為|部署|提出|明确|明確|宣布|发布|發布"
    r"|印发|印發|出台|显示|顯示)$"
)


# The label over a box of briefs, news from the readers or the community, each an item of its own.
BRIEFS_LABEL = re.compile(
    # (not a story's own box of details, 观展资讯, 活动一览, 展会动态)
    # (a bulletin's, 會務簡報, too; a marker or brackets around it or not, ■种业简讯, 【社区快讯】; 社區點滴)
    r"^\s*[■□◆●▲【\[]?\s*[\u4e00-\u9fff]{0,4}(?:简讯|簡訊|快讯|快訊|短讯|短訊|简报|簡報|速递|速遞|短波|集锦|集錦|来电|來電"
    r"|传真|傳真|点滴|點滴)"
    r"\s*[】\]]?\s*$"
)


# Who runs a school's or a company's paper and its staff, as fields (主办：某中学团委 学生会 指导教师：某某).
_PUBLISHER_FIELDS = re.compile(
    r"^\s*(?:主办|主辦|主管|承办|承辦|协办|協辦)\s*[：:]\s*\S[^。，；！？]*\s[\u4e00-\u9fff]{2,4}\s*[：:]\s*\S[^。，；！？]*$"
)
# How a paper circulates, beside who runs or publishes it (内部资料, 免费交流, 非卖品).
_CIRCULATION = (
    r"(?:内部资料|內部資料|内部交流|內部交流|内部刊物|內部刊物|免费交流|免費交流|免费赠阅|免費贈閱|非卖品|非賣品)"
)
_RUN_BY = re.compile(
    r"^\s*(?:主办|主辦|承办|承辦|协办|協辦)\s*[：:]\s*"
    rf"(?:{_RUNNING_BODY}\s*){{1,4}}"
    # (and how the paper circulates after them: 主办：某某医院 内部资料 免费交流)
    rf"(?:\s*{_CIRCULATION})*\s*$"
)
# (or named before it, the bodies a bulletin is run by, and 主办 last: 河西市红十字会 河西市中心血站 联合主办, one set
# solid, 泾湖市环境卫生管理处主办)
_RUN_BY_AFTER = re.compile(
    rf"^\s*(?:{_RUNNING_BODY}\s*){{1,4}}"
    # (that oversees it too, 省畜牧兽医学会主管主办)
    r"(?:主管|主管、)?(?:联合|聯合|共同)?(?:主办|主辦|承办|承辦|编印|編印)\s*$"
)
_FOOT_LABEL = (
    r"(?:地址|地點|電話|电话|網址|网址|督印人|傳真|传真|郵箱|邮箱|電郵|电邮|編輯|编辑|E-?mail|Email"
    # (a society's bulletin: where the society sits, who publishes it and edits it)
    r"|會址|会址|社址|館址|馆址|發行人|发行人|主編|主编)"
)
# A line of who publishes a bulletin and where it is reached, three fields at least, one of them the colophon's
# (發行人：某某 總幹事：某某 社址：… 電話：…), no clause among them.
_PUBLISHER_LINE = re.compile(
    rf"^(?![^，。；！？]*[，。；！？])(?=.*{_FOOT_LABEL}\s*[：:])\s*(?:[\u4e00-\u9fff]{{2,4}}\s*[：:]\s*\S+\s+){{2,}}"
    r"[\u4e00-\u9fff]{2,4}\s*[：:]\s*\S+\s*$"
)
_PUBLISHED_BY = re.compile(
    # (a body that publishes, by the word its name ends on: not a book's news, 新编东川县志正式出版)
    r"^\s*[\u4e00-\u9fff]{1,18}(?:社|会|會|中心|局|委|部|馆|館|处|處|所|院|校|团|團|公司|办|辦|室|组|組|堂)"
    rf"(?:出版|出品|編印|编印|印行)(?:\s+{_CIRCULATION})?"
    # (a government's publication number after it, and how it is had: GPN︰2008700123 本刊免費索取)
    r"(?:\s+GPN\s*[：:]?\s*\d{6,})?(?:\s+本刊(?:免費|免费)(?:索取|贈閱|赠阅))?\s*$"
)
# A hospital's line to book, its number and its hours (预约挂号：0734-6215000（7:30—17:30）).
_BOOKING_LINE_AT_FOOT = re.compile(
    r"^\s*(?:预约挂号|預約掛號|挂号电话|掛號電話|预约电话|預約電話)\s*[：:]\s*\d[\d\-]{6,}\d\s*(?:[（(][^（）()]{3,20}[）)])?\s*$"
)
# What a QR prompt says it brings after a space (…公众号 获取更多健康资讯).
_QR_BRINGS = re.compile(rf"{_QR_BRINGS_TAIL}\s*$")
# A society's or a paper's seat, the colophon's field (会址：…, 社址：…): a notice's address is 地址.
_SEAT_FIELD = re.compile(r"^\s*(?:会址|會址|社址|馆址|館址)\s*[：:]")
_HOW_HAD = re.compile(rf"GPN|本刊(?:免費|免费)|{_CIRCULATION}")
_FOOT_FIELDS = re.compile(
    rf"^\s*(?:{_FOOT_LABEL}\s*[：:]\s*[^：:，。；！？]+?\s+{_FOOT_LABEL}\s*[：:]\s*[^，。；！？]+"
    r"|督印人\s*[：:]\s*[^，。；！？]+|(?:網址|网址)\s*[：:]\s*[\w./:@-]+"
    # (the desk's address for contributions, 本版投稿邮箱：…@…)
    r"|[\u4e00-\u9fff]{0,4}(?:邮箱|郵箱|电邮|電郵)\s*[：:]\s*[\w.+-]+@[\w.-]+"
    # (and where to give: 戶名：某某會, 奉獻帳戶 郵政劃撥 19283746)
    r"|(?:戶名|户名|帳號|账号)\s*[：:]\s*[^，。；！？\s]+"
    r"|[^，。；！？\s]{0,4}(?:帳戶|账户|帳號|账号|劃撥|划拨)(?:\s+[^，。；！？\s]+)*\s+\d[\d\-\s]{5,})\s*$"
)
# The words a meeting's report opens each paragraph on: what the meeting noted, stressed, asked, decided.
_MEETING_OPENER = re.compile(
    r"^\s*(?:会议|會議)(?:还|還)?(?:指出|强调|強調|要求|认为|認為|决定|決定|明确|明確|号召|號召|审议|審議|听取|聽取"
    r"|通过|通過|研究|部署|提出|同意)"
)
_AD_WITH_CONTACT = re.compile(
    r"^(?![^。！？]*[。！？])\s*(?:[\u4e00-\u9fff]{2,10}\s+){2,}(?:地址|店址)\s*[：:]\s*[^：:，。；]+?\s+"
    r"(?:电话|電話|热线|熱線)\s*[：:]?\s*[（(]?\d[\d\-）)\s]{6,}\s*$"
    # (or the goods' name and what it is in phrases, then the number to order by: 穗香优 822 优质晚稻种 抗倒伏 米质优
    # 订购热线：138 6620 5571)
    r"|^(?![^。！？，]*[。！？，])\s*(?:[\u4e00-\u9fff0-9]{2,10}\s+){3,}(?:订购|訂購|订货|訂貨|购买|購買)"
    r"(?:热线|熱線|电话|電話)\s*[：:]\s*\d[\d\-\s]{7,}\s*$"
)
FIELD_BRIEFS_LABEL = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]\s?){2}(?:简\s?讯|簡\s?訊|快\s?讯|快\s?訊|短\s?[讯訊波]|动\s?态|動\s?態)\s*$"
)


def is_briefs_label(text: str) -> bool:
    """A box of briefs' label, letter-spaced or not (简 讯, 会务简讯, 基层动态)."""
    return BRIEFS_LABEL.match("".join(text.split())) is not None or FIELD_BRIEFS_LABEL.match(text) is not None


# The reporters of a brief in brackets after its last sentence, closing the line (…打好基础。（通讯员 陈光）,
# …。（杨帆）).
# A name as a brief signs it, as a byline names it: two to four characters, or two with a space between them, as
# papers pad a name of two to the width of three (（宋 平）, 记者 王 平).
_SIGNED_NAME = _BYLINE_NAME


def signed_names(text: str) -> list[str]:
    """The names in a signature, a padded name of two one name (宋 平 → 宋平; 宋平 周宁 → two)."""
    names: list[str] = []
    single = False  # the last name so far is one character, waiting for its second
    for token in re.split(r"[\s、，,]+", text.strip()):
        if single and len(token) == 1:
            names[-1] += token
            single = False
        else:
            names.append(token)
            single = len(token) == 1
    return names


# A writer's unit and rank before the name in a signature, set apart (婦幼隊 巡佐 李淑華): the staff's.
_SIGNING_UNIT = r"[\u4e00-\u9fff]{1,8}(?:隊|队|科|組|组|所|股|室|處|处|中心|分局)\s+(?:[\u4e00-\u9fff]{1,4}\s+)?"
UNIT_SIGNATURE = re.compile(rf"^\s*[（(]\s*{_SIGNING_UNIT}")
_CLOSING_CREDIT_END = re.compile(
    r"[\u4e00-\u9fff0-9%％”」）)][。！？!?」”]\s*(?P<open>[（(])\s*"
    r"(?P<role>(?:本报|本報)?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)"
    # (or the writer's unit and rank, set apart: （婦幼隊 巡佐 李淑華）, （法制科 科員 王某）)
    rf"|{_SIGNING_UNIT})?\s*"
    rf"(?P<names>{_SIGNED_NAME}(?:[\s、，,]+{_SIGNED_NAME}){{0,3}})\s*[）)]\s*$"
)


# Who a story quotes, by what they are, not a name, though a surname may lead the word: 居民, 游客, 党员
# (（居民 王秀英） signs a resident's words, no reporter's).
PEOPLE_WORD = re.compile(
    r"^(?:居民|村民|市民|游客|遊客|党员|黨員|司机|司機|车主|車主|农户|農戶|商户|商戶|房东|房東|车友|車友|网友|網友|家长|家長"
    r"|学生|學生|患者|乘客|读者|讀者|业主|業主|群众|群眾|职工|職工|员工|員工|老人|游人|遊人|摊主|攤主|店主|球迷|观众|觀眾)$"
)
# (a resident quoted by a kinship word, （李阿姨）, （王大爷）, is no reporter)
_NOT_A_NAME_TAIL = re.compile(
    r"(?:先生|女士|小姐|老师|老師|同志|摄|攝|供|图|圖|阿姨|大爷|大爺|大妈|大媽|奶奶|爷爷|爺爺|婆婆|伯伯|叔叔|阿婆|师傅|師傅"
    r"|老板|老闆|大姐|大哥|同学|同學|老人)$|^.(?:老|伯|叔|婶|嬸|嫂|姐|哥|总|總|工|姨|婆)$"
)


def closing_credit_start(text: str) -> int | None:
    """Where a brief's reporters in brackets after its last sentence start, closing the text: their role, or names
    each a surname and a given name (not a reader's signature, （市民 秦先生）, nor a column's tag or a photo's
    credit)."""
    m = _CLOSING_CREDIT_END.search(text)
    if m is None:
        return None
    names = signed_names(m["names"])
    if m["role"] or all(
        len(name) <= 3 and surnamed(name) and not _NOT_A_NAME_TAIL.search(name) and not PEOPLE_WORD.match(name)
        for name in names
    ):
        return m.start("open")
    return None


def closing_credit(text: str) -> bool:
    return closing_credit_start(text) is not None


# A brief's title naming its place before a colon (怀远：石榴进入盛花期, 南陵：稻田综合种养扩至 12 万亩).
# (the place a word or two, not a speaker, 王建国代表：, a source, 本报讯：, or what one says, 市气象台预报：)
_PLACE_TITLE = re.compile(
    r"^\s*(?![\u4e00-\u9fff]*(?:代表|委员|委員|讯|訊|电|電|说|說|称|稱|表示|指出|预报|預報|介绍|介紹|提醒|认为|認為)[：:])"
    r"[\u4e00-\u9fff]{2,4}[：:]\s*[^，。；：！？、,.;:!?\s][^，。；：！？、,;:!?]{1,20}\s*$"
)
# A document's formal title: what it is about between 关于 and its kind, its issuer perhaps before it (某某局关于…的
# 公告, 关于举办…的通知): one title however it wraps, and a notice's own however it stands.
FORMAL_TITLE = re.compile(
    r"^[^，。；！？]{0,16}?(?:关于|關於)[^，。；！？]{2,30}的(?:通知|公告|通告|启事|啟事|决定|決定|意见|意見|办法|辦法|声明|聲明"
    r"|报告|報告)$"
)
# A letter-spaced line: most tokens are single characters (titles are set with open tracking).
_TOKEN = re.compile(r"\S+")


_BYLINE_APART = re.compile(r"\s|[/／:：]|^[□■◎●▲◆]")
_CREDIT_APART = re.compile(r"^\s*[□■◎●▲◆]?\s*(?:[文图圖]\s*[/／:：]|撰文\s*[/／:：]|(?:摄影|攝影)\s*[/／:：])")
# A byline marker before bare names, no role: □ 宋知微, ◎张三 李四 (a culture page's essayist, a reviewer; the black
# marks head a story's sections and captions as often, ■ 解读, ◆花絮, ▲ 黄山, so only a name of three after ■ or ●);
# or bare names before 报道, as Singapore and Malaysian papers sign a report (黄慧琪 报道).
_MARKED_NAMES = re.compile(
    r"^\s*(?:[□◎]\s*(?P<marked>[\u4e00-\u9fff]{2,4}(?:\s*[\s、]\s*[\u4e00-\u9fff]{2,4}){0,2})"
    # (or a black one before a name of three: ■ 李明远; two characters after it are a section's label, ■ 解读)
    # (not a section's label of three, ■关键词 高效率, whose first word names no one)
    r"|[■●]\s*(?!关键词|關鍵詞|关键字|關鍵字|新看点|新看點|新亮点|新亮點)(?P<black>[\u4e00-\u9fff]{3}"
    # (and a second name after it, of three or a name of two set apart to the width of three, ■赵一鸣 闫 磊: two
    # words after a black mark are a section's label, ■ 关键词 解读)
    r"(?:\s*[\s、]\s*(?:[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]\s[\u4e00-\u9fff]))?)"
    # (or the white one before the writer's office and name, the name perhaps letter-spaced: □ 安平县检察院 苏 婧; or
    # their post, ◇ 站务员 刘 畅, as a company paper signs its staff's essays)
    r"|(?:□\s*[\u4e00-\u9fff]{2,12}|◇\s*[\u4e00-\u9fff]{1,6}(?:员|員|长|長|师|師|工|农|農|手|生|士|者))"
    r"\s+(?P<spaced>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2})"
    r"|(?P<reported>[\u4e00-\u9fff]{2,4}(?:\s*[\s、]\s*[\u4e00-\u9fff]{2,4}){0,2})\s+(?:报道|報道|報導))"
    # (the reporter's mail after it, as Singapore papers print it: 林佩仪 报道 peiyi@nanming.com.sg)
    r"(?:\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?\s*$"
)


# A commentary signed by the paper's commentator, no name: 本报评论员, 本报特约评论员, 新华社评论员.
_COMMENTATOR = re.compile(
    r"^\s*(?:本报|本報|新华社|新華社|[\u4e00-\u9fff]{2,6}(?:日报|日報))?(?:特约|特約)?(?:评论员|評論員)\s*$"
)


# A health or legal page's expert who writes the piece, on a line of their own: the role then the name (註冊中醫師
# 溫慧芬, 营养师 林可), or where they practise then the name and title (麗灣醫院消化內科 麥文俊醫生, 某某律师事务所
# 王平律师). The place names an institution: 感谢救命恩人 王医生 is a title.
_EXPERT_ROLE = (
    r"(?:中医师|中醫師|医生|醫生|医师|醫師|营养师|營養師|律师|律師"
    r"|药剂师|藥劑師|物理治疗师|物理治療師|心理学家|心理學家)"
)
_PRACTICE = (
    # (not an interview's title: 专访东川农业大学 李明教授)
    r"(?!专访|專訪|访|訪|对话|對話|走近|探访|探訪|记|記)[\u4e00-\u9fff]{2,14}?(?:医院|醫院|中心|诊所|診所|大学|大學|学院|學院|事务所|事務所|协会|協會)"
    r"(?:[\u4e00-\u9fff]{1,6}?(?:科|部|系))?"
)
_EXPERT_BYLINE = re.compile(
    rf"^\s*[□■◎●▲◆]?\s*(?:{_PRACTICE}\s+)?(?:注册|註冊|资深|資深|主任|首席)?{_EXPERT_ROLE}\s+(?P<name>[\u4e00-\u9fff]{{2,4}})\s*$"
    rf"|^\s*[□■◎●▲◆]?\s*{_PRACTICE}\s+(?P<titled>[\u4e00-\u9fff]{{2,4}}?)(?:{_EXPERT_ROLE}|教授)\s*$"
)


def _expert_byline(text: str) -> bool:
    m = _EXPERT_BYLINE.match(text)
    name = m and (m["name"] or m["titled"])
    if not name and (pupil := _PUPIL_BYLINE.match(text)) is not None:
        name = pupil["name"]
    return bool(name) and surnamed(name)


# A young writer's byline on a children's or a campus page: the school and the class, then the name
# (青溪市实验小学四（3）班 林果果, 第二中学初二（5）班 柴一诺, 小作者 某某).
_PUPIL_BYLINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{1,16}(?:小学|小學|中学|中學|学校|學校|幼儿园|幼兒園|附小|附中)\s*"
    r"[一二三四五六七八九初高大]{0,2}[一二三四五六七八九]?\s*[（(]\s*\d{1,2}\s*[）)]\s*(?:班|班級|班级)?"
    r"|小作者|小記者|小记者)\s+(?P<name>[\u4e00-\u9fff]{2,4})\s*$"
)


# A reader's letter opens on its salutation to the editors (编辑同志：).
LETTER_SALUTATION = re.compile(r"^\s*(?:尊敬的)?(?:编辑|編輯)(?:同志|部|老师|老師)(?:们|們)?\s*[：:，,]\s*$")
# A notice's kind set apart as display type, alone on its line: 公 告, 启　事, 讣 告, 更 正, 遗 失 声 明.
_SPACED_NOTICE_KIND = re.compile(
    r"^\s*(?:[\u4e00-\u9fff][ \u3000]+){0,2}"
    r"(?:公[ \u3000]+告|通[ \u3000]+告|启[ \u3000]+事|啟[ \u3000]+事|声[ \u3000]+明"
    r"|聲[ \u3000]+明|讣[ \u3000]+告|訃[ \u3000]+告|更[ \u3000]+正|通[ \u3000]+知|鸣[ \u3000]+谢|鳴[ \u3000]+謝)\s*$"
)
# Any letter's salutation on a line of its own: whom it is written to, warmly or formally (亲爱的同学们：, 尊敬的各位
# 家长：, 各位校友：, 同志们：): a line of its own over the letter's first sentence.
SALUTATION = re.compile(
    r"^\s*(?:(?:亲爱的|親愛的|尊敬的|敬爱的|敬愛的)[\u4e00-\u9fff]{1,10}|各位[\u4e00-\u9fff]{1,8}"
    r"|(?:同志|朋友|同学|同學|老师|老師|同胞|乡亲|鄉親|校友|家长|家長|女士|先生|战友|戰友)(?:们|們)"
    # (a clan's letter to its kin, 永昌宗兄并诸位宗亲：, 各房宗长：; not a sentence ending on them, …祝愿海外宗亲：)
    r"|(?:[\u4e00-\u9fff]{1,3}(?:宗兄|宗长|宗長)(?:并|並|暨|及))?(?:诸位|諸位|各位|各房|全体|全體)(?:宗亲|宗親|宗长|宗長|乡亲|鄉親)"
    r"|[\u4e00-\u9fff]{1,3}(?:宗兄|宗长|宗長))"
    r"\s*[：:]\s*$"
)


# A reader's letter is signed under its last line with the reader's place and name (城南区 读者 邬建平, 读者 霍 强):
# the letter's closing line, as a reporter's credit closes a story.
# (the name set apart by a space as a credit sets it, 城南区读者 张志刚 too, and a name: 读者盈门 and
# 老年读者越来越多 are a title's words)
# (or who else writes in: 某某小区业主 舒宏亮, 东村村民 某某, 一名家长 某某)
_READER_SIGNATURE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,12}\s*)?(?:读者|讀者|业主|業主|居民|市民|村民|家长|家長|患者|乘客|网友|網友|职工|職工|消费者|消費者"
    # (a veterans' paper's reader signs as one, 退役军人 王振山, 老兵 某某)
    r"|退役军人|退役軍人|老兵|老党员|老黨員)"
    # (what the reader does in brackets after the name: 读者 钱文彬（退休教师）)
    r"\s+(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})(?:\s*[（(][\u4e00-\u9fff、，,]{2,12}[）)])?\s*$"
)


# (or the writer's name, then the age and what they do in brackets, as Singapore and Malaysian papers sign a
# reader's letter: 李国祥（64岁，退休教师）)
_AGED_SIGNATURE = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[（(]\s*\d{1,3}\s*[岁歲](?:\s*[，,、]\s*[^（）()，。]{1,14})?\s*[）)]\s*$"
)


def reader_signature(text: str, aged: bool = False) -> bool:
    """Whether a line is a reader's signature under a letter (城南区 读者 邬建平; with ``aged``, 李国祥（64岁，
    退休教师）, which a story's list of people reads as too, so only where the letter's end is in question): its
    spaces are the credit's."""
    m = _READER_SIGNATURE.match(text) or (_AGED_SIGNATURE.match(text) if aged else None)
    if m is None:
        return False
    return surnamed(m["name"].replace(" ", ""))


# An office that writes the piece, with the writer's name after it or none: 文／財政部北區國稅局, 文／省农科院作物研究所
# 吴启明, 文／云山市气象台 林珊 (the office names what it is by its last word).
_OFFICE_BYLINE = re.compile(
    r"^\s*(?:[文图圖]\s*[/／]\s*(?:[文图圖]\s*[/／]\s*)?|文\s*[：:]\s*)[\u4e00-\u9fff]{2,14}"
    # (or a company's branch, 文／高雄分公司 蔡孟潔, 文／某某支行 某某)
    r"(?:局|所|院|台|中心|站|会|會|协会|協會|部|厅|廳|委|办|辦|队|隊|馆|館|处|處|科|室|组|組|公司|分行|支行)"
    # (and the writer's title after it, 文／省畜牧技术推广总站 高级畜牧师 汪德成)
    r"(?:\s+[\u4e00-\u9fff]{2,8}(?:师|師|员|員|长|長|主任|专家|專家))?"
    r"(?:\s+[\u4e00-\u9fff]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff]{2,4})*)?\s*$"
)


# The head of a school or a hospital who signs the piece by post and name, set apart (校长 方志远, 院长 林 涛): a
# letter's or a speech's byline, over its text or under it (a committee's list names its chair so too: 主席 某某).
_POST_BYLINE = re.compile(
    r"^\s*(?:校长|校長|院长|院長)\s+(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])\s*$"
)
# The chair of a body's committee, named with the body, its characters perhaps parted by an OCR space (管理委員會主席
# 馮嘉輝, 同鄉會會長 某某): the signature of the chair's column under its title; a story lists its guests so too, one a
# line, so it is no byline anywhere else.
CHAIR_SIGNATURE = re.compile(
    r"^\s*(?=(?:[\u4e00-\u9fff]\s?){2,12}(?:主席|会长|會長|理事长|理事長)\s)"
    r"(?:[\u4e00-\u9fff]\s?){0,8}(?:委\s?员\s?会|委\s?員\s?會|协\s?会|協\s?會|商\s?会|商\s?會|法\s?团|法\s?團"
    r"|同\s?乡\s?会|同\s?鄉\s?會|宗\s?亲\s?会|宗\s?親\s?會"
    # (a district council's chair signing its newsletter's message: 翠峰區議會主席 某某)
    r"|区\s?议\s?会|區\s?議\s?會)\s?(?:主席|会长|會長|理事长|理事長)"
    r"\s+(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff] [\u4e00-\u9fff])\s*$"
)


def is_byline(text: str) -> bool:
    """A byline alone: its roles and names (本报记者 某某, 文/图 某某, 报道：某某), or names after a byline marker (□
    某某) or before 报道 (某某 报道), each a surname and a given name (a marker before a word, ■ 链接, ■ 现场, heads a
    section instead)."""
    if CHART_CREDIT.match(text):
        return False  # (a chart's maker alone, 制图/某某, closes its caption)
    if BYLINE.match(text) or _COMMENTATOR.match(text) or _expert_byline(text) or _OFFICE_BYLINE.match(text):
        return True
    if (post := _POST_BYLINE.match(text)) is not None:
        return surnamed(post["name"].replace(" ", ""))
    m = _MARKED_NAMES.match(text)
    return m is not None and all(
        (len(name) <= 3 and name[0] in SURNAMES) or (len(name) >= 3 and name[:2] in COMPOUND_SURNAMES)
        for name in (
            [m["spaced"].replace(" ", "")]
            if m["spaced"]
            else _padded_names(re.split(r"[\s、]+", (m["marked"] or m["black"] or m["reported"]).strip()))
        )
    )


def _padded_names(tokens: list[str]) -> list[str]:
    """Names from a byline's tokens, a name of two set apart to the width of three (闫 磊) put back together."""
    out: list[str] = []
    for t in tokens:
        if len(t) == 1 and out and len(out[-1]) == 1:
            out[-1] += t
        else:
            out.append(t)
    return out


# A row of a calendar box: a day, or a span of days, then a space and what happens that day, no clause in it
# (6 月 25 日 高考成绩公布, 6月26日—27日 申请成绩复核).
_DAY = r"[0-9０-９]{1,2}\s*[日号]"
DATED_ROW = re.compile(
    rf"^\s*[0-9０-９]{{1,2}}\s*月\s*{_DAY}(?:\s*[—–\-~～至到]\s*(?:[0-9０-９]{{1,2}}\s*月\s*)?{_DAY})?"
    r"\s+(?![\s，。；！？、：:,;])(?!.*[，。；！？,;!?]).+$"
)


# The writer's name, or two or three, in brackets on a line of its own: a brief's signature, （马骁）, （李明 王芳）.
# (the unit and the rank before the name too, （婦幼隊 巡佐 李淑華）)
_SIGNING_NAMES = re.compile(rf"^\s*[（(]\s*(?:{_SIGNING_UNIT})?((?:{_SIGNED_NAME}[\s、，,]*){{1,3}})[）)]\s*$")


def is_table_row(text: str) -> bool:
    """A table's row or head row on a line of its own (大白菜 1.62 1.88 跌, 品种 本周 上周 涨跌): its fields keep the
    spaces between them."""
    return bool(_TABLE_ROW.match(text) or _TABLE_HEAD.match(text) or TIMELINE_ROW.match(text))


def is_figures_row(text: str) -> bool:
    """A table's row of figures after its name (黄 瓜  4.10  4.30  跌): no head row, whose words set apart read as a
    title set letter-spaced as well (市 图 书 馆 招 募)."""
    return _TABLE_ROW.match(text) is not None


def signing_names(text: str, people: bool = False) -> bool:
    """Whether a line holds nothing but the writer's names in brackets, each on a surname: a brief's signature
    (not a resident quoted, （居民 王秀英）, but with ``people`` that too)."""
    m = _SIGNING_NAMES.match(text)
    return m is not None and all(surnamed(n) and (people or not PEOPLE_WORD.match(n)) for n in signed_names(m[1]))


def _short_staff_byline(info: LineInfo, config: Config) -> bool:
    return BYLINE.match(info.line.text) is not None and info.shortfall > config.indent_max + 1


def _dash_kicker(text: str, config: Config) -> bool:
    """A line closed by its dash with no other mark, a phrase of its own (碧桂园推出机器人餐厅——; a step's count,
    第一步——, heads its step in a box): a kicker, where it stands after a finished paragraph over its title."""
    return (
        _KICKER_DASH_END.search(text) is not None
        and len(content_key(text)) >= config.kicker_dash_min_chars
        and not _SENTENCE_MARK.search(text)
        and CLAUSE_BREAKS.isdisjoint(text)
    )


def _goes_on_past_blank(unit: Sequence[LineInfo], lower: LineInfo) -> bool:
    """Whether the line under a blank goes on with the paragraph above though its last sentence ended: who said the
    quotation that ended it (…的好茶。” / 苏晓燕告诉记者。), or the next count of a run the paragraph holds inline
    (提出三点建议：一是…。 / 二是…。三是…。)."""
    above = "".join(i.line.text for i in unit)
    text = lower.line.text.lstrip()
    if above.rstrip()[-1:] in "”」』" and _ATTRIBUTION.match(text):
        return True
    count = _INLINE_COUNT.match(text)
    if count is None:
        return False
    previous = _COUNT_WORDS[_COUNT_WORDS.index(count["n"] or count["m"]) - 1]
    # (inline: the paragraph holds the count before, not opening on it; 一是… / 二是… each a paragraph is a list)
    return any(above.find(word) > 0 for word in (f"{previous}是", f"其{previous}"))


# Who said a quotation, after it: a name or a role and the verb of saying, closed by its full stop (苏晓燕告诉记者。,
# 他笑着说。; 某某介绍，… goes on to new matter, a paragraph of its own).
_ATTRIBUTION = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:说|說|表示|告诉记者|告訴記者|坦言|笑着说|笑著說|补充道|補充道|感慨道)\s*。"
)
_COUNT_WORDS = "一二三四五六七八九十"
# The next count of a run set inline (二是…, 其三…).
_INLINE_COUNT = re.compile(r"^(?:(?P<n>[二三四五六七八九十])是|其(?P<m>[二三四五六七八九十]))")


INTERJECTED = "a sentence of its own between two halves of another: a caption read between the lines"
_KICKER_DASH_END = re.compile(r"[\u4e00-\u9fff”」》）)]\s*(?:——|—|--)\s*$")


def _interjected(
    upper: LineInfo, lower: LineInfo, after_lower: LineInfo | None, known_pairs: frozenset[str], config: Config
) -> bool:
    """Whether the lower line is a sentence of its own, short of the column, set between two halves of a
    sentence the upper line stops in the middle of (…想到一家吃穿全靠她一 / 阿玲雖雙膝疼痛不堪,她還是硬撐工作。 /
    人,她還是…): the characters at the break (一人) are printed together elsewhere on the page and those around
    the lower line (一阿) nowhere. An OCR engine reads a photo's caption so, between two lines of the column beside
    it."""
    # (an OCR engine's block of its own, a blank line before it: a paragraph's last line, short and closing its
    # sentence, follows the line above with none)
    if after_lower is None or upper.sentence_end or not lower.sentence_end or after_lower.line.blank_before:
        return False
    if not lower.line.blank_before:
        return False
    # (nor a quotation after the colon that introduces it: …感慨地说： / “日子越过越红火了。”)
    if upper.line.text.rstrip()[-1:] in "：:" or lower.line.text.lstrip()[:1] in '“「『‘"(（':
        return False
    if lower.shortfall <= config.indent_max or upper.opens_dateline or lower.opens_dateline:
        return False
    above, inner, below = (content_key(i.line.text) for i in (upper, lower, after_lower))
    if not (above and inner and below) or not all(_HANZI.match(c) for c in (above[-1], inner[0], below[0])):
        return False
    return above[-1] + below[0] in known_pairs and above[-1] + inner[0] not in known_pairs


def _wrap_cut(info: LineInfo, config: Config) -> bool:
    """Whether a line is a full line of its column, as a wrap leaves it: short of the measure by an indent at most
    (a mark hung outside it aside)."""
    return info.shortfall <= config.indent_max + info.hang


def _interjected_caption(
    unit: Sequence[LineInfo], block: Sequence[LineInfo], after_block: LineInfo | None, config: Config
) -> bool:
    """Whether the lines of an OCR engine's block (``block``, a blank line before it and after it) are a photo's
    caption whole, its sentence and the credit closing it (第78分钟，卡洛斯（中）头球攻门。 记者 林涛 摄, the credit
    wrapped onto a line of its own or not), set between two blocks of a paragraph whose sentence the upper line
    stops in the middle of (…刘一鸣右路 / [caption] / 突破后传中，…)."""
    if not unit or not block or after_block is None or unit[-1].sentence_end:
        return False
    upper = unit[-1]
    if not block[0].line.blank_before or not after_block.line.blank_before:
        return False
    if upper.line.text.rstrip()[-1:] in "：:" or upper.opens_dateline or after_block.opens_dateline:
        return False
    if DASH_OPEN.match(unit[0].line.text):
        return False  # (a dash-led subtitle over its photo's caption is the headline's, no sentence cut)
    # (running text on both sides, no furniture, 责任编辑：…, and no second caption under the first; and blocks an
    # OCR engine parted: where every line stands alone a blank line parts nothing)
    if upper.furniture or after_block.furniture:
        return False
    # (and the line the block cut is a full line of a column, as a wrap leaves it: a title over its photo's caption,
    # 油價再升，的士業界叫苦, stops short)
    if not _wrap_cut(upper, config):
        return False
    if _RUNNING_MARK.search(join_lines([i.line.text for i in unit])) is None:
        return False
    if _CREDIT_END.search(after_block.line.text) or _CREDIT_END.search(upper.line.text) or upper.opens_caption:
        return False
    below = content_key(after_block.line.text)
    return (
        _whole_caption(block, after_block)
        and bool(below)
        and _HANZI.match(below[0]) is not None
        and not after_block.opens_caption
        and not BULLET.match(after_block.line.text)
    )


def _interjected_block(
    unit: Sequence[LineInfo],
    block: Sequence[LineInfo],
    after_block: LineInfo | None,
    known_pairs: frozenset[str],
    config: Config,
) -> str:
    """What an OCR engine's block set between two blocks of a sentence is, if it is one: "caption" (a sentence and
    its credit; or one short sentence, where the characters round it make a word of the page and those at its edges
    none, …副教 / 日出康城新盤周末售樓處人頭湧湧。 / 授許志強…), "title" (lines without a mark, the same test:
    …商業樓宇租 / 商舖租金 / 連升三季 / 金指數…), or ""."""
    if _interjected_caption(unit, block, after_block, config):
        return "caption"
    if not unit or not block or after_block is None or unit[-1].sentence_end or not after_block.line.blank_before:
        return ""
    upper = unit[-1]
    if upper.furniture or after_block.furniture or (upper.opens_dateline and len(unit) == 1):
        return ""
    if upper.double_spaced or not _wrap_cut(upper, config) or DASH_OPEN.match(unit[0].line.text):
        return ""
    if _RUNNING_MARK.search(join_lines([i.line.text for i in unit])) is None or after_block.opens_dateline:
        return ""
    # (a line that stops on a clause mark, …計劃全面推行後，, goes on with its sentence past whatever block the OCR
    # read after it: a one-line sentence there is a caption, 醫管局總行政經理陳美寶（左）講解計劃詳情。)
    clause_cut = upper.line.text.rstrip()[-1:] in "，、；,;"
    above, below = content_key(upper.line.text), content_key(after_block.line.text)
    inner = content_key(join_lines([i.line.text for i in block]))
    if not (inner and below) or not all(_HANZI.match(c) for c in (inner[0], below[0])):
        return ""
    # (one sentence of one line, no clause in it)
    one_sentence = len(block) == 1 and block[0].sentence_end and _RUNNING_MARK.search(block[0].line.text[:-1]) is None
    if clause_cut:
        return "caption" if one_sentence else ""
    if not above or not _HANZI.match(above[-1]):
        return ""
    if above[-1] + below[0] not in known_pairs or above[-1] + inner[0] in known_pairs:
        return ""
    if one_sentence:
        return "caption"
    return "title" if all(_MARKED.search(i.line.text) is None for i in block) else ""


def _whole_caption(block: Sequence[LineInfo], after: LineInfo | None = None) -> bool:
    """Whether an OCR block's lines are a photo's caption whole: a sentence, then the credit closing it, a name
    after the full stop (not a word the wrap cut, …高達攝 / 氏三十五度, …偷摄 / 多名…)."""
    if not block:
        return False
    caption = join_lines([i.line.text for i in block]).strip()
    if after is not None and caption[-1:] in "摄攝" and after.line.text.lstrip()[:1] in _SHE_WORD_TAILS:
        return False
    return _BLOCK_CAPTION_CREDIT.search(caption) is not None


# A caption's credit after its last sentence: a role and a name, or a name, then 摄 (。 记者 林涛 摄, 。莊曉彤攝), or
# who supplied the photo (。 警方供图, 。（资料图片）).
_BLOCK_CAPTION_CREDIT = re.compile(
    r"[。！？]\s*(?:[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*)?[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}"
    r"\s*[摄攝]\s*$"
    r"|[。！？]\s*[\u4e00-\u9fff]{1,8}(?:供图|供圖|提供)\s*$"
    r"|[。！？]\s*[（(][^（）()]{0,10}(?:图片|圖片|资料图|資料圖|供图|供圖|提供|摄|攝|照)[）)]\s*$"
)


def _ocr_block(infos: Sequence[LineInfo], i: int, most: int) -> tuple[list[LineInfo], LineInfo | None]:
    """The lines of the OCR block line i opens (up to the next blank line, ``most`` at most) and the line after."""
    j = i + 1
    while j < len(infos) and j - i < most and not infos[j].line.blank_before:
        j += 1
    if j < len(infos) and not infos[j].line.blank_before:
        return [], None  # a longer block: running text, no caption
    return list(infos[i:j]), infos[j] if j < len(infos) else None


def _standing_byline(info: LineInfo) -> bool:
    """A line that is a byline and nothing else, its parts set apart (by a space, a slash, a colon or a marker
    before it): 记者张三介绍 run together is the start of a sentence, 记者 张三 a byline."""
    text = info.line.text.strip()
    # (the paper's commentator signs alone, no name to set apart: 本报评论员)
    if _COMMENTATOR.match(text):
        return True
    return is_byline(text) and not PICTURE_CREDIT_ALONE.match(text) and bool(_BYLINE_APART.search(text))


# The page's production credits, two roles or more with their names on one line (编辑：某某 美术：Jason Lee, 本版主编
# 某某 视觉 某某): different roles (设计创新 设计未来 is a title in two phrases).
_CREDIT_ROLE = (
    r"(?:本版)?(?:编辑|編輯|美术|美術|美编|美編|校对|校對|排版|设计|設計|主编|主編|责编|責編|视觉|視覺|组版|組版)"
)
_CREDITS_LINE = re.compile(
    rf"^\s*(?:{_CREDIT_ROLE}\s*[：:]?\s*"
    rf"(?:[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{{1,3}}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*){{2,}}$"
)
_ROLE_AT = re.compile(rf"(?:^|\s){_CREDIT_ROLE}")


def is_furniture(text: str) -> bool:
    if _FURNITURE.search(text):
        return True
    if (
        len(text) <= _SPACED_FURNITURE_MAX_CHARS
        and _SPACED_PAIR.search(text)
        and _FURNITURE.search(_HANZI_GAP.sub("", text))
    ):
        # (the line letter-spaced, 責 任 編 輯 : 某 某, 經 濟 B3, is read with its hanzi set solid)
        return True
    if _CREDITS_LINE.match(text):
        roles = [m.group().strip() for m in _ROLE_AT.finditer(text)]
        return len(set(roles)) >= 2
    return False


# A line of furniture letter-spaced is short (a masthead's line or an editor's, 責 任 編 輯 : 某 某 at twice its
# width): a longer line is not read again with its spaces gone.
_SPACED_FURNITURE_MAX_CHARS = 80
# Two hanzi each alone between spaces (責 任), as letter-spacing leaves them, and a space between hanzi or colons.
_SPACED_PAIR = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]\s+[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_HANZI_GAP = re.compile(r"(?<=[\u4e00-\u9fff:：])\s+(?=[\u4e00-\u9fff:：])")


def is_letter_spaced(text: str) -> bool:
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return False
    singles = sum(1 for t in tokens if len(t) == 1)
    return singles / len(tokens) >= 0.6


def printed_lines(g: list[LineInfo]) -> int:
    """How many lines the unit fills in print: pdftotext -raw cuts a caption into many pieces where Latin names
    and brackets change the font, and those pieces are no longer a caption than the lines they were cut from."""
    measure = max((i.measure for i in g), default=0.0)
    if measure <= 0:
        return len(g)
    # a quarter of a line of slack: widths are counted in cells and the last printed line may overhang a little
    return max(1, min(len(g), math.ceil(sum(i.width for i in g) / measure - 0.25)))


_FULLWIDTH_CLOSERS = frozenset("）」”』】》")
# A 中央社 story's date code alone on a line (1120520), under the line its editor's note closes (…（編輯：某某）).
_DATE_CODE = re.compile(r"\d{7}")
_EDITOR_NOTE_END = re.compile(rf"{_EDITOR_NOTE}\s*$")
# (after a question, only who asked it, …需要看醫生嗎？（讀者 陳太）: a title may exclaim before its column's tag,
# 工友们，一起看灯去！（暖相册）)
_NOTE_AFTER_STOP = re.compile(
    r"。\s*[（(][^（）()]{1,30}[）)]$|[？?]\s*[（(](?:读者|讀者|网友|網友)[^（）()]{1,12}[）)]$"
)


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence: 。！？… or one of them inside closing quotes/brackets, or followed by a
    note in brackets (…。（据新华社）); or a full stop the OCR read as an ASCII dot after a bracket (…（见附件）.)."""
    t = text.rstrip()
    if t.endswith(".") and t[-2:-1] in _FULLWIDTH_CLOSERS:
        return True
    if _NOTE_AFTER_STOP.search(t):
        return True  # a note in brackets after the full stop closes the paragraph: …。（据新华社）, …。（完）
    while t and t[-1] in _TRAILING_CLOSERS:
        t = t[:-1]
    return bool(t) and t[-1] in SENTENCE_END


@dataclass(frozen=True, slots=True)
class LineInfo:
    line: Line
    width: float  # cell width with stray spaces squeezed out
    measure: float  # the local column measure
    measure_ahead: float  # the measure of this line and the lines below it only (a new article's)
    measure_behind: float  # the measure of this line and the lines above it only (the article it ends)
    support: int  # how many neighbouring lines the measure rests on
    double_spaced: bool  # blank lines carry no evidence around here
    sentence_end: bool
    starts_closing: bool
    ends_opening: bool
    letter_spaced: bool
    furniture: bool
    opens_dateline: bool
    opens_caption: bool
    vertical: bool  # one character of a vertically set title (extractors print one per line)
    hang: float = 0.0  # width of a mark at the line's end that may hang in the margin
    own_unit: bool = False  # the page is already repaired: this line is a unit as it stands
    # an OCR engine's block of one sentence set between two halves of another (``_interjected``): a photo's caption
    interjected: bool = False
    # a brief's title in lenticular brackets its text ran on after, set on a line of its own (``part_tagged_titles``)
    tagged_title: bool = False

    def indents_paragraph(self, config: Config) -> bool:
        """Short of the measure of the lines below it by an indent (with its last mark hanging, or not)."""
        short = self.measure_ahead - self.width
        if config.indent_min <= short <= config.indent_max + 0.5:
            return True
        # a hung mark stands a whole cell out: the text is then an indent short, not the least an indent may be
        # (a full line of a few digits, set a little wider than counted, is not indented: 抚养3子女，日打3份工，)
        return self.hang > 0 and config.indent_hung_min <= short + self.hang <= config.indent_max + 0.5

    @property
    def shortfall(self) -> float:
        return self.measure - self.width

    def overhangs(self, config: Config) -> bool:
        """Wider than the column it stands in (spans columns: display type). Only said when enough lines
        around tell the column; two lines alone say nothing about which of them is the odd one."""
        return self.support >= config.min_measure_support and self.width >= self.measure + config.display_overhang


# How a piece that pdftotext -raw cut off a printed line starts: with the opening quote, title mark or bracket
# around a Latin name it cut before (set in another font), or with a mark no printed line may start with
# (行首禁则: the rest of a line cut after a quote).
PIECE_START = re.compile(r"^(?:[《〈「『“”’」』》〉）)，。、；：！？]|[（(][^（）()]*[A-Za-z])")
_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A line of hanzi alone, no mark, digit or space: no mark to hang past the measure or to squeeze.
SOLID_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
# A dash on a line of its own: it closes the kicker above it (某某—— is set with its dash on the next line).
DASH_LINE = re.compile(r"^\s*[—－―\-]+\s*$")
# A sentence's end inside a line and a clause of the next after it, or a clause and then a colon bringing in a
# quotation the line leaves open (…的手腕，某某低聲說：「他…): running prose, never a title (a title quotes
# whole: 某某，天文台：「或改掛八號風球」).
_STATES = re.compile(r"。[」”’』]?\s*\S")
# The last characters of a sentence the wrap carried over, then its full stop (…自己制作的发 / 饰。 本报记者 某某 摄).
_SENTENCE_TAIL = re.compile(r"^\s*(?P<tail>[^\s，。！？]{1,7})[。！？]")


def _sentence_tail(upper: str, lower: str) -> bool:
    """``lower`` opens on the last characters of the sentence ``upper`` wrapped from: four at most, or up to seven
    under a line set solid (a caption set wide, 东石国小校友与师生一起在校园周边种 / 下台湾栾树。（记者某某摄）;
    a title in two phrases, 春风拂面花似海 市民公园樱花…, stands over its caption's sentence, 游人纷至沓来。 记者 某某
    摄)."""
    m = _SENTENCE_TAIL.match(lower)
    return m is not None and (len(m["tail"]) <= 4 or _PHRASE_SPACE.search(upper.strip()) is None)


_CLAUSE_IN = re.compile(r"[\u4e00-\u9fff][，,；;][\u4e00-\u9fff0-9]")
_SENTENCE_END_IN = re.compile(r"^\s*[^\s，。！？]{1,24}[。！？]")
_PROSE_ACROSS = re.compile(r"[。！？][」”’』]?[^，。！？\s]+，|，[^，。！？\s]+[：:][「“『][^」”』]*$")
# (not 、: a title set in a box two characters a row lists with it, …党组书 / 记、 / 院长…)
# (nor a photographer's credit the wrap cut, …新华社记者 覃 / 立明 摄: a name and 摄 set apart)
_NARROW_STOP = re.compile(r"[，。；！？,;!?]|\S\s+[摄攝]\s*$")
_PUNCT_PAIR = re.compile(r"(?=[，。、；：？！“”‘’（）《》「」『』【】][，。、；：？！“”‘’（）《》「」『』【】])")


def spread_apart(text: str) -> str:
    """The text of a line set letter by letter (菜 篮 子, 2 0 2 3) without its spaces; "" for any other line."""
    tokens = text.split()
    return "".join(tokens) if len(tokens) > 1 and all(len(t) == 1 for t in tokens) else ""


def line_width(text: str) -> float:
    """Printed width in cells: stray spaces squeezed out, and two marks in a row set in one and a half
    cells (标点挤压, the compression every Chinese typesetter applies to ”、“ and the like)."""
    squeezed = squeeze_spaces(text)
    # (the gap a Latin word has from the hanzi beside it is printed, though running text drops it)
    return cell_width(squeezed) - 0.5 * len(_PUNCT_PAIR.findall(squeezed)) + 0.5 * latin_gaps(text)


def _hanging(text: str) -> float:
    """The width of a mark that may hang in the margin at the end of the line (0 when there is none)."""
    t = text.rstrip()
    return 1.0 if t[-1:] and t[-1] in "，。、,." else 0.0


def _window(i: int, k: int, usable: Sequence[bool], dated: Sequence[bool], jumps: Sequence[bool]) -> tuple[int, int]:
    """Up to k usable lines on each side of line i, not reaching across a dateline (``dated``: the lines that open
    one) or a jump line (``jumps``): a new article is often set at another measure, and its lines say nothing
    about the column above."""
    lo = i
    seen = 0
    while lo > 0 and seen < k and not dated[lo] and not jumps[lo - 1]:
        lo -= 1
        seen += usable[lo]
    hi = i + 1
    seen = 0
    while hi < len(usable) and seen < k and not dated[hi] and not jumps[hi]:
        seen += usable[hi]
        hi += 1
    return lo, hi


def _column_lines(lines: list[tuple[float, bool]], config: Config) -> list[float]:
    """The widths that belong to the column, widest first, of (width, ends a sentence) pairs sorted widest
    first. One or two lines at least twice as wide as the rest and ending no sentence are display type across
    columns, or columns the OCR read across as one line (a table, to its layout analysis), when the rest holds
    twice as many full lines (within an indent of the widest of them): two such lines would outvote the
    second-widest rule. A few short lines below a column (a signature, a date) are no such run, nor are lines
    cut into fragments at quotation marks; and a wide line that ends a sentence is a paragraph never wrapped."""
    widths = [w for w, _ in lines]
    for k in range(1, len(widths)):
        if widths[k - 1] < config.measure_outlier_ratio * widths[k]:
            continue
        rest = widths[k:]
        full = [w for w in rest if w >= rest[0] - config.indent_max]
        wrapped = not any(end for _, end in lines[:k])
        return rest if k <= 2 and len(full) >= 2 * k and wrapped else widths
    return widths


_LATIN_START = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")
# A run of half-width digits or letters that a line cannot break inside (9000, 19.2%, Robotics).
_ASCII_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]{2,}")


def describe(lines: Sequence[Line], config: Config) -> list[LineInfo]:
    """Measure every non-blank line against the column it stands in."""
    widths = [line_width(ln.text) for ln in lines]
    # A column's measure is read off its full lines without a mark at their end: a 。 or ， may hang in the
    # margin (悬挂标点), making a full line a cell wider than the column, and a two-cell indent look like three.
    bare = [w - _hanging(ln.text) for w, ln in zip(widths, lines, strict=True)]
    # (a line of running text that justification spread out, because the Latin word after it did not fit at
    # its end, is no title set letter-spaced: 此次展馆还展出了新一 / 代 高 端 工 业 机 器 人 臂 / Robotics X系列…)
    spaced = [
        is_letter_spaced(ln.text)
        and not (
            0 < i < len(lines) - 1
            and _LATIN_START.match(lines[i + 1].text.lstrip())
            and not ends_sentence(lines[i - 1].text)
            and lines[i].blank_before == 0
            and lines[i + 1].blank_before == 0
            and not is_letter_spaced(lines[i - 1].text)
        )
        for i, ln in enumerate(lines)
    ]
    furniture = [is_furniture(ln.text) for ln in lines]
    ends = [ends_sentence(ln.text) for ln in lines]
    _furniture_by_neighbours(lines, furniture, ends)
    # (and who issued the weather box's forecast, under its rows: 鹤塘县气象台发布)
    # (not a title's first line under the box, 某某县气象台发布 / 寒潮蓝色预警: a line of text, a caption or the page's
    # furniture under it, or nothing)
    for i in range(1, len(lines)):
        if (
            not furniture[i]
            and furniture[i - 1]
            and _FORECAST_ISSUER.match(lines[i].text)
            and (i + 1 == len(lines) or furniture[i + 1] or _SENTENCE_MARK.search(lines[i + 1].text) is not None)
        ):
            furniture[i] = "℃" in lines[i - 1].text or _weather_row(lines[i - 1].text)
    _congratulations(lines, furniture)
    _english_section_name(lines, furniture)
    _section_under_masthead(lines, furniture)
    # Lines that cannot tell the measure: furniture, letter-spaced titles, and very short fragments. So are
    # the pieces pdftotext -raw cuts printed lines into at quotes and title marks (…篇目包括 / 《论语》 /
    # 《孟子》…; …他对记者说： / “今年的收成), in a column of quotations most of its lines: those that start with a
    # quote or a mark no printed line starts with, unless as wide as the page's other lines typically are
    # (an OCR engine that set a full stop at the head of a full line).
    plain = [not f and not s and w >= 4 for w, s, f in zip(widths, spaced, furniture, strict=True)]
    piece = [bool(PIECE_START.match(ln.text.strip())) for ln in lines]
    typical = statistics.median([w for w, ok, p in zip(widths, plain, piece, strict=True) if ok and not p] or [0.0])
    usable = [ok and (not p or w >= typical) for w, ok, p in zip(widths, plain, piece, strict=True)]
    # Vertical type, or a title set in a box a few characters wide beside its text (side headline): a run of
    # at least three lines of one to narrow_title_chars characters without a clause or sentence mark (a
    # closing bracket may end it). Running text never puts three such lines in a row.
    # (measured in cells, a number taking half a cell a digit, 核查12, and without its spaces where a box set
    # justified spread its characters one by one, 菜 篮 子 / 2 0 2 3)
    squeezed = [spread_apart(ln.text) or ln.text.strip() for ln in lines]
    narrow = [
        0 < line_width(t) <= config.narrow_title_chars and t not in CLOSING and not _NARROW_STOP.search(t)
        for t in squeezed
    ]
    vertical = [False] * len(lines)
    i = 0
    while i < len(lines):
        # (a dash alone on its line opens no such run: it closes the kicker above it, 某某—— / 新 故 事 / …; inside
        # a run it opens the vertical subtitle)
        if DASH_LINE.match(squeezed[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and (narrow[j] or (j > i and len(lines[j].text.strip()) == 1)):
            j += 1
        # (a title holds words: a column of figures, 0 3 1 / 1 5 2 / 2 2 7, is no title)
        if j - i >= 3 and sum(len(_HANZI.findall(t)) for t in squeezed[i:j]) >= 2:
            vertical[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    followed_by_blank = [(lines[i + 1].blank_before > 0) if i + 1 < len(lines) else False for i in range(len(lines))]
    k = config.width_window
    dated = [looks_like_dateline_start(ln.text) for ln in lines]
    # (and a box of briefs under its label, 院所简讯, is set at its own measure: the column above says nothing of it)
    # (and a box of briefs under its label, 院所简讯, where the label is the page's, over two items at least: set at
    # its own measure, the column above says nothing of it)
    jumps = [
        bool(JUMP.match(ln.text) or (furniture[i] and FIELD_BRIEFS_LABEL.match(ln.text))) for i, ln in enumerate(lines)
    ]
    out = []
    for i, ln in enumerate(lines):
        lo, hi = _window(i, k, usable, dated, jumps)
        window = [j for j in range(lo, hi) if usable[j]]
        neigh = _column_lines(sorted(((widths[j], ends[j]) for j in window), reverse=True), config)
        # The second widest: most lines of a column are full, so it is the measure; taking the second
        # rather than the widest ignores one tight-set line or a headline that spans columns.
        measure = neigh[min(1, len(neigh) - 1)] if neigh else widths[i]
        # Where every line that wide ends on a mark and full lines without one are a cell narrower, the
        # marks hang in the margin (悬挂标点): the column is the narrower width.
        hanging = bool(
            neigh
            and all(bare[j] < widths[j] for j in window if widths[j] >= measure)
            and any(abs(widths[j] - (measure - 1.0)) <= 0.25 and bare[j] == widths[j] for j in window)
        )
        seen = bare if hanging else widths
        if hanging:
            measure -= 1.0
        # One side only, for the lines at a boundary: the widest of the next (previous) few lines of the
        # same column. Widest, because the few lines after a paragraph's first line are its fullest.
        ahead = [seen[j] for j in range(i + 1, hi) if usable[j]]
        measure_ahead = max(ahead) if ahead else measure
        behind = [seen[j] for j in range(lo, i) if usable[j]]
        measure_behind = max(behind) if behind else measure
        support = len(ahead) + len(behind)
        share = statistics.fmean(followed_by_blank[lo:hi]) if hi > lo else 0.0
        text = ln.text.strip()
        out.append(
            LineInfo(
                line=ln,
                width=widths[i],
                measure=measure,
                measure_ahead=measure_ahead,
                measure_behind=measure_behind,
                support=support,
                double_spaced=share >= config.double_spacing_share,
                sentence_end=ends_sentence(text),
                starts_closing=bool(text) and text[0] in CLOSING,
                ends_opening=bool(text) and text[-1] in OPENING,
                letter_spaced=spaced[i],
                furniture=furniture[i],
                opens_dateline=looks_like_dateline_start(text)
                or (i + 1 < len(lines) and cut_after_place(text, lines[i + 1].text))
                # (or a brief's title in brackets opens it, the dateline right after: 【…】本报讯 即日起…)
                or ((tag := _INLINE_TAG_TITLE.match(text)) is not None and looks_like_dateline_start(tag["rest"])),
                vertical=vertical[i],
                opens_caption=bool(CAPTION_OPEN.search(text)),
                hang=widths[i] - bare[i],
            )
        )
    return out


def _indented(info: LineInfo, config: Config) -> bool:
    return config.indent_min <= info.shortfall <= config.indent_max


def _opens_on_indent(info: LineInfo) -> bool:
    """Whether a line opens on an indent kept as spaces (two of them at least: the normalized line reads an ideographic
    space as an ASCII one)."""
    return info.line.text.startswith("  ")


def blank_line_evidence(upper: LineInfo, lower: LineInfo) -> bool:
    """A blank line between the two, where blank lines mean something (not a double-spaced region)."""
    return lower.line.blank_before > 0 and not (upper.double_spaced and lower.double_spaced)


def _dateline_across(upper: str, lower: str) -> bool:
    """Whether a dateline opens the upper line and ends only on the lower one."""
    head = upper.strip()
    found = match_dateline(head + lower.strip())
    return found is not None and found[1] > len(head) and match_dateline(head) is None


def _pieces_make_a_first_line(upper: LineInfo, lower: LineInfo, after_lower: LineInfo | None, config: Config) -> bool:
    """Whether a line that opens a paragraph on words and a quotation, and the line below it, can be the two
    pieces pdftotext -raw cut one printed line into at the quote.

    Such a line is indented, so the pieces fit the measure less the indent; and it either fills that measure
    or, short, ends its paragraph on a mark, unless a further piece follows, cut at a quote or a title mark.
    A title ending on a quotation over its subtitle (老伴「快醒醒」 / 一家四口靠救济度日) is neither.
    """
    if upper.width + lower.width - _mark_kerning(upper, lower) > upper.measure + 0.5 - config.indent_min:
        return False
    # (filled: measured as the pieces stand, since the squeeze of marks side by side, 」「, is in their widths
    # already; the kerning allowance above only keeps a line that fits from being read as too wide)
    if upper.width + lower.width >= upper.measure - config.indent_max - 0.5:
        return True
    if lower.line.text.rstrip()[-1:] in PUNCTUATION:
        return True
    return after_lower is not None and after_lower.line.text.lstrip()[:1] in _QUOTES + _OPENING_TITLE_MARKS


def _notice_or_book_break(upper: LineInfo, lower: LineInfo, after_lower: LineInfo | None) -> tuple[bool, str] | None:
    """The lines of a notice's sections and contacts and of a book's credit and box: whether they part, and why
    (None: nothing of the kind). Each test looks for its marks first, as most pairs of lines have none."""
    up, lo = upper.line.text, lower.line.text
    if (
        lo.lstrip()[:1] in "一（("
        and _FIRST_SECTION_HEAD.match(lo)
        and not ends_sentence(up)
        # (under a title, short of the column, not a full line the wrap cut, …城乡统 / 一、规范有序的…, nor a
        # citation, …第八十三条第 / （一）项…)
        and upper.shortfall >= 2
        and up.rstrip()[-1:] not in "第条條款项項"
    ):
        # (not after a preamble's colon, which the list rule parts as well)
        return True, "the head of a first numbered section (一、招标条件) stands on a line of its own"
    if any(mark in up or mark in lo for mark in _BOOK_MARKS):
        credit_up = BOOK_CREDIT.match(up) is not None
        if credit_up and _TRANSLATOR_TAIL.match(lo):
            return False, "a book's credit goes on to its translator's role the wrap cut (… 周子衿 / 译 …出版社)"
        if (credit_up or PUBLICATION.match(up)) and PUBLICATION.match(lo):
            return False, "a book's box: its credit, its publisher and the date it came out"
        # (a books page names the publisher with the author: a story listing books, 《…》 / 某某 主编, does not)
        below = after_lower.line.text if after_lower is not None else ""
        if BOOK_TITLE_ALONE.match(up) and BOOK_CREDIT.match(lo) and ("出版" in lo or "出版" in below):
            if PUBLICATION.match(below):
                return False, "a book's box: its title over its credit and publisher (a review's picture)"
            return True, "a book's title alone over its author's credit (《…》 / 某某 著): a line of its own"
        if _PUBLISHED.match(up):
            return True, "a book's box ends on the date it came out"
        if credit_up and "出版" in up:
            return True, "a book's credit (某某 著 …出版社) stands on a line of its own"
        # (and a book's title over its credit is no piece of the line above, a subhead or a label, where no list
        # of books follows a colon: 首发新书为： / 《…》 / 某某 主编)
        if BOOK_TITLE_ALONE.match(lo) and BOOK_CREDIT.match(below) and up.rstrip()[-1:] not in "：:":
            # (not the cut pdftotext -raw makes before a title mark: the line above is a label or a subhead)
            return True, "a book's title over its credit (《…》 / 某某 著) stands on a line of its own"
    end = up.rstrip()[-1:]
    if end in "：:" and _NUMBER_TO_CALL_CUT.search(up) and lo.lstrip()[:1].isdigit():
        return False, "a contact's label goes on to its number on the next line (联系电话： / 15806381127)"
    if (
        end.isdigit()
        and CONTACT_LABEL.match(up)
        and NUMBER_TO_CALL.search(up)
        and not lo.lstrip()[:1].isdigit()
        # (its sentence may go on below: …电话：0535-6688102 / （工作日…），逾期…)
        and lo.lstrip()[:1] not in "（(，、；。）)"
    ):
        # (a notice's contact line ends it; the issuer, the date or the next notice's title stand below)
        return True, "a line ending on a number to call (…电话：0535-6688102) is complete"
    return None


# What a book's credit or box holds: a title mark, an author's role, a publisher.
_BOOK_MARKS = ("《", "著", "编", "編", "出版")


def _own_shortfall(info: LineInfo) -> float:
    """How short a line stands of its column, read against the lines below it too (a box's item against the box
    it opens, not the wider story above it)."""
    return min(info.shortfall, info.measure_ahead - info.width)


def _leans_on_next(text: str, marks: re.Pattern[str]) -> bool:
    """A line of running text (holding one of ``marks``) that stops on a word leaning on the next (…感謝，並, …：即):
    it goes on below (a title or subhead may end on such a word, 何去何从, 触手可及, …公司关于)."""
    return text.rstrip()[-1:] in _LEANS_ACROSS and marks.search(text) is not None


def _item_runs_on(
    unit: Sequence[LineInfo], upper: LineInfo, lower: LineInfo, config: Config, after_heading: bool
) -> bool:
    """A list item opened by a bullet that runs on below its line ``upper``, as a paragraph does: set as a first
    line, two cells in, with a full line below (■新馆不仅是市民读书的地方…), or a full first line holding clauses onto
    its short last line (●刀刃向内、自我革命，发扬斗 / 争精神，勇于担当作为)."""
    first = unit[0]
    if first.sentence_end or BULLET.match(lower.line.text):
        return False
    # (short of the column it opens, the item's own, below it: the story's above may be wider; and the item has not
    # ended on a short line already, ■本报特约记者 某某 通讯员 / 某某)
    # (or against the lines above, the list's items before it, where a caption under the list sets the lines
    # below it wider: ●…合唱团春季音 / 乐会在…剧场举行 over the photo's caption across the columns)
    if min(_own_shortfall(first), first.measure_behind - first.width) > config.indent_max + 0.5:
        return False
    if len(unit) > 1:
        return max(i.width for i in unit) - upper.width <= config.indent_max + 0.5
    return (
        _own_shortfall(lower) < config.indent_min
        or (
            not CLAUSE_BREAKS.isdisjoint(first.line.text.strip()[:-1])
            and (not lower.indents_paragraph(config) or lower.sentence_end)
        )
        # (or a full first line onto the short tail that ends the item's sentence, ▲国道329线梅溪段道路改造 /
        # 施工，货车请绕行。, but in a list of one-line items, each ending with its line, ▲解放路…以北两百米 /
        # ▲北环路…东广场 / 请市民提前规划路线。, only a tail that goes on from a clause, …沿线 / 道路改造，货车请绕行。)
        or (
            lower.sentence_end
            and lower.shortfall >= config.heading_shortfall
            and (not after_heading or _RUNNING_MARK.search(lower.line.text.rstrip()[:-1]) is not None)
        )
        # (or one with a mark in it that stops on a word leaning on the next, ■「潮聲」青年攝影展：即 / 日起至…)
        or _leans_on_next(upper.line.text, _MARKED)
    )


def should_break(
    upper: LineInfo,
    lower: LineInfo,
    config: Config,
    after_lower: LineInfo | None = None,
    unit: Sequence[LineInfo] = (),
    at_top: bool = False,
    after_caption: bool = False,
    *,
    after_display: bool = False,
    after_heading: bool = False,
    spaced_text: bool = False,
    then_dateline: bool = False,
    report_below: str = "",
    after_jump: bool = False,
    under_short_line: bool = False,
    after_upright: bool = False,
    foot_titles: bool = False,
    after_briefs_label: bool = False,
    after_closing_credit: bool = False,
    flush_page: bool = False,
    unwrapped_page: bool = False,
    in_briefs_box: bool = False,
    under_briefs_label: bool = False,
    after_dated_row: bool = False,
    known_pairs: frozenset[str] = frozenset(),
    after_dash_kicker: bool = False,
    after_dot_kicker: bool = False,
    after_column_label: bool = False,
    in_label_list: bool = False,
    under_news_label: bool = False,
) -> tuple[bool, str, dict[str, float]]:
    """Decide whether a paragraph break stands between two consecutive non-blank lines; say why.

    ``unit`` holds the lines since the last break, the upper line last; ``at_top`` says it opens the page
    or follows page furniture, where the lead headline of a page is printed; ``after_caption`` says the unit
    before this one is a photo caption, ``after_display`` that it is display type (a title across columns),
    ``after_heading`` that it ends no sentence (a title, a subhead), ``spaced_text`` that the page's running
    text has spaces between hanzi (so a space marks no title), ``then_dateline`` that a dateline opens the line
    after ``after_lower``, ``report_below`` the opening lines of the report whose dateline opens ``after_lower``,
    ``after_jump`` that the unit before this one is a jump line sending a story to another page,
    ``under_short_line`` that the unit's first line stands under a line short of its column by a heading's
    margin (a title, a paragraph's last line): where a lead set wide may open; ``after_upright`` that the unit
    before this one is a title set upright, one character a line; ``foot_titles`` that the lower line opens a
    few lines without a mark that run down to the page's foot (its furniture or its end); ``after_briefs_label``
    that the unit before this one is the label of a box of briefs (社区简讯), ``in_briefs_box`` that such a label
    stands above, the lines since it the box's, ``under_briefs_label`` that any box's label does (旅讯速递);
    ``after_dated_row`` that the unit before this one is a calendar's
    row (6月25日 高考成绩公布); ``known_pairs`` the pairs of characters the page's lines print together;
    ``after_dash_kicker`` that the unit before this one is a kicker of a line closed by its dash,
    ``after_column_label`` that it is a column's or a box's label alone on its line (读者来信, 健康课堂)."""
    scores = {"upper_shortfall": upper.shortfall, "lower_shortfall": lower.shortfall}
    # (two rows at least: a paragraph's line may open on a date and a space where the OCR spaced it)
    if DATED_ROW.match(upper.line.text) and len(unit) <= 1 and (DATED_ROW.match(lower.line.text) or after_dated_row):
        return True, "a calendar's row (a day, a space, what happens) stands on a line of its own", scores
    if (settled := _notice_or_book_break(upper, lower, after_lower)) is not None:
        return settled[0], settled[1], scores
    if _TABLE_ROW.match(lower.line.text) and (
        _TABLE_ROW.match(upper.line.text)
        or _TABLE_HEAD.match(upper.line.text)
        or (upper.line.text.rstrip().endswith(("：", ":")) and len(unit) >= 1)
    ):
        # a table's rows (大白菜 1.62 1.88 跌) in a story that introduces them (…如下：), each on a line of its own
        # under its head row (品种 本周 上周 涨跌)
        return True, "a table's row stands on a line of its own", scores
    if (
        _TABLE_HEAD.match(lower.line.text)
        and upper.line.text.rstrip().endswith(("：", ":"))
        and after_lower is not None
        and _TABLE_ROW.match(after_lower.line.text)
    ):
        return True, "a table's head row stands on a line of its own under the sentence that introduces it", scores
    if (
        VERSE_LINE.match(upper.line.text)
        # (a couplet that opens its unit, under the poem's title or author, or under the couplet before it: prose
        # may run into a couplet's shape, 产业兴起来，腰包鼓起来。, after the sentence that introduces it)
        and len(unit) <= 1
        and (VERSE_LINE.match(lower.line.text) or _VERSE_AFTER.search(lower.line.text) is not None)
    ):
        # a regular poem prints a couplet a line (青螺山上白云闲，一径松风到石关。), every line as full as the next:
        # no measure tells the lines are whole, the couplet's form does
        return True, "a couplet of a regular poem (five or seven characters a half) stands on a line of its own", scores
    # (a note in brackets after the full stop that the wrap cut, …常态化。（记者 / 邱雨桐）, ends the paragraph on
    # the line that closes it)
    if (
        not upper.sentence_end
        and len(unit) >= 2
        and _NOTE_AFTER_STOP.search(unit[-2].line.text.rstrip() + upper.line.text.strip())
    ):
        upper = replace(upper, sentence_end=True)
    # how short of the measure a heading or byline stands
    heading = _heading_margin(upper, config)
    if upper.vertical != lower.vertical:
        return True, "vertically set title next to horizontal text", scores
    if upper.vertical:
        return False, "vertically set title, one character per line", scores
    # a photo's title set in the middle of the sentence the column was running, its text under it opening on the
    # photo's date (…严格野外火源管控， / 春灌时节水渠忙 / 3月16日，平溪县…): a line short of the measure with no mark
    # at all is no sentence's last line, which ends on its mark
    if (
        upper.line.text.rstrip()[-1:] in "，、；,;"
        and not lower.sentence_end
        and lower.shortfall >= config.heading_shortfall
        and _BARE_TITLE.match(lower.line.text)
        and after_lower is not None
        # (a photo's text opens on its date, 3月16日，…; a title over a dateline is as often a summary's tail the
        # mark was lost from, …改造旧楼， / 为城西居民楼加装电梯 / 新华社…电)
        and DATED_LEAD.match(after_lower.line.text)
        and not after_lower.opens_dateline
    ):
        return (
            True,
            "a short line with no mark under a cut sentence, over a dated lead: a title set inside the column",
            scores,
        )
    if lower.starts_closing:
        return False, "lower line starts with a closing mark (行首禁则): it continues the line above", scores
    # a line justification spread out (spaced, yet no title set letter-spaced: ``describe`` found the Latin word
    # after it that did not fit at its end) is running text, going on from the unfinished sentence above it
    if not upper.sentence_end and not lower.letter_spaced and is_letter_spaced(lower.line.text):
        return False, "a line spread out by justification continues the sentence above it", scores
    # a kicker closed by its dash after a finished paragraph, no other mark in it, over a line with none (碧桂园推出机器
    # 人餐厅—— / 用科技更好传承饮食文化): the kicker and its title, however full the lines; running text that breaks off
    # on a dash has marks around it
    if (
        len(unit) == 1
        and not after_heading
        and not at_top
        and _dash_kicker(upper.line.text, config)
        and not _MARKED.search(lower.line.text)
        and CLAUSE_BREAKS.isdisjoint(lower.line.text)
        and not lower.sentence_end
    ):
        return True, "a kicker closed by its dash over its title", scores
    if (
        len(unit) == 1
        and after_dash_kicker
        and not _MARKED.search(upper.line.text)
        and CLAUSE_BREAKS.isdisjoint(upper.line.text)
        and not upper.sentence_end
    ):
        return True, "a title under its kicker's dash stands over its text", scores
    if (
        len(unit) == 1
        and after_dot_kicker
        and not upper.opens_dateline
        # (not at the column's measure, full or an indent short: that is a section's first line under its head,
        # 镜头一·清晨的菜市场 / 早上六点半天还没亮透菜市场里 / 已经人声鼎沸。…; a title is wider or clearly shorter)
        and (upper.width > upper.measure or upper.shortfall > config.indent_max + 0.5)
        # (a speaker's name and colon may open the title: 返乡青年韦金凤：把壮锦“织”进直播间)
        and CLAUSE_BREAKS.isdisjoint(upper.line.text)
        and not upper.sentence_end
        and not lower.opens_dateline
    ):
        # a column's name and its topic, parted by a middle dot, on a line of their own (乡村振兴·青春力量) head the
        # title under them, a line of its own however wide
        return True, "a title under its kicker (a column's name and topic) stands over its text", scores
    if (
        len(unit) == 1
        and after_column_label
        # (an OCR engine's block of one line: the layout parted it from the text under it)
        and upper.line.blank_before > 0
        and lower.line.blank_before > 0
        and not _MARKED.search(upper.line.text)
        and not upper.opens_dateline
        and not lower.opens_dateline
        # (not a lead's first line the engine broke off: its opening words, its speaker's verb at the end, or a word
        # the page prints whole across the break, 健康课堂 / 市第一人民医院心内科主任医师张立新提醒 / 秋冬…)
        and not _LEAD_OPENING.match(upper.line.text)
        and not _SPEECH_VERB_END.search(upper.line.text)
        and (content_key(upper.line.text)[-1:] + content_key(lower.line.text)[:1]) not in known_pairs
    ):
        # a column's label over a block of one line without a mark (读者来信 / 感谢楼道里的“小红帽”): the title
        # under its kicker, however near the line comes to the column's measure
        return True, "a title alone in its block under a column's label stands over its text", scores
    if _interjected(upper, lower, after_lower, known_pairs, config):
        return True, INTERJECTED, scores
    # (in a column only: on a page of one paragraph a line, wider than any column, the paragraph ended there and the
    # note stands on a line of its own, as the agency sets it)
    if (
        DISPATCH_END.fullmatch(lower.line.text.strip())
        and upper.sentence_end
        # (a paragraph wrapped over lines, however wide its column; one of a line wider than any column is a text
        # export's)
        and (len(unit) >= 2 or upper.measure < config.unwrapped_paragraph_chars)
    ):
        return False, "a wire story's closing mark (完) ends the paragraph above it", scores
    if _DATE_CODE.fullmatch(lower.line.text.strip()) and _EDITOR_NOTE_END.search(upper.line.text):
        # (a 中央社 story's date code the wrap sent to a line of its own: …（編輯：某某） / 1120520)
        return False, "a wire story's date code ends the paragraph above it", scores
    if DISPATCH_END.search(upper.line.text):
        return True, "a wire story's closing mark (完) ends the story", scores
    if upper.ends_opening:
        return False, "upper line ends with an opening mark: the phrase continues below", scores
    if after_display and len(unit) == 1 and upper.line.text.lstrip().startswith(("——", "--")):
        # whatever its width: the subtitle under a title set across columns is a line of its own
        return True, "a dash-led subtitle under display type stands alone", scores
    if upper.furniture or lower.furniture:
        return True, "page furniture stands alone", scores
    if lower.opens_dateline and not unclosed(upper.line.text):
        return True, "a dateline opens a new article", scores
    if (
        under_briefs_label
        and len(unit) == 1
        and not upper.sentence_end
        and _MARKED.search(upper.line.text) is None
        and len(content_key(upper.line.text)) >= config.title_min_chars
        and DATED_LEAD.match(lower.line.text)
    ):
        # in a box of briefs under its label, a line without a mark over a lead opening on its date is the next
        # brief's title, however near the measure (旅讯速递 / … / “山水号”旅游专列开进山区 / 7月10日，首趟…)
        return True, "a brief's title over its dated lead in a box of briefs", scores
    if (
        under_news_label
        and len(unit) == 1
        and BULLET.match(upper.line.text) is not None
        # (the bullet set apart from the title, as a box sets its briefs' titles: ■ 屯馬綫周日調整班次)
        and _BULLET_SPACE.match(upper.line.text) is not None
        # (short of the measure, as a title is: an item's first line the wrap cut fills it, ■ 市气象台：受强冷空气影响
        # 本周 / 末我市…)
        and upper.shortfall >= config.bullet_title_shortfall
        and not upper.sentence_end
        # (a speaker's or a desk's colon may open the title: ■ 天文台：周末氣溫回落)
        and _MARKED.search(LABEL_COLON.sub("", _BULLET_SPACE.sub("", upper.line.text.strip()))) is None
        and len(content_key(upper.line.text)) >= config.title_min_chars
        and (
            _RUNNING_MARK.search(lower.line.text + (after_lower.line.text if after_lower else "")) is not None
            # (or two full lines of text under it)
            or (
                after_lower is not None
                and max(lower.shortfall, after_lower.shortfall) < config.indent_min
                and not BULLET.match(after_lower.line.text)
            )
        )
        and (content_key(upper.line.text)[-1:] + content_key(lower.line.text)[:1]) not in known_pairs
    ):
        # in a box of briefs under its label, a marked line without a mark over a line of running text, no word of
        # the page across the break: the brief's title, however near the measure (港聞簡訊 / ■ 屯馬綫周日調整班次 /
        # 港鐵公司宣布，…)
        return True, "a brief's marked title over its text in a box of briefs", scores
    if (
        len(unit) == 1
        and _REPORTER_LEARNS.match(lower.line.text)
        and len(content_key(upper.line.text)) >= config.title_min_chars
        and _MARKED.search(upper.line.text) is None
        # (not the dateline over it, 本报讯（记者 某某） / 记者从…获悉)
        and not upper.opens_dateline
        and not _BRACKET_MARKS.intersection(upper.line.text)
        # (not the paper's name the wrap parted from its reporter: …。本报 / 记者从…获悉)
        and not upper.line.text.rstrip().endswith(_REPORTER_SOURCES)
    ):
        # a line without a mark alone in its unit, over a lead that opens on the reporter learning the news (两名女排
        # 小将入选国青集训名单 / 记者从市体育局获悉，…): its title, however near the measure it comes
        return True, "a title over a lead opening on what the reporter learnt (记者从…获悉)", scores
    if LETTER_SALUTATION.match(upper.line.text) or LETTER_SALUTATION.match(lower.line.text):
        # (编辑同志： opens a letter on a line of its own, under the letter's title, over its first sentence)
        return True, "a letter's salutation to the editors stands on a line of its own", scores
    if (
        _TURN_OPEN.match(lower.line.text)
        and upper.shortfall > config.indent_max
        and not _MARKED.search(upper.line.text)
        and not upper.line.text.rstrip().endswith(("：", ":"))
    ):
        # a reader's question (问：…) under a heading that asks nothing itself (…增值税 / 政策问答 / 问：…): the title
        # stands over it, whatever its lines
        return True, "a speaker's turn (问：) opens a paragraph under a heading", scores
    if (
        BRIEFS_LABEL.match("".join(lower.line.text.split())) is not None
        and len(content_key(upper.line.text)) >= config.label_kicker_chars + 2
        and not upper.sentence_end
        and not lower.sentence_end
    ):
        # a box of briefs' label under a title the content stream printed after its story's text (…预计年底完工 /
        # 简讯): the box's, on a line of its own, never the title's wrapped tail
        return True, "a box of briefs' label (简讯) stands on a line of its own", scores
    if _SPACED_NOTICE_KIND.match(upper.line.text) or _SPACED_NOTICE_KIND.match(lower.line.text):
        # (公 告, 启 事, 声 明 set apart as display type over the notice: its title, on a line of its own)
        return True, "a notice's kind set letter-spaced (公 告) stands on a line of its own", scores
    if (SALUTATION.match(upper.line.text) and len(unit) == 1) or SALUTATION.match(lower.line.text):
        # (亲爱的同学们： under the letter's title and over its first sentence)
        return True, "a letter's salutation stands on a line of its own", scores
    if (reader_signature(lower.line.text) and upper.sentence_end) or reader_signature(upper.line.text):
        # (读者 某某 under a letter's last sentence: its own line, however narrow the column it seems to wrap in)
        return True, "a reader's signature under a letter stands on a line of its own", scores
    if (
        not upper.sentence_end
        and config.narrow_box_min_cells <= upper.width < config.column_min_width
        and lower.width >= 2 * upper.width
        and len(unit) == 1
        and upper.measure_behind - upper.width <= config.short_margin
        and not unclosed(upper.line.text, quotes=True)
        and not CLOSING.intersection(lower.line.text.strip()[:1])
    ):
        # a line that fills a narrow box (a title boxed a few characters a line, …取代涂謹申任主 / 席 民主派籲市 /
        # 民周六到場聲援) does not wrap into a line twice as wide: the box ends there
        return True, "a line that fills a narrow box does not wrap into a line twice as wide", scores
    # A title wrapped with its last character or two alone, no mark, between it and the paragraph it heads
    # (…推进会召开部署治理 / 工作 / 　本月以来…): the tail ends the title, it is no heading of its own.
    tail = lower.line.text.strip()
    if (
        0 < len(tail) <= 2
        and tail.isalnum()
        and not tail.isdigit()
        and len(unit) == 1
        and not after_heading  # (a title of one line and its tail, after a finished paragraph)
        and upper.line.text.rstrip()[-1:].isalnum()
        and upper.shortfall >= heading
        and not upper.letter_spaced
        and not upper.opens_caption  # (a caption closed by its credit, …记者 某某 摄, is no title)
        and lower.line.blank_before == 0
        and after_lower is not None
        and after_lower.indents_paragraph(config)
    ):
        return False, "a title's last character or two, wrapped alone above the paragraph it heads", scores
    if len(unit) <= 1 and _dateline_across(upper.line.text, lower.line.text):
        return False, "a dateline the wrap cut (新华网某地9月6日信 / 息：…) goes on below", scores
    # A short line without a mark right above a dateline is the title of the report it opens, not the last
    # line of the paragraph above: no paragraph ends without its mark, and a story cut off at the foot of a
    # column (continued on another page) breaks off on a full line.
    title = lower.line.text.strip()
    if (
        after_lower is not None
        and after_lower.opens_dateline
        and not lower.opens_dateline
        and not upper.opens_dateline
        and not upper.sentence_end
        and len(title) >= config.title_min_chars
        and not _MARKED.search(title)
        and not PIECE_START.match(title)
        and not lower.letter_spaced
        and lower.shortfall >= heading
        and upper.shortfall < config.indent_min
        # (a note in brackets wrapped onto it goes on: （作者为某报驻外 / 记者） / 新华社…电)
        and not unclosed("".join(i.line.text for i in unit) or upper.line.text)
        # and it names what the report tells: the unmarked end of a paragraph above shares next to nothing with
        # the next report, unless a box quotes the report's figures (…在四十多个城市 / 的影院同步上映), when the line
        # above it comes back in the report too, word for word
        and _restated_share(title, report_below) >= config.title_restates_report
        and content_key(upper.line.text + title) not in content_key(report_below)
        # (no clause breaks off there: …改造一批旧楼， / 为城西居民楼加装电梯 goes on from it)
        and upper.line.text.rstrip()[-1:] not in CLAUSE_BREAKS
    ):
        return True, "a short line without a mark right above a dateline: the title of that report", scores
    if (
        after_lower is not None
        and _TITLE_PIECE.fullmatch(lower.line.text.strip())
        and lower.line.blank_before == 0
        and after_lower.line.blank_before == 0
        and upper.measure - config.indent_max <= upper.width + lower.width <= upper.measure + 0.5
        and lower.width + after_lower.width > lower.measure + 0.5
    ):
        # pdftotext -raw cut a printed line before and after a book title: the piece fills the line above up
        # to the measure and has no room on the line below, so it is the end of the line above, whatever mark
        # stands before it (三是加强监督管理。 / 《实施办法》 / 明确了各部门的职责分工和考核办法，细)
        return False, "a book title cut off the end of the printed line above continues it", scores
    # A photo's credit or source in brackets on a line of its own, under a short sentence: the two are its caption
    # (唐子晴與老公放閃。 / （網上圖片）, …心情大好。 / （記者 某某 攝）), not reporters opening a lead
    if (
        _BRACKETED_PHOTO_SOURCE.match(lower.line.text)
        and upper.sentence_end
        and len(unit) <= config.caption_max_lines
        and not upper.opens_dateline
    ):
        return False, "a photo's credit in brackets on a line of its own closes the caption above it", scores
    if BRACKET_REPORTERS.match(lower.line.text) and not upper.ends_opening and not upper.opens_dateline:
        return True, "reporters in brackets open a lead (or close a story) on a line of their own", scores
    if lower.opens_caption and not upper.opens_caption:
        return True, "a photo caption (图为…) starts", scores
    if (
        not spaced_text
        # (or the second line of a title wrapped onto it, no mark in either: 集團主腦囚六年八個月 / 官斥計劃周詳 …)
        and (
            len(unit) == 1
            or (
                len(unit) == 2
                and not _MARKED.search(unit[0].line.text)
                and not unit[0].opens_dateline
                # (phrases, not a narrow column's line spread out to its measure: 代 高 端 旗 舰)
                and all(len(phrase) >= 2 for phrase in upper.line.text.split())
            )
        )
        and _PHRASE_SPACE.search(upper.line.text)
        and not _SENTENCE_MARK.search(upper.line.text)
        and "，" not in upper.line.text
        and not upper.opens_dateline
        # (nor a brief's title after its bullet with its text run on after a space, ■地铁5号线加开夜班车 为方便市民 /
        # 夜间出行，…: the space parts the title from the text, which goes on)
        and not (_INLINE_BULLET_TITLE.match(upper.line.text) and _RUNNING_MARK.search(lower.line.text))
        # (nor a counted item's first line opening an OCR engine's block, 一、本會第四十五屆理監事 就職典禮 /
        # 定於…, the OCR's space in it; a notice's numbered head set in phrases, 一、强化组织领导 压实工作责任, is one)
        and not (ENUMERATED.match(upper.line.text) and upper.line.blank_before)
        # (a note in brackets the wrap cut is no title: （本栏由某律师事务所 某某律 / 师解答…）)
        and not unclosed(upper.line.text)
        and upper.width <= config.column_max_width  # (a line of text that was never wrapped says nothing)
        and (_SENTENCE_MARK.search(lower.line.text) or "，" in lower.line.text)
        # (nor the first line of a caption run on to its credit; a caption whose sentence ends on its own line,
        # 辅警将老人护送到家。 警方供图, under a title in phrases of four or more characters each, is none of it)
        and not (
            _CREDIT_END.search(lower.line.text)
            and not (
                _SENTENCE_MARK.search(lower.line.text)
                and not _MARKED.search(upper.line.text)
                and not TAG_OPEN.match(upper.line.text)
                and _balanced_phrases(upper.line.text)
            )
        )
        # (nor a line whose last character and the next one's first make a word the page prints whole: an OCR
        # engine's stray space in a lead's line, 淡南港福建会馆日前 举办常年助 / 学金颁发仪式，…, or a date: …本月19 /
        # 日上午…)
        and (content_key(upper.line.text)[-1:] + content_key(lower.line.text)[:1]) not in known_pairs
        and not _DATE_ACROSS.search(upper.line.text.rstrip() + "|" + lower.line.text.lstrip())
    ):
        # a line set in phrases (…功能完善 服务贴心周到) is a title or subhead: a sentence below it is
        # not its wrapped end
        return True, "a line set in phrases stands above the sentence below it", scores
    if (
        _CREDIT_END.search(upper.line.text)
        and not (
            upper.line.text.rstrip()[-1:] in "摄攝"
            and (
                lower.line.text.lstrip()[:1] == "影"
                # (a full line ending on 摄 run on from the word before it, …全程使用摄 / 像设备, over the rest of the
                # word: a credit is short, and sets its name apart, 本报记者 林小峰 摄 / 入夏以来…)
                or (
                    _SHE_CUT.search(upper.line.text) is not None
                    and upper.shortfall < config.indent_min
                    and lower.line.text.lstrip()[:1] in _SHE_WORD_TAILS
                )
            )
        )
    ):
        # (…報導．攝 / 影╱某某 is one byline the wrap cut inside 攝影, and …使用摄 / 像设备 a word: 摄像)
        return True, "a photographer's credit (…摄) closes the caption above", scores
    if (
        len(unit) >= 2
        # (or its first word left on the line above after the full stop: …玉钺。 省 / 考古研究院供图)
        and (unit[-2].sentence_end or _CAPTION_STOP_THEN_WORD.search(unit[-2].line.text))
        and (_BARE_CREDIT.match(upper.line.text) or _BARE_SOURCE.match(upper.line.text))
        and not upper.furniture
    ):
        # (and so does the credit or the source on its line under the caption's full stop, 受访者供图: what
        # follows is the next piece)
        return True, "a photographer's credit on a line of its own closes the caption above it", scores
    if PRODUCTION_CREDIT.match(upper.line.text) or PRODUCTION_CREDIT.match(lower.line.text):
        return True, "a production credit (本版制图：…, 资料来源：…) stands on a line of its own", scores
    if (
        len(unit) == 1
        and _NOTICE_WORD_END.search(upper.line.text)
        and not _SENTENCE_MARK.search(upper.line.text)
        and not CLAUSE_BREAKS.intersection(upper.line.text)
        and (
            upper.shortfall > config.indent_max + 0.5
            # (or an OCR engine's block of its own, a blank line over it and under it, short of the column at all)
            or (upper.line.blank_before > 0 and lower.line.blank_before > 0 and upper.shortfall >= config.indent_min)
            # (or wider than the column, as no line of its text is: 某某老年学堂2025年秋季招生启事 over its text)
            or upper.width - max(upper.measure, lower.width) >= config.indent_min
        )
    ):
        # a notice's title ends on what it is (“我的暑假”主题征文启事, 停水通知): a line of its own, short of the
        # column, over the notice's text
        return True, "a notice's title (…启事, …通知) stands on a line of its own", scores
    if (
        len(unit) == 1
        and not upper.sentence_end
        and upper.shortfall > config.indent_max
        and not upper.line.text.rstrip().endswith(tuple("，、；,;"))
        and FIRST_ITEM_OPEN.match(lower.line.text)
    ):
        # a line of its own, short and closing no sentence, over the first of items counted in turn (挑西瓜，记住这几招
        # / 一看瓜纹。…): the box's title, whatever comma it holds
        return True, "a short line over the first of items counted in turn: their title", scores
    if (
        1 <= len(unit) <= 2
        and _SECTION_HEAD_OPEN.match(unit[0].line.text)
        # (more than a cell short: a head one character short of the column may wrap its last word; alone on its
        # line, more than an indent short, as a numbered paragraph's first line is, where paragraphs are indented)
        and upper.shortfall > (1 if len(unit) == 2 or flush_page else config.indent_max)
        and not any(_HEAD_STOP.search(i.line.text) for i in unit)
    ):
        # a numbered section's head (一、准确把握…的基本 / 逻辑, 二 、因地制宜…, pdftotext's space before the 、):
        # words with no mark at all, a line or two, short of the column, over the section's text
        return True, "a numbered section's head (一、…) ends short, with no mark: its text starts below", scores
    if (
        upper.line.text.rstrip().endswith(("；", ";"))
        and upper.shortfall >= config.short_margin
        and _NEXT_ITEM.match(lower.line.text)
    ):
        # items counted in turn, each closed by a semicolon on a short line (一是…为宜； / 二是…): a paragraph each
        return True, "an item closed by its semicolon on a short line, the next counted below it", scores
    if SECURITIES_CODE.match(upper.line.text) or SECURITIES_CODE.match(lower.line.text):
        return True, "an announcement's codes (证券代码：…) stand on a line of their own", scores
    if (
        after_briefs_label
        and len(unit) == 1
        # (no title opens on a date or a list's mark: 6月2日青川市…, ▲…)
        and not re.match(r"\s*[\d０-９]", upper.line.text)
        and not BULLET.match(upper.line.text)
        and not upper.opens_dateline
        and not upper.letter_spaced
        and not upper.vertical
        and (
            (upper.shortfall > config.indent_max and lower.shortfall < config.indent_min)
            # (or, an OCR engine's block of one line, a blank line over and under it, however wide; not a lead's
            # first words the engine broke off, 近日城东社区组织辖区二十余名志愿者 / 走进…)
            or (
                upper.line.blank_before > 0
                and lower.line.blank_before > 0
                and not _MARKED.search(upper.line.text)
                and not _LEAD_OPENING.match(upper.line.text)
                # (nor a lead's line the engine broke off inside a word the page prints whole: …举办常年助 / 学金颁发
                # 仪式，… where 助学金 stands in a title and a line)
                and (content_key(upper.line.text)[-1:] + content_key(lower.line.text)[:1]) not in known_pairs
            )
        )
        and not _SENTENCE_MARK.search(upper.line.text)
        and not CLAUSE_BREAKS.intersection(upper.line.text)
        and not lower.opens_dateline
        and not _leans_on_next(upper.line.text, _MARKED)
    ):
        # right under the label of a box of briefs (社区简讯), a line with no mark, short of the full line under it,
        # is the first item's title (淡滨尼中秋灯会下月登场 / 淡滨尼区中秋灯会将于…): a wrapped line fills its column
        return True, "a line without a mark under a box of briefs' label, short of the full line below: a title", scores
    # (the credit the wrap cut read with the lines above it: …疏果。（通讯员 / 陈光）)
    if closing_credit(join_lines([i.line.text for i in unit[-3:]])) and not lower.line.text.lstrip().startswith(
        ("（", "(")
    ):
        # a brief's reporters in brackets after its last sentence (…打好基础。（通讯员 陈光）): the piece ends there
        return True, "a closing credit in brackets after the last sentence ends the piece", scores
    if (
        (after_briefs_label or after_closing_credit or (at_top and upper.shortfall > config.indent_max))
        and len(unit) == 1
        and _PLACE_TITLE.match(upper.line.text)
        and not _leans_on_next(upper.line.text, _MARKED)
        and not lower.opens_dateline
    ):
        # a brief's title naming its place (怀远：石榴进入盛花期) under the box's label or the credit closing the
        # brief above: as wide as the column or wider, its shape tells it (no mark after the colon, on a line of
        # its own, where an item of the box opens)
        return True, "a brief's title (place：what happened) under the box's label or the last brief's credit", scores
    if (
        after_closing_credit
        and len(unit) == 1
        and SOLID_HANZI.fullmatch(upper.line.text.strip()) is not None
        # (wider than the line under it too, a full line of the text: the measure ahead may be a narrower
        # column's further down, 城关镇新建的三处口袋公园 / 近日完工开放，新增绿地面积四 / …)
        and upper.width >= max(lower.measure_ahead, lower.width) + config.solid_title_overhang
        and not lower.opens_dateline
        # (nor a photo's caption set wide, its photographer's credit closing it a line or two below)
        and not any(x is not None and _CREDIT_END.search(x.line.text) for x in (lower, after_lower))
    ):
        # under the credit closing the brief above, a line of hanzi alone wider than the column below it: a line
        # of running text has no mark to hang past the measure, so it is the next brief's title set in its own
        # type (二手车交易市场迁至城北新址 / 原位于解放路的…)
        return True, "a line of hanzi alone past the column below, under the last brief's credit: a title", scores
    if (
        after_closing_credit
        and len(unit) == 1
        and upper.line.blank_before > 0
        and lower.line.blank_before > 0
        and not _MARKED.search(upper.line.text)
    ):
        # an OCR engine's block of one line without a mark under the credit closing the brief above, a blank line
        # over the next: the next brief's title (12315投诉热线新增夜间值守 / [blank] / 即日起，…), as no paragraph
        # of the brief ends with no mark where its block ends
        return True, "a line without a mark in a block of its own, under the last brief's credit: a title", scores
    if (
        after_heading
        and len(unit) == 1
        # (short of the column: a summary's full first line runs on, 在…有这样一群人 / 常年巡山护林，…。)
        and upper.shortfall > 0
        and not _MARKED.search(upper.line.text)
        and lower.sentence_end
        and CLAUSE_BREAKS.intersection(lower.line.text)
        and after_lower is not None
        and _standing_byline(after_lower)
        and re.search(r"[图圖摄攝]", after_lower.line.text) is not None
    ):
        # a headline's last line over the photo's caption, a sentence of a line, that stands over the byline
        # crediting the picture (…超4万人次 / 清晨，尖峰岭主峰下云海翻涌。 / 文／图 本报记者 某某): no wrap
        return True, "a headline line over a one-line caption above the byline that credits the picture", scores
    if (
        in_briefs_box
        and len(unit) <= 2
        and not any(_MARKED.search(i.line.text) for i in unit)
        and (DATED_LEAD.match(lower.line.text) or lower.opens_dateline)
        and upper.line.text.rstrip()[-1:] not in _LEANS_ACROSS
    ):
        # in a box of briefs, a line or two with no mark over a lead opening on its date or a dateline: the brief's
        # title, wrapped or not (地理所启动青澜湿地 / 生物多样性本底调查 / 5月8日，…)
        return True, "a brief's title in a box of briefs over its dated lead", scores
    if (
        in_briefs_box
        and len(unit) == 1
        and BULLET.match(upper.line.text)
        # (not a list's rows, each marked: ■ 东门社区党群服务中心 / ■ 西湖社区文化广场)
        and not BULLET.match(lower.line.text)
        and CLAUSE_BREAKS.isdisjoint(upper.line.text)
        and not _MARKED.search(upper.line.text)
        and not upper.sentence_end
        and upper.shortfall >= config.indent_min
    ):
        # in a box of briefs, a short line marked by a bullet with no mark in it heads the item under it, dated or
        # not (會 務 簡 訊 / ■佛學班秋季招生 / 本會佛學班秋季課程將於…)
        return True, "a bulleted title in a box of briefs over its item", scores
    if (
        len(unit) == 1
        and lower.line.blank_before > 0
        and not _MARKED.search(upper.line.text)
        and upper.shortfall > 0
        and DATED_LEAD.match(lower.line.text)
        and upper.line.text.rstrip()[-1:] not in _LEANS_ACROSS
        # (no word that takes the date after it: …中考报名截至 / 6月10日，… is one sentence an OCR engine's blank line
        # parts)
        and not re.search(r"(?:截至|截止|至|到|为|為|于|於|在|从|從|自|是|于|到了)\s*$", upper.line.text)
    ):
        # a line of its own with no mark, a blank line, then a brief's lead opening on its date (鹿原交通技师学院举办
        # 开放日 / 6月15日，…): the brief's title, as an OCR engine leaves a box of briefs
        return True, "a title over a brief's lead that opens on its date, a blank line between", scores
    if (
        in_briefs_box
        and len(unit) == 1
        and after_heading is False
        and not _MARKED.search(upper.line.text)
        and (
            upper.overhangs(config)
            # (wider than a full line under it, no paragraph's last line: 今年以来该社区已组织志愿 / 服务活动三十余场。)
            or (upper.width > lower.width and not lower.sentence_end)
            # (or a notice's title, named as one: 《某某》征稿启事, 关于…的通知)
            or (_NOTICE_WORD_END.search(upper.line.text) and re.match(r"\s*(?:《|关于|關於)", upper.line.text))
        )
        and not lower.opens_dateline
    ):
        # in a box of briefs, a line with no mark after a finished brief, wider than the box's column or than the
        # line under it: the next brief's title (计算中心新增一套高性能计算集群 / 院计算中心新一套…)
        return True, "a brief's title in a box of briefs, wider than the text under it", scores
    if SUPPLIED_IN_BRACKETS.search(upper.line.text):
        # whoever supplied the photo, in brackets after the full stop, closes its caption (…曲目。（泉田國小提供） /
        # 百年碾米廠修復後…): what follows is the next caption or text
        return True, "a photo's supplier in brackets after the full stop closes the caption", scores
    if TEACHER_CREDIT.match(upper.line.text) or TEACHER_CREDIT.match(lower.line.text):
        return True, "the teacher's credit under a composition (指导老师：…) stands on a line of its own", scores
    if (
        (_BARE_CREDIT.match(lower.line.text) or (upper.sentence_end and _BARE_SOURCE.match(lower.line.text)))
        and 0 < printed_lines(unit) <= config.caption_max_lines
        and not upper.furniture
    ):
        return False, "a photographer's credit on a line of its own closes the caption above it", scores
    # A byline the wrap cut after a role (■本报特约记者 韩卫东 通讯员 / 邱子航): the name below is its own.
    name = lower.line.text.strip()
    if _ROLE_AT_END.search(upper.line.text) and _standing_byline(upper) and _NAME_LINE.match(name) and surnamed(name):
        return False, "a byline the wrap cut after a role goes on to its name", scores
    # A byline wrapped onto a second line inside its bracketed note (文：鄺志謙（嘉匯按揭研究 / 部董事）) ends there.
    if (
        len(unit) >= 2
        and upper.line.text.rstrip().endswith(("）", ")"))
        and is_byline(join_lines([i.line.text for i in unit]))
    ):
        return True, "a byline wrapped inside its bracketed note ends where the bracket closes", scores
    # A byline set on a line of its own under the headline (本报记者 某某 某某, □记者 某某, 文/图 某某): its roles
    # and names parted by spaces or marks, it is neither the subtitle's last words nor the lead's first.
    # (where the OCR's stray spaces set any words apart, only a credit's slash or colon tells one: 文／某某)
    # (nor a staff byline short of the column, role first, 本报记者 林楚妍, under a line that ends a sentence or holds
    # no clause (a title, a subtitle) and over the lead: running text that read so would stop mid-sentence on a
    # name, …获一等奖的 是 / 本报记者 林楚妍 / 采写的…, where a photo set into the column shortens a line)
    if (
        not spaced_text
        or _CREDIT_APART.search(lower.line.text)
        or _CREDIT_APART.search(upper.line.text)
        or (_short_staff_byline(lower, config) and (upper.sentence_end or not _CLAUSE_IN.search(upper.line.text)))
        or (_short_staff_byline(upper, config) and len(unit) <= 1)
    ) and ((standing := _standing_byline(lower)) or _standing_byline(upper)):
        where = "below" if standing else "above"
        return True, f"a byline stands on a line of its own ({where})", scores
    # (the wrap may cut the byline itself: …報導攝影 / ╱某某)
    if _SLASH_NAMES.match(lower.line.text) and LEAD_BYLINE.search(upper.line.text.rstrip() + lower.line.text.strip()):
        return False, "a byline cut before its slash (…報導攝影 / ╱某某) goes on to its names", scores
    if LEAD_BYLINE.search(upper.line.text) or (
        len(unit) >= 2 and LEAD_BYLINE.search(unit[-2].line.text.rstrip() + upper.line.text.lstrip())
    ):
        return True, "a byline (報導╱…) closes the lead paragraph above", scores
    if (
        (_CREDIT_END.search(lower.line.text) or SUPPLIED_IN_BRACKETS.search(lower.line.text))
        and not upper.sentence_end
        and not upper.overhangs(config)
        and upper.shortfall < config.indent_min
        and lower.width >= upper.measure + config.caption_across_cells
        and _STATES.search(lower.line.text)
    ):
        # a whole caption of one line set across the columns, its sentence ended before its credit, under a full
        # line of the column it interrupts (5月6日，…进行验证飞行。 某某 摄 between two lines of a paragraph)
        return True, "a caption of one line set across the columns interrupts the paragraph", scores
    if (
        _CREDIT_END.search(lower.line.text)
        and not upper.sentence_end
        and not upper.letter_spaced
        # display type (a subtitle across columns) is no caption's line; a line wider than the column with a full
        # stop inside it, over a credit, is one
        and (
            not upper.overhangs(config)
            or _STATES.search(upper.line.text)
            or _sentence_tail(upper.line.text, lower.line.text)
        )
        and not upper.line.text.lstrip().startswith(("——", "--"))  # nor a dash-led subtitle
        # (nor a title set in phrases, no mark in it, over a caption that opens its own sentence: 七旬老人迷路街头
        # 辅警接力护送回家 / 辅警将老人护送到家。 警方供图)
        and not (
            not spaced_text
            and _PHRASE_SPACE.search(upper.line.text)
            and not _MARKED.search(upper.line.text)
            and _SENTENCE_MARK.search(lower.line.text)
        )
        and (upper.line.text.rstrip()[-1:] in "，、；：,;:" or upper.width >= lower.width)
    ):
        # a caption set narrower than the column: its last line, up to the credit, continues the line above
        # (a title above a one-line caption is narrower than it, or ends no clause)
        return False, "a caption runs on to the credit that closes it", scores
    if (
        _STOP_THEN_SHE.search(upper.line.text)
        and lower.line.text.lstrip()[:1] == "影"
        and _CREDIT_END.search(join_lines([upper.line.text, lower.line.text]))
    ):
        # the role that opens a credit cut by the wrap inside its word, after the caption's full stop (…不馬虎。攝 /
        # 影／某某): the line below finishes the credit
        return False, "a credit cut inside 摄影 after the caption's full stop runs on below", scores
    if (
        len(unit) <= 2
        and not upper.sentence_end
        and _CAPTION_STOP_THEN_WORD.search(upper.line.text)
        and _CREDIT_END.search(join_lines([upper.line.text, lower.line.text]))
        and not _CREDIT_END.search(upper.line.text)
        and not _MARKED.search(lower.line.text)
    ):
        # the photo's source cut by the wrap after the caption's full stop (…出土的玉钺。 省 / 考古研究院供图): the
        # line below finishes the credit
        return False, "the photo's source, cut by the wrap after the caption's full stop, runs on below", scores
    if CLOSING_NOTE.match(upper.line.text) and len(unit) >= 2 and unit[-2].sentence_end:
        # a note in brackets on a line of its own after the last sentence, who wrote the piece or where it came
        # from (…最大的心愿。” / （宣传科 柯晓岚）), closes the paragraph: the line under it is the next piece's
        return True, "a note in brackets after the last sentence closes the paragraph", scores
    if _BRACKETED_DATE.match(lower.line.text) and not upper.sentence_end:
        # a speech or a document is dated in brackets on a line of its own under its title (…上的讲话 /
        # （二〇二〇年三月十二日）): running text that cites a date in brackets goes on after it on that line
        return True, "a date in brackets on a line of its own: the date of the title above", scores
    # (not a wire dateline set in brackets on its line, （中央社記者某某新竹17日電）, which opens its paragraph)
    if (
        len(unit) <= 3
        and _BRACKETED_LINE.match("".join(i.line.text.strip() for i in unit or [upper]))
        and not (unit or [upper])[0].opens_dateline
    ):
        return True, "a bracketed note on lines of its own (（作者…）, （…整理）) stands alone", scores
    if len(unit) <= 1 and NAMES_CREDIT.match(upper.line.text) and not _closes_bracket(upper, lower):
        return True, "a team's names in brackets (（金某、高某、朱某整理）) close the piece above", scores
    if BULLET.match(lower.line.text) and not upper.ends_opening:
        return True, "a bullet opens a list item", scores
    if (
        len(unit) == 1
        and BULLET.match(upper.line.text)
        and not upper.sentence_end
        and _MARKED.search(upper.line.text) is None
        and len(content_key(upper.line.text)) >= config.title_min_chars
        and upper.shortfall >= config.marked_title_shortfall
        # (over a brief's lead, opening on its date or on 近日, 日前, 昨日: a reader's voice under a bullet, ◆ 每周
        # 花几十块钱买一束花放在 / 桌上，…, runs on)
        and (DATED_LEAD.match(lower.line.text) is not None or BRIEF_LEAD_OPEN.match(lower.line.text) is not None)
        and not BULLET.match(lower.line.text)
        and (content_key(upper.line.text)[-1:] + content_key(lower.line.text)[:1]) not in known_pairs
    ):
        # a marked line with no mark in it, a cell or more short of the measure, over a line of running text, no
        # word of the page across the break: a brief's title over its text (■花园乡3座农村公厕投入使用 / 近日，…)
        return True, "a marked title with no mark in it stands over its text", scores
    if (
        unit
        and BULLET.match(unit[0].line.text)
        and upper.line.text.rstrip()[-1:] not in "，、；,;"
        and not unclosed("".join(i.line.text for i in unit))
        and not _item_runs_on(unit, upper, lower, config, after_heading)
    ):
        # list items are short: one runs on only from a comma or an open bracket
        return True, "a list item ends with its line", scores
    if (
        in_label_list
        and unit
        and LABEL_COLON.match(unit[0].line.text.strip())
        and upper.line.text.rstrip()[-1:] not in "，、；,;"
        and not unclosed("".join(i.line.text for i in unit))
        and (
            LABEL_COLON.match(lower.line.text.strip()) is not None
            or not _item_runs_on(unit, upper, lower, config, after_heading)
        )
    ):
        # (and so are the items of a list a sentence hangs from, each a label and its colon: 名单如下： / 二传：某某、
        # 某某 / 主攻：…)
        return True, "an item of a list (a label and its colon) ends with its line", scores
    if (
        len(unit) == 1
        and COLUMN_TAG_END.search(upper.line.text)
        and not upper.opens_dateline
        # (not the indented first line of a paragraph that a full line goes on with: 67歲老孫（孫明遠） / 每天…,
        # 近年来，在某倡议下，中欧班列（成都） / 累计开行…, a name glossed or a clause before the bracket; a line
        # opened by a dash under it is the title's subtitle)
        and not (
            upper.indents_paragraph(config)
            and lower.shortfall < config.indent_min
            and not SUBTITLE_DASH.match(lower.line.text)
            and (_glosses_a_name(upper.line.text) or COLUMN_TAG_END.sub("", upper.line.text.rstrip()).count("，") >= 2)
        )
        # (nor one holding a clause before the bracket, over a line that opens no paragraph: 数据同时显示，…美誉度
        # （线上好评所占比例） / 达96.5%，…。 is a sentence whose wrap fell after a gloss)
        and not (
            upper.indents_paragraph(config)
            and not CLAUSE_BREAKS.isdisjoint(COLUMN_TAG_END.sub("", upper.line.text.rstrip()))
            and not lower.indents_paragraph(config)
            and not SUBTITLE_DASH.match(lower.line.text)
            # (the line below is the paragraph's short last line, its sentence ended: a subtitle or a flush lead
            # under a title with a comma, 种菜，鼓起钱袋子（一线调研） / 青山村大棚蔬菜年产值超三千万元, is neither)
            and ends_sentence(lower.line.text)
            and lower.shortfall >= config.indent_min
        )
    ):
        # a line of its own closed by a column tag (…（民生观）, …（新知新觉）) is a title
        return True, "a line closed by its column tag (…（民生观）) is a title", scores
    if (
        1 < len(unit) <= config.heading_lines
        and COLUMN_TAG_END.search(titled := "".join(i.line.text.strip() for i in unit))
        and not _RUNNING_MARK.search(titled)
        and not any(i.opens_dateline for i in unit)
        # a title stands above an indented first line or a dateline, not above the full line that goes on
        # with a sentence whose first clause ends in a bracket (一位持有ABC（高級 / 導賞員證書） / 資格、…)
        and (lower.indents_paragraph(config) or lower.shortfall >= config.indent_min or lower.opens_dateline)
    ):
        # so is a title wrapped in a narrow column, the tag cut by the wrap (…更有温度（百姓茶 / 座）)
        return True, "a title wrapped onto lines of its own, closed by its column tag", scores
    if OPENING_LABEL.match(lower.line.text):
        return True, "a label that opens a piece (核心阅读, 编者按) starts here", scores
    if OPENING_LABEL.fullmatch(upper.line.text.strip()):
        return True, "a label that opens a piece (核心阅读, 编者按) stands on a line of its own", scores
    if TAG_OPEN.match(lower.line.text) and upper.line.text.rstrip()[-1:] not in "，、；：,;:":
        return True, "a bracketed tag (【…】) opens a title or a section", scores
    if (
        len(unit) <= 1
        and TAG_ALONE.fullmatch(upper.line.text)
        and lower.line.text.lstrip()[:1] not in CLOSING
        # (not a dateline in brackets, 【本報記者某某台北報道】, which opens its lead)
        and not upper.opens_dateline
        and match_dateline(upper.line.text.strip()) is None
        and not names_report(upper.line.text.strip()[1:-1])
    ):
        # (and one alone on its line, closed where it ends, is a title or a section's tag: no text runs on from it,
        # however near the measure it comes: 【葵青區康樂中心暫停開放】 / 康文署宣布，…)
        return True, "a bracketed title or tag (【…】) alone on its line stands over the text", scores
    # (not one cited in a sentence: …按照省政府印发的 / 苏政发〔2023〕12号 / 文件要求，…)
    if (DOCUMENT_NUMBER.match(upper.line.text) and not _CITED_AFTER.match(lower.line.text)) or (
        DOCUMENT_NUMBER.match(lower.line.text) and not _cited_before(upper.line.text)
    ):
        return True, "an official document's number (某政发〔2023〕9号) stands on a line of its own", scores
    if (
        COURT_NUMBER.match(lower.line.text)
        and upper.shortfall >= 2
        and not ends_sentence(upper.line.text)
        and not (_cited_before(upper.line.text) or upper.line.text.rstrip()[-1:] in "的于在由经对")
    ):
        # (under its notice's title, short of the column; not one a sentence cites, …作出的 / （2023）…号 / 判决书…)
        return True, "a court's case number (（2020）湄01破12号) under its notice's title stands alone", scores
    if CASE_NUMBER.match(upper.line.text) or CASE_NUMBER.match(lower.line.text):
        return True, "a court's case number (案号：…) stands on a line of its own", scores
    # (short of the column, read against the lines above too: at the page's foot, the signature's own short lines
    # set the measure there)
    if (DATE_ALONE.match(upper.line.text) or MONTH_ALONE.match(upper.line.text)) and max(
        upper.shortfall, upper.measure_behind - upper.width
    ) > config.indent_max:
        # (short of the column: a date that a wrap left alone on a line fills it)
        return True, "a date alone on a short line signs the document above", scores
    if (
        DATE_ALONE.match(lower.line.text)
        and len(unit) <= 1
        and (ISSUER.match(upper.line.text) or VENUE_ISSUER.match(upper.line.text))
        and not _SENTENCE_MARK.search(upper.line.text)
    ):
        # (an issuer of a line over its date, however wide the two: at the foot of a page their own short lines set
        # the measure they are read at, 星城大剧院 / 2024年12月20日)
        return True, "a date alone under its issuer on a line of its own: the document's signature", scores
    if (
        # (or its year and month alone, 2024年12月, as a bulletin dates its notices)
        (DATE_ALONE.match(lower.line.text) or MONTH_ALONE.match(lower.line.text))
        and max(lower.shortfall, lower.measure_behind - lower.width) > config.indent_max
        and not upper.sentence_end
        and upper.line.text.rstrip()[-1:] not in CLAUSE_BREAKS
    ):
        # (a sentence never breaks off to leave a date alone on a short line: it goes on after it or ends on it)
        return True, "a date alone on a short line under its issuer: the document's signature", scores
    if (
        ENUMERATED.match(lower.line.text) or (item_count(lower.line.text) or ("", 0))[1] == 1
    ) and upper.line.text.rstrip()[-1:] in "：:":
        return True, "an item of a document's list (一、…) opens a line after the preamble's colon", scores
    if (
        len(unit) >= 2
        and upper.line.text.rstrip()[-1:] in "：:"
        and upper.shortfall >= _heading_margin(upper, config)
        and upper.support >= config.min_measure_support
        and lower.line.text.lstrip()[:1] not in _OPENING_QUOTES
        and not PIECE_START.match(lower.line.text.lstrip())
        and lower.line.blank_before == 0
        # (over a full line of running text: what the colon introduces may be a box's rows, 今日天气 多云…)
        and lower.shortfall <= config.indent_max
        and (_MARKED.search(lower.line.text) is not None or not _PHRASE_SPACE.search(lower.line.text))
        # (not inside a bracket still open: …有限公司（统 / 一社会信用代码： / 91480327MA5K8T2X6R）…, a code the
        # column cannot hold going down to the next line)
        and not unclosed(join_lines([i.line.text for i in unit]))
    ):
        # a paragraph's last line stops short on the colon that introduces the next (…现将有关情况答复如 / 下： /
        # 经核查，…): only a paragraph's end leaves a line short (a quotation the colon opens, cut off by
        # pdftotext -raw, goes on; the rule above reads it)
        return True, "a paragraph ends on a short line with the colon that introduces the next", scores
    if (
        len(unit) == 1
        and (not CODE_LINE.match(upper.line.text) or upper.line.text.rstrip()[-1:] in "-/－／")
        and CODE_LINE.match(_SPACES.sub("", upper.line.text + lower.line.text))
    ):
        # (a code the wrap cut, 案件編號：CCDI333- / 334/16, or a label set letter-spaced over its code, 【 案 件 編
        # 號 ： / DCCC12/2020】: one line)
        return False, "a label and its code, cut by the wrap, are one line", scores
    if CODE_LINE.match(upper.line.text) or CODE_LINE.match(lower.line.text):
        return True, "a label and its code (编号：…) stand on a line of their own", scores
    if (
        unit
        and (counted := item_count(unit[0].line.text)) is not None
        and item_count(lower.line.text) == (counted[0], counted[1] + 1)
        and upper.line.text.rstrip()[-1:] not in CLAUSE_BREAKS
    ):
        # the paragraph opened on a list's count and the line below opens on the next in the same form, the items
        # ending on no mark (1.《雪线》 预售3120万元 / 2.《开心一家人》 …): the next item, however full the line above
        return True, "the line below counts the next item of the list above", scores
    if (
        len(unit) == 1
        and unit[0].line.blank_before == 0
        and lower.line.blank_before
        and item_count(upper.line.text) is not None
        and item_count(lower.line.text) is None
        and upper.line.text.rstrip()[-1:] not in CLAUSE_BREAKS
        and not _SENTENCE_MARK.search(lower.line.text)
        and CLAUSE_BREAKS.isdisjoint(lower.line.text)
        # (a line standing alone between blank lines, as a title does: the rest of an item the OCR parted off runs
        # on into the next line, 3.在…公众号中点击 / [blank] / “电子凭证”菜单办理 / 市医保局提醒，…)
        and (after_lower is None or after_lower.line.blank_before > 0 or after_lower.opens_dateline)
    ):
        # a list's item of a line ending on no mark, then a blank line and a line with no mark of running text
        # (3.《深海追踪》 预售2210万元 / [blank] / “回声计划”乐队巡演上海收官): the list has ended there
        return True, "a list's last item, then a blank line and a line with no clause: the list ends", scores
    if TIMELINE_ROW.match(lower.line.text) and (
        TIMELINE_ROW.match(upper.line.text) or (len(unit) <= 1 and not _SENTENCE_MARK.search(upper.line.text))
    ):
        # a match's timeline under its label, a goal a row (进球时间线 / 12' 某某（某队） 1-0 / 34' …)
        return True, "a match's timeline stands a row to a line", scores
    if (
        len(unit) == 1
        and TIMELINE_ROW.match(upper.line.text)
        and unit[0].line.blank_before == 0
        and not TIMELINE_ROW.match(lower.line.text)
        and not CLAUSE_BREAKS.intersection(upper.line.text)
    ):
        # (and its last row ends with its line: 81' 某某（某队） 2-1 / 赛后，…)
        return True, "a match's timeline's last row ends with its line", scores
    if COLON_FIGURE_ROW.match(lower.line.text) and (
        COLON_FIGURE_ROW.match(upper.line.text) or upper.line.text.rstrip()[-1:] in "：:"
    ):
        # a list of figures, each a label, its colon and its figure with the change in brackets (恒生指數：18,129（升
        # 214點） / 國企指數：6,432（升85點）): a row a line, however full
        return True, "a list of figures stands a row to a line (label：figure)", scores
    if (
        len(unit) >= 2
        and unit[0].opens_caption
        and not _CREDIT_END.search(unit[-2].line.text)
        and not _SUPPLIED_END.search(unit[-2].line.text)
        # (or who supplied the photo, in brackets after the full stop, over a short line: 。(市府 / 新聞處提供) /
        # 市民信箱; a full line under it may be the wire's credit of the photo, 中央社記者某某台中傳真 …)
        and (
            _CREDIT_END.search(join_lines([i.line.text for i in unit[-2:]]))
            or (
                _SUPPLIED_END.search(join_lines([i.line.text for i in unit[-2:]]))
                and lower.shortfall >= config.short_margin
                # (a label or a title, no more of the caption: …（市府 / 新聞處提供） / 左為教育處長…。 goes on)
                and _SENTENCE_MARK.search(lower.line.text) is None
            )
        )
        # (a source's few words after the full stop, not a sentence going on: …各个时期的图片 / 三百余幅，…)
        # (its brackets aside: 。(市府 / 新聞處提供))
        and len(re.sub(r"[\s（）()]", "", re.split(r"[。！？]", join_lines([i.line.text for i in unit[-2:]]))[-1])) <= 8
    ):
        # a caption whose source the wrap cut, …即時生效。TVB影片截 / 圖, ends with it
        return True, "a caption's source the wrap cut closes it", scores
    if (
        unit
        and unit[0].opens_caption
        and len(unit) < config.caption_max_lines
        and not ends_sentence(upper.line.text)
        and not _CREDIT_END.search(upper.line.text)
        and not lower.opens_caption
    ):
        return False, "a photo caption runs on to its full stop", scores
    if (
        (upper.overhangs(config) or lower.overhangs(config))
        and not _standfirst_runs_on(upper, lower, config, unit)
        and not _dateline_runs_on(unit, lower, config)
        # (a line that ends one sentence and runs on into the next, clause mark and all, is prose, however
        # wide it looks against a column read among short lines: …好不好？」爷爷笑着说，刚看完…; and one with a
        # full stop inside it, or whose sentence ends a few characters into the next, over the photographer's
        # credit it runs on into, is a caption set wide: …整理捐贈的二手書。記 / 者某某／攝影, …制作的发 /
        # 饰。 记者 某某 摄)
        and not any(_PROSE_ACROSS.search(i.line.text) for i in (upper, lower) if i.overhangs(config))
        # (nor a title that overhangs with a bracket and a quotation left open, the line below closing them:
        # …（守初心…深入开展“不忘初心、 / 牢记使命”主题教育…）)
        and not (
            upper.overhangs(config)
            and unclosed(upper.line.text)
            and _quote_open(upper.line.text)
            and _closes_bracket(upper, lower)
        )
        and not (
            (
                _STATES.search(upper.line.text)
                or _sentence_tail(upper.line.text, lower.line.text)
                # (or a clause over the rest of its sentence: 6月6日，牧民赶着牦牛 / 向夏季牧场转移。 记者 某某 摄,
                # prose, as no title has a comma in it and a full stop before its credit)
                or (_CLAUSE_IN.search(upper.line.text) and _SENTENCE_END_IN.match(lower.line.text))
            )
            and _CREDIT_END.search(lower.line.text)
        )
        # (nor a line holding a clause whose sentence the line below ends, short of the measure, as a paragraph's
        # last line: …說明基於何種理據法庭需考慮改判被告 / 串謀詐騙罪。下周續審。 is prose in a column read among
        # a dialogue's short lines)
        and not (
            upper.overhangs(config)
            and not lower.overhangs(config)
            and not upper.sentence_end
            and not CLAUSE_BREAKS.isdisjoint(upper.line.text.strip()[:-1])
            and ends_sentence(lower.line.text)
            and lower.shortfall > 0
            and not lower.opens_dateline
        )
        # (nor prose set wide, a lead across the columns under its headline, whose word the wrap cut; a caption
        # set across a photo that broke into a sentence stands under a full line)
        and not (
            under_short_line and (upper.overhangs(config) or len(unit) == 1) and _prose_runs_on(upper, lower, config)
        )
    ):
        return True, "a line wider than its column: display type spanning columns", scores
    blank = lower.line.blank_before > 0 and not (upper.double_spaced and lower.double_spaced)
    # A line of closing marks only (”, 。” cut off by the extractor) ends whatever the line above it ends.
    sentence_end = upper.sentence_end or (
        upper.starts_closing and len(unit) >= 2 and ends_sentence(unit[-2].line.text + upper.line.text)
    )
    if sentence_end and upper.width > config.column_max_width:
        return True, "a sentence ends a line wider than any column: the text was never hard-wrapped", scores
    # (on a page so exported, a sentence ending a line ends its paragraph however narrow the line: no column's
    # measure to fill, and no column break to run on from)
    if sentence_end and unwrapped_page and not lower.starts_closing:
        return True, "a sentence ends a line on a page set a paragraph a line: the paragraph ends", scores
    if sentence_end and _TURN_OPEN.match(lower.line.text) and not upper.opens_dateline:
        return True, "a speaker's turn (问：, 答：, 记者：) opens a paragraph after a sentence end", scores
    if sentence_end:
        if (
            len(unit) == 1
            and _indented(upper, config)
            and lower.shortfall < config.short_margin
            and not blank_line_evidence(upper, lower)
            and not lower.opens_dateline
            # one sentence on a line of its own below a caption is the next photo's caption (photos come
            # in rows, their captions one after the other), set as narrow as the line looks indented
            and not after_caption
            # a caption (老读者（左）…读报。) ends at its full stop: the lead of the story starts below it
            and not upper.opens_caption
            # and a question ends where the answer's turn opens (问：…？ / 答：…)
            and not _TURN_OPEN.match(lower.line.text)
            # and where the page keeps indents as spaces, a line opening on them as the upper one does opens its
            # own paragraph, however full (　　一、…。 / 　　二、…): the upper one only looked short, its figures set
            # narrow
            and not (_opens_on_indent(upper) and _opens_on_indent(lower))
            # and a title set in phrases with no mark, wider than the column (旅外投手呂奕安 獨立聯盟首勝入袋), goes
            # on from no sentence (a quotation in phrases, 「樂齡健體 活出精彩」, or a stray space, 欧阳 志明, may)
            and not (
                not spaced_text
                and lower.shortfall < 0
                and _PHRASE_SPACE.search(lower.line.text)
                and not _MARKED.search(lower.line.text)
                and not any(q in lower.line.text for q in "“”「」『』‘’")
            )
            # and a full line followed by a short one that ends no sentence is a title over its subtitle or
            # label, not the middle of a paragraph
            and not (
                after_lower is not None
                and not lower.sentence_end
                and not after_lower.sentence_end
                and after_lower.shortfall >= config.heading_shortfall
            )
        ):
            return False, "an indented first line that happens to end on a full stop; the full line continues", scores
        if (
            upper.starts_closing
            and lower.line.text.lstrip()[:1] in _OPENING_QUOTES
            and lower.line.blank_before == 0
            and not lower.letter_spaced  # a title set letter-spaced is a printed line of its own, no piece
        ):
            # the extractor cut one printed line at its marks (热服务规范 / 》 / 。 / “我们每天公): if the pieces
            # fit in the column together, the quotation continues the same printed line
            printed = upper.width
            for piece in reversed(unit[:-1]):
                printed += piece.width
                if not piece.starts_closing:
                    break
            # the printed line is one of the column above: where a wider column starts below, its lines
            # raise the measure here, and the pieces would seem to fit
            if printed + lower.width <= min(upper.measure, upper.measure_behind) + 0.5:
                return False, "a quotation continues a printed line cut into pieces at its marks", scores
        # (where it went down for want of room on the last line: set on a line of its own under a short one, it is
        # a paragraph of its own; and a person quoted, （居民 王秀英）, goes on in the quotation's paragraph too)
        if signing_names(lower.line.text, people=True) and lower.width > upper.shortfall:
            return False, "the writer's name in brackets after the last sentence signs the brief", scores
        if (
            DESK_SIGNATURE.match(lower.line.text)
            and lower.width > upper.shortfall
            # (not under a question: the office that answers it, 网友：…修好？ / （市城管局） / 答：…)
            and not upper.line.text.rstrip().endswith(("？", "?"))
        ):
            # (and so does the desk or office that sent it, （市残联）, （区委宣传部）)
            return False, "the desk in brackets after the last sentence signs the brief", scores
        if upper.shortfall >= config.short_margin:
            return True, "sentence ends on a short line", scores
        if _indented(lower, config) and not (
            lower.sentence_end and (after_lower is None or after_lower.line.blank_before > 0)
        ):
            return True, "sentence ends at the margin and the next line is indented", scores
        if blank and not _goes_on_past_blank(unit, lower):
            # (however full both lines: an OCR engine leaves a blank line between its blocks, and one that ends on a
            # sentence's end at the margin ends its paragraph there as good as always; a column broken at a
            # sentence's end with the paragraph going on at the next one's head is the rare case, told by its words)
            return True, "sentence end, then a blank line: the paragraph ends", scores
        if lower.shortfall >= heading and not lower.sentence_end:
            return True, "sentence end, then a short line that ends no sentence: heading, label or credit", scores
        plain = not _SENTENCE_MARK.search(lower.line.text) and "，" not in lower.line.text
        if lower.shortfall >= config.indent_min and plain:
            # neither a full line nor a sentence's last line: a title below the paragraph
            return True, "sentence end, then a line that neither fills the column nor holds a sentence", scores
        if (
            lower.shortfall >= config.indent_min
            and not lower.sentence_end
            and after_lower is not None
            and (after_lower.letter_spaced or after_lower.overhangs(config))
        ):
            # a short line that ends no sentence goes on into no title set in display type under it: it is
            # that title's kicker (快递开进村口，山里购物方便 / 网 上 下 单 年 货 …)
            return True, "sentence end, then a short line over display type: the kicker of that title", scores
        if (
            not lower.sentence_end
            and not lower.opens_dateline
            and after_lower is not None
            and COLUMN_TAG_END.search(after_lower.line.text)
            and not _SENTENCE_MARK.search(after_lower.line.text)
            and not after_lower.opens_dateline
        ):
            # a line that ends no sentence over a title closed by its column tag (…成了城里的菜篮子 / 冬闲田里挣
            # 钱忙（乡村见闻）) is that title's kicker, or its first line: the column does not go on there
            return True, "sentence end, then a line over a title closed by its column tag: the title starts", scores
        if (
            plain
            and after_lower is not None
            and (
                after_lower.opens_caption
                or after_lower.opens_dateline
                # (or a byline on a line of its own, 文／石岩: a title printed after its story, or the next piece's)
                or (is_byline(after_lower.line.text) and _standing_byline(after_lower))
            )
        ):
            # a full line without a mark is no paragraph's first line when a caption or a dateline follows it:
            # the next piece's title, set as wide as the column
            return True, "sentence end, then a line without a mark above a caption, dateline or byline: a title", scores
        if (
            plain
            and then_dateline
            and after_lower is not None
            and not _SENTENCE_MARK.search(after_lower.line.text)
            and "，" not in after_lower.line.text
            and after_lower.shortfall >= heading
        ):
            # nor when it wraps onto a short line without a mark right above a dateline (…贸易合作论坛 /
            # 在港举行 / 新华社…电): a title as wide as the column, its tail, and the report it heads
            reason = "sentence end, then a full line and its short tail without a mark above a dateline: a title"
            return True, reason, scores
        if plain and not spaced_text and _PHRASE_SPACE.search(lower.line.text) and not lower.sentence_end:
            # a line set in phrases (…推进会召开 部署下步工作) after a full stop: running text puts no space between
            # hanzi, a title across the column does
            return True, "sentence end, then a line set in phrases without a mark: a title", scores
        if plain and foot_titles:
            # nor when the lines from it down to the page's furniture hold no mark at all: the headlines pdftotext
            # -raw dumps at the foot, where their own short lines set the measure the full line is judged by
            return True, "sentence end, then lines without a mark down to the page's foot: headlines", scores
        if unit and unit[0].opens_caption and len(unit) < config.caption_max_lines:
            # a caption set as wide as the column ends at its full stop all the same (阿明（前）…站起來。): the
            # full line below is the lead of the story, not the caption going on into the next column
            return True, "a photo caption ends at its full stop, even at the margin", scores
        if (first := item_count(unit[0].line.text)) and (item_count(lower.line.text) == (first[0], first[1] + 1)):
            # the paragraph above opened on a list's count and the line below on the next in the same form (一、…
            # 到场。 / 二、场内…): the next item, each a paragraph, however full the line above
            return True, "sentence end, and the line below counts the next item of the list above", scores
        if (
            after_lower is not None
            and not lower.sentence_end
            and _SENTENCE_MARK.search(lower.line.text)
            and _CREDIT_END.search(after_lower.line.text)
            and after_lower.shortfall > config.indent_max
            and re.search(r"[（(]\s*$|[（(][^）)]*$", lower.line.text) is not None
        ):
            # a photo's caption, a sentence and its photographer in brackets cut by the wrap (學員在結業禮上展示書法
            # 作品。（記 / 者 某某 攝）), after the story's last full stop: the caption, no more of the story
            return True, "a photo's caption closed by its credit in brackets starts after the story's end", scores
        if (
            flush_page
            and (count := item_count(lower.line.text)) is not None
            and count[0].startswith("cn")
            and count[1] == 1
        ):
            # on a page whose paragraphs open on full lines, a document's first item (一、…) after a sentence's end
            # opens its list, a paragraph each, however full the line above (…实施交通管制。 / 一、管制时间：…)
            return True, "sentence ends at the margin and the next line opens a document's list (一、)", scores
        if flush_page and _MEETING_OPENER.match(lower.line.text):
            # on a page whose paragraphs open on full lines, a meeting's report opens each paragraph on what the
            # meeting did (会议指出，… / 会议强调，… / 会议要求，…): a paragraph however full the line above
            return (
                True,
                "sentence ends at the margin and the next line opens on what the meeting did (会议强调)",
                scores,
            )
        return False, "sentence ends at the margin and the next line fills the column: column break", scores
    # At the top of the page, a few lines that end no sentence anywhere, then an indented line: a paragraph
    # starts below the page's lead headline, which happens to be as wide as the column (large type).
    if (
        lower.indents_paragraph(config)
        and not lower.sentence_end
        and 0 < len(unit) <= config.heading_lines
        and unit[0].shortfall < config.indent_min  # a paragraph's first line would be indented itself
        and at_top
        and not any(i.opens_dateline or _SENTENCE_MARK.search(i.line.text) for i in unit)
        and not unit[-1].line.text.rstrip().endswith(tuple("，、；：,;:"))
    ):
        return True, "an indented paragraph starts below lines that end no sentence: a heading", scores
    # A line or two standing alone (a sentence ended above them, or at the top of the page), with no mark of
    # running text in them, above a line indented as a paragraph's first are a title about as wide as the
    # column (kicker and title, or a title wrapped): a wrapped line continues into a full line, never into an
    # indented one.
    if (
        0 < len(unit) <= config.heading_lines
        and not any(i.opens_dateline for i in unit)
        # (nor a dateline the wrap cut between its place and its date: 新华社马达加斯加塔那那利佛 / 2月11日电…)
        and not looks_like_dateline_start(upper.line.text.strip() + lower.line.text.strip())
        and not _RUNNING_MARK.search(QUOTED.sub("", "".join(i.line.text for i in unit)))
        and lower.indents_paragraph(config)
        # (nor a full line over one short only by the digits it holds, set wider than counted: …距地表 / 880 米，
        # 地温高、地压大，施工 is running text, a title filling the column being rare)
        and not (
            upper.shortfall < config.indent_min
            and lower.measure_ahead - lower.width - _digit_slack(lower.line.text) < config.indent_min
            # (and within a cell of its column: an indented line full of figures is indented all the same)
            and lower.shortfall <= 1
        )
        # (nor a line short only because the Latin word or number opening the next was too wide for its end,
        # …莫哈末法依斯（ACP Mohd Faiz / Rahman）今日…)
        and not (
            after_lower is not None
            # (under a full line: a title stops short of the measure)
            and upper.shortfall < config.indent_min
            and (token := _ASCII_TOKEN.match(after_lower.line.text.lstrip())) is not None
            # (by less than the word, or by just as much where the word is wider than the two cells of an indent:
            # 135kW is as wide as the room it left, 2012 as wide as an indent)
            # (the room read against the column's measure too: a line below that hangs a mark widens the measure
            # ahead by a cell, 3.875厘。以貸款額400萬元、)
            and (
                (room := min(lower.measure_ahead, lower.measure) - lower.width) < (word := line_width(token.group()))
                or (room == word and word > (config.indent_min + config.indent_max) / 2)
            )
        )
        # (a line that opens on a particle leaning on the word before it, …开展课后服务 / 的最大难题, goes on from
        # the line above whatever its width: no paragraph opens so)
        and not _LEANS_BACK_OPENER.match(lower.line.text)
        # (nor a line whose bracket or title mark the line below closes: one phrase, cut by the wrap, 本报3月4日
        # 第3版《春季招聘会提 / 供岗位1.2万个》一文中…)
        and not closed_below(upper.line.text, lower.line.text)
        # (at the top, where no column above tells the measure, only a line short of the one it is read at)
        and (not at_top or lower.shortfall >= config.indent_min)
        # (under a line indented itself, a line short only by its last mark hung, or by a few digits set wider
        # than counted, is the paragraph's second line, full, where no blank line parts them)
        and not (
            len(unit) == 1
            and upper.indents_paragraph(config)
            and lower.measure_ahead - lower.width - _digit_slack(lower.line.text) < config.indent_min
            and lower.line.blank_before == 0
        )
        and not lower.sentence_end
        and after_lower is not None
        and after_lower.shortfall < config.indent_min
        and after_lower.line.blank_before == 0
        # (nor a full line over a line opening on a character or two and a clause mark: the end of the word the
        # wrap cut, …館長由資深館員鄭嘉 / 穎，因推行10項…, which no paragraph opens on)
        and not (upper.shortfall <= config.short_margin and _WORD_END_THEN_CLAUSE.match(lower.line.text))
        # (nor one with a mark in it that stops on a word leaning on the next, ■「潮聲」青年攝影展：即 / 日起至…)
        and not _leans_on_next(upper.line.text, _MARKED)
    ):
        return True, "a title stands above an indented paragraph", scores
    # A subtitle opened by a dash (——访某某) on a line of its own, under a short title: the dash ties it to the
    # title above it, and the text below starts on its own (running text wraps a dash onto a full line).
    if (
        unit
        and not sentence_end
        and len(unit) <= config.heading_lines
        and not any(i.opens_dateline or _SENTENCE_MARK.search(i.line.text) for i in unit)
        and (
            (
                # (short of the column, or of the subtitle set across under it, twice as wide: no paragraph
                # wraps from a line into one that much wider, and the column is not always told at the head of
                # a page)
                (
                    (unit[0].shortfall >= heading and upper.shortfall >= heading)
                    or (len(unit) == 1 and lower.width >= 2 * upper.width)
                    # (or a title set letter-spaced, display type no dash-led line of text wraps from)
                    or (len(unit) == 1 and upper.letter_spaced)
                )
                and SUBTITLE_DASH.match(lower.line.text)
                and not lower.sentence_end
            )
            # (whatever the widths, where the dash opens a subtitle's formula: ——记某某, ——访某某, ——追记…)
            or (_SUBTITLE_FORMULA.match(lower.line.text) and not _SENTENCE_MARK.search(lower.line.text))
        )
    ):
        return True, "a subtitle opened by a dash stands below its title", scores
    if (
        len(unit) == 1
        and SUBTITLE_DASH.match(upper.line.text)
        and not sentence_end
        and not _SENTENCE_MARK.search(upper.line.text)
        # (short of its column, or as wide as it or wider above a line indented as a paragraph's first: a dash
        # that running text wraps to the head of a line goes on into a full line; or one that opens a
        # subtitle's formula, ——记某某, however wide)
        and (
            upper.shortfall > config.indent_max
            or lower.indents_paragraph(config)
            or _SUBTITLE_FORMULA.match(upper.line.text)
        )
        and not SUBTITLE_DASH.match(lower.line.text)
    ):
        return True, "the text below a subtitle opened by a dash starts on its own", scores
    # A line opened by a bracket that the next line closes at its end is one bracketed note wrapped (a closing
    # credit: （综合本报记者王 / 某、李某报道）): no heading stands in brackets cut in two.
    if (
        upper.line.text.lstrip()[:1] in "（("
        and _closes_bracket(upper, lower)
        and lower.line.text.rstrip()[-1:] in "）)"
    ):
        return False, "a note in brackets wrapped onto the line that closes it", scores
    # A bracket left open at the end of a line and closed a few characters into the next is one phrase cut by
    # the wrap (…让城市更有温度（百姓茶 / 座）): the short upper line is no heading standing alone.
    if unclosed(upper.line.text) and (closing := _BRACKET_CLOSED_SOON.match(lower.line.text.strip())) is not None:
        opened = max(upper.line.text.rfind("（"), upper.line.text.rfind("("))
        inside = len(upper.line.text.rstrip()) - opened - 1 + len(closing.group()) - 1
        if opened >= 0 and inside <= config.bracket_phrase_chars:
            return False, "a bracket the wrap left open closes a few characters into the next line", scores
    # A quotation closes the line and another opens the next: prose never sets two side by side without a mark
    # between them (」，「 / 」。「), so the two lines are a title's quoted words over a lead that opens on a
    # quotation (…看不見孩子」 / 「媽媽，我幫妳搥背。」), or a paragraph ending on a quoted name, then another.
    # (A line or two standing alone with no mark of running text outside their quotes, that is, and a lead that
    # opens on speech, a quotation with a mark in it: mainland prose runs quoted slogans together, “两学一做”
    # “三严三实”, in its sentences.)
    if (
        upper.line.text.rstrip()[-1:] in _CLOSING_QUOTES
        and lower.line.text.lstrip()[:1] in _OPENING_QUOTES
        and _SPEECH_OPENS.match(lower.line.text.strip())
        and after_heading
        and len(unit) <= 2
        # (two lines, the first of them full, are running text wrapped)
        and (len(unit) == 1 or unit[0].shortfall >= config.indent_min)
        and not _RUNNING_MARK.search(QUOTED.sub("", "".join(i.line.text for i in unit)))
        # (nor pieces of one printed line that pdftotext -raw cut before the second quotation: together they
        # fit the measure)
        and upper.width + lower.width > upper.measure + 0.5 + _mark_kerning(upper, lower)
    ):
        return True, "a quotation closes the line and another opens the next: no running text between", scores
    # Under a heading, a line or two without a single mark over a quoted spoken sentence (closed by its own
    # full stop inside the quote): prose brings such speech in with a colon or after a sentence's end, never
    # straight on from words without a mark, so the lines are a headline (the heading's subtitle, or a title
    # and its subtitle) and the lead opens on the quotation (书屋开到家门口 / 「以前借书要跑城里，…。」). A quoted
    # phrase or slogan runs on from its sentence's words (…总爱用一句话“说干就干，马上就办”来概括).
    if (
        after_heading
        and len(unit) <= 2
        and all(PUNCTUATION.isdisjoint(i.line.text) for i in unit)
        and len(upper.line.text.strip()) >= config.bare_subtitle_chars
        and _SPOKEN_SENTENCE.match(lower.line.text.strip() + (after_lower.line.text.strip() if after_lower else ""))
    ):
        return True, "a line without a mark under a heading, over a quotation of speech: a subtitle", scores
    # A jump line (详见A3版, 下转第4版) closes what stands above it, so the line under it opens the next piece: a
    # line there without a mark of prose, short of the column below it by more than a paragraph's indent, over
    # a line that fills it, is that piece's title (the items of a front page's teaser box, each a title, a few
    # lines and where to read on, set in a box so narrow that a title nearly fills it).
    if (
        after_jump
        and len(unit) == 1
        and not upper.opens_dateline
        and PROSE_MARKS.isdisjoint(upper.line.text)
        and upper.measure_ahead - upper.width > config.indent_max
        and lower.measure_ahead - lower.width < config.indent_min
    ):
        return True, "a line without a mark under a jump line, short of the full line below it: a title", scores
    # Under a heading, a line set in phrases without a mark (東峰舊車站 化身鐵道文化館) is a headline part of its
    # own: running text puts no space between hanzi, a title or deck does; unless the line below is the short
    # tail it wrapped onto.
    if (
        (after_heading or at_top)
        and len(unit) == 1
        and not spaced_text
        and not upper.letter_spaced
        and not upper.furniture
        and not upper.opens_dateline
        and _PHRASE_SPACE.search(upper.line.text)
        and not _MARKED.search(upper.line.text)
        and (lower.width >= upper.width - 1 or upper.overhangs(config))
        and len(content_key(lower.line.text)) > 2
        # (not a lead's line with an OCR engine's stray space, cut inside a word the page prints whole: …举办常年助 /
        # 学金颁发仪式，…, or inside a date: …将于本月19 / 日（星期日）…)
        and (content_key(upper.line.text)[-1:] + content_key(lower.line.text)[:1]) not in known_pairs
        and not _DATE_ACROSS.search(upper.line.text.rstrip() + "|" + lower.line.text.lstrip())
    ):
        return True, "a line set in phrases without a mark under a heading: a headline part of its own", scores
    # A title set in phrases and wrapped onto a second line (…警員稱「梁振 / 英有反應」避開 梁明出庭作證), after a
    # finished paragraph, with no clause or sentence mark in it: its second line ends it, and the prose below (a
    # caption, the lead) starts on its own.
    if (
        len(unit) == 2
        and not after_heading
        and not spaced_text
        and not any(i.letter_spaced or i.furniture or i.opens_dateline for i in unit)
        # (phrases of two characters or more: a line spread out by justification parts single characters)
        and any(_PHRASE_SPACE.search(i.line.text) and min(map(len, i.line.text.split())) >= 2 for i in unit)
        and PROSE_MARKS.isdisjoint("".join(i.line.text for i in unit))
        and not _PHRASE_SPACE.search(lower.line.text)
        and not PROSE_MARKS.isdisjoint(lower.line.text)
        # (nor a letter's signature over the reply's label, 某中学学生家长 卢梦 / 编辑回复)
        and not REPLY_LABEL.match(upper.line.text)
        and not LABEL.match(upper.line.text)
    ):
        return True, "a title set in phrases, wrapped onto its second line, ends there", scores
    # A column's label alone on the first line of a block (牧者心聲 / 空墳墓的盼望, 职工之声 / …): a kicker on its
    # own line, whatever measure the short lines around it make
    if len(unit) == 1 and COLUMN_LABEL.match(upper.line.text) and not lower.sentence_end:
        return True, "a column's label alone on its line: the kicker over its title", scores
    # No sentence end: a hard wrap, unless the upper line is clearly short (subhead, byline, heading) and the
    # lower line does not fill the column either (a first line set short by odd spacing is followed by a full
    # one). Extractors cut one printed line into fragments at quotation marks (set in another font); such
    # fragments fit beside each other within the measure and are joined.
    # (a box's or a column's label alone on its line, 编读往来 over “早市之争”仍在继续, is a kicker, and a byline,
    # □ 某某 over 《书名》是…, a line of its own: neither is a piece of a printed line)
    # The tail a wrap left of a line that opened the quotation it closes (脊損男養3口「我不能 / 倒」): that line's
    # end, standing as the line did, not a piece of the line below. (A line opened by the mark is a piece cut at it,
    # 「只要晚上 / 睡得著」…)
    quotation_tail = (
        len(unit) == 2
        and upper.line.text.rstrip()[-1:] in _CLOSING_QUOTES
        and unit[0].line.text.lstrip()[:1] not in _OPENING_QUOTES + _OPENING_TITLE_MARKS
        and closed_below(unit[0].line.text, upper.line.text, marks=QUOTE_MARKS)
        and upper.width < unit[0].width
    )
    fragment = (
        lower.line.blank_before == 0
        and not LABEL.match(upper.line.text)
        # (nor a column's label, a kicker on its own line over its title: …城市通勤的“安静派” / 用车课堂)
        and not COLUMN_LABEL.match(lower.line.text)
        and not (lower.line.text.lstrip()[:1] in _OPENING_TITLE_MARKS + _QUOTES and is_byline(upper.line.text))
        and (
            # a short piece that opens a quotation is the start of a printed line cut at the quotation mark (one
            # the line below fits beside: a whole quotation after a sentence end, too wide to share a printed line
            # with the full line under it, is a subhead, …进行投诉。 / “办卡容易退卡难” / 在走访中，…)
            (
                upper.line.text.lstrip()[:1] in _OPENING_QUOTES
                and not (
                    len(unit) == 1
                    and _WHOLE_QUOTE.fullmatch(upper.line.text.strip()) is not None
                    and upper.width + lower.width > upper.measure + 0.5 + _mark_kerning(upper, lower)
                    and lower.shortfall < config.indent_min
                )
            )
            or (
                (
                    upper.line.text.rstrip()[-1:] in _QUOTES
                    or lower.line.text.lstrip()[:1] in _QUOTES + _OPENING_TITLE_MARKS
                    or _LATIN_IN_BRACKETS_END.search(upper.line.text) is not None
                    or _LATIN_IN_BRACKETS_START.match(lower.line.text.lstrip()) is not None
                    or _TITLE_PIECE.fullmatch(upper.line.text.strip()) is not None
                )
                and upper.width + lower.width <= upper.measure + 0.5 + _mark_kerning(upper, lower)
                and not (
                    len(unit) == 1
                    and not upper.starts_closing
                    and upper.line.text.rstrip()[-1:] in _CLOSING_QUOTES
                    and not _pieces_make_a_first_line(upper, lower, after_lower, config)
                )
                and not quotation_tail
            )
        )
    )
    # 行尾禁则: an opening mark may not end a line, so the typesetter pushes it down with the character it
    # opens, and the first line of a paragraph, indented already, comes out up to two cells shorter still
    # (单亲抚养两个孩子的陈家德 / （阿德）去年…): no heading stands over a line opened by such a mark.
    pushed = (
        len(unit) == 1
        # (a bracket, or a quoted term: 「文件門」事件…; a paragraph opens on speech often, so a subhead over a
        # paragraph that opens on a quoted sentence stays a subhead)
        and (
            lower.line.text.lstrip()[:1] in _PUSHED_BRACKETS
            or (lower.line.text.lstrip()[:1] in _OPENING_QUOTES and not _SPEECH_OPENS.match(lower.line.text.strip()))
        )
        and upper.shortfall <= config.indent_max + config.kinsoku_push_cells
        and lower.shortfall < config.indent_min
    )
    # A colon closing the line introduces the quotation that opens the next (…他说道： / 「…」): one sentence,
    # which pdftotext -raw cut before the quote; no heading ends on a colon over a quotation. (A quotation
    # set as a paragraph of its own opens on a line indented as a paragraph's first.)
    introduces = (
        upper.line.text.rstrip().endswith(("：", ":"))
        and lower.line.text.lstrip()[:1] in _OPENING_QUOTES
        and not lower.indents_paragraph(config)
    )
    # A number or a Latin word too wide for what was left of a line goes down whole, and justification spreads
    # the line it left (目前全市共有注册 / 3000多名志愿者、…): short by less than that word (besides the indent of a
    # paragraph's first line), over a full line, it is running text, no heading.
    token = _ASCII_TOKEN.match(lower.line.text.lstrip())
    if (
        token is not None
        and not upper.sentence_end
        and not upper.letter_spaced
        and not upper.opens_dateline
        and lower.shortfall < config.indent_min
        and lower.line.blank_before == 0
        # (a paragraph's first line is read against the column below it: the one above may be another story's)
        and 0
        < (upper.measure_ahead - upper.width - config.indent_max if len(unit) == 1 else upper.shortfall)
        < line_width(token.group())
    ):
        return False, "a number or word too wide for the line's end went down whole: the line above is spread", scores
    # A caption set in a measure of its own, narrower than the column (深水埗一幢舊樓外牆密布冷 / 氣機及喉管，樓內劏房
    # 單位 / 林立。（資料圖片）): its lines as wide as one another, the third closed by the photo's credit. No heading
    # stands over a line of running text exactly its width, short of the column by as much.
    if (
        len(unit) == 1
        and not upper.sentence_end
        and not upper.opens_dateline
        and not _SENTENCE_MARK.search(upper.line.text)
        and after_lower is not None
        and abs(upper.width - lower.width) < 0.5
        and upper.shortfall >= heading
        and (not CLAUSE_BREAKS.isdisjoint(lower.line.text) or _SENTENCE_MARK.search(lower.line.text))
        and not lower.sentence_end
        and _CREDIT_END.search(after_lower.line.text)
        and after_lower.width <= lower.width + 0.5
    ):
        return False, "a caption set narrower than the column runs on to the credit that closes it", scores
    # On a page that indents no paragraph, a line with no mark at all, short of the column, over a brief's lead
    # (枫林一中学子 / 在省物理竞赛中获佳绩 / 近日，…) is a title's last line: no paragraph opens short there.
    if (
        flush_page
        and not upper.sentence_end
        and not upper.opens_dateline
        and _BARE_TITLE.match(upper.line.text)
        and upper.shortfall >= config.indent_min
        and lower.shortfall < config.indent_min
        and (DATED_LEAD.match(lower.line.text) or BRIEF_LEAD_OPEN.match(lower.line.text) or lower.opens_dateline)
    ):
        return True, "on a page that indents no paragraph, a short line with no mark over a lead: a title", scores
    # No heading, byline or title ends on a comma (or 、；): a line that does, over a quotation, is a clause cut
    # off where pdftotext -raw cut the printed line before the quote (…三年來病痛纏身， / 「只要晚上…).
    clause_cut = upper.line.text.rstrip()[-1:] in CLAUSE_BREAKS and lower.line.text.lstrip()[:1] in _OPENING_QUOTES
    if (
        not upper.opens_dateline
        and not upper.starts_closing  # a piece cut off at a mark continues a line; it is no heading
        and not pushed
        and not introduces
        and not clause_cut
        # (a title wrapped inside its quotation leaves the quotation's end on a shorter line, 脊損男養3口「我不能 /
        # 倒」, and a book's name wrapped inside its title marks, 《中外合资经营企业合营期 / 限暂行规定》: a heading
        # closes what it opens)
        and not (
            closed_below(upper.line.text, lower.line.text, marks=(*QUOTE_MARKS, "《》")) and lower.width < upper.width
        )
        and upper.shortfall >= heading
        # the last line of a paragraph (more lines than a heading has) is short against its own column, above
        # it, not a wider one starting below; lines a few characters wide above it are a title in a narrow box
        and (
            len(unit) <= config.heading_lines
            or upper.measure_behind < config.column_min_width
            or upper.measure_behind - upper.width >= heading
        )
        # a heading alone on its line stands out whatever follows, if it is short against the column both
        # above and below it (not merely against a wider column starting below); the last line of a longer
        # unit only when the line below starts a paragraph of its own
        and (
            (
                (len(unit) <= 1 or quotation_tail)
                and min(upper.measure_behind, upper.measure_ahead) - upper.width >= heading
            )
            or (
                lower.measure_ahead - lower.width >= config.indent_min
                # (not, right under a title set upright, a line of running text as wide as the column it opens,
                # or an indent short of it: 馮家俊昨日判刑時，數名受 is the sidebar's first line, whatever the
                # column above was; elsewhere a title with a comma may be as wide as a narrower column below)
                and not (
                    after_upright
                    and len(unit) <= 1
                    and _RUNNING_MARK.search(upper.line.text)
                    and upper.measure_ahead - upper.width <= config.indent_max + 0.5
                )
            )
            # (a line short against the column below, with no mark of running text, where no column above tells
            # the measure is the next title, over its deck or its text: under a heading, the lines above being
            # headlines themselves, a block of them at the foot of the page; or wider than the column above, so
            # no line of it, over a line wider than itself by as much, not a paragraph's first line)
            or (
                len(unit) <= 1
                and upper.measure_ahead - upper.width >= heading
                and not _RUNNING_MARK.search(upper.line.text)
                and (
                    after_heading
                    or (
                        upper.width >= upper.measure_behind + config.indent_min and lower.width - upper.width >= heading
                    )
                    # (or a title opened by its tag, 【城市表情】雨后彩虹挂江面, over a text set wider: no column above
                    # tells its measure, and a tag opens no wrapped line)
                    or (TAG_OPEN.match(upper.line.text) is not None and lower.width - upper.width >= heading)
                )
            )
        )
        and not fragment
        and not _paragraph_in_column_above(unit, config)
        and not _dateline_runs_on(unit, lower, config)
        # (nor a line of running text that stops on a word leaning on the next, …表示感謝，並 / 向同鄉會頒發感謝狀。;
        # a title wraps so, …股份有限公司关于 / …的公告, and its lines stand apart all the same)
        and not _leans_on_next(upper.line.text, _RUNNING_MARK)
        # (nor a line of running text as wide as the lines above it in its unit, over the short tail that ends its
        # sentence: a paragraph in a box narrower than the column round it, …有意者請致電協會辦 / 事處查詢。)
        and not (
            len(unit) >= 2
            and _RUNNING_MARK.search(upper.line.text)
            and lower.sentence_end
            and max(i.width for i in unit[:-1]) - upper.width < config.indent_min
        )
    ):
        return True, "short line without a sentence end: heading or byline", scores
    # A title wrapped onto a short second line, with no mark of running text in it but a label's colon (机构观点：
    # 高股息与科技成长 / 或成双主线), over a full line: a paragraph of two lines holds a clause mark and ends on its
    # full stop.
    if (
        len(unit) == 2
        and not sentence_end
        and not upper.opens_dateline
        and not unit[0].opens_dateline
        and not pushed
        and unit[0].shortfall <= config.indent_max  # (its first line full, or a paragraph's first line's width)
        and upper.shortfall >= heading
        # (short against the column below too: a narrower column starting there is full at that width)
        and upper.measure_ahead - upper.width >= heading
        and lower.shortfall < config.indent_min
        and not lower.opens_caption
        and not fragment
        and CLAUSE_BREAKS.union("：:").isdisjoint(LABEL_COLON.sub("", "".join(i.line.text.strip() for i in unit)))
        and not _SENTENCE_MARK.search("".join(i.line.text for i in unit))
        and not any(i.letter_spaced or i.vertical for i in unit)
        # (nor a letter's signature over the reply's label, 某中学学生家长 卢梦 / 编辑回复, nor any label)
        and not REPLY_LABEL.match(upper.line.text)
        and not LABEL.match(upper.line.text)
    ):
        return True, "a title wrapped onto a short line, no mark of running text in it, over a full line", scores
    # A title set wider than the column (display type), or than the column below it, wraps in its own large
    # type: its short last line ends the title, and the column's text below never continues it.
    if (
        1 < len(unit) <= config.heading_lines
        and (unit[0].overhangs(config) or unit[0].width >= unit[0].measure_ahead + config.display_overhang)
        and not upper.opens_dateline
        and not upper.starts_closing
        and not clause_cut
        and upper.shortfall >= heading
        and not lower.overhangs(config)
        and not fragment
        and not any(_SENTENCE_MARK.search(i.line.text) for i in unit)
        and not (under_short_line and any(_prose_runs_on(a, b, config) for a, b in itertools.pairwise(unit)))
    ):
        return True, "the short last line of a title set wider than the column", scores
    if blank and not upper.opens_dateline and upper.shortfall >= config.heading_shortfall:
        return True, "short line, then a blank line", scores
    if blank and len(unit) == 1 and DASH_OPEN.match(upper.line.text) and not _SENTENCE_MARK.search(upper.line.text):
        # a subtitle opened by its dash (an OCR engine reads —— as 一一) is a line of its own: the block below is
        # none of it (一一年轻人回流 带动游客人潮 / 周家杰在祖屋前…)
        return True, "a dash-led subtitle, then a blank line", scores
    # (a title set letter-spaced, its own block of the OCR, over a line set solid: a printed line of display type,
    # 中 乙 联 赛 第 17 轮 / 溱州队2比1逆转, the kicker over its title, whatever the page's measure seemed to be)
    if (
        lower.line.blank_before > 0
        and upper.letter_spaced
        and not lower.letter_spaced
        and not _SENTENCE_MARK.search(upper.line.text)
        # (over a line of display type too, no mark of running text in it: a justified line of text the OCR read
        # spread out goes on below with its sentence, 一 张 借 书 证 … 借 阅 / 图书和期刊，…)
        and CLAUSE_BREAKS.isdisjoint(lower.line.text)
        and not lower.sentence_end
    ):
        return True, "a line set letter-spaced, then a blank line: display type of its own", scores
    # A photo's caption set whole, from its first sentence to the photographer's credit closing its line or the
    # next (工人在…吊装电梯井架。 记者 某某 摄), under a line clearly shorter than it: a wrapped line is as wide as the
    # lines after it, so the line above is none of the caption's but a headline's among the foot's (…投入使用,
    # “夜经济”点亮滨江老街).
    if (
        not upper.sentence_end
        and not upper.opens_dateline
        and not upper.starts_closing
        and len(unit) <= config.heading_lines
        and upper.shortfall >= config.heading_shortfall
        and lower.width - upper.width >= config.heading_shortfall
        and _SENTENCE_MARK.search(lower.line.text) is not None
        and (
            _CREDIT_END.search(lower.line.text) is not None
            or (
                after_lower is not None
                and after_lower.line.blank_before == 0
                and _CREDIT_END.search(join_lines([lower.line.text, after_lower.line.text])) is not None
                and after_lower.width <= lower.width
            )
        )
    ):
        return (
            True,
            "a caption whole from its first sentence to its credit, under a shorter line: no line of it",
            scores,
        )
    return False, "hard wrap inside a sentence", scores


def _paragraph_in_column_above(unit: Sequence[LineInfo], config: Config) -> bool:
    """Lines shaped as a paragraph of the column above them: the first indented against it, the rest full. They
    are short only against a wider column starting below (its lines widen the local measure), and go on into
    the line below as a paragraph does; a title wrapped at the column's measure starts full."""
    if len(unit) < 2:
        return False
    indent = unit[0].measure_behind - unit[0].width
    return config.indent_min <= indent <= config.indent_max + 0.5 and all(
        i.measure_behind - i.width < config.indent_min for i in unit[1:]
    )


# The rest of a bracket, up to its closing mark, with no other bracket inside.
_BRACKET_CLOSED_SOON = re.compile(r"[^（(）)]*?[）)]")


def _closes_bracket(upper: LineInfo, lower: LineInfo) -> bool:
    """The upper line opens a bracket the lower one closes: a bracketed credit wrapped over two lines."""
    closing = re.search(r"[（(）)]", lower.line.text)
    return unclosed(upper.line.text) and closing is not None and closing.group() in "）)"


def _report_text(infos: Sequence[LineInfo]) -> str:
    """The opening lines of a report without its dateline, whose place any report from that city shares."""
    text = "".join(i.line.text for i in infos)
    found = match_dateline(text)
    return text[found[1] :] if found is not None else text


def _restated_share(title: str, text: str) -> float:
    """Share of the title's character bigrams that the text has too; nothing when it shares a single one, which
    any two texts of one city may (a place's name)."""
    grams = bigrams(title)
    found = grams & bigrams(text)
    return len(found) / len(grams) if len(found) >= 2 else 0.0


def _quote_open(text: str) -> bool:
    """A quotation or title mark opened in the text and not closed."""
    return any(text.count(o) > text.count(c) for o, c in ("“”", "「」", "《》"))


def closed_below(upper: str, lower: str, marks: Sequence[str] = ("（）", "()", "【】", "“”", "「」", "《》")) -> bool:
    """Whether a bracket or a quotation or title mark (of ``marks``, pairs) the upper line leaves open is closed on
    the lower one."""
    return any(upper.count(o) > upper.count(c) and c in lower for o, c in marks)


def unclosed(text: str, quotes: bool = False) -> bool:
    """A bracket opened in the text and not closed: what follows it on the next line is still inside
    (【中央社記者王小 / 明台北10日電】 is one dateline, whatever the second line looks like). With ``quotes``,
    a quotation or title mark left open too (a title wrapped inside its quoted words: …“三 / 农”…)."""
    opened = text.count("（") + text.count("(")
    if text.count("【") > text.count("】") or opened > text.count("）") + text.count(")"):
        return True
    return quotes and _quote_open(text)


# A line opening on the last character or two of a word, then a clause mark (賢，因購入…).
_WORD_END_THEN_CLAUSE = re.compile(r"^\s*[\u4e00-\u9fff]{1,2}[，、；：]")


def _heading_margin(info: LineInfo, config: Config) -> float:
    """How far short of its column a line must stop to stand out as a heading (or a paragraph's last line)."""
    return max(config.heading_shortfall, config.heading_shortfall_share * info.measure)


def _prose_runs_on(upper: LineInfo, lower: LineInfo, config: Config) -> bool:
    """Prose, however wide it is set (a lead across the columns): a line with a clause inside it and no sentence
    ended, over a line that opens on the end of the word the wrap cut and a clause mark and goes on clause after
    clause (…因打工意外造成脊椎損 / 傷，頸部以下全部癱瘓，…, …從30度到60 / 度、75度，…). A title's lines are set in
    phrases: no clause runs on past one."""
    head = _WORD_END_THEN_CLAUSE.match(lower.line.text)
    return (
        not upper.sentence_end
        and not CLAUSE_BREAKS.isdisjoint(upper.line.text.strip()[:-1])
        and head is not None
        # (a speaker's colon opens a title's quotation, 市长：汛前…; and prose goes on clause after clause, where a
        # title wrapped inside its list, …北区、南 / 区、东区三座水库汛前投用, ends on its line)
        and head.group().rstrip()[-1] not in "：:"
        and (
            not PROSE_MARKS.isdisjoint(lower.line.text[head.end() :])
            or closed_below(upper.line.text, lower.line.text)  # (…（包括：某某、某 / 某某、某某）)
            or lower.shortfall <= config.short_margin  # (a full line: the lead goes on, as wide or wider)
        )
    )


def _digit_slack(text: str) -> float:
    """How much wider than counted a line's half-width digits may print: a CJK font sets a digit about a tenth
    of a cell over the half cell it is counted as, so a full line holding many (40%皮膚2至3度…) reads short by
    up to half a cell more than it is (a year, 2021年, adds less than that to a real indent)."""
    return 0.1 * sum(ch.isascii() and (ch.isdigit() or ch == "%") for ch in text)


def _mark_kerning(upper: LineInfo, lower: LineInfo) -> float:
    """Two marks side by side (说：「, 借贷，「) are set in one cell and a half or less (标点挤压): where an
    extractor cut the printed line between them, the pieces measure a cell more than the line they came from."""
    last, first = upper.line.text.rstrip()[-1:], lower.line.text.lstrip()[:1]
    return 1.0 if last and first and last in _MARKS and first in _OPENING_QUOTES else 0.0


# An e-mail or web address, and the ASCII runs on each side of a line break that may make one.
WEB_ADDRESS = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|(?:https?://|www\.)[A-Za-z0-9./?=&_%#:\-]+")
# An address that ends on a top-level domain: whole, whatever the next line holds (nzrbfk@163.com / QQ：…).
_WHOLE_ADDRESS = re.compile(
    r"(?:[A-Za-z0-9._%+\-]+@|(?:https?://)?www\.)[A-Za-z0-9.\-]*\."
    r"(?:com|cn|net|org|gov|edu|info|biz|hk|tw|mo|sg|my|io|co|uk|us|jp|top)(?:/[A-Za-z0-9./?=&_%#\-]*)?"
)
_ADDRESS_TAIL = re.compile(r"[A-Za-z0-9._%+\-@/:?=&#]+$")
_ADDRESS_HEAD = re.compile(r"^[A-Za-z0-9._%+\-@/:?=&#]+")


# A title set in phrases balances them (七旬老人迷路街头 辅警接力护送回家, four characters or more each, within
# three of one another); a caption's first line sets a date or a place apart before a clause that runs to the
# line's end (6月6日 牧民赶着羊群转场前往, 锡林郭勒草原 牧民赶着…).
_TITLE_PHRASE_MIN = 4
_TITLE_PHRASE_SPREAD = 3
_DATE_PHRASE = re.compile(r"^[0-9０-９]{1,4}[年月日]")


def _balanced_phrases(text: str) -> bool:
    phrases = text.split()
    sizes = [len(p) for p in phrases]
    return (
        len(phrases) >= 2
        and min(sizes) >= _TITLE_PHRASE_MIN
        and max(sizes) - min(sizes) <= _TITLE_PHRASE_SPREAD
        and not any(_DATE_PHRASE.match(p) for p in phrases)
    )


def join_lines(texts: Sequence[str]) -> str:
    """Join wrapped lines: no space between CJK, one space between Latin words split at a line end."""
    out = ""
    book_box = bool(texts) and BOOK_TITLE_ALONE.match(texts[0]) is not None
    for t in texts:
        t = t.strip()
        if not out:
            out = t
        elif out[-1].isascii() and out[-1].isalnum() and t[:1].isascii() and t[:1].isalpha():
            # (not inside an address the wrap cut, 投稿邮箱：yl / xbfk@126.com, www.jc / news.cn: one token)
            tail, head = _ADDRESS_TAIL.search(out), _ADDRESS_HEAD.match(t)
            ends, starts = (tail.group() if tail else ""), (head.group() if head else "")
            # (an address whole before the break, nzrbfk@163.com / QQ：…, ends there)
            cut = WEB_ADDRESS.fullmatch(ends + starts) is not None and not _WHOLE_ADDRESS.fullmatch(ends)
            out += ("" if cut else " ") + t
        elif _ROLE_AT_END.search(out) and (_NAME_LINE.match(t) or _NAME_THEN_SHOT.match(t)):
            # (a byline cut after a role: 通讯员 / 邱子航 keeps the space a byline sets between them; a caption's
            # credit too, …小吃。 记者 / 许嘉文 摄)
            out += " " + t
        elif (
            _NAME_CLOSING_CREDIT.match(t)
            and (tail := _SPACED_CREDIT_OPEN.search(out[-40:])) is not None
            # (not inside a compound surname's name, 欧阳 / 晓明, nor before the report's word, 成都 / 报道）)
            and tail.group().split()[-1][-2:] not in COMPOUND_SURNAMES
            and not t.startswith(("报道", "報道", "報導", "报导"))
        ):
            # (and a dateline's credit set with spaces, cut between a role and a name or two names: （记者 林晨 /
            # 赵思远）, （记者 程亮 通讯员 / 何飞）)
            out += " " + t
        elif book_box and (BOOK_CREDIT.match(t) or PUBLICATION.match(t)):
            out += " " + t  # (a book's box sets its title, credit, publisher and date apart, a field a line)
        else:
            out += t
    return out


def already_repaired(lines: Sequence[Line], infos: Sequence[LineInfo], config: Config) -> bool:
    """True for text that is already one unit per line with a blank line between units, as ``newsseg clean``
    writes it. An extractor can double-space a page too, but its lines are hard-wrapped: as narrow as a
    column and mostly cut mid-sentence. So the page must be double-spaced throughout, and either hold a line
    wider than any column, or have most of its lines complete (a sentence, a credit, page furniture), or
    lines of no common width."""
    if len(lines) < 2 or any(ln.blank_before != 1 for ln in lines[1:]):
        return False
    if any(i.width > config.column_max_width for i in infos):
        return True
    complete = sum(i.sentence_end or i.furniture or bool(_CREDIT_END.search(i.line.text)) for i in infos)
    if complete >= config.repaired_sentence_share * len(infos):
        return True
    # Hard-wrapped lines share the column's width; repaired units are as long as they happen to be. A few
    # blocks say nothing by their widths (two of three may match by chance): double-spaced throughout, they
    # are taken as they stand.
    widths = Counter(round(i.width) for i in infos if not i.furniture)
    if sum(widths.values()) < config.repaired_min_lines:
        return True
    near = sum(n for w, n in widths.items() if any(abs(w - m) <= 1 for m, _ in widths.most_common(1)))
    return near <= config.repaired_sentence_share * sum(widths.values())


@dataclass(frozen=True, slots=True)
class ReadingOrder:
    """How the lines of a page continue one another (see ``reading_order``)."""

    continuity: float  # line ends joined by a bigram the page uses, as a share of what its bigrams predict
    judged: int  # line ends between two hanzi
    next_versus_second: float  # that rate into the next line over the rate into the one after it


def reading_order(lines: Sequence[Line]) -> ReadingOrder:
    """Whether the lines run in reading order, from the bigrams across their ends.

    A word cut by a hard wrap (海啸预 / 警) makes a bigram across the line end that the page also uses inside
    lines about as often as any bigram recurs. Lines of interleaved columns do not continue each other, so
    their cross-line bigrams recur far less: ``continuity`` is ~1 for text in reading order. A small page of a
    narrow column may fall low by chance; ``next_versus_second`` says which way the lines actually run: in
    reading order a cut word joins the next line, rarely the second (several times over); two columns
    interleaved line by line continue into the second line, not the next (below one)."""
    counts: dict[str, int] = {}
    for ln in lines:
        for a, b in itertools.pairwise(_HANZI.findall(ln.text)):
            counts[a + b] = counts.get(a + b, 0) + 1

    def continued(step: int) -> tuple[int, int]:
        hits = judged = 0
        for i in range(len(lines) - step):
            a, b = lines[i].text.strip()[-1:], lines[i + step].text.strip()[:1]
            if a and b and _HANZI.match(a) and _HANZI.match(b):
                judged += 1
                hits += counts.get(a + b, 0) > 0
        return hits, judged

    (hits, judged), (hits2, judged2) = continued(1), continued(2)
    total = sum(counts.values())
    recurring = sum(n for n in counts.values() if n > 1)
    ratio = (hits / judged) / (recurring / total) if judged and total and recurring else 1.0
    rate, rate2 = (hits / judged if judged else 0.0), (hits2 / judged2 if judged2 else 0.0)
    return ReadingOrder(ratio, judged, rate / rate2 if rate2 else math.inf)


@dataclass(frozen=True, slots=True)
class Repair:
    units: list[list[LineInfo]]  # non-blank lines grouped into units, in source order
    already_repaired: bool  # the input was one unit per line already (as `newsseg clean` writes it)


_NAME_GLOSS = re.compile(r"(\S{1,4})[（(]([^（）()]{2,6})[）)]\s*$")


def _glosses_a_name(text: str) -> bool:
    """Whether the text ends on a name glossed in brackets (老孫（孫明遠）, 孙大爷（孙明远）): the full name repeats a
    character of the one it explains, which a column tag (…更有温度（民生观）) does not."""
    m = _NAME_GLOSS.search(text)
    return m is not None and not set(m[1]).isdisjoint(m[2])


def _dateline_runs_on(unit: Sequence[LineInfo], lower: LineInfo, config: Config) -> bool:
    """The paragraph a dateline opens goes on until a sentence ends: no title is set inside a report's first
    sentence. Its lines only look wider than the column when the column was measured off the dateline's own
    line, which its indent and the gap after the agency leave short (新华社某地1月6日电 （记者某某） / 在…前). Only
    for its first few lines: a report whose full stop the OCR lost must not run on into the next piece."""
    return (
        bool(unit)
        and printed_lines(list(unit)) <= config.dateline_sentence_lines
        and unit[0].opens_dateline
        and not any(i.sentence_end for i in unit)
        and not (lower.letter_spaced or lower.vertical or lower.opens_dateline)
    )


def _standfirst_runs_on(upper: LineInfo, lower: LineInfo, config: Config, unit: Sequence[LineInfo]) -> bool:
    """Whether two lines wider than the column are a standfirst set across its story's columns, its sentence
    running on from one to the next: both running text, clauses and all (a display title holds a clause mark
    or none), with no gap between columns an OCR engine read across, and either both across the columns and
    as wide as each other, or the wide one closing its sentence with a full stop on the short line below (a
    title never does), or the wide one below a full line broken off mid-clause (see below; ``unit`` holds the
    lines since the last break, the upper line last). A kicker across the columns ends on its line above the
    title, and a caption across a photo stands apart from the column it interrupts: one of the two is no line
    across."""
    if upper.sentence_end or upper.line.text.rstrip()[-1:] in _NO_RUN_ON:
        return False
    across = [i for i in (upper, lower) if i.overhangs(config)]
    if any(
        sum(ch in CLAUSE_BREAKS for ch in i.line.text) < config.standfirst_clause_marks or _OCR_GAP.search(i.line.text)
        for i in across
    ):
        return False
    if len(across) == 2:
        return abs(upper.width - lower.width) <= config.indent_max + 1
    if across == [lower]:
        # a full line that breaks off mid-clause after a clause of its own goes on into the wide one when it
        # opens its paragraph or is itself wider than the column above: a piece set wider than the lines
        # around told (no title runs on from text like that; a caption across the column interrupts a
        # paragraph's line as wide as the column's)
        return (
            upper.shortfall <= config.indent_min
            and (len(unit) <= 1 or upper.width >= upper.measure_behind + config.indent_min)
            and any(ch in CLAUSE_BREAKS for ch in upper.line.text)
        )
    return across == [upper] and lower.line.text.rstrip().endswith("。")


# A space next to a wide character: where an OCR engine read two columns across as one line, there is one.
_OCR_GAP = re.compile(r"[^\x00-\x7f]\s|\s[^\x00-\x7f\s]")
# What a line running on into the next does not end with.
_NO_RUN_ON = "。！？…」』”’）》"

# A bracketed note: its spaces (（记者 王某）) are the credit's, not the OCR's.
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# A space between two hanzi: a title set in phrases (extractors that print text as set put none in running text).
_PHRASE_SPACE = re.compile(r"[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff]")

# Marks before which pdftotext -raw cuts a printed line (they are set in another font).
_CUT_BEFORE = _OPENING_QUOTES + _OPENING_TITLE_MARKS


# (a column of running text holds a clause mark or a full stop)
_RUNNING_MARKS = CLAUSE_BREAKS | {"。"}


# A contact's number closes its line (联系人：某某 电话：0535-6688102); its label alone at a line's end goes on to it.
_CALL_LABEL = r"(?:电话|電話|热线|熱線|手机|手機|传真|傳真)\s*[：:]"
NUMBER_TO_CALL = re.compile(rf"{_CALL_LABEL}\s*[（(]?\d[\d\s\-－)）]{{5,}}\d\s*$")
# A contact line opens on its label and colon (联系人：, 招标人：, 清算组负责人：, 联系电话：), not a sentence giving a
# number to call (…可拨打咨询电话：…).
CONTACT_LABEL = re.compile(r"^\s*[\u4e00-\u9fff]{1,8}[：:]")
_NUMBER_TO_CALL_CUT = re.compile(rf"{_CALL_LABEL}\s*$")


# The head of a piece's first numbered section, a few words alone on their line (一、招标条件, （一）基本情况).
# (not 一、二线城市…, a pair of numerals in running text)
FIRST_SECTION_OPEN = r"^\s*(?:一、(?![一二三四五六七八九十两兩])|[（(]一[）)])"
_FIRST_SECTION_HEAD = re.compile(rf"{FIRST_SECTION_OPEN}\s*[^\s，。、；：！？,.;:!?]{{2,14}}\s*$")


# A book's credit on a books page, alone on its line under the book's title: its author (and translator) and
# publisher (林希 著 北辰科技出版社, ［美］艾琳·卡佛 著 周子衿 译 远山出版社), the wrap may cut it before 译.
BOOK_CREDIT = re.compile(
    # (the role set apart from the name: a line of running text may end on 著, …接著)
    r"^\s*(?:[［\[〔（(][\u4e00-\u9fff]{1,3}[］\]〕）)])?\s*[\u4e00-\u9fff·]{2,8}\s+(?:著|编著|編著|主编|主編)"
    r"(?:\s+[\u4e00-\u9fff·]{2,6}(?:\s*(?:译|譯))?)?(?:\s+[\u4e00-\u9fff]{2,14}出版社)?\s*$"
)
# Where and when a book came out, on a line of its own in its box (南岭文艺出版社, 2024年3月出版).
PUBLICATION = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,14}出版社|\d{4}\s*年\s*\d{1,2}\s*月\s*(?:第\s*\d+\s*版|出版))\s*$")
_PUBLISHED = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*(?:第\s*\d+\s*版|出版)\s*$")
BOOK_TITLE_ALONE = re.compile(r"^\s*《[^《》]{1,24}》\s*$")
_TRANSLATOR_TAIL = re.compile(r"^\s*(?:译|譯)(?:\s+[\u4e00-\u9fff]{2,14}出版社)?\s*$")


def _gutter(line: Line, config: Config) -> re.Match[str] | None:
    """The widest run of spaces inside a line, where it is wide enough to part two columns."""
    if " " * config.side_by_side_gap not in line.text.strip():
        return None
    gaps = [m for m in re.finditer(rf"(?<=\S) {{{config.side_by_side_gap},}}(?=\S)", line.text)]
    return max(gaps, key=lambda m: m.end() - m.start()) if gaps else None


def unfold_side_by_side(lines: Sequence[Line], config: Config, trace: list[Decision] | None = None) -> list[Line]:
    """Read two columns that an OCR engine wrote row by row on the same lines (…四川省各中小        北京改造…)
    one after the other: the left parts of the rows, then the right ones, whose column the lines after the
    rows go on with (the left one ended first, which is why the engine saw one column there). Each row
    parts at its widest gap; rows run while no blank line and no page furniture stands between them, and
    both columns must be running text: a clause mark in each, and at least ``side_by_side_rows`` rows with
    a few words on both sides (a table of figures, a row of titles across the page, a title set upright
    beside its text, a character or two a row, are no two columns of text)."""
    # (the gutter first: a page seldom has one, and the furniture test is the dearer)
    gutters = [g if (g := _gutter(ln, config)) is not None and not is_furniture(ln.text) else None for ln in lines]
    out: list[Line] = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and gutters[j] is not None and (j == i or lines[j].blank_before == 0):
            j += 1
        rows = list(range(i, j))
        texts = [(lines[k].text[: gutters[k].start()], lines[k].text[gutters[k].end() :]) for k in rows]  # type: ignore[union-attr]
        both = sum(
            min(len(_HANZI.findall(a)), len(_HANZI.findall(b))) >= config.side_by_side_row_hanzi for a, b in texts
        )
        # (nor one column with a hole in it, text set round an inset: the lines right above and below the rows
        # hold as much text as a row's two parts together)
        row_hanzi = sum(len(_HANZI.findall(a + b)) for a, b in texts) / max(1, len(texts))
        holed = any(
            0 <= k < n and len(_HANZI.findall(lines[k].text)) >= config.side_by_side_hole_share * row_hanzi
            for k in (i - 1, j)
            if not (k == i - 1 and lines[i].blank_before) and not (k == j and k < n and lines[k].blank_before)
        )
        if (
            holed
            or both < config.side_by_side_rows
            or not all(any(not _RUNNING_MARKS.isdisjoint(t[side]) for t in texts) for side in (0, 1))
        ):
            # (the rows are judged together: a run that is no two columns stays as it is, every row of it)
            out += lines[i : max(j, i + 1)]
            i = max(j, i + 1)
            continue
        out += [replace(lines[k], text=a) for k, (a, _) in zip(rows, texts, strict=True)]
        # (the right column starts a block of its own, as the engine would have written it apart)
        out += [
            replace(lines[k], text=b, blank_before=max(1, lines[k].blank_before) if k == i else 0)
            for k, (_, b) in zip(rows, texts, strict=True)
        ]
        if trace is not None:
            reason = "two columns an OCR engine wrote row by row, parted at the gutter: the left one read first"
            numbers = tuple(lines[k].number for k in rows)
            trace.append(Decision("repair", "unfold", numbers, reason, {"rows": len(rows), "text_rows": both}))
        i = j
    return out


def rejoin_printed_lines(lines: Sequence[Line], config: Config, trace: list[Decision] | None = None) -> list[Line]:
    """Put back together the printed lines that ``pdftotext -raw`` cut before opening quotes and title marks
    (…他对记者说： / “今年的收成): a line short of the column and the pieces after it that start
    with such a mark are one printed line when together they fill the measure. The measure is read off the
    lines around that no cut starts: the widest of them (pieces must fill it), and the commonest, which a
    column of mostly full lines has and a title across columns has not (a line that wide is a whole printed
    line, no piece of one). A printed line that does not come out full is left as it stands (the last line
    of a paragraph, a title): whether it is cut is then for the break rules to judge."""
    widths = [line_width(ln.text) for ln in lines]
    # (a line indented by spaces opens a paragraph: pdftotext -raw writes none before the pieces it cuts, while a
    # layout-keeping tool keeps an indent, 品质明显提升。 / 　　“以前樱桃熟了…)
    cut = [ln.text.strip()[:1] in _CUT_BEFORE and not ln.text.startswith(("  ", "\u3000")) for ln in lines]
    n = len(lines)
    out: list[Line] = []
    i = 0
    while i < n:
        window = range(max(0, i - config.piece_window), min(n, i + config.piece_window + 1))
        seen = Counter(widths[k] for k in window if not cut[k] and widths[k] >= 4)
        measure = max(seen, default=0.0)
        common = max(seen, key=lambda w: (seen[w], w)) if seen else 0.0
        j, width = i + 1, widths[i]
        # (page furniture, the masthead line above a title opening on 《, is a line of its own)
        while (
            widths[i] < common - config.indent_min
            and j < n
            and cut[j]
            and not is_furniture(lines[i].text)
            # (nor the masthead's page number and section, 3 出行服务, over a title opening on “)
            and not (i <= 6 and _NUMBERED_SECTION.match(lines[i].text))
            and not OPENING_LABEL.match(lines[i].text)  # (核心阅读 over a lead opening on 《…》 is a line of its own)
            # (nor does the last character of a title set upright, one a line: 环 / 球 / 走 / 笔 / ） over “…)
            and not (i > 0 and len(lines[i].text.strip()) == 1 and len(lines[i - 1].text.strip()) == 1)
            # (so are a box's or a column's label, 编读往来 over “…”, and a byline, □ 某某 over 《书名》是…)
            and not (
                j == i + 1
                and (LABEL.match(lines[i].text) or is_byline(lines[i].text) or TEACHER_CREDIT.match(lines[i].text))
            )
            # (nor does a whole quotation run on into a book title with no mark between: 「成身汗但好開心」 over
            # 《夜航灣仔》首映 are a subtitle and the next title in a block of headlines)
            and not (_WHOLE_QUOTE.fullmatch(lines[j - 1].text.strip()) and lines[j].text.lstrip().startswith("《"))
            # (nor a whole quotation with no mark inside, after a full stop and over a line that opens on no mark,
            # indented: a subhead or the next piece's title in quotes, …关系。 / “有机会一定要去中国看一看” / 日前，…;
            # a term quoted opens a sentence that goes on, unmarked, on a full line, …完成。 / “河长制” / 推行以来…)
            and not (
                ends_sentence(lines[j - 1].text)
                and _WHOLE_QUOTE.fullmatch(lines[j].text.strip())
                and (j + 1 >= n or widths[j + 1] <= measure - config.indent_min)
                and not _SENTENCE_MARK.search(lines[j].text)
                and (j + 1 >= n or not cut[j + 1])
            )
            and lines[j].blank_before == 0
            # (nor a work's title and its colon after a finished sentence, …剧照。 / 《乡野来信》： / 慢综艺里…: a
            # review's title wrapped after the colon, not a piece of the caption above)
            and not (
                ends_sentence(lines[j - 1].text)
                and lines[j].text.lstrip().startswith("《")
                and lines[j].text.rstrip().endswith(("：", ":"))
                # (over the title's short rest, not a full line of the story going on)
                and j + 1 < n
                and widths[j + 1] <= measure - config.indent_max - 0.5
            )
            # (nor a book's title alone over its credit, 《石板路》 / 林远帆 著: a box, or a note's title)
            and not (
                BOOK_TITLE_ALONE.match(lines[j].text)
                and j + 1 < n
                and BOOK_CREDIT.match(lines[j + 1].text)
                and "出版" in "".join(ln.text for ln in lines[j + 1 : j + 3])
            )
            and width + widths[j] <= measure + 0.5
            # (nor, after a full stop, a line over a subtitle opened by its dash or over a byline: a title, …业的舞台。
            # / “妈妈岗”让她们家门口就业 / ——我市推进…见闻)
            and not (
                ends_sentence(lines[j - 1].text)
                and j + 1 < n
                and (SUBTITLE_DASH.match(lines[j + 1].text) or is_byline(lines[j + 1].text.strip()))
            )
            # after a full stop, a piece as wide as a paragraph's first line (the measure less its indent) is
            # one: the paragraph above ended on a short line
            and not (ends_sentence(lines[j - 1].text) and widths[j] >= measure - config.indent_max - 0.5)
            # nor, after a full stop, one ending no sentence right over a dateline: a title, the paragraph above
            # having ended (…者签名活动。 / 《古镇风韵》特种邮票首发 / 本报讯（记者 某某）…)
            and not (
                ends_sentence(lines[j - 1].text)
                and not ends_sentence(lines[j].text)
                # (a title holds no clause: 《人民日报》、 / 新华社消息等先后作了报道 goes on from the line above)
                and CLAUSE_BREAKS.isdisjoint(lines[j].text)
                and j + 1 < n
                and looks_like_dateline_start(lines[j + 1].text)
            )
            # nor speech right after quoted words: prose never runs a quotation on from a quoted term without a
            # mark between them (…「冬天不再难 / 熬了」 / 「奶奶，屋顶修好了。」), a title's end over a lead
            and not (QUOTED_TERM_END.search(lines[j - 1].text) and _SPEECH_OPENS.match(lines[j].text.strip()))
        ):
            width += widths[j]
            j += 1
        if j - i > 1 and width >= measure - config.indent_min:
            pieces = lines[i:j]
            numbers = tuple(x for ln in pieces for x in ln.numbers)
            out.append(replace(lines[i], text="".join(ln.text for ln in pieces), merged=numbers[1:]))
            if trace is not None:
                reason = "pieces of one printed line that pdftotext -raw cut before its quotes or title marks"
                trace.append(Decision("repair", "join", numbers, reason, {"width": width, "measure": measure}))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _foot_titles(infos: Sequence[LineInfo], i: int, config: Config) -> bool:
    """Whether line i opens a run of a few lines without a mark that ends at the page's furniture or its end."""
    j = i
    while j < len(infos) and not infos[j].furniture:
        text = infos[j].line.text
        if j - i >= 2 * config.heading_lines or _SENTENCE_MARK.search(text) or CLAUSE_BREAKS.intersection(text):
            return False
        j += 1
    return j > i


def _foot_stack(infos: Sequence[LineInfo], config: Config) -> frozenset[int]:
    """The lines of the headlines a content stream leaves together at the page's foot, after its last text and
    its last caption, over nothing but furniture: lines without a mark (a title may ask or exclaim at its end),
    a few titles with their kickers and decks (…3200余件 / 坚持和发展新时代“枫桥经验” / 一份法律援助 / 帮14名…).
    Empty where the page's last lines are text."""
    end = len(infos)
    # (the colophon's fields under the stack count as its furniture, however they were read: 会址：… 电话：…)
    while end > 0 and (infos[end - 1].furniture or _FOOT_FIELDS.match(infos[end - 1].line.text)):
        end -= 1
    start = end
    decks: list[int] = []  # lines with a clause's mark: a deck's, wrapped (总投资186亿元，涵盖新能源、 / 生物医药…)
    while start > 0:
        info = infos[start - 1]
        full = info.line.text.strip()
        text = full.rstrip("？！?!")
        # (a question's title may pause at a comma, 邻居家的树枝伸进我家院子，能砍吗？)
        clauses = CLAUSE_BREAKS.intersection(text) if text == full else set("。；").intersection(text)
        # (nor a note in brackets the wrap cut, （作者系…中 / 心讲师）, nor a box's fields, 开放时间:… 地址:…)
        brackets = text.count("（") + text.count("(") != text.count("）") + text.count(")")
        fields = ":" in text or text.count("：") >= 2
        # (nor a date, a notice's signature: 2025年3月13日 closes the text above, no title)
        dated = DATE_ALONE.match(text) is not None or MONTH_ALONE.match(text) is not None
        if info.furniture or _SENTENCE_MARK.search(text) or brackets or fields or _CREDIT_END.search(text) or dated:
            break
        # (a Chinese deck's commas: a line of English prose pauses at its own, When I was young, the river…)
        if clauses and not set("。；").intersection(text) and set("，、").intersection(text) and _HANZI.search(text):
            decks.append(start - 1)
        elif clauses:
            break
        start -= 1
    # (a deck's lines inside the stack, under a line without a mark: a clause atop is the last text's tail, cut off
    # at the foot, …为此，该区将继 / 续推进)
    while decks and decks[-1] == start:
        start = decks.pop() + 1
    # (and only in a block of several headlines, lines without a mark around it: a paragraph the page cuts off
    # pauses at commas in most of its lines, 沿线还将新建两座公交站点和一处 / 停车场，方便… / 游客观光)
    # (and set in smaller type than the title over it, so wider than the title's last line: a paragraph's lines cut
    # off at the foot are all as wide as its column, 沿线还将新建两座公交站点和一处 / 停车场，方便…)
    titled = all(k - 1 in decks or infos[k - 1].width <= infos[k].width - config.indent_max - 1 for k in decks)
    if decks and (
        len(decks) > config.foot_stack_deck_lines
        or end - start - len(decks) < config.foot_stack_deck_company
        or not titled
    ):
        start = decks[0] + 1
    # (over a finished sentence or a caption's credit: the stack begins where the page's text has ended)
    if start == 0 or end - start < 2 or end - start > config.foot_stack_max_lines:
        return frozenset()
    above = infos[start - 1]
    signed = DATE_ALONE.match(above.line.text) is not None or MONTH_ALONE.match(above.line.text) is not None
    if not (above.sentence_end or above.furniture or _CREDIT_END.search(above.line.text) or signed):
        return frozenset()
    return frozenset(range(start, end))


def _paragraphs_open_full(infos: Sequence[LineInfo], config: Config) -> bool:
    """Whether the page's paragraphs open on full lines (pdftotext -raw drops the indent; some papers set flush):
    after a sentence ending clearly short of the column, the next line is as wide as the column, almost never an
    indent short of it (a title there, shorter still, says nothing either way)."""
    full = indented = 0
    for above, below in itertools.pairwise(infos):
        if above.furniture or below.furniture or not above.sentence_end:
            continue
        if above.shortfall < _heading_margin(above, config):
            continue
        if below.shortfall < 1:
            full += 1
        elif config.indent_min <= below.shortfall <= config.indent_max + 0.5:
            indented += 1
    return full >= config.flush_page_min_starts and indented <= config.flush_page_indented_share * (full + indented)


def _indented_page(infos: Sequence[LineInfo], config: Config) -> bool:
    """Whether the page keeps its paragraphs' indents as spaces (pdftotext -raw of some papers, a text export's
    ): after a sentence ending clearly short of the column, the next line opens on spaces nearly every time."""
    starts = [
        below.line.text[:1].isspace()
        for above, below in itertools.pairwise(infos)
        if not above.furniture
        and not below.furniture
        and above.sentence_end
        and above.shortfall >= _heading_margin(above, config)
        # (a paragraph's first line, with its marks: the headings and signatures set flush between say nothing)
        and _MARKED.search(below.line.text) is not None
    ]
    return len(starts) >= config.indented_page_min_paragraphs and sum(starts) >= config.indented_page_share * len(
        starts
    )


def paragraphs(lines: Sequence[Line], config: Config, trace: list[Decision] | None = None) -> Repair:
    """Group non-blank lines into units (paragraphs, headline lines, furniture) in source order."""
    if config.unfold_side_by_side:
        lines = unfold_side_by_side(lines, config, trace)
    infos = describe(lines, config)
    repaired = already_repaired(lines, infos, config)
    if not repaired and config.rejoin_printed_lines:
        joined = rejoin_printed_lines(lines, config, trace)
        if len(joined) < len(lines):  # pieces were put together: measure the printed lines instead
            lines, infos = joined, describe(joined, config)
            repaired = already_repaired(lines, infos, config)
    if repaired:
        if trace is not None:
            trace.append(
                Decision(
                    "repair",
                    "keep",
                    tuple(ln.number for ln in lines),
                    "the page is already repaired (one unit per line, blank lines between): nothing to rejoin",
                )
            )
        # Widths say nothing here (a line is as long as its unit), so nothing is judged wider than a column.
        return Repair([[replace(info, support=0, own_unit=True)] for info in infos], True)
    groups: list[list[LineInfo]] = []
    # captions and titles read between the lines of a paragraph: the paragraph's group's index, the lines, the kind
    held: list[tuple[int, list[LineInfo], str]] = []
    block_kind = "caption"  # what the last block read inside a sentence was
    # Running text with spaces between hanzi (the OCR's stray spaces): a space then says nothing of a title.
    spaced_text = (
        sum(bool("，" in t and _PHRASE_SPACE.search(t)) for t in (_BRACKETED.sub("", i.line.text) for i in infos))
        >= config.spaced_text_lines
    )
    flush_page = _paragraphs_open_full(infos, config)
    indented_page = _indented_page(infos, config)
    # a text export that sets a paragraph a line: most lines of prose that end a sentence are as long as three
    # lines of a column (a wrapped page ends its sentences on a column's lines, or on their short tails)
    # (and most of its lines of prose are: a box of paragraphs set wide beside a column keeps the column's lines)
    prose = [i for i in infos if i.sentence_end or not CLAUSE_BREAKS.isdisjoint(i.line.text)]
    prose_ends = [i for i in prose if i.sentence_end and not CLAUSE_BREAKS.isdisjoint(i.line.text)]
    long_ends = sum(i.width > config.unwrapped_paragraph_chars for i in prose_ends)
    long_prose = sum(i.width > config.unwrapped_paragraph_chars for i in prose)
    unwrapped_page = (
        long_ends >= config.unwrapped_page_min_lines
        and long_ends >= config.unwrapped_page_share * len(prose_ends)
        and long_prose >= config.unwrapped_page_share * len(prose)
    )
    # the pairs of characters the page prints together inside its lines twice at least: what a break may join (a
    # pair seen once may be chance, 助理 of 中心助理主任 over 捐助 / 理事會)
    pair_counts = Counter(k[j : j + 2] for k in (content_key(i.line.text) for i in infos) for j in range(len(k) - 1))
    known_pairs = frozenset(p for p, c in pair_counts.items() if c >= 2)
    stack = _foot_stack(infos, config)
    # (a page with a blank line between nearly every two lines, as pdftotext may space one: a blank parts no block)
    double_spaced_page = sum(i.line.blank_before > 0 for i in infos) >= config.double_spaced_page_share * len(infos)
    block_end = 0  # the line after an OCR block read inside a sentence (its lines are one unit)
    news_box = False  # under a box of news briefs' label (港聞簡訊), to the first title that is none of the box's
    box_label: int | None = None  # the last label of a box of briefs above, furniture
    any_label: int | None = None  # the last label of a box of briefs above, furniture or not
    for i, info in enumerate(infos):
        # (not the page's section among the masthead's lines, 基层动态 under the page's number: no box)
        if info.furniture and FIELD_BRIEFS_LABEL.match(info.line.text) and not all(x.furniture for x in infos[:i]):
            box_label = i
        # (and a box's own label alone on its line, 旅讯速递, 简 讯, under the page's text, whatever it was read as)
        if BRIEFS_LABEL.match("".join(info.line.text.split())) and not all(x.furniture for x in infos[:i]):
            any_label = i
            news_box = _NEWS_BRIEFS_LABEL.search("".join(info.line.text.split())) is not None
        elif (
            news_box
            and i > 0
            and not BULLET.match(info.line.text)
            and _MARKED.search(info.line.text) is None
            and ends_sentence(infos[i - 1].line.text)
            and info.shortfall >= _heading_margin(info, config)
        ):
            news_box = False  # (a title after a finished brief, no bullet of the box's: the box has ended)
        if not groups:
            groups.append([info])
            continue
        if i < block_end:
            groups[-1].append(info)  # (the rest of a block read inside a sentence: one caption or one title)
            continue
        upper = groups[-1][-1]
        if i in stack and i - 1 in stack and upper.line.text.rstrip()[-1:] not in CLAUSE_BREAKS:
            # (each line its own: the headline zone's cut makes titles of them, with their kickers and decks; but a
            # deck's line cut at its comma goes on below, 总投资186亿元，涵盖新能源、 / 生物医药…)
            if trace is not None:
                reason = "lines without a mark down to the page's foot, under its last text: headlines, a line each"
                trace.append(Decision("repair", "break", (upper.line.number, info.line.number), reason, {}))
            groups.append([info])
            continue
        if (
            indented_page
            and info.line.text[:1].isspace()
            and not upper.line.text[:1].isspace()
            and not upper.sentence_end
            and not upper.ends_opening
            and not upper.furniture
            and len(groups[-1]) == 1
            and _MARKED.search(upper.line.text) is None
        ):
            # (on a page whose paragraphs open on their indent, a flush line of its own with no mark right over an
            # indented one is a heading over it, however near the column's width: 海岳环境中标7.8亿元水务项目 /
            # 　海岳环境（300867）4月25日…)
            if trace is not None:
                reason = "a flush line with no mark over an indented paragraph on a page that indents them: a heading"
                trace.append(Decision("repair", "break", (upper.line.number, info.line.number), reason, {}))
            groups.append([info])
            continue
        if (
            # (under the masthead's furniture: on a page cut from its masthead, a story may open it cut off mid-way)
            len(groups) >= 2
            and all(g.furniture for g in groups[-2])
            and not upper.furniture
            and len(groups[-1]) <= 3
            and not any(g.sentence_end or g.opens_dateline for g in groups[-1])
            and not info.sentence_end
            and not info.opens_dateline
            and i + 1 < len(infos)
            and (
                infos[i + 1].opens_dateline
                or (i + 2 < len(infos) and infos[i + 2].opens_dateline and not infos[i + 1].sentence_end)
            )
        ):
            # (under the masthead, lines that end no sentence anywhere down to the lead's dateline are its headline,
            # a line each, however wide the page's columns below: 前三季度生产经营成绩单出炉 / 公司累计加工原油812万吨 /
            # 同比增长6.3%，创历史同期最好水平 / 本报讯…)
            if trace is not None:
                reason = "lines that end no sentence between the masthead and the lead's dateline: headline lines"
                trace.append(Decision("repair", "break", (upper.line.number, info.line.number), reason, {}))
            groups.append([info])
            continue
        if i in stack and i - 1 not in stack and min(stack) == i:
            # (the stack's first line under the page's last full stop, however full the line above: the text ends
            # there, where the stack begins)
            if trace is not None:
                reason = "the headlines at the page's foot begin under its last text's full stop"
                trace.append(Decision("repair", "break", (upper.line.number, info.line.number), reason, {}))
            groups.append([info])
            continue
        after = infos[i + 1] if i + 1 < len(infos) else None
        # (the OCR block this line opens, and the line after it)
        block, after_block = _ocr_block(infos, i, config.caption_block_lines) if info.line.blank_before else ([], None)
        if (
            block
            and len(groups[-1]) == 1
            and not upper.double_spaced
            and not upper.furniture
            and _MARKED.search(LABEL_COLON.sub("", upper.line.text.strip())) is None
            and _whole_caption(block, after_block)
        ):
            # a line without a mark, then a block of its own that is a photo's caption whole: a title over its
            # photo's caption (油麻地老餅店 守住一口雞仔餅香 / 黃家明每朝五時開爐，…。 記者 某某 攝)
            if trace is not None:
                said = "a title without a mark over a photo's caption in a block of its own"
                trace.append(Decision("repair", "break", (upper.line.number, info.line.number), said))
            groups.append([info])
            continue
        if (
            block
            and not double_spaced_page
            and (kind := _interjected_block(groups[-1], block, after_block, known_pairs, config))
        ):
            # a photo's caption, or the story's title, an OCR engine read as a block of its own between two blocks of
            # a sentence
            if trace is not None:
                said = f"a {kind} in a block of its own inside a sentence"
                trace.append(Decision("repair", "break", (upper.line.number, info.line.number), said))
            groups.append([replace(info, interjected=True)])
            block_end, block_kind = i + len(block), kind
            continue
        at_top = len(groups) == 1 or all(g.furniture for g in groups[-2])
        after_caption = len(groups) >= 2 and groups[-2][0].opens_caption
        after_display = len(groups) >= 2 and all(i.overhangs(config) or i.letter_spaced for i in groups[-2])
        after_heading = len(groups) >= 2 and not ends_sentence("".join(i.line.text.strip() for i in groups[-2][-2:]))
        after_jump = len(groups) >= 2 and any(JUMP_ON.match(i.line.text) for i in groups[-2])
        brk, reason, scores = should_break(
            upper,
            info,
            config,
            after,
            groups[-1],
            at_top,
            after_caption,
            after_display=after_display,
            after_heading=after_heading,
            spaced_text=spaced_text,
            then_dateline=i + 2 < len(infos) and infos[i + 2].opens_dateline,
            report_below=_report_text(infos[i + 1 : i + 1 + config.title_report_lines])
            if after is not None and after.opens_dateline
            else "",
            after_jump=after_jump,
            under_short_line=len(groups) >= 2 and groups[-2][-1].shortfall >= _heading_margin(groups[-2][-1], config),
            after_upright=len(groups) >= 2 and groups[-2][-1].vertical,
            after_dated_row=len(groups) >= 2
            and len(groups[-2]) == 1
            and DATED_ROW.match(groups[-2][0].line.text) is not None,
            foot_titles=_foot_titles(infos, i, config),
            after_briefs_label=len(groups) >= 2
            and len(groups[-2]) == 1
            and BRIEFS_LABEL.match("".join(groups[-2][0].line.text.split())) is not None,
            after_closing_credit=len(groups) >= 2
            and closing_credit(join_lines([i.line.text for i in groups[-2][-3:]])),
            flush_page=flush_page,
            unwrapped_page=unwrapped_page,
            in_briefs_box=box_label is not None and i - box_label <= config.briefs_box_lines,
            under_briefs_label=any_label is not None and i - any_label <= config.briefs_box_lines,
            known_pairs=known_pairs,
            after_dash_kicker=len(groups) >= 2
            and len(groups[-2]) == 1
            and _dash_kicker(groups[-2][0].line.text, config),
            after_dot_kicker=len(groups) >= 2
            and len(groups[-2]) == 1
            and not groups[-2][0].furniture
            and _DOT_KICKER.match(groups[-2][0].line.text) is not None,
            after_column_label=len(groups) >= 2
            and len(groups[-2]) == 1
            and not groups[-2][0].furniture
            and (
                LABEL.match(groups[-2][0].line.text) is not None
                or COLUMN_LABEL.match(groups[-2][0].line.text) is not None
            ),
            in_label_list=_in_label_list(groups),
            under_news_label=news_box and any_label is not None and i - any_label <= config.briefs_box_lines,
        )
        if trace is not None:
            trace.append(
                Decision(
                    "repair",
                    "break" if brk else "join",
                    (upper.line.number, info.line.number),
                    reason,
                    {**scores, "measure": upper.measure},
                )
            )
        if (
            brk
            and len(groups) >= 2
            and len(groups[-1]) <= config.caption_block_lines
            and groups[-1][0].interjected
            and _goes_on_round(groups[-2][-1], info)
        ):
            # the paragraph goes on under the caption an OCR engine read between its lines (…刘一鸣右路 / [caption] /
            # 突破后传中，…): the paragraph is one again, the caption standing after it
            held.append((len(groups) - 2, groups.pop(), block_kind))
            groups[-1].append(info)
            if trace is not None:
                said = "the sentence goes on round a photo's caption or a title read between its lines"
                trace.append(Decision("repair", "join", (groups[-1][-2].line.number, info.line.number), said))
        elif brk:
            if reason == INTERJECTED:
                block_kind = "caption"
            groups.append([replace(info, interjected=True) if reason == INTERJECTED else info])
        else:
            groups[-1].append(info)
    for at, lines, kind in reversed(held):
        # (a caption stands after the paragraph it was read inside, a title before it: the story's headline)
        groups.insert(at if kind == "title" else at + 1, lines)
    return Repair(part_tagged_titles(groups, trace), False)


# The words a list hangs from, closing its sentence on the colon (具体名单如下：, 分别是：).
LIST_LEAD_END = re.compile(r"(?:如下|以下|分别是|分別是|分别为|分別為|包括)\s*[：:]\s*$")


def _in_label_list(groups: Sequence[Sequence[LineInfo]]) -> bool:
    """Whether the unit being built is an item of a list of labelled items (二传：…) under the sentence the list
    hangs from (…如下：), the items above it each a label and its colon."""
    k = len(groups) - 2
    while k >= 0 and LABEL_COLON.match(groups[k][0].line.text.strip()) and len(groups[k]) <= 2:
        k -= 1
    return k >= 0 and LIST_LEAD_END.search(join_lines([i.line.text for i in groups[k]])) is not None


def _goes_on_round(before: LineInfo, after: LineInfo) -> bool:
    """Whether the line after an interjected caption goes on with the sentence the line before it stopped in."""
    above, below = content_key(before.line.text), content_key(after.line.text)
    return (
        not before.sentence_end
        and not before.furniture
        and not after.furniture
        and before.line.text.rstrip()[-1:] not in "：:"
        and bool(above and below)
        and _HANZI.match(above[-1]) is not None
        and _HANZI.match(below[0]) is not None
        and not after.opens_dateline
        and not after.opens_caption
        and not BULLET.match(after.line.text)
    )


# A brief's title in lenticular brackets, the brief's text run on after it on the same line (【我市启动夏季消防安全大
# 检查】本报讯 即日起…): six characters or more, where a tag over a title (【城市表情】, 【记者手记】) has four or five,
# and no mark of running text.
_INLINE_TAG_TITLE = re.compile(r"^\s*【(?P<title>[^【】，。！？；,;!?]{6,30})】\s*(?P<rest>\S.*)$")
# A brief's title after the box's bullet, its text run on after a space on the same line (■市图书馆延长开放时间 即日起，
# …): no mark in the title, six characters or more.
_INLINE_BULLET_TITLE = re.compile(
    # (not an item whose subject an OCR engine's space parts from its date, ■ 全英華人專業協會 3 月16日…)
    # (nor a schedule's row, ■7月20日全天 旧书交换集市, its date first)
    r"^\s*[■□◆●▲]\s*(?![0-9０-９])(?P<title>[^\s，。！？；：,;!?:、（）()“”「」]{6,24})"
    r"[ \u3000]+(?P<rest>[^\s0-9０-９].*)$"
)
# How many units above a marked brief's title its box's label may stand (a box of four briefs of a paragraph each).
_BOX_LOOKBACK = 8
# A speaker named in the tag by post and name (【全国人大代表张建国】, 【市民 王女士】): what follows is what they said.
_TAGGED_SPEAKER = re.compile(
    r"(?:代表|委员|委員|主任|书记|書記|局长|局長|市长|市長|县长|縣長|院长|院長|经理|經理|专家|專家|教授|市民|村民|居民"
    r"|网友|網友|读者|讀者|学生|學生|家长|家長|老师|老師)\s*[\u4e00-\u9fff]{1,3}(?:先生|女士|同学|同學)?$"
)
# What a bracketed dateline or credit names or closes on (【本報訊】, 【本報記者某某台北報道】, 【中央社電】,
# 【本報駐京記者 某某】): no title.
_REPORT_WORDS = re.compile(r"记者|記者|通讯员|通訊員|(?:讯|訊|消息|报道|報道|報導|电|電|摄|攝|稿)\s*$")


def names_report(words: str) -> bool:
    """Whether the words inside a pair of brackets are a dateline's or a credit's: a reporter, or the formula's
    last word (讯, 报道, 电, 摄)."""
    return _REPORT_WORDS.search(words.strip()) is not None


def part_tagged_titles(groups: list[list[LineInfo]], trace: list[Decision] | None = None) -> list[list[LineInfo]]:
    """Set a brief's title printed in lenticular brackets at the head of its text, on the text's first line
    (【市图书馆延长夏季开放时间】本报讯 从6月1日起…), on a line of its own: a title over the brief's text, as the
    pieces of a briefs column are headed, the text's dateline opening its line again. A tag over a title (【城市表情】),
    a bracketed dateline (【本報訊】) or a title in brackets set alone on its line stay as they are."""
    out: list[list[LineInfo]] = []
    for unit in groups:
        first = unit[0]
        m = _INLINE_TAG_TITLE.match(first.line.text) or _INLINE_BULLET_TITLE.match(first.line.text)
        # (the text opens a piece: after a finished paragraph, a label or furniture; under a title the tag is the
        # story's series, 供电服务进社区… / 【我为群众办实事】连日来，…)
        above = join_lines([i.line.text for i in out[-1]]) if out else ""
        opens_piece = not out or out[-1][-1].furniture or ends_sentence(above) or is_briefs_label(above)
        # (a bullet's title only in a box of briefs under its label: inside a story a marked item with a space in it,
        # ■市民服务中心 即日起暂停办理…, is one sentence)
        if m is not None and m.re is _INLINE_BULLET_TITLE:
            opens_piece = opens_piece and any(
                is_briefs_label(join_lines([i.line.text for i in g])) for g in out[-_BOX_LOOKBACK:]
            )
        if (
            m is None
            or not opens_piece
            # (nor a speaker's tag, a post and a name, over what the speaker said: 【全国人大代表张建国】乡村振兴…)
            or _TAGGED_SPEAKER.search(m["title"]) is not None
            or names_report(m["title"])
            or match_dateline(first.line.text.strip()) is not None
            # (the rest is a brief's text: a dateline opens it, or it runs on clause by clause to a full stop, a
            # signature in brackets after it or not; a photo's caption under its tag, 【港隊第6面獎牌】李慧詩…奪銅：…
            # 美聯社, closes on its credit)
            or not (
                match_dateline(m["rest"]) is not None
                or (
                    not PROSE_MARKS.isdisjoint(rest := join_lines([m["rest"], *(i.line.text for i in unit[1:])]))
                    and ends_sentence(rest)
                )
            )
        ):
            out.append(unit)
            continue
        cut = m.start("rest")
        title, rest = first.line.text[:cut].rstrip(), first.line.text[cut:]
        out.append(
            [
                replace(
                    first,
                    line=replace(first.line, text=title),
                    width=line_width(title),
                    sentence_end=False,
                    tagged_title=True,
                )
            ]
        )
        out.append([replace(first, line=replace(first.line, text=rest), width=line_width(rest)), *unit[1:]])
        if trace is not None:
            said = "a brief's title in brackets or after its bullet, its text run on after it: a title over the text"
            trace.append(Decision("repair", "break", (first.line.number,), said))
    return out
