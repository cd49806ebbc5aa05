"""Line repair as a reader sees it: wrapped lines rejoined, paragraphs where the page has them.

The pages are made up. Most are set with tests/pagekit.py at a measure of 16 cells the way pdftotext prints a
column: the first line of a paragraph two cells short (the indent's spaces are dropped), no line starting with
a closing mark. The cases that need one exact line are written out.
"""

from __future__ import annotations

import pytest
from pagekit import LIBRARY, OPINION, RESERVOIR, RESERVOIR_SOUTH, RIVER, cells, column, page, paragraphs, wrap

import newsseg
from newsseg import repair


def only_article(text: str) -> list[str]:
    arts = paragraphs(text)
    assert len(arts) == 1, f"expected one article, got {len(arts)}: {arts}"
    return arts[0]


def paragraphs_of(pg: newsseg.Page) -> list[list[str]]:
    return [list(a.paragraphs) for a in pg.articles]


# --- hard wraps ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("width", [12, 16, 23, 31])
def test_hard_wraps_are_rejoined_at_any_measure(width: int) -> None:
    assert only_article(page(column(LIBRARY, width))) == LIBRARY


def test_indent_kept_as_ideographic_spaces_is_not_text() -> None:
    assert only_article(page(column(LIBRARY, 16, indent="spaces"))) == LIBRARY


def test_lines_are_joined_without_spaces_and_numbers_keep_their_digits() -> None:
    text = page(
        "本报讯（记者 陈晓） 5 月",
        "12日，市图书馆新馆正式对外开放",
        "。新馆建筑面积 2 万平方米，可容纳",
        "1500名读者。",
    )
    assert only_article(text) == [
        "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放。新馆建筑面积2万平方米，可容纳1500名读者。"
    ]


def test_dateline_cut_in_its_last_word_by_the_wrap_goes_on_below() -> None:
    # 新华网…信息： wrapped between 信 and 息, the first line short: one paragraph that opens on the dateline
    story = [
        "新华网北岸9月6日信息：（记者王小明）北岸市一所小学5日有多名学生出现腹痛症状，目前均已康复。",
        "据了解，这所小学为寄宿制学校，共有学生七百多人。",
    ]
    first, second = "新华网北岸9月6日信", "息：（记者王小明）北岸市一所小学5日"
    rest = story[0][len(first + second) :]
    lines = [first, second, *wrap(rest, 18, indent="none"), *column(story[1:], 18)]
    pg = newsseg.split(page(column(LIBRARY, 18), lines))
    assert [list(a.paragraphs) for a in pg.articles] == [LIBRARY, story]
    assert pg.articles[1].dateline is not None and pg.articles[1].dateline.source == "新华网"


def test_title_right_above_a_dateline_cut_in_its_last_word_stays_a_title() -> None:
    # the cut line (江州晨报6月3日信) opens a dateline whatever the paper is called once its date is whole: the
    # title above it is no line the wrap went on from
    title = "城东两所小学开设午间托管班"
    story = [
        "江州晨报6月3日信息：（记者陈丽）城东两所小学从本周起开设午间托管班，家长可自愿报名。",
        "据了解，托管班由学校教师和社区志愿者轮流值守，不收取任何费用。",
    ]
    first, second = "江州晨报6月3日信", "息：（记者陈丽）城东两所小学从"
    rest = story[0][len(first + second) :]
    lines = [title, first, second, *wrap(rest, 16, indent="none"), *column(story[1:], 16)]
    pg = newsseg.split(page(column(LIBRARY, 16), lines))
    assert [list(a.paragraphs) for a in pg.articles] == [LIBRARY, story]
    report = pg.articles[1]
    assert report.headline is not None and report.headline.title == title
    assert report.dateline is not None and report.dateline.source == "江州晨报"


def test_masthead_line_stays_apart_from_a_title_opening_on_a_title_mark() -> None:
    # pdftotext -raw cuts printed lines before 《: the masthead above a title that opens on one is no such cut
    masthead = "北岸晚报 2019年9月17日 星期三 要闻 责任编辑：王明 第11版"
    title = "《北岸市公共图书馆条例》施行"
    pg = newsseg.split(page(masthead, title, column(LIBRARY, 40), column(RIVER, 40)))
    assert pg.articles[0].headline is not None and pg.articles[0].headline.title == title
    assert masthead.replace(" ", "") in [r.text.replace(" ", "") for r in pg.residue]


def test_title_wrapped_with_its_last_two_characters_alone_is_one_heading() -> None:
    # after a finished paragraph, a title of one line whose last two characters wrapped alone, over an indented
    # paragraph: the tail ends the title (one heading, not two)
    river = [RIVER[0].split("）", 1)[1], *RIVER[1:]]
    title = ["全市河道生态治理推进会召开部署治理", "工作"]
    pg = newsseg.split(page(column(LIBRARY, 29), *title, column(river, 29)))
    headings = [p for a in pg.articles for p in a.paragraphs if p in "".join(title)]
    headings += [a.headline.title for a in pg.articles if a.headline]
    assert headings == ["".join(title)]


def test_opening_label_over_a_lead_opening_on_a_title_mark_stays_a_line_of_its_own() -> None:
    # pdftotext -raw cuts printed lines before 《: 核心阅读 above a lead that opens on one is no such cut
    # (the lead's first printed line as wide as the column less the label: the two would fill one line)
    first = "《北岸日报》日前报道，市图书馆新馆5月"
    lead = first + "12日正式对外开放，开馆当天不少市民一早就在门口排队等候入馆，场面十分热闹。"
    lines = [first, *wrap(lead[len(first) :], 25, indent="none"), *column(LIBRARY[1:], 25)]
    pg = newsseg.split(page("市图书馆新馆正式开放", "核心阅读", lines, column(RIVER, 25)))
    assert list(pg.articles[0].paragraphs) == ["核心阅读", lead, *LIBRARY[1:]]


# --- column and page breaks ------------------------------------------------------------------------------------
def test_blank_line_in_mid_sentence_is_a_column_break() -> None:
    lines = column(LIBRARY, 16)
    assert not lines[1].endswith("。") and not lines[2].endswith("。")
    text = page(lines[:2], "", lines[2:])
    assert only_article(text) == LIBRARY


def test_column_break_inside_brackets_joins_the_two_halves() -> None:
    text = page(
        "本报讯（记者 陈晓）5月12日，市人",
        "大常委会召开会议，审议通过了《关于",
        "召开市第五届人民代表大会第三次会议",
        "的决定（草案）》。会议还审议了关于",
        "修改代表选举实施细则的决定（草",
        "",
        "案）》。",
    )
    assert only_article(text) == [
        "本报讯（记者 陈晓）5月12日，市人大常委会召开会议，审议通过了《关于召开市第五届人民代表大会第三次会议的决定"
        "（草案）》。会议还审议了关于修改代表选举实施细则的决定（草案）》。"
    ]


# --- paragraph breaks ------------------------------------------------------------------------------------------
def test_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放。新馆面积",
        "两万平方米。",
        "开馆当天，不少市民一早就在门",
        "口排队，新馆内外十分热闹。",
    )
    assert only_article(text) == [
        "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放。新馆面积两万平方米。",
        "开馆当天，不少市民一早就在门口排队，新馆内外十分热闹。",
    ]


def test_indented_line_after_a_full_line_ending_a_sentence_starts_a_paragraph() -> None:
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放。新馆面积",
        "有两万平方米，能容纳一千五百人。",  # full, and ends a sentence
        "开馆当天，不少市民一早就在门",  # two cells short: the indent
        "口排队。退休教师孙大爷说，新馆离",
        "家近，环境又好，以后要常来看看。",
    )
    assert only_article(text) == [
        "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放。新馆面积有两万平方米，能容纳一千五百人。",
        "开馆当天，不少市民一早就在门口排队。退休教师孙大爷说，新馆离家近，环境又好，以后要常来看看。",
    ]


def test_full_line_ending_a_sentence_then_a_full_line_is_one_paragraph() -> None:
    """Must NOT break: a sentence may end at the margin in the middle of a paragraph."""
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放。新馆面积",
        "有两万平方米，能容纳一千五百人。",
        "开馆当天，不少市民一早就在门口排",  # full: no indent, the paragraph goes on
        "队。退休教师孙大爷说，新馆离家近，",
        "环境又好，以后要常来看看。",
    )
    assert len(only_article(text)) == 1


@pytest.mark.parametrize("mark", ["，", "、", "。", "」", "”", "）"])
def test_line_starting_with_a_closing_mark_continues_the_line_above(mark: str) -> None:
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放。市民王女",
        "士告诉记者：「以前借书要跑到市中",
        f"心{mark}现在家门口就能借到书。",
        "」她说，新馆开放以后，周末常带孩",
        "子来看书。",
    )
    (para,) = only_article(text)
    assert f"市中心{mark}现在家门口就能借到书。」她说" in para


def test_closing_quote_after_a_short_sentence_end_still_joins() -> None:
    """The upper line ends a sentence and is short, but 」 may not start a line: it belongs above."""
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放。市民王女",
        "士说：「家门口就能借到书。",
        "」她打算周末带孩子一起来看书。",
    )
    assert only_article(text) == [
        "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放。市民王女士说：「家门口就能借到书。」她打算周末带孩子"
        "一起来看书。"
    ]


def test_double_spaced_page_still_rejoins() -> None:
    """pdftotext double-spaces whole regions: a blank line after every line says nothing about paragraphs."""
    assert only_article(page(column(LIBRARY, 16), double_spaced=True)) == LIBRARY


def test_double_spaced_page_with_indents_kept_as_spaces() -> None:
    assert only_article(page(column(LIBRARY, 16, indent="spaces"), double_spaced=True)) == LIBRARY


def test_letter_spaced_body_line_is_joined_and_despaced() -> None:
    lines = column(LIBRARY, 16)
    spaced = " ".join(lines[3])  # one line of the first paragraph printed with open tracking
    assert " " in spaced and "。" not in spaced
    text = page(lines[:3], spaced, lines[4:])
    assert only_article(text) == LIBRARY


def test_clean_prints_one_paragraph_per_block() -> None:
    assert newsseg.clean(page(column(LIBRARY, 16))) == "\n\n".join(LIBRARY) + "\n"


def test_ascii_full_stop_at_the_start_of_a_line_becomes_chinese() -> None:
    """OCR reads 。 as '.'; at the start of a line it has no Chinese on its left until the lines are joined."""
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放。新馆面积",
        "两万平方米，可容纳一千五百名读者",
        ".开馆当天，不少市民一早就在门口",
        "排队。",
    )
    (para,) = only_article(text)
    assert "读者。开馆" in para


# --- known failures --------------------------------------------------------------------------------------------
def test_indent_after_hanging_punctuation_starts_a_paragraph() -> None:
    text = page(
        "春天的田野里，到处是忙碌的身",
        "影。在文水县的一处麦田边，种粮大",
        "户老王正和农技员一起查看麦苗长势。",  # 。 hangs in the margin: 17 cells in a 16-cell column
        "老王说，今年雨水好，只要后面",
        "不出大的灾害，亩产有望超过一千斤。",
    )
    assert only_article(text) == [
        "春天的田野里，到处是忙碌的身影。在文水县的一处麦田边，种粮大户老王正和农技员一起查看麦苗长势。",
        "老王说，今年雨水好，只要后面不出大的灾害，亩产有望超过一千斤。",
    ]


# --- text that was never hard-wrapped --------------------------------------------------------------------------------
def test_one_paragraph_per_line_without_blank_lines_keeps_every_paragraph() -> None:
    # an OCR engine that reflows paragraphs, or a text export, prints lines wider than any column
    assert only_article(page(*LIBRARY)) == LIBRARY


def test_bracketed_credit_on_its_own_line_is_not_joined_to_the_next_line() -> None:
    credit = "（作者为东川大学新闻学院教授）"
    pg = newsseg.split(page(column(LIBRARY, 16), credit, "城市需要更多的图书馆", column(LIBRARY[1:], 16)))
    assert any(credit in p for a in pg.articles for p in a.paragraphs)
    assert all("图书馆" not in p.split(credit)[-1] for a in pg.articles for p in a.paragraphs if credit in p)


def test_kicker_and_title_about_as_wide_as_the_column_stand_above_the_paragraph() -> None:
    # a title a cell or two short of the measure looks like an indented first line; two such lines in a row,
    # without a comma or a full stop, and then an indented line, are a heading
    kicker, title = "一门手艺守了四十年", "巷子深处的老修鞋铺（城市记忆）"
    assert len(title) == 15  # the measure is 16: only a cell short
    pg = newsseg.split(page(column(LIBRARY, 16), kicker, title, column(FEATURE_BODY, 16)))
    assert [list(a.paragraphs) for a in pg.articles][-1] == FEATURE_BODY
    assert pg.articles[-1].headline is not None
    assert (pg.articles[-1].headline.kicker, pg.articles[-1].headline.title) == (kicker, title)


FEATURE_BODY = [
    "走进南门巷，一间不足十平方米的修鞋铺已经开了四十年。老师傅低着头穿针引线，身旁堆满了等着修补的旧鞋。",
    "老师傅说，如今来修鞋的人少了，可只要街坊还需要，这门手艺他就会一直守下去。",
]


def test_one_line_paragraph_then_a_full_width_title_its_subtitle_and_a_label() -> None:
    # the story ends on a one-line paragraph (two cells short, like an indented first line, and closed by a
    # full stop); the next piece's title fills the column, its subtitle does not, then 核心阅读 and the summary
    last = "据介绍，新馆全年无休，周末延长。"
    title = "一门手艺守了四十年的老街巷（城市记忆）"
    subtitle = "修鞋铺里的烟火气"
    lines = [*column(LIBRARY, 18), last, title, subtitle, "核心阅读", *column(FEATURE_BODY, 18)]
    assert len(last) == 16 and len(title) == 19  # measure 18: two cells short, and one cell over
    pg = newsseg.split(page(lines))
    library, feature = pg.articles
    assert list(library.paragraphs) == [*LIBRARY, last]
    assert list(feature.paragraphs) == ["核心阅读", *FEATURE_BODY]
    assert feature.headline is not None and (feature.headline.title, feature.headline.subtitle) == (title, subtitle)


def test_full_line_without_a_mark_above_a_caption_is_not_the_next_paragraph() -> None:
    # the story's last line fills the column and ends on a full stop; the next line fills it too but holds no
    # mark at all, and a photo caption follows: it is the next piece's title, not a paragraph of this story
    text = page(
        "本报讯（记者 陈晓）5月12日，市",
        "图书馆新馆正式对外开放，可容纳一",
        "千五百名读者，全年无休开放服务。",
        "市体育中心游泳馆完成改造重新开放",
        "图为市民在新馆游泳。 记者 王益 摄",
        "本报讯（记者 周婷）5月13日，市体",
        "育中心游泳馆完成改造后重新开放。",
    )
    pg = newsseg.split(text)
    library, pool = pg.articles
    assert list(library.paragraphs) == [
        "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放，可容纳一千五百名读者，全年无休开放服务。"
    ]
    assert pool.headline is not None and pool.headline.title == "市体育中心游泳馆完成改造重新开放"


@pytest.mark.parametrize("credit", ["本版制图：张明", "本版制图：张 明", "统筹：张明", "本版策划：张明"])
def test_production_credit_stands_apart_from_the_title_below_it(credit: str) -> None:
    # the graphics credit under a piece (its two-character name letter-spaced, or not), then the next piece's
    # title wrapped in a narrow column: the credit is never the first words of the title
    title = ["加强河道治理", "守护一江清水", "造福沿岸百姓"]
    pg = newsseg.split(page(column(LIBRARY, 16), credit, title, column(LIBRARY[:1], 16)))
    titles = [a.headline.title for a in pg.articles if a.headline]
    assert titles and all("张" not in t for t in titles)
    kept = [r.text for r in pg.residue] + [p for a in pg.articles for p in a.paragraphs]
    assert any(t.replace(" ", "") == credit.replace(" ", "") for t in kept)


def test_last_lines_of_a_column_before_a_wider_one_are_judged_against_their_own_column() -> None:
    # a narrow column runs straight into a wider one (the next piece): the full lines at the end of the
    # narrow column are not "short" against the wide column's measure, so no paragraph breaks among them
    wheat = [
        "春天的田野里，到处是忙碌的身影。在文水县的一处麦田边，种粮大户老王正和农技员一起查看麦苗长势。"
        "今年他家种了三百多亩小麦，全部用上了新品种。",
        "老王说，今年雨水好，只要后面不出大的灾害，亩产有望超过一千斤。",
    ]
    pg = newsseg.split(page(column(LIBRARY, 12), column(wheat, 24)))
    assert list(pg.articles[0].paragraphs) == LIBRARY


def test_paragraph_opened_by_a_bullet_runs_on_like_any_paragraph() -> None:
    # a commentary sets its points as paragraphs opened by ■, first line two cells in like any paragraph's:
    # each runs on over full lines to its full stop; a list item would stand on its own line
    points = [
        "■新馆不仅是市民读书的地方，也是社区开展文化活动、老人学习上网、孩子参加课外活动的公共空间。",
        "■馆内设有二十个自助借还点，读者持身份证即可办理借阅，全年无休，节假日照常开放。",
    ]
    assert only_article(page(column(LIBRARY[:1], 16), column(points, 16))) == [LIBRARY[0], *points]


def test_city_in_brackets_at_a_line_start_is_no_caption_of_people() -> None:
    # 宝(鸡)至汉(中)高速: a line that starts with 汉(中) looks like a caption placing a person in the middle of a
    # photo, but a name has two characters at least; the line continues the sentence above
    crash = [
        "本报讯（记者 周宁）5月20日，去年底才通车的宝(鸡)至汉(中)高速公路今天发生交通事故，二十余辆车追尾，"
        "所幸无人死亡。",
        "事故路段已于当晚恢复通车。交警提醒司机，雨天路面湿滑，车辆要减速慢行，保持安全车距，遇到团雾"
        "要及时打开雾灯，不要随意变道超车，更不要在应急车道停车。",
    ]
    lines = column(crash, 27)
    assert lines[1].startswith("汉(中)")
    pg = newsseg.split(page(lines))
    assert [a.captions for a in pg.articles] == [()]
    assert len(pg.articles[0].paragraphs) == 2


@pytest.mark.parametrize("width", [12, 14])
def test_first_line_ending_on_a_bracketed_name_is_not_a_titled_line(width: int) -> None:
    # the indented first line fills the column and ends on a name in brackets, as a column tag ends a title;
    # the full line under it goes on with the sentence
    person = "老人孙大爷（孙明远）" if width == 12 else "退休老人孙大爷（孙明远）"
    story = [LIBRARY[0], person + "每天一早就来到新馆门口排队，他说新馆离家近，环境又好。", LIBRARY[2]]
    assert any(line.startswith(person) and line.endswith("）") for line in column(story, width))
    assert only_article(page(column(story, width))) == story


def test_full_line_of_digits_ending_on_a_comma_is_not_an_indented_first_line() -> None:
    # a column of lines with digits in them (counted at half a cell, set a little wider) reads 11.5 cells; a
    # full line ending on a comma reads 11: not a paragraph's first line, indented, with its comma hanging
    story = [
        "45岁单亲妈妈刘红为",
        "抚养3子女，日打3份工，",
        "每月收入约2千元，生活十",
        "分困难。她说，只要3个孩",
        "子能读书，累1点也值。每",
        "天5点起床，晚上10点才回",
        "家。",
        "邻居们送来3袋米和蔬",
        "菜，帮她渡过难关。",
    ]
    pg = newsseg.split(page(column(LIBRARY, 16), "单亲妈妈打三份工", "养活三个孩子", story))
    assert [a.paragraphs[0][:5] for a in pg.articles] == ["本报讯（记", "45岁单亲"]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.subtitle is None


def test_line_of_running_text_past_the_column_runs_on_into_its_short_last_line() -> None:
    # a line of a paragraph set four cells past the column (its many marks squeezed in print) is running text,
    # clauses and all, no display type: its sentence runs on into the short last line below it
    para = [
        "据悉，新馆今年将举办贯穿全年",
        "的阅读推广活动和各类文化讲座活",
        "动，借此促进阅读、交流，鼓励馆际合作，扩",
        "大服务范围。",
    ]
    pg = newsseg.split(page(column(LIBRARY[:2], 16), para, column(OPINION, 16)))
    paragraphs = [p for a in pg.articles for p in a.paragraphs]
    assert any(p.endswith("鼓励馆际合作，扩大服务范围。") for p in paragraphs)


def test_caption_across_a_column_stays_out_of_the_sentence_it_interrupts() -> None:
    # a caption set across a photo, wider than the column, falls between two lines of a sentence: the sentence
    # is joined up without it
    lines = column(LIBRARY[:2], 16)
    cut = next(k for k, line in enumerate(lines) if line.endswith("新馆离"))
    text = page(lines[: cut + 1], "昨日，市民在新馆少儿阅览区读书，孩子们", lines[cut + 1 :], column(LIBRARY[2:], 16))
    paragraphs = [p for a in newsseg.split(text).articles for p in a.paragraphs]
    assert LIBRARY[1] in paragraphs


def test_caption_ending_on_its_full_stop_as_short_as_an_indent_ends_there() -> None:
    # a one-line caption that places people in the photo is two cells short of the column, as an indented
    # first line is; it ends at its full stop, and the story's lead (set flush) starts below it
    caption = "老读者（左）和老伴在社区书屋灯光下读报。"
    pg = newsseg.split(page(column(RIVER, 22), "新馆开门迎客", caption, column(OPINION, 22, indent="none")))
    story = pg.articles[1]
    assert story.captions == (caption,)
    assert list(story.paragraphs) == OPINION


def test_title_closed_by_its_column_tag_two_cells_short_heads_a_piece_set_flush() -> None:
    # the commentary's title happens to be an indent short of the column, and the piece below is set flush
    # (its first line full): the bracket closing the title is its column tag, no name glossed
    title = "让城市更有温度（民生观）"
    pg = newsseg.split(page(column(RIVER, 14), title, column(OPINION, 14, indent="none")))
    assert [a.headline.title if a.headline else None for a in pg.articles] == [None, title]
    assert list(pg.articles[1].paragraphs) == OPINION


def test_stray_space_in_ocr_text_after_a_full_stop_marks_no_title() -> None:
    # the OCR leaves spaces between hanzi in running text; a full line without a comma after a sentence that
    # ended at the margin is no title for the space in it
    story = [
        "本报讯（记者 陈晓）5月12日，市图书 馆新",
        "馆正式对外开放，建筑面积两万平方米。",
        "开馆当天不少市民一早 就在门口排队等候",
        "，退休教师孙大爷说，新馆 离家近，环境",
        "又好，以后每天都要来看看报纸。",
    ]
    (article,) = newsseg.split(page(story)).articles
    assert article.headline is None
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize("page_number", ["第２版", "第2版"])
def test_page_number_in_either_width_is_furniture(page_number: str) -> None:
    pg = newsseg.split(page(column(LIBRARY, 16), page_number, column(RIVER, 16)))
    assert page_number in [r.text for r in pg.residue]
    assert [list(a.paragraphs) for a in pg.articles] == [LIBRARY, RIVER]


