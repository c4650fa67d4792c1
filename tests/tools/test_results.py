"""The result contract: fitting results into the token budget, and the labels of not_found messages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import Engine

from assistant.config import get_settings
from assistant.tokens import count_tokens
from assistant.tools import results as R
from tests.tools.test_tools import Ctx, run

# Reasons as the analytics word them (the longest first): an item leads with any of them.
_POOL = (
    ("近6个月订单 2 单，较此前12个月的6个月均值（4 单）−50%", "orders −50% vs its average 6 months over the prior year (2 vs 4)"),
    ("逾期未付 $13,593，最长 14 天", "$13,593 overdue, oldest 14 days"),
    ("沟通次数−80%（2 次，此前 10 次）", "contacts −80% (2 vs 10)"),
    ("在「初步接触」阶段停留 16 天", "16 days in prospecting without a stage change"),
    ("预计 2025-07-02 补货（2 天后）", "expected to reorder on 2025-07-02 (in 2 days)"),
    ("偏好企业微信：3/5 条来信，平均 5.7 小时回复", "prefers wecom: 3 of 5 inbound messages, answers in 5.7 h on average"),
)


def _reason(i: int) -> dict[str, Any]:
    zh, en = _POOL[i % len(_POOL)]
    return {"code": f"code_{i}", "text_zh": zh, "text_en": en, "value": -0.5}


def _briefing(n: int) -> R.Result:
    """A daily briefing as ``daily_briefing`` returns it: long bilingual reasons and emphasis per item."""
    items = [
        {
            "kind": "customer",
            "customer": {"id": f"C{i:05d}", "name": "宁波泰鑫电子商务有限公司"},
            "lead": None,
            "priority": 90 - i,
            "triggers": ["churn_high", "deal_attention"],
            "channel": "wecom",
            "best_hours": [14, 16],
            "language": "zh",
            "emphasis": [{"text_zh": "主动关怀，了解近期变化和不满，必要时准备优惠召回",
                          "text_en": "check in, learn what changed, prepare a win-back offer if needed"}] * 3,
            "reasons": [_reason(i + k) for k in range(6)],
        }
        for i in range(n)
    ]
    records = [R.record("customer", f"C{i:05d}", "宁波泰鑫电子商务有限公司") for i in range(n)]
    return R.ok(records=records, reasons=[_reason(99)], date="2025-06-30", items=items)


def test_budget_shortens_items_before_dropping_any() -> None:
    budget = get_settings().tool_result_token_budget
    big = _briefing(10)
    assert count_tokens(R.to_json(big)) > 3 * budget
    fit = R.fit_to_budget(big, budget)
    assert count_tokens(R.to_json(fit)) <= budget
    assert "truncated" not in fit
    assert [it["customer"]["id"] for it in fit["items"]] == [it["customer"]["id"] for it in big["items"]]
    for it in fit["items"]:
        assert it["reasons"] and all(set(r) == {"text_zh", "text_en"} for r in it["reasons"])
    for it, orig in zip(fit["items"], big["items"], strict=True):
        assert it["reasons"][0]["text_zh"] == orig["reasons"][0]["text_zh"]
    shorter = R.fit_to_budget(_briefing(6), budget)  # room to spare: the top items keep more detail
    assert len(shorter["items"]) == 6 and len(shorter["items"][0]["reasons"]) >= 2
    assert len(shorter["items"][0]["reasons"]) >= len(shorter["items"][-1]["reasons"])
    assert fit["records"] == big["records"] and big["items"][0]["reasons"][0]["code"] == "code_0"  # input untouched


def test_budget_drops_trailing_items_last_and_says_how_many() -> None:
    fit = R.fit_to_budget(_briefing(40), 1200)
    assert count_tokens(R.to_json(fit)) <= 1200
    assert fit["truncated"] == {"field": "items", "shown": len(fit["items"]), "total": 40}
    assert 5 < len(fit["items"]) < 40 and fit["items"][0]["customer"]["id"] == "C00000"


def test_a_result_within_budget_is_unchanged() -> None:
    small = _briefing(1)
    assert R.fit_to_budget(small, 5000) is small


def test_demo_briefing_and_reorders_reach_the_model_whole(demo: Engine, ctx_for: Ctx) -> None:
    budget = get_settings().tool_result_token_budget
    for login, tool, key in (("rep01", "daily_briefing", "items"), ("rep01", "next_purchase", "predictions")):
        raw = run(ctx_for(login), tool)
        assert raw["status"] == "ok" and raw[key], (tool, raw)
        fit = R.fit_to_budget(raw, budget)
        assert len(fit[key]) == len(raw[key]) and "truncated" not in fit, tool


@pytest.mark.parametrize("kind", sorted(R.KIND_LABELS))
def test_every_kind_has_a_chinese_and_an_english_label(kind: str) -> None:
    out = R.not_found(kind, "某某")
    assert not re.search(r"[A-Za-z]", out["message_zh"].replace("某某", "")), out["message_zh"]
    assert R.kind_label(kind, "zh") in out["message_zh"] and R.kind_label(kind, "en") in out["message"]


def test_not_found_messages_name_the_kind_in_chinese() -> None:
    assert "没有找到话术" in R.not_found("script", "价格太贵")["message_zh"]
    assert "没有找到销售 'rep99'" in R.not_found("rep", "rep99")["message_zh"]
    assert "没有找到记录" in R.not_found("gadget")["message_zh"]  # an unknown kind still reads as Chinese
    filtered = R.not_found("customer", None, qualifier="matching the filters", qualifier_zh="符合筛选条件的")
    assert filtered["message_zh"] == "在您可查看的范围内没有找到符合筛选条件的客户。"
    assert filtered["message"] == "No customer matching the filters found among the records you can access."


def test_tools_report_unknown_reps_and_empty_filters_in_chinese(demo: Engine, ctx_for: Ctx) -> None:
    alerts = run(ctx_for("mgr01"), "sensitive_alerts", rep_login="nobody")
    assert alerts["status"] == "not_found" and "没有找到销售" in alerts["message_zh"]
    found = run(ctx_for("rep01"), "find_customers", city="不存在的城市")
    assert found["status"] == "not_found" and not re.search(r"[A-Za-z]", found["message_zh"]), found
