"""The chat summary the agent shows dates a bare weekday said on that weekday to the next week."""

from __future__ import annotations

import datetime as dt

from assistant.agents.offline.render import render_result
from assistant.summaries.service import summarize_text
from assistant.tools.summaries import summary_view

THURSDAY = dt.date(2026, 12, 3)


def _dues(chat: str) -> list[str | None]:
    view = summary_view(summarize_text(chat, today=THURSDAY, engine="offline"), chat)
    return [s["due"] for s in view["next_steps"]]


def test_a_weekday_said_on_that_weekday_is_due_next_week_in_the_agents_summary() -> None:
    chat = "客户：安装图纸什么时候能给我们？\n我：周四前我把安装图纸发给您"
    assert _dues(chat) == ["2026-12-10"]
    view = summary_view(summarize_text(chat, today=THURSDAY, engine="offline"), chat)
    assert "2026-12-10" in render_result("summarize_conversation", {"ok": True, "summary": view}, "zh")


def test_an_english_weekday_said_on_that_weekday_is_due_next_week() -> None:
    chat = "Buyer: when can we have the wiring diagram?\nMe: I'll send you the wiring diagram by Thursday."
    assert _dues(chat) == ["2026-12-10"]
    assert _dues(chat.replace("by Thursday", "by Friday")) == ["2026-12-04"]  # later this week stays
