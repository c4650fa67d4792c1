"""Whether this conversation reports one of last time's next steps done, in its own words.

A step is done when a sentence names the same object (a class of things — samples, contract,
invoice — or the step's own content words) and says it happened ("报价单上周发您邮箱了",
"the artwork is attached"), or when a question about it ("样品到了吧？", "Did the swatches
reach you?") is answered yes by the next sentence ("收到了，试过了", "Yes, they arrived").
A "not yet" anywhere in the report or the answer keeps the step open. The name of who does the
step is not its topic ("Wu Tao: …" speaks of nothing Wu Tao was to send), a sentence about
another class of thing (a sample, for a report) reports nothing, and a step arranging a trial
with feedback is done by the trial ("两家店试用了一周"), not by the samples sent for it.
"""

from __future__ import annotations

import re

from assistant.summaries.steps_merge import overlap
from assistant.text import lazy_re

SHARED = 0.3  # overlap of content words for a sentence to speak of the step without a shared object class

NOT_YET = lazy_re.compile(  # also an apology or a debt: "sorry, the report was delayed", "还欠您一个报价"
    r"还没|还欠|欠您|欠你|\bI still owe\b|\bsorry (?:for|about) the delay\b|\bdelayed\b|没收到|没到|未(?:收到|发(?!现|生)|寄|付|签|提交|批|到)|没有(?:收到|发(?!现|生)|寄|付|签|提交|批|到)|尚未|会(?:发|寄|提交|安排)|"
    r"(?:到|收到|发|寄)(?:了|后|以后|之后)?[，,]?(?:我们|以后|之后)?就|等.{0,10}(?:到|收到)|准备(?!好)|打算|"
    r"\b(?:(?:still|has|have|had|did|does|do|is|are|was|were) not|not (?:yet|arrived|received|reached|been|come|here|sent)|"
    r"never|haven'?t|hasn'?t|didn'?t|still waiting|no sign of|will|going to|to be|to follow|shall|once|if|when)\b",
    re.I,
)
RECEIVED = lazy_re.compile(
    r"收到|签收|拿到|看到了|已经?附|附在|已经?(?:发|寄|付|签|开|到|提交|交|批|安排|下单|确认|完成|上传|做好|出|定)|"
    r"(?:发|寄|付|签|开|到|提交|批|交|下|定|确认|订)(?:过|好|完)?了|附件|附上|已(?:经)?[^，。,]{0,12}(?:寄|发)出|(?:寄|发)出了|已于(?!下|明|后|本|这|今)|(?:已经?|刚)[^，。,]{0,6}(?:补发|重发)|(?:补发|重发)(?:给)?(?:您|你)?[^，。,]{0,4}了|(?:发|寄|传|交)(?:给)?(?:您|你)[^，。,？?]{0,6}了|"
    r"(?:试用|试)(?:了|过)(?:一|两|三|几|半|\d)|(?:你|您)们?[^，。,？?]{0,6}(?:发|寄|报|给)(?:过来)?的|"
    r"\b(?:got|received|resent|(?:thanks?|thank you) for (?:the|your|sending|getting)|(?<!being )(?<!be )tested|tried (?:it|them|the)|trialled|you sent|left (?:our|the) (?:factory|warehouse)|went out|ran for|have (?:sent|paid|signed|issued|shipped|submitted)|"
    r"came in|arrived|delivered|reached|reach you|sent|signed|paid|shipped|dispatched|submitted|approved|placed|issued|"
    r"uploaded|booked|attached|enclosed|confirmed|has been (?:sent|signed|paid|shipped|approved|submitted|placed|issued))\b",
    re.I,
)
# A yes to "did it arrive?": the reply opens with it (after an optional "客户：" / "Anna:" label)
_YES = lazy_re.compile(
    r"^\s*(?:[^\s:：]{1,12}(?:\s[^\s:：]{1,12}){0,3}\s?[：:]\s*)?"
    r"(?:(?:hi|hello|hey|dear|morning|good morning)\b[^,，.!]{0,20}[,，!]\s*|[^，,\s]{1,6}(?:总|经理|老师|主任|工|姐|哥)[，,]\s*)?(?:收到|到了|签收|拿到|看到了|看了|试了|定了|确认了|批了|已经|是的|对|嗯|有的|"
    r"yes\b|yep\b|yeah\b|they did|it did|they have|it has|they (?:arrived|came)|it (?:arrived|came)|arrived|received|got them|got it|we got|"
    r"we received|all arrived)",
    re.I,
)
_ASKED_DONE = lazy_re.compile(
    r"试了|看了|用了|怎么样|\bhow (?:did|was|were|do you like)\b|\b(?:reach|arrive|get|got|receive|come|came)",
    re.I,
)
# A question that presumes it happened ("样品上周已经到了吧？", "the PI I sent on Monday - did it work?")
_PRESUMES = lazy_re.compile(
    r"吧[。？?]?\s*$|我.{0,12}已经?(?:发|寄|附)|\b(?:I|we) (?:have |had )?(?:sent|shipped|mailed|posted)\b",
    re.I,
)
QUESTION = lazy_re.compile(r"[?？]\s*$|[吗吧呢][。？?]?\s*$")
# The object of a step: a step and a report of it done must name the same one
OBJECTS: list[re.Pattern[str]] = [
    lazy_re.compile(p, re.I)
    for p in (
        r"报价|quot(?:e|ation)|price list",
        r"样(?:品|布|衣|罐|灯|杯|板|件|段|机|瓶|椅|鞋|盒|袋|管|册|砖|卡|片|盘|碗|车|桌)|色卡|打样|samples?|swatch\w*|prototype",
        r"合同|协议|contract|agreement",
        r"形式发票|\bPI\b|pro ?forma",
        r"(?<!形式)发票|\binvoice\b|credit note",
        r"定金|订金|预付|deposit|prepayment",
        r"货款|尾款|付款|payment|\bpaid\b|\bpay\b",
        r"检测报告|测试报告|证书|认证|\w*报告|test report|certificate|test data",
        r"图纸|设计稿|效果图|logo|drawing|artwork|mock-?up",
        r"订单|\bPO\b|purchase order",
        r"单号|物流|tracking",
        r"答复|回复|决定|reply|answer|decision|feedback",
        r"审批|批准|签字|approv\w*|sign-?off|signed off",
        r"验厂|参观|拜访|会议|visit|meeting|audit",
    )
]


