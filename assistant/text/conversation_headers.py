"""Header lines of chat exports and email threads: who wrote the next message, and when.

Recognises WeCom/WeChat exports ("王芳 2026-11-24 10:15"), WhatsApp lines
("[24.11.26, 09:14] Anna: …", "24/11/2026, 09:14 - Anna: …"), Teams-style headers
("Lynn Zhu 2:05 PM"), email headers ("From: Lynn Zhu <lynn@x.com>", "From: Lynn Zhu  25 Nov
2026 14:22", "Sent: Tuesday, November 25, 2026 2:22 PM") and reply lines ("On … Anna wrote:").
Dates in headers are day-first when ambiguous (25/11/26), month-first only when the day
cannot be a month (11/25/2026).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.text import lazy_re
from assistant.text.schedule_lines import SCHEDULE
from assistant.text.zh_person import is_person_label

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        "jan january|feb february|mar march|apr april|may|jun june|jul july|aug august|sep sept september|oct october|"
        "nov november|dec december".split("|")
    )
    for m in names.split()
}
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|星期[一二三四五六日天]|周[一二三四五六日天]"
_YMD = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
_DMY = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_WORD_DATE = rf"\d{{1,2}}\s+{_MON},?\s+\d{{4}}|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
_MD = r"\d{1,2}[-/月.]\d{1,2}日?"  # "[12-15 14:02] 梁志华：…": month and day, then a time
_DM_WORD = rf"\d{{1,2}}\s+{_MON}|{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?"  # "Tue 24 Feb, 6:02pm - Rui: …": no year
_TIME = r"(?:上午|下午|晚上|中午)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
DATE_RE = lazy_re.compile(rf"(?:(?:{_WEEKDAY}),?\s*)?(?:{_YMD}|{_WORD_DATE}|{_DMY})", re.I)
WHEN = rf"(?:(?:{_WEEKDAY}),?\s*)?(?:(?:{_YMD}|{_WORD_DATE}|{_DMY}|{_MD}),?\s*(?:at\s+)?)?{_TIME}"

CHAT_HEADERS = [  # a line holding only a sender and a time; the message follows on the next lines
    lazy_re.compile(rf"^(?P<name>[^\d\s:：\[][^:：\n]{{0,39}}?),?\s+(?P<when>{WHEN})\s*$", re.I),
    lazy_re.compile(rf"^[\[【]?(?P<when>{WHEN})[\]】]?\s+(?P<name>[^:：\n\d][^:：\n]{{0,39}}?)\s*$", re.I),
]
INLINE = lazy_re.compile(  # "[24.11.26, 09:14] Anna: text", "24/11/2026, 09:14 - Anna: text", "[10:15] 客户：…"
    rf"^[\[【]?(?P<when>{WHEN})[\]】]?\s*(?:-\s*)?(?P<name>[^:：\n\d\s][^:：\n]{{0,39}}?)\s*(?:：|(?<!\d):|:(?!\d{{2}}))\s*", re.I
)  # "9:30 to 11:30 works": the colon of a time is no sender's
INLINE_DM = lazy_re.compile(  # "Tue 24 Feb, 6:02pm - Rui (Ondas Surf School): …": a yearless date, then a person's name
    rf"^(?P<when>(?:(?:{_WEEKDAY}),?\s*)?(?:{_DM_WORD}),?\s*{_TIME})\s+-\s+(?P<name>(?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,3}})"
    r"(?:\s*[(（][^()（）]{1,40}[)）])?|[\u4e00-\u9fff]{2,4}(?:[(（][^()（）]{1,20}[)）])?)\s*[:：]\s*", re.I)  # fmt: skip
_EVENT_NAME = lazy_re.compile(  # a programme item, not a person: "Factory Tour", "Lunch", "Site Visit"
    r"\b(?:tour|lunch|dinner|breakfast|visit|meeting|call|break|session|demo|presentation|workshop|training|briefing|"
    r"registration|arrival|departure|transfer|check|review|agenda|welcome|closing|opening|q&a)\b", re.I)  # fmt: skip
NAMED_INLINE = lazy_re.compile(  # "霍嘉敏 09:02：text", "Anna Lee 09:14: text": a name, its time, then the message
    rf"^(?P<name>[\u4e00-\u9fff]{{2,4}}|(?-i:[A-Z][a-z]+(?: [A-Z][a-z'-]+){{0,2}}))\s+(?P<when>{WHEN})\s*[：:]\s*", re.I)
EMAIL_HEADER = lazy_re.compile(
    r"^(?P<key>from|to|cc|bcc|sent|date|subject|发件人|收件人|抄送|发送时间|时间|日期|主题)\s*[：:]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
EMAIL_SPLIT = lazy_re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message|原始邮件|转发邮件)\s*-{2,})\s*$", re.I
)
WROTE = lazy_re.compile(r"^(?:on\s+(?P<en>.+?)\s+wrote:|(?P<zh>.+?)\s*写道[：:])\s*$", re.I)
SIGNOFF = lazy_re.compile(
    r"^(?:best regards|kind regards|warm regards|regards|best|thanks and regards|many thanks|thanks|"
    r"thank you|br|cheers|sincerely|yours sincerely|yours faithfully|此致|敬礼|祝好|谢谢)[,，!！.。]?\s*$"
    r"|^sent from my \w+|^发自我的",
    re.I,
)
DATE_WORDS = lazy_re.compile(
    r"^(?:今天|明天|后天|昨天|前天|大后天|下?周[一二三四五六日天]|星期[一二三四五六日天]|today|tomorrow|yesterday|"
    rf"(?:next\s+)?(?:{_WEEKDAY})|上午|下午|晚上|中午|at)$",
    re.I,
)
FIELD_WORDS = {  # "价格：7.5", "Note: …" are fields of a message, not people talking
    *"价格 单价 报价 数量 交期 货期 备注 地址 电话 手机 邮箱 型号 规格 颜色 尺寸 材质 包装 付款 付款方式 时间 日期"
    " 主题 附件 注意 注 产品 品名 货号 要求 目标价 结论 问题 原因 方案 下一步 待办 总结 总计 合计 金额 链接 网址"
    " 会议 议题 结果 状态 更新 说明 事项 原文 译文 图片 文件 语音 地点 参会 参会人 参会人员 与会 会议纪要 会议记录"
    " 会议目的 目的 会后补充 补充 确认事项 下一步计划 待办事项 记录 记录人 纪要 主持 主持人 整理人 群聊 群名 参与 参与人 项目 项目名称".split(),
    *"ps p.s note notes nb price prices unit price qty quantity moq total tel phone mobile email e-mail address"
    " re fw fwd subject attachment attachments size color colour material packing packaging payment delivery"
    " lead time incoterms fob cif exw item sku model product update fyi summary background result status"
    " agenda question answer reason todo action link url www http https deadline"
    " participants attendees present location venue place confirmed project chair".split(), "minutes taken by", "recorded by",
}
HEADINGS = {  # "- Trial:", "Action items:": sections of call notes; the heading is no speaker
    *"行动项 跟进 风险 竞争 竞品 样品 质量 认证 物流 售后 进展 决定 决议 后续 背景 其他 备忘".split(),
    "call notes", "meeting notes", "action items", "action points", "actions", "next steps", "trial",
    "samples", "sample", "quality", "timeline", "risks", "risk", "pricing", "terms", "certification",
    "shipping", "logistics", "warranty", "minutes", "decision", "decisions", "competition", "competitor",
    "discussion", "outcome", "follow-up", "follow up", "follow-ups", "open points", "open issues", "issues",
    "feedback", "agreed", "to do", "comments", "other", "others", "misc", "volume", "volumes", "tooling",
}  # fmt: skip
FIELD_WORDS |= HEADINGS
_BULLET = lazy_re.compile(r"^\s*(?:[-–—•*·▪●○]|\d{1,2}[.)、]|[一二三四五六七八九十]{1,2}[、.])\s*")
_PARTICLES = {"van", "von", "de", "der", "den", "la", "le", "di", "da", "du", "del", "bin", "al"}


@dataclass(frozen=True)
class Sender:
    """Who wrote a message (a name and/or an address) and when, as read from a header."""

    name: str | None
    address: str | None = None
    date: dt.date | None = None
    time: str | None = None


def parse_when(raw: str | None) -> tuple[dt.date | None, str | None]:
    """Read the date and the 24-hour ``HH:MM`` time in a header value (either may be missing)."""
    if not raw:
        return None, None
    return _date(raw), _clock(raw)


def _date(raw: str) -> dt.date | None:
    m = re.search(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", raw)
    ymd = [int(x) for x in m.groups()] if m else []
    if not ymd and (m := re.search(rf"(\d{{1,2}})\s+({_MON}),?\s+(\d{{4}})", raw, re.I)):
        ymd = [int(m[3]), _month(m[2]), int(m[1])]
    if not ymd and (m := re.search(rf"({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", raw, re.I)):
        ymd = [int(m[3]), _month(m[1]), int(m[2])]
    if not ymd and (m := re.search(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{2,4})(?!\d)", raw)):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        y += 2000 if y < 100 else 0
        ymd = [y, a, b] if b > 12 >= a else [y, b, a]
    if not ymd and (
        m := re.fullmatch(r"\s*\[?(\d{1,2})[-/月.](\d{1,2})日?,?\s*(?:at\s+)?(?:" + _TIME + r")?\]?\s*", raw)
    ):
        ymd = [NO_YEAR, int(m[1]), int(m[2])]  # "12-09 16:20": the year is the conversation's
    try:
        return dt.date(*ymd) if len(ymd) == 3 else None
    except ValueError:
        return None


NO_YEAR = 2000
"""The year of a header date written without one ("12-09 16:20"); :func:`with_year` resolves it."""


def with_year(day: dt.date | None, today: dt.date | None) -> dt.date | None:
    """Resolve a header date without a year: the latest such day on or before ``today`` (None without it)."""
    if day is None or day.year != NO_YEAR:
        return day
    if today is None:
        return None
    for year in (today.year, today.year - 1):
        try:
            if (cand := dt.date(year, day.month, day.day)) <= today:
                return cand
        except ValueError:
            continue
    return None


def _month(name: str) -> int:
    return _MONTHS.get(name.lower().rstrip("."), _MONTHS.get(name.lower()[:3], 0))


def _clock(raw: str) -> str | None:
    m = re.search(r"(上午|下午|晚上|中午)?(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?m\.?)?", raw, re.I)
    if not m:
        return None
    hour, minute = int(m[2]), int(m[3])
    if hour < 12 and ((m[4] or "").lower() == "p" or m[1] in ("下午", "晚上")):
        hour += 12
    elif hour == 12 and (m[4] or "").lower() == "a":
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def is_date_line(line: str) -> bool:
    """Whether a line is only a date divider ("2026年11月24日", "— Monday, 24 Nov 2026 —")."""
    core = line.strip(" -—–=*[]【】()（）")
    m = DATE_RE.fullmatch(core)
    return bool(m) and _date(core) is not None


def parse_sender(value: str) -> Sender:
    """Read an email ``From:`` value: "Lynn Zhu <lynn@x.com>", "Lynn Zhu  25 Nov 2026 14:22", "a@b.com"."""
    addr = m[0] if (m := re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)) else None
    name = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]|\([^)]*\)|（[^）]*）|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", value)
    cut = [m.start() for rx in (DATE_RE, re.compile(_TIME, re.I)) if (m := rx.search(name))]
    day, clock = parse_when(name[min(cut) :]) if cut else (None, None)
    if cut:
        name = name[: min(cut)]
    name = re.sub(r"\s+", " ", name).strip(" \t\"'“”‘’,;|-–—")
    return Sender(name=name or None, address=addr.lower() if addr else None, date=day, time=clock)


def parse_wrote(line: str) -> Sender | None:
    """Read a reply line: "On Mon, 24 Nov 2026 at 09:10, Anna <a@b.de> wrote:", "在 2026年11月24日，王芳 写道："."""
    m = WROTE.match(line.strip())
    if not m:
        return None
    body = m["en"] or m["zh"] or ""
    if body.startswith("在"):
        body = body[1:]
    addr = a[0] if (a := re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", body)) else None
    head, _, tail = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]", " ", body).strip().rpartition(",")
    if not head:
        head, _, tail = re.sub(r"<[^>]*>", " ", body).strip().rpartition("，")
    if not head:  # "Friday Kevin": drop leading date words
        words = tail.split()
        while words and (DATE_WORDS.match(words[0]) or re.match(r"^[\d:,.]+$", words[0])):
            words.pop(0)
        head, tail = body, " ".join(words)
    name = tail.strip(" \"'") if tail.strip() and not re.search(r"\d", tail) else None
    day, clock = parse_when(head)
    return Sender(name=name or None, address=addr.lower() if addr else None, date=day, time=clock)


def header_sender(line: str) -> tuple[Sender, int] | None:
    """Find a chat header or inline sender at the start of ``line``: the sender and where the message starts.

    Returns None for ordinary text. A header line alone ("王芳 2026-11-24 10:15") returns
    ``len(line)`` as the message start (the message is on the next lines).
    """
    for rx in CHAT_HEADERS:
        if (m := rx.match(line)) and _is_name(m["name"]):
            day, clock = parse_when(m["when"])
            return Sender(m["name"].strip(), date=day, time=clock), len(line)
    for rx in (INLINE, INLINE_DM, NAMED_INLINE):  # a name before its time is a person's, not "集合 7:30：" or "Lunch 12:00:"
        if (m := rx.match(line)) and _is_name(name := m["name"].strip()):
            if rx is INLINE or not (SCHEDULE.match(name) or (rx is INLINE_DM and _EVENT_NAME.search(name))):
                return Sender(name, date=(w := parse_when(m["when"]))[0], time=w[1]), m.end()
    return None


def _is_name(name: str) -> bool:
    name = name.strip()
    return bool(name) and not DATE_WORDS.match(name) and name.lower() not in FIELD_WORDS and len(name) <= 40


def _lower_words(name: str) -> bool:
    """Whether Latin words after the first are lower case ("Call notes", "Action items"): names are capitalised."""
    words = name.split()
    return (
        len(words) >= 2
        and name.isascii()
        and any(w.isalpha() and w.islower() and w not in _PARTICLES for w in words[1:])
    )


_CJK_HEADING = lazy_re.compile(
    r"[\u4e00-\u9fff]{2,8}(?<!总|工|姐|哥|师|任|监|理)"
)  # "朗逸异响", not "王总"/"张经理"


def is_heading(name: str) -> bool:
    """Whether a "name:" prefix heads a section of notes ("- Delivery:", "Call notes:", "三、付款：").

    The parser drops such a heading from the sentence without making it a speaker; a bulleted name
    ("- Priya: confirm the colours") is no heading and stays in the sentence, whose subject it is.
    """
    core = _BULLET.sub("", name).strip()
    bulleted = core != name.strip()
    low = core.lower()
    return bool(core) and (
        low in HEADINGS
        or _lower_words(core)
        or bool(re.search(r"\d{4}[-/.年]\d{1,2}", name))
        or (
            bulleted
            and (
                low in FIELD_WORDS or (_CJK_HEADING.fullmatch(core) is not None and not is_person_label(core))
            )
        )
    )


def is_label_name(name: str) -> bool:
    """Whether a "name：" prefix is a speaker rather than a field ("价格：", "Note:", "Re:", "- Trial:").

    Nine or more Chinese characters are a clause, not a name ("梁工另外要求随货提供易损件：每100台…"):
    "采购部何卫东经理" (8) is about the longest label a person gets (a company in brackets after it aside). Bullets, numbers and headings
    of notes are no speakers ("- Trial:", "三、付款：", "Action items:", "通话记录 2026-11-25 10:30").
    """
    head = re.sub(r"\s*[(（][^()（）]*[)）]$", "", name).strip()  # "Price (USD)", "付款方式（第二批）": a field
    if len(re.findall(r"[\u4e00-\u9fff]", head)) > 8 or _BULLET.match(name) or is_heading(name) or head.lower() in FIELD_WORDS:
        return False
    return _is_name(name) and not re.fullmatch(r"[\d\W_]+", name)


def is_signature(text: str, name: str) -> bool:
    """Whether ``text`` is only the sender's name or first name (a signature line)."""
    low = text.strip().lower()
    return bool(re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,2}", low)) and low in {
        name.lower(),
        name.lower().split()[0],
    }


NAME_LINE = lazy_re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?|[\u4e00-\u9fff]{2,3}")
