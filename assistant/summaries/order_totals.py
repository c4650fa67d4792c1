"""The total nobody said: our unit prices times the customer's counts, above their budget for the lot (issue 14).

"Our investors approved 80,000 US dollars for all the machines" after "twenty-four washers … and
twenty-four dryers" and our "the dryer at 1,480 … the washer down to 2,060": 24 × 2,060 + 24 × 1,480 =
84,960, above the budget, and nobody said so. A manager wants that gap on the page: it is why the deal
will stall. :mod:`~assistant.summaries.budget_gaps` compares a budget with a total someone stated; this
module works the total out from each product's latest count (:mod:`~assistant.summaries.order_items`)
times our latest unit price for it (:mod:`~assistant.summaries.order_prices`).

The budget is the customer's latest figure of money said as a budget, ceiling or cap — not a deposit, a
threshold someone else approves above ("anything above SGD 50,000 goes to our board"), a budget for a service
("our budget for installation"), an old one ("was 80,000") or another seller's figure. It covers the products
its clause names ("EUR 150,000 for the 60 bikes"; none of them priced: nothing is worked out), else — or when
it says "all", "the lot", "全部" — every product priced. The total counts only the products both counted and
priced (a product never priced adds nothing, so the total is a floor). It is filed when it is above the
budget and at most twice it, every unit price is under half the budget (a single unit of one of several
products may cost more: "制冰机8300" of 14,000), budget and prices are in one currency, no discount on the
whole was offered after the prices, and nothing closed it: a whole-order figure of ours at or under the budget said after our prices
("the lot for 79,500"), or the customer taking the price as a whole ("OK, send the contract", "deal") rather
than one item ("dryer at 1,480, fine"). When we stated a whole-order figure above the budget after our last
price, the stated figure is the one to compare (:mod:`~assistant.summaries.budget_gaps`), not this sum.
A bare count ("对，8台") is the last product counted in that measure word; a price naming no product, said
right after a sentence of the same speaker naming one, with a word of cutting ("Zhan Haoran offered SAR
36,000"), is that product's, as is our price answering the customer's counter for one product within a fifth
("制冰机能不能8000" … "主管说最低8300了"). Machines we take back are no line (:mod:`order_trade_ins`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.summaries.budget_gaps import DEPOSIT, HOLDS, TAKES, currencies
from assistant.summaries.evidence import is_question
from assistant.summaries.need_budgets import states_budget
from assistant.summaries.need_markers import drops_item
from assistant.summaries.numbers import find_numbers
from assistant.summaries.order_addons import COVERS, WHOLE, addon_lines, covered_services, kind, lump_lines
from assistant.summaries.order_items import (
    Line,
    product_counts,
    product_words,
)
from assistant.summaries.order_offers import agreed_counts, offered_counts
from assistant.summaries.order_prices import same_product, unit_prices
from assistant.summaries.order_same import same_count
from assistant.summaries.order_trade_ins import traded_clauses
from assistant.summaries.owners import party_of
from assistant.summaries.payment_cues import names_term
from assistant.summaries.price_figures import figures
from assistant.summaries.price_gaps import CLOSES, NOT_ACCEPT, OBJECTION
from assistant.summaries.product_codes import codes
from assistant.summaries.risk_thresholds import amount_signoff
from assistant.summaries.rival_cheaper import SOMEONE_ELSE
from assistant.text import lazy_re
from assistant.text.chat_spaces import ZH_SPACE
from assistant.text.conversation import Sentence

_BUDGET = lazy_re.compile(
    r"预算|以内|上限|封顶|最多(?:只能)?(?:花|出)|\b(?:budget\w*|ceiling|cap|capex|limit|can spend|approved|at most|"
    r"maximum|max)\b",
    re.I,
)
_MONEY = lazy_re.compile(  # the budget's figure is money: a currency, 万/元/块, k, or the budget word right before it
    r"[$€£¥]|\b[A-Z]{3}\b|万|元|块|\d\s?k\b|\b(?:dollars?|euros?|pounds?|million)\b|"
    r"(?:预算|budget\w*|ceiling|cap|capex|max\w*|at most|can spend)\D{0,30}\d",
)
_NOT_THIS = lazy_re.compile(  # a budget of something else, an old one, another seller's, a limit on a measure
    r"安装|运费|运输|物流|培训|首付|定金|\b(?:install\w*|shipping|freight|training|deposit|was|were|originally|"
    r"last year|used to|load|weight|capacity|noise|distance|exceeding)\b|(?<!\bno )(?<!\bnot )(?<!\bgo )(?<!\bcent )(?<!\bpenny )"
    r"\b(?:above|over|more than|beyond)\b|去年|原来|本来|以前|公里|分贝|(?<!不)(?<!不能)(?<!不得)(?<!不要)(?<!不可以)超(?:过|出)|以上|高于|"
    r"(?:kg|km|db)\b",  # "purchases above 80,000 must be approved"
    re.I,
)
_WHOLE_TAKEN = lazy_re.compile(  # the customer takes the price as a whole
    CLOSES.pattern + r"|send (?:me |us )?the (?:contract|po|invoice|pi)\b(?! draft)|go ahead|下单|签合同(?![^，。]{0,2}付)|开合同|发合同|按这个价", re.I
)
_NO = lazy_re.compile(  # "No deal.", "We can't go ahead at that price.", "下单前还要再比比价", "不签合同的话就算了"
    r"\b(?:no|not|never|won'?t|can'?t|cannot|breaker|brochure|sample)\b|不|没|前|的话|再比|考虑|"
    r"(?:他|她|老板|领导|总|经理|他们|上面|我们|咱们|我|董事会|公司)定了(?:我|你|咱)?(?:就|再|以后|之后)", re.I  # "他定了我就通知你": if he decides
)
_DOWN_TO = lazy_re.compile(r"改成|改为|减为|减到|只要[一1]|就要[一1]|就够|\b(?:only need|just one|reduce|down to)\b", re.I)  # "烘干机改成一台"
_DISCOUNT = lazy_re.compile(  # not "广州只有一个点" (one service point)
    r"%\s*off|\bpercent off\b|\d\s*%\s*(?:discount|rebate)|折扣|(?:让|降|优惠|少|再给|给您|给你|便宜|下浮)[^，。]{0,3}[一二两三四五六七八九\d]个点|返[一二两三四五六七八九\d]个点|返点|"
    r"[一二两三四五六七八九\d]个点的?(?:折扣|优惠)|打[一二三四五六七八九\d.]+折",
    re.I,
)
_CUT = lazy_re.compile(  # a new price said without its product: "Zhan Haoran offered SAR 36,000", "降到五万一"
    r"\b(?:reduc\w*|lower\w*|offer\w*|cut|down to|came down|brought down|match\w*|discount\w*)\b|降|让|优惠|申请到", re.I
)
LOT = lazy_re.compile(  # a budget, or a figure of ours, for the whole order
    r"\b(?:all|everything|the lot|whole|total|altogether|overall|in all)\b|全部|所有|整批|整个|总|一共|合计|这批", re.I
)


_ASKS_PRICE = lazy_re.compile(  # the customer's counter for one product: "制冰机能不能8000", "could you do 1,400 on the dryer?"
    r"能不能|可不可以|行不行|能否|便宜点|少点|\b(?:can you|could you|would you|can u|could u)\b[^.?]{0,20}\b(?:do|go|make it|meet)\b", re.I
)
_COUNTER_CUT = lazy_re.compile(rf"[，,。；;!！?？]|{ZH_SPACE}")  # a chat's clauses also split by spaces
_FIGURE_ONLY = lazy_re.compile(  # a clause that is only a sum of money: "四十五万", "就是45万元", "USD 80,000"
    r"^\s*(?:就是|还是|是|一共|总共|共)?\s*(?:[A-Z]{3}\s?|[$€£¥])?[\d,.]+\s*(?:万|千)?(?:元|块)?\s*$|"
    r"^\s*(?:就是|还是|是|一共|总共|共)?[一二两三四五六七八九十百千]+万(?:元|块)?\s*$"
)


@dataclass(frozen=True)
class OrderTotal:
    """Our total worked out from the order's lines, against the customer's budget."""

    budget: Decimal
    budget_at: Sentence
    total: Decimal
    lines: tuple[tuple[Line, Line], ...]  # (count, unit price) per product


def money_figures(text: str) -> list[Decimal]:
    """Return the figures of ``text``, with those said with a currency ("80,000 US dollars") that :func:`figures` skips."""
    out = figures(text)
    for n in find_numbers(text):
        if n.kind == "amount" and re.fullmatch(r"(?:[A-Z]{3} )?\d+(?:\.\d+)?", n.value):
            if (v := Decimal(n.value.split()[-1])) not in out:
                out.append(v)
    return out


def _budget(s: Sentence) -> tuple[Decimal, str] | None:
    """Return the customer's budget in ``s`` with the clause saying it (the last one said), or None."""
    if party_of(s) == "we" or is_question(s) or amount_signoff(s) or SOMEONE_ELSE.search(s.text):
        return None
    found = None
    for clause in _joined(re.split(rf"[，；;。]|,(?!\d{{3}})|\s+but\s+|{ZH_SPACE}", s.text)):  # a chat's spaces too
        if not (_BUDGET.search(clause) or states_budget(clause)) or OBJECTION.search(clause):
            continue  # "超预算了" is an objection, no budget stated
        if DEPOSIT.search(clause) or _NOT_THIS.search(COVERS.sub(" ", clause)) or not _MONEY.search(clause):
            continue
        if said := money_figures(clause):
            found = (max(said), clause)
    return found


