"""The customer's short "X可以" naming what we just offered is an agreement."""

from __future__ import annotations

from assistant.summaries.echo_accepts import echoes_offer, takes_offer
from assistant.summaries.progress_cues import grants_free_term
from assistant.summaries.progress_pairs import merge_offers
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import Sentence


def _unit(text: str, start: int, role: str) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


def test_naming_our_offered_term_and_assenting_takes_it() -> None:
    ours = _unit("另外每台送一套备用滤芯", 0, "we")
    assert echoes_offer(_unit("滤芯可以", 20, "customer"), [ours])
    trial = _unit("要不要先寄一台样机过去试用一个月？", 0, "we")
    assert takes_offer(_unit("试用可以，寄到门店就行", 30, "customer"), [trial])
    offer = _unit("We can add the wall brackets at no cost", 0, "we")
    assert echoes_offer(_unit("The brackets are fine", 50, "customer"), [offer])


def test_another_topic_a_refusal_a_date_or_our_own_word_takes_nothing() -> None:
    ours = _unit("另外每台送一套备用滤芯", 0, "we")
    assert not echoes_offer(_unit("颜色可以", 20, "customer"), [ours])
    assert not echoes_offer(_unit("滤芯不行", 20, "customer"), [ours])
    assert not echoes_offer(_unit("滤芯的话可以", 20, "customer"), [ours])
    assert not echoes_offer(_unit("滤芯可以", 20, "we"), [ours])
    late = _unit("周三前送到门店", 0, "we")
    assert not echoes_offer(_unit("周三前送到就行", 20, "customer"), [late])


def test_a_short_acceptance_naming_another_term_does_not_take_our_price() -> None:
    price = Quote(text="这样，我给您做到三百八", start=0, end=11, speaker="we")
    offer = ProgressItem(text="让步：三百八", kind="concession", by="we", quotes=[price])
    said = Quote(text="托盘可以。", start=40, end=45, speaker="customer")
    accept = ProgressItem(text="达成一致：托盘可以", kind="agreement", by="customer", quotes=[said])
    assert len(merge_offers([offer, accept], "zh")) == 2
    bare = Quote(text="行，就这么定", start=40, end=46, speaker="customer")
    yes = ProgressItem(text="达成一致：行", kind="agreement", by="customer", quotes=[bare])
    assert len(merge_offers([offer, yes], "zh")) == 1


def test_a_gift_by_the_piece_is_a_free_term_but_a_delivery_is_not() -> None:
    assert grants_free_term(_unit("每箱送一个开瓶器", 0, "we"))
    assert not grants_free_term(_unit("明天送两台到工地", 0, "we"))


def test_a_warranty_beyond_the_standard_is_granted() -> None:
    assert grants_free_term(_unit("电机保修延长到五年，比标准多两年", 0, "we"))
    assert grants_free_term(_unit("We extend the warranty on the pumps to four years", 0, "we"))
    assert not grants_free_term(_unit("保修能不能延长到五年？", 0, "we"))


def test_naming_a_product_we_only_mentioned_takes_nothing() -> None:
    ours = _unit("烤箱我们有现货，另外推荐看看发酵箱", 0, "we")
    assert not echoes_offer(_unit("烤箱可以", 30, "customer"), [ours])
