"""Last time's steps done in other words: the thing named by its head, a short reply, a visit presumed, a boss told."""

from __future__ import annotations

from assistant.summaries.done_implied import implied_done


def test_the_thing_sent_named_by_its_head_noun() -> None:
    said = ["The motor arrived on Monday and our technician fitted it in an hour."]
    assert implied_done("Li Na sends a replacement motor for the demo unit", said) is not None
    said = ["仓库平面图我昨天才发你，拖了两天，不好意思。"]
    assert implied_done("客户发仓库平面图", said) is not None


def test_the_head_noun_with_a_not_yet_or_a_plan_is_not_done() -> None:
    assert implied_done("Li Na sends a replacement motor", ["The motor has not arrived yet."]) is None
    assert implied_done("客户发仓库平面图", ["平面图还在找设计院要，下周二发你。"]) is None
    assert implied_done("Li Na sends a replacement motor", ["Will the motor arrive on Monday?"]) is None


def test_a_short_reply_after_the_step_was_asked_about() -> None:
    said = [
        "Did you get the FDA certificate I emailed last week?",
        "Nothing here, could you resend it?",
        "Resent just now, with your colleague in cc.",
        "Got it, thanks.",
    ]
    assert implied_done("Send the FDA certificate", said) is not None
    said = ["Did you get the FDA certificate I emailed last week?", "Nothing here, could you resend it?"]
    assert implied_done("Send the FDA certificate", said) is None


def test_a_visit_presumed_done_by_a_question_about_how_it_went() -> None:
    said = ["上周五参观完杭州那家示范工厂，王总感觉怎么样？", "王总很满意。"]
    assert implied_done("我方安排客户参观杭州的示范工厂", said) is not None
    said = ["How was the factory visit in Ningbo last week?", "Very useful, thanks."]
    assert implied_done("We arrange a visit to the Ningbo factory", said) is not None
    assert implied_done("我方安排客户参观杭州的示范工厂", ["杭州那家工厂什么时候能参观？"]) is None


def test_a_step_to_present_the_offer_to_the_boss_done_by_the_boss_reaction() -> None:
    said = ["方总看了你们的报价，已经拍板了。"]
    assert implied_done("客户向方总汇报报价", said) is not None
    said = ["I showed Marta your quotation this morning and she wants to go ahead."]
    assert implied_done("Tom presents the quotation to Marta Silva", said) is not None
    assert implied_done("客户向方总汇报报价", ["方总这周出差，还没来得及汇报。"]) is None


def test_a_promise_said_before_and_sent_later_today_is_not_done() -> None:
    said = ["新证书昨天下来了，之前说8号发您，拖了几天，今天下午我把扫描件发您。"]
    assert implied_done("寄新证书扫描件", said) is None


def test_a_report_of_another_thing_is_off_the_head_of_the_step() -> None:
    from assistant.summaries.done_implied import off_head

    assert off_head("客户发三家门店的收货地址", "收到了，三家门店都试了，反馈不错。")
    assert not off_head("发奶粉的进口报关单据", "报关单上周已经发您邮箱了。")
    assert not off_head("Send two samples with the logo", "The samples arrived yesterday.")


def test_a_step_to_talk_about_price_done_when_that_person_speaks_of_it_here() -> None:
    said = ["销售：我请我们周总来跟您谈。", "周敏：王总您好，500台的话我给您每台三百二。"]
    assert implied_done("周敏与客户通电话谈价格", said) is not None
    said = ["销售：价格的事周总下周再跟您谈。"]
    assert implied_done("周敏与客户通电话谈价格", said) is None


def test_the_thing_sent_taken_up_as_yours_or_given_under_its_title() -> None:
    assert implied_done("Send the revised quotation", ["Your quotation looks fine to our buyer."]) is not None
    assert implied_done("发正式报价单", ["你们的报价单我们老板看了，价格还可以。"]) is not None
    assert implied_done("Send the revised quotation", ["Your quotation has not come yet."]) is None
    said = ["Shipping schedule: the first vessel leaves Xiamen on 4 May and reaches Durban on 2 June."]
    assert implied_done("Li Wei sends the shipping schedule for the two lots", said) is not None
    said = ["Shipping schedule: please send it by Friday."]
    assert implied_done("Li Wei sends the shipping schedule for the two lots", said) is None


def test_a_short_reply_counts_only_after_a_question_about_the_step() -> None:
    assert implied_done("sends the test report", ["I will send the test report tomorrow.", "Got it."]) is None
    assert implied_done("sends the test report", ["Did you get the test report?", "Got it."]) == "Got it."


def test_a_person_named_beside_an_unrelated_verb_reacted_to_nothing() -> None:
    step = "Tom presents the pricing sheet to Helga"
    assert implied_done(step, ["Helga said she was flying to Lyon on Thursday."]) is None
    assert implied_done(step, ["Helga saw the new warehouse yesterday."]) is None
    assert implied_done(step, ["Helga wants more colours in the range."]) is None
    assert implied_done(step, ["Helga approved the pricing sheet this morning."]) is not None


def test_a_thing_of_yours_that_merely_was_is_no_reaction() -> None:
    step = "We send the revised quotation"
    assert implied_done(step, ["Your quotation was due yesterday."]) is None
    assert implied_done(step, ["We went through your quotation with the board."]) is not None


def test_a_verb_ending_in_daole_is_no_arrival() -> None:
    assert implied_done("我方寄测试样板", ["说到样板，我想到了一个问题。"]) is None
    assert implied_done("我方寄测试样板", ["会上王工提到了样板的厚度。"]) is None
    assert implied_done("我方寄测试样板", ["样板昨天到了，挺好。"]) is not None


def test_a_talk_step_is_done_when_the_person_speaks_under_a_full_name() -> None:
    said = ["Clara Jensen: I know the 61 we quoted felt steep, let me explain."]
    assert implied_done("Clara calls the customer about the price", said) is not None
