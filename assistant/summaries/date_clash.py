"""Two dates in prose that do not meet: what is needed comes after the date it is needed by (issue 14).

"The bid is due 8 May" and, nearby, "the lab says end of May" for the test report; "合同六月中才签" and
"要求8月15日前装完"; "confirm the logo by Friday" and "the designer is away till the 20th". One
sentence gives a date something comes (预计, 才, 公布, expected, only, until, "the lab says …"), a
nearby one the date it is needed by (前, 截止, due, by, before, deadline). When the first is later
than the second, or too close to it, the two dates clash: a document's date is a certification risk,
anything else a timeline risk, quoting both. A contract, award or order leaves production and
installation still to do, so it clashes even some weeks ahead (:data:`SIGNING_MARGIN`). Dates are read
with the shared parser (:func:`assistant.text.dates.find_dates`) and parts of months (:mod:`~assistant.text.month_parts`);
a document's day said as a start and a wait ("submitted in September; the review takes about 120 working days") is
worked out by :mod:`~assistant.summaries.doc_durations` and set against the installation, opening or document it
must precede, anywhere in the conversation.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.summaries.doc_durations import document_arrivals
from assistant.summaries.said_on import said_dates
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import DateMention, find_dates
from assistant.text.month_parts import month_parts

WINDOW = 6  # sentences between the two dates
DOC_WINDOW = 14  # a document's date may come further from the audit it is needed for
DOC_MARGIN = dt.timedelta(days=3)  # a document that comes this close to its due date still misses it
SIGNING_MARGIN = dt.timedelta(days=60)  # a contract signed this close to the install date leaves no time

_NEEDED_BEFORE = lazy_re.compile(  # the words just before a needed-by date
    r"(?:\b(?:due(?: on| by)?|by|before|deadline(?: is)?|no later than|goes to print on|inspection is booked for|"
    r"inspection on|needed by|need (?:it|them) by)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?|"
    r"截止|最晚|最迟|要求)$",
    re.I,
)
_NEEDED_AFTER = lazy_re.compile(  # "5月20日前", "3月28日，报告必须在这之前拿到", "14 June, and the report must be in before that"
    r"^\s*(?:左右)?(?:前|之前|以前|截止|\s+(?:at the latest|is (?:our|the) deadline))|^\s*[，,][^，。]{0,10}在这之前|"
    r"^[^.;]{0,20}\bbefore (?:that|then)\b",
    re.I,
)
_EVENT_AFTER = lazy_re.compile(  # a dated event things must be ready for: "11月28号CMA现场评审", "the 30 November deadline"
    r"^\s*(?:的|举行)?[^，。,.;]{0,8}?(?:评审|验收|审核|开业|开幕|并网|投用)(?![的了过])|^\s+deadline\b|"
    r"^\s*[^.,;]{0,20}?\b(?:audit|inspection|opening|reopening|launch|go-live|installation|commissioning|sign-off)\b"
    r"(?! (?:of|went|was))",
    re.I,
)
_STARTED = lazy_re.compile(  # the words before a day something starts on: "test is booked for", "submitted on", "送检"
    r"\b(?:booked|scheduled|submitted|filed|lodged|starts?|begins?|test(?:ed|ing)?|inspection|audit|slot)\b[^.;]{0,12}$|提交|送检|送测|开始|申请",
    re.I,
)
_PAST = lazy_re.compile(r"去年|前年|上个?月|\blast (?:year|month)\b", re.I)
_EVENT = lazy_re.compile(  # what a document is needed for, when the needed-by sentence names none
    r"安装|调试|开业|验收|并网|上市|清关|发货|到货|\b(?:install(?:ed|ation)?|commission(?:ed|ing)?|open(?:s|ed|ing)?(?! hours)|"
    r"reopen\w*|launch(?:es|ed)?|ship(?:s|ped)?|deliver(?:y|ed)?|arriv(?:e|es|ed|al)|clear (?:customs|the port)|go-live|sign-off)\b",
    re.I,
)
_COMES = lazy_re.compile(  # the sentence says when something comes, not when it is needed
    r"预计|最快|最早|才(?:能|会|可以)?(?:到|出|发|签|公布|下来|拿到|开|批|定|交|完成|装|进场|上)|公布|出来|出证|拿证|拿到|下来|之后|以后|后签|"
    r"\b(?:expect\w*|only|(?<!valid )until|(?<!valid )till|not before|(?:at the )?(?<!your )earliest(?! convenience)|says|will be (?:ready|issued|out|done|available)|"
    r"ready|issued|announced|published|comes|arrives|away|on (?:vacation|holiday|leave))\b",
    re.I,
)
_STEP = lazy_re.compile(  # a date a step is due by ("Raj to send the protocol by Thursday"), not a need
    r"回复|答复|发给|发您|发你|报价|\b(?:send|sends|sending|reply|replies|answer|answers|revert|quote|revised price)\b", re.I
)
_AVAILABLE_BY = lazy_re.compile(r"\b(?:ready|issued|done|available|out|finished)\s+by\s+$", re.I)
_DOCUMENT = lazy_re.compile(
    r"报告|证书|认证|检测|校准|拿证|出证|注册证|许可证|"
    r"\b(?:reports?|certificates?|certifi\w+|tests?|tested|testing|lab|approval|listing|inspection|registration)\b",
    re.I,
)
_SIGNING = lazy_re.compile(r"合同|(?<!标)签|中标|定标|下单|批复|开标|\b(?:contract|award\w*|sign\w*|purchase order|PO)\b", re.I)
_CONTRAST = lazy_re.compile(r"但|可是|不过|\b(?:but|however|while|whereas)\b", re.I)
_CLAUSE = lazy_re.compile(r"[，,;；:：。]")
# a person away blocks whatever needs them ("the art director is away until 20 March"): no shared thing needed
_AWAY = lazy_re.compile(
    r"\b(?:away|on (?:vacation|holiday|leave))\b|\b(?:he|she|they|I)(?:'s| is| are|'m| am)\b[^.;]*\b(?:until|till)\b", re.I
)
_WORD = lazy_re.compile(r"[a-z][a-z-]{3,}")
_NOT_A_THING = frozenset(
    "that this with from have will would should must need needs needed into your their about them then when what which "
    "only until till before after date dates week weeks days deadline latest due expected expect comes arrive arrives "
    "ready also just still later earliest january february march april june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday says said mid-".split()
)
_SETTLED = lazy_re.compile(r"没问题|来得及|赶得上|\b(?:no problem|in time|works|that'?s fine|is fine|on track)\b", re.I)


@dataclass(frozen=True)
class Clash:
    """A date something comes (``comes``) later than, or too close to, the date it is needed by (``needed``)."""

    comes: Sentence
    needed: Sentence
    kind: str  # "certification" or "timeline"


def _needed_dates(s: Sentence, today: dt.date) -> list[dt.date]:
    return [d.date for d in needed_mentions(s, today)]


def needed_mentions(s: Sentence, today: dt.date) -> list[DateMention]:
    """Return the dates ``s`` gives as needed-by ("due on 8 May", "5月20日前"), not when something is ready by."""
    out = []
    for d in said_dates(s, today):  # counted from the day it was said
        at = d.start + len(d.text) - len(d.text.lstrip())  # " Friday": the mention may start at its space
        before, after = s.text[max(0, at - 30) : at], s.text[d.end : d.end + 20]
        if _AVAILABLE_BY.search(before):
            continue  # "the report will be ready by 18 May": when it comes
        event = _EVENT_AFTER.search(after) and not _PAST.search(before)  # not "去年5月10号开业的"
        if _NEEDED_BEFORE.search(before) or _NEEDED_AFTER.search(after) or event:
            out.append(d)
    return out


def _clause(text: str, d: DateMention) -> str:
    """``text`` up to the end of the clause of ``d``: where the word saying it comes must be."""
    end = _CLAUSE.search(text, d.end)
    return text[: end.start() if end else len(text)]


def _coming_dates(s: Sentence, today: dt.date, before: Sentence | None = None) -> tuple[list[DateMention], bool]:
    """Return the dates ``s`` says something comes, and whether they were worked out from a start and a duration."""
    if _SETTLED.search(s.text):
        return [], False
    said: list[DateMention] = []
    needed = set(_needed_dates(s, today))
    if _COMES.search(s.text) and not (needed and not _CONTRAST.search(s.text)):  # not "需5月15日前签约才能保6月30日并网"
        dated = [*said_dates(s, today), *month_parts(s.text, today)]  # "校准证书要到12月上旬才能出"
        said = [d for d in dated if d.date not in needed and d.date >= today and _COMES.search(_clause(s.text, d))]
    worked = document_arrivals(s, before, today)  # "the SFDA review usually takes about 120 working days"
    if worked and all(d.end <= worked[0].start and _STARTED.search(s.text[max(0, d.start - 30) : d.start]) for d in said):
        return worked, True  # "its test is booked for 16 March and the certificate comes about six weeks after": a start
    return (said, False) if said else (worked, bool(worked))


def _things(text: str) -> set[str]:
    return {w.rstrip("s") for w in _WORD.findall(text.lower()) if w not in _NOT_A_THING}


# characters of dates, time and grammar: a pair of Chinese characters with one of them names no thing
_ZH_NOT_A_THING = set("的了是要在前后之以最晚迟早快预计才能会到我们你他她它这那就都也还再月日号周天年底初旬中下上个一二三四五六七八九十两"
                      "可得把给和跟说吗呢吧啊等来去有没不很太已经全部")


# a body or a decision that holds up whatever needs it ("理事会下旬才开", "如果三月底还定不下来", "现在在审核")
_BLOCKS_ZH = lazy_re.compile(r"股东会|董事会|委员会|投委会|管委会|理事会|办公会|上会|定(?:下来|不下来)|拍板|审批|审核")
_GOODS_ZH = lazy_re.compile(r"到(?!期|账)|发货|出货|交货|装|进场|到场|运|排产|生产")  # the goods made, moved or fitted
_GENERIC_ZH = {"工地", "项目", "时候", "那边", "这边", "公司", "现场", "客户", "时间", "情况", "工程", "东西", "问题", "地方"}
_MONEY_ZH = lazy_re.compile(r"付|款|钱|资金|补贴|发票|预算|报销")  # money, never tied to the goods' date


def _tied_zh(comes: str, needed: str) -> bool:
    """Whether two Chinese sentences' dates concern one thing: a shared thing, both the goods (no money), or a blocker."""
    if _MONEY_ZH.search(comes):
        return False  # "余款6月底才能付", "董事会…讨论预算": a cash matter comes, whatever else is shared
    if _BLOCKS_ZH.search(comes) or (_things_zh(needed) - _GENERIC_ZH) & (_things_zh(comes) - _GENERIC_ZH):
        return True
    said = _GOODS_ZH.search(comes) and _GOODS_ZH.search(needed)
    heads = {_head_zh(comes), _head_zh(needed)}
    two_goods = None not in heads and len(heads) == 2  # "钢材…才到" and "水泵…要到": two goods, two things
    return bool(said) and not two_goods and not _MONEY_ZH.search(needed)


