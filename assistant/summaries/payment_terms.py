"""Payment terms: who states which term, and whether the customer's term is a credit risk (issue 14).

"付款的话我们是验收合格后六十天付全款", "we can only pay net 90", "能不能月结", "our finance needs 120
days": the customer's own term (or a payment they delay or hold) threatens our cash when it differs from
ours, and every eval writer files it as a **credit risk** — "付款：客户要求验收后60天付全款，我方要求30%定金"
— not as a need (the convention since summaries_blind16: "Payment terms the customer insists on are a
credit risk, not a need"). Terms simply kept as usual ("付款还是老样子") are neither, and a term both sides
accept afterwards ("45天可以", "LC at sight is fine for us") is progress, read elsewhere.

:func:`payment_gap` reads the labelled sentences: the customer's term clauses, ours (our standard, our
counter, our approval still to get) and any acceptance after them. :func:`file_payment_terms` files an
open gap as the one payment risk with all those quotes and drops the needs that only restate it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.summaries import statements as st
from assistant.summaries.acceptance import ACCEPT, REFUSE
from assistant.summaries.evidence import is_question, quote_of
from assistant.summaries.owners import party_of
from assistant.summaries.schema import Need, Quote, Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

# Writers up to summaries_blind15 also filed the customer's term as a need; since blind16 they file it as the
# credit risk only (and a term kept or agreed as neither a need nor a risk). False follows the newer writers.
TERM_NEEDS = False
_N = r"(?:\d+|[一二两三四五六七八九十百]+)"
_TERM = lazy_re.compile(
    r"账期[^，。；;]{0,6}?"
    + _N
    + r"|(?:延长|放长|放到|改)[^，。；;]{0,3}账期|月结|票到|全款|质保金|款到发货|先发货|后付款|货到付款|信用证|承兑|商票|电汇|"
    r"(?:货到|到货|验收|收货|发货|出货|提单|开票|到港|入库)[^，。；;]{0,10}?"
    + _N
    + r"\s*天|"
    + _N
    + r"\s*天[^，。；;]{0,4}(?:付|结|账期)|(?:付|结)[^，。；;]{0,3}"
    + _N
    + r"\s*天|付(?:款)?(?:百分之|\d+\s*%|[一二三四五六七八九]成)|"
    r"(?:百分之[一二三四五六七八九十]+|\d+\s*%|[一二三四五六七八九]成)[^，。；;]{0,6}?(?:预付|定金|尾款)|"
    r"\bnet ?\d+|\b\d+\s*days?\b[^.;]{0,30}?\b(?:after|from|of|open|end of (?:the )?month|net|credit|terms|usance|"
    r"payment)\b|\bopen account\b|\bL/?C\b|\bletters? of credit\b|"
    r"\bagainst (?:the |a )?(?:copy of (?:the )?)?(?:B/?L|bill of lading|documents)|\bpayment terms\b|\bat sight\b|"
    r"\bpay\b[^.;]{0,20}?\b\d+\s*(?:%|days?)|(?:剩下|剩余|余款|余下|尾款)[^，。；;]{0,10}(?:年|个月|天)(?:以)?后(?:再)?(?:付|结)",
    re.I,
)
_NOT_TERM = lazy_re.compile(  # compensation taken off the invoice, a lead time counted from the deposit
    r"扣|抵|赔|补偿|返点|返利|\bcredit note\b|\brefund\b|\bcompensat\w*|"
    r"(?:定金|预付款?)(?:到账|收到)?(?:以)?后[^，。；]{0,4}"
    + _N
    + r"\s*天(?:内)?(?:出货|发货|交货|生产|交)?(?![^，。；]*付)|"
    r"\b(?:production|lead time|ready|ship\w*|deliver\w*|ex-?works)\b[^.;]{0,30}\bafter (?:the |your |our )?deposit\b",
    re.I,
)
_DELAY = lazy_re.compile(
    r"资金(?:有点|比较)?紧|现金流(?:有点|比较)?紧|回款(?:都)?(?:比较|有点)?慢|(?:以后|之后)才能付|晚点付|晚些付|推迟付|"
    r"(?:定金|预付款?|货款|尾款)[^，。；]{0,8}(?:推迟|延后|缓|等)|不付定金|不(?:做|给|付)预付|没有预付|先发货后付款|"
    r"\bcash(?: flow)? is (?:a bit |quite |very )?tight\b|\b(?:can'?t|cannot|unable to|not able to) pay\b|"
    r"\bno (?:budget for )?deposits?\b|\bbank line is tight\b|\b(?:deposit|payment) (?:has to|must|will have to) wait\b",
    re.I,
)
_USUAL = lazy_re.compile(
    r"老样子|老规矩|照旧|跟上次一样|和上次一样|\b(?:as usual|same as (?:last time|before|always))\b", re.I
)
_CONDITION = lazy_re.compile(
    r"前提|如果|要是|只要|的话|除非|\b(?:if|provided|as long as|unless|subject to|only when)\b", re.I
)
_PROMISE = lazy_re.compile(  # the customer paying, not stating a term: a next step or a report
    r"(?:今天|今晚|明天|后天|下周|这周|周[一二三四五六日]|月底前?)[^，。；]{0,6}(?:转|打|付)|(?:转|打|付)了|"
    r"\b(?:I|we)(?:'ll| will| am going to) (?:pay|send|transfer|wire)\b|\b(?:I|we) pay the deposit on\b|\bsending the deposit\b|"
    r"\b(?:paid|transferred|wired)\b",
    re.I,
)
_OUR_SIDE = lazy_re.compile(  # our standard, our limit, our counter
    r"一般|通常|标准|最多|最长|只能|要求|得|必须|规定|做不了|不行|给不了|可以给|能给|我们是|"
    r"\b(?:standard|usually|normally|always|at most|maximum|require\w*|need|ask|take|can only|can do|can offer|"
    r"could do|offer|propose\w*|is the most|difficult)\b",
    re.I,
)
_APPROVAL = lazy_re.compile(
    r"请示|申请|报[^，。；]{0,3}批|审批|特批|评估|商量|问一下|问问|\b(?:check with|ask (?:my|our)|approv\w*|insurer|"
    r"sign-?off)\b",
    re.I,
)
_PAYMENT_WORD = lazy_re.compile(
    r"付|款|账期|月结|定金|预付|\b(?:pay\w*|deposit|terms?|credit|days|net|balance|L/?C)\b", re.I
)
_RULE = lazy_re.compile(
    r"规定|惯例|统一|改不了|不好改|不能改|\b(?:policy|rule|our standard|cannot change|can'?t change)\b", re.I
)


_DEPOSIT = lazy_re.compile(r"预付|定金|订金|首付|\b(?:deposits?|upfront|prepay\w*)\b", re.I)
_DEPOSIT_SAID = lazy_re.compile(  # a deposit named with its share or refused, not "the deposit date"
    r"\d+\s*%|百分之|[一二三四五六七八九]成|不|没|免|只|从来|\b(?:no|not|without|instead|can'?t|cannot|only|never|don'?t)\b",
    re.I,
)
_DAYS = lazy_re.compile(_N + r"\s*(?:天|days?\b)", re.I)
_FINANCE = lazy_re.compile(r"财务|\b(?:financ\w*|pay\w*|terms|credit|invoice)\b", re.I)


_HEADING = lazy_re.compile(
    r"(?:(?:还有|另外|and|now)[，,]?\s*)?(?:付款|payment)(?:方面|方式|terms)?[。.:：!！]?$", re.I
)


def names_term(text: str) -> bool:
    """Whether ``text`` names a payment term ("月结九十天", "net 90", "30% deposit"), not a deduction or lead time."""
    term = (
        _TERM.search(text)
        or (_DAYS.search(text) and _FINANCE.search(text))
        or (_DEPOSIT.search(text) and _DEPOSIT_SAID.search(text))
    )
    return bool(term) and not _NOT_TERM.search(text)


def delays_payment(text: str) -> bool:
    """Whether ``text`` delays or withholds a payment ("定金要1月20号以后才能付", "we can't pay the deposit")."""
    return bool(_DELAY.search(text))


_SPLIT = lazy_re.compile(
    r"[一二三四五六七八九\d]+\s*[、/]\s*[一二三四五六七八九\d]+"
)  # "三、六、一可以", "30/70"
_BUT = lazy_re.compile(r"^[^，。,;]{0,3}(?:但|不过|可是|只是)|最多|最长|\b(?:but|however|at most)\b", re.I)
_LEAD_TIME = lazy_re.compile(
    r"交期|交货|生产|发货|出货|排产|\b(?:lead time|production|ship\w*|deliver\w*)\b", re.I
)
_HEDGE = lazy_re.compile(r"可以考虑|\b(?:could|would|might|may)\b", re.I)  # "we could accept …": an offer


def _accepts(s: Sentence, lab: str, after: Sentence | None) -> bool:
    """Whether ``s`` accepts a payment term ("45天可以", "三、六、一可以"), with no condition said with it."""
    tail = after.text if after is not None and after.speaker == s.speaker else ""
    if is_question(s) or _CONDITION.search(s.text) or _HEDGE.search(s.text) or _CONDITION.search(tail):
        return False
    if _BUT.search(tail):  # "承兑汇票我们可以接受，但最多90天": only part of it
        return False
    if lab == "agreement" and names_term(s.text):
        return True
    named = (
        names_term(s.text) or _DAYS.search(s.text) or _SPLIT.search(s.text)
    )  # "45天可以": the days just asked
    return bool(ACCEPT.search(s.text)) and not REFUSE.search(s.text) and bool(named)


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
        and bool(_USUAL.search(before.text))
        and names_term(s.text)
    )


def _counters(s: Sentence, open_gap: bool) -> bool:
    """Whether our ``s`` states our standard or counter ("我们一般要30%定金", "最多90天" against their days)."""
    days = open_gap and _DAYS.search(s.text) and not _LEAD_TIME.search(s.text)
    return bool((names_term(s.text) or days) and _OUR_SIDE.search(s.text))


def _asks_approval(s: Sentence, answers: bool) -> bool:
    """Whether our ``s`` still needs an approval for their term ("月结我要跟公司申请一下", "这个我得请示下领导")."""
    return bool(_APPROVAL.search(s.text) and (_PAYMENT_WORD.search(s.text) or answers))


@dataclass
class PaymentGap:
    """The customer's payment terms still open against ours: the clauses that state them."""

    theirs: list[Sentence] = field(default_factory=list)
    ours: list[Sentence] = field(default_factory=list)
    settled: list[Sentence] = field(default_factory=list)  # their terms accepted afterwards

    def sentences(self) -> list[Sentence]:
        """All the clauses, in the order they were said."""
        return sorted({s.start: s for s in (*self.theirs, *self.ours)}.values(), key=lambda s: s.start)


