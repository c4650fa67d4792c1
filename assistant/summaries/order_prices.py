"""Our unit price for each product of an order, one per clause (issue 14).

"EUR 2,640 per bike", "kids £49", "I can match 1,480 on the dryer and bring the washer down to 2,060",
"For 480 chairs I can bring the AC-45 down from 92 to 88", "二百九一盏", "前移式降到23.8万一台", "每台三十三万",
"5.3万/台", "EUR 130 per set": each clause naming a price gives the product it names (words, codes, the Chinese
measure word after 一/每 or /, the English noun after per/each) and its new figure. The old one ("from 92",
"instead of £145", "原价") and a spec beside it ("最高20公里/小时") are left out; of two new ones, the lower. A clause naming no
product takes the one the clause before it named ("The washer lists at 2,400 but for you 2,060"). A Chinese
line with its count and no word of "each" is the line's price ("杀青机四台15.2万"). :func:`same_product` says
how surely a price is for a count of :mod:`~assistant.summaries.order_items`.

Not our unit price: a line's total ("so EUR 166,800 for 60", "合计"), a gift ("送您一套烤盘（价值600）"), a
service or part beside the goods ("installation is 80 per washer", "a spare pump is 180"), another seller's
price ("Bosch has the same washer at 2,600", "a Dutch builder quoted us EUR 2,450"), and the customer's words
unless they read our quote back ("Your quote has the washer at 2,150"). Minutes' narrative (no speaker) states
our prices unless it says a figure asked, proposed, paid elsewhere or a ceiling.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from assistant.summaries.order_items import (
    CLAUSE,
    CN_UNIT,
    REPLACED,
    Line,
    clause_counts,
    product_words,
    stem,
    value_of,
)
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.summaries.price_gaps import THEIRS
from assistant.summaries.price_pieces import ELSEWHERE, PRICE_CUE
from assistant.summaries.product_codes import codes
from assistant.summaries.rival_cheaper import SOMEONE_ELSE
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_PRICED_AT = lazy_re.compile(  # "bring the washer down to 2,060", "match 1,480 on the dryer", "boards at 135"
    r"\b(?:to|at|match|is|are|for)\s+(?:[$€£]|[A-Z]{3}\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,]|\s*(?:%|(?!(?:dollars|euros|pounds|usd|eur|gbp|sgd|each|per|apiece|a|on|for)\b)[a-z]))",
    re.I,
)
_EACH_ZH = lazy_re.compile(rf"(?:\d|[万千百])一(?:{CN_UNIT})")  # "18万一台", "3000一台", "叉车三万一台"
_PER_PIECE = lazy_re.compile(rf"[一每](?:{CN_UNIT})|单价|\b(?:each|per|apiece|a piece|a unit|at)\b|/\s*\w", re.I)
_LINE_TOTAL = lazy_re.compile(
    r"合计|一共|总共|总价|总计|共计|\b(?:so|total|totals|altogether|in all|comes? to|came to)\b|=", re.I
)
_NOT_GOODS = lazy_re.compile(  # a gift, a service or a part priced beside the goods
    r"送|赠|免费|价值|安装|运费|运输|物流|培训|调试费|配件|备件|\b(?:free|worth|complimentary|on the house|install\w*|"
    r"shipping|freight|delivery charge|training|commissioning|spare parts?|labou?r)\b|"
    r"(?:^|[,;:(]\s*|\b(?:and|plus)\s+)(?:the\s+|our\s+)?(?:fitting|mounting|set-?up)\s+(?:is|costs?|fees?|charges?|comes to|will be|at)\b|"
    r"\b(?:fitting|mounting|set-?up)\b[^.;]{0,30}\bper\s+(?!(?:piece|pc|pcs|unit|item|each)\b)[a-z]",
    # the service ("Fitting is EUR 35 per door", "Wall mounting GBP 40 per screen"), not goods ("The brass fitting is USD 3.20 each")
    re.I,
)
_INCLUDED = lazy_re.compile(  # the service comes with the goods' price: "1,950 each with free delivery", "包安装"
    r"含|包|\b(?:incl\w*|with free|free (?:delivery|shipping|installation)|delivered|installed)\b", re.I
)
_FOR_COUNT = lazy_re.compile(  # a price for another order size: "1,990 each for 30", "三十台以上"
    r"\b(?:for|if you (?:order|take|buy))\s+(\d[\d,]*)\b(?!\s*(?:%|days|weeks))|(\d+)\s*(?:台|个|件|套|张|把)?以上", re.I
)
_OTHER_SELLER = lazy_re.compile(  # "Bosch has the same washer at 2,600", "Bosch sells the washer for 2,600"
    r"(?<![\w-])(?-i:[A-Z][a-z]+)\s+(?:has|sells|offers|quoted|charges)\b", re.I
)
_MEASURE = lazy_re.compile(
    r"\s*(?:公里|千米|公斤|千克|克|厘米|毫米|米|吨|千瓦|瓦|度|转|小时|分钟|秒|天|周|个月|年|%|℃|°|"
    r"(?:km|kg|g|mm|cm|m|kw|w|rpm|mph|hours?|days?|weeks?|months?|years?|percent)\b)",
    re.I,
)
_GOODS_END = lazy_re.compile(r"[机器柜箱车灯床椅桌架板管泵阀表仪屏炉锅瓶罐线柜台]$")  # "干机": a product's word
_GENERIC_GOODS = frozenset({"机器", "整机", "主机", "设备", "器材", "产品", "机子", "单机"})
_PER_NOUN = lazy_re.compile(r"\b(?:per|a|each)\s+(?!(?:cent|year|month|week|unit|piece|day|head)\b)([a-z]{3,})\b", re.I)
_NOT_A_NAME = frozenset("i we our my your you the this that these those their his her its it so and but ok okay".split())
_OURS = lazy_re.compile(r"\b(?:I|we|our|my)\b|我们|我这边|给您|给你", re.I)
_YOUR_QUOTE = lazy_re.compile(r"\byour (?:quote|quotation|price|offer)\b|你们(?:的)?报价|你们报的?|你们给的价", re.I)
_ASKS = lazy_re.compile(  # minutes' figures that are not our price: asked, proposed, paid to others, a ceiling
    r"\b(?:ask\w*|wants?|wanted|target\w*|hopes?|budget\w*|request\w*|propos\w*|currently pays?|pays? (?:to|for)|"
    r"ceiling|counter\w*)\b|希望|要求|目标|想要|预算|还价|目前用|现在用",
    re.I,
)
_TOKEN = lazy_re.compile(r"[$€£¥]?\s?\d[\d,]*(?:\.\d+)?\s?万?|[一二两三四五六七八九十百千万点]{2,}")


def _says_ours(s: Sentence) -> bool:
    """Whether ``s`` says our price: we say it, or the customer reads our quote back ("your quote has …")."""
    if ELSEWHERE.search(s.text) or THEIRS.search(s.text):
        return False  # a rival's price, or ours about theirs
    if party_of(s) == "unknown" and s.speaker is None:  # minutes' narrative: "Chenyi quoted SAR 11,500 per HB-3F"
        return not _ASKS.search(s.text)  # not "the hospital asked for SAR 33,000"
    return party_of(s) == "we" or (party_of(s) == "customer" and bool(_YOUR_QUOTE.search(s.text)))


def _someone_else(clause: str) -> bool:
    """Whether the clause gives another seller's price ("a Dutch builder quoted", "Bosch has it at 2,600")."""
    other = _OTHER_SELLER.search(clause)
    return bool(SOMEONE_ELSE.search(clause) and not _OURS.search(clause)) or bool(
        other and not codes(other.group()) and other.group().split()[0].lower() not in _NOT_A_NAME
    )


