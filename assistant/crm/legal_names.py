"""A company name without its legal form: "Harbor Trading Inc." and "harbor trading" are the same name.

Used by entity resolution: when a typed name matches several customers as a substring but exactly
one of them *is* that name once the legal suffix (Inc., Ltd, K.K., GmbH, 有限公司 …) is dropped, that
one is meant ("Harbor Trading" is Harbor Trading Inc., not Blue Harbor Trading K.K.).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.text import lazy_re

_SUFFIX = lazy_re.compile(
    r"(?:\s*,?\s+|(?<=[\u4e00-\u9fff]))(?:pvt\.?(?:\s+ltd\.?)?|private\s+limited|ltda\.?|ltd\.?|limited|inc\.?|"
    r"incorporated|gmbh|sarl|s\.?\s?a\.?(?:\s+de\s+c\.?\s?v\.?)?|llc|plc|b\.?\s?v\.?|k\.?\s?k\.?|co\.?,?\s*ltd\.?|"
    r"corp\.?|corporation|company|股份有限公司|有限责任公司|有限公司|公司)\s*$",
    re.I,
)


def bare_name(name: str) -> str:
    """Return ``name`` lower-cased, without its legal suffix, spaces and punctuation ("harbortrading")."""
    text = (name or "").strip()
    for _ in range(3):  # "Harbor Trading Company Limited": every trailing legal word, not only the last
        shorter = _SUFFIX.sub("", text)
        if shorter == text or not shorter.strip():
            break
        text = shorter
    return re.sub(r"[\s.,·()（）]", "", text.lower())


def same_name(typed: str, names: Iterable[str | None]) -> bool:
    """Whether any of a record's ``names`` is ``typed`` once both drop their legal suffix and case."""
    want = bare_name(typed)
    return bool(want) and any(bare_name(n) == want for n in names if n)
