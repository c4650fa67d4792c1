"""Two-step requests of issue 13 (round 9): a category picked then its messages, "who topped", "tell me who owes",
a pasted chat summarised then saved, rankings of reps by won deals, and team-vs-team comparisons.

Pure tests: routes are given as tables and results as dicts (the whole-graph runs are in test_two_step_demo.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.agents.offline import chain_steps as S
from assistant.agents.offline import chains, corrections
from assistant.agents.offline.entities import Mentions
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.payload import asks_summary, asks_summary_then_save, split_payload
from assistant.agents.offline.slots import build_args

TODAY = dt.date(2026, 11, 30)


def _router(routes: dict[str, str]) -> chains.Router:
    return lambda t: (routes.get(t), 0.9)


def _rank(*labels: str) -> chains.Ranker:
    return lambda t: [(label, 0.3) for label in labels]


def test_a_category_picked_by_its_count_then_that_categorys_messages() -> None:
    text = "上周哪种违规出现得最多，把这一类的原话列给我"
    route = _router({"上周哪种违规出现得最多": "compliance_stats", "把这一类的原话列给我": "sensitive_alerts"})
    chain = chains.detect(text, route)
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")
    result = {"status": "ok", "group_by": "category",
              "groups": [{"key": "private_deal", "count": 4}, {"key": "guarantee", "count": 2}]}  # fmt: skip
    picked = S.pick("compliance_stats", result, {"group_by": "category", "period": "last_week"}, text, False, 3)
    assert [p["category"] for p in picked] == ["private_deal"]
    args = S.args_for("compliance_stats", "sensitive_alerts", {}, picked[0], {"period": "last_week"}, text)
    assert args == {"category": "private_deal", "period": "last_week"}


def test_who_topped_a_count_picks_that_rep_for_their_messages() -> None:
    text = "who led the flag count in september, and anything from them since?"
    route = _router({"who led the flag count in september": "compliance_stats"})
    chain = chains.detect(text, route, _rank("sensitive_alerts", "compliance_stats"))
    assert chain and (chain.first, chain.second) == ("compliance_stats", "sensitive_alerts")


def test_a_list_then_which_of_them_still_owe_is_a_group_receivables_check() -> None:
    text = "show my accounts in Lagos and tell me which ones still owe us"
    route = _router({"show my accounts in Lagos": "find_customers", "tell me which ones still owe us": "receivables"})
    chain = chains.detect(text, route)
    assert chain and (chain.first, chain.second) == ("find_customers", "receivables")


def test_a_pasted_chat_asked_to_be_summarised_and_saved_is_both() -> None:
    instruction, payload = split_payload(
        "recap this and store it on Orion's record:\nClient: need 200 cartons\nMe: can ship in 3 weeks"
    )
    assert payload and asks_summary_then_save(instruction, payload)
    assert not asks_summary(instruction, payload)  # not a summary alone
    assert not asks_summary_then_save("recap this", payload)
    assert not asks_summary_then_save("save it under Orion", payload)  # no summary asked


def test_a_bare_count_of_ones_won_deals_stays_with_the_pipeline_a_ranking_of_reps_does_not() -> None:
    none, memory = Mentions(), Memory()
    assert corrections.redirect("pipeline_status", "how many opps have i won since october", none, memory, TODAY) == (
        "pipeline_status"
    )
    assert corrections.redirect("pipeline_status", "which rep closed the most opportunities in q3", none, memory,
                                TODAY) == "team_performance"  # fmt: skip
    assert corrections.redirect("pipeline_status", "我今年赢单金额多少", none, memory, TODAY) == "team_performance"
    assert corrections.redirect("pipeline_status", "which rep has the most stuck deals", none, memory, TODAY) == (
        "pipeline_status"
    )


def _perf(text: str, **mentions: Any) -> dict[str, Any]:
    return build_args("team_performance", text, None, Mentions(**mentions), TODAY, "admin")


def test_two_named_teams_or_the_teams_together_are_compared_per_team() -> None:
    assert _perf("华东一组跟新兴市场组上季度比一下", teams=["华东一组", "新兴市场组"])["by_team"] is True
    assert "team" not in _perf("华东一组跟新兴市场组上季度比一下", teams=["华东一组", "新兴市场组"])
    assert _perf("两个组今年的订单数比一比")["by_team"] is True
    assert _perf("team vs team revenue this half")["by_team"] is True
    assert _perf("欧美组这个月业绩", teams=["欧美组"]).get("team") == "欧美组"


def test_by_the_way_who_still_owes_and_pick_one_refer_back_to_the_first_list() -> None:
    routes = {"列下我在杭州的客户": "find_customers", "看看谁还欠着款": "receivables"}
    chain = chains.detect("列下我在杭州的客户，顺便看看谁还欠着款", _router(routes))
    assert chain and (chain.first, chain.second) == ("find_customers", "receivables")
    routes = {"show my deals that went quiet": "pipeline_status", "draft a follow-up": "suggest_scripts"}
    chain = chains.detect("show my deals that went quiet, pick one and draft a follow-up", _router(routes))
    assert chain and (chain.first, chain.second) == ("pipeline_status", "suggest_scripts")


def test_order_figures_of_a_named_customer_are_its_order_history() -> None:
    m = Mentions(customers=["Atlas Retail"])
    assert corrections.redirect("team_performance", "Atlas Retail: orders in may, number and value", m, Memory(),
                                TODAY) == "order_history"  # fmt: skip
    assert corrections.redirect("team_performance", "rep03 revenue in may", Mentions(users=["rep03"]), Memory(),
                                TODAY) == "team_performance"  # fmt: skip
