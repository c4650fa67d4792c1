"""One machine counted once is an order line: "烘干机一台", "还要一台色选机", "在线监测系统1套".

Most counts of one are talk, not lines ("一个问题", "一张图", "一台才十万" — a price per machine, "先租一台试用" —
a trial), so order lines start at two (:mod:`~assistant.summaries.order_items`). A single machine, set or
vehicle (台, 套, 辆) named as one ("…机", "…系统", "…设备") and not tried, rented or shown is the exception.
"""

from __future__ import annotations

from assistant.text import lazy_re

_UNITS = frozenset("台套辆")
_MACHINE = lazy_re.compile(r"(?:机|器|车|柜|箱|炉|床|系统|设备|装置|生产线)$")
_TRIAL = lazy_re.compile(r"试用|试机|租|样机|样品|演示")


def one_machine(unit: str, name: str, clause: str) -> bool:
    """Whether a Chinese count of one in ``unit`` of ``name`` (said in ``clause``) is an order line."""
    return unit in _UNITS and bool(_MACHINE.search(name)) and not _TRIAL.search(clause)
