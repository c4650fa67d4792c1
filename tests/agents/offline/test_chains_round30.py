"""The round-30 labelled two-step examples (data/chains_round30.yaml) are detected by the real router."""

from __future__ import annotations

import pytest

from assistant.agents.offline import chains


@pytest.mark.slow
def test_the_round30_two_step_examples_are_detected(trained) -> None:
    from assistant.agents.offline.chain_lists import filtered
    from assistant.agents.offline.classifier import classifier
    from assistant.agents.offline.data import load_data
    from assistant.agents.offline.entities import spot
    from assistant.agents.offline.gazetteer import Gazetteer, static_entries
    from assistant.agents.offline.planner import MIN_RULE_SCORE
    from assistant.agents.offline.routing import ranker, router
    from assistant.text.language import normalize

    clf, places = classifier(), Gazetteer(static_entries())
    route, rank = router(clf, MIN_RULE_SCORE), ranker(clf)
    missed = []
    for ex in load_data("chains_round30.yaml")["examples"]:
        filters = (lambda part: filtered(spot(part, places))) if ex.get("filters") else None
        chain = chains.detect(normalize(ex["text"]), route, rank, filters=filters)
        if not (chain and [chain.first, chain.second] == ex["labels"] and chain.each == ex["each"]):
            missed.append(ex["text"])
    assert not missed, missed