@lru_cache(maxsize=4096)
def _token_figures(token: str) -> tuple[Decimal, ...]:
    """Return the figure one number token says ("5200", "三万五", "4.8万"), read on its own."""
    bare = re.sub(r"^[$€£¥]\s?", "", token)
    if re.fullmatch(r"[\d,.]+\s?万", bare) and (v := value_of(bare[:-1])) is not None:
        return (v * 10000,)  # "4.8万"
    if (v := value_of(bare)) is not None:
        return (v,)  # "5200", "三万五"
    return tuple(figures(token))


def _replaced(clause: str) -> set[Decimal]:
    """Return the figures ``clause`` says as the old ones ("from 92 to 88": 92; "instead of £145"; "原价三万五")."""
    out: set[Decimal] = set()
    for m in _TOKEN.finditer(clause):
        r = REPLACED.search(clause[max(0, m.start() - 30) : m.start()])  # the words that mark an old figure, as for counts
        if r and not re.match(r"\s*(?:每|each|per|every)", r.group(), re.I):  # "每台三十三万" is the price per piece
            out.update(_token_figures(m.group().strip()))
    return out


def _measures(clause: str) -> set[Decimal]:
    """Return the figures ``clause`` says as measures, not money ("最高20公里/小时", "16000转", "680 g")."""
    out: set[Decimal] = set()
    for m in _TOKEN.finditer(clause):
        if not m.group().endswith("万") and _MEASURE.match(clause, m.end()):
            out.update(_token_figures(m.group().strip()))
    return out


_LISTED = lazy_re.compile(  # one line of a price list: a product's name, then its figure ("果糖机2600", "封口机1900一台")
    rf"^\s*(?![^\d]*[要需共])(?!首付|尾款|定金|订金|预付|余款|押金|保证金|运费|税费|税金)(?![\u4e00-\u9fff]{{0,8}}[款金费额]\s*\d)[\u4e00-\u9fff]{{2,10}}\s*(?:\d{{3,}}(?:\.\d+)?|\d+(?:\.\d+)?\s*万元?)\s*(?:一(?:{CN_UNIT}))?\s*$"  # not "制冰机要12"; "洗碗机58万"
)
_QUANTITY = lazy_re.compile(  # a quantity, not a price: "MOQ is 1,000 per colour", "起订500件", "do 600 per size"
    rf"(?:\bMOQ\b|\bminimum (?:order|run|quantity)\b|\bminimum of\b|起订量?)[^\d$€£¥]{{0,20}}?(?P<a>\d[\d,]*)(?!\d|\.\d|\s*(?:元|块|each|per\b|/))|"
    rf"(?P<b>\d[\d,]*)\s*(?:{CN_UNIT}|pcs|pieces|units)?\s*起订|"
    r"(?P<c>\d[\d,]*)\s+(?:per|a|each|for each)\s+(?:colou?r|size|style|design|model|sku|variant|version|pattern|print)s?\b",
    re.I,
)