def _joined(clauses: list[str]) -> list[str]:
    """Join a budget clause that names no figure with the next clause when that one is only the figure.

    Example: "预算还是那个数，四十五万，理事会不会再加了" → "预算还是那个数，四十五万" is one clause.
    """
    out: list[str] = []
    for clause in clauses:
        if out and _FIGURE_ONLY.match(clause) and _BUDGET.search(out[-1]) and not money_figures(out[-1]):
            out[-1] = f"{out[-1]}，{clause}"
        else:
            out.append(clause)
    return out


def order_counts(sentences: list[Sentence], counted: list[list[Line]] | None = None) -> list[Line]:
    """Return each product's latest count (an added one summed, a dropped one gone), in order of first mention.

    ``counted`` holds :func:`product_counts` of each sentence when the caller has read them already.
    """
    products: list[Line] = []
    offered: list[Line] = []  # our latest proposed counts, for a customer's "Agreed, 72 it is."
    for s, said in zip(sentences, counted or (product_counts(s) for s in sentences), strict=False):
        if traded := traded_clauses(s):  # "四台旧车按一万五一台回收": the old machines we take back are no line of the order
            spoken = [(c, s.text[c.span[0] : c.span[1]]) for c in said]
            said = [c for c, x in spoken if not any(x in t or t in x for t in traded)]
        if party_of(s) == "we":
            offered = offered_counts(s) or offered
        elif not said:
            said = agreed_counts(s, offered)
        if party_of(s) == "customer" and drops_item(s.text):  # "Let's drop the dryers for now", "烘干机先不要了"
            gone = product_words(s.text) | codes(s.text)
            products = [p for p in products if not gone & (p.words | p.codes | {p.head})]
        for c in said:
            i = next((i for i in range(len(products) - 1, -1, -1) if same_count(products[i], c)), None)
            if not (c.words or c.codes or c.head) and len(products) > 1 and LOT.search(c.at.text[c.span[0] : c.span[1]]):
                continue  # "一共8台" after two lines: the whole order's count, no one line's
            if i is None and c.unit and not (c.words or c.codes or c.head):  # "对，8台": the last product in 台
                i = next((i for i in range(len(products) - 1, -1, -1) if products[i].unit == c.unit), None)
            if i is None:
                products.append(c)
                continue
            if c.value == 1 and not c.more and products[i].value > 1 and not _DOWN_TO.search(c.at.text):
                continue  # "先租一台试用", "一台才十万": one of a product counted before is a trial or a price, no new count
            old = products[i]  # the later count, known by every name said for it
            value = old.value + c.value if c.more else c.value
            products[i] = replace(c, value=value, words=old.words | c.words, codes=old.codes | c.codes)
    return products


