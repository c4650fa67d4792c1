"""Change since last time across all four sections, against the customer's previous saved summary.

- needs: matched on (topic, product): *changed* when the figures differ (keeps the earlier
  wording in ``previous``), *unchanged* otherwise, *new* when absent before; an earlier need is
  dropped only when the customer says so or replaces it (``delta_rules``), not for silence;
- risks: categories new this time; earlier risks resolved when a sentence about their own subject
  says they are over (:mod:`risk_resolution`), or when a sentence settles their category (price
  agreed, certificate provided, approval given…) or the category is gone — unless their subject
  is said to be still pending after that ("the report is being re-tested") — or when every
  product code they name belongs to needs dropped this time (``delta_rules.moot``);
- next steps of last time: *done* when this conversation reports it done (a progress item
  close in wording, or any sentence saying the same object — quote, sample, contract, invoice,
  deposit, report… — was sent, received or paid), a confirm step's answer is given, a quote,
  choice or price request is answered (:mod:`done_answers`), it is said in other words (:mod:`done_implied`:
  the head noun, a short "resent", a visit presumed, the boss's decision), or an activity since says so
  — nothing still in progress ("being re-issued") — *overdue* when
  its due date has passed ("样品到现在还没收到" never counts as done), else *still open*.

A previous summary of the very same text (re-run after saving) is never compared with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import numpy as np

from assistant.summaries.classifier import embed
from assistant.summaries.delta_rules import dropped, moot, sentences, settled
from assistant.summaries.done_answers import step_answered
from assistant.summaries.done_confirms import confirmed_done
from assistant.summaries.done_implied import IN_PROGRESS, implied_done, off_head
from assistant.summaries.done_reports import NOT_YET, UPCOMING, reported_done
from assistant.summaries.risk_resolution import said_open, said_settled
from assistant.summaries.schema import Changes, Need, Risk, SalesSummary, StepCheck
from assistant.summaries.steps_merge import DONE, overlap
from assistant.summaries.target_drops import price_accepted
from assistant.text import lazy_re

DONE_SIMILAR = 0.88
SHARED = 0.3  # content words a step and the evidence of it being done must share
_DONE = lazy_re.compile(
    r"已|收到|发了|寄了|签了|付了|到了|完成|\b(?:sent|received|signed|paid|done|shipped|arrived)\b", re.I
)


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


_SENTENCE_END = lazy_re.compile(r"[。！？!?\n]|\.(?:\s|$)")


def _around(quote: str, text: str) -> list[str]:
    """``quote`` with the rest of its sentence, past a ";" ("The lab has finished testing; the report will be issued…")."""
    at = text.find(quote)
    if at < 0:
        return [quote]
    m = _SENTENCE_END.search(text, at + len(quote))
    return [text[at : m.end() if m else len(text)]]


def _similar(a: list[str], b: list[str]) -> np.ndarray:
    va, vb = embed(a), embed(b)
    if not (a and b) or va.shape[1] == 0:
        return np.zeros((len(a), len(b)))
    return va @ vb.T


def _steps(
    summary: SalesSummary, previous: SalesSummary, activities: list[tuple[dt.date, str]], text: str = ""
) -> list[StepCheck]:
    # progress said with an apology or a debt ("sorry for the delay with…", "还欠您一个报价") does not report it done
    # nor progress that is still to come ("follows on Monday", "I'll send it with the quote")
    done_texts = [
        q.text
        for p in summary.progress
        for q in p.quotes[:1]
        if not any(
            NOT_YET.search(x) or UPCOMING.search(x) or IN_PROGRESS.search(x) for x in _around(q.text, text)
        )
    ]
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
        said_all = sentences(text) + since
        reported = reported_done(step.action, said_all)
        if reported is not None and off_head(step.action, reported):
            reported = None
        said = (
            reported
            or confirmed_done(step.action, said_all)
            or step_answered(step.action, said_all)
        )
        if said is not None and IN_PROGRESS.search(said):  # "the reports are being re-issued, still on track"
            said = None
        said = said or implied_done(step.action, said_all)
        if best >= 0 and off_head(step.action, evidence[best]):
            best = -1
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


def _resolved(
    risk: Risk, now: set[str], said: list[str], unquoted: list[str], summary: SalesSummary, alone: bool = False
) -> bool:
    """Whether last time's ``risk`` is over.

    Resolved when a sentence about its own subject says so (:func:`said_settled`; read only in
    ``unquoted``, the sentences no risk of this summary quotes), a price gap when a price for its
    product (or any price, when it is ``alone``) is accepted (:func:`price_accepted`), or when a sentence settles its
    category or the category is not raised again, unless its subject is said to be still pending
    after that ("the report is being re-tested").
    """
    if said_settled(risk.text, unquoted, risk.category) is not None:
        return True
    if risk.category == "price" and price_accepted(risk.text, said, alone) is not None:  # "60 for the tent works"
        return True
    pending = said_open(risk.text, said, risk.category)
    if pending is None:
        return risk.category not in now or settled(risk, said, summary.risks) is not None
    return settled(risk, said[said.index(pending) + 1 :], summary.risks) is not None


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
    quoted = [q.text for r in summary.risks for q in r.quotes]  # what this summary's risks already say
    unquoted = [s for s in said if not any(s in q or q in s for q in quoted)]
    gone = _needs(summary, previous, said)
    gaps = sum(r.category == "price" for r in previous.risks)  # a lone price gap takes an acceptance naming nothing
    kept = [n.text for n in previous.needs if n.text not in gone]
    summary.changes = Changes(
        previous_date=previous.conversation_date,
        needs_dropped=gone,
        risks_new=[r.text for r in summary.risks if r.category not in before],
        risks_resolved=[
            r.text
            for r in previous.risks
            if moot(r.text, gone, kept) or _resolved(r, now, said, unquoted, summary, gaps == 1)
        ],
        steps=_steps(summary, previous, activities or [], text),
    )
    return summary
