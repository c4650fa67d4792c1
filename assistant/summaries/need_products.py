"""Which catalogue products a need may name: only those the conversation itself names.

The catalogue links an English head word to its product when one product ends that way
("Oak serving board" → "board"); alone, such a word is as often the common noun ("the company's
board", "a hinge on the gate"). A need takes a product matched by its head word only when the
conversation names that product in full (its English or Chinese name, or its code) somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.summaries.catalog import Catalog, Match


def _full(m: Match, names: Sequence[str]) -> bool:
    said = re.sub(r"e?s$", "", m.text.lower()) if m.text.isascii() else m.text.lower()
    return any(n and (m.text.lower() == n.lower() or said == n.lower()) for n in names)


def named_products(products: Sequence[Match], catalog: Catalog, conversation: str) -> list[Match]:
    """Return the product matches of a clause that the conversation names (head-word links need the full name).

    Args:
        products: Catalogue product matches of one clause.
        catalog: The catalogue they come from.
        conversation: The whole conversation's text.
    """
    by_sku = {p.sku: p for p in catalog.products}
    low = conversation.lower()
    out = []
    for m in products:
        p = by_sku.get(m.sku or "")
        names = (p.name_en, p.name_zh, p.sku) if p else ()
        if p is None or not m.text.isascii() or _full(m, names) or any(n and n.lower() in low for n in names):
            out.append(m)
    return out
