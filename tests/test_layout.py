"""Columns a layout-keeping extractor (``pdftotext -layout``) wrote side by side, read one after the other.

Such a tool writes a row of the page across all its columns, padding each line with spaces so that every
column starts at the same display cell (a hanzi two cells, an ASCII character one). The pages here are made up
and set that way by ``side_by_side``: each column is a pagekit column, padded to its widest line.

(the thirty-seventh batch's rules: newsseg/layout.py and ``Config.layout_*``)
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pagekit import column, page, split, wrap

import newsseg
from newsseg.config import Config
from newsseg.normalize import normalize_line

LUNCH = [
    "本报讯（记者 邱曼）新学期起，城关第二小学的学生在学校食堂吃上了营养午餐，每餐两荤两素一汤，家长每月只需"
    "交一百二十元。",
    "校长罗建平介绍，学校请来营养师按季节调配菜谱，每周菜单提前在家长群里公布，欢迎家长随时到食堂陪餐。",
]
BRIDGE = [
    "本报讯（记者 韩立新）6月3日，横跨清溪河的老石桥加固工程完工，桥面恢复通行。这座石桥建于清代，是城西居民"
    "进城的必经之路。",
    "施工方介绍，工程更换了桥墩周围松动的条石，加铺了防滑桥面，并在两侧新装了护栏和夜间照明。",
    "家住桥西的宋阿姨说，以前下雨天过桥要格外小心，现在走起来踏实多了。",
]
MARKET = [
    "本报讯（记者 骆青）端午将至，城南农贸市场的粽叶、艾草和咸鸭蛋销售火热，摊主们从早忙到晚。",
    "市场管理处负责人介绍，今年粽叶货源充足，价格与去年基本持平，鲜肉粽每只四元左右。",
    "管理处还加派人手巡查，确保节日期间市场秩序和食品安全。",
]
MASTHEAD = "清溪日报 2024年6月5日 星期三 第2版"
FOOT = "本版编辑：孟晓东"


def display_cells(text: str) -> int:
    """Width on a terminal's grid, as the layout tool pads: a wide character two cells, the rest one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def side_by_side(*columns: Sequence[str], gutter: int = 4) -> list[str]:
    """Columns written row by row the way ``pdftotext -layout`` writes them: every column padded with spaces to
    its widest line, ``gutter`` spaces between, trailing spaces dropped."""
    widths = [max(display_cells(line) for line in c) for c in columns]
    rows = []
    for k in range(max(len(c) for c in columns)):
        cells = [(c[k] if k < len(c) else "") for c in columns]
        padded = [t + " " * (w - display_cells(t)) for t, w in zip(cells, widths, strict=True)]
        rows.append((" " * gutter).join(padded).rstrip())
    return rows


def headlines(pg: newsseg.Page) -> list[str | None]:
    return [a.headline.title if a.headline else None for a in pg.articles]


def squeezed(texts: Sequence[str]) -> str:
    return "".join("".join(texts).split())


# --- two columns -------------------------------------------------------------------------------------------------
_LUNCH_STORY = ("小学生吃上营养午餐", LUNCH, "邱曼")
_BRIDGE_STORY = ("老石桥加固完工恢复通行", BRIDGE, "韩立新")


@pytest.mark.parametrize(
    ("first", "second"),
    # (the left column runs on below the right one, its last lines alone at the left edge, or the right one below
    # the left one)
    [(_LUNCH_STORY, _BRIDGE_STORY), (_BRIDGE_STORY, _LUNCH_STORY)],
    ids=["right-longer", "left-longer"],
)
def test_two_stories_set_side_by_side_are_read_one_after_the_other_between_the_masthead_and_the_foot(
    first: tuple[str, list[str], str], second: tuple[str, list[str], str]
) -> None:
    left, right = [first[0], *column(first[1], 16)], [second[0], *column(second[1], 16)]
    pg = split(page(MASTHEAD, side_by_side(left, right), FOOT))
    assert headlines(pg) == [first[0], second[0]]
    assert [list(a.paragraphs) for a in pg.articles] == [first[1], second[1]]
    assert [a.dateline.reporters if a.dateline else None for a in pg.articles] == [(first[2],), (second[2],)]
    foot = 2 + max(len(left), len(right))
    assert [(squeezed([r.text]), r.lines) for r in pg.residue] == [(squeezed([MASTHEAD]), (1,)), (FOOT, (foot,))]


