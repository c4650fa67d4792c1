"""Alert category names as people say them, mapped to the stored key (``private deal ones`` → ``private_deal``).

Used by ``compliance_stats`` and ``sensitive_alerts`` so a category given in English or Chinese, spaced,
hyphenated, capitalised or plural ("Private deals", "私单", "kickbacks") filters by that category instead of
matching nothing or being ignored. An unknown name is passed through normalised (it then matches nothing).
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "private_deal": ("private deal", "private dealing", "side deal", "off book", "off the books", "personal account",
                     "私单", "飞单", "私下交易", "私下成交", "私下接单", "走私账", "私人账户"),
    "bribery": ("bribe", "bribery", "kickback", "payoff", "贿赂", "行贿", "回扣", "好处费", "返点"),
    "guarantee": ("guarantee", "promise", "guaranteed return", "overpromise", "承诺", "保证", "违规承诺", "打包票"),
    "contact_leak": ("contact leak", "contact sharing", "shared contact", "leaked contact", "personal contact",
                     "联系方式", "私留联系方式", "泄露联系方式", "私下联系", "留微信", "加微信"),
    "abuse": ("abuse", "abusive", "insult", "辱骂", "骂人"),
    "competitor_slander": ("competitor slander", "slander", "诋毁", "贬低竞品"),
    "absolute_claims": ("absolute claim", "superlative claim", "绝对化", "极限词"),
    "confidential": ("confidential", "leak of secrets", "机密", "泄密"),
}  # fmt: skip
_PLURAL = lazy_re.compile(r"(?<=[a-z])(?:ies|es|s)\b")
_FILLER = lazy_re.compile(
    r"\b(?:ones?|alerts?|violations?|issues?|cases?|category|type|kind)\b|类|违规|告警|问题|的"
)


def _squash(text: str) -> str:
    low = re.sub(r"[\s_\-]+", " ", text.strip().lower())
    low = _FILLER.sub(" ", low)
    return re.sub(r"\s+", " ", _PLURAL.sub("", low)).strip()


_INDEX = {_squash(s): key for key, names in _SYNONYMS.items() for s in (key, *names)}


def category_key(text: str | None) -> str | None:
    """Return the stored category key a spoken category name means (``None`` stays ``None``).

    Args:
        text: A category as given, e.g. ``"private deal ones"``, ``"Kickbacks"``, ``"私单"``, ``"private_deal"``.
    """
    if text is None or not text.strip():
        return None
    said = _squash(text)
    if said in _INDEX:
        return _INDEX[said]
    hits = {
        key for name, key in _INDEX.items() if name and (name in said or (len(said) >= 2 and said in name))
    }
    if len(hits) == 1:
        return hits.pop()
    return re.sub(r"[\s\-]+", "_", text.strip().lower())
