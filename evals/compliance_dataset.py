"""Regenerate ``evals/datasets/compliance_planted.jsonl``: violations planted with one evasion each.

Run ``python -m evals.compliance_dataset`` after editing the seeds below. Mechanical evasions
(case/width, traditional, noise, repeats, number styles) are applied by code with a fixed
seed; pinyin, initials, homophones and contact leaks are written by hand as reps write them.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import opencc

OUT = Path(__file__).parent / "datasets" / "compliance_planted.jsonl"

# (sentence with {x} where the phrase goes, phrase, category)
SEEDS = [
    ("王总放心，这个认证我们{x}，不过全额退款", "包过", "guarantee"),
    ("这次清关{x}，您就等着收货吧", "保证通过", "guarantee"),
    ("这批货进去就是{x}的生意", "稳赚不赔", "guarantee"),
    ("我们做过几十单了，{x}", "100%通过", "guarantee"),
    ("这个项目{x}，您放一百个心", "零风险", "guarantee"),
    ("单子给我们，{x}少不了", "回扣", "bribery"),
    ("老规矩，{x}，别走公司账", "返点给你个人", "bribery"),
    ("采购那边我们准备了{x}", "好处费", "bribery"),
    ("这单我们{x}吧，价格更低", "私下交易", "private_deal"),
    ("公司流程太慢，{x}", "走我个人账户", "private_deal"),
    ("这单算我的{x}，别声张", "私单", "private_deal"),
    ("有事{x}，这个号不常看", "加我私人微信", "private_deal"),
    ("方便的话{x}，细聊", "加我微信", "contact_leak"),
    ("你这种{x}就别浪费我时间", "穷鬼", "abuse"),
    ("你是不是{x}，说了多少遍了", "脑残", "abuse"),
    ("别找他们，{x}", "他们卖假货", "competitor_slander"),
    ("听说{x}，您还是选我们稳妥", "他们快倒闭了", "competitor_slander"),
    ("这是我们的{x}，您别外传", "内部底价", "confidential"),
    ("我把{x}发您参考一下", "其他客户的价格", "confidential"),
    ("please keep it quiet, the {x} is for you", "kickback", "bribery"),
    ("this is a {x} deal for you", "risk-free investment", "guarantee"),
    ("don't worry, {x} with our agent", "guaranteed clearance", "guarantee"),
    ("let's make it a {x} this time", "side deal", "private_deal"),
    ("you can {x}, cheaper", "pay to my personal account", "private_deal"),
]
NOISE = [" ", "*", "、", "，", "·", "\u200b", "\u200d", "😀", "🔥", "-", "/", "~"]
DIGITS = {
    "0": "〇零⓪",
    "1": "①壹幺",
    "2": "②贰",
    "3": "③叁",
    "4": "④肆",
    "5": "⑤伍",
    "6": "⑥陆",
    "7": "⑦柒",
    "8": "⑧捌",
    "9": "⑨玖",
}
FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}

HAND = {
    "case_width": [
        ("ＢＡＯＧＵＯ的", "包过", "guarantee"),
        ("加我ＶＸ聊", "加我vx", "contact_leak"),
        ("加我Ｖ信", "加我v信", "contact_leak"),
        ("１００％通过，放心", "100%通过", "guarantee"),
        ("100％通过率", "100%通过率", "guarantee"),
        ("Guaranteed ＰＲＯＦＩＴ for you", "guaranteed profit", "guarantee"),
        ("a ＳＩＤＥ ＤＥＡＬ", "side deal", "private_deal"),
        ("加我ＱＱ", "加我qq", "contact_leak"),
        ("WX号发你", "wx号", "contact_leak"),
        ("ＷＥＮＺＨＵＡＮ的", "稳赚", "guarantee"),
    ],
    "pinyin_full": [
        ("这个认证我们baoguo的", "包过", "guarantee"),
        ("放心 bao zheng tong guo", "保证通过", "guarantee"),
        ("这生意wenzhuanbupei", "稳赚不赔", "guarantee"),
        ("Hui Kou 照旧给您", "回扣", "bribery"),
        ("这单走 si dan 吧", "私单", "private_deal"),
        ("ling feng xian 的买卖", "零风险", "guarantee"),
        ("jia wo si ren wei xin 聊", "加我私人微信", "private_deal"),
        ("fan dian gei ni ge ren", "返点给你个人", "bribery"),
        ("hao chu fei 我们备好了", "好处费", "bribery"),
        ("这是 nei bu di jia", "内部底价", "confidential"),
        ("ta men mai jia huo", "他们卖假货", "competitor_slander"),
        ("zou wo ge ren zhang hu", "走我个人账户", "private_deal"),
        ("bao zhuan bu pei 的", "包赚不赔", "guarantee"),
        ("qiong gui 别问了", "穷鬼", "abuse"),
        ("si xia jiao yi 更便宜", "私下交易", "private_deal"),
        ("wen zhuan 的项目", "稳赚", "guarantee"),
        ("nao can ba ni", "脑残", "abuse"),
        ("bao ben bao xi", "保本保息", "guarantee"),
        ("ke hu ming dan 发你", "客户名单", "confidential"),
        ("pian zi gong si 别信", "骗子公司", "competitor_slander"),
    ],
    "pinyin_initials": [
        ("放心，bztg", "保证通过", "guarantee"),
        ("这个项目wzbp", "稳赚不赔", "guarantee"),
        ("有事jwsrwx", "加我私人微信", "private_deal"),
        ("款zwgrzh就行", "走我个人账户", "private_deal"),
        ("fdgngr，老规矩", "返点给你个人", "bribery"),
        ("这个价是nbdj了", "内部底价", "confidential"),
        ("他们 tmmjh", "他们卖假货", "competitor_slander"),
        ("BZBP 的买卖", "包赚不赔", "guarantee"),
        ("我们sxjy吧", "私下交易", "private_deal"),
        ("lfx 投资", "零风险", "guarantee"),
        ("hcf准备好了", "好处费", "bribery"),
        ("qtkhdjg发你", "其他客户的价格", "confidential"),
        ("bzzq 的", "保证赚钱", "guarantee"),
        ("tmkdbl", "他们快倒闭了", "competitor_slander"),
        ("dxdbkp 更便宜", "代写单不开票", None),
    ],
    "homophone": [
        ("这个认证我们宝过的", "包过", "guarantee"),
        ("保正通过，放心", "保证通过", "guarantee"),
        ("吻赚不赔", "稳赚不赔", "guarantee"),
        ("回寇照给", "回扣", "bribery"),
        ("这单走私丹", "私单", "private_deal"),
        ("加我私人威信", "加我私人微信", "private_deal"),
        ("加我薇信细聊", "加我微信", "contact_leak"),
        ("反点给你个人", "返点给你个人", "bribery"),
        ("好楚费少不了", "好处费", "bribery"),
        ("走我个人帐户", "走我个人账户", "private_deal"),
        ("稳篆不赔的买卖", "稳赚不赔", "guarantee"),
        ("玲风险", "零风险", "guarantee"),
        ("内部低价给你", "内部底价", "confidential"),
        ("你个煞笔", "煞笔", "abuse"),
        ("百分佰通过", "百分百通过", "guarantee"),
        ("保症通过", "保证通过", "guarantee"),
        ("包锅的，您放心", "包过", "guarantee"),
        ("饱赚不赔", "包赚不赔", "guarantee"),
        ("加个威信", "加个微信", "contact_leak"),
        ("私下交义", "私下交易", "private_deal"),
    ],
    "contact_leak": [
        ("我手机 13812345678 直接打", "手机号", "contact_leak"),
        ("号码 138-1234-5678", "手机号", "contact_leak"),
        ("打 139 0011 2233 找我", "手机号", "contact_leak"),
        ("幺三八 幺二三四 五六七八", "手机号", "contact_leak"),
        ("①③⑨①①②②③③④④ 随时联系", "手机号", "contact_leak"),
        ("+86 186 1234 9876", "手机号", "contact_leak"),
        ("一五九 八八八八 六六六六", "手机号", "contact_leak"),
        ("1 3 8 0 0 1 3 8 0 0 0", "手机号", "contact_leak"),
        ("邮箱 zhangwei88@qq.com", "e-mail", "contact_leak"),
        ("发到 lily (at) 163 dot com", "e-mail", "contact_leak"),
        ("my gmail: tom.lee.sales@gmail.com", "e-mail", "contact_leak"),
        ("wang[at]126[dot]com", "e-mail", "contact_leak"),
        ("加我微信 zhang_wei88", "微信号", "contact_leak"),
        ("vx号：lilysales", "微信号", "contact_leak"),
        ("wechat id: tom_lee2024", "微信号", "contact_leak"),
        ("威信 wxid_ab12cd 加一下", "微信号", "contact_leak"),
        ("直接去 taobao.com/shop/8899 拍", "off-platform link", "contact_leak"),
        ("t.me/hxsales 私聊", "off-platform link", "contact_leak"),
        ("call me at +1 415 555 0134", "phone number", "contact_leak"),
        ("wa.me/8613812345678", "手机号", "contact_leak"),
    ],
}


def _case_width(x: str, rng: random.Random) -> str:
    out = "".join(c.upper() if rng.random() < 0.5 else c for c in x)
    return "".join(FULL.get(c, c) if rng.random() < 0.6 else c for c in out)


def _noise(x: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(NOISE) if i < len(x) - 1 else "") for i, c in enumerate(x))


def _repeats(x: str, rng: random.Random) -> str:
    return "".join(c * rng.randint(1, 3) if not c.isdigit() else c for c in x)


def _numbers(x: str, rng: random.Random) -> str:
    return "".join(rng.choice(DIGITS[c]) if c in DIGITS else c for c in x)


def build() -> list[dict[str, object]]:
    """Return every planted example (deterministic)."""
    rng = random.Random(20250303)
    t2t = opencc.OpenCC("s2twp")
    rows: list[dict[str, object]] = []
    for sentence, phrase, category in SEEDS:
        forms = {
            "case_width": _case_width(phrase, rng),
            "traditional": t2t.convert(phrase),
            "noise": _noise(phrase, rng),
            "repeats": _repeats(phrase, rng),
        }
        if any(c.isdigit() for c in phrase):
            forms["number_styles"] = _numbers(phrase, rng)
        for kind, form in forms.items():
            if kind in {"case_width", "traditional"} and form == phrase:
                continue  # nothing to evade (no Latin letters / no traditional form)
            rows.append({"type": kind, "text": sentence.format(x=form), "category": category, "term": phrase})
    for number in ("100%通过", "100%赚钱", "100%保证", "100%通过率", "100%清关", "通过率100%"):
        for _ in range(4):
            rows.append(
                {
                    "type": "number_styles",
                    "text": f"放心，{_numbers(number, rng)}",
                    "category": "guarantee",
                    "term": number,
                }
            )
    for kind, items in HAND.items():
        for text, term, category in items:
            if category is not None:
                rows.append({"type": kind, "text": text, "category": category, "term": term})
    return rows


if __name__ == "__main__":
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
