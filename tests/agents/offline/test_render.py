"""Rendering tool results (the JSON contract of assistant.tools.results) in Chinese and English."""

from assistant.agents.offline.render import render_result

REASON = {
    "code": "orders_drop",
    "text_zh": "近6个月订单 −62%",
    "text_en": "orders −62% vs the prior 6 months",
    "value": -0.62,
}
PROFILE = {
    "status": "ok",
    "currency": "USD",
    "customer": {
        "id": "C00001",
        "name": "上海锦华纺织品有限公司",
        "city": "上海",
        "country": "China",
        "industry": "textiles",
        "tier": "A",
        "owner": "rep01",
    },
    "contacts": [{"name": "王建国", "title": "总经理", "primary": True}],
    "recent_orders": [{"id": "SO-0000012", "date": "2025-06-01", "amount_usd": 123456.7}],
    "open_deals": [
        {"id": "OPP-000003", "name": "textiles order", "stage": "negotiation", "amount_usd": 50000}
    ],
    "churn": {"level": "high", "score": 80},
    "health": {"score": 41, "band": "at_risk"},
    "next_purchase": {"expected_date": "2025-07-10", "confidence": "medium"},
    "records": [
        {"type": "customer", "id": "C00001", "name": "上海锦华纺织品有限公司"},
        {"type": "order", "id": "SO-0000012", "name": "2025-06-01"},
    ],
    "reasons": [REASON],
}


def test_profile_in_chinese_cites_and_explains() -> None:
    text = render_result("customer_profile", PROFILE, "zh")
    for fact in (
        "上海锦华纺织品有限公司",
        "C00001",
        "王建国",
        "总经理",
        "$123,457",
        "商务谈判",
        "流失风险 高",
        "近6个月订单 −62%",
        "依据：",
        "SO-0000012",
        "2025-07-10",
    ):
        assert fact in text, fact


def test_profile_in_english() -> None:
    text = render_result("customer_profile", PROFILE, "en")
    for fact in (
        "C00001",
        "Contacts: 王建国 (总经理)",
        "$123,457",
        "negotiation",
        "orders −62% vs the prior 6 months",
        "Sources:",
    ):
        assert fact in text, fact
    assert "原因" not in text and "依据" not in text


def test_ambiguous_asks_with_candidates() -> None:
    result = {
        "status": "ambiguous",
        "query": "Nordic",
        "candidates": [
            {"type": "customer", "id": "C00005", "name": "Nordic Retail GmbH", "city": "Hamburg"},
            {"type": "customer", "id": "C00077", "name": "Nordic Textiles Ltd", "city": "London"},
        ],
    }
    text = render_result("customer_profile", result, "en")
    assert "which one" in text and "1. Nordic Retail GmbH (C00005) — Hamburg" in text and "C00077" in text
    zh = render_result("customer_profile", result, "zh")
    assert "哪一个" in zh and "Nordic Textiles Ltd（C00077）" in zh


def test_denied_and_not_found_are_polite() -> None:
    denied = {
        "status": "denied",
        "message": "Your role cannot view team data.",
        "message_zh": "您的角色无权查看团队数据。",
    }
    assert render_result("pipeline_status", denied, "zh").startswith("抱歉，您的角色无权查看团队数据")
    assert render_result("pipeline_status", denied, "en").startswith("Sorry — Your role cannot")
    missing = {
        "status": "not_found",
        "query": "锦华",
        "message": "No customer 'x' found.",
        "message_zh": "在您可查看的范围内没有找到客户 '锦华'。",
    }
    assert "没有找到客户" in render_result("customer_profile", missing, "zh")


def test_pipeline_and_stalled_deals() -> None:
    result = {
        "status": "ok",
        "scope": "team",
        "currency": "USD",
        "period": {"label": "this_quarter", "start": "2025-04-01", "end": "2025-06-30"},
        "open_count": 12,
        "open_amount": 1234567.0,
        "weighted_amount": 456789.0,
        "new_deals": 4,
        "won_count": 3,
        "won_amount": 90000.0,
        "lost_count": 1,
        "lost_amount": 5000.0,
        "win_rate": 0.75,
        "stages": [{"stage": "proposal", "count": 5, "amount": 600000.0}],
        "stalled": [
            {
                "id": "OPP-000009",
                "customer": {"name": "Nordic Retail GmbH"},
                "stage": "proposal",
                "amount_usd": 80000,
                "days_in_stage": 40,
                "reasons": [REASON],
            }
        ],
        "stalled_total": 1,
        "records": [{"type": "deal", "id": "OPP-000009", "name": "proposal deal"}],
    }
    zh = render_result("pipeline_status", result, "zh")
    for fact in (
        "团队本季度",
        "本季度（2025-04-01 至 2025-06-30）",
        "$1,234,567",
        "赢单率 75%",
        "方案报价 5",
        "OPP-000009",
        "停留 40 天",
        "近6个月订单 −62%",
    ):
        assert fact in zh, fact
    en = render_result("pipeline_status", result, "en")
    assert "this quarter (2025-04-01 to 2025-06-30)" in en and "Stuck deals (1 deal in total)" in en


