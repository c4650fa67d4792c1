"""One item per point of progress: the pieces of one negotiation, assembled across turns.

A price is rarely settled in one sentence: the rep offers "280", comes down to "260", the customer
answers "255可以". Item by item, those are three points ("让步（我方）：…", "让步（我方）：…",
"达成一致（客户）：…"); to a manager they are one: the price moved 280 → 260 → 255 and the customer
took it. Items about terms (an offer, a concession, a quote, an order, an agreement) with price
figures join a negotiation when they name one of its latest figures ("八百八可以" after "降到八百八";
the point named, not only the latest one), or move our latest offer down (our next, lower offer, or
the customer's counter below it, within :data:`RATIO`). The customer's reply that accepts our last
offer by naming it ("The credit note and the air shipment work for us") joins it too. A piece never
joins across another product code or more than ``2 * WINDOW`` characters after the point's latest
piece. The joined item states the movement with its values and its status (accepted, or not yet)
and keeps every piece's quotes.

Figures that are not prices (quantities, percentages, dates, durations, model codes) are ignored,
so a payment split or a warranty term never joins a price. Measured with the subject-less filter of
:mod:`~assistant.summaries.progress_noise`: dev (spent blind…blind16, 222 cases) progress precision
.539 -> .569, recall .596 unchanged (no case lost a match); spent blind17–19 kept as unseen sets:
precision .348 -> .355, recall .508 -> .492 (2 of 124 expected items lost).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from assistant.summaries import product_codes
from assistant.summaries import statements as st
from assistant.summaries.acceptance import ACCEPT, DATE, REFUSE
from assistant.summaries.labels import label
from assistant.summaries.money_marks import CODES
from assistant.summaries.numbers import KUAI_RE, find_numbers, read_number, said_each
from assistant.summaries.product_codes import CODE
from assistant.summaries.schema import ProgressItem
from assistant.summaries.spoken_prices import spoken_prices
from assistant.text import lazy_re

RATIO = 1.45  # a price moves by less than this factor between offer, counter and deal
TERMS = ("concession", "agreement", "quote", "order")
WINDOW = 400  # characters from an offer to the reply that accepts it by name
_CN = "零〇一二两三四五六七八九十百千万"
_NUMBER = lazy_re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{_CN}]{{2,}}(?:点[{_CN}]{{1,3}})?"
)
_MONEY = lazy_re.compile(rf"(?:USD|EUR|GBP|RMB|CNY|(?<![A-Za-z])(?-i:{CODES})|US\$|[$€£¥])\s?$", re.I)
# a count, duration, share or rank after the figure: not a price ("3000袋", "60 days", "两年", "30%")
_NOT_PRICE = lazy_re.compile(
    r"\s?(?:%|％|个|件|套|台|把|张|片|盒|箱|袋|条|只|支|双|组|家|人|天|日|号|周|年|月|小时|分钟|次|批|柜|吨|公斤|米|格|寸|盏|扇|"
    r"根|卷|瓶|罐|桶|捆|颗|粒|辆|架|棵|株|副|顶|块(?=\s?#|的?(?:数)?量)|"
    r"(?:pcs|pieces|pairs|units|sets|boxes|cartons|days|weeks|months|years|hours)\b)"
    r"|[A-Za-z]|(?:\s+[a-z-]+){0,2}\s+[a-z]{3,}s\b|\s+#",  # "48V", "46 rusty units", "1,500 WT-R7" (masked)
    re.I,
)


def _value(token: str) -> Decimal | None:
    try:
        return read_number(token) if not token[0].isdigit() else Decimal(token.replace(",", ""))
    except (InvalidOperation, ValueError, KeyError, IndexError):
        return None


def prices(text: str) -> list[Decimal]:
    """Return the figures of ``text`` that may be prices: not counts, shares, dates, durations or codes."""
    masked, spoken = DATE.sub(" ", text), spoken_prices(text)  # "two seventy-five": 275, said as a price
    for a, b, _ in spoken:
        masked = masked[:a] + " " * (b - a) + masked[b:]
    masked = KUAI_RE.sub(  # "十块零五": 10.05 (the same length, so positions hold)
        lambda m: f"{read_number(m['n'])}.{'0' if m['z'] else ''}{read_number(m['j'])}".ljust(len(m.group())),
        masked,
    )
    counts = [(n.start, n.end) for n in find_numbers(masked) if n.kind in ("quantity", "percentage")]
    out = [(a, v) for a, _, v in spoken]
    masked = CODE.sub(lambda m: "#" * len(m.group()), masked)  # "HD-2200", "A4": a name, not a figure
    for m in _NUMBER.finditer(masked):
        token = m.group()
        if token[0] in _CN and said_each(token, masked[max(0, m.start() - 8) : m.start()]) and _NOT_PRICE.match(masked, m.end()):
            token = token[:-1]  # "二百六一把": 260 a chair, a price per unit
        elif any(a <= m.start() < b for a, b in counts) or _NOT_PRICE.match(masked, m.end()):
            continue
        elif token[0].isdigit() and "." not in token and not _MONEY.search(masked[: m.start()]):
            if "," in token or len(token) == 1:
                continue  # "for 1,500 or more", "a 2-year warranty instead of 1": counts; "USD 17,620" is money
        v = _value(token)
        if v is not None and v > 0:
            out.append((m.start(), v))
    return [v for _, v in sorted(out, key=lambda x: x[0])]


def codes(item: ProgressItem) -> set[str]:
    """Return the model codes the item's quotes name ("HD-2200", "EM-2"), upper-cased."""
    return {c for q in item.quotes for c in product_codes.codes(q.text)}