def priced_counts(products: list[Line], sentences: list[Sentence]) -> list[tuple[Line, Line]]:
    """Pair each product with our latest unit price for it: the price naming it best, said last.

    A price the customer reads back from our quote never replaces one we said ourselves.
    """
    latest: dict[int, Line] = {}
    how: dict[int, float] = {}  # how surely the latest price names its product: a weak tie never replaces a sure one
    before: tuple[int, int, str | None] | None = None  # (end, product, speaker) of a sentence naming one product only
    asked: tuple[int, int, Decimal] | None = None  # (sentence, product, figure) of the customer's counter for one product
    for k, s in enumerate(sentences):
        paid_back = {f for t in traded_clauses(s) for f in money_figures(t)}  # a trade-in's price is what we pay
        for p in [p for p in unit_prices(s) if p.value not in paid_back]:
            scores = [same_product(p, c) for c in products]
            top = max(scores, default=0)
            if not p.words and not p.codes and len(products) == 1:
                i, top = 0, 1.0  # "USD 4.20 each" when one thing is ordered
            elif top and scores.count(top) == 1:
                i = scores.index(top)
            elif not top and not p.codes and before and s.start - before[0] <= 3 and s.speaker == before[2] and _CUT.search(s.text):
                i, top = before[1], 1.0  # "PM-12: quoted at SAR 38,000 per monitor;" + "Zhan Haoran offered SAR 36,000."
            elif not top and not p.codes and asked and k - asked[0] <= 3 and asked[2] <= p.value <= asked[2] * Decimal("1.2"):
                i, top = asked[1], 1.0  # "制冰机能不能8000" … "主管说最低8300了": our answer to their counter
            else:
                continue
            if p.for_count is not None and p.for_count != products[i].value:
                continue  # "or 1,990 each for 30" when 24 are ordered
            if (party_of(s) != "customer" or i not in latest) and (top >= 1 or top >= how.get(i, 0)):
                latest[i], how[i] = p, top
        said, words = codes(s.text), product_words(s.text)
        named = {i for i, c in enumerate(products) if c.codes & said or (not said and c.head and c.head in words)}
        if party_of(s) == "customer" and (m := _ASKS_PRICE.search(s.text)):
            clause = next(c for c in _COUNTER_CUT.split(s.text[m.start() :]) if c)  # "制冰机能不能8000" of "… 设备总共就留了一万四"
            clause = _COUNTER_CUT.split(s.text[max(0, m.start() - 40) : m.start()])[-1] + clause  # "hmm mats a bit high 😬 can u do 13"
            here, figs = codes(clause), money_figures(clause)
            one = {i for i, c in enumerate(products) if c.codes & here or (c.words & product_words(clause) and not here)}
            if len(one) == 1 and len(figs) == 1:
                asked = (k, one.pop(), figs[0])
        before = (s.end, named.pop(), s.speaker) if len(named) == 1 else None
    return [(products[i], latest[i]) for i in sorted(latest)]


