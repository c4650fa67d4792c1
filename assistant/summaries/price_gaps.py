"""The customer's target price against our latest quote: one need with both figures, one open price gap.

A customer who names a target, budget or ceiling ("预算是二百八十万", "the mats need to be 14", "我们最多
一千一百二") wants that price: a need stated with its figure and, once we have quoted, with ours beside it
("价格：客户目标 280万（我方 310万）"). When our latest quote is still above it and the customer objects
("三百一十万还是高", "still too high") or we refuse their figure ("九万实在做不到", "14 is below our cost"),
the gap is one price-gap risk quoting both sides. A gap the customer closes later by accepting a figure
("行，就按九万四", "ok, 15.20 works") is settled, not open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.summaries import statements as st
from assistant.summaries.evidence import is_question, quote_of, quotes_sentence
from assistant.summaries.gap_cues import (
    INSISTS,
    admits_over,
    asks_target,
    holds_out,
    leaves_open,
    our_last,
    turns_down,
)
from assistant.summaries.labels import label, risk_label
from assistant.summaries.message_order import in_time_order
from assistant.summaries.need_budgets import budget_phrase
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import bare_figures, figures, fmt_figure, money
from assistant.summaries.price_scale import same_scale as _same_scale
from assistant.summaries.product_codes import codes
from assistant.summaries.schema import Need, Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

TARGET = lazy_re.compile(
    r"目标|预算|上限|最多|顶多|以内|不超过|卡在|心理价|心里价|老板的意思|能不能(?:做)?到(?![货港场位岗齐])|能(?:做)?到(?![货港场位岗齐]).{0,8}[吗么]|(?:你|您)们?能(?:做)?到(?![货港场位岗齐])|能不能(?=\s*[\d一二两三四五六七八九])|[\d一二两三四五六七八九十百千万块毛]能(?:做|行)?[吗么]|(?:降|压)到|只能接受|能接受的(?:上限|最高|底线|价)|"
    r"\b(?:target|budget|ceiling|at most|max(?:imum)?|no more than|hoping for|thinking of|can (?:only )?pay)\b|"
    r"\bneeds? (?:\w+ ){0,3}(?:to be|at)\b|\bwe(?:'re| are) at\b|\b(?:can|could) (?:you|u) (?:do|go to|get to|match)\b|"
    r"\bif you can (?:do|get to|go to|match)\b|\bneed (?:the |it |them |each )?(?:[A-Z][\w-]*\d[\w-]* )?(?:at |to be )?(?:USD |EUR |GBP |NZD |AUD |CAD |[$€£])?\d",
    re.I,
)
PRICED = lazy_re.compile(
    r"价|元|块|钱|预算|万|毛|分|成本|\b(?:price\w*|budget|cost|target|ceiling|usd|eur|gbp|nzd|aud|cad|dollars?|euros?|pounds?)\b|[$€£¥]|\d\.\d",
    re.I,
)
OUR_QUOTE = lazy_re.compile(
    r"报价?|给(?:您|你)?(?:到|做)|做到|降到|让到|最低|底价|最多到|可以(?:到|做|给)|能(?:到|做)|批了?|"
    r"\b(?:can|could) (?:do|offer|come down to|go (?:down )?to|give)\b|\b(?:our|the|my) (?:best |final |new )?(?:price|quote|offer)\b|"
    r"\b(?:offer|quote)d?\b|\bapproved\b|\blowest\b|\bbest (?:I|we) can\b|\bcome down\b",
    re.I,
)
OBJECTION = lazy_re.compile(
    r"还是(?:有点|太|偏)?(?:高|贵)|太(?:高|贵)|贵了|高了|偏高|有点高|还差|差(?:得)?(?:太多|很多|不少)|超(?:出|了|过)?(?:了)?预算|"
    r"接受不了|比.{0,12}(?:高|贵)|再争取|再(?:申请|努力)一下|\b(?:try once more|push (?:it |a bit )?(?:further|harder))\b|"
    r"\bstill (?:too |a bit |rather )?(?:high|expensive|steep)\b|\btoo (?:high|expensive|much|steep)\b|\bis high\b|"
    r"\b(?:doesn'?t|does not|won'?t) work\b|\b(?:above|over) (?:our|the|my) (?:target|budget|ceiling|price)\b|"
    r"\bstill\b.{0,30}\b(?:away|above|apart|more than)\b",
    re.I,
)
REFUSAL = lazy_re.compile(
    r"做不到|做不了|答应不了|太低|\btoo low\b|做不了主|(?:申请|请示)一下|报(?:上去|给)(?:领导|经理|老板)|\b(?:ask|check with) my (?:manager|boss|director)\b|给不了|到不了|不能(?:做|给|接受)|没办法|低于.{0,6}成本|亏本|"
    r"\bbelow (?:our |my )?(?:cost|floor)\b|\b(?:can ?not|can'?t|couldn'?t) (?:go|do|accept|offer|make|meet|reach)\b|"
    r"\b(?:is|'s) (?:too )?difficult\b|\bnot possible\b",
    re.I,
)
ACCEPTS = lazy_re.compile(
    r"(?:可以|行(?![动业程李政驶情列为])|接受|同意|成交|没问题|就按|就这么|定了|好吧)(?![吗么？?])|\b(?:ok|okay|fine|deal|agreed?|accept\w*|works)\b|"
    r"\b(?:I'll|we'll|I will|we will) take (?:that|it|those|them)\b|\bcan live with\b|按[^，。,]{0,8}走",
    re.I,
)
CLOSES = lazy_re.compile(
    r"成交|就这么定|就按这个|定了|\b(?:deal|we accept|agreed|works for us|(?:I|we)(?:'ll| will) take (?:it|that|those)\b(?!\s+(?:to|up|back|further|higher|into|under|from|offline|internally|away|on|with|forward|for)\b))\b",
    re.I,
)
_LIVES = lazy_re.compile(
    r"\bcan live with\b|\bwe(?:'ll| will) take\b|(?:不过|但)(?:也)?(?:可以|能)接受", re.I
)
THEIRS = lazy_re.compile(  # our words about a rival's figure: "I understand the Dutch quote is EUR 33"
    r"\bthe (?-i:[A-Z][a-z][\w-]*|(?!(?:FOB|EXW|CIF|CFR|DDP|DAP|FCA|CPT|CIP|OEM|ODM|VIP|MOQ|VAT|GST|MSRP|RRP|EU|US|UK)\b)[A-Z]{2,}(?![\w-]*\d)) (?:quote|offer|price)\b|他们|那家|别家|对方", re.I  # not "the HB-5F price"
)
_MEETS = lazy_re.compile(ACCEPTS.pattern + r"|批了|批下来|\bapproved\b", re.I)  # we meet their figure
NOT_ACCEPT = lazy_re.compile(
    r"不(?:可以|行|接受|同意)|\b(?:not|n't|never)\b.{0,10}\b(?:ok|fine|accept|work)", re.I
)


LOOKBACK = 8  # sentences back to look for the quote a target answers ("SM-5 is USD 16.50." … "need to be 14")


@dataclass
class Gap:
    """A customer's target and our quotes against it, with the sentences that state them."""

    target: Decimal
    target_at: Sentence
    ours: Decimal | None = None
    ours_at: Sentence | None = None
    evidence: tuple[Sentence, ...] = ()
    settled: bool = False
    agreed: Decimal | None = None  # the figure the customer accepted


