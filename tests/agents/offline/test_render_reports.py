"""Offline answers for the report tools and for scripts: numbers, names and ids, zh and en, no Markdown headings."""

from __future__ import annotations

from typing import Any

from assistant.agents.offline.render import render_result

PERIOD = {"label": "this_quarter", "start": "2026-10-01", "end": "2026-12-31"}


def _rep(rank: int, login: str, name: str, usd: float, acts: int) -> dict[str, Any]:
    return {"rank": rank, "login": login, "name": name, "revenue_usd": usd, "orders": 3, "won_deals": 1,
            "won_amount_usd": 1000.0, "activities": acts, "outbound_activities": acts - 1}  # fmt: skip


def test_ranking_is_numbered_with_names_logins_and_amounts() -> None:
    result = {"status": "ok", "period": PERIOD, "scope": "team", "metric": "activities", "sort": "asc", "total": 2,
              "comparison": False, "currency": "USD",
              "reps": [_rep(1, "rep06", "杨帆", 26481.0, 13), _rep(2, "rep01", "张伟", 44122.0, 20)],
              "totals": {"revenue_usd": 70603.0, "orders": 6, "won_deals": 2, "activities": 33},
              "records": [{"type": "rep", "id": "rep06", "name": "杨帆"}]}  # fmt: skip
    zh = render_result("team_performance", result, "zh")
    assert "本季度（2026-10-01 至 2026-12-31）按跟进次数从少到多" in zh
    assert "1. 杨帆（rep06）" in zh and "2. 张伟（rep01）" in zh and "$26,481" in zh
    en = render_result("team_performance", result, "en")
    assert "Reps by activities" in en and "lowest first" in en and "1. 杨帆（rep06）" in en


def test_comparison_of_two_reps_is_a_table_with_the_gap() -> None:
    result = {"status": "ok", "period": PERIOD, "comparison": True, "currency": "USD", "total": 2,
              "reps": [_rep(1, "rep02", "李娜", 727417.5, 47), _rep(2, "rep01", "张伟", 131674.0, 25)]}  # fmt: skip
    zh = render_result("team_performance", result, "zh")
    assert "| 李娜（rep02） | $727,418 |" in zh and "高 $595,744" in zh
    assert "ahead of" in render_result("team_performance", result, "en")


def test_receivables_of_one_customer_answer_the_last_invoice_with_both_currencies() -> None:
    order = {"id": "SO-0000870", "date": "2026-09-24", "amount_usd": 5781.0, "amount": 41623.2, "order_currency": "CNY",
             "due_date": "2026-10-24", "paid": False, "days_overdue": 37}  # fmt: skip
    result = {"status": "ok", "scope": "customer", "currency": "USD",
              "customer": {"id": "C00041", "name": "深圳安荣电子商务有限公司"}, "last_order": order,
              "total_open_usd": 5781.0, "open_orders": 1, "total_overdue_usd": 5781.0, "overdue_orders": 1,
              "open_by_currency": {"CNY": 41623.2}, "orders": [order], "customers": []}  # fmt: skip
    zh = render_result("receivables", result, "zh")
    assert "深圳安荣电子商务有限公司（C00041） 最近一笔订单 SO-0000870" in zh
    assert "已逾期 37 天" in zh and "41,623 CNY" in zh and "其中逾期 $5,781" in zh
    en = render_result("receivables", result, "en")
    assert "unpaid, due 2026-10-24, 37 days overdue" in en and "$5,781 overdue" in en


def test_order_history_window_and_last_order_products() -> None:
    o = {"id": "SO-0000871", "date": "2026-11-10", "amount_usd": 6704.0,
         "items": [{"name_zh": "收纳箱", "name_en": "Storage box", "quantity": 360}]}  # fmt: skip
    window = {"status": "ok", "customer": {"id": "C00041", "name": "安荣"}, "currency": "USD", "order_count": 2,
              "total_usd": 12485.0, "by_currency": {}, "orders": [o], "last": False,
              "period": {"label": "last_3_months", "start": "2026-09-01", "end": "2026-11-30"}}  # fmt: skip
    zh = render_result("order_history", window, "zh")
    assert "最近3个月（2026-09-01 至 2026-11-30）共下单 2 笔，合计 $12,485" in zh and "收纳箱 ×360" in zh
    assert "另有 1 笔" in zh
    last = {**window, "last": True, "order_count": 1}
    assert "last order SO-0000871 (2026-11-10, $6,704): Storage box ×360" in render_result(
        "order_history", last, "en"
    )


def test_compliance_stats_are_numbered_with_the_trend() -> None:
    result = {"status": "ok", "period": PERIOD, "group_by": "rep", "count": 7, "previous": 9, "change": -2,
              "groups": [{"key": "rep08", "name": "黄婷", "count": 5, "previous": 2, "change": 3}], "alerts": []}  # fmt: skip
    zh = render_result("compliance_stats", result, "zh")
    assert (
        "共 7 条违规告警（上期 9 条，减少 2），按销售" in zh and "1. 黄婷（rep08）：5 条（上期 2 条，增加 3）" in zh
    )
    en = render_result("compliance_stats", result, "en")
    assert "1. 黄婷（rep08）: 5 alerts (previous 2 alerts, up 3)" in en and ": 7 alerts (previous 9 alerts, down 2)" in en


