"""Payment terms: who states which term, and whether the customer's term is a credit risk (issue 14).

"付款的话我们是验收合格后六十天付全款", "we can only pay net 90", "能不能月结", "our finance needs 120
days": the customer's own term (or a payment they delay or hold) threatens our cash when it differs from
ours: a **credit risk** — "付款：客户要求验收后60天付全款，我方要求30%定金" — not a need (the writers'
convention since summaries_blind16: "Payment terms the customer insists on are a credit risk, not a
need"; the older sets filed it as both, see ``TERM_NEEDS``). Terms simply kept as usual ("付款还是老样子")
are neither, and a term both sides accept afterwards ("45天可以", "LC at sight is fine for us") is
progress, read elsewhere.

:func:`payment_gap` reads the labelled sentences: the customer's term clauses, ours (our standard, our
counter, our approval still to get) and any acceptance after them. :func:`file_payment_terms` files an
open gap as the one payment risk with all those quotes and drops the needs that only restate it. A split
whose balance waits long after delivery ("余款分四个季度付", "60% at 60 days after arrival") is theirs even
when read as an agreement or relayed by us ("Your request for …"); a split paid off before shipment is our
standard said back, no risk (:mod:`assistant.summaries.payment_splits`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.summaries import statements as st
from assistant.summaries.acceptance import ACCEPT
from assistant.summaries.evidence import quote_of
from assistant.summaries.owners import party_of
from assistant.summaries.payment_accepts import accepts as accepts_term
from assistant.summaries.payment_cues import (
    APPROVAL,
    ASKED,
    ASKS_OURS,
    CONDITION,
    DAYS,
    HEADING,
    LEAD_TIME,
    OUR_SIDE,
    PAYMENT_WORD,
    PROMISE,
    RULE,
    USUAL,
    delays_payment,
    names_term,
    promise_only,
)
from assistant.summaries.payment_splits import long_tail, relays_theirs, short_split
from assistant.summaries.schema import Need, ProgressItem, Quote, Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

# Writers up to summaries_blind15 also filed the customer's term as a need; since blind16 they file it as the
# credit risk only (and a term kept or agreed as neither a need nor a risk). False follows the newer writers.
TERM_NEEDS = False


def _figures(text: str) -> list[str]:
    return re.findall(r"\d+|[一二两三四五六七八九十百]+", text)


def _restates(s: Sentence, offers: list[Sentence]) -> bool:
    """Whether the customer's ``s`` repeats one of our offered terms figure for figure ("签合同付三成…"): accepted."""
    said = _figures(s.text)
    if len(said) < 2:
        return False
    return any(f"|{'|'.join(said)}|" in f"|{'|'.join(_figures(o.text))}|" for o in offers)


def _kept_as_usual(s: Sentence, before: Sentence | None) -> bool:
    """Whether the term ``s`` follows its speaker's "付款老样子" / "as usual": kept, not asked."""
    return (
        before is not None
        and before.speaker == s.speaker
        and bool(USUAL.search(before.text))
        and names_term(s.text)
    )


def _counters(s: Sentence, open_gap: bool) -> bool:
    """Whether our ``s`` states our standard or counter ("我们一般要30%定金", "最多90天", "L/C … provided …")."""
    days = open_gap and DAYS.search(s.text) and not LEAD_TIME.search(s.text)
    on_condition = ACCEPT.search(s.text) and CONDITION.search(s.text)  # "We can accept L/C, provided …"
    return bool((names_term(s.text) or days) and (OUR_SIDE.search(s.text) or on_condition))


def _on_condition(s: Sentence, before: Sentence | None) -> bool:
    """Whether our ``s`` puts a condition on our term just said ("We can accept L/C at 60 days, | provided …")."""
    return (
        before is not None
        and before.speaker == s.speaker
        and names_term(before.text)
        and bool(CONDITION.match(s.text.strip()))
    )


def _answers(s: Sentence, before: Sentence | None, before_theirs: bool) -> bool:
    """Whether ``s`` is the other side's reply right after one of their term clauses (``before_theirs``)."""
    return before is not None and before_theirs and party_of(s) != party_of(before)


def _asks_approval(s: Sentence, answers: bool) -> bool:
    """Whether our ``s`` still needs an approval for their term ("月结我要跟公司申请一下", "这个我得请示下领导")."""
    return bool(APPROVAL.search(s.text) and (PAYMENT_WORD.search(s.text) or answers))


