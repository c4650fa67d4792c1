"""An accept word beside a requirement does not make the requirement an agreement (sentences written anew)."""

from __future__ import annotations

from assistant.summaries.agreed_terms import agrees_terms
from assistant.text.conversation import Sentence


def _c(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, speaker="X", role="customer")


def test_a_requirement_with_an_accept_word_stays_a_requirement() -> None:
    assert not agrees_terms(_c("颜色可以，我们要的是哑光黑，500套"))
    assert not agrees_terms(_c("好的，运费我们能接受的上限是800"))
    assert not agrees_terms(_c("行，包装必须是牛皮纸盒，月底前到"))
    assert not agrees_terms(_c("ok so we want 240 lamps in matte white with the dimmer"))
    assert not agrees_terms(_c("Fine, but the cartons must be 5-ply for the 2,000 units"))
    assert not agrees_terms(_c("行，数量我们下周五前定"))


def test_terms_accepted_stay_agreements() -> None:
    assert agrees_terms(_c("行，9块6"))
    assert agrees_terms(_c("账期六十天我们接受"))
    assert agrees_terms(_c("OK, 45 days is acceptable"))
