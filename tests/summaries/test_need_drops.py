"""Last time's needs dropped clause by clause: the clause that cancels names the need it drops."""

from __future__ import annotations

from assistant.summaries.need_drops import dropped_needs, tokens
from assistant.summaries.schema import Need, Quote


def _needs(*texts: str) -> list[Need]:
    return [Need(text=t, topic="other", quotes=[Quote(text=t, start=0, end=len(t))]) for t in texts]


def test_only_the_cancelled_size_is_dropped_from_a_sentence_naming_both() -> None:
    needs = _needs("1.2米书桌300张", "1.4米书桌100张", "桌面贴防火板")
    said = ["数量调整一下：1.2米改成400张，1.4米不要了，换成1.6米的50张。"]
    assert dropped_needs(needs, said) == ["1.4米书桌100张"]


def test_a_product_code_cancelled_in_chinese_and_a_part_in_english() -> None:
    needs = _needs("KB-30键盘每月800个", "MS-7鼠标每月500个", "USB-C connector on every mouse")
    assert dropped_needs(needs, ["MS-7这次先不要了，我们自己有库存。"]) == ["MS-7鼠标每月500个"]
    assert dropped_needs(needs, ["We no longer need the USB-C connector, Bluetooth only."]) == [
        "USB-C connector on every mouse"
    ]


def test_english_cues_with_the_object_before_or_after() -> None:
    needs = _needs("2,000 glass jars, 500 ml", "Printed sleeve for each jar", "1,000 wooden lids")
    said = [
        "Two changes: we'll take 2,400 jars, and please skip the wooden lids.",
        "The sleeves are no longer needed.",
    ]
    assert dropped_needs(needs, said) == ["Printed sleeve for each jar", "1,000 wooden lids"]


def test_a_condition_a_question_a_drop_test_and_a_competitor_drop_nothing() -> None:
    needs = _needs("500 LED panels", "Drop-test report for the carton", "地毯1000平方米")
    said = [
        "If the certificate is late, please remove the LED panels from the order.",
        "Should we drop the LED panels?",
        "Our lab will run the drop test on the carton next week.",
        "宁波那家我们不考虑了，他们交期太长。",
        "The sample survived a drop from two metres.",
    ]
    assert dropped_needs(needs, said) == []


def test_tokens_are_bigrams_and_codes() -> None:
    assert {"ct-15", "离心", "心管"} <= tokens("CT-15离心管")
    assert (
        "the" not in tokens("the gift boxes")
        and "box" in tokens("gift boxes")
        or "boxe" in tokens("gift boxes")
    )


def test_a_question_after_the_cancel_in_the_same_sentence_keeps_the_cancel() -> None:
    needs = _needs("MS-7鼠标每月500个", "KB-30键盘每月800个")
    said = ["需求有变化：KB-30每月要一千个，MS-7先不要了，你们有没有无线款？"]
    assert dropped_needs(needs, said) == ["MS-7鼠标每月500个"]
    assert dropped_needs(needs, ["MS-7要不要先不要了？"]) == []  # the cancel itself asked


def test_a_hyphenated_word_is_found_by_its_parts() -> None:
    needs = _needs("BPA-free plastic for the lids", "5,000 steel bottles")
    assert dropped_needs(needs, ["We can drop the BPA requirement, the buyer does not ask for it."]) == [
        "BPA-free plastic for the lids"
    ]


def test_an_english_full_stop_ends_the_clause_before_the_cancelled_item() -> None:
    needs = _needs("600 wool blankets, 150 x 200 cm", "Gift boxes with the hotel logo")
    said = [
        "Two changes: we would like 700 blankets in 150 x 200 cm. The gift boxes are no longer needed, could you?"
    ]
    assert dropped_needs(needs, said) == ["Gift boxes with the hotel logo"]


