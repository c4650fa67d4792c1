"""Which of last time's needs the customer dropped, read clause by clause from the new conversation.

A need is dropped when one clause cancels something ("CT-15先不要了", "文件夹不要了", "we'll drop
the dock lines", "the gift boxes are no longer needed") and the thing cancelled is that need: the
clause's object shares the need's distinctive words (a product code, a size, "餐具", "gift box").
Words shared by several of last time's needs count less, and a clause that names two needs
equally well drops neither. Working per clause, not per sentence, keeps "1.5米改成800张，1.8米不要了"
from dropping the 1.5 m need too. A conditional ("if it is not ready, remove the pads") or a
question (the last clause before a "?") cancels nothing, and not being mentioned again is never
being dropped.
"""

from __future__ import annotations

import re

from assistant.summaries.schema import Need
from assistant.text import lazy_re

CLAUSE = lazy_re.compile(r"[，,;；:：。！？!?\n]|(?<=[a-z0-9)])\.\s+|\s(?:and|but|instead)\s", re.I)
# Chinese cues: the object is anywhere in the clause ("餐具这次先不做了", "去掉反光条")
_CANCEL_ZH = lazy_re.compile(
    r"(?:先|暂时|这次|就)?不(?:要|需要|用|做)了|用不着了?|先不(?:要|做|考虑)了?|暂(?:时)?不(?:要|需要|做)了?|"
    r"取消(?:了|掉)?|去掉|砍掉|不考虑了"
)
# English cues with the object after them ("drop the denim", "no longer need the tubs")
_CANCEL_AFTER = lazy_re.compile(
    r"\b(?:drop(?:ping|ped)?|skip(?:ping)?|forget(?: about)?|remove|cancel(?:ling|led)?|scrap)\s+"
    r"(?=(?:the|our|all|those|these|that|this|it|them)\b)|"
    r"\b(?:no longer|don't|do not|won't|will not)\s+(?:need|want|require)\s+(?=(?:the|any|those|these|that|this)\b)",
    re.I,
)
# English cues with the object before them ("the gift boxes are no longer needed")
_CANCEL_BEFORE = lazy_re.compile(
    r"\b(?:is|are)\s+(?:no longer|not)\s+(?:needed|required|necessary)(?:\s+any\s?more)?\b", re.I
)
_CONDITIONAL = lazy_re.compile(r"\b(?:if|unless|otherwise|in case)\b|如果|要是|假如|万一|否则|的话", re.I)
_QUESTION = lazy_re.compile(r"[?？]\s*$")
_STOP = frozenset(
    "the and for our your all from this that these those them order now please need needs want with each "
    "per also any more after time for altogether just we it us you they".split()
)
_STOP_ZH = frozenset("另外 这次 我们 你们 还有 不过 对了 今年 暂时 先不 之前 现在 一下 那个 这个".split())
_TOKEN = lazy_re.compile(r"[\u4e00-\u9fff]+|[a-z0-9μ][a-z0-9μ.\-+×]*", re.I)


def tokens(text: str) -> set[str]:
    """Content words of ``text``: Chinese character bigrams and Latin words or codes (lower case)."""
    out: set[str] = set()
    for run in _TOKEN.findall(text.lower()):
        if "\u4e00" <= run[0] <= "\u9fff":
            out |= {run[i : i + 2] for i in range(len(run) - 1)} - _STOP_ZH
        else:
            word = run.strip(".-+")
            parts = [word, *word.split("-")] if "-" in word else [word]  # "fsc-certified" is "fsc" too
            for w in parts:
                if len(w) >= 2 and w not in _STOP:
                    out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def _objects(clause: str) -> list[str]:
    """Return the parts of ``clause`` naming what it cancels, most likely first ([] if it cancels nothing)."""
    m = _CANCEL_AFTER.search(clause)
    if m:
        return [clause[m.end() :], clause[: m.start()]]
    m = _CANCEL_BEFORE.search(clause) or _CANCEL_ZH.search(clause)
    if m:
        return [clause[: m.start()] + " " + clause[m.end() :]]
    return []


def _named(part: str, needs: list[set[str]]) -> int | None:
    """Return the index of the one need ``part`` names best (shared words weighted by rarity), else None."""
    words = tokens(part)
    df = {w: sum(w in n for n in needs) for w in words}
    scores = [sum(1 / df[w] for w in words & n) for n in needs]
    best = max(scores, default=0.0)
    if best < 1.0 or scores.count(best) > 1:
        return None
    return scores.index(best)


def dropped_needs(previous: list[Need], said: list[str]) -> list[str]:
    """Return the texts of ``previous`` needs that a clause of the sentences ``said`` cancels."""
    needs = [
        tokens(" ".join([n.text, n.quotes[0].text if n.quotes else "", n.subject or ""])) for n in previous
    ]
    out: list[int] = []
    for sentence in said:
        if _CONDITIONAL.search(sentence):
            continue
        clauses = [c for c in CLAUSE.split(sentence) if c.strip()]
        if clauses and _QUESTION.search(
            sentence
        ):  # "…，MS-7先不要了，你们有没有无线款？": only the last asks
            clauses.pop()
        for clause in clauses:
            if "吗" in clause:
                continue
            for part in _objects(clause):
                i = _named(part, needs)
                if i is not None:
                    if i not in out:
                        out.append(i)
                    break
    return [previous[i].text for i in sorted(out)]
