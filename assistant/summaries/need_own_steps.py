"""The customer's own procedure or a report is no need: "资料要交给交通局", "超过5万要上平台比价", "改好了".

A line the classifier read as a need but that names no product, value or want of ours fell back to
the head "要求/Requirement" (dev, spent sets: 121 of 343 need extras). Two kinds recur: what the
customer's side must do on its own — hand papers to an authority, pass an approval or a tender, a
board that must sign off ("我们月底要把投标文件交到住建局", "超过二十万的采购要集团比价", "the
brand team must approve the artwork", "we will have to put the order out to tender") — which is a
step or a decision chain of theirs, not something they ask of us; and a report of what is done
("都按你们的要求改好了", "Installed remotely on 3 April"). Such a need is dropped when every quote is
of these kinds and none addresses us or says what is required of us ("你们…", "必须", "要能", "we
need", "please"); a report followed by a demand ("装好了要能…", "做好了先给我们看") is a condition, kept.
"""

from __future__ import annotations

import re

from assistant.summaries.schema import Need
from assistant.text import lazy_re

# the customer's own submission, approval or demolition: "资料要交上去", "要上报教育局比价", "财务要算回收期"
_OWN = lazy_re.compile(
    r"(?:要|得|需要)(?:先|再|重新|提前)?(?:把[^，。；]{0,14})?(?:交给|交上去|交资料|提交|上报|报给|报审|报批|送审|审核|上会|"
    r"比价|比三家价|走流程|重新报|汇报|招标|亲自看|拆|开始进货|算回收期|找[^，。]{0,6}(?:报|批|申请))|"
    r"超(?:过|了)[^，。；]{0,12}(?:都|就)?要[^，。；]{0,10}?(?:比价|审批|签字|上会|招标|报批|报领导|报老板|报集团|报总部|批准|亲自看)|"
    r"\bwe (?:will|'ll|would) have to (?:go with|put\b[^.;!?]{0,40}\bout to tender|switch|move)|"
    r"\b(?:must|has to|have to|needs? to) (?:approve|sign off|sign it off)\b",
    re.I,
)
# a report of what is done: "压缩空气都按你们的要求改好了", "Installed remotely on 3 April"
_DONE = lazy_re.compile(
    r"(?:改好|做好|装好|修好|换好|调好|弄好|办好|批下来|做完|装完)了(?![^。；]{0,12}?(?:要|再|先|给我|发我|你们|你方|贵司))|"
    r"^\W*(?:installed|delivered|shipped|fitted|replaced)\b[^.;!?]{0,30}\bon \d",
    re.I,
)
# addressed to us or asking something of us: then a need after all ("要提前把清单发给我", "你们要提交…")
_OF_US = lazy_re.compile(r"你们|你方|贵司|您|[报交发]给我|\byou\b|\byour\b", re.I)
_ASKS = lazy_re.compile(r"必须|要求|希望|一定要|至少|不能|不得|务必|\bmust\b(?! approve)|\bplease\b|\bpls\b", re.I)
# a requirement stated beside an own step: the sentence is a need after all ("…，系统要能导出", "需要提供质保")
_REQUIRES = lazy_re.compile(
    r"要能|要写清楚|要写明|要注明|需要(?:提交|提供)|\bwe need\b|(?<![A-Za-z])(?:ISO\s?\d|(?:CE|UL|CQC|CCC|3C|FCC|RoHS)(?![A-Za-z]))",
    re.I,
)


def own_step_or_report(text: str) -> bool:
    """Whether ``text`` states the customer's own procedure or reports something done, asking nothing of us.

    Args:
        text: A need's quote.
    """
    if _ASKS.search(text) or _REQUIRES.search(text):
        return False
    return bool(_OWN.search(text) and not _OF_US.search(text)) or bool(_DONE.search(text))


def drop_own_steps(needs: list[Need]) -> list[Need]:
    """Drop the needs naming no product or value whose every quote is an own procedure or a report.

    Args:
        needs: The summary's needs.

    Returns:
        The needs left, in order.
    """
    return [
        n
        for n in needs
        if n.subject or n.values or not n.quotes or not all(own_step_or_report(q.text) for q in n.quotes)
    ]