TERM_LABEL = lazy_re.compile(r"^\s*(?:payment(?: terms)?|terms|付款(?:方式|条件)?|账期)\s*[:：]", re.I)  # "Payment: 30%…"


@dataclass
class PaymentGap:
    """The customer's payment terms still open against ours: the clauses that state them."""

    theirs: list[Sentence] = field(default_factory=list)
    ours: list[Sentence] = field(default_factory=list)
    settled: list[Sentence] = field(default_factory=list)  # their terms accepted afterwards

    def sentences(self) -> list[Sentence]:
        """All the clauses, in the order they were said."""
        return sorted({s.start: s for s in (*self.theirs, *self.ours)}.values(), key=lambda s: s.start)


def _theirs(s: Sentence, lab: str, offered: bool) -> bool:
    """Whether the customer's clause ``s`` states or asks their own term, or delays a payment.

    A clause read as an agreement is theirs when it agrees to nothing: no acceptance in it, and either no
    term of ours said before (``offered``) or a balance deferred long after delivery, which is never ours.
    """
    if party_of(s) != "customer" or (lab == "done" and not TERM_LABEL.match(s.text)) or promise_only(s.text):
        return False
    if lab == "agreement" and (ACCEPT.search(s.text) or (offered and not long_tail(s.text))):
        return False
    if delays_payment(s.text):
        return True
    if ASKS_OURS.search(s.text) or short_split(s.text):
        return False  # "Please also send your payment terms": ours asked for; "三成定金，发货前付清": ours said back
    accepts = ACCEPT.search(s.text) and not ASKED.search(s.text)  # "月结90天，你们能接受吗": theirs, asked
    return names_term(s.text) and not USUAL.search(s.text) and not accepts


def _relayed(s: Sentence) -> bool:
    """Whether our clause ``s`` names the customer's term ("Your request for 40% on arrival and 60% at 60 days")."""
    return party_of(s) == "we" and relays_theirs(s.text) and names_term(s.text) and not short_split(s.text)


def payment_gap(labelled: list[tuple[Sentence, str]]) -> PaymentGap | None:
    """Return the customer's payment terms still open against ours, or None (none stated, or agreed after)."""
    gap = _read(labelled)
    return gap if gap.theirs else None


def _read(labelled: list[tuple[Sentence, str]]) -> PaymentGap:
    """Read who states which term; terms accepted afterwards move to ``settled``."""
    gap, offers, last = PaymentGap(), [], -9
    usual: list[Sentence] = []  # the customer's term "as usual", open again if we must ask for approval
    at = -9
    for i, (s, lab) in enumerate(labelled):
        before_theirs = last == i - 1 and bool(gap.theirs) and gap.theirs[-1] is labelled[i - 1][0]  # O(1)
        before = labelled[i - 1][0] if i else None
        after = labelled[i + 1][0] if i + 1 < len(labelled) else None
        ours = party_of(s) == "we"
        if not ours and names_term(s.text) and (_kept_as_usual(s, before) or USUAL.search(s.text)):
            usual, at = [*usual, s], i  # "付款还是老规矩，月结45天": kept, unless we cannot agree it as it stands
            continue
        if ours and usual and i - at <= 8 and _asks_approval(s, True):
            gap.theirs += usual  # "月结45天我得跟财务申请": the usual term is not ours to give
            gap.ours.append(s)
            usual, last = [], i
            continue
        if not ours and names_term(s.text) and _restates(s, offers):
            gap = PaymentGap(settled=[*gap.settled, *gap.theirs, s])  # our offer said back: agreed
        elif (
            _theirs(s, lab, bool(offers))
            or _relayed(s)
            or (gap.theirs and not ours and i - last <= 6 and RULE.search(s.text))
        ):
            gap.theirs.append(s)  # their term, or "这个是集团规定，…改不了" said of it
            last = i
        elif gap.theirs and accepts_term(s, lab, after, _answers(s, before, before_theirs)):
            gap = PaymentGap(settled=[*gap.settled, *gap.theirs])  # accepted after it was asked: progress
        elif ours and not PROMISE.search(s.text):
            offers += [s] if names_term(s.text) else []
            if _counters(s, bool(gap.theirs)) or (gap.theirs and _asks_approval(s, before_theirs)):
                gap.ours.append(s)  # our standard or counter, or the approval it still needs
            elif gap.theirs and _on_condition(s, before):
                gap.ours += [x for x in (before, s) if x is not None and x not in gap.ours]
    return gap


