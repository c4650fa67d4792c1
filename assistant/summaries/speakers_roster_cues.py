"""Cues the roster book checks before it trusts a match: a distinctive company word, a real name mention.

A heading shares a generic word with the customer's company ("Zhuoyue Machinery" vs "Northgate
Machinery Ltd", 苏州卓越机械 vs 苏州恒通机械有限公司) without naming it; a capitalised first word that equals
a listed single name ("He will…", "Grace period…", "May shipments…") is a pronoun or a common word;
"小于2%" compares a figure, it names no 于.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_GENERIC = frozenset(
    "machinery machines machine trading trade ltd limited co company corp corporation group holdings inc llc"
    " gmbh plc pty industries industrial international global technology technologies tech systems solutions"
    " services supply supplies engineering manufacturing equipment products logistics the and of".split()
)
_GENERIC_ZH = lazy_re.compile(
    r"有限责任公司|股份有限公司|有限公司|集团|公司|机械|科技|贸易|实业|工业|设备|制造|电子|技术|国际|工程|"
    r"北京|上海|天津|重庆|广州|深圳|苏州|杭州|南京|宁波|无锡|青岛|厦门|成都|武汉|佛山|东莞|[省市区县]"
)
_PRONOUNS = frozenset("i he she it we they you this that these those there here".split())
_COMMON = frozenset(
    "grace may mark will bill june april august rose lily faith hope joy art frank pat sue dawn grant chase"
    " guy max ray rich victor page jack hunter carter baker cook miller cole long young king bell brown green"
    " white black gray grey hall wood stone lane park price rice summer winter autumn sunny an a"
    " all our please next both each any some thanks thank".split()
)
_STATEMENT = lazy_re.compile(
    r"^\s*(?:[:：(（]|to\s+[a-z]+|[a-z]+(?:ed|es|s)\b"
    r"|(?:will|would|can|could|shall|should|must|has|had|is|was|did|does|'ll|’ll)\b"
    r"|(?:said|says|asked|asks|confirmed|confirms|reported|reports|noted|notes|explained|mentioned|agreed"
    r"|promised|offered|proposed|suggested|replied|added|stated|explained|raised|wants|needs|sent|sends)\b)"
)
DEPARTMENTS = lazy_re.compile(
    r"\b(?:engineering|marketing|customer success|customer service|support|service|r&d|research|development"
    r"|design|production|manufacturing|maintenance|it|hr|legal|plant|site|factory|warehouse|team|dept"
    r"|department|division|unit|office|operations)\b|部|中心|科|室|车间|工厂",
    re.I,
)


def _distinct_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", name.lower()) if w not in _GENERIC}


def _distinct_zh(name: str) -> str:
    return _GENERIC_ZH.sub("", re.sub(r"[^\u4e00-\u9fff]", "", name))


def names_customer(label: str, companies: tuple[str, ...]) -> bool:
    """Whether a heading names the customer's company by its whole name or a non-generic word or piece."""
    low = label.lower().strip()
    for company in companies:
        if not company:
            continue
        if low and (low == company.lower() or company.lower() in low):
            return True
        if _distinct_words(label) & _distinct_words(company):
            return True
        core = _distinct_zh(company)
        if any(core[i : i + 2] in _distinct_zh(label) for i in range(len(core) - 1)):
            return True
    return False


def single_name_counts(word: str, after: str, book_names: list[str]) -> bool:
    """Whether a one-word note subject ``word`` names a listed person, with ``after`` the text that follows.

    Never a bare pronoun; the whole listed name counts; else a surname or first name counts only when it is
    no common English word and a colon, a bracket or a verb follows ("Ellis said…", "Ellis to send…").
    """
    low = word.lower()
    if low in _PRONOUNS:
        return False
    if any(n.strip() == word or (word + after).startswith(n.strip()) for n in book_names):
        return True  # the whole listed name: "Bo", "Pieter van Wyk"
    return low not in _COMMON and bool(_STATEMENT.match(after))


FIGURE_AFTER = lazy_re.compile(r"^\s*[\d０-９一二两三四五六七八九十百千万半%％.．]")
"""A figure right after "小于"/"老于": a comparison ("小于2%"), not a person."""