def test_the_records_of_columns_read_apart_keep_the_input_line_numbers() -> None:
    # lines 2-13 hold both columns; each story's lines, its headline's and the residue's are the input's, not
    # those of the text read column by column
    left = ["小学生吃上营养午餐", *column(LUNCH, 16)]
    right = ["老石桥加固完工恢复通行", "", *column(BRIDGE, 16)]
    text = page(MASTHEAD, side_by_side(left, right), FOOT)
    source = text.split("\n")
    pg = split(text)
    lunch, bridge = pg.articles
    assert lunch.headline is not None and bridge.headline is not None
    assert lunch.headline.lines == (2,) and bridge.headline.lines == (2,)
    assert lunch.lines == (3, 10) and lunch.body_lines == tuple(range(3, 11))
    assert bridge.lines == (4, 13) and bridge.body_lines == tuple(range(4, 14))
    assert [r.lines for r in pg.residue] == [(1,), (14,)]
    # every body line of each story holds a piece of that story's text in the input
    for side, story, text_of in ((0, lunch, LUNCH), (-1, bridge, BRIDGE)):
        for n in story.body_lines:
            piece = re.split(r" {3,}", source[n - 1])[side].strip()
            assert piece and piece in "".join(text_of)


def test_the_record_of_a_page_read_by_columns_says_so_under_explain() -> None:
    left = ["小学生吃上营养午餐", *column(LUNCH, 16)]
    right = ["老石桥加固完工恢复通行", *column(BRIDGE, 16)]
    pg = newsseg.split(page(MASTHEAD, side_by_side(left, right), FOOT), Config(explain=True))
    first = pg.explain[0]
    assert (first.stage, first.action, first.scores) == ("layout", "columns", {"bands": 1})
    # the decision names the input's lines in the order they were read: the left column's rows, then the right's
    assert first.lines[:3] == (1, 2, 3) and first.lines.count(2) == 2


def test_double_spaced_columns_keep_their_paragraphs() -> None:
    # the tool leaves a blank row between paragraphs, at other rows in each column
    def spaced(paragraphs: list[str]) -> list[str]:
        out: list[str] = []
        for p in paragraphs:
            out += ["", *wrap(p, 16)] if out else wrap(p, 16)
        return out

    left = ["小学生吃上营养午餐", "", *spaced(LUNCH)]
    right = ["老石桥加固完工恢复通行", "", *spaced(BRIDGE)]
    pg = split(page(MASTHEAD, "", side_by_side(left, right), "", FOOT))
    assert headlines(pg) == ["小学生吃上营养午餐", "老石桥加固完工恢复通行"]
    assert [list(a.paragraphs) for a in pg.articles] == [LUNCH, BRIDGE]


@pytest.mark.parametrize(
    "stories",
    [[LUNCH, MARKET, BRIDGE], [MARKET, BRIDGE, LUNCH], [BRIDGE, MARKET, LUNCH]],
    ids=["longest-right", "longest-middle", "longest-left"],
)
def test_three_stories_in_a_row_are_read_left_to_right(stories: list[list[str]]) -> None:
    titles = {id(LUNCH): "小学生吃上营养午餐", id(MARKET): "端午临近粽叶俏销", id(BRIDGE): "老石桥加固完工"}
    columns = [[titles[id(s)], *column(s, 14)] for s in stories]
    pg = split(page(MASTHEAD, side_by_side(*columns), FOOT))
    assert headlines(pg) == [titles[id(s)] for s in stories]
    assert [list(x.paragraphs) for x in pg.articles] == stories
    # (each story's body from the row under the titles to its column's last row)
    assert [x.lines for x in pg.articles] == [(3, 1 + len(c)) for c in columns]
    assert [r.lines for r in pg.residue] == [(1,), (2 + max(len(c) for c in columns),)]


# --- what is no two columns ----------------------------------------------------------------------------------------
def test_a_table_with_aligned_columns_under_two_stories_stays_rows() -> None:
    # a list of winners (a school, its project: six hanzi and more on both sides of a wide gap, four rows) is a
    # table, no two columns of text: it has no clause mark; the stories above are read column by column
    winners = side_by_side(
        ["获奖单位", "城关镇中心小学", "清溪县第一中学", "南岭乡初级中学", "城西街道实验小学"],
        ["获奖项目", "校园午餐营养配餐方案", "清溪河水质监测小课题", "茶园病虫害绿色防控", "社区垃圾分类宣传手册"],
        gutter=8,
    )
    left = ["小学生吃上营养午餐", *column(LUNCH, 16)]
    right = ["老石桥加固完工恢复通行", *column(BRIDGE, 16)]
    pg = split(page(MASTHEAD, side_by_side(left, right), "全县中小学科技创新大赛获奖名单", winners, FOOT))
    assert [list(a.paragraphs) for a in pg.articles] == [LUNCH, BRIDGE]
    residue = " ".join(r.text for r in pg.residue)
    for school, project in [
        ("城关镇中心小学", "校园午餐营养配餐方案"),
        ("清溪县第一中学", "清溪河水质监测小课题"),
        ("南岭乡初级中学", "茶园病虫害绿色防控"),
        ("城西街道实验小学", "社区垃圾分类宣传手册"),
    ]:
        assert f"{school} {project}" in residue
    assert [n for r in pg.residue for n in r.lines][-6:] == [14, 15, 16, 17, 18, 19]


