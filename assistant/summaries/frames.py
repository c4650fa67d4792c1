"""The frame of a letter or of minutes, and a meeting's agenda: lines that carry no point.

- A letter frame: a salutation ("Dear Hannah,", "尊敬的李经理：", "王总您好："), a sign-off
  ("Kind regards,", "此致敬礼") or a minutes title ("会议纪要：…第一次沟通", "Meeting minutes: …") or its attendee line ("参会：…", "Attendees: …")
  names who writes to whom or what the record is about; it asks for nothing and promises nothing.
- An agenda: "今天主要把型号、数量、交期和售后敲定", "今天主要谈价格和交期", "Today we want to agree on volumes, pricing,
  warranty and delivery" lists the topics the meeting is about to settle; the points are where each
  topic is settled, not this list (it is neither a need nor a next step).
"""

from __future__ import annotations

import re

from assistant.text import lazy_re
from assistant.text.titles import HONORIFIC

_SALUTATION = lazy_re.compile(
    rf"^(?i:dear|hi|hello|hey)\s+(?:(?i:{HONORIFIC})\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}}\s*[,:!]?$|"
    r"^尊敬的[\u4e00-\u9fff]{1,8}[：:，,]?$|"
    r"^[\u4e00-\u9fff]{1,5}(?:您好|你好)[：:，,！!]?$",
)
_SIGN_OFF = lazy_re.compile(
    r"^(?:(?:kind|best|warm|many)\s+(?:regards|wishes)|regards|sincerely|yours(?:\s+sincerely|\s+faithfully)?|"
    r"thanks(?:\s+and\s+regards)?|cheers)\s*[,.!]?(?:\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})?$|"
    r"^(?:此致|此致敬礼|敬礼|顺祝商祺|祝好|顺颂商祺)[！!，,。]?$",
    re.I,
)
_TITLE = lazy_re.compile(
    r"^(?:会议纪要|会议记录|会议目的|通话记录|沟通纪要|(?:meeting )?(?:purpose|objective)|(?:meeting|call)\s+(?:minutes|notes)|minutes|参会人员|参会|出席|与会人员|attendees|participants|present)\s*[：:]", re.I
)

_AGENDA_ZH = lazy_re.compile(
    r"^(?:那)?今天(?:我们|咱们)?(?:主要|想|要|就|先)*(?:把|就|谈|讨论|商量|确定|过一下)"
    r"(?P<list>[^。！？!?]*?[、，,和及与][^。！？!?]*?)(?:这几件事|这几个问题|几件事)?"
    r"(?:定下来|敲定|谈清楚|谈一下|谈谈|过一遍|确定下来|讨论一下|商量一下|聊一下)[。！!]?$|"
    r"^今天的?(?:议题|议程)[：:]|"
    r"^(?:那)?今天(?:我们|咱们)?主要(?:是)?(?:谈|讨论|商量|聊|过一下|把[^。！？!?\d]{1,20}(?:定|敲定|确定|谈))"
    r"[^。！？!?\d]{0,20}[。！!]?$"  # "今天主要谈价格和交期。": the meeting's topic, no figure in it
)
_AGENDA_EN = lazy_re.compile(
    r"^(?:so,?\s+)?today,?\s+(?:we|I)(?:'d| would)?\s+(?:like to|want to|need to|will|'ll|should)\s+"
    r"(?:settle|agree on|go through|discuss|cover|finali[sz]e|close|nail down|sort out)\s+(?P<list>.+)$|"
    r"^(?:today's\s+)?agenda\s*:",
    re.I,
)
_LIST_SEP = lazy_re.compile(r"[、，,]|\band\b|和|及|与")


def letter_frame(text: str) -> bool:
    """Whether ``text`` is only a salutation, a sign-off or a minutes title ("Dear Hannah,", "会议纪要：…")."""
    t = text.strip()
    return bool(_SALUTATION.match(t) or _SIGN_OFF.match(t) or _TITLE.match(t))


def agenda(text: str) -> bool:
    """Whether ``text`` lists what today's meeting is to settle ("今天主要把型号、数量、交期和售后敲定")."""
    t = text.strip()
    m = _AGENDA_ZH.match(t) or _AGENDA_EN.match(t)
    if not m:
        return False
    items = m.groupdict().get("list")
    return items is None or len(_LIST_SEP.findall(items)) >= 2  # at least three topics


def frame_or_agenda(text: str) -> bool:
    """Whether ``text`` is a letter frame or an agenda (see the module docstring)."""
    return letter_frame(text) or agenda(text)