def _head_zh(text: str) -> str | None:
    """Return the thing a Chinese sentence opens with ("水泵最晚…" → "水泵"), or None."""
    head = text.strip()[:2]
    return head if _things_zh(head) - _GENERIC_ZH else None


def _things_zh(text: str) -> set[str]:
    """Pairs of adjacent Chinese characters naming a thing ("水泵", "护栏"), none with a date or grammar character."""
    return {a + b for a, b in zip(text, text[1:], strict=False) if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"
            and a not in _ZH_NOT_A_THING and b not in _ZH_NOT_A_THING}


def _same_thing(comes: Sentence, needed: Sentence, late: list[DateMention], kind: str) -> bool:
    """Whether the thing needed (the words before a ``late`` needed-by date) is named where the date comes.

    A contract, an approval, a document or a person away holds up whatever needs it; Chinese is not
    split into words, so its dates are tied by :func:`_tied_zh` (a shared pair of characters, the goods on
    both sides, a body still to decide): "余款6月底才能付" and "水泵最晚6月10号要到" are not.
    """
    if kind == "certification" or _SIGNING.search(comes.text) or _AWAY.search(comes.text):
        return True
    before = needed.text[: max(d.start for d in late)]
    if re.search(r"[\u4e00-\u9fff]", comes.text + needed.text):
        return _tied_zh(comes.text, needed.text)  # the thing may follow its date ("6月10号前水泵要到")
    return bool(_things(before) & _things(comes.text))


