"""Lines of an action-item list are next steps, even when they name no verb.

Minutes end with a list of who does what by when ("Action items", "行动项", "会后待办"). Its lines are
often noun phrases: "2. Mr. Qiu Bowen: root-cause report on the pilot fan failure, by 1 October",
"3. 蔺书航：修改后的报价单，9月24日前". The sentence classifier, trained on talk, reads such a line as none
or as progress: it names no action. A numbered or bulleted line under an action heading that starts with
a person's label and carries a dated deadline ("by 1 October", "9月24日前") is one step, quoted as the whole
line; its owner is the person named (:mod:`assistant.summaries.speakers_items`). The list runs from its
heading to the first blank line or the first line that is no numbered or bulleted item. A line already done,
cancelled or no longer needed ("(done)", "no need to…") or a question is no step; a clause the classifier read
as a need or as done keeps its reading beside the step ("received the samples, feedback by 23 May"); a risk
read in a dated item ("Ms. Vidal: purchase approval from the board, by 23 May") is the step the list names.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates

_HEADING = lazy_re.compile(
    r"^[ \t]*(?:(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})[、.．)][ \t]*)?"
    r"(?:(?:会后|后续)?(?:行动项|待办(?:事项)?|跟进事项|下一步(?:计划|安排|工作)?|后续(?:安排|跟进|工作))|"
    r"(?:agreed )?action (?:items|points|list)|actions(?: agreed)?|next steps|follow[- ]ups?|to[- ]dos?)"
    r"[ \t]*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*[：:]?[ \t\r]*$",
    re.I | re.M,
)
_ITEM = (
    lazy_re.compile(  # "1. Name: …", "- 张伟：…", "• Ms. Hao Mingyue: …": a bullet or a number, then a label
        r"^[ \t]*(?:[-•*·▪◦]|\d{1,2}[.、)）]|[（(]\d{1,2}[）)])[ \t]*"
        r"(?P<who>[^:：\n。，,!?！？；;]{1,32}?)[ \t]*[：:][ \t]*\S"
    )
)
_DEADLINE = lazy_re.compile(
    r"\b(?:by|before|until|no later than|due|on)\b[^.;\n]{0,40}"
    r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|"
    r"end of|next week|this week|eod|cob)|"
    r"(?:\d{1,2}[月/.-]\d{1,2}[日号]?|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|月底|月初|月中|"
    r"下周|本周|这周|明天|后天|今天)[^，。；\n]{0,6}(?:前|之前|以前|内|完成|截止)|(?:截止|截至|最晚)[^，。；\n]{0,4}\d",
    re.I,
)
_SETTLED = lazy_re.compile(  # a status at the end, or "no need" first: done, cancelled, no step left
    r"(?:[(（\[]\s*|[-–—]\s*|\b)(?:done|completed|cancel+ed|closed)\s*[)）\]]?[.。!！]?\s*$|"
    r"(?:[(（\[]\s*|[-–—]\s*)?(?:已完成|已发|已寄|已取消|已关闭)\s*[)）\]]?[.。!！]?\s*$|"
    r"[:：]\s*(?:no need|not needed|no longer needed|不需要|不用|取消)",
    re.I,
)
_WORD_LABEL = lazy_re.compile(  # a field of the notes, not a person: "Price:", "Deadline:", "备注："
    r"^(?:price|prices|deadline|due|owner|status|note|notes|remark|remarks|date|time|topic|item|product|"
    r"quantity|delivery|payment|terms|risk|risks|decision|next|summary|价格|截止|负责人|状态|备注|日期|时间|议题|事项|"
    r"产品|数量|交期|付款|风险|决定|结论)$",
    re.I,
)


def action_lists(source: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the action-item lists of ``source`` (the lines under a heading)."""
    spans = []
    for m in _HEADING.finditer(source):
        start = end = m.end() + 1 if source[m.end() : m.end() + 1] == "\n" else m.end()
        at = start
        while at < len(source):
            nxt = source.find("\n", at)
            line = source[at : nxt if nxt != -1 else len(source)]
            if not line.strip() or not _ITEM.match(line):
                break
            end = at + len(line)
            at = nxt + 1 if nxt != -1 else len(source)
        if end > start:
            spans.append((start, end))
    return spans


