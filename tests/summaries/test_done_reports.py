"""Last time's steps reported done in other words: statements, and questions answered yes."""

from assistant.summaries.done_reports import reported_done


def test_statement_with_the_same_object_and_a_done_cue():
    said = ["王经理您好。", "彩盒打样上周四已经寄到贵司前台了。"]
    assert reported_done("寄彩盒打样", said) == "彩盒打样上周四已经寄到贵司前台了。"


def test_attached_is_done_in_english():
    said = ["Morning Tom.", "The updated packing list is attached, as discussed."]
    assert reported_done("Send the updated packing list", said) is not None


def test_question_answered_yes_by_the_next_sentence():
    said = ["客户：那批样杯到了吗？", "销售：到了，昨天下午签收的。"]
    assert reported_done("寄四只样杯给客户", said) is not None


def test_english_question_answered_yes_after_a_named_label():
    said = ["Ken Ito: Did the cable swatches reach your office?", "Maria Ruiz: They did, thanks."]
    assert reported_done("Send cable swatches", said) is not None


def test_question_answered_not_yet_stays_open():
    said = ["那批样杯到了吗？", "还没到，物流说周三。"]
    assert reported_done("寄四只样杯给客户", said) is None
    said = ["Did the cable swatches reach you?", "Not yet, the courier is late."]
    assert reported_done("Send cable swatches", said) is None


def test_a_question_about_the_plan_is_not_a_report():
    said = ["预算审批还是下周五吗？", "对，下周五之前。"]
    assert reported_done("财务总监审批预算", said) is None


def test_a_condition_is_not_a_report():
    assert reported_done("客户发包装设计稿", ["设计稿收到了我们就安排打样。"]) is None
    assert reported_done("Customer sends the artwork", ["Once the artwork is received we start."]) is None


def test_still_not_arrived_is_not_done():
    assert reported_done("Ship two pilot units", ["The pilot units have still not arrived."]) is None


def test_same_object_class_needs_a_shared_word():
    said = ["The label artwork for the mugs is attached."]
    assert reported_done("Send the hinge drawing", said) is None


def test_chat_header_lines_do_not_hide_the_answer():
    said = [
        "Ana  2027-05-02 10:01",
        "Did the glaze tiles reach your studio?",
        "Tom Reed  2027-05-02 10:20",
        "Yes!",
    ]
    assert reported_done("Send glaze tiles", said) is not None


def test_plural_object_matches_a_singular_step():
    said = ["So, did the swatches arrive?", "They did, on Tuesday."]
    assert reported_done("Send 12 swatch cards to Lyon", said) is not None


def test_a_question_that_says_we_already_sent_it_is_a_report():
    said = ["质检报告我周一已经发到您邮箱了，您看到了吗？", "看到了。"]
    assert reported_done("提供质检报告", said) is not None


def test_how_did_it_go_answered_yes():
    said = ["陈总，样衣穿着怎么样？", "试了，版型没问题。"]
    assert reported_done("寄两件样衣给陈总", said) is not None


def test_booked_for_later_is_not_done():
    said = ["The supplier audit is booked for 18 May, so please be ready."]
    assert reported_done("Customer arranges the supplier audit", said) is None


def test_an_apology_for_the_delay_is_not_a_report():
    said = ["Sorry for the delay with the cable certificates, the lab re-issued them with new numbers."]
    assert reported_done("Send the cable certificates", said) is None
    assert reported_done("发包装报价", ["包装报价我还欠您一个，已经在算了。"]) is None


def test_a_plan_or_a_future_date_is_not_a_report() -> None:
    assert reported_done("卞经理寄样品给客户", ["你们打算寄的样品麻烦走顺丰。"]) is None
    assert reported_done("卞经理寄样品给客户", ["样品已于下个月初安排寄出。"]) is None
    assert reported_done("卞经理补发样品", ["样品我们刚打算补发。"]) is None
    assert reported_done("Send the test report", ["The pump ran for 2 hours and then stopped; report to follow."]) is None
    assert reported_done("卞经理寄样品给客户", ["样品已于3月2日寄出。"]) is not None


def test_sent_with_its_arrival_next_week_is_done() -> None:
    # "next week" in another clause is when it arrives, not when it is sent
    assert reported_done("卞经理寄样品给客户", ["样品昨天已经寄出了，下周能到。"]) is not None
    assert reported_done("Send the samples to the customer", ["The samples went out yesterday, due next week."]) is not None
    assert reported_done("发检测报告给客户", ["检测报告已经发您邮箱了，下个月我们再约个会。"]) is not None
    assert reported_done("卞经理寄样品给客户", ["样品下周寄出。"]) is None
