"""Action items that name their owner: "6. 罗欣：把条款写进合同草稿，下周一前发宋经理".

A numbered to-do list at the end of minutes ("会后待办", "Action items") is not read as speaker
labels by the parser (a number starts the line), so its items would inherit the side of whoever
spoke last. An item whose text starts with a person label belongs to that person's side — our
rep, manager or any of our CRM users is ``we`` whoever the item is sent to; the customer's
people are ``customer`` — the minutes' roster says first, then the side of their own turns, then the
CRM (whose surname-and-title guesses are the weakest). Several owners ("唐志强、贺工：…") count only when they share a side.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.summaries.speakers_directory import Directory, crm_side
from assistant.summaries.speakers_roster_book import book_side
from assistant.text import lazy_re
from assistant.text.conversation import Party
from assistant.text.conversation_roles import label_party

_ITEM = lazy_re.compile(r"^\s*(?:\d{1,2}[.、)）]\s*)?(?P<names>[^:：\n。，,!?！？；;]{1,30}?)\s*[：:]\s*\S")
_SPLIT = lazy_re.compile(r"\s*(?:、|，|,|/|&|\band\b|和|及)\s*", re.I)


def _side(
    name: str, sides: Mapping[str, tuple[Party, str]], directory: Directory, book: Mapping[str, Party]
) -> Party | None:
    """Return the side of one owner name (a role label, the minutes' roster, a known speaker, the CRM), else None."""
    if party := label_party(name):
        return party
    if name in book:
        return book[name]  # "訾晓雯：…" listed under our team, though a roster line was read as a speaker
    known = sides.get(name, ("unknown", ""))[0]
    if known != "unknown":
        return known
    if listed := book_side(name, book):
        return listed  # "Ms. Noura:" for the roster's "Ms. Noura Al-Qahtani"
    found = crm_side(name, None, directory)  # last: it guesses from a surname and a title ("王工")
    return found[0] if found and found[0] != "unknown" else None


def item_owner(
    text: str, sides: Mapping[str, tuple[Party, str]], directory: Directory, book: Mapping[str, Party] | None = None
) -> tuple[Party, str] | None:
    """Return the side and first name of the person an action item starts with, or None.

    Args:
        text: A sentence's text ("罗欣：明天答复冯经理", "3. Liu Yang: send the samples").
        sides: The sides already known for the conversation's speakers.
        directory: Who is ours and who is the customer's in the CRM.
        book: The minutes' roster, {listed name: side} (:func:`~assistant.summaries.speakers_roster_book.roster_book`).

    Returns:
        ``("we", "罗欣")`` when 罗欣 is ours; None when the text starts with no person label, a
        name nobody places, or owners on both sides.
    """
    m = _ITEM.match(text)
    if not m:
        return None
    names = [n for n in _SPLIT.split(m.group("names").strip()) if n]
    found: set[Party] = set()
    for name in names:
        side = _side(name, sides, directory, book or {})
        if side is None:
            return None
        found.add(side)
    return (found.pop(), names[0]) if len(found) == 1 else None