def test_a_cancel_word_that_cancels_nothing_drops_no_need() -> None:
    needs = _needs("Unit price USD 4.5", "Samples sent by courier", "Gold foil logo on the lid", "500 units")
    said = [
        "Drop the price to 4.5 and we'll take 500 units.",  # lowered, not cancelled
        "Cancel the samples courier booking, we'll pick the samples up ourselves.",  # the booking is cancelled
        "Forget about the gold foil cost, we'll pay it.",  # the cost waived, the foil kept
        "We don't need the logo to be that large.",  # a degree, not a cancel
    ]
    assert dropped_needs(needs, said) == []


def test_a_cancel_followed_by_its_replacement_is_a_change() -> None:
    needs = _needs("外壳蓝色", "2000个保温杯")
    assert dropped_needs(needs, ["蓝色不要了，换成红色"]) == []
    assert dropped_needs(needs, ["蓝色不要了，保温杯数量不变。"]) == ["外壳蓝色"]
    assert dropped_needs(_needs("每罐配内塞", "500罐"), ["内塞不要了，改成铝箔封口膜。"]) == ["每罐配内塞"]


def test_no_need_to_worry_change_or_wait_drops_nothing() -> None:
    needs = _needs("保温袋500个", "纸盒印logo", "样品三件")
    assert dropped_needs(needs, ["保温袋不用您操心了，我们这边会跟。"]) == []
    assert dropped_needs(needs, ["纸盒logo不用改了，就用原来的。"]) == []
    assert dropped_needs(needs, ["样品不用等了，直接做大货吧。"]) == []


def test_dropping_by_is_a_visit_and_a_code_with_a_verb_after_drops_no_need() -> None:
    needs = _needs("HB-9 hinges, 3,000 pcs", "HB-9 gift packaging", "Brass screws")
    assert dropped_needs(needs, ["We're dropping off the HB-9 hinges at your warehouse on Friday."]) == []
    assert dropped_needs(needs, ["I'm dropping in next week with the HB-9 samples."]) == []
    zh = _needs("HB-9铰链3000个", "HB-9礼盒包装", "铜螺丝")
    assert dropped_needs(zh, ["HB-9不用再包装了，散装就行。"]) == []
    assert dropped_needs(zh, ["HB-9先不要了。"]) == ["HB-9铰链3000个", "HB-9礼盒包装"]


def test_more_ways_of_dropping_an_item_in_chinese() -> None:
    needs = _needs("保温杯2000个", "杯套1000个", "礼品袋500个")
    for said in ("杯套就算了，保温杯改成2500个。", "杯套这次不订了。", "杯套先放一放。", "杯套暂缓。", "杯套省掉吧。"):
        assert dropped_needs(needs, [said]) == ["杯套1000个"], said
    assert dropped_needs(needs, ["礼品袋我们自己解决。"]) == ["礼品袋500个"]


def test_more_ways_of_dropping_an_item_in_english() -> None:
    needs = _needs("2,000 steel bottles", "1,000 neoprene sleeves", "500 gift bags")
    for said in (
        "Leave out the sleeves.",
        "We will hold off on the sleeves.",
        "Put the sleeves on hold.",
        "We'll pass on the sleeves.",
        "No sleeves this time.",
        "The sleeves are off the order.",
    ):
        assert dropped_needs(needs, [said]) == ["1,000 neoprene sleeves"], said
    assert dropped_needs(needs, ["We will source the gift bags locally."]) == ["500 gift bags"]


def test_only_the_one_item_kept_drops_the_other_items() -> None:
    needs = _needs("保温杯2000个", "杯套1000个", "礼品袋500个", "杯身印logo")
    assert dropped_needs(needs, ["这次只要保温杯，别的不要了。"]) == ["杯套1000个", "礼品袋500个"]
    needs = _needs("2,000 steel bottles", "1,000 neoprene sleeves", "Logo printed on every bottle")
    assert dropped_needs(needs, ["We only need the bottles now, nothing else."]) == ["1,000 neoprene sleeves"]


def test_a_competitor_quote_off_the_table_drops_nothing() -> None:
    needs = _needs("Delivery to Oslo by 30 May", "800 bike helmets")
    assert dropped_needs(needs, ["By the way, the Danish quote is off the table, they failed the test."]) == []
