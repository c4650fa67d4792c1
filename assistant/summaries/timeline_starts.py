"""The date an order waits for, said anywhere in the conversation: a board, a vote, a signing (issue 14).

A lead time is often counted from the order ("标准交期是下单后35天", "production is 10 weeks after
deposit", "从签合同到安装调试完要45天") while the date the order can be placed is said by someone else,
turns away: "董事会这个月28号才开会，批下来才能签", "the next board meeting is on 2 April", "股东代表3月20号
才来，到时候当面签". :func:`gate_date` finds that date — a body, an approval or a signing the order waits
for, with a date from today on — so :mod:`~assistant.summaries.timeline_sums` can count the stages from it
instead of from today; the return of the person who decides is such a date too ("any purchase over EUR
100,000 needs her signature, and she is back from holiday on 23 June", "她周五才从广州回来 她说了算").
:func:`counts_from_order` says whether a lead time is counted from the order at all ("sea freight is 5 weeks"
is not; "35 days after the PO" or "付款后20天到" is). A payment due date or a quote's validity is no gate.
:func:`signing_delay` reads the days said between the gate and the signing, and between the signing and the
deposit ("董事会批准后一周内签合同", "finance needs a week to release the deposit"); relative dates count from the
day their message was said (:mod:`~assistant.summaries.said_on`).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.clause_turns import same_turn
from assistant.summaries.owners import party_of
from assistant.summaries.periods import period_days
from assistant.summaries.said_on import said_dates, said_on
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates

HORIZON = dt.timedelta(days=200)  # a gate further off than this is no order's date

_GATE = lazy_re.compile(  # what an order waits for: a body that meets or approves, or the signing itself
    r"董事会|理事会|股东|投委会|评审会|办公会|委员会|上会|审批|批下来|批了|批复|签约|签合同|当面签|才能签|不让签|不能签|没法签|才(?:能|可以)?定|拍板|说了算|"
    r"\b(?:board|council|committee|trustees|shareholders?|approv\w*|sign\w*|contract|vote|votes|decid\w*|decision|ok the money|sign-?off)\b",
    re.I,
)
_WAITS = lazy_re.compile(  # the gate's date is when it happens: "才开", "以后才能签", "meets on", "the next … is on"
    r"^[^，。；;,.]{0,12}(?:才|以后|之后|通过后|批下来|开会|开|到时候)|"
    r"^\s*(?:at the earliest|or later)\b",
    re.I,
)
_BEFORE_DATE = lazy_re.compile(  # "the next board meeting is on", "meets on", "vote on", "after the council vote on"
    r"\b(?:(?:meeting|vote|decision|approval|signing)\s+(?:is|will be|takes place|comes)?\s*(?:on|in)?|meets\s+(?:on|in)?|"
    r"(?:back|(?:on )?(?:his|her|their) return|returns?)(?: from [\w ]{1,20}?)? (?:on|in)|"
    r"after|once|until|wait(?:s|ing)? for)\s*(?:the\s+)?$",
    re.I,
)
_MEETING = lazy_re.compile(  # the gate's own meeting, or the return of the person who decides, dated
    r"\b(?:meeting|meets|vote|session)\b[^.;,]{0,20}$|\b(?:back|return|returns)(?: from [\w ]{1,20}?)? (?:on|in)\s*(?:the\s+)?$", re.I
)
_BACK_ZH = lazy_re.compile(r"\s*(?:以后|之后)?(?:才|就)?(?:能|会)?(?:回来|回国|回到公司|回公司|到岗|上班)")
_SIGNER = lazy_re.compile(  # "都要他本人签字", "合同要贺总签" (not "贺总签了": signed)
    r"(?:他|她|老板|[\u4e00-\u9fff]{0,3}(?:总|长|经理|代表|领导))(?:本人|亲自)?签字|"
    r"(?:要|得|需要|须|必须|由|等)(?:他|她|老板|[\u4e00-\u9fff]{1,3}(?:总|长|经理|代表|领导))(?:本人|亲自)?(?:来)?签(?![了过约])"
)
_FROM_ORDER = lazy_re.compile(  # a lead time counted from the order, deposit or signing
    r"下单|订单|签(?:约|合同|完)|定金|订金|预付|付款后|合同生效|现做|定做|订做|\bmade to order\b|"
    r"\b(?:after|from)\s+(?:the\s+|your\s+|receipt of (?:the\s+)?)?(?:order|deposit|PO|purchase order|signing|contract|"
    r"down ?payment|approval|payment)\b",
    re.I,
)
_STEP = lazy_re.compile(  # a reply, a payment or a quote's validity dates no gate
    r"回复|答复|发给|发您|发你|(?:付款|支付|打款)[^，。]{0,10}(?:前|之前|截止|天内|期限)|有效期|有效|"
    r"\b(?:send|reply|revert|let you know|get back|valid\w*|due)\b|\bpay\w*\b[^.;]{0,30}\b(?:by|within|days?)\b", re.I
)


_DEPOSIT = lazy_re.compile(r"定金|订金|预付款?|首付|首款|\b(?:deposit|down ?payment|advance payment)\b", re.I)
_PAY_IT = lazy_re.compile(r"(?:付|打|转)(?:过去|给你们|款)|\b(?:pay|transfer|wire|send)\s+(?:it|that|this|the money)\b", re.I)
_PAYS = lazy_re.compile(
    r"(?<!尾款)付|打(?!算|折|电话|印|包)|转(?!告|达|给我)|汇(?!报|总|率)|\b(?:pay|paid|wire|wired|transfer\w*|remit\w*)\b", re.I
)
_PAID = lazy_re.compile(  # already paid: "We paid the deposit on Monday", "定金已经付了" (not "will be paid", "付了定金就…")
    r"(?<!will be )(?<!to be )(?<!be )\b(?:paid|wired|transferred|remitted)\b|已经?(?:付|打|转|汇)|(?:付|打|转|汇)了(?![^，。]{0,8}(?:就|以后|之后))",
    re.I,
)
_BALANCE = lazy_re.compile(r"尾款|余款|\b(?:balance|the rest|remainder)\b", re.I)
_GOODS_DAY = lazy_re.compile(r"发货|发出|能发|可以发|到货|到港|交货|出厂|装机|\b(?:ship|deliver|arriv|ready|dispatch)\w*", re.I)
_DUE = lazy_re.compile(  # a due date, not the day it is paid
    r"(?:\b(?:by|before|within|no later than|until|at the latest(?: on)?)\s+(?:the\s+)?|截止|最晚|最迟)$", re.I
)
_DEPOSIT_DAY = lazy_re.compile(r"(?:定金|订金|\bdeposit)\s*(?:on\s+|in\s+)?$", re.I)
_PLACES_ORDER = lazy_re.compile(  # "we will issue the PO on Monday 20 September", "我们25号下单" (not an order confirmation)
    r"\b(?:issue|place|send|release|raise)\s+(?:the|our|an?|your)?\s*(?:PO|purchase order|order)\b(?!\s+confirmation)|"
    r"下单|下订单|发订单",
    re.I,
)
_AFTER_PO = lazy_re.compile(r"\b(?:after|from)\s+(?:the\s+|your\s+|receipt of (?:the\s+)?)?(?:PO|purchase order|order)\b|下单后|订单后", re.I)
_PLACED = lazy_re.compile(r"\b(?:issued|placed|sent|released|raised)\b|已经?下单|下了单|下单了", re.I)
_NOT_THEN = lazy_re.compile(r"\b(?:not|never)\b|n't\b|不会|没法|无法|不能|不再|不打算|暂不", re.I)  # just before the verb: "will not issue"
_REFUSED = lazy_re.compile(  # the day refused: "deposit on friday is impossible", "20 May is too early for us"
    r"\b(?:impossible|not possible|too early|too late|no way)\b|不行|不可能|来不及|太早", re.I
)
CLAUSE_BREAK = lazy_re.compile(r"[，,。；;]|\band\b", re.I)
"""Where a clause of a date's sentence ends: a comma, a stop, a semicolon or "and" (a deposit's or a process's clause)."""


