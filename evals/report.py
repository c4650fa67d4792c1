"""The one quality table of ``make eval`` and ``make bench``: targets, pass/fail and plain-text rendering.

A target is text such as ``>= 0.95``, ``< 500 ms``, ``== 0`` or a bare number (an upper bound, as the
benchmarks write latency and memory targets); anything else (``minutes, not hours``) is shown
but not judged. Suites may add metrics at any time: a metric without a target is listed with an
empty target and pass column.
"""

from __future__ import annotations

import fnmatch
import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

_OPS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt, "==": operator.eq, "=": operator.eq,
}
_TARGET = re.compile(r"^\s*(<=|>=|==|<|>|=)?\s*([-+]?\d+(?:\.\d+)?)\s*([A-Za-z%/]*)\s*$")


def parse_target(target: object) -> tuple[str, float] | None:
    """Return ``(operator, bound)`` for a judgeable target, else None (a bare number is an upper bound)."""
    if isinstance(target, bool) or target is None:
        return None
    if isinstance(target, int | float):
        return "<=", float(target)
    m = _TARGET.match(str(target))
    return (m.group(1) or "<=", float(m.group(2))) if m else None


def verdict(value: object, target: object) -> str:
    """Return ``pass``, ``FAIL`` or ``""`` (no target, not a number, or a target that is only a note)."""
    parsed = parse_target(target)
    if parsed is None or isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return ""
    op, bound = parsed
    return "pass" if _OPS[op](float(value), bound) else "FAIL"


def load_targets(path: Path) -> dict[str, dict[str, Any]]:
    """Read ``targets.yaml``: ``{suite: {"targets": {metric or glob: target}, ...}}``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return data or {}


def target_for(metric: str, targets: Mapping[str, object]) -> object:
    """Return the target of ``metric``: an exact key first, then the first matching glob (``recall_*``)."""
    if metric in targets:
        return targets[metric]
    for pattern, target in targets.items():
        if any(c in pattern for c in "*?[") and fnmatch.fnmatchcase(metric, pattern):
            return target
    return None


def fmt(value: object) -> str:
    """Format a table cell: floats with 4 significant digits, the rest as text (cut to 60 characters)."""
    if isinstance(value, float):
        return format(value, ".4g")
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def render(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Render a plain-text table (numbers right-aligned)."""
    cells = [[fmt(c) for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    numeric = [all(isinstance(r[i], int | float) or r[i] in (None, "") for r in rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric, strict=True))

    out = [line(headers), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells)
    return "\n".join(s.rstrip() for s in out)