def action_item_sentences(sentences: list[Sentence], source: str) -> dict[int, Sentence]:
    """Return the action-item lines, each as one sentence spanning its line, by the start of its first sentence.

    Args:
        sentences: The conversation's sentences.
        source: The conversation text their offsets index into.

    Returns:
        {start: line} for "2. Mr. Qiu Bowen: root-cause report on the pilot fan failure, by 1 October" under
        "Action items" (a line split into sentences, "…fan failure. Due 1 October.", is one); a line without a
        dated deadline, a field label ("Deadline: …"), a question, a line done or cancelled, or a line outside
        such a list is left out.
    """
    spans = action_lists(source)
    if not spans:
        return {}
    out: dict[int, Sentence] = {}
    lines: set[int] = set()
    for s in sentences:
        if not any(a <= s.start < b for a, b in spans):
            continue
        line_start = source.rfind("\n", 0, s.start) + 1
        if line_start in lines or not re.search(r"[^\W\d_]", s.text):
            continue  # a later sentence of a line already read; the item's number alone ("1.")
        lines.add(line_start)
        line_end = source.find("\n", s.start)
        line_end = len(source) if line_end == -1 else line_end
        text = source[s.start : line_end].rstrip()
        m = _ITEM.match(source[line_start:line_end])
        who = m.group("who").strip() if m else ""
        if not m or _WORD_LABEL.match(who) or re.search(r"\d", who):
            continue
        if text.endswith(("?", "？", "吗")) or _SETTLED.search(text):
            continue  # "王总：下周三前能到吗？" asks; "revised quotation sent on 5 May (done)" is no step left
        ref = s.date or dt.date.today()
        dates = find_dates(text, ref)
        if dates and (_DEADLINE.search(text) or _ends_on_date(text, dates, ref)):
            out[s.start] = replace(s, end=s.start + len(text), text=text)
    return out


def _ends_on_date(text: str, dates: list[DateMention], ref: dt.date) -> bool:
    """Whether the item ends on a date to come set off by a comma or dash: "revised quotation, tomorrow, 25 May."."""
    last = dates[-1]
    before = text[: last.start].rstrip()
    if last.date < ref or text[last.end :].strip(" \t.。;；!！") or not before:
        return False
    if re.search(r"\d\s*[-–—]$", before):
        return False  # "20-25 May", "20 – 25 May": a range
    if before.endswith((",", "，", ";", "；")) or re.search(r"\s[-–—]$", before):
        return True  # "…installation USD 24,000), 25 May" / "…, tomorrow, 25 May"
    lead = re.search(r"(?:^|[,，;；\-–—])\s*(?:tomorrow|today|tonight|next week|this week)\s*,?\s*$", before, re.I)
    return bool(lead)


def join_action_items(
    labelled: list[tuple[Sentence, str]], items: dict[int, Sentence]
) -> list[tuple[Sentence, str]]:
    """Replace the labelled clauses of each action-item line by the whole line, labelled a next step.

    A clause of the line read as a need or as done stays beside the step ("received the samples, feedback by 23 May").

    Args:
        labelled: The conversation's clauses (units) with their labels, in order.
        items: The action-item sentences by start offset (:func:`action_item_sentences`).
    """
    if not items:
        return labelled
    starts = sorted(items)

    def item_of(unit: Sentence) -> Sentence | None:
        k = bisect_right(starts, unit.start)
        item = items[starts[k - 1]] if k else None
        return item if item is not None and unit.start < item.end else None

    out: list[tuple[Sentence, str]] = []
    added: set[int] = set()
    for unit, lab in labelled:
        item = item_of(unit)
        if item is None:
            out.append((unit, lab))
            continue
        if lab in ("need", "done"):  # "received the samples, feedback by 23 May": what was read stays, the step too
            out.append((unit, lab))
        if item.start not in added:
            added.add(item.start)
            out.append((item, "next_step"))
    return out


def item_dates(s: Sentence, ref: dt.date) -> list[DateMention] | None:
    """Return the dates of an action-item line on or after ``ref`` (its deadline among them), None when none is."""
    return [d for d in find_dates(s.text, ref) if d.date >= ref] or None


_SEMI = lazy_re.compile(r"[;；]\s*")
_ACTION_WORDS = lazy_re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}")
_NO_ACTION = lazy_re.compile(r"\b(?:by|before|on|until|due|as|a|the|backup|back-up|fallback|alternative|or)\b|之?前|以前|备用|备选|或者?", re.I)


def item_parts(s: Sentence, dates: list[DateMention]) -> list[tuple[Sentence, list[DateMention]]]:
    """Split an action-item line at its semicolons when each part has a date of its own, else keep it whole.

    "- Mr. Dong: send CU-90 samples to the lab on 28 August; send the run-test procedure by 30 August." is two
    steps of one person, each due on its own day; "- 蔺书航：报价单；9月24日前" stays one.
    """
    cuts = [0, *(m.end() for m in _SEMI.finditer(s.text)), len(s.text)]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if s.text[a:b].strip(" ;；.。")]
    if len(spans) < 2 or not all(any(a <= d.start < b for d in dates) for a, b in spans):
        return [(s, dates)]
    for a, b in spans[1:]:  # "…; 4 June as backup": a later part names what is done by its day, or is no step
        text = s.text[a:b]
        for d in sorted((d for d in dates if a <= d.start < b), key=lambda d: -d.start):
            text = text[: d.start - a] + " " + text[d.end - a :]
        if not _ACTION_WORDS.search(_NO_ACTION.sub(" ", text)):
            return [(s, dates)]
    out = []
    for a, b in spans:
        text = s.text[a:b].rstrip(" ;；")
        part = replace(s, start=s.start + a, end=s.start + a + len(text), text=text)
        out.append((part, [replace(d, start=d.start - a, end=d.end - a) for d in dates if a <= d.start < b]))
    return out

