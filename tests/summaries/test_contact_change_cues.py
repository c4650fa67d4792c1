"""A named contact leaving, moving, retiring or handing over is a contact change; a passing mention is not."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_cues import stated_risk
from assistant.summaries.risk_rules import leaving_contact
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer") -> Sentence:
    return Sentence(text=text, start=0, end=len(text), speaker=role, role=role)


def _change(text: str) -> bool:
    s = _s(text)
    return leaving_contact(s) or stated_risk(s) == "contact_change"


@pytest.mark.parametrize(
    "text",
    [
        "我开春就退了，以后店里进货归我女儿曾岚管",
        "下个月起仓库采购交给小蒋负责",
        "From March I'm moving to our Leeds regional office.",
        "After Easter your contact will be Priya Dhillon.",
        "My deputy Ilse Vogt takes over ordering from next week.",
        "I'm moving to run the Cork warehouse from January.",
    ],
)
def test_a_contact_leaving_or_a_successor_is_a_contact_change(text: str) -> None:
    assert _change(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 12% discount stands - Oskar signed it off before handing over.",
        "我们下个月退了那批不合格的货",
        "Please confirm the pallets before handing over to the carrier.",
    ],
)
def test_a_passing_mention_of_a_handover_is_not(text: str) -> None:
    assert not _change(text)
