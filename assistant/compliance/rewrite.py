"""A compliant rewrite of a flagged draft: the flagged clauses replaced by the wording policy allows.

:func:`rewrite` takes a draft and the hits of a scan (``start``/``end`` spans and categories)
and returns the draft with every clause that holds a hit dropped, and one compliant sentence
per category flagged put in their place (where the first dropped clause stood). Clean clauses
are kept as written, so the rewrite still greets the customer and says what the rep meant.
Pure text work: nothing is stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.text import lazy_re

_CLAUSE = lazy_re.compile(r"[^，,。.;；!！?？\n]+[，,。.;；!！?？\n]*")
_CJK = lazy_re.compile(r"[\u4e00-\u9fff]")

SAFE_ZH: dict[str, str] = {
    "private_deal": "付款请走公司对公账户，合同和发票都由公司出具",
    "bribery": "价格和优惠都按公司政策统一执行，并写进合同",
    "contact_leak": "后续请通过公司官方渠道和我联系",
    "guarantee": "具体价格、质量标准和交期以正式报价和合同条款为准",
    "absolute_claims": "我们的产品质量稳定，具体参数以检测报告为准",
    "competitor_slander": "各家产品各有特点，我可以把我们的优势和参数发给您参考",
    "confidential": "内部信息不便透露，我可以提供对外公开的资料",
    "discrimination": "我们对所有客户一视同仁",
    "abuse": "有不满意的地方我们一起想办法解决",
}
SAFE_EN: dict[str, str] = {
    "private_deal": "payment goes to our company account, with a company contract and invoice",
    "bribery": "pricing and discounts follow company policy and are written into the contract",
    "contact_leak": "please reach me through our official company channels",
    "guarantee": "final prices, quality standards and delivery dates are as stated in our formal quote and contract",
    "absolute_claims": "our quality is consistent, and the test reports give the exact specifications",
    "competitor_slander": "every supplier has its strengths; I can send you our specifications to compare",
    "confidential": "I can't share internal information, but I can send you our public materials",
    "discrimination": "we treat every customer the same",
    "abuse": "if anything is not right, let's work it out together",
}
DEFAULT = ("具体以公司政策和合同为准", "details follow company policy and the contract")


def rewrite(text: str, hits: Sequence[dict[str, Any]]) -> str:
    """Return ``text`` with its flagged clauses replaced by compliant wording (``text`` itself if nothing is flagged).

    Args:
        text: The draft as scanned.
        hits: The scan's hits, each with ``start``, ``end`` (character offsets) and ``category``.
    """
    spans = [(int(h["start"]), int(h["end"]), str(h.get("category") or "")) for h in hits if "start" in h]
    if not spans:
        return text
    zh = bool(_CJK.search(text))
    safe, fallback = (SAFE_ZH, DEFAULT[0]) if zh else (SAFE_EN, DEFAULT[1])
    out: list[str] = []
    said: set[str] = set()
    for m in _CLAUSE.finditer(text):
        cats = [c for s, e, c in spans if s < m.end() and e > m.start()]
        if not cats:
            out.append(m.group())
            continue
        for cat in dict.fromkeys(cats):
            sentence = safe.get(cat, fallback)
            if sentence not in said:
                said.add(sentence)
                out.append(sentence + ("，" if zh else ", "))
    body = "".join(out).strip().rstrip("，,;； ")
    if not zh:  # a kept clause ending in "." before an inserted one: "market. Please reach me …"
        body = re.sub(r"(?<=[a-z])([.!?])(\s*)([a-z])", lambda g: f"{g[1]} {g[3].upper()}", body)
        body = re.sub(r"(?<=[a-z])([,;])(?=[A-Za-z])", r"\1 ", body)
    if not body:
        return text
    return body + ("。" if zh else ".") if not re.search(r"[。.!！?？]$", body) else body