def _theirs(s: Sentence, lab: str) -> bool:
    """Whether the customer's clause ``s`` states or asks their own term, or delays a payment."""
    if party_of(s) != "customer" or lab in ("done", "agreement") or _PROMISE.search(s.text):
        return False
    if delays_payment(s.text):
        return True
    return names_term(s.text) and not _USUAL.search(s.text) and not ACCEPT.search(s.text)


def payment_gap(labelled: list[tuple[Sentence, str]]) -> PaymentGap | None:
    """Return the customer's payment terms still open against ours, or None (none stated, or agreed after)."""
    gap = _read(labelled)
    return gap if gap.theirs else None


def _read(labelled: list[tuple[Sentence, str]]) -> PaymentGap:
    """Read who states which term; terms accepted afterwards move to ``settled``."""
    gap, offers, last = PaymentGap(), [], -9
    for i, (s, lab) in enumerate(labelled):
        before = labelled[i - 1][0] if i else None
        after = labelled[i + 1][0] if i + 1 < len(labelled) else None
        ours = party_of(s) == "we"
        if _kept_as_usual(s, before):
            continue  # "付款老样子，货到付款"
        if not ours and names_term(s.text) and _restates(s, offers):
            gap = PaymentGap(settled=[*gap.settled, *gap.theirs, s])  # our offer said back: agreed
        elif _theirs(s, lab) or (gap.theirs and not ours and i - last <= 6 and _RULE.search(s.text)):
            gap.theirs.append(s)  # their term, or "这个是集团规定，…改不了" said of it
            last = i
        elif gap.theirs and _accepts(s, lab, after):
            gap = PaymentGap(settled=[*gap.settled, *gap.theirs])  # accepted after it was asked: progress
        elif ours and not _PROMISE.search(s.text):
            offers += [s] if names_term(s.text) else []
            if _counters(s, bool(gap.theirs)) or (gap.theirs and _asks_approval(s, before in gap.theirs)):
                gap.ours.append(s)  # our standard or counter, or the approval it still needs
    return gap


