"""Change since last time across all four sections, against the customer's previous saved summary.

- needs: matched on (topic, product): *changed* when the figures differ (keeps the earlier
  wording in ``previous``), *unchanged* otherwise, *new* when absent before; an earlier need is
  dropped only when the customer says so or replaces it (``delta_rules``), not for silence;
- risks: categories new this time; earlier risks resolved when a sentence settles them (price
  agreed, certificate provided, approval given…) or their category is gone;
- next steps of last time: *done* when this conversation reports it done (a progress item
  close in wording, or any sentence saying the same object — quote, sample, contract, invoice,
  deposit, report… — was sent, received or paid) or an activity since says so, *overdue* when
  its due date has passed ("样品到现在还没收到" never counts as done), else *still open*.

A previous summary of the very same text (re-run after saving) is never compared with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import numpy as np

from assistant.summaries.classifier import embed
from assistant.summaries.delta_rules import dropped, sentences, settled
from assistant.summaries.schema import Changes, Need, SalesSummary, StepCheck
from assistant.summaries.steps_merge import DONE, overlap

DONE_SIMILAR = 0.88
SHARED = 0.3  # content words a step and the evidence of it being done must share
_DONE = re.compile(
    r"已|收到|发了|寄了|签了|付了|到了|完成|\b(?:sent|received|signed|paid|done|shipped|arrived)\b", re.I
)


_NOT_YET = re.compile(
    r"还没|没收到|未(?:收到|发|寄|付|签|提交|批)|没有(?:收到|发|寄|付|签|提交|批)|尚未|会(?:发|寄|提交|安排)|"
    r"\b(?:not yet|haven'?t|hasn'?t|still waiting|no sign of|will|going to|to be|shall)\b",
    re.I,
)
_RECEIVED = re.compile(
    r"收到|已经?(?:发|寄|付|签|开|到|提交|交|批|安排|下单|确认|完成|上传|做好|出)|(?:发|寄|付|签|开|到|提交|批|交|下)(?:过|好|完)?了|"
    r"\b(?:got|received|thanks? for (?:the|your|sending)|have (?:sent|paid|signed|issued|shipped|submitted)|"
    r"came in|arrived|sent|signed|paid|shipped|dispatched|submitted|approved|placed|issued|uploaded|booked|"
    r"has been (?:sent|signed|paid|shipped|approved|submitted|placed|issued))\b",
    re.I,
)
# The object of a step: a step and a report of it done must name the same one
OBJECTS: list[re.Pattern[str]] = [
    re.compile(p, re.I)
    for p in (
        r"报价|quot(?:e|ation)|price list",
        r"样品|样布|色卡|打样|samples?|swatch\w*|prototype",
        r"合同|协议|contract|agreement",
        r"形式发票|\bPI\b|pro ?forma",
        r"(?<!形式)发票|\binvoice\b|credit note",
        r"定金|订金|预付|deposit|prepayment",
        r"货款|尾款|付款|payment|\bpaid\b|\bpay\b",
        r"检测报告|证书|认证|test report|certificate",
        r"图纸|设计稿|效果图|drawing|artwork|mock-?up",
        r"订单|\bPO\b|purchase order",
        r"单号|物流|tracking",
        r"答复|回复|决定|reply|answer|decision|feedback",
        r"审批|批准|签字|approv\w*|sign-?off|signed off",
        r"验厂|参观|拜访|会议|visit|meeting|audit",
    )
]
_SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]|$)|[^.\n]+(?:\.(?=\s|$)|$)")


def _objects(text: str) -> set[int]:
    return {i for i, rx in enumerate(OBJECTS) if rx.search(text)}


def _reported_done(step: str, sentences: list[str]) -> str | None:
    """Return a sentence saying the object of ``step`` was sent/received/paid, else ``None``."""
    want = _objects(step)
    for s in sentences:
        if want & _objects(s) and _RECEIVED.search(s) and not _NOT_YET.search(s):
            return s.strip()
    return None


def text_hash(text: str) -> str:
    """Return the fingerprint stored on a summary to recognise the same conversation later."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _needs(summary: SalesSummary, previous: SalesSummary, said: list[str]) -> list[str]:
    earlier: dict[tuple[str, str | None], Need] = {}
    for need in previous.needs:  # a need of several topics is found under each of them
        for topic in (need.topic, *need.aspects):
            earlier.setdefault((topic, need.subject), need)
    for need in summary.needs:
        before = None
        for topic in (need.topic, *need.aspects):
            before = earlier.get((topic, need.subject))
            if before is None and need.subject is None:
                before = next((n for k, n in earlier.items() if k[0] == topic), None)
            if before is not None:
                break
        if before is None:
            need.status, need.previous = "new", None
            continue
        if need.values and set(need.values) != set(before.values):
            need.status, need.previous = "changed", before.text
        else:
            need.status, need.previous = "unchanged", before.text
    # dropped only when the customer says so (or replaces it), never for not being raised again
    return dropped(previous.needs, summary, said)


