"""Names in pinyin inside a request: reps ("Zhang Wei", "ouyang ming") and customers' short names ("Shenghe").

Split out of :mod:`assistant.agents.offline.gazetteer`, which builds these patterns on first use
from its entries; the spellings come from :mod:`assistant.name_pinyin` (cached syllables, family
readings of surnames, compound surnames as one word).
"""

from __future__ import annotations

import re

from assistant.name_pinyin import COMPOUND_SURNAMES, is_chinese_name, name_parts, syllables
from assistant.text import lazy_re

_LATIN_WORD = lazy_re.compile(r"[A-Za-z]{5,}")
_SHORT_HAN = lazy_re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def may_name_customer(text: str) -> bool:
    """Whether ``text`` has a Latin word long enough (5+ letters) to be a customer's short name in pinyin."""
    return bool(_LATIN_WORD.search(text))


def customer_forms(customers: list[tuple[str, str]]) -> dict[str, str]:
    """Map the pinyin of each Chinese short name (lower case, run together) to its value, unambiguous ones only.

    Args:
        customers: ``(surface, value)`` of the customers' names; only 2–4 character Chinese ones count.
    """
    short = [(surface, value) for surface, value in customers if _SHORT_HAN.match(surface)]
    table = syllables(surface for surface, _ in short)
    forms: dict[str, set[str]] = {}
    for surface, value in short:
        form = "".join(table[surface]).lower()
        if len(form) >= 5 and form.isascii() and form.isalpha():
            forms.setdefault(form, set()).add(value)
    return {form: next(iter(values)) for form, values in forms.items() if len(values) == 1}


def forms_pattern(forms: dict[str, str]) -> re.Pattern[str]:
    """One case-blind pattern over the pinyin ``forms`` (longest first), bounded by non-Latin characters."""
    alts = sorted(forms, key=len, reverse=True) or ["(?!)"]
    return re.compile(_L + "(" + "|".join(map(re.escape, alts)) + ")" + _R, re.I)


# Latin-letter bounds: Python's \b sees no boundary between "g" and "的" (both word characters),
# so "Lin Feng的客户" would not match with \b.
_L, _R = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_CAPITALISED_PAIR = lazy_re.compile(rf"{_L}[A-Z][a-z]+\s+[A-Z][a-z]+{_R}")
_SURNAMES = (  # common Chinese surnames in pinyin: a lower-case "he yong's" / "ma chao" may name a rep
    "zhang|wang|li|liu|chen|yang|zhao|huang|zhou|wu|xu|sun|hu|zhu|gao|lin|he|guo|ma|luo|liang|song|zheng|xie|han|"
    "tang|feng|yu|dong|xiao|cheng|cao|yuan|deng|fu|shen|zeng|peng|lu|su|jiang|cai|jia|ding|wei|xue|ye|yan|pan|du|"
    "dai|xia|zhong|tian|ren|fan|fang|shi|yao|tan|liao|zou|xiong|jin|hao|kong|bai|cui|kang|mao|qiu|qin|gu|hou|meng|qian|"
    + "|".join(v.replace(" ", "") for v in COMPOUND_SURNAMES.values())
)
_SURNAME_PAIR = lazy_re.compile(rf"{_L}(?:{_SURNAMES})\s+[a-z]{{2,6}}{_R}|{_L}[a-z]{{2,6}}\s+(?:{_SURNAMES}){_R}", re.I)


def may_name_rep(text: str) -> bool:
    """Whether ``text`` may name a rep in pinyin: two capitalised words, or a known surname beside a word."""
    return bool(_CAPITALISED_PAIR.search(text) or _SURNAME_PAIR.search(text))


def rep_patterns(users: list[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    """Return a pattern per rep with a Chinese name: surname and given name in either order, or run together.

    Args:
        users: ``(display name, login)`` of the reps; names that are not Chinese personal names are skipped.
    """
    han = [(surface, value) for surface, value in users if is_chinese_name(surface)]
    table = syllables((surface for surface, _ in han), personal=True)
    out = []
    for surface, value in han:
        if (parts := name_parts(surface, table)) is None:
            continue
        surname, given = map(re.escape, parts)
        forms = (f"{surname}\\s*{given}", f"{given}\\s+{surname}")
        out.append((re.compile(_L + "(?:" + "|".join(forms) + ")" + _R, re.I), value))
    return out
