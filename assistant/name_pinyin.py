"""Pinyin of Chinese names: a cached syllable table and the Latin spellings of a personal name.

English questions and English calls name our reps and customers in pinyin: "Zhang Wei",
"Wei Zhang", "zhangwei", "Ouyang Ming", "Shenghe". Both the agent (its gazetteer) and the
summaries (who is speaking) need these spellings, so they are made here, in one place:

* :func:`syllables` gives the tone-less syllables of many names at once. pypinyin takes
  0.2–0.4 s to import (its dictionaries), a fifth of a one-shot ``ask``; the syllables depend
  only on the names and the pypinyin release, so the table is kept under ``DATA_DIR/cache``
  keyed by both (see :mod:`assistant.cache`): a new name or an upgrade means one rebuild,
  then reads again without pypinyin.
* :func:`name_parts` and :func:`latin_forms` split a personal name into surname and given name
  (a compound surname such as 欧阳, 司马 or 诸葛 is one word: "Ouyang Ming", not "Ou Yangming")
  and spell it in the orders people write it.

This module sits in its own layer just above the shared toolkits: it needs :mod:`assistant.cache`,
which the text toolkit (:mod:`assistant.text`) may not import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from assistant.cache import cached_text
from assistant.text import lazy_re

# Compound surnames (one word: "Ouyang Ming") with their syllables as family names.
COMPOUND_SURNAMES = {
    "欧阳": "ou yang", "司马": "si ma", "上官": "shang guan", "诸葛": "zhu ge", "东方": "dong fang",
    "皇甫": "huang fu", "令狐": "ling hu", "慕容": "mu rong", "尉迟": "yu chi", "长孙": "zhang sun",
    "宇文": "yu wen", "夏侯": "xia hou", "公孙": "gong sun", "轩辕": "xuan yuan", "澹台": "tan tai",
    "端木": "duan mu", "呼延": "hu yan", "南宫": "nan gong", "西门": "xi men", "司徒": "si tu",
    "司空": "si kong", "万俟": "mo qi", "钟离": "zhong li", "申屠": "shen tu",
}  # fmt: skip
# Single surnames whose family-name reading differs from the dictionary's first reading of the character.
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "乐": "yue",
    "缪": "miao", "区": "ou", "盖": "ge", "覃": "qin", "翟": "zhai", "隗": "wei", "召": "shao",
    "种": "chong", "秘": "bi", "繁": "po", "员": "yun",
}  # fmt: skip
_HAN_NAME = lazy_re.compile(r"[\u4e00-\u9fff]{2,4}")


def _stamp() -> str:
    """Identify the installed pypinyin (its dictionary module's path and modification time)."""
    spec = find_spec("pypinyin")
    origin = Path(spec.origin) if spec and spec.origin else None
    if origin is None or not origin.exists():
        return "pypinyin-missing"
    return f"{origin} {origin.stat().st_mtime_ns}"


def _surname_length(name: str) -> int:
    """Characters of the surname: two for a compound surname followed by a given name (欧阳明), else one."""
    return 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1


def _table(names: list[str], personal: bool) -> dict[str, list[str]]:
    from pypinyin import Style, lazy_pinyin  # 0.2–0.4 s: only when a table is (re)built

    def read(text: str) -> list[str]:
        return lazy_pinyin(text, style=Style.NORMAL) if text else []

    def surname(text: str) -> list[str]:
        known = COMPOUND_SURNAMES.get(text) or SURNAME_READINGS.get(text)
        return known.split() if known else read(text)

    if not personal:
        return {name: read(name) for name in names}
    # A surname is read alone, as a surname: 柏林 the person is "Bai Lin", the city "Bo Lin"; 曾伟 is "Zeng Wei".
    return {
        name: surname(name[: _surname_length(name)]) + read(name[_surname_length(name) :]) for name in names
    }


def syllables(names: Iterable[str], *, personal: bool = False) -> dict[str, list[str]]:
    """Return each name's tone-less pinyin syllables (``"张伟"`` → ``["zhang", "wei"]``), cached on disk.

    Args:
        names: Chinese names (reps' display names, customers' short names); order and repeats don't matter.
        personal: The names are people's: the surname is read on its own, apart from the given name
            (a word's reading can be wrong for it). Customers' short names are words: False.
    """
    ordered = sorted(set(names))
    if not ordered:
        return {}
    text = cached_text(
        "name-pinyin",
        [Path(__file__), _stamp(), f"personal={personal}", "\n".join(ordered)],
        lambda: json.dumps(_table(ordered, personal), ensure_ascii=False),
    )
    try:
        table = json.loads(text)
    except ValueError:  # a damaged cache file: build in memory
        table = _table(ordered, personal)
    if not isinstance(table, dict) or any(name not in table for name in ordered):
        table = _table(ordered, personal)
    return table


def is_chinese_name(name: str) -> bool:
    """Whether ``name`` may be a Chinese personal name: two to four Chinese characters ("张伟", "欧阳明远")."""
    return bool(_HAN_NAME.fullmatch(name or ""))


@lru_cache(maxsize=1024)
def _syllables_now(name: str) -> tuple[str, ...]:
    """Syllables of one personal name, in memory (for callers that meet names one at a time)."""
    return tuple(_table([name], personal=True)[name])


def name_parts(name: str, table: Mapping[str, Sequence[str]] | None = None) -> tuple[str, str] | None:
    """Return the pinyin surname and given name of a Chinese personal name, lower case, or None.

    "唐志强" → ("tang", "zhiqiang"); "欧阳明" → ("ouyang", "ming"): a compound surname is one word.
    None for what is not a 2–4 character Chinese name with a given name, or has a character without pinyin.

    Args:
        name: The name as stored ("唐志强").
        table: Syllables already looked up (from :func:`syllables` with ``personal=True``); else
            pypinyin is asked in memory.
    """
    if not is_chinese_name(name) or name in COMPOUND_SURNAMES:
        return None  # not a name, or a compound surname alone (欧阳) that names no one
    split = _surname_length(name)
    if split >= len(name):
        return None
    found = table.get(name) if table is not None else None
    syls = [s.lower() for s in (found if found is not None else _syllables_now(name))]
    if len(syls) != len(name) or not all(s.isascii() and s.isalpha() for s in syls):
        return None  # one syllable per character, all Latin: else the split would be wrong
    return "".join(syls[:split]), "".join(syls[split:])


def latin_forms(name: str, table: Mapping[str, Sequence[str]] | None = None) -> tuple[str, ...]:
    """Return the pinyin spellings of a Chinese personal name, lower case, words separated by a space.

    "唐志强" → ("tang zhiqiang", "zhiqiang tang", "tangzhiqiang"); a non-Chinese name → ().

    Args:
        name: The name as stored.
        table: Syllables already looked up (from :func:`syllables`), as for :func:`name_parts`.
    """
    parts = name_parts(name, table)
    if parts is None:
        return ()
    surname, given = parts
    return (f"{surname} {given}", f"{given} {surname}", f"{surname}{given}")