_LEAD = lazy_re.compile(  # "另外付款的话我们公司规定是…": the term itself follows
    r"^(?:(?:还有|另外|对了)[，,]?\s*)?(?:付款(?:方面|的话|方式)?[，,:：]?\s*)?"
    r"(?:我们(?:公司|集团|财务|的)*(?:规定|惯例|要求|一直|统一|一般)*是?)?",
)


def _statement(gap: PaymentGap, lang: str) -> str:
    """Return the statement: "付款：客户要求验收合格后六十天付全款，我方一般要30%定金" or "Payment: customer: …; ours: …"."""
    main = next((s for s in gap.theirs if names_term(s.text)), gap.theirs[0])
    ours = next((st.clean(s.text) for s in gap.ours if names_term(s.text)), None)
    if lang == "zh":
        theirs = _LEAD.sub("", st.clean(main.text)) or st.clean(main.text)
        return f"付款：客户要求{theirs}" + (f"，我方{ours}" if ours else "")
    return f"Payment: customer: {st.clean(main.text)}" + (f"; ours: {ours}" if ours else "")


def _quotes(gap: PaymentGap, old: list[Quote]) -> list[Quote]:
    quotes = [quote_of(s) for s in gap.sentences()]
    kept = [q for q in old if _PAYMENT_WORD.search(q.text) and all(q.start != x.start for x in quotes)]
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
        and (names_term(s.text) or delays_payment(s.text) or _HEADING.match(s.text.strip()))
    }
    if not TERM_NEEDS:
        needs = [n for n in needs if not all(q.start in terms for q in n.quotes)]
    gap = _read(labelled)
    old = next((r for r in risks if r.category == "payment"), None)
    if not gap.theirs:  # a payment risk that only quotes terms agreed since, or a heading, is none
        settled = {s.start for s in gap.settled} | {
            s.start for s, _ in labelled if _HEADING.match(s.text.strip())
        }
        return [r for r in risks if r is not old or any(q.start not in settled for q in r.quotes)], needs
    risk = Risk(
        text=_statement(gap, lang),
        category="payment",
        severity=old.severity if old else "medium",
        quotes=_quotes(gap, old.quotes if old else []),
    )
    if old is None:
        return [*risks, risk], needs
    return [risk if r is old else r for r in risks], needs


__all__ = ["PaymentGap", "delays_payment", "file_payment_terms", "names_term", "payment_gap"]
