"""One need per point, said whole: a count need carries its sentence, a restated count joins its need.

The clause labeller reads a customer's sentence clause by clause, so a count often became a need of
its own quoting only its clause ("数量：120 米" for "…所以是四条料线，每条按120米算。"; "数量：300 个" for
"饮水器每栋300个碗式的，四栋就是1,200个。"), while the clause that names what is counted went
unquoted. Such a need now quotes its whole sentence when no other need rests on that sentence and the
rest of it names the same point: a count that goes with this one (one per item, or their total) or a
model code. A count of another item in the rest ("挂锁两万把，…门铰链三万个") is another point.

A count said again later ("If you can get to 228 for 180 units", "on 600 batteries that is almost
5,000 dollars") is no need of its own either: when the same speaker's earlier need already states that
figure and names no other model, the later count joins it as a further quote.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries import lexicon as lx
from assistant.summaries import statements as st
from assistant.summaries.evidence import add_quote, quote_of
from assistant.summaries.labels import label
from assistant.summaries.need_points import PER_ITEM
from assistant.summaries.numbers import find_numbers, read_number
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence

# a count in Chinese words or figures with an item classifier ("四条料线", "两台", "1,200个")
_CN_COUNT = lazy_re.compile(
    r"[\d一二两三四五六七八九十百千万]+\s*[个套件条把张台顶辆支箱袋只双组栋块卷托桶瓶]"
)
# two counts of one point: this clause counts per item ("每条按120米算" … "四条料线", "50 metres each") or the
# rest totals it; "就是"/"每" only when the figures multiply ("每栋300个…四栋就是1,200个"), for "门铰链就是三万个"
# and "灯座每种六百个" count another item
_PER = lazy_re.compile(r"\b(?:each|per)\b", re.I)
_TOTAL = lazy_re.compile(r"一共|总共|共计|合计|\b(?:in total|total)\b", re.I)
_SAID_TOTAL = lazy_re.compile(r"(?:就是|共计?|总共|合计|所以是)$")
_FIGURE = lazy_re.compile(r"\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千万]+")
# another item with the same count ("冬季外套也是2100件"), not the same count said again
_ALSO = lazy_re.compile(r"也|同样|\b(?:also|too|as well)\b", re.I)
# a count's noun that names nothing of its own: it counts whatever the need before it counts
_GENERIC = set("units unit pcs pc pieces piece sets set 个 台 套 件 只 支".split())
# words around a count that name no item: "那就300个吧", "一共还是300个"
_FUNCTION_HAN = set(
    "那这就是要还再也一共总计合所以先吧呢啊呀好的了对我们你您订买拿来给需想批按照算确认下吗嗯"
)


def _sentence_of(parsed: Parsed, q: Quote) -> Sentence | None:
    return next((s for s in parsed.sentences if s.start <= q.start < s.end), None)


def _names_count(text: str) -> bool:
    """Whether ``text`` names a count or a model code ("所以是四条料线", "四栋就是1,200个", "FL-200")."""
    return bool(_CN_COUNT.search(text) or lx.MODEL_CODE.search(text)) or any(
        n.kind == "quantity" for n in find_numbers(text)
    )


def _multiplies(text: str) -> bool:
    """Whether a total said as one ("两排就是400个", "共十套") is the product of two other figures of ``text``."""
    said: list[tuple[int, Decimal, bool]] = []  # (index, value, said as a total)
    for m in _FIGURE.finditer(text):
        try:
            value = read_number(m.group())
        except (ValueError, ArithmeticError, KeyError):
            continue
        if value > 1:
            said.append((len(said), value, bool(_SAID_TOTAL.search(text[max(0, m.start() - 4) : m.start()]))))
    return any(
        a * b == t and k not in (i, j)
        for k, t, total in said
        if total
        for i, a, _ in said
        for j, b, _ in said
        if i < j
    )


def _widen(need: Need, needs: list[Need], parsed: Parsed, lang: str) -> None:
    """Quote the whole sentence of a count need that quotes one clause of it, when the rest is the same point."""
    q = need.quotes[0]
    s = _sentence_of(parsed, q)
    if s is None or s.speaker != q.speaker or (q.start <= s.start and q.end >= s.end):
        return
    if any(o is not need and any(x.start < s.end and s.start < x.end for x in o.quotes) for o in needs):
        return  # "桌子先要400张，凳子1200张。": each clause is a need of its own
    rest = parsed.source[s.start : q.start] + " " + parsed.source[q.end : s.end]
    if _names_count(rest):
        if not (_PER.search(q.text) or PER_ITEM.search(q.text) or _TOTAL.search(rest) or _multiplies(s.text)):
            return  # "挂锁两万把，…门铰链三万个": another item's count, another point
    elif not lx.MODEL_CODE.search(rest):
        return
    need.quotes[0] = quote_of(s)
    need.quotes[:] = [need.quotes[0]] + [
        x for x in need.quotes[1:] if not (s.start <= x.start and x.end <= s.end)
    ]
    need.text = st.statement(label(need.topic, lang), st.clean(s.text), lang, need.values)


# units of a measure, not of items counted: "水量大概550吨" sizes what the clause before it counts
_MEASURES = set("米 吨 公斤 千克 毫米 厘米 平 平米 平方 升 m mm cm km kg t l".split())
_MEASURES |= {"metres", "meters", "tonnes", "tons", "litres", "liters", "m2", "sqm"}


# a measure naming its own item: "400 metres of chain", "20 kg of glue"
_OWN_ITEM = lazy_re.compile(r"\d\s*[a-z]+\s+of\s+(?!(?:it|them|each|the same)\b)[a-z]", re.I)

# a measure asked for ("墙砖要120平", "曝气管也加到四千米", "we need 300 metres"), not one that sizes the clause before it
_WANTED = lazy_re.compile(r"要|需|想|订|加|改|换|也|还|\b(?:need|want|order|take|buy|add|also)\b", re.I)


def _first_clause(text: str) -> str:
    """Return the clause of ``text`` (between commas) that holds its first figure."""
    m = re.search(r"\d", text)
    parts = re.split(r"[，,；;]", text[m.start() :] if m else text)
    head = re.split(r"[，,；;]", text[: m.start()])[-1] if m else ""
    return head + parts[0]


def _measure(value: str) -> bool:
    """Whether a normalised quantity ("550 吨", "1000 metres") is a measure, not a count of items."""
    _, _, unit = value.partition(" ")
    return unit.split(" ")[0].lower() in _MEASURES


def _per_item_host(need: Need, needs: list[Need], parsed: Parsed) -> Need | None:
    """Return the count need earlier in the same sentence that a measure need describes.

    "380 rolls of DT-16, 16 mm, emitters every 20 centimetres, 1,000 metres a roll.": the second
    clause measures each roll counted in the first; "…25米乘12米的，水量大概550吨": the second
    clause only sizes what the first described.
    """
    q = need.quotes[0]
    s = _sentence_of(parsed, q)
    if s is None or len(need.quotes) != 1 or need.subject:
        return None
    measured = (
        need.values and all(_measure(v) for v in need.values) and not _WANTED.search(_first_clause(q.text))
    )
    if not (PER_ITEM.search(q.text) or (measured and not _OWN_ITEM.search(q.text))):
        return None  # "300 metres of cable": the measure of an item of its own
    host = next(
        (
            o
            for o in needs
            if o is not need
            and o.topic == "quantity"
            and any(s.start <= x.start and x.end <= q.start and x.speaker == q.speaker for x in o.quotes)
        ),
        None,
    )
    if host is None:
        return None
    last = max(x.end for x in host.quotes if x.end <= q.start)
    between = any(last <= x.start < q.start for o in needs if o is not need and o is not host for x in o.quotes)
    return None if between else host  # stretching over another need's clause would overlap its quote


def _extend(host: Need, q: Quote, parsed: Parsed, lang: str) -> None:
    """Stretch ``host``'s last quote before ``q`` to the end of ``q`` and restate it."""
    last = max((x for x in host.quotes if x.end <= q.start), key=lambda x: x.end)
    i = host.quotes.index(last)
    host.quotes[i] = last.model_copy(update={"text": parsed.source[last.start : q.end], "end": q.end})
    host.text = st.statement(label(host.topic, lang), st.clean(host.quotes[i].text), lang, host.values)


