"""Single questions: a customer name before a dash is the topic, recent alerts are a list, month and year-ago periods."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline import chains, intent_data, planner
from assistant.agents.offline.corrections import redirect
from assistant.agents.offline.entities import Mentions, spot
from assistant.agents.offline.fmt import money
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Entry, Gazetteer, static_entries
from assistant.agents.offline.intents import conversation_act, tool_scores
from assistant.agents.offline.memory_args import fill_from_memory
from assistant.agents.offline.planner import plan
from assistant.agents.offline.topics import topic_only
from assistant.text.period_phrases import find_period

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summit", True),
        ("Nordic Home Supplies GmbH", True),
        ("锦华", True),
        ("about Summit:", True),
        ("pull up Summit", False),
        ("锦华的资料", False),
        ("my overdue customers", False),
    ],
)
def test_topic_only(gaz: Gazetteer, text: str, expected: bool) -> None:
    assert topic_only(text, spot(text, gaz)) is expected


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("Summit - what have they ordered since July?", "order_history"),
        ("Nordic Home Supplies GmbH - anything still unpaid?", "receivables"),
        ("锦华 - 最近三个月下了多少单", "order_history"),
    ],
)
def test_a_named_topic_is_one_question(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch, text: str, tool: str
) -> None:
    first, _, second = text.partition(" - ")
    found = chains.Chain(first, "customer_profile", second, tool, False)  # what the splitter may read
    monkeypatch.setattr(planner, "_chain", lambda *args: found)
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    assert decided.tool == tool
    assert decided.then is None  # not a profile first and the question second
    assert decided.args["customer"] in ("Summit", "Nordic Home Supplies GmbH", "锦华")


@pytest.mark.parametrize(
    ("tool", "text", "mentions", "expected"),
    [
        ("sensitive_alerts", "pull up the most recent kickback flags", Mentions(category="bribery"), "sensitive_alerts"),
        ("sensitive_alerts", "最近几条回扣告警调出来", Mentions(category="bribery"), "sensitive_alerts"),
        ("sensitive_alerts", "最新几条告警", Mentions(), "sensitive_alerts"),
        ("sensitive_alerts", "回扣告警一共几条", Mentions(category="bribery"), "compliance_stats"),
        ("sensitive_alerts", "which rep got the most flags this year", Mentions(), "compliance_stats"),
        ("compliance_stats", "which rep has the most flagged messages in Q3", Mentions(), "compliance_stats"),
        ("compliance_stats", "哪个销售被标记的消息最多", Mentions(), "compliance_stats"),
        ("compliance_stats", "rep07 上个月被标记的消息原文", Mentions(users=["rep07"]), "sensitive_alerts"),
    ],
)  # fmt: skip
def test_recent_alerts_are_listed_and_rankings_counted(
    tool: str, text: str, mentions: Mentions, expected: str
) -> None:
    assert redirect(tool, text, mentions, Memory(), TODAY) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("what did they take last November", "2025-11"),
        ("orders from last nov", "2025-11"),
        ("last December's orders", "2025-12"),
        ("what did they buy last March", "2026-03"),
        ("orders in March this year", "2026-03"),
        ("this February", "2026-02"),
        ("and the same 3 months last year?", "2025-09-01..2025-11-30"),
        ("the same two months of last year", "2025-10-01..2025-11-30"),
        ("去年同期三个月呢", "2025-09-01..2025-11-30"),
        ("去年这3个月下了多少", "2025-09-01..2025-11-30"),
        ("去年同期", "same_time_last_year"),
    ],
)
def test_month_and_year_ago_periods(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period


def test_extra_paraphrase_files_are_merged() -> None:
    examples = intent_data.examples()
    written = {(e.lang, e.text) for e in examples if e.source == "written"}
    assert ("en", "Summit - anything still unpaid?") in written  # from en_single.yaml
    assert ("zh", "我名下哪些客户超过账期了") in written  # from zh_single.yaml
    for lang in intent_data.LANGS:
        for label in intent_data.labels():
            n = sum(e.label == label and e.lang == lang for e in examples)
            assert n >= 40, (label, lang, n)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("和信今年一共下了多少", ["和信"]),
        ("给新丰记一条：今天发了目录", ["新丰"]),
        ("新丰的欠款还有多少", ["新丰"]),
        ("产品创新的方向怎么跟客户说", []),
        ("我和信用社的人约了", []),
    ],
)
def test_brand_names_that_are_everyday_words_need_a_name_position(text: str, expected: list[str]) -> None:
    words = [Entry(w, "customer_word", w) for w in ("和信", "新丰", "创新")]
    assert spot(text, Gazetteer(static_entries() + words)).customers == expected


def test_money_rounds_half_up_as_people_do() -> None:
    assert money(78738.5) == "$78,739"  # a sum of orders ending in .50 (half-to-even gave $78,738)
    assert money(78737.5) == "$78,738"
    assert money(2.805) == "$2.81"
    assert money(-5.5) == "-$5.50"
    assert money(1234.5, "EUR") == "1,235 EUR"


@pytest.mark.parametrize(
    ("first", "second", "news"),
    [
        ("今天下午拜访了锦华，他们想要新目录", "帮我记下来", True),
        ("met Summit's buyer at the fair, they asked for a quote", "log it", True),
        ("查下锦华的欠款", "再记一笔催款电话", False),
        ("find my overdue customers", "log a call with the biggest one", False),
    ],
)
def test_news_then_log_it_is_one_write(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch, first: str, second: str, news: bool
) -> None:
    found = chains.Chain(first, "customer_profile" if news else "receivables", second, "log_activity", False)
    monkeypatch.setattr(planner, "_chain", lambda *args: found)
    decided = plan(f"{first}，{second}", Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    if news:
        assert decided.tool == "log_activity" and decided.then is None
        assert decided.args["customer"] in ("锦华", "Summit")
    else:
        assert decided.then is not None and decided.then["tool"] == "log_activity"


def test_templates_of_the_extra_files_are_filled_even_for_labels_with_many_sentences() -> None:
    fills = [
        e.text for e in intent_data.examples() if e.label == "team_performance" and e.source == "template"
    ]
    assert len([t for t in fills if t.startswith("total I booked ")]) == intent_data.EXTRA_FILLS
    assert "{" not in "".join(fills)


@pytest.mark.parametrize(
    ("text", "users", "customers"),
    [
        ("rep02和陈静这个月谁业绩高", ["rep02", "rep05"], []),  # 陈静 is a rep and a customer's contact
        ("陈静上季度销售额多少", ["rep05"], []),
        ("陈静的电话是多少", [], ["陈静"]),  # the contact
    ],
)
def test_a_rep_who_is_also_a_contact_is_the_rep_when_sales_figures_are_asked(
    gaz: Gazetteer, text: str, users: list[str], customers: list[str]
) -> None:
    m = spot(text, gaz)
    assert (m.users, m.customers) == (users, customers)


_LISTED = [
    {"type": "customer", "id": "C00011", "name": "Alpha"},
    {"type": "customer", "id": "C00012", "name": "Beta"},
]


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("what did the largest one order most recently?", "C00011"),
        ("最多的那家上一单买了什么", "C00011"),
        ("第二家上一单买了什么", "C00012"),
    ],
)
def test_the_biggest_one_of_the_last_list_is_its_first_record(text: str, customer: str) -> None:
    memory = Memory(last_tool="receivables", listed=_LISTED, turns=1)
    assert redirect("order_history", text, Mentions(), memory, TODAY) == "order_history"
    args: dict[str, object] = {}
    fill_from_memory("order_history", args, text, Mentions(), memory, "classifier")
    assert args["customer"] == customer


def test_an_order_question_without_a_customer_or_a_list_is_the_reps_own() -> None:
    assert redirect("order_history", "what did the biggest one order last?", Mentions(), Memory(), TODAY) == (
        "team_performance"
    )


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("ok thanks, bye", "thanks"),
        ("that's all for now, thank you", "thanks"),
        ("谢谢，就这些", "thanks"),
        ("thanks, nothing else for today", "thanks"),
        ("thanks for the list, now today's follow-ups", None),  # a request after the thanks
    ],
)
def test_a_goodbye_after_thanks_is_thanks(text: str, act: str | None) -> None:
    assert conversation_act(text) == act


def test_two_steps_past_a_named_topic_are_still_two_steps(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Summit - pull up their file and log a call"
    topic = chains.Chain(
        "Summit", "customer_profile", "pull up their file and log a call", "log_activity", False
    )
    steps = chains.Chain("Summit pull up their file", "customer_profile", "log a call", "log_activity", False)
    seen: list[str] = []

    def detect(found: str, *args: object) -> chains.Chain:
        seen.append(found)
        return topic if found == text else steps

    monkeypatch.setattr(planner, "_chain", detect)
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    assert seen == [text, "Summit pull up their file and log a call"]
    assert decided.tool == "customer_profile" and decided.args["customer"] == "Summit"
    assert decided.then is not None and decided.then["tool"] == "log_activity"


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("hey, how's everything", False),  # small talk, not an account
        ("how's life", False),
        ("how's your week been", False),
        ("how's Summit", True),
    ],
)
def test_small_talk_with_hows_is_not_a_profile_request(text: str, profile: bool) -> None:
    assert ("customer_profile" in tool_scores(text)) is profile


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Q3 last year", True), ("上个月", True), ("Summit, last month", True), ("last month's revenue", False)],
)
def test_a_period_alone_is_a_topic_too(gaz: Gazetteer, text: str, expected: bool) -> None:
    assert topic_only(text, spot(text, gaz)) is expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Q2 of last year", "2025-Q2"),
        ("last year's Q3 alerts", "2025-Q3"),
        ("去年第四季度的违规", "2025-Q4"),
        ("前年Q1", "2024-Q1"),
        ("Q3 this year", "2026-Q3"),
    ],
)
def test_a_quarter_of_last_year(text: str, period: str) -> None:
    found = find_period(text, TODAY)
    assert found is not None and found.period == period
