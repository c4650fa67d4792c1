"""Which of a step's dates is its due date: the date it is due *by*, not one it mentions or checks.

The date the action is due *by* ("下周四之前", "by Thursday") wins over a date the sentence merely
mentions ("下周要开评审会，你们最好下周四之前把报价给到"); a date inside a check is not the step's
("确认3月15日能否到仓"); a time of today without a date ("合同我晚上发你") is today; of an inquiry and
its answer ("…on Friday and reply Monday") the answer's date wins.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant.summaries.speakers_commitments import (
    REQUEST_OBJECT,
    REQUEST_SUBJECT,
    SELF_OBJECT,
    SELF_SUBJECT,
)
from assistant.summaries.step_arrivals import is_arrival
from assistant.text import lazy_re
from assistant.text.dates import DateMention

_BY_AFTER = lazy_re.compile(
    r"^\s*(?:(?:上午|中午|下午|晚上|下班|\d{1,2}[点:：]\d{0,2})\s*)?(?:前|之前|以前|为止|before\b)"
)
CONDITION = lazy_re.compile(r"的话|如果|要是|假如|只要|\bif\b|\bonce\b|\bprovided\b|\bas long as\b", re.I)
_BY_BEFORE = lazy_re.compile(r"\b(?:by|before|until|no later than)\s*(?:the\s+)?$|在$", re.I)


_ASKED = lazy_re.compile(r"(?:(?:能否|能不能|是否|可否|可不可以)[^，。,;；]{0,15}|\b(?:whether|if)\b[^，。,;；]{0,30})$", re.I)
_CHECK_BEFORE = lazy_re.compile(
    r"(?:确认|核实|核对|问问?|查一?下|check|confirm|find out)(?:一?下)?[^，。,;；]{0,10}$", re.I
)
_CHECK_AFTER = lazy_re.compile(
    r"^[^，。,;；]{0,8}?(?:能否|能不能|是否|可否|行不行|来得及|来不来得及|可不可以|能到|能交|能出)"
)
_CLAUSE = lazy_re.compile(r"[，。,;；!！?？～~]|\s{1,}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+")
_SAME_DAY = lazy_re.compile(  # a time of today without a date: "合同我晚上发你", "I'll send it tonight"
    r"今晚|晚上|今天|下午|上午|中午|下班前|\btonight\b|\bthis (?:afternoon|evening|morning)\b"
    r"|\blater today\b|\bwithin the hour\b|\bend of (?:the )?day\b|\bEOD\b|(?:聊完|谈完|挂了?电话|开完会|会后|散会后?)(?:我们?)?(?:就|马上|立[刻即])"
    r"|\b(?:right|straight|directly|immediately) after (?:this|the|our) (?:chat|call|meeting|conversation)\b"
    r"|(?<![第统唯〇零一二两三四五六七八九十\d])一会儿?(?![议员场签])|待会儿?(?![议员场签])|等会儿|等会(?![议员场签])"
    r"|等一?下(?!发文|发布|发通知|发放|达)(?=[发推给打回传转寄报弄做联])"  # "她微信我等下推给你"; not "等下周一", "等下一批货"
    r"|稍后(?!再(?:议|说|谈|讨论|商量))|\bshortly\b(?! (?:after|before)\b)|\bin a (?:bit|minute|moment|few minutes)\b",
    re.I,  # "我一会发你", "I'll send it shortly": in a while, the same day
)


REPLY = lazy_re.compile(  # the second of two dates is when the answer comes: "…on Friday and reply Monday"
    r"\b(?:reply|replies|respond|come back|comes back|get back|gets back|calls? (?:you )?back|revert|let you know|tell you|answer)\b"
    r"|回复|答复|回话|回电话?|回你|回您|告诉(?:你|您)|给(?:你|您)(?:答复|回复|消息|准话)",
    re.I,
)
_VAGUE_WEEK = lazy_re.compile(r"(?:next|this) week|(?:下|这|本)个?(?:周|星期|礼拜)(?:内|之内)?", re.I)  # a week: no day
_GUESS = lazy_re.compile(r"\bI(?:'d| would) (?:think|guess|say)\b|\bshould (?:have|be)\b|\bprobably\b|\bmaybe\b|\bhopefully\b|估计|大概", re.I)  # no due
_IN_BRACKETS = lazy_re.compile(r"[（(][^（）()]*$")  # "(C after next Tuesday)": a later part of the step
_VAGUE_PERIOD = lazy_re.compile(r"中旬|上旬|下旬|月中|月初")  # "三月中旬", "月中": a part of a month, no day
_WEEK_OF = lazy_re.compile(r"\bweek (?:of|starting|beginning|commencing)\s*(?:the\s+)?$", re.I)
""""in the week of 8 March": the date names a week, not the day the step is due."""
_BACK_BEFORE = lazy_re.compile(r"\b(?:is|'s|are|'re|will be|gets?) back(?: (?:on|by|from \w+ on))?\s*$", re.I)
_BACK_AFTER = lazy_re.compile(r"^\s*(?:才|就|能)?(?:回来|回公司|回国|回到公司|上班|休假回来|出差回来)")
_ON_EVENT = lazy_re.compile(  # waits for an event, not a date; a window after one: "签约之后十个工作日内"
    r"\bas soon as (?:we|I|it|they|you)\b[^.;]{0,30}\b(?:receive|get|arrive|land|come|is ready|are ready)|"
    r"\bwithin (?:a|one|two|\d+) (?:days?|weeks?)\b[^.;]{0,25}\b(?:of|after|from) (?:arrival|receipt|receiving|delivery)|"
    r"\b(?:on|upon|after) (?:arrival|receipt)\b[^.;]{0,40}\bwithin\b|"
    r"一(?:收到|到货|拿到|出来)就|(?:收到|到货|拿到)(?:后|之后|以后)[^，。；]{0,6}(?:马上|立即|立刻|第一时间|\d+天内|[一两三四五六七]天内|一周内)|"
    r"(?<![今明后昨当每])(?<!今天|明天)(?:后|之后|以后)(?:的)?(?:[\d一两三四五六七八九十半]+个?(?:天|周|星期|礼拜|工作日|月)|一周)(?:内|之内)|"
    r"\bwithin (?:a|one|two|three|\d+) (?:business |working )?(?:days?|weeks?)\b (?:of|after|from) (?!today|now|this)",
    re.I,
)


def is_asked(d: DateMention, text: str) -> bool:
    """Whether ``d`` is what a check asks about: "确认3月15日能否到仓", "check whether they can ship by the 20th"."""
    before, after = text[: d.start], text[d.end :]
    return bool(_ASKED.search(before) or (_CHECK_BEFORE.search(before) and _CHECK_AFTER.search(after)))


def _clause(text: str, d: DateMention) -> str:
    """Return the clause of ``text`` that holds ``d`` ("明天告诉你" in "15号有点紧 我跟工厂确认下 明天告诉你")."""
    starts = [0, *(m.end() for m in _CLAUSE.finditer(text, 0, d.start))]
    end = _CLAUSE.search(text, d.end)
    return text[starts[-1] : end.start() if end else len(text)]


def pick_due(dates: list[DateMention], text: str) -> DateMention | None:
    """Return the date ``text`` sets as the step's deadline, else its first date.

    A date inside what is to be checked ("今天就跟厂家确认能否在2月底前完成", "确认3月15日能否到仓",
    "check whether they can ship by the 20th") or inside a condition ("这周六前付定金的话，我们1月30号能发")
    is not the step's. Of several dates, the one in the clause that acts toward the other side wins
    ("15号有点紧，我跟工厂确认下，明天告诉你" → 明天; "我今天跟经理汇报，明天给您答复" → 明天), then the
    one the action is due *by* ("…之前", "明天中午前", "by …").
    """
    rest = [d for d in dates if not is_asked(d, text) and not CONDITION.search(_clause(text, d))]
    if replies := [d for p, d in zip(rest, rest[1:], strict=False) if REPLY.search(text[p.end : d.end])]:
        prev, reply = next((p, d) for p, d in zip(rest, rest[1:], strict=False) if d is replies[-1])
        if (
            reply.date < prev.date and reply.date.weekday() != prev.date.weekday()
        ):  # "on Monday … back on Tuesday"
            reply = replace(
                reply, date=reply.date + dt.timedelta(days=7 * -(-(prev.date - reply.date).days // 7))
            )
        return reply  # "talk to Mr. Visser on Friday and come back to you on Monday": due on the reply
    if len(rest) > 1:
        for group in ((SELF_OBJECT, REQUEST_OBJECT), (SELF_SUBJECT, REQUEST_SUBJECT)):
            acting = [d for d in rest if any(rx.search(_clause(text, d)) for rx in group)]
            if acting:
                rest = acting
                break
    for d in rest:
        if _BY_AFTER.search(text[d.end :]) or _BY_BEFORE.search(text[: d.start]):
            return d
    return (rest or dates or [None])[0]


_DAY_PART = lazy_re.compile(r"(?:上午|中午|下午|晚上|傍晚)")
_MY_DAY = lazy_re.compile(r"(?:我|咱)们?(?:这边)?\s*$")  # "我后天去仓库…下午回你": the day I act, not a date discussed
_DAY_ME = lazy_re.compile(r"^\s*(?:我|咱)们?")  # "周五我们核一下成本，下午…"
_EARLIEST = lazy_re.compile(r"(?:最早|\bearliest(?: on| by)?)\s*(?:在|要到|也要|能)?\s*$", re.I)  # "最早24号出货"
_AT_EARLIEST = lazy_re.compile(r"^\s*at the earliest\b", re.I)


def carry_day_parts(dates: list[DateMention], text: str) -> list[DateMention]:
    """Date a bare part of a day by the day named before it: "明天上午问一下，下午回你" → 下午 is 明天's.

    The date parser reads a lone "下午" as today; after an earlier day that itself names a part of the day
    ("明天上午…下午") it continues that day; after a date without one ("20号发货有点紧…中午前回您") it is today.
    """
    out: list[DateMention] = []
    for d in dates:
        bare = _DAY_PART.fullmatch(d.text.strip()) and not text[max(0, d.start - 2) : d.start].endswith(("今天", "今"))
        paired = out and (
            _DAY_PART.match(text[out[-1].end :].lstrip())  # "明天上午…，下午…", not "20号…中午前"
            or (_MY_DAY.search(text[: out[-1].start]) or _DAY_ME.match(text[out[-1].end :]))
            and not re.search(r"[号日月]", out[-1].text)
        )
        out.append(replace(d, date=out[-1].date) if bare and paired and out[-1].date > d.date else d)
    return out


def step_due(dates: list[DateMention], text: str, said: dt.date) -> DateMention | None:
    """Return the due date of a step said on ``said`` (:func:`pick_due`); a time of that day counts as ``said``.

    "合同我晚上发你", "I'll send it this afternoon": due the day it is said, not the day it is read;
    "晚上发你～ 还有2月5号前必须到" is due tonight (the clause that acts), not by the 5th; a step that
    waits for an event ("as soon as we receive it", "到货后三天内") has no due date unless a date is given *by*.
    """
    dates = [
        d
        for d in carry_day_parts(dates, text)
        if not _VAGUE_WEEK.fullmatch(d.text.strip()) and not _VAGUE_PERIOD.search(d.text)
        and not (_GUESS.search(text) and "end of" in d.text.lower())
        and not _WEEK_OF.search(text[: d.start])
        and not _BACK_BEFORE.search(text[: d.start])
        and not _BACK_AFTER.match(text[d.end :])
        and not _EARLIEST.search(text[: d.start]) and not _AT_EARLIEST.match(text[d.end :])
    ]  # "she's back on Monday", "王总周一才回来": when someone returns; "week of 8 March", "中旬": a period
    if _ON_EVENT.search(re.sub(r"[（(][^（）()]*[）)]", "", text)) and not any(  # not "(C after it arrives)"
        _BY_AFTER.search(text[d.end :]) or _BY_BEFORE.search(text[: d.start]) for d in dates
    ):
        return None
    today = [
        DateMention(m.start(), m.end(), m.group(), said)
        for m in _SAME_DAY.finditer(text)
        if not any(d.start - 1 <= m.start() <= d.end + 1 for d in dates)  # not "明天下午", "周三晚上"
    ]
    found = sorted([*dates, *today], key=lambda d: d.start)  # "今天发A（C下周二到货后发）", "今天发，25号前到": today
    return pick_due([d for d in found if not _IN_BRACKETS.search(text[: d.start]) and not is_arrival(d, text)] or found, text)
