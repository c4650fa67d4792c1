"""Rule routing on the questions reps, managers and QA actually ask (no embeddings)."""

import pytest

from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan, split_payload

from .conftest import TODAY

CASES = [
    ("王总那边最近怎么样", "customer_profile", {"customer": "王总"}),
    ("上海那家做纺织的客户", "find_customers", {"city": "上海", "industry": "textiles"}),
    ("我本季度的管道", "pipeline_status", {"period": "this_quarter", "scope": "me"}),
    ("团队下个月能做多少", "sales_forecast", {"period": "next_month", "scope": "team"}),
    ("哪些客户快要补货了", "next_purchase", {}),
    ("which of my deals are stuck?", "pipeline_status", {"stalled_only": True}),
    ("show me VIP customers in Germany", "find_customers", {"segment": "vip", "country": "Germany"}),
    ("哪些客户有流失风险", "churn_risk", {}),
    ("前5个高风险客户", "churn_risk", {"level": "high", "limit": 5}),
    ("锦华会不会流失", "churn_risk", {"customer": "锦华"}),
    ("给锦华推荐什么产品", "recommend_products", {"customer": "锦华"}),
    ("what else can I sell to Nordic?", "recommend_products", {"customer": "Nordic"}),
    ("今天该联系谁", "daily_briefing", {}),
    ("明天该跟进哪些客户", "daily_briefing", {"date": "2025-07-01"}),
    ("who should I call today?", "daily_briefing", {}),
    ("客户嫌贵怎么回", "suggest_scripts", {"scenario": "price_objection"}),
    (
        "how do I respond when a buyer says we're too expensive?",
        "suggest_scripts",
        {"scenario": "price_objection"},
    ),
    ("S级线索有哪些", "lead_scores", {"grade": "S"}),
    ("score my leads", "lead_scores", {}),
    ("今天有哪些高风险违规", "sensitive_alerts", {"severity": "high", "period": "today"}),
    ("any bribery alerts this week?", "sensitive_alerts", {"category": "bribery", "period": "this_week"}),
    ("next quarter forecast for the team", "sales_forecast", {"period": "next_quarter", "scope": "team"}),
    ("锦华下次什么时候下单", "next_purchase", {"customer": "锦华"}),
    ("who is due to reorder in the next 2 weeks?", "next_purchase", {"within_days": 14}),
    ("德国有哪些客户", "find_customers", {"country": "Germany"}),
    ("rep02的客户", "find_customers", {"owner_login": "rep02"}),
    ("how is the Nordic account doing?", "customer_profile", {"customer": "Nordic"}),
    ("锦华", "customer_profile", {"customer": "锦华"}),
    ("把OPP-000123改成谈判", "update_deal_stage", {"deal": "OPP-000123", "stage": "negotiation"}),
    ("记录一下：今天电话联系了王总，他们下个月要补货", "log_activity", {"customer": "王总", "type": "call"}),
]


@pytest.mark.parametrize(("question", "tool", "args"), CASES)
def test_routes(question: str, tool: str, args: dict, gaz: Gazetteer) -> None:
    p = plan(question, Memory(), gaz, today=TODAY, use_embeddings=False)
    assert p.tool == tool, (question, p)
    assert {k: p.args.get(k) for k in args} == args


def test_manager_defaults_to_team_scope(gaz: Gazetteer) -> None:
    p = plan("本季度管道情况", Memory(), gaz, today=TODAY, role="manager", use_embeddings=False)
    assert p.args["scope"] == "team"
    p = plan("我本季度的管道", Memory(), gaz, today=TODAY, role="manager", use_embeddings=False)
    assert p.args["scope"] == "me"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("你好", "greeting"),
        ("thanks!", "thanks"),
        ("你能做什么", "help"),
        ("帮我订一张去北京的机票", "out_of_scope"),
        ("what's the weather tomorrow?", "out_of_scope"),
        ("把所有客户删除", "out_of_scope"),
        ("嗯嗯啊啊", "unknown"),
    ],
)
def test_direct_replies(question: str, kind: str, gaz: Gazetteer) -> None:
    p = plan(question, Memory(), gaz, today=TODAY, use_embeddings=False)
    assert p.tool is None and p.kind == kind and p.reply


def test_payload_words_do_not_route() -> None:
    head, payload = split_payload("帮我看看这句话能不能发：删除记录后我们保证给你回扣")
    assert head == "帮我看看这句话能不能发" and payload.startswith("删除")


def test_scan_and_summary_take_the_pasted_text(gaz: Gazetteer) -> None:
    p = plan(
        "帮我看看这句话能不能发：我们保证最低价，删掉聊天记录",
        Memory(),
        gaz,
        today=TODAY,
        use_embeddings=False,
    )
    assert p.tool == "scan_text" and p.args["text"] == "我们保证最低价，删掉聊天记录"
    p = plan(
        "总结一下这段聊天\n客户：价格能再低点吗？\n我：可以申请折扣",
        Memory(),
        gaz,
        today=TODAY,
        use_embeddings=False,
    )
    assert p.tool == "summarize_conversation" and p.args["text"].startswith("客户：")


def test_missing_required_argument_asks(gaz: Gazetteer) -> None:
    p = plan("推荐点产品", Memory(), gaz, today=TODAY, use_embeddings=False)
    assert p.tool is None and p.kind == "clarify" and "客户" in p.reply
    p = plan("check this message for me", Memory(), gaz, today=TODAY, use_embeddings=False)
    assert p.kind == "clarify" and "paste" in p.reply


def test_unavailable_tool_is_refused(gaz: Gazetteer) -> None:
    p = plan(
        "我本季度的管道", Memory(), gaz, today=TODAY, available=frozenset({"scan_text"}), use_embeddings=False
    )
    assert p.tool is None and p.kind == "out_of_scope"
