"""Product categories named in a question ("家具类的", "furniture items"): the ``product`` filter of order_history.

The demo catalogue has six categories (electronics, furniture, hardware, home, packaging, textiles);
``order_history`` matches its ``product`` argument against a line's SKU, name or category.
A category word inside a customer's name ("Golden Gate Textiles", "纺织品有限公司") is not a filter.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_KINDS: dict[str, re.Pattern[str]] = {
    "furniture": lazy_re.compile(r"家具|桌椅|\bfurniture\b", re.I),
    "electronics": lazy_re.compile(r"电子(?:类|产品|的)|数码(?:类|产品)|\belectronics?\b", re.I),
    "hardware": lazy_re.compile(r"五金|\bhardware\b", re.I),
    "home": lazy_re.compile(
        r"家居(?:类|用品|产品)?|日用品|\bhome ?(?:goods|wares?)\b|\bhousehold\b|\bhomeware\b", re.I
    ),
    "packaging": lazy_re.compile(r"包装(?:类|材料|产品|耗材)|包材|\bpackaging\b", re.I),
    "textiles": lazy_re.compile(r"纺织(?:类|产品)|面料类?|布料|\btextiles?\b|\bfabrics?\b", re.I),
}
_COMPANY_TAIL = lazy_re.compile(
    r"^\s*(?:品)?(?:有限|公司|贸易|商贸|集团|Inc\b|Co\b|Ltd\b|Group\b|Supply\b|Trading\b)", re.I
)


def product_category(text: str, names: list[str] | tuple[str, ...] = ()) -> str | None:
    """Return the product category a question filters on, or None.

    Args:
        text: The question.
        names: Customer names spotted in it (removed first, so a name's own category word is no filter).

    Returns:
        A catalogue category key ("furniture"), or None when the question names none.
    """
    for name in names:
        text = re.sub(re.escape(name), " ", text, flags=re.I)
    for kind, pattern in _KINDS.items():
        for m in pattern.finditer(text):
            if not _COMPANY_TAIL.match(text[m.end() :]) and not _capitalised_name(text, m.start()):
                return kind
    return None


def _capitalised_name(text: str, start: int) -> bool:
    """Whether an English category word ends a capitalised name ("Harbor Textiles"): a company, not a filter."""
    word = text[start:].split(" ", 1)[0]
    before = text[:start].rstrip().split(" ")[-1] if text[:start].strip() else ""
    return bool(word[:1].isupper() and before[:1].isupper() and before.isascii())
