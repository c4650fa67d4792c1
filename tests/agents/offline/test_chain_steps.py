"""Which record a two-step request's second step is about, and its arguments (pure: result dicts in, subjects out)."""

import pytest

from assistant.agents.offline import chain_steps as S
from assistant.agents.offline import chains


def _deal(i: str, cust: str, days: int, amount: float, past: int = 0) -> dict:
    return {"id": i, "customer": {"id": cust, "name": f"name-{cust}"}, "stage": "proposal",
            "amount_usd": amount, "days_in_stage": days, "days_past_close": past}  # fmt: skip


PIPE = {"stalled": [_deal("OPP-1", "C1", 40, 9000.0), _deal("OPP-2", "C2", 93, 6000.0)],
        "past_close": [_deal("OPP-3", "C3", 5, 15000.0, past=42)]}  # fmt: skip


def test_the_longest_stuck_deal_is_picked_with_its_days() -> None:
    [s] = S.pick("pipeline_status", PIPE, {}, "卡得最久的那个单子，给它写段跟进话术", False, 3)
    assert s["customer"] == "C2" and s["deal"] == "OPP-2" and "93 天" in s["figure_zh"]


def test_the_biggest_stuck_deal_and_each_of_them() -> None:
    [s] = S.pick("pipeline_status", PIPE, {}, "the biggest stuck deal, draft a nudge", False, 3)
    assert s["customer"] == "C3" and "42 days past" in s["figure_en"]
    each = S.pick("pipeline_status", PIPE, {}, "each of them", True, 3)
    assert [x["customer"] for x in each] == ["C1", "C2"]  # each stalled deal (past-close ones only if none)


OWED = {"customers": [
    {"customer": {"id": "C7", "name": "A"}, "open_usd": 9000, "overdue_usd": 8000, "max_days_overdue": 20},
    {"customer": {"id": "C8", "name": "B"}, "open_usd": 30000, "overdue_usd": 0, "max_days_overdue": 0},
    {"customer": {"id": "C9", "name": "C"}, "open_usd": 1000, "overdue_usd": 1000, "max_days_overdue": 66},
]}  # fmt: skip


def test_owed_longest_is_the_most_days_overdue_and_owed_most_the_largest_open_amount() -> None:
    assert S.pick("receivables", OWED, {}, "谁欠款时间最长", False, 3)[0]["customer"] == "C9"
    assert S.pick("receivables", OWED, {}, "who owes us the most", False, 3)[0]["customer"] == "C8"
    top = S.pick("receivables", OWED, {}, "谁欠款时间最长", False, 3)[0]
    assert "66 天" in top["figure_zh"] and "$1,000" in top["figure_zh"]


def test_a_collection_script_gets_the_payment_situation() -> None:
    subject = S.pick("receivables", OWED, {}, "谁欠款时间最长", False, 3)[0]
    args = S.args_for("receivables", "suggest_scripts", {"query": "给他写段话"}, subject, {}, "")
    assert (
        args and args["customer"] == "C9" and args["scenario"] == "payment_terms" and "催款" in args["query"]
    )


def test_if_not_paid_logs_only_when_the_named_due_day_is_unpaid() -> None:
    one = {"customer": {"id": "C1", "name": "X"}, "total_open_usd": 500, "total_overdue_usd": 0,
           "orders": [{"id": "SO-1", "paid": True, "due_date": "2025-06-29"},
                      {"id": "SO-2", "paid": False, "due_date": "2025-07-02"}]}  # fmt: skip
    text = "X 29号到期那笔款付了吗？没付的话记一下我今天催过"
    [paid] = S.pick("receivables", one, {"customer": "X"}, text, False, 3)
    assert S.args_for("receivables", "log_activity", {"content": text}, paid, {}, text) is None
    text2 = "did X pay the invoice due on the 2nd? if not, note that I chased them today"
    [unpaid] = S.pick("receivables", one, {"customer": "X"}, text2, False, 3)
    args = S.args_for("receivables", "log_activity", {"content": text2}, unpaid, {}, text2)
    assert (
        args
        and args["customer"] == "C1"
        and args["type"] == "call"
        and args["content"].startswith("Chased payment")
    )