def _similar(a: list[str], b: list[str]) -> np.ndarray:
    va, vb = embed(a), embed(b)
    if not (a and b) or va.shape[1] == 0:
        return np.zeros((len(a), len(b)))
    return va @ vb.T


def _steps(
    summary: SalesSummary, previous: SalesSummary, activities: list[tuple[dt.date, str]], text: str = ""
) -> list[StepCheck]:
    done_texts = [q.text for p in summary.progress for q in p.quotes[:1]]
    since = [t for d, t in activities if d >= previous.conversation_date and _DONE.search(t)]
    evidence = done_texts + since
    actions = [s.action for s in previous.next_steps]
    sims = _similar(actions, evidence)
    out = []
    for i, step in enumerate(previous.next_steps):
        # close in meaning and sharing content words ("确认颜色" is not done by "样品已经寄出了")
        scores = [
            float(sims[i, j]) if overlap(step.action, e) >= SHARED else 0.0 for j, e in enumerate(evidence)
        ]
        best = int(np.argmax(scores)) if evidence else -1
        said = _reported_done(step.action, [m.group() for m in _SENTENCE.finditer(text)] + since)
        if best >= 0 and (scores[best] >= DONE_SIMILAR or overlap(step.action, evidence[best]) >= DONE):
            status, proof = "done", evidence[best]
        elif said is not None:
            status, proof = "done", said
        elif step.due and step.due < summary.conversation_date:
            status, proof = "overdue", None
        else:
            status, proof = "open", None
        out.append(
            StepCheck(action=step.action, owner=step.owner, due=step.due, status=status, evidence=proof)
        )
    return out


def apply_delta(
    summary: SalesSummary,
    previous: SalesSummary | None,
    activities: list[tuple[dt.date, str]] | None = None,
    *,
    text: str = "",
) -> SalesSummary:
    """Mark ``summary`` against ``previous`` (in place) and return it.

    Args:
        summary: This conversation's summary (``source_hash`` set).
        previous: The customer's previous saved summary; ignored when it is of the same text.
        activities: (date, note) of the customer's activities since, to find steps done elsewhere.
        text: This conversation's text, whose sentences may report last time's steps done.
    """
    if previous is None or (previous.source_hash and previous.source_hash == summary.source_hash):
        for need in summary.needs:
            need.status, need.previous = "new", None
        summary.changes = None
        return summary
    before = {r.category: r.text for r in previous.risks}
    now = {r.category for r in summary.risks}
    said = sentences(text)
    summary.changes = Changes(
        previous_date=previous.conversation_date,
        needs_dropped=_needs(summary, previous, said),
        risks_new=[r.text for r in summary.risks if r.category not in before],
        # settled by a sentence of this conversation ("价格可以", "certificate attached"), or gone
        risks_resolved=[
            r.text
            for r in previous.risks
            if r.category not in now or settled(r, said, summary.risks) is not None
        ],
        steps=_steps(summary, previous, activities or [], text),
    )
    return summary
