"""Counts said before their nouns and joined: "六台平衡重加两台前移式" (issue 14).

Chinese says a count before the thing ("六台平衡重") as often as after it ("平衡重六台"). When a clause lists
two or more counts that way, joined by 加, 和, 、 or 还有, each count names the words after it up to the next
count, not the words before it: "加" joins the lines and adds nothing. A predicate said of the last line ends
its name ("两台前移式都带侧移" → 前移式). "六台算下来一台才十万" (a count and a price) and "六台叉车再加两台" (the
last count names nothing) are not such lists.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_PREDICATE = lazy_re.compile(r"(?:都|也|均)(?:带|要|是|用|有|按|配|得)|需要|要求|[，。,;；]")
_JOINER = lazy_re.compile(r"(?:再?加|和|跟|与|及|以及|还有|另外|、)+$")


def noun_after(text: str) -> str:
    """Return ``text`` up to the predicate said of it: "前移式都带侧移" → "前移式"; "全自动包装机" whole."""
    m = _PREDICATE.search(text)
    return (text[: m.start()] if m else text).strip()


def counts_before_nouns(clause: str, found: list[re.Match[str]], lead: str) -> bool:
    """Whether the counts ``found`` in ``clause`` each come before their noun, joined ("六台X加两台Y").

    ``lead`` is what the first count's own pattern read before it, with lead words removed: empty when the
    clause starts with the count. Each match has groups ``n`` (the figure).
    """
    if len(found) < 2 or lead:
        return False
    gaps = [clause[a.end() : b.start("n")] for a, b in zip(found, found[1:], strict=False)]
    return all(_JOINER.search(g) and _JOINER.sub("", g) for g in gaps) and bool(noun_after(clause[found[-1].end() :]))


def line_name(clause: str, found: list[re.Match[str]], k: int) -> str:
    """Return the noun the ``k``-th count of a joined list names: the words after it, to the next count."""
    end = found[k + 1].start("n") if k + 1 < len(found) else len(clause)
    return _JOINER.sub("", noun_after(clause[found[k].end() : end]))