_WORKS = lazy_re.compile(r"\bwork (?:for|with) (?:us|me)\b", re.I)  # "… work for us" (plural subject)
_CLAUSE = lazy_re.compile(r"[，,;；]\s*")
_STOP = frozenset(
    "that this with will your have from them they then there what when which would could about".split()
)
_FUNCTION_CJK = set("我你您他她们的了是可以这那个就也都和吧吗呢啊")


def _topic(text: str) -> set[str]:
    """Content tokens of ``text``: English words of four letters or more, CJK bigrams of content characters."""
    words = {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}
    cjk = re.sub(r"[^\u4e00-\u9fff]", " ", text)
    grams = {cjk[i : i + 2] for i in range(len(cjk) - 1)}
    return words | {g for g in grams if " " not in g and not set(g) & _FUNCTION_CJK}


def _answers(reply: ProgressItem, offer: ProgressItem) -> bool:
    """Whether the customer's ``reply`` accepts our ``offer`` by naming it ("The credit note … works for us")."""
    said = reply.quotes[0].text
    gap = reply.quotes[0].start - offer.quotes[-1].end
    return (
        reply.by == "customer"
        and offer.by == "we"
        and offer.kind in TERMS
        and 0 <= gap <= WINDOW
        and bool(ACCEPT.search(said) or _WORKS.search(said))
        and not REFUSE.search(said)
        and len(_topic(said) & _topic(_CLAUSE.split(offer.quotes[0].text)[0])) >= 2
    )  # "润滑脂三毛可以" answers only the second point of "标签印刷我们免费做，润滑脂每套加三毛钱": its own point


def _near(a: list[Decimal], b: list[Decimal]) -> bool:
    return any(
        x == y or (x > 0 and y > 0 and max(x, y) / min(x, y) <= Decimal(str(RATIO))) for x in a for y in b
    )


class _Point:
    """The pieces of one negotiation (items in order) with their price figures and codes."""

    def __init__(self, item: ProgressItem) -> None:
        self.items = [item]
        self.accepted = False  # set when the customer's reply takes the offer by name
        self.figures = [p for q in item.quotes for p in prices(q.text)]  # the latest piece's figures
        self.ours = self.figures if item.by == "we" else []  # our latest offer's figures
        self.codes = codes(item)

    def _fits(self, item: ProgressItem) -> bool:
        """No other product code, and within ``2 * WINDOW`` characters of the latest piece."""
        mine = codes(item)
        if mine and self.codes and not mine & self.codes:
            return False
        return 0 <= item.quotes[0].start - self.items[-1].quotes[-1].end <= 2 * WINDOW

    def shares(self, item: ProgressItem, figures: list[Decimal]) -> bool:
        """Whether ``item`` takes up one of the latest figures ("八百八可以" after "降到八百八")."""
        return self._fits(item) and bool(set(figures) & set(self.figures + self.ours))

    def follows(self, item: ProgressItem, figures: list[Decimal]) -> bool:
        """Whether ``item`` moves our latest offer down.

        It is our next, lower offer ("260" after "280") or the customer's counter below it
        ("If you can do 0.35…" after "0.36"). Our offer is our piece's highest figure: a lower one
        there is often their ask we turned down ("12 is below our cost, I can do 13.80").
        """
        return (
            self._fits(item)
            and bool(self.ours)
            and (item.by == "customer" or (item.by == "we" and item.kind != "agreement"))
            and max(figures) < max(self.ours)
            and _near(self.ours, figures)
        )

    def add(self, item: ProgressItem, figures: list[Decimal]) -> None:
        self.items.append(item)
        self.figures = figures
        if item.by == "we":
            self.ours = figures
        self.codes |= codes(item)


