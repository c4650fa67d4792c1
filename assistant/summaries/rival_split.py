"""One competitor risk per rival: a different supplier named later in the talk is its own item (issue 14).

A conversation may weigh two rivals: "无锡有一家报每米3.15" early on and "常州一家厂报了三块" later, or
"a Polish mill offered 8.40" and then "a dealer in Porto quoted us 8.10". Each is a risk of its own.
The same rival said again stays one item with all its quotes: its name or place repeated ("无锡那家",
"the Polish mill"), or only referred back to ("那家", "他们", "they"). Rivals listed in one breath — one
turn of the customer weighing offers ("意大利品牌的代理报了…，国内还有一家报了…") — stay one comparison.
"""

from __future__ import annotations

import re

from assistant.summaries import lexicon as lx
from assistant.summaries import statements as st
from assistant.summaries.catalog import Catalog
from assistant.summaries.evidence import severity
from assistant.summaries.labels import risk_label
from assistant.summaries.rival_quotes import rival_who
from assistant.summaries.schema import SEVERITY_RANK, Quote, Risk
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_ZH_NOISE = lazy_re.compile(  # words around a rival's name that do not tell one rival from another
    r"说实话|其实|不过|而且|但是|另外|还有|上周|上个?月|昨天|前天|前几天|最近|之前|刚才|今天|"
    r"那个|这个|那边|那家|那里|有一家|有家|另外?一家|一家|有一?个|他们家?|人家|别家|别人|对方|我们|我|"
    r"厂家|工厂|厂|公司|代理商?|经销商|供应商|品牌|牌子|档口|[给也还都又就的家个说]|真的|同样|报价|价格"
)
_ZH_BACK = lazy_re.compile(
    r"([\u4e00-\u9fff]{2,4}?)(?:那家|那边|那个)"
)  # "无锡那家还说…": a rival named again
_EN_NOISE = lazy_re.compile(
    r"\b(?:a|an|one|the|other|another|some|that|this|us|me|in|from|has|have|had|our|their|current|existing|"
    r"supplier|vendor|factory|mill|maker|manufacturer|plant|company|importer|distributor|dealer|brand|agent|"
    r"wholesaler|trader|seller|firm|workshop|pottery|competitor|quoted|offered|offers|is|offering|gave|at|came|"
    r"sells|selling)\b",
    re.I,
)
_EN_BACK = lazy_re.compile(  # "The Polish mill also gives 60 days": a rival named again
    r"\b(?:the|that) ((?-i:[A-Z][\w-]+)(?: (?-i:[A-Z][\w-]+)){0,2}) (?:supplier|vendor|factory|mill|maker|"
    r"manufacturer|plant|company|importer|distributor|dealer|brand|agent|wholesaler|trader|seller)\b|"
    r"\b(?:supplier|vendor|factory|mill|maker|importer|distributor|dealer|agent|wholesaler) (?:in|from) "
    r"((?-i:[A-Z][\w-]+))",
    re.I,
)


def _norm(who: str) -> str | None:
    if re.search(r"[\u4e00-\u9fff]", who):
        key = _ZH_NOISE.sub("", who)
    else:
        key = " ".join(_EN_NOISE.sub(" ", who).lower().split())
    return key or None


_SELLER_EN = lazy_re.compile(
    r"\b(?:supplier|vendor|factory|mill|maker|manufacturer|plant|company|importer|distributor|dealer|brand|agent|"
    r"wholesaler|trader|seller|firm|workshop|pottery|competitor)s?\b",
    re.I,
)
_OWN_EN = lazy_re.compile(r"\b(?:we|our|their|my)\b", re.I)  # the customer's current supplier, what they pay


