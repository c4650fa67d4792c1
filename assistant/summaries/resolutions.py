"""A problem resolved on our side: the cause found and the fix made, one point of progress (issue 14).

A complaint is answered in a chain: the cause found ("查了，是一批开关的弹片问题", "Our engineer traced it
to capacitors from one batch"), the fix made ("已经换了供应商", "We have switched to thicker inserts"),
then a report sent and a replacement agreed. How the writers of the dev sets file it (spent blind…blind16,
blind20): 26 conversations name a cause found; where a fix is named too (15), cause and fix are one item
every time ("原因查明（…），已换供应商"); the replacement or compensation is an item of its own in 8 of 10.
The sentence classifier calls the cause and the fix done, none, or a quality risk (it names the defect).

- :func:`resolves` reads our statement of a cause found or a fix made in the goods or the service
  (not an outside cause of a delay, "港口罢工导致船期推迟", nor a price change), not a promise ("磁吸的原因也
  一起查清楚给您", "I will send the root-cause report"), a proposal ("可以换成牛皮纸盒", "if we change
  the box") nor a question; the customer's cause ("原因是你们包装太差") is a complaint.
- :func:`join_resolutions` joins the cause-and-fix items of one side close together, with a report of
  work done beside them ("属实，那是一台冲孔设备的定位模具磨损"), into one item that keeps every quote;
  the replacement, the compensation and the report sent stay apart.
"""

from __future__ import annotations

import re

from assistant.summaries.evidence import is_question
from assistant.summaries.owners import party_of
from assistant.summaries.schema import ProgressItem
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

WINDOW = 300  # characters between two sentences of one chain
NEAR = 40  # characters between a chain and a report of work done beside it (the same turn)

CAUSE = lazy_re.compile(
    r"原因|查明|查清|查下来|查了[，,：:]|问题出在|导致|"
    r"\b(?:the cause|caused by|root[- ]cause|traced (?:it |them |this |the [\w-]+ )?to|came from|comes from|"
    r"turned out (?:to be|that)|(?:was|were) due to|"
    r"(?:was|were) (?:made|produced|built|assembled|packed) (?:with|from|using|in) (?:the |a |an )?"
    r"(?:wrong|defective|faulty|substandard|bad|cheaper|lower[- ]grade))\b|用错",
    re.I,
)
FIX = lazy_re.compile(  # a fix made, not offered: "已经换了供应商", "We have switched to thicker inserts"
    r"已经?(?:全部)?(?:换|改|加厚|调整|恢复|更换)|换回|"
    r"\b(?:(?:have|has|'ve) (?:already |now )?(?:changed|switched|replaced|corrected|fixed|reinforced|strengthened|"
    r"upgraded|modified|reworked|restored|added)|already (?:changed|switched|corrected|fixed|reinforced|reworked|"
    r"restored)|(?:is|are) being changed|from a (?:different|new) supplier|now use[sd]? (?:a |an )?(?:different|new|"
    r"another|better|stronger))\b|现在(?:改用|用的是|换成)",
    re.I,
)
# an outside cause of a delay or a change of price: no problem of the goods found and fixed
_EXTERNAL = lazy_re.compile(
    r"推迟|延误|延期|耽误|船期|罢工|港口|堵港|涨价|调价|提价|降价|价格|汇率|关税|"
    r"\b(?:delay\w*|strike|port|vessel|congestion|weather|prices?|pricing|exchange rate|tariffs?)\b",
    re.I,
)
# a promise, a proposal or a condition: no cause found yet, no fix made
_NOT_DONE = lazy_re.compile(
    r"可以|如果|要是|需要|会(?!议)|给您|给你|还没|还在|正在查|"
    r"\b(?:will|'ll|going to|can|could|would|if|once|please|need|let me|not yet)\b",
    re.I,
)


def resolves(s: Sentence) -> bool:
    """Whether ``s`` is our report of a problem's cause found or its fix made ("查清楚了：磁铁供应商换了一批")."""
    text = s.text
    if party_of(s) != "we" or is_question(s) or _NOT_DONE.search(text) or _EXTERNAL.search(text):
        return False
    return bool(CAUSE.search(text) or FIX.search(text))


def resolution_labels(
    labelled: list[tuple[Sentence, str]], source: str
) -> tuple[list[tuple[Sentence, str]], set[int]]:
    """Relabel our cause found or fix made as ``done``, with the clauses of the same turn that go on stating it.

    A clause goes on when it follows a sentence of the chain, by the same speaker on the same line
    ("查到原因：3月初…换过" → "胶条偏薄" → "导致漏粉。"), is labelled none or a risk, and promises nothing
    ("We will reprint 600 bottles" is the next point). Returns the labels and the start offsets of the
    chains' sentences, which :func:`join_resolutions` joins.
    """
    out: list[tuple[Sentence, str]] = []
    starts: set[int] = set()
    for s, lab in labelled:
        prev = out[-1][0] if out else None
        open_to = lab in ("none", "done") or lab.startswith("risk:")
        goes_on = (
            prev is not None
            and prev.start in starts
            and prev.speaker == s.speaker
            and "\n" not in source[prev.end : s.start]
            and lab != "done"
            and not is_question(s)
            and not _NOT_DONE.search(s.text)
        )
        if open_to and (resolves(s) or goes_on):
            out.append((s, "done"))
            starts.add(s.start)
            continue
        out.append((s, lab))
    return out, starts


def join_resolutions(items: list[ProgressItem], starts: set[int]) -> list[ProgressItem]:
    """Join the items of one side's resolution chains within :data:`WINDOW` characters into one, keeping all quotes.

    Args:
        items: Progress items in conversation order.
        starts: Start offsets of the chains' sentences (:func:`resolution_labels`).
    """
    out: list[ProgressItem] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is None or prev.by != item.by:
            out.append(item)
            continue
        gap = item.quotes[0].start - prev.quotes[-1].end
        first, then = prev.quotes[0].start in starts, item.quotes[0].start in starts
        beside = (first and item.kind == "stage_signal") or (then and prev.kind == "stage_signal")
        # a report of work done right beside the chain ("属实，那是一台冲孔设备的定位模具磨损") belongs to it
        if (first and then and 0 <= gap <= WINDOW) or (beside and 0 <= gap <= NEAR):
            quotes = prev.quotes + [q for q in item.quotes if all(q.start != x.start for x in prev.quotes)]
            out[-1] = prev.model_copy(update={"quotes": quotes})
            continue
        out.append(item)
    return out