def from_deposit(text: str) -> bool:
    """Whether a lead time in ``text`` is counted from the deposit ("production is 3 weeks after the deposit")."""
    return bool(_DEPOSIT.search(text)) and counts_from_order(text)


def _by_day(clause: str, d: DateMention) -> bool:
    """Whether ``d`` is a day something is due by ("by 20 May", "5月20号前"), not the day it is done."""
    at = d.start + len(d.text) - len(d.text.lstrip())
    return bool(_DUE.search(clause[max(0, at - 20) : at]) or re.match(r"\s*(?:前|之前|以前)", clause[d.end :]))


def _paid_on(clause: str, today: dt.date, earlier: bool, said: dt.date | None = None) -> list[dt.date]:
    """Return the days ``clause`` says the deposit is paid on; ``earlier``: the deposit was named before ("pay it").

    Relative dates count from ``said``, the day the clause was said (default ``today``).
    """
    named = _DEPOSIT.search(clause) or (earlier and _PAY_IT.search(clause))
    if not named or _PAID.search(clause) or _BALANCE.search(clause) or _REFUSED.search(clause):
        return []  # "尾款6月30号付", "We paid the deposit on Monday", "deposit on friday is impossible"
    out = []
    pays = bool(_PAYS.search(clause))
    for d in find_dates(clause, said or today):
        at = d.start + len(d.text) - len(d.text.lstrip())
        if not pays and not _DEPOSIT_DAY.search(clause[max(0, at - 14) : at]):
            continue  # "deposit monday, promise": the deposit and its day, the verb left out
        if _by_day(clause, d):
            continue  # a day to pay by
        if not _GOODS_DAY.search(clause[d.end :]) and today < d.date <= today + HORIZON:
            out.append(d.date)
    return out


