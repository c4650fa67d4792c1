"""The lines of an order as the talk says them: how many of each product, and our unit price for it (issue 14).

Nobody says the total of an order line by line: the customer says "so it's twenty-four washers" and
"另外平衡重要三台", we say "the dryer at 1,480" and "前移式降到23.8万一台". This module reads those
pieces: :func:`product_counts` the counts of things ("24 washers", "480 AC-45 chairs", "100 TB-80",
"前移式八台", "一共九百六十盏"), :func:`unit_prices` our price for one product per clause ("EUR 2,640
per bike", "kids £49", "bring the AC-45 down from 92 to 88", "二百九一盏"). Each names its product by
its words (English nouns, singular; Chinese character pairs), its model codes and, for Chinese, its
measure word; :func:`same_product` says whether a price and a count are about one thing.

Left out on purpose: a count per something ("每个棚八十盏", "each store fits four"), a count replaced
("not 400", "而不是"), what the customer already has or bought, a measure ("18 kg", "9.5米"); a price
that is a line's total ("so EUR 166,800 for 60", "合计"), a figure replaced ("from 92", "instead of
£145", "原价"), a rival's price, a share or a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.summaries.count_words import WORDS
from assistant.summaries.numbers import find_numbers
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.summaries.price_gaps import THEIRS
from assistant.summaries.price_pieces import ELSEWHERE, PRICE_CUE
from assistant.summaries.product_codes import codes
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.numerals import cn_to_decimal

_CLAUSE = lazy_re.compile(r"[，；;、。!?！？]|,(?!\d{3})|(?<=\d)\s+(?=[\u4e00-\u9fff])|\s+(?:and|plus|but|while)\s+|另外|还有|以及")
_EN_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
_EN_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_EN_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
_EN_COUNT = lazy_re.compile(  # "twenty-four washers", "480 AC-45 chairs", "100 TB-80", "30 adult wetsuits"
    rf"(?<![\w$€£¥.,/-])(?P<n>{_EN_NUM})(?![\d.,])\s+"
    r"(?:(?P<c>(?-i:[A-Z]{1,5}-?\d{1,5}[A-Z]?))(?![\w-])\s*)?"
    r"(?P<w>(?:(?!(?:and|or|at|for|of|to|in|on|with|per|each)\b)[a-z0-9][a-z0-9-]*\s+){0,3}[a-z][a-z-]{2,}s)?\b",
    re.I,
)
_CN_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)"
_CN_UNIT = r"台|套|个|只|把|张|条|件|辆|盏|扇|双|顶|组|支|片|桶|卷|床|副|块(?!钱)"
_CN_COUNT = lazy_re.compile(  # "前移式要八台", "揉捻机八台", "一共九百六十盏"
    rf"(?P<t>[\u4e00-\u9fffA-Za-z0-9-]{{0,10}}?)(?:还?要|需要|得要|就要|改为|改成|一共|总共|共)?"
    rf"(?<![\d.一二两三四五六七八九十百千万])(?P<n>{_CN_NUM})(?P<u>{_CN_UNIT})(?![\u4e00-\u9fff]*?[钱元块]\b)"
)
_NOT_A_COUNT = lazy_re.compile(  # words after a figure that make it a measure, a time or a share
    r"^\s*(?:%|percent|kg|g|mm|cm|m|km|ml|l|w|kw|v|ft|inch\w*|x|days?|weeks?|months?|years?|hours?|minutes?|"
    r"stores?|shops?|sites?|people|staff|times|kids? camps?|degrees|metres|meters|tons?|tonnes?|"
    r"litres?|liters?|grams?|kilos?|kgs|lbs|feet|foot|inches|watts?|volts?|amps?|sq\w*|square|cubic|"
    r"dollars?|euros?|pounds?|bucks|yuan|usd|eur|gbp|sgd|aud|cad|rmb)\b",
    re.I,
)
_REPLACED = lazy_re.compile(  # the figure after these is the old one: "not 400", "from 92", "instead of £145"
    r"(?:\b(?:not|from|instead of|rather than|was|were|previously|originally|first planned|each|per|every)|"
    r"而不是|不是|从|原来|原价|原先|之前|上次|本来|每个?|各)\s*[^\s\d]{0,4}\s*$",
    re.I,
)
_PER_HEAD = lazy_re.compile(  # "each store only fits four", "每个门店要十盏": a count per something
    r"\b(?:each|every|per)\s+\w+\s+(?:\w+\s+)?(?:takes?|fits?|holds?|needs?|gets?|has|have)\s+$|每(?:个|家|间)?[\u4e00-\u9fff]{1,4}(?:要|配|装)?$",
    re.I,
)
_HELD = lazy_re.compile(r"\b(?:have|has|had|bought|own|owns|use[sd]?|using)\s+(?:\w+\s+)?$|(?:有|买过|用了|在用)$", re.I)
_LINE_TOTAL = lazy_re.compile(
    r"合计|一共|总共|总价|总计|共计|\b(?:so|total|totals|altogether|in all|comes? to|came to)\b|=", re.I
)
_PRICED_AT = lazy_re.compile(  # "bring the washer down to 2,060", "match 1,480 on the dryer", "boards at 135"
    r"\b(?:to|at|match|is|are|for)\s+(?:[$€£]|[A-Z]{3}\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]|\s*(?:%|(?!(?:dollars|euros|pounds|usd|eur|gbp|sgd|each|per|apiece|a|on|for)\b)[a-z]))", re.I
)
_PER_PIECE = lazy_re.compile(rf"[一每](?:{_CN_UNIT})|单价|\b(?:each|per|apiece|a piece|a unit|at)\b|/\s*\w", re.I)
_GIFT = lazy_re.compile(r"送|赠|免费|价值|\b(?:free|worth|complimentary|on the house)\b", re.I)
_YOUR_QUOTE = lazy_re.compile(r"\byour (?:quote|quotation|price|offer)\b|你们(?:的)?报价|你们报的?|你们给的价", re.I)
_GENERIC_EN = frozenset(
    "price prices unit units piece pieces pcs set sets item items order orders total each per quote offer best "
    "can could will would match bring down come make give lowest final new more than only just about extra "
    "also then that this with from your ours their them they those these have what which when where there "
    "delivered included incl including logo the and for instead dollar euro pound eur usd gbp sgd aud cad rmb "
    "quotation attached one ones".split()
)
_GENERIC_ZH = lazy_re.compile(  # numerals, money, measure words and the words of haggling: no product's name
    r"[\d.,一二两三四五六七八九十百千万元块钱价降到报给您你们我们的是了可以就再每合计一共台套个只把张条件辆盏扇双"
    r"最低高多少那这能做算吧呢啊哦嗯呀也还都很太贵便宜好行让要只总共]"
)


@dataclass(frozen=True)
class Line:
    """One product's count or unit price, said in one clause of ``at``."""

    value: Decimal
    words: frozenset[str]  # the product's words (singular English nouns, Chinese character pairs)
    codes: frozenset[str]
    unit: str  # the Chinese measure word, "" in English
    at: Sentence
    each: bool = True  # a price for one piece; False: the price of the whole line ("杀青机四台15.2万")


