"""One frozen configuration for the whole pipeline.

Every threshold the stages use is a field here, with the reason it has its value. Variants are made with
``dataclasses.replace``; the CLI builds one ``Config`` in one place from its options.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Config:
    # --- recording ---------------------------------------------------------------------------------------
    explain: bool = False  # record every decision (costs time and memory, so only when asked)

    # --- decode ------------------------------------------------------------------------------------------
    encoding: str | None = None  # force an encoding; None = BOM, then strict UTF-8, then chardet
    errors_policy: str = "strict"  # "strict": undecodable bytes fail the page; "replace": U+FFFD and a warning

    # --- normalize (each rule switchable: archives differ in what their OCR got right) ---------------------
    fold_fullwidth_alnum: bool = True  # ０-９ Ａ-Ｚ ａ-ｚ → 0-9 A-Z a-z: OCR engines mix both widths at random
    # ...but only in a number or word that has both widths (2０19): one set all in full-width digits (新华网's
    # ３月２５日电) is the paper's own typography, printed so, and what is right is not touched.
    fold_mixed_widths_only: bool = True
    ascii_punct_to_fullwidth: bool = True  # "中,文" → "中，文": Tesseract reads full-width marks as ASCII
    squeeze_spaces: bool = True  # remove spaces that Chinese typesetting never has (between CJK, "4 月")
    # An apostrophe, square bracket, bar or brace pressed between two Chinese characters of a paragraph is a
    # speck the OCR read off dirt or a column rule: it goes to the residue (one stray character there shifts
    # every later character of the article).
    specks_to_residue: bool = True
    # A story that opens on a staff byline of its own line (本报记者 某某) and has no dateline gets the dateline the
    # byline stands for (source 本报, its reporters): the facts a reader searches the records for, in one field;
    # the byline stays the story's first paragraph. So do a writer's credit (文／某某), the paper a story retells
    # (据《某报》报道，…) and a brief's closing credit (…。（某某）) where its dateline names nobody.
    dateline_from_byline: bool = True

    # --- line repair -------------------------------------------------------------------------------------
    # An OCR engine that takes two columns for one block writes each row of both on one line, the columns
    # apart by a wide run of spaces (Tesseract pads a gutter with a space per few pixels: 13 to 65 on the
    # pages seen, while words and a title's phrases stand 1 to 4 apart). Rows of at least this many lines in
    # a row, each with such a gap, are read as the two columns they are, the left one first (a masthead's
    # items stand as far apart, on one line alone).
    unfold_side_by_side: bool = True
    side_by_side_gap: int = 6
    side_by_side_rows: int = 3
    # ... rows with at least this many hanzi on both sides: a column's line holds a dozen and more, while a
    # title set upright beside its text shows one or two characters a row, and a poem's couplet seven.
    side_by_side_row_hanzi: int = 8
    # ... and not one column with a hole round an inset: the lines right above and below such rows hold at least
    # this share of a row's two parts together, while a column's line beside two columns holds about half.
    side_by_side_hole_share: float = 0.8
    # A layout-keeping extractor (pdftotext -layout) writes columns side by side, each starting at the same cell
    # on every line; a strip of cells no line writes into down a run of lines is their gutter, and the band is
    # read column by column (layout.read_columns).
    layout_columns: bool = True
    # ... a gutter at least this many display cells wide (an ASCII space one, a hanzi two): a title's phrases
    # and a credit's fields stand two apart, the narrowest gutter seen between two columns of text six.
    layout_gutter_cells: int = 3
    # ... at least this many rows with this many hanzi on both sides (a column's line holds a dozen; a table's row
    # of a name and figures, a row of two titles across the page or a masthead line fall short), and a clause
    # mark somewhere on each side.
    layout_rows: int = 4
    layout_row_hanzi: int = 6
    # ... neither column narrower than this many cells (four hanzi: a gutter inside a column's indent is none).
    layout_min_column_cells: int = 8
    # ... and this share of the right column's lines starting within this many cells of one edge (a paragraph's
    # indent of two hanzi, and a cell or two a tool's rounding of positions adds): a column is set flush, and
    # text that only happens to pass a gap is not aligned so. (An OCR engine's page, which keeps no geometry, is
    # never read so: its rows of two columns are unfold_side_by_side's.)
    layout_aligned_share: float = 0.75
    layout_indent_cells: int = 6
    # ... and fewer than this share of the rows' left parts ending on a clause mark: a column's lines end wherever
    # the measure does (a mark on about one in six), a poem's couplet set apart in two halves on every row; and
    # fewer than this share of them opening one side on the same label and colon (a table of labelled cells,
    # 问题：…  整改：…, where a column's lines open on whatever word the measure left them).
    layout_marked_share: float = 0.6
    # ... and a column cut off so may hold columns again, this many times (three stories in a row of the page).
    layout_max_depth: int = 3
    # Column width is estimated from this many non-blank neighbours on each side: wide enough to find two
    # full lines around a short one, narrow enough not to reach into the next article, set at another width.
    width_window: int = 3
    # pdftotext -raw cuts a printed line before its opening quotes and title marks; the pieces are put back
    # together where they fill the measure of the lines around, read off this many lines on each side (a
    # column of quotations is cut nearly everywhere: only a wide window holds enough uncut full lines).
    rejoin_printed_lines: bool = True
    piece_window: int = 12
    # One or two lines at least this many times as wide as the next narrower line of the window are left out
    # of the measure when twice as many full lines stand below the jump: two of them (a title across columns
    # above a text read across columns) would outvote the second-widest rule. A spanning title or a line read
    # across columns doubles the width; a column's own lines, even cut into fragments at quotation marks or
    # ending in a short signature, stay within it.
    measure_outlier_ratio: float = 2.0
    # A line this many character cells narrower than its column counts as "short" (ends a paragraph when its
    # last mark ends a sentence). One cell absorbs justification jitter and half-width digits.
    short_margin: float = 1.0
    # First lines of paragraphs are indented two cells; a line 1.5–2.5 cells narrower than its column after a
    # sentence end is the start of a new paragraph even when the previous line happened to fill the column.
    indent_min: float = 1.5
    indent_max: float = 2.5
    # An opening mark pushed down to the next line (行尾禁则) takes the character it opens with it: the line
    # above ends this many cells short at most (two characters, a digit pair set wider than half a cell).
    kinsoku_push_cells: float = 2.0
    # A line under a heading with no mark at all, over a lead that opens on speech, is a subtitle when it has
    # this many characters (a word or two of running text before a quotation is a wrap, not a subtitle).
    bare_subtitle_chars: int = 6
    # An indented line whose last mark hangs in the margin is an indent short (two cells) less that mark; the
    # half-cell slack of indent_min is for width estimates, and a hung mark is a whole cell, so less slack.
    indent_hung_min: float = 1.75
    # A line wider than its column with this many clause marks (，、；) is running text, a standfirst set across
    # the columns, not a display title (which holds one at most).
    standfirst_clause_marks: int = 2
    # A page with this many lines of running text (a comma in them) holding a space between two hanzi outside
    # brackets has spaces left by the OCR: a space then marks no title set in phrases. Two, so that one
    # sentence quoting a phrase-spaced title does not void the evidence.
    spaced_text_lines: int = 2
    # A line without a sentence end stands alone (subhead, byline, heading) only when it is this much shorter
    # than its column, in cells and as a share of the measure: clearly more than an indent plus the jitter of
    # compressed punctuation (标点挤压), so the first line of a paragraph is never taken for a heading.
    heading_shortfall: float = 4.0
    heading_shortfall_share: float = 0.25
    # A page's paragraphs open on full lines (pdftotext -raw drops the indent) when at least this many openings
    # after a clearly short last line are full and at most this share of them an indent short: there, a line two
    # cells short is no indent (a numbered section's head, 二 、因地制宜…, stands apart on that much; such heads
    # are among the short openings the share allows).
    flush_page_min_starts: int = 4
    # A caption of one line set across the columns is at least this many cells wider than the column it stands in
    # (a caption's last line continuing the line above is no wider than the column): three cells, more than a
    # hung mark and the digits' slack together.
    caption_across_cells: float = 3.0
    flush_page_indented_share: float = 0.25
    # A short line without a mark right above a dateline is that report's title when it holds at least this
    # many characters: few titles are shorter (一场雪的温度), while the last line of a summary that a paper
    # prints without its full stop (…转向市 / 场化经营) is often five characters or fewer.
    title_min_chars: int = 6
    # A report's first sentence runs on over lines that look like display type or a heading only for this many
    # printed lines from its dateline: a lead's first sentence (up to about eighty characters) in a narrow
    # column; a report whose full stop the OCR lost must not run on into the next piece.
    dateline_sentence_lines: int = 6
    # ... and when at least this share of its character bigrams comes back in the report's first lines (this
    # many of them): a report's title names what its lead tells (城西一居民楼发生火灾 / …城西…居民楼…起火), while the
    # unmarked end of a paragraph above shares next to nothing with the next report.
    title_restates_report: float = 0.15
    title_report_lines: int = 6
    # At most this many lines with no sentence mark at all, above an indented line, make a heading.
    heading_lines: int = 3
    # The headlines a content stream leaves together at the page's foot run this many lines at most (five
    # stories' kickers, titles and decks): longer runs of lines without a mark are a list or a table.
    foot_stack_max_lines: int = 12
    # A deck among them may pause at a comma over two or three lines (总投资186亿元，涵盖新能源、 / 生物医药…); more
    # lines with a clause's mark are running text.
    foot_stack_deck_lines: int = 3
    # ... and only among this many lines without a mark at least (a kicker, a title of two lines, another title):
    # a paragraph cut off at the page's foot has a comma in most of its lines.
    foot_stack_deck_company: int = 4
    # A dash-led subtitle's wrapped tail in a block of headlines at the foot is a few characters (a post and a name,
    # 队长覃立军); a title of its own under a subtitle is seldom so short (菜市场装上智能秤).
    foot_dash_tail_chars: int = 6
    # A title under a brief, printed after its text, restates its lead in this many words of two characters at
    # least: the text between them is the brief's, not a story resumed under it.
    resumed_title_restates: int = 3
    # A box of briefs under its label runs this many lines at most (four briefs of eight lines or so): past them,
    # a wide line is no brief's title.
    briefs_box_lines: int = 40
    # No newspaper column is this wide: a longer line was never hard-wrapped (it is a repaired paragraph).
    column_max_width: float = 48.0
    # A page where this many lines of prose that end a sentence, and this share of them, hold a paragraph's length
    # (unwrapped_paragraph_chars) was set a paragraph a line (a text export): every sentence ending a line ends its
    # paragraph there. Three: one or two such lines are a lead set across the columns or a caption. The share: on
    # the dev, golden and batch pages such lines are a third of those lines at most (an OCR engine reading two
    # columns as one), on pages exported a paragraph a line three quarters and more; and the same share of all its
    # lines of prose (a box of wide paragraphs beside a column is no such page: a fifth of them there).
    unwrapped_page_min_lines: int = 3
    unwrapped_page_share: float = 0.6
    # Newspaper columns hold 10–35 characters a line; lines narrower than this are a title set in a box.
    column_min_width: float = 8.0
    # A title set in large type in the body's column wraps every few characters: lines at most this share of
    # the column, three or more of them, this many cells in all (a subhead is a few words on one line).
    large_type_share: float = 0.6
    large_type_lines: int = 3
    large_type_chars: float = 18.0
    # A bracketed phrase split by a wrap is a column tag (（人民论坛）), a name or a note: a dozen characters at
    # most. Longer brackets hold running text, and a line ending inside one says nothing about the next.
    bracket_phrase_chars: int = 12
    # A double-spaced page whose lines end a sentence this often is one paragraph per line already: in a
    # hard-wrapped column only paragraph ends and the odd line that happens to end on a full stop do.
    repaired_sentence_share: float = 0.5
    # A double-spaced page of fewer lines than this is taken as already repaired: too few lines to tell a
    # column's measure from units that happen to be as long (seven blocks of two to six characters, a title
    # read upright and folded among them, matched in width by chance).
    repaired_min_lines: int = 8
    # When at least this share of non-blank lines are followed by a blank line, blank lines carry no
    # paragraph evidence (pages double-spaced by the extractor, like a whole column in the seed page).
    double_spacing_share: float = 0.6

    # Lines in reading order continue each other at 0.8–1.15 of the rate the page's own bigrams predict;
    # interleaved columns (pdftotext's default mode on narrow columns) fall to 0.3–0.6.
    interleave_ratio: float = 0.7
    # A line closed by a dash after a finished paragraph is a kicker over the unmarked title under it when it holds
    # at least this many characters: a phrase (碧桂园推出机器人餐厅——), not a step's count (第一步——) in a box.
    kicker_dash_min_chars: int = 6
    # ... and only when lines also continue into the next line less than this many times as often as into the
    # second one: reading order measures 5.8 or more on the dev pages, interleaved columns 3.4 or less (a
    # narrow column on a small page can fall under the first test by chance, not under this one).
    interleave_lag_ratio: float = 4.0
    # ... judged only on pages with at least this many line ends between two hanzi (fewer say nothing).
    interleave_min_lines: int = 60

    # --- segmentation ----------------------------------------------------------------------------------
    # A column of briefs sourced to foreign media (据外媒报道，…) shows at least this many such openings, no more
    # than this many paragraphs apart (a brief takes one to three): a story cites such a report once or twice.
    sourced_briefs_min: int = 3
    sourced_briefs_apart: int = 4
    # Two neighbouring paragraphs whose measures differ by this many cells belong to different articles: a
    # page sets each article at its own column width, while the lines of one column already differ by up to
    # two cells in the estimate (justification spreads punctuation and half-width digits unevenly).
    measure_jump: float = 2.5
    # A page with this many ASCII clause marks between hanzi (…履職;對…) was read by an OCR engine: its variant marks
    # (﹐ ︰) are the engine's reading, not the print's, and the ordinary forms stand. One may be a typesetter's slip;
    # two on the batches' OCR pages always were the engine's.
    ocr_page_min_marks: int = 2
    # ... and this many, more than twice that, where the column above is read on past the story's last subhead
    # (its section under it too short to measure): quotations cut into pieces leave a section few full lines, and
    # the measure read past them is less sure (a section's 4 cells apart from the one above it on a generated page,
    # a feature's continuation 5 cells narrower in a review's page; the next piece's column 9 cells narrower).
    measure_jump_past_subhead: float = 6.0
    # How many full lines on each side of a paragraph boundary measure the column (half of them at least).
    measure_lines: int = 8
    # A paragraph of a line or two set this many times as wide as the column above it is no line of that
    # column: at 2.0 a line spans at least two such columns, which only display type (judged before, as a
    # headline) or text read across columns by the OCR (a block of narrow columns taken for a table) does.
    read_across_ratio: float = 2.0
    # A line wider than its column by this much spans columns: display type (a headline). Body lines overrun
    # the measure by up to two cells where punctuation hangs or the width estimate misses a compression.
    display_overhang: float = 2.5
    # ... judged only when at least this many lines around tell the column's measure.
    min_measure_support: int = 3

    # A caption that opens with 图为 is followed over at most this many lines to its full stop or credit.
    caption_max_lines: int = 4

    # This many short units in a row inside the flow are headline material (kicker, title, subtitle, or a
    # vertical title read as fragments); an in-body subhead comes alone, or with a byline: two at most.
    zone_min_units: int = 3
    # A paragraph of this many characters on one line is as long as three lines of a column (a text export sets a
    # paragraph a line): what stands over it stands between paragraphs. Three lines of the narrowest columns
    # papers set (12 to 15 characters) hold about forty.
    unwrapped_paragraph_chars: int = 40
    # A page whose paragraphs open with an indent (a text export, 　　 before each) sets its headings flush: when
    # this many paragraphs at least, and this share of them, are indented, a flush line asking or exclaiming
    # between two paragraphs is a heading. Four paragraphs tell a habit from a chance; the share leaves room for
    # a quotation or a list row set flush.
    indented_page_min_paragraphs: int = 4
    indented_page_share: float = 0.8
    # A lead closed by its byline (…報導╱某某) may have a sentence or two setting the scene above it, right
    # under the headline: the piece opens there. That opener is short; a paragraph of this many characters
    # or more under a headline is a whole short story of its own, and the lead below it opens the next.
    lead_opener_max_chars: int = 80
    # ...but two whole lines set alike, without a mark, each at most this share of the column (neither wraps
    # into the other), are a kicker and its title.
    title_pair_share: float = 0.75
    # Such a pair goes back into the text as a couplet subhead when the text on its two sides shares this much
    # of the page's rarer words: less than for a one-line subhead, as a couplet is as common inside a story as
    # a kicker and title between two, and two stories share next to none (a title line parts them below 0.02).
    pair_rejoin_cohesion: float = 0.05

    # Short pieces of at most this many characters above the last furniture line at the top of a page are
    # the masthead (paper name, section) that an OCR engine split into lines of their own.
    masthead_piece_chars: int = 10

    # A caption goes to the article it scores best against when the score is at least this (a shared name)
    # and this many times the runner-up's.
    caption_min_score: float = 0.03
    # A caption credited to the writer of a story signed 文/图 goes to that story where its own words share at least
    # this much with it (twice the bar for a caption's lead: a name or a place the story tells of, 贺长青 at 0.09),
    # not where they share a common word or two only (a photo of another story the writer shot, 0.035).
    byline_photo_min_score: float = 0.06
    caption_lead: float = 1.5

    # The lines over a reader's letter's salutation (编辑同志：) read as its headline when there are at most this
    # many: a kicker (读者来信) and a title wrapped once; more are the text of the letter above.
    letter_title_max_lines: int = 3

    # --- headlines ---------------------------------------------------------------------------------------
    # A headline line is at most this many cells; longer lines are body text or residue.
    headline_max_width: float = 40.0
    # A photo's caption an OCR engine reads as a block of its own between two blocks of a paragraph runs to three
    # lines (its sentence wrapped, its credit cut onto a line of its own); a longer block is running text.
    caption_block_lines: int = 3
    # A brief's title marked by the box's bullet stops short of the measure, by half a cell at least (■ 天文台：周末
    # 氣溫回落 in a column of twelve); an item's first line the wrap cut fills it.
    bullet_title_shortfall: float = 0.5
    # Outside such a box, a marked line with no mark in it over a line of running text is a brief's title where it
    # stops a cell or more short of the measure (■花园乡3座农村公厕投入使用 in a column of sixteen): a list item's
    # first line the wrap cut fills the measure.
    marked_title_shortfall: float = 1.0
    # A page with a blank line before this share of its lines or more is double-spaced throughout (pdftotext's
    # default mode may write one so, 0.77 on a dev page): its blank lines part no OCR blocks. A Tesseract page parts
    # blocks of two to six lines, a blank before a quarter to two fifths of its lines.
    double_spaced_page_share: float = 0.6
    # A brief's title set alone in lenticular brackets (【寫字樓空置率微跌】, 【葵青區康樂中心暫停開放】) runs to seven
    # characters or more; a section's tag (【记者手记】, 【延伸阅读】, 【小贴士】) names its kind in four, and a series'
    # counts its day in six (【研訊第32天】).
    bracketed_title_min_chars: int = 7
    # ... and heads one brief of a box: another such title stands within this many line groups of it (a box's brief
    # runs to a paragraph or three).
    briefs_box_groups: int = 8
    # A unit of up to this many lines with no sentence end may be headline material (kicker, a title wrapped
    # in a narrow column, subtitle); longer runs without a full stop are body text cut by a column break.
    headline_unit_lines: int = 6
    # Under a title closed by its column's tag, a line of at least this many clauses (commas) is the commentary's
    # opening summary, not a deck: People's Daily prints its 评论员观察 and 现场 pieces so.
    summary_min_clauses: int = 2
    # ... and this many characters: the summaries run to 40 and more, a deck of phrases to some 20.
    summary_min_chars: int = 30
    # A caption without a marker, told by its place in a row of photos (after another caption, at the foot of
    # the page or right above the opening of a piece), runs to two lines at most: photos are set a column or
    # two wide, and a longer text there is a story's paragraph.
    caption_row_lines: int = 2
    # Minimum match score (character-bigram overlap with an article, 0..1) for a headline to be attached at
    # all; below it the headline stays in the residue rather than be forced onto an unrelated article.
    headline_min_score: float = 0.12
    # A headline of fewer content characters than this is matched after longer ones of the same score, in
    # proportion: a short piece shares its few bigrams with an article by chance more often than a title does.
    headline_full_chars: int = 10
    # Cutting a zone into one more headline costs as much as this many well-matched characters: a line must
    # clearly fit another article better before it is split off as a headline of its own.
    headline_run_cost: float = 3.0
    # ... and where the typesetting already parts two blocks (a blank line, the short end of a wrapped title),
    # a new headline costs only this much: position is evidence too when content says nothing.
    headline_break_cost: float = 0.5
    # A block at the foot of the page cut into fewer headlines than the articles left without one is cut
    # again at half the cost, down to this: below it a kicker shared by two stories would split off.
    headline_foot_cost_floor: float = 0.75
    # The short last line of a title wrapped in its box is a tail of at most this share of the line above it
    # (件, 丁”, 了); a longer short line is a whole title under the wider subtitle of the headline before.
    wrapped_tail_share: float = 0.5
    # A line this many cells wider than the one-line headline part above it starts a part of its own: a
    # wrapped title's first line is its fullest, so a wider line below a short one is a title under a kicker.
    headline_wider_part: float = 3.0
    # Two headline lines each this many characters at least, the second at least this share of the first, are
    # two whole parts where the characters meeting at the break make no word of the page's text. Measured on
    # the gold of 540 generated pages (pdftotext -raw): of 178 kickers over their titles, one line each, the
    # two characters at the break appear in the page's text 6 times; of 278 titles wrapped once, 162 times. A
    # wrap leaves a short tail (its second line has a median of 6 characters, a title under its kicker 12):
    # with both bars (and no part ending or opening on a word that leans across the break), 85 kickers are
    # found against 22 wrapped titles taken for two parts.
    whole_part_min_chars: int = 8
    whole_part_share: float = 0.5
    # No headline is printed on more lines than this (kicker, a title wrapped twice, subtitle, and spare).
    headline_max_lines: int = 7
    # A deck (the long subtitle that sums up a meeting or a policy, clause after clause, under its title) runs
    # to four or five lines at most; a longer run ending on no sentence mark is text cut off, not display type.
    deck_max_lines: int = 5
    # ... or, set in a narrow box beside its title, more lines of as many characters as five lines of a wide
    # column hold (a deck of clauses runs to 100-130 characters; text cut off runs on past that).
    deck_max_chars: int = 130
    # No title runs to this many characters (the longest, with a column tag, stay under fifty): a headline part
    # this long is a deck, which sums up its story's own text and so never heads a piece split off from it.
    deck_min_chars: int = 60
    # Two headlines side by side on one extracted line are parted at a space when each side, of at least this
    # many characters, best restates another article with at least this score (and leads its runner-up by
    # caption_lead): two phrases of one title restate the same article.
    side_by_side_min_chars: int = 6
    side_by_side_min_score: float = 0.2
    # ...or, in a block at the foot that heads no article (titles in rows), with at least this score where it
    # shares no word at all with the other side's article (a short title restates its story in a word or two,
    # and names nothing of the story the title beside it heads; over its story, one title's two phrases may).
    side_by_side_sole_score: float = 0.1
    # ...and neither side scores more than this against the other side's article (a title's two phrases
    # both restate its story, one of them maybe another story's too: 树牢安全发展理念 / 加强安全生产监管).
    side_by_side_cross_max: float = 0.25
    # A title line in the flow between two undated pieces parts them when the text on its two sides shares
    # less than this share of the page's rarer bigrams; each side needs this many rare bigrams for the share to
    # mean anything. Measured on the gold of 540 generated pages, whole story against whole story: of 1,180
    # titles over an undated story, 24% share under 0.02, 41% under 0.03, 54% under 0.04; of 1,750 short
    # unmarked lines after a sentence end inside one story (subheads), 0.3%, 0.5% and 1.3%. Through the
    # pipeline (where a side may hold more than one story) 0.04 parted stories' own sections on pdftotext
    # pages; 0.03 gained articles on every extractor.
    title_split_cohesion: float = 0.03
    title_split_min_grams: int = 20
    # A dated report (电头稿) is short and seldom parted by subheads: under one, a title line that restates the
    # text below it (this share of its bigrams) and next to nothing above it (at most the next share) parts
    # two pieces where the two sides share under the looser cohesion after them (on the generated pages every
    # such line under 0.06 was the next piece's title; the subheads of long dated reports share more, or
    # restate the text above them too).
    dated_title_restates_below: float = 0.5
    dated_title_restates_above: float = 0.1
    dated_title_split_cohesion: float = 0.06
    # A title with a photo's caption right under it and at most this many paragraphs under that, to the end of
    # the article, is a photo-news piece's: it parts from the story above where the two share less than this of
    # the page's rarer words (the same bar as a dated title's: a city's page shares its 市民 and its places).
    photo_news_max_paragraphs: int = 2
    photo_news_split_cohesion: float = 0.06
    # ... and the line holds this many characters at least: the few characters an OCR engine reads off a
    # photo or a rule restate the text below by chance.
    dated_title_min_chars: int = 6
    # An editor's note (signed ——编者) runs to one or two paragraphs on the annotated generated pages (11 and 9
    # of 20 notes), so its first paragraph is looked for up to three above the signature; a note with fewer
    # than two paragraphs of story after it is an afterword closing its piece, not a note opening one.
    note_max_paragraphs: int = 3
    note_story_paragraphs: int = 2
    # An article opened only by a change of measure goes back into the one above when their texts share at
    # least this share of the page's rarer bigrams: on annotated pages 62% of the paragraph boundaries inside
    # a story do, and 2% of the boundaries between two stories.
    measure_rejoin_cohesion: float = 0.1
    # A photo-news piece set inside a story's columns: a paragraph or two (up to this many characters) under its
    # title, beside its photo's caption, is cut out where the story's text on its two sides shares this much of
    # the page's rarer bigrams (counted once each side has this many) and the piece shares no more than this
    # with the text after it, and its title names less of the story than this share of its bigrams. On the
    # read batches of other papers these tell three photo pieces set in stories from one subhead with the
    # story's photo beside it (虾稻米卖出好价钱 names 虾稻 of its story).
    photo_inset_max_paragraphs: int = 2
    photo_inset_max_chars: int = 200
    photo_inset_min_grams: int = 8
    photo_inset_story: float = 0.05
    photo_inset_apart: float = 0.01
    photo_inset_title_named: float = 0.25
    # A feature signed by its byline, a subhead already parting its sections, is not parted at a later one-line
    # heading unless the text on the two sides shares less than this of the page's rarer words: its sections
    # may share as little as 0.021 (a weekly's feature, a property supplement's 挂牌量 … 学区房 0.025), two pieces
    # next to none (a pair of everyday words, 就能, 今年, make 0.018).
    feature_section_cohesion: float = 0.02
    # A reporter's feature (its byline names the role) is not parted at its first one-line heading of at most this
    # many characters (a subhead's length, ten at most, 推荐一款菊花枸杞粥 over a health column's recipe; the next
    # piece's title runs longer) where the two sides share at least
    # this: its first sections shared 0.016-0.019 in every batch, where such a head was the next piece's only
    # after an essayist's piece (□ 某某) or with a title of 17 characters and a share of 0.008 (an invented piece
    # on another subject after a reporter's feature shared 0.013).
    # A box of numbered items under its heading inside a story is the story's own (its notes, its steps) unless
    # the two share less than this of the page's rarer words: a tips box on another subject (watermelons under a
    # story of rivers) shares none.
    box_apart_cohesion: float = 0.01
    # A summary between a title and the byline that opens the text (a standfirst) runs this many printed lines at
    # most: a photo-news piece's paragraph of three lines over the next piece's byline is a piece of its own.
    summary_max_lines: int = 2
    feature_subhead_max_chars: int = 10
    feature_first_section_cohesion: float = 0.015
    # A box of list items (▲…, ■…) under a label of briefs after a story is a piece of its own when it shares
    # less than this of the page's rarer words with the story: a community page's briefs share its community's
    # names (0.10-0.12 on the pages read), a story's own box under 活动一览 its events (0.28); two items at least.
    box_min_items: int = 2
    # A questions column's question under its label heads it only where no other question of the column (a
    # line that asks over a reader's question) follows within this many units: a column of several questions
    # keeps each as its subhead.
    questions_lookahead: int = 30
    briefs_box_cohesion: float = 0.15
    # A story resumes below a piece set inside its columns at the measure it had above it: within half a cell
    # (the measure is read from whole lines, a hung mark or a Latin letter moves it by half a cell) ...
    resumed_story_measure_tolerance: float = 0.5
    # ... and past at most two inset pieces (a brief and its neighbour; a column of more briefs is a page's
    # layout, not an inset).
    resumed_story_max_insets: int = 2
    # ... when the text below shares this share of the page's rarer bigrams with the story (less than a
    # measure split asks: the story's text only resumes, often at a new turn of it) and this many times what it
    # shares with the inset piece.
    resumed_story_cohesion: float = 0.04
    resumed_story_lead: float = 2.0
    # ... or by any margin, where the paragraph the text resumes with shares this many times what it shares with
    # the piece (a story round a brief on its own theme, 唐樓火警 round 長者日間中心: 0.104 against 0.015)
    resumed_first_lead: float = 4.0
    # ... and, for text the flow read as the inset piece's own that shares anything with it, this much: a
    # story's tail resumed at a new turn shares 0.06-0.14 with it (an everyday word or two with the piece), a
    # generated Tesseract page's unrelated text 0.049.
    resumed_tail_cohesion: float = 0.06
    # A story resumes under a dated brief set in its columns at their very width (nothing but the words tells,
    # the words of at most two of the page's articles): where the brief has at most this many paragraphs before
    # the text that resumes (an inset brief is short) ...
    resumed_brief_max_paragraphs: int = 3
    # ... that text shares at most this share of those words with the brief (0.000-0.019 where a story resumed in
    # the invented batches; a brief's own later paragraphs share 0.03-0.36, naming its subject) ...
    resumed_brief_own_cohesion: float = 0.02
    # ... and at least this much, and the lead's times what it shares with the brief, with the story (0.057 and
    # 0.058 where a story resumed in the batches; a brief's own paragraph shared at most 0.055 with the story
    # above it there, and 0.050 on a generated Tesseract page; on the generated sets the rule gains articles on
    # eleven Tesseract pages and loses on three, where the OCR's layout analysis cut stories apart).
    resumed_brief_cohesion: float = 0.055
    # ...and a one-line "headline" between two runs of text goes back in as a subhead at this share: a
    # third of the section boundaries of a story reach it and none of the boundaries between two stories on
    # annotated pages (at 0.1, stories on one theme, charity appeals side by side, did).
    subhead_rejoin_cohesion: float = 0.15
    # ...and a roundup's section head, a place closed by a dash over its line (浙江湖州—— / …), this much: the
    # sections of a roundup report one trend from several places and name fewer of the same things than the
    # sections of one story do, while two stories share under 0.05 in two boundaries of three.
    roundup_rejoin_cohesion: float = 0.08
    # With no title line between them, only a headline left over says two pieces may have run together; the
    # text on the two sides must then share less than this (on the gold of 540 generated pages, whole text
    # against whole text: 0.2% of the paragraph boundaries inside a story, 41% of the boundaries between two
    # stories without a dateline; at 0.02, 0.09% and 24%; the left-over headline is what keeps the first kind
    # from being cut).
    vocabulary_split_cohesion: float = 0.03
    # A title set in a box this many characters wide (vertical type: one; a side headline: two or three)
    # comes out a few characters per line; three such lines in a row are one headline line, folded.
    narrow_title_chars: int = 3
    # A line of this many cells at least, and narrower than any column, that fills its box does not wrap into a
    # line twice as wide (a box of fewer is a title set upright or in rows of a few characters, which the
    # narrow-title rules read).
    narrow_box_min_cells: float = 4.0
    # A title of hanzi alone (no mark to hang or squeeze) this many cells wider than the column below it
    # spans columns: a body line cannot run past the measure without a mark.
    solid_title_overhang: float = 1.0
    # A headline-zone line ending on a comma is running text the OCR dropped among the titles, unless it is
    # a few words and a 、 or ， only: a title wrapped at its list (读书会、 / 青年志愿者座谈会举行).
    title_list_piece_chars: int = 6
    # A left-over headline whose best article is taken tries to split that one first, then any other taken one
    # it fits this share as well: a few words of a title (的背后) meet some lead by chance as often as its piece.
    split_runner_share: float = 0.6
    # A left-over headline splits an article after a paragraph when it finds this share of its bigrams in
    # the text below (half from the two paragraphs that would be the lead, half from the whole rest) ...
    split_min_containment: float = 0.35
    # ... and this much more than in the text above, so a headline about the same subject does not cut an
    # article that merely mentions it.
    split_margin: float = 0.2
    # A commentary's title paraphrases (a fifth of its bigrams in its piece is typical), so a left-over
    # headline that leans this much more towards a run than towards the rest (half the usual margin: a tenth
    # of a short title is a word or two) may split it off all the same when the other evidence agrees: the
    # headline the article has finds this much more of its bigrams in the rest than in the run (a title
    # restates its own lead at a third or more, so it does not speak for the run at all), the run is this many
    # paragraphs long (a piece, not a story's last paragraph or two that happen to share a word with a stray
    # line), and the left-over headline has this many characters, a column tag closing it included (a title,
    # often tagged; a subhead left at the end of a story cut short is a few words, and has no tag).
    split_unclaimed_margin: float = 0.1
    split_owner_margin: float = 0.3
    split_unclaimed_paragraphs: int = 3
    split_unclaimed_title_chars: int = 10
    # A part of a headline drawn into another's needs only this share where the text above the run and the
    # run share next to none of the page's rarer words (under ``vocabulary_split_cohesion``): two stories meet there,
    # and a commentary's title paraphrases (a fifth of its bigrams in its story is typical).
    split_min_containment_apart: float = 0.2
    # A photo caption needs less where the text on its two sides shares under this share of the page's rarer
    # words (half the rejoin cohesion): two stories meet there, and a caption of names and a place
    # (某某（右）陪同某某见记者) finds a quarter of its bigrams in its own story at most.
    caption_split_apart_cohesion: float = 0.05
    caption_split_min_containment_apart: float = 0.25
    # Ending the left-over headline's article before the article it was found in ends costs this much
    # leaning (bigram share) in the paragraphs left after it: they must clearly side with the other headline
    # (a whole piece of its own), not merely share a place name with it.
    split_end_cost: float = 0.3
    # A line under a story's last paragraph no longer than this is its signature or credit (读者 某某, （记者 某某）),
    # no paragraph of its own: a line of a one-part title that restates the last paragraph parts nothing off.
    signature_max_chars: int = 16
    # A headline of at most this many characters is a box's label (社区活动, 路况提示): its words meet some paragraph's
    # by chance, and it proves no piece there (a brief's title runs five and more, 爱心早餐点).
    box_label_max_chars: int = 4
    # A headline's first part this short, over a part at least twice as long, is its kicker (a column's label):
    # 102 such kickers against one subtitle on the generated and invented pages' annotations.
    label_kicker_chars: int = 4
    # A line left over right above a title, fitting no article, a phrase of at most this many characters and
    # clearly shorter than the title: the column's name over it (乡村振兴看临湖), its kicker. A kicker runs to ten
    # characters or so; a longer line is a title of its own or a deck.
    kicker_phrase_max_chars: int = 10
    # A reader's letter runs at least this many paragraphs above its signature: one-paragraph answers, each signed
    # by its speaker (市民 某某), make a box of voices, one piece, not letters one after another.
    letter_min_paragraphs: int = 2
    # A part of a headline (kicker, title, subtitle) of at least this many characters is checked for
    # restating a run of paragraphs inside its article (two pieces run together drew two headlines into one);
    # so is each phrase of a line of such phrases set apart by spaces (two titles side by side) ...
    split_part_chars: int = 6
    # ... and the run may only start where the two paragraphs on either side share less than this share of
    # their rare bigrams: across the boundary of two stories on the dev pages mostly 0.02 or less (but for
    # two on one subject), between two paragraphs of one story 0.02–0.2 (a tenth of them under 0.02).
    split_cohesion: float = 0.025
    # ... and, for a phrase of a title set in phrases, less than this: the two phrases of one title often
    # restate two sections of its story (隊友憶述火場救人經過 under 消防員生前多次參與演習), which share few
    # words; two titles side by side head stories that share none.
    phrase_split_cohesion: float = 0.01
    # Bigrams in more than this many paragraphs of the page, or this share of them, are everyday words and
    # say nothing about cohesion.
    cohesion_common_min: int = 3
    cohesion_common_share: float = 0.2
    # ... unless they spell a name a surname leads (three characters) that one article names three times at least
    # and no other article of a page of at least this many names (the one a feature portrays, 秦晓川, in
    # paragraph after paragraph): with fewer articles, two pieces run together are one article, and nothing tells.
    cohesion_single_article_min: int = 4
    # At most this many such splits per page: each one re-runs the headline matching.
    max_headline_splits: int = 8
    # The confidence reported for a headline attached by its position alone (no article shares its words).
    position_confidence: float = 0.1
    # ... where no article without a headline shares its words and no article with one shares them this well
    # (twice the bar for matching by content): a title's weak match with a story already headed is the page's
    # common words (社区, 华人), a strong one may be that story's second title or its subhead.
    position_over_headed_score: float = 0.24
    # A structured headline (kicker or subtitle) left over may go by elimination to an article without one
    # when it shares at least this much with it: a name or a term (a third of the bar for matching by content),
    # not a stray common bigram.
    elimination_min_score: float = 0.04
    # How much a headline or caption gains for standing right before (or after) an article: layout is weak
    # evidence, enough to break a tie between two articles on one subject, never enough to beat content.
    prior_next: float = 0.04
    # ...but a notice's kind alone right over a text (鸣 谢, 公 告) names no event a title elsewhere could share
    # words with: it heads the notice under it, and this much settles that against any content.
    prior_notice_kind: float = 1.0
    # ... and the headline that closes the page's first zone, right over the page's first text with nothing
    # above it but the masthead, gains this much more for that text: a page's lead title stands over its lead
    # (whatever other piece cites it or shares its theme), and only clearly better words put it elsewhere.
    prior_lead: float = 0.11
    # ... and, right over a byline on a line of its own, this much more for the piece the byline opens: a byline
    # stands under its own piece's title, so only clearly better words put the title elsewhere (a composition's
    # title, 第一次做饭, over its pupil's byline, though another piece says 第一次 too).
    prior_byline_next: float = 0.1
    prior_prev: float = 0.02
    # Only this many best-matching articles get the costlier verbatim-run part of a match score, so a long
    # multi-page dump stays linear.
    match_run_candidates: int = 4
    # When the runner-up article scores within this share of the winner, confidence is reported as low.
    headline_margin: float = 0.25
