"""What kind of activity a note to log is, from the verb of what was done ("I called", "emailed them")."""

from __future__ import annotations

from assistant.agents.offline.entities import spot
from assistant.agents.offline.gazetteer import Gazetteer, static_entries


def test_past_tense_verbs_name_the_activity_type() -> None:
    g = Gazetteer(static_entries())
    assert spot("log that I called Yuki today re: new catalog", g).activity_type == "call"
    assert spot("record that we emailed them the price list", g).activity_type == "email"
    assert spot("log it: visited their plant", g).activity_type == "visit"
    assert spot("log that I recalled nothing", g).activity_type is None  # a word inside another is no verb
