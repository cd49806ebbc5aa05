"""The scorer judges every change to the pipeline, so it gets tests of its own: each metric moves when, and only
when, the thing it measures is wrong. Predictions here are the seed page's gold, damaged on purpose."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from newsseg.evaluate import METRICS, gate_failures, score_page, source_key

GOLD_PATH = Path(__file__).resolve().parent / "pages" / "lvliang-2020-04-11-p1" / "gold.json"


@pytest.fixture
def gold() -> dict[str, Any]:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


@pytest.fixture
def pred(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return copy.deepcopy(gold["articles"])


def test_gold_against_itself_is_perfect(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    scores = score_page(gold, pred)
    assert set(METRICS) <= set(scores)
    assert {k: scores[k] for k in METRICS} == {
        "articles_f1": 1.0,
        "headline_acc": 1.0,
        "kicker_acc": 1.0,
        "dateline_acc": 1.0,
        "caption_acc": 1.0,
        "para_f1": 1.0,
        "body_cer": 0.0,
        "stray_spaces_per_1k": 0.0,
    }


def test_whitespace_and_article_order_do_not_matter(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    for a in pred:
        a["paragraphs"] = [" " + p.replace("。", "。\n") + " " for p in a["paragraphs"]]
    assert score_page(gold, pred[::-1])["body_cer"] == 0.0
    assert score_page(gold, pred[::-1])["articles_f1"] == 1.0


def test_a_missed_article_costs_its_whole_body(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    missed = pred.pop(1)
    scores = score_page(gold, pred)
    assert scores["articles_f1"] == round(2 * 5 / (6 + 5), 4)
    total = sum(len("\n".join("".join(p.split()) for p in a["paragraphs"])) for a in gold["articles"])
    lost = len("\n".join("".join(p.split()) for p in missed["paragraphs"]))
    assert scores["body_cer"] == round(lost / total, 4)
    assert scores["headline_acc"] == round(5 / 6, 4)


def test_two_articles_run_together_count_as_not_found(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    pred[0]["paragraphs"] += pred.pop(1)["paragraphs"]  # about 40% more text than the gold article
    scores = score_page(gold, pred)
    assert scores["articles_f1"] < 1.0
    assert scores["body_cer"] > 0.1


def test_merged_paragraphs_lower_para_f1_only(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    p = pred[0]["paragraphs"]
    p[0:2] = [p[0] + p[1]]
    scores = score_page(gold, pred)
    assert scores["para_f1"] < 1.0
    assert scores["articles_f1"] == 1.0
    assert 0 < scores["body_cer"] < 0.001  # one newline


def test_headline_compares_the_concatenated_parts(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    h = pred[0]["headline"]
    pred[0]["headline"] = {"kicker": None, "title": h["title"] + "——" + h["subtitle"], "subtitle": None}
    assert score_page(gold, pred)["headline_acc"] == 1.0
    pred[0]["headline"] = {"kicker": None, "title": h["title"], "subtitle": None}  # subtitle lost
    assert score_page(gold, pred)["headline_acc"] == round(5 / 6, 4)


def test_a_null_gold_headline_wants_null(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    (k,) = [i for i, a in enumerate(gold["articles"]) if a["headline"] is None]
    pred[k]["headline"] = {"kicker": None, "title": "凭空多出的标题", "subtitle": None}
    assert score_page(gold, pred)["headline_acc"] == round(5 / 6, 4)


def test_kicker_accuracy_counts_gold_kickers_only(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    (k,) = [i for i, a in enumerate(gold["articles"]) if a["headline"] and a["headline"]["kicker"]]
    h = pred[k]["headline"]
    pred[k]["headline"] = {"kicker": None, "title": h["kicker"] + h["title"], "subtitle": None}
    scores = score_page(gold, pred)
    assert scores["kicker_acc"] == 0.0
    assert scores["headline_acc"] == 1.0  # the same text, parted differently
    gold_without = copy.deepcopy(gold)
    gold_without["articles"][k]["headline"]["kicker"] = None
    assert score_page(gold_without, pred)["kicker_acc"] is None  # nothing to judge


def test_dateline_compares_source_and_the_set_of_reporters(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    pred[0]["dateline"] = {"text": "本报", "source": "本报", "place": None, "date": None, "reporters": ["刘小宇"]}
    assert score_page(gold, pred)["dateline_acc"] == 1.0
    pred[0]["dateline"]["reporters"] = ["刘小宇", "王明"]
    assert score_page(gold, pred)["dateline_acc"] == round(5 / 6, 4)
    pred[0]["dateline"] = None
    assert score_page(gold, pred)["dateline_acc"] == round(5 / 6, 4)


@pytest.mark.parametrize(
    ("a", "b"), [("本报讯", "本报"), ("据新华社电", "新华社"), ("明報專訊", "明報"), ("央视网消息", "央视网")]
)
def test_source_affixes_are_ignored(a: str, b: str) -> None:
    assert source_key(a) == source_key(b)


def test_caption_must_be_on_the_right_article(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    (k,) = [i for i, a in enumerate(gold["articles"]) if a["captions"]]
    caption = pred[k]["captions"].pop()
    pred[(k + 1) % len(pred)]["captions"].append(caption)
    assert score_page(gold, pred)["caption_acc"] == 0.0


def test_stray_spaces_count_only_where_the_gold_has_none(gold: dict[str, Any], pred: list[dict[str, Any]]) -> None:
    first = pred[0]["paragraphs"][0]
    assert first.startswith("本报讯（记者 刘小宇）")  # the gold's own space: never stray
    pred[0]["paragraphs"][0] = first.replace("会议召开", "会议 召开", 1).replace("出席会议", "出席 会议", 1)
    scores = score_page(gold, pred)
    gold_chars = sum(len("\n".join("".join(p.split()) for p in a["paragraphs"])) for a in gold["articles"])
    assert scores["stray_spaces_per_1k"] == round(1000 * 2 / gold_chars, 2)
    assert scores["body_cer"] == 0.0


def test_gate_reports_floors_and_ceilings_but_not_metrics_without_evidence() -> None:
    scores = {"articles_f1": 0.9, "kicker_acc": None, "body_cer": 0.02}
    failures = gate_failures(scores, {"articles_f1": 1.0, "kicker_acc": 1.0}, {"body_cer": 0.01})
    assert failures == ["articles_f1 = 0.9 < floor 1.0", "body_cer = 0.02 > ceiling 0.01"]