def test_near_matches_are_shown_as_near_matches_not_as_the_answer() -> None:
    result = {"status": "not_found", "query": "Apex Textiles Inc", "message": "No customer 'Apex Textiles Inc' is among "
              "your customers. Near matches (not the same name): Apex Online (C00126).",
              "message_zh": "您名下没有找到“Apex Textiles Inc”这个客户。相近的有：Apex Online（C00126）（名称不同，仅供参考）。",
              "near_matches": [{"type": "customer", "id": "C00126", "name": "Apex Online"}]}  # fmt: skip
    zh = render_result("customer_profile", result, "zh")
    assert (
        zh.startswith("您名下没有找到“Apex Textiles Inc”")
        and "相近的有" in zh
        and "请说出它的名称或编号" in zh
    )


SCRIPT = """## 适用情境
价格敏感的客户一直在犹豫。

## 参考话术
张经理，跟您说一个好消息：这个月20号前确认的订单有优惠。

## 为什么这样说
给出优惠的真实原因。"""


def test_script_answer_shows_the_words_and_situation_without_headings_addressed_to_the_customer() -> None:
    result = {"status": "ok", "customer": {"id": "C00041", "name": "安荣", "address": "郑经理"},
              "scripts": [{"id": "s1", "title": "限时条件推动", "language": "zh", "text": SCRIPT}]}  # fmt: skip
    zh = render_result("suggest_scripts", result, "zh")
    assert "##" not in zh and "适用情境" not in zh and "为什么这样说" not in zh and "真实原因" not in zh
    assert "1. 【限时条件推动】适用：价格敏感的客户一直在犹豫。" in zh
    assert "“郑经理，跟您说一个好消息" in zh and "张经理" not in zh
    generic = render_result("suggest_scripts", {**result, "customer": None}, "zh")
    assert "“您好，跟您说一个好消息" in generic and "张经理" not in generic


def test_totals_carry_the_won_amount_and_a_comparison_with_the_previous_period() -> None:
    result = {"status": "ok", "period": PERIOD, "scope": "team", "metric": "revenue", "sort": "desc", "total": 2,
              "comparison": False, "currency": "USD",
              "reps": [_rep(1, "rep02", "李娜", 50000.0, 20), _rep(2, "rep01", "张伟", 30000.0, 12)],
              "totals": {"revenue_usd": 80000.0, "orders": 6, "won_deals": 2, "won_amount_usd": 2000.0, "activities": 32},
              "previous": {"period": {"label": "before this_quarter", "start": "2026-07-01", "end": "2026-09-30"},
                           "totals": {"revenue_usd": 64000.0, "orders": 5, "won_deals": 1, "won_amount_usd": 900.0}},
              "records": []}  # fmt: skip
    zh = render_result("team_performance", result, "zh")
    assert "赢单 2 个（$2,000）" in zh
    assert "对比上期（2026-07-01 至 2026-09-30）：业绩 $64,000" in zh and "增加 $16,000（+25%）" in zh
    en = render_result("team_performance", result, "en")
    assert (
        "2 deals won ($2,000)" in en and "Previous period (2026-07-01 to 2026-09-30): revenue $64,000" in en
    )
    assert "up $16,000 (+25%)" in en


def test_one_reps_figures_with_the_previous_period() -> None:
    result = {"status": "ok", "period": PERIOD, "scope": "me", "metric": "revenue", "sort": "desc", "total": 1,
              "comparison": False, "currency": "USD", "reps": [_rep(1, "rep09", "周杰", 40000.0, 30)],
              "totals": {"revenue_usd": 40000.0},
              "previous": {"period": {"start": "2026-07-01", "end": "2026-09-30"},
                           "totals": {"revenue_usd": 50000.0, "orders": 4, "won_deals": 0, "won_amount_usd": 0}},
              "records": []}  # fmt: skip
    en = render_result("team_performance", result, "en")
    assert "周杰（rep09）, this quarter" in en and "revenue $50,000" in en and "down $10,000 (-20%)" in en


def test_alerts_name_the_customer_the_message_went_to() -> None:
    result = {"status": "ok", "total": 1, "records": [],
              "alerts": [{"id": 7, "at": "2026-11-02T09:00", "rep": "rep08", "category": "bribery", "severity": "high",
                          "status": "open", "matched": "回扣", "context": "给您【回扣】",
                          "customer": {"id": "C00042", "name": "Crescent Online SARL"}}]}  # fmt: skip
    zh = render_result("sensitive_alerts", result, "zh")
    assert "Crescent Online SARL（C00042）" in zh and "给您【回扣】" in zh
