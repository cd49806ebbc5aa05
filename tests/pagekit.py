"""Compose test pages the way extractors print Chinese columns.

A column is set justified at a fixed measure; the first line of a paragraph is indented two cells. pdftotext
drops the indent's spaces, so the first line simply comes out two cells short (``indent="short"``); Tesseract
and some archives keep them as ideographic spaces (``indent="spaces"``); flush-left setting has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import newsseg

Indent = Literal["short", "spaces", "none"]

# Made-up articles, on subjects far enough apart that a headline or caption can only fit one of them.
LIBRARY = [
    "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放。新馆建筑面积两万平方米，设有少儿阅览区、古籍修复室"
    "和数字体验中心，可同时容纳一千五百名读者。",
    "开馆当天，不少市民一早就在门口排队。退休教师孙大爷说，新馆离家近，环境又好，以后每天都要来看看报纸。",
    "据介绍，新馆实行全年无休开放，并与各县区图书馆实现通借通还，读者持一张借书证即可在全市范围内借阅图书。",
]
RIVER = [
    "本报讯（记者 赵云飞）5月11日，全市河道生态治理推进会召开。市长张伟出席并讲话。副市长李明主持会议。会议"
    "通报了一季度水质监测情况，部署下一阶段河道治理工作。",
    "张伟强调，要坚持上下游协同治理，加快污水处理设施建设，严厉打击非法采砂和违规排污行为，确保年底前主要断面"
    "水质稳定达标。",
]
SPRING = [
    "本报讯（记者 周婷）5月10日，全省春耕生产工作会议召开。省委书记王长江出席会议并讲话。",
    "王长江强调，各级党委政府要把春耕生产摆在突出位置，抓紧抓实春耕备耕各项工作，稳定粮食播种面积，确保粮食安全。",
    "会议要求，要加强农资供应和价格监管，做好农技服务，帮助农民解决生产中的实际困难。",
]
# An opinion piece: no dateline, nothing but its text.
OPINION = [
    "一座城市的温度，往往藏在那些不起眼的角落里。社区书屋的灯光、街角长椅上的报纸，都在诉说着这座城市对阅读的珍视。",
    "让阅读成为习惯，需要更多这样触手可及的空间。期待更多的书香角落走进街巷，走进每一个普通人的日常生活。",
]
WEATHER = [
    "本报讯（记者 刘洋）近日，市气象台发布消息，预计本周后期我市将迎来一次明显降雨过程，局部地区有大到暴雨，"
    "请广大市民注意出行安全。",
]
# Two reports on one subject, a story and its neighbour set at another measure: they share their words, so only
# the layout parts them.

RESERVOIR = [
    "本报讯（记者 齐峰）记者昨日从市水务局获悉，城北水库除险加固工程已完成主体施工，汛前可投入运行。",
    "据介绍，工程加高坝顶一米二，新建溢洪道一座，水库防洪标准由五十年一遇提高到百年一遇，下游三个乡镇两万余人受益。",
]

RESERVOIR_SOUTH = [
    "日前，城南水库除险加固工程通过竣工验收，水库防洪标准提高到百年一遇，下游两个乡镇一万余人受益，工程总投资一亿元。",
    "据介绍，工程新建溢洪道一座，加高坝顶一米，汛期可多蓄水八百万立方米，为下游两万亩农田灌溉提供保障。",
    "市水务局表示，今年全市还将完成六座小型水库除险加固，确保水库安全度汛。",
]


def cells(text: str) -> float:
    """Width in character cells: ASCII is half a cell, everything else in these pages one cell."""
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


# 行首禁则: marks that may not start a line. The typesetter pushes the last character of the line down with the
# mark (推出), or, where that would leave a sentence end on a short line, lets the mark hang in the margin.
NO_LINE_START = frozenset("，。、；：？！”’）》」』")
_ENDS = frozenset("。！？…”’）》」』")


def wrap(paragraph: str, width: float, indent: Indent = "short", kinsoku: bool = True) -> list[str]:
    """Hard-wrap one paragraph at ``width`` cells. With ``kinsoku`` no line starts with a closing mark; without
    it the text is cut wherever the measure is full, as a careless extractor or OCR engine may cut it."""
    lines: list[str] = []
    prefix = "\u3000\u3000" if indent == "spaces" else ""
    avail = width - (0 if indent == "none" else 2)
    start = 0
    while start < len(paragraph):
        end, used = start, 0.0
        while end < len(paragraph) and (end == start or used + cells(paragraph[end]) <= avail):
            used += cells(paragraph[end])
            end += 1
        if kinsoku and end < len(paragraph) and paragraph[end] in NO_LINE_START:
            pushable = end - 2 > start and paragraph[end - 1] not in NO_LINE_START and paragraph[end - 2] not in _ENDS
            end = end - 1 if pushable else end + 1
        lines.append(prefix + paragraph[start:end])
        prefix, avail, start = "", width, end
    return lines


def column(paragraphs: Iterable[str], width: float, indent: Indent = "short") -> list[str]:
    """The lines of several paragraphs set one after the other in one column."""
    return [line for p in paragraphs for line in wrap(p, width, indent)]


def page(*parts: str | Sequence[str], double_spaced: bool = False) -> str:
    """Join lines (strings, or lists of strings) into a page; double-spaced puts a blank line after each."""
    lines = [x for part in parts for x in ([part] if isinstance(part, str) else part)]
    sep = "\n\n" if double_spaced else "\n"
    return sep.join(lines) + "\n"


def split(text: str) -> newsseg.Page:
    return newsseg.split(text)


def paragraphs(text: str) -> list[list[str]]:
    """The paragraphs of every article of the page."""
    return [list(a.paragraphs) for a in newsseg.split(text).articles]


def by_lead(pg: newsseg.Page, lead: str) -> newsseg.Article:
    """The article whose first paragraph contains ``lead``."""
    found = [a for a in pg.articles if a.paragraphs and lead in a.paragraphs[0]]
    assert len(found) == 1, f"{len(found)} articles open with {lead!r}: {[a.paragraphs[:1] for a in pg.articles]}"
    return found[0]