def _names_other(text: str, figure: str, said: str) -> bool:
    """Whether a generic count in ``text`` names an item ``said`` does not ("250 units of the glass mugs", "盘子300个")."""
    m = re.search(re.escape(figure), text.replace(",", ""))
    if m is None:
        return False
    flat = text.replace(",", "")
    after = re.match(r"\s*\w+\s+of\s+(?:the\s+|these\s+|those\s+)?([a-z][\w-]*)", flat[m.end() :], re.I)
    if after and after.group(1).lower() not in said.lower():
        return True
    before = re.split(r"[，,；;。.!?！？]", flat[: m.start()])[-1]
    return any("\u4e00" <= c <= "\u9fff" and c not in _FUNCTION_HAN and c not in said for c in before)


def _restates(later: Need, earlier: Need) -> bool:
    """Whether the count need ``later`` only says again a figure ``earlier`` states, of the same thing."""
    q = later.quotes[0]
    if later.subject or len(later.quotes) != 1 or not later.values or _ALSO.search(q.text):
        return False
    said = " ".join(x.text for x in earlier.quotes if x.end <= q.start)
    if not said or not any(x.speaker == q.speaker for x in earlier.quotes if x.end <= q.start):
        return False
    if set(lx.MODEL_CODE.findall(q.text)) - set(lx.MODEL_CODE.findall(said)):
        return False  # "And the DP-3 display for all 800 kits": another product, the same count
    counts = {v.partition(" ")[0].replace(",", "") for v in earlier.values}
    for value in later.values:
        figure, _, noun = value.partition(" ")
        if figure.replace(",", "") not in counts:
            return False  # "40 kettles at 120 each" … "120 pcs of hand towels": a price, not the count
        noun = noun.split(" ")[0].lower() if noun else ""
        if noun and noun not in _GENERIC and noun not in said.lower():
            return False
        if noun in _GENERIC and _names_other(q.text, figure.replace(",", ""), said):
            return False
    return True


def make_whole(needs: list[Need], parsed: Parsed, lang: str) -> list[Need]:
    """Widen count needs to their sentence and join restated counts to the need they count.

    Args:
        needs: The summary's needs, after fragments were folded.
        parsed: The conversation the quotes index into.
        lang: The labels' language (``zh`` or ``en``).

    Returns:
        The needs left, in their order; every quote is kept.
    """
    for need in list(needs):
        if need.topic == "quantity" and (host := _per_item_host(need, needs, parsed)) is not None:
            _extend(host, need.quotes[0], parsed, lang)
            needs = [n for n in needs if n is not need]
    for need in needs:
        if need.topic == "quantity" and need.quotes:
            _widen(need, needs, parsed, lang)
    kept: list[Need] = []
    for need in sorted(needs, key=lambda n: min(q.start for q in n.quotes)):
        host = None
        if need.topic == "quantity":
            host = next((k for k in reversed(kept) if k.topic == "quantity" and _restates(need, k)), None)
        if host is not None:
            add_quote(host.quotes, need.quotes[0])
            continue
        kept.append(need)
    return [n for n in needs if any(n is k for k in kept)]