def test_pages_with_no_columns_written_side_by_side_come_back_untouched() -> None:
    from newsseg.layout import read_columns

    config = Config()
    # a Tesseract page: two columns written row by row, gutters of any width, ASCII clause marks among the hanzi
    # (unfold_side_by_side reads those, row by row)
    tesseract = page(
        "清溪日报 2024年6月5日 星期三",
        "本报讯(记者 邱曼)新学期起,城关第二小学      本报讯(记者 韩立新)6月3日,横跨清溪",
        "的学生在学校食堂吃上了营养午餐,每餐两荤        河的老石桥加固工程完工,桥面恢复通行.",
        "两素一汤,家长每月只需交一百二十元.     这座石桥建于清代,是城西居民进城的必",
        "校长罗建平介绍,学校请来营养师按季节调         经之路.施工方介绍,工程更换了桥墩周",
        "配菜谱,每周菜单提前在家长群里公布.       围松动的条石,加铺了防滑桥面.",
    )
    # a table of figures, aligned
    figures = page(
        "品名          本周        上周        涨跌",
        "西红柿        5.60        5.40        3.7%",
        "土豆          3.20        3.00        6.7%",
        "大白菜        1.80        1.60        12.5%",
        "黄瓜          4.10        4.30        -4.7%",
    )
    # a row of two titles across the page, then one column of text under each, one after the other
    titles = page(
        "小学生吃上营养午餐          老石桥加固完工恢复通行",
        *column(LUNCH, 24),
        *column(BRIDGE, 24),
    )
    # running text that only happens to pass a gap: the right parts start anywhere
    ragged = page(
        "新学期起，城关第二小学的学生      在学校食堂吃上了营养午餐，每餐",
        "两荤两素一汤，家长每月只需交一百二十元。      校长介绍，学校",
        "请来营养师按季节调配菜谱，每周      菜单提前在家长群里公布，欢迎",
        "家长随时到食堂陪餐。食堂还设了      意见箱，每月评选一次最受欢迎",
        "的菜品，评选结果张贴在食堂门口。    学生们说，饭菜比家里的还香。",
    )
    for text in (tesseract, figures, titles, ragged):
        assert read_columns(text, config) is None, text


def test_with_layout_columns_off_the_rows_are_read_as_lines() -> None:
    left = ["小学生吃上营养午餐", *column(LUNCH, 16)]
    right = ["老石桥加固完工恢复通行", *column(BRIDGE, 16)]
    text = page(MASTHEAD, side_by_side(left, right), FOOT)
    on, off = newsseg.split(text), newsseg.split(text, Config(layout_columns=False))
    assert [list(a.paragraphs) for a in on.articles] == [LUNCH, BRIDGE]
    assert [list(a.paragraphs) for a in off.articles] != [LUNCH, BRIDGE]


# --- properties ----------------------------------------------------------------------------------------------------
HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经三之进着等部度家电力里如水化高自理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


@st.composite
def sentence(draw: st.DrawFn, hanzi: st.SearchStrategy[str]) -> str:
    clauses = draw(st.lists(st.text(hanzi, min_size=4, max_size=12), min_size=2, max_size=4))
    return "，".join(clauses) + draw(st.sampled_from("。。！？"))


@st.composite
def story(draw: st.DrawFn, words: str) -> tuple[str, list[str]]:
    """(a title, the paragraphs), written in the hanzi of ``words``."""
    hanzi = st.sampled_from(words)
    title = draw(st.text(hanzi, min_size=4, max_size=10))
    paragraphs = ["".join(draw(st.lists(sentence(hanzi), min_size=2, max_size=3))) for _ in range(3)]
    if draw(st.booleans()):
        paragraphs[0] = f"本报讯（记者 {draw(st.text(hanzi, min_size=2, max_size=3))}）" + paragraphs[0]
    return title, paragraphs


@st.composite
def layout_pages(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    """A page of two stories side by side, each column at its own measure and of its own length, with or without
    a masthead and a foot line, and the stories' paragraphs left to right."""
    # (two stories, each in words of its own: where the rows alone tell nothing, the reader, and layout's _core,
    # know by its words which column the lines left below the other go on with)
    half = len(HANZI) // 2
    stories = [draw(story(HANZI[:half])), draw(story(HANZI[half:]))]
    columns = [[title, *column(paragraphs, draw(st.integers(10, 20)))] for title, paragraphs in stories]
    # (rows of text on both sides of the gutter, as a page of columns has: five rows of six hanzi and more on
    # both sides, not a column's one line beside the other's few)
    rows_of_two = zip(*(c[1:] for c in columns), strict=False)
    assume(sum(min(len(_HAN.findall(line)) for line in row) >= 6 for row in rows_of_two) >= 5)
    rows = side_by_side(*columns, gutter=draw(st.integers(3, 8)))
    head = [MASTHEAD] if draw(st.booleans()) else []
    foot = [FOOT] if draw(st.booleans()) else []
    return page(head, rows, foot), [paragraphs for _, paragraphs in stories]


PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=os.environ.get("NEWSSEG_HYPOTHESIS_RANDOM") != "1",
    database=None,
)


