"""Second steps that must run: a forecast then the deals to push, a list then who of THOSE reorders,
and a quoted draft's check with the instruction after it (no database: a stand-in router)."""

from __future__ import annotations

import pytest

from assistant.agents.offline import chain_steps, chains
from assistant.agents.offline.payload import split_payload

KEYS = {  # a stand-in router: one keyword per tool
    "forecast": "sales_forecast", "预测": "sales_forecast", "deals": "pipeline_status", "单子": "pipeline_status",
    "clients": "find_customers", "客户有哪些": "find_customers", "reorder": "next_purchase", "下单": "next_purchase",
}  # fmt: skip


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text.lower()), None)
    return tool, (0.9 if tool else 0.0)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "forecast my next quarter and tell me which deals to focus on",
            ("sales_forecast", "pipeline_status"),
        ),
        (
            "forecast for december, then which deals should i prioritise",
            ("sales_forecast", "pipeline_status"),
        ),
        ("下个月预测多少？重点跟哪些单子", ("sales_forecast", "pipeline_status")),
        ("my textile clients - which of them will reorder soon?", ("find_customers", "next_purchase")),
    ],
)
def test_the_second_ask_is_a_chain(text: str, pair: tuple[str, str]) -> None:
    chain = chains.detect(text, route)
    assert chain is not None and (chain.first, chain.second) == pair


def test_who_of_a_listed_group_reorders_checks_the_whole_list_not_its_first_customer() -> None:
    listed = {
        "status": "ok",
        "total": 3,
        "customers": [{"id": f"C0000{i}", "name": f"c{i}"} for i in (1, 2, 3)],
    }
    subject = chain_steps.pick("find_customers", listed, {"industry": "office"}, "其中谁快补货了", False, 3)[
        0
    ]
    args = chain_steps.args_for(
        "find_customers", "next_purchase", {}, subject, {"industry": "office"}, "谁快补货了"
    )
    assert args == {"customers": ["C00001", "C00002", "C00003"]}


@pytest.mark.parametrize(
    ("said", "instruction", "draft"),
    [
        (
            "帮我看看这句：'这批货包您满意，坏一件赔三件'，有问题就改一版",
            "有问题就改一版",
            "这批货包您满意，坏一件赔三件",
        ),
        (
            "check this: 'we don't charge for samples, ever' and fix it if needed",
            "and fix it if needed",
            "we don't charge for samples, ever",
        ),
    ],
)
def test_a_single_quoted_draft_after_a_colon_leaves_the_instruction_after_it(
    said: str, instruction: str, draft: str
) -> None:
    head, payload = split_payload(said)
    assert payload == draft and head.endswith(instruction)


@pytest.mark.parametrize(
    "instruction",
    [
        "总结下这段，再告诉我怎么回复",
        "summarize this and suggest how I should answer",
        "summarise it, then draft a reply",
    ],
)
def test_a_summary_then_how_to_answer_asks_for_wording_on_the_chat(instruction: str) -> None:
    from assistant.agents.offline.payload import summary_then

    chat = "客户：你们比别家贵了6%\n我：我们含验货\n客户：还是贵"
    then = summary_then(instruction, chat, None)
    assert then is not None and then["tool"] == "suggest_scripts"
    subject = chain_steps.pick(
        "summarize_conversation", {"status": "ok"}, {"text": chat}, instruction, False, 3
    )[0]
    args = chain_steps.args_for("summarize_conversation", "suggest_scripts", {}, subject, {}, instruction)
    assert args is not None and "贵了6%" in args["query"] and "how to reply" in args["query"]
