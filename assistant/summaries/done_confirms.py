"""Last time's "confirm / reply / tell us" steps read as done when this conversation gives the answer.

A step that asks someone to confirm, decide, approve or report something ("客户确认各门店数量",
"唐经理回复单价能否接受", "告知认证进度", "Confirm the carton count") has no object that is sent
or received: it is done when a statement (not a question, not a promise for later) speaks of
the same thing — shares a content word, a product code or a figure with the part of the step
after its verb — and settles it: a decision cue ("定了", "批了", "confirmed", "approved"), or,
for a report step, the report itself, or, for a confirm step, the figure it asked for (a count,
a headcount), or, for a "whether" step, the thing added or refused ("另外加500支比色管").
"""

from __future__ import annotations

import re

from assistant.summaries import product_codes
from assistant.summaries.done_reports import NOT_YET, objects, stems
from assistant.summaries.product_codes import is_code
from assistant.text import lazy_re

_ASK = lazy_re.compile(
    r"(?:确认|回复|答复|告知|通知|反馈|决定|定下|核实|审批|批复)|"
    r"\b(?:confirm|reply|respond|decide|approve|update|tell|inform|let (?:us|me|you|them) know|revert)\w*",
    re.I,
)
_REPORT = lazy_re.compile(r"告知|通知|反馈|进度|\b(?:update|tell|inform|let (?:us|me|you|them) know)\w*", re.I)
_SETTLED = lazy_re.compile(
    r"定了|定下来了|确定了|确认了|批了|批下来|同意了|可以做|没问题|重新量了|就按|"
    r"\b(?:confirmed|approved|agreed|decided|signed off|final (?:number|count|quantity|figure)s? (?:is|are))\b",
    re.I,
)
_LATER = lazy_re.compile(
    r"明天|后天|下周|稍后|回头|晚点|之后再|再给|再定|再确认|再说|还在|还没|考虑一下|问一下|"
    r"\b(?:will|'ll|going to|tomorrow|next week|later|still|pending|waiting)\b|"
    r"\b(?:after|until|once|as soon as)\b.{0,40}\b(?:is|are) (?:confirmed|approved|agreed|decided)\b",
    re.I,
)
_PROMISE = lazy_re.compile(
    r"(?:告诉|通知|告知|反馈|同步)(?:给)?(?:您|你)|\b(?:will|'ll) (?:let|update|tell|inform|keep)\b", re.I
)
# a step asking for a figure is answered by a sentence giving one
_AMOUNT = lazy_re.compile(
    r"数量|面积|总量|人数|份数|台数|件数|多少|价格|单价|预算|尺寸|"
    r"\b(?:quantit|volume|count|how many|headcount|number of|price|budget|size)",
    re.I,
)
# a step asking whether to add or take something ("客户确认是否追加比色管", "whether to add spare filters")
_WHETHER = lazy_re.compile(r"是否|要不要|\b(?:whether|if they (?:want|need))\b", re.I)
_DECIDED = lazy_re.compile(  # the thing added, taken or refused
    r"追加|加[\d一二两三四五六七八九十百千]|新增|增加|不要了|不加了|不用了|取消|"
    r"\b(?:(?:we'll|we will|please) (?:add|take|order|include|skip|drop)|add(?:ing)? \d|go ahead|no need for)\b",
    re.I,
)
QUESTION = lazy_re.compile(r"[?？]|[吗呢][。]?\s*$")  # also read by done_answers
_FIGURE = lazy_re.compile(r"\d[\d,.]*\d|\d")


def figures(text: str) -> set[str]:
    """Return the figures of two digits or more in ``text``, without thousands commas (also read by done_answers)."""
    return {f.replace(",", "") for f in _FIGURE.findall(text) if len(f.replace(",", "")) >= 2}


def _keys(text: str) -> set[str]:
    """Content keys of ``text``: Chinese character pairs, English stems, product codes, figures."""
    low = text.lower()
    han = re.sub(r"[^\u4e00-\u9fff]+", " ", low)
    pairs = {w[i : i + 2] for w in han.split() for i in range(len(w) - 1)}
    codes = {c.lower() for c in product_codes.codes(text)}
    return pairs | stems(text) | codes | figures(text)


_STOP = {  # the verb, the people and function words say nothing of what was asked
    *("确认", "回复", "答复", "告知", "客户", "经理"),
    *(
        "confi",
        "reply",
        "updat",
        "custo",
        "about",
        "wheth",
        "after",
        "befor",
        "their",
        "there",
        "which",
        "other",
    ),
    *("from", "with", "that", "this", "them", "will"),
}


def topic_keys(text: str) -> set[str]:
    """Content keys of ``text`` (character pairs, stems, codes, figures) minus reply verbs and people."""
    return _keys(text) - _STOP


def _subject(step: str) -> set[str]:
    """Keys of what the step asks about: the text after its confirm/reply verb, minus the verb itself."""
    m = _ASK.search(step)
    tail = step[m.end() :] if m else step
    return topic_keys(re.sub(r"[（(][^）)]*[）)]", " ", tail))


def confirmed_done(step: str, sentences: list[str]) -> str | None:
    """Return the sentence that settles a confirm/reply/report ``step``, else ``None``."""
    if not _ASK.search(step):
        return None
    return settling(_subject(step), step, sentences)


def settling(want: set[str], step: str, sentences: list[str]) -> str | None:
    """Return the first of ``sentences`` that settles what ``step`` asked about, else ``None``.

    Args:
        want: Content keys of what was asked (:func:`topic_keys`); nothing is settled without one.
        step: The step or promise, read for its kind: a report, a figure asked for, its objects.
        sentences: Later sentences, in order.
    """
    report, amount = bool(_REPORT.search(step)), bool(_AMOUNT.search(step))
    if not want:
        return None
    for s in sentences:
        if QUESTION.search(s) or NOT_YET.search(s):
            continue
        keys = _keys(s)
        shared = want & keys
        if not shared and not (objects(step) & objects(s)):
            continue
        codes, asked = {k for k in keys if is_code(k)}, {k for k in want if is_code(k)}
        if codes and asked and not codes & asked:  # "the LP-4 price is agreed" answers nothing of the LP-6
            continue
        if shared and all(_AMOUNT.fullmatch(k) for k in shared) and not objects(step) & objects(s):
            continue  # only "数量" / "price" in common: another count or price
        if report and shared and not _PROMISE.search(s):
            return s.strip()
        words = {k for k in shared if not k[0].isdigit()}
        if words and _WHETHER.search(step) and _DECIDED.search(s):  # "we'll add 200 spare filters"
            return s.strip()
        if _LATER.search(s):
            continue
        if _SETTLED.search(s) or (words and amount and _FIGURE.search(s)):
            return s.strip()
    return None