def _quantities(clause: str) -> set[Decimal]:
    """Return the figures of ``clause`` that are quantities said with a minimum or per colour/size, not prices."""
    return {Decimal((m["a"] or m["b"] or m["c"]).replace(",", "")) for m in _QUANTITY.finditer(clause)}


def unit_prices(s: Sentence) -> list[Line]:
    """Return our unit prices in ``s``, one per clause naming a price (see the module docstring)."""
    if not _says_ours(s):
        return []
    out: list[Line] = []
    named: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the product the last clause named
    clauses = CLAUSE.split(s.text)
    listed = [c for c in clauses if _LISTED.match(c) and product_words(c)]  # "制冰机8800，果糖机2600，封口机1900一台"
    for clause in clauses:
        words, found = product_words(clause), frozenset(codes(clause))
        if words or found:
            named = (words, found)
        if not (PRICE_CUE.search(clause) or _PRICED_AT.search(clause) or _EACH_ZH.search(clause)):
            if len(listed) < 2 or clause not in listed:
                continue  # a bare figure is a price only in a list of our products' figures
        service = _NOT_GOODS.search(clause) and not _INCLUDED.search(clause)
        if _LINE_TOTAL.search(clause) or service or _someone_else(clause):
            continue  # "so EUR 166,800 for 60"; "送您一套烤盘（价值600）"; "installation is 80 per washer"
        if re.search(r"\d\s*(?:for|x|×)\s*\d", clause):
            continue
        counts = clause_counts(clause, s)
        said = [*figures(clause), *(Decimal(x.replace(",", "")) for x in _PRICED_AT.findall(clause))]
        old = _replaced(clause)
        drop = {c.value for c in counts} | old | _measures(clause) | _quantities(clause)  # counts, old figures, "最高20公里/小时"
        kept = [f for f in dict.fromkeys(said) if f not in drop]
        if not kept:
            continue
        whole = any(c.unit for c in counts) and not _PER_PIECE.search(clause)  # "杀青机四台15.2万": the line's
        unit = m.group(1) if (m := re.search(rf"(?:[一每]|/\s*)({CN_UNIT})", clause)) else ""
        words, found = (words, found) if words or found else named  # "… but for you 2,060": the washer
        size = next((Decimal((x or y).replace(",", "")) for x, y in _FOR_COUNT.findall(clause)), None)
        per = m.group(1).lower() if (m := _PER_NOUN.search(clause)) else ""  # "EUR 130 per set on the holds"
        out.append(Line(min(kept), words, found, unit, s, not whole, head=stem(per), for_count=size))
    return out


def _abbreviates(short: frozenset[str], full: frozenset[str]) -> bool:
    """Whether the Chinese name of ``short``'s pairs is ``full``'s head noun, or ``full``'s with characters left out, ends kept."""
    a, b = _name(short), _name(full)
    if len(a) < 2 or len(b) <= len(a) or a[-1] != b[-1]:
        return False
    if b.endswith(a):
        return True  # "排气罩" of "万向排气罩": the head noun
    rest = iter(b)
    return a[0] == b[0] and all(ch in rest for ch in a)  # "万向罩" of "万向排气罩": in order, both ends kept


def _name(words: frozenset[str]) -> str:
    """Rebuild the run of Chinese characters that ``words`` (overlapping pairs) were cut from, when they chain."""
    pairs = sorted(w for w in words if len(w) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in w))
    if not pairs:
        return ""
    start = next((p for p in pairs if p[0] not in {q[1] for q in pairs}), pairs[0])
    out, nxt = start, {p[0]: p for p in pairs}
    while out[-1] in nxt and len(out) <= len(pairs):
        out += nxt[out[-1]][1]
    return out if len(out) == len(pairs) + 1 else ""


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
    if _abbreviates(price.words, count.words):
        return 0.75  # "排气罩每个1600元" for "万向排气罩八个": the short name's characters in order in the full one
    if price.head and price.head == count.head and not (count.words or count.codes):
        return 0.5  # "EUR 130 per set" for "make it 80 sets"
    if not price.unit or price.unit != count.unit:
        return 0.0
    bare = not price.words or not (count.words or count.codes)  # "一百二一盏"; "无人机每台九万八" for "要八台"
    if bare or price.words <= _GENERIC_GOODS:  # "机器每台九万八" for "无人机要八台"
        return 0.5
    return 0.0 if any(_GOODS_END.search(w) for w in price.words) else 0.25  # "报价单上是每台五万二", not "烘干机每台…"