def _targets_of(s: Sentence, quoted: set[Decimal], answers: bool = False) -> list[Decimal]:
    """Return the customer's target figures in ``s``: one, or one per product code the clause names.

    "我们希望ESL-213能到三十四、ESL-290每片五十" → [34, 50]; the answer to our question about their
    price ("您心里价位是多少？" … "一千二。") is their target although it names no target word.
    """
    if (t := _target_of(s, quoted)) is None:
        found = [f for f in figures(s.text) if f not in quoted] if answers and party_of(s) != "we" else []
        return found[:1]
    clause = next((c for c in _CLAUSE.split(s.text) if (TARGET.search(c) or holds_out(c)) and t in figures(c)), "")
    if len(codes(clause)) < 2:
        return [t]
    more = [f for f in figures(clause) if f not in quoted and not _same_scale(f, t)]
    return [t, *more[: len(codes(clause)) - 1]]


def _target_of(s: Sentence, quoted: set[Decimal]) -> Decimal | None:
    """Return the customer's target figure in ``s`` ("预算是二百八十万" → 2800000), or None.

    The figure is read from the clause naming the target ("你们报468，我们预算是420以内" → 420);
    in an objection only after the target word ("4.00 is still above our budget of 3.80" → 3.80,
    "6.7超预算了" → none). A figure we quoted or a difference ("差额五万", "比预算高8万") is not their target.
    """
    if party_of(s) == "we":
        return None
    for said in _CLAUSE.split(s.text):
        clause = _DIFFERENCE.sub(" ", said)  # "超预算十四万": by how much, not their target
        if not (cue := TARGET.search(clause) or (quoted and INSISTS.search(clause)) or budget_phrase(clause)):
            continue  # a target word, an insistence, or a budget said without the word ("按60万批的钱")
        text = clause[cue.start() :] if OBJECTION.search(said) else clause
        found = [f for f in figures(text) or bare_figures(text) if f not in quoted]
        if not found:
            continue
        if PRICED.search(s.text) or any(_same_scale(found[0], q) for q in quoted):
            return found[0]
        return None  # "最多6000": a count unless money is named or we quoted that scale
    return None


