"""Behaviour rules on events (not text): deleted contacts, late replies, recalls, money transfers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from assistant.compliance.store import BehaviourFinding
from assistant.config import get_settings


@dataclass(frozen=True)
class WorkingHours:
    """Working days (0 = Monday) and hours in a timezone; reply delays count only inside them."""

    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(18, 0)
    weekdays: frozenset[int] = frozenset(range(5))

    @classmethod
    def from_settings(cls) -> WorkingHours:
        """Build from ``WORKING_HOURS`` ("09:00-18:00"), ``WORKING_WEEKDAYS`` ("1-5", Monday = 1) and ``TIMEZONE``.

        Raises:
            ValueError: when a setting is malformed, naming it.
        """
        s = get_settings()
        try:
            start_s, end_s = s.working_hours.split("-")
            start, end = dt.time.fromisoformat(start_s.strip()), dt.time.fromisoformat(end_s.strip())
        except ValueError as exc:
            raise ValueError(f"WORKING_HOURS must look like 09:00-18:00, not {s.working_hours!r}") from exc
        days: set[int] = set()
        for part in s.working_weekdays.split(","):
            a, _, b = part.strip().partition("-")
            if not (a.isdigit() and (not b or b.isdigit())) or not 1 <= int(a) <= int(b or a) <= 7:
                raise ValueError(
                    f"WORKING_WEEKDAYS must look like 1-5 or 1,2,3 (Monday = 1), not {s.working_weekdays!r}"
                )
            days.update(range(int(a) - 1, int(b or a)))
        if start >= end:
            raise ValueError(f"WORKING_HOURS must end after it starts: {s.working_hours!r}")
        return cls(tz=ZoneInfo(s.timezone), start=start, end=end, weekdays=frozenset(days))


def working_minutes(since: dt.datetime, until: dt.datetime, hours: WorkingHours) -> float:
    """Minutes between two naive-UTC times that fall inside working hours (local time)."""
    if until <= since:
        return 0.0
    a = since.replace(tzinfo=dt.UTC).astimezone(hours.tz)
    b = until.replace(tzinfo=dt.UTC).astimezone(hours.tz)
    total = 0.0
    day = a.date()
    while day <= b.date():
        if day.weekday() in hours.weekdays:
            open_ = dt.datetime.combine(day, hours.start, hours.tz)
            close = dt.datetime.combine(day, hours.end, hours.tz)
            lo, hi = max(a, open_), min(b, close)
            if hi > lo:
                total += (hi - lo).total_seconds() / 60
        day += dt.timedelta(days=1)
    return total


def behaviour_finding(
    kind: str, direction: str, amount: float | None, text: str | None
) -> BehaviourFinding | None:
    """Return the finding for a sensitive action event, or None for ordinary messages."""
    money = f"{amount:.2f}" if amount is not None else "?"
    if kind == "delete_contact":
        return BehaviourFinding("customer_deleted", "high", "删除客户", "销售删除了客户好友")
    if kind == "deleted_by_customer":
        return BehaviourFinding(
            "deleted_by_customer", "medium", "被客户删除", "客户删除了销售（可能流失或投诉）"
        )
    if kind == "recall":
        detail = "销售撤回了一条消息" + (f"：{text}" if text else "")
        return BehaviourFinding("recalled_message", "low", "撤回消息", detail)
    if kind in {"red_packet", "transfer"}:
        label = "红包" if kind == "red_packet" else "转账"
        if direction == "outbound":
            return BehaviourFinding(
                f"{kind}_to_customer",
                "high",
                f"销售向客户发{label}",
                f"销售向客户发{label} {money} 元（疑似利益输送）",
            )
        return BehaviourFinding(
            f"{kind}_from_customer",
            "high",
            f"客户向销售个人{label}",
            f"客户向销售个人{label} {money} 元（疑似私单/私收款）",
        )
    return None


def late_reply_finding(
    waited: float, limit: int, asked: dt.datetime, answered: dt.datetime
) -> BehaviourFinding | None:
    """Return a late-reply finding when ``waited`` working minutes exceed ``limit``."""
    if waited <= limit:
        return None
    severity = "medium" if waited > 4 * limit else "low"
    detail = (
        f"客户 {asked:%m-%d %H:%M} UTC 的消息，销售 {answered:%m-%d %H:%M} UTC 才回复，"
        f"工作时间内等待 {waited:.0f} 分钟（阈值 {limit} 分钟）"
    )
    return BehaviourFinding("late_reply", severity, "超时回复", detail)
