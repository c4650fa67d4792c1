"""Messages made of numbers: units beside figures, and lines that are mostly ids, amounts and units.

* :func:`beside_number` — pinyin initials are matched as abbreviations ("lbs" could spell 老不死),
  but an abbreviation right after or before a figure is a unit or a label: "1,440 lbs",
  "chk 4471", "12 pcs". The matcher drops an initials hit there.
* :func:`mostly_numbers` — a message whose characters are mostly figures, ids and units
  ("全国服务热线四零零-六八二-一九三零", "3 pallets, 1,440 lbs, BOL 8842190") says nothing
  the learned classifier could judge: its sentence vector is noise near every label. The
  second stage does not alert on such a message by the classifier alone; the first stage's
  detectors (phone, e-mail, id) still read it.

Both are pure functions of the text, cheap enough for every message they are asked about.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_DIGIT_NEAR = lazy_re.compile(r"[0-9０-９][\s,.]?$")
_DIGIT_AFTER = lazy_re.compile(r"^[\s#:：.\-]{0,2}[0-9０-９]")
# Chinese numerals in a run of three or more ("四零零", "一九三零", "二十四"): a figure written out.
_ZH_FIGURE = lazy_re.compile(r"[零〇一二三四五六七八九十百千万亿幺两壹贰叁肆伍陆柒捌玖拾佰仟]{3,}")
_FIGURE = lazy_re.compile(r"[0-9０-９]+(?:[,.:/\-][0-9０-９]+)*")
# A Latin token with a run of digits in it (PO-2291, MSKU1234567, 2027-01-12; not leet such as "p3rs0nal")
# or a short capitalised label beside a figure (BOL, PO, SKU, ETD).
_ID = lazy_re.compile(r"\b[A-Za-z]{0,6}[\-/]?[0-9]{2,}[A-Za-z0-9\-/]*\b|\b[A-Z]{2,5}\b(?=\s*[#:：]?\s*[0-9])")
# Words that make a number someone's private contact: the detectors and the classifier judge those.
_CONTACT = lazy_re.compile(
    r"qq|扣扣|微信|威信|薇信|vx|wx|手机|私人|私下|个人|personal|private|cell|mobile|whatsapp|telegram|signal",
    re.IGNORECASE,
)
_UNITS = lazy_re.compile(
    r"\b(?:lbs?|kgs?|g|oz|pcs|pc|ctns?|cbm|m|mm|cm|km|ft|in|sq|usd|rmb|cny|eur|units?|pallets?|boxes|cartons?|"
    r"containers?|total|qty|no|nos|x|h|min|am|pm)\b",
    re.IGNORECASE,
)
_LETTERS = lazy_re.compile(r"[A-Za-z]+|[\u3400-\u9fff]")
FIGURE_SHARE = 0.45  # at least this share of the message's signs are figures, ids and units


def beside_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands right after or right before a figure ("1,440 lbs", "chk 4471")."""
    return _DIGIT_NEAR.search(text, max(0, start - 2), start) is not None or bool(
        _DIGIT_AFTER.match(text[end : end + 4])
    )


def figure_share(text: str) -> float:
    """Return the share of ``text``'s signs (letters, Chinese characters, digits) that are figures, ids and units."""
    figures = sum(len(m.group()) for m in _ZH_FIGURE.finditer(text))
    rest = _ZH_FIGURE.sub(" ", text)
    figures += sum(len(m.group()) for m in _ID.finditer(rest))
    rest = _ID.sub(" ", rest)
    figures += sum(len(m.group()) for m in _FIGURE.finditer(rest))
    rest = _FIGURE.sub(" ", rest)
    figures += sum(len(m.group()) for m in _UNITS.finditer(rest))
    words = sum(len(m.group()) for m in _LETTERS.finditer(_UNITS.sub(" ", rest)))
    total = figures + words
    return figures / total if total else 0.0


def mostly_numbers(text: str) -> bool:
    """Whether figures, ids and units make up :data:`FIGURE_SHARE` of ``text`` and no contact word names them."""
    return figure_share(text) >= FIGURE_SHARE and _CONTACT.search(text) is None
