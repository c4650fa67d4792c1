"""One need per point: a list of figures in one need unit is cut into one piece per figure."""

from __future__ import annotations

from assistant.summaries.need_points import PER_ITEM, need_points
from assistant.text.conversation import Sentence


def _s(text: str, at: int = 7) -> Sentence:
    return Sentence(text=text, start=at, end=at + len(text), speaker="客户", role="customer")


def test_a_list_of_quantities_is_one_piece_per_product_at_exact_offsets() -> None:
    source = "客户说：餐边柜要四百张，书架两千个，请报个价。"
    s = _s(source[4:], at=4)
    pieces = need_points(s)
    assert [p.text for p in pieces] == ["餐边柜要四百张", "书架两千个，请报个价。"]
    assert all(source[p.start : p.end] == p.text for p in pieces)


def test_and_before_a_second_figure_cuts_but_model_codes_are_no_figures() -> None:
    pieces = need_points(_s("we want 700 lunch boxes, model LB-20, and 1,500 water bottles"))
    assert [p.text for p in pieces] == ["we want 700 lunch boxes, model LB-20", "and 1,500 water bottles"]


def test_one_figure_stays_whole() -> None:
    s = _s("这次要两千套，带logo，麻烦报价")
    assert need_points(s) == [s]


def test_a_hard_requirement_beside_a_count_is_a_point_of_its_own() -> None:
    source = "客户说：要六台叉车，载重三吨，必须能在冷库里连续干十个小时，电池要锂电的。"
    pieces = need_points(_s(source[4:], at=4))
    assert [p.text for p in pieces] == ["要六台叉车，载重三吨", "必须能在冷库里连续干十个小时，电池要锂电的。"]
    assert all(source[p.start : p.end] == p.text for p in pieces)
    en = need_points(_s("we need 40 kiosks, and the screens must be readable in direct sun"))
    assert [p.text for p in en] == ["we need 40 kiosks", "and the screens must be readable in direct sun"]


def test_a_requirement_without_a_count_stays_whole() -> None:
    s = _s("组件必须是双玻的，单玻的不考虑，而且要一线品牌")
    assert need_points(s) == [s]


def test_a_packing_count_does_not_make_a_requirement_a_point() -> None:
    s = _s("我们要独立包装，保质期至少两年，外箱每箱两百支。")
    assert need_points(s) == [s]


def test_a_count_per_building_or_a_price_per_piece_is_no_measure_per_item() -> None:
    pieces = need_points(_s("货架要60套，灭火器每层40个"))
    assert [p.text for p in pieces] == ["货架要60套", "灭火器每层40个"]
    assert not PER_ITEM.search("椅子每把85块")
    assert PER_ITEM.search("每卷按150米算")
    assert PER_ITEM.search("每袋25公斤")