def test_rep_subjects_carry_the_metric_and_alert_category() -> None:
    perf = {"metric": "activities", "reps": [{"login": "rep06", "name": "杨帆", "activities": 11}]}
    [rep] = S.pick("team_performance", perf, {"period": "last_month"}, "", False, 3)
    assert rep["rep_login"] == "rep06" and rep["figure_zh"] == "跟进活动 11"
    args = S.args_for("team_performance", "pipeline_status", {"stalled_only": True, "scope": "me"}, rep,
                      {"period": "last_month"}, "")  # fmt: skip
    assert args == {"stalled_only": True, "rep_login": "rep06"}  # stuck deals are current, not last month's
    stats = {"category": "bribery", "groups": [{"login": "rep03", "name": "王芳", "count": 4}]}
    [who] = S.pick("compliance_stats", stats, {"category": "bribery", "period": "this_year"}, "", False, 3)
    alerts = S.args_for(
        "compliance_stats", "sensitive_alerts", {}, who, {"category": "bribery", "period": "this_year"}, ""
    )
    assert alerts == {"rep_login": "rep03", "category": "bribery", "period": "this_year"}


def test_a_flagged_draft_asks_for_compliant_wording_and_a_clean_one_for_nothing() -> None:
    hits = {"hits": [{"matched": "保证100%", "category": "guarantee"}]}
    [s] = S.pick("scan_text", hits, {}, "", False, 3)
    args = S.args_for("scan_text", "suggest_scripts", {"query": "改写"}, s, {}, "")
    assert args and args["scenario"] == "compliance_safe" and "保证100%" in args["query"]
    assert S.pick("scan_text", {"hits": []}, {}, "", False, 3) == []


def test_a_question_that_picks_one_record_chains_without_a_pronoun() -> None:
    routes = {"哪家客户欠我们的钱拖得最久": "receivables", "来一段催收的说法": "suggest_scripts"}
    chain = chains.detect("哪家客户欠我们的钱拖得最久？来一段催收的说法", lambda t: (routes.get(t), 1.0))
    assert chain and (chain.first, chain.second) == ("receivables", "suggest_scripts")


def test_an_unsure_part_takes_the_runner_up_that_pairs() -> None:
    def route(t: str) -> tuple[str | None, float]:
        return ("order_history", 0.9) if t.startswith("what did") else (None, 0.3)

    def rank(t: str) -> list[tuple[str, float]]:
        return [("recommend_products", 0.3), ("lead_scores", 0.25), ("churn_risk", 0.1)]

    chain = chains.detect("what did Nordic order lately, and what else could I pitch them", route, rank)
    assert chain and (chain.first, chain.second) == ("order_history", "recommend_products")
    assert chains.detect("what did Nordic order lately, and what else could I pitch them", route) is None


@pytest.mark.slow
def test_the_labelled_two_step_examples_are_detected(trained) -> None:
    from assistant.agents.offline.classifier import classifier
    from assistant.agents.offline.data import load_data
    from assistant.agents.offline.planner import MIN_RULE_SCORE
    from assistant.agents.offline.routing import ranker, router
    from assistant.text.language import normalize

    clf = classifier()
    route, rank = router(clf, MIN_RULE_SCORE), ranker(clf)
    found = []
    examples = load_data("chains.yaml")["examples"]
    for ex in examples:
        chain = chains.detect(normalize(ex["text"]), route, rank)
        found.append(bool(chain) and [chain.first, chain.second] == ex["labels"] and chain.each == ex["each"])
    assert all(found), [ex["text"] for ex, ok in zip(examples, found, strict=True) if not ok]
