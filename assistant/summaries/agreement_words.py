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
    r"可以(?:延|做|给|降|让|送|免|包|开|加|写|按|锁|提供|承担)|不变|照旧|维持|认可|(?:意见|双方|核对|达成)\S{0,2}一致|写进合同|"
    r"送(?!到|去|过|货)|按(?:这|那|此|你们?的|您的)\S{0,4}?(?:走|来|办|执行|签)|降到|让到|给到|做到|批了|批下来|(\S{1,6})就\1|"
    # "这批按三十八", "按每箱六块抵货款": a figure settled; "按1500台算", "按一吨半设计" are no price
    r"按(?:每\S{1,2})?[\d.一二两三四五六七八九十百千万]+(?:元|块|毛)?(?:[一每](?:个|套|台|张|支|件|只))?"
    r"(?=[，。,；;！!\s]|$|抵|补偿|成交|先定|定)|"
    r"(?:^|[那好，,]\s*)就[^，。,]{1,8}吧|那就这样|就这么定|签(?:了|好了|字了)(?![^，。,]{0,3}(?:才|再|就|付|后))|"
    r"\b(?:no problem|live with|within (?:our |the )?budget|can (?:extend|include|waive)|stays?|unchanged|is the one|offered|approved|"
    r"(?:can|will|'ll) hold|(?:we|I)(?:'ll| will) take\b(?![^;]{0,30}?\bto (?:my|our|the|his|her)\b))\b|^\W*confirmed\b",
    re.I,
)
_STOP = r"[，,；;。！!？?\U0001F300-\U0001FAFF]"  # an emoji ends a chat clause too ("ugh ok 😅 can u …?")
_CLAUSE = lazy_re.compile(rf"(?:(?!{_STOP}).)+?(?:{_STOP}+|(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff])|$)")
_QUESTION = lazy_re.compile(r"[?？]\s*$|[吗么呢]\s*[?？。]?\s*$")  # "价格不变吗？": asked, not agreed
_NEGATED = lazy_re.compile(  # "价格还没定，按不了", "not approved yet": nothing agreed
    r"还没|未(?:定|确认|批|签)|没(?:有)?(?:定|谈|确认|批|签|同意)|不(?:一致|了|行|同意|接受)|\bnot\b|n't\b",
    re.I,
)


def states_agreement(text: str) -> bool:
    """Whether ``text`` says something was agreed, kept, granted, offered or approved.

    Args:
        text: The clause of an agreement item (its only quote).
    """
    return any(_agrees(clause.group()) for clause in _CLAUSE.finditer(text))


def _agrees(clause: str) -> bool:
    """Whether one clause states an agreement: an accept or kept word, not asked and not negated."""
    if _QUESTION.search(clause) or _NEGATED.search(clause):
        return False
    return bool(
        ACCEPT.search(clause)
        or FREE_TERM.search(clause)
        or BEST_FIGURE.search(clause)
        or _KEPT_OR_APPROVED.search(clause)
    )
