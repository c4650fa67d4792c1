"""Last time's steps reported done without the step's own words, read by :func:`assistant.summaries.delta`.

:mod:`done_reports` finds a step done when a sentence names its object class (samples, report,
contract…) or most of its words. A follow-up often says less:

- the thing sent named only by its head noun ("The pump arrived last Friday and Marek fitted it"
  for "sends a replacement pump for the sample chair"; "平面图我前天才发你" for "发海参圈平面图");
- a short reply after the step was asked about, with no object of its own ("Did you get the
  report?" … "Resent just now." … "Got it, thanks.");
- a question that presumes it happened and asks how it went ("上周三参观完那家工厂，感觉怎么样？",
  "How was the factory visit last week?"), answered without a "not yet";
- a step to talk with the customer about something ("宋佳与客户通电话谈价格") done when that person
  speaks of it in this conversation ("宋佳：…之前报的42确实高了一点");
- a step to present something to a person ("向钟总汇报报价", "presents the quotation to Rui Matos")
  done when that person's reaction or decision is reported ("钟总已经拍板了", "I showed Rui your
  quotation this morning"), not when the person only said or wants something ("Rui said he was
  travelling");
- the thing sent taken up by the other side as theirs and reacted to ("I showed Rui your quotation",
  "你们的报价单我们看了", "your quote is well above…"; not "your quotation was due yesterday"), or
  given under its own title ("Booking options: the earliest sailing leaves on 22 March").

A question, a "not yet", something still in progress ("being re-issued", "还在做") or booked for
later reports nothing.
"""

from __future__ import annotations

import re

from assistant.summaries.done_confirms import topic_keys
from assistant.summaries.done_reports import (
    HEADER,
    NOT_YET,
    QUESTION,
    UPCOMING,
    about,
    objects,
    without_owner,
)
from assistant.text import lazy_re

_THINGS = frozenset(range(11))  # object classes of things sent (done_reports.OBJECTS: quote … tracking)
IN_PROGRESS = lazy_re.compile(
    r"还在|正在|在做|\b(?:(?:is|are) being \w+|on track|in progress|under way|underway)\b", re.I
)
# it arrived, was sent or fitted (narrower than done_reports.RECEIVED: no "tested", "confirmed");
# 到了 after a verb of thought or speech is no arrival ("想到了", "提到了", "做到了"; "看到了" is: it was seen)
_ARRIVED = lazy_re.compile(
    r"收到|签收|拿到|寄到|送到|(?<![想提说听遇碰找得做办达感受用见虑识谈讲问查买轮迟])到了|(?:发|寄|传)(?:出|过来|过去)?了|装上|换上|装好|"
    r"(?:前天|昨天|昨晚|上周.?|上个?月|早就|刚才?)[^，。,？?说要会]{0,10}(?:才|就|已经?)?(?:发|寄|传|交|给)(?:给)?(?:您|你)|"
    r"\b(?:arrived|came|received|got|reached|delivered|sent|resent|re-sent|shipped|fitted|installed|attached)\b",
    re.I,
)
_PAST_EN = lazy_re.compile(
    r"\b(?:arrived|came|received|reached|delivered|sent|resent|shipped|fitted|installed|showed|saw|signed)\b",
    re.I,
)
_RESENT = lazy_re.compile(r"补发|重发|重新发|\b(?:resent|re-sent|sent (?:it )?again|got it)\b", re.I)
_SEND_EN = lazy_re.compile(
    r"\b(?:sends?|provides?|shares?|emails?|forwards?|ships?|returns?|resends?|gives?|delivers?|mails?|posts?)\b",
    re.I,
)
_NP_END = lazy_re.compile(r"\b(?:for|to|of|with|and|by|from|on|in|before|after|at|once|so)\b|[,.;(:]", re.I)
_SEND_ZH = lazy_re.compile(r"发|寄|提供|送|提交|传")
_GENERIC = frozenset(
    "options option details information info list file files documents document data update updates plan "
    "things answer reply feedback them quote quotation 资料 信息 文件 东西 情况 一下 报价".split()
)
_DONE_ZH = lazy_re.compile(r"(?:参观|看|试|用|测|检|装|验|开|谈|培训|考察|拜访|见)(?:完|过)(?!再|就|后再)")
_HOW_EN = lazy_re.compile(r"\bhow (?:was|were|did)\b", re.I)
_PRESENT_ZH = lazy_re.compile(
    r"(?:向|给|跟)(?P<p>[\u4e00-\u9fff]{1,4}?)(?:汇报|报告|请示|展示|介绍|转达|过目|看)|(?:汇报|报|交)给(?P<q>[\u4e00-\u9fff]{1,4})"
)
_PRESENT_EN = lazy_re.compile(
    r"\b(?:presents?|shows?|takes?|forwards?|passes?|brings?|submits?|explains?)\b.*?\bto\s+(?:the\s+)?(?P<p>[A-Z][a-z]+)"
)
# the person's reaction or decision: not any verb beside the name ("Rui said he was travelling", "Rui wants blue")
_REACTED = lazy_re.compile(
    r"拍板|定了|同意|批了|签了|看了|看过|满意|认可|决定|点头|汇报了|"
    r"\b(?:approved|accepted|agreed|signed|liked|likes|decided|showed|shown|presented|is happy|was happy)\b|"
    r"\b(?:said|says) (?:yes|ok|okay|go ahead|it'?s fine)\b|\b(?:saw|has seen|had seen) (?:it|them|your|our)\b",
    re.I,
)
_PRICE_WORD = lazy_re.compile(r"价|\bpric", re.I)
_PRICE_TALK = lazy_re.compile(r"\d|[一二两三四五六七八九十百千万]{2,}|块|元|\b(?:USD|EUR|GBP)\b", re.I)
SHORT = 12  # words (en) or characters (zh) of a reply that names nothing of its own


