"""Layout pieces of a roster line the roster book splits on: team clauses, team headings, titled names.

Minutes list teams as "参会：恒远——厂长 郑国梁、采购主管 韦晓岚；启明——销售经理 欧阳帆" (a "——" after the team, a
title before each name) or "Present: Harbour Rail - Nina Croft (Lead), …. Lanyu Optics - Tang Wenbo (…)"
(the next team after a full stop). These patterns cut such a line into one clause per team and read a
title-led Chinese name as the name with its title as the note.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

CLAUSE = lazy_re.compile(
    r"[；;]|\s+/\s+|。"
    r"|(?<=[\w)）])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?<!\bSt)\.\s+(?=[^.:：,，]{1,50}?\s[-–—]\s)"
)
"""Where one team's clause ends: "；", " / ", "。", or a full stop before the next "Team - " heading."""

SUBHEAD = lazy_re.compile(r"^\s*([^:：]{1,50}?)\s*(?:[:：]|\s[-–—]\s|——)\s*")
"""A team heading at the start of a clause: "Our side:", "Harbour Rail - ", "恒远——"."""

_TITLED_ZH = lazy_re.compile(r"([\u4e00-\u9fff]{1,10}?)\s+([\u4e00-\u9fff]{2,4})")
_TITLE_END = lazy_re.compile(r"(?:长|员|师|支持|顾问|秘书|负责人)$")


def untitled(name: str, note: str, titles: re.Pattern[str]) -> tuple[str, str]:
    """Return ("郑国梁", "厂长") for "厂长 郑国梁" when the first word is a title; else ``name`` and ``note``.

    Args:
        name: One listed piece of a roster clause.
        note: Its bracket note, kept when present.
        titles: The roster book's title words ("经理", "总监", "主管", …).
    """
    m = _TITLED_ZH.fullmatch(name.strip())
    if m and (titles.search(m.group(1)) or _TITLE_END.search(m.group(1))):
        return m.group(2), note or m.group(1)
    return name, note
