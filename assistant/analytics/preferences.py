"""Communication preference per customer: preferred channel, best hours and days, and language.

From the activity history (seed 000 §3 scenario 3): the channel the customer uses
most and answers fastest on, the hours and weekdays when it writes or answers
(inbound activities, shown in the configured ``TIMEZONE``, the rep's clock), and
the language of its contacts. All counts are SQL ``GROUP BY`` aggregates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from assistant.analytics.reasons import Explained, Reason
from assistant.config import get_settings
from assistant.crm.customer_queries import contact_languages
from assistant.crm.models import Activity
from assistant.crm.sql import day_start
from assistant.crm.vocabulary import CHANNEL_ZH

WEEKDAYS_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]
WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


class CommunicationPreference(Explained):
    """How and when to reach a customer."""

    customer_id: int
    channel: str | None
    channel_counts: dict[str, int]
    best_hours: tuple[int, int] | None
    best_weekdays: list[int]
    language: str | None
    timezone: str


def communication_preferences(
    session: Session, *, customer_ids: Sequence[int], today: dt.date, days: int = 365
) -> dict[int, CommunicationPreference]:
    """Return the communication preference of each customer from its last ``days`` of activities."""
    ids = list(customer_ids)
    tz_name = get_settings().timezone
    offset = round(
        (
            dt.datetime.combine(today, dt.time(12), ZoneInfo(tz_name)).utcoffset() or dt.timedelta()
        ).total_seconds()
        / 3600
    )
    a = Activity
    window = [
        a.customer_id.in_(ids),
        a.occurred_at >= day_start(today - dt.timedelta(days=days)),
        a.occurred_at < day_start(today + dt.timedelta(days=1)),
        a.type != "note",
    ]
    channels: dict[int, dict[str, tuple[int, float | None]]] = {}
    for cid, ch, n, resp in session.execute(
        select(a.customer_id, a.channel, func.count(), func.avg(a.response_minutes))
        .where(*window, a.direction == "inbound")
        .group_by(a.customer_id, a.channel)
    ):
        channels.setdefault(cid, {})[ch] = (int(n), None if resp is None else float(resp))
    hours: dict[int, list[int]] = {}
    hour, dow = extract("hour", a.occurred_at), extract("dow", a.occurred_at)
    for cid, h, n in session.execute(
        select(a.customer_id, hour, func.count())
        .where(*window, a.direction == "inbound")
        .group_by(a.customer_id, hour)
    ):
        hours.setdefault(cid, [0] * 24)[(int(h) + offset) % 24] += int(n)
    days_of_week: dict[int, list[int]] = {}
    for cid, d, n in session.execute(
        select(a.customer_id, dow, func.count())
        .where(*window, a.direction == "inbound")
        .group_by(a.customer_id, dow)
    ):
        days_of_week.setdefault(cid, [0] * 7)[int(d)] += int(n)
    langs = contact_languages(session, customer_ids=ids)
    return {
        cid: _prefer(
            cid, channels.get(cid, {}), hours.get(cid), days_of_week.get(cid), langs.get(cid, {}), tz_name
        )
        for cid in ids
    }


def _prefer(
    cid: int,
    channels: dict[str, tuple[int, float | None]],
    hours: list[int] | None,
    weekdays: list[int] | None,
    langs: dict[str, int],
    tz: str,
) -> CommunicationPreference:
    reasons: list[Reason] = []
    channel = None
    if channels:
        # most used; among near-ties (≥ 80% of the top count) the fastest answered
        top = max(n for n, _ in channels.values())
        near = [
            (resp if resp is not None else 1e9, ch) for ch, (n, resp) in channels.items() if n >= 0.8 * top
        ]
        channel = min(near)[1]
        n, resp = channels[channel]
        total = sum(c for c, _ in channels.values())
        speed_zh = "" if resp is None else f"，平均 {resp / 60:.1f} 小时回复"
        speed_en = "" if resp is None else f", answers in {resp / 60:.1f} h on average"
        reasons.append(
            Reason(
                code="channel",
                value=channel,
                text_zh=f"偏好{CHANNEL_ZH.get(channel, channel)}：{n}/{total} 条来信{speed_zh}",
                text_en=f"prefers {channel}: {n} of {total} inbound messages{speed_en}",
            )
        )
    best = None
    if hours and sum(hours):
        start = max(range(24), key=lambda h: (hours[h] + hours[(h + 1) % 24], hours[h], -h))
        best = (start, (start + 2) % 24)
        share = (hours[start] + hours[(start + 1) % 24]) / sum(hours)
        reasons.append(
            Reason(
                code="hours",
                value=f"{best[0]:02d}-{best[1]:02d}",
                text_zh=f"常在 {best[0]:02d}:00–{best[1]:02d}:00 回复（{share:.0%}，{tz}）",
                text_en=f"usually active {best[0]:02d}:00–{best[1]:02d}:00 ({share:.0%}, {tz})",
            )
        )
    best_days: list[int] = []
    if weekdays and sum(weekdays):
        best_days = sorted(sorted(range(7), key=lambda d: -weekdays[d])[:3])
        reasons.append(
            Reason(
                code="weekdays",
                value=",".join(map(str, best_days)),
                text_zh="常在" + "、".join(WEEKDAYS_ZH[d] for d in best_days) + "活跃",
                text_en="most active on " + ", ".join(WEEKDAYS_EN[d] for d in best_days),
            )
        )
    language = max(langs, key=lambda k: langs[k]) if langs else None
    if language:
        reasons.append(
            Reason(
                code="language",
                value=language,
                text_zh="中文沟通" if language.startswith("zh") else f"使用 {language} 沟通",
                text_en="communicates in Chinese"
                if language.startswith("zh")
                else f"communicates in {language}",
            )
        )
    return CommunicationPreference(
        customer_id=cid,
        channel=channel,
        channel_counts={k: v[0] for k, v in channels.items()},
        best_hours=best,
        best_weekdays=best_days,
        language=language,
        timezone=tz,
        reasons=reasons,
    )
