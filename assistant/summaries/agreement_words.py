"""Whether a clause filed as an agreement says that anything was agreed.

The sentence classifier files as "agreement" many clauses that only restate a figure or a fact
("第二批四百台", "USD 6.80 per set.", "The pump is rated to 40 bar.", "门板改成胡桃木色"): a
quantity noted, a spec answered, a greeting. An agreement names its accept word ("没问题",
"works for us", "九十八就九十八"), a term kept ("维持…不变", "stays"), a grant ("送", "free"), our
best figure ("给到四百六") or an approval ("认可", "双方核对一致"). A single-quote agreement item
with none of these is no point (dev, spent blind…blind16, blind20, blind21: 86 such items, 3
matched an expected progress item).
"""

from __future__ import annotations

import re

from assistant.summaries.acceptance import ACCEPT
from assistant.summaries.progress_cues import BEST_FIGURE, FREE_TERM
from assistant.text import lazy_re

_KEPT_OR_APPROVED = lazy_re.compile(
    r"可以(?:延|做|给|降|让|送|免|包|开|加|写|按|提供|承担)|不变|照旧|维持|认可|一致|写进合同|送(?!到|去|过|货)|按|降到|让到|给到|做到|批了|批下来|(\S{1,6})就\1|"
    r"\b(?:no problem|live with|within (?:our |the )?budget|can (?:extend|include|waive)|stays?|holds?|unchanged|is the one|offered|approved)\b",
    re.I,
)


def states_agreement(text: str) -> bool:
    """Whether ``text`` says something was agreed, kept, granted, offered or approved.

    Args:
        text: The clause of an agreement item (its only quote).
    """
    return bool(
        ACCEPT.search(text)
        or FREE_TERM.search(text)
        or BEST_FIGURE.search(text)
        or _KEPT_OR_APPROVED.search(text)
    )

