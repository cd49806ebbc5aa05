"""Typeset corpus articles as newspaper pages nobody has seen, and read them back with the real extractors.

The dev pages are a few layouts of a few articles; rules fitted to them can fail on the next page. This makes
as many new pages as asked for from ``../shared/corpus`` (articles the dev pages do not use): a grid of 3–6
columns, articles spanning some of them with their text in CSS columns, headlines above, printed after their
text (pdftotext -raw then dumps them late), beside it (vertical or in a narrow box), or all at the foot of the
page; kickers, dash-led subtitles, letter-spaced titles, photos with their captions on top, below or in the
flow, a masthead line. Chromium prints each page to PDF; ``pdftotext -raw``, ``pdftotext`` and (with
``--ocr``) Tesseract read it back, and the gold record is written beside it, so that

    python benchmarks/typeset.py /tmp/pages --pages 30 --seed 1 [--ocr]
    newsseg eval /tmp/pages

measures newsseg on pages of layouts it was not tuned on. Needs Debian's ``chromium`` and ``poppler-utils``
(and ``tesseract-ocr-chi-sim``, ``tesseract-ocr-chi-tra`` for ``--ocr``) and CJK fonts (``fonts-noto-cjk``).
The gold datelines are parsed by newsseg itself, so dateline accuracy on these pages means nothing; the
articles, headlines, captions and paragraphs come from the corpus.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsseg.datelines import match_dateline

SHARED = Path(__file__).resolve().parents[2] / "shared"
FILES = {
    "zh-Hans": ["rmrb_peoples_daily_2019-02_2020-01", "cec_emergency_news"],
    "zh-Hant": ["appledaily_tw_2008-2013", "hkcnews_citizen_news_hk_2017-2021"],
}
PAPERS = {
    "zh-Hans": ["江南日报", "北川晚报", "海滨都市报", "西部商报"],
    "zh-Hant": ["港島日報", "台南時報", "東方晨報"],
}
SECTIONS = {"zh-Hans": ["要闻", "社会", "民生", "综合", "时政"], "zh-Hant": ["港聞", "社會", "要聞", "生活"]}
FONTS = {
    "zh-Hans": ['"Noto Sans CJK SC"', '"Noto Serif CJK SC"'],
    "zh-Hant": ['"Noto Sans CJK TC"', '"Noto Serif CJK TC"'],
}


def dev_sources(shared: Path) -> set[str]:
    """The corpus articles the dev pages are made of: left out, so the new pages are new."""
    out: set[str] = set()
    for meta in (shared / "samples" / "dev").glob("*.meta.json"):
        out.update(item["src"] for item in json.loads(meta.read_text(encoding="utf-8"))["source"]["items"])
    return out


def load_corpus(shared: Path) -> dict[str, list[dict]]:
    skip = dev_sources(shared)
    pools: dict[str, list[dict]] = {}
    for lang, names in FILES.items():
        pool = []
        for name in names:
            for line in (shared / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
                article = json.loads(line)
                if article["paragraphs"] and article["source_path"] not in skip:
                    pool.append(article)
        pools[lang] = pool
    return pools


def _paragraphs(article: dict, limit: int) -> list[str]:
    """Whole paragraphs up to about ``limit`` characters (a page holds an article's opening, as papers cut)."""
    out: list[str] = []
    size = 0
    for p in article["paragraphs"]:
        if out and size + len(p) > limit:
            break
        out.append(p)
        size += len(p)
    return out


def make_page(seed: int, pools: dict[str, list[dict]]) -> tuple[str, dict, str]:
    """One page: its HTML, its gold record and its script."""
    rnd = random.Random(seed)
    lang = rnd.choice(["zh-Hans", "zh-Hans", "zh-Hant"])
    grid = rnd.choice([3, 4, 5, 6])
    font = rnd.choice([13, 14, 15, 16])
    gutter = rnd.choice([16, 20, 24])
    width = grid * rnd.choice([12, 14, 16, 18, 20, 22, 24]) * font + (grid - 1) * gutter
    indent_css = rnd.random() < 0.6
    rule = "column-rule:1px solid #888;" if rnd.random() < 0.4 else ""
    foot_mode = rnd.random() < 0.2
    blocks: list[str] = []
    foot: list[str] = []
    gold: list[dict] = []
    for article in rnd.sample(pools[lang], rnd.randint(3, 6)):
        span = rnd.randint(1, grid)
        paras = _paragraphs(article, rnd.choice([300, 500, 800, 1200]) * (span // 2 + 1))
        captions = (article.get("captions") or [])[: rnd.randint(0, 2)]
        modes = ["above", "above", "late", "late"] + (["side"] if span >= 2 else [])
        mode = "foot" if foot_mode else rnd.choice(modes)
        spaced = "letter-spacing:0.6em;" if rnd.random() < 0.15 else ""
        dash = "——" if article.get("subtitle") and rnd.random() < 0.4 else ""
        head = ""
        if article.get("kicker"):
            head += f'<div class="kicker">{html.escape(article["kicker"])}</div>'
        size = rnd.choice([19, 24, 30, 34, 40])
        head += f'<div class="title" style="font-size:{size}px;{spaced}">{html.escape(article["headline"])}</div>'
        if article.get("subtitle"):
            head += f'<div class="subtitle">{dash}{html.escape(article["subtitle"])}</div>'
        lead = "" if indent_css else "\u3000\u3000"
        pstyle = "" if indent_css else ' style="text-indent:0"'
        photos = "".join(
            f'<figure><div class="ph"></div><figcaption>{html.escape(c)}</figcaption></figure>' for c in captions
        )
        where = rnd.choice(["top", "bottom", "flow"]) if captions else None
        at = rnd.randint(1, max(1, len(paras) - 1))
        body = "".join(
            f"<p{pstyle}>{lead}{html.escape(p)}</p>" + (photos if where == "flow" and k == at - 1 else "")
            for k, p in enumerate(paras)
        )
        cols = max(1, span - 1) if mode == "side" else min(span, rnd.choice([span, max(1, span - 1)]))
        body = (
            f'<div class="body" style="column-count:{cols};column-gap:{gutter}px;{rule}">'
            + (photos if where == "top" else "")
            + body
            + (photos if where == "bottom" else "")
            + "</div>"
        )
        hstyle = f"text-align:{rnd.choice(['center', 'left'])}"
        if mode == "above":
            inner, style = f'<div class="head" style="{hstyle}">{head}</div>{body}', ""
        elif mode == "late":  # drawn above its text, printed after it in the content stream
            inner, style = f'{body}<div class="head" style="{hstyle};order:-1">{head}</div>', "display:flex;"
            style += "flex-direction:column;"
        elif mode == "side":
            box = "writing-mode:vertical-rl;" if rnd.random() < 0.5 else f"width:{font * 6}px;"
            inner = f'<div class="head" style="{hstyle};{box}flex:none">{head}</div>{body}'
            style = f"display:flex;flex-direction:{rnd.choice(['row', 'row-reverse'])};gap:{gutter}px;"
        else:
            inner, style = body, ""
            foot.append(f'<div class="head" style="{hstyle}">{head}</div>')
        blocks.append(f'<section style="grid-column:span {span};{style}">{inner}</section>')
        found = match_dateline(paras[0])
        dateline = None
        if found is not None:
            d = found[0]
            dateline = {"source": d.source, "place": d.place, "date": d.date, "reporters": list(d.reporters)}
        headline = {"kicker": article.get("kicker"), "title": article["headline"], "subtitle": article.get("subtitle")}
        gold.append({"headline": headline, "dateline": dateline, "paragraphs": paras, "captions": captions})
    mast = "".join(
        f"<span>{x}</span>"
        for x in (
            rnd.choice(PAPERS[lang]),
            f"{rnd.randint(2018, 2023)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日",
            f"星期{rnd.choice('一二三四五六日')}",
            rnd.choice(SECTIONS[lang]),
            f"责任编辑：{rnd.choice(['王明', '李华', '张伟'])}",
            f"第{rnd.randint(2, 16)}版",
        )
    )
    css = f"""body {{ margin: 40px; width: {width}px; font-family: {rnd.choice(FONTS[lang])}; font-size: {font}px;
 line-height: {rnd.choice([1.8, 1.9, 2.0, 2.1])} }}
.mast {{ display:flex; justify-content:space-between; border-bottom: 2px solid #000; margin-bottom: 16px }}
main {{ display:grid; grid-template-columns: repeat({grid}, 1fr); column-gap:{gutter}px; row-gap: 24px;
 grid-auto-flow: dense }}
p {{ margin:0; text-align: justify; text-indent: 2em }}
.head {{ margin-bottom: 10px; font-family: {rnd.choice(FONTS[lang])} }}
.title {{ font-weight: bold; line-height: 1.3 }} .kicker, .subtitle {{ font-size: {font + 4}px; line-height: 1.5 }}
figure {{ margin: 6px 0; break-inside: avoid }} .ph {{ height: 140px; background: #ccc }}
figcaption {{ font-size: {font - 1}px; line-height: 1.5 }}
.foot {{ margin-top: 20px; border-top: 1px solid #000; display:grid; grid-template-columns: repeat(2, 1fr);
 gap: 12px }}"""
    # the printed page is as tall as the text: no blank half-page for the OCR to read
    fit = (
        "<script>document.head.insertAdjacentHTML('beforeend','<style>@page{size:"
        f"{width + 80}px '+(document.documentElement.scrollHeight*1+40)+'px;margin:0}}</style>')</script>"
    )
    page = (
        f'<!doctype html><html lang="{lang}"><meta charset="utf-8"><style>{css}</style><body>'
        f'<div class="mast">{mast}</div><main>{"".join(blocks)}</main>'
        f"{'<div class=foot>' + ''.join(foot) + '</div>' if foot else ''}{fit}</body></html>"
    )
    return page, {"page": f"typeset-{seed}", "articles": gold}, lang


def render(out: Path, name: str, lang: str, ocr: bool) -> None:
    """HTML to PDF with Chromium, then the extractors."""
    pdf = out / f"{name}.pdf"
    source = out / f"{name}.html"
    # Print layout can be taller than the screen's (a vertical title in a flex row): a grid that does not fit
    # the page is pushed whole to page 2, leaving page 1 a masthead alone. Stretch the page until it fits.
    for stretch in (1, 1.5, 2.5, 4):
        page = source.read_text(encoding="utf-8")
        source.write_text(re.sub(r"scrollHeight\*[\d.]+", f"scrollHeight*{stretch}", page), encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
        if re.search(r"^Pages:\s+1$", info, re.M):
            break
    else:
        print(f"typeset: {name} does not fit one printed page; only its first page is read", file=sys.stderr)
    for mode, suffix in ((["-raw"], "pdftotext-raw"), ([], "pdftotext")):
        # (poppler warns about Chromium's Type 3 glyph boxes; the text is right)
        target = out / f"{name}.{suffix}.txt"
        subprocess.run(["pdftotext", "-f", "1", "-l", "1", *mode, pdf, target], check=True, capture_output=True)
    if ocr:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "300", "-png", pdf, f"{tmp}/p"], check=True)
            image = next(Path(tmp).glob("p*.png"))
            script = "chi_tra" if lang == "zh-Hant" else "chi_sim"
            subprocess.run(
                ["tesseract", image, f"{tmp}/t", "-l", script],
                check=True,
                capture_output=True,
                env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
            )
            shutil.move(f"{tmp}/t.txt", out / f"{name}.tesseract.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the pages, their PDFs and gold records")
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1, help="first seed: page k is made from seed + k")
    parser.add_argument("--ocr", action="store_true", help="also read each page with Tesseract (slow)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder with corpus/ and samples/")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    missing = [
        tool for tool in ("chromium", "pdftotext") + (("tesseract",) if args.ocr else ()) if not shutil.which(tool)
    ]
    if missing:
        print(
            f"typeset: {', '.join(missing)} not found; install Debian's chromium, poppler-utils"
            " (and tesseract-ocr-chi-sim, tesseract-ocr-chi-tra) and fonts-noto-cjk",
            file=sys.stderr,
        )
        return 2
    pools = load_corpus(args.shared)
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = []
    for seed in range(args.seed, args.seed + args.pages):
        page, gold, lang = make_page(seed, pools)
        name = f"typeset-{seed}"
        (args.out / f"{name}.html").write_text(page, encoding="utf-8")
        (args.out / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        jobs.append((name, lang))
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(lambda job: render(args.out, job[0], job[1], args.ocr), jobs))
    print(f"{len(jobs)} pages in {args.out}; score them with: newsseg eval {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
