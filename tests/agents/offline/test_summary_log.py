"""A pasted chat summarised and logged as a typed activity ("log it as a call with X"): the log is the second step."""

from __future__ import annotations

from assistant.agents.offline.chain_args import args_for
from assistant.agents.offline.payload import summary_then

CHAT = "Ms Kim: the power banks arrived but 20 units had scratches\nMe: sorry, I'll send replacements by Friday"


def test_log_it_as_a_call_logs_a_call_with_the_customer() -> None:
    then = summary_then("summarize this and log it as a call with Maple Office Supply", CHAT, "Maple Office Supply")
    assert then and then["tool"] == "log_activity"
    assert then["args"]["type"] == "call" and then["args"]["customer"] == "Maple Office Supply"
    assert "scratches" in then["args"]["content"]
    zh = summary_then("总结一下,记成一次拜访,客户是盛和", CHAT, "盛和")
    assert zh and zh["tool"] == "log_activity" and zh["args"]["type"] == "visit"


def test_a_plain_save_is_still_a_saved_summary() -> None:
    then = summary_then("summarize this and save it under Maple Office Supply", CHAT, "Maple Office Supply")
    assert then and then["tool"] == "save_summary"


def test_the_logged_chat_keeps_its_own_content() -> None:
    base = {"customer": "Maple", "type": "call", "content": CHAT}
    args = args_for("summarize_conversation", "log_activity", base, {"customer": "Maple", "text": CHAT}, {"text": CHAT}, "log it as a call")
    assert args and args["content"] == CHAT and args["type"] == "call"
