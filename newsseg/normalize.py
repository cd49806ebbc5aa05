"""Character-level normalization of OCR'd / pdftotext'd Chinese newspaper lines.

Pure ``str -> str`` functions, each idempotent (f(f(x)) == f(x)), so a stage may apply one again without
harm. ``fold_width`` and ``fix_punctuation`` keep the length of the text, so a column in the normalized line
is the same column in the input line; only ``squeeze_spaces`` removes characters (whitespace only), and the
caller applies it once it knows whether a line is body text or a headline.

Pages are processed by the thousand: the regular expressions are compiled at import, and the per-call work
is done by ``str.translate``, ``str.split`` and the regex engine, with Python loops only over the few gaps
and brackets of a line. Pure-ASCII lines, which cannot contain anything Chinese, return at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

import regex

from .chardata import (
    ASCII_TO_FULLWIDTH_PUNCT,
    CJK_IDEOGRAPH_RANGES,
    CJK_PUNCTUATION_RANGES,
    CLAUSE_PUNCTUATION,
    CLOSING,
    FULLWIDTH_JOINERS,
    FULLWIDTH_TO_HALFWIDTH,
    MIDWORD_DOT,
    OPENING,
    SENTENCE_END,
    SHARED_PUNCTUATION,
    SMALL_FORMS,
    SMALL_FORMS_AS,
    SMALL_FORMS_TO_FULLWIDTH,
    SPACES_TO_ASCII,
    UNICODE_SPACES,
)
from .config import Config

__all__ = [
    "bigrams",
    "cell_width",
    "containment",
    "content_key",
    "fix_punctuation",
    "fold_width",
    "is_cjk",
    "is_cjk_punct",
    "normalize_line",
    "opencc_converter",
    "set_in_traditional",
    "settled_spaces",
    "squeeze_spaces",
]


# --- character classes -------------------------------------------------------------------------------------
def _ranges_class(ranges: Iterable[tuple[int, int]]) -> str:
    return "".join(f"\\U{a:08X}-\\U{b:08X}" for a, b in ranges)


def _chars_class(chars: Iterable[str]) -> str:
    return "".join(f"\\U{ord(c):08X}" for c in sorted(chars))


_CJK_PUNCT: frozenset[str] = frozenset(chr(c) for a, b in CJK_PUNCTUATION_RANGES for c in range(a, b + 1))
# What fix_punctuation produces may not count as context for its own decisions: otherwise converting one mark
# would turn its neighbour into "Chinese context" and a second run would convert more (not idempotent).
_PRODUCED: frozenset[str] = frozenset(ASCII_TO_FULLWIDTH_PUNCT.values()) | {MIDWORD_DOT}

_IDEO = _ranges_class(CJK_IDEOGRAPH_RANGES)
# "Strong" CJK: hanzi and punctuation that exists only in CJK text.
_STRONG = _IDEO + _ranges_class(CJK_PUNCTUATION_RANGES)
# Context that makes an ASCII mark a misread Chinese one.
_CONTEXT = _IDEO + _chars_class((_CJK_PUNCT | SHARED_PUNCTUATION) - _PRODUCED)
_SPACE = " \\t" + _chars_class(UNICODE_SPACES)

_IDEO_RE = regex.compile(f"[{_IDEO}]")
_STRONG_RE = regex.compile(f"[{_STRONG}]")
_CJKISH_RE = regex.compile(f"[{_STRONG}{_chars_class(SHARED_PUNCTUATION)}]")

# Marks that must touch their neighbour, whether shared with Western text or not: a space before a closing
# mark or after an opening mark is never meaningful when the mark is a CJK one.
_CLOSING_STRONG: frozenset[str] = CLOSING - SHARED_PUNCTUATION
_OPENING_STRONG: frozenset[str] = OPENING - SHARED_PUNCTUATION


def is_cjk(ch: str) -> bool:
    """True for one CJK ideograph (hanzi), in any block an OCR engine or pdftotext can produce.

    >>> is_cjk("中"), is_cjk("〇"), is_cjk("𠀀"), is_cjk("，"), is_cjk("A")
    (True, True, True, False, False)
    """
    return _IDEO_RE.fullmatch(ch) is not None


def content_key(text: str) -> str:
    """Only the characters that carry content: CJK ideographs, letters, digits."""
    return "".join(ch for ch in text if ch.isalnum() or is_cjk(ch))


@functools.lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    # (remembered: the segmentation's checks of cohesion read the page's paragraphs again and again)
    k = content_key(text)
    return frozenset(k[i : i + 2] for i in range(len(k) - 1))


def word_bigrams(text: str) -> set[str]:
    """Bigrams of characters that stand together in the text, whitespace aside (a line's wrap is no gap), and
    with no mark between them: a sentence's last character and the next one's first make no word."""
    runs = regex.split(r"[^\w]+|_", regex.sub(r"\s+", "", text))
    return {run[i : i + 2] for run in runs for i in range(len(run) - 1)}


def containment(text: str, other: str) -> float:
    """Share of the text's bigrams found in the other text (how much of a title or caption the other restates)."""
    grams = bigrams(text)
    return len(grams & bigrams(other)) / len(grams) if grams else 0.0


@functools.cache
def opencc_converter(name: str) -> Callable[[str], str]:
    """The OpenCC conversion ``name`` (t2s, s2t, … or a .json configuration), built once per process: loading
    its dictionaries takes a while, so only a run that converts, or a page that asks which script a headline is
    set in, pays for it."""
    import opencc

    return opencc.OpenCC(name if name.endswith(".json") else f"{name}.json").convert


def set_in_traditional(text: str) -> bool:
    """Whether the hanzi of ``text`` are in their traditional forms: more of them change under OpenCC's t2s
    than under s2t (the many characters both scripts share say nothing either way)."""
    hanzi = "".join(ch for ch in text if is_cjk(ch))
    if not hanzi:
        return False
    to_simplified = sum(a != b for a, b in zip(hanzi, opencc_converter("t2s")(hanzi), strict=False))
    if not to_simplified:
        return False  # (and s2t, ten times as slow to load, is not loaded for a simplified page)
    to_traditional = sum(a != b for a, b in zip(hanzi, opencc_converter("s2t")(hanzi), strict=False))
    return to_simplified > to_traditional


def is_cjk_punct(ch: str) -> bool:
    """True for one punctuation mark that exists only in CJK text (full-width and CJK-block marks).

    Marks shared with Western text (“ ” … —) are not CJK-only: they count as Chinese only next to Chinese.

    >>> is_cjk_punct("，"), is_cjk_punct("》"), is_cjk_punct("”"), is_cjk_punct(",")
    (True, True, False, False)
    """
    return ch in _CJK_PUNCT


# East Asian Width W and F are one cell. Ambiguous (A) symbols and punctuation (“ ” … · — ℃ °) are one cell in
# the Chinese fonts newspapers use; ambiguous letters (é, Greek, Cyrillic) and combining marks are not counted
# wide because in a Chinese line they come from Latin words.
_WIDE_RE = regex.compile(r"(?:[\p{ea=W}\p{ea=F}]|(?![\p{L}\p{M}])\p{ea=A})+")


def cell_width(text: str) -> float:
    """Display width in character cells: hanzi and full-width marks 1.0, ASCII and other narrow characters 0.5.

    The ideographic space U+3000 is one cell (as printed); ``fold_width`` turns it into an ASCII space (0.5).

    >>> cell_width("4月10日，会议")
    6.5
    >>> cell_width("COVID-19 疫苗")
    6.5
    """
    if text.isascii():
        return 0.5 * len(text)
    narrow = len(_WIDE_RE.sub("", text))
    return len(text) - 0.5 * narrow


# --- fold_width --------------------------------------------------------------------------------------------
_FOLD_TABLE: dict[int, int] = {**FULLWIDTH_TO_HALFWIDTH, **SPACES_TO_ASCII, **SMALL_FORMS_TO_FULLWIDTH}
_JOINER_RE = regex.compile(f"(?<=[0-9A-Za-z])[{_chars_class(chr(c) for c in FULLWIDTH_JOINERS)}](?=[0-9A-Za-z])")


def _fold_joiner(m: regex.Match[str]) -> str:
    return m.group().translate(FULLWIDTH_JOINERS)


def fold_width(text: str) -> str:
    """Fold full-width digits, Latin letters and ％ to ASCII, and every Unicode space to an ASCII space.

    Full-width ． － ／ ＋ ＠ ＿ ＆ ＃ are folded only between two letters or digits (a decimal point, a
    hyphenated code, an address); Chinese punctuation stays full-width. The length never changes.

    >>> fold_width("３月２５日，ＡＰＰ上线，同比增长１９．２％")
    '3月25日，APP上线，同比增长19.2%'
    >>> fold_width("（ＣＯＶＩＤ－１９）\u3000疫苗")
    '（COVID-19） 疫苗'
    """
    if text.isascii():
        return text
    text = text.translate(_FOLD_TABLE)
    return _JOINER_RE.sub(_fold_joiner, text)


_SPACE_TABLE: dict[int, int] = {**SPACES_TO_ASCII, **SMALL_FORMS_TO_FULLWIDTH}
# A number, code or word: letters and digits of either width with the marks that join them (１９．２％, COVID-19).
_ALNUM = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
_ALNUM_TOKEN = regex.compile(rf"[{_ALNUM}](?:[.\-/+@_&#%．－／＋＠＿＆＃％]*[{_ALNUM}％%])*")
_FULLWIDTH_ALNUM_RE = regex.compile(r"[０-９Ａ-Ｚａ-ｚ．－／＋＠＿＆＃％]")
_HALFWIDTH_ALNUM_RE = regex.compile(r"[0-9A-Za-z]")


def mixes_widths(token: str) -> bool:
    """Whether a number or word has digits or letters in both widths (2０19, COVID－19): what an OCR engine
    leaves, where a paper that sets its numbers full-width (新华网's ２月９日) sets every digit so.

    >>> mixes_widths("2０19"), mixes_widths("２０１９"), mixes_widths("2019")
    (True, False, False)
    """
    return bool(_FULLWIDTH_ALNUM_RE.search(token)) and bool(_HALFWIDTH_ALNUM_RE.search(token))


def _fold_mixed_token(m: regex.Match[str]) -> str:
    return fold_width(m.group()) if mixes_widths(m.group()) else m.group()


def fold_mixed_widths(text: str) -> str:
    """Fold only the numbers and words that mix both widths, and every Unicode space to an ASCII space; a
    number set all full-width is the paper's typography and stays. The length never changes. Decided per
    number, never per line, so that text joined from several lines folds the same (``clean`` is idempotent).

    >>> fold_mixed_widths("２月９日电，2０19年，ＴＮＴ\u3000炸药")
    '２月９日电，2019年，ＴＮＴ 炸药'
    """
    if text.isascii():
        return text
    return _ALNUM_TOKEN.sub(_fold_mixed_token, text.translate(_SPACE_TABLE))


def printed_forms(text: str) -> dict[int, int]:
    """The marks to give back as the page printed them: each ordinary mark (，：) the page set only in a variant form
    (﹐ or ︰, as Big5 text converted to Unicode carries them), mapped to that form. Folding them for reading leaves
    the records faithful to the page this way; a page that mixes both forms keeps the ordinary one.

    >>> printed_forms("電話︰2345 6789﹐週一至週五") == {ord("："): ord("︰"), ord("，"): ord("﹐")}
    True
    >>> printed_forms("電話︰2345，週一")
    {65306: 65072}
    """
    table: dict[int, int] = {}
    for variant, ordinary in zip(SMALL_FORMS, SMALL_FORMS_AS, strict=True):
        # (nor where the page has the ASCII mark too, which reads as the ordinary one: an OCR page's colons, 时间: …,
        # were never printed as the variant)
        ascii_mark = _ASCII_OF_FULLWIDTH.get(ordinary)
        if (
            variant in text
            and ordinary not in text
            # (a figure's own marks, 1,200 戶, 8:30, are no clause's)
            and (ascii_mark is None or not _in_clauses(ascii_mark, text))
            and ord(ordinary) not in table
        ):
            table[ord(ordinary)] = ord(variant)
    return table


# An ASCII clause mark an OCR engine read between two hanzi (…履職;對…, …9日,市長…): a page printed from Big5 may
# set a word in ASCII brackets, (原農委會), or a question's Q: as printed, and neither is counted.
_OCR_CLAUSE_MARK = regex.compile(r"\p{Han}\s*[,;:!?]\s*\p{Han}")


def ocr_clause_marks(text: str) -> int:
    """How many ASCII clause marks stand between two hanzi: an OCR engine's reading of the page's marks."""
    return len(_OCR_CLAUSE_MARK.findall(text))


def _in_clauses(mark: str, text: str) -> bool:
    """Whether the text uses an ASCII mark anywhere but between two figures (1,200, 8:30)."""
    return regex.search(rf"(?<!\d){regex.escape(mark)}|{regex.escape(mark)}(?!\d)", text) is not None


_ASCII_OF_FULLWIDTH = {full: ascii_mark for ascii_mark, full in ASCII_TO_FULLWIDTH_PUNCT.items()}


# --- fix_punctuation ---------------------------------------------------------------------------------------
# Addresses and HTML entities are protected whole: their marks belong to them even when a hanzi is adjacent.
# A URL may not end in . , : ; ! ? so that the mark closing a Chinese sentence after it is still fixed.
_URL = r"(?:https?://|ftp://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]*[A-Za-z0-9/#=_~\-&%+]"
_EMAIL = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_ENTITY = r"&(?:[A-Za-z]+|#[0-9]+|#[xX][0-9A-Fa-f]+);"
_MARKS = ",:;!?"
_MARKS_BOTH = regex.escape(_MARKS + "".join(ASCII_TO_FULLWIDTH_PUNCT[m] for m in _MARKS))
_MARK_RE = regex.compile(
    f"(?P<skip>{_URL}|{_EMAIL}|{_ENTITY})"
    # , : ; ! ? — Chinese context on the left (spaces and other marks between, so 好了!!! and 中 , 文 are
    # fixed whole), or right after, or after a space unless a Latin word is on the left ("Hello, 世界" is an
    # English greeting, "共35, 其中" a Chinese clause). Numbers, times and English have context on neither side.
    f"|[{regex.escape(_MARKS)}](?:(?<=[{_CONTEXT}][{_SPACE}{_MARKS_BOTH}]*.)|(?=[{_MARKS_BOTH}]*[{_CONTEXT}])"
    f"|(?<![A-Za-z].)(?=[{_SPACE}{_MARKS_BOTH}]*[{_CONTEXT}]))"
    # . — pressed between two hanzi it is a misread comma or middle dot (see MIDWORD_DOT); otherwise a full
    # stop only at the end of a Chinese clause: context before, and a space, the end, or a mark after. An
    # ellipsis "..." has a dot on one side of each dot, and 4.6 / PM2.5 / Mr. have no context before.
    f"|(?P<midword>(?<=[{_IDEO}])\\.(?=[{_IDEO}]))"
    f"|\\.(?<=[{_CONTEXT}][{_SPACE}]*\\.)(?=\\s|\\Z|[{_CONTEXT})）])"
)
# (〈 and 《 too: OCR reads a full-width opening bracket so, closed by its ) or ）: 〈线上好评所占比例), 电《记者某某))
_PARENS_RE = regex.compile(r"[()（）〈〉《》\n]")
_NEEDS_FIX_RE = regex.compile(r"[,.:;!?()]|[〈《][^〈〉《》\n]{0,30}）")
# The mark that closes each angle bracket: one closed so is a title mark, no misread round bracket.
_ANGLE_CLOSE = {"〈": "〉", "《": "》"}


def _fix_mark(m: regex.Match[str]) -> str:
    if m.lastgroup == "skip":
        return m.group()
    if m.lastgroup == "midword":
        return MIDWORD_DOT
    return ASCII_TO_FULLWIDTH_PUNCT[m.group()]


def _fix_mark_at_line_end(m: regex.Match[str]) -> str:
    # Text joined from lines: every dot still between two hanzi met them across a line end (读者 / .开馆), where
    # an extractor pushes a full stop that did not fit; within a line, normalize_line has already decided.
    if m.lastgroup == "midword":
        return ASCII_TO_FULLWIDTH_PUNCT["."]
    return _fix_mark(m)


_CONTEXT_CHAR_RE = regex.compile(f"[{_CONTEXT}]")


def _context_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and _CONTEXT_CHAR_RE.match(text[i]) is not None


# What only a formula or a Latin expression puts inside brackets: its operators.
_FORMULA_RE = regex.compile(r"[+\-*/=<>^]")


def _fix_parens(text: str) -> str:
    """Convert ASCII bracket pairs in Chinese text to full-width, always as a pair."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for m in _PARENS_RE.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":  # a pair never spans lines
            stack.clear()
        elif ch in "(（〈《":
            stack.append(i)
        elif ch in "〉》":
            # (a title mark closed by its own mark, 《人民日报》: no bracket the OCR misread)
            if stack and _ANGLE_CLOSE.get(text[stack[-1]]) == ch:
                stack.pop()
        elif stack:
            o = stack.pop()
            if text[o] == "（" and ch == "）":
                continue
            # A half-width half matched with a full-width one is an OCR slip inside a Chinese pair. Surroundings
            # count only when they touch the bracket: "(b) 中文" may be a Latin list item before Chinese.
            mixed = text[o] in "（〈《" or ch == "）"
            # (a hanzi before the opening one counts across a space: 陳先生 (J Chan), 去年初 (2011): Chinese text
            # brackets a Latin name or a year with its own full-width marks, and the OCR put the space there)
            before = len(text[:o].rstrip(" "))
            if (
                mixed
                or _IDEO_RE.search(text, o + 1, i) is not None
                or _context_at(text, o - 1)
                or _context_at(text, i + 1)
                or (
                    0 < before < o
                    and _IDEO_RE.match(text, before - 1) is not None
                    # (not a formula's: (x+2)(x-3) keeps its ASCII brackets)
                    and _FORMULA_RE.search(text, o + 1, i) is None
                    and text[i + 1 : i + 2] != "("
                )
            ):
                pairs.append((o, i))
    if not pairs:
        return text
    chars = list(text)
    for o, c in pairs:
        chars[o], chars[c] = "（", "）"
    return "".join(chars)


def fix_punctuation(text: str, *, midword: bool = True) -> str:
    """Turn ASCII , . : ; ! ? ( ) into full-width marks where OCR misread a Chinese mark. Length is kept.

    A mark is fixed when it has Chinese on a side; numbers, times, URLs, e-mail addresses, abbreviations and
    English text keep their ASCII marks. A dot becomes 。 only at the end of a Chinese clause, ． between two
    Chinese characters. Brackets are fixed as a pair, when the pair is on one line and its content or its
    surroundings are Chinese. The space that often follows a fixed colon (责任编辑: 田波波) is left to
    ``squeeze_spaces``, so the length stays.
    ``midword=False`` is for text joined from lines that were fixed one by one (see _fix_mark_at_line_end).

    >>> fix_punctuation("会议指出,要加强监管;时间:10:30,地点:市政府.")
    '会议指出，要加强监管；时间：10:30，地点：市政府。'
    >>> fix_punctuation("发生4.6级地震,PM2.5为35, 详见www.example.com. Hello, world!")
    '发生4.6级地震，PM2.5为35， 详见www.example.com. Hello, world!'
    >>> fix_punctuation("市政协党组(扩大)会议, 见f(x)")
    '市政协党组（扩大）会议， 见f(x)'
    >>> fix_punctuation("满意度〈线上好评所占比例) 达96.5%, 〈论语〉")
    '满意度（线上好评所占比例） 达96.5%， 〈论语〉'
    >>> fix_punctuation("18歲的陳先生 (J Chan) 說, (b) option")
    '18歲的陳先生 （J Chan） 說， (b) option'
    """
    if text.isascii() or _NEEDS_FIX_RE.search(text) is None:
        return text
    text = _MARK_RE.sub(_fix_mark if midword else _fix_mark_at_line_end, text)
    if "(" in text or ")" in text or "〈" in text or "《" in text:
        text = _fix_parens(text)
        # (a full stop after a bracket the OCR read as ASCII, fixed only now: …（012-778 3301) . → …） 。)
        text = _DOT_AFTER_BRACKET_RE.sub("。", text)
    return text


# A dot after a closing full-width bracket or quotation, at a line's end: the sentence's full stop.
_DOT_AFTER_BRACKET_RE = regex.compile(r"(?<=[）」』][ \u3000]*)\.(?=[ \u3000]*$)", regex.MULTILINE)


# --- squeeze_spaces ----------------------------------------------------------------------------------------
# A pure number token: digits with decimal, thousands, time or date separators, and a unit sign.
_NUMBER = r"[+\-]?[0-9０-９]+(?:[.,:/\-][0-9０-９]+)*[%％‰℃]?"
# The number at the start of the token after a gap, running into Chinese or to the token's end ("35人").
_NUMBER_HEAD_RE = regex.compile(f"{_NUMBER}(?:\\Z|(?=[{_STRONG}]))")
# The number at the end of the token before a gap, after Chinese or from the token's start ("19.2%").
# (or after a subtitle's dash: ——3.2 万户)
_NUMBER_TAIL_RE = regex.compile(f"(?:^|(?<=[{_STRONG}—])){_NUMBER}\\Z")
# A unit's sign after a figure (38 ℃, 12 %): set solid against it.
_UNIT_SIGN = frozenset("℃℉%％‰°")

_REMOVE, _KEEP, _SOFT = 0, 1, 2  # SOFT: a space between Chinese words; kept only between phrases
_LATIN = 3  # between a Latin word and Chinese: removed from running text, though it was printed (a font's gap)


# A field's label and its colon opening a token, with the value after it (证券简称：恒屹科技).
_FIELD_LABEL = regex.compile(f"^[{_IDEO}]{{2,6}}[：:]\\S")


def _gap(left: str, right: str, phrases: bool) -> int:
    """Decide the whitespace between two tokens from what touches it."""
    a, b = left[-1], right[0]
    if b in _CLOSING_STRONG or a in _OPENING_STRONG:
        return _REMOVE
    if a in SENTENCE_END:
        # In a headline or caption a space after a sentence separates two statements or a credit.
        if phrases:
            return _KEEP
        if a in _CLOSING_STRONG:  # full-width marks carry their own spacing
            return _REMOVE
    if a in _CLOSING_STRONG and (not phrases or a in CLAUSE_PUNCTUATION):
        return _REMOVE
    if len(right) == 1 and right.isdigit() and (len(left) == 1 or _STRONG_RE.match(left[-2:-1] or " ")) and a.isdigit():
        # one digit after one digit that ends Chinese text (我 市 3 4 名): the letter-spacing of a number
        return _SOFT
    if phrases and _FIELD_LABEL.match(right):
        # in a headline, fields set apart, each its label and value (证券代码：603817 证券简称：恒屹科技): the space
        # before the next label parts two fields, not a number from its unit
        return _KEEP
    if a.isdigit() and b in _UNIT_SIGN:
        return _REMOVE
    a_strong = _STRONG_RE.match(a) is not None
    b_strong = _STRONG_RE.match(b) is not None
    if (a_strong and _NUMBER_HEAD_RE.match(right)) or (b_strong and _NUMBER_TAIL_RE.search(left)):
        return _REMOVE
    if (a_strong or b_strong) and _CJKISH_RE.match(a) and _CJKISH_RE.match(b):
        return _SOFT
    # Running text sets a Latin word solid against hanzi (使用APP进校园, 前锋S.Diallo在第…): the space an extractor
    # or OCR engine puts there comes from the change of font. (A headline or credit keeps it between phrases.)
    if (a_strong and b.isascii() and b.isalnum()) or (b_strong and a.isascii() and a.isalnum()):
        return _KEEP if phrases else _LATIN
    return _KEEP


def latin_gaps(text: str) -> int:
    """How many gaps between a Latin word and Chinese running text loses (printed, they take about half a cell)."""
    tokens = text.split()
    return sum(_gap(tokens[i], tokens[i + 1], False) == _LATIN for i in range(len(tokens) - 1))


def _single_digit(word: str) -> bool:
    """A digit alone (a mark glued to it aside: （2): one character of a letter-spaced number."""
    core = "".join(ch for ch in word if ch.isalnum())
    return len(core) == 1 and core.isdigit()


def _letter_spaced(words: list[str]) -> bool:
    hanzi = sum(1 for w in words if len(_IDEO_RE.findall(w)) == 1)
    digits = sum(1 for w in words if _single_digit(w) and len(_IDEO_RE.findall(w)) == 0)
    # single digits are letter-spacing only inside a run spaced out character by character already (歇 （ 2 0 1 9
    # 春 运); a row of digits after words keeps its spaces (开奖号码 5 2 8 0 3)
    if 2 * hanzi <= len(words) - digits:
        digits = 0
    return 2 * (hanzi + digits) > len(words)


# A range's dash between two figures, a space on either side or both (1 — 2, 12～ 21): Chinese sets it solid.
_SPACED_RANGE = regex.compile(r"(\d)\s*([—－～〜–])\s*(?=\d)")


def squeeze_spaces(text: str, *, keep_phrase_spaces: bool = False) -> str:
    """Remove the whitespace Chinese typesetting never has; keep the meaningful spaces, one each.

    Removed: between hanzi, between Chinese and a pure number (``4 月``, ``19.2% 降至``), before a closing
    and after an opening CJK mark, and (body text) after any full-width clause or sentence mark and between
    Chinese and a Latin word (``APP 进校园``, ``PM2.5 浓度``). Kept: between Latin words, and (headlines,
    captions) between a Latin word and Chinese.

    With ``keep_phrase_spaces`` (headlines, captions), a space between Chinese phrases stays, and so does a
    space after a sentence end (``图为会议现场。 记者 王益炜 摄``). A run of Chinese tokens joined by spaces
    is letter-spaced when most of its tokens are single hanzi; then all its spaces go.

    >>> squeeze_spaces("  全 市 脱 贫 攻 坚 ， 我市 34 名 委员 35人出席 ")
    '全市脱贫攻坚，我市34名委员35人出席'
    >>> squeeze_spaces("APP 进校园， PM2.5 浓度下降  19.2% 。 never say die")
    'APP进校园，PM2.5浓度下降19.2%。never say die'
    >>> squeeze_spaces("有害 APP 进校园", keep_phrase_spaces=True)
    '有害 APP 进校园'
    >>> squeeze_spaces("李正印讲话 王立伟主持 张广勇出席", keep_phrase_spaces=True)
    '李正印讲话 王立伟主持 张广勇出席'
    >>> squeeze_spaces("关于举行 第七次会议 的决定 （ 草案 ）", keep_phrase_spaces=True)
    '关于举行 第七次会议 的决定 （草案）'
    >>> squeeze_spaces("切 实 维 护 人 民 利 益", keep_phrase_spaces=True)
    '切实维护人民利益'
    >>> squeeze_spaces("灯 不 灭 人 不 散 （ 2 0 2 0 夜 市 一 线 ）", keep_phrase_spaces=True)
    '灯不灭人不散（2020夜市一线）'
    >>> squeeze_spaces("1 4 . 1 万 人", keep_phrase_spaces=True)
    '14.1万人'
    >>> squeeze_spaces("福彩3D 第2023100期 开奖号码 5 2 8 0 3", keep_phrase_spaces=True)
    '福彩3D 第2023100期 开奖号码5 2 8 0 3'
    """
    # (a range's dash between two figures, spaced out by the extractor: 1 — 2 月, 12 ～ 21℃)
    text = _SPACED_RANGE.sub(r"\1\2", text)
    tokens = text.split()
    if len(tokens) <= 1:
        return tokens[0] if tokens else ""
    if text.isascii():  # nothing Chinese: only collapse and strip
        return " ".join(tokens)
    # a line spaced out character by character, figures and all, is one letter-spaced run (1 4 . 1 万 人, under
    # 去 年 内 蒙 古 脱 贫): a number set so is no row of figures
    if all(len(t) == 1 for t in tokens) and sum(bool(_IDEO_RE.match(t)) for t in tokens) >= 2:
        return "".join(tokens)
    gaps = [_gap(tokens[i], tokens[i + 1], keep_phrase_spaces) for i in range(len(tokens) - 1)]
    if not keep_phrase_spaces:
        out = [tokens[0]]
        for gap, token in zip(gaps, tokens[1:], strict=True):
            if gap == _KEEP:
                out.append(" ")
            out.append(token)
        return "".join(out)

    # Glue the tokens that a removed gap joins into words, then decide each run of words joined by SOFT gaps.
    words = [tokens[0]]
    word_gaps: list[int] = []
    for gap, token in zip(gaps, tokens[1:], strict=True):
        if gap == _REMOVE:
            words[-1] += token
        else:
            word_gaps.append(gap)
            words.append(token)
    out = []
    run = [words[0]]
    for gap, word in zip([*word_gaps, _KEEP], [*words[1:], ""], strict=True):
        if gap == _SOFT:
            run.append(word)
            continue
        out.append(("" if _letter_spaced(run) else " ").join(run))
        run = [word]
    return " ".join(out)


# --- one line ----------------------------------------------------------------------------------------------


def settled_spaces(text: str, *, keep_phrase_spaces: bool = False) -> str:
    """``squeeze_spaces`` until nothing changes: which spaces are phrase spaces can depend on the ones a first
    squeeze removed, and `clean` reads its own output again (it must come back the same)."""
    for _ in range(3):
        squeezed = squeeze_spaces(text, keep_phrase_spaces=keep_phrase_spaces)
        if squeezed == text:
            break
        text = squeezed
    return text


def fold_joined(text: str, config: Config) -> str:
    """Text joined from several lines, folded again where a number cut by a line end (达２０ / 19亿元) mixes
    its widths only now, as reading the joined text again would (``clean`` is idempotent)."""
    return fold_mixed_widths(text) if config.fold_fullwidth_alnum and config.fold_mixed_widths_only else text


def normalize_line(text: str, config: Config) -> str:
    """Apply the character repairs the configuration switches on; spaces are squeezed later by the caller.

    Works on one line; the length of the text (and so its number of lines) never changes.

    >>> normalize_line("本报讯（记者 刘小宇）4月1０日,市人大常委会召开会议.", Config())
    '本报讯（记者 刘小宇）4月10日，市人大常委会召开会议。'
    >>> normalize_line("新华网北京２月９日电（记者李江涛）", Config())
    '新华网北京２月９日电（记者李江涛）'
    """
    if config.fold_fullwidth_alnum:
        text = fold_mixed_widths(text) if config.fold_mixed_widths_only else fold_width(text)
    if config.ascii_punct_to_fullwidth:
        text = fix_punctuation(text)
    return text