# a chat export's "name  2027-03-03 21:05" line is not a sentence of the talk
HEADER = lazy_re.compile(r"^.{0,40}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
UPCOMING = lazy_re.compile(  # booked for later, or still to come ("follows on Monday", "I'll send it")
    r"\b(?:booked|scheduled|planned|set) for\b|安排在|定在|约在|下周|下个?月|下星期|\b(?:next|on) (?:week|mon|tue|wed|thu|fri)|"
    r"\b(?:I|we|you|they|he|she)'ll\b|\b(?:follows?|comes?|coming) (?:on|by|next|tomorrow|later|soon)\b",
    re.I,
)


def objects(text: str) -> set[int]:
    """Return the indexes of the object classes that ``text`` names."""
    return {i for i, rx in enumerate(OBJECTS) if rx.search(text)}


def stems(text: str) -> set[str]:
    """English word stems of ``text``: the first five letters of each word of four or more, less a plural "s"."""
    words = re.findall(r"[a-z]{4,}", text.lower())
    return {(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w)[:5] for w in words}


_THINGS = frozenset(range(11))  # the classes of things sent or received, not a reply, approval or meeting
_OWNER = lazy_re.compile(  # who does the step ("卞经理寄…", "Wu Tao sends…"): a name says nothing of the thing
    r"^[\u4e00-\u9fff]{2,5}?(?=提供|发|寄|报|确认|安排|提交|回复|答复|申请|告知|把|给|联系|拜访|准备|整理)|"
    r"^(?:[A-Z][a-z'-]+\s){1,3}(?=(?:to\s)?(?:sends?|provides?|confirms?|gives?|shares?|checks?|asks?|books?|quotes?|"
    r"arranges?|submits?|pays?|signs?|emails?|forwards?|prepares?|tests?|tries)\b)"
)
# a step that asks for a trial and its feedback is done by the trial, not by the samples sent for it
_TRIAL_STEP = lazy_re.compile(
    r"安排[^，。,]{0,8}试|试(?:用|坐|穿|装)[^，。,]{0,10}反馈|\b(?:tests?|tries|trial)\b.*\bfeedback\b", re.I
)
_TRIED = lazy_re.compile(r"试|用了|反馈|\b(?:tested|tried|trialled|used|feedback)\b", re.I)


def without_owner(step: str) -> str:
    """Return ``step`` without the person who does it ("卞经理寄样品" → "寄样品")."""
    return _OWNER.sub("", step.strip(), count=1)


def _about(step: str, sentence: str) -> bool:
    step = without_owner(step)
    shared = overlap(step, sentence)
    if shared > 0 and _TRIAL_STEP.search(step) and _TRIED.search(sentence):  # "门店试下来怎么样？"
        return True
    mine, theirs = objects(step) & _THINGS, objects(sentence) & _THINGS
    if mine and theirs and not mine & theirs:  # "样品收到了吗？" says nothing of a report
        return False
    same_class = bool(objects(step) & objects(sentence))
    return (same_class and (shared > 0 or bool(stems(step) & stems(sentence)))) or shared >= SHARED


def about(step: str, sentence: str) -> bool:
    """Whether ``sentence`` speaks of ``step``'s object (its class of thing or most of its words)."""
    return _about(step, sentence)


def _answered_yes(question: str, replies: list[str]) -> bool:
    """Whether the next sentences answer ``question`` yes (a "not yet" in them answers no)."""
    for reply in replies:
        if NOT_YET.search(reply):
            return False
        if _YES.search(reply) or (RECEIVED.search(question) and _PRESUMES.search(question)):
            return True
    return False


_CLAUSE_END = lazy_re.compile(r"[，,;；。.!?！？]")


def _reporting_clause(sentence: str) -> str:
    """Return the clause that says it was done ("已经寄出了"), else the whole sentence.

    "Next week" in another clause is when it arrives ("昨天已经寄出了，下周能到"), not when it is sent.
    """
    m = RECEIVED.search(sentence)
    if m is None:
        return sentence
    ends = [e.start() for e in _CLAUSE_END.finditer(sentence)]
    start = max((e + 1 for e in ends if e < m.start()), default=0)
    end = min((e for e in ends if e >= m.end()), default=len(sentence))
    return sentence[start:end]


def reported_done(step: str, sentences: list[str]) -> str | None:
    """Return the sentence (with its answer) reporting ``step`` done, else ``None``.

    Args:
        step: Last time's next step, as stated.
        sentences: This conversation's sentences in order (and notes of activities since).
    """
    sentences = [s for s in sentences if not HEADER.match(s)]
    for i, s in enumerate(sentences):
        if not _about(step, s) or NOT_YET.search(s):
            continue
        if UPCOMING.search(_reporting_clause(s)):  # booked for later is not held yet
            continue
        trial = _TRIAL_STEP.search(step)  # a trial step is done by the trial (its report or the answer)
        if QUESTION.search(s.strip()):
            asks = RECEIVED.search(s) or _ASKED_DONE.search(s)
            tried = not trial or any(_TRIED.search(x) for x in sentences[i : i + 3])
            if asks and tried and _answered_yes(s, sentences[i + 1 : i + 3]):
                return s.strip()
            continue
        if RECEIVED.search(s) and (not trial or _TRIED.search(s)):
            return s.strip()
    return None