def _stated_after(total: OrderTotal, sentences: list[Sentence]) -> list[tuple[Sentence, Decimal]]:
    """Return our whole-order figures said after our last unit price ("the best I can do is 83,000 for the lot")."""
    last = max(p.at.start for _, p in total.lines)
    out = []
    for s in sentences:
        if s.start > last and party_of(s) == "we" and LOT.search(s.text) and not DEPOSIT.search(s.text):
            out += [(s, f) for f in money_figures(s.text) if total.budget / 2 <= f <= total.budget * 2]
    return out


def _closed(total: OrderTotal, sentences: list[Sentence]) -> bool:
    """Whether our whole-order figure came after, or the customer took the price as a whole."""
    if _stated_after(total, sentences):
        return True  # within the budget: met; above it: the stated figure is budget_gaps' to compare
    last = max(total.budget_at.start, *(p.at.start for _, p in total.lines))
    for s in sentences:
        if s.start <= last or party_of(s) == "we" or is_question(s):
            continue
        if NOT_ACCEPT.search(s.text) or HOLDS.search(s.text) or OBJECTION.search(s.text) or names_term(s.text):
            continue  # "一般下单后三十天付款": a payment term, no taking of the price
        first = re.split(r"[，,；;：:。.!！?？]", s.text)[0]
        said = money_figures(s.text)
        plain = {Decimal(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", s.text)}
        if plain & {p.value for _, p in total.lines}:
            continue  # "130 on the holds, deal": one line's price taken, not the whole
        if said and any(f >= total.total for f in said) and TAKES.search(first):
            return True  # "84,960 is fine"
        if not said and _WHOLE_TAKEN.search(s.text) and not _NO.search(s.text):
            return True  # "OK, send the contract", "deal"; not "Okay, noted." nor "dryer at 1,480, fine"
    return False


def _one_currency(budget_at: Sentence, lines: tuple[tuple[Line, Line], ...]) -> bool:
    said = currencies(budget_at)
    return not said or all(not currencies(p.at) or currencies(p.at) & said for _, p in lines)


def order_totals(sentences: list[Sentence]) -> list[OrderTotal]:
    """Return the budget our worked-out total exceeds (at most one: the latest budget), or nothing."""
    said = [(s, b) for s in sentences if (b := _budget(s)) is not None]
    if not said:
        return []
    budget_at, (budget, clause) = said[-1]
    products = order_counts(sentences)
    words = product_words(clause) | codes(clause)
    named = [p for p in products if words & (p.words | p.codes | {p.head})]  # "EUR 150,000 for the 60 bikes"
    priced = priced_counts(products if LOT.search(clause) or not named else named, sentences)  # "for all the machines"
    lines = tuple(  # a unit price, not a total (one unit of a thing may cost more than half: "制冰机8300" of 14,000)
        (c, p) for c, p in priced if p.value * 2 < budget or (c.value == 1 and p.value < budget and len(priced) > 1)
    )
    if covered := covered_services(budget_at.text):  # "…including installation", "installation is GBP 55 per panel"
        lines += addon_lines(sentences, lines, covered)
    if lines and (covered or WHOLE.search(budget_at.text)):  # "USD 24,000 lump sum" in "the whole package"
        done = {kind(c.name) for c, _ in lines if c.name}
        lines += tuple(x for x in lump_lines(sentences, covered or None) if kind(x[0].name) not in done)
    if not lines or not _one_currency(budget_at, lines):
        return []
    first = min(p.at.start for _, p in lines)
    if any(party_of(s) == "we" and s.start >= first and _DISCOUNT.search(s.text) for s in sentences):
        return []  # "再给您三个点的折扣": the total after it is not the sum of the unit prices
    total = sum((c.value * p.value if p.each else p.value for c, p in lines), Decimal(0))
    found = OrderTotal(budget, budget_at, total, lines)
    if not budget < total <= budget * 2 or _closed(found, sentences):
        return []
    return [found]