def _sentences(said: list[str]) -> list[str]:
    return [s for s in said if not HEADER.match(s)]


def _reports(s: str) -> bool:
    """Whether ``s`` states something happened: no question, no "not yet", nothing in progress or booked.

    "On Monday" is booked for later only without a past verb ("The motor arrived on Monday").
    """
    if QUESTION.search(s.strip()) or NOT_YET.search(s) or IN_PROGRESS.search(s):
        return False
    return not UPCOMING.search(s) or bool(_PAST_EN.search(s))


def head(step: str) -> str | None:
    """Return the head noun of what ``step`` sends ("sends a replacement pump for…" → "pump", "发海参圈平面图" → "面图")."""
    step = re.sub(r"[（(][^）)]*[）)]", " ", without_owner(step))
    m = _SEND_EN.search(step)
    if m:
        words = re.findall(r"[a-z][a-z-]+", _NP_END.split(step[m.end() :], maxsplit=1)[0].lower())
        word = words[-1] if words else ""
        word = word[:-1] if word.endswith("s") and len(word) > 4 else word
        return word if len(word) >= 4 and word not in _GENERIC and f"{word}s" not in _GENERIC else None
    m = _SEND_ZH.search(step)
    if m:
        obj = re.split(r"[，。,给]", step[m.end() :])[0]
        run = re.findall(r"[\u4e00-\u9fff]+", obj)
        word = run[-1][-2:] if run and len(run[-1]) >= 2 else ""
        return word if word and word not in _GENERIC else None
    return None


def off_head(step: str, sentence: str) -> bool:
    """Whether ``sentence`` reports another thing than ``step`` sends: no shared object class, not its head noun.

    "收到了，五家门店都试了" shares words with "发五家门店的收货地址" but not its head "地址".
    """
    word = head(step)
    if word is None or objects(step) & objects(sentence):
        return False
    if word.isascii():
        return re.search(rf"\b{re.escape(word)}", sentence, re.I) is None
    run = re.findall(r"[\u4e00-\u9fff]+", re.split(r"[，。,给]", without_owner(step))[0])[-1]
    words = {word, run[-4:-2]} - {""}  # "报关单据": "单据" or "报关"
    return not any(w in sentence for w in words)


def _by_head(step: str, said: list[str]) -> str | None:
    word = head(step)
    if word is None:
        return None
    rx = re.compile(rf"\b{re.escape(word)}" if word.isascii() else re.escape(word), re.I)
    return next((s for s in said if rx.search(s) and _ARRIVED.search(s) and _reports(s)), None)