def _nonspace(texts: Sequence[str]) -> Counter[str]:
    return Counter(ch for t in texts for ch in t if not ch.isspace())


@PROPERTY
@given(layout_pages())
def test_a_layout_page_loses_nothing_and_reads_each_story_in_one_run(case: tuple[str, list[list[str]]]) -> None:
    text, stories = case
    pg = newsseg.split(text)
    texts = [r.text for r in pg.residue]
    for a in pg.articles:
        texts += [*a.paragraphs, *a.captions]
        if a.headline:
            texts += [p for p, _ in a.headline.parts()]
    # every non-blank character of the input once in the articles and the residue
    assert _nonspace(texts) == _nonspace([normalize_line(line, Config()) for line in text.split("\n")])
    # and each story's text in one run in the repaired page (its blocks in the order they were read), as a reader
    # of its column reads it
    read = squeezed([b.text for b in pg.blocks])
    for paragraphs in stories:
        assert squeezed(paragraphs) in read


# --- the thirty-seventh batch's rules: the rows below two columns (layout._core) ----------------------------------
_ELDERS_CANTEEN = [
    "本报讯（记者 龚雪）城东街道首家社区长者食堂日前开张，六十岁以上老人每餐只需十二元，两荤一素一汤。",
    "食堂负责人说，饭菜少油少盐，每周菜单提前公布，行动不便的老人还可以预约送餐上门。",
]
_STONE_BRIDGE = [
    "本报讯（记者 韩立新）6月3日，横跨清溪河的老石桥加固工程完工，桥面恢复通行。",
    "施工方介绍，工程更换了桥墩周围松动的条石，加铺了防滑桥面，并在两侧新装了护栏和夜间照明。",
    "老石桥建于清代，是城西居民进城的必经之路。家住桥西的宋阿姨说，石桥加固以后，桥面宽了也平了，走起来踏实多了。",
]


@pytest.mark.parametrize(
    "canteen",
    [
        # the last row of two ends the canteen's sentence (…预约送餐上门。) and not the bridge's (…是城西居民进)
        _ELDERS_CANTEEN,
        # both end a sentence there (…预约送餐。 beside …夜间照明。): the lines below share the bridge's words (老石桥,
        # 桥面), none of the canteen's
        [_ELDERS_CANTEEN[0], "食堂负责人说，饭菜少油少盐，行动不便的老人可以预约送餐。"],
    ],
    ids=["left-closed-right-open", "both-closed"],
)
def test_lines_at_the_left_edge_under_two_columns_go_on_with_the_right_one_when_it_is_the_one_left_open(
    canteen: list[str],
) -> None:
    # a tool that wrote the two columns row by row writes what is left of the longer right column from the left
    # edge, under the shorter left one: those lines are the bridge's last, not the canteen's
    left = ["社区长者食堂开张", *column(canteen, 16)]
    right = ["老石桥加固完工恢复通行", *column(_STONE_BRIDGE, 16)]
    rows = len(left)
    pg = split(page(MASTHEAD, side_by_side(left, right[:rows]), right[rows:], FOOT))
    assert headlines(pg) == ["社区长者食堂开张", "老石桥加固完工恢复通行"]
    assert [list(a.paragraphs) for a in pg.articles] == [canteen, _STONE_BRIDGE]
    # (the canteen's body on the rows of two, the bridge's on those and down to the line over the foot)
    assert [a.lines for a in pg.articles] == [(3, rows + 1), (3, len(right) + 1)]


def test_lines_at_the_left_edge_under_two_columns_both_closed_go_on_with_the_left_one_whose_words_they_share() -> None:
    # the same rows, the longer column on the left: both columns end a sentence on the last row of two (…夜间照明。
    # beside …预约送餐。), and the lines under it at the left edge share the left column's words: they are its own
    canteen = [_ELDERS_CANTEEN[0], "食堂负责人说，饭菜少油少盐，行动不便的老人可以预约送餐。"]
    left = ["老石桥加固完工恢复通行", *column(_STONE_BRIDGE, 16)]
    right = ["社区长者食堂开张", *column(canteen, 16)]
    pg = split(page(MASTHEAD, side_by_side(left, right), FOOT))
    assert headlines(pg) == ["老石桥加固完工恢复通行", "社区长者食堂开张"]
    assert [list(a.paragraphs) for a in pg.articles] == [_STONE_BRIDGE, canteen]
