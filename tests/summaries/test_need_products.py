"""A need names a catalogue product only when the conversation names it, not when a common word is its head."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.catalog import Catalog, CatalogProduct
from assistant.summaries.service import summarize_text

_CATALOG = Catalog.from_products(
    [
        CatalogProduct("KT-TB-07", "橡木砧板", "Oak serving board", "home"),
        CatalogProduct("HW-LK-03", "黄铜挂锁", "Brass padlock", "hardware"),
    ]
)


def _needs(text: str) -> list[str]:
    s = summarize_text(text, today=dt.date(2031, 3, 4), catalog=_CATALOG, engine="offline", language="en")
    return [n.text for n in s.needs]


def test_a_head_word_alone_does_not_attach_an_unnamed_product() -> None:
    text = (
        "Rep: Hello Marta, thanks for the call.\n"
        "Marta: We need 40 shelving bays for the new store, and any spend above 2 million goes to our board.\n"
    )
    assert not any("Oak serving board" in n or "橡木砧板" in n for n in _needs(text))


def test_a_product_named_in_full_keeps_its_head_word_links() -> None:
    text = (
        "Rep: Hello Marta, our oak serving boards are back in stock.\n"
        "Marta: Good, we need 300 boards for the spring catalogue.\n"
    )
    assert any("Oak serving board" in n or "橡木砧板" in n for n in _needs(text))
