"""The counts of an order as the talk says them: how many of which product (issue 14).

Nobody says an order line by line: the customer says "so it's twenty-four washers" and "另外平衡重要三台",
we read it back ("So 480 AC-45 chairs, 100 TB-80 and 20 TB-120."). :func:`product_counts` reads those
counts ("24 washers", "480 AC-45 chairs", "100 TB-80", "前移式八台", "一共九百六十盏"), each naming its
product by its words (English nouns made singular; Chinese character pairs), its model codes, its English
head noun and modifiers, and its Chinese measure word. Our unit prices for the products are read by
:mod:`~assistant.summaries.order_prices`; :mod:`~assistant.summaries.order_totals` multiplies the two.

Left out on purpose: counts we say except when reading the order back ("so", "noted", "好的"), a count per
something ("每个棚八十盏", "each store fits four"), a count replaced ("not 400", "而不是"), an ordinal
("第二台"), what someone has, had, sold or bought ("we sold 50 to a hotel", "去年买了十台"), a measure
("18 kg", "12 litres"), a day ("the 30 June delivery") and money ("80,000 US dollars"); a count of one only
for a machine (:mod:`~assistant.summaries.count_one`). "20 more chairs" and "再加两台" add to the count.
"Four tumble dryers of the TD-75 type", "800 of the HM-250", "1,200 radiators OR-1500" count the coded product
(whether two counts are one product: :mod:`~assistant.summaries.order_same`). A Chinese count said alone
counts the product the clause before named ("要二百八十吨的伺服机，六台"), after a count added to with a total word
it is the new total ("增氧机加12台，一共72台"); one said too few ("六台不够了") is the old count; "六台都在里面"
names nothing. Counts we propose and the customer takes by number: :mod:`~assistant.summaries.order_offers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.summaries.count_nouns_after import counts_before_nouns, line_name
from assistant.summaries.count_one import one_machine
from assistant.summaries.count_stays import stayed_count
from assistant.summaries.count_words import EN_NUM, WORDS
from assistant.summaries.numbers import find_numbers, said_each
from assistant.summaries.order_of_code import of_code_counts
from assistant.summaries.owners import party_of
from assistant.summaries.product_codes import CODE_AFTER, COUNT_CODE, codes
from assistant.text import lazy_re
from assistant.text.calendar_words import MONTH_NAMES_EN
from assistant.text.conversation import Sentence
from assistant.text.numerals import cn_to_decimal

CLAUSE = lazy_re.compile(
    r"[，；;、。!?！？]|,(?!\d{3})|(?<=\d)\s+(?=[\u4e00-\u9fff])|\s+(?:and|plus|but|while)\s+|另外|还有|以及|"
    r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\ufe0f?\s*"  # "EUR 130 per set on the holds 🙌 mats are …"
)
_EN_COUNT = lazy_re.compile(  # "twenty-four washers", "480 AC-45 chairs", "100 TB-80", "30 adult wetsuits"
    rf"(?<![\w$€£¥.,/-])(?P<n>{EN_NUM})(?![\d.,])\s+(?!(?:hundred|thousand|million|of)\b)(?:(?:more|additional|extra)\s+)?"
    rf"(?:(?P<c>{COUNT_CODE})(?![\w-])\s*)?"  # "10 DW-H60"
    r"(?P<w>(?:(?!(?:and|or|at|for|of|to|in|on|with|per|each|across|from|by|our|your|the|is|are)\b)[a-z0-9][a-z0-9-]*\s+){0,3}"
    r"(?!(?:across|plus|less|unless|thus|always|perhaps|this|was|has|does|is|its|yes|as|us)\b)[a-z][a-z-]{2,}s)?\b"
    r"(?!\s+of\b)",  # "2 containers of chairs": a packing count
    re.I,
)
CN_UNIT = r"台|套|个|只|把|张|条|件|辆|盏|扇|双|顶|组|支|片|桶|卷|床|副"
_CN_COUNT = lazy_re.compile(  # "前移式要八台", "揉捻机八台", "一共九百六十盏"
    rf"(?P<t>[\u4e00-\u9fffA-Za-z0-9-]{{0,10}}?)(?:还?要|需要|得要|就要|改为|改成|一共|总共|共)?"
    rf"(?<![\d.零〇一二两三四五六七八九十百千万第])(?P<n>\d+|[一二两三四五六七八九十百千万][零〇一二两三四五六七八九十百千万]*)(?P<u>{CN_UNIT})"
)
_CODE_APPOSITION = lazy_re.compile(r"^\s*(?:the|model|type|i\.e\.)?\s*(?-i:[A-Z]{1,4}-?\d{1,5}[A-Z]?)\b", re.I)
_NOT_A_COUNT = lazy_re.compile(  # words after a figure that make it a measure, a time or a share
    r"^\s*(?:%|percent|kg|g|mm|cm|m|km|ml|l|w|kw|v|ft|inch\w*|x|days?|weeks?|months?|years?|hours?|minutes?|"
    r"stores?|shops?|sites?|people|staff|times|kids? camps?|degrees|metres|meters|tons?|tonnes?|"
    r"litres?|liters?|grams?|kilos?|kgs|lbs|feet|foot|inches|watts?|volts?|amps?|sq\w*|square|cubic|"
    rf"{MONTH_NAMES_EN})\b",  # "the 30 June delivery": a date
    re.I,
)
REPLACED = lazy_re.compile(  # the figure after these is the old one: "not 400", "from 92", "instead of £145"
    r"(?:\b(?:not|from|instead of|rather than|was|were|previously|originally|first planned|each|per|every|list\w*)|"
    r"而不是|不是|从|原来|原价|原先|之前|上次|本来|每个?|各|第|list price (?:is|was|of))\s*[^\s\d]{0,4}\s*$",
    re.I,
)
_PER_HEAD = lazy_re.compile(  # "each store only fits four", "每个门店要十盏": a count per something
    r"\b(?:each|every|per)\s+\w+\s+(?:\w+\s+)?(?:takes?|fits?|holds?|needs?|gets?|has|have)\s+$|"
    r"每(?:个|家|间)?[\u4e00-\u9fff]{1,4}(?:要|配|装)?$",
    re.I,
)
_HELD = lazy_re.compile(r"\b(?:have|has|had|bought|own|owns|use[sd]?|using)\s+(?:\w+\s+)?$|(?:有|买过|用了|在用)$", re.I)
PAST = lazy_re.compile(  # a sale or purchase that happened: no line of this order
    r"\b(?:we|I|they|you|he|she|(?-i:[A-Z][a-z]+))\s+(?:already\s+|have\s+|had\s+)?(?:sold|ordered|bought|purchased|supplied|delivered)\b|"
    r"\b(?:last (?:year|month|time|season)|previously|used to)\b|"
    r"去年|上次|上回|以前|卖了|买了|卖过|买过|订过|供过|发过",
    re.I,
)
_READ_BACK = lazy_re.compile(  # our sentence that reads the customer's order back
    r"^\W*(?:so|ok(?:ay)?|understood|noted|got it|right|to confirm|confirming)\b|\bnoted\b|"
    r"^\W*(?:好的|明白|收到|了解|确认一下|那就是|也就是|总结一下)|整理了一下[:：]|汇总一下[:：]|"  # "…我整理了一下：…"
    r"(?:按|根据)(?:图纸|清单|现场|测量|方案|设计)[^，。；]{0,10}?(?:需要|要)[:：]|"  # "量过尺寸，按图纸需要：…八台，…十二个"
    r"\b(?:per|according to|based on) (?:the|your) (?:drawings?|layout|plans?|floor plan|site survey)\b[^.;]{0,30}\byou(?:'ll)? need\b",
    re.I,
)
_LEAD = lazy_re.compile(
    r"^(?:[我你您他她它们这那就还也都先再要需加]|另外|还有|然后|我们|一共|总共|门店|每个)+|(?:也要|也需要|都要|要|需要|得要|就要|还要|一共|吧|就够了|够了|[也还]|(?<=[\u4e00-\u9fff]{3})都)$|"
    r"^(?:吧|就够了|够了|就行|了)[。！!]?$"
)
_ORIGINAL = lazy_re.compile(  # the clause's count is the old one: "originally eight", "the original plan was 160"
    r"\b(?:originally|initially|at first|first planned|had planned|original plan)\b|本来|原来|原计划|最开始|一开始",
    re.I,
)
_MONEY = lazy_re.compile(r"[万元块$€£¥]|\b[A-Z]{3}\s?\d|\d\s?k\b|\b(?:dollars?|euros?|pounds?|budget|price)\b")
_CJK = lazy_re.compile(r"[\u4e00-\u9fff]")
_PREDICATE = lazy_re.compile(  # what follows a count says something of it ("六台全部要进口"), not "两台全自动封口机"
    r"\s*(?:都|也|就|还|已|全部|全都|在(?!线)|是|没|不(?!锈))"
)
_TOO_FEW = lazy_re.compile(
    r"\s*(?:是?不够|太少|太多|不止)|\s+(?:(?:is|are)\s+(?:not enough|too (?:few|many))|(?:isn't|aren't) enough)\b", re.I
)
_BARE_NEW = lazy_re.compile(  # a new count with no noun, the old one after it: "we need six, not eight"
    rf"(?<![\w$€£¥.,-])(?P<n>{EN_NUM})\s*,?\s+(?:not|instead of|rather than)\s+{EN_NUM}\b|"
    r"(?P<zh>[一二两三四五六七八九十\d]+)[台套个只把张条件辆盏]?[，,]?\s*(?:而?不是|不要)[一二两三四五六七八九十\d]+",
    re.I,
)
_SHORT = lazy_re.compile(r"还差|还少|差|少|\b(?:short|missing)\b", re.I)  # "增氧机加12台，还差6台": no total
_IN_TOTAL = lazy_re.compile(rf"^\s*(?P<n>{EN_NUM})\s+(?:in total|in all|altogether|all told)\b", re.I)  # after "six more X"
ASKED = lazy_re.compile(  # a question or a condition: no count ordered ("what would it be for 30?", "如果要三十台")
    r"[?？]|\b(?:if|what if|would|suppose|in case|how much|what about)\b|如果|要是|假如|万一|的话", re.I
)
_MORE = lazy_re.compile(r"\b(?:more|another|additional|extra)\b|再加|另加|多加|再要|追加", re.I)
_GENERIC_EN = frozenset(
    "price prices unit units piece pieces pcs set sets item items order orders total each per quote offer best "
    "can could will would match bring down come make give lowest final new more than only just about extra "
    "also then that this with from your ours their them they those these have what which when where there "
    "delivered included incl including logo the and for instead dollar euro pound eur usd gbp sgd aud cad rmb "
    "quotation attached one ones now still list lists cost costs stay stays sell sells free delivery installed".split()
)
_GENERIC_ZH = lazy_re.compile(  # numerals, money, measure words and the words of haggling: no product's name
    r"[\d.,一二两三四五六七八九十百千万元块钱价降到报给您你们我们的是了可以就再每合计一共台套个只把张条件辆盏扇双"
    r"最低高多少那这能做算吧呢啊哦嗯呀也还都很太贵便宜好行让要只总共现在目前次]"
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
    head: str = ""  # the English head noun, singular ("washer" in "24 washer-extractors" is "extractor")
    more: bool = False  # a count added to the one said before ("20 more chairs")
    name: str = ""  # what is counted, as said ("AC-45 chairs", "前移式")
    span: tuple[int, int] = (0, 0)  # the clause of ``at.text`` that says it
    for_count: Decimal | None = None  # a price said for an order of this size ("1,990 each for 30")


def stem(word: str) -> str:
    """Return an English noun singular: "shelves" → "shelf", "boxes" → "box", "kids" → "kid"."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ves") and len(word) > 4:
        return word[:-3] + "f"
    if re.search(r"(?:x|ch|sh|ss|zz)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def product_words(text: str) -> frozenset[str]:
    """Return the product words of ``text``: English nouns (singular, hyphens split) and Chinese pairs."""
    parts = (w for part in re.findall(r"[A-Za-z][A-Za-z-]{2,}", text) for w in part.split("-"))
    en = {stem(w) for w in parts if len(w) >= 4 or (len(w) == 3 and w.lower().endswith("x"))}  # not "the"
    cjk = _GENERIC_ZH.sub(" ", re.sub(r"[^\u4e00-\u9fff]", " ", text))
    pairs = {cjk[i : i + 2] for i in range(len(cjk) - 1) if " " not in cjk[i : i + 2]}
    return frozenset((en - {stem(g) for g in _GENERIC_EN}) | pairs)


def value_of(token: str) -> Decimal | None:
    """Read "24", "1,200", "twenty-four" or "九百六十" as a number; None when it is none."""
    token = re.sub(r"\s+", "-", token.strip().lower().replace(",", ""))  # "twenty four" as "twenty-four"
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
    ours = party_of(s) == "we"
    if ours and (not _READ_BACK.search(s.text) or "?" in s.text or "？" in s.text):
        return []  # our own remark, or a question back ("So 30 washers, right?")
    out: list[Line] = []
    named: Line | None = None  # the last product a clause of this sentence named, counted or not
    for a, b in clause_spans(s.text):
        clause = s.text[a:b]
        if PAST.search(clause) or ASKED.search(s.text[a : b + 1]):
            named = None
            continue  # "we sold 50 to a hotel", "what would it be for 30 washers?"
        said = [replace(c, span=(a, b)) for c in clause_counts(clause, s) if not (ours and c.more)]  # echoed "more"
        if not said and out and not out[-1].codes and out[-1].at is s and (m := _CODE_APPOSITION.match(clause)):
            out[-1] = replace(out[-1], codes=frozenset(codes(m.group())))  # "two ultrasonic cleaners, the UC-10 from…"
            continue
        if not said and _CJK.search(clause) and not (_MONEY.search(clause) or _several(clause)) and (words := product_words(clause)) | (found := frozenset(codes(clause))):
            # "要二百八十吨的伺服机，六台": the clause names the product the next one counts
            named = Line(Decimal(0), words, found, "", s, name=_LEAD.sub("", clause).strip())
            continue
        if _ORIGINAL.search(clause):
            named = next(iter(clause_counts(_ORIGINAL.sub(" ", clause), s)), named)
            continue  # "We originally budgeted for eight DD-800 units": the old count, naming the product
        if not said and named is not None and named.more and (t := _IN_TOTAL.match(clause)) and (v := value_of(t["n"])):
            said = [replace(named, value=v, at=s, span=(a, b), words=frozenset(), codes=frozenset(), more=False)]  # "…, 36 in total"
        m = _BARE_NEW.search(s.text, a, min(len(s.text), b + 16)) if not said and named is not None else None
        if m is not None and m.start() < b and (v := value_of(m["n"] or m["zh"])) and named is not None:
            said = [replace(named, value=v, at=s, span=(a, b))]  # "…, so we need six, not eight"
        if named is not None:  # "本来要十台前移式，现在八台": the count names no product, the clause before did
            bare = len(said) == 1 and not (said[0].words or said[0].codes)  # "…加12台，一共72台" / "…，再加6台"
            total = bare and named.more and named in out and not said[0].more and not _SHORT.search(clause)
            if total:  # "增氧机加12台，一共72台": the new total of the product just added to replaces its counts here
                out = [c for c in out if (c.words, c.codes) != (named.words, named.codes)]
            elif bare and named.more and named in out and said[0].more:
                out.remove(named)  # "增氧机加12台，再加6台": eighteen more
                said = [replace(said[0], value=named.value + said[0].value)]
            said = [
                c if c.words or c.codes else replace(c, words=named.words, codes=named.codes, name=named.name, more=c.more and not total)
                for c in said
            ]
        named = said[-1] if said else named
        out += said
    return out


def _several(clause: str) -> bool:
    """Whether ``clause`` says a Chinese count of two or more, even one not read as an order line ("四台不够用了")."""
    return any((v := value_of(m["n"])) is not None and v >= 2 for m in _CN_COUNT.finditer(clause))


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Return where each clause of ``text`` begins and ends (split as :data:`CLAUSE` splits)."""
    spans, at = [], 0
    for m in CLAUSE.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    return [(a, b) for a, b in [*spans, (at, len(text))] if b > a]


def clause_counts(clause: str, s: Sentence) -> list[Line]:
    """Return the counts of products one clause of ``s`` says."""
    out: list[Line] = []
    money = [(n.start, n.end) for n in find_numbers(clause) if n.kind == "amount"]
    more = bool(_MORE.search(clause))
    for m in _EN_COUNT.finditer(clause):
        head, after = clause[max(0, m.start() - 40) : m.start()], clause[m.end("n") : m.end("n") + 20]
        if any(a <= m.start() < b for a, b in money) or (not m["c"] and not m["w"]):
            continue  # "80,000 US dollars": money, not a count
        if _NOT_A_COUNT.match(after) or REPLACED.search(head) or _HELD.search(head) or _PER_HEAD.search(head):
            continue
        if _TOO_FEW.match(clause, m.end()):
            continue  # "8 washers are not enough"
        value = value_of(m["n"])
        if value is not None and value >= 2:
            nouns = [stem(w) for w in re.findall(r"[A-Za-z][A-Za-z-]+", m["w"] or "")]
            last = nouns[-1].split("-")[-1] if nouns else ""
            code = m["c"] or ((t := CODE_AFTER.match(clause, m.end())) and t["c"])  # "1,200 radiators OR-1500"
            words, found = product_words(m["w"] or ""), frozenset(codes(code or ""))
            name = " ".join(x for x in (code, (m["w"] or "").strip()) if x)
            out.append(Line(value, words, found, "", s, head=last, more=more, name=name))
    for at, n, w, code in of_code_counts(clause):  # "four tumble dryers of the TD-75 type", "800 of the HM-250"
        value, head, nouns = value_of(n), clause[max(0, at - 40) : at], w.split()
        if value and value >= 2 and not any(a <= at < b for a, b in money) and not (REPLACED.search(head) or _HELD.search(head) or PAST.search(head)):
            last, name = stem(nouns[-1]).split("-")[-1] if nouns else "", f"{code} {w.strip()}".strip()
            out.append(Line(value, product_words(w), frozenset(codes(code)), "", s, head=last, more=more, name=name))
    if not out and (kept := stayed_count(clause)) and (v := value_of(kept[0])) and v >= 2:  # "The autoclaves stay at four."
        nouns = kept[1].split()
        out.append(Line(v, product_words(kept[1]), frozenset(codes(kept[1])), "", s, head=stem(nouns[-1]).split("-")[-1], name=kept[1]))
    found_zh = [m for m in _CN_COUNT.finditer(clause) if not said_each(m["n"], clause[max(0, m.start("n") - 8) : m.start("n")])]  # "二百九一盏"
    lead_first = counts_before_nouns(clause, found_zh, _LEAD.sub("", found_zh[0]["t"]) if found_zh else "")  # "六台X加两台Y"
    for k, m in enumerate(found_zh):
        before = clause[max(0, m.start("n") - 40) : m.start("n")]
        if REPLACED.search(before) or _HELD.search(before) or _PER_HEAD.search(before) or _TOO_FEW.match(clause, m.end()):
            continue  # "六台不够了": the old count
        value = value_of(m["n"])
        start = m.start("t")
        while start > 0 and re.match(r"[A-Za-z0-9-]", clause[start - 1]):
            start -= 1  # "CF-16R冷冻离心机3台": the code begins before the ten characters the pattern reads
        t = clause[start : m.end("t")]
        added = t.endswith("加") and not t.endswith(("增加", "追加"))  # "增氧机加12台": twelve more
        t = t[:-1] if added else t
        after = "" if len(found_zh) > 1 or _PREDICATE.match(clause[m.end() :]) else clause[m.end() :]  # "六台都在里面"
        if lead_first:  # the noun after the count, up to the next count: "六台平衡重加" → 平衡重 ("加" joins, adds nothing)
            added, t, after = False, "", line_name(clause, found_zh, k)
        thing = t + after  # "要三台三吨的电动平衡重": named after
        name = _LEAD.sub("", t) or _LEAD.sub("", after)  # "月台装卸"
        if value == 1 and not one_machine(m["u"], name, clause):
            continue  # "烘干机一台", "还要一台色选机" count; "一台才十万", "先租一台试用" do not
        if value is not None and value >= 1:
            out.append(Line(value, product_words(thing), frozenset(codes(thing)), m["u"], s, more=more or added, name=name))
    return out