def test_forecast_range_and_scan() -> None:
    fc = {
        "status": "ok",
        "scope": "me",
        "currency": "USD",
        "period": {"label": "next_month", "start": "2025-07-01", "end": "2025-07-31"},
        "forecast": 200000,
        "low": 150000,
        "high": 250000,
        "history_part": 180000,
        "pipeline_part": 20000,
        "backtest_mape": 0.12,
        "reasons": [REASON],
    }
    zh = render_result("sales_forecast", fc, "zh")
    assert "$200,000" in zh and "$150,000–$250,000" in zh and "12%" in zh and "近6个月订单 −62%" in zh
    scan = {
        "status": "ok",
        "flagged": True,
        "max_severity": "high",
        "highlighted": "我们【保证】最低价",
        "hits": [{"matched": "保证", "category": "guarantee", "severity": "high"}],
    }
    assert "“保证” — guarantee（高）" in render_result("scan_text", scan, "zh")
    clean = {"status": "ok", "flagged": False, "hits": []}
    assert "fine to send" in render_result("scan_text", clean, "en")


def test_money() -> None:
    from assistant.agents.offline.fmt import money

    assert (money(123456.7), money(2.8), money(-5), money(1000, "EUR")) == (
        "$123,457",
        "$2.80",
        "-$5",
        "1,000 EUR",
    )


def test_recommendations_cite_prices_with_cents() -> None:
    result = {
        "status": "ok",
        "currency": "USD",
        "customer": {"id": "C00070", "name": "鑫和贸易有限公司"},
        "buys": [{"category": "hardware", "share": 0.59}, {"category": "home", "share": 0.41}],
        "suggestions": [
            {
                "category": "textiles",
                "similar_buyers": 41,
                "products": [
                    {"name_zh": "纯棉T恤", "name_en": "Cotton T-shirt", "unit_price": 2.8, "currency": "USD"}
                ],
            }
        ],
        "records": [{"type": "customer", "id": "C00070", "name": "鑫和贸易有限公司"}],
    }
    zh = render_result("recommend_products", result, "zh")
    assert "五金 59%、家居 41%" in zh and "纯棉T恤（$2.80）" in zh and "41 家相似客户" in zh
    en = render_result("recommend_products", result, "en")
    assert "Cotton T-shirt ($2.80)" in en and "bought by 41 similar customers" in en


def test_budget_fitted_briefing_renders_every_item_and_says_what_was_left_out() -> None:
    from assistant.tools.results import fit_to_budget
    from tests.tools.test_results import _briefing

    fit = fit_to_budget(_briefing(10), 1200)
    zh, en = render_result("daily_briefing", fit, "zh"), render_result("daily_briefing", fit, "en")
    for i in range(10):
        assert f"C{i:05d}" in zh and f"C{i:05d}" in en
    assert "近6个月订单 2 单" in zh and "orders −50%" in en and "未列出" not in zh
    cut = fit_to_budget(_briefing(40), 1200)
    left = 40 - cut["truncated"]["shown"]
    assert f"（篇幅所限，另有 {left} 条未列出。）" in render_result("daily_briefing", cut, "zh")
    assert f"({left} more left out for length.)" in render_result("daily_briefing", cut, "en")


def test_citations_label_every_record_kind_in_chinese() -> None:
    result = {
        "status": "ok",
        "scripts": [],
        "records": [
            {"type": "script", "id": 3, "name": "价格异议"},
            {"type": "rep", "id": 7, "name": "rep01"},
        ],
    }
    zh = render_result("suggest_scripts", result, "zh")
    assert "话术 价格异议 [3]" in zh and "销售 rep01 [7]" in zh


def test_summary_says_what_changed_since_last_time() -> None:
    since = {
        "previous_date": "2025-06-10",
        "needs_changed": ["数量：8000 条"],
        "needs_dropped": [],
        "risks_new": [],
        "risks_resolved": ["价格：太贵了"],
        "last_steps": [
            {"action": "我明天把新报价发给您。", "status": "done", "evidence": "新报价已发给客户"},
            {"action": "麻烦3月8日前寄样品。", "status": "overdue", "evidence": None},
        ],
    }
    result = {"status": "ok", "summary": {"headline": "数量上调", "since_last_time": since}, "records": []}
    zh_text = render_result("summarize_conversation", result, "zh")
    assert "与上次（2025-06-10）相比：上次的下一步 1 项已完成、1 项逾期、0 项未完成" in zh_text
    assert "需求变化：数量：8000 条" in zh_text and "风险解除：价格：太贵了" in zh_text
    en_text = render_result("summarize_conversation", result, "en")
    assert "Since last time (2025-06-10): last time's next steps 1 done, 1 overdue, 0 open" in en_text
    first = {"status": "ok", "summary": {"headline": "首次", "since_last_time": None}, "records": []}
    assert "上次" not in render_result("summarize_conversation", first, "zh")
