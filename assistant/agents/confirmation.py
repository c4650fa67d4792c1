"""Confirming a write: reading a 是/否 (yes/no) reply, and what the user is shown and asked.

A write tool pauses the graph with an interrupt whose value is ``{"tool", "args",
"summary", "summary_zh", "check"}``; the run resumes with ``{"approved", "check"}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from langgraph.types import Command

from assistant.prompts import render
from assistant.text import lazy_re

YES = lazy_re.compile(
    r"^\s*(是|是的|对|确认|确定|好|好的|可以|同意|保存|执行|yes|y|ok|okay|sure|confirm|approve)[\s。.!！]*$",
    re.I,
)
NO = lazy_re.compile(r"^\s*(否|不|不要|不用|取消|算了|no|n|cancel|reject|stop)[\s。.!！]*$", re.I)
SHOWN = ("tool", "args", "summary", "summary_zh")


def parse_reply(text: str) -> bool | None:
    """Read a reply to a confirmation: True for yes (是/好/ok…), False for no (否/取消/no…), None otherwise."""
    if YES.match(text):
        return True
    if NO.match(text):
        return False
    return None


def resume(pending: Mapping[str, Any], approved: bool) -> Command:
    """Build the command that resumes the paused write, approved or rejected, with the check it was shown."""
    return Command(resume={"approved": approved, "check": pending.get("check")})


def shown(pending: Mapping[str, Any]) -> dict[str, Any]:
    """Return what a channel shows of a pending write (the check stays inside the run)."""
    return {k: pending[k] for k in SHOWN if k in pending}


def question(pending: Mapping[str, Any], language: str) -> str:
    """Render the confirmation question in ``language`` ("zh…" → Chinese, else English)."""
    zh = language.startswith("zh")
    answer = render(
        "agent_confirm",
        summary=pending["summary_zh" if zh else "summary"],
        question="确认执行吗？（是/否）" if zh else "Confirm? (yes/no)",
    )
    return answer.strip()
