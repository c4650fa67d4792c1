"""How a person of the CRM is named in a conversation: pinyin forms and English title forms.

Our users are stored under their Chinese display name (唐志强), but an English call or email
writes them "Tang Zhiqiang", "Zhiqiang Tang" or "Mr. Tang"; a transcript labels a speaker
"客户（钱工）" or "销售（周杰）". These helpers give the Latin forms of a Chinese name and read
the surname of an English title form, so :mod:`assistant.summaries.speakers` can place them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import lazy_re

_HAN_NAME = lazy_re.compile(r"[\u4e00-\u9fff]{2,4}")
_EN_TITLE = lazy_re.compile(r"^(?:mr|mrs|ms|miss|dr|director|manager)\.?\s+([a-z]+)$", re.I)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容")


@lru_cache(maxsize=512)
def latin_forms(name: str) -> tuple[str, ...]:
    """Return the pinyin spellings of a Chinese personal name, lower case, words separated by a space.

    "唐志强" → ("tang zhiqiang", "zhiqiang tang", "tangzhiqiang"); a non-Chinese name → ().
    """
    if not _HAN_NAME.fullmatch(name or ""):
        return ()
    from pypinyin import Style, lazy_pinyin  # only once per name (cached)

    split = 2 if name[:2] in _COMPOUND else 1
    surname = "".join(lazy_pinyin(name[:split], style=Style.NORMAL)).lower()
    given = "".join(lazy_pinyin(name[split:], style=Style.NORMAL)).lower()
    return (f"{surname} {given}", f"{given} {surname}", f"{surname}{given}")


def latin_surname(name: str) -> str | None:
    """Return the pinyin surname of a Chinese personal name ("唐志强" → "tang"), or None."""
    forms = latin_forms(name)
    return forms[0].split()[0] if forms else None


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
