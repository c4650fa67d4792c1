"""Last time's steps that ask for a value, done when this conversation gives the value.

Three kinds of step are answered by what is said rather than by a thing sent:

- a **quote** step ("报LP-4阶梯价", "Send a revised quote for the LP-4") is done when a statement
  about the same product or subject gives a price ("可以给到每只八十二", "we can do USD 11.40");
- a **choice** step ("客户确认灯罩颜色", "confirm the colour split") is done when a statement gives the
  choice: a colour named about the same subject, or with a choosing verb ("chose olive and ivory");
- a **price request** step ("申请降价并答复", "ask the director whether USD 11.40 is possible and
  reply") is done when an approval about the same subject or figure is reported ("批了每只七十八",
  "thanks for getting USD 11.40 approved").

A question, a "not yet", or a promise for later answers none of them.
"""

from __future__ import annotations

import re

from assistant.summaries.attribute_words import COLOUR
from assistant.summaries.done_confirms import QUESTION, figures, topic_keys
from assistant.summaries.done_reports import NOT_YET, without_owner
from assistant.summaries.product_codes import is_code
from assistant.text import lazy_re

_QUOTE_STEP = lazy_re.compile(
    r"报(?!告)[^，。,]{0,15}价|报价|\b(?:quot(?:e|ation)|price list|pricing|(?:revised|updated|new) (?:price|offer))\b",
    re.I,
)
_PRICE_GIVEN = lazy_re.compile(
    r"给到|做到|可以做|能做|每[^\s，。,]{0,3}[\d一二两三四五六七八九十]|[\d.]+\s*(?:元|块|美金|美元|欧)|"
    r"\b(?:USD|EUR|GBP|AUD|RMB|CNY)\s?\d|[$€£¥]\s?\d|\bcan do\b|\d[\d.,]*\s*(?:each|apiece|a piece|per\b)|\bat \d[\d.,]*\s*(?:each|per|a piece|/)",
    re.I,
)
_CHOICE_STEP = lazy_re.compile(r"颜色|配色|色号|\bcolou?rs?\b", re.I)
_ASKS = lazy_re.compile(
    r"确认|决定|定下|选|告知|\b(?:confirm|decide|choose|select|tell|let us know)\w*", re.I
)
_CHOSE = lazy_re.compile(
    r"选了|选的|挑了|定了|就定|就要|要(?:用)?[^，。,]{0,3}色|"
    r"用[^，。,]{0,3}色|改成|换成|确认|按|\b(?:as agreed|agreed|confirmed)\b|"
    r"\b(?:chose|chosen|picked|selected|went for|go(?:ing)? with|decided on|(?:we'll|we will) (?:take|use|have)|split)\b",
    re.I,
)
_DISLIKE = lazy_re.compile(  # a colour refused or disliked is no choice
    r"不喜欢|不要|不用|不想|讨厌|不好看|不行|\b(?:not|don't|doesn't|dislikes?|hates?|no)\b", re.I
)
_PRICE_ASK = lazy_re.compile(
    r"(?:申请|请示|问|确认)[^，。,]{0,12}(?:降价|价格|价|折扣|优惠|能否)|"
    r"\b(?:ask|check with|request)\b.{0,60}\b(?:price|discount|possible|whether|approv\w*)\b",
    re.I,
)
_APPROVED = lazy_re.compile(
    r"批了|批到|批下来|批准|同意了|同意[\d一二两三四五六七八九十]|可以做|能做到|"
    r"\b(?:approved|got (?:the )?approval|signed off|green light|can do)\b",
    re.I,
)
_DEFERRED = lazy_re.compile(  # still to come: the decision is not given yet
    r"还在|还没|再(?:定|确认|说|看|比较)|考虑|问一下|稍后|回头|明天|下周|"
    r"\b(?:not yet|still (?:deciding|thinking|discussing|checking|waiting|comparing)|pending|later|tomorrow|next week|"
    r"get back|let you know|(?:will|'ll) (?:confirm|decide|check|tell|let|send|come back|revert|quote))\b",
    re.I,
)
_THIRD = lazy_re.compile(
    r"那家|别家|另一家|其他(?:家|厂)|经销商|同行|竞争|\b(?:competitor|another (?:supplier|factory|vendor|maker)|"
    r"other (?:supplier|factory)s?|they (?:quoted|offer(?:ed)?)|their (?:price|quote|offer)|"
    r"(?:another|other|old|previous|former) (?:shop|store|supplier|vendor|factory|seller)s?)\b|别的(?:店|供应商|厂)|原来的(?:供应商|厂)",
    re.I,
)
_PAST = lazy_re.compile(  # a price paid before is no quote
    r"去年|上次|以前|之前|原来|过去|\b(?:last (?:year|time|order)|paid|used to|previously|before)\b", re.I
)
# what a step asks about, less the words of asking itself ("报价", "quote", "colour", "price", "reply")
_ASK_WORDS = frozenset(
    "报价 阶梯 梯价 价格 降价 颜色 配色 申请 答复 回复 能否 客户 quot quote quota revis offer updat price colou split "
    "send whole reply possi wheth direc manag".split()
)


