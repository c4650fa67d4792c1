"""Server-rendered SVG charts (no JavaScript library, no CDN): the pipeline funnel and the forecast band."""

from __future__ import annotations

from html import escape
from typing import Any


def _money(v: float) -> str:
    return f"{v / 1e6:.1f}M" if abs(v) >= 1e6 else f"{v / 1e3:.0f}k" if abs(v) >= 1e3 else f"{v:.0f}"


def funnel(stages: list[dict[str, Any]], *, zh: bool = True, width: int = 520) -> str:
    """Draw a funnel of open deals per stage: bar width by amount, labelled with count and amount."""
    rows = [s for s in stages if s.get("count")] or stages
    top = max((float(s["amount"]) for s in rows), default=0.0) or 1.0
    h, gap = 34, 6
    parts = [f'<svg class="chart funnel" role="img" viewBox="0 0 {width} {len(rows) * (h + gap) + 4}" '
             f'aria-label="{"销售漏斗" if zh else "pipeline funnel"}">']
    for i, s in enumerate(rows):
        w = max(width * 0.5, (width - 8) * float(s["amount"]) / top)
        x, y = (width - w) / 2, i * (h + gap) + 2
        label = escape(f'{s["stage_zh"] if zh else s["stage"]} · {s["count"]} · {_money(float(s["amount"]))}')
        parts.append(f'<rect class="stage" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" rx="4"/>'
                     f'<text x="{width / 2}" y="{y + h / 2 + 5}" text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def forecast(history: dict[str, float], months: list[dict[str, Any]], *, zh: bool = True,
             width: int = 560, height: int = 240) -> str:
    """Monthly sales: the last 12 months as a line, the forecast with its 80% interval as a band."""
    past = sorted(history.items())[-12:]
    labels = [k for k, _ in past] + [m["period"] for m in months]
    if not labels:
        return "<p>-</p>"
    values = [v for _, v in past] + [m["high"] for m in months] + [m["low"] for m in months]
    top = max(values + [1.0]) * 1.1
    left, bottom, right, topm = 48, height - 28, width - 8, 10
    step = (right - left) / max(1, len(labels) - 1)

    def x(i: int) -> float:
        return left + i * step

    def y(v: float) -> float:
        return bottom - (bottom - topm) * max(0.0, v) / top

    n = len(past)
    parts = [f'<svg class="chart forecast" role="img" viewBox="0 0 {width} {height}" '
             f'aria-label="{"销售预测" if zh else "sales forecast"}">',
             f'<line class="axis" x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}"/>',
             f'<text class="tick" x="4" y="{topm + 10}">{_money(top)}</text>']
    if months:
        hi = " ".join(f"{x(n + i):.1f},{y(m['high']):.1f}" for i, m in enumerate(months))
        lo = " ".join(f"{x(n + i):.1f},{y(m['low']):.1f}" for i, m in reversed(list(enumerate(months))))
        parts.append(f'<polygon class="band" points="{hi} {lo}"><title>80%</title></polygon>')
        pts = " ".join(f"{x(n + i):.1f},{y(m['forecast']):.1f}" for i, m in enumerate(months))
        parts.append(f'<polyline class="predicted" points="{pts}"/>')
    if past:
        pts = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(past))
        parts.append(f'<polyline class="actual" points="{pts}"/>')
    for i, label in enumerate(labels):
        if i % 3 == 0 or i == len(labels) - 1:
            parts.append(f'<text class="tick" x="{x(i):.1f}" y="{height - 8}" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
