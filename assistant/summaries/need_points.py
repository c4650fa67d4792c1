"""One need per point: a customer's list of quantities ("A 5000套，B 8000套"; "4,000 kettles and 2,500 toasters").

The clause labeller joins adjacent clauses of one label, so a list of quantities, one per product,
became one need quoting the whole run, and it could stand for one point only (dev, spent
summaries_blind…blind10: most missed quantities sat in such lists). A need unit whose clauses name
two or more quantities is cut back into those clauses, each quoted at its own exact offsets; a clause
without one ("请报个价", "颜色黄黑各一半", a price) stays with the quantity before it; so does a clause
naming only the earlier figure of a changed count ("only 300 PW-65, not 450": one point, not two).
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.summaries.clauses import clauses
from assistant.summaries.count_changes import old_counts
from assistant.summaries.numbers import find_numbers
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_CJK_COUNT = lazy_re.compile(r"[一二两三四五六七八九十百千万]{2,}[个套件条把张台顶辆支箱袋只双]")


def _stale(s: Sentence) -> set[int]:
    """Offsets (in the conversation) of the counts of ``s`` that are the earlier figure of a change."""
    found = [n for n in find_numbers(s.text) if n.kind == "quantity"]
    return {s.start + found[i].start for i in old_counts(s.text, found, [n.value for n in found])}


def _about_stale(p: Sentence, stale: set[int]) -> bool:
    """Whether the clause ``p`` opens on an earlier figure of its sentence ("not 800, because about 200 of …")."""
    found = [n for n in find_numbers(p.text) if n.kind == "quantity"]
    return bool(found) and p.start + found[0].start in stale


def _counted(text: str) -> bool:
    """Whether ``text`` names a quantity ("5000套", "一千五百顶", "2,500 toasters"); prices and dates do not count."""
    return bool(_CJK_COUNT.search(text)) or any(n.kind == "quantity" for n in find_numbers(text))


_AND = lazy_re.compile(
    r"\s(?:and|plus)\s(?=[\d,.]+\s)|(?:和|以及|另外)(?=[\d一二两三四五六七八九十百千万]+)", re.I
)


def _and_cut(s: Sentence) -> list[Sentence]:
    """Cut ``s`` before "and 2,500 …" / "和800个…" (a second figure joined by a conjunction)."""
    out, start = [], 0
    for m in _AND.finditer(s.text):
        if m.start() > start:
            out.append((start, m.start()))
            start = m.start()
    out.append((start, len(s.text)))
    pieces = []
    for a, b in out:
        part = s.text[a:b]
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        if text:
            pieces.append(replace(s, text=text, start=s.start + a + lead, end=s.start + a + lead + len(text)))
    return pieces or [s]


# a hard requirement beside a count is a point of its own: "要十台搬运车，必须能在零下二十五度连续干一个班"
_REQUIRES = lazy_re.compile(
    r"必须|务必|一定要|不得|至少|不能超过|不低于|不少于|\b(?:must|at least|has to|have to|no more than)\b",
    re.I,
)

# "外箱每箱四百支", "200 per carton": a packing count, not a count ordered
_PER_PACK = lazy_re.compile(r"每(?:箱|盒|包|袋|件|托|卷)|\bper (?:box|carton|case|pack|pallet|roll)\b", re.I)


# "1,000 metres a roll", "每条按120米算": a measure of each item counted before it, not a count of its own
# ("每月100箱" is a rate, often of another product; "每栋300个", "每把85块" name no measure unit: no measure)
PER_ITEM = lazy_re.compile(
    r"\d[\d,.]*\s*(?:mm|cm|m|metres?|meters?|kg|g|l|ml|litres?|liters?|feet|ft|yards?|pcs|pieces|units|sheets)\s+"
    r"(?:a|an|per|each)\s+(?:roll|box|carton|bag|coil|reel|sheet|pack|pallet|piece|unit|set|drum|bottle|case|spool)\b|"
    r"每(?![月周年天日季])[\u4e00-\u9fff]{1,2}(?:按|是|约|大概)?[\d.,]+\s*"
    r"(?:毫米|厘米|公里|米|公斤|千克|克|吨|毫升|升|平米|平方|平|千瓦|瓦|斤|码|寸)",
    re.I,
)


def need_points(s: Sentence) -> list[Sentence]:
    """Cut a need unit into one piece per clause naming a quantity, or return ``[s]`` when it has one point.

    Beside a clause naming a quantity, a clause stating a hard requirement ("必须…", "must …") is a
    point too.
    """
    pieces = [p for c in clauses(s) for p in _and_cut(c)]
    stale = _stale(s)
    counted = [bool(_counted(p.text)) and not _about_stale(p, stale) for p in pieces]
    ordered = any(c and not _PER_PACK.search(p.text) for p, c in zip(pieces, counted, strict=True))
    points = [c or (ordered and bool(_REQUIRES.search(p.text))) for p, c in zip(pieces, counted, strict=True)]
    for i, p in enumerate(pieces):  # a measure per item goes with the count before it
        if points[i] and any(points[:i]) and PER_ITEM.search(p.text):
            points[i] = False
    if sum(points) < 2:
        return [s]
    out: list[Sentence] = []
    point_of = {id(p): pt for p, pt in zip(pieces, points, strict=True)}
    for p in pieces:
        if out and not point_of[id(p)]:
            prev = out[-1]
            out[-1] = replace(prev, text=s.text[prev.start - s.start : p.end - s.start], end=p.end)
        elif out and not _counted(out[-1].text) and not _REQUIRES.search(out[-1].text):
            prev = out[-1]  # a leading clause without a figure joins the first figure
            out[-1] = replace(prev, text=s.text[prev.start - s.start : p.end - s.start], end=p.end)
        else:
            out.append(p)
    return out
