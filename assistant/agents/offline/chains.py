"""Two-step requests: "find X, then do Y with the top one / each of them".

:func:`detect` splits a request at a connective ("，挑…", "，给他…", "and draft…", "then…")
and routes each part; a chain is found when the second part asks for a different tool that
can take its subject from the first tool's result and refers back to it ("他", "最严重的那个",
"each", "their"). The model calls the first tool, then — after its result — the second with
the top record (or each of the first few records) of that result (:func:`second_calls`).
The pairs allowed and the labelled examples live in ``data/chains.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.agents.offline.data import load_data

_DATA = load_data("chains.yaml")
PAIRS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["pairs"].items()}
MAX_EACH = 3
_SPLIT = re.compile(
    r"[，,；;。?？!！]\s*|然后|并且|\s+(?:and then|then|and)\s+(?=(?:draft|write|show|give|send|pick|suggest|prepare|list|tell))",
    re.I,
)
BACKREF = re.compile(
    r"他们?|她们?|它|那个|那家|这家|那位|最严重|最多|最大|最高|最久|第一|每个|每一个|每家|逐个|分别|这些|那些|挨个|"
    r"\b(them|their|theirs|each|it|that one|the top|the worst|the most|him|her|his|every one|those)\b",
    re.I,
)
EACH = re.compile(r"每个|每一个|每家|每一家|逐个|分别|挨个|\beach\b|\bevery\b|\bone by one\b", re.I)


@dataclass(frozen=True)
class Chain:
    """A detected two-step request.

    Attributes:
        first_text: The part of the request that asks for the first tool.
        second_text: The part that asks for the second.
        second: The second tool.
        each: One second call per record (up to :data:`MAX_EACH`) instead of the top record only.
    """

    first_text: str
    second_text: str
    second: str
    each: bool


Router = Callable[[str], tuple[str | None, float]]


def detect(text: str, route: Router) -> Chain | None:
    """Return the chain ``text`` asks for, or None.

    Args:
        text: The (normalised) request.
        route: Routes one part to ``(tool, confidence)``; a tool it is unsure of is None.
    """
    for m in _SPLIT.finditer(text):
        first, second = text[: m.start()].strip(), text[m.end() :].strip(" ，,")
        if len(first) < 2 or len(second) < 2 or not BACKREF.search(second):
            continue
        tool1, _ = route(first)
        tool2, _ = route(second)
        if tool1 and tool2 and tool1 != tool2 and tool1 in PAIRS.get(tool2, ()):
            return Chain(first, second, tool2, bool(EACH.search(second)))
    return None


def subjects(tool: str, result: dict[str, Any], each: bool) -> list[dict[str, Any]]:
    """Return the records of a first-step result the second step is about (top one, or the first few)."""
    found: list[dict[str, Any]] = []
    for item in _items(result):
        subject = _subject(item)
        if subject and subject not in found:
            found.append(subject)
    return found[: MAX_EACH if each else 1]


def _items(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the result's ranked items: its first non-empty list of dicts, else its records."""
    for key, value in result.items():
        if key in ("records", "reasons", "candidates") or not isinstance(value, list):
            continue
        rows = [v for v in value if isinstance(v, dict)]
        if rows:
            return rows
    return [r for r in result.get("records") or [] if isinstance(r, dict)]


def _subject(item: dict[str, Any]) -> dict[str, Any] | None:
    """Return ``{"customer": id, "name"}`` or ``{"rep_login": login, "name"}`` of one ranked item."""
    for key in ("rep_login", "login"):
        if item.get(key):
            return {
                "rep_login": str(item[key]),
                "name": str(item.get("name") or item.get("display_name") or item[key]),
            }
    rep = item.get("rep")
    if isinstance(rep, dict) and rep.get("login"):
        return {"rep_login": str(rep["login"]), "name": str(rep.get("name") or rep["login"])}
    customer = item.get("customer")
    if isinstance(customer, dict) and (customer.get("id") or customer.get("name")):
        return {
            "customer": str(customer.get("id") or customer.get("name")),
            "name": str(customer.get("name") or ""),
        }
    if item.get("type") == "customer":
        return {"customer": str(item.get("id") or item.get("name")), "name": str(item.get("name") or "")}
    if item.get("type") in ("user", "rep"):
        return {"rep_login": str(item.get("id")), "name": str(item.get("name") or item.get("id"))}
    return None


def second_args(base: dict[str, Any], subject: dict[str, Any], first_args: dict[str, Any]) -> dict[str, Any]:
    """Return the second call's arguments: what its own words gave, plus the subject (and the first call's period)."""
    args = dict(base)
    for key in ("customer", "rep_login"):
        if key in subject:
            args[key] = subject[key]
    if "period" in first_args and "rep_login" in subject:
        args.setdefault("period", first_args["period"])
    return args