def _names_document(sents: list[Sentence], j: int) -> bool:
    """Whether ``sents[j]``, or the clause its speaker said just before, names a document ("…要有校准证书，11月28号评审")."""
    before = sents[j - 1] if j else None
    return bool(_DOCUMENT.search(sents[j].text)) or (
        before is not None and before.speaker == sents[j].speaker and bool(_DOCUMENT.search(before.text))
    )


def _kind(s: Sentence, before: Sentence | None) -> str:
    if _SIGNING.search(s.text):  # "中标结果预计6月20日公布": the award, whatever document came before
        return "timeline"
    near = s.text + " " + (before.text if before is not None and before.speaker == s.speaker else "")
    return "certification" if _DOCUMENT.search(near) else "timeline"


def date_clashes(sents: list[Sentence], today: dt.date) -> list[Clash]:
    """Return each date that comes too late for a nearby needed-by date, first clash per coming sentence.

    A sentence that commits its speaker ("I'll send the quote by Friday") or says the date is fine is neither
    side of a clash; a step's due date ("Raj to send the protocol by Thursday") is no needed-by date.

    Example: "The bid documents are due on 8 May." near "the lab says end of May." (the pack test) →
    one certification clash quoting both; "预计6月20日发货" near "8月15日前到港" → none.
    """
    out: list[Clash] = []
    free = [commitment_kind(s.text) != "self" and not _SETTLED.search(s.text) for s in sents]  # a promise, a settled date
    needs = [free[j] and not _STEP.search(s.text) for j, s in enumerate(sents)]  # "Raj to send it by Thursday": a step
    needed_at: dict[int, list[DateMention]] = {}  # each sentence's needed-by dates, read once

    def needed_of(j: int) -> list[DateMention]:
        if j not in needed_at:
            needed_at[j] = [d for d in needed_mentions(sents[j], today) if d.date >= today] if needs[j] else []
        return needed_at[j]

    for i, s in enumerate(sents):
        coming, worked_out = _coming_dates(s, today, sents[i - 1] if i else None) if free[i] else ([], False)
        if not coming:
            continue
        margin = SIGNING_MARGIN if _SIGNING.search(s.text) and not worked_out else DOC_MARGIN
        kind = "certification" if worked_out else _kind(s, sents[i - 1] if i else None)
        reach = len(sents) if worked_out else DOC_WINDOW if kind == "certification" else WINDOW
        near = range(max(0, i - reach), min(len(sents), i + reach + 1))  # a date a document is named for first
        if worked_out:  # only the installation, opening or document it must precede, the nearest first
            near = [j for j in near if needed_of(j) and (_EVENT.search(sents[j].text) or _DOCUMENT.search(sents[j].text))]
            near.sort(key=lambda j: (not _EVENT.search(sents[j].text), abs(j - i)))
        elif kind == "certification":
            near = sorted(near, key=lambda j: (not _names_document(sents, j), abs(j - i)))
        for j in near:
            other = sents[j]
            if abs(j - i) > WINDOW and not worked_out and not _names_document(sents, j):
                continue  # far from the document's date, only a date the document itself is named for
            if j == i and len(find_dates(s.text, today)) < 2:
                continue
            needed = needed_of(j)
            late = [n for n in needed if any(c.date > n.date - margin and c.date != n.date for c in coming)]
            if late and _same_thing(s, other, late, kind):
                out.append(Clash(s, other, kind))
                break
    return out


def statement_text(clash: Clash) -> str:
    """Both sentences of a clash in text order, for the risk's statement."""
    pair = sorted({clash.comes.start: clash.comes, clash.needed.start: clash.needed}.values(), key=lambda s: s.start)
    return "; ".join(re.sub(r"\s+", " ", s.text).strip(" ,.;，。；") for s in pair)