@pytest.mark.parametrize(
    "masthead",
    [
        ["江州晚报 JIANGZHOU EVENING NEWS", "二〇二三年五月二十日 星期六 农历四月初二", "A03 要闻"],
        ["A03｜要闻", "2023.5.20 周六"],
        ["江州晚报 A3", "第A03版", "新闻热线：12345678"],
        # the section before its page's number, or a page numbered in figures beside its section
        ["港聞 A8", "4 要闻", "责编：钱进 孙丽"],
        # the Republic's calendar of a Taiwanese paper, the paper's name in Latin capitals on a line of its own
        ["中華民國112年5月20日 星期六", "DONGHAI DAILY NEWS"],
        # the page's number and its section before the date, the day counted in twenties, or the page's number
        # in figures after the weekday
        ["A10 港聞 2024年12月5日 星期四"],
        ["6 社團新聞 二〇二四年十月廿四日 星期四"],
        ["晨光青年报", "2024年9月21日 星期六 3"],
        # a trade's or a readership's paper, its page numbered in figures beside a section in two parts
        ["东岭体育报", "3 足球·篮球", "2024年9月16日 星期一"],
    ],
)
def test_masthead_as_other_papers_set_it_is_furniture_not_a_title(masthead: list[str]) -> None:
    # the name in Latin letters beside the paper's, the date in words or with dots, the weekday as 周, the lunar
    # date, a page numbered by its section's letter with the section beside it, the news hotline: none of it is
    # the first story's title
    title = "全市河道生态治理推进会议召开"
    pg = newsseg.split(page(*masthead, title, column(RIVER, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == title
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(m.split()) for m in masthead]


def test_a_figure_date_or_letter_in_a_story_or_its_title_is_no_furniture() -> None:
    # a story's sentence on 周四 with its date, a title on the G20: running text and headlines, not the masthead
    title = "G20峰会"
    story = ["2023年5月18日周四上午，城东街道召开会议，部署下一阶段的河道治理工作。", *RIVER[1:]]
    pg = newsseg.split(page(title, column(story, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == title
    assert list(article.paragraphs) == story


def test_title_at_the_top_of_the_page_an_indent_short_heads_the_lead() -> None:
    # the page's first title happens to be two cells short of the column, as an indented first line is; the
    # lead below it is indented too and goes on into a full line: a first line never continues into an
    # indented one, so the title stands apart
    masthead = "海滨日报 2023年5月20日 星期四 要闻 第2版"
    title = "全市河道生态治理推进会议召开"
    pg = newsseg.split(page(masthead, title, column(RIVER, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == title
    assert list(article.paragraphs) == RIVER


def test_subhead_set_in_phrases_stands_apart_from_the_sentence_below_it() -> None:
    # an in-body subhead set in two phrases, a little short of a wide column (less than a heading usually is),
    # above a photo's caption set flush: the sentence below is no wrapped end of it
    subhead = "新馆设施齐全功能完善周到 服务贴心读者很满意"
    caption = "市民在新馆阅览区里安静地读书看报，孩子们则在一旁翻看绘本，不时小声交流，场面温馨。"
    text = page(column(LIBRARY[:2], 29), subhead, wrap(caption, 29, indent="none"), column(LIBRARY[2:], 29))
    paragraphs = [p for a in newsseg.split(text).articles for p in a.paragraphs]
    assert subhead in paragraphs


# A paragraph opened by a line the typesetter cut short: the opening bracket may not end a line (行尾禁则), so
# it went down with the name it opens, and the indented first line is two cells shorter still.
_PUSHED = [
    "阿德今年五十二岁，在城东菜市",
    "场卖了二十年豆腐。每天凌晨三点，",
    "他就要起床磨豆子、点卤水，天亮前",
    "把豆腐摆上摊位。",
    "单亲抚养两个孩子的陈家德",
    "（阿德）去年冬天在工地上摔伤了",
    "腰，休养半年才重新出摊。两个孩子",
    "懂事，放学后轮流来摊位帮忙收钱、",
    "招呼客人。",
]


def test_first_line_cut_short_by_a_bracket_pushed_down_runs_on() -> None:
    assert paragraphs(page(_PUSHED)) == [
        [
            "".join(_PUSHED[:4]),
            "".join(_PUSHED[4:]),
        ]
    ]


def test_subhead_over_a_paragraph_opened_by_a_bracket_stands_apart() -> None:
    # a subhead is far shorter than a pushed bracket can make a line
    lines = [*_PUSHED[:4], "二十年的坚守", *_PUSHED[5:]]
    assert paragraphs(page(lines))[0][1] == "二十年的坚守"


def test_subtitle_ending_on_a_quotation_stands_apart_from_a_lead_opening_on_one() -> None:
    # title, then a subtitle that closes on quoted words, then a lead that opens with a line of speech: prose
    # never sets two quotations side by side without a mark, so the subtitle is no first line of the lead
    subtitle = "放学先照顾爷爷「我是家里的男子汉」"
    lead = [
        "「阿公，我帮你捶捶背。」",
        "放学回到家，十岁的小宇放下书包，就跑到爷爷身边。爷爷去年中风后，右手一直使不上力。",
    ]
    text = page("十岁孙子撑起一个家", subtitle, lead[0], column(lead[1:], 20))
    (feature,) = newsseg.split(text).articles
    assert feature.headline is not None and feature.headline.text == "十岁孙子撑起一个家" + subtitle
    assert list(feature.paragraphs) == lead


def test_quoted_slogans_run_together_in_prose_stay_one_paragraph() -> None:
    # mainland prose runs quoted slogans together (“一网通办”“最多跑一次”); pdftotext -raw cuts the printed
    # line before the second, and the two pieces fill the measure together: one paragraph, under a subhead
    cut = ["全市全面推行“一网通办”", "“最", "多跑一次”改革，群众办事不再来回"]
    rest = "跑腿，办事材料平均减少四成，办理时间缩短一半以上，群众满意度明显提升。"
    text = page(column(LIBRARY[1:], 16), "■审批提速", cut, wrap(rest, 16, indent="none"))
    assert [p for a in paragraphs(text) for p in a] == [*LIBRARY[1:], "■审批提速", "".join(cut) + rest]


def test_lead_running_quoted_slogans_together_across_the_wrap_stays_whole() -> None:
    # under a title, a lead whose first line ends on one quoted slogan and whose next opens on another: the
    # second quotation holds no mark, so it is no speech opening a paragraph
    lead = "今年以来全市大力推行“一网通办”“最多跑一次”改革，群众办事不再来回跑腿，办理时间缩短一半以上。"
    rest = "据介绍，全市已有八百多个事项实现网上办理，占政务服务事项总数的九成以上，群众满意度明显提升。"
    (article,) = newsseg.split(page("审批改革再提速", wrap(lead, 18), column([rest], 18))).articles
    assert list(article.paragraphs) == [lead, rest]


def test_subhead_an_indent_and_a_push_short_over_a_paragraph_of_speech_stays_a_subhead() -> None:
    # 行尾禁则 pushes brackets down with the word they open; a paragraph opening on speech is no such push
    story = "本报讯（记者 李明）昨天，市图书馆新馆正式开放，首日接待读者一万余人次，借书证实现全市通借通还。"
    speech = "“我们希望让更多市民走进图书馆。”馆长张华说，新馆每天开放十二小时，周末还将举办读书讲座。"
    text = page(column([story], 16), "让更多市民走进图书馆里来", wrap(speech, 16, indent="none"))
    assert paragraphs(text) == [[story, "让更多市民走进图书馆里来", speech]]


def test_full_line_broken_off_mid_clause_runs_on_into_a_wider_one() -> None:
    # a piece set a little wider than the column above: its second line, a few marks compressed, comes out
    # wider still than the measure the lines around tell; the full line above it, already wider than the column
    # above, breaks off mid-clause after a clause of its own, and no title runs on from text like that
    lead = [
        "就读初一的小芸三年前因一场意外烧伤，导致双手皮肤",
        "紧绷，她的母亲阿兰一边替她涂抹药膏，一边说，女儿正在长身",
        "体，往后几年都要自费做手术。",
    ]
    found = [p for a in paragraphs(page(column(LIBRARY, 21), lead, "报导．摄影╱张明")) for p in a]
    assert "".join(lead) in found
    # so does the lead's first line under its title at the top of the page, with no column above to measure
    found = [
        p
        for a in paragraphs(page("小芸烫伤植皮 母亲愁医费", lead, "报导．摄影╱张明", column(LIBRARY[1:], 24)))
        for p in a
    ]
    assert "".join(lead) in found


def test_full_line_short_only_by_its_digits_and_hung_comma_goes_on_from_the_indented_line() -> None:
    # the lead's first line, indented and without a mark, over a full line whose two digits print wider than
    # counted and whose comma hangs: that line looks one cell short, as a paragraph's first line with its mark
    # hung does, but right under an indented line it is the paragraph's second line, not a new paragraph
    subhead = "旧书有了新去处"
    lead = [
        "昨天在城南社区广场举行的捐书活动",
        "现场，市民共捐出各类图书30余大箱，",
        "其中不少是适合小学生阅读的绘本和科普",
        "读物，将全部送往山区的村小。",
    ]
    found = [p for a in paragraphs(page(column(LIBRARY, 18), subhead, lead, column(RIVER, 18))) for p in a]
    assert "".join(lead) in found


def test_colon_closing_a_line_runs_on_into_the_quotation_cut_off_below() -> None:
    # pdftotext -raw cut the printed line before the quotation its colon introduces; the two pieces are wider
    # together than the column (the quote is set in another font), but no heading ends on a colon over a quote
    para = [
        "开馆当天，不少市民一早就在门口排队，退休教师孙",
        "大爷拉着记者的手笑着说道：",
        "「新馆离我家很近，环境又好，",
        "以后我每天都要来这里看看报纸。」",
    ]
    found = [p for a in paragraphs(page(column(LIBRARY[:1], 24), para, column(LIBRARY[2:], 24))) for p in a]
    assert "".join(para) in found


def test_quotation_set_as_a_paragraph_of_its_own_after_a_colon_stays_apart() -> None:
    # the same colon over a quotation whose first line is indented as a paragraph's: a block quotation
    intro = "作者在书中借老船长之口，讲起了他年轻时跑船的见闻："
    quote = "“我们对海那边的城市所知不多，只听说那里的房子都建在水上，街道就是一条条河。”"
    found = [p for a in paragraphs(page(column([LIBRARY[0], intro, quote, LIBRARY[2]], 20))) for p in a]
    assert intro in found and quote in found


def test_line_without_a_mark_under_a_title_over_a_lead_opening_on_speech_is_a_subtitle() -> None:
    # the subtitle is set as wide as the lead's indented first line, and the lead's next lines are short of the
    # column by their digits and marks; but prose never runs from words without a mark straight into speech
    title, subtitle = "城南书香飘进小区", "社区书屋开到居民家门口了"
    lead = [
        "「以前借书要跑城里，现在",
        "走几步就到了。」63岁的王",
        "阿姨一边翻看新到的杂志一边",
        "说。社区书屋开放三个月来，",
        "已接待读者两千多人次。",
    ]
    pg = newsseg.split(page(column(RIVER, 19), title, subtitle, lead, column(LIBRARY[1:], 14)))
    story = next(a for a in pg.articles if a.headline is not None)
    assert story.headline.text == title + subtitle
    assert story.paragraphs[0] == "".join(lead)


def test_quoted_words_ending_a_title_and_a_lead_opening_on_speech_are_no_one_printed_line() -> None:
    # the two pieces fit the measure together, as pdftotext -raw's pieces of one printed line do, but prose
    # never runs speech on from quoted words without a mark between them: a title's tail over its lead
    from newsseg.config import Config
    from newsseg.model import Line
    from newsseg.repair import rejoin_printed_lines

    texts = [
        *column(LIBRARY[:2], 16),
        "老屋漏雨 独居老人愁过冬",
        "社区上门修缮「冬天不再难",
        "熬了」",
        "「奶奶，屋顶修好了。」68岁",
        "的李奶奶笑着拉住志愿者的手。",
    ]
    lines = [Line(text=t, number=n + 1) for n, t in enumerate(texts)]
    rejoined = [line.text for line in rejoin_printed_lines(lines, Config())]
    assert "熬了」" in rejoined and "「奶奶，屋顶修好了。」68岁" in rejoined


def test_quoted_slogan_run_on_from_its_words_under_a_subhead_stays_in_its_paragraph() -> None:
    # a quotation that is no spoken sentence (no full stop inside it) runs on from the words before it
    subhead = "小山村走出致富路"
    para = (
        "村党支部书记李明总爱用一句话“说干就干，马上就办”来概括这几年村里的变化：修路、建厂、办合作社，收入翻了一番。"
    )
    found = [
        p for a in paragraphs(page(column(RIVER, 16), subhead, wrap(para, 16), column(LIBRARY[1:], 16))) for p in a
    ]
    assert para in found


def test_full_title_without_a_clause_over_a_wider_lead_stays_apart_from_it() -> None:
    # a title is as wide as the column above and holds no clause mark; the lead under it is set wider: the
    # title does not run on into the lead as a full line broken off mid-clause would
    title = "全市河道治理推进会召开部署下阶段重点工作"
    lead = ["会议要求，各区要落实河长制，加强日常巡查，及时清理河面的垃", "圾，让河道长治久清。"]
    found = [p for a in paragraphs(page(column(LIBRARY, 21), title, lead)) for p in a]
    assert "".join(lead) in found


def test_subtitle_opened_by_a_dash_set_across_under_a_title_as_wide_as_the_column() -> None:
    # at the head of the page the title fills the narrow column below it (and holds a 、), and its subtitle,
    # opened by a dash, is set across several columns: no paragraph wraps from a line into one twice as wide
    title = "城东片区排水、防涝工程开工"
    subtitle = "——今年将新建雨水管网十二公里，改造易涝点八处，汛期前完成主体工程，确保城区道路雨后不积水"
    story = [
        "本报讯（记者 林静）昨天上午，城东片区排水防涝工程正式开工，这是今年全市投资最大的一项市政工程。",
        "据介绍，工程总投资三亿元，将新建雨水管网十二公里，改造易涝点八处，预计六月底前完成主体工程。",
    ]
    pg = newsseg.split(page(title, subtitle, column(story, 13)))
    (article,) = pg.articles
    assert list(article.paragraphs) == story
    assert article.headline is not None
    assert (article.headline.title, article.headline.subtitle) == (title, subtitle)


def test_line_spread_out_by_justification_before_a_latin_word_is_running_text() -> None:
    # the Latin name did not fit at the end of the line, so justification spread the line's hanzi out: the
    # spaced line is running text, no title, and the paragraph goes on through it into the name
    story = [
        "本报讯（记者 林静）昨天，市科技馆新展厅对外开放，展出了一批国产科研设备和机器人。",
        "展厅入口处陈列的是我国自主研制的新一代深海载人潜水器模型，旁边的大屏幕循环播放着它下潜的画面。",
        "此次展馆还展出了新一代高端工业机器人臂Robotics X系列，可完成焊接、装配等多种复杂工序，吸引了许多观众驻足。",
    ]
    lines = [
        *column(story[:2], 12),
        "此次展馆还展出了新一",
        "代 高 端 工 业 机 器 人 臂",
        "Robotics X系列，可完成焊",
        *wrap(story[2].split("焊", 1)[1], 12, indent="none"),
    ]
    pg = newsseg.split(page(lines))
    (article,) = pg.articles
    assert list(article.paragraphs) == story


def test_a_caption_as_wide_as_the_column_ends_at_its_full_stop_above_the_lead() -> None:
    # a caption set across the photo, as wide as the column, ends exactly at the margin on its full stop: the
    # full line below is the lead of the story under it, not the caption going on into the next column
    caption = "阿明（前）陪著母親（後）在病房裡做復健，盼她早日站起來。"
    lead = "走進病房，只見阿明扶著母親慢慢站起身，一步一步挪向窗邊。"
    story = [
        "阿明說，母親去年中風後就一直臥床，他辭去工作專心照顧，家裡的開銷全靠親友接濟。",
        "醫生說，只要持續復健，母親還有機會重新走路，阿明每天都陪著她練習兩個小時。",
    ]
    width = len(caption)  # one line, ending on its full stop at the margin
    pg = newsseg.split(page(caption, column([lead, *story], width)))
    assert [list(a.paragraphs) for a in pg.articles] == [[lead, *story]]
    assert list(pg.articles[0].captions) == [caption]


def test_a_clause_cut_off_before_a_quotation_is_no_heading() -> None:
    # pdftotext -raw cuts the printed line before the quotation that goes on from a comma (…三年來病痛纏身， /
    # 「只要晚上…): the piece ending on the comma is short of the column, but no heading or byline ends on a
    # comma, and the paragraph runs on into the quotation
    lines = [
        "走進阿芬的家，只見她瘦得皮包骨，雙手",
        "臂細如竹竿，三年來病痛纏身，",
        "「只要晚上能睡個好覺，",
        "不再整夜咳嗽，我就心滿意足了！」",
    ]
    before = ["五十歲的阿芬獨自照顧年邁的母親，靠打零工維持兩個人的生活，日子過得很辛苦，常常入不敷出。"]
    rest = [
        "阿芬說，前年冬天開始咳個不停，到醫院檢查才知道肺部出了問題，住院治療了大半年，病情才穩定下來，"
        "沒想到去年又復發住院。"
    ]
    pg = newsseg.split(page(column(before, 20), lines, column(rest, 20)))
    assert [list(a.paragraphs) for a in pg.articles] == [[*before, "".join(lines), *rest]]


def test_a_closing_credit_in_brackets_wrapped_onto_two_lines_stays_one_note() -> None:
    # a team credit in brackets closes the story over two lines of its column (（综合本报记者王 / 小明、李红、
    # 张强报道）): the first line is short and ends on no mark, yet no heading stands in brackets cut in two
    story = [*LIBRARY[:2], "（综合本报记者王小明、李红、张强报道）"]
    credit = ["（综合本报记者王小", "明、李红、张强报道）"]
    feature = [
        "清晨六点，老城区南门巷的一间小面馆已经坐满了客人。灶台上的大锅冒着热气，老板娘麻利地舀着浇头。",
        "这家面馆开了整整三十年，招牌只有一样：羊肉臊子面。老顾客说，吃的不光是面，还有老城的味道。",
    ]
    pg = newsseg.split(page(column(LIBRARY[:2], 14), credit, "南门巷面馆的三十年", column(feature, 14)))
    assert [list(a.paragraphs) for a in pg.articles] == [story, feature]


def _story_under(title: str, text: str) -> newsseg.Article:
    """The second of the page's two articles, which the title heads."""
    pg = newsseg.split(text)
    assert len(pg.articles) == 2
    story = pg.articles[1]
    assert story.headline is not None and story.headline.title == title
    return story


def test_a_lead_line_holding_digits_is_no_title_line_above_the_next() -> None:
    # the second line of a lead holds several half-width digits and signs, which a CJK font sets a little
    # wider than half a cell: full in print, it reads a cell and a half short, like an indented first line,
    # so the first line of a lead that its byline closes looked like a second title line
    title = "八歲童燒燙傷 媽媽四處籌醫費"
    lead = [
        "就讀小學二年級的小傑5年前因",
        "40%皮膚2至3度燒燙傷，疤痕讓手",
        "腳難以伸直，媽媽每天都替他按摩雙",
        "手，為了讓他長大，未來3年都還要",
        "動手術。",
        "報導．攝影╱林小明",
    ]
    more = column(["媽媽說，每次手術都要十多萬元，家裡早已借遍親友，不知道下一次手術的錢從哪裡來。"], 16)
    story = _story_under(title, page(column(LIBRARY, 16), title, lead, more))
    assert story.paragraphs[0] == "".join(lead[:-1])


def test_a_first_line_spread_before_a_number_too_wide_for_its_end_is_no_heading() -> None:
    # a number cannot break, and one a little too wide for what was left of the line goes down whole; the
    # line it left is spread by justification and comes out short (目前全市共有注册 / 3000多名志愿者…): it is the
    # paragraph's first line, not a subhead
    title = "志愿服务温暖一座城"
    # (8 cells after a 2-cell indent leave 2 in a 12-cell column, and 3000, counted as 2, prints a little wider:
    # a CJK font sets a digit somewhat over half a cell)
    lines = ["目前全市共有注册", "3000多名志愿者、200多支", "志愿服务队，活跃在社区、", "学校和医院等各个角落。"]
    rest = column(["志愿者们说，帮助别人的同时，自己也收获了快乐和成长。"], 12)
    story = _story_under(title, page(column(LIBRARY, 16), title, lines, rest))
    assert story.paragraphs[0] == "".join(lines)


def test_the_line_after_a_dateline_goes_on_with_its_sentence_however_wide() -> None:
    # the dateline's own line is short of the column by the indent pdftotext drops and by the gap after the
    # agency, and the pieces pdftotext -raw cuts at the title marks below are shorter still: measured off them,
    # the full second line looked wider than its column, a title set across columns
    title = "新型农机推介会在湖州举行"
    lead = [
        "新华社湖州3月8日电 （记者周明远）",
        "在全省春耕备耕工作现场会议即将召开的前一",
        "天，农机手册《插秧机操作规范》",
        "（试行）发",
        "布仪式8日在湖州南浔区举行。",
    ]
    more = column(["本次活动由省农业农村厅、省农机推广中心共同主办，来自各地的种粮大户参加了活动。"], 20)
    report = _story_under(title, page(column(LIBRARY, 26), title, lead, more))
    assert report.paragraphs[0] == (
        "新华社湖州3月8日电（记者周明远）在全省春耕备耕工作现场会议即将召开的前一天，农机手册《插秧机操作规范》"
        "（试行）发布仪式8日在湖州南浔区举行。"
    )


def test_a_title_as_wide_as_the_column_wrapped_onto_a_short_tail_above_a_dateline_is_no_column_break() -> None:
    # a paragraph ending at the margin, then a full line without a mark: the next column going on, unless
    # that line wraps onto a short one without a mark that a dateline follows (a title and its tail)
    story = [
        "江州市今年将新建口袋公园三十处，让市民出门五分钟就能走进绿地。",
        "市园林局介绍，新建公园多利用边角地块，兼顾休憩和健身功能，设计方案已向社会公开征求市民意见。",
    ]
    title = ["滨江贸易合作论坛在江州开幕暨项目签", "约仪式举行"]
    report = ["新华社江州5月6日电 滨江贸易合作论坛6日在江州开幕，来自二十多个国家和地区的代表参加了论坛。"]
    pg = newsseg.split(page(column(story, 16), title, column(report, 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [story, report]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == "".join(title)


def test_a_short_line_without_a_mark_above_a_dateline_is_the_title_of_that_report() -> None:
    # a story cut off on a full line at the foot of its column (continued elsewhere), then the next report's
    # title, short and without a mark, right above its dateline: no paragraph ends without its mark
    cut = wrap("江州市今年将新建口袋公园三十处，让市民出门五分钟就能走进绿地，园林部门还将在老城区增设一批", 16)
    title = "城西一居民楼发生火灾"
    report = [
        "人民网江州4月19日电（记者林华）今日上午，江州市城西一居民楼发生火灾，消防人员赶到后迅速扑灭明火，无人员伤亡。"
    ]
    pg = newsseg.split(page(cut, title, column(report, 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [["".join(cut)], report]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == title


def test_a_box_quoting_the_report_below_word_for_word_keeps_its_last_line() -> None:
    # a box of figures prints a sentence of the report without its mark: its short last line, right above
    # the report's dateline, goes on from the line above, which the report has word for word as well
    figures = "全省共有320个乡镇开通了快递服务，覆盖面比去年扩大了三成以上的行政村和自然村"
    report = ["新华社江州1月6日电 记者从省邮政管理局获悉，" + figures + "，农产品出村更方便了。"]
    pg = newsseg.split(page(column(LIBRARY, 16), wrap(figures, 16), column(report, 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [[*LIBRARY, figures], report]
    assert pg.articles[1].headline is None


def test_a_line_over_a_title_closed_by_its_column_tag_after_a_paragraph_ended_at_the_margin_starts_a_headline() -> None:
    # a paragraph ends at the margin and the next line, with a comma, is a few cells short: the next column
    # going on, unless the line under it is a title closed by its column tag (…（乡村见闻）); then it is that
    # title's kicker
    story = [
        "江州市今年将新建口袋公园三十处，让市民出门五分钟就能走进绿地。",
        "市园林局介绍，新建公园多利用边角地块，兼顾休憩和健身功能，方案已向社会征求意见，年底前全部建成开放。",
    ]
    # (the paragraph's last line ends at the margin)
    ending = ["市园林局介绍，新建公园多利用边角地块，兼顾休憩和", story[1][24:]]
    kicker, title = "山区冬闲田种满了芥菜和莴笋，成了城里的菜篮子", "冬闲田里挣钱忙（乡村见闻）"
    feature = [
        "这个冬天，本该闲下来的老周依然忙得不可开交，他在流转来的二十亩冬闲田里种上了芥菜和莴笋，眼看就要上市的"
        "鲜嫩蔬菜，老周信心十足。",
        "老周说，打个季节差，蔬菜卖到北方的批发市场，一亩地能比种一季水稻多挣好几千元，村里不少人都跟着种了起来。",
    ]
    pg = newsseg.split(page(column(story[:1], 26), ending, kicker, title, column(feature, 26)))
    assert [list(a.paragraphs) for a in pg.articles] == [story, feature]
    headline = pg.articles[1].headline
    assert headline is not None
    assert "".join(p or "" for p in (headline.kicker, headline.title, headline.subtitle)) == kicker + title


def test_a_title_in_a_box_a_few_cells_wide_set_justified_is_one_headline() -> None:
    # a box three cells wide spreads its characters and a number counts half a cell a digit (菜 篮 子 /
    # 2 0 2 3): the lines are a title folded into the box, one headline, read without the spreading spaces
    box = ["菜 篮 子", "价 格", "2 0 2 3", "年 回 落", "3 . 5 %"]
    report = [
        "本报江州1月19日电 （记者王政）记者从市统计局获悉，2023年全市菜篮子商品价格比上年回落3.5%，蔬菜、"
        "猪肉价格降幅较大。",
        "统计局有关负责人介绍，全市新建蔬菜基地十余个，保供稳价能力明显增强。",
    ]
    pg = newsseg.split(page(column(LIBRARY, 16), box, column(report, 16)))
    assert len(pg.articles) == 2
    headline = pg.articles[1].headline
    assert headline is not None
    assert (headline.kicker, headline.title, headline.subtitle) == (None, "菜篮子价格2023年回落3.5%", None)


def test_a_dash_alone_on_its_line_closes_the_kicker_above_a_title_in_a_narrow_box() -> None:
    # the dash closes the kicker (…订单 / ——); the title below it in a box three cells wide starts the title,
    # not a subtitle opened by that dash
    head = ["江州企业签下全省最大光伏订单", "——", "书 写 新", "能 源 的", "新 故 事"]
    story = [
        "“这是我们建厂以来最大的一笔订单。”站在新落成的厂房里，公司负责人难掩兴奋，三百名工人正在流水线上忙碌。",
        "据介绍，这批光伏组件将全部用于西部一座大型电站，预计明年年底前全部交付使用。",
    ]
    pg = newsseg.split(page(column(LIBRARY, 16), head, column(story, 16)))
    headline = pg.articles[1].headline
    assert headline is not None
    assert (headline.kicker, headline.title, headline.subtitle) == (
        "江州企业签下全省最大光伏订单——",
        "书写新能源的新故事",
        None,
    )


@pytest.mark.parametrize(
    ("full", "tail"),
    [
        # five characters: the end of a summary printed without its mark, not a title
        ("社区食堂将由政府补贴运营转向市", "场化经营"),
        # after a comma: the clause goes on
        ("改造工程，还将在老城区改造旧楼，", "为城西居民楼加装电梯"),
    ],
)
def test_a_short_line_above_a_dateline_that_ends_the_paragraph_above_stays_in_it(full: str, tail: str) -> None:
    opening = ["江州市今年将继续推进老旧小区", "改造，计划完成一百二十个小区的", "管网更新和外墙翻新，惠及居民三万"]
    report = ["新华社江州5月6日电 江州城西一居民楼加装电梯工程今日开工，职业教育改革同步推进，居民拍手称快。"]
    pg = newsseg.split(page(column(LIBRARY, 16), opening, full, tail, column(report, 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [[*LIBRARY, "".join(opening) + full + tail], report]


def test_rows_of_figures_keep_their_spaces_and_are_no_title_in_a_narrow_box() -> None:
    # a table's rows (125 136 / 87 92 / 1.5 2.3) are as short as a narrow box's lines, but they are no
    # characters spread one by one: the figures are not run together as a title folded into a box
    rows = ["125 136", "87 92", "1.5 2.3"]
    pg = newsseg.split(page(column(LIBRARY, 16), rows, column(RIVER, 16)))
    parts = [t for a in pg.articles if a.headline for t, _ in a.headline.parts()]
    out = " ".join([*parts, *(p for a in pg.articles for p in a.paragraphs), *(r.text for r in pg.residue)])
    assert all(row in out for row in rows)


def test_title_under_other_headlines_is_parted_from_the_deck_under_it() -> None:
    # a block of headlines at the foot of the page: the lines above the title are headlines themselves, one of
    # them set letter-spaced, so no column above tells the measure; the title is short against the column
    # below it and holds no mark of running text, so the full lines of its deck do not continue it
    from newsseg.config import Config
    from newsseg.model import Line
    from newsseg.repair import paragraphs as units_of

    deck = (
        "通报一季度全市水质监测情况；部署下一阶段河道治理工作；要求坚持上下游协同治理，加快污水处理设施建设，"
        "严厉打击非法采砂和违规排污行为；号召全市上下齐心协力守护一江清水"
    )
    foot = ["全省春耕生产工作会议在省城召", "开", "王长江出席并讲话", "市 图 书 馆 新 馆 正 式 开 放"]
    title = "全市河道生态治理推进会召开"
    texts = [*column(RIVER, 28), *foot, title, *wrap(deck, 28, indent="none")]
    lines = [Line(number=n, text=t) for n, t in enumerate(texts, 1)]
    units = [[i.line.text for i in unit] for unit in units_of(lines, Config()).units]
    assert [title] in units


def test_title_wider_than_the_column_above_over_its_deck_set_wider_still_stands_alone() -> None:
    # a story in a narrow column, then the next report's title, wider than that column, over its deck set
    # across the page and the report's dateline: the title is no first line of a paragraph (a paragraph's first
    # line is not shorter than its next by half the measure), so the deck does not run on from it
    title = "全市河道生态治理推进会召开"
    deck = "通报一季度全市水质监测情况；部署下一阶段河道治理工作；要求坚持上下游协同治理，加快污水处理设施建设"
    pg = newsseg.split(page(column(LIBRARY, 11), title, wrap(deck, 40, indent="none"), column(RIVER, 11)))
    assert paragraphs_of(pg) == [LIBRARY, RIVER]
    head = pg.articles[1].headline
    assert head is not None and (head.title, head.subtitle) == (title, deck)


def test_a_line_of_speech_running_into_the_next_sentence_is_prose_however_wide_it_looks() -> None:
    # pdftotext -raw cut a printed line at an opening quote, and the lines around the story's opening are short
    # (titles, pieces): the column read among them is too narrow, and the next full line, one sentence ending
    # and the next running on with a comma, looks wider than it; such a line is prose, never display type
    story = [
        "放學後的小傑一進門便看見爺爺坐在書架旁打盹，手裡還捧",
        "（孫大爺）著一份報紙，小傑問說：",
        "「爺爺，累了沒？我",
        "幫您倒杯熱茶好不好？」爺爺笑著擺擺手說，剛看完報紙一點也不",
        "渴，",
        "「你先去寫作業，寫完了我們一起看書吧！」",
        "孫大爺說，書屋開到家門口以後，街坊鄰居天天都來坐坐。",
    ]
    heads = ["街坊沒有專屬的閱覽室和自", "習室", "老師退休不退志當館員", "書屋開到家門口滿街書香"]
    pg = newsseg.split(page(column(LIBRARY, 14), heads, story))
    (told,) = [a for a in pg.articles if any("好不好" in p for p in a.paragraphs)]
    assert told.paragraphs[0].startswith("放學後的小傑")
    assert not any("好不好" in (a.headline.text if a.headline else "") for a in pg.articles)


@pytest.mark.parametrize(
    ("above", "below", "title", "subtitle"),
    [
        # together well short of the column, ending on no mark: no printed line of running text
        (22, 25, "老伴「快醒醒」", "一家四口靠救济度日难熬"),
        # together as wide as the column above, but a paragraph's first line is indented: too wide for one
        (24, 30, "妻唤老伴「天亮了快醒醒」", "4口之家靠救济度日难熬了"),
    ],
)
def test_a_title_ending_on_a_quotation_over_its_subtitle_is_no_printed_line_cut_in_two(
    above: int, below: int, title: str, subtitle: str
) -> None:
    # pdftotext -raw cuts a printed line at its quotation marks, and the pieces fit the measure together; a
    # title ending on a quotation over its subtitle, between two stories, fits it too. But a line that opens a
    # paragraph is indented, and is either full or ends its paragraph on a mark: these two lines are neither.
    pg = newsseg.split(page(column(LIBRARY, above), title, subtitle, column(OPINION, below)))
    assert [list(a.paragraphs) for a in pg.articles] == [LIBRARY, OPINION]
    assert pg.articles[1].headline is not None
    assert pg.articles[1].headline.text == title + subtitle


def test_a_clause_then_a_colon_bringing_in_a_quotation_is_prose_however_wide_it_looks() -> None:
    # a story's lead set across its columns, wider than the column read around it; its line holds a clause and
    # then a colon bringing in the quotation pdftotext -raw cut it at (…的手腕，某某低聲說：「…): running
    # prose, which goes on into the next line, never display type standing alone
    from newsseg.config import Config
    from newsseg.model import Line
    from newsseg.repair import describe, should_break

    texts = [
        *column(LIBRARY, 31),
        "的手腕，阿芬低聲說：「他去年春天在工地摔傷，家裡兩個孩子還在念書，我真怕",
        "撐不下去，孩子們也跟著吃苦。」",
    ]
    infos = describe([Line(n + 1, t) for n, t in enumerate(texts)], Config())
    upper, lower = infos[-2], infos[-1]
    assert upper.width > upper.measure  # wider than the column around it
    assert should_break(upper, lower, Config(), None, [upper])[0] is False


@pytest.mark.parametrize(
    ("upper", "paragraph"),
    [
        # a full first line cut twice at its quotes, the squeezed 」「 between them
        ("街坊都叫它「爱心厨房」", "街坊都叫它「爱心厨房」「幸福饭桌」，每到中午，十几位老人就围坐在一起吃饭聊天。"),
        # a one-line paragraph, short, cut at its quote and ending on its full stop
        ("老人们都说「值」", "老人们都说「值」这一年没白忙。"),
        # a piece that ends on no mark, a further piece below it cut at a title mark
        ("老人们都说「值」", "老人们都说「值」变化都在《年鉴》里。"),
    ],
)
def test_pieces_of_a_paragraph_s_first_line_cut_at_its_quotes_are_one_printed_line(upper: str, paragraph: str) -> None:
    # pdftotext -raw cuts a printed line at its quotation marks (and title marks): a paragraph's first line,
    # indented, so cut, fills the measure, or ends its paragraph on a mark, or goes on in a further piece
    width = 22
    rest = paragraph[len(upper) :]
    first = rest[: int(width - 2 - cells(upper))]
    cut = first.find("《")
    pieces = [first[:cut], first[cut:]] if cut > 0 else [first]
    lines = [*column(LIBRARY[:2], width), upper, *pieces, *wrap(rest[len(first) :], width, indent="none")]
    found = [p for a in paragraphs(page(lines, column(LIBRARY[2:], width))) for p in a]
    assert paragraph in found


@pytest.mark.parametrize(
    "title",
    [
        ["颱風今晚逼近本港，天文台：「或改掛八號風球」"],
        ["市民搶購物資，超市職員：「麵包全部賣光」 天文台或今晚改掛八號風球"],
    ],
)
def test_a_title_quoting_someone_whole_after_a_clause_stays_a_title(title: list[str]) -> None:
    # a Hong Kong title: a clause, a speaker and a colon, then the quotation, whole on the line; only a line
    # that leaves the quotation open, running on into the next, is a lead's prose
    first = [
        "【明報專訊】食物及衞生局昨日公布，本港將於下月起推行新的公營醫療收費，急症室收費由180元調整至400元。",
        "局長表示，調整收費有助減少濫用急症服務，確保有需要的病人得到適切治療。",
    ]
    second = [
        "天文台昨日表示，颱風正逐漸移近本港，預料今晚會改發八號烈風或暴風信號，市民應做好防風準備。",
        "運輸署提醒市民，八號信號生效後，巴士及渡輪服務將陸續暫停，市民應盡早返家。",
    ]
    pg = newsseg.split(page(column(first, 16), title, column(second, 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [first, second]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.text == "".join(title)


def test_a_subtitle_opening_on_its_formula_stands_on_its_own_line_however_wide() -> None:
    # ——记某某 set as wide as the column under a short title: the formula says subtitle, so neither the title
    # above nor the lead below runs on into it (a second undated feature after the first)
    head = ["守湖人", "——记东川湿地保护站的三代巡护员"]
    story = [
        "东川湿地保护站坐落在入湖口的一片芦苇荡边，每年冬天都有上万只候鸟在这里越冬。",
        "站里的巡护员每天沿着湖岸走上二十多公里，记录鸟群的数量，清理渔网和垃圾。",
    ]
    # (set flush, as pdftotext -raw leaves a column: no first line shorter by an indent to tell a lead by)
    flush = [
        "东川湿地保护站坐落在入湖口的一",
        "片芦苇荡边，每年冬天都有上万只",
        "候鸟在这里越冬。",
        "站里的巡护员每天沿着湖岸走上二",
        "十多公里，记录鸟群的数量，清理",
        "渔网和垃圾。",
    ]
    pg = newsseg.split(page(column(LIBRARY, 15), *head, *flush))
    library, lake = pg.articles
    assert list(library.paragraphs) == LIBRARY
    assert lake.headline is not None and (lake.headline.title, lake.headline.subtitle) == tuple(head)
    assert list(lake.paragraphs) == story


def test_a_line_of_running_text_opening_on_a_dash_and_a_reporter_runs_on() -> None:
    # ——记者 is no subtitle's formula: a dash that a quotation's speaker follows, wrapped to a line's head
    story = ["“我们一定把路灯修好。”面对居民的询问，街道负责人当场表态", "——记者随后了解到，维修工人第二天就到了现场。"]
    text = page(*column(["".join(story)], 15))
    (article,) = newsseg.split(text).articles
    assert list(article.paragraphs) == ["".join(story)]


@pytest.mark.parametrize(
    "line",
    [
        "新制將自民國113年7月1日起實施，",  # a date by the Republic's calendar inside a sentence
        "G20 峰会在杭州举行，多国领导人",  # a letter and figures, a word beside them
    ],
)
def test_a_line_of_running_text_with_a_date_or_a_code_is_no_furniture(line: str) -> None:
    story = [line + "到会讲了话，会议持续了两个多小时。", *RIVER[1:]]
    rest = column([story[0][len(line) :]], 16, "none")
    pg = newsseg.split(page("全市河道治理推进会召开", line, *rest, column(story[1:], 16)))
    assert pg.residue == ()
    assert "".join(pg.articles[0].paragraphs[0].split()) == "".join(story[0].split())


def test_a_pair_of_numerals_opening_a_line_after_a_full_stop_runs_on() -> None:
    # 一、二季度… in running text is no item of a list: the line goes on with its paragraph
    story = [
        "全市经济稳中有进，会议对下半年的工作作了部署。",
        "一、二季度的主要指标均好于预期，消费和投资稳步回升，外贸保持增长。",
    ]
    lines = [
        "全市经济稳中有进，会议对下半年",
        "的工作作了部署。一、二季度的",
        "主要指标均好于预期，消费和投资",
        "稳步回升，外贸保持增长。",
    ]
    (article,) = newsseg.split(page(*lines)).articles
    assert list(article.paragraphs) == ["".join(story)]


def test_a_title_set_across_columns_wrapped_inside_its_bracket_and_quotation_stays_one_title() -> None:
    # display type wider than the column, its first line ending inside a bracket and a quotation that the next
    # line closes: one title, whatever the widths say (which of the pieces it heads is the headline stage's)
    title = ["河道保洁队守护一江清水（走基层·深入开展“美丽河湖、", "幸福家园”主题采访·江边故事）"]
    subtitle = "——记东川河道保洁队的十年"
    flush = [
        "东川河道保洁队成立于十年前，队",
        "员们每天驾着小船在江面巡查，打",
        "捞漂浮物，记录水质的变化。",
        "老队长说，江水一年比一年清了，",
        "这是大家最高兴的事。",
    ]
    pg = newsseg.split(page(column(LIBRARY, 15), *title, subtitle, *flush))
    library, river = pg.articles
    assert list(library.paragraphs) == LIBRARY
    assert list(river.paragraphs) == ["".join(flush[:3]), "".join(flush[3:])]
    # (the title comes out whole, its two lines one piece, never its first line a story of its own)
    pieces = [r.text for r in pg.residue] + [a.headline.title for a in pg.articles if a.headline]
    assert "".join(title) in pieces


@pytest.mark.parametrize(
    "masthead",
    [
        # a Malaysian paper's region page and its date with a dot before the weekday
        ["A12 柔佛新闻", "2024年6月13日・星期四"],
        # the colophon in the running foot: the paper's address, hotlines, serial codes, price
        ["本报地址：云州市江滨路88号 广告热线：0871-5556677", "邮发代号：1-23 定价：1.50元"],
        # the classified ads' hotline, and the page's production credits, two roles on one line
        ["分类广告 热线：0736-2261880", "编辑：何美琳 美术：Jason Lee"],
        # a county paper's website and weather box by the masthead, the page's editors, a compiled page's sources
        ["桐溪新闻网 www.txnews.cn", "今日天气", "多云转晴", "22℃～31℃", "东南风2级"],
        ["主编：鲍丽君 责编：郗 悦", "综合新华社、本报资料"],
        # an overseas paper's section and page, its name (a paper of any kind) by the date
        ["紐約社區 A6", "美東華聲報 2024年3月21日 星期四"],
        # a sports page's editor beside the date, and its results box: label, scores, points
        [
            "2024年5月13日 星期一 编辑 卓文博",
            "东岭城市足球联赛第九轮战报",
            "南浦海鸥 2:1 石门铁骑",
            "积分榜前三",
            "西湾流星 22分",
        ],
        # a markets page: the paper's name and the desk's telephone by the date, the data box and its disclaimer
        [
            "海岳证券报 2024年8月28日 星期三 编辑：邵一鸣 电话：010-6558 3127",
            "今日行情",
            "上证指数 2874.16 +0.37%",
            "人民币汇率中间价 7.1315",
            "本版数据仅供参考，据此入市风险自担",
        ],
        # a business paper's data box, figures with their unit and an arrow, and its disclaimer
        [
            "融资余额 15832.6亿元 ↑0.31%",
            "沪深300 3861.2点 ↓0.52%",
            "南向资金 净流入18.4亿元",
            "本版信息仅供参考，不构成投资建议。",
        ],
        # a sports page's standings table, its head and rows, and a results box with ratio colons
        [
            "联赛积分榜（前四）",
            "名次 球队 赛 胜 平 负 积分",
            "1 江州海燕 10 7 2 1 23",
            "2 临川猎鹰 10 6 3 1 21",
            "第10轮赛果",
            "江州海燕 2∶1 临川猎鹰",
            "北岭山猫 0∶0 西塘白鹭",
        ],
        # the label over a page's column of briefs
        ["■新闻简讯"],
        # a front page's issue line of several items, and the colophon opened by its publisher
        ["今日8版 第25317号 国内统一连续出版物号 CN 59-0012", "江州日报社出版 地址：江州市解放路9号 邮编：650031"],
        # an entertainment page's chart, its label and rows
        ["本週票房榜", "1 《海港夜話》 312萬", "2 《雨城》 186萬"],
        # a literary supplement's name, and a letters page's address and hotline
        ["蒹葭·副刊", "来信请寄：东川市新华路8号东川晚报群工部", "读者热线：96688"],
        # a weekly's masthead with its weekday in brackets, a Taiwanese date by the Republic's calendar with a
        # slash before the weekday, and a page of notices' hotline
        ["南屏週報 2024年3月8日（星期五）", "中華民國113年3月8日／星期五", "公告热线：0571-8823311 8823312"],
        # a markets box: its label, its indices each with its close and its change in points, the turnover
        ["昨日收市", "恒生指數 16,521.30 -112.45", "國企指數 5,610.02 +23.18", "主板成交 856.4億元"],
        # the label over a books page's notes of new books
        ["新书架"],
        # a party paper's organ line with its publisher, its front page's index box, the page editor's credit
        ["中共江川省委机关报 江川日报社出版", "导读", "全市春耕备耕有序推进 2版", "城北地铁3号线全线贯通 3版"],
        ["本版责编：林 立 版式：周晓雯"],
        ["要闻导读", "全省冬季造林全面铺开 2版", "城南新区十项实事年度答卷 5版"],
    ],
)
def test_running_heads_and_feet_of_other_papers_are_furniture(masthead: list[str]) -> None:
    title = "全市河道生态治理推进会议召开"
    pg = newsseg.split(page(*masthead, title, column(RIVER, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == title
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(m.split()) for m in masthead]


def test_a_sentence_citing_a_page_of_the_paper_is_no_page_number() -> None:
    # 第3版 inside a correction's sentence, 《…》 cut by the wrap: the paper's own words, no masthead line
    correction = [
        "本报3月4日第3版《春季招聘会提供岗位1.2万个》一文中，“市人力资源市场”应为“市人才交流中心”。特此更正。"
    ]
    pg = newsseg.split(page("更正", column(correction, 16)))
    assert pg.residue == ()
    (article,) = pg.articles
    assert list(article.paragraphs) == correction


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("□ 宋知微", True),  # a byline marker before a bare name
        ("□ 安平县检察院 苏 婧", True),  # or before the writer's office and a letter-spaced name
        ("本报评论员", True),  # the paper's commentator, no name
        ("新华社特约评论员", True),
        ("◎张三 李四", True),
        ("黄慧琪 报道", True),  # names before 报道, as Singapore papers sign a report
        ("报道：欧阳敏", True),  # a Malaysian paper's credit
        ("报道及摄影：陈俊杰", True),
        ("本报记者 孔令熙 文/摄", True),  # the reporter wrote the story and took its photo
        ("文/摄 本报记者 孔令熙", True),
        # an office writes the piece, with its writer's name or none
        ("文／財政部北區國稅局", True),
        ("文／省农科院作物研究所 吴启明", True),
        ("文／云山市气象台 林珊", True),
        ("文／市第一中学", False),  # (not an office by its last word: a school's title)
        # the head of the house signs a letter by post and name
        ("校长 方志远", True),
        ("院长 林 涛", True),
        ("主任 医师", False),
        ("本报记者 孔令熙 摄", False),  # a photo's credit alone closes its caption
        ("■ 链接", False),  # a marker before a word heads a section
        ("■ 现场", False),
        ("新闻 报道", False),
    ],
)
def test_bylines_of_other_papers(line: str, byline: bool) -> None:
    assert newsseg.repair.is_byline(line) is byline


def test_an_ocr_full_stop_read_as_a_dot_after_a_bracket_ends_the_sentence() -> None:
    assert newsseg.repair.ends_sentence("经费由市财政承担（详见附件）.")
    assert not newsseg.repair.ends_sentence("see the figure (right).")
    assert not newsseg.repair.ends_sentence("经费由市财政承担（详见附件")


def test_a_note_in_brackets_after_the_full_stop_ends_the_paragraph() -> None:
    # …深受青少年欢迎。（据新华社） closes its story: the title on the next line is the next piece's, not a wrapped
    # line of the last paragraph
    assert newsseg.repair.ends_sentence("深受青少年欢迎。（据新华社）")
    assert not newsseg.repair.ends_sentence("深受青少年（据新华社）")
    # (a title may exclaim before its column tag: 工友们，一起看灯去！（暖相册） ends no paragraph)
    assert not newsseg.repair.ends_sentence("工友们，一起看灯去！（暖相册）")
    box = [
        "近年来，多地标本馆推出线上展览，其中一家博物馆的网上展上线一个月浏览量突破一百万人次，深受青少年欢迎。（据新华社）"
    ]
    title = ["全国大学生水下机器人", "挑战赛落幕"]
    pg = newsseg.split(page(column(box, 17, "none"), *title, column(RIVER, 16)))
    assert [a.headline.title if a.headline else None for a in pg.articles] == [None, "".join(title)]


def test_a_wire_story_s_date_code_on_a_line_of_its_own_closes_the_paragraph() -> None:
    # a 中央社 story ends on its editor and a date code, which the wrap may send to a line of its own
    story = ["氣象署今天表示，今年颱風季可能提早報到，呼籲民眾及早檢查住家排水設施，備妥物資。（編輯：黃世雄）"]
    lines = [*column(story, 18, "none"), "1120520"]
    pg = newsseg.split(page("颱風季將至 氣象署籲防範", *lines))
    (article,) = pg.articles
    assert list(article.paragraphs) == [story[0] + "1120520"]


def test_a_title_mark_the_next_line_closes_is_no_title_over_an_indented_line() -> None:
    # the first line of a correction breaks inside the title it cites (《春季招聘会提 / 供岗位…》) and the second
    # looks indented by the digits set wide: the title mark still open says it is one sentence
    head = "本报3月4日第3版《春季招聘会提"
    rest = "供岗位 1.2 万个》一文中，“市人"
    tail = ["力资源市场”应为“市人才交流中", "心”。特此更正，并向读者致歉。"]
    text = page("更正", head, rest, *tail, "本报编辑部", "停水启事", column(RIVER, 16))
    pg = newsseg.split(text)
    correction = pg.articles[0]
    assert correction.headline is not None and correction.headline.title == "更正"
    assert len(correction.paragraphs) == 2  # the correction, and the desk that signs it
    assert correction.paragraphs[1] == "本报编辑部"


def test_a_closing_credit_the_wrap_cut_ends_the_paragraph_on_the_line_that_closes_it() -> None:
    # …是否常态化。（记者 / 邱雨桐） over the next item's title: the credit closes the item, the title stands alone
    item = [
        "即日起，市图书馆新馆二楼自习区每周五、周六开放时间延长至晚上10点，试行三个月后将决定是否常态化。（记者邱雨桐）"
    ]
    lines = column(item, 14, "none")
    assert lines[-1].endswith("邱雨桐）") and not lines[-2].endswith("）")
    title = "两名老人走失 民警三小时寻回"
    pg = newsseg.split(page("市图书馆推出夜读服务", *lines, title, column(RIVER, 16)))
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["市图书馆推出夜读服务", title]
    assert list(pg.articles[0].paragraphs) == item


def test_the_space_after_a_bare_formula_is_kept() -> None:
    # 本报讯 由…: the space after 讯 is printed, as after 电
    lead = "本报讯 由市慈善总会主办的“寒衣送暖”公益募集活动近日启动，市民可将闲置的冬衣送到各社区服务站。"
    (article,) = newsseg.split(page(column([lead], 16))).articles
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize(
    "title", ["营收增长 12.5%", "设计创新 设计未来", "南浦海鸥2比1逆转石门铁骑"]
)  # (the space by a figure goes)
def test_a_title_of_a_word_and_a_figure_or_two_phrases_is_no_furniture(title: str) -> None:
    pg = newsseg.split(page(title, column(RIVER, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title.replace(" ", "") == title.replace(" ", "")


@pytest.mark.parametrize("title", ["小雨", "晴转多云", "综合能源项目并网发电"])
def test_a_title_in_the_words_of_a_weather_box_or_a_source_line_stays_a_title(title: str) -> None:
    # the sky, 小雨, 晴转多云, is furniture only beside the weather box's other lines; 综合…电 is no source line
    pg = newsseg.split(page(column(LIBRARY, 16), title, column(RIVER, 16)))
    assert pg.residue == ()
    assert [a.headline.title if a.headline else None for a in pg.articles][1] == title


@pytest.mark.parametrize(
    "line",
    [
        "http://www.alwl.gov.cn/zwgk/",  # an address a story prints on a line of its own
        "综合楼屋顶的光伏板，每年可发电",  # a full line of a story opening on 综合
        "综合新华社电",  # a compiled report's formula under its title
    ],
)
def test_lines_of_a_story_like_a_website_or_a_source_line_are_no_furniture(line: str) -> None:
    assert not newsseg.repair.is_furniture(line)


def test_lines_in_phrases_under_a_title_are_headline_parts_of_their_own() -> None:
    # 百年老站變身 / 東峰舊車站 化身鐵道文化館 / 保留木造售票口 重現候車場景 over the lead: no running text puts a
    # space between hanzi, so neither phrase line is the lead's first line (set flush here, as a box sets it)
    head = ["百年老站變身", "東峰舊車站 化身鐵道文化館", "保留木造售票口 重現1930年代候車場景"]
    lead = [
        "閒置近二十年的東峰舊火車站，經過兩年整修，昨天以鐵道文化館之姿重新開放，吸引上千名民眾搶先入館參觀。",
        "文化局長表示，館內規劃候車室、站務室等展區，讓年輕人認識老車站的故事。",
    ]
    (article,) = newsseg.split(page(*head, column(lead, 15, "none"))).articles
    assert article.headline is not None and article.headline.text.replace(" ", "") == "".join(head).replace(" ", "")
    assert list(article.paragraphs) == lead


@pytest.mark.parametrize("colon", ["∶", ":"])
def test_a_line_of_running_text_that_reads_like_a_match_score_stays_in_its_paragraph(colon: str) -> None:
    # 某队在上半场 0∶1 落后…: a team, a score and words, alone among the story's lines, is no results box's row
    story = [f"江州海燕在上半场 0{colon}1 落后的情况下连入两球，最终以2∶1逆转对手，取得主场三连胜。", *RIVER[1:]]
    first = f"江州海燕在上半场 0{colon}1 落后的情况下"
    rest = column([story[0][len(first) :]], 16, "none")
    pg = newsseg.split(page("江州海燕主场逆转取胜", first, *rest, column(story[1:], 16)))
    assert pg.residue == ()
    assert "".join(pg.articles[0].paragraphs[0].split()) == "".join(story[0].split())


def test_a_wide_line_whose_sentence_the_short_line_below_ends_is_prose_among_a_dialogues_short_lines() -> None:
    # a court report's dialogue, each turn a short sentence on a line of its own, so the column reads narrow;
    # then a full line of the report, wider than those turns, holding a clause whose sentence the line below
    # ends: prose, no title spanning columns
    turns = [
        "官：你明白控方讀出的控罪嗎？",
        "被告：明白，我明白控罪。",
        "官：你對案情有沒有話要說？",
        "被告：沒有，我不作補充。",
        "控方：我方暫時無補充。",
    ]
    last = "法官要求控方書面補充，說明基於何種理據法庭需考慮改判被告串謀詐騙罪。下周續審。"
    lines = ["【本報訊】區域法院昨日續審一宗非法集結案，被告當庭表示認罪。", *turns, last[:29], last[29:]]
    pg = newsseg.split(page("非法集結案續審", *lines))
    (article,) = pg.articles
    assert list(article.paragraphs) == [lines[0], *turns, last]


def test_a_line_opening_on_a_name_s_last_character_and_a_comma_continues_the_full_line_above() -> None:
    # under a letter-spaced title, the lead's second line is full and ends inside a name (…鄭嘉 / 穎，因推行10項…);
    # the third line, short by its two digits, opens on the name's last character and a comma: it goes on from
    # the line above, no paragraph opens there, and the lines above are no title
    lead = [
        "周六開館的市圖書館新",
        "館首任館長由資深館員鄭嘉",
        "穎，因推行10項便民措",
        "施，獲得讀者和市民一致稱",
        "讚。",
    ]
    second = ["館方表示，新館全年無", "休開放，並設有兒童閱讀區", "和自修室。"]
    pg = newsseg.split(page("市 圖 書 館 ：", "新 館 開 放 首 日", "接 待 逾 3 千", "人", *lead, *second))
    (article,) = pg.articles
    assert list(article.paragraphs) == ["".join(lead), "".join(second)]
    assert article.headline is not None
    assert article.headline.text.replace(" ", "") == "市圖書館：新館開放首日接待逾3千人"


_LIBRARY_STORY = [
    "“这里的书比我家里的还多。”十岁的小林一边翻着绘本一边说。湖滨社区书屋开放一个月来，已接待居民两千多人次。",
    "书屋由闲置的活动室改建而成，藏书八千余册，晚上开放到九点，方便下班的居民前来借阅。",
]


def test_a_closing_bracket_ending_an_upright_title_stays_with_the_title() -> None:
    # a title set upright, one character a line, ends on its column tag's closing bracket; the story under it
    # opens on a quotation: the bracket is the title's last character, not a piece of the quotation's line
    upright = list("湖畔读书声（城事）")
    pg = newsseg.split(page(*upright, column(_LIBRARY_STORY, 18)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == "湖畔读书声（城事）"
    assert article.paragraphs[0] == _LIBRARY_STORY[0]


def test_a_first_line_with_clauses_ending_on_a_gloss_is_no_tagged_title() -> None:
    # a paragraph's first line, two clauses and a noun glossed by a place in brackets, over a full line: the
    # bracket is a gloss, not the column tag that closes a title
    body = [
        "本报讯（记者 何平）江城港今年上半年货物吞吐量同比增长一成二，创历史同期新高，集装箱吞吐量首次突破百万标箱，"
        "港口航线增至四十二条。",
        "近年来，在“海铁联运”带动下，中亚班列（江城）累计开行已超三千列，带动进出口贸易额逾百亿元，其中大半货源"
        "来自本省，有力带动了沿江地区外贸发展。",
    ]
    lines = column(body, 25)
    assert "近年来，在“海铁联运”带动下，中亚班列（江城）" in lines  # the page shows the case
    pg = newsseg.split(page("江城港上半年吞吐量创新高", lines))
    (article,) = pg.articles
    assert list(article.paragraphs) == body


def test_a_lead_set_wide_under_its_headline_runs_on_where_the_wrap_cut_a_word() -> None:
    # under title and dash-led subtitle, the lead is set across the columns, wider than the column below; its
    # lines hold clauses and end inside a word (…从前的小巷泥 / 泞、棚屋…): prose, not display type
    lead = [
        "七十岁的王大爷站在新修的巷口，望着一排排白墙黛瓦，从前的小巷泥",
        "泞、棚屋低矮，如今都不见了踪影，他笑着说：",
        "“这回住得真舒心了。”",
    ]
    body = column(
        [
            "去年以来，城东街道投入资金三千万元，对老街六条巷道实施改造，铺设雨污管网两公里，新增停车位两百个。",
            "街道负责人介绍，改造方案由居民议事会讨论确定，前后征求意见四十余次。",
        ],
        20,
    )
    pg = newsseg.split(page("老街换新颜", "——居民：住得更舒心了", lead, body))
    (article,) = pg.articles
    assert article.paragraphs[0] == "".join(lead)
    assert article.headline is not None and article.headline.title == "老街换新颜"


def test_a_whole_quotation_after_a_full_stop_is_no_piece_of_the_line_above() -> None:
    # a story in a narrow column ends on a short line; the next story, set wider, is headed by a title in quotation
    # marks: together the two lines are as wide as the wide column, but the quotation is no piece pdftotext -raw
    # cut off the short line (prose quoting so goes on after the quote)
    dam = column(RESERVOIR, 16)
    assert dam[-1].endswith("受益。") and len(dam[-1]) <= 10  # the story ends on a short line
    text = page(dam, "“明年还要再来江城看一看”", column(RESERVOIR_SOUTH, 23))
    pg = newsseg.split(text)
    body = [p for a in pg.articles for p in a.paragraphs]
    assert RESERVOIR[1] in body
    assert not any("受益。“" in p for p in body)


def test_a_bulleted_subhead_with_clauses_wraps_onto_its_short_tail() -> None:
    # a story's bulleted subhead fills its first line, clauses and all, and wraps onto a short tail: one line of
    # text, not a list item and the next story's kicker
    subhead = ["●坚持问题导向、聚焦民生，推动治", "理落地见效"]
    story = column(RESERVOIR, 16)
    text = page(story, subhead, "城北水库汛前投入运行", column(RESERVOIR_SOUTH, 16))
    pg = newsseg.split(text)
    paragraphs = [p for a in pg.articles for p in a.paragraphs]
    assert "".join(subhead) in paragraphs
    assert all(a.headline is None or "见效" not in a.headline.text for a in pg.articles)


# A review of this round's rules reproduced these misfires; each is a page the rules must leave alone.


def test_a_bulleted_subhead_with_a_comma_over_an_indented_paragraph_stands_alone() -> None:
    subhead = "●聚焦民生实事，回应居民关切"
    pg = newsseg.split(page(column(RESERVOIR, 16), subhead, column(RESERVOIR_SOUTH, 16)))
    paragraphs = [p for a in pg.articles for p in a.paragraphs]
    assert subhead in paragraphs
    assert RESERVOIR_SOUTH[0] in paragraphs


def test_a_kicker_with_a_comma_over_a_speakers_title_is_no_prose() -> None:
    # a wide kicker holding a comma over a title opening on its speaker and a colon (市长：…): the colon is the
    # speaker's, not a clause the wrap cut
    lines = ["城北水库除险加固完工，下游两万人受益", "市长：汛前全部投入运行"]
    pg = newsseg.split(page(column(RIVER, 14), lines, column(RESERVOIR_SOUTH, 14)))
    headline = pg.articles[-1].headline
    assert headline is not None and headline.title == "市长：汛前全部投入运行"
    assert pg.articles[-1].paragraphs[0] == RESERVOIR_SOUTH[0]


def test_a_title_wrapped_inside_its_list_is_no_prose() -> None:
    lines = ["城北水库完工，城南水库验收，北区、南", "区、东区三座水库汛前投用"]
    pg = newsseg.split(page(column(RIVER, 14), lines, column(RESERVOIR_SOUTH, 14)))
    assert pg.articles[-1].paragraphs[0] == RESERVOIR_SOUTH[0]
    assert not any("投用" in p for a in pg.articles for p in a.paragraphs)


def test_a_term_quoted_at_a_line_s_end_goes_on_into_its_sentence() -> None:
    # …完成主体施工。 / “河长制” / 推行以来，…: a term quoted, cut off by pdftotext -raw, opens a sentence that goes on
    # unmarked on the next line; it is no title in quotes
    lead = [
        "本报讯（记者 齐峰）记者昨日",
        "从市水务局获悉，城北水库除险加固",
        "工程已经完成主体施工。",
        "“河长制”",
        "推行以来，全市河道水质明显好转，",
        "主要断面水质稳定达标，下游三个乡",
        "镇两万余人受益。",
    ]
    pg = newsseg.split(page("城北水库汛前投入运行", lead, column(RESERVOIR_SOUTH[1:], 16)))
    (article,) = pg.articles
    assert article.paragraphs[0] == "".join(lead)


_MARKET = [
    "本报讯（记者 温岚）11月27日，A股三大指数早盘小幅低开，午后震荡回升，个股涨多跌少，沪指收涨0.52%。",
    "盘面上，光伏、储能、化工板块涨幅居前，银行、保险板块小幅回调，全天成交额较前一交易日略有放大。",
]
_FUNDS = [
    "有分析人士指出，随着年末资金面趋于平稳，市场风险偏好有望逐步修复，建议关注业绩确定性较强的板块。",
]


def test_a_markets_box_rows_of_figures_with_units_are_furniture() -> None:
    # a data box's rows: an index and its change, a turnover with its unit, a flow of funds, sectors with their
    # changes; among one another they are the box, not titles
    box = [
        "行情速递",
        "上证指数 3012.46 +0.52%",
        "两市成交额 7915亿元",
        "北向资金 净买入18.3亿元",
        "涨幅居前板块 光伏 +3.21% 储能 +2.87% 化工 +1.65%",
    ]
    pg = newsseg.split(page("三大指数震荡回升", column(_MARKET, 16), box, column(_FUNDS, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == "三大指数震荡回升"
    residue = " ".join(r.text for r in pg.residue).replace(" ", "")
    assert "两市成交额7915亿元" in residue and "光伏+3.21%" in residue


def test_a_byline_with_a_two_character_name_set_to_three_cells_is_a_byline() -> None:
    # papers align the names of a byline: a name of two is set apart to the width of three (林 川)
    title, byline = "城南水库汛期可多蓄水八百万方", "本报记者 周若琳 林 川"
    text = page(column(RESERVOIR, 16), title, byline, column(RESERVOIR_SOUTH, 16))
    pg = newsseg.split(text)
    assert len(pg.articles) == 2
    dam = pg.articles[1]
    assert dam.headline is not None and dam.headline.title == "城南水库汛期可多蓄水八百万方"
    assert dam.paragraphs[0].replace(" ", "") == "本报记者周若琳林川"


def test_a_title_wrapped_onto_a_short_line_over_a_flush_paragraph_stands_apart() -> None:
    # a title of two lines, its colon a label's (券商观点：), over paragraphs each opened by a broker and a colon
    # set flush: no paragraph of two lines ends without a mark
    views = [
        "甲方证券：年末流动性整体平稳，市场有望延续震荡上行格局，可关注低估值蓝筹。",
        "乙方证券：出口数据好于预期，外需相关行业景气度回升，建议关注出海龙头企业。",
    ]
    title = ["券商观点：消费复苏与出海", "或成主线"]
    text = page(column(_MARKET, 14), title, column(views, 14, indent="none"))
    pg = newsseg.split(text)
    paragraphs = [p for a in pg.articles for p in a.paragraphs]
    headlines = [a.headline.title for a in pg.articles if a.headline is not None]
    assert views[0] in paragraphs
    assert "".join(title) in paragraphs + headlines


_FINAL = [
    "〔記者吳承翰／台中報導〕職籃總冠軍賽第3戰昨晚在台中體育館進行，主場海鷗終場以96：90擊敗飛鷹，系列賽取得2勝1敗。",
    "海鷗後衛林子謙全場攻下28分，末節連續命中3記三分球，幫助球隊守住領先。",
]
_BADMINTON = [
    "〔體育中心／綜合報導〕羽球公開賽昨天進行男單8強賽，台灣好手陳冠霖以2：1逆轉日本選手，晉級4強。",
    "陳冠霖賽後表示，第2局起調整發球節奏，多用網前小球調動對手，今天將挑戰頭號種子。",
]


def test_a_series_box_of_games_and_the_masthead_date_with_a_slash_are_furniture() -> None:
    # a basketball final's box: its label (…戰況), each game's number and score between its teams, the next game's
    # day, time and ground; and the masthead's date parted from its weekday by a slash
    box = [
        "總冠軍賽 戰況",
        "第1戰 海鷗 88：91 飛鷹",
        "第2戰 飛鷹 84：97 海鷗",
        "第3戰 海鷗 96：90 飛鷹",
        "第4戰 18日 19:30 北城巨蛋",
    ]
    text = page(
        "B6 體育",
        "2025年5月17日／星期六",
        "林子謙28分 海鷗聽牌",
        column(_FINAL, 15),
        box,
        "陳冠霖逆轉晉4強",
        column(_BADMINTON, 15),
    )
    pg = newsseg.split(text)
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["林子謙28分 海鷗聽牌", "陳冠霖逆轉晉4強"]
    assert [list(a.paragraphs) for a in pg.articles] == [_FINAL, _BADMINTON]
    residue = [r.text.replace(" ", "") for r in pg.residue]
    assert "2025年5月17日／星期六" in residue and "第4戰18日19:30北城巨蛋" in residue


def test_a_community_page_label_over_its_notices_is_furniture() -> None:
    from newsseg.repair import is_furniture

    assert is_furniture("社区活动") and is_furniture("■社區動態")
    assert is_furniture("国内简讯") and is_furniture("【國際快訊】")
    # (a title that opens on the words is a title)
    assert not is_furniture("社区活动丰富居民生活")


def test_a_masthead_date_in_numerals_with_a_circle_for_zero_and_an_advertisers_hotline_are_furniture() -> None:
    from newsseg.repair import is_furniture

    # (a Hong Kong masthead writes the zero of its year as a white circle, 二○二四年)
    assert is_furniture("澳江日報 二○二四年十一月二十一日 星期四")
    assert is_furniture("福盛家電 熱線 2388 6415")
    # (a story's line naming a hotline runs on: no space parts the name from it)
    assert not is_furniture("可拨打市民服务热线 12345")


def test_a_line_cut_inside_a_word_opened_by_she_is_no_photographers_credit() -> None:
    # 摄氏度 cut by the wrap after 摄 (…超过 20 摄 / 氏度。), and 摄像 after 拍: the text runs on, no caption
    text = page(
        "本报讯（记者 韩立）6月上旬，某旅",
        "在戈壁腹地组织跨昼夜实弹演练。",
        "演练区域地形复杂，昼夜温差超过 20 摄",
        "氏度。导调组先后设置通信中断、指挥",
        "所遭袭等18个特情，官兵全程使用摄",
        "像设备记录，以便复盘时逐一查找问",
        "题。",
    )
    pg = newsseg.split(text)
    (art,) = pg.articles
    assert list(art.paragraphs) == [
        "本报讯（记者 韩立）6月上旬，某旅在戈壁腹地组织跨昼夜实弹演练。",
        "演练区域地形复杂，昼夜温差超过20摄氏度。导调组先后设置通信中断、指挥所遭袭等18个特情，"
        "官兵全程使用摄像设备记录，以便复盘时逐一查找问题。",
    ]
    assert art.captions == ()


def test_numbered_captions_each_on_a_line_of_their_own_are_two_captions() -> None:
    # 图① and 图② caption two photos of one story: each opens a caption, the credit closes the second
    text = page(
        "炎炎夏日练精兵",
        "6月中旬，武警某支队组织高温条件",
        "下的极限体能训练，官兵在烈日下进",
        "行武装奔袭、攀登障碍等课目。",
        "图①：官兵进行400米障碍训练。",
        "图②：武装奔袭途中，战友相互鼓劲。",
        "苏一鸣摄",
    )
    (art,) = newsseg.split(text).articles
    assert [c.replace(" ", "") for c in art.captions] == [
        "图①：官兵进行400米障碍训练。",
        "图②：武装奔袭途中，战友相互鼓劲。苏一鸣摄",
    ]


@pytest.mark.parametrize(
    "byline", ["安平医院心内科 冯立新医生", "注册中医师 钱雅琴", "营养师 韩晓", "澄江律师事务所 邵文平律师"]
)
def test_an_experts_byline_on_a_health_or_legal_page_is_the_pieces_first_paragraph(byline: str) -> None:
    body = ["入夏以来，不少市民出现失眠、心慌等症状，专家提醒应注意规律作息，切勿自行服药。"]
    text = page("老人入夏心慌别大意", "规律作息比吃药更重要", byline, column(body, 18))
    (art,) = newsseg.split(text).articles
    assert art.headline is not None
    assert art.headline.title + (art.headline.subtitle or "") == "老人入夏心慌别大意规律作息比吃药更重要"
    assert list(art.paragraphs) == [byline, *body]


def test_a_title_ending_on_a_doctors_name_is_no_byline() -> None:
    from newsseg.repair import is_byline

    # (no institution before it, and a title, not a full name: 王医生)
    assert not is_byline("感谢救命恩人 王医生")
    assert not is_byline("社区卫生服务中心 王医生")


def test_an_advertisers_wares_and_the_number_to_call_are_furniture() -> None:
    from newsseg.repair import is_furniture

    assert is_furniture("各大药房有售 咨询热线：2388 6120")
    assert is_furniture("全市门店同步开售 订购电话：0571-8866 1234")
    # (a story's line naming the number runs on: no space parts the words from it)
    assert not is_furniture("市民可拨打咨询热线：12345")


def test_a_line_opening_on_a_particle_goes_on_from_the_full_line_above() -> None:
    # the second paragraph's first line is full (no indent kept) and its second line, opening on 的, is a
    # little short of a line that hangs its comma: no title over an indented paragraph
    text = page(
        "本报讯（记者 甘露）今年秋季学期起，",
        "湄川市在全市186所乡村学校推行",
        "“特色课后超市”，每人每学期至少",
        "选修2门。",
        "师资不足曾是乡村学校开展课后服务",
        "的最大难题。为此，市教育局统筹组",
        "建了由退休教师、非遗传承人、大学",
        "生志愿者等组成的“课后服务人才库”，",
        "目前已入库 680 余人，由各校按需",
        "“点单”。",
    )
    (art,) = newsseg.split(text).articles
    assert art.headline is None
    assert list(art.paragraphs) == [
        "本报讯（记者 甘露）今年秋季学期起，湄川市在全市186所乡村学校推行“特色课后超市”，每人每学期至少选修2门。",
        "师资不足曾是乡村学校开展课后服务的最大难题。为此，市教育局统筹组建了由退休教师、非遗传承人、大学生志愿者"
        "等组成的“课后服务人才库”，目前已入库680余人，由各校按需“点单”。",
    ]


def test_a_caption_closed_by_a_stringers_or_two_photographers_credit_on_its_own_line() -> None:
    for credit in ("通讯员 储文彬 摄", "记者 蔡文斌 实习生 龚佳怡 摄"):
        text = page(
            column(LIBRARY, 16),
            "二中科技节",
            "水火箭“飞”上天",
            "学生在科技节上展示自制水火箭。",
            credit,
            "本报讯（通讯员 储文彬）10月",
            "11日，市第二实验中学第九",
            "届校园科技节开幕，全校1800",
            "余名学生踊跃参与。",
        )
        library, fair = newsseg.split(text).articles
        assert list(library.paragraphs) == LIBRARY and not library.captions
        caption = "学生在科技节上展示自制水火箭。" + credit
        assert [c.replace(" ", "") for c in fair.captions] == [caption.replace(" ", "")]


def test_a_books_name_wrapped_inside_its_title_marks_among_pieces_cut_at_the_marks_is_one_name() -> None:
    # pdftotext -raw cuts the line at every title mark; one name, wrapped inside its marks (…合营期 / 限暂行规定》),
    # leaves a short line that is no heading: the list runs on to the end of its sentence and the story goes on
    text = page(
        "本报讯（记者 韩冰）澄江市日前公布《澄江市营商环境条例》，明确外商投资企业平等适",
        "用各项支持政策，依法平等参与标准制定和政府采购活动，并细化了企业登记注册有关规",
        "定。",
        "《澄江市营商环境条例》施行后，",
        "《澄江市招商引资奖励办法》",
        "、",
        "《澄江市中外合资企业合营期",
        "限暂行规定》",
        "、",
        "《澄江市外资企业登记实施细则》同时废止。",
        "据介绍，条例共七章五十八条，自明年起施行。",
    )
    (art,) = newsseg.split(text).articles
    assert list(art.paragraphs) == [
        "本报讯（记者 韩冰）澄江市日前公布《澄江市营商环境条例》，明确外商投资企业平等适用各项支持政策，依法平等参与"
        "标准制定和政府采购活动，并细化了企业登记注册有关规定。",
        "《澄江市营商环境条例》施行后，《澄江市招商引资奖励办法》、《澄江市中外合资企业合营期限暂行规定》、"
        "《澄江市外资企业登记实施细则》同时废止。",
        "据介绍，条例共七章五十八条，自明年起施行。",
    ]


def test_a_small_advertisement_between_its_label_and_its_line_to_call_is_furniture() -> None:
    story = ["（巴生28日讯）巴生县议会宣布，周四夜市将从下月起迁往新址营业，摊贩须在本月底前重新登记。"]
    text = page(
        column(story, 16),
        "诚征",
        "货车司机数名",
        "需持E执照，有经验者优先",
        "有意者请电：016-775 3021 陈先生",
        "编辑：李慧心 版位设计：苏永发",
    )
    pg = newsseg.split(text)
    (art,) = pg.articles
    assert list(art.paragraphs) == story and art.headline is None
    residue = [r.text.replace(" ", "") for r in pg.residue]
    assert "货车司机数名" in residue and "需持E执照，有经验者优先" in residue
    assert "编辑：李慧心版位设计：苏永发" in residue


def test_a_caption_placing_a_person_named_after_a_title_opens_on_its_first_line() -> None:
    caption = "育华华小董事长林德顺（左四）移交象征性支票予校长黄美莲（左五），左三为家协主席曾俊杰。（图：郑慧玲）"
    text = page(
        "千人宴筹获逾35万令吉",
        "育华华小",
        "筹建新礼堂",
        "育华华小董事长林德顺（左四）移交象征性支",
        "票予校长黄美莲（左五），左三为家协主席曾",
        "俊杰。（图：郑慧玲）",
        "（巴冷加央 28 日讯）巴冷加央",
        "育华华小为筹建新礼堂，昨晚",
        "在镇上的金凤凰酒家举办千人",
        "宴，吸引近 1000 名校友、家长",
        "及地方人士出席，当晚共筹获",
        "逾 35 万令吉。",
    )
    (art,) = newsseg.split(text).articles
    assert art.headline is not None and art.headline.text.replace(" ", "") == "千人宴筹获逾35万令吉育华华小筹建新礼堂"
    assert [c.replace(" ", "") for c in art.captions] == [caption]


def test_a_line_short_only_by_the_latin_word_that_went_down_is_no_paragraphs_first_line() -> None:
    # …莫哈末法依斯（ACP Mohd Faiz / Rahman）今日…: the line is short because Rahman did not fit at its end, not
    # because it opens a paragraph under a title
    text = page(
        "（吉隆坡 28 日讯）警方昨日凌晨在",
        "南北大道一处休息站截查一辆罗哩，",
        "在车厢内起获约 2 万条未缴税私烟，",
        "市值连同税务估计达 190 万令吉，",
        "并逮捕 2 名分别 32 及 45 岁的本地男",
        "子。",
        "州警察总部刑事调查主任助理总监",
        "莫哈末法依斯（ACP Mohd Faiz",
        "Rahman）今日在记者会上说，这批",
        "私烟以纸箱伪装成家具配件，原本",
        "准备运往北部一带分销。初步调查",
        "显示，该集团自今年 6 月起已开始",
        "活跃。",
    )
    (art,) = newsseg.split(text).articles
    assert art.headline is None and len(art.paragraphs) == 2
    assert art.paragraphs[1].startswith("州警察总部刑事调查主任助理总监莫哈末法依斯（ACP Mohd Faiz Rahman）")


def test_a_credit_ending_on_she_over_a_lead_opening_on_ru_closes_its_caption() -> None:
    # (入夏以来 opens the lead: the credit sets its name apart and is short, no word cut after 摄)
    text = page(
        "南湖荷花节开幕",
        "市民在南湖公园赏荷。 本报记者 林小峰 摄",
        "入夏以来，南湖公园的荷花陆续开放，吸引了",
        "大批市民前来观赏拍照。",
    )
    (art,) = newsseg.split(text).articles
    assert list(art.paragraphs) == ["入夏以来，南湖公园的荷花陆续开放，吸引了大批市民前来观赏拍照。"]
    assert [c.replace(" ", "") for c in art.captions] == ["市民在南湖公园赏荷。本报记者林小峰摄"]


def test_the_words_that_look_like_a_page_name_or_a_rubric_inside_a_story_stay_there() -> None:
    from newsseg.repair import is_byline, is_furniture

    assert not is_furniture("1 上好安全教育")  # a numbered subhead
    assert not is_byline("专访东川农业大学 李明教授")  # an interview's title
    text = "东川日报 2023年6月19日 星期一\n□ 林小峰\n一座城市的温度，往往藏在那些不起眼的角落里。\n"
    (art,) = newsseg.split(text).articles
    assert art.paragraphs[0] == "□ 林小峰"  # a byline, not the page's rubric
    # (的哥 opens a paragraph: a title stands over it)
    text = page(
        "本报讯（记者 周婷）5月10日，市教育局",
        "发布通知，今年秋季全市将新增公办学位八千",
        "个，主要集中在城东、城南两个片区。",
        "出租车司机拾到三万元现金主动归还",
        "的哥李建国在车上捡到一个装有三万元现",
        "金的手提包，他第一时间联系平台找到失主，",
        "婉拒了对方的酬谢。",
    )
    _school, taxi = newsseg.split(text).articles
    assert taxi.headline is not None and taxi.headline.title == "出租车司机拾到三万元现金主动归还"


def test_a_byline_the_wrap_cut_after_a_role_goes_on_to_its_name() -> None:
    body = ["走进某旅装备维修车间，四级军士长佟海涛正趴在一台装甲车底盘下检查传动轴。"]
    byline = ("■本报特约记者 韩卫东 通讯员", "邱子航")
    text = page("“兵王”的第二个赛场", "——记某旅四级军士长佟海涛", *byline, column(body, 14))
    (art,) = newsseg.split(text).articles
    assert art.paragraphs[0] == "■本报特约记者 韩卫东 通讯员 邱子航"
    assert list(art.paragraphs[1:]) == body


# --- two columns an OCR engine wrote row by row ----------------------------------------------------------------
def side_by_side(left: list[str], right: list[str], gutter: int = 14) -> list[str]:
    """Two columns as Tesseract writes a block it took for one: each row of both on one line, the left one
    padded to its width and a wide gap between them; the lines of the longer right column go on alone."""
    rows = [f"{a}{' ' * (2 * (16 - len(a)))}{' ' * gutter}{b}" for a, b in zip(left, right, strict=False)]
    return [*rows, *right[len(left) :]]


def test_two_columns_written_row_by_row_are_read_one_after_the_other() -> None:
    text = page(side_by_side(column(RIVER, 16), column(LIBRARY, 16)))
    assert paragraphs(text) == [RIVER, LIBRARY]


def test_two_columns_row_by_row_under_a_page_of_running_text_keep_both_stories() -> None:
    # the block the engine misread sits among blocks it read right: only its rows are unfolded
    text = page(column(RESERVOIR, 16), "", side_by_side(column(RIVER, 16), column(LIBRARY, 16), gutter=30))
    assert paragraphs(text) == [RESERVOIR, RIVER, LIBRARY]


def test_rows_of_a_table_spread_over_wide_gaps_are_no_two_columns() -> None:
    # a standings box: names on the left, figures on the right, as far apart as two columns
    from newsseg.config import Config
    from newsseg.model import Line
    from newsseg.repair import unfold_side_by_side

    rows = ["1 滨海鲸鲨        12 9 2 1 29", "2 石门铁骑        12 8 2 2 26", "3 南浦海鸥        12 7 1 4 22"]
    lines = [Line(text=t, number=n + 1) for n, t in enumerate(rows)]
    assert [ln.text for ln in unfold_side_by_side(lines, Config())] == rows


def test_a_masthead_spread_over_one_line_is_no_two_columns() -> None:
    masthead = "东海晚报          2023年5月18日 星期四          要闻          第3版"
    text = page(masthead, column(LIBRARY, 16))
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [LIBRARY]
    assert any("东海晚报" in r.text for r in pg.residue)


@pytest.mark.parametrize(
    "foot",
    [
        ["南屏日报 订报专线 0800-258-168"],  # the paper's line to order it
        ["健康咨询热线：400-870-2615（工作日 9:00-17:00）"],  # a desk's line, with its hours
        ["科技热线：96335 邮箱：kjzk@nprb.cn"],  # and its address
        ["本版文章仅供参考，具体诊疗请遵医嘱"],  # a health page's disclaimer
        ["陈氏律师事务所", "移民 车祸 劳工纠纷 中文服务", "(650) 555-0142"],  # an advertisement and its number
    ],
)
def test_the_running_foot_of_other_papers_is_furniture(foot: list[str]) -> None:
    # between a story and the headlines the page prints at its foot: neither the story's nor a headline's
    pg = newsseg.split(page(column(RIVER, 16), *foot, "全市河道生态治理推进会议召开"))
    (article,) = pg.articles
    assert list(article.paragraphs) == RIVER and article.headline.title == "全市河道生态治理推进会议召开"
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(f.split()) for f in foot]


def test_a_notices_own_hotline_over_its_issuer_and_date_is_its_text() -> None:
    notice = ["因管网改造，城南片区3月8日停水一天，请用户提前做好储水准备。"]
    signed = ["服务热线：96616", "南屏市自来水有限公司", "2024年3月6日"]
    pg = newsseg.split(page("停水启事", column(notice, 16), *signed))
    (article,) = pg.articles
    assert list(article.paragraphs)[-3:] == signed


@pytest.mark.parametrize(
    "masthead",
    [
        ["青川报", "QINGCHUAN BAO", "中共青川县委机关报"],  # the paper's name in pinyin under its name
        [
            "湄南新报",
            "泰国新闻",
            "佛历二五六七年 二〇二四年二月八日 星期四",
        ],  # a Thai paper's date, the Buddhist era first
        ["南屿理工大学报", "第3版 校园", "2024年10月15日"],  # a campus paper's date alone among its masthead
        ["澜州日报", "今日导读", "暑期文旅消费持续升温 ▶2版", "老旧小区改造年内开工86个 ▶3版"],  # its arrows
        ["雁川日报", "今日天气 多云转小雨", "22℃～29℃ 东南风3级"],  # a weather box two items a line
        ["东湖体育报 2024年3月11日 星期一", "B3 CBA·综合"],  # a page's number and its section in two parts
    ],
)
def test_mastheads_of_more_papers_are_furniture(masthead: list[str]) -> None:
    title = "全市河道生态治理推进会议召开"
    pg = newsseg.split(page(*masthead, title, column(RIVER, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == title
    assert "".join("".join(r.text.split()) for r in pg.residue) == "".join("".join(m.split()) for m in masthead)


def test_an_advertisers_offer_over_its_hotline_at_the_foot_is_furniture() -> None:
    ad = ["冬日暖炉 全线八折", "恒兴电器 热线 2735 6180"]
    pg = newsseg.split(page(column(RIVER, 16), *ad, "全市河道生态治理推进会议召开"))
    (article,) = pg.articles
    assert article.headline.title == "全市河道生态治理推进会议召开"
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(a.split()) for a in ad]


def test_a_campus_papers_student_reporter_is_a_byline() -> None:
    pg = newsseg.split(page(column(RIVER, 16), "图书馆里的“守夜人”", "学生记者 韩 悦", column(LIBRARY[1:], 16)))
    story = pg.articles[-1]
    assert story.headline.title == "图书馆里的“守夜人”" and "".join(story.paragraphs[0].split()) == "学生记者韩悦"


def test_an_overseas_papers_masthead_with_its_date_in_english_is_furniture() -> None:
    masthead = ["社區新聞", "華聲日報 Thursday, October 17, 2024 2024年10月17日 星期四"]
    pg = newsseg.split(page(*masthead, "全市河道生态治理推进会召开", "部署下一阶段河道治理工作", column(RIVER, 16)))
    (article,) = pg.articles
    assert "華聲日報" not in article.headline.text and "Thursday" not in article.headline.text
    from newsseg.repair import is_furniture

    # (with the paper's name or the date in Chinese; an English date alone is a story's as often, March 3, 1924)
    assert is_furniture(masthead[1]) and not is_furniture("March 3, 1924")


def test_a_television_pages_listings_are_furniture() -> None:
    listings = ["今日荧屏", "云江卫视", "19:30 海岸线上（9、10）", "21:20 百姓大舞台"]
    listings += ["星城都市频道", "18:30 都市直播间", "20:10 乡野来信"]
    pg = newsseg.split(page(column(RIVER, 16), *listings, "纪录片《千里云江》下周一开播", column(LIBRARY[1:], 16)))
    story, next_story = pg.articles
    assert list(story.paragraphs) == RIVER and next_story.headline.title == "纪录片《千里云江》下周一开播"
    assert "".join("".join(r.text.split()) for r in pg.residue) == "".join("".join(x.split()) for x in listings)


def test_a_courts_case_number_under_its_notices_title_is_its_first_line() -> None:
    notice = ["本院根据债权人的申请，于2020年5月10日裁定受理某某公司破产清算一案，并指定某某律师事务所为管理人。"]
    pg = newsseg.split(page(column(RIVER, 16), "湄川市中级人民法院公告", "（2020）湄01破12号", column(notice, 16)))
    court = pg.articles[-1]
    assert court.headline.title == "湄川市中级人民法院公告" and court.paragraphs[0] == "（2020）湄01破12号"


def test_a_ratings_chart_and_a_reviews_title_after_a_caption_are_read_apart() -> None:
    chart = ["本周收视排行（7.17-7.23）", "1 海岸线上 云江卫视 2.31%", "2 谍影迷踪 星城影视频道 1.87%"]
    review = ["《乡野来信》：", "慢综艺里的真性情"]
    pg = newsseg.split(page(column(RIVER, 16), *chart, "《海岸线上》剧照。", *review, column(LIBRARY[1:], 16)))
    assert pg.articles[-1].headline.text == "《乡野来信》：慢综艺里的真性情"
    residue = "".join("".join(r.text.split()) for r in pg.residue)
    assert all("".join(c.split()) in residue for c in chart)


def test_an_advertisement_of_a_line_at_the_foot_is_furniture() -> None:
    # (under the headlines the page prints at its foot and the editor's line: no part of the last headline)
    foot = ["责任编辑：梁卓贤", "天然有机豆品 全港各大超市有售"]
    pg = newsseg.split(page(column(RIVER, 16), "全市河道生态治理", "推进会议召开", *foot))
    (article,) = pg.articles
    assert list(article.paragraphs) == RIVER and article.headline.text == "全市河道生态治理推进会议召开"


@pytest.mark.parametrize(
    ("line", "case"),
    [
        ("案号：（2024）云0102刑初87号", True),
        ("（案件編號：DCCC 733/2024）", True),  # a Hong Kong court's, in brackets
        ("（覆核案件編號：CAAR 6/2024）", True),
        ("（案件編號：HCCC 12/2023及HCCC 15/2023）", True),
        ("（案件編號尚未公布）", False),
        ("案件編號：DCCC 733/2024，被告將於下月求情", False),  # a sentence that cites it
    ],
)
def test_court_case_numbers(line: str, case: bool) -> None:
    assert (newsseg.repair.CASE_NUMBER.match(line) is not None) is case


@pytest.mark.parametrize("first", ["冯大爷住了四十年，说起河水", "冯大爷住了四十年，说起河"])
def test_the_first_line_of_a_sidebar_under_a_title_set_upright_opens_its_text(first: str) -> None:
    # the column above is wider, so the sidebar's first line looks short against it, and a hung quotation mark
    # widens the sidebar's own measure below it; a comma in a line as wide as the column it opens (or an indent
    # short of it) says it is running text, not a title
    story = ["本报讯（记者 陈晓）昨天，全市河道生态治理推进会召开，部署下一阶段的河道治理工作，要求年底前断面达标。"]
    rest = first.removeprefix("冯大爷住了四十年，说起河")
    sidebar = [
        first,
        "的变化很是感慨。他说以"[len(rest) :],
        "前河水发黑，如今天天「清」，",
        "傍晚都有人来河边散步，白",
        "鹭也回来了。",
    ]
    pg = newsseg.split(page(column(story, 22, indent="none"), list("河水清了"), sidebar))
    assert [list(a.paragraphs) for a in pg.articles] == [story, ["".join(sidebar)]]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == "河水清了"


def test_a_line_short_by_the_latin_word_that_went_down_is_no_paragraph_opening() -> None:
    # 135kW did not fit at the end of 式双离合变速箱，最大功率: that line is short by as much as the word, and the
    # line above it, set in spaced figures and letters, is no title over an indented paragraph
    lines = [
        "9 月 20 日，凌云汽车旗下中型SUV",
        "新款X5 正式上市，新车共推出 4",
        "款配置，官方指导价区间为",
        "14.98 万元至 18.68 万元。",
        "新款X5 搭载 1.5T发动机与 7 速湿",
        "式双离合变速箱，最大功率",
        "135kW，WLTC综合油耗为 6.9L/",
        "100km。配置方面，新车全系标",
        "配 12.3 英寸液晶仪表和L2 级辅助",
        "驾驶系统。",
    ]
    (article,) = newsseg.split(page("凌云新款X5上市", *lines)).articles
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].startswith("新款X5搭载1.5T发动机与7速湿式双离合变速箱")


def test_a_title_set_in_phrases_under_a_short_last_line_is_no_paragraphs_continuation() -> None:
    # the one-line paragraph 她明天將對上頭號種子。 is short by about an indent, but the line under it, in phrases with
    # no mark and wider than the column, is the next piece's title, no full line it runs on to
    lines = [
        "（中央社記者方思妤艾登堡13日電）艾",
        "登堡羽球公開賽今天進行八強賽，",
        "周采蓁以二比一逆轉晉級四強。",
        "周采蓁賽後說，首局太急著搶攻，",
        "失誤偏多，第 2 局起放慢節奏，",
        "多用網前小球調動對手，「贏下",
        "第 2 局之後，心裡就踏實了」。",
        "她明天將對上頭號種子。",
        "旅外投手呂奕安 獨立聯盟首勝入袋",
        "〔體育中心／綜合報導〕效力",
        "於北美獨立聯盟的河堤水獺",
        "的台灣投手呂奕安，今天先發",
        "六局無失分，拿下個人首勝。",
    ]
    pg = newsseg.split(page(*lines))
    assert pg.articles[0].paragraphs[-1] == "她明天將對上頭號種子。"
    assert pg.articles[1].headline is not None and pg.articles[1].headline.text == "旅外投手呂奕安 獨立聯盟首勝入袋"


# --- the twelfth batch: masthead lines, small advertisements, a title's lines over its dateline, a colon's end --
WHARF = [
    "本报讯（记者 邝文澜）4月28日，东岭港新建的三号客运码头正式启用。码头可同时停靠两艘千吨级客轮，候船厅设有"
    "母婴室和无障碍通道。",
    "据介绍，新码头启用后，东岭至海螺岛的航班由每天六班增至十班，旅客候船时间平均缩短二十分钟。",
]


@pytest.mark.parametrize(
    "masthead",
    [
        # a page's number beside whatever its section is called, either way round
        ["东岭交通报", "2025年4月29日 星期二", "3 出行服务"],
        ["欧洲侨声报", "2024年3月22日 星期五", "法国新闻 03"],
        # the paper's name among the masthead's lines, whatever kind of paper it is
        ["A6", "社区新闻", "2024年5月15日 星期三", "加西华声报"],
        ["南屏周末", "2023年11月17日", "人物 05"],
        # a Thai paper's year of the Buddhist era after the date
        ["湄南商报", "2024年8月12日 星期一 佛历2567年", "A4 侨社新闻"],
        # a society's newsletter names its page for its news (會務動態 3)
        ["桃竹苗客家會訊", "中華民國114年5月20日", "會務動態 3"],
    ],
)
def test_masthead_lines_of_more_papers_are_furniture(masthead: list[str]) -> None:
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert "".join(r.text for r in pg.residue).replace(" ", "") == "".join(masthead).replace(" ", "")


@pytest.mark.parametrize("title", ["3 分钟读懂新规", "春耕捷报"])
def test_a_title_under_the_masthead_is_no_section_or_paper_name(title: str) -> None:
    # a title counting its minutes (pdftotext sets the figure apart), a notice's word for itself (捷报): a title
    pg = newsseg.split(page("东岭交通报", "2025年4月29日 星期二", title, column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == title.replace(" ", "")


def test_a_hong_kong_features_words_and_pictures_credit_is_a_byline() -> None:
    assert repair.is_byline("文：祁颖芝 图：温浩然")
    assert repair.is_byline("文：祁穎芝 圖：溫浩然")


SEAFOOD = [
    "本报巴黎讯（记者 江韵）3月17日，巴黎十三区一家华人海鲜批发行举办开业十周年庆典，数百名商户和顾客到场。",
    "批发行负责人表示，十年来坚持每天凌晨从港口进货，今后还将开设网上订货平台，方便周边餐馆采购。",
]
LAWYER = [
    "问：我的十年居留卡上个月到期了，因为生意太忙忘记提前预约续签，现在还能补办吗？",
    "答：可以补办。建议您尽快通过省政府的网上平台提交续签申请，并在申请中说明逾期原因。",
    "（本栏由金桥律师事务所韦嘉律师解答，读者来信请注明“律师信箱”）",
]


def test_a_small_advertisement_to_its_number_to_call_is_furniture() -> None:
    # a label alone (诚聘) over the copy and the number after its label; and one opening on its kind and a colon,
    # its copy run on to the number (旺铺转让：…电话：…)
    text = page(
        "海鲜批发行庆开业十周年",
        column(SEAFOOD, 16),
        "诚聘",
        "巴黎十一区中餐馆诚聘炒锅、帮厨各一名，",
        "有经验者优先，包吃住。",
        "电话：06 47 83 21 90",
        "律师信箱",
        "居留卡续签逾期了怎么办？",
        column(LAWYER, 16),
        "旺铺转让：巴黎北郊批发区临街门面",
        "约120平方米，手续齐全。电话：07 52 18 66 04",
    )
    pg = newsseg.split(text)
    assert [list(a.paragraphs) for a in pg.articles] == [SEAFOOD, LAWYER]
    residue = "".join(r.text for r in pg.residue)
    assert "诚聘炒锅" in residue and "旺铺转让" in residue and "07 52 18 66 04" in residue


def test_a_notices_contact_line_is_its_text_no_advertisement() -> None:
    # the number after its label is an advertisement's only under an advertisement's label
    notice = [
        "因城南水厂管网改造，4月20日8时至20时，城南片区将暂停供水。请各用户提前做好储水准备。",
        "联系电话：0574-86213370",
    ]
    pg = newsseg.split(page("城南片区停水通知", column(notice, 16)))
    (article,) = pg.articles
    assert article.paragraphs[-1] == "联系电话：0574-86213370"


def test_a_paragraph_ending_on_a_short_line_with_a_colon_ends_there() -> None:
    # (no quotation opens the paragraph below, as a colon at a line's end may introduce one the extractor cut off)
    lines = [
        "本报 3 月 26 日刊发读者来信《小区充电桩建了",
        "一年多 为何迟迟不能通电》后，梧桐区住建",
        "局高度重视，立即会同区供电公司、枫林街道",
        "和小区物业召开协调会，现将有关情况答复如",
        "下：",
        "经核查，该小区充电桩未能通电，主要原因是",
        "配电房容量不足，需新增一台 630 千伏安变压",
        "器，而物业公司此前提交的报装材料缺少业主",
        "大会表决文件。",
    ]
    (article,) = newsseg.split(page(*lines)).articles
    assert [p[-6:] for p in article.paragraphs] == ["况答复如下：", "会表决文件。"]


def test_a_note_in_brackets_wrapped_after_a_space_is_one_paragraph() -> None:
    # the space between the firm's name and the lawyer's sets apart no title (a line set in phrases)
    lines = [
        "答：可以补办。建议您尽快提交续签",
        "申请，并说明逾期原因。",
        "（本栏由金桥律师事务所 韦嘉律",
        "师解答，读者来信请注明“律师信",
        "箱”）",
    ]
    (article,) = newsseg.split(page("居留卡续签逾期了怎么办？", *lines)).articles
    assert article.paragraphs[-1].startswith("（本栏由金桥律师事务所") and article.paragraphs[-1].endswith("信箱”）")


def test_a_whole_quotation_after_a_sentence_end_too_wide_to_share_the_next_line_is_a_subhead() -> None:
    # a story resumed below a brief opens on its next section's subhead in quotes: no piece of a printed line
    # that pdftotext cut before the quotation, as the full line under it leaves it no room
    lines = [
        "2月份全市消费投诉",
        "同比下降9.6%",
        "本报讯（记者 欧阳倩 通讯员",
        "钟敏）昨天，市消费者权益保护",
        "委员会发布 2 月份消费投诉分析。",
        "当月全市各级消保委共受理投诉",
        "1846 件，同比下降 9.6%，为消费",
        "者挽回经济损失 213.6 万元，同",
        "比增长 4.2%。",
        "从投诉类别看，服务类投诉占比",
        "达到 61.2%，其中预付式消费、",
        "教育培训和网络直播带货位列前",
        "三。商品类投诉中，家电、食品",
        "和服装鞋帽投诉量居前。",
        "市消保委提醒，消费者遇到纠纷",
        "可拨打 12315 热线，或通过全国",
        "12315 平台进行投诉。",
        "“办卡容易退卡难”",
        "在走访中，记者以顾客身份咨询了城区",
        "8 家美容美发店。几乎每家店的店员都",
        "会极力推荐充值办卡：“充 3000 送 800”",
        "“办年卡送护理套餐”。但当记者问及",
        "中途能否退卡时，多数店员表示“原则",
        "上不退”，少数表示可以退，但要扣除",
        "赠送金额和 20%的手续费。",
    ]
    pg = newsseg.split(page(*lines))
    texts = [p for a in pg.articles for p in a.paragraphs] + [a.headline.text for a in pg.articles if a.headline]
    assert "“办卡容易退卡难”" in texts
    assert any(p.startswith("在走访中，记者以顾客身份") for p in texts)


def test_the_papers_invitation_to_scan_its_code_at_the_foot_is_furniture() -> None:
    # a line of its own, as the hotline over it is: neither runs on into the other
    text = page(
        "东岭日报",
        "2025年4月29日 星期二",
        column(WHARF, 16),
        "东岭港三号客运码头",
        "正式启用",
        "本报消费维权热线：0593-88120315",
        "扫码参与“3·15”网上投诉",
    )
    pg = newsseg.split(text)
    assert [list(a.paragraphs) for a in pg.articles] == [WHARF]
    assert [r.text for r in pg.residue][-2:] == ["本报消费维权热线：0593-88120315", "扫码参与“3·15”网上投诉"]


def test_list_items_in_a_box_narrower_than_the_story_above_run_on_to_their_ends() -> None:
    # a box of briefs under a title set upright, each item's lines as wide as the box (not the story above it);
    # and a line that stops on a conjunction (…表示感謝，並) goes on below, a heading never ends so
    lines = [
        "林德祥先生的長子林志豪代表家屬",
        "致答謝辭，感謝各界人士的關懷和",
        "悼念。",
        "僑",
        "社",
        "簡",
        "訊",
        "△泰國鳳岡同鄉會定於本",
        "月 18 日上午舉行會員子女",
        "獎學金頒發儀式，請獲獎",
        "學生準時出席。",
        "△泰華書法學會第十二屆",
        "會員作品展即日起至月底",
        "在會址展出，歡迎各界人",
        "士蒞臨參觀。",
        "東嶺同鄉會捐贈醫療設備",
        "【本報訊】泰國東嶺同鄉會日前",
        "向曼谷近郊一所公立醫院捐贈血",
        "液透析機兩台及病床二十張，總",
        "值約一百八十萬銖。",
        "同鄉會理事長嚴永安表示，近年",
        "來當地腎病患者增多，醫院透析",
        "設備長期不足，不少病人要排隊",
        "等候。同鄉會理事們得知情況後",
        "踴躍捐款，盡一分心力。",
        "院長在接受捐贈時表示感謝，並",
        "向同鄉會頒發感謝狀。",
    ]
    pg = newsseg.split(page(*lines))
    texts = [p for a in pg.articles for p in a.paragraphs]
    assert "△泰國鳳岡同鄉會定於本月18日上午舉行會員子女獎學金頒發儀式，請獲獎學生準時出席。" in texts
    assert "院長在接受捐贈時表示感謝，並向同鄉會頒發感謝狀。" in texts


def test_a_list_items_line_that_stops_on_a_leaning_word_or_fills_its_line_runs_on() -> None:
    # ■「潮聲」青年攝影展：即 / 日起至…: 即 leans on the next word; ▲国道329线梅溪段道路改造 / 施工，货车请绕行。:
    # a full line onto the short tail that ends the item
    texts = [
        p
        for a in newsseg.split(
            page(
                *[
                    "簡鳳儀謝幕時表示，粵劇要傳承",
                    "下去，必須讓年輕人有機會站上",
                    "大舞台，「我們老一輩做綠葉，",
                    "扶一扶他們就好。」",
                    "■「潮聲」青年攝影展：即",
                    "日起至 11 月 5 日，北岸文化",
                    "中心展覽廳，免費入場，歡",
                    "迎參觀。",
                    "■講座「香江舊戲院的故事」：",
                    "10 月 28 日下午 3 時，中央圖",
                    "書館演講廳，須網上登記，",
                    "名額有限。",
                    "■室樂音樂會「秋之弦」：",
                    "11 月 2 日晚 8 時，灣畔劇院演",
                    "奏廳，門票已發售。",
                ]
            )
        ).articles
        for p in a.paragraphs
    ]
    assert "■「潮聲」青年攝影展：即日起至11月5日，北岸文化中心展覽廳，免費入場，歡迎參觀。" in texts
    texts = [
        p
        for a in newsseg.split(
            page(
                *[
                    "根据往年数据分析，5 月 1 日上午 8 时",
                    "至 12 时、5 月 5 日下午 14 时至 20 时将是",
                    "出行最集中的时段。东陵绕城高速、",
                    "S36 东环高速、G2015 沿江高速等路段",
                    "以及各主要旅游景区周边道路车流量",
                    "较大，可能出现缓行。",
                    "路况提示",
                    "▲S36 东环高速青岭至湖口段",
                    "因桥梁维修，5 月 1 日至 3 日实",
                    "行单幅双向通行，过往车辆请",
                    "减速慢行。",
                    "▲G2015 沿江高速新港枢纽往",
                    "东陵方向匝道临时封闭，车辆",
                    "可绕行西塘收费站。",
                    "▲国道 329 线梅溪段道路改造",
                    "施工，货车请绕行。",
                    "服务区“一位难求”将有缓解",
                    "针对往年假期服务区充电排队时间长",
                    "的问题，今年全省新增高速服务区充",
                    "电桩 420 个，并在 11 对重点服务区投",
                    "放移动充电车。省交通运输厅提醒，",
                    "驾驶新能源汽车出行的市民应提前规",
                    "划路线，尽量错峰充电。",
                    "假期期间，7 座以下小型客车继续免",
                    "收高速公路通行费，免费时段以车辆",
                    "驶离出口收费站的时间为准。",
                ]
            )
        ).articles
        for p in a.paragraphs
    ]
    assert "▲国道329线梅溪段道路改造施工，货车请绕行。" in texts


def test_an_advertisers_wares_right_under_its_hotline_are_furniture() -> None:
    # 地產專線 604-270-8833 / 專營列治文、本拿比住宅買賣 (a list of the districts served, its 、 and all) over the
    # titles at the foot: none of them
    housing = [
        "【綜合報道】卑詩省政府週二宣布，將於未來三年增撥一億兩千萬元，在低陸平原興建約八百個可負擔長者公寓單位。",
        "省府表示，新單位租金將與住戶收入掛鈎，主要供年收入較低的獨居長者申請。",
    ]
    text = page(
        "加西華聲報",
        "2024年5月15日 星期三",
        column(housing, 14),
        "地產專線 604-270-8833",
        "專營列治文、本拿比住宅買賣",
        "省府增撥資金",
        "興建可負擔長者公寓",
    )
    pg = newsseg.split(text)
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "省府增撥資金興建可負擔長者公寓"
    assert "專營列治文、本拿比住宅買賣" in [r.text for r in pg.residue]


# --- fifteenth round: a listings box, foot headlines, the desk's credit, photo credits, small ads, issue numbers --
COMMUNITY_KITCHEN = [
    "本报讯（记者 温晴）6月3日，桂川市第一座社区共享厨房在西河街道开张。居民只需扫码预约，就能借用灶台和厨具。",
    "街道负责人介绍，共享厨房由闲置仓库改建，配有消毒柜和烘焙设备，今后还将开设面点课程。",
]
DROWNING_SIGNS = [
    "本报讯（记者 曹宁）连日来，桂川市开展夏季防溺水安全宣传，在河道沿线新设警示牌三百余块。",
    "市教育局提醒家长，暑期要看管好孩子，不要让孩子私自到江河湖塘游泳。",
]


def test_todays_programmes_with_their_repeat_notes_and_the_listings_note_are_furniture() -> None:
    # a listings box labelled just 今日节目, a slot closed by its note in brackets (（重播）, （首播）), and the
    # listings' own note under the slots (节目如有变动…): the page's, neither story's nor a headline's
    listings = ["今日节目", "桂川卫视", "07:00 早安桂川", "19:30 电视剧：青瓦巷（重播）", "都市频道"]
    listings += ["18:00 城事直通车", "22:30 新声夜航（首播）", "节目如有变动以电视台播出为准"]
    text = page(
        "桂川晚报",
        "2024年6月4日 星期二",
        "社区共享厨房开张",
        column(COMMUNITY_KITCHEN, 16),
        *listings,
        "防溺水警示牌上岗",
        column(DROWNING_SIGNS, 16),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [COMMUNITY_KITCHEN, DROWNING_SIGNS]
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["社区共享厨房开张", "防溺水警示牌上岗"]
    residue = "".join("".join(r.text.split()) for r in pg.residue)
    assert "".join("".join(x.split()) for x in listings) in residue


def test_headlines_dumped_at_the_foot_under_a_last_line_as_wide_as_they_are_do_not_join_it() -> None:
    # pdftotext -raw leaves a story's headline at the page's foot, under the last story; here that story's last
    # line fills its narrow column and ends a sentence, and the foot lines, with no mark at all down to the
    # editor's line, are as wide: the measure they set is the column's, yet they are headlines, not more text
    singer = [
        "本报讯（记者 贺朗）10月12日晚，音乐选秀节目《晚风歌会》第三季在鹭城落下帷幕，00后歌手钟岚凭一首原创民谣"
        "夺得冠军。",
        "钟岚来自滇南一个小山村，十二岁开始自学吉他。她说，希望用歌声把家乡的山水唱给更多人听。",
    ]
    rainforest = [
        "纪录片《雨林深处》下周六开播。摄制组历时两年，跟拍护林员穿越热带雨林，记录亚洲象迁徙的全过程。",
        "节目共六集，讲述护林员与野象相伴的日常，以及他们在暴雨中穿林的经历。每周六晚上播出。",
    ]
    last_column = column(rainforest, 11)
    assert cells(last_column[-1]) == 11  # (the last line fills the column)
    text = page(
        "鹭城晚报",
        "2024年10月14日 星期一",
        column(singer, 11),
        "护林员的雨林日记",
        last_column,
        "《晚风歌会》第三季收官",
        "00后歌手钟岚夺冠",
        "责任编辑：彭一帆",
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [singer, rainforest]
    contest, documentary = pg.articles
    assert contest.headline is not None
    assert contest.headline.text.replace(" ", "") == "《晚风歌会》第三季收官00后歌手钟岚夺冠"
    assert documentary.headline is not None and documentary.headline.text == "护林员的雨林日记"


FOOTBRIDGE = [
    "本报讯（记者 严楠）9月2日，横跨白鹭河的沙洲人行桥正式通车。大桥全长四百二十米，桥面设有观景平台和自行车道。",
    "附近居民表示，过去到对岸菜市场要绕行三公里，现在步行十分钟就到了。",
]


@pytest.mark.parametrize("credit", ["编辑：骆 晴", "編輯：骆晴"])
def test_the_desks_credit_on_the_pages_last_line_is_furniture_and_the_foot_headline_still_heads_its_story(
    credit: str,
) -> None:
    # 编辑：某某 with nothing under it but the page's end is the desk's, not the last story's closing line: the
    # headline printed at the foot over it is still that story's
    pg = newsseg.split(
        page("白鹭日报", "2024年9月3日 星期二", column(FOOTBRIDGE, 16), "沙洲人行桥通车", "两岸居民往来更便捷", credit)
    )
    (article,) = pg.articles
    assert list(article.paragraphs) == FOOTBRIDGE
    assert article.headline is not None and article.headline.text == "沙洲人行桥通车两岸居民往来更便捷"
    assert "".join(pg.residue[-1].text.split()) == "".join(credit.split())


@pytest.mark.parametrize(
    ("caption", "credit"), [("消防員在天台灌救。", "（圖：消防處提供）"), ("消防员在天台灌救。", "（图：严子航）")]
)
def test_a_bracketed_photo_credit_with_its_role_closes_the_one_sentence_caption_above_it(
    caption: str, credit: str
) -> None:
    # （圖：…提供）, （图：某某） on a line of its own under a caption of one sentence set inside the story: the
    # two are one caption of the story, and the story's text goes on around them
    fire = [
        "本報訊 柳灣區一間舊式唐樓昨晚發生火警，消防員接報後五分鐘趕到，疏散住客三十餘人，火勢於一小時後被撲滅。",
        "消防處發言人表示，起火原因初步相信與電線老化有關，事件中無人受傷。",
    ]
    text = page(
        "港灣日報",
        "2024年11月5日 星期二",
        "柳灣唐樓火警",
        "三十餘住客疏散",
        column(fire[:1], 16),
        caption,
        credit,
        column(fire[1:], 16),
    )
    (article,) = newsseg.split(text).articles
    assert list(article.paragraphs) == fire
    assert list(article.captions) == [caption + credit]


@pytest.mark.parametrize(
    "ad",
    [
        ["吉屋出售", "大山腳花園雙層排屋", "四房三廁 售價可議", "意者請電：016-8891234"],
        ["旺鋪出租", "新街場路底層店屋", "適合經營餐飲", "意者請電：012-5573308"],
    ],
)
def test_a_small_ad_for_a_house_or_a_shop_closed_by_its_number_to_call_is_furniture(ad: list[str]) -> None:
    # 吉屋出售 / 旺鋪出租 … 意者請電：…: the advertisement's label, its lines and its number (意者, no 有) between
    # two stories, no part of the one above nor a headline of the one below
    market = [
        "【本報訊】檳城州政府昨日宣布，喬治市舊巴剎翻新工程將於下月動工，預計明年中完成，期間攤販將暫遷至附近停車場營業。",
        "州行政議員表示，翻新後的巴剎將增設冷氣美食區及公共廁所，攤位租金維持不變。",
    ]
    school = [
        "【本報訊】大山腳一所華文小學昨日舉辦校慶晚宴，校友及家長共捐得六十餘萬令吉，作為興建新禮堂的基金。",
        "董事長表示，新禮堂可容納八百人，預計兩年內落成。",
    ]
    text = page(
        "北馬日報",
        "2024年7月9日 星期二",
        "喬治市舊巴剎下月翻新",
        column(market, 16),
        *ad,
        "華小校慶籌得六十萬",
        column(school, 16),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [market, school]
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "喬治市舊巴剎下月翻新",
        "華小校慶籌得六十萬",
    ]
    assert [r.text for r in pg.residue][-len(ad) :] == ad


TEA_FAIR = [
    "本报讯（记者 芦苇）4月28日，第六届松溪春茶开采节在云雾村举行。来自周边县市的两百多家茶商到场洽谈，现场签约金额"
    "三千余万元。",
    "松溪县茶叶协会负责人介绍，今年春茶产量较去年增长一成，品质普遍较好。",
]


@pytest.mark.parametrize("dated", ["2024年5月1日 星期三 第1358期", "2024年5月1日 星期三 总第6021期"])
def test_a_masthead_date_ending_on_the_issue_number_is_furniture(dated: str) -> None:
    # a trade paper's date line closed by its issue's number: the masthead's, not the first story's title
    from newsseg.repair import is_furniture

    pg = newsseg.split(page("松溪茶讯", dated, "松溪春茶开采节举行", column(TEA_FAIR, 16)))
    (article,) = pg.articles
    assert article.headline is not None and (article.headline.kicker, article.headline.title) == (
        None,
        "松溪春茶开采节举行",
    )
    assert [r.text for r in pg.residue] == ["松溪茶讯", dated]
    assert is_furniture(dated)


def test_a_section_named_in_two_parts_about_a_middle_dot_with_its_page_number_is_masthead_furniture() -> None:
    # 随笔·杂文 4 among the masthead lines: the page's section and number, not the first essay's kicker
    essay = [
        "老家门前有一棵皂角树，据说是曾祖父年轻时种下的。每到秋天，树上挂满了弯弯的皂角，像一把把小镰刀。",
        "小时候，母亲常摘下皂角，捣碎了泡在水里洗衣裳。那股淡淡的清香，至今还留在我的记忆里。",
    ]
    pg = newsseg.split(
        page("清河晚报", "2024年6月15日 星期六", "随笔·杂文 4", "门前的皂角树", "□ 宋知秋", column(essay, 16))
    )
    (article,) = pg.articles
    assert article.headline is not None and (article.headline.kicker, article.headline.title) == (None, "门前的皂角树")
    assert "".join(pg.residue[-1].text.split()) == "随笔·杂文4"


@pytest.mark.parametrize(
    "mailbox", ["本版邮箱：qhwb_fukan@163.com", "本刊邮箱：hezhou@126.com", "本版信箱：xiaocao@qq.com"]
)
def test_the_pages_own_mailbox_after_a_finished_paragraph_is_furniture(mailbox: str) -> None:
    # 本版邮箱：… on a line of its own between two essays: the page's address, not a line of the next title
    essay = [
        "老家门前有一棵皂角树，据说是曾祖父年轻时种下的。每到秋天，树上挂满了弯弯的皂角，像一把把小镰刀。",
        "小时候，母亲常摘下皂角，捣碎了泡在水里洗衣裳。那股淡淡的清香，至今还留在我的记忆里。",
    ]
    text = page(
        "清河晚报",
        "2024年6月15日 星期六",
        "门前的皂角树",
        "□ 宋知秋",
        column(essay, 16),
        mailbox,
        "一条老街的记忆",
        "□ 方远",
        column(OPINION, 16),
    )
    pg = newsseg.split(text)
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["门前的皂角树", "一条老街的记忆"]
    assert [r.text for r in pg.residue] == ["清河晚报", "2024年6月15日 星期六", mailbox]


def test_a_notices_title_ending_on_its_kind_short_of_the_column_stands_over_the_notice() -> None:
    # “小小河长”招募启事: a line short of the column, no mark in it, ending on what it is, over the notice's text
    # set flush left: the notice's title, not the first words of its first paragraph
    notice = [
        "为迎接建市七十周年，本报即日起面向全市中小学生招募“小小河长”，每周末随河长巡河一次，记录河道变化。",
        "报名请注明姓名、学校、班级和联系电话，名额有限，报满为止。",
    ]
    pg = newsseg.split(page(column(RIVER, 16), "“小小河长”招募启事", column(notice, 16, indent="none")))
    assert paragraphs_of(pg) == [RIVER, notice]
    assert pg.articles[-1].headline is not None and pg.articles[-1].headline.title == "“小小河长”招募启事"


def test_a_timetable_box_of_day_rows_under_its_label_and_over_its_booking_line_is_furniture() -> None:
    # 本周专家门诊安排 over rows that each open on a day and its half, then fields set apart (周一上午 心内科 某某
    # 主任医师), three at least, and the line to book under them (预约电话：…): the page's box, not the end of the
    # story it sits after nor a headline of the next
    clinic = [
        "本报讯（记者 邬晴）为方便群众就近看上专家号，临海市第二人民医院从本月起在东城社区卫生服务中心开设专家门诊，"
        "每周六个半天轮流坐诊。",
        "医院负责人介绍，坐诊专家均为副主任医师以上职称，居民可通过电话或微信公众号提前预约。",
    ]
    market = [
        "本报讯（记者 费扬）6月20日，临海市夜间消费集市在滨江公园开市。集市设有摊位一百二十个，以本地小吃和文创产品"
        "为主。",
        "据悉，集市每周五至周日晚上开放，将持续到十月底。",
    ]
    box = [
        "本周专家门诊安排",
        "周一上午 心内科 柏振华 主任医师",
        "周二下午 内分泌科 危敏 副主任医师",
        "周四上午 骨科 龚卫东 主任医师",
        "周五下午 儿科 苗小禾 副主任医师",
        "预约电话：0576-83260120",
    ]
    text = page(
        "临海日报",
        "2024年6月21日 星期五",
        "市二医院专家进社区坐诊",
        column(clinic, 16),
        *box,
        "夜间消费集市开市",
        column(market, 16),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [clinic, market]
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "市二医院专家进社区坐诊",
        "夜间消费集市开市",
    ]
    assert [r.text for r in pg.residue][-len(box) :] == box


def test_items_counted_in_turn_each_closed_by_a_semicolon_on_a_short_line_are_a_paragraph_each() -> None:
    # 一是…为宜； / 二是…滤网； / 三是…: each item ends on its semicolon on a line short of the column and the next
    # opens on its count (二是, 三是): the items are set as paragraphs, not run on into one
    advice = [
        "本报讯（记者 晏秋）入伏以来，澄州持续高温，市疾控中心提醒市民科学使用空调，预防“空调病”。",
        "专家给出三点建议：一是室内外温差不宜过大，空调温度以26℃为宜；",
        "二是每隔两三个小时开窗通风，定期清洗滤网；",
        "三是老人和儿童不要对着空调出风口久坐，睡觉时注意盖好腹部。",
    ]
    assert only_article(page("澄州晚报", "2024年7月16日 星期二", "高温天用空调有讲究", column(advice, 16))) == advice


@pytest.mark.parametrize(
    "note",
    ["内部资料 免费交流 准印证号：澜内资准字第0217号", "主办：澜沧机械集团有限公司 准印证号：澜内资准字第0217号"],
)
def test_an_in_house_papers_printing_permit_at_the_foot_is_furniture_not_a_line_of_the_foot_headline(note: str) -> None:
    # an in-house paper prints at its foot that it circulates inside only, with its printing permit (内部资料 免费
    # 交流 准印证号：…, or any line with 准印证号：): the paper's, not the title the extraction left over it
    contest = [
        "本月12日，公司在澜沧基地举办第三届职工技能比武，来自八个车间的六十名选手同台竞技，比拼焊接、数控车削等五个项目。",
        "经过两天角逐，二车间钳工组获团体第一名。公司工会负责人说，技能比武为青年职工搭建了成长的舞台。",
    ]
    pg = newsseg.split(page("澜沧机械报", "2024年5月20日 星期一", column(contest, 16), "职工技能比武展风采", note))
    (article,) = pg.articles
    assert list(article.paragraphs) == contest
    assert article.headline is not None and (article.headline.kicker, article.headline.title) == (
        None,
        "职工技能比武展风采",
    )
    assert [r.text for r in pg.residue] == ["澜沧机械报", "2024年5月20日 星期一", note]


def test_a_series_label_ending_on_its_plan_and_a_reporters_inquiry_label_are_kickers_over_their_titles() -> None:
    # 教师节特别策划 (a series' label ending 策划) and 记者调查 (记者走访, 记者探访: the reporter went to see) alone on
    # their lines over a title: each the kicker of the title under it, neither run into that title nor left to
    # the masthead above it
    rent = [
        "本报讯（记者 蓝屿）近日，不少市民向本报反映，城西一些小区的群租房隔断过密，楼道堆满杂物，存在消防隐患。",
        "在锦华苑一套九十平方米的住房里，记者看到客厅被隔成了四个小间，每间只放得下一张床，月租金六百元。",
    ]
    teacher = [
        "在山区教书的第二十六个年头，滕秀兰依然每天清晨六点走进教室。学校只有四十多个孩子，她教语文，也教音乐和美术。",
        "“孩子们走出大山，就是我最大的心愿。”她说，这些年，她教过的学生已有三十多人考上了大学。",
    ]
    text = page(
        "西陵晚报",
        "2024年9月10日 星期二",
        "记者调查",
        "城西群租房",
        "隔断过密隐患多",
        column(rent, 16),
        "教师节特别策划",
        "山村讲台二十六年",
        column(teacher, 16),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [rent, teacher]
    heads = [(a.headline.kicker, a.headline.title) if a.headline else None for a in pg.articles]
    assert heads == [("记者调查", "城西群租房隔断过密隐患多"), ("教师节特别策划", "山村讲台二十六年")]
    assert [r.text for r in pg.residue] == ["西陵晚报", "2024年9月10日 星期二"]


@pytest.mark.parametrize("width", [13, 18, 20])
def test_the_date_that_signs_a_notice_at_the_foot_stands_on_its_own_line_under_the_issuer(width: int) -> None:
    # 特此通知。 / 桐城市自来水有限公司 / 2024年6月14日 at the page's foot: the signature's own short lines set the
    # measure there, so the issuer looks full against it and the date only a little short; the date still signs
    # the notice on a line of its own, not the rest of the issuer's line
    notice = [
        "因城东加压泵站设备检修，6月16日8时至20时，青檀路、桂馥路沿线及周边小区将暂停供水，请广大用户提前做好储水准备。",
        "恢复供水初期水质可能出现浑浊，请用户放水片刻后再使用。由此给您带来的不便，敬请谅解。",
    ]
    signature = ["特此通知。", "桐城市自来水有限公司", "2024年6月14日"]
    pg = newsseg.split(page("桐城晚报", "2024年6月14日 星期五", "停水通知", column(notice, width), *signature))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.title == "停水通知"
    assert list(article.paragraphs) == [*notice, *signature]


def test_a_title_in_phrases_that_opens_on_internal_material_is_no_in_house_papers_note() -> None:
    # 内部资料 岂能随手外传 heads a story; only 内部资料 over its notice (免费交流, 注意保存) or the printing permit
    # (准印证号：…) is the in-house paper's furniture
    leak = [
        "本报讯（记者 严朗）近日，某公司一名员工将单位内部资料拍照发到网上，被公司起诉。"
        "法院审理后判决其赔偿损失两万元。",
        "法官提醒，职工应当遵守保密义务，不得擅自对外泄露单位的经营信息。",
    ]
    pg = newsseg.split(
        page("澜沧法治报", "2024年5月20日 星期一", column(RIVER, 16), "内部资料 岂能随手外传", column(leak, 16))
    )
    assert pg.articles[-1].headline is not None and pg.articles[-1].headline.title == "内部资料 岂能随手外传"
    assert list(pg.articles[-1].paragraphs) == leak


def test_a_box_of_prices_under_its_label_is_furniture_and_the_upright_title_after_it_heads_its_story() -> None:
    # 今日蔬果批發行情（元／公斤） / 高麗菜 18.5 青江菜 22.0 / …: rows of goods each with its price, two to a row,
    # under the box's label, then a title set upright one character a line over a dated story: the box is the
    # page's, no part of the title
    prices = ["今日蔬果批發行情（元／公斤）", "高麗菜 18.5 青江菜 22.0", "木瓜 24.3 番茄 31.6"]
    rain = ["（中央社台北17日電）受梅雨鋒面影響，中南部連日豪雨，農業部門今天統計，農業損失金額達新台幣1億元。"]
    bananas = ["〔記者蔡家瑜／嘉義報導〕嘉義縣香蕉近期產量大增，產地價格每公斤跌至8元左右，蕉農直呼賣的錢不夠付工錢。"]
    pg = newsseg.split(page(column(rain, 16), *prices, *"蕉價跌破每公斤8元", column(bananas, 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [rain, bananas]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == "蕉價跌破每公斤8元"
    residue = "".join("".join(r.text.split()) for r in pg.residue)
    assert all("".join(row.split()) in residue for row in prices)


def test_a_title_over_its_dashed_subtitle_after_a_full_stop_is_no_piece_of_the_line_above() -> None:
    # …业的舞台。 / “妈妈岗”让她们家门口就业 / ——我市推进灵活就业岗位建设见闻 / 本报记者 某某: the short last line
    # and the title opening on a quote fill the column together, but a title stands over its dashed subtitle and
    # its byline, no piece of a printed line pdftotext -raw cut at the quote
    lead = [
        "本报讯（记者 温晴）市妇联主席骆琴在讲话中说，各级妇联组织要围绕乡村振兴和基层治理，"
        "为广大妇女搭建干事创业的舞台。"
    ]
    feature = ["早上8点半，送完孩子上学的谢丽娟走进社区旁的一家服装加工厂，换上工作服，坐到缝纫机前。"]
    lines = column(lead, 18)
    assert cells(lines[-1]) + cells("“妈妈岗”让她们家门口就业") == 18  # (the two would fill one printed line)
    text = page(
        lines, "“妈妈岗”让她们家门口就业", "——我市推进灵活就业岗位建设见闻", "本报记者 甘小荷", column(feature, 16)
    )
    pg = newsseg.split(text)
    assert list(pg.articles[0].paragraphs) == lead
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == "“妈妈岗”让她们家门口就业"


@pytest.mark.parametrize("section", ["科室动态", "巾帼风采"])
def test_the_pages_section_alone_under_the_masthead_is_furniture_not_the_lead_storys_kicker(section: str) -> None:
    # a page's section named as sections are (…动态, …风采, …视窗), alone on its line right under the masthead:
    # the page's, not the lead story's kicker
    pg = newsseg.split(
        page("宁川二院报", "2024年5月15日 星期三 2", section, "心内科成功开展首例", "左心耳封堵术", column(RIVER, 16))
    )
    (article,) = pg.articles
    assert article.headline is not None and article.headline.kicker is None
    assert section in [r.text for r in pg.residue]


# --- sixteenth round: tables of figures, a box's title over counted items, report lines, a box of briefs' title --
LEAFY_GREENS = [
    "本报讯（记者 程皓）受连日阴雨影响，本周峪州市场叶菜价格明显上涨，菠菜、油麦菜每公斤涨了一元左右。",
    "市场负责人表示，随着天气转晴，下周叶菜上市量将逐步增加，价格有望回落。",
]
SWIMMING_HALL = [
    "本报讯（记者 甄蓓）6月8日，峪州市东湖游泳馆完成改造重新开放。馆内新增儿童戏水池，泳池水温常年保持在二十七度。",
    "据介绍，游泳馆暑期每天开放十二个小时，学生凭证件可享半价优惠。",
]


def test_a_table_of_figures_with_its_label_unit_head_row_and_source_after_a_story_is_furniture() -> None:
    # 本周蔬菜批发均价 / （单位：元/公斤） / 品名 本周 上周 涨跌 / rows of a name and its figures or a rise or
    # fall mark (菠菜 6.40 5.40 ↑, 大白菜 1.80 1.80 —) / 数据来源：…: the page's table, no paragraph of the story
    # it follows, and the next story's title and text stay whole under it
    table = [
        "本周蔬菜批发均价",
        "（单位：元/公斤）",
        "品名 本周 上周 涨跌",
        "菠菜 6.40 5.40 ↑",
        "油麦菜 5.20 4.30 ↑",
        "大白菜 1.80 1.80 —",
        "土豆 2.60 2.80 ↓",
        "数据来源：峪州农产品批发市场",
    ]
    text = page(
        "峪州晚报",
        "2024年6月9日 星期日",
        "叶菜价格小幅上涨",
        column(LEAFY_GREENS, 16),
        *table,
        "东湖游泳馆重新开放",
        column(SWIMMING_HALL, 16),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [LEAFY_GREENS, SWIMMING_HALL]
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["叶菜价格小幅上涨", "东湖游泳馆重新开放"]
    residue = ["".join(r.text.split()) for r in pg.residue]
    assert residue[-len(table) :] == ["".join(line.split()) for line in table]


@pytest.mark.parametrize(
    "items",
    [
        [
            "一看瓜纹。纹路清晰、颜色深绿的西瓜多半成熟得好。",
            "二听声音。用手轻拍瓜身，声音沉闷的多为熟瓜。",
            "三摸瓜皮。瓜皮光滑发硬的，说明瓜已熟透。",
        ],
        [
            "一是看瓜纹，纹路清晰、颜色深绿的西瓜多半成熟得好。",
            "二是听声音，用手轻拍瓜身，声音沉闷的多为熟瓜。",
            "三是摸瓜皮，瓜皮光滑发硬的，说明瓜已熟透。",
        ],
    ],
)
def test_a_short_line_holding_a_comma_over_the_first_of_counted_items_is_the_boxs_title(items: list[str]) -> None:
    # 小贴士 / 挑选西瓜，看纹听声摸皮 / 一看瓜纹。… (or 一是…): a line short of the column that closes no sentence,
    # comma and all, right over the first of items counted in turn stands on its own line: the box's title under
    # its label, and each item a paragraph of the box, not the title run into the first item
    melons = [
        "本报讯（记者 邰宁）入夏以来，苍梧市各大农贸市场西瓜大量上市，本地沙地西瓜每公斤卖到三元左右，"
        "比上月便宜了一半。",
        "瓜农表示，今年雨水适中，西瓜个大、皮薄、糖分足，预计销售将持续到八月中旬。",
    ]
    title = "挑选西瓜，看纹听声摸皮"
    assert cells(title) == 11  # (five cells short of the column)
    text = page(
        "苍梧晚报", "2024年7月2日 星期二", "沙地西瓜大量上市", column(melons, 16), "小贴士", title, column(items, 16)
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [melons, items]
    tip = pg.articles[1]
    assert tip.headline is not None and (tip.headline.kicker, tip.headline.title) == ("小贴士", title)


@pytest.mark.parametrize("line", ["价格举报电话：12315", "投诉电话：0317-2156789"])
def test_a_line_to_report_or_complain_to_as_the_pages_last_line_is_furniture(line: str) -> None:
    # 价格举报电话：12315 / 投诉电话：… alone on the page's last line, under a finished paragraph: the page's, like a
    # hotline (…热线：…), not the last paragraph of the story above it
    checks = [
        "本报讯（记者 俞帆）端午节临近，槐安市市场监管局开展粽子等节令食品专项检查，重点查处哄抬价格、缺斤短两等行为。",
        "市场监管局提醒消费者，购买节令食品时要索要票据，节日期间将加大巡查频次。",
    ]
    pg = newsseg.split(page("槐安日报", "2024年6月5日 星期三", "节令食品价格专项检查启动", column(checks, 16), line))
    (article,) = pg.articles
    assert list(article.paragraphs) == checks
    assert [r.text for r in pg.residue][-1] == line


@pytest.mark.parametrize("label", ["社区简讯", "街道快讯"])
def test_the_first_items_title_under_a_box_of_briefs_label_heads_its_own_piece(label: str) -> None:
    # 社区简讯 (…快讯) over 北湖街道邻里美食节开幕, a line without a mark three cells short of the column, over a
    # full line of the item's text set flush left: the first item's title, a piece of its own, not run into its
    # text and that text merged into the story above the box
    lift = [
        "本报讯（记者 鲁晴）6月12日，柘城市第二批老旧小区加装电梯项目集中开工，涉及十四个小区的六十三部电梯，"
        "年底前全部投入使用。",
        "市住建局负责人介绍，加装电梯由政府补贴一半费用，其余部分由业主按楼层分摊。",
    ]
    food_fair = ["柘城市北湖街道首届邻里美食节将于本周六在北湖公园举行，三十多户居民将现场展示拿手家常菜。"]
    evening_school = ["西塘社区老年大学秋季班开始报名，今年新开设书法、葫芦丝和智能手机三门课程，每班限招三十人。"]
    assert cells("北湖街道邻里美食节开幕") == 11  # (of a column of 14)
    text = page(
        "柘城晚报",
        "2024年6月13日 星期四",
        "老旧小区加装电梯集中开工",
        column(lift, 14),
        label,
        "北湖街道邻里美食节开幕",
        column(food_fair, 14, indent="none"),
        "西塘老年大学秋季招生",
        column(evening_school, 14, indent="none"),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [lift, food_fair, evening_school]
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "老旧小区加装电梯集中开工",
        "北湖街道邻里美食节开幕",
        "西塘老年大学秋季招生",
    ]


# --- seventeenth round: a lottery's draw box, a byline's bracketed post, a developer's advertisement, a number ---
def test_a_lottery_draw_box_set_inside_a_feature_is_furniture_and_the_feature_goes_on_under_it() -> None:
    # 中国体育彩票 / …开奖公告 / 开奖日期：… / 前区 … 后区 … / 奖级 中奖注数 单注奖金（元） / rows of a prize, its
    # winners and its sum / 本期销量：…元 / 奖池滚存：…元: the issuer, the box's title, its fields and its rows of
    # figures are the page's; the feature's text below the box is still the feature's, not a piece of its own
    # headed by the box
    winner = [
        "本报讯（记者 柯远）8月5日晚，家住松溪区的一位彩民在城东一家体彩投注站购买的彩票，命中超级大乐透一等奖。",
        "投注站老板说，这位彩民每期都来买几注，号码多是家人生日组合，坚持了将近十年。",
    ]
    after_box = [
        "据了解，这是今年松溪市第三次开出大乐透头奖。市体彩中心提醒，中奖彩民须在六十天内凭票兑奖，逾期视为弃奖。",
        "体彩中心负责人表示，购彩应量力而行，理性投注。",
    ]
    draw = [
        "中国体育彩票",
        "超级大乐透第24100期开奖公告",
        "开奖日期：2024年8月5日",
        "前区 03 11 18 24 35 后区 02 09",
        "奖级 中奖注数 单注奖金（元）",
        "一等奖 3 10000000",
        "二等奖 95 186420",
        "三等奖 388 10000",
        "本期销量：305,112,480元",
        "奖池滚存：881,442,106.30元",
    ]
    text = page(
        "松溪晚报", "2024年8月6日 星期二", "老彩民十年坚守终圆梦", column(winner, 16), *draw, column(after_box, 16)
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [[*winner, *after_box]]
    assert pg.articles[0].headline is not None and pg.articles[0].headline.title == "老彩民十年坚守终圆梦"
    residue = ["".join(r.text.split()) for r in pg.residue]
    assert residue[-len(draw) :] == ["".join(line.split()) for line in draw]


def test_a_byline_wrapped_inside_the_writers_post_in_brackets_is_the_columns_first_paragraph() -> None:
    # 文：駱家澄（恒譽按揭研究 / 部董事）: a Hong Kong column's byline, the writer's post in brackets after the name,
    # wrapped inside the brackets; it ends where the bracket closes, under the title: neither a title under it
    # nor the first words of the text on the next line
    advice = [
        "近月樓市交投回穩，不少準買家開始入市，但面對息口走勢未明，置業前應先做好供款壓力測試，預留足夠儲備。",
        "以目前按息計算，借款人每月供款不宜超過家庭入息一半，亦要考慮日後加息的可能。",
    ]
    library = ["本報訊 全港公共圖書館由下月起延長開放時間，周末及公眾假期亦會照常開放，方便市民借閱。"]
    byline = ["文：駱家澄（恒譽按揭研究", "部董事）"]
    assert cells(byline[0]) == 12  # (as wide as the column)
    text = page("港島日報", "2024年8月6日 星期二", column(library, 12), "置業先做壓力測試", byline, column(advice, 12))
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [library, ["文：駱家澄（恒譽按揭研究部董事）", *advice]]
    column_piece = pg.articles[1]
    assert column_piece.headline is not None
    assert (column_piece.headline.kicker, column_piece.headline.title, column_piece.headline.subtitle) == (
        None,
        "置業先做壓力測試",
        None,
    )


def test_a_developers_advertisement_with_its_legal_notice_between_two_stories_is_furniture() -> None:
    # 翠嶺‧海頌 示範單位現已開放 / 查詢熱線：… / 賣方資料及價單請參閱一手住宅物業銷售資訊網: a Hong Kong developer's
    # advertisement (its show flat, its hotline, the notice the law asks of it) is the page's, and the story under
    # it is headed by its own title alone, not by the advertisement's lines
    pools = [
        "本報訊 康文署轄下多個泳池將於下月起分階段進行翻新工程，期間暫停開放，市民可前往鄰近泳池使用設施。",
        "署方表示，翻新工程包括更換濾水系統及加建無障礙設施，預計年底前完成。",
    ]
    ferry = [
        "本報訊 來往中環至坪洲的渡輪航線由本月起加密班次，繁忙時段每二十分鐘一班，方便離島居民上班上學。",
        "營辦商表示，新增班次會使用較新的雙體船，航程可縮短約五分鐘。",
    ]
    advert = ["翠嶺‧海頌 示範單位現已開放", "查詢熱線：2566 8013", "賣方資料及價單請參閱一手住宅物業銷售資訊網"]
    text = page(
        "港島日報",
        "2024年8月6日 星期二",
        "多個泳池分階段翻新",
        column(pools, 16),
        *advert,
        "坪洲渡輪加密班次",
        column(ferry, 16),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [pools, ferry]
    assert [
        (a.headline.kicker, a.headline.title, a.headline.subtitle) if a.headline else None for a in pg.articles
    ] == [(None, "多個泳池分階段翻新", None), (None, "坪洲渡輪加密班次", None)]
    assert [r.text for r in pg.residue][-len(advert) :] == advert


def test_a_line_short_of_a_number_gone_down_whole_under_a_byline_is_no_title_where_a_mark_hangs_below() -> None:
    # 兩電日前相繼公布明年電費 / 調整方案，中電淨電價加 / 2.6%，港燈…: the text's first line under the byline, a
    # full line with no mark, over a line a cell short because 2.6% went down whole; a line below that hangs its
    # comma in the margin (加幅均低於今年。加價以後，) is a cell wider than the column, yet the room is read against
    # the column's measure: the first paragraph is one, not its first line a title over the rest
    lines = [
        "兩電日前相繼公布明年電費",
        "調整方案，中電淨電價加",
        "2.6%，港燈則加3.1%，兩者",
        "加幅均低於今年。加價以後，",
        "中電住戶平均每月多付二十",
        "元左右。",
        "環保團體認為電費上調",
        "有助鼓勵節約用電，但政府",
        "應加強支援基層家庭，避免",
        "他們百上加斤。",
    ]
    assert [cells(t) for t in lines[:4]] == [12, 11, 12, 13]
    pg = newsseg.split(page("港島日報", "2024年12月3日 星期二", "明年電費加多少", "文：龐卓言", lines))
    assert paragraphs_of(pg) == [
        [
            "文：龐卓言",
            "兩電日前相繼公布明年電費調整方案，中電淨電價加2.6%，港燈則加3.1%，兩者加幅均低於今年。加價以後，"
            "中電住戶平均每月多付二十元左右。",
            "環保團體認為電費上調有助鼓勵節約用電，但政府應加強支援基層家庭，避免他們百上加斤。",
        ]
    ]
    assert pg.articles[0].headline is not None and pg.articles[0].headline.title == "明年電費加多少"


def test_a_story_naming_the_developers_sales_website_keeps_that_line() -> None:
    # the Hong Kong developer's notice is furniture only as a line of its own (賣方資料及價單請參閱…): a story's
    # sentence that names the website (…應先到一手住宅物業銷售資訊網查閱…) keeps its line
    story = [
        "本報訊 一手住宅物業銷售監管局昨日發出提醒，指近期有新盤在社交平台宣傳時未有清楚列明實用面積，呼籲準買家留意。",
        "監管局發言人表示，準買家置業前，應先到一手住宅物業銷售資訊網查閱樓盤的售樓說明書及價單，切勿單憑廣告作決定。",
        "發言人又指，今年首七個月共接獲投訴二十六宗，較去年同期略為減少。",
    ]
    pg = newsseg.split(page("港島日報", "2024年8月6日 星期二", "監管局提醒留意新盤廣告", column(story, 16)))
    (article,) = pg.articles
    assert list(article.paragraphs) == story


@pytest.mark.parametrize(
    "masthead",
    [
        # the paper's name in the region's other script under its Chinese name (a Tibetan-area daily)
        ["雪域晨报", "གངས་ཅན་ཉིན་རེའི་ཚགས་པར།", "2024年6月9日 星期日 第4版"],
        # the page's section named in two parts about a middle dot, alone on its line under the page's number
        ["江淮农村报", "2024年5月23日 星期四", "A3", "农情·气象"],
        # a page numbered with its section's letter beside a section of any name
        ["工商財經報", "中華民國113年4月11日 星期四", "A12 稅務法務"],
        # the edition's note under the paper's name, and a section named for its news under the date
        ["塔河日报", "（汉文版）", "2024年4月11日 星期四", "综合新闻"],
    ],
)
def test_masthead_lines_over_a_two_line_headline_are_furniture(masthead: list[str]) -> None:
    title, subtitle = "全市河道生态治理推进会议召开", "十二条河道年内完成清淤"
    pg = newsseg.split(page(*masthead, title, subtitle, column(RIVER, 16)))
    (article,) = pg.articles
    assert article.headline is not None and "".join(article.headline.text.split()) == title + subtitle
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(m.split()) for m in masthead]


def test_a_colophon_line_with_the_papers_serial_code_is_furniture() -> None:
    colophon = "主办：中共江北省委党校（江北行政学院） 国内统一连续出版物号 CN 34-0021"
    pg = newsseg.split(page("全市河道生态治理推进会议召开", column(RIVER, 16), colophon))
    (article,) = pg.articles
    assert article.paragraphs == tuple(RIVER)
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(colophon.split())]


def test_a_caption_wrapped_wide_between_a_storys_paragraphs_does_not_cut_the_story() -> None:
    # a photo set inside the column, its caption across it: a clause over the rest of its sentence and the
    # photographer's credit is the caption's text, not display type heading a new piece
    story = [
        "本报讯（记者 格桑曲珍）扎溪县第二完全小学的校园电视台成立于2021年，由学校的3名年轻教师发起，摄像机和"
        "提词器都是用帮扶资金购置的。",
        "两年多来，已有60多名学生轮流当过小主播，她们的普通话水平提高很快，也更敢在人前说话了。",
    ]
    caption = ["6 月 6 日，曲登县热玛乡牧民赶着牦牛", "向夏季牧场转移。 记者 泽仁拉姆 摄"]
    pg = newsseg.split(page("双语课堂里的小主播", column(story[:1], 13), caption, column(story[1:], 13)))
    (article,) = pg.articles
    assert article.paragraphs == tuple(story)
    assert ["".join(c.split()) for c in article.captions] == ["".join("".join(caption).split())]


def test_numbered_section_heads_of_a_commentary_stand_apart_from_their_text() -> None:
    # flush lines, no indent: the head of a numbered section (一 、 as pdftotext spaces it) has no mark at all and
    # ends short of the column, a line or two, over its section's text
    sections = [
        "县域是国民经济的基本单元，是推动高质量发展的重要支撑，培育新动能是各级干部面前的必答题。",
        "一、准确把握县域发展新质生产力的基本逻辑",
        "发展新质生产力并不意味着每个县都要去搞高精尖产业，关键在于用新技术改造提升传统产业。",
        "二、因地制宜找准县域产业的突破口",
        "各县资源禀赋和产业基础差异较大，必须坚持因地制宜、分类施策，农业大县可以围绕精深加工做文章。",
    ]
    lines = [
        *column(sections[:1], 19, indent="none"),
        "一 、准确把握县域发展新质生产力的基本",
        "逻辑",
        *column(sections[2:3], 19, indent="none"),
        "二 、因地制宜找准县域产业的突破口",
        *column(sections[4:], 19, indent="none"),
    ]
    assert paragraphs(page("以新质生产力赋能县域经济", "□ 黎晓冬", lines)) == [["□ 黎晓冬", *sections]]


def test_a_full_line_over_one_short_only_by_its_digits_runs_on() -> None:
    # …最深作业面距地表 / 880 米，地温高… : the digits print wider than counted, so the line below looks indented
    # by a cell and a half; a line filling the column over it is running text, not a title
    lines = [
        "本报讯（通讯员 段文涛） 3 月 30",
        "日，大岩山铜矿深部开拓工程项",
        "目部迎来安全生产第 1000 天。三",
        "年来，项目部累计完成井巷掘进",
        "2.8 万米，竖井延深 420 米，未发",
        "生一起轻伤及以上事故。",
        "深部开拓工程最深作业面距地表",
        "880 米，地温高、地压大，施工",
        "难度居集团之首。项目部推行",
        "“班前安全确认、班中巡回检查 、",
        "班后隐患销号”工作法，实现全",
        "天候管控。",
    ]
    assert paragraphs(page("深部开拓工程安全生产一千天", lines)) == [
        [
            "本报讯（通讯员 段文涛）3月30日，大岩山铜矿深部开拓工程项目部迎来安全生产第1000天。三年来，项目部累计"
            "完成井巷掘进2.8万米，竖井延深420米，未发生一起轻伤及以上事故。",
            "深部开拓工程最深作业面距地表880米，地温高、地压大，施工难度居集团之首。项目部推行“班前安全确认、班中巡回"
            "检查、班后隐患销号”工作法，实现全天候管控。",
        ]
    ]


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("为秋季丰产打好基础。（通讯员 陈光）", True),
        ("计划工期提前16小时。（杨帆）", True),
        ("300余人参加演练。（段文涛 罗军）", True),
        ("希望有关部门尽快修复。（市民 秦先生）", False),  # a reader's signature
        ("與會者會議後合影。（本報攝）", False),  # a photo's credit
        ("! （军营之声）", False),  # an OCR speck before a column's tag
    ],
)
def test_a_briefs_reporters_in_brackets_close_it(line: str, closes: bool) -> None:
    assert repair.closing_credit(line) is closes


BRIEFS = [
    (
        "怀远：石榴进入盛花期",
        "眼下，怀远县18万亩石榴进入盛花期。县农业农村局组织20余名农技人员分片包村，指导果农做好疏花疏果。"
        "（通讯员 陈光）",
    ),
    (
        "金寨：茶园夏管培训进村",
        "5月20日，金寨县茶叶产业发展中心在油坊店乡举办茶园夏季管理培训班，120余名茶农参加培训。（通讯员 余婷婷）",
    ),
    (
        "南陵：稻田综合种养扩至12万亩",
        "今年，南陵县新发展稻虾、稻鳖等稻田综合种养面积1.5万亩，每亩效益比单种水稻高出1500元。（通讯员 汪洋）",
    ),
]


def test_titled_briefs_under_a_letter_spaced_label_are_pieces_of_their_own() -> None:
    # place：what happened on a line of its own, as wide as the column or not, and each brief closed by its reporter
    # in brackets; the box's label is the page's
    lines: list[str] = []
    for title, text in BRIEFS:
        lines += [title, *wrap(text, 13, "none")]
    pg = newsseg.split(page(column(RIVER, 13), "农 事 简 讯", lines))
    # (a credit the wrap cut at its space comes out without it: the line end hides it)
    bare = [["".join(p.split()) for p in a.paragraphs] for a in pg.articles]
    assert bare == [["".join(p.split()) for p in ps] for ps in [RIVER, *[[text] for _, text in BRIEFS]]]
    assert [a.headline.title if a.headline else None for a in pg.articles[1:]] == [t for t, _ in BRIEFS]
    assert "农事简讯" in ["".join(r.text.split()) for r in pg.residue]


def test_a_briefs_label_over_untitled_items_is_the_boxs_title() -> None:
    items = [
        "▲青年联谊会订于本月二十六日上午八时在会所举办免费义诊，欢迎各界人士前往就诊。",
        "▲石澳同乡总会妇女组订于十一月三日举办烹饪班，有意参加者请洽该会秘书处。",
    ]
    pg = newsseg.split(page(column(RIVER, 15), "社团简讯", column(items, 15, indent="none")))
    story, box = pg.articles
    assert list(story.paragraphs) == RIVER
    assert box.headline is not None and box.headline.title == "社团简讯"
    assert list(box.paragraphs) == items


def test_a_briefs_closing_credit_keeps_the_space_between_role_and_names() -> None:
    text = "眼下，怀远县18万亩石榴进入盛花期，县里组织农技人员指导果农疏花疏果。（通讯员 陈光 李芳）"
    pg = newsseg.split(page(column(RIVER, 16), "农事简讯", "怀远：石榴进入盛花期", wrap(text, 16, "none")))
    assert pg.articles[-1].paragraphs == (text,)


@pytest.mark.parametrize(
    "fields",
    ["主办:青城一中团委 学生会   指导教师:许静", "主管：江北省委宣传部 主办：江北日报社"],
)
def test_a_papers_publisher_and_staff_as_fields_under_its_masthead_are_furniture(fields: str) -> None:
    masthead = ["青城市第一中学校报", "2023年6月30日 第4期 第2版"]
    pg = newsseg.split(page(*masthead, fields, "全市河道生态治理推进会议召开", column(RIVER, 16)))
    (article,) = pg.articles
    assert list(article.paragraphs) == RIVER
    assert "".join(fields.split()).replace(":", "：") in ["".join(r.text.split()) for r in pg.residue]


def test_an_events_organisers_inside_a_story_stay_the_storys() -> None:
    # a story names the organisers of an event as fields too: only the masthead's are the page's
    story = [
        "本报讯（记者 周敏）5月3日，第三届江城读书节在市图书馆开幕，本届读书节为期一个月。",
        "主办：市委宣传部 承办：市图书馆",
        "活动期间将举办名家讲座、亲子共读、图书漂流等二十余场活动，市民可免费参加。",
    ]
    pg = newsseg.split(page("江城日报", "2024年5月4日 星期六", "第三届江城读书节开幕", column(story, 16)))
    (article,) = pg.articles
    assert "".join(story[1].split()) in ["".join(p.split()) for p in article.paragraphs]


def test_a_newsletters_masthead_date_with_its_issue_and_its_colophon_at_the_foot_are_furniture() -> None:
    masthead = ["慧林會訊", "二〇二四年五月三十一日 第三一七期"]
    colophon = [
        "督印人：釋智圓 編輯：本刊編輯委員會",
        "地址：九龍慧林大廈三樓 電話：2788 1234",
        "網址：www.huilin.org.hk",
    ]
    pg = newsseg.split(page(*masthead, "全市河道生态治理推进会议召开", column(RIVER, 16), *colophon))
    (article,) = pg.articles
    assert list(article.paragraphs) == RIVER
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(x.split()) for x in [*masthead, *colophon]]


def test_an_invitation_to_scan_behind_the_ocrs_specks_of_the_code_is_furniture() -> None:
    assert repair._QR_PROMPT.match("■■ ■ 扫码关注“锦阳警方”公众号")


def test_a_photo_supplied_by_a_brand_named_in_latin_letters_is_credited() -> None:
    from newsseg.segment import is_caption

    assert is_caption("焦糖色針織衫是今秋必備單品。（MOKA studio提供）")
    # (not a story's material: （部分资料由某某提供）)
    assert not is_caption("据了解，该展览将持续到年底。（部分资料由ABC Gallery提供）")


@pytest.mark.parametrize(
    "box",
    [
        ["各县（市）天气预报", "青湾 多云 -2℃～7℃", "石门 阴 -4℃～5℃", "北川 阴 -5℃～4℃"],
        ["生活气象指数", "穿衣 寒冷 建议着羽绒服、棉衣", "感冒 极易发 注意防寒保暖", "交通 较不利 注意路面结冰"],
        ["近期拍卖预展", "12月3日—5日 迎春拍卖会预展 国际会展中心2号馆", "12月10日 鼎元拍卖 钱币邮品专场 鼎元大厦6楼"],
    ],
)
def test_a_box_of_rows_inside_a_story_is_the_pages(box: list[str]) -> None:
    # a forecast, living indices, a calendar of events: fields set apart, no sentence, under their label
    pg = newsseg.split(page("全市河道生态治理推进会议召开", column(RIVER[:1], 16), box, column(RIVER[1:], 16)))
    (article,) = pg.articles
    assert list(article.paragraphs) == RIVER
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(x.split()) for x in box]


def test_rows_a_story_introduces_stay_in_it() -> None:
    rows = ["青湾 多云 -2℃～7℃", "石门 阴 -4℃～5℃"]
    story = ["本报讯（记者 沈一帆）市气象台昨日发布寒潮预警，各县明日天气预报如下："]
    pg = newsseg.split(page("寒潮来袭", column(story, 16), rows, column(RIVER[1:], 16)))
    assert all(r.text.replace(" ", "") not in [x.replace(" ", "") for x in rows] for r in pg.residue)


def test_a_one_line_caption_across_the_columns_interrupting_a_paragraph_takes_no_line_of_it() -> None:
    lines = [
        "本报讯（通讯员 谢一帆）5月6日，",
        "云岭航空首架新型支线客机在沧",
        "源机场完成验证飞行，标志着该",
        "机型即将投入航线运营。“设备",
        "5月6日，云岭航空新型支线客机在沧源佤山机场进行验证飞行。 谢一帆 摄",
        "状态良好，各项指标达到要求。”",
        "机组负责人说。",
    ]
    pg = newsseg.split(page("云岭航空新机型完成验证飞行", lines))
    (article,) = pg.articles
    assert article.paragraphs == (
        "本报讯（通讯员 谢一帆）5月6日，云岭航空首架新型支线客机在沧源机场完成验证飞行，标志着该机型即将投入航线运营。"
        "“设备状态良好，各项指标达到要求。”机组负责人说。",
    )
    assert ["".join(c.split()) for c in article.captions] == [
        "5月6日，云岭航空新型支线客机在沧源佤山机场进行验证飞行。谢一帆摄"
    ]


# The twentieth batch's rules
def test_a_special_issues_name_and_its_page_number_among_the_masthead_lines_are_furniture() -> None:
    # a special issue runs its name and its own page number (特3) under the paper's name, over the date: the
    # issue's running head, not the kicker or the title of the first story under it
    story = [
        "10月18日上午，青川大学建校一百周年纪念大会在学校体育馆隆重举行，海内外校友三千余人齐聚一堂。",
        "大会回顾了学校百年办学历程。校长郑国平在致辞中说，百年青川将继续扎根西部，培养更多服务地方发展的优秀人才。",
    ]
    masthead = ["青川晚报", "建校百年纪念特刊", "特3", "2024年10月20日"]
    pg = newsseg.split(page(*masthead, "百年青川再启新程", "本报记者 吴晓岚", column(story, 18)))
    (article,) = pg.articles
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.title) == (None, "百年青川再启新程")
    assert [r.text for r in pg.residue] == masthead


def test_items_counted_one_two_three_are_paragraphs_though_an_item_ends_at_the_margin() -> None:
    # flush-left items whose sentence ends right at the margin, over a full line: the next count (二、) opens the
    # next item, not the column going on
    lines = [
        "本报讯（记者 罗文）本周六晚，歌",
        "手林一帆演唱会将在市体育场举行。",
        "市公安局提醒观众注意以下事项：",
        "一、请观众至少提前一小时到达体育",
        "场，请凭电子票从东门检票口入场。",
        "二、场内禁止携带打火机、自拍杆和",
        "玻璃瓶装的饮料，请主动配合安检。",
        "三、演出结束后请听从现场指挥有序",
        "离场，地铁二号线将延长运营至凌晨",
        "一点。",
    ]
    assert {cells(line) for line in lines[3:9]} == {16}
    assert only_article(page("周末演唱会观众须知", lines)) == [
        "本报讯（记者 罗文）本周六晚，歌手林一帆演唱会将在市体育场举行。市公安局提醒观众注意以下事项：",
        "一、请观众至少提前一小时到达体育场，请凭电子票从东门检票口入场。",
        "二、场内禁止携带打火机、自拍杆和玻璃瓶装的饮料，请主动配合安检。",
        "三、演出结束后请听从现场指挥有序离场，地铁二号线将延长运营至凌晨一点。",
    ]


def test_an_overseas_papers_english_name_under_its_chinese_name_and_its_news_section_are_furniture() -> None:
    # an overseas Chinese paper prints its name in English capitals right under the Chinese one (a name that
    # ends on no DAILY or NEWS), and names its page for its news (社区新闻) under the masthead
    story = [
        "枫城华人社区中心日前举办中秋联欢晚会，三百多名华人家庭欢聚一堂，共赏明月、同品月饼。",
        "晚会上，社区合唱团演唱了多首思乡歌曲，青少年舞蹈队表演了扇子舞。中心主任方立群说，希望通过节日活动让下一代"
        "了解中华传统文化。",
    ]
    masthead = ["枫城华声报", "MAPLE CHINESE VOICE", "2024年9月20日 星期五", "社区新闻"]
    pg = newsseg.split(page(*masthead, "华人社区欢度中秋佳节", column(story, 18)))
    (article,) = pg.articles
    assert list(article.paragraphs) == story
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.title) == (None, "华人社区欢度中秋佳节")
    assert [r.text for r in pg.residue] == masthead


def test_a_bulleted_item_filling_its_column_goes_on_over_wider_captions_at_the_foot() -> None:
    # the captions across the columns under the list widen the measure read below its last item: the item's
    # full first line is measured against the list's lines above it, and goes on into its tail
    story = [
        "本报讯（记者 孔珊）10月25日，市青少年宫秋季公益课堂开课，书法、围棋、非洲鼓等十二门课程全部免费向"
        "中小学生开放。",
        "青少年宫负责人介绍，今年秋季班共收到报名申请两千三百余份，通过网上摇号确定了首批八百名学员。",
    ]
    items = [
        "●10月26日上午10时，西湖路社区卫生服务中心开展义诊，为居民免费测血糖、量血压。",
        "●10月27日下午3时，市群众艺术馆举办民乐专场音乐会，演出曲目包括《春江花月夜》等。",
        "●10月29日晚7时30分，市老年大学合唱团金秋音乐会在市民中心大剧院举行，免费入场。",
    ]
    captions = [
        "市青少年宫秋季公益课堂上，孩子们跟着老师学习书写毛笔字。 记者 孔珊 摄",
        "市民在西湖路社区卫生服务中心接受免费健康检查。 通讯员 杨帆 摄",
    ]
    text = page("青少年宫公益课堂开课", column(story, 16), "本周活动预告", column(items, 25, "none"), captions)
    pg = newsseg.split(text)
    assert [p for a in pg.articles for p in a.paragraphs if p.startswith("●")] == items


# The twenty-first batch's rules
def test_a_captions_credit_the_wrap_cut_after_the_full_stop_is_one_caption_with_its_whole_credit() -> None:
    # …出土的青铜鼎。 市 / 博物馆供图: the credit's first word left on the caption's line after the full stop; the
    # line below finishes the credit, and the caption ends there, over the next story's title
    dig = [
        "本报讯（记者 范凯）记者从市文物局获悉，城西战国墓群第二阶段考古发掘日前结束，共清理墓葬二十一座，出土青铜器、"
        "陶器等文物三百余件。",
        "考古专家介绍，其中三号墓出土的一件青铜鼎保存完好，鼎腹内壁铸有铭文十六字，对研究当地古代历史具有重要价值。",
    ]
    bus = [
        "本报讯（记者 童欣）5月20日起，市区新开通的两条夜间公交线路投入运营，末班车时间延长至晚上十一点半。",
        "两条线路途经火车站、人民医院和几个大型居民小区，方便市民夜间出行。",
    ]
    caption = ["考古队员在清理三号墓出土的青铜鼎。 市", "博物馆供图"]
    pg = newsseg.split(
        page("战国墓群出土文物三百余件", column(dig, 16), caption, "两条夜间公交线路开通", column(bus, 16))
    )
    assert paragraphs_of(pg) == [dig, bus]
    assert ["".join(c.split()) for c in pg.articles[0].captions] == ["考古队员在清理三号墓出土的青铜鼎。市博物馆供图"]
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "战国墓群出土文物三百余件",
        "两条夜间公交线路开通",
    ]


@pytest.mark.parametrize(
    ("masthead", "title", "story"),
    [
        (
            ["嶺南書畫協會會刊", "第58期 2024年4月 會員贈閱"],
            "春季書畫聯展開幕",
            [
                "本會春季書畫聯展於三月二十三日在市文化中心開幕，展出會員作品一百二十餘件，涵蓋山水、花鳥、書法等類別。",
                "開幕式上，理事長陳德明感謝各位會員踴躍參展，並宣布今年秋季將舉辦青少年書法比賽，歡迎會員推薦學生報名。",
            ],
        ),
        (
            ["滨江集邮通讯", "第58期 2024年4月 会员赠阅"],
            "专家讲解清代邮票鉴定",
            [
                "4月13日，协会在市工人文化宫举办邮票鉴赏讲座，邀请省集邮协会专家讲解清代邮票的版别与鉴定方法，"
                "六十余名会员到场聆听。",
                "讲座结束后，会员们还交流了各自的藏品，不少人带来了珍藏多年的老邮票请专家鉴定。",
            ],
        ),
    ],
)
def test_a_bulletins_name_and_its_issue_line_are_furniture_over_the_first_storys_own_title(
    masthead: list[str], title: str, story: list[str]
) -> None:
    # a society's bulletin (…會刊, …通讯) and the issue's number, month and who gets it: the masthead, not the
    # title and the deck of the story under it
    pg = newsseg.split(page(*masthead, title, column(story, 18)))
    (article,) = pg.articles
    assert list(article.paragraphs) == story
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.title, article.headline.subtitle) == (None, title, None)
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(m.split()) for m in masthead]


_MISSION = [
    "今年暑假，我們一行八人前往山區小學服事兩週，為孩子們開辦英語營和音樂課。",
    "出發前，大家心裡都有些忐忑，擔心孩子們怕生。沒想到第一天上課，孩子們就圍著我們問東問西，一點也不拘束。",
    "臨別那天，孩子們送給我們親手畫的卡片，上面寫著：「明年還要來喔！」",
]


def _ocr_page(title: str, byline: str, paras: list[str]) -> str:
    """The page as an OCR engine gives it: a blank line between blocks, the indent kept as ideographic spaces,
    and a stray space here and there between characters."""
    blocks = [wrap(p, 18, indent="spaces") for p in paras]
    blocks[0][0] = blocks[0][0].replace("我們", "我 們")
    blocks[1][0] = blocks[1][0].replace("大家", "大 家")
    blocks[1][1] = blocks[1][1].replace("第一天", "第 一天")
    return "\n\n".join([title[:5] + " " + title[5:], byline.replace("／", "／ "), *map("\n".join, blocks)]) + "\n"


@pytest.mark.parametrize("ocr", [False, True], ids=["pdftotext", "ocr"])
@pytest.mark.parametrize("byline", ["文／陳約書牧師", "文／王恩慈姊妹", "文／短宣隊隊長 何志遠"])
def test_a_church_papers_byline_with_the_writers_title_or_post_opens_the_piece(byline: str, ocr: bool) -> None:
    # 文／某某牧師, 文／某某姊妹, 文／職務 某某: the writer named as a church's or a school's paper names them, on a
    # line of its own under the title, is the piece's first paragraph; on an OCR page too, where stray spaces set
    # any words apart and only the credit's slash tells the byline
    title = "山區小學的兩個星期"
    text = _ocr_page(title, byline, _MISSION) if ocr else page(title, byline, column(_MISSION, 18))
    pg = newsseg.split(text)
    (article,) = pg.articles
    assert article.headline is not None
    assert "".join((article.headline.title or "").split()) == title
    assert (article.headline.kicker, article.headline.subtitle) == (None, None)
    assert ["".join(p.split()) for p in article.paragraphs] == ["".join(byline.split()), *_MISSION]


_SERVICE = [
    "本堂將於五月十二日母親節主日舉行感恩崇拜，當天崇拜後備有愛筵，歡迎弟兄姊妹邀請家人一同參加。",
    "青年團契也將在崇拜後為每位母親獻上康乃馨，並表演詩歌合唱，請青年團契的肢體提早半小時到場預備。",
]
_MISSION_TEAM = [
    "本刊訊 本會今年暑期短宣隊將於七月出發，前往東部山區服事兩週，目前尚有四個名額，有意參加者請於六月底前向"
    "教會辦公室報名。",
    "短宣隊出發前將舉行三次培訓，內容包括兒童詩歌教唱、手工藝帶領等，請報名的弟兄姊妹預留時間參加。",
]


@pytest.mark.parametrize(
    "box",
    [
        [
            "主日崇拜程序",
            "宣 召 ........ 司 會",
            "讀 經 ........ 詩篇23篇 ........ 司 會",
            "證 道 ........ 張牧師",
            "祝 福 ........ 張牧師",
        ],
        ["聚會時間", "主日崇拜    上午10:00   大堂", "兒童主日學  上午10:00   二樓", "禱告會      週三晚7:30  副堂"],
    ],
    ids=["programme", "timetable"],
)
def test_a_programme_joined_by_leaders_and_a_timetable_under_its_label_are_furniture(box: list[str]) -> None:
    # a service's programme, its rows joined by dot leaders, and the meetings' times aligned in fields, each under
    # its label: no sentence, nobody's headline, between two notices of a church's bulletin (leader rows with no
    # label after a story's sentence are its own, a menu's prices)
    text = page("母親節感恩崇拜", column(_SERVICE, 18), box, "暑期短宣隊開始報名", column(_MISSION_TEAM, 15))
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [_SERVICE, _MISSION_TEAM]
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["母親節感恩崇拜", "暑期短宣隊開始報名"]
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(row.split()) for row in box]


def test_a_bulletins_name_set_over_two_lines_over_its_volume_and_issue_is_furniture() -> None:
    # 活泉浸信會 / 週 報 in large type over the date with the volume and the issue (第38卷 第41期): the masthead, not
    # the first notice's title and deck
    notice = [
        "本會將於十月二十日主日下午舉行秋季洗禮聚會，共有七位慕道友決志受洗，請弟兄姊妹為他們代禱。",
        "洗禮聚會後將舉行歡迎茶會，歡迎受洗者的家人和朋友一同參加，請各小組長協助招待。",
    ]
    masthead = ["活泉浸信會", "週 報", "2024年10月13日 第38卷 第41期"]
    pg = newsseg.split(page(*masthead, "秋季洗禮聚會下主日舉行", column(notice, 18)))
    (article,) = pg.articles
    assert list(article.paragraphs) == notice
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.title, article.headline.subtitle) == (
        None,
        "秋季洗禮聚會下主日舉行",
        None,
    )
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(m.split()) for m in masthead]


def test_a_front_pages_index_rows_and_a_scan_prompt_under_a_credit_are_furniture() -> None:
    # 今日导读 / ■ 第 3 版 …的“针线人生”: the index names stories of other pages, whose words the feature here shares;
    # 扫一扫 关注“…发布” under the photo's credit invites the reader: neither heads, nor splits, a story here
    feature = [
        "本报记者 杨雪",
        "清晨六点，石门村的刺绣合作社就亮起了灯。五十六岁的绣娘马秀英坐在窗前，一针一线地绣着一幅山茶花。",
        "马秀英十二岁跟着母亲学刺绣，一绣就是四十多年。过去，她绣的围腰和背带只给自家人用。",
        "绣花也能当饭碗",
        "三年前，村里成立了刺绣合作社，请来设计师改良图案，把传统纹样绣上手包、围巾和书签，通过网店卖到了全国各地。",
        "合作社带动全村六十多名妇女在家门口就业，去年销售额突破八十万元。马秀英一个月能挣三千多元。",
        "把手艺传下去",
        "如今，马秀英每周都到村小学教孩子们刺绣。“只要有人愿意学，我就一直教下去。”她说。",
    ]
    road = [
        "本报讯（记者 周涛）10月15日，县城至石门乡的二级公路改建工程正式通车，全长三十二公里，通行时间由一个半小时"
        "缩短至四十分钟。",
    ]
    contest = ["本报讯 石门乡第二届刺绣技能大赛将于11月举行，报名即日开始。"]
    index = ["今日导读", "■ 第 3 版 绣娘马秀英的“针线人生”", "■ 第 5 版 合作社里的“刺绣经济”"]
    prompt = "扫一扫 关注“石门发布”"
    text = page(
        index,
        "县城至石门乡公路改建通车",
        column(road, 16),
        "指尖技艺绣出幸福生活",
        column(feature, 18),
        "石门村绣娘在合作社里赶制刺绣订单。 本报记者 杨雪 摄",
        prompt,
        "刺绣技能大赛下月举行",
        contest,
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [road, feature, contest]
    assert [(a.headline.kicker, a.headline.title) if a.headline else None for a in pg.articles] == [
        (None, "县城至石门乡公路改建通车"),
        (None, "指尖技艺绣出幸福生活"),
        (None, "刺绣技能大赛下月举行"),
    ]
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(x.split()) for x in [*index, prompt]]


def test_a_lost_document_notice_among_the_news_is_furniture_but_stays_a_notice_among_notices() -> None:
    # 遗失声明 / …遗失公章一枚，声明作废。: a classified line between two stories; on a page of company notices
    # (减资公告, 注销公告) it is one more notice, with its own title
    lost = ["遗失声明", "滨江市宏达商贸有限公司遗失公章一枚，声明作废。"]
    market = [
        "本报讯（记者 何静）5月20日，城东农贸市场改造完成后重新开业，市场内新设摊位一百八十个，全部实行明码标价。",
        "市场还设立了农残快速检测室，每天对进场的蔬菜水果进行抽检，检测结果在电子屏上实时公示。",
    ]
    library = [
        "本报讯（记者 邵阳）记者从市图书馆获悉，今年暑假期间，图书馆将推出少儿阅读打卡活动，完成打卡的小读者可获赠"
        "图书一册。",
    ]
    news = newsseg.split(
        page("城东农贸市场改造后重新开业", column(market, 16), lost, "图书馆推出暑期阅读打卡活动", column(library, 16))
    )
    assert paragraphs_of(news) == [market, library]
    assert [r.text for r in news.residue] == lost
    cut = [
        "经本公司股东会决议，本公司注册资本由一千万元减少至五百万元。请债权人自本公告发布之日起四十五日内向本公司"
        "申报债权。",
        "特此公告。",
    ]
    close = [
        "经股东会决议，本公司决定注销，已成立清算组。请债权人自本公告发布之日起四十五日内向清算组申报债权。",
        "特此公告。",
    ]
    notices = newsseg.split(
        page(
            "减资公告",
            column(cut, 16),
            "滨江市恒远物流有限公司",
            "2024年5月20日",
            lost,
            "注销公告",
            column(close, 16),
            "滨江市绿源农业开发有限公司",
            "2024年5月20日",
        )
    )
    titles = [a.headline.title if a.headline else None for a in notices.articles]
    assert titles == ["减资公告", "遗失声明", "注销公告"]
    assert list(notices.articles[1].paragraphs) == lost[1:]


def test_a_briefs_boxs_label_of_news_from_the_institutes_is_furniture() -> None:
    # 院所动态 over briefs each titled after a ▲ over its dated lead: the box's label, not a line of the story above,
    # and each brief its own piece under its own title
    story = [
        "本报讯（记者 钟鸣）6月12日，省农业科学院水稻新品种展示会在试验基地举行，三十个水稻新品种同台亮相。",
        "展示会上，育种专家介绍了各品种的产量、抗病性和口感特点，前来观摩的种粮大户纷纷拿出手机拍照记录。",
    ]
    briefs = [
        ("茶叶研究所举办春茶品鉴会", "本报讯（通讯员 黄莉）6月5日，茶叶研究所举办春茶品鉴会，二十余家茶企参加。"),
        (
            "植保研究所开展病虫害防治培训",
            "本报讯（通讯员 孙浩）6月8日，植保研究所在三个县开展病虫害防治培训，培训农户四百余人次。",
        ),
    ]
    box = [line for title, lead in briefs for line in ["▲" + title, *wrap(lead, 16)]]
    pg = newsseg.split(page("水稻新品种展示会举行", column(story, 16), "院所动态", box))
    assert paragraphs_of(pg) == [story, *[[lead] for _, lead in briefs]]
    titles = [a.headline.title.lstrip("▲") if a.headline and a.headline.title else None for a in pg.articles]
    assert titles == ["水稻新品种展示会举行", *[t for t, _ in briefs]]
    assert [r.text for r in pg.residue] == ["院所动态"]


def test_the_papers_commentator_on_a_line_of_its_own_under_a_full_width_title_stays_out_of_it() -> None:
    # 本报评论员 under an editorial's title as wide as the column: the editorial's signature, its first paragraph,
    # though no name stands apart in it as in a reporter's byline
    brief = ["本报讯（记者 罗军）6月3日，全县小麦机收进度过半，预计本月中旬基本结束。"]
    editorial = [
        "夏收夏种时间紧、任务重，一年农事看“三夏”。各地要抢抓晴好天气，组织农机跨区作业，确保颗粒归仓。",
        "抓好“三夏”生产，既要保障农资供应，也要做好气象服务，让农民种得安心、收得放心。",
    ]
    title = "抓紧抓实“三夏”生产确保夏粮"
    pg = newsseg.split(page("全县小麦机收过半", column(brief, 16), title, "本报评论员", column(editorial, 16)))
    assert paragraphs_of(pg) == [brief, ["本报评论员", *editorial]]
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["全县小麦机收过半", title]


def test_the_editor_in_chiefs_line_among_the_masthead_lines_is_furniture() -> None:
    # 总编辑：某某 本期责编：某某 under the paper's name and date: the masthead's, not the kicker of the first story
    story = [
        "本报讯（记者 韦华）6月10日，县城第三幼儿园新园区建成开园，可新增学位三百六十个，缓解城区入园难问题。",
        "新园区设有室内游戏室、绘本馆和种植园，配备保教人员四十余名。",
    ]
    masthead = ["石溪县报", "2024年6月12日 星期三", "总编辑：何建国 本期责编：李静"]
    pg = newsseg.split(page(*masthead, "县城第三幼儿园新园区开园", column(story, 16)))
    (article,) = pg.articles
    assert list(article.paragraphs) == story
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.title) == (None, "县城第三幼儿园新园区开园")
    assert [r.text for r in pg.residue] == masthead


# The twenty-third batch's rules
def test_a_byline_whose_paper_an_ocr_space_parts_opens_the_feature_under_its_title() -> None:
    # 本报 记者 某某 通讯员 某某: the OCR read a space after the paper; on its own line under the title it is still
    # the reporters' byline, the feature's first paragraph, and no title of the feature's
    brief = ["本报讯（记者 钱磊）6月3日，县城东环路拓宽工程开工，工程全长四公里，计划年底前完工。"]
    feature = [
        "清晨六点，青禾村的菜地里已经有人在忙碌。五十六岁的菜农吴桂兰弯着腰，把一垄垄刚冒头的豌豆苗理得整整齐齐。",
        "三年前，村里成立了蔬菜合作社，吴桂兰第一个报了名。如今她家的十亩菜地每年能收入六万多元。",
    ]
    byline = "本报 记者 邵青 通讯员 何田"
    text = page("东环路拓宽工程开工", "", column(brief, 16), "", "菜地里的好日子", "", byline, "", column(feature, 16))
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [brief, [byline, *feature]]
    assert [(a.headline.kicker, a.headline.title) if a.headline else None for a in pg.articles] == [
        (None, "东环路拓宽工程开工"),
        (None, "菜地里的好日子"),
    ]


def test_an_ocr_title_over_a_briefs_lead_opening_on_its_date_heads_that_brief() -> None:
    # an OCR engine leaves each brief's title a block of its own over a lead that opens on its date (6月15日，…,
    # or on a part of the month, 5月下旬，…): the title nearly as wide as the column is the brief's, not the first
    # line of its paragraph
    story = [
        "本报讯（记者 骆文）6月16日，全县夏粮收购工作全面启动，今年共设立收购网点二十六个，预计收购小麦八万吨。",
        "县粮食部门要求各网点严格执行国家收购政策，做到不压级压价、不打白条，确保农民卖粮顺畅。",
    ]
    show = "6月15日，县实验小学举行少儿书法展，展出学生作品一百二十余幅，吸引了众多家长前来观看。"
    orchard = "5月下旬，县农技站组织专家深入十二个村开展果树管护培训，发放技术资料八百余份。"
    titles = ["全县夏粮收购启动", "县实验小学举办首届少儿书法展", "县农技专家进村指导果树春季管护"]
    text = page(
        titles[0],
        "",
        column(story, 16),
        "",
        titles[1],
        "",
        wrap(show, 16, indent="none"),
        "",
        titles[2],
        "",
        wrap(orchard, 16, indent="none"),
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [story, [show], [orchard]]
    assert [a.headline.title if a.headline else None for a in pg.articles] == titles


def test_an_overseas_papers_masthead_in_spanish_with_its_section_and_the_citys_weather_is_furniture() -> None:
    # the paper's name, then in the country's language (Diario … de Panamá), the date, the page's number, the
    # section right under it (巴國新聞) and the day's weather of the paper's city: all the masthead's, none the kicker
    # or the deck of the first story
    story = [
        "本報訊 巴拿馬運河管理局日前宣布，受旱季降雨偏少影響，下月起每日通航船隻數量將由三十二艘調減為二十八艘。",
        "運河管理局表示，將視加通湖水位變化適時調整通航安排，並呼籲航運業者提前規劃航程。",
    ]
    masthead = [
        "巴拿馬華商報",
        "Diario Comercial Chino de Panamá",
        "2024年3月8日 星期五",
        "A3",
        "巴國新聞",
        "巴拿馬城 晴 24～33℃",
    ]
    pg = newsseg.split(page(*masthead, "運河下月起調減每日通航船次", column(story, 18)))
    (article,) = pg.articles
    assert list(article.paragraphs) == story
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.title, article.headline.subtitle) == (
        None,
        "運河下月起調減每日通航船次",
        None,
    )
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(m.split()) for m in masthead]


def test_an_advertisements_copy_over_its_letter_spaced_mark_is_furniture() -> None:
    # 金華貿易行 / 批發五金、電器、廚具 / 廣 告 after a finished paragraph: the shop's name and its wares (a list
    # with 、, no clause) are the advertisement's copy over its mark, not the title of the untitled brief below
    school = [
        "本報訊 大衛市中華會館日前舉辦華文書法班結業式，二十多名學員展示了三個月來的學習成果。",
        "會館負責人表示，下期書法班將於四月開課，歡迎僑胞子弟報名參加。",
    ]
    desks = [
        "本報訊 奇里基省華人公會近日向當地兩所小學捐贈課桌椅一百套，並為學生送上文具禮包。",
        "校方代表感謝華人社團多年來對當地教育的支持。",
    ]
    ad = ["金華貿易行", "批發五金、電器、廚具", "廣 告"]
    pg = newsseg.split(page("大衛中華會館書法班結業", column(school, 18), ad, column(desks, 18)))
    assert paragraphs_of(pg) == [school, desks]
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["大衛中華會館書法班結業", None]
    assert ["".join(r.text.split()) for r in pg.residue] == ["".join(x.split()) for x in ad]


# The twenty-second batch's rules
def test_a_staff_byline_stands_apart_on_a_page_the_ocr_spaced() -> None:
    # the OCR's stray spaces (33 岁, 双手 在) set any words apart, but a line of a role and a name, short of the
    # column, is no wrapped piece of running text: it stands between the dash-led subtitle and the lead
    lines = [
        "明前茶采摘进入高峰",
        "九峰镇万亩茶园迎来开园季",
        "——今年春茶产量预计同比增长一成",
        "本报记者 林楚妍",
        "凌晨两点，铁山镇高山村的一间制",
        "茶坊里依然灯火通明。 33 岁的叶",
        "子航守在炒青锅前，双手 在滚烫的",
        "锅中来回翻抄，茶香随着热气一阵",
        "阵飘出窗外。这样的夜晚， 每年春",
        "天他要熬上四十多个。",
        "今年 4 月，他的茶坊新添了两台",
        "揉捻机，产量 比去年翻了一番，订",
        "单排到了 5 月底。",
    ]
    (story,) = newsseg.split(page(lines)).articles
    assert story.headline is not None and story.headline.subtitle == "——今年春茶产量预计同比增长一成"
    assert story.paragraphs[0] == "本报记者 林楚妍"
    assert story.dateline is not None and story.dateline.reporters == ("林楚妍",)


def test_a_briefs_signature_on_a_line_of_its_own_closes_its_paragraph() -> None:
    # （陈晓） alone under the brief's last sentence, a full line, signs it: it went down for want of room, the
    # paragraph's end, no title of the next brief
    lines = [
        "本报讯 5月3日，市图书馆联合",
        "团市委在全市中小学开展“书香",
        "校园”阅读推广活动，百余名志",
        "愿者走进校园，为两万余名师生",
        "送去了图书和阅读指导小手册。",
        "（陈晓）",
        "本报讯 5月6日，城东街道在辖",
        "区开展燃气安全入户检查，发现",
        "并督促整改隐患12处。（赵云飞）",
    ]
    first, second = newsseg.split(page(lines)).articles
    assert first.paragraphs[-1].endswith("送去了图书和阅读指导小手册。（陈晓）")
    assert second.headline is None


def test_a_staff_byline_inside_a_sentence_on_a_spaced_page_goes_on_in_it() -> None:
    # …获一等奖的 是 / 本报记者 林楚妍 / 采写的…: the line above ends mid-sentence, so the short line of a role and a
    # name is the sentence's subject, no byline standing apart
    lines = [
        "本报讯 4 月 13 日，第三十届省新",
        "闻奖评选结果揭晓，本报 共有 5 件",
        "作品获奖。其中，获一等奖的 是",
        "本报记者 林楚妍",
        "采写的《九峰镇 2.6 万亩茶园 的春",
        "天》。 获二等奖的作品 由本报记者",
        "王 静、叶晓东采写。 另有 3 件作",
        "品获三等奖。",
    ]
    (story,) = newsseg.split(page("本报多件作品获省新闻奖", lines)).articles
    assert len(story.paragraphs) == 1 and "获一等奖的是本报记者林楚妍采写的" in story.paragraphs[0]


def test_a_sections_name_under_the_masthead_line_with_the_page_number_is_furniture() -> None:
    # 2025年3月15日 第2版 / 校园动态: a word or two right under the line that ends on the page's number names the
    # page, not the lead's kicker
    pg = newsseg.split(
        page(
            "金霞老年大学报",
            "2025年3月15日 第2版",
            "校园动态",
            "春季学期开学 2600余名学员重返课堂",
            column(LIBRARY, 16),
        )
    )
    lead = pg.articles[0]
    assert lead.headline is not None and lead.headline.kicker is None
    assert "校园动态" in [r.text for r in pg.residue]


def test_a_special_pages_name_its_runners_and_the_page_number_alone_are_masthead_furniture() -> None:
    # 栖城日报 / date / 07 / 住房公积金专版 / 主办：栖城日报社 栖城市住房公积金管理中心: the page's number in figures
    # alone, the special page's name and the bodies that run it are the page's, not a story's title and text
    masthead = ["栖城日报", "2024年6月28日 星期五", "07", "住房公积金专版", "主办：栖城日报社 栖城市住房公积金管理中心"]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert "".join(r.text for r in pg.residue).replace(" ", "") == "".join(masthead).replace(" ", "")


def test_a_village_bulletins_masthead_lines_are_furniture() -> None:
    # a qiaoxiang bulletin names itself and its kind (潭溪鄉訊 / 僑刊), its issue in words and the count of all
    # (第二〇二四年第三期（總第一五八期）), the month it came out, the page's number alone and the page's name
    masthead = ["潭溪鄉訊", "僑刊", "第二〇二四年第三期（總第一五八期）", "二〇二四年九月出版", "7", "鄉情聚焦"]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert "".join(r.text for r in pg.residue).replace(" ", "") == "".join(masthead).replace(" ", "")


def test_an_advertisement_a_service_box_and_a_credit_set_apart_at_the_foot_are_furniture() -> None:
    # 广告 over its copy and number on one line; a service's number set large over its name under the page's last
    # text, with its slogan in phrases of four over it; the layout's credit with a space for a colon
    pg = newsseg.split(
        page(
            "三号客运码头启用",
            column(WHARF, 16),
            "广告 百草堂国医馆 名老中医坐诊 预约电话 0758-2316688",
            "节约用电 安全用电",
            "95598 供电服务热线",
            "本版责任编辑 邹明玥",
            "版式 唐小菁",
        )
    )
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    residue = [r.text for r in pg.residue]
    for furniture in ("节约用电 安全用电", "95598供电服务热线", "版式 唐小菁"):
        assert furniture in residue
    assert any(r.startswith("广告") for r in residue)


def test_a_counted_items_first_line_with_an_ocr_space_goes_on_below() -> None:
    # 一、本會第四十五屆理監事 就職典禮 / 定於…: the OCR's space sets no title apart in an item counted in turn
    lines = [
        "會務簡報",
        "",
        "一、本會第四十五屆理監事 就職典禮",
        "定於明年一月十四日假本會禮堂舉行，",
        "敬 請各會員屆時出席觀禮。",
        "",
        "二、本會獎學金即日起接受申請，對",
        "象為會員子女，截止日期為明年二月底。",
    ]
    (notice,) = newsseg.split(page(lines)).articles
    assert notice.headline is not None and notice.headline.text == "會務簡報"
    assert notice.paragraphs[0].startswith("一、本會第四十五屆理監事就職典禮定於明年")


def test_a_title_opening_on_a_book_title_after_a_full_stop_and_over_a_dateline_is_no_piece_of_the_line_above() -> None:
    # …者签名活动。 / 《古镇风韵》特种邮票首发 / 本报讯…: the title printed after its story's text fits the short last
    # line above, but ends no sentence right over the next report's dateline: a title, not a printed line cut
    lines = [
        "本报讯（通讯员 黎小曼）4月1日，",
        "《古镇风韵》特种邮票首发式在江南石桥",
        "古镇举行。该套邮票1套4枚，分别以",
        "石桥、水巷、茶楼和戏台为主题，采用影",
        "写版印刷，全套面值4.80元。当天，集",
        "邮爱好者一早便赶来排队，现场还举办",
        "了邮票设计者与集邮爱好者的现场见面",
        "签名活动。",
        "《古镇风韵》特种邮票首发",
        "本报讯（记者 聂川）省邮政管理局日前",
        "发布3月全省邮政业消费者申诉情况通",
        "告。3月，全省邮政管理部门共处理消费",
        "者申诉一千余件，同比下降12.3%。",
    ]
    first, _ = newsseg.split(page(lines)).articles
    assert first.paragraphs[-1].endswith("见面签名活动。")
    assert first.headline is not None and first.headline.title == "《古镇风韵》特种邮票首发"


def test_a_caption_whose_source_the_wrap_cut_ends_with_it() -> None:
    # …即時生效。TVB影片截 / 圖 / 浸會大學…: the source closes the caption once its last character is read, and the
    # story's text under it is no more of the caption
    lines = [
        "浸大兩學生到語文中心道歉",
        "劉子頎（左）和陳樂行上周三收到校方的停課候查通知，即時生效。TVB影片截",
        "圖",
        "浸會大學去年底推出普通話豁免試，結果有七成同學不合格，引起學生",
        "的質疑與不滿。要求校方回覆不果後，學生會會長劉子頎本月帶領十多",
        "名同學到語文中心抗議，陳樂行亦在場。兩人上周三收到停課候查通知。",
    ]
    (story,) = newsseg.split(page(lines)).articles
    assert story.captions == ("劉子頎（左）和陳樂行上周三收到校方的停課候查通知，即時生效。TVB影片截圖",)
    assert story.paragraphs[0].startswith("浸會大學去年底推出普通話豁免試")


def test_a_kicker_closed_by_its_dash_and_its_title_stand_apart_from_the_text_however_full() -> None:
    # 碧桂园推出机器人餐厅—— / 用科技更好传承饮食文化 over the story's first line, each as wide as the narrow column:
    # the dash closes a kicker after the paragraph above ended, and the line under it, with no mark, is the title
    lines = [
        "每当经济发展处于关键时刻，我们党总",
        "能通过改革破除体制机制积弊，为经济",
        "发展释放制度红利。",
        "全国首家机器人餐厅在广州开业——",
        "用科技更好传承与传播中国饮食文化",
        "投料、翻炒、清洗，三十二个炒锅机器",
        "人烹饪着拿手菜；取杯、冷却、摇晃，",
        "调酒机器人制作着鸡尾酒。",
    ]
    pg = newsseg.split(page("深化改革持续释放制度红利", lines))
    restaurant = pg.articles[-1]
    assert restaurant.headline is not None
    assert (restaurant.headline.kicker, restaurant.headline.title) == (
        "全国首家机器人餐厅在广州开业——",
        "用科技更好传承与传播中国饮食文化",
    )
    assert restaurant.paragraphs[0].startswith("投料、翻炒、清洗")


def test_a_steps_count_closed_by_a_dash_is_no_kicker() -> None:
    # 第一步—— over 准备好茶具和山泉水 in a box of tips: a step's count, too short to be a kicker's phrase
    lines = [
        "泡茶前先温杯，可以让茶香更好地散发",
        "出来，这是许多茶友都知道的常识。",
        "第一步——",
        "准备好茶具和山泉水",
        "将水烧开后稍放凉，水温控制在八十五",
        "度左右最为合适。",
    ]
    pg = newsseg.split(page("茶叶冲泡小技巧", lines), newsseg.Config(explain=True))
    assert not [d for d in pg.explain if d.reason.startswith("a kicker closed by its dash")]


def test_a_briefs_signature_pads_a_name_of_two_to_the_width_of_three() -> None:
    # （宋 平）: one name of two characters with the space a paper pads it with, not two names of one
    assert repair.signed_names("宋 平") == ["宋平"]
    assert repair.signed_names("宋 平 周宁") == ["宋平", "周宁"]
    assert repair.closing_credit("主要销往越南、菲律宾等国。（周 宁）")
    assert repair.signing_names("（韦 林）")
    # (a resident quoted is still no writer signing)
    assert not repair.signing_names("（居民 王 平）")


def test_an_in_house_papers_runner_under_its_issue_line_and_a_labelled_weather_line_are_masthead_furniture() -> None:
    # a development zone's weekly: its name, its name in capitals, the date, the issue, then the body that runs it
    # (…工委主办) and the weather after its label's colon, sky, temperatures and wind on one line
    masthead = [
        "桐川开发",
        "TONGCHUAN DEVELOPMENT ZONE",
        "2024年5月10日 星期五",
        "第88期 今日4版",
        "中共桐川开发区工委主办",
        "今日天气：晴转多云 15℃～26℃ 西北风 3—4 级",
    ]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert list(article.paragraphs) == WHARF
    assert "".join(r.text for r in pg.residue).replace(" ", "") == "".join(masthead).replace(" ", "")


def test_a_weather_label_in_a_sentence_is_no_weather_line() -> None:
    # the label over what it forecasts is a box's; the label inside a clause is a story's words
    assert repair._WEATHER_PAIR.match("今日天气：多云转晴 12℃～21℃ 东南风 2—3 级")
    assert repair._WEATHER_PAIR.match("天气预报 小雨 东风3级")
    assert not repair._WEATHER_PAIR.match("今日天气晴好，市民纷纷出游")
    assert not repair._WEATHER_PAIR.match("今日天气：晴，适宜出行")


def test_the_invitation_to_scan_an_accounts_code_names_the_account_first() -> None:
    assert repair._QR_PROMPT.match("高新区官方微信 扫码关注")
    assert repair._QR_PROMPT.match("本报微信公众号 扫码订阅")
    assert not repair._QR_PROMPT.match("市民可通过微信扫码关注办理进度，")


def test_a_columns_label_under_a_title_closed_by_a_quotation_is_no_piece_of_its_printed_line() -> None:
    # a feature's headline printed after its text, its title ending on a closing quote, then the next piece's
    # column label, its title and text: the label is no piece pdftotext cut off the title's printed line
    feature = [
        "文／图 本报记者 卜凡",
        "作为一款定位于家用市场的纯电动轿车，云舟S5上市以来颇受关注。上周，记者在市区进行了为期两天的试驾。",
        "总体来看，这款车在舒适性和实用性上表现均衡，适合以城市通勤为主的家庭用户。",
    ]
    tips = [
        "入夏以后，路面温度升高，轮胎内的气压也会随之上升。不少车主担心爆胎，习惯把胎压放低一些，这种做法并不可取。",
        "建议车主在冷胎状态下每月检查一次胎压，长途出行前务必检查。",
    ]
    pg = newsseg.split(
        page(column(feature, 17), "试驾", "城市通勤的“省心派”", "用车课堂", "夏季胎压怎么调？", column(tips, 17))
    )
    assert [list(a.paragraphs) for a in pg.articles] == [feature, tips]
    titles = [a.headline.to_record() if a.headline else None for a in pg.articles]
    assert titles == [
        {"kicker": "试驾", "title": "城市通勤的“省心派”", "subtitle": None},
        {"kicker": "用车课堂", "title": "夏季胎压怎么调？", "subtitle": None},
    ]


def test_a_slogan_of_two_phrases_of_six_over_the_pages_hotline_is_furniture() -> None:
    # the service's slogan, then its number, between the last text and the headlines left at the page's foot: the
    # slogan is no headline of the block below it
    slogan = "依法诚信经营 共建和谐市场"
    pg = newsseg.split(page(column(WHARF, 16), slogan, "涉烟违法举报电话：12313", "一线风采", "三号客运码头启用"))
    (article,) = pg.articles
    assert list(article.paragraphs) == WHARF
    assert article.headline is not None and slogan not in article.headline.text
    assert [r.text for r in pg.residue] == [slogan, "涉烟违法举报电话：12313"]


def test_a_bulletins_issue_line_in_the_republics_years_tells_its_masthead() -> None:
    # 第47期 中華民國113年6月 under the paper's name and its English name, the page's number and section under it
    masthead = ["山海部落報", "Sanhai Tribal News", "第47期 中華民國113年6月", "2", "部落新聞"]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert [r.text for r in pg.residue] == masthead


def test_an_ocr_blocks_line_without_a_mark_under_a_briefs_credit_is_the_next_briefs_title() -> None:
    # an OCR engine sets each block apart by a blank line: under the brief its reporter signs (（贝晓东）, a surname
    # of the rarer kind), a block of one line without a mark over the next block is the next brief's title
    briefs = [
        ("“放心消费示范街”创建启动", "本报讯 日前，全市“放心消费示范街”创建活动启动，六条街区参与创建。（贝晓东）"),
        ("12315投诉热线新增夜间值守", "即日起，我市12315热线人工接听时间延长至每晚21时，方便消费者维权。（司马琳）"),
    ]
    blocks = [[title, *wrap(text, 14, indent="none")] for title, text in briefs]
    text = "\n\n".join(["维权速递", *("\n\n".join([b[0], "\n".join(b[1:])]) for b in blocks)]) + "\n"
    pg = newsseg.split(text)
    assert [a.headline.title if a.headline else None for a in pg.articles] == [t for t, _ in briefs]
    assert [list(a.paragraphs) for a in pg.articles] == [[t] for _, t in briefs]


def test_a_byline_may_credit_words_and_pictures_joined_before_the_slash() -> None:
    assert repair.is_byline("文、圖／家政指導員 吳秀琴")
    assert repair.is_byline("文・图/张三")
    assert not repair.is_byline("文、图、声、像俱全的展览")


def test_a_farmers_association_bulletins_masthead_in_the_republics_years_with_its_publisher_fields() -> None:
    # the bulletin's name, the date first in the Republic's years and the issue, then who publishes it and where it
    # is reached, four fields on a line
    masthead = [
        "竹坪鄉農會會訊",
        "中華民國113年5月15日 第218期",
        "發行人：簡茂坤 總幹事：黃志豪 社址：竹坪鄉中正路138號 電話：(05)586-2017",
    ]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert [r.text.replace(" ", "") for r in pg.residue] == [m.replace(" ", "") for m in masthead]


def test_a_periodicals_postage_box_is_furniture() -> None:
    box = ["國內郵資已付", "竹坪郵局許可證", "竹坪字第031號", "雜誌"]
    pg = newsseg.split(page("三号客运码头启用", column(WHARF, 16), box))
    (article,) = pg.articles
    assert list(article.paragraphs) == WHARF
    assert [r.text for r in pg.residue] == box


def test_a_row_of_short_hotlines_under_a_finished_sentence_and_a_publishers_fields_at_the_foot_are_furniture() -> None:
    # 報案專線 110　婦幼保護專線 113…: several lines to call on one row, the sentence above them finished
    # (…撥打110報案。 announces nothing below it); the colophon's three fields on the page's last line
    tail = ["報案專線 110\u3000婦幼保護專線 113\u3000反詐騙諮詢專線 165", "發行人：周正宏 總編輯：林宏志 編輯：黃品瑄"]
    story = ["三号客运码头昨日启用，市民如遇紧急危难或犯罪正在发生，仍请立即拨打110报案。"]
    pg = newsseg.split(page("三号客运码头启用", column(story, 16), tail))
    (article,) = pg.articles
    assert list(article.paragraphs) == story
    assert [r.text.replace(" ", "").replace("\u3000", "") for r in pg.residue] == [
        t.replace(" ", "").replace("\u3000", "") for t in tail
    ]


def test_an_in_house_papers_name_over_its_capitals_and_the_date_with_its_section_over_the_lead_are_furniture() -> None:
    # 澜江电力 / LANJIANG DIANLI / the date and page / 要闻·服务 right over a lead opening on its dateline; at the foot,
    # the hotline and the invitation to scan the paper's code on one line
    masthead = ["澜江电力", "LANJIANG DIANLI", "2023年7月14日 星期五 第2版", "要闻·服务"]
    foot = "供电服务热线 95598    扫一扫 关注“澜江电力”微信公众号"
    pg = newsseg.split(page(*masthead, column(WHARF, 16), foot, "三号客运码头启用"))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert list(article.paragraphs) == WHARF
    assert len(pg.residue) == len(masthead) + 1


def test_an_associations_newsletter_masthead_with_its_monthly_issue_and_publisher_is_furniture() -> None:
    masthead = [
        "的士同業會訊",
        "HONG KONG TAXI TRADE FELLOWSHIP NEWSLETTER",
        "2024年3月號（第166期）",
        "香港的士同業聯誼會出版\u3000非賣品",
    ]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert len(pg.residue) == len(masthead)


def test_a_trade_weeklys_runner_that_oversees_it_too_is_masthead_furniture() -> None:
    masthead = ["祁源畜牧", "省畜牧兽医学会主管主办", "2024年4月19日 星期五 第16期 总第733期 今日4版 第1版"]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    (article,) = pg.articles
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert [r.text.replace(" ", "") for r in pg.residue] == [m.replace(" ", "") for m in masthead]


def test_a_credited_byline_names_the_office_and_the_writers_title_its_name_wrapped_below() -> None:
    assert repair.is_byline("文／省畜牧技术推广总站 高级畜牧师 汪德成")
    text = page(
        "母羊产后护理要抓好三个环节",
        "文／省畜牧技术推广总站 高级畜牧师",
        "汪德成",
        column(WHARF, 16),
    )
    (article,) = newsseg.split(text).articles
    assert list(article.paragraphs) == ["文／省畜牧技术推广总站 高级畜牧师 汪德成", *WHARF]


def test_a_title_under_its_kicker_of_a_column_and_topic_stands_over_the_next_pieces_text() -> None:
    # the feature's kicker and title printed after its text (乡村振兴·青春力量 / its title as wide as the column, a
    # name and a colon in it), then the next piece's text with no dateline: the title is a line of its own
    feature = ["本报记者 农秀梅", "晚上八点，在平福镇壮锦工坊的直播间里，韦金凤一边操作织机，一边向网友介绍壮锦。"]
    notice = ["为稳定粮食生产，减轻农民春耕负担，县财政安排资金1200万元，对种植水稻、玉米的农户给予农资补贴。"]
    title = "返乡青年韦金凤：把壮锦“织”进直播间"
    pg = newsseg.split(page(column(feature, 17), "乡村振兴·青春力量", title, column(notice, 17, indent="none")))
    texts = [p for a in pg.articles for p in a.paragraphs]
    assert notice[0] in texts
    assert any(a.headline is not None and a.headline.title == title for a in pg.articles)


def test_a_papers_name_in_capitals_under_its_chinese_name_is_masthead_furniture() -> None:
    masthead = ["2 2024年5月10日 星期五", "民航快报", "CIVIL AVIATION EXPRESS"]
    pg = newsseg.split(page(*masthead, "三号客运码头启用", column(WHARF, 16)))
    assert [r.text for r in pg.residue][:3] == masthead


def test_an_advertisements_wares_over_its_ordering_line_and_its_warning_under_it_are_furniture() -> None:
    # the last column's title at the foot, then an advertisement: the maker and its wares in phrases, the line to
    # order by, the warning it closes on, over the page's desk credit
    ad = ["赤河老窖·十五年陈酿", "纯粮酿造 坤沙工艺", "订购热线：0851-2876 5500", "理性饮酒 未成年人禁止饮酒"]
    pg = newsseg.split(page(column(WHARF, 16), "三号客运码头启用", ad, "责任编辑：牟晓川 美编：包蕾"))
    (article,) = pg.articles
    assert list(article.paragraphs) == WHARF
    assert article.headline is not None and article.headline.text == "三号客运码头启用"
    assert [r.text.replace(" ", "") for r in pg.residue][:4] == [a.replace(" ", "") for a in ad]


def test_a_full_line_without_a_mark_over_a_byline_after_a_finished_sentence_is_a_title() -> None:
    # the expo brief's title printed after its text, wider than the column, the commentary's byline under it
    # (its last line full: the sentence ends at the margin)
    lines = [
        "本报讯 日前，第十二届瓷州国",
        "际陶瓷博览会将于十月在瓷州国",
        "际会展中心举行，预计吸引观众",
        "十二万余人次，规模为历届之最。",
    ]
    brief = ["".join(lines)]
    comment = ["文／石岩", "近年来，网上“大师作品”“非遗手作”标签满天飞，这样的“擦边球”透支的是整个产区的信誉。"]
    title = "第十二届瓷州国际陶瓷博览会10月开幕"
    pg = newsseg.split(page(lines, title, column(comment, 15)))
    assert [list(a.paragraphs) for a in pg.articles] == [brief, comment]
    assert pg.articles[0].headline is not None and pg.articles[0].headline.title == title


def test_a_masthead_date_with_the_issue_and_the_count_of_all_in_brackets_is_furniture() -> None:
    assert repair.is_furniture("2023年6月15日  第12期(总第286期)")
    assert not repair.is_furniture("2023年6月15日，第12期培训班开班")
    # (without the count of all, a date and an issue are a course's schedule as often, 2024年7月8日 第1期: a review
    # found a story's rows of them made furniture)
    assert not repair.is_furniture("2024年7月8日 第1期")


def test_an_overseas_shops_advertisement_closed_by_its_telephone_in_english_is_furniture() -> None:
    ad = ["福記雜貨  批發零售", "FOOK KEE & CIE LTD", "Tel: 212 3456  Royal Street, Port Louis"]
    pg = newsseg.split(page(column(WHARF, 16), ad, "三号客运码头启用", column(LIBRARY, 16)))
    assert [r.text.replace(" ", "") for r in pg.residue] == [a.replace(" ", "") for a in ad]
    assert [list(a.paragraphs) for a in pg.articles] == [WHARF, LIBRARY]


# --- the thirtieth batch's conventions (pages composed for this project) -------------------------------------------


def test_a_trade_papers_issue_line_with_the_count_of_all_and_its_pages_is_masthead_furniture() -> None:
    masthead = ["东川税务报", "2025年3月11日 星期二", "第 19 期（总第 1176 期） 今日 4 版"]
    pg = newsseg.split(page(masthead, "市图书馆新馆正式开放", column(LIBRARY, 16)))
    assert [r.text.replace(" ", "") for r in pg.residue] == [m.replace(" ", "") for m in masthead]
    assert pg.articles[0].headline is not None and pg.articles[0].headline.title == "市图书馆新馆正式开放"


def test_an_index_box_whose_rows_give_the_page_first_is_furniture() -> None:
    index = ["今日导读", "■ 2 版 汇算清缴操作指引", "■ 3 版 一线税务人的春天", "■ 4 版 税收宣传月活动预告"]
    pg = newsseg.split(page(column(LIBRARY, 16), index, column(RIVER, 16)))
    assert [r.text.replace(" ", "") for r in pg.residue] == [i.replace(" ", "") for i in index]
    assert [list(a.paragraphs) for a in pg.articles] == [LIBRARY, RIVER]


def test_a_line_ending_on_a_colon_inside_an_open_bracket_does_not_end_the_paragraph() -> None:
    # (a code too long for the narrow column goes down to a line of its own)
    notice = [
        "  东川市新城建材有限公司（统",
        "一社会信用代码：",
        "91480327MA5K8T2X6R）不慎遗失",
        "增值税专用发票1份，发票号码：",
        "01836572，特此声明作废。",
    ]
    lines = ["  " + line for line in column(LIBRARY, 14, indent="none")]
    pg = newsseg.split(page(lines, "遗失声明", notice, "东川市新城建材有限公司", "2025年3月10日"))
    lost = [a for a in pg.articles if a.headline is not None and a.headline.title == "遗失声明"]
    assert len(lost) == 1
    assert lost[0].paragraphs[0] == (
        "东川市新城建材有限公司（统一社会信用代码：91480327MA5K8T2X6R）不慎遗失增值税专用发票1份，发票号码：01836572，"
        "特此声明作废。"
    )


def test_a_property_advertisement_after_a_briefs_credit_and_its_disclaimer_are_furniture() -> None:
    brief = ["市消保委近日发布提示，年末网购要警惕“先涨后降”等促销套路，保留好购物凭证。（记者 邹易）"]
    ad = [
        "东川·云澜府",
        "滨江二期 建面约98-143㎡ 瞰江美宅",
        "营销中心：东川市滨江大道188号",
        "品鉴热线：0596-8866 1718",
        "本广告所载内容仅供参考，以政府部门批准文件为准",
    ]
    pg = newsseg.split(page(column(LIBRARY, 16), column(brief, 14), ad))
    assert [r.text.replace(" ", "") for r in pg.residue] == [a.replace(" ", "") for a in ad]


def test_a_campus_writers_byline_names_the_department_and_the_year_of_the_class() -> None:
    assert repair.is_byline("文／中文系2021级 林可欣")
    assert repair.is_byline("文/计算机学院 2020 级 王明")
    assert not repair.is_byline("中文系2021级 林可欣")  # (no credit: a list's row as often)


def test_a_letters_salutation_stands_on_a_line_of_its_own_under_a_subtitle_as_wide_as_the_column() -> None:
    # (under a dash-led subtitle as wide as the column, near enough: no wrap by the measure)
    welcome = ["欢迎你们来到东川大学，开启人生新的篇章。愿你们珍惜时光，学有所成，不负韶华。"]
    text = page(column(LIBRARY, 16), "致新同学", "——一位老教师写给你们的心里话", "亲爱的同学们：", column(welcome, 16))
    assert "\n\n亲爱的同学们：\n\n欢迎你们来到" in newsseg.clean(text)
    # (a speech quoted in a story is no salutation: it opens on its quotation mark)
    quoted = page(column(["他站起来说：“亲爱的同学们：", "今天是你们的节日。”台下掌声雷动，久久不息。"], 16))
    assert "\n\n" not in newsseg.clean(quoted).strip()


# --- the thirty-fourth batch's rules (composed pages) ---
TEA_FEATURE = [
    "清晨六点，青溪村的茶园里已是一片忙碌。五十二岁的采茶能手罗桂香背着竹篓穿行在茶垄间，双手上下翻飞，不一会儿就采了小半篓。",
    "“茶叶是村里的宝，采得好才能卖上好价钱。”罗桂香说。这些年，她带着村里四十多名妇女学技术、闯市场，把一片片嫩芽变成了致富的"
    "“金叶子”。",
]


def test_the_pages_address_for_copy_and_a_number_first_hotline_with_its_promise_at_the_foot_are_furniture() -> None:
    # a content stream leaves the page's headlines at its foot: the desk's e-mail for copy (本版投稿邮箱：…) and the
    # service's hotline set number first with its promise (12366…热线 全天候为您服务) above them head no story
    first = [
        "本报讯（通讯员 顾岚）3月14日，青屿市税务局在市民中心设立“春风驿站”，为新办企业提供开业指导、发票申领等一站式"
        "服务，当天接待企业代表60余人次。"
    ]
    second = [
        "本报讯（记者 华子墨）今年以来，青屿市税务局推出“预约办”“延时办”服务，纳税人可通过电子税务局提前预约办税时间"
        "，减少排队等候。",
        "截至3月底，全市已有1.2万户纳税人使用预约服务。",
    ]
    third = [
        "本报讯（通讯员 施远）3月下旬，青屿市东港区税务局走访辖区12家外贸企业，现场讲解出口退税新政，帮助企业梳理退税"
        "流程。"
    ]
    foot = ["本版投稿邮箱：qyswb_tg@163.com", "12366纳税缴费服务热线 全天候为您服务"]
    pg = newsseg.split(
        page(
            "青屿税务报",
            "2025年4月2日 星期三",
            column(first, 16),
            column(second, 16),
            column(third, 16),
            foot,
            "“春风驿站”开门迎客",
            "预约办税省时又省心",
            "退税政策送上门",
            "——东港区税务局走访外贸企业",
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "“春风驿站”开门迎客",
        "预约办税省时又省心",
        "退税政策送上门——东港区税务局走访外贸企业",
    ]
    assert set(foot) <= {r.text for r in pg.residue}


@pytest.mark.parametrize(
    "masthead",
    [
        # the weekday an OCR engine set apart
        ["东川晚报", "2023年10月17日 星期 二", "第8123期 今日16版"],
        ["东川晚报", "2023年10月17日 星 期二", "第8123期 今日16版"],
        # the Buddhist era's year, its 历 read as 厉
        ["湄江华报", "2024年8月12日 星期一 佛厉2567年"],
        # the paper's name, its page's section and number
        ["湄江华报 侨社新闻 B3", "2024年8月12日 星期一"],
        # the paper's name and its English name in capitals
        ["江岚妇女报 JIANGLAN WOMEN'S NEWS", "2021年3月9日 星期二"],
        # the section's name and the page's number between two lines of the masthead
        ["江岚妇女报", "2021年3月9日 星期二", "巾帼风采 3", "责任编辑：梅若兰 美编：秦雯"],
        # who publishes and edits it, under the issue's line
        ["翠溪時報", "2023年8月15日 星期二 第135期", "發行人：溫國棟 社長：賴清江 總編輯：葉美玲"],
        # the issue's line with the page's number last
        ["翠溪社区通讯", "第48期 2023年10月 2"],
    ],
)
def test_an_ocr_pages_masthead_lines_are_furniture_and_the_first_title_stays_whole(masthead: list[str]) -> None:
    # (an OCR engine's page: blank lines between its blocks) every masthead line goes to the residue, none into the
    # first title, and the title takes no line of the feature's text under it
    pg = newsseg.split(
        page(
            masthead,
            "一片茶叶",
            "富了一村姐妹",
            column(TEA_FEATURE, 16),
            "全市河道生态治理推进会召开",
            column(RIVER, 16),
            double_spaced=True,
        )
    )
    assert {"".join(m.split()) for m in masthead} <= {"".join(r.text.split()) for r in pg.residue}
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "一片茶叶富了一村姐妹",
        "全市河道生态治理推进会召开",
    ]
    assert paragraphs_of(pg) == [TEA_FEATURE, RIVER]


def test_a_byline_whose_role_an_ocr_engine_spaced_names_both_reporters() -> None:
    # 本报记者 某某 通讯 员 某某: the byline under the title, not a line of the headline; the paragraph prints the role
    # whole
    pg = newsseg.split(
        page(
            "江岚妇女报",
            "2021年3月9日 星期二",
            "一片茶叶富了一村姐妹",
            "本报记者 梅若兰 通讯 员 罗晓燕",
            column(TEA_FEATURE, 16),
            "全市河道生态治理推进会召开",
            column(RIVER, 16),
        )
    )
    tea = pg.articles[0]
    assert tea.headline is not None and tea.headline.text == "一片茶叶富了一村姐妹"
    assert tea.dateline is not None and tea.dateline.reporters == ("梅若兰", "罗晓燕")
    assert tea.paragraphs[0] == "本报记者 梅若兰 通讯员 罗晓燕"
    assert list(tea.paragraphs[1:]) == TEA_FEATURE


def test_a_shops_advertisement_with_its_address_and_number_beside_the_colophon_is_furniture() -> None:
    # the headlines gathered at the foot, then a shop's copy in phrases with its address and telephone, then the
    # paper's colophon: the advertisement is no subtitle of the last headline
    ad = "南湖棋具城 红木象棋 围棋套装 批发零售 地址：南湖区建设路88号 电话：0571-85263317"
    colophon = "社址：南湖区文化路12号 电话：0571-85261000 邮箱：nhqb@163.com"
    pg = newsseg.split(
        page(
            "南湖区报",
            "2022年1月7日 星期五",
            column(LIBRARY, 16),
            column(RIVER, 16),
            "市图书馆新馆正式开放",
            "全市河道生态治理推进会召开",
            ad,
            colophon,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "市图书馆新馆正式开放",
        "全市河道生态治理推进会召开",
    ]
    assert {ad, colophon} <= {r.text for r in pg.residue}


# --- the thirty-fourth batch's rules, read after the review (composed pages) ---
_MEETING = [
    "本报讯（记者 林清）六月十三日，市政府召开常务会议，研究部署全市防汛工作。市长周远主持会议。",
    "会议指出，我市已进入主汛期，近期强降雨过程频繁，部分河段水位持续上涨，防汛形势严峻。",
    "会议强调，要紧盯重点部位，对全市水库和地质灾害隐患点逐一落实巡查责任人，确保早发现。",
    "会议要求，要统筹抓好安全生产工作，深入开展重点行业领域隐患排查整治，坚决遏制重大事故。",
    "会议还研究了其他事项。",
]
_FIRE_CHECK = [
    "本报讯（记者 何川）近日，城东街道在辖区开展夏季消防安全检查，重点检查沿街商铺和老旧小区。",
    "检查中，工作人员向商户发放宣传资料，提醒大家及时清理楼道杂物。",
    "街道负责人表示，将定期开展检查，发现隐患立即督促整改到位。",
    "不少居民表示，检查让大家增强了安全意识，今后会更加注意用电用火安全。",
]


def test_on_a_flush_page_a_meeting_reports_paragraphs_open_on_what_the_meeting_did() -> None:
    # pdftotext -raw, no indents: 会议指出 / 会议强调 / 会议要求 each open a paragraph, though the one above ends
    # its last sentence right at the margin (the lines are 14 cells, each paragraph a whole number of lines)
    assert all(cells(p) % 14 == 0 for p in _MEETING[1:3])
    text = page(
        "江州日报 2024年6月14日 星期五 第2版",
        "市政府常务会议研究部署防汛工作",
        column(_MEETING, 14, indent="none"),
        "城东街道开展消防安全检查",
        column(_FIRE_CHECK, 14, indent="none"),
    )
    assert paragraphs(text) == [_MEETING, _FIRE_CHECK]


def test_a_notices_list_items_indented_as_spaces_stay_apart_however_full_the_line_above() -> None:
    # a text export keeps the indents as ideographic spaces: 一、… ends its item on a line that only looks short (its
    # figures are set narrow), and the full line under it opens on the same indent, the next item
    items = [
        "因环城北路雨污管网改造施工需要，根据有关规定，决定对该路段实施交通管制。现将有关事项通告如下：",
        "一、管制时间：2022年11月21日至2023年1月20日。",
        "二、管制期间，该路段禁止机动车由东向西方向通行。",
        "三、请过往车辆和行人服从现场交通民警指挥。",
        "特此通告。",
    ]
    text = page(
        "东陵晚报 2022年11月18日 星期五 第4版",
        "关于环城北路部分路段实施交通管制的通告",
        "　　因环城北路雨污管网改造施工需要，根据有关规定，决定",
        "对该路段实施交通管制。现将有关事项通告如下：",
        "　　一、管制时间：2022年11月21日至2023年1月20日。",
        "　　二、管制期间，该路段禁止机动车由东向西方向通行。",
        "　　三、请过往车辆和行人服从现场交通民警指挥。",
        "　　特此通告。",
        "　　东陵市公安局交通警察支队",
        "　　2022年11月16日",
    )
    (notice,) = newsseg.split(text).articles
    assert list(notice.paragraphs) == [*items, "东陵市公安局交通警察支队", "2022年11月16日"]


def test_on_a_flush_page_a_documents_first_item_opens_a_paragraph_after_a_sentence_at_the_margin() -> None:
    # the preamble ends its sentence at the margin (…实施交通管制。), and 一、 under it opens the notice's list
    preamble = "因环城北路雨污管网改造施工需要，根据道路交通安全法有关规定，决定对该段实施交通管制。"
    assert cells(preamble) % 14 == 0
    items = ["一、管制时间为十一月二十一日至明年一月二十日。", "二、管制期间，该路段禁止机动车由东向西方向通行。"]
    text = page(
        "东陵晚报 2022年11月18日 星期五 第4版",
        "城东街道开展消防安全检查",
        column(_FIRE_CHECK, 14, indent="none"),
        "环城北路实施交通管制",
        column([preamble, *items], 14, indent="none"),
        "东陵市公安局交通警察支队",
        "2022年11月16日",
    )
    pg = newsseg.split(text)
    notice = pg.articles[-1]
    assert list(notice.paragraphs[:3]) == [preamble, *items]


# --- the thirty-fifth batch's rules (composed pages) ---
_CLAN_RITES = [
    "本刊讯 十一月十二日，梅川县黄氏宗亲联谊会在城关镇宗祠举行冬祭活动，来自县内外的三百余名宗亲参加。",
    "祭祀仪式后，联谊会向八十岁以上的二十六位宗亲送上慰问金和御寒衣物。",
]
_CLAN_BURSARIES = [
    "本刊讯 联谊会奖学助学基金今年共资助考入大学的宗亲子弟十九名，每人发放助学金两千元。",
    "会长黄立民勉励受助学子勤奋学习，学成之后回报家乡。",
]
_NURSES_DAY = [
    "本报讯 5月12日，岚山市人民医院在门诊大厅开展护士节义诊活动，二十余名护理骨干为市民测量血压、讲解慢病护理知识。",
    "活动共接待市民三百余人次，发放健康宣传资料八百余份。",
]
_GERIATRIC_WARD = [
    "本报讯 近日，医院老年医学科新病区正式启用。新病区设床位四十张，配备适老化卫浴和呼叫系统。",
    "科室主任介绍，新病区将重点收治多病共存的高龄患者。",
]
_RIVERSIDE_PARK = [
    "【本報訊】澄江市政府昨日宣布，河濱公園第二期工程將於下月動工，新增自行車道三公里及親子遊戲區一處。",
    "市府表示，工程預計明年六月完工，施工期間公園照常開放。",
]
_NIGHT_BUSES = [
    "【本報訊】市區公車自本月起增開夜間班次，末班車延至晚間十一時，方便夜歸市民。",
    "交通處指出，新班次將視搭乘情形逐步調整。",
]
_FARMERS_MARKET = [
    "本报讯（记者 宋可）11月15日，澄江县城南农贸市场完成提质改造重新开业，新增摊位一百二十个。",
    "改造后的市场实行分区经营，生鲜区和熟食区互不干扰，购物环境明显改善。",
]
_COUNTY_ROAD = [
    "本报讯（记者 闵达）记者从县交通运输局获悉，澄江至白沙的县道改建工程已完成路基施工，预计明年春节前通车。",
    "道路建成后，两地车程将由一个小时缩短至二十五分钟。",
]
_LATE_RICE = [
    "本报讯（记者 卢青）眼下，白沙县二十万亩晚稻进入收割期，全县投入收割机械一千二百余台，抢抓晴好天气颗粒归仓。",
    "县农业农村局组织农机手跨乡作业，确保晚稻十一月上旬基本收割完毕。",
]
_FERRY_SHELTER = [
    "本报讯（通讯员 施雨）10月25日，白沙县江口渡口新建的候船亭投入使用，两岸群众候船不再日晒雨淋。",
    "候船亭设有座椅和安全告示牌，可同时容纳五十人候船。",
]
_TEAM_LEADERS = [
    "本报讯 3月6日，青禾集团举办一线班组长培训班，来自八个生产车间的六十名班组长参加培训。",
    "培训围绕安全生产、精益管理等内容展开，并组织学员到先进车间现场观摩。",
]
_QUALITY_AWARD = [
    "本报讯 近日，集团质检中心获评省级“工人先锋号”。该中心去年完成产品抽检一万二千余批次，未发生一起质量事故。",
]
_NIGHT_READING = [
    "【本報訊】溪南市立圖書館即日起推出「夜讀計畫」，每週五開放至晚間十時，並安排說故事及讀書會活動。",
    "館方表示，活動免費參加，歡迎市民攜家帶眷前往。",
]
_BEACH_CLEANUP = [
    "【本報訊】市府環保處將於本月二十日舉辦淨灘活動，號召市民一同清理海岸垃圾，參加者可獲志工時數證明。",
]
_TEA_PICKING = [
    "本报讯（记者 柯雯）4月8日，云岭县首届春茶开采节在高山茶园举行，来自周边县市的茶商和游客千余人参加。",
    "活动现场举行了采茶比赛和制茶技艺展示，不少游客亲手体验了揉茶、炒茶。",
]
_RIVER_BRIDGE = [
    "本报讯（通讯员 岑松）近日，云岭县石门河大桥完成主体合龙，标志着该桥建设进入桥面施工阶段。",
    "大桥建成后，将结束两岸群众绕行二十公里过河的历史。",
]
_RICE_SEEDS = [
    "本刊讯 连日来，鹿原县农技人员深入田间地头，指导农户做好早稻浸种催芽，全县已备足早稻种子三十万公斤。",
    "县农技站提醒，近期气温回升较慢，浸种前要晒种一至两天，提高发芽率。",
]
_PIG_FARMS = [
    "本刊讯 鹿原县今年新建标准化生猪养殖场六个，全县生猪存栏稳定在二十万头以上。",
    "县畜牧站组织技术人员开展春季动物防疫，确保不发生重大疫情。",
]
_VEG_PRICES = [
    "本报讯（记者 严冬）受连续降温影响，本周我市蔬菜价格小幅上涨，叶菜类涨幅较大。",
    "市发改委价格监测中心表示，随着大棚蔬菜集中上市，菜价有望回落。",
]
_GRAIN_BUYING = [
    "本报讯（记者 严冬）近日，我市晚籼稻收购进入高峰，各收购点日均收购量达八百吨。",
    "粮食部门提醒售粮农户，要把粮食晒干扬净，避免压级压价。",
]
_KIN_LETTER = [
    "欣闻家乡宗祠修缮工程即将竣工，我等旅居海外的宗亲无不欢欣鼓舞。",
    "我们商议，由南洋宗亲会捐资三十万元，用于宗祠门楼和族谱馆建设，略表游子之心。",
    "祝宗亲们身体健康，阖家幸福！",
]
_AGED_BANQUET = [
    "本刊讯 十月四日重阳节，安溪村林氏宗亲会在宗祠设宴，为全村七十岁以上的九十二位老人摆寿宴祝寿。",
    "宗亲会还为每位老人送上了寿面和慰问金。",
]
_HEART_QA = [
    "问：入冬以后，家里老人一受凉就胸闷气短，应该注意些什么？",
    "答：冠心病患者冬季要注意保暖，避免清晨外出锻炼，外出时戴好帽子和围巾。",
    "问：平时的药能自行停吗？",
    "答：不能。降压、降脂等药物要在医生指导下规律服用，切勿自行停药或减量。",
]
_WEEKEND_CLINICS = [
    "为方便群众就医，自2023年6月1日起，我院眼科、口腔科门诊周六全天正常开诊，周日上午开诊。",
    "特此公告。",
]
_TCM_NURSES_DAY = [
    "本报讯 5月12日，衡岭市中医医院在门诊大厅开展护士节义诊活动，二十余名护理骨干为市民测量血压、讲解慢病护理知识。",
    "活动共接待市民三百余人次，发放健康宣传资料八百余份。",
]
_MAYOR_VISIT = [
    "【本報訊】母親節前夕﹐溪南市長陳志遠昨日前往市立安養中心探視長輩﹐感謝照護人員的辛勞﹐並宣布明年將增設日間照顧床位五十床。",
]
_STREETLIGHT_QA = [
    "問：我家巷口的路燈已經壞了一個多星期﹐晚上經過很危險﹐請問要向哪個單位反映？",
    "答：路燈故障可撥打市府路燈維修專線通報﹐維修人員原則上會在三日內完成修復。",
]
_SHIHU_BANQUET = [
    "本刊讯 十月四日重阳节，石湖陈氏宗亲联谊会在宗祠设宴，为全村七十岁以上的九十二位老人摆寿宴祝寿。",
    "联谊会还为每位老人送上了寿面和慰问金。",
]
_SHIHU_BURSARIES = [
    "本刊讯 截至十一月底，联谊会助学基金已累计资助宗亲子弟就读大学八十六人次，发放助学金二十余万元。",
]


def _squeezed(texts: list[str]) -> set[str]:
    """Texts with their spaces taken out (the residue squeezes a line's spaces)."""
    return {"".join(t.split()) for t in texts}


def test_a_bulletins_issue_line_saying_how_it_circulates_and_its_runner_above_are_furniture() -> None:
    # a clan bulletin's masthead: its name, who runs it (…联谊会主办), and the issue with how it circulates in
    # brackets (（内部资料 免费赠阅）): none of them is part of the first title
    masthead = ["梅川黄氏宗讯", "梅川县黄氏宗亲联谊会主办", "2023年6月 第27期（内部资料 免费赠阅）"]
    pg = newsseg.split(
        page(masthead, "宗祠举行冬祭活动", column(_CLAN_RITES, 16), "十九名学子获助学金", column(_CLAN_BURSARIES, 16))
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == ["宗祠举行冬祭活动", "十九名学子获助学金"]
    assert _squeezed(masthead) <= _squeezed([r.text for r in pg.residue])


def test_who_runs_a_hospital_paper_and_how_it_circulates_among_the_masthead_lines_is_furniture() -> None:
    # 主办：某某医院 内部资料 免费交流 under the date line: the masthead's, not the kicker of the first title
    run_by = "主办：岚山市人民医院 内部资料 免费交流"
    pg = newsseg.split(
        page(
            "岚山医苑",
            "2023年5月20日 星期六 第88期",
            run_by,
            "护士节义诊暖人心",
            column(_NURSES_DAY, 16),
            "老年医学科新病区启用",
            column(_GERIATRIC_WARD, 16),
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "护士节义诊暖人心",
        "老年医学科新病区启用",
    ]
    assert run_by in {r.text for r in pg.residue}


def test_a_weeklys_letter_spaced_name_on_the_first_line_over_the_date_is_furniture() -> None:
    # 澄 江 市 政 週 報 set as display type over the date: the paper's name, not the first piece's kicker
    pg = newsseg.split(
        page(
            "澄 江 市 政 週 報",
            "2023年9月8日 星期五",
            "河濱公園二期下月動工",
            column(_RIVERSIDE_PARK, 16),
            "公車增開夜間班次",
            column(_NIGHT_BUSES, 16),
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "河濱公園二期下月動工",
        "公車增開夜間班次",
    ]
    assert "澄江市政週報" in _squeezed([r.text for r in pg.residue])


def test_a_papers_name_before_the_masthead_date_and_weekday_on_the_first_line_is_furniture() -> None:
    # 今日澄江 2023年11月16日 星期四: a paper's name of any words before the date, over the page's section and number
    # (a composition's title and its date, 国庆见闻 2023年10月1日 星期日, open no masthead)
    masthead = "今日澄江 2023年11月16日 星期四"
    pg = newsseg.split(
        page(
            masthead,
            "综合新闻 2",
            "城南农贸市场改造后开业",
            column(_FARMERS_MARKET, 16),
            "澄白县道明年春节前通车",
            column(_COUNTY_ROAD, 16),
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "城南农贸市场改造后开业",
        "澄白县道明年春节前通车",
    ]
    assert "".join(masthead.split()) in _squeezed([r.text for r in pg.residue])


def test_the_weather_services_line_under_a_weather_box_is_furniture_not_the_next_kicker() -> None:
    # a weather box at the page's foot, its rows and then who issued it (白沙县气象台发布): the box's, not a title of
    # a piece (over a short line, 某某县气象台发布 / 寒潮蓝色预警, it is a title's first line)
    box = ["今日天气", "多云转晴 东北风2～3级", "气温 12℃～23℃", "白沙县气象台发布"]
    pg = newsseg.split(
        page(
            "白沙农民报 2023年10月27日 星期五 第3版",
            "二十万亩晚稻开镰收割",
            column(_LATE_RICE, 16),
            "江口渡口候船亭启用",
            column(_FERRY_SHELTER, 16),
            box,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "二十万亩晚稻开镰收割",
        "江口渡口候船亭启用",
    ]
    assert _squeezed(box) <= _squeezed([r.text for r in pg.residue])


def test_an_in_house_papers_licence_to_print_under_the_foot_headlines_is_furniture() -> None:
    # the texts first, their headlines gathered at the foot, then the licence (内部资料性出版物准印证号：…): no
    # subtitle of the last headline
    licence = "内部资料性出版物准印证号：（青）2024-0186"
    pg = newsseg.split(
        page(
            "青禾集团报",
            "2024年3月8日 星期五 第212期",
            column(_TEAM_LEADERS, 16),
            column(_QUALITY_AWARD, 16),
            "集团举办班组长培训班",
            "质检中心获评“工人先锋号”",
            licence,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "集团举办班组长培训班",
        "质检中心获评“工人先锋号”",
    ]
    assert licence in {r.text for r in pg.residue}


def test_who_publishes_the_paper_with_its_gpn_and_how_it_is_had_as_the_last_line_is_furniture() -> None:
    # a city's newsletter, its headlines at the foot, then 某某處編印 GPN︰… 本刊免費索取 closing the page
    publisher = "溪南市政府秘書處編印 GPN︰2011200345 本刊免費索取"
    pg = newsseg.split(
        page(
            "溪南市政通訊",
            "2023年10月6日 星期五",
            column(_NIGHT_READING, 16),
            column(_BEACH_CLEANUP, 16),
            "圖書館推出夜讀計畫",
            "環保處號召市民淨灘",
            publisher,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "圖書館推出夜讀計畫",
        "環保處號召市民淨灘",
    ]
    assert "".join(publisher.split()) in _squeezed([r.text for r in pg.residue])


def test_the_colophon_of_the_body_running_the_paper_with_its_hotline_and_mailbox_is_furniture() -> None:
    # 某某县融媒体中心主办 新闻热线：… 投稿邮箱：… under the headlines at the foot: not the last one's subtitle
    colophon = "云岭县融媒体中心主办 新闻热线：0872-6123456 投稿邮箱：ylxrmt@126.com"
    pg = newsseg.split(
        page(
            "云岭新闻 2024年4月10日 星期三 第4版",
            column(_TEA_PICKING, 16),
            column(_RIVER_BRIDGE, 16),
            "首届春茶开采节举行",
            "石门河大桥主体合龙",
            colophon,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "首届春茶开采节举行",
        "石门河大桥主体合龙",
    ]
    assert colophon in {r.text for r in pg.residue}


def test_a_weeklys_house_that_publishes_it_with_its_service_hotline_at_the_foot_is_furniture() -> None:
    # 某某周刊社出版 农技咨询热线 12316 under the foot headlines: the weekly's colophon
    colophon = "鹿原农经周刊社出版 农技咨询热线 12316"
    pg = newsseg.split(
        page(
            "鹿原农经 2024年3月15日 星期五 第6期",
            column(_RICE_SEEDS, 16),
            column(_PIG_FARMS, 16),
            "早稻浸种催芽正当时",
            "新建标准化养殖场六个",
            colophon,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "早稻浸种催芽正当时",
        "新建标准化养殖场六个",
    ]
    assert "".join(colophon.split()) in _squeezed([r.text for r in pg.residue])


def test_a_seed_advertisement_in_phrases_with_its_number_to_order_before_the_foot_headlines_is_furniture() -> None:
    # the last story's full stop, then the goods and what they are in phrases and 订购热线：…, then the headlines
    # at the foot: the advertisement heads no story and the masthead stays furniture
    ad = "金穗 58 玉米良种 耐旱 高产稳产 订购热线：139 0745 6218"
    pg = newsseg.split(
        page(
            "鹿原农经 2024年3月15日 星期五 第6期",
            column(_RICE_SEEDS, 16),
            column(_PIG_FARMS, 16),
            ad,
            "早稻浸种催芽正当时",
            "新建标准化养殖场六个",
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "早稻浸种催芽正当时",
        "新建标准化养殖场六个",
    ]
    assert "".join(ad.split()) in _squeezed([r.text for r in pg.residue])


@pytest.mark.parametrize(
    "box",
    [
        # names padded to the column's width
        ["品名 本周 上周 涨跌", "冬 瓜 2.10 2.30 -8.7%", "菠 菜 6.20 5.80 6.9%", "茄 子 5.60 5.60 持平"],
        # a name and a price's range, under the box's label (ranges alone are a story's list as often)
        ["本周稻谷收购参考价", "晚籼稻 136—140", "中晚稻 138—142", "粳稻 150—156"],
        # the head row with its unit in brackets
        ["品 名 价格（元 / 公斤）", "西红柿 5.60 5.60 持平", "土豆 3.20 3.00 6.7%", "大白菜 1.80 1.60 12.5%"],
        # the unit alone on its line, no brackets
        [
            "单位：元 / 公斤",
            "品名 本周 上周 涨跌",
            "西红柿 5.60 5.60 持平",
            "土豆 3.20 3.00 6.7%",
            "大白菜 1.80 1.60 12.5%",
        ],
        # the box's label, …参考价
        [
            "蔬菜批发参考价",
            "品名 本周 上周 涨跌",
            "西红柿 5.60 5.60 持平",
            "土豆 3.20 3.00 6.7%",
            "大白菜 1.80 1.60 12.5%",
        ],
    ],
)
def test_a_price_tables_rows_head_unit_and_label_between_two_stories_are_furniture(box: list[str]) -> None:
    # a box of prices set between two stories: every line of it goes to the residue, none into the next title
    pg = newsseg.split(
        page(
            "柳川晚报 2023年12月6日 星期三 第5版",
            "寒潮来袭 菜价小幅上涨",
            column(_VEG_PRICES, 16),
            box,
            "晚籼稻收购进入高峰",
            column(_GRAIN_BUYING, 16),
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "寒潮来袭 菜价小幅上涨",
        "晚籼稻收购进入高峰",
    ]
    assert paragraphs_of(pg) == [_VEG_PRICES, _GRAIN_BUYING]
    assert _squeezed(box) <= _squeezed([r.text for r in pg.residue])


def test_a_letter_to_kin_opens_on_its_salutation_under_its_title() -> None:
    # 国华宗长并各位宗亲： on a line of its own under the letter's title: the letter's first paragraph, not a line
    # of its headline
    pg = newsseg.split(
        page(
            "安溪林氏宗讯",
            "2023年2月 第31期",
            "致家乡宗亲的一封信",
            "国华宗长并各位宗亲：",
            column(_KIN_LETTER, 16),
            "宗侄 林启航 敬上",
            "2023年2月6日",
            "重阳敬老宴暖人心",
            column(_AGED_BANQUET, 16),
        )
    )
    letter = pg.articles[0]
    assert letter.headline is not None and letter.headline.text == "致家乡宗亲的一封信"
    assert letter.paragraphs[0] == "国华宗长并各位宗亲："
    assert list(letter.paragraphs[1:4]) == _KIN_LETTER
    assert pg.articles[1].headline is not None and pg.articles[1].headline.text == "重阳敬老宴暖人心"


def test_a_doctors_credit_by_department_and_rank_is_the_byline_of_a_questions_piece() -> None:
    # 健康问答 / its title / 文／心血管内科副主任医师 某某 / 问：… 答：…: the doctor is the piece's reporter, the
    # credit no line of its headline
    pg = newsseg.split(
        page(
            "岚山医苑",
            "2023年11月20日 星期一 第94期",
            "护士节义诊暖人心",
            column(_NURSES_DAY, 16),
            "健康问答",
            "冬季如何守护心血管健康",
            "文／心血管内科副主任医师 谭慧敏",
            column(_HEART_QA, 16),
        )
    )
    assert len(pg.articles) == 2
    qa = pg.articles[1]
    assert qa.headline is not None and (qa.headline.kicker, qa.headline.title) == ("健康问答", "冬季如何守护心血管健康")
    assert qa.dateline is not None and qa.dateline.reporters == ("谭慧敏",)
    assert list(qa.paragraphs[1:]) == _HEART_QA


def test_a_hospitals_booking_line_and_its_qr_prompt_at_the_foot_are_furniture_and_the_notice_keeps_its_title() -> None:
    # the texts first (a notice signed by the hospital, then a report), their titles at the foot, then the line to
    # book (预约挂号：…（8:00—17:00）) and the prompt to follow its account (扫码关注… 了解更多…)
    foot = ["预约挂号：0739-5123366（8:00—17:00）", "扫码关注“衡岭中医”微信公众号 了解更多就医指南"]
    pg = newsseg.split(
        page(
            "衡岭中医",
            "2023年5月20日 星期六 第61期",
            column(_WEEKEND_CLINICS, 16),
            "衡岭市中医医院",
            "2023年5月18日",
            column(_TCM_NURSES_DAY, 16),
            "周末门诊时间调整公告",
            "护士节义诊暖人心",
            foot,
        )
    )
    assert [a.headline.text if a.headline else None for a in pg.articles] == [
        "周末门诊时间调整公告",
        "护士节义诊暖人心",
    ]
    assert set(foot) <= {r.text for r in pg.residue}


def test_a_caption_whose_bracketed_supplier_the_wrap_cut_closes_there_over_the_next_label_and_title() -> None:
    # the caption ends …花束。(市府 / 秘書處提供): the credit closes it, and 民意信箱 / 路燈壞了找誰修？ under it
    # head the questions piece below, not the caption's tail
    pg = newsseg.split(
        page(
            "溪南市政通訊",
            "2023年5月12日 星期五",
            "市長探視安養中心長輩",
            column(_MAYOR_VISIT, 16),
            "圖：陳志遠市長昨日到安養中心探視",
            "長輩﹐並向長輩們致贈花束。(市府",
            "秘書處提供)",
            "民意信箱",
            "路燈壞了找誰修？",
            column(_STREETLIGHT_QA, 16),
        )
    )
    assert [(a.headline.kicker, a.headline.title) if a.headline else None for a in pg.articles] == [
        (None, "市長探視安養中心長輩"),
        ("民意信箱", "路燈壞了找誰修？"),
    ]
    (caption,) = pg.articles[0].captions
    assert caption.startswith("圖：陳志遠市長") and caption.endswith("（市府秘書處提供）")


def test_the_colophons_fields_over_the_invitation_to_write_in_at_the_foot_are_furniture() -> None:
    # 会址：… 电话：… over 欢迎宗亲踊跃投稿 …: the bulletin's foot, not the last paragraph of the last story
    foot = ["会址：石湖镇沿河路16号 电话：0595-2276 5310", "欢迎宗亲踊跃投稿 来稿请寄联谊会秘书处"]
    pg = newsseg.split(
        page(
            "石湖陈氏宗讯",
            "2022年12月 第18期",
            "重阳敬老宴暖人心",
            column(_SHIHU_BANQUET, 16),
            "助学基金累计资助八十六人次",
            column(_SHIHU_BURSARIES, 16),
            foot,
        )
    )
    assert paragraphs_of(pg) == [_SHIHU_BANQUET, _SHIHU_BURSARIES]
    assert set(foot) <= {r.text for r in pg.residue}


# --- the thirty-seventh batch: a desk signing a brief, a regular poem's couplets, a byline of two names after its
# marker, a picture's placeholder and a masthead's section in two parts (composed pages) ---
_DISABLED_DAY = (
    "本报讯 5月16日，市残联在人民广场举办全国助残日主题活动，为一百多名残疾人提供义诊、辅具适配和就业咨询服务。"
)
_GAS_CHECKS = "本报讯 日前，城东街道组织志愿者走访辖区独居老人，为他们检查家中燃气管道和电线，更换老化插座四十余个。"


def test_a_desk_in_brackets_under_a_briefs_last_sentence_signs_it_and_a_writers_post_does_not() -> None:
    # the brief's last line is full to within a few cells, the desk on the next line (（市残联）): it signs the brief,
    # the end of its paragraph; the writer's post in brackets (（作者系退休干部）) is no desk, a line of its own
    pg = newsseg.split(
        page(
            "青城日报 2024年5月18日 星期六 第4版",
            "简讯",
            wrap(_DISABLED_DAY, 14),
            "（市残联）",
            wrap(_GAS_CHECKS, 14),
            "（作者系退休干部）",
        )
    )
    assert paragraphs_of(pg) == [[_DISABLED_DAY + "（市残联）"], [_GAS_CHECKS, "（作者系退休干部）"]]


_FIVE_CHARACTER_POEM = [
    "山寺钟声远，溪桥柳色新。",
    "牧童横笛去，归鸟入林频。",
    "野老扶犁早，村姑采茗勤。",
    "春风吹不尽，处处是芳邻。",
]
_SEVEN_CHARACTER_POEM = ["竹篱茅舍傍溪斜，雨后新泥燕子家。", "最喜邻翁呼饮酒，一壶春色话桑麻。"]
_HOME_VISIT = [
    "前些日子回了一趟老家，村里新修了水泥路，家家户户门前种上了花，傍晚时分，老人们坐在村口的大树下聊天。",
    "城里住久了，总惦记着老家的那份安静。每次回去，都觉得心里亮堂了许多。",
]


@pytest.mark.parametrize(
    ("poem", "width"), [(_FIVE_CHARACTER_POEM, 12), (_SEVEN_CHARACTER_POEM, 16)], ids=["five", "seven"]
)
def test_a_regular_poem_set_a_couplet_a_line_keeps_each_couplet_a_paragraph(poem: list[str], width: int) -> None:
    # each couplet fills the column's measure (five or seven characters a half), so no line looks short: the
    # couplet's form says the line is whole
    pg = newsseg.split(
        page("晚晴报 2024年5月8日 星期三 第8版", "回乡小记", column(_HOME_VISIT, width), "春日山村", "□ 谢长庚", poem)
    )
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["回乡小记", "春日山村"]
    assert paragraphs_of(pg)[0] == _HOME_VISIT
    assert paragraphs_of(pg)[1][-len(poem) :] == poem


@pytest.mark.parametrize("line", ["■赵一鸣 闫 磊", "■赵一鸣、闫 磊", "●赵一鸣 闫 磊", "■ 赵一鸣 闫 磊"])
def test_a_black_marker_before_two_names_the_second_padded_to_three_is_a_byline(line: str) -> None:
    assert repair.is_byline(line)


@pytest.mark.parametrize("placeholder", ["[图片]", "【图】", "<图片>", "［图片2］", "[image]"])
def test_a_picture_placeholder_a_text_export_leaves_on_a_line_of_its_own_is_furniture(placeholder: str) -> None:
    # where a photo stood, under the second story's title and inside the first story's text: the placeholder is
    # the page's furniture, neither a line of the title nor a paragraph
    text = page(
        "青城日报 2024年5月13日 星期一 第3版",
        "市图书馆新馆开放",
        column(LIBRARY[:2], 16),
        placeholder,
        column(LIBRARY[2:], 16),
        "河道治理推进会召开",
        placeholder,
        column(RIVER, 16),
    )
    pg = newsseg.split(text)
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["市图书馆新馆开放", "河道治理推进会召开"]
    assert paragraphs_of(pg) == [LIBRARY, RIVER]
    at = [n for n, line in enumerate(text.split("\n"), start=1) if line == placeholder]
    assert [r.lines for r in pg.residue if r.text == placeholder] == [(n,) for n in at]


@pytest.mark.parametrize(
    "masthead",
    [
        "晚晴报 2024年5月8日 星期三 读者·健康 6",
        "前哨报 2024年4月20日 星期六 基层・训练 3",
        "青城晚报 2023年11月2日 星期四 文化•副刊 8",
    ],
)
def test_a_masthead_line_naming_its_section_in_two_parts_about_a_middle_dot_is_furniture(masthead: str) -> None:
    pg = newsseg.split(page(masthead, "市图书馆新馆开放", column(LIBRARY, 16), "河道治理推进会召开", column(RIVER, 16)))
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["市图书馆新馆开放", "河道治理推进会召开"]
    assert [_squeezed([r.text]) for r in pg.residue] == [_squeezed([masthead])]


# --- the thirty-seventh batch's rules: a price table's rows closing on 涨/跌/平, lines indented by spaces that are
# no cut pieces (composed pages) ---
_WEEKS_VEGETABLES = [
    "本报讯（记者 储文静）受连日降温影响，本周我市蔬菜批发价格涨跌互现，叶菜类价格小幅上涨，根茎类基本持平。",
    "市场负责人表示，近期本地蔬菜陆续上市，预计下周菜价总体保持平稳。",
]
_REOPENED_POOL = [
    "本报讯（记者 甄蓓）6月8日，东湖游泳馆完成改造重新开放。馆内新增儿童戏水池，泳池水温常年保持在二十七度。",
    "据介绍，游泳馆暑期每天开放十二个小时，学生凭证件可享半价优惠。",
]
_RISE_OR_FALL_ROWS = ["白菜 1.20 1.15 涨", "黄瓜 4.10 4.30 跌", "土豆 3.20 3.20 平", "西红柿 5.60 5.40 涨"]


@pytest.mark.parametrize(
    "box",
    [
        _RISE_OR_FALL_ROWS,
        ["品名 本周 上周 涨跌", *_RISE_OR_FALL_ROWS],
        ["本周蔬菜批发价", "品名 本周 上周 涨跌", "白菜 1.20 1.15 涨", "黄 瓜 4.10 4.30 跌", "土豆 3.20 3.20 平"],
    ],
    ids=["rows", "head-and-rows", "label-head-and-padded-name"],
)
def test_a_price_tables_rows_closing_on_a_rise_or_fall_in_a_word_stay_one_row_a_line(box: list[str]) -> None:
    # 白菜 1.20 1.15 涨 / 黄瓜 4.10 4.30 跌 / …: a table between two stories, its change said in a word; every row
    # is a line of the page's residue, none runs into the other or into the next story's title
    text = page(
        "柳川晚报 2023年12月6日 星期三 第5版",
        "本周菜价涨跌互现",
        column(_WEEKS_VEGETABLES, 16),
        box,
        "东湖游泳馆重新开放",
        column(_REOPENED_POOL, 16),
    )
    pg = newsseg.split(text)
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["本周菜价涨跌互现", "东湖游泳馆重新开放"]
    assert paragraphs_of(pg) == [_WEEKS_VEGETABLES, _REOPENED_POOL]
    first = text.split("\n").index(box[0]) + 1
    assert [("".join(r.text.split()), r.lines) for r in pg.residue[1:]] == [
        ("".join(line.split()), (first + k,)) for k, line in enumerate(box)
    ]


@pytest.mark.parametrize(
    "rows",
    [
        _RISE_OR_FALL_ROWS,
        ["品种 本周 上周 涨跌", *_RISE_OR_FALL_ROWS],
    ],
    ids=["rows", "head-and-rows"],
)
def test_a_tables_rows_under_a_sentence_ending_如下_are_the_storys_a_row_a_paragraph(rows: list[str]) -> None:
    # …部分品种批发均价如下： / 白菜 1.20 1.15 涨 / …: the story's own table, each row a paragraph of it, and the
    # paragraph under the rows the story's next
    intro = "本报讯（记者 储文静）记者昨日从市农产品批发市场了解到，本周蔬菜价格涨跌互现，部分品种批发均价如下："
    outlook = "市场负责人表示，近期本地蔬菜陆续上市，预计下周菜价总体保持平稳。"
    pg = newsseg.split(
        page(
            "柳川晚报 2023年12月6日 星期三 第5版", "本周菜价涨跌互现", column([intro], 16), rows, column([outlook], 16)
        )
    )
    (story,) = pg.articles
    assert story.headline is not None and story.headline.title == "本周菜价涨跌互现"
    assert (story.paragraphs[0], story.paragraphs[-1]) == (intro, outlook)
    assert ["".join(p.split()) for p in story.paragraphs[1:-1]] == ["".join(r.split()) for r in rows]


_DIARY_GIFT = [
    "本报讯（记者 岳青）近日，退休教师郑秋云把珍藏了四十年的一本日记捐给了县档案馆。日记记录了她当年在山村小学教书"
    "的点滴。",
    "记者翻开这本日记，泛黄的纸页上，一行行字迹清秀。",
]
_DIARY_ENTRY = "“那年冬天特别冷，教室的窗户没有玻璃，我和孩子们用旧报纸糊上，生起一盆炭火，照样把课上完。”"
_DIARY_HOPE = "郑秋云说，希望这本日记能让年轻人了解那个年代乡村教师的生活。"
_CHERRY_LEAD = "本报讯（记者 岳青）今年以来，南山镇引进樱桃新品种，推广避雨栽培技术，全镇的樱桃产量明显提升。"
_CHERRY_QUOTE = "“樱桃订单多得接不完。”"
_CHERRY_ONLINE = "果农何大姐一边采摘一边告诉记者，今年她家的樱桃每斤比去年多卖了五元，光网店就卖出了两千多单。"


@pytest.mark.parametrize("spaces", ["\u3000", "  "], ids=["ideographic", "ascii"])
@pytest.mark.parametrize("quoted", ["passage", "line"])
def test_a_quotation_indented_by_spaces_under_a_short_last_line_is_a_paragraph_of_its_own(
    quoted: str, spaces: str
) -> None:
    # the page keeps its indents as spaces (a layout-keeping extractor): …一行行字迹清秀。 / 　　　　“那年冬天…, a
    # diary's entry set indented as a block, or a quotation of a line, 　　“樱桃订单…”, under a paragraph's short last
    # line; together the two fill the measure as pdftotext -raw's pieces of one printed line do, but the indent
    # says the quotation opens a paragraph
    def indented(lines: list[str]) -> list[str]:
        return [line.replace("\u3000", spaces) for line in lines]

    if quoted == "passage":
        expected = [*_DIARY_GIFT, _DIARY_ENTRY, _DIARY_HOPE]
        body = [
            column(_DIARY_GIFT, 20, indent="spaces"),
            ["\u3000\u3000" + line for line in wrap(_DIARY_ENTRY, 16, indent="spaces")],
            column([_DIARY_HOPE], 20, indent="spaces"),
        ]
    else:
        expected = [_CHERRY_LEAD, _CHERRY_QUOTE, _CHERRY_ONLINE]
        body = [column(expected, 20, indent="spaces")]
    pg = newsseg.split(page("南山日报 2024年5月20日 星期一 第2版", "南山樱桃红了", *(indented(b) for b in body)))
    assert paragraphs_of(pg) == [expected]


# --- the thirty-ninth batch's rules ---
# (a Chinese paper abroad: its stories in traditional characters, its masthead in Chinese and English)
_COMMUNITY_CENTRE = [
    "【本報訊】列治文市議會日前通過決議，將在市中心新建一座多功能社區中心，設有體育館、圖書室和長者活動室，預計明年"
    "動工。",
    "市長表示，新中心落成後將大大緩解市中心社區設施不足的問題。",
]
_EXPRESS_BUS = [
    "【本報訊】卑詩省交通廳宣布，連接本拿比與高貴林的新巴士快線將於下月通車，高峰時段每五分鐘一班。",
    "交通廳長表示，快線通車後，兩地之間的通勤時間可縮短二十分鐘。",
]


def _overseas_page(*masthead: str | list[str], between: list[str] | None = None) -> str:
    """Two stories of a paper abroad under ``masthead``, ``between`` them what a page may set between two stories."""
    return page(
        *masthead,
        "列治文將建多功能社區中心",
        column(_COMMUNITY_CENTRE, 16),
        between or [],
        "新巴士快線下月通車",
        column(_EXPRESS_BUS, 16),
    )


def _titles(pg: newsseg.Page) -> list[str | None]:
    return [a.headline.title if a.headline else None for a in pg.articles]


@pytest.mark.parametrize(
    "dated",
    [
        "2025年3月18日 星期二 Tuesday, March 18, 2025",
        "2025年3月18日 星期二 18 Mar 2025",
        "2025年3月18日 星期二 Tuesday",
    ],
    ids=["month-first", "day-first", "weekday"],
)
def test_a_masthead_date_followed_by_the_date_in_english_is_furniture_not_the_first_title(dated: str) -> None:
    # 溫哥華華報 / 2025年3月18日 星期二 Tuesday, March 18, 2025: the date line of a paper abroad, in Chinese and then in
    # English; the page's residue, no line of the title under it
    pg = newsseg.split(_overseas_page("溫哥華華報", dated))
    assert _titles(pg) == ["列治文將建多功能社區中心", "新巴士快線下月通車"]
    assert paragraphs_of(pg) == [_COMMUNITY_CENTRE, _EXPRESS_BUS]
    assert [("".join(r.text.split()), r.lines) for r in pg.residue] == [
        ("溫哥華華報", (1,)),
        ("".join(dated.split()), (2,)),
    ]


@pytest.mark.parametrize(
    "section", ["A5 本地新聞 Local News", "B2 港聞 Hong Kong", "A8 國際新聞 World News", "B1 財經 Business & Finance"]
)
def test_a_pages_number_and_section_with_its_english_name_is_furniture_not_the_first_title(section: str) -> None:
    # 溫哥華華報 / A5 本地新聞 Local News: the running head names the page's section in both languages
    pg = newsseg.split(_overseas_page("溫哥華華報", section))
    assert _titles(pg) == ["列治文將建多功能社區中心", "新巴士快線下月通車"]
    assert paragraphs_of(pg) == [_COMMUNITY_CENTRE, _EXPRESS_BUS]
    assert _squeezed([r.text for r in pg.residue]) == _squeezed(["溫哥華華報", section])


@pytest.mark.parametrize(
    "line",
    [
        "2025年3月18日 星期二 Tuesday, March 18, 2025",
        "2025年3月18日 星期二 Tuesday, Mar. 18, 2025",
        "2025年3月18日 星期二 18 Mar 2025",
        "2025年3月18日 星期二 18 March 2025",
        "2025年3月18日 星期二 Tuesday",
        "A5 本地新聞 Local News",
        "A12 加國新聞 Canada News",
        "B2 港聞 Hong Kong",
        "B1 財經 Business & Finance",
    ],
)
def test_a_masthead_line_with_the_date_or_the_section_in_english_beside_the_chinese_is_furniture(line: str) -> None:
    assert repair.is_furniture(line)


@pytest.mark.parametrize("paper", ["6 东江日报", "东江日报 6"])
@pytest.mark.parametrize("date_first", [False, True], ids=["paper-first", "date-first"])
def test_the_pages_number_beside_the_papers_name_is_furniture_not_the_first_titles_kicker(
    paper: str, date_first: bool
) -> None:
    # 6 东江日报 (the running head at the page's outer edge, the page's number before the paper's name or after it):
    # the page's residue, whether the date's line stands above it or not
    masthead = ["2024年5月4日 星期六", paper] if date_first else [paper]
    pg = newsseg.split(page(masthead, "市图书馆新馆开放", column(LIBRARY, 16), "河道治理推进会召开", column(RIVER, 16)))
    heads = [(h.kicker, h.title) if (h := a.headline) else None for a in pg.articles]
    assert heads == [(None, "市图书馆新馆开放"), (None, "河道治理推进会召开")]
    assert paragraphs_of(pg) == [LIBRARY, RIVER]
    assert _squeezed([r.text for r in pg.residue]) == _squeezed(masthead)


@pytest.mark.parametrize("line", ["6 东江日报", "东江日报 6", "A6 东江日报", "12 楓華日報", "A3 南岭晚报"])
def test_a_papers_name_with_the_pages_number_before_or_after_it_is_furniture(line: str) -> None:
    assert repair.is_furniture(line)


_STOCKS_CLOSE = [
    "本报讯（记者 尹嘉禾）5月3日，沪深两市主要股指小幅收涨，成交额较前一交易日有所放大，新能源板块涨幅居前。",
    "分析人士认为，短期内市场仍将以结构性行情为主，投资者宜关注业绩确定性较强的板块。",
]
_PORT_COMPANY = [
    "本报讯（记者 尹嘉禾）东江港务集团5月3日发布公告，今年一季度公司完成货物吞吐量两千一百万吨，同比增长一成。",
    "公司表示，二季度将继续推进码头自动化改造，力争全年吞吐量突破九千万吨。",
]


@pytest.mark.parametrize(
    ("masthead", "section", "kicker"),
    [
        (["东江日报", "2024年5月4日 星期六"], "证券·财经", "公司·动态"),
        (["东江日报", "2024年5月4日 星期六"], "财经", "公司·动态"),
        (["6 东江日报", "2024年5月4日 星期六"], "财经新闻", "财经·公司"),
    ],
    ids=["two-parts-about-a-dot", "section", "news-under-the-pages-number"],
)
def test_a_sections_name_alone_under_the_masthead_is_furniture_and_a_label_lower_down_heads_its_title(
    masthead: list[str], section: str, kicker: str
) -> None:
    # 东江日报 / 2024年5月4日 星期六 / 证券·财经 / 两市股指小幅收涨: with only the masthead's lines above it the
    # section's name is the page's, no kicker of the first title; a label of the same look after a finished story,
    # 公司·动态 over the next title, is no furniture but that title's kicker
    pg = newsseg.split(
        page(
            masthead,
            section,
            "两市股指小幅收涨",
            column(_STOCKS_CLOSE, 16),
            kicker,
            "东江港务一季度吞吐量增长一成",
            column(_PORT_COMPANY, 16),
        )
    )
    heads = [(h.kicker, h.title) if (h := a.headline) else None for a in pg.articles]
    assert heads == [(None, "两市股指小幅收涨"), (kicker, "东江港务一季度吞吐量增长一成")]
    assert paragraphs_of(pg) == [_STOCKS_CLOSE, _PORT_COMPANY]
    assert [("".join(r.text.split()), r.lines) for r in pg.residue][-1] == (section, (len(masthead) + 1,))


_SCHOOL_TREES = [
    "【記者黃志豪／東石報導】東石國小今年迎來建校一百週年，學校日前舉辦植樹活動，邀請歷屆校友回到母校，與師生一同"
    "在校園周邊種下一百棵台灣欒樹。",
    "校長表示，這些樹將陪伴學弟學妹成長，也象徵學校走過的百年歲月。",
]
_CARE_CENTRE = [
    "【記者蔡佩君／朴子報導】朴子市公所日前啟用新建的長照據點，提供社區長輩共餐、健康促進及陪伴服務，每週開放五天。",
    "市長表示，未來將在各里陸續增設據點，讓長輩在家門口就能得到照顧。",
]


@pytest.mark.parametrize(
    "caption",
    [
        ("東石國小校友與師生一起在校園周邊種", "下台灣欒樹。（記者黃志豪攝）"),
        ("東石國小校友與師生一起在校園周邊種", "下台灣欒樹苗。（記者黃志豪攝）"),
        ("東石國小校友與師生一起在校園周邊種下", "一百棵台灣欒樹。（記者黃志豪攝）"),
    ],
    ids=["tail-of-5", "tail-of-6", "tail-of-7"],
)
def test_a_caption_set_wide_whose_sentence_ends_a_few_characters_into_its_credits_line_is_one_caption(
    caption: tuple[str, str],
) -> None:
    # 東石國小校友與師生一起在校園周邊種 / 下台灣欒樹。（記者黃志豪攝）: a caption wider than the column, its sentence
    # carried five to seven characters over onto the line of the photographer's credit; one caption of the story
    # above, its first line no title over the story
    text = page(
        "嘉南日報 2024年11月20日 星期三 A7",
        "東石國小百年 校友回校植樹",
        column(_SCHOOL_TREES, 14),
        caption,
        "朴子長照據點啟用",
        column(_CARE_CENTRE, 14),
    )
    pg = newsseg.split(text)
    assert _titles(pg) == ["東石國小百年 校友回校植樹", "朴子長照據點啟用"]
    trees, care = pg.articles
    at = text.split("\n").index(caption[0]) + 1
    assert (trees.captions, trees.caption_spans, care.captions) == (("".join(caption),), ((at, at + 1),), ())
    assert paragraphs_of(pg) == [_SCHOOL_TREES, _CARE_CENTRE]


@pytest.mark.parametrize(
    "advert",
    [
        # (a licensed adviser's credential in Latin letters before its hotline)
        [
            "楓葉移民顧問 Maple Leaf Immigration",
            "技術移民 家庭團聚 工簽學簽 省提名",
            "持牌顧問 RCIC 諮詢熱線：604-555-0188",
        ],
        [
            "枫叶移民顾问 Maple Leaf Immigration",
            "技术移民 家庭团聚 工签学签 省提名",
            "持牌顾问 RCIC 咨询热线：604-555-0188",
        ],
        # (or its offer in phrases, 免費諮詢, no sentence that announces the line under it)
        ["楓葉移民顧問", "技術移民 家庭團聚 工簽學簽 省提名 免費諮詢", "諮詢熱線：604-555-0188"],
        ["枫叶移民顾问", "技术移民 家庭团聚 工签学签 省提名 免费咨询", "咨询热线：604-555-0188"],
        ["楓葉移民顧問", "技術移民 家庭團聚 工簽學簽", "省提名 免費諮詢", "諮詢熱線：604-555-0188"],
        ["楓葉移民顧問 Maple Leaf Immigration", "技術移民 家庭團聚 工簽學簽 省提名 免費諮詢", "諮詢熱線：604-555-0188"],
    ],
    ids=[
        "credential-traditional",
        "credential-simplified",
        "offer-traditional",
        "offer-simplified",
        "offer-on-two-lines",
        "offer-english-name",
    ],
)
def test_an_advisers_advertisement_over_its_hotline_between_stories_is_residue_and_the_title_under_it_heads_the_next(
    advert: list[str],
) -> None:
    # 楓葉移民顧問 Maple Leaf Immigration / 技術移民 … / 持牌顧問 RCIC 諮詢熱線：…: an immigration adviser's box after a
    # finished paragraph, a licensed adviser's credential in Latin letters before its hotline, or its offer in
    # phrases over it (免費諮詢); all its lines the page's residue, none of them a kicker or a title of the story
    # under it, nor a paragraph of the story above
    text = _overseas_page("溫哥華華報 2025年3月18日 星期二", between=advert)
    pg = newsseg.split(text)
    heads = [(h.kicker, h.title, h.subtitle) if (h := a.headline) else None for a in pg.articles]
    assert heads == [(None, "列治文將建多功能社區中心", None), (None, "新巴士快線下月通車", None)]
    assert paragraphs_of(pg) == [_COMMUNITY_CENTRE, _EXPRESS_BUS]
    first = text.split("\n").index(advert[0]) + 1
    assert [(r.text, r.lines) for r in pg.residue[1:]] == [(line, (first + k,)) for k, line in enumerate(advert)]


_OLD_WELL = [
    "老街的尽头有一口古井，井口的青石被绳索磨出了一道道深痕。小时候，我常跟着外婆去井边打水。",
    "如今老街早已铺上了柏油路，古井也加了盖，可每次回乡，我还是要去井边站一站。",
]
_CALL_FOR_ESSAYS = "“青石板”副刊征稿：散文、随笔、小小说，来稿请注明真实姓名及联系方式。"
_SUPPLEMENT_FOOT = ["投稿邮箱：qingshiban@example.com", "责任编辑：宋雨桐"]


@pytest.mark.parametrize("width", [None, 16, 12], ids=["one-line", "two-lines", "three-lines"])
@pytest.mark.parametrize("foot", [True, False], ids=["over-the-foot", "last-line"])
def test_a_call_for_contributions_at_the_pages_foot_is_furniture_but_not_when_a_story_follows_it(
    width: int | None, foot: bool
) -> None:
    # “青石板”副刊征稿：散文、随笔…，来稿请注明…。 under the essay, wrapped or not, only the page's furniture under it
    # (投稿邮箱…, 责任编辑…) or nothing: the paper's notice, no paragraph of the essay; the same words with a story
    # under them are left to the text
    call = [_CALL_FOR_ESSAYS] if width is None else wrap(_CALL_FOR_ESSAYS, width, indent="none")
    text = page(
        "东江日报 2024年5月4日 星期六 第7版", "井边", column(_OLD_WELL, 16), call, _SUPPLEMENT_FOOT if foot else []
    )
    pg = newsseg.split(text)
    assert paragraphs_of(pg) == [_OLD_WELL]
    first = text.split("\n").index(call[0]) + 1
    assert [(r.text, r.lines) for r in pg.residue[1 : 1 + len(call)]] == [
        (line, (first + k,)) for k, line in enumerate(call)
    ]
    followed = newsseg.split(
        page(
            "东江日报 2024年5月4日 星期六 第7版",
            "井边",
            column(_OLD_WELL, 16),
            call,
            "市图书馆新馆开放",
            column(LIBRARY, 16),
            _SUPPLEMENT_FOOT,
        )
    )
    assert _CALL_FOR_ESSAYS in [p for a in followed.articles for p in a.paragraphs]
    assert not any("征稿" in r.text for r in followed.residue)


@pytest.mark.parametrize(
    "label",
    [
        "灯下漫笔",
        "燈下漫筆",
        "周末闲话",
        "週末閒話",
        "茶余杂谈",
        "茶餘雜談",
        "围炉漫谈",
        "圍爐漫談",
        "秋窗絮语",
        "秋窗絮語",
    ],
)
def test_an_essayists_column_name_ending_in_漫笔_闲话_杂谈_漫谈_or_絮语_is_a_column_label(label: str) -> None:
    assert repair.COLUMN_LABEL.match(label)


# --- the thirty-ninth batch's rules, continued ---
_PRICES_INTRO = "本报讯（记者 储文静）记者昨日从市农产品批发市场了解到，本周蔬菜价格涨跌互现，部分品种批发均价如下："
_PRICES_OUTLOOK = "市场负责人表示，近期本地蔬菜陆续上市，预计下周菜价总体保持平稳。"
# (as pdftotext -layout writes a table's rows: each name padded to the column's width, the cells two spaces apart)
_PADDED_ROWS = ["黄 瓜  4.10  4.30  跌", "西红柿  5.60  5.80  跌", "白 菜  1.20  1.15  涨", "土 豆  3.20  3.20  平"]
_VOLUNTEERS_WANTED = {
    "dated": [
        "本报讯（记者 甄蓓）5月12日，市图书馆面向社会招募暑期志愿者，主要负责图书整理、读者引导和少儿阅读活动。",
        "报名者须年满十六周岁，每周服务不少于八小时。",
    ],
    "undated": [
        "暑假将至，市图书馆面向社会招募志愿者，主要负责图书整理、读者引导和少儿阅读活动，服务满四十小时可获证书。",
        "报名者须年满十六周岁，可到一楼总服务台填表报名。",
    ],
}


@pytest.mark.parametrize("below", ["dated", "undated"])
def test_a_tables_rows_with_names_padded_and_cells_two_spaces_apart_stay_the_storys_a_row_a_paragraph(
    below: str,
) -> None:
    # …部分品种批发均价如下： / 黄 瓜  4.10  4.30  跌 / 西红柿  5.60  5.80  跌 / …: the rows, letter-spaced as they
    # look, are no display type; each is a paragraph of the story, its cells a space apart, and the story's next
    # paragraph stays its own; a title set letter-spaced further down (市 图 书 馆 招 募 志 愿 者) still heads its piece
    volunteers = _VOLUNTEERS_WANTED[below]
    pg = newsseg.split(
        page(
            "柳川晚报 2023年12月6日 星期三 第5版",
            "本周菜价涨跌互现",
            column([_PRICES_INTRO], 16),
            _PADDED_ROWS,
            column([_PRICES_OUTLOOK], 16),
            "市 图 书 馆 招 募 志 愿 者",
            column(volunteers, 16),
        )
    )
    assert _titles(pg) == ["本周菜价涨跌互现", "市图书馆招募志愿者"]
    assert paragraphs_of(pg) == [
        [
            _PRICES_INTRO,
            "黄瓜 4.10 4.30 跌",
            "西红柿 5.60 5.80 跌",
            "白菜 1.20 1.15 涨",
            "土豆 3.20 3.20 平",
            _PRICES_OUTLOOK,
        ],
        volunteers,
    ]
    assert [r.lines for r in pg.residue] == [(1,)]


_LIFT_PROGRAMME = [
    "本报讯（记者 孟蕾）5月15日，江城区老旧小区加装电梯工作推进会召开，今年全区计划为一百二十栋居民楼加装电梯。",
    "据介绍，加装电梯所需资金由政府补贴、居民分摊和企业参与共同筹集。",
]
_STAIR_LIGHTS = [
    "本报讯（记者 汤丽）“楼道里的灯终于亮了！”5月16日，家住东湖路幸福小区的刘阿姨给本报打来电话，高兴地说。",
    "此前，本报报道了幸福小区楼道灯损坏三个月无人维修一事。报道刊发后，物业公司三天内更换了全部损坏的灯具。",
]


@pytest.mark.parametrize(
    "call",
    [
        ["江城晚报民生热线 0716-8123456", "有困难 找晚报 欢迎来电反映"],
        ["晚报民生热线：0716-8123456", "欢迎来电反映"],
        # (the paper's own desk's line too)
        ["本报民生热线 0716-8123456", "有困难 找晚报 欢迎来电反映"],
    ],
    ids=["slogan", "invitation-alone", "own-desk"],
)
@pytest.mark.parametrize("ocr", [False, True], ids=["pdftotext", "ocr-blocks"])
def test_the_papers_invitation_to_call_under_its_hotline_is_residue_and_the_label_under_it_heads_the_next_title(
    call: list[str], ocr: bool
) -> None:
    # 江城晚报民生热线 0716-8123456 / 有困难 找晚报 欢迎来电反映 / 热线回音 / 楼道灯坏了三个月 物业三天修好: the
    # paper's hotline and its invitation to call are the page's, no kicker of the title under them; the desk's label
    # 热线回音 is that title's kicker, whether the lines come one under the other or as an OCR engine's blocks
    heading = ["热线回音", "楼道灯坏了三个月 物业三天修好"]
    parts = [
        "江城晚报 2024年5月17日 星期五 第6版",
        "老旧小区今年加装电梯一百二十部",
        *(column([p], 16) for p in _LIFT_PROGRAMME),
        *call,
        *heading,
        *(column([p], 16) for p in _STAIR_LIGHTS),
    ]
    text = "\n\n".join(p if isinstance(p, str) else "\n".join(p) for p in parts) + "\n" if ocr else page(*parts)
    pg = newsseg.split(text)
    heads = [(h.kicker, h.title, h.subtitle) if (h := a.headline) else None for a in pg.articles]
    assert heads == [
        (None, "老旧小区今年加装电梯一百二十部", None),
        ("热线回音", "楼道灯坏了三个月 物业三天修好", None),
    ]
    assert paragraphs_of(pg) == [_LIFT_PROGRAMME, _STAIR_LIGHTS]
    first, second = (text.split("\n").index(line) + 1 for line in call)
    assert [("".join(r.text.split()), r.lines) for r in pg.residue[1:]] == [
        ("".join(call[0].split()), (first,)),
        ("".join(call[1].split()), (second,)),
    ]


@pytest.mark.parametrize(
    ("section", "kicker"),
    # (a section's word on one side only is a feature's kicker as often: 文化·传承, 科技·赋能)
    [("体育·健康", "奋斗·青春"), ("文化·副刊", "文化·传承"), ("国际·要闻", "科技·赋能")],
    ids=["sports", "culture", "international"],
)
def test_a_pair_of_words_about_a_dot_under_the_masthead_is_furniture_only_where_both_sides_name_sections(
    section: str, kicker: str
) -> None:
    # 东江日报 / 2024年5月4日 星期六 / 体育·健康 / its first title: sections' words on both sides of the dot name the
    # page's section, the page's residue; 奋斗·青春, or 文化·传承 with a section's word on one side only, in the same
    # place is a feature's kicker, and stays the first title's
    def heads(line: str) -> tuple[list[tuple[str | None, str] | None], set[str]]:
        pg = newsseg.split(
            page(
                "东江日报",
                "2024年5月4日 星期六",
                line,
                "两市股指小幅收涨",
                column(_STOCKS_CLOSE, 16),
                "东江港务一季度吞吐量增长一成",
                column(_PORT_COMPANY, 16),
            )
        )
        assert paragraphs_of(pg) == [_STOCKS_CLOSE, _PORT_COMPANY]
        return [(h.kicker, h.title) if (h := a.headline) else None for a in pg.articles], {r.text for r in pg.residue}

    assert heads(section) == (
        [(None, "两市股指小幅收涨"), (None, "东江港务一季度吞吐量增长一成")],
        {"东江日报", "2024年5月4日 星期六", section},
    )
    assert heads(kicker) == (
        [(kicker, "两市股指小幅收涨"), (None, "东江港务一季度吞吐量增长一成")],
        {"东江日报", "2024年5月4日 星期六"},
    )


# --- a page set a paragraph a line ---------------------------------------------------------------------------
_ANIMATION = [
    "本报讯（记者 林晓）近年来，我市动画企业加快“走出去”步伐，多部原创动画片进入海外主流播出平台，受到当地观众欢迎。",
    "今年以来，全市已有六部作品签约海外发行，覆盖东南亚、中东和拉美等二十多个国家和地区。",
    "去年，星河动画公司的系列片在东南亚多国电视台播出，收视率稳居同时段前列，续集已在制作之中。",
    "星河动画公司负责人陈立说，从单纯出口版权到联合出品，再到在当地建立发行渠道，公司的海外之路越走越宽："
    "“过去我们是把片子卖出去，现在是和当地团队一起讲故事，片子还没做完，发行计划就已经排好了。”",
    "业内人士认为，作品质量和本地化运营是出海成功的关键，翻译配音和剪辑节奏都要贴近当地观众的习惯。",
]
_POCKET_PARKS = [
    "本报讯（记者 赵宁）城南区今年新建的三座口袋公园日前全部开放，为周边居民提供了休闲好去处。",
    "三座公园分别位于桂花路、梧桐巷和南湖社区，总面积一万二千平方米，利用的都是闲置地块。",
    "公园内设有健身步道、儿童游乐区和休息廊架，夜间还有景观照明，每天早晚都有不少居民前来散步锻炼。",
    "区园林部门介绍，明年还将再建五座口袋公园，让居民出门五分钟就能走进绿地。",
]
_TEAHOUSE_REOPENS = [
    "本报讯（记者 周敏）昨日，城西老街改造后的第一家茶馆重新开张，不少老茶客一早就来喝头茶。",
    "茶馆保留了原来的木桌木椅和老式茶具，墙上挂着老街的旧照片，处处透着老味道。",
    "茶馆老板说，店里今年新进了南山茶场的明前茶，每天上午还有评弹演出，价格和过去差不多。",
    "家住附近的刘大爷说，老茶馆回来了，老街坊们又有了聊天的地方。",
]


def test_a_page_exported_a_paragraph_a_line_keeps_every_paragraph_however_near_a_columns_width() -> None:
    # a text export sets each paragraph on one line, most of them forty characters and more: a line that ends a
    # sentence ends its paragraph there, though the page's widest lines make it look as full as a column's
    pg = newsseg.split(
        page(
            "国产动画出海记",
            _ANIMATION,
            "城南新建三座口袋公园",
            _POCKET_PARKS,
            "老街茶馆重新开张",
            _TEAHOUSE_REOPENS,
        )
    )
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "国产动画出海记",
        "城南新建三座口袋公园",
        "老街茶馆重新开张",
    ]
    assert [list(a.paragraphs) for a in pg.articles] == [_ANIMATION, _POCKET_PARKS, _TEAHOUSE_REOPENS]
    assert not pg.residue


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["本报讯（记者 程亮 通讯员", "何飞）记者昨日获悉，"], "本报讯（记者 程亮 通讯员 何飞）记者昨日获悉，"),
        (["新华社北京4月16日电（记者 林晨", "赵思远）国家统计局"], "新华社北京4月16日电（记者 林晨 赵思远）国家统计局"),
        # (a credit set solid stays solid, and a bracket closed already is no credit's)
        (["本报讯（记者程亮", "何飞）记者昨日"], "本报讯（记者程亮何飞）记者昨日"),
        (["本报讯（记者 王平）今天", "上午，"], "本报讯（记者 王平）今天上午，"),
    ],
)
def test_a_datelines_credit_set_with_spaces_keeps_its_space_where_a_wrap_cut_it(lines: list[str], joined: str) -> None:
    assert repair.join_lines(lines) == joined


_TOWNSHIP_BUS = [
    "〔記者林佳蓉／竹東報導〕竹東鎮公所今年新增兩條社區巴士路線，串連老街、車站與醫院，平日每半小時一班，"
    "鎮民持敬老卡免費搭乘。",
    "鎮公所表示，上路一個月已載客逾一萬人次，將視搭乘情形再增加假日班次。",
]
_PARK_WATER = [
    "（中央社記者陳冠宇新竹17日電）科學園區管理局今天舉行再生水廠二期工程動土典禮，預計2024年完工，"
    "完工後每日可供應再生水2萬噸。",
    "管理局表示，園區廠商用水量逐年成長，再生水廠啟用後可減輕乾旱期間的限水壓力。",
]


@pytest.mark.parametrize("width", [14, 18])
def test_a_taiwanese_pages_furniture_its_wire_dateline_alone_on_a_line_and_an_ad_at_the_foot(width: int) -> None:
    # the masthead dated by the Republic's calendar over two sections' names (地方綜合) is furniture, not the first
    # title; a wire dateline in brackets on a line of its own opens its paragraph, no note standing alone; and an
    # advertiser's wares and number on one line under the editor's credit is furniture, no subtitle of the title
    # above the credit
    masthead = "竹塹日報 中華民國111年10月18日 星期二 地方綜合 A7"
    ad = "竹東透天 四房車位 近車站 0800-520-168"
    pg = newsseg.split(
        page(
            masthead,
            "竹東社區巴士上路 串連老街醫院",
            column(_TOWNSHIP_BUS, width),
            "（中央社記者陳冠宇新竹17日電）",
            column([_PARK_WATER[0].split("）", 1)[1], *_PARK_WATER[1:]], width),
            "園區再生水廠二期動工",
            "責任編輯：蔡佩君",
            ad,
        )
    )
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "竹東社區巴士上路 串連老街醫院",
        "園區再生水廠二期動工",
    ]
    assert [list(a.paragraphs) for a in pg.articles] == [_TOWNSHIP_BUS, _PARK_WATER]
    assert ["".join(r.text.split()) for r in pg.residue] == [
        "".join(t.split()) for t in (masthead, "責任編輯：蔡佩君", ad)
    ]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["投稿邮箱：yl", "xbfk@126.com。"], "投稿邮箱：ylxbfk@126.com。"),
        (["详情可登录www.jc", "news.cn查询。"], "详情可登录www.jcnews.cn查询。"),
        (["the Blue", "Harbour Labs"], "the Blue Harbour Labs"),
    ],
)
def test_an_address_the_wrap_cut_joins_tight_while_latin_words_keep_their_space(lines: list[str], joined: str) -> None:
    # an e-mail or web address is one token wherever the line broke it; two English words keep a space
    assert repair.join_lines(lines) == joined


def _articles_of(text: str) -> tuple[newsseg.Article, ...]:
    return newsseg.split(text).articles


_CAPTIONED_FEATURE = (
    "晚報 第5版 文化\n"
    "老城最後的修鐘人\n"
    "——八旬師傅守著一間小鋪\n"
    "修了六十年的時光\n"
    "林德水在店裡修理老掛鐘，一\n"
    "筆一畫都不馬虎。{credit}\n"
    "　　台北城南一條窄巷裡，掛著\n"
    "一塊褪色的木招牌，上頭寫著\n"
    "「永興鐘錶」四個大字。推門進\n"
    "去，八十一歲的林德水正彎著腰\n"
    "修理一座老掛鐘。\n"
    "　　「以前這條街上，十間店有\n"
    "八間的鐘是我修的。」林德水說\n"
    "話不疾不徐，手裡的鑷子沒停過。\n"
)


def test_a_credit_with_its_role_first_after_the_full_stop_closes_the_caption() -> None:
    a = _articles_of(_CAPTIONED_FEATURE.format(credit="攝影／王大明"))
    assert a[0].captions == ("林德水在店裡修理老掛鐘，一筆一畫都不馬虎。攝影／王大明",)
    assert a[0].paragraphs[0].startswith("台北城南")


def test_a_role_first_credit_cut_inside_its_role_runs_on_below() -> None:
    a = _articles_of(_CAPTIONED_FEATURE.format(credit="攝\n影／王大明"))
    assert a[0].captions == ("林德水在店裡修理老掛鐘，一筆一畫都不馬虎。攝影／王大明",)


def test_a_masthead_line_with_the_papers_name_after_its_section_is_furniture() -> None:
    assert repair.is_furniture("A8 港聞 明報 2024年11月14日 星期四")
    assert repair.is_furniture("B2 要聞 星島 2023年5月2日 星期二")
    assert not repair.is_furniture("A8 港聞 明報 2024年11月14日")


def test_page_furniture_letter_spaced_is_furniture() -> None:
    assert repair.is_furniture("責 任 編 輯 : 梁 嘉 欣")
    assert repair.is_furniture("經 濟 B3")
    assert repair.is_furniture("责 任 编 辑：王 明")
    assert not repair.is_furniture("全 市 脱 贫 攻 坚")


def test_a_caption_set_narrower_than_the_column_runs_on_to_its_credit() -> None:
    text = (
        "港聞\n"
        "舊區重建諮詢展開\n"
        "【本報訊】市區重建局昨日就油麻地一帶舊區重建\n"
        "計劃展開為期兩個月的公眾諮詢，涉及約三十幢樓\n"
        "齡逾六十年的舊樓，受影響住戶約一千二百戶。\n"
        "重建局表示，會按現行政策向業主提出收購建議，\n"
        "租戶亦可獲安置或特惠金。\n"
        "油麻地一帶舊樓外牆破\n"
        "舊，不少單位已空置多\n"
        "年。（資料圖片）\n"
        "　　有區議員表示，區內不少長者已在當區居住\n"
        "數十年，希望當局優先考慮原區安置，讓他們繼\n"
        "續在熟悉的社區生活，亦要照顧小商戶的需要。\n"
    )
    a = _articles_of(text)
    assert a[0].captions == ("油麻地一帶舊樓外牆破舊，不少單位已空置多年。（資料圖片）",)
    assert not any("油麻地一帶舊樓" in p for p in a[0].paragraphs)


def test_a_list_of_figures_stands_a_row_to_a_line_and_heads_nothing() -> None:
    text = (
        "經濟\n"
        "昨日主要市場收市\n"
        "恒生指數:18,129(升214點)\n"
        "國企指數：6,432（升85點）\n"
        "上證綜合指數：2,896（升33點）\n"
        "美元兌港元：7.7880\n"
        "\n"
        "銀行下調利率\n"
        "【本報訊】本港多家銀行昨日跟隨下調最優惠利率\n"
        "0.125厘，為近六年來首次，新利率今日起生效。\n"
    )
    a = _articles_of(text)
    box = next(x for x in a if x.headline and x.headline.title == "昨日主要市場收市")
    assert box.headline.subtitle is None
    assert list(box.paragraphs) == [
        "恒生指數：18,129（升214點）",
        "國企指數：6,432（升85點）",
        "上證綜合指數：2,896（升33點）",
        "美元兌港元：7.7880",
    ]


def test_a_matchs_timeline_stands_a_row_to_a_line_in_its_report() -> None:
    text = (
        "体育\n"
        "锦城队主场2比1取胜\n"
        "　　本报讯（记者 周凯）昨晚，中超联赛第29轮在锦城\n"
        "凤凰山体育场打响，锦城队主场2比1战胜齐鲁队。\n"
        "进球时间线\n"
        "12' 费尔南多（锦城队） 1-0\n"
        "34' 卡雷拉斯（齐鲁队） 1-1\n"
        "67' 费尔南多（锦城队） 2-1\n"
        "　　赛后，锦城队主帅徐立新表示，球队还有两轮比赛，\n"
        "一切皆有可能。\n"
    )
    a = _articles_of(text)
    assert len(a) == 1
    assert "12' 费尔南多（锦城队） 1-0" in a[0].paragraphs
    assert "67' 费尔南多（锦城队） 2-1" in a[0].paragraphs


def test_a_caption_closed_by_a_dated_credit_is_a_caption() -> None:
    text = (
        "A4 焦點\n"
        "住宅電價平均漲3%\n"
        "（中央社記者曾智偉台北5日電）經濟部今天召開電價費率\n"
        "審議會，決議自4月1日起調整電價，住宅用戶平均調幅約3%。\n"
        "\n"
        "經濟部5日召開電價費率審議會，決\n"
        "議4月起住宅電價平均調漲約3%。中\n"
        "央社記者宋明杰攝 113年3月5日\n"
        "\n"
        "台電表示，截至去年底累計虧損已逾新台幣3800億元，若電\n"
        "價不調整，今年恐再虧損逾千億元。\n"
    )
    a = _articles_of(text)
    assert len(a) == 1
    assert [c.replace(" ", "") for c in a[0].captions] == [
        "經濟部5日召開電價費率審議會，決議4月起住宅電價平均調漲約3%。中央社記者宋明杰攝113年3月5日"
    ]


def test_a_masthead_date_with_the_lunar_date_and_the_days_pages_is_furniture() -> None:
    assert repair.is_furniture("2023年10月9日 星期一 癸卯年八月廿五 今日8版")
    assert repair.is_furniture("2024年2月10日 星期六 甲辰年正月初一")
