"""Chinese fragments join the need they belong to; a total of the counts just said is no new need."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_fragments import fold_fragments
from assistant.summaries.need_fragments_zh import cn_bare_figure, restated_total
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def _need(
    source: str, quote: str, speaker: str, values: list[str] | None = None, topic: str = "product"
) -> Need:
    start = source.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), speaker=speaker)
    return Need(text=f"{topic}: {quote}", topic=topic, values=values or [], quotes=[q])


def test_a_bare_chinese_count_or_size_is_told_from_a_need() -> None:
    assert cn_bare_figure("三十个吧，凑个整。")
    assert cn_bare_figure("和2.4米各一半")
    assert cn_bare_figure("数量：120 个")
    assert cn_bare_figure("大概五十套左右")
    assert not cn_bare_figure("至少要一百二十个")  # a bound of its own
    assert not cn_bare_figure("折叠椅两百把")  # names another product
    assert not cn_bare_figure("KT-30三十台")
    assert not cn_bare_figure("五十个不够")
    assert not cn_bare_figure("明天下午三点")
    assert not cn_bare_figure("50 pcs")  # English is bare_figure's


def test_a_total_is_told_from_a_new_count() -> None:
    assert restated_total("一共九百个", ["六寸的要六百，九寸的三百"])
    assert restated_total("两种加起来总共900", ["六寸六百个", "九寸三百个"])
    assert not restated_total("一共一千个", ["六寸的要六百，九寸的三百"])  # not their sum
    assert not restated_total("九百个", ["六寸的要六百，九寸的三百"])  # no total said
    assert not restated_total("一共三百个", ["九寸的三百"])  # one count is no sum


MEETING = (
    "会议记录\n"
    "孟处：停车场改造，我们要求充电车位不少于百分之十五。\n"
    "小吴：百分之十五算下来是二十八个左右，我们的桩可以装在一层。\n"
    "孟处：三十个吧，凑个整。\n"
    "孟处：座椅要两种，红色的要三百把，灰色的两百把。\n"
    "孟处：一共五百把。\n"
    "孟处：折叠桌一百张。\n"
)
PARSED = parse_conversation(MEETING, we_names=("小吴",), today=dt.date(2029, 4, 2))


def test_a_rounded_count_joins_the_share_it_rounds() -> None:
    share = _need(MEETING, "停车场改造，我们要求充电车位不少于百分之十五。", "孟处", ["15%"])
    count = _need(MEETING, "三十个吧，凑个整。", "孟处", ["30 个"], "quantity")
    assert fold_fragments([share, count], PARSED) == [share]
    assert [q.text for q in share.quotes][-1] == "三十个吧，凑个整。"


def test_a_total_of_the_counts_just_said_joins_them() -> None:
    red = _need(MEETING, "红色的要三百把", "孟处", ["300 把"], "quantity")
    grey = _need(MEETING, "灰色的两百把。", "孟处", ["200 把"], "quantity")
    total = _need(MEETING, "一共五百把。", "孟处", ["500 把"], "quantity")
    assert fold_fragments([red, grey, total], PARSED) == [red, grey]
    assert grey.quotes[-1].text == "一共五百把。"


def test_another_products_count_stays_a_need() -> None:
    grey = _need(MEETING, "灰色的两百把。", "孟处", ["200 把"], "quantity")
    tables = _need(MEETING, "折叠桌一百张。", "孟处", ["100 张"], "quantity")
    assert fold_fragments([grey, tables], PARSED) == [grey, tables]


def test_a_bare_count_said_long_after_or_by_another_speaker_stays() -> None:
    share = _need(MEETING, "停车场改造，我们要求充电车位不少于百分之十五。", "孟处", ["15%"])
    ours = _need(MEETING, "百分之十五算下来是二十八个左右", "小吴", ["28 个"], "quantity")
    assert fold_fragments([share, ours], PARSED) == [share, ours]
    far = "孟处：我们要求充电车位不少于百分之十五。\n" + "小吴：好的。" * 40 + "\n孟处：三十个吧。\n"
    parsed = parse_conversation(far, we_names=("小吴",), today=dt.date(2029, 4, 2))
    a = _need(far, "我们要求充电车位不少于百分之十五。", "孟处", ["15%"])
    b = _need(far, "三十个吧。", "孟处", ["30 个"], "quantity")
    assert fold_fragments([a, b], parsed) == [a, b]


def test_an_unlabelled_bare_count_said_next_is_quoted_on_the_need() -> None:
    share = _need(MEETING, "停车场改造，我们要求充电车位不少于百分之十五。", "孟处", ["15%"])
    assert fold_fragments([share], PARSED) == [share]
    assert [q.text for q in share.quotes] == [share.quotes[0].text, "三十个吧，凑个整。"]


def test_an_unlabelled_next_line_with_a_request_is_not_quoted() -> None:
    red = _need(MEETING, "红色的要三百把", "孟处", ["300 把"], "quantity")
    tables = _need(MEETING, "折叠桌一百张。", "孟处", ["100 张"], "quantity")
    fold_fragments([red, tables], PARSED)
    assert [q.text for q in tables.quotes] == ["折叠桌一百张。"]


def test_sizes_split_off_one_line_join_its_count_as_one_quote() -> None:
    source = "会议\n黎总：沙发明年要六百套，2.1米和2.4米各一半。\n"
    parsed = parse_conversation(source, we_names=(), today=dt.date(2029, 4, 2))
    sofas = _need(source, "沙发明年要六百套", "黎总", ["600 套"], "quantity")
    short = _need(source, "2.1米", "黎总", ["2.1 米"], "quantity")
    long = _need(source, "和2.4米各一半。", "黎总", ["2.4 米"], "quantity")
    assert fold_fragments([sofas, short, long], parsed) == [sofas]
    assert [q.text for q in sofas.quotes] == [
        "沙发明年要六百套，2.1米和2.4米各一半。"
    ]  # one span of the line


def test_a_bare_count_after_a_need_that_counts_already_stays_apart() -> None:
    source = "会议\n黎总：茶几要八十张。\n小吴：好的。\n黎总：一百二十个吧。\n"
    parsed = parse_conversation(source, we_names=("小吴",), today=dt.date(2029, 4, 2))
    tables = _need(source, "茶几要八十张。", "黎总", ["80 张"], "quantity")
    other = _need(source, "一百二十个吧。", "黎总", ["120 个"], "quantity")
    assert fold_fragments([tables, other], parsed) == [tables, other]
    alone = _need(source, "茶几要八十张。", "黎总", ["80 张"], "quantity")
    fold_fragments([alone], parsed)
    assert len(alone.quotes) == 1
