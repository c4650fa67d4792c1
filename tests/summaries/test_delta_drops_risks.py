"""Needs dropped and risks settled in follow-ups: cancel wordings, replacements, "still"."""

from __future__ import annotations

from assistant.summaries.need_drops import dropped_needs
from assistant.summaries.risk_resolution import said_settled
from assistant.summaries.schema import Need, Quote


def _needs(*texts: str) -> list[Need]:
    return [Need(text=t, topic="other", quotes=[Quote(text=t, start=0, end=len(t))]) for t in texts]


def test_no_longer_needed_from_us_in_chinese() -> None:
    needs = _needs("不锈钢饭盒每月800个", "餐盒外印校徽", "每份配一把勺子")
    assert dropped_needs(needs, ["勺子不用你们配了，食堂自己有。"]) == ["每份配一把勺子"]
    assert dropped_needs(needs, ["校徽也不用印了，学校想要素面的。"]) == ["餐盒外印校徽"]


def test_a_cancel_clause_without_its_object_takes_the_clause_before() -> None:
    needs = _needs("不锈钢饭盒每月800个", "保温袋每月300个")
    said = ["保温袋我们决定还是在本地买，不用报了。"]
    assert dropped_needs(needs, said) == ["保温袋每月300个"]


def test_no_longer_insisting_on_a_figure_drops_it() -> None:
    needs = _needs("不锈钢饭盒每月800个", "目标价6.5元/个")
    assert dropped_needs(needs, ["经理同意6.8，6.5那个就不坚持了。"]) == ["目标价6.5元/个"]


def test_a_product_dropped_with_the_object_first_in_english() -> None:
    needs = _needs("800 LB-2 lunch boxes", "200 TB-5 thermal bags")
    said = ["The TB-5 we're dropping, the canteen found a local supplier."]
    assert dropped_needs(needs, said) == ["200 TB-5 thermal bags"]


def test_every_need_of_a_cancelled_product_is_dropped() -> None:
    needs = _needs("LB-2饭盒每月800个", "目标价：LB-2每个6.5元", "TB-5保温袋每月300个")
    assert dropped_needs(needs, ["LB-2我们决定先不做了。"]) == ["LB-2饭盒每月800个", "目标价：LB-2每个6.5元"]


def test_an_english_replacement_with_instead_is_a_change() -> None:
    needs = _needs("300 red lunch bags", "800 LB-2 lunch boxes")
    said = ["We'll take the blue ones instead of the red, same 300."]
    assert dropped_needs(needs, said) == []
    said = ["Drop the red lunch bags and give us blue instead."]
    assert dropped_needs(needs, said) == []


def test_no_need_to_hurry_is_no_drop() -> None:
    needs = _needs("饭盒每月800个", "5月1日前到货")
    assert dropped_needs(needs, ["5月8号前到就行，原来说的5月1号不用赶了。"]) == []


def test_still_fine_in_the_naming_clause_settles_the_risk() -> None:
    assert said_settled("饭盒卡扣上次松动", ["新饭盒卡扣还是很紧，没问题。"], "quality") is not None
    assert said_settled(
        "lid clips came loose", ["The lid clips still hold tight, no problem at all."], "quality"
    )
    assert said_settled("饭盒卡扣上次松动", ["新饭盒卡扣还是会松，没问题的话我再说。"], "quality") is None
    assert (
        said_settled("lid clips came loose", ["The lid clips still come loose, otherwise fine."], "quality")
        is None
    )


def test_a_problem_reported_gone_settles_its_risk() -> None:
    assert said_settled(
        "odour from the lunch box lids", ["The odour is gone, even fresh from the box."], "quality"
    )
    assert said_settled(
        "lid clips came loose", ["We loaded the new lid clips with 5 kg and they held."], "quality"
    )
    assert said_settled(
        "lunch boxes leaked", ["We filled the lunch boxes overnight, not a single leak."], "quality"
    )
    assert said_settled("饭盒盖颜色不一致", ["这次饭盒盖颜色很一致，食堂也看过了。"], "quality")
    assert (
        said_settled("lunch boxes leaked", ["The lunch boxes still leak, not a single one held."], "quality")
        is None
    )


def test_a_risk_about_a_dropped_product_is_moot() -> None:
    from assistant.summaries.delta_rules import moot

    dropped, kept = ["LB-2饭盒每月800个", "目标价：LB-2每个6.5元"], ["TB-5保温袋每月300个"]
    assert moot("LB-2我方报7.2元，客户目标6.5元", dropped, kept)
    assert not moot("TB-5 competitor quotes 3.10", dropped, kept)
    assert not moot("LB-2 lids leaked", dropped, ["LB-2 lids in blue"])
    assert not moot("客户担心交期", dropped, kept)
