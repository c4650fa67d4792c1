"""An approval answers a consultation only when it speaks of the consultation's topic (:mod:`steps_answered`).

"运费我跟总监商量下，明天回复您" is answered by "总监同意了，运费我们出", not by the director approving
something else the same week ("总监同意了下周二派车去提货"); "I'll check the discount with my director"
is not answered by "my director approved the brochure reprint you asked about".
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.steps_answered import _approved, answered
from assistant.text.conversation import parse_conversation

TODAY = dt.date(2029, 5, 10)


def _promise_in(text: str, needle: str) -> tuple[bool, bool]:
    parsed = parse_conversation(text, today=TODAY)
    promise = next(s for s in parsed.sentences if needle in s.text)
    later = [s.text for s in parsed.sentences if s.start >= promise.end]
    return answered(promise, parsed), _approved(promise.text, later)


def test_an_approval_of_another_matter_does_not_answer_the_consultation() -> None:
    text = (
        "客户：运费太贵了，你们能不能包？\n"
        "销售：运费我跟总监商量下，明天回复您。\n"
        "销售：另外，总监同意了下周二派车去仓库提旧货。\n"
    )
    assert _promise_in(text, "商量") == (False, False)
    text_en = (
        "Customer: The discount is too small.\n"
        "Sales: I will check the discount with my director and get back to you on Monday.\n"
        "Sales: Also, my director approved the brochure reprint you mentioned in March.\n"
    )
    assert _promise_in(text_en, "check") == (False, False)


def test_an_approval_of_the_same_matter_answers_it() -> None:
    text = (
        "客户：运费太贵了，你们能不能包？\n"
        "销售：运费我跟总监商量下，明天回复您。\n"
        "销售：总监同意了，运费我们出。\n"
    )
    assert _promise_in(text, "商量")[1]
    text_en = (
        "Customer: Can you do 7.40 a unit?\n"
        "Sales: I will check 7.40 with my director and get back to you on Monday.\n"
        "Sales: My director approved 7.40 for the full run.\n"
    )
    assert _promise_in(text_en, "check")[1]
