"""Each QA rule category catches how reps actually write it, in Chinese and in English, and leaves fine wording alone."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


def _categories(text: str) -> set[str]:
    return {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("钱直接打到我个人账户，别走公司", "private_deal"),
        ("定金打我卡上，我帮您安排", "private_deal"),
        ("尾款别打公司账户了，打这张卡", "private_deal"),
        ("转我个人支付宝就行", "private_deal"),
        ("Use my own PayPal for the deposit", "private_deal"),
        ("这单别走公司了，我私下给您做，便宜点", "private_deal"),
        ("Please pay into my personal account, not the company one", "private_deal"),
        ("Just wire the deposit to my own bank account", "private_deal"),
        ("Let's keep this deal off the books", "private_deal"),
        ("返点我私下转您", "bribery"),
        ("中秋给您送两张购物卡，您收下", "bribery"),
        ("There's a kickback in it for you if you sign", "bribery"),
        ("we can pay you a private commission on top", "bribery"),
        ("以后直接加我私人VX聊", "contact_leak"),
        ("以后直接加我私人ＶＸ聊", "contact_leak"),
        ("威信上找我，私人号", "contact_leak"),
        ("绿泡泡联系我，号发你", "contact_leak"),
        ("add me on WhatsApp, my personal number is +44 7700 900123", "contact_leak"),
        ("Text me on my personal number instead", "private_deal"),
        ("我保证这次验厂一定通过", "guarantee"),
        ("这个检测我跟您打包票，一次就能过", "guarantee"),
        ("I can guarantee it will pass the inspection 100%", "guarantee"),
        ("There is no risk at all with this investment", "guarantee"),
        ("我们是全国销量第一的品牌", "absolute_claims"),
        ("We are the number one supplier in the world", "absolute_claims"),
        ("他们家的产品就是垃圾，用了准出事", "competitor_slander"),
        ("their stuff is junk, don't bother", "competitor_slander"),
        ("你这个傻子听不懂吗", "abuse"),
        ("Are you stupid or something?", "abuse"),
        ("我们成本价其实只有18块", "confidential"),
        ("I'll forward you our internal price list", "confidential"),
        ("here's what we quoted your competitor last month", "confidential"),
        ("女的懂什么技术，让你们男领导来谈", "discrimination"),
        ("Women don't understand engineering, put your boss on", "discrimination"),
    ],
)
def test_violations_by_category(text: str, category: str) -> None:
    assert category in _categories(text), scan_text(text).hits


@pytest.mark.parametrize(
    "text",
    [
        "我们保证质量，出了问题按合同售后",
        "保证金 10% 合同签订后支付",
        "请把款项打到我们公司对公账户",
        "请通过公司对公账户付款，不接受个人账户转账。",
        "他个人账户被冻结了，所以用公司账户付款",
        "我们的返点政策写在经销协议里，公开透明",
        "请加我们公司的企业微信客服",
        "这个项目有风险，我们不承诺收益",
        "We guarantee the quality of packaging for 12 months",
        "The packaging is designed to guarantee the quality during transport",
        "We cannot guarantee the lowest price",
        "I can't promise it will pass, but we'll prepare the documents well",
        "Payment to our company account within 30 days",
        "Their product is fine, ours just ships faster",
        "This is our best-selling model this year",
        "内部评审通过后给您正式报价",
        "她是我们的采购负责人，技术很专业",
        "回扣子的那件衣服返工了",
        "单价 138 元，数量 1234 件，总价 170292 元",
    ],
)
def test_fine_wording_stays_clean(text: str) -> None:
    assert scan_text(text).hits == ()


def test_a_rule_hit_reports_the_rule_and_original_offsets() -> None:
    text = "王总，钱直接打到我个人账户就行"
    (hit,) = [h for h in scan_text(text).hits if h.rule == "combo"]
    assert hit.category == "private_deal" and hit.variant == "combo"
    assert text[hit.start : hit.end] == hit.matched and "个人" in hit.matched


def test_a_term_hit_suppresses_a_rule_hit_on_the_same_words() -> None:
    hits = scan_text("加我私人微信").hits
    assert [(h.rule, h.term) for h in hits] == [("lexicon", "加我私人微信")]


def test_rules_stop_at_sentence_breaks() -> None:
    assert scan_text("我保证。验厂的事下周再说").hits == ()
