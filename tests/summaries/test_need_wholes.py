"""A count need quotes its whole sentence; a count said again or a measure per item joins its need."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_points import need_points
from assistant.summaries.need_wholes import make_whole
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import Sentence, parse_conversation


def _need(source: str, quote: str, speaker: str | None, values: list[str], topic: str = "quantity") -> Need:
    start = source.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), speaker=speaker)
    return Need(text=f"{topic}: {quote}", topic=topic, values=values, quotes=[q])


ZH = (
    "孙经理：仓库要扩建，原来打算三排货架，现在先做两排，所以是两套横梁，每套按80米算。\n"
    "我方：好的。\n"
    "孙经理：托盘每排200个木托盘，两排就是400个。\n"
)
ZH_PARSED = parse_conversation(ZH, we_names=("我方",), today=dt.date(2031, 4, 2))


def test_a_count_clause_quotes_the_sentence_that_names_what_it_counts() -> None:
    beams = _need(ZH, "每套按80米算。", "孙经理", ["80 米"])
    pallets = _need(ZH, "托盘每排200个木托盘", "孙经理", ["200 个"])
    kept = make_whole([beams, pallets], ZH_PARSED, "zh")
    assert kept == [beams, pallets]
    assert beams.quotes[0].text.startswith("仓库要扩建") and "两套横梁" in beams.text
    assert pallets.quotes[0].text.endswith("两排就是400个。")
    assert ZH[beams.quotes[0].start : beams.quotes[0].end] == beams.quotes[0].text


def test_two_count_needs_in_one_sentence_stay_two_points() -> None:
    source = "孙经理：货架先要40组，叉车要3台。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    racks = _need(source, "货架先要40组", "孙经理", ["40 组"])
    trucks = _need(source, "叉车要3台。", "孙经理", ["3 台"])
    kept = make_whole([racks, trucks], parsed, "zh")
    assert kept == [racks, trucks]
    assert racks.quotes[0].text == "货架先要40组"


EN = (
    "Mia: We want 250 KT-9 kettles for the hotel rooms.\n"
    "Ben: Our price is 31 per kettle.\n"
    "Mia: At 29 for 250 units we would sign this week.\n"
    "Mia: And the TR-2 tray for all 250 rooms.\n"
)
EN_PARSED = parse_conversation(EN, we_names=("Ben",), today=dt.date(2031, 4, 2))


def test_a_count_said_again_joins_the_need_it_counts_unless_it_names_another_model() -> None:
    kettles = _need(EN, "We want 250 KT-9 kettles for the hotel rooms.", "Mia", ["250 kettles"])
    again = _need(EN, "At 29 for 250 units we would sign this week.", "Mia", ["250 units"])
    trays = _need(EN, "And the TR-2 tray for all 250 rooms.", "Mia", ["250 rooms"])
    kept = make_whole([kettles, again, trays], EN_PARSED, "en")
    assert kept == [kettles, trays]
    assert [q.text for q in kettles.quotes][-1].startswith("At 29 for 250 units")


def test_a_count_said_by_someone_else_stays_apart() -> None:
    source = "Mia: We want 250 KT-9 kettles.\nBen: We can hold 250 units for you.\n"
    parsed = parse_conversation(source, we_names=("Ben",), today=dt.date(2031, 4, 2))
    kettles = _need(source, "We want 250 KT-9 kettles.", "Mia", ["250 kettles"])
    held = _need(source, "We can hold 250 units for you.", "Ben", ["250 units"])
    assert make_whole([kettles, held], parsed, "en") == [kettles, held]


def test_a_measure_per_item_joins_the_count_before_it() -> None:
    source = "Mia: 60 coils of PX-4 hose, 25 mm, 50 metres a coil.\n"
    parsed = parse_conversation(source, we_names=("Ben",), today=dt.date(2031, 4, 2))
    coils = _need(source, "60 coils of PX-4 hose", "Mia", ["60 coils"])
    length = _need(source, "25 mm, 50 metres a coil.", "Mia", ["50 metres"])
    kept = make_whole([coils, length], parsed, "en")
    assert kept == [coils]
    assert coils.quotes[0].text == "60 coils of PX-4 hose, 25 mm, 50 metres a coil."


def test_need_points_keeps_a_measure_per_item_with_its_count() -> None:
    text = "60 coils of PX-4 hose, 25 mm, 50 metres a coil."
    s = Sentence(text=text, start=0, end=len(text), speaker="Mia", role="customer")
    assert [p.text for p in need_points(s)] == [text]
    listed = "400 mugs, and 250 plates."
    s2 = Sentence(text=listed, start=0, end=len(listed), speaker="Mia", role="customer")
    assert len(need_points(s2)) == 2


def test_a_measure_that_sizes_the_clause_before_it_joins_that_count() -> None:
    source = "周总：我们冷库是18米乘9米的，库容大概300吨，打算换成变频机组。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    room = _need(source, "我们冷库是18米乘9米的", "周总", ["18 米", "9 米"])
    load = _need(source, "库容大概300吨，打算换成变频机组。", "周总", ["300 吨"])
    kept = make_whole([room, load], parsed, "zh")
    assert kept == [room]
    assert room.quotes[0].text.endswith("打算换成变频机组。")


def test_two_measures_each_asked_for_stay_two_needs() -> None:
    source = "周总：地板要300平，墙砖要120平。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    floor = _need(source, "地板要300平", "周总", ["300 平"])
    tiles = _need(source, "墙砖要120平。", "周总", ["120 平"])
    assert make_whole([floor, tiles], parsed, "zh") == [floor, tiles]


def test_a_count_of_another_item_in_the_sentence_is_not_pulled_in() -> None:
    source = "孙经理：螺丝要五万颗，另外垫片三万个。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    screws = _need(source, "螺丝要五万颗", "孙经理", ["50000 颗"])
    assert make_whole([screws], parsed, "zh") == [screws]
    assert screws.quotes[0].text == "螺丝要五万颗"


def test_another_item_with_the_same_count_or_an_asked_length_stays_its_own_need() -> None:
    source = "孙经理：工作服改成900套。\n孙经理：手套也是900件。\n孙经理：风机要六台，管道也加到两千米。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    suits = _need(source, "工作服改成900套。", "孙经理", ["900 套"])
    gloves = _need(source, "手套也是900件。", "孙经理", ["900 件"])
    fans = _need(source, "风机要六台", "孙经理", ["6 台"])
    pipe = _need(source, "管道也加到两千米。", "孙经理", ["2000 米"])
    assert make_whole([suits, gloves, fans, pipe], parsed, "zh") == [suits, gloves, fans, pipe]
    assert fans.quotes[0].text == "风机要六台"


def test_need_points_still_cuts_a_count_whose_clause_only_mentions_a_purpose() -> None:
    text = "The lid must be leak-proof, and I want 30 pairs of GL-2 in sizes 6 to 9 for a field test."
    s = Sentence(text=text, start=0, end=len(text), speaker="Mia", role="customer")
    assert len(need_points(s)) == 2


def test_a_measure_of_another_product_is_not_pulled_into_a_count() -> None:
    source = "Mia: 150 crates of bolts, 400 metres of chain.\n"
    parsed = parse_conversation(source, we_names=("Ben",), today=dt.date(2031, 4, 2))
    bolts = _need(source, "150 crates of bolts", "Mia", ["150 crates"])
    chain = _need(source, "400 metres of chain.", "Mia", ["400 metres"])
    assert make_whole([bolts, chain], parsed, "en") == [bolts, chain]
    assert bolts.quotes[0].text == "150 crates of bolts"


def test_a_measure_joins_no_count_across_another_needs_clause() -> None:
    source = "Mia: 80 reels of RT-5 wire, 12 spools of tape, 200 metres a reel.\n"
    parsed = parse_conversation(source, we_names=("Ben",), today=dt.date(2031, 4, 2))
    reels = _need(source, "80 reels of RT-5 wire", "Mia", ["80 reels"])
    tape = _need(source, "12 spools of tape", "Mia", ["12 spools"])
    length = _need(source, "200 metres a reel.", "Mia", ["200 metres"])
    kept = make_whole([reels, tape, length], parsed, "en")
    quoted = sorted((q.start, q.end) for n in kept for q in n.quotes)
    assert all(a[1] <= b[0] for a, b in zip(quoted, quoted[1:], strict=False))


def test_is_or_each_before_another_items_count_does_not_widen() -> None:
    source = "孙经理：插座要八千个，开关就是五千个。\n孙经理：灯管要九百支，灯座每种六百个。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    sockets = _need(source, "插座要八千个", "孙经理", ["8000 个"])
    holders = _need(source, "灯座每种六百个。", "孙经理", ["600 个"])
    make_whole([sockets, holders], parsed, "zh")
    assert sockets.quotes[0].text == "插座要八千个"
    assert holders.quotes[0].text == "灯座每种六百个。"


def test_figures_that_multiply_by_chance_are_no_total() -> None:
    source = "孙经理：桌布要两种花色，条纹的要四千条，格子的两千条。\n"
    parsed = parse_conversation(source, we_names=("我方",), today=dt.date(2031, 4, 2))
    checks = _need(source, "格子的两千条。", "孙经理", ["2000 条"])
    make_whole([checks], parsed, "zh")
    assert checks.quotes[0].text == "格子的两千条。"
