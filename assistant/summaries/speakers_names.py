"""How a person of the CRM is named in a conversation: pinyin forms and English title forms.

Our users are stored under their Chinese display name (唐志强), but an English call or email
writes them "Tang Zhiqiang", "Zhiqiang Tang" or "Mr. Tang"; a transcript labels a speaker
"客户（钱工）" or "销售（周杰）". These helpers read the surname of an English title form and match
a written name against the Latin forms of a Chinese name (spelled by :mod:`assistant.name_pinyin`,
shared with the agent), so :mod:`assistant.summaries.speakers` can place them.
"""

from __future__ import annotations

import re

from assistant.name_pinyin import name_parts
from assistant.text import lazy_re
from assistant.text.titles import HONORIFIC

_EN_TITLE = lazy_re.compile(rf"^(?:{HONORIFIC}|director|manager)\.?\s+([a-z]+)$", re.I)


def latin_surname(name: str) -> str | None:
    """Return the pinyin surname of a Chinese personal name ("唐志强" → "tang"), or None."""
    parts = name_parts(name)
    return parts[0] if parts else None


def english_title_surname(name: str) -> str | None:
    """Return the surname of an English title form ("Mr. Tang" → "tang", "Ms Li" → "li"), or None."""
    m = _EN_TITLE.match(re.sub(r"\s+", " ", name.strip()))
    return m.group(1).lower() if m else None


def same_latin(name: str, forms: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of ``forms``, word for word ("Liu Yang", "Liu Yang (Sales)"), case-insensitive.

    Words must match as written: "Lina" is not "Li Na".
    """
    core = re.sub(r"\(.*?\)|（.*?）|<.*?>", " ", name)
    words = " ".join(re.findall(r"[a-z]+", core.lower()))
    return bool(words) and any(words == f for f in forms if " " in f)
