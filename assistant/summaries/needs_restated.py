"""One need per point: a term the customer restates across a long conversation is one need, every quote kept.

In a meeting the customer states the payment terms, the warranty or a quantity, and states it again
when the point comes up for discussion ("Payment. Our standard is 90 days from delivery…") or in a
recap; each restatement became a need of its own. Two needs are one point when they share their
topic and product and either the topic has one point per product (payment terms) or their wording
overlaps and their figures agree (or only one names any). A later statement that changes a figure
("改成1000个", "make it 1,000 instead") updates the point: its values and statement replace the
earlier ones, whose quotes stay. Different products, and different figures without a change, stay apart.
"""

from __future__ import annotations

import re

from assistant.summaries.schema import Need
from assistant.summaries.steps_merge import overlap
from assistant.text import lazy_re

SAME = 0.5  # content-word overlap for two value-less (or same-valued) needs of one topic to be one point
ONE_POINT = frozenset({"payment_terms"})  # one point per product whatever the wording
_CHANGE = lazy_re.compile(
    r"(?:改成|改为|改到|调整(?:为|到|成)|换成|减(?:少)?到|加到|增加到|降到|提到|变成)\s*([\d,.]+)|"
    r"\b(?:make it|change (?:it |that )?to|(?:reduce|increase|lower|raise)[sd]? (?:it )?to)\s+([\d,.]+)",
    re.I,
)


_SIZE = lazy_re.compile(
    r"\d\s*(?:米|厘米|毫米|寸|升|毫升|克|公斤|mm|cm|m|ml|l|kg|g|inch|in)\b|\d\s*(?:米|厘米|毫米|寸|升|毫升|克|公斤)",
    re.I,
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.split()[0] if text.split() else text)


def _names_new_figure(text: str, values: list[str]) -> bool:
    """Whether a change cue in ``text`` is followed right away by one of the need's new ``values`` ("改成3500个")."""
    wanted = {_digits(v) for v in values if not _SIZE.search(v)}  # "改成1.2米的…": a size names another item
    return any(_digits(m.group(1) or m.group(2)) in wanted for m in _CHANGE.finditer(text))


_LABEL = lazy_re.compile(r"^\W*([A-Za-z][A-Za-z -]{2,30}?|[\u4e00-\u9fff]{1,8})\s*[:：]")


def _labels_other(text: str, kept_text: str) -> bool:
    """Whether ``text`` opens with an item label ("Preforms: …", "瓶坯：…") the kept need never names."""
    m = _LABEL.match(text)
    if not m:
        return False
    label = m.group(1).strip().lower()
    stem = label[:-1] if label.endswith("s") and len(label) > 3 else label
    return stem not in kept_text.lower()


def _relation(kept: Need, item: Need) -> str | None:
    """Return "same" when ``item`` restates ``kept``, "update" when it changes its figures, else None."""
    if kept.subject != item.subject:
        return None
    if len(kept.values) >= 2 and kept.values == item.values:
        return "same"  # "货到付30%，验收付60%，10%质保一年" … the recap's "二、付款30%…60%…10%": one term set
    if kept.topic != item.topic:
        return None
    if kept.topic == "product" and kept.subject is None:
        return None  # free statements of no product: nothing says they are one point
    if kept.values and item.values and kept.values != item.values:
        # "不对，改成3500个" changes the figure; "改成1.2米的150张", "换成PKG-105", "make it black 300" name
        # another item (dev: four of five changes merged that way were distinct points): the cue must
        # name the new figure right away
        if _labels_other(item.quotes[0].text, " ".join(q.text for q in kept.quotes)):
            return None  # "Preforms: make it 1,500,000" after "we only need 300,000 caps": another item
        return "update" if any(_names_new_figure(q.text, item.values) for q in item.quotes) else None
    if kept.topic in ONE_POINT:
        return "same"
    words = overlap(kept.quotes[0].text, item.quotes[0].text)
    return "same" if words >= SAME else None


def merge_restated_needs(needs: list[Need]) -> list[Need]:
    """Merge needs that restate one point (see the module doc), keeping every quote; later figures win.

    Args:
        needs: The summary's needs in the order they were found.

    Returns:
        One need per point; a merged need keeps the first need's place.
    """
    kept: list[Need] = []
    for item in needs:
        target = next(((k, r) for k in kept if (r := _relation(k, item))), None)
        if target is None:
            kept.append(item)
            continue
        found, relation = target
        found.quotes.extend(q for q in item.quotes if all(q.start != x.start for x in found.quotes))
        found.aspects.extend(a for a in item.aspects if a not in found.aspects and a != found.topic)
        if relation == "update":  # "改成1000个": the point now says what was said last
            found.values, found.text = list(item.values), item.text
        elif not found.values and item.values:
            found.values, found.text = list(item.values), item.text
    return kept
