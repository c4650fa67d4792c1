"""The old machines we take back are no line of the order: trade-ins (issue 14).

"另外我们那四台旧的柴油叉车，能不能折价给你们回收？" … "好的，四台旧车按一万五一台回收" counts four machines and
prices them, but that money goes the other way: they are no line of what the customer buys, and adding them
to the order's total would make a budget gap out of nothing. :func:`traded_clauses` returns the clauses of a
sentence about the machines taken back — the trade-in's own clause and those naming the old machines — so
the order's counts and prices said there are left out. The rest of the sentence still counts ("我们要六台
电动叉车，四台旧车你们回收" orders six), as does a clause that replaces the old ones with new ("要八台新揉捻机
替换旧设备"); "投资回收期" (a payback period) and "废料回收机" (a product) are no trade-in.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_TRADE_IN = lazy_re.compile(
    r"回收(?!期|机|站|设备|线)|折价|以旧换新|\btrade[- ]?ins?\b|\bbuy(?:ing)? (?:them |it )?back\b", re.I
)
_OLD = lazy_re.compile(r"旧|\b(?:old|used|existing)\b", re.I)
_NEW = lazy_re.compile(r"新|替换|换掉|\b(?:new|replace\w*)\b", re.I)


def traded_clauses(s: Sentence) -> set[str]:
    """Return the clauses of ``s`` about machines we take back; empty when ``s`` names no trade-in.

    Example: "我们那四台旧的柴油叉车，能不能折价给你们回收？" → both clauses; "投资回收期两年，我们要八台揉捻机" → none.
    """
    if not _TRADE_IN.search(s.text):
        return set()
    clauses = [c for c in re.split(r"[，,。；;？?]", s.text) if c.strip()]
    return {c for c in clauses if _TRADE_IN.search(c) or (_OLD.search(c) and not _NEW.search(c))}