def _subject(step: str, owner: bool = False) -> set[str]:
    """Keys of what ``step`` asks about; without who does it unless ``owner`` (an approver is the subject)."""
    step = re.sub(r"[（(][^）)]*[）)]", " ", step if owner else without_owner(step))
    return {k for k in topic_keys(step) if k not in _ASK_WORDS}


def _statements(sentences: list[str]) -> list[str]:
    """Return the ``sentences`` that state something: no question, no "not yet", nothing put off."""
    return [
        s for s in sentences if not QUESTION.search(s) and not NOT_YET.search(s) and not _DEFERRED.search(s)
    ]


def _names_subject(want: set[str], keys: set[str]) -> bool:
    """Whether ``keys`` name what a quote was asked for: its product code, else half of its words at least.

    "KT-8可以给到每只六十二" names "报KT-8含税价"; "one-size helmets" does not name "the kids' helmet range".
    """
    codes = {k for k in want if is_code(k)}
    if codes:
        return bool(codes & keys)
    return len(want & keys) * 2 >= len(want) > 0


def _quoted(step: str, sentences: list[str]) -> str | None:
    """Return the statement giving a price for the subject of the quote ``step``, else ``None``."""
    want = _subject(step)
    for s in _statements(sentences):
        if _THIRD.search(s) or _PAST.search(s):  # a competitor's, a dealer's or a past price is not our quote
            continue
        if _names_subject(want, topic_keys(s)) and _PRICE_GIVEN.search(s):
            return s.strip()
    return None


def _chosen(step: str, sentences: list[str]) -> str | None:
    """Return the statement giving a colour (about the subject or chosen, not refused) for ``step``, else ``None``."""
    want = _subject(step)
    for s in sentences:
        if QUESTION.search(s) or NOT_YET.search(re.sub(r"\b(?:we'll|we will) (?:take|use|have)\b", "", s)):
            continue
        if _DEFERRED.search(s) or not COLOUR.search(s) or _DISLIKE.search(s):
            continue
        if want & topic_keys(s) or _CHOSE.search(s):
            return s.strip()
    return None


def _approved(step: str, sentences: list[str]) -> str | None:
    """Return the statement reporting the price request of ``step`` approved, else ``None``."""
    want, asked = _subject(step, owner=True), figures(step)
    for s in _statements(sentences):
        if _APPROVED.search(s) and (want & topic_keys(s) or asked & figures(s)):
            return s.strip()
    return None


def step_answered(step: str, sentences: list[str]) -> str | None:
    """Return the sentence giving the price, choice or approval ``step`` asked for, else ``None``.

    Args:
        step: Last time's next step, as stated.
        sentences: This conversation's sentences in order (and notes of activities since).
    """
    if _PRICE_ASK.search(step):
        return _approved(step, sentences)
    if _QUOTE_STEP.search(step):
        return _quoted(step, sentences)
    if _CHOICE_STEP.search(step) and _ASKS.search(step):
        return _chosen(step, sentences)
    return None
