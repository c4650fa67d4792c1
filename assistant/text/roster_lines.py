"""A minutes' roster line is no speaker: "Chenyi Trading: Mr. Fu Chengze (regional manager), Zhan Siqi (sales)".

Under "Attendees:" a company's line lists its people with their titles; read as "name: text", the company
became a speaker and every line after it was attributed to that company, so the bulleted minutes
("- Rodrigo: the budget is …") below never reached the people they name. A label whose text is only a
list of people (one with a title in brackets, or three names) is such a line.
"""

from __future__ import annotations

import re

from assistant.text import conversation_headers as hd

_PERSON = re.compile(
    r"\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*(?P<t>[(（][^()（）]{1,40}[)）])?\s*"
    r"|\s*[\u4e00-\u9fff]{2,4}\s*(?P<tz>[(（][^()（）]{1,20}[)）])?\s*"
)
_ZH_TITLE = re.compile(r"经理|总监|主管|工程师|采购|销售|主任|科长|部长|厂长|老板|董事|总|工|部|公司|厂|集团|方")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_SEP = re.compile(r"[,，;；、]|\s+and\s+|\s*和\s*")


def lists_people(text: str) -> bool:
    """Whether ``text`` is only a list of people: one with a title in brackets, or three or more names."""
    flat = _BRACKETS.sub(lambda m: re.sub(r"[,，;；、]", " ", m.group()), text.strip().rstrip(".。"))
    parts = [p for p in _SEP.split(flat) if p.strip()]  # "(product engineer, by video)" is one title
    matches = [_PERSON.fullmatch(p) for p in parts]
    if not parts or not all(matches):
        return False
    titled = any(m["t"] or (m["tz"] and _ZH_TITLE.search(m["tz"])) for m in matches if m)
    return titled or len(parts) >= 3  # not "要红色（潘通186C）": a Chinese bracket must hold a title


def is_speaker_label(name: str, rest: str) -> bool:
    """Whether a "name:" prefix is a speaker: a label name (:func:`is_label_name`) not heading a roster line."""
    return hd.is_label_name(name) and not lists_people(rest)
