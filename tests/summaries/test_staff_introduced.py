"""Our own staff named by title + surname are ours once the text introduces them (issue 14)."""

from __future__ import annotations

from assistant.summaries.owners import step_owner
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

_EN = (
    "Lisa Chen: Hi Tom, my manager Mr. Ortiz joins us today, and our service engineer Mr. Lu can answer the wiring questions.\n"
    "Tom Baker: Good. How long does the retrofit take?\n"
    "Mr. Lu: About three days per line, the line stops for one shift.\n"
    "Mr. Ortiz: If you sign this month we keep last year's price.\n"
    "Tom Baker: Fine. To close: Mr. Lu checks the cable lengths by Friday, and I send the floor plan on Monday.\n"
)
_ZH = (
    "小林：周总好，我们的鲁工也在群里，技术问题他来回答。\n"
    "周总：好的，电缆要多长？\n"
    "鲁工：每条线大概四十米。\n"
    "周总：行，那总结一下：鲁工本周五前核对电缆长度，我下周一发平面图。\n"
)


def _attr(text: str):
    return attribute(parse_conversation(text), Directory(ours=(Person("Lisa Chen"), Person("小林"))))


def _owner(text: str, starts: str) -> str:
    a = _attr(text)
    for s in a.parsed.sentences:
        if starts in s.text:
            at = s.start + s.text.index(starts)
            cut = s.__class__(**{**s.__dict__, "start": at, "text": s.text[s.text.index(starts) :]})
            return step_owner(cut, parsed=a.parsed)
    raise AssertionError(starts)


def test_staff_introduced_by_our_rep_are_ours() -> None:
    sides = _attr(_EN).sides
    assert sides["Mr. Lu"][0] == "we"  # "our service engineer Mr. Lu"
    assert sides["Mr. Ortiz"][0] == "we"  # "my manager Mr. Ortiz"
    assert sides["Tom Baker"][0] == "customer"


def test_an_introduced_colleague_owns_his_step_in_the_customers_recap() -> None:
    assert _owner(_EN, "Mr. Lu checks the cable lengths by Friday") == "we"
    assert _owner(_ZH, "鲁工本周五前核对电缆长度") == "we"


def test_the_customers_own_people_stay_theirs() -> None:
    text = (
        "Lisa Chen: Hi Tom, thanks for the call.\n"
        "Tom Baker: Our engineer Mr. Weber has questions. Mr. Weber checks the cable lengths by Friday.\n"
    )
    assert _owner(text, "Mr. Weber checks the cable lengths by Friday") == "customer"


def test_a_name_before_its_role_is_introduced_too() -> None:
    text = (
        "Lisa Chen: Hi Tom, with me is Mr. Lu, our service engineer.\n"
        "Tom Baker: Welcome. Mr. Lu checks the cable lengths by Friday.\n"
    )
    assert _owner(text, "Mr. Lu checks the cable lengths by Friday") == "we"


def test_a_vocative_before_our_role_is_not_an_introduction() -> None:
    text = (
        "Lisa Chen: Tom Baker, our engineer will call you tomorrow.\n"
        "Tom Baker: Good. Tom Baker checks the cable lengths by Friday.\n"
    )
    assert _attr(text).sides["Tom Baker"][0] == "customer"
