"""Round 29: a person's own results are team_performance, a named rep's late payers are receivables,
alert counts in a period are compliance_stats; a later paraphrase file may relabel an earlier sentence.

New sentences, none from the held-out sets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.offline import intent_data, intents
from assistant.agents.offline.corrections import followup_tool, redirect
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory, picks_listed, read_memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.memory_args import fill_from_memory
from assistant.agents.offline.planner import plan
from assistant.agents.offline.stand_ins import masked

from .conftest import TODAY


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A paraphrase folder of its own (the caches of the module are cleared around the test)."""
    _write(tmp_path, "slots.yaml", "zh: {period: [本月]}\nen: {period: [this month]}\n")
    _write(tmp_path, "zh.yaml", "a: {written: [甲]}\n")
    monkeypatch.setattr(intent_data, "FOLDER", tmp_path)
    intent_data.examples.cache_clear()
    intent_data.data_hash.cache_clear()
    yield tmp_path
    intent_data.examples.cache_clear()
    intent_data.data_hash.cache_clear()


def test_a_later_file_relabels_a_sentence_and_a_template_of_an_earlier_one(folder: Path) -> None:
    _write(folder, "en.yaml", "pipe:\n  written: [wins so far, open deals]\n  templates: ['wins {period}']\n")
    _write(folder, "en_round9.yaml", "relabel:\n  wins so far: perf\n  'wins {period}': perf\nperf: {written: [my sales]}\n")
    by_label: dict[str, list[str]] = {}
    for e in intent_data.examples():
        if e.lang == "en":
            by_label.setdefault(e.label, []).append(e.text)
    assert by_label["pipe"] == ["open deals"]
    assert by_label["perf"] == ["my sales", "wins so far", "wins this month"]


def test_relabelling_a_sentence_no_file_has_is_an_error(folder: Path) -> None:
    _write(folder, "en.yaml", "pipe: {written: [open deals]}\n")
    _write(folder, "en_round9.yaml", "relabel: {open deal: perf}\n")
    with pytest.raises(ValueError, match="open deal"):
        intent_data.examples()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("how many opportunities have I won since September", "team_performance"),
        ("what did I sell in total last quarter", "team_performance"),
        ("我这个季度一共拿下了几个单子", "team_performance"),
        ("rep02八月份开了几张单", "team_performance"),
        ("which of my deals are stuck in negotiation", "pipeline_status"),
        ("我的赢单率怎么样", "pipeline_status"),
        ("rep02 - any clients late on payment? who owes the most", "receivables"),
        ("2025年全年一共多少条告警", "compliance_stats"),
    ],
)
def test_own_results_late_payers_and_alert_counts(trained, gaz: Gazetteer, text: str, tool: str) -> None:
    assert plan(text, Memory(), gaz, today=TODAY, role="manager").tool == tool


def test_a_customer_name_typed_in_lower_case_is_masked_too() -> None:
    m = Mentions(customers=["Lark Retail"])
    assert masked("lark retail, how much do they still owe", m) == "Summit, how much do they still owe"


def _turn(tool: str, call_id: str, result: dict) -> list:
    return [HumanMessage("q"), AIMessage("", tool_calls=[{"name": tool, "args": {}, "id": call_id}]),
            ToolMessage(json.dumps(result, ensure_ascii=False), tool_call_id=call_id)]  # fmt: skip


def _records(*ids: str) -> list[dict]:
    return [{"type": "customer", "id": i, "name": f"Lark {i}"} for i in ids]


def test_a_place_picks_a_record_of_an_earlier_list_after_a_later_list_of_the_same_records() -> None:
    places = [{"id": "C1", "city": "Lyon", "country": "France"}, {"id": "C2", "city": "Marseille", "country": "France"}]
    found = {"status": "ok", "records": _records("C1", "C2"), "customers": places}
    owed = {"status": "ok", "records": _records("C2", "C1")}  # the debts list the same customers, without places
    memory = read_memory(_turn("find_customers", "f1", found) + _turn("receivables", "r1", owed))
    text = "what did the Marseille one buy last time?"
    m = Mentions(cities=["Marseille"])
    assert picks_listed(memory, m, text)["id"] == "C2"
    assert picks_listed(memory, Mentions(countries=["France"]), text) is None  # both are in France: no pick
    assert redirect("order_history", text, m, memory, TODAY) == "order_history"  # not the rep's own orders
    args: dict = {}
    fill_from_memory("order_history", args, text, m, memory, "classifier")
    assert args["customer"] == "C2"


def test_a_won_count_is_no_pipeline_rule_match_the_classifier_decides() -> None:
    assert "pipeline_status" not in intents.tool_scores("我这个月赢了几单")
    assert "pipeline_status" not in intents.tool_scores("did we win anything this month")
    assert "pipeline_status" in intents.tool_scores("我的赢单率多少")
    assert "pipeline_status" in intents.tool_scores("deals lost this quarter")


@pytest.mark.parametrize("text", ["and how much did she sell in that period?", "那他这个月业绩多少"])
def test_a_sales_figure_after_a_reps_deals_is_that_reps_performance(text: str) -> None:
    assert followup_tool("pipeline_status", text) == "team_performance"


def test_a_deal_question_after_a_reps_deals_stays_with_the_pipeline() -> None:
    assert followup_tool("pipeline_status", "and the won ones?") == "pipeline_status"
