"""Needs that are noise in long conversations, whichever engine found them.

- A title line before the first speaker ("Meeting notes: Acme / Beta - cabinets for …", "会议纪要：…")
  names the meeting; it states no need. Only when the conversation has speakers: a plain text
  without speakers is all content.
- A line of one word ("Please.", "Agenda", "好的。") states nothing, unless it carries a value or a product.
- A need read from the closing recap ("会议小结：…", "Action items") restates the talk
  (:mod:`assistant.summaries.need_recap`); a clause carrying on our own line in minutes is ours
  (:mod:`assistant.summaries.need_sides`); a lead time, a test result or our own condition is a fact
  (:mod:`assistant.summaries.need_facts`); so is the customer's own procedure or a report of what is done
  (:mod:`assistant.summaries.need_own_steps`).
- A total restating the need just before it ("Each store gets six … So 180 multidecks … in total.")
  is the same point: it joins that need as a further quote rather than standing as a second need
  (and gives it its figures when the need had none).
"""

from __future__ import annotations

import re

from assistant.summaries.need_facts import drop_fact_needs
from assistant.summaries.need_own_steps import drop_own_steps
from assistant.summaries.need_recap import drop_recap_needs
from assistant.summaries.need_sides import drop_our_continuations
from assistant.summaries.schema import Need, Quote
from assistant.text import lazy_re
from assistant.text.conversation import Parsed

_TOTAL = lazy_re.compile(
    r"^(?:so|that(?:'s| is| makes)|which (?:is|makes)|i\.e\.|所以|也就是|那就是|这样|合计|总共|一共)"
    r".*(?:\bin total\b|\baltogether\b|\btotal of\b|\boverall\b|一共|总共|合计|总计|加起来)",
    re.I,
)
# a total follows the need it restates in the same turn: at most this many characters apart
TOTAL_GAP = 3


def drop_need_noise(needs: list[Need], parsed: Parsed) -> list[Need]:
    """Drop title and one-word needs and join a restated total to its need, keeping every quote.

    Args:
        needs: The summary's needs in the order they were found.
        parsed: The conversation the quotes index into.

    Returns:
        The needs left, in order.
    """
    first_speaker_at = min((s.start for s in parsed.sentences if s.speaker), default=None)

    def one_word(q: Quote) -> bool:  # the whole sentence, not only the quote ("交期" out of a longer one)
        s = next((s for s in parsed.sentences if s.start <= q.start < s.end), None)
        return _one_word(s.text if s is not None else q.text)

    kept: list[Need] = []
    needs = drop_own_steps(drop_our_continuations(drop_recap_needs(needs, parsed.source), parsed))
    for need in drop_fact_needs(needs, parsed):  # their own procedure, a report or a fact: nothing asked of us
        quotes = need.quotes
        if first_speaker_at is not None and all(
            q.speaker is None and q.start < first_speaker_at for q in quotes
        ):
            continue  # the meeting's title line
        if not (need.values or need.subject) and all(one_word(q) for q in quotes):
            continue  # "Please.", "Agenda"
        if len(quotes) == 1 and _TOTAL.search(quotes[0].text.strip()) and (host := _just_before(kept, need)):
            host.quotes.append(quotes[0])
            if not host.values:  # "six per store" read no figure: the total gives the need its count
                host.values, host.text, host.topic = list(need.values), need.text, need.topic
            continue
        kept.append(need)
    return kept


def _one_word(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}|\d+", text)
    return len(words) + len(re.findall(r"[\u4e00-\u9fff]", text)) / 2 <= 1


def _just_before(kept: list[Need], need: Need) -> Need | None:
    """Return the kept need whose last quote the same speaker said right before ``need``'s quote."""
    q = need.quotes[0]
    for other in reversed(kept):
        last = max(other.quotes, key=lambda x: x.end)
        if last.speaker == q.speaker and 0 <= q.start - last.end <= TOTAL_GAP:
            return other
    return None
