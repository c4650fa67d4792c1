"""Split payment terms (Chinese and English): a long tail is the customer's delayed payment, a short one is not.

"首付两成，余款分六期按月付", "尾款等年底结算后再付", "质保金压一年", "20% upfront and 80% in four quarterly
instalments", "the remaining 50% within 90 days after commissioning": the balance waits months after the
goods arrive, so the customer holds our money — a credit risk even when the clause is one half of a split.
"三成定金，发货前付清尾款", "30% deposit, balance against the B/L copy": the balance is paid before the goods
leave, our usual standard; the customer saying it back is no risk. ``your request for …`` said by us
relays the customer's term: theirs, not ours.

Read by :mod:`assistant.summaries.payment_cues` (a long tail names a term) and
:mod:`assistant.summaries.payment_terms` (who states which term).
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

N = r"(?:\d+|[一二两三四五六七八九十百半]+)"
_BALANCE = r"(?:剩下|剩余|余款|余下|尾款)"  # not 其余/另外: "其余的分两次发货" is goods
_LATER = r"(?:年|个?月|个?季度|个?学期)"
LONG_TAIL = lazy_re.compile(
    # "剩下的等项目结算后再付" (waits for an event), "余款七成分四个季度付完", "尾款半年后结"
    _BALANCE
    + r"[^，。；;]{0,4}?等[^，。；;]{0,14}?(?:后|以后|之后|下来|到位|结束|完|好)?(?:再|才)(?:能)?(?:付|结|支付|给)|"
    + _BALANCE
    + r"[^，。；;]{0,8}?分\s*"
    + N
    + r"\s*(?:期|次|个?季度|个?月|年)|"
    + _BALANCE
    + r"[^，。；;]{0,10}?"
    + N
    + r"\s*"
    + _LATER
    + r"(?:以|之)?后|"
    r"分期付|按季度?(?:付|支付)|每(?:个)?季度(?:付|支付)|(?:按|每个?)季度?结(?:算|账|帐)?(?=\s*(?:[，。；;,!！]|$))|分\s*"
    + N
    + r"\s*(?:期|个季度)(?:付|支付|结|还)|"
    r"(?:质保金|保证金)[^，。；;]{0,8}?(?:" + N + r"\s*" + _LATER + r"|压|押|留)|"
    r"(?:留|压|押)[^，。；;]{0,6}?(?:质保金|保证金)|"
    r"(?:货到|到货|验收|收货|交货|安装|开票|票到)[^，。；;]{0,10}?"
    + N
    + r"\s*(?:个月|个季度|年)(?:以|之)?后?(?:再|才)?(?:付|结|支付)|"
    r"\b(?:balance|rest|remainder|remaining(?: \d+\s*%)?)\b[^.;]{0,30}?\b(?:in|over|within|after)\s+(?:(?:\d{2,3}|"
    r"thirty|forty-five|sixty|ninety) days|(?:\d+|one|two|three|four|six|nine|twelve|a|an) (?:months?|years?|quarters?|"
    r"semesters?|terms?))\b(?! before)|"
    r"\d+\s*%\s*retention\b|\bretention (?:money|of \d)|"
    r"\b(?:held|hold\w*|keep\w*|kept|retain\w*) back\b[^.;]{0,20}?\d+\s*%|\d+\s*%[^.;]{0,20}?\b(?:held|kept|retained) back\b",
    re.I,
)
_WEAK = lazy_re.compile(  # a term only beside a payment word or a second share ("95% delivered within 30 days")
    r"按季度?结|每(?:个)?季度结|\binstal?lments?\b|\btranches\b|"
    # "60% at 60 days after arrival", "the remaining 50% within 90 days after commissioning"
    r"\b\d+\s*%\s*(?!deposit|advance|upfront|down)(?:\w+\s+){0,2}(?:at|within|after|in)\s+\d{2,3}\s*days?\b",
    re.I,
)
_PAY = lazy_re.compile(  # "paid" aside: "the course is paid in instalments" is not our money
    r"付|款|账期|帐期|\d\s*%|\b(?:pay(?:s|ing|ments?)?|balance|deposit|upfront|advance|invoice\w*|net)\b", re.I
)
_CLAUSE = lazy_re.compile(r"[，；;。！？!?]|[.,](?!\d)")
_SHORT = lazy_re.compile(  # the balance is paid before the goods leave
    r"发货前|出货前|装船前|发货之前|出货之前|装船之前|款到发货|付清(?:后|再)?(?:发货|出货)|见提单|提单副本|"
    r"\bbefore (?:shipment|shipping|loading|dispatch|the goods (?:leave|ship))\b|\bagainst (?:the |a )?(?:copy of (?:the )?)?"
    r"(?:B/?L|bill of lading|documents)\b|\b(?:B/?L|bill of lading) copy\b|\bat sight\b",
    re.I,
)
_SHARE = lazy_re.compile(r"定金|订金|预付|首付|付|款|\b(?:deposit|upfront|advance|balance|pay\w*)\b", re.I)
_NO_DEPOSIT = lazy_re.compile(
    r"(?:不|没|免|无)(?:付|给|做|要|有)?(?:定金|订金|预付)|全款|全额|\b100\s*%|\b(?:no|without|zero)\s+(?:\w+\s+)?(?:deposits?|advance|prepayment)\b",
    re.I,
)
_DAYS = lazy_re.compile(N + r"\s*(?:天|days?\b)", re.I)  # "70% 60 days after delivery": a term of days
RELAYS = lazy_re.compile(  # our clause naming the customer's term: "Your request for …", "你们提的…"
    r"\byour (?:request|proposal|ask|suggestion|finance'?s?|group'?s?|company'?s?)\b(?: \w+){0,2} (?:for|of|is|to)\b|"
    r"\bwhat you (?:asked|proposed|requested)\b|\byou (?:ask|want|request|propose)(?:ed)?\b|"
    r"(?:你们|您|贵司)(?:这边)?(?:提|要求|提出|希望)的",
    re.I,
)


_LATE = lazy_re.compile(  # "尾款开业满一个月再付", "剩下的明年秋收卖了粮再付", "一般要两个月才能付出去"
    _BALANCE + r"[^，。；;]{0,8}?(?:满(?!意)|过了|过完|明年|年底|年后|下半年|下个?月|秋收|卖了|回款|结算|开业|运营|投产|用了)[^，。；;]{0,8}?(?:再|才)(?:能|可以)?"
    r"(?:付|结|支付|给)|"
    + N + r"\s*个?(?:月|季度)(?:以后|之后|后)?才(?:能|可以)?(?:付|结|支付|打款)(?!了)"
)


def long_tail(text: str) -> bool:
    """Whether ``text`` defers a balance months after the goods arrive ("余款分四个季度付", "60% at 60 days")."""
    if LONG_TAIL.search(text) or (_LATE.search(text) and not _SHORT.search(text)):
        return True
    return any(
        (weak := _WEAK.search(c)) and _PAY.search(c[: weak.start()] + c[weak.end() :]) for c in _CLAUSE.split(text)
    )


def short_split(text: str) -> bool:
    """Whether ``text`` is a split paid off before the goods leave ("30%定金，发货前付清"), with no long tail."""
    return (
        bool(_SHORT.search(text) and _SHARE.search(text))
        and not _NO_DEPOSIT.search(text)
        and not long_tail(text)
        and not _DAYS.search(text)
    )


def relays_theirs(text: str) -> bool:
    """Whether our ``text`` names the customer's term ("Your request for 40% on arrival …")."""
    return bool(RELAYS.search(text))


__all__ = ["LONG_TAIL", "RELAYS", "long_tail", "relays_theirs", "short_split"]
