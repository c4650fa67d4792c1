"""Stage signals that report no movement: work under way, plans for later, the customer's own changes, defects.

A stage signal is progress when something happened between the two sides: a sample or document
received, a test passed, an approval or decision (confirmed, signed, chosen, ordered, 批了, 拍板), a
cause found, a fix made or under way (our repair, rework or replacement of a part or a mould, in
either language: "the housings are being reworked", "我们正在改模具"). Many sentences read as done
and are not: other work still under way ("the CE file is being revised", "the spare unit is being
tested now", "正在做"), a plan for later ("the crates go into the oven on Thursday", "the pallets
arrive next week", "明天就送检"), the customer's own plans moving ("我们展会改到五月了", "the launch
was pushed to spring" — a change to the deal itself, "订单改成200台", stays) and a defect the
customer found ("twelve lids were cracked", "有几个盖子裂了"), which is a risk. Each is dropped
unless it also names, not negated ("not approved", "还没收到", "不合格"), a receipt, a pass, an
approval or decision, a cause or a fix (so "the bins arrived with cracked corners" stays: a receipt).

Nor is a stage signal that names none of these and no verdict on our goods or papers either: the
classifier reads small talk ("Have a good weekend"), narrated trouble ("We poured out two full batches")
and figures ("设备总共给到七十五万") as stage signals too. On the four latest spent sets (28–31) 54 of 78
stage signals matched no expected progress, so one is kept only with movement, a verdict or something
sent, done or changed ("the integration works", "老板看了很满意", "the samples were delivered", "已经发您邮箱了").
"""

from __future__ import annotations

import re

from assistant.summaries.schema import ProgressItem

_FIX = r"repaired|reworked|replaced|fixed|changed|modified"
_UNDER_WAY = re.compile(
    rf"\b(?:is|are) being (?!(?:{_FIX})\b)\w+|\bbeing tested\b|正在(?:测|检|做|办|申请)", re.I
)
_LATER = re.compile(
    r"\bwill be\b|\bnext week\b|\bbooked for\b|\bgo(?:es)? into the\b|\bfollows? on\b|今天就|明天就", re.I
)
_THEIR_CHANGE = re.compile(
    r"改成|改送|改日子|改到|新上了|又加了|\bpushed (?:to|back)\b|\bmoved (?:forward|back)\b", re.I
)
_DEAL = re.compile(r"订单|下单|付款|数量|预付|\b(?:orders?|payment|quantity)\b", re.I)
_DEFECT = re.compile(
    r"\b(?:warped|chipped|cracked|split along)\b|pulled the whole batch|裂|变形|破损|不合格|整批都?退", re.I
)
_MOVED = re.compile(
    rf"\b(?:received|came|arrived|passed|approved|approval|accepted|confirmed|signed|chose|chosen|decided|"
    rf"ordered|traced|caused?|{_FIX})\b|"
    r"收到|合格|批准|批了|已批|批下来|拍板|定了|定下来|签了|已签|签好|确认(?:了|好|过)|已经?确认|原因|查明|正常|达标|"
    r"改好|修好|换好|返工|正在(?:改|修|换)",
    re.I,
)
_VERDICT = re.compile(  # what the other side made of our goods or papers, or something sent, done or changed
    r"\b(?:convinced|matches|works?|worked|went through|tested|trialled|used (?:it |them )?(?:in|for)|ran (?:it|them)|"
    r"take (?:that|it)|thanks for|happy|satisfied|pleased|found|cause|lov\w+|lik(?:e|es|ed)|great|fine|well|held|"
    r"chos\w+|picked|sent|shipped|delivered|started|finished|ready|switched)\b|"
    r"满意|认可|好了|试过|试用|测过|用着|没问题|挺好|不错|喜欢|爱吃|选定|选了|投票|已经?(?:发|在|改|换|装|做|完成|出)|发出|"
    r"改成|换成|换了|查清",  # a change made: "We switched to a thicker liner", "订单改成了三百套"
    re.I,
)
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno|\byet to)(?:\s+\w+){0,2}\s+$|[没未不尚]\w?$", re.I)
_NOT_AFTER = re.compile(r"^\s+(?:none|nothing|no)\b", re.I)


def _moved(text: str) -> bool:
    """Whether ``text`` names movement that is not negated ("haven't received", "accepted none", "还没收到")."""
    return any(
        not _NOT_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
        and not _NOT_AFTER.match(text[m.end() :])
        for m in _MOVED.finditer(text)
    )


def still(item: ProgressItem) -> bool:
    """Whether a stage signal reports no movement between the two sides (see the module docstring)."""
    if item.kind != "stage_signal":
        return False
    text = " ".join(q.text for q in item.quotes)
    if _moved(text):
        return False
    if _UNDER_WAY.search(text) or _LATER.search(text):
        return True
    their = _THEIR_CHANGE.search(text) and not _DEAL.search(text)
    if item.by == "customer" and bool(their or _DEFECT.search(text)):
        return True
    return not _VERDICT.search(text)  # "Have a good weekend", "We poured out two full batches": nothing happened
