"""Round 16 of understanding: names narrowed by a typed legal suffix, picks by attribute, rankings of reps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.agents.offline import chains
from assistant.agents.offline.chain_parts import only_period
from assistant.agents.offline.corrections import ranks_idlers, ranks_violators, redirect
from assistant.agents.offline.entities import Mentions, spot
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Entry, Gazetteer, static_entries
from assistant.agents.offline.pending import from_pending
from assistant.agents.offline.planner import plan
from assistant.agents.offline.slots_reports import build

TODAY = dt.date(2026, 11, 30)


def _gaz() -> Gazetteer:
    names = ["Kestrel Foods Pvt Ltd", "Kestrel Foods Inc.", "Kestrel Foods GmbH"]
    entries = [Entry(n, "customer", n) for n in names] + [Entry("Kestrel Foods", "customer", "Kestrel Foods")]
    entries += [Entry(n, "customer", n) for n in ("Pine Bay Logistics Ltd", "Pine Bay Marketing Inc.")]
    entries += [
        Entry("Pine Bay Marketing", "customer", "Pine Bay Marketing"),
        Entry("Pine Bay", "customer", "Pine Bay"),
    ]
    return Gazetteer(static_entries() + entries)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("kestrel foods pvt owes how much?", "Kestrel Foods Pvt Ltd"),
        ("Kestrel Foods GmbH这个月下了几单", "Kestrel Foods GmbH"),
        ("kestrel foods inc, last order?", "Kestrel Foods Inc."),
        ("pine bay market orders this year", "Pine Bay Marketing"),
    ],
)
def test_words_typed_after_a_shared_name_pick_the_one_company(text: str, customer: str) -> None:
    assert spot(text, _gaz()).customer == customer


def test_a_shared_name_without_a_narrowing_word_is_kept_whole() -> None:
    assert spot("kestrel foods orders this year", _gaz()).customer == "Kestrel Foods"
    assert (
        spot("kestrel foods ltd overdue?", _gaz()).customer == "Kestrel Foods Pvt Ltd"
    )  # the only one with "ltd"


def _pending() -> Memory:
    candidates = [
        {"type": "customer", "id": "C00001", "name": "Kestrel Foods Pvt Ltd", "city": "Mumbai", "country": "India",
         "industry": "food"},
        {"type": "customer", "id": "C00002", "name": "Kestrel Foods GmbH", "city": "Hamburg", "country": "Germany",
         "industry": "building_materials"},
    ]  # fmt: skip
    return Memory(
        pending={"tool": "order_history", "args": {"customer": "Kestrel Foods"}, "candidates": candidates}
    )


@pytest.mark.parametrize(("reply", "picked"), [("the indian one", "C00001"), ("德国那家", "C00002")])
def test_a_reply_naming_a_country_picks_that_candidate(reply: str, picked: str) -> None:
    gaz = _gaz()
    found = from_pending(reply, _pending(), spot(reply, gaz))
    assert found == ("order_history", {"customer": picked})


def test_a_reply_naming_no_attribute_picks_nothing() -> None:
    assert from_pending("hmm not sure", _pending(), Mentions()) is None


@pytest.mark.parametrize(
    "text",
    [
        "三季度高风险告警，哪个销售最多",
        "which salesperson leaked customer contact info the most this year?",
        "今年截至目前哪个销售触发的合规告警次数最多",
    ],
)
def test_reps_ranked_by_alerts_are_violation_counts(text: str) -> None:
    m = spot(text, _gaz())
    assert ranks_violators(text, m)
    assert redirect("sensitive_alerts", text, m, Memory(), TODAY) == "compliance_stats"
    assert redirect("team_performance", text, m, Memory(), TODAY) == "compliance_stats"


def test_a_severity_ranking_keeps_its_severity_and_groups_by_rep() -> None:
    text = "q3 high-risk flags: which rep racked up the most?"
    args = build("compliance_stats", text, spot(text, _gaz()), TODAY, "qa")
    assert args == {"period": "2026-Q3", "group_by": "rep", "severity": "high"}


def test_worst_is_a_ranking_not_a_severity() -> None:
    text = "私单这块上季度谁最严重"
    args = build("compliance_stats", text, spot(text, _gaz()), TODAY, "qa")
    assert args["group_by"] == "rep" and args["category"] == "private_deal" and "severity" not in args


@pytest.mark.parametrize(
    "text", ["这周组里谁最偷懒，拜访最少", "who on my team has been slacking this month?"]
)
def test_slacking_is_activity_counts_not_alerts(text: str) -> None:
    m = spot(text, _gaz())
    assert ranks_idlers(text, m) and not ranks_violators(text, m)
    assert redirect("compliance_stats", text, m, Memory(), TODAY) == "team_performance"


def test_follow_up_records_are_not_alert_messages_in_a_chain() -> None:
    text = "上个月组里谁最摸鱼，跟进记录最少的"
    assert chains.BUSINESS.search(text.split("，")[0])
    assert not dict(chains._DOES)["sensitive_alerts"].search("跟进记录最少的")


def test_a_period_so_far_is_no_first_ask() -> None:
    assert only_period("Q4到目前为止") and only_period("this year so far")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Kestrel Foods GmbH: how much did they order in q3 and how much do they still owe?", "order_history",
         "receivables"),
        ("Kestrel Foods GmbH今年订了多少？还有没付的吗", "order_history", "receivables"),
    ],
)  # fmt: skip
def test_two_asks_about_one_customer_answer_both(trained: Path, text: str, first: str, second: str) -> None:
    decided = plan(text, Memory(), _gaz(), today=TODAY, role="rep")
    assert decided.tool == first and decided.then and decided.then["tool"] == second


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["Kestrel Foods GmbH上半年拿货总额", "Kestrel Foods GmbH spend over the last 4 months?"]
)
def test_a_customer_spend_over_a_period_is_order_history(trained: Path, text: str) -> None:
    decided = plan(text, Memory(), _gaz(), today=TODAY, role="rep")
    assert decided.tool == "order_history" and decided.args.get("period")


def test_a_short_request_with_no_subject_stays_with_the_last_customer() -> None:
    from assistant.agents.offline.memory_args import fill_from_memory

    memory = Memory(last_tool="order_history", last_args={"customer": "Kestrel Foods GmbH"},
                    last_customer="Kestrel Foods GmbH")  # fmt: skip
    args: dict = {}
    fill_from_memory("receivables", args, "现在还有多少没收回来", Mentions(), memory, "classifier")
    assert args == {"customer": "Kestrel Foods GmbH"}
    wide: dict = {}
    fill_from_memory("receivables", wide, "哪些客户逾期了", Mentions(), memory, "classifier")
    assert "customer" not in wide


@pytest.mark.parametrize("text", ["里面哪几家有逾期的", "among them, who still owes us?"])
def test_which_of_the_listed_customers_owe_stays_within_the_list(text: str) -> None:
    from assistant.agents.offline.memory_args import fill_from_memory

    listed = [{"type": "customer", "id": f"C0000{i}", "name": f"Kestrel {i}"} for i in (1, 2, 3)]
    memory = Memory(last_tool="find_customers", last_args={"city": "Dubai"}, listed=listed)
    args: dict = {"overdue_only": True}
    fill_from_memory("receivables", args, text, Mentions(), memory, "classifier")
    assert args["customers"] == ["C00001", "C00002", "C00003"]
