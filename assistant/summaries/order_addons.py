"""A service priced per piece of the goods or once for the order, added to the order's total (issue 14).

Quotes price a service by the unit of the goods it is done to: "installation is GBP 55 per panel", "安装费每台
800元", "delivery and mounting EUR 40 per unit". Nobody multiplies it out, yet it belongs in the total set
against the customer's budget when the budget says it covers that service ("a ceiling of GBP 50,000 including
installation"; :func:`~assistant.summaries.order_totals.order_totals` passes the services it covers). :func:`addon_lines` reads such a
price in our sentences and counts the pieces it applies to: the order lines whose English head noun is
the unit named ("per panel"), or every line when the unit is generic ("per unit") or no line names its noun
("36 IFP-75"); in Chinese the lines in the measure word named ("每台": the lines in 台).
A service said to be free, included or waived in its own clause, one the customer will do themselves
("we'll do the fitting ourselves", "我们自己装"), a rate per hour, day, trip or metre, or the customer's price
adds nothing; a service priced twice counts once, at its latest price. A service priced once for the whole order
("Installation including wire guidance: USD 24,000 lump sum", "安装调试及培菌32万元") is one line of its figure
(:func:`lump_lines`), when the budget names it or is for the whole project ("for the whole package", "本项目预算").
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries.order_items import Line, stem
from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

COVERS = lazy_re.compile(  # "a ceiling of GBP 50,000 including installation", "预算17万，含安装" (not 不含, 不包含)
    r"\b(?:including|incl\.?|inclusive of)\s+(?:the\s+)?(?P<s>installation|fitting|mounting|shipping|freight|delivery|training)\b|"
    r"(?<!不)(?<!不包)(?:含|包含|包括|连同)(?P<s2>安装|运费|运输|物流|培训)(?:费)?",
    re.I,
)

_SERVICE = (
    r"installation|install|mounting|fitting|commissioning|set-?up|delivery|training|"
    r"安装调试费?|安装费?|调试费|送货费?|运费|培训费"
)
_KIND = (  # one name per service, so a price said twice ("installation … 55", "install … 55") counts once
    ("install", "安装", "mount", "fitting"),
    ("set",),
    ("commission", "调试"),
    ("deliver", "送货", "运费", "ship", "freight", "运输", "物流"),
    ("train", "培训"),
)
_NOT_PIECE = frozenset(  # a rate per time, trip or distance, not per piece of the goods
    "hour hours hr hrs day days week weeks month months visit visits trip trips truck trucks km mile miles "
    "metre metres meter meters m person man-day engineer technician".split()
)
_EN = lazy_re.compile(
    rf"\b(?P<s>{_SERVICE})\b[^.;\n]{{0,30}}?(?:[$€£]|\b(?:USD|EUR|GBP|CNY|RMB|AUD|CAD|SGD|AED|SAR|CHF)\s?)"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:per|each|a|/)\s+(?P<u>[a-z-]+)",
    re.I,
)
_ZH = lazy_re.compile(  # "安装费每台800元", "每台安装调试费800元"
    rf"(?P<s>{_SERVICE})[^，。；\n]{{0,6}}?每(?P<u>[台套个件张把组])(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:元|块)|"
    rf"每(?P<u2>[台套个件张把组])(?:的)?(?P<s2>{_SERVICE})[^，。；\d\n]{{0,4}}(?P<n2>\d[\d,]*(?:\.\d+)?)\s*(?:元|块)"
)
_LUMP_EN = lazy_re.compile(  # "Installation including wire guidance: USD 24,000 lump sum", "USD 24,000 for installation"
    rf"\b(?P<s>{_SERVICE})\b[^.;\n\d]{{0,30}}?(?P<m>(?:[$€£]|\b(?:USD|EUR|GBP|AUD|CAD|SGD|AED|SAR|CHF)\s?)\d+(?:,\d{{3}})*(?:\.\d+)?)"
    r"(?!\d|[.,]\d|\s*[kK]\b)(?!\s*(?:per|each|a|an|/|for each|apiece|x)(?:\b|\s))|"
    rf"(?P<m2>(?:[$€£]|\b(?:USD|EUR|GBP|AUD|CAD|SGD|AED|SAR|CHF)\s?)\d+(?:,\d{{3}})*(?:\.\d+)?)\s+(?:for\s+(?:the\s+)?)?(?P<s2>{_SERVICE})\b",
    re.I,
)
_LUMP_ZH = lazy_re.compile(  # "安装调试及培菌32万元", "安装费报价3.2万": the service priced once, not 每台
    rf"(?P<s>{_SERVICE})[^，。；\n\d每]{{0,8}}?(?P<m>\d[\d,]*(?:\.\d+)?\s*(?:万元?|元))(?![\d.]|\s*/|\s*每|\s*一[台套个件]|[件台套个只张片吨米])"
)
_MILESTONE = lazy_re.compile(r"付|款|后|\b(?:after|balance|due|total|payment|deposit|upon)\b", re.I)  # a payment step
_EACH_AFTER = lazy_re.compile(r"\s*(?:一[台套个件张]|/[台套个件]|for each|apiece|\bper\b|\beach\b)", re.I)
_PER_ONE = lazy_re.compile(r"一[台套个件张]|每")  # "安装费一台800元": per machine
WHOLE = lazy_re.compile(  # a budget for the whole project covers every service priced for it
    r"本项目|整个项目|项目(?:总)?预算|全部费用|总包|\b(?:whole|entire|total) (?:package|project|scope)\b|\ball-in\b", re.I
)
_GENERIC = frozenset("unit units piece pieces pc pcs item items set sets".split())
_FREE = lazy_re.compile(r"\b(?:free|included|inclusive)\b|免费|包含|含在", re.I)  # said of the service in its clause
_WAIVED = lazy_re.compile(r"\b(?:waive[ds]?|waiving|no charge)\b|免收|不收", re.I)  # "…, but for this order we waive it"
_OURSELVES = lazy_re.compile(  # the customer does the work: "we'll do the fitting ourselves", "安装我们自己装"
    rf"\b(?P<s>{_SERVICE})\b[^.;!?]{{0,30}}\bourselves\b|\bourselves\b[^.;!?]{{0,20}}\b(?P<s2>{_SERVICE})\b|"
    r"(?P<s3>安装|调试|送货|培训)[^。；，]{0,6}(?:我们|我方)?(?:自己|自行)|(?:我们|我方)?(?:自己|自行)(?:来)?(?P<s4>安装|装|调试|送货|培训)",
    re.I,
)
_CLAUSE = lazy_re.compile(r"[,;，；。!?！？]|\.\s|\bbut\b", re.I)


def kind(service: str) -> str:
    """Return the service's one name ("install" for "installation", "安装费", "fitting")."""
    low = service.lower()
    return next((k[0] for k in _KIND if any(w in low for w in k)), low)