def names_rival(text: str, catalog: Catalog | None = None) -> bool:
    """Whether ``text`` names a rival with its price, so that it may open an item of its own.

    A catalogue competitor, a third party that 报 a price ("常州一家厂报了三块二"), a seller named by its trade
    ("a dealer in Porto quoted us 8.10") — not the customer's current supplier, not a bare name ("Putre is at 3,500 m").
    """
    if catalog is not None and any(m.kind == "competitor" for m in catalog.find(text)):
        return True
    who = rival_who(text)
    if who is None or _norm(who) is None:
        return False
    return bool(re.search(r"[\u4e00-\u9fff]", who) or (_SELLER_EN.search(who) and not _OWN_EN.search(who)))


def rival_key(text: str, catalog: Catalog | None = None) -> str | None:
    """Return what tells the rival of ``text`` from another ("无锡" of "无锡有一家报每米3.15"), or None.

    None when the sentence only refers back to a rival ("那家又降了", "they came down to 8.20").
    """
    if catalog is not None:
        for m in catalog.find(text):
            if m.kind == "competitor":
                return m.name.lower()
    if (who := rival_who(text)) is not None:
        return _norm(who)
    if (m := _ZH_BACK.search(text)) is not None:
        return _norm(m.group(1))
    if (m := _EN_BACK.search(text)) is not None:
        return _norm(m.group(1) or m.group(2))
    return None


def _same(a: str | None, b: str) -> bool:
    """Whether rival keys ``a`` and ``b`` name one rival: equal, or one holds the other's words.

    English keys compare by whole words ("polish" in "polish lodz", not "porto" in "portofino"); a
    Chinese key of one character is no name to find inside another ("州" is in every city).
    """
    if a is None or not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if short.isascii():
        return set(short.split()) <= set(long.split())
    return len(short) >= 2 and short in long


def _one_turn(a: Quote, b: Quote, sents: list[Sentence]) -> bool:
    """Whether ``a`` and ``b`` (in this order) are said in one turn: no one else speaks between them."""
    who = {s.start: s.speaker for s in sents}
    speaker = who.get(a.start, a.speaker)
    if who.get(b.start, b.speaker) != speaker:
        return False
    return all(s.speaker == speaker for s in sents if a.start < s.start < b.start)


def split_rivals(risk: Risk, sents: list[Sentence], catalog: Catalog, lang: str) -> list[Risk]:
    """Split a competitor ``risk`` into one item per rival its quotes name, in order of first mention.

    Args:
        risk: The conversation's competitor risk with all its quotes.
        sents: The conversation's sentences (who says what, for turns).
        catalog: Competitors named in the catalogue.
        lang: Output language (``zh``/``en``).
    """
    groups: list[tuple[list[str | None], list[Quote]]] = []
    last: tuple[list[str | None], list[Quote]] | None = None
    for q in sorted(risk.quotes, key=lambda q: q.start):
        key, named = rival_key(q.text, catalog), names_rival(q.text, catalog)
        target = last if key is None else next((g for g in groups if _same(g[0][0], key)), None)
        if target is None and last is not None and last[0][0] is None:
            target = last  # the group said just before names no rival yet: this one is it
        if target is None and last is not None and (_one_turn(last[1][-1], q, sents) or not named):
            target = (
                last  # a list said in one breath; a name said again without a price ("温州那个经销商说…")
            )
        if target is None:
            target = ([None], [])
            groups.append(target)
        if target[0][0] is None and (named or target[1]):  # named with its price, or by name in an open group
            target[0][0] = key
        target[1].append(q)
        last = target
    if len(groups) < 2:
        return [risk]
    out = [risk.model_copy(update={"quotes": groups[0][1]})]
    for _, quotes in groups[1:]:
        said = quotes[0].text
        base = "high" if any(lx.COMPETITOR_PRICE.search(q.text) for q in quotes) else "medium"
        level = max((severity(base, q.text) for q in quotes), key=SEVERITY_RANK.__getitem__)
        text = st.statement(
            risk_label("competitor", lang), st.clean(said), lang, st.values_of(said, catalog, lang)
        )
        out.append(Risk(text=text, category="competitor", severity=level, quotes=quotes))
    return out