def _size(s: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+", s)) + len(re.findall(r"[\u4e00-\u9fff]", s))


def _short_reply(step: str, said: list[str]) -> str | None:
    for i, s in enumerate(said):
        if not (QUESTION.search(s.strip()) and about(step, s)):
            continue  # only a reply to a question about the step ("Did you get the report?" – "Got it.")
        for t in said[i + 1 : i + 4]:
            if _size(t) <= SHORT and not objects(t) and _RESENT.search(t) and _reports(t):
                return t
    return None


def _presumed(step: str, said: list[str]) -> str | None:
    for i, s in enumerate(said):
        if not (QUESTION.search(s.strip()) and about(step, s)):
            continue
        asked = re.split(r"[，,]", s)
        if not (_HOW_EN.search(s) or any(_DONE_ZH.search(c) for c in asked[:-1])):
            continue
        if not any(NOT_YET.search(t) for t in said[i + 1 : i + 3]):
            return s
    return None


def _presented(step: str, said: list[str]) -> str | None:
    m = _PRESENT_ZH.search(step) or _PRESENT_EN.search(step)
    if m is None:
        return None
    person = m.group("p") or (m.groupdict().get("q") or "")
    if not person:
        return None
    for s in said:
        if person in s and _REACTED.search(s) and _reports(s):
            return s
    return None


_TALK_ZH = lazy_re.compile(
    r"^(?P<p>[\u4e00-\u9fff]{2,3}?)(?:与|和|跟|同)[\u4e00-\u9fff]{1,4}?(?:通电话|打电话|电话沟通|沟通|面谈|见面|商谈|谈)(?P<t>.*)$"
)
_TALK_EN = lazy_re.compile(
    r"^(?P<p>[A-Z][a-z]+)(?: [A-Z][a-z]+)? (?:calls|phones|meets|talks (?:to|with)|discusses|has a call with)\b(?P<t>.*)$"
)


def _talked(step: str, said: list[str]) -> str | None:
    """Return the sentence where the person of a talk step speaks of its topic in this conversation, else ``None``.

    "宋佳与客户通电话谈价格" is this very call when "宋佳：…之前报的42确实高了一点" is in it.
    """
    m = _TALK_ZH.match(step.strip()) or _TALK_EN.match(step.strip())
    if m is None:
        return None
    person, topic = m.group("p"), topic_keys(m.group("t"))
    label = re.compile(
        rf"^\s*{re.escape(person)}(?: [A-Z][\w'-]+){{0,2}}\w{{0,12}}\s?(?:\([^)]*\)|（[^）]*）)?\s?[：:]"
    )
    for s in said:
        if label.match(s) and (
            not topic or topic & topic_keys(s) or _PRICE_TALK.search(s) and _PRICE_WORD.search(m.group("t"))
        ):
            return s
    return None


_YOURS = lazy_re.compile(
    r"(?:你们|您|你)(?:的|发的|给的|寄的|报的|发过来的)|\byour\b|\b(?:you|he|she) sent\b", re.I
)
# a reaction to it: reviewed, or judged ("is fine", "is well above"), not just "was supposed to come yesterday"
_REACTION = lazy_re.compile(
    r"看了|看过|看下来|研究了|讨论了|对比了|比较了|\b(?:looks?|looked|reviewed|went through|read|checked|discussed|"
    r"compared|showed|shown|works?)\b|"
    r"\b(?:is|are|was|were) (?:still |well |far |a bit |too |rather |quite |very )?(?:fine|good|ok|okay|clear|great|helpful|"
    r"reasonable|competitive|acceptable|interesting|high|higher|steep|expensive|above|over)\b",
    re.I,
)
_TITLE = lazy_re.compile(r"^\s*(?:[-•*]\s*)?(?P<h>[^:：\d]{2,40})[:：]\s*(?P<rest>\S.*)$")
_GIVES = lazy_re.compile(
    r"\d|[一二两三四五六七八九十]+[月号日天周]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*", re.I
)
_ASKS = lazy_re.compile(r"请|麻烦|\b(?:please|could you|can you|need)\b", re.I)


def _discussed(step: str, said: list[str]) -> str | None:
    """Return the sentence where the other side takes up the thing sent as theirs to react to, else ``None``.

    "I showed Rui your quotation", "你们的报价单我们看了" speak of the quotation as received.
    """
    mine = objects(step) & _THINGS
    if not mine:
        return None
    for s in said:
        if objects(s) & mine and _YOURS.search(s) and _REACTION.search(s) and _reports(s):
            return s
    return None


def _titled(step: str, said: list[str]) -> str | None:
    """Return the sentence giving what the step was to send under its own title, else ``None``.

    "Booking options: the earliest sailing leaves on 22 March…" gives "send the sea-freight booking options".
    """
    want = topic_keys(re.sub(r"[（(][^）)]*[）)]", " ", without_owner(step)))
    for s in said:
        m = _TITLE.match(s)
        if m is None or not _GIVES.search(m.group("rest")) or _ASKS.search(s) or not _reports(s):
            continue
        if len(topic_keys(m.group("h")) & want) >= 2:
            return s
    return None


def implied_done(step: str, said: list[str]) -> str | None:
    """Return the sentence saying ``step`` was done in other words, else ``None``.

    Args:
        step: Last time's next step, as stated.
        said: This conversation's sentences in order (and notes of activities since).
    """
    said = _sentences(said)
    for rule in (_by_head, _short_reply, _presumed, _presented, _talked, _discussed, _titled):
        found = rule(step, said)
        if found is not None:
            return found.strip()
    return None