def deposit_date(sents: list[Sentence], today: dt.date) -> tuple[Sentence, dt.date] | None:
    """Return the sentence and the latest date the deposit is said to be paid on, else None.

    The deposit and its payment are named in the date's own clause, or the deposit in a sentence before ("Where
    are we on the deposit?" … "We'll pay it once we have the revised quote, probably the week after next."); a
    day to pay by, the balance's day, a deposit already paid and the goods' day are not this.
    Example: "we can pay the deposit Monday if the terms are ok" said on Friday 27 February → next Monday.
    """
    found = []
    for i, s in enumerate(sents):
        joined = i and same_turn(sents[i - 1], s)  # "…pay it once we have the quote" + "probably the week after next."
        earlier = any(_DEPOSIT.search(p.text) for p in sents[max(0, i - 3) : i])
        pieces = CLAUSE_BREAK.split(s.text)
        if joined:  # the first clause of ``s`` read with the clause of the sentence before that it continues
            pieces[0] = f"{CLAUSE_BREAK.split(sents[i - 1].text)[-1]} {pieces[0]}"
        for piece in pieces:
            found += [(s, day) for day in _paid_on(piece, today, earlier, said_on(s, today))]
    return max(found, key=lambda x: x[1]) if found else None


def counts_from_order(text: str) -> bool:
    """Whether a lead time in ``text`` is counted from the order, the deposit or the signing."""
    return bool(_FROM_ORDER.search(text))


def _gate_dates(s: Sentence, today: dt.date, before: Sentence | None = None, after: Sentence | None = None) -> list[dt.date]:
    """Return the dates in ``s`` an order waits for; the gate may be named in the clause before or after, of the same turn."""
    joined = s.text
    if before is not None and same_turn(before, s):
        joined = f"{before.text} {s.text}"  # "…needs her signature," + "and she is back from holiday on 23 June."
    gated_after = after is not None and same_turn(s, after) and bool(_GATE.search(after.text[:24]))
    if gated_after and after is not None:
        joined = f"{joined} {after.text}"  # "新厂房三月二十号才交钥匙，" + "拿到钥匙之前集团不让签设备合同"
    signer = bool(_SIGNER.search(joined))  # "超过五十万的合同都要他本人签字，他去荷兰看花展了，24号才回来"
    if not (_GATE.search(joined) or signer) or _STEP.search(s.text):
        return []
    out = []
    for d in said_dates(s, today):
        at = d.start + len(d.text) - len(d.text.lstrip())
        ahead = s.text[max(0, at - 30) : at]
        back = signer and _BACK_ZH.match(s.text, d.end)  # the one who signs returns
        tail = gated_after and len(s.text) - d.end <= 16 and re.match(r"\s*(?:才|以后|之后)", s.text[d.end :])  # "…才交钥匙" + gate
        if not _GATE.search(s.text[max(0, at - 16) : d.end + 16]) and not _MEETING.search(ahead) and not back and not tail:
            continue  # the sentence's other date ("民政局验收定在4月25号")
        if _BEFORE_DATE.search(ahead) or _WAITS.search(s.text[d.end :]) or back:  # "…要贺总签，他…下周三回来"
            out.append(d.date)
    return [d for d in out if today < d <= today + HORIZON]


def gate_date(sents: list[Sentence], today: dt.date) -> tuple[Sentence, dt.date] | None:
    """Return the sentence and the latest date an order waits for (a board, a vote, a signing), else None.

    Example: "合同金额超过50万要报集团董事会，董事会这个月28号才开会，批下来才能签。" said on 11 March → that
    sentence and 28 March; "Capital expenditure above USD 1.5 million needs board approval; the next board
    meeting is on 2 April." → 2 April; "民政局验收定在4月25号" → None (an inspection, not the order's gate).
    """
    found = [
        (s, d)
        for i, s in enumerate(sents)
        for d in _gate_dates(s, today, sents[i - 1] if i else None, sents[i + 1] if i + 1 < len(sents) else None)
    ]
    return max(found, key=lambda x: x[1]) if found else None


def from_order_day(text: str) -> bool:
    """Whether a lead time in ``text`` is counted from the purchase order ("Production is 35 days after the PO")."""
    return bool(_AFTER_PO.search(text)) and not _DEPOSIT.search(text)


