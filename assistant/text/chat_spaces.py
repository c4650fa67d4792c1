"""A space between Chinese words of a chat is a comma: "样机 我们试了20杯 漏了3杯😭 奶茶洒一桌".

Chat writers leave out punctuation and separate clauses with spaces. A space (or ideographic space) after a
Chinese character or an emoji and before a Chinese character ends a clause; a space beside Latin letters or
figures ("晨屹 HB-220", "3 台") does not.
"""

from __future__ import annotations

ZH_SPACE = r"(?<=[\u4e00-\u9fff\U0001F300-\U0001FAFF\u2600-\u27BF])[ \t\u3000]+(?=[\u4e00-\u9fff])"
"""A regular expression matching the spaces that end a clause of Chinese chat."""
