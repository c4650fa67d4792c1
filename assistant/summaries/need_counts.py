"""One quantity need per product of the order, from the customer's latest count of it (issue 14).

"so it's twenty-four washers" and "另外平衡重要三台" are the order's lines, yet the sentence classifier often
reads them as nothing: no order verb, no product the catalogue knows. A manager wants each line as a need:
"Quantity: 24 washers", "数量：平衡重 3台". The counts are read by :mod:`~assistant.summaries.order_items`
(the latest count per product, an added count summed); a product becomes a need only when it is an order
line beyond doubt: we priced it or read it back, so "six new laundromats" or "七个理事" stay out. The need
quotes the customer's latest sentence counting it. A count some need already quotes, or already shows with its
figure, adds nothing.
"""

from __future__ import annotations

from assistant.summaries import statements as st
from assistant.summaries.need_heads import need_head
from assistant.summaries.need_splits import count_body, split_need
from assistant.summaries.order_items import Line, product_counts
from assistant.summaries.order_same import same_count
from assistant.summaries.order_totals import order_counts, priced_counts
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import fmt_figure
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_NOT_NAME = lazy_re.compile(r"[，,。…、\s]|[了吗呢吧的是在被到后前说接受]")  # a clause, not the name of a thing
_NOT_GOODS_EN = frozenset(
    "season year month week day hour outlet store shop site branch location seat guest people staff "
    "employee room floor time order container pallet colour color shipment delivery office studio batch".split()
)


def _said_by_customer(product: Line, counted: list[tuple[Sentence, list[Line]]]) -> Quote | None:
    """Return the customer's clause that set ``product``'s count (its latest count of it, the same figure), or None."""
    for s, lines in reversed(counted):
        if party_of(s) != "customer":
            continue
        for c in lines:
            if same_count(c, product) or (c.at is product.at and c.span == product.span):
                if c.value != product.value:
                    return None  # our read-back or an added count set the figure: no clause of theirs says it
                a, b = c.span
                text = s.text[a:b]
                lead = len(text) - len(text.lstrip())
                text = text.strip()
                return Quote(text=text, start=s.start + a + lead, end=s.start + a + lead + len(text), speaker=s.speaker)
    return None


def _read_back(product: Line, counted: list[tuple[Sentence, list[Line]]]) -> bool:
    """Whether we counted ``product`` too ("So 480 AC-45 chairs, …")."""
    return any(party_of(s) == "we" and any(same_count(c, product) for c in lines) for s, lines in counted)


def _shows(need: Need, figure: str, product: Line) -> bool:
    """Whether a quantity need already shows this product's figure ("24 washers", not "24 dryers")."""
    for v in need.values:
        number, _, rest = v.partition(" ")
        if number == figure and (not rest or product.unit == rest or (product.head and product.head in rest) or rest in product.name):
            return True
    return False


def _names_goods(product: Line) -> bool:
    """Whether the count names a thing sold: a code, or a short name ("前移式", "soft-top boards"), not a clause.

    "补贴一般验收后三到 6个", "租客半夜被锁在门外 3个" and "3 seasons" are counts the reader caught in passing.
    """
    if product.codes:
        return True
    name = product.name
    if product.unit:
        return 2 <= len(name) <= 6 and product.unit != "个" and not _NOT_NAME.search(name)
    return bool(name) and product.head not in _NOT_GOODS_EN


def add_count_needs(sentences: list[Sentence], needs: list[Need], lang: str) -> list[Need]:
    """Add a quantity need for each order line no need covers yet; return the needs.

    Args:
        sentences: The conversation's sentences in order.
        needs: The needs found so far.
        lang: Output language (``zh``/``en``).
    """
    counted = [(s, product_counts(s)) for s in sentences]  # each sentence read once, for the lines and the quotes
    needs = [n for need in needs for n in split_need(need, counted, lang, _names_goods)]  # "3,000 PR-08, 400 HR-30"
    products = order_counts(sentences, [lines for _, lines in counted])
    priced = {id(c) for c, _ in priced_counts(products, sentences)}
    quoted = {(q.start, q.end) for n in needs for q in n.quotes}
    for product in products:
        if not (_names_goods(product) and (id(product) in priced or _read_back(product, counted))):
            continue
        said = _said_by_customer(product, counted)
        figure = fmt_figure(product.value, "en").replace(",", "")
        if said is None or any(a < said.end and said.start < b for a, b in quoted):
            continue  # a need quotes that clause already
        if any(n.topic == "quantity" and _shows(n, figure, product) for n in needs):
            continue  # "数量：8 台" already
        body = count_body(product, lang)
        needs.append(
            Need(
                text=st.statement(need_head("quantity", body, product.name, lang), body, lang),
                topic="quantity",
                subject=next(iter(sorted(product.codes)), None) or product.name,
                values=[f"{figure} {product.unit or (product.name.split() or ['pcs'])[-1]}"],
                quotes=[said],
            )
        )
        quoted.add((said.start, said.end))
    return needs
