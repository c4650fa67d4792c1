"""Pinyin of the CRM's Chinese names, cached so an English question does not load pypinyin every run.

English questions name reps and customers in pinyin ("Zhang Wei", "Shenghe"); matching them
needs the pinyin of every Chinese rep and short name. pypinyin takes 0.2–0.4 s to import (its
dictionaries), which was a fifth of a one-shot ``ask``. The syllables depend only on the names
and the pypinyin release, so they are kept under ``DATA_DIR/cache`` keyed by both (see
:mod:`assistant.cache`): a new customer or an upgrade means one rebuild, then reads again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path

from assistant.cache import cached_text


def _stamp() -> str:
    """Identify the installed pypinyin (its dictionary module's path and modification time)."""
    spec = find_spec("pypinyin")
    origin = Path(spec.origin) if spec and spec.origin else None
    if origin is None or not origin.exists():
        return "pypinyin-missing"
    return f"{origin} {origin.stat().st_mtime_ns}"


def _build(names: list[str]) -> str:
    from pypinyin import Style, lazy_pinyin

    return json.dumps({name: lazy_pinyin(name, style=Style.NORMAL) for name in names}, ensure_ascii=False)


def syllables(names: Iterable[str]) -> dict[str, list[str]]:
    """Return each name's tone-less pinyin syllables (``"张伟"`` → ``["zhang", "wei"]``).

    Args:
        names: Chinese names (reps' display names, customers' short names); order and repeats don't matter.
    """
    ordered = sorted(set(names))
    if not ordered:
        return {}
    text = cached_text("name-pinyin", [Path(__file__), _stamp(), "\n".join(ordered)], lambda: _build(ordered))
    try:
        table = json.loads(text)
    except ValueError:  # a damaged cache file: build in memory
        table = json.loads(_build(ordered))
    if not isinstance(table, dict) or any(name not in table for name in ordered):
        table = json.loads(_build(ordered))
    return table
