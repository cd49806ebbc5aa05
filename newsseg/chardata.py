"""Character data for Chinese newspaper text: plain constants, no logic (in the spirit of ftfy's chardata).

Everything a stage needs to know about characters lives here, each constant with the reason it exists, so that
the rules in ``normalize`` and the later stages read as rules and the tables can be checked against the
standards (Unicode blocks, GB/T 15834 punctuation, the W3C "Requirements for Chinese Text Layout") in one place.
Sets are ``frozenset`` for membership tests; the regular expressions are built from them in ``normalize``.
"""

from __future__ import annotations

# --- CJK ideographs ----------------------------------------------------------------------------------------
# Inclusive code point ranges of characters that stand for a Chinese character. Spacing, punctuation and
# width rules all ask "is this a hanzi?", so every range a hanzi can come from in OCR / pdftotext output is here.
CJK_IDEOGRAPH_RANGES: tuple[tuple[int, int], ...] = (
    # 々 and 〇: 〇 is the zero of Chinese-numeral dates (二〇二〇年), 々 turns up in names and quotations.
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    # CJK Radicals Supplement + Kangxi Radicals: pdftotext maps glyphs of some embedded fonts to these look-alike
    # code points (⼀⼈⼤ for 一人大); they stand for hanzi in the running text and must space like hanzi.
    (0x2E80, 0x2FDF),
    # Extension A: rarer hanzi, common in personal and place names.
    (0x3400, 0x4DBF),
    # The main CJK Unified Ideographs block: nearly all running text.
    (0x4E00, 0x9FFF),
    # CJK Compatibility Ideographs: duplicates from legacy code pages that older OCR engines still emit.
    (0xF900, 0xFAFF),
    # Planes 2 and 3 (SIP, TIP) hold only ideographs: Extensions B–H and the Compatibility Supplement, used for
    # names that the BMP lacks.
    (0x20000, 0x3FFFF),
)

# --- CJK punctuation ---------------------------------------------------------------------------------------
# Inclusive ranges of punctuation that belongs to CJK text only. A space next to one of these is never a word
# separator of a Western language, so the spacing rules may treat them like hanzi.
CJK_PUNCTUATION_RANGES: tuple[tuple[int, int], ...] = (
    # CJK Symbols and Punctuation, without U+3000 (the ideographic space is whitespace, folded to ASCII space).
    (0x3001, 0x303F),
    # Vertical forms and CJK Compatibility Forms: the brackets and marks of pages set vertically.
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    # Full-width forms of ASCII punctuation (，！？（）：；％ …) and the half-width CJK marks ｡｢｣､･.
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    # The katakana middle dot ・: OCR's usual reading of the dot in transliterated names (约翰・史密斯).
    (0x30FB, 0x30FB),
)

# Punctuation that Chinese and Western text share (the same code points serve both). It counts as Chinese
# only next to a hanzi or an unambiguous CJK mark, so that English quotations keep their spaces.
SHARED_PUNCTUATION: frozenset[str] = frozenset("“”‘’…‥—―·‧")

# --- sets used by the pipeline -----------------------------------------------------------------------------
# Marks that end a sentence in Chinese. A paragraph may end only after one of them (possibly followed by a
# closing quote or bracket).
SENTENCE_END: frozenset[str] = frozenset("。！？…")
# ASCII ! and ? end a sentence too, but only right after a hanzi: OCR reads the full-width marks as ASCII,
# while in Latin text ("Yahoo!", "what?") they may end a word rather than a Chinese sentence.
SENTENCE_END_ASCII: frozenset[str] = frozenset("!?")

# 行首禁则: marks that may never start a line in Chinese typesetting. A line that starts with one of these
# continues the previous line, and no space may stand before them.
CLOSING: frozenset[str] = frozenset(
    "，。、；：？！．"  # clause and sentence marks
    "）》」』】〕〗〙〛〉］｝｠"  # closing brackets
    "﹚﹜﹞"  # and their small forms (Taiwanese papers set ﹙阿利﹚)
    "”’〞〟"  # closing quotes
    "…‥"  # ellipsis halves are never split from the text they end
    "·・"  # middle dots join the parts of foreign names (约翰·史密斯)
)

# 行尾禁则: marks that may never end a line. A line ending in one of these runs on into the next, and no space
# may stand after them.
OPENING: frozenset[str] = frozenset(
    "（《「『【〔〖〘〚〈［｛｟"  # opening brackets
    "﹙﹛﹝"  # and their small forms
    "“‘〝"  # opening quotes
)

# Marks that break a clause but never a phrase: a space after them is stray even in a headline, where a space
# after a sentence end may separate two statements.
CLAUSE_PUNCTUATION: frozenset[str] = frozenset("，、；：")
# Marks after which a clause runs on (full-width or as OCR reads them): running text breaks off there, a title
# never does (but for a short piece wrapped at its list of names).
CLAUSE_BREAKS: frozenset[str] = frozenset("，、；,;")
# Every mark that ends or breaks a clause: a few lines with none of them are no prose (headlines, list rows).
PROSE_MARKS: frozenset[str] = CLAUSE_BREAKS | SENTENCE_END | SENTENCE_END_ASCII

