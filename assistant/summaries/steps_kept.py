"""Next steps already kept in the same conversation: a later sentence reports the step done (no open step then).

Split out of :mod:`assistant.summaries.offline_learned` (a pure move).
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries.done_reports import reported_done
from assistant.summaries.schema import NextStep
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Sentence
from assistant.text.dates import find_dates


def report_sentences(parsed: Parsed) -> list[Sentence]:
    """Return the sentences that could report a step done: a dated one still plans ("…周五前…签了才"), "样品到了我们再谈" waits."""
    today = dt.date.today()
    return [s for s in parsed.sentences if not find_dates(s.text, today) and not _WHEN_THEN.search(s.text)]


def kept_later(step: NextStep, reports: list[Sentence]) -> bool:
    """Whether a later one of ``reports`` says ``step`` was done ("参数表我下午发您" … "参数表收到了"): no open step."""
    end = max(q.end for q in step.quotes)
    return reported_done(step.quotes[0].text, [s.text for s in reports if s.start >= end]) is not None


# "样品到了我们再定", "等报价来了就下单", "once the samples arrive we'll decide": waits for it, no report it was done
_WHEN_THEN = lazy_re.compile(
    r"了[^。！？!?]{0,12}(?:再|才)|等[^。！？!?]{1,16}(?:再|就|才)|\b(?:once|as soon as|when)\b", re.I
)
