"""Find date expressions in Chinese and English and resolve them to real dates.

Relative expressions ("明天", "下周三", "月底前", "next Friday", "end of the month",
"within 10 days") resolve against the message's own date (chat exports) or the
conversation date; absolute ones ("3月15日", "15号", "March 15", "3/15") pick the next
such date on or after the reference when the year is not given. :func:`find_day` reads the
one day a request is about ("明天", "2025-06-30").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.text import calendar_words as cw
from assistant.text.calendar_words import DAY, MONTHS_EN, WEEKDAYS_EN, WEEKDAYS_ZH, add_months, month_end
from assistant.text.numerals import cn_to_int, en_to_int
from assistant.text.period_events import after_event
from assistant.text.weekdays import pin_weekdays, weekday_date

_WD_ZH = "".join(WEEKDAYS_ZH)
_NUM = r"[0-9]+|[零一二两三四五六七八九十百]+"
_HOLIDAY = (  # not a figure ("百分之五一", "三万五一台", "一块五一斤", "初五一早"), a name ("张国庆") or a road ("五一路")
    r"(?<![\d零一二两三四五六七八九十百千万块毛角点之初.])五一(?![\d零一二两三四五六七八九十百%个台套斤件把张条米箱盒路街广场大道])|"
    r"(?<![\u4e00-\u9fff])国庆|国庆(?=节|假|长假|期间)|元旦"
)
_MN = cw.MONTH_NAMES_EN  # "march", "mar", "sept"…, longest first
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("zh_md", re.compile(rf"(?:(?P<y>\d{{4}})年)?(?P<m>{_NUM})月(?P<d>{_NUM})[日号]")),
    ("zh_rel_md", re.compile(rf"(?P<rel>下个?月|这个?月|本月)(?P<d>{_NUM})[日号]")),  # "下个月十号": next month's 10th
    (
        "zh_week",
        re.compile(rf"(?P<rel>下下个?|下个?|这个?|本|上个?)?(?:周|星期|礼拜)(?P<wd>[{_WD_ZH}])"),
    ),
    ("zh_in", re.compile(rf"(?P<n>{_NUM})(?P<u>天|个?星期|周|个?工作日|个月)(?:之?内|以内|后|之后)")),
    (
        "zh_month_part",
        re.compile(
            r"(?:(?<![\d年])(?P<mo>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月|(?P<rel>下下个?月|下个?月|这个?月|本月|月))(?P<part>初|中旬?|底|末)"
        ),
    ),
    ("zh_year_end", re.compile(r"年底|年末")),
    ("zh_holiday", re.compile(_HOLIDAY)),  # "五一开业", "国庆节前", "元旦停产": the holiday's first day
    ("zh_next_period", re.compile(rf"(?P<far>下)?下(?:个)?(?P<u>周|星期|礼拜|月)(?![{_WD_ZH}初中底])")),
    (
        "zh_day",
        re.compile(
            r"大后天|后天|明天|今天|今晚|今早|明早|明晚|(?<![天日号一二三四五六末底初晚早])(?:下午|中午|下班前)|(?<![机社事员大例周月年展])会后|(?<!刚)开完会"
        ),
    ),
    (  # "统一15号", "周五12号"; never "5号" of "每月15号" nor "五号" of "每个月十五号"
        "zh_dom",
        re.compile(r"(?<![月\d])(?P<d>\d+)号|(?<![月\d零一二两三四五六七八九十百])(?P<dz>[零一二两三四五六七八九十百]+)号"),
    ),
    (
        "en_in",
        re.compile(
            r"\b(?:within|in)\s+(?P<n>\d+|a|one|two|three|four)\s+(?P<u>days?|weeks?|months?|(?:business|working) days?)"
            r"\b",
            re.I,
        ),
    ),
    (
        "en_eo",
        re.compile(
            r"\b(?:the\s+)?end of (?:the |this )?(?P<u>month|week|year)\b|\bend of next (?P<n>week|month)\b",
            re.I,
        ),
    ),
    (
        "en_week",
        re.compile(
            r"\b(?P<rel>next|this|coming|last)?\s*(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday|mon|tue|wed|thu|fri)\b",
            re.I,
        ),
    ),
    (
        "en_md",
        re.compile(
            rf"\b(?P<mn>{_MN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn2>{_MN})\b",
            re.I,
        ),
    ),
    (
        "en_month_end",
        re.compile(
            r"\b(?:the\s+)?end of (?P<mn>january|february|march|april|may|june|july|august|september|october|"
            r"november|december)\b",
            re.I,
        ),
    ),
    (  # "before the 20th", "on the 2nd": a day of this month, or of the next once it has passed
        "en_dom",
        re.compile(r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?! (?:anniversary|century|floor))", re.I),
    ),
    ("en_slash", re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})\b(?!/)")),
    (
        "en_day",
        re.compile(
            r"\b(?:today|tomorrow|tmrw|tmr|tonight|day after tomorrow|this (?:afternoon|morning|evening)|later today|"
            r"end of (?:the )?day(?: tomorrow)?|EOD|(?:(?:right|straight|just) )?after (?:the|this) (?:call|meeting))\b",
            re.I,
        ),
    ),
    ("en_next", re.compile(r"\bnext (?P<u>week|month)\b|\b(?:the\s+)?(?P<u2>week|month) after next\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    """A date expression at ``start:end`` of the searched text, resolved to ``date``."""

    start: int
    end: int
    text: str
    date: dt.date


def _next_md(ref: dt.date, month: int, day: int, year: int | None) -> dt.date:
    if year:
        return dt.date(year, month, day)
    cand = dt.date(ref.year, month, day)
    return cand if cand >= ref - dt.timedelta(days=7) else dt.date(ref.year + 1, month, day)


def _resolve(kind: str, m: re.Match[str], ref: dt.date) -> dt.date | None:
    g = m.groupdict()
    if kind == "zh_md":
        return _next_md(ref, cn_to_int(g["m"]), cn_to_int(g["d"]), int(g["y"]) if g["y"] else None)
    if kind == "zh_rel_md":
        base = add_months(ref, 1 if g["rel"].startswith("下") else 0)
        return base.replace(day=cn_to_int(g["d"]))
    if kind == "zh_week":
        return weekday_date(ref, WEEKDAYS_ZH[g["wd"]], g["rel"] or "")
    if kind in {"zh_in", "en_in"}:
        n = (en_to_int(g["n"]) or 0) if kind == "en_in" else cn_to_int(g["n"])
        u = g["u"].lower()
        if "月" in u or "month" in u:
            return add_months(ref, n) + dt.timedelta(days=ref.day - 1)
        if "工作日" in u or "business" in u or "working" in u:
            d, left = ref, n
            while left:
                d += dt.timedelta(days=1)
                left -= d.weekday() < 5
            return d
        return ref + dt.timedelta(days=n * (7 if ("周" in u or "星期" in u or "week" in u) else 1))
    if kind == "zh_month_part":
        if g["mo"]:  # "2月底": that month, this year or the next one (a month already past)
            month = cn_to_int(g["mo"])
            base = dt.date(ref.year + (month < ref.month), month, 1)
        else:
            base = add_months(ref, 2 if g["rel"].startswith("下下") else 1) if g["rel"].startswith("下") else ref.replace(day=1)
        last = month_end(base.year, base.month)
        return {"初": base.replace(day=5), "中": base.replace(day=15), "中旬": base.replace(day=20)}.get(
            g["part"], last
        )
    if kind == "zh_holiday":
        return _next_md(ref, {"五一": 5, "元旦": 1}.get(m.group(), 10), 1, None)
    if kind == "zh_year_end":
        return dt.date(ref.year, 12, 31)
    if kind in {"zh_next_period", "en_next"}:
        u, far = (g["u"] or g.get("u2") or "").lower(), int(bool(g.get("far") or g.get("u2")))  # "下下周", "the week after next"
        if u in {"月", "month"}:
            return month_end(*(lambda d: (d.year, d.month))(add_months(ref, 1 + far)))
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=11 + 7 * far)  # Friday of that week
    if kind in {"zh_day", "en_day"}:
        t = m.group().lower()
        days = (
            3
            if t == "大后天"
            else 2
            if t in {"后天", "day after tomorrow"}
            else 0
            if t
            in {"今天", "今晚", "今早", "下午", "中午", "下班前", "today", "tonight", "later today", "eod"}
            or (t.startswith(("this ", "end of")) and "tomorrow" not in t)
            or t.endswith(("会后", "开完会", "call", "meeting"))  # "after the call", "会后": the conversation's day
            else 1
        )
        return ref + dt.timedelta(days=days)
    if kind in {"zh_dom", "en_dom"}:
        d = cn_to_int(g["d"] or g.get("dz") or "")
        if not 1 <= d <= 31:
            return None
        cand = ref.replace(day=min(d, month_end(ref.year, ref.month).day))
        if cand < ref:
            nxt = add_months(ref, 1)
            cand = nxt.replace(day=min(d, month_end(nxt.year, nxt.month).day))
        return cand
    if kind == "en_eo":
        u = (g["u"] or g["n"]).lower()
        nxt = g["n"] is not None
        if u == "month":
            base = add_months(ref, 1) if nxt else ref
            return month_end(base.year, base.month)
        if u == "year":
            return dt.date(ref.year, 12, 31)
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=4 + (7 if nxt else 0))
    if kind == "en_week":
        return weekday_date(
            ref, WEEKDAYS_EN[g["wd"].lower()], (g["rel"] or "").lower() if g["rel"] != "coming" else ""
        )
    if kind == "en_md":
        mn, d = (g["mn"], g["d"]) if g["mn"] else (g["mn2"], g["d2"])
        return _next_md(ref, MONTHS_EN[mn.lower()[:3]], int(d), None)
    if kind == "en_month_end":
        return cw.month_end_meant(ref, MONTHS_EN[g["mn"].lower()])  # "the end of March" said on 2 April: this one
    if kind == "en_slash":
        return _next_md(ref, int(g["m"]), int(g["d"]), None)
    return None


def find_dates(text: str, ref: dt.date) -> list[DateMention]:
    """Find and resolve the date expressions of ``text`` (non-overlapping, leftmost-longest)."""
    found: list[DateMention] = []
    taken = bytearray(len(text))  # 1 where a found mention is: a later match overlapping it is dropped
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if not m.group().strip() or any(taken[m.start() : m.end()]):
                continue
            if kind in {"zh_in", "en_in"} and after_event(text, m):
                continue  # "收到合同后3天内付定金": counted from an event, not from a known day
            try:
                day = _resolve(kind, m, ref)
            except (ValueError, KeyError):
                day = None
            if day is not None:
                day = _past_if_said_so(text, m, day, ref)
                found.append(DateMention(m.start(), m.end(), m.group(), day))
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    talk = [d for d in found if d.text.endswith(("会后", "开完会", "call", "meeting"))]  # "会后": this talk's day
    found = [d for d in found if d not in talk] or talk  # unless another date says when ("4月10日董事会，会后…")
    return pin_weekdays(sorted(found, key=lambda d: d.start), text, ref)  # "Thursday 10 Dec": that date


_PAST_CUE = re.compile(
    r"\b(?:arrived|received|delivered|shipped|landed|came|was|were|had|got)\b|到了|到货了|收到|已经|已|发出了",
    re.I,
)
_MONTH_DAY = re.compile(r"月|\d+/\d+|[A-Za-z]{3,}\.?\s*\d")


def _past_if_said_so(text: str, m: re.Match[str], day: dt.date, ref: dt.date) -> dt.date:
    """Return last year's date for a month-day said of the past ("arrived on November 3" said on 11-24).

    A month and day without a year resolve to the next such date; next to a past-tense cue
    ("arrived", "收到", "已经到了") the speaker means the last one.
    """
    if day <= ref or re.search(r"\d{4}", m.group()) or not _MONTH_DAY.search(m.group()):
        return day
    try:
        recent = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        recent = None
    if recent is not None and dt.timedelta(0) <= ref - recent <= dt.timedelta(days=45):
        return recent  # "11月9日拜访纪要" written on 11-10: days ago, never next year
    near = text[max(0, m.start() - 25) : m.end() + 12]
    deadline = re.search(
        r"\b(?:by|before|until|due)\s*$|^\s*(?:前|之前|以前)", text[max(0, m.start() - 8) : m.start()]
    )
    if deadline or re.match(r"\s*(?:前|之前|以前)", text[m.end() : m.end() + 12]) or not _PAST_CUE.search(near):
        return day
    try:
        earlier = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day
    return earlier if earlier <= ref else day


_DAYS = [
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), lambda m, t: dt.date(int(m[1]), int(m[2]), int(m[3]))),
    (re.compile(r"后天|day after tomorrow", re.I), lambda m, t: t + 2 * DAY),
    (re.compile(r"明天|明日|tomorrow|\btmrw?\b", re.I), lambda m, t: t + DAY),
    (re.compile(r"昨天|yesterday", re.I), lambda m, t: t - DAY),
    (re.compile(r"今天|今日|today", re.I), lambda m, t: t),
]


def find_day(text: str, today: dt.date) -> dt.date | None:
    """Return the single day a request is about ("明天" → today + 1), or None."""
    for pattern, build in _DAYS:
        m = pattern.search(text)
        if m:
            try:
                return build(m, today)
            except ValueError:
                return None
    return None
