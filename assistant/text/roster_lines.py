"""A minutes' roster line is no speaker: "Chenyi Trading: Mr. Kong Wei (sales director), Tang Yu (account manager)".

Under "Attendees:" a company's line lists its people with their titles; read as "name: text", the company
became a speaker and every line after it was attributed to that company, so the bulleted minutes
("- Ingrid: the budget is …") below never reached the people they name. Only inside a roster block
(within a few lines after "Attendees:", "Participants:", "参会人员：") is a label whose text lists people
and nothing else such a line; elsewhere "客户：洗衣机、烘干机、烫平机" or "Buyer: Agreed (FOB Ningbo)" is a
speaker saying it.
"""

from __future__ import annotations

import re

from assistant.text import conversation_headers as hd
from assistant.text import lazy_re
from assistant.text.titles import HONORIFIC
from assistant.text.zh_person import is_person_label

ROSTER_HEAD = lazy_re.compile(
    r"^\s*(?:attendees|attending|participants|present|in attendance|参会人员|参会|与会人员|与会|出席人员|出席|参加人员|参与人员|参与人|参与)\s*[:：]",
    re.I,
)
TITLE_WORDS = lazy_re.compile(  # a person's title in a roster's brackets: "(CFO)", "（采购总监）"
    r"\b(?:manager|director|engineer|lead|head|officer|buyer|sales|account|procurement|purchasing|finance"
    r"|chief|ceo|cfo|coo|cto|owner|founder|president|chef|assistant|specialist|coordinator|qa|qc|technician"
    r"|secretary|consultant|supervisor|project|operations|quality|senior|junior|deputy|vice|representative)\b"
    r"|经理|总监|工程师|主管|主任|总|工|采购|销售|财务|老板|助理|代表",
    re.I,
)
_COMPANY = lazy_re.compile(r"\b(?:ltd|llc|gmbh|inc|co|pty|plc|group|trading|b\.v|s\.a|foundation)\b|有限公司|公司|集团", re.I)
_LATIN = re.compile(rf"{HONORIFIC}\.?(?:\s+[A-Z][\w'’-]+){{1,3}}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}")
_ZH_TITLE = re.compile(r"经理|总监|工程师|主管|主任|采购|销售|财务|老板|助理|代表|董事|厂长|部长|科长|会计")
_BRACKET = re.compile(r"\s*[(（]([^()（）]{1,60})[)）]\s*$")
_SEP = re.compile(r"[,，;；、]|\s+and\s+")


def _parts(text: str) -> list[tuple[str, str]]:
    """Split a list at separators outside brackets: [(name, bracket note)]."""
    hidden = re.sub(r"[(（][^()（）]*[)）]", lambda m: re.sub(r"[,，;；、]", "\0", m.group()), text.strip().rstrip(".。"))
    out = []
    for part in _SEP.split(hidden):
        part = part.replace("\0", ",").strip()
        if part:
            m = _BRACKET.search(part)
            out.append((part[: m.start()].strip() if m else part, m.group(1) if m else ""))
    return out


def _person(name: str, note: str) -> bool:
    if _LATIN.fullmatch(name):
        return not note or bool(TITLE_WORDS.search(note) or _COMPANY.search(note))
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name)) and (
        is_person_label(name) or bool(note and _ZH_TITLE.search(note))  # not "同意（报总部）"
    )


def lists_people(text: str) -> bool:
    """Whether ``text`` is only a list of people ("Rita Gomez (buyer), Tom Hale", "温晓东（采购总监）、彭丽")."""
    parts = _parts(text)
    return bool(parts) and all(_person(n, note) for n, note in parts)


def in_roster(source: str, at: int) -> bool:
    """Whether the line starting at ``at`` in ``source`` is inside a roster block: a head in the 4 lines before it.

    Only those lines are read (found backwards), not everything before them: this runs for every label line.
    """
    start = at
    for _ in range(4):
        if start > 0:
            start = source.rfind("\n", 0, start - 1) + 1
    lines = [ln for ln in source[start:at].splitlines()[-4:] if ln.strip()]
    return any(ROSTER_HEAD.match(ln) for ln in lines)


def is_speaker_label(name: str, rest: str, source: str = "", at: int = 0) -> bool:
    """Whether a "name:" prefix is a speaker: a label name not heading a roster line inside a roster block.

    Args:
        name: The label before the colon.
        rest: The line's text after the colon.
        source: The whole conversation.
        at: Where the label's line starts in ``source``.
    """
    return hd.is_label_name(name) and not (lists_people(rest) and in_roster(source, at))


_ROSTER_ITEM = lazy_re.compile(  # "- 膳源：钱卓（总经理助理）、陶建国", "- Acme Inc.: Tom Hill (buyer)", "- 周立（采购，客户方）"
    r"^\s*(?:[-•*·▪◦]|\d{1,2}[.、)）])\s*(?![^:：\n]{0,6}(?:议程|议题|事项|备注|时间|地点|主题|日期|纪要|agenda|topics?|items?|"
    r"next steps?|action|notes?|time|date|venue|location|minutes)\s*[:：])[^。\n]*?(?:[:：]\s*\S|[（(][^）)\n]{1,24}[）)])", re.I
)


def _lists_someone(line: str) -> bool:
    """Whether a line under a bare roster heading lists people ("- 膳源：钱卓（…）、陶建国"), not a note."""
    return bool(_ROSTER_ITEM.match(line)) and "。" not in line


def roster_lines(lines: list[str], head: re.Pattern[str]) -> list[str]:
    """Return the roster lines of a head: "参会：…"; a bare "参会人：" with the people's lines ("- 膳源：钱卓…") under it.

    ``head`` tells a roster heading (the summariser's speaker readers pass their own, wider one). Blank lines may come
    between a bare heading and its list; a bare heading with nobody listed under it is left out.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line, i = lines[i], i + 1
        if not head.match(line):
            continue
        if re.sub(r"^[^:：]*[:：]", "", line).strip():
            out.append(line)  # "参会：丰源——钱立新；我方——罗欣": the names are on the heading's own line
            continue
        while i < len(lines) and not lines[i].strip():
            i += 1
        listed = []
        while i < len(lines) and _lists_someone(lines[i]):
            listed.append(lines[i])
            i += 1
        if listed:
            out += [line, *listed]
    return out
