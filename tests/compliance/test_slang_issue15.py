"""Slang and evasions of issue 15: pinyin with tone marks, spaced characters, payment apps, slang claims."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import get_matcher
from assistant.compliance.normalize import normalize, translate

CAUGHT = [
    ("这款我们bǎo zhèng shōu yì，放心投", "guarantee"),
    ("Bǎozhèng shōuyì, 不会亏", "guarantee"),
    ("保 证 收 益，年化8%", "guarantee"),
    ("加我 wēi xìn 私聊", "contact_leak"),
    ("huí kòu 我私下转您", "bribery"),
    ("Just send it to my cashapp and we're good", "private_deal"),
    ("Venmo me the deposit, skip the invoice", "private_deal"),
    ("Zelle it to me directly, not the company", "private_deal"),
    ("PayPal me as friends and family so there are no fees", "private_deal"),
    ("Drop it in my Cash App: $mikesales", "private_deal"),
    ("项目成了给我上供一点就行", "bribery"),
    ("到时候给您一点辛苦费，别走账", "bribery"),
    ("我们这款就是行业天花板", "absolute_claims"),
    ("我们家质量yyds，闭眼入", "absolute_claims"),
    ("We're the top dog in this space, nobody comes close", "absolute_claims"),
    ("Our price is unbeatable, guaranteed", "absolute_claims"),
    ("Acme's stuff is garbage, don't waste your money", "competitor_slander"),
    ("BrightCo is a scam outfit", "competitor_slander"),
    ("We don't hire old folks for this role, too slow", "discrimination"),
    ("那个印度阿三采购又来砍价了", "discrimination"),
    ("wěn zhuàn bù péi de", "guarantee"),
    ("líng fēng xiǎn", "guarantee"),
    ("稳 赚 不 赔", "guarantee"),
    ("加 我 微 信", "contact_leak"),
    ("just PayPal it to me, F&F", "private_deal"),
    ("pay me on venmo @john-sales", "private_deal"),
    ("到时候少不了您的茶水钱", "bribery"),
    ("这款吊打全网", "absolute_claims"),
    ("no one can beat our prices", "absolute_claims"),
    ("Globex's gear is total junk", "competitor_slander"),
    ("诚信家的货就是垃圾", "competitor_slander"),
    ("老外都好骗，价格报高点", "discrimination"),
    ("Send it to my wife's Venmo", "private_deal"),
    ("Revolut me the balance", "private_deal"),
    ("扫我个人收款码", "private_deal"),
    ("Initech sells junk, everyone in the trade knows it", "competitor_slander"),
    ("每单给您上贡两个点", "bribery"),
    ("这里面的油水分您一半", "bribery"),
    ("事成给您包个红包", "bribery"),
    ("这单您那份我单独打给您", "bribery"),
    ("Honestly Globex is a rip-off", "competitor_slander"),
    ("we can do it cash, no invoice, cheaper for both of us", "private_deal"),
]
CLEAN = [
    "We'll pay via PayPal invoice to the company account",
    "Our product quality is top notch",
    "天花板灯的安装孔距是 75mm",
    "这款是店里卖得最好的之一",
    "保证质量，按合同交货",
    "我们没有对手的报价单，没法比较",
    "Please don't throw the packing foam in the trash, we reuse it",
    "Café Müller ordered 20 cases, invoice follows",
    "我们不接受Venmo或Cash App付款，请走对公账户",
    "We don't accept Venmo or Cash App, please pay by bank transfer",
    "Our AR team handles cash application",
    "新年快乐，一份心意，祝您阖家幸福",
    "香烟钱另算？不是，运费另算",
]


@pytest.mark.parametrize(("text", "category"), CAUGHT)
def test_slang_and_evasions_are_caught(text: str, category: str) -> None:
    assert category in {h.category for h in get_matcher().scan(text).hits}


@pytest.mark.parametrize("text", CLEAN)
def test_near_misses_stay_clean(text: str) -> None:
    assert get_matcher().scan(text).hits == ()


def test_tone_marks_fold_to_the_base_letter_and_keep_length() -> None:
    text = "bǎo zhèng shōu yì ü é"
    assert len(translate(text)) == len(text)
    assert normalize(text) == normalize("bao zheng shou yi u e")


def test_hit_offsets_point_into_the_original_text() -> None:
    text = "好的，bǎo zhèng shōu yì！"
    hit = get_matcher().scan(text).hits[0]
    assert text[hit.start : hit.end] == "bǎo zhèng shōu yì"


@pytest.mark.parametrize(
    "text",
    [
        "保\u3164证\u3164收\u3164益",  # Hangul fillers between the characters
        "保\uffa0证收益",
        "BǍO ZHÈNG SHŌU YÌ",
        "ba\u030co zhe\u0300ng sho\u0304u yi\u0300",  # combining tone marks
        "bǎo-zhèng-shōu-yì",
        "保/证/收/益",
    ],
)
def test_separators_and_tone_marks_do_not_hide_a_term(text: str) -> None:
    assert "guarantee" in {h.category for h in get_matcher().scan(text).hits}
