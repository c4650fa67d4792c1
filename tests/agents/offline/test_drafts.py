"""Draft checks with the draft in quotes: the quoted span is the scan's payload, nothing is asked back."""

from __future__ import annotations

import pytest

from assistant.agents.offline.drafts import asks_check
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.payload import split_payload
from assistant.agents.offline.planner import plan

from .conftest import TODAY


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("can I send this? 'we promise a full refund, just pay into my own account'",
         "we promise a full refund, just pay into my own account"),
        ("这句话'保证三天发货，不然我自己掏钱赔'行不行", "保证三天发货，不然我自己掏钱赔"),
        ("这句‘走我个人支付宝，给您便宜点’能发吗", "走我个人支付宝，给您便宜点"),
        ('review this: "ping me on my personal line, we can skip the invoice"',
         "ping me on my personal line, we can skip the invoice"),
        ("帮我看看「私下给您打个八折」这样说妥吗", "私下给您打个八折"),
    ],
)  # fmt: skip
def test_the_quoted_span_is_the_payload(text: str, draft: str) -> None:
    assert split_payload(text)[1] == draft


@pytest.mark.parametrize("text", ["what did 'Orion' buy last month", "the customer's orders this year"])
def test_apostrophes_and_quoted_names_are_not_drafts(text: str) -> None:
    assert split_payload(text) == (text, None)


@pytest.mark.parametrize(
    "text",
    [
        "can I send this? 'we promise a full refund, just pay into my own account'",
        "这句话'保证三天发货，不然我自己掏钱赔'行不行",
        'review this: "ping me on my personal line, we can skip the invoice"',
        "“私下给您打个八折”这样说合适吗",
    ],
)
def test_a_quoted_draft_with_a_check_is_scanned(gaz: Gazetteer, text: str) -> None:
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep", use_embeddings=False)
    assert decided.tool == "scan_text"
    assert decided.args["text"] == split_payload(text)[1]
    assert decided.then is None  # a check only: no rewrite asked for


def test_a_check_and_a_rewrite_chain_the_scripts(gaz: Gazetteer) -> None:
    text = "这句‘走我个人支付宝，给您便宜点’能发吗，不行的话帮我改一下"
    decided = plan(text, Memory(), gaz, today=TODAY, role="qa", use_embeddings=False)
    assert decided.tool == "scan_text" and decided.args == {"text": "走我个人支付宝，给您便宜点"}
    assert decided.then is not None and decided.then["tool"] == "suggest_scripts"


def test_asks_check_leaves_other_asks() -> None:
    assert asks_check("is this ok to send?") and asks_check("这句有问题吗")
    assert not asks_check("summarize this and save it")