def _pieces(unit: str, lines: tuple[tuple[Line, Line], ...], zh: bool) -> Decimal:
    """Return how many pieces of the priced lines a service "per ``unit``" applies to."""
    if zh:
        return sum((c.value for c, _ in lines if c.unit == unit), Decimal(0))
    if unit.lower() in _NOT_PIECE:
        return Decimal(0)  # "GBP 60 per hour", "EUR 400 a day"
    if unit.lower() in _GENERIC or all(not c.head for c, _ in lines):  # "per unit"; coded lines ("36 IFP-75") only
        return sum((c.value for c, _ in lines), Decimal(0))
    return sum((c.value for c, _ in lines if c.head == stem(unit.lower())), Decimal(0))


def _own_clause(text: str, start: int, end: int) -> str:
    """Return the clause of ``text`` around ``start``–``end`` (a "free" elsewhere in the sentence is another's)."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text)]
    a = max(c for c in cuts if c <= start)
    b = min((c for c in cuts if c >= end), default=len(text))
    return text[a:b]


def _themselves(sentences: list[Sentence]) -> set[str]:
    """Return the services the customer says they will do themselves ("we'll do the fitting ourselves")."""
    return {
        kind(next(g for g in m.groups() if g))
        for s in sentences
        if party_of(s) != "we"
        for m in _OURSELVES.finditer(s.text)
    }


def addon_lines(
    sentences: list[Sentence], lines: tuple[tuple[Line, Line], ...], covered: frozenset[str]
) -> tuple[tuple[Line, Line], ...]:
    """Return (pieces, price per piece) for each covered service we price per piece of the order's priced lines.

    Args:
        sentences: The conversation's sentences.
        lines: The order's (count, unit price) lines already priced.
        covered: The services the customer's budget covers, by :func:`kind` ("install").

    Returns:
        One pair per service, the count being the pieces it applies to ("installation is GBP 55 per panel"
        with 36 and 10 panels ordered: 46 × 55); nothing for a free, waived or self-done service.
    """
    themselves = _themselves(sentences)
    found: dict[str, tuple[Line, Line]] = {}  # one per service: the latest price said for it
    for s in sentences:
        if party_of(s) != "we":
            continue
        for rx, zh in ((_EN, False), (_ZH, True)):
            for m in rx.finditer(s.text):
                service, unit, figure = (m["s"], m["u"], m["n"]) if m["s"] else (m["s2"], m["u2"], m["n2"])
                name = kind(service)
                free = _FREE.search(_own_clause(s.text, m.start(), m.end())) or _WAIVED.search(s.text)
                if name not in covered or name in themselves or free:
                    continue  # "Fitting is normally EUR 35 per door, but for this order we waive it."
                pieces = _pieces(unit, lines, zh)
                if pieces <= 0:
                    continue
                span = (m.start(), m.end())
                count = Line(pieces, frozenset(), frozenset(), unit if zh else "", s, name=service.lower(), span=span)
                price = Line(Decimal(figure.replace(",", "")), frozenset(), frozenset(), "", s, name=service.lower(), span=span)
                found[name] = (count, price)
    return tuple(found.values())


def lump_lines(
    sentences: list[Sentence], covered: frozenset[str] | None
) -> tuple[tuple[Line, Line], ...]:
    """Return (1, price) for each service we price once for the whole order, when the budget covers it.

    "Installation including wire guidance: USD 24,000 lump sum", "安装调试及培菌32万元": counted once at its latest
    figure. ``covered``: the services the budget names ("including installation"), or None when the budget is
    for the whole project and covers every service. A free, waived or self-done service adds nothing; the
    customer's figure is none of ours (minutes' lines, spoken by nobody, are read: they record our quote).
    """
    themselves = _themselves(sentences)
    found: dict[str, tuple[Line, Line]] = {}
    for s in sentences:
        if party_of(s) == "customer":
            continue
        for rx in (_LUMP_EN, _LUMP_ZH):
            for m in rx.finditer(s.text):
                service, money = (m["s"], m["m"]) if m["s"] else (m["s2"], m["m2"])
                name = kind(service)
                if _MILESTONE.search(m.group()) or _EACH_AFTER.match(s.text, m.end()) or _PER_ONE.search(m.group()):
                    continue  # "after installation, the balance of USD 150,000 is due", "安装费一台800元"
                if (covered is not None and name not in covered) or name in themselves:
                    continue
                if _FREE.search(_own_clause(s.text, m.start(), m.end())) or _WAIVED.search(s.text):
                    continue
                figures = money_value(money)
                if figures is None:
                    continue
                span = (m.start(), m.end())
                count = Line(Decimal(1), frozenset(), frozenset(), "", s, name=service.lower(), span=span)
                found[name] = (count, Line(figures, frozenset(), frozenset(), "", s, each=False, name=service.lower(), span=span))
    return tuple(found.values())


def money_value(said: str) -> Decimal | None:
    """Return the amount of "USD 24,000", "32万元", "3.2万" (None when there is no figure)."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", said)
    if not m:
        return None
    value = Decimal(m.group().replace(",", ""))
    return value * 10000 if "万" in said[m.end() :] else value


def covered_services(text: str) -> frozenset[str]:
    """Return the services a budget sentence says it covers ("…including installation" → {"install"})."""
    return frozenset(kind(m["s"] or m["s2"]) for m in COVERS.finditer(text))