_LEAD = lazy_re.compile(  # "另外付款的话我们公司规定是…": the term itself follows
    r"^(?:(?:还有|另外|对了|但|不过|可是)[，,]?\s*)?(?:付款(?:方面|的话|方式)?[，,:：]?\s*)?"
    r"(?:我们(?:公司|集团|财务|的)*(?:规定|惯例|要求|一直|统一|一般)*是?)?",
)


_ASKED_TAIL = lazy_re.compile(r"[，,][^，,]*(?:吗|\?|？)$")
_OUR_LEAD = lazy_re.compile(r"^(?:我们|我方)")


def _statement(gap: PaymentGap, lang: str) -> str:
    """Return the statement: "付款：客户要求验收合格后六十天付全款，我方一般要30%定金" or "Payment: customer: …; ours: …"."""
    main = next((s for s in gap.theirs if names_term(s.text)), gap.theirs[0])
    ours = next((st.clean(s.text) for s in gap.ours if names_term(s.text)), None)
    if lang == "zh":
        theirs = _LEAD.sub("", st.clean(main.text)) or st.clean(main.text)
        theirs = _ASKED_TAIL.sub("", theirs) or theirs  # "月结90天，你们能接受吗" -> "月结90天"
        ours = _OUR_LEAD.sub("", ours) if ours else ours
        return f"付款：客户要求{theirs}" + (f"，我方{ours}" if ours else "")
    return f"Payment: customer: {st.clean(main.text)}" + (f"; ours: {ours}" if ours else "")


def _quotes(gap: PaymentGap, old: list[Quote]) -> list[Quote]:
    quotes = [quote_of(s) for s in gap.sentences()]
    kept = [q for q in old if PAYMENT_WORD.search(q.text) and all(q.start != x.start for x in quotes)]
    return sorted([*quotes, *kept], key=lambda q: q.start)


def file_payment_terms(
    labelled: list[tuple[Sentence, str]], risks: list[Risk], needs: list[Need], lang: str
) -> tuple[list[Risk], list[Need]]:
    """File the customer's open payment terms as the credit risk and drop the needs that only state them.

    Args:
        labelled: Each sentence with its learned label.
        risks: The risks found so far; a payment risk among them takes the statement and the quotes.
        needs: The needs found so far.
        lang: Output language (``zh``/``en``).

    Returns:
        The risks and the needs, both new lists.
    """
    terms = {
        s.start
        for s, _ in labelled
        if party_of(s) != "we"
        and (names_term(s.text) or delays_payment(s.text) or HEADING.match(s.text.strip()))
    }
    if not TERM_NEEDS:
        needs = [n for n in needs if not all(q.start in terms for q in n.quotes)]
    gap = _read(labelled)
    old = next((r for r in risks if r.category == "payment"), None)
    if not gap.theirs:  # a payment risk that only quotes terms agreed since, or a heading, is none
        settled = {s.start for s in gap.settled} | {
            s.start for s, _ in labelled if HEADING.match(s.text.strip()) or short_split(s.text)
        }
        return [r for r in risks if r is not old or any(q.start not in settled for q in r.quotes)], needs
    said = {x.start for x in gap.sentences()}  # another risk on these clauses only is the same point
    risks = [r for r in risks if r is old or not r.quotes or any(q.start not in said for q in r.quotes)]
    risk = Risk(
        text=_statement(gap, lang),
        category="payment",
        severity=old.severity if old else "medium",
        quotes=_quotes(gap, old.quotes if old else []),
    )
    if old is None:
        return [*risks, risk], needs
    return [risk if r is old else r for r in risks], needs


def drop_open_terms(labelled: list[tuple[Sentence, str]], items: list[ProgressItem]) -> list[ProgressItem]:
    """Drop the progress items that only quote the customer's open term ("we pay 30% … 70% 60 days after …").

    Args:
        labelled: Each sentence with its learned label.
        items: The progress items found so far.

    Returns:
        The items that quote something besides the customer's open term (a new list).
    """
    theirs = {s.start for s in _read(labelled).theirs}
    return [p for p in items if not p.quotes or any(q.start not in theirs for q in p.quotes)]


__all__ = ["PaymentGap", "drop_open_terms", "delays_payment", "file_payment_terms", "names_term", "payment_gap"]
