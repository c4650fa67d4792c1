"""Items as statements: "价格：客户目标 USD 7.5，我方最低 USD 7.7", not "价格".

The wording is built from the sentence itself (greetings, fillers and sign-offs trimmed)
and the values read from it; product names are shown in the summary's language.
"""

from __future__ import annotations

import re

from assistant.summaries.catalog import Catalog, Match
from assistant.summaries.numbers import find_numbers
from assistant.text import lazy_re

MAX_CHARS = 60
_LEAD = lazy_re.compile(
    r"^(?:(?:dear|hi|hello|hey)\s+[\w. ]{1,20}[,，]\s*|(?:yeah|ok|okay|so|well|um|uh)[,，]?\s+(?:so\s+)?|"
    r"[\u4e00-\u9fff]{1,3}(?:总|经理|姐|哥|工|主任)[，,：:]\s*|(?:您好|你好|嗯|那个|好的|哈哈)[，,！!]?\s*)+",
    re.I,
)
_TAIL = lazy_re.compile(
    r"(?:\s*(?:kind regards|best regards|thanks|thank you)[.!]?|谢谢[。！]?|[👍🙂😊🙏😓]|\[[^\]]{1,4}\])+\s*$",
    re.I,
)


def clean(text: str) -> str:
    """Return the sentence without greetings, fillers, emoji and sign-offs, clipped to ``MAX_CHARS``."""
    body = _TAIL.sub("", _LEAD.sub("", text.strip())).strip(" ，,。.!！")
    body = body or text.strip()
    if body[:1].islower():
        body = body[0].upper() + body[1:]
    return body if len(body) <= MAX_CHARS else body[: MAX_CHARS - 1] + "…"


def as_said(text: str) -> str:
    """Return :func:`clean` ``text`` keeping the sentence's closing mark ("合同我明天发您。")."""
    body, end = clean(text), text.strip()[-1:]
    if end in "。.!！?？" and not body.endswith(("…", end)):
        body += end
    return body


def product_name(m: Match, catalog: Catalog, lang: str) -> str:
    """Return the catalogue name of a product match in ``lang`` (English names for English summaries)."""
    if m.kind != "product" or not m.sku:
        return m.name
    p = next((p for p in catalog.products if p.sku == m.sku), None)
    if p is None:
        return m.name
    return (p.name_en or p.name_zh) if lang == "en" else (p.name_zh or p.name_en)


def product_prices(text: str, catalog: Catalog, lang: str) -> list[str]:
    """Prices written right after a product: "T恤2.6，…；四件套13.5" → ["T恤 2.6", "四件套 13.5"]."""
    out = []
    for m in catalog.find(text):
        if m.kind != "product":
            continue
        after = re.match(
            r"\s*(?:(?:at|@|is|单价|价格)\s*)?((?:US\$|\$|€|¥)?\d+(?:\.\d+)?)(?!\d|\s?(?:pcs|个|件|条|套))",
            text[m.end :],
        )
        if after:
            out.append(f"{product_name(m, catalog, lang)} {after.group(1)}")
    return out


def values_of(text: str, catalog: Catalog, lang: str) -> list[str]:
    """Product-price pairs, amounts, percentages and quantities stated in ``text``."""
    pairs = product_prices(text, catalog, lang)
    nums = [n.value for n in find_numbers(text) if not any(n.text in p for p in pairs)]
    return list(dict.fromkeys([*pairs, *nums]))


def statement(head: str, body: str, lang: str, values: list[str] | None = None) -> str:
    """``head：body`` (Chinese) or ``Head: body`` (English), adding values the body does not show."""
    extra = [v for v in values or [] if not all(n in body for n in re.findall(r"\d+(?:\.\d+)?", v))]
    if extra:
        body += ("（" + "，".join(extra) + "）") if lang == "zh" else f" ({', '.join(extra)})"
    return f"{head}：{body}" if lang == "zh" else f"{head[:1].upper()}{head[1:]}: {body}"
