"""Alerts "waiting for review" (等着审核) are the open ones."""

from __future__ import annotations


def test_alerts_waiting_for_review_are_the_open_ones() -> None:
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Gazetteer, static_entries

    gaz = Gazetteer(static_entries())
    for text in ("组里还有几条违规等着审核", "有多少告警在等审核", "how many flags are still waiting to be reviewed"):
        assert spot(text, gaz).alert_status == "open", text