_CLAUSE = lazy_re.compile(r"[，；;：]\s*|[,:](?!\d)\s*|\s+(?:and|but)\s+")
_DIFFERENCE = lazy_re.compile(
    r"(?:差(?:额|价|了|距)?|相差|还差|超(?:出|过)?了?(?:我们的?)?预算|(?<=[算价])(?:高|贵)了?)\s*[\d.,一二两三四五六七八九十百千万]+万?|"
    r"\b\d+(?:\.\d+)?\s*(?:cents?|dollars?|euros?)?\s*(?:a unit |per unit |each )?(?:apart|away|above|over|more|difference)\b",
    re.I,
)


def find_gaps(sentences: list[Sentence]) -> list[Gap]:
    """Return the customer's targets in order, each with our quotes, objections and whether it was settled."""
    gaps: list[Gap] = []
    quoted: set[Decimal] = set()
    sentences = in_time_order(sentences)  # an email thread pasted newest first
    asked = False  # we just asked for their price ("您心里价位是多少？")
    for i, s in enumerate(sentences):
        who, amounts = party_of(s), figures(s.text)
        if who == "we" and (OUR_QUOTE.search(s.text) or PRICED.search(s.text)) and not REFUSAL.search(s.text):
            quoted.update(amounts)  # not "$4.20 is below our cost": their figure, refused
        answers, asked = asked and who != "we", (asked or asks_target(s.text)) if who == "we" else False
        new = [t for t in _targets_of(s, quoted, answers) if not any(g.target == t for g in gaps)]
        for t in new:
            gaps = [g for g in gaps if not _same_scale(g.target, t)] + [_new_gap(t, s, sentences, i)]
        if new:  # "$4.10" … "get to $4.20": the latest
            continue
        gap = next((g for g in reversed(gaps) if any(_same_scale(f, g.target) for f in amounts)), None)
        gap = gap or (gaps[-1] if gaps and not amounts else None)
        if gap is None:
            continue
        above = [f for f in amounts if f > gap.target and _same_scale(f, gap.target)]
        recent = any(p is gap.ours_at for p in sentences[max(0, i - 3) : i])  # our quote just said
        if who == "we":
            refuses = gap.target in amounts and REFUSAL.search(s.text)
            if above and not THEIRS.search(s.text):  # "$3.90 and we waive the setup fee"; "ok ok 3.80 it is"
                gap.ours, gap.ours_at = above[-1], s
                confirms = bool(ACCEPTS.search(s.text)) or above[-1] == gap.agreed
                gap.settled = gap.settled and confirms and not refuses
            if refuses:
                gap.evidence += (s,)  # "九万实在做不到", "14 is difficult": we refuse their figure
            elif gap.target in amounts and _MEETS.search(s.text) and not NOT_ACCEPT.search(s.text):
                gap.settled = True  # "ok 3.50 for 8k, deal": we meet their figure
            elif above and admits_over(s.text):
                gap.evidence += (s,)  # "合计三十万出头，确实超了": we admit our figure is over their budget
            elif gap.ours is not None and our_last(s.text) and (above or (not amounts and recent)):
                gap.evidence += (s,)  # "1,040 is the floor", "That's genuinely our floor"
        elif gap.ours is not None and _still_apart(s, gap, amounts, recent) and not _LIVES.search(s.text):
            gap.evidence += (s,)  # "三百一十万还是高", "ESL-290还是要五十", "I'll think about it"
        elif ACCEPTS.search(s.text) and not NOT_ACCEPT.search(s.text) and not is_question(s):
            if reached := [f for f in amounts if f >= gap.target]:
                gap.settled, gap.agreed = True, reached[0]  # "行，九万四就九万四", "15.20 works for us"
            elif not amounts and CLOSES.search(s.text) and _answers(sentences[i - 1], gap):
                gap.settled = True  # "成交", "deal" right after our quote or their own figure
    return gaps


def _new_gap(t: Decimal, s: Sentence, sentences: list[Sentence], i: int) -> Gap:
    """Return the gap of a target just named, with our quote it answers and whether it already objects."""
    gap = Gap(target=t, target_at=s)
    before = [p for p in sentences[max(0, i - LOOKBACK) : i] if party_of(p) == "we"]
    for p in reversed(before):  # our quote they answer ("NZD 3.10 still doesn't work: we're at 2.85")
        if (above := [f for f in figures(p.text) if f > t and _same_scale(f, t)]) and not THEIRS.search(p.text):
            gap.ours, gap.ours_at = above[-1], p
            break
    if _LIVES.search(s.text):
        gap.settled = True  # "…still above our target of 16.50, but we can live with it"
    elif gap.ours is not None and (OBJECTION.search(s.text) or holds_out(s.text)):
        gap.evidence += (s,)  # "PS-1200 still needs to be 345" after our 355
    return gap


