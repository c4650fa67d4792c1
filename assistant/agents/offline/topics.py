"""Parts of a request that are not a step of their own (a topic, news before "log it") or only name slots.

A request written as "<customer> - <question>" or "<customer>，<question>" is one question
about that customer, not a two-step request whose first step is the customer's profile: the
part before the separator names records and nothing else. "刚跟鑫和通完电话，他们要样品，记一下"
reports what happened and asks to log it: one write whose note is the news, not a lookup first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.agents.offline.entities import Mentions
from assistant.text import lazy_re
from assistant.text.language import is_short
from assistant.text.period_phrases import find_period

if TYPE_CHECKING:
    from assistant.agents.offline.chains import Chain

_LEGAL = lazy_re.compile(
    r"\b(?:inc|ltd|ltda|llc|plc|gmbh|sarl|b\.?v|k\.?k|pvt|s\.?a\.?(?: de c\.?v\.?)?|co\.?,? ltd|co)\b\.?|有限公司|公司|集团",
    re.I,
)
_FILLER = lazy_re.compile(
    r"[\s\-–—:：,，;；.。!！?？'\"“”‘’()（）]+|\b(?:re|about|regarding|for|on|the|customer|client|account|acct)\b|关于|客户|那家|这家",
    re.I,
)


def topic_only(text: str, mentions: Mentions) -> bool:
    """Return True when ``text`` names only customers or periods (legal suffixes and filler aside).

    Args:
        text: One part of a request (before a separator): "Horizon Trading", "Q4 last year".
        mentions: What the gazetteer found in ``text`` (its spans are removed).
    """
    rest = text
    for start, end in sorted(mentions.spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    named = bool(mentions.customers and mentions.spans)
    while found := find_period(rest, dt.date.today()):  # "Q4 last year - whose alert count was highest…"
        rest, named = rest[: found.start] + " " + rest[found.end :], True
    rest = _FILLER.sub(" ", _LEGAL.sub(" ", rest))
    return named and not rest.strip()


_NEWS = lazy_re.compile(
    r"刚|见了|见过|拜访了|去了|通完|通了|打了|打过|聊了|聊过|谈了|谈过|发了|寄了|开了|碰到|碰了|约了|回复了|"
    r"\b(?:just|met|called|phoned|rang|visited|spoke|talked|emailed|e-mailed|texted|messaged|sent|had|saw|got off)\b",
    re.I,
)


def reports_news(text: str) -> bool:
    """Return True when ``text`` reports a contact that already happened ("刚见了安荣的采购", "just called Orion")."""
    return bool(_NEWS.search(text))


def one_question(first_text: str, second_tool: str, first_mentions: Mentions, listed: bool = True) -> str | None:
    """Return how a detected two-step request is really one: None (two steps), "" or the one tool.

    "" when the first part only names the topic (the whole request is routed as one question) or
    points at a record of the last list (``listed``: an earlier answer listed records; with none,
    "欠最多那家" is found by its ranking tool first);
    ``"log_activity"`` when the first part reports a contact and the second asks to log it.
    """
    if topic_only(first_text, first_mentions) or (listed and _picks_listed(first_text)):
        return ""  # "Summit - …" / "the top one - what did they buy last?": the topic, not a step
    if second_tool == "log_activity" and reports_news(first_text):
        return "log_activity"
    if second_tool == "order_history" and asks_past_order(first_text):
        return "order_history"  # "上回啥时候下的单，买了哪些": the last order's date and lines, one call
    if second_tool == "update_deal_stage" and _DEAL_NEWS.search(first_text):
        return "update_deal_stage"  # "that deal is dead, mark it lost": news, then the update it asks for
    return None


def asks_past_order(text: str) -> bool:
    """Whether a question asks about the last order placed ("上回啥时候下的单"), not the next one."""
    return bool(_PAST_ORDER.search(text)) and not _FUTURE.search(text)


def _picks_listed(text: str) -> bool:
    """Whether a short first part only points at a record of the last list ("the top one", "第二家")."""
    core = text.strip(" ，,。.-–—:：")
    short = is_short(core, 8, 4)
    return short and bool(LISTED_TOP.search(core) or LISTED_ORDINAL.search(core))


_PAST_ORDER = lazy_re.compile(
    r"(?:上一次|上次|上回|上一回|最后一次|最近一次|最近一单|最后一单|上一单|最后一笔|上一笔).{0,8}(?:下单|订货|进货|采购|买|订|单)|"
    r"(?:什么时候|啥时候|哪天).{0,4}(?:下的单|订的货|买的)|"
    r"\blast (?:order|ordered|bought|purchased?|buy|place[sd]?|put in|made)\b|\b(?:order|ordered|bought|buy|purchased?)\w* (?:from us )?last\b|"
    r"\b(?:most recent|latest|previous) (?:order|purchase)",
    re.I,
)
_FUTURE = lazy_re.compile(r"下次|下一次|下一单|预计|会再|还会|\bnext\b|\bwill\b|\bexpect", re.I)
_DEAL_NEWS = lazy_re.compile(
    r"黄了|没戏|丢了|凉了|吹了|签了|签下|成交了|拿下了|搞定了|\bdead\b|fell through|\bis lost\b|\bwe lost\b|"
    r"\bsigned\b|\bis off\b|\bwon it\b|\bclosed it\b|\bkilled\b|\bcancell?ed\b",
    re.I,
)


def only_slots(text: str, m: Mentions) -> bool:
    """Return a short message that only names a period, a scope or a filter ("上个月", "Germany?")."""
    short = is_short(text, 16, 5)
    slots = bool(find_period(text, dt.date.today()) or m.countries or m.cities or m.segment or m.tier
                 or m.industries or re.search(r"团队|全公司|\bteam\b|company", text, re.I))  # fmt: skip
    return short and slots


LISTED_TOP = lazy_re.compile(  # "what did the biggest one order last?" right after a ranked list: its first record
    r"\bthe (?:biggest|largest|top|highest|worst|riskiest|oldest|stalest|longest[- ]stuck)(?: one| customer| client| account| deal)?\b|"
    r"(?:最大|最多|最高|最久|最严重)的?那(?:家|个|位)|欠得?最多的那(?:家|个)|排第一的那(?:家|个)",
    re.I,
)
LISTED_ORDINAL = lazy_re.compile(  # "第二家…" / "the second one…": a record of the last list by its place
    r"第\s*(?:[一二两三四五六七八九十]|\d+)\s*(?:个|家|位)|\bthe (?:first|second|third|fourth|fifth|last) (?:one|customer|client|account)\b",
    re.I,
)


def past_topic(
    chain: Chain, single: str, detect: Callable[[str], Chain | None], mentions: Callable[[str], Mentions]
) -> Chain | None:
    """Return the two steps a request asks for past its topic ("Summit - pull up X, then log a call"), or None.

    Args:
        chain: The two-step reading whose first part :func:`one_question` found is not a step.
        single: What :func:`one_question` returned ("" for a topic, a tool for news then "log it").
        detect: Finds a two-step request in a text.
        mentions: Spots the mentions of a text.
    """
    if single:
        return None
    again = detect(f"{chain.first_text} {chain.second_text}")
    if again and one_question(again.first_text, again.second, mentions(again.first_text)) == "":
        return None
    return again
