"""Which side a speaker is on, from the text alone: role labels, known names, honorifics, wording.

This is the CRM-free first pass used wherever a conversation is parsed (summaries,
compliance). :mod:`assistant.summaries.speakers` refines it with the CRM (users,
contacts, email domains) and marks what it cannot attribute as unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Literal

from assistant.text import lazy_re

Party = Literal["we", "customer", "unknown"]
"""Who said something: our side (the rep), the customer, or not known."""

ROLE_LABELS: dict[str, Party] = {
    "客户": "customer",
    "顾客": "customer",
    "买家": "customer",
    "客人": "customer",
    "对方": "customer",
    "采购": "customer",
    "customer": "customer",
    "client": "customer",
    "buyer": "customer",
    "them": "customer",
    "销售": "we",
    "业务": "we",
    "业务员": "we",
    "我": "we",
    "我方": "we",
    "客服": "we",
    "sales": "we",
    "rep": "we",
    "seller": "we",
    "supplier": "we",
    "me": "we",
    "we": "we",
    "us": "we",
}
ANONYMOUS = lazy_re.compile(r"^(?:speaker|spk|说话人|发言人|讲话人)\s*[a-z0-9一二三四]{1,2}$|^[a-z]$", re.I)
"""Placeholder names of a transcript ("Speaker 1", "说话人2"): no side until something says which."""
BOSS = lazy_re.compile(r"^[\u4e00-\u9fff]{1,2}(?:总|老板|董|董事长|老总)$")
"""Chinese forms for the boss of the other company ("王总"): the customer unless the CRM says otherwise."""

WE_CUES = lazy_re.compile(
    r"您|我司|我们工厂|我们厂|our factory|we can offer|our price|i'?ll send you|we'?ll send you|we will ship"
    r"|production is|our production|thank you for your (?:order|interest)|给您报|发给您|给您发"
    r"|\bwe can (?:do|match|include|waive|provide|offer|ship)\b|free of charge|\blead time is\b|\bour (?:MOQ|best price)\b"
    r"|\bproforma\b|我们(?:可以|能)(?:做到|给到|免|送|降)|排产",
    re.I,
)
CUSTOMER_CUES = lazy_re.compile(
    r"你们|贵司|贵公司|我们老板|your price|your factory|your company|you guys|your quote|your sample|"
    r"any update|our boss|our office|our warehouse|can you|our (?:customers|retail|stores|buyers)"
    r"|我们(?:门店|店里|采购|客户那边)|发我|给我报"
    r"|\b(?:please )?send us\b|\bour (?:purchasing|buyers?|board|logistics|CFO|finance|retailers?|stores?)\b"
    r"|\bwe need \d|我们需要\d|我们要\d|采购总监|发我们",
    re.I,
)


def label_party(name: str) -> Party | None:
    """Return the side a role label names ("客户", "Sales", "销售A", "客户（钱工）"), or None when it is not a label."""
    # "客户（钱工）", "Sales (Amy)": the role before the name
    name = re.sub(r"\s*[（(][^（）()]{1,30}[）)]\s*$", "", name.strip()) or name
    # "销售A", "Customer B" carry a letter; "Wei" is a name, not "We" with one
    key = re.sub(r"[\s\d]+$|(?<![a-zA-Z])[a-zA-Z]$", "", name.strip().lower()) if len(name) > 2 else name.lower()
    return ROLE_LABELS.get(name.strip().lower()) or ROLE_LABELS.get(key.strip())


def assign_parties(
    texts: Mapping[str, Iterable[str]], we_names: tuple[str, ...], kind: str
) -> dict[str, tuple[Party, str]]:
    """Give each speaker a side and how it was decided.

    Args:
        texts: Each speaker's sentences.
        we_names: Names that are our side (the rep's display name).
        kind: ``chat``, ``email``, ``call`` or ``text``.

    Returns:
        ``{speaker: (party, source)}`` with source ``label`` (客户/销售), ``name`` (a known name),
        ``honorific`` (王总), ``cue`` (wording), ``other`` (the other side of a two-party talk)
        or ``default`` (a guess: the customer when several people talk, else unknown).
    """
    out: dict[str, tuple[Party, str]] = {}
    for name in texts:
        if party := label_party(name):
            out[name] = (party, "label")
        elif any(w and _same_person(name, w) for w in we_names):
            out[name] = ("we", "name")
        elif BOSS.match(name.strip()):
            out[name] = ("customer", "honorific")
    unknown = [n for n in texts if n not in out]
    if not unknown:
        return out
    score = {
        n: sum(len(WE_CUES.findall(t)) - len(CUSTOMER_CUES.findall(t)) for t in texts[n]) for n in unknown
    }
    sides = {p for p, _ in out.values()}
    if "we" not in sides:
        best = max(unknown, key=lambda n: score[n])
        if score[best] > 0 or (len(unknown) >= 2 and score[best] > min(score.values())):
            out[best] = ("we", "cue")
            unknown.remove(best)
            sides.add("we")
    for n in unknown:
        if score[n] < 0 and "customer" not in sides:
            out[n] = ("customer", "cue")
            sides.add("customer")
        elif len(texts) == 2 and len(sides) == 1 and len(unknown) == 1:
            out[n] = ("customer" if "we" in sides else "we", "other")
        else:
            out[n] = ("customer" if len(texts) > 1 or kind == "email" else "unknown", "default")
    return out


def _same_person(name: str, known: str) -> bool:
    """Match "Lynn Zhu" to "Lynn Zhu (Sales)"; never a bare shared surname (王芳 is not 王总)."""
    a, b = _norm(name), _norm(known)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and not BOSS.match(name.strip())


def _norm(name: str) -> str:
    return re.sub(r"[\s\W_]+", "", re.sub(r"\(.*?\)|（.*?）", "", name)).lower()