def _fmt(v: Decimal) -> str:
    s = f"{v:f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _status(point: _Point, lang: str) -> str:
    """Return the point's status in ``lang``: accepted, refused (the customer's latest word) or not yet."""
    items = point.items
    theirs = [i for i in items if i.by == "customer"]
    refused = bool(theirs) and bool(REFUSE.search(theirs[-1].quotes[0].text)) and not point.accepted
    accepted = not refused and (
        point.accepted
        or any(i.kind == "agreement" or ACCEPT.search(i.quotes[0].text) for i in theirs)
        or any(i.kind == "agreement" and len({q.speaker for q in i.quotes}) > 1 for i in items)
    )
    status = "accepted" if accepted else "refused" if refused else "open"
    return (
        {"accepted": "客户接受", "refused": "客户未接受", "open": "客户尚未接受"}[status]
        if lang == "zh"
        else {"accepted": "accepted", "refused": "not accepted", "open": "not yet accepted"}[status]
    )


def _assembled(point: _Point, lang: str) -> ProgressItem:
    """Return one item for a negotiation of several pieces: the movement of its figures, its status, all quotes."""
    items = point.items
    moves: list[str] = []
    for item in items:
        for q in item.quotes:
            for v in prices(q.text):
                if not any(max(v, x) / min(v, x) <= 2 for x in point.figures):
                    continue  # a side figure ("we waive the USD 180 plate charge"), not this price
                f = _fmt(v)
                if not moves or moves[-1] != f:
                    moves.append(f)
    quotes = sorted({q.start: q for i in items for q in i.quotes}.values(), key=lambda q: q.start)
    accepted = _status(point, lang)
    agreed = accepted in ("accepted", "客户接受")
    kind = "agreement" if agreed else next((i.kind for i in items if i.kind != "agreement"), items[0].kind)
    by = "customer" if agreed else next((i.by for i in items if i.by == "we"), items[0].by)
    subject = st.clean(items[0].quotes[0].text)
    arrow = " → ".join(moves)
    if not moves:  # accepted by name ("The credit note … works for us"): the offer and its reply
        reply = st.clean(items[-1].quotes[0].text)
        body = f"{subject}（{accepted}：{reply}）" if lang == "zh" else f"{subject} ({accepted}: {reply})"
    elif lang == "zh":
        body = f"价格 {arrow}（{accepted}）；{subject}"
    else:
        body = f"Price {arrow} ({accepted}); {subject}"
    head = label("agreement" if agreed else "concession", lang)
    return ProgressItem(text=st.statement(head, body, lang), kind=kind, by=by, quotes=quotes)


def group_points(items: list[ProgressItem], lang: str) -> list[ProgressItem]:
    """Assemble the pieces of each price negotiation into one item; other items stay as they are.

    Args:
        items: Progress items in conversation order.
        lang: The summary's language (``zh`` or ``en``).
    """
    out: list[ProgressItem | _Point] = []
    for item in items:
        figures = [p for q in item.quotes for p in prices(q.text)]
        prev = out[-1] if out else None
        offer = prev.items[-1] if isinstance(prev, _Point) else prev
        if offer is not None and _answers(item, offer):
            if not isinstance(prev, _Point):
                prev = out[-1] = _Point(offer)
            prev.add(item, figures or prev.figures)
            prev.accepted = True
            continue
        if item.kind not in TERMS or not figures:
            out.append(item)
            continue
        points = [p for p in reversed(out) if isinstance(p, _Point)]
        point = next((p for p in points if p.shares(item, figures)), None)  # "7.40 ok": the point it names
        if point is None and points and points[0].follows(item, figures):
            point = points[0]
        if point is None:
            out.append(_Point(item))
        else:
            point.add(item, figures)
    return [
        x if isinstance(x, ProgressItem) else (x.items[0] if len(x.items) == 1 else _assembled(x, lang))
        for x in out
    ]
