"""An action list under a recap heading belongs to the recap (:mod:`need_recap`).

Minutes end with "Action items:" and lines "Ben: send …" under speakers' names: such a line (a name,
a colon, an action) continues the recap, though Ben spoke earlier; a later turn that is no such line,
a blank line or a chat header ends it. Counting the labels stays linear.
"""

from __future__ import annotations

from assistant.summaries.need_recap import recap_spans

MINUTES = (
    "Clara: We need 120 steel lockers for the depot.\n"
    "Omar: Fine, 120 lockers in grey.\n"
    "Clara: Delivery before the end of June.\n"
    "Omar: We can manage that.\n"
    "Clara: Good.\n"
    "Omar: Thanks.\n"
    "Next steps:\n"
    "Clara: confirm the 120 grey lockers by Tuesday.\n"
    "Omar: send the delivery schedule and the revised price list.\n"
)


def test_action_lines_under_the_heading_stay_in_the_recap() -> None:
    spans = recap_spans(MINUTES)
    assert len(spans) == 1
    a, b = spans[0]
    assert MINUTES[a:b].startswith("Next steps:") and b == len(MINUTES)


def test_a_speakers_new_remark_after_the_action_lines_ends_the_recap() -> None:
    text = MINUTES + "Clara: Oh, we also need benches.\n"
    a, b = recap_spans(text)[0]
    assert "send the delivery schedule" in text[a:b] and "benches" not in text[a:b]


def test_a_blank_line_still_ends_the_action_list() -> None:
    text = MINUTES + "\nClara: confirm the colours.\n"
    a, b = recap_spans(text)[0]
    assert "confirm the colours" not in text[a:b]