def order_date(sents: list[Sentence], today: dt.date) -> tuple[Sentence, dt.date] | None:
    """Return the sentence and the latest day the customer says the order will be placed on, else None.

    Example: "we will issue the PO on Monday 20 September" said on 8 September → 20 September; "we placed the
    order on 3 May", a day to order by ("please order before 10 May") and a day past are none.
    """
    found = []
    for s in sents:
        if party_of(s) == "we":
            continue  # our "order confirmation on 25 May"
        for clause in CLAUSE_BREAK.split(s.text):  # "…on 19 May, can you confirm the lead time?": the question is another clause
            if clause.rstrip().endswith(("?", "？", "吗")) or not (m := _PLACES_ORDER.search(clause)):
                continue  # "Could you issue the PO on 25 May?"
            if _PLACED.search(clause) or _NOT_THEN.search(clause[max(0, m.start() - 12) : m.start()]) or _REFUSED.search(clause):
                continue  # "We will not issue the PO on 25 May as planned"; "下单不会再拖了" still places it
            for d in said_dates(s, today, clause):
                if _by_day(clause, d):
                    continue  # a day to order by
                if today < d.date <= today + HORIZON:
                    found.append((s, d.date))
    return max(found, key=lambda x: x[1]) if found else None


_UNTIL_SIGNED = lazy_re.compile(  # "董事会批准后一周内签合同", "we sign within two weeks of the board's approval"
    r"(?:批准|批下来|审批|通过|批复|定下来|拍板|开完会)(?:以|之)?后[^，。；;]{0,4}?(?P<n>\d+|[一二两三四五六七八九十]+)\s*"
    r"(?P<u>个?工作日|天|个?星期|周)(?:之?内|以内)?[^，。；;]{0,8}?(?:签|下单|付[^，。；;]{0,6}?(?:定金|订金|预付|首付))|"
    r"\b(?:sign\w*|contract|deposit|PO|order)\b[^.;]{0,40}?\bwithin\s+(?P<en>\d+|a|one|two|three|four)\s+(?P<eu>(?:working |business )?days?|weeks?)\s+"
    r"(?:of|after)\s+(?:the\s+)?(?:\w+(?:'s)?\s+)?(?:approv\w*|decision|vote|meeting)\b",
    re.I,
)


_UNTIL_PAID = lazy_re.compile(  # "签合同后一周内付预付款", "the advance is paid within a week after signing"
    r"(?:签约|签合同|签完|合同签订)(?:(?:以|之)?后)?[^，。；;]{0,4}?(?P<n>\d+|[一二两三四五六七八九十]+)\s*"
    r"(?P<u>个?工作日|天|个?星期|周)(?:之?内|以内)?[^，。；;]{0,8}?(?:付|打|转)[^，。；;]{0,6}?(?:预付|定金|订金|首付)|"
    r"\b(?:deposit|advance|down payment|wire|transfer)\b[^.;]{0,40}?\bwithin\s+(?P<en>\d+|a|one|two|three|four)\s+"
    r"(?P<eu>(?:working |business )?days?|weeks?)\s+(?:of|after)\s+(?:the\s+)?(?:signing|signature|contract)\b|"
    r"\b(?:needs?|takes?)\s+(?P<en2>\d+|a|one|two|three|four)\s+(?P<eu2>(?:working |business )?days?|weeks?)\s+to\s+"
    r"(?:release|pay|wire|transfer|remit)\s+(?:the\s+)?(?:deposit|advance|down payment)\b",  # "finance needs a week to release the deposit"
    re.I,
)


_SIGN_TO_PAY = lazy_re.compile(  # "从合同签字到钱出去，一般要走一个礼拜"
    r"(?:签字|签约|签合同|合同签)[^，。；]{0,3}到(?:钱出去|付款|打款|付预付款|钱到)[^。；]{0,6}?(?:要|得)?(?:走)?"
    r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?P<u>个?工作日|天|个?星期|个?礼拜|周)"
)


def _said_days(m: re.Match[str]) -> int:
    groups = m.groupdict()
    n, unit = next((groups[a], groups[b]) for a, b in (("n", "u"), ("en", "eu"), ("en2", "eu2")) if groups.get(a))
    return period_days(n, unit, default=1)  # "a week": one


def signing_delay(sents: list[Sentence]) -> int:
    """Return the days said to pass between a gate and the signing, plus those from the signing to the deposit.

    Examples: "董事会批准后一周内签合同" → 7; "we sign within two weeks of the board's approval" → 14; with "the
    advance is paid within a week after signing" as well → 21; "批下来就签" → 0.
    """
    said = [s for s in sents if not _BALANCE.search(s.text)]  # "the balance within 30 days after signing": a term
    signed = next((_said_days(m) for s in said if (m := _UNTIL_SIGNED.search(s.text))), 0)
    paid = [_said_days(m) for s in said for rx in (_UNTIL_PAID, _SIGN_TO_PAY) if (m := rx.search(s.text))]
    return signed + max(paid, default=0)  # the days to the deposit said twice count once
