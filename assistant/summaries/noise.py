"""Sentences that carry no point of a summary however the classifier labels them.

- Off the record: "（会前闲聊天气和火锅，不记录）", "small talk about the weekend (not minuted)".
- An attachment note on its own: "Photos attached.", "图片见附件" — what the photos show is the point.
- A bare assent as a need: "对，就这三款", "烘干机可以", "Yes, those two models" agree to what the
  other side said; the need is where it was stated, and the agreement where an offer was made.
- A question to us about our own rules: "你们要求用指定的吗？", "Do you need our VAT number?" asks,
  it wants nothing.
- A section heading of minutes: "三、付款与交期", "2. Requirements" names a topic, it states nothing.
- Who wrote the minutes and a line that only announces what follows: "本纪要由蒯婷整理", "Minutes taken by
  Ruth", "如有遗漏请补充"; "我们的要求：", "Let me first say what we need:".
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.text import lazy_re
from assistant.text.roster_lines import ROSTER_HEAD, lists_people
from assistant.text.titles import HONORIFIC_WORD

_OFF_RECORD = lazy_re.compile(
    r"闲聊|寒暄|唠家常|不记录|不计入纪要|不入纪要|题外话|\boff the record\b|\bsmall talk\b|\bchit-?chat\b|\bnot minuted\b",
    re.I,
)
_ATTACHED = lazy_re.compile(
    r"^(?:(?:the|some|a few|two|three|\d+)\s+)?(?:photos?|pictures?|pics?|images?|screenshots?|videos?)\s+"
    r"(?:of\s+(?:[\w'-]+\s+){1,5}?)?"  # "Photos of the dented lids are attached": what they show
    r"(?:are\s+|is\s+)?(?:attached|enclosed)(?:\s+(?:here|below))?[.!]?$|"
    r"^(?:please\s+)?see\s+(?:the\s+)?attached(?:\s+(?:photos?|pictures?|images?))?[.!]?$|"
    r"^(?:[\u4e00-\u9fff]{1,8}的)?(?:照片|图片|截图|视频)(?:见附件|已附上?|附上了?|在附件里?|发你了)[。！!]?$|^(?:附上?|附件[:：]?)(?:照片|图片|截图|视频)[。！!]?$",
    re.I,
)
_ASSENT = lazy_re.compile(
    r"^(?:对|是的?|嗯+|好的?|行|没错|ok|yes|yeah|right)?[，,\s]*"
    r"(?:就(?:这|那|要这|要那)?[一两二三四五几]?(?:个|款|种|样)(?:型号|款式|产品|规格)?|"
    r"[\u4e00-\u9fffA-Za-z0-9-]{1,8}(?:也)?(?:可以|没问题|行|OK)|"
    r"(?:just\s+)?(?:those|these|that|this)(?:\s+(?:two|three|one))?(?:\s+(?:models?|ones?|items?))?)"
    r"[。.!！~～]*$",
    re.I,
)
_ASKS_OUR_RULE = lazy_re.compile(
    r"^[^。！!]{0,12}(?:你们|贵司|您)(?:这边)?(?:要求|规定|需要|有没有要求)[^。！!]{0,20}(?:吗|嘛|么)？?$|"
    r"^(?:do|does|would) (?:you|your \w+) (?:need|require|want)\b[^.!]{0,50}\?$",
    re.I,
)
_TOPIC = (
    r"(?:(?:customer |key |open |technical )?requirements|pric(?:e|ing)|payment(?: terms)?|"
    r"delivery|logistics|quality(?: issues)?|next steps|action items|risks?|background|summary|agenda|"
    r"samples?|certification|packaging|open (?:issues|points)|other(?: business| points)?|aob)"
)
_HEADING = lazy_re.compile(  # "Payment and delivery": two topics are a heading too
    r"^(?:第?[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*[\u4e00-\u9fff与和及/、]{2,12}[：:]?$|"
    rf"^(?:\d{{1,2}}[.)、]\s*)?{_TOPIC}(?:\s*(?:and|&|/)\s*{_TOPIC})?[:：]?$",
    re.I,
)


_COLOPHON = lazy_re.compile(
    r"^(?:本|以上)?(?:会议)?纪要(?:由|经)[^。！!]{1,20}(?:整理|记录|起草|撰写)|^(?:纪要)?(?:整理|记录)人?[：:]|"
    r"^[^。！!]{0,8}如有(?:遗漏|出入|错误|不妥)[^。！!]{0,6}(?:请|欢迎)[^。！!]{0,16}(?:补充|指正|指出)|"
    r"^(?:these )?minutes (?:were )?(?:taken|written|recorded|prepared) by\b|^(?:recorded|prepared|minuted) by\b|"
    r"\b(?:let me know|please advise)\b[^.]{0,30}\b(?:corrections?|anything (?:missing|i missed))\b",
    re.I,
)
_ANNOUNCES = lazy_re.compile(  # only announces what follows: "我们的要求：", "Let me first say what we need:"
    r"^[^。！？!?，,]{0,12}(?:的要求|的需求|几点要求|几个要求|几个问题|如下|以下几点)[：:]$|^[^。！？!?，,]{0,12}如下$|"
    r"^(?:let me (?:first )?(?:say|tell you|explain|list|go through)|here (?:is|are))\b[^.?!\d]{0,30}\b"
    r"(?:what (?:we|I) need|our (?:requirements|needs)|the following|as follows)\b[^.?!\d]{0,12}[.:]?$",
    re.I,
)


def colophon(text: str) -> bool:
    """Whether ``text`` names who wrote the minutes ("本纪要由蒯婷整理") or only announces what follows ("我们的要求：")."""
    t = text.strip()
    return bool(_COLOPHON.search(t) or _ANNOUNCES.match(t))


def off_record(text: str) -> bool:
    """Whether ``text`` says it is small talk or not for the record ("会前闲聊…，不记录")."""
    return bool(_OFF_RECORD.search(text))


def attachment_note(text: str) -> bool:
    """Whether ``text`` only says something is attached ("Photos attached.", "图片见附件")."""
    return bool(_ATTACHED.match(text.strip()))


def bare_assent(text: str) -> bool:
    """Whether ``text`` only assents ("对，就这两款", "烘干机可以", "Yes, those two models")."""
    return bool(_ASSENT.match(text.strip()))


def asks_our_rule(text: str) -> bool:
    """Whether ``text`` asks about our own requirement ("你们要求用指定的吗？"), which is no need."""
    return bool(_ASKS_OUR_RULE.match(text.strip()))


def heading(text: str) -> bool:
    """Whether ``text`` is only a section heading of minutes ("五、安装与质保", "1. Requirements")."""
    return bool(_HEADING.match(text.strip()))


_ABBREV = lazy_re.compile(rf"\b(?:{HONORIFIC_WORD}|St|Co|Jr|Inc|Ltd)$")  # read only before a full stop


def on_roster_line(source: str, at: int) -> bool:
    """Whether offset ``at`` of ``source`` lies in the roster a line starts with ("Participants: …; X joined at 10:20").

    The roster ends at the line's first full stop outside brackets: a one-line note goes on after it ("Participants:
    A (X), B (Y). B said they need 40 compressors…") and that is no roster.
    """
    start = source.rfind("\n", 0, at) + 1
    return at < _roster_end(source, start)


@lru_cache(maxsize=512)
def _roster_end(source: str, start: int) -> int:
    """Where the roster of the line at ``start`` ends (its first full stop outside brackets); ``start`` for none."""
    if not ROSTER_HEAD.match(source[start : start + 40].lstrip()):
        return start
    end = source.find("\n", start)
    line = source[start : end if end >= 0 else len(source)]
    depth = 0
    for i, ch in enumerate(line):
        depth += (ch in "(（") - (ch in ")）" and depth > 0)
        stop = ch in "。!?！？" or (ch == "." and line[i + 1 : i + 2].isspace() and not _ABBREV.search(line, max(0, i - 5), i))
        if depth == 0 and stop:
            return start + i
    return start + len(line)


def roster(text: str) -> bool:
    """Whether ``text`` only lists people: "Participants: Aroha Ngata (buyer, Kiwi Greens Ltd)".

    With a roster head ("Participants:", "参会人员：") any list of people; without one, only a named person
    with a title or company in brackets ("Bao Zhiyuan (Chenyi Trading)"), never "Agreed (FOB Ningbo)".
    """
    text = text.strip()
    if head := ROSTER_HEAD.match(text):
        return lists_people(text[head.end() :])
    return lists_people(text) and bool(re.search(r"[(（][^()（）]+[)）]\s*[.。]?$", text))
