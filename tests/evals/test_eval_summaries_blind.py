"""The blind summaries scorer matches by evidence span, one-to-one, and checks owners and due dates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from assistant.summaries.schema import Changes, Quote, SalesSummary, StepCheck
from evals import eval_summaries_blind as esb

TEXT = (
    "客户：我们这次要3000条纯棉毛巾，12月20号前到。\n"
    "销售：好的，我明天把报价单发给您。\n"
    "客户：另外苏州那边有家工厂报了2.55，你们能不能再低一点？\n"
)


def _case() -> dict:
    return {
        "id": "t-1", "language": "zh", "kind": "chat", "today": "2026-11-25", "rep_name": "李娜",
        "customer": "杭州恒达商贸有限公司", "text": TEXT, "previous": None, "expected_changes": None, "traps": [],
        "expected": {
            "needs": [{"statement": "3000条纯棉毛巾", "quote": "我们这次要3000条纯棉毛巾"}],
            "progress": [],
            "risks": [{"kind": "competitor", "statement": "苏州工厂报价2.55", "quote": "苏州那边有家工厂报了2.55"}],
            "next_steps": [{"statement": "我方发报价单", "owner": "us", "due": "2026-11-26", "quote": "我明天把报价单发给您"}],
        },
    }  # fmt: skip


class _Item:
    def __init__(self, start: int, end: int) -> None:
        self.quotes = [Quote(text=TEXT[start:end], start=start, end=end)]


def test_matching_is_one_to_one_by_span_overlap() -> None:
    span = (TEXT.index("我明天"), TEXT.index("我明天") + 10)
    duplicate = [_Item(*span), _Item(span[0] - 2, span[1])]
    assert esb.match(duplicate, [span]) == {0: 0} or esb.match(duplicate, [span]) == {1: 0}
    assert esb.match([_Item(0, 3)], [span]) == {}  # no overlap, no match


def test_scores_a_real_summary_with_owner_and_due(tmp_path: Path, capsys) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps(_case(), ensure_ascii=False) + "\n", encoding="utf-8")
    esb.main(["--dataset", str(data), "--out", str(tmp_path / "out.json")])
    scores = json.loads((tmp_path / "out.json").read_text())["scores"]
    assert scores["verbatim_quotes"] == 1.0
    counts = scores["next_steps_counts"]
    assert counts["expected"] == 1 and counts["matched"] == 1  # the rep's promise is found...
    assert scores["wrong_owners"] == 0 and scores["wrong_due_dates"] == 0  # ...as ours, due tomorrow
    assert scores["needs_counts"]["matched"] == 1
    assert 0.0 <= scores["needs_precision"] <= 1.0


def test_a_step_label_written_in_other_words_finds_last_times_step() -> None:
    steps = [
        "寄1张户外躺椅样品到酒店",
        "客户确认躺椅面料颜色（灰色或米白）",
        "Send colour lab dips for the 4 colours",
    ]
    assert esb.previous_step_for("寄躺椅样品（2026-12-07已收到）", steps) == steps[0]
    assert esb.previous_step_for("客户确认躺椅面料颜色（本次未提及）", steps) == steps[1]
    assert esb.previous_step_for("Send colour lab dips (due 7 Dec, not sent)", steps) == steps[2]
    assert esb.previous_step_for("开发票", steps) is None  # nothing in common: no step


def test_step_statuses_are_scored_against_the_step_the_label_names() -> None:
    summary = SalesSummary(
        engine="offline", language="zh", conversation_date=dt.date(2026, 12, 8),
        changes=Changes(steps=[
            StepCheck(action="寄1张户外躺椅样品到酒店", status="done"),
            StepCheck(action="客户确认躺椅面料颜色（灰色或米白）", status="done"),
        ]),
    )  # fmt: skip
    expected = {"steps_done": ["寄躺椅样品（已收到）"], "steps_open": ["客户确认躺椅面料颜色（未提及）"]}
    scores = esb.score_changes(
        expected, summary, ["寄1张户外躺椅样品到酒店", "客户确认躺椅面料颜色（灰色或米白）"]
    )
    assert (
        scores["steps_done"] == [1, 1]
        and scores["steps_open"] == [0, 1]
        and scores["steps_overdue"] == [0, 0]
    )


def test_a_previous_risks_kind_prefix_is_its_category() -> None:
    prev = {
        "needs": [],
        "risks": ["certification: 报告尚未出具", "competitor: 宁波工厂报112"],
        "next_steps": [],
    }
    summary = esb.previous_summary(prev, "zh", dt.date(2026, 12, 8))
    assert [(r.category, r.text) for r in summary.risks] == [
        ("compliance", "报告尚未出具"),
        ("competitor", "宁波工厂报112"),
    ]


def test_dropped_needs_and_resolved_risks_are_scored_by_the_items_they_name() -> None:
    summary = SalesSummary(
        engine="offline", language="zh", conversation_date=dt.date(2026, 12, 8),
        changes=Changes(needs_dropped=["PP文件夹5000个", "A5笔记本8000本"], risks_resolved=["报告尚未出具"]),
    )  # fmt: skip
    expected = {
        "needs_dropped": ["PP文件夹5000个"],
        "risks_resolved": ["certification: 报告尚未出具（已收到）"],
    }
    previous = {
        "needs": ["A5笔记本8000本", "PP文件夹5000个"],
        "risks": ["certification: 报告尚未出具", "price_gap: 我方0.95，客户0.85"],
    }
    scores = esb.score_changes(expected, summary, [], previous)
    assert scores["needs_dropped"] == [2, 1] and scores["needs_dropped_right"] == [1, 1]
    assert scores["risks_resolved"] == [1, 1] and scores["risks_resolved_right"] == [1, 1]


def test_a_resolved_label_in_other_words_names_the_only_previous_risk_of_its_kind() -> None:
    summary = SalesSummary(
        engine="offline", language="zh", conversation_date=dt.date(2026, 12, 8),
        changes=Changes(risks_resolved=["集团预算260元/张，我方报价295元"]),
    )  # fmt: skip
    previous = {
        "needs": [],
        "risks": ["price_gap: 集团预算260元/张，我方报价295元", "decision_chain: 需集团审批"],
    }
    expected = {"risks_resolved": ["price_gap: 躺椅谈定275元含运费，客户接受"]}
    assert esb.score_changes(expected, summary, [], previous)["risks_resolved_right"] == [1, 1]


def test_two_labels_naming_one_previous_item_count_once() -> None:
    summary = SalesSummary(
        engine="offline", language="en", conversation_date=dt.date(2026, 12, 8),
        changes=Changes(risks_resolved=["handles broke on the last batch"]),
    )  # fmt: skip
    previous = {"needs": [], "risks": ["quality: handles broke on the last batch", "price_gap: we 4.1, they 3.8"]}
    expected = {"risks_resolved": ["quality: handles broke", "quality: handle breakage on last batch"]}
    assert esb.score_changes(expected, summary, [], previous)["risks_resolved_right"] == [1, 2]  # not 2 right of 1