def _stem(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def product_words(text: str) -> frozenset[str]:
    """Return the product words of ``text``: English nouns (singular, hyphens split) and Chinese pairs."""
    parts = (w for part in re.findall(r"[A-Za-z][A-Za-z-]{2,}", text) for w in part.split("-"))
    en = {_stem(w) for w in parts if len(w) >= 4}  # "kids" → "kid"; not "the", "has"
    cjk = _GENERIC_ZH.sub(" ", re.sub(r"[^\u4e00-\u9fff]", " ", text))
    pairs = {cjk[i : i + 2] for i in range(len(cjk) - 1) if " " not in cjk[i : i + 2]}
    return frozenset((en - {_stem(g) for g in _GENERIC_EN}) | pairs)


def _value(token: str) -> Decimal | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return Decimal(token)
    tens, _, ones = token.partition("-")
    if tens in WORDS and (not ones or ones in WORDS):
        return Decimal(WORDS[tens] + (WORDS[ones] if ones else 0))
    try:
        return cn_to_decimal(token)
    except ValueError:
        return None


def product_counts(s: Sentence) -> list[Line]:
    """Return the counts of products ``s`` says, in order (see the module docstring for what is left out)."""
    return [line for clause in _CLAUSE.split(s.text) for line in _counts(clause, s)]


def _counts(clause: str, s: Sentence) -> list[Line]:
    """Return the counts of products one clause of ``s`` says."""
    out: list[Line] = []
    money = [(n.start, n.end) for n in find_numbers(clause) if n.kind == "amount"]
    for m in _EN_COUNT.finditer(clause):
        head, after = clause[: m.start()], clause[m.end("n") :]
        if any(a <= m.start() < b for a, b in money):
            continue  # "80,000 US dollars": money, not a count
        if (not m["c"] and not m["w"]) or _NOT_A_COUNT.match(after) or _REPLACED.search(head):
            continue
        if _HELD.search(head) or _PER_HEAD.search(head) or re.search(r"[$€£¥]\s*$|\b(?:USD|EUR|GBP|SGD|AUD)\s*$", head, re.I):
            continue
        value = _value(m["n"])
        if value is not None and value >= 2:
            out.append(Line(value, product_words(m["w"] or ""), frozenset(codes(m["c"] or "")), "", s))
    found = [m for m in _CN_COUNT.finditer(clause) if not (len(m["n"]) > 1 and m["n"].endswith("一"))]  # "二百九一盏"
    for m in found:
        head = clause[: m.start("n")]
        if _REPLACED.search(head) or _HELD.search(head) or _PER_HEAD.search(head):
            continue
        value = _value(m["n"])
        thing = m["t"] + (clause[m.end() :] if len(found) == 1 else "")  # "要三台三吨的电动平衡重": named after
        if value is not None and value >= 2:
            out.append(Line(value, product_words(thing), frozenset(codes(thing)), m["u"], s))
    return out


def _quotes_ours(s: Sentence) -> bool:
    """Whether ``s`` says our price: we say it, or the customer reads our quote back ("your quote has …")."""
    if ELSEWHERE.search(s.text) or THEIRS.search(s.text):
        return False  # a rival's price, or ours about theirs
    return party_of(s) == "we" or (party_of(s) == "customer" and bool(_YOUR_QUOTE.search(s.text)))


def unit_prices(s: Sentence) -> list[Line]:
    """Return our unit prices in ``s``, one per clause naming a price: the clause's last figure not replaced."""
    if not _quotes_ours(s):
        return []
    out: list[Line] = []
    for clause in _CLAUSE.split(s.text):
        if not PRICE_CUE.search(clause) and not _PRICED_AT.search(clause):
            continue
        if _LINE_TOTAL.search(clause) or _GIFT.search(clause) or re.search(r"\d\s*(?:for|x|×)\s*\d", clause):
            continue  # "so EUR 166,800 for 60", "合计39.2万": a total; "送您一套烤盘（价值600）": a gift
        said_counts = _counts(clause, s)
        counted = {c.value for c in said_counts}
        whole = any(c.unit for c in said_counts) and not _PER_PIECE.search(clause)  # "杀青机四台15.2万": the line's
        said = [*figures(clause), *(Decimal(x.replace(",", "")) for x in _PRICED_AT.findall(clause))]
        kept = [f for f in dict.fromkeys(said) if f not in counted and not _replaced(clause, f)]
        if kept:  # "down from 92 to 88": 88 (92 is the old figure); two new figures in a clause: the lower
            unit = m.group(1) if (m := re.search(rf"一({_CN_UNIT})", clause)) else ""
            out.append(Line(min(kept), product_words(clause), frozenset(codes(clause)), unit, s, not whole))
    return out


def _replaced(clause: str, figure: Decimal) -> bool:
    """Whether ``figure`` is said as the old one in ``clause`` ("from 92 to 88": 92; "instead of £145")."""
    for m in re.finditer(r"[$€£¥]?\s?[\d,]+(?:\.\d+)?万?|[一二两三四五六七八九十百千万点]+", clause):
        if figure in figures(m.group()) and _REPLACED.search(clause[: m.start()]):
            return True
    return False


def same_product(price: Line, count: Line) -> float:
    """How surely ``price`` and ``count`` are about one product: 0 not, more for a code or more shared words.

    Shared words tie-break on how much of the count's name the price names: "adult wetsuit £68" is the
    price of "30 adult" rather than of "20 kids wetsuits".
    """
    if price.codes & count.codes:
        return 10.0
    shared = price.words & count.words
    if shared:
        return len(shared) + len(shared) / (2 * len(count.words))
    if price.codes and count.codes:
        return 0.0
    return 0.5 if price.unit and price.unit == count.unit and not price.words else 0.0  # "一百二一盏"