def _still_apart(s: Sentence, gap: Gap, amounts: list[Decimal], recent: bool) -> bool:
    """Whether the customer's ``s`` keeps the gap open: objects, holds their figure, turns ours down or waits."""
    if OBJECTION.search(s.text):
        return True  # "三百一十万还是高", "Still too high"
    amounts = amounts + bare_figures(s.text)  # "PS-1200 still needs to be 345." reads 345 as a count
    if gap.target in amounts and holds_out(s.text):
        return True  # "ESL-290还是要五十", "I still think 180"
    if gap.ours in amounts and turns_down(s.text):
        return True  # "I cannot go to the board with 2,120"
    return not amounts and recent and leaves_open(s.text)  # "价格我再想想", "I'll think about it"


def _answers(before: Sentence, gap: Gap) -> bool:
    """Whether ``before`` is our quote or the customer's own figure at or above the target."""
    if before is gap.ours_at:
        return True
    return party_of(before) != "we" and any(f >= gap.target for f in figures(before.text))


def open_gaps(sentences: list[Sentence]) -> list[Gap]:
    """Return the gaps still open at the end: our quote above their target, objected to, not settled."""
    return [g for g in find_gaps(sentences) if g.ours is not None and g.evidence and not g.settled]


def gap_text(gap: Gap, lang: str) -> str:
    """Return both sides of a gap: "我方 310万，客户目标 280万" / "ours USD 7,300 vs customer target USD 6,800"."""
    ours = money(gap.ours, gap.ours_at, lang) if gap.ours is not None else "?"
    target = money(gap.target, gap.target_at, lang)
    return f"我方 {ours}，客户目标 {target}" if lang == "zh" else f"ours {ours} vs customer target {target}"


def _need_text(gap: Gap, need: Need | None, lang: str) -> str:
    """Return the need's statement with the target and, once we quoted, our figure beside it."""
    ours = money(gap.ours, gap.ours_at, lang) if gap.ours is not None else ""
    if need is not None:
        if not ours or fmt_figure(gap.ours, lang) in need.text:
            return need.text
        return need.text + (f"（我方 {ours}）" if lang == "zh" else f" (ours {ours})")
    body = ("客户目标 " if lang == "zh" else "customer target ") + money(gap.target, gap.target_at, lang)
    if ours:
        body += f"（我方 {ours}）" if lang == "zh" else f" (ours {ours})"
    return st.statement(label("price", lang), body, lang)


def file_price_gaps(
    sentences: list[Sentence], risks: list[Risk], needs: list[Need], lang: str
) -> tuple[list[Risk], list[Need]]:
    """Add each open gap as one price risk quoting both sides, and the target as a need with both figures.

    Args:
        sentences: The conversation's sentences in order.
        risks: The risks found so far (a price risk already there takes the gap's quotes).
        needs: The needs found so far (a price need quoting the target sentence gets our figure).
        lang: Output language (``zh``/``en``).

    Returns:
        The risks and needs with the gaps filed.
    """
    filed: list[Risk] = []
    for gap in find_gaps(sentences):
        at = gap.target_at
        need = next((n for n in needs if quotes_sentence(n.quotes, at)), None)
        if need is None and not gap.settled:  # a target given up for our higher price is no need
            text = _need_text(gap, None, lang)
            needs.append(
                Need(text=text, topic="price", values=[str(gap.target)], quotes=[quote_of(gap.target_at)])
            )
        elif need is not None and need.topic == "price":
            need.text = _need_text(gap, need, lang)
        if gap.ours is None or not gap.evidence or gap.settled:
            continue
        said = {s.start: s for s in (gap.target_at, gap.ours_at, *gap.evidence) if s is not None}
        quotes = [quote_of(s) for _, s in sorted(said.items())]  # their figure, ours, and why still apart
        risk = next((r for r in risks if r.category == "price" and all(r is not f for f in filed)), None)
        text = st.statement(risk_label("price", lang), gap_text(gap, lang), lang)
        if risk is None:
            filed.append(Risk(text=text, category="price", severity="medium", quotes=quotes))
            risks.append(filed[-1])
            continue
        filed.append(risk)
        risk.quotes += [q for q in quotes if all(q.start != r.start for r in risk.quotes)]
        risk.text = text
    return risks, needs
