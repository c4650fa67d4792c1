"""The day a sentence was said, the day its relative dates count from (issue 14).

"合同要贺总签，他…下周三回来" written on Friday 7 April is Wednesday 12 April, not the Wednesday after the
day the summary is made (Monday 10 April): a chat export dates each message, and "下周三", "tomorrow" or
"next Friday" count from that message's day. A sentence with no date of its own, or dated after ``today``
(a slip in the export), counts from ``today``.
"""

from __future__ import annotations

import datetime as dt

from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates


def said_on(s: Sentence, today: dt.date) -> dt.date:
    """Return the day ``s`` was said: its message's date when it has one on or before ``today``, else ``today``."""
    return s.date if s.date is not None and s.date <= today else today


def said_dates(s: Sentence, today: dt.date, text: str | None = None) -> list[DateMention]:
    """Return the dates in ``text`` (default: ``s.text``), relative ones counted from the day ``s`` was said.

    Example: "下周三回来" in a message of Friday 7 April 2034, summarised on Monday 10 April → 12 April.
    """
    return find_dates(s.text if text is None else text, said_on(s, today))
