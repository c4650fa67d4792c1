"""A programme's items before their times: "集合 7:30：酒店大堂", "Lunch 12:00: at the hotel", "Site Visit 14:00:".

A line "name HH:MM：text" is a group chat's sender with the message (:mod:`assistant.text.conversation_headers`)
unless the "name" is an item of a visit's or a meeting's programme: then the line is the programme's.
"""

from __future__ import annotations

from assistant.text import lazy_re

SCHEDULE = lazy_re.compile(  # the item's first word
    r"(?:集合|早餐|午餐|晚餐|午饭|晚饭|签到|欢迎|开幕|闭幕|参观|会议|茶歇|出发|返程|接机|送机|晚宴|午宴|休息|讲座|培训|考察|报到)|"
    r"(?i:(?:lunch|dinner|breakfast|brunch|coffee|tea|welcome|site|tour|meeting|session|registration|arrival|departure|"
    r"pick-?up|transfer|keynote|workshop|demo|booth|check-?in|visit|opening|closing|break)\b)"
)
