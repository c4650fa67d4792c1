"""Last time's target price dropped because the customer accepted a higher price for the same thing.

A target price or budget ("目标价：PX-9每台2200元", "Target price USD 21 per KL-4") is what the
customer asked for; once they accept another figure for that product ("两千三行", "22.50 works for
the KL-4, we accept"), the target is given up and no longer a need — the eval writers file it as
dropped ("a price the customer asked for and then gave up by accepting a higher one is not kept").

The accepting clause is a statement (no question, no condition, no refusal such as "still too
high") with an accept word and a price figure above the target (a lower one meets it: "≤ 900" met
by 880 stays a need). It is about the
target's product when its sentence names the product's distinctive words (a code, "kettle"), or
when its figure was offered in one of the 15 sentences around it naming them ("PX-9我们给到每台两千三"
→ "两千三行"; an email thread pasted newest first quotes the offer below the acceptance, and its header
lines are not counted; below it counts only past a header). When last time had only one target, an acceptance naming no other product code is
about it if its figure was offered in those sentences. A target naming no code ("灯具目标价每套2,400元")
is about the codes last time's needs gave its product ("80套LX-5工矿灯具"). Figures in 万 are read
to scale on both sides ("做到12.8万一套" offers what "12.8万可以" accepts). A "no" of assent ("no
problem", "not bad") refuses nothing. A quantity accepted ("四十台没问题") is no price.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from assistant.summaries.acceptance import ACCEPT
from assistant.summaries.need_drops import CLAUSE, tokens
from assistant.summaries.numbers import find_numbers
from assistant.summaries.price_figures import figures
from assistant.summaries.product_codes import codes
from assistant.summaries.schema import Need
from assistant.text import lazy_re

TARGET = lazy_re.compile(
    r"目标价|目标|预算|心理价|不超过|以内|\b(?:target|budget|at most|no more than|below|under)\b", re.I
)
_AGREED = lazy_re.compile(
    rf"{ACCEPT.pattern}|定了|谈定|拍板|\b(?:lock(?:ed)? it|we have a deal|signed (?:it )?off)\b", re.I
)
# a refusal: not the "no" of an assent ("no problem", "not bad", "no objection")
_REFUSED = lazy_re.compile(
    r"不行|不可以|不能|不接受|不同意|太贵|太高|还是(?:高|贵)|贵了|高了|做不了|"
    r"\b(?:no|not)\b(?!\s+(?:a |an |at all )?(?:problem|problems|issue|issues|worries|objection|objections|doubt|bad)\b)|"
    r"\b(?:too (?:high|much|expensive)|still (?:high|too)|can'?t|cannot|won'?t|high for us)\b",
    re.I,
)
_ASKED = lazy_re.compile(r"[?？]|吗|\b(?:would|could|can you|should)\b", re.I)
_CONDITION = lazy_re.compile(r"如果|要是|假如|的话|\b(?:if|unless|provided|as long as)\b", re.I)
_GENERIC = frozenset(
    "目标 标价 预算 心理 理价 价格 每台 每个 每套 每盒 每只 每份 不超 超过 以内 客户 "
    "target price budget per each unit piece usd eur gbp aud rmb cny nzd chf at most under below "
    "quoted quote offer offered against vs our their 我方 报价 客户".split()
)
NEAR = Decimal("1.5")  # an accepted price is at most this much above the target ("3000平" is an area)
LOOKBACK = 15  # sentences around (an email thread quotes and greets between) in which the accepted figure was offered
# a header line of a pasted email ("From: …", "Sent: …", "发件人：…", "-----Original Message-----")
_HEADER = lazy_re.compile(
    r"^(?:From|Sent|Date|To|Cc|Subject|发件人|发送时间|日期|收件人|抄送|主题)\s*[:：]|^-{3,}.*-{3,}$", re.I
)
# "16.5万", "1,500万", "16万5" (= 165000): the figure before 万 whole, with its trailing digit
_WAN = lazy_re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*万(\d)?(?![\d.])")


def _values(text: str) -> set[Decimal]:
    """Price figures of ``text``: what :func:`figures` reads plus amounts with a currency ("二十九块五")."""
    out = set(figures(text))
    for n in find_numbers(text):
        if n.kind == "amount":
            try:
                out.add(Decimal(n.value.partition(" ")[2].replace(",", "")))
            except InvalidOperation:
                continue
    for m in _WAN.finditer(text):  # "16.5万" is 165000 whichever reader took it; its pieces are no figures
        base = Decimal(m[1].replace(",", ""))
        out -= {base, base * 10000, Decimal(m[2] or 0)} if m[2] else {base}
        out.add(base * 10000 + Decimal(m[2] or 0) * 1000)
    return {v.normalize() for v in out}


def _higher(value: Decimal, goal: set[Decimal]) -> bool:
    """Whether ``value`` is a little above the target figure of its own scale ("一万七" against "1.6万")."""
    if not goal or value <= 0:
        return False
    near = min(goal, key=lambda t: abs(math.log(float(value) / float(t))) if t > 0 else math.inf)
    return near < value <= near * NEAR


def _near(value: Decimal, goal: set[Decimal]) -> bool:
    """Whether ``value`` is of the scale of one of the figures ``goal`` (within :data:`NEAR` of it)."""
    return any(t > 0 and t / NEAR <= value <= t * NEAR for t in goal)


def _is_target(need: Need) -> bool:
    return bool(TARGET.search(need.text)) and bool(_values(need.text))


def _accepted(sentence: str) -> set[Decimal]:
    """Price figures accepted in ``sentence`` (empty when it asks, refuses or sets a condition)."""
    if _ASKED.search(sentence) or _CONDITION.search(sentence):
        return set()
    out: set[Decimal] = set()
    for clause in CLAUSE.split(sentence):
        if _AGREED.search(clause) and not _REFUSED.search(clause):
            out |= _values(clause)
    if not out and _AGREED.search(sentence) and not _REFUSED.search(sentence):
        out = _values(sentence)  # "EUR 180 with 100% before shipment: agreed"
    return out


def _accepting(
    text: str,
    said: list[str],
    alone: bool,
    fits: Callable[[Decimal, set[Decimal]], bool],
    kin: frozenset[str] = frozenset(),
) -> str | None:
    """Return the sentence of ``said`` accepting a price for the product of ``text`` that ``fits`` its figures.

    Args:
        text: A target need or a price risk, naming the product and the figures.
        said: This conversation's sentences, in order.
        alone: Whether ``text`` is the only one of its kind, so an acceptance naming no product is about it.
        fits: Whether an accepted figure fits ``text``'s figures.
        kin: Codes of ``text``'s product named elsewhere (when ``text`` names none).
    """
    words = tokens(text) - _GENERIC
    own = {c.upper() for c in codes(text)} | kin
    goal = _values(text)
    below = _below_by_message(said)
    said = [s for s in said if not _HEADER.search(s)]
    for i, sentence in enumerate(said):
        got = {v for v in _accepted(sentence) if fits(v, goal)}
        if not got:
            continue
        named = {c.upper() for c in codes(sentence)}
        if named and not named & own:
            continue  # another product's price
        around = said[max(0, i - LOOKBACK) : i] + [
            s for s in said[i + 1 : i + 1 + LOOKBACK] if s in below.get(sentence, ())
        ]
        offered = [s for s in around if got & _values(s)]
        about = bool(words & tokens(sentence)) or any(words & tokens(s) for s in offered)
        if about or (alone and not named and offered):
            return sentence
    return None


def _below_by_message(said: list[str]) -> dict[str, set[str]]:
    """For each sentence, the sentences of the earlier messages pasted below it (past a header line)."""
    out: dict[str, set[str]] = {}
    for i, sentence in enumerate(said):
        rest = said[i + 1 :]
        at = next((j for j, s in enumerate(rest) if _HEADER.search(s)), None)
        out[sentence] = set() if at is None else {s for s in rest[at:] if not _HEADER.search(s)}
    return out


def superseded_targets(previous: list[Need], said: list[str]) -> list[str]:
    """Return the texts of ``previous`` target-price needs given up for a higher accepted price.

    Args:
        previous: Last time's needs.
        said: This conversation's sentences, in order.
    """
    targets = [n for n in previous if _is_target(n)]
    return [
        n.text
        for n in targets
        if _accepting(n.text, said, len(targets) == 1, _higher, _kin(n, previous)) is not None
    ]


def _kin(target: Need, previous: list[Need]) -> frozenset[str]:
    """Codes of the product of a ``target`` naming none: those of last time's needs sharing two of its words.

    "灯具目标价每套2,400元" is about the LX-5 of "仓库改造安装80套LX-5 LED工矿灯具".
    """
    if codes(target.text):
        return frozenset()
    words = tokens(target.text) - _GENERIC
    return frozenset(
        c.upper()
        for n in previous
        if n is not target and len(words & tokens(n.text)) >= 2
        for c in codes(n.text)
    )


def price_accepted(risk: str, said: list[str], alone: bool = False) -> str | None:
    """Return the sentence settling the price gap ``risk`` by a price accepted for its product, else ``None``.

    "TT-2 quoted at USD 64 against a target of USD 58" is settled by "60 for the tent works, we accept"
    after "For the TT-2 I can come down to 60"; the figure accepted is of the gap's own scale. When the
    risk is ``alone`` (the only price gap), an acceptance naming no product code settles it too.
    """
    return _accepting(risk, said, alone, _near)