# --- whitespace --------------------------------------------------------------------------------------------
# Unicode space separators (category Zs) other than the ASCII space: the ideographic space U+3000 pads
# Chinese lines, NBSP and the fixed-width spaces come from PDF extraction. All are folded to one ASCII space
# each, so that later rules need to know a single kind of space and the length of a line stays the same.
# Line and paragraph separators (U+2028, U+2029) are not here: they break lines.
UNICODE_SPACES: str = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
SPACES_TO_ASCII: dict[int, int] = str.maketrans(UNICODE_SPACES, " " * len(UNICODE_SPACES))

# --- full-width → half-width -------------------------------------------------------------------------------
# OCR engines mix full-width and half-width digits and letters at random within one page (３月25日); Chinese
# typesetting sets numbers and Latin words half-width, so both widths are folded to ASCII. Full-width ％ goes
# with them because it only ever follows a number.
FULLWIDTH_ALNUM: str = (
    "０１２３４５６７８９"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "％"
)
HALFWIDTH_ALNUM: str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%"
FULLWIDTH_TO_HALFWIDTH: dict[int, int] = str.maketrans(FULLWIDTH_ALNUM, HALFWIDTH_ALNUM)

# Big5 text converted to Unicode sometimes carries the "small form variants" (U+FE50–FE57) where a paper
# printed ordinary full-width marks; they are the same marks and must end sentences and clauses like them. So are
# the vertical forms (U+FE10–FE19, and the two-dot leader U+FE30 that Big5 tables give for the colon, 電話︰): a
# page set for vertical columns and exported as text keeps them. (The records give them back as printed where the
# page set no ordinary mark of the kind: ``printed_forms``.)
SMALL_FORMS: str = "﹐﹑﹒﹔﹕﹖﹗︐︑︒︓︔︕︖︰"
SMALL_FORMS_AS: str = "，、。；：？！，、。：；！？："
SMALL_FORMS_TO_FULLWIDTH: dict[int, int] = str.maketrans(SMALL_FORMS, SMALL_FORMS_AS)

# Any punctuation a line may hold, as printed or as OCR reads it (with the Taiwanese ellipsis ⋯ and the
# full-width slash, percent and tilde): a line or two with none of it at all is a title's, never prose.
PUNCTUATION: frozenset[str] = (
    PROSE_MARKS | OPENING | CLOSING | SHARED_PUNCTUATION | frozenset(SMALL_FORMS) | frozenset(",.;:()⋯／％～")
)

# Full-width marks that are folded only *between* two half-width letters or digits, where they are part of
# a number, code or address (１９．２ → 19.2, ＣＯＶＩＤ－１９ → COVID-19, ｗｗｗ．ｘ．ｃｎ → www.x.cn). Elsewhere they
# are Chinese punctuation and stay full-width. The full-width colon is not here: 10：30 is correct Chinese.
FULLWIDTH_JOINERS: dict[int, int] = str.maketrans("．－／＋＠＿＆＃", ".-/+@_&#")

# --- ASCII → full-width punctuation ------------------------------------------------------------------------
# Tesseract and other OCR engines read the full-width marks of Chinese text as their ASCII look-alikes.
# ``normalize.fix_punctuation`` decides from the context where a mark was misread; this is what it becomes.
ASCII_TO_FULLWIDTH_PUNCT: dict[str, str] = {
    ",": "，",
    ":": "：",
    ";": "；",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
    ".": "。",
}
# A dot pressed between two Chinese characters is no full stop: OCR reads the comma of some fonts and the
# middle dot of names and series titles (约翰·史密斯, 走基层·新春见闻) as one, and Tesseract reads a
# real 。 as 。. It becomes the full-width dot, which asserts no sentence end (a title keeps its headline shape).
MIDWORD_DOT = "．"


# Characters no headline part ends on: they lean on what follows (the structural particle, prepositions and
# conjunctions, demonstratives and quantifiers), and end no word a title closes on (not 对, 向, 为, 在, 将 …:
# 积极应对, 新动向, 成为, 现在, 名将).
LEANS_ON_NEXT: frozenset[str] = frozenset("的于把被从与而但或其该各每这那")
# ...and characters no part opens with: they lean on what goes before.
LEANS_ON_LAST: frozenset[str] = frozenset("的地得了着过们之么吗呢吧啊")

# An OCR engine reads the 1 of a month or a day as ], 工, l, I or | (本报北京]月8日电, 2021]年4月]1日): before
# 月 or 日, or after another digit, no other reading makes sense.
OCR_ONES = "]工lI|"
