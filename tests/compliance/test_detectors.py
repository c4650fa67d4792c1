"""Contact-leak detectors: phone numbers, e-mail, links, cued WeChat IDs."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


def _rules(text: str) -> list[tuple[str, str]]:
    return [(h.rule, h.matched) for h in scan_text(text).hits if h.rule != "lexicon"]


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("我手机 13812345678", "13812345678"),
        ("打这个 138-1234-5678", "138-1234-5678"),
        ("号码 138 1234 5678 随时打", "138 1234 5678"),
        ("幺三八 一二三四 五六七八", "幺三八 一二三四 五六七八"),
        ("①③⑧①②③④⑤⑥⑦⑧", "①③⑧①②③④⑤⑥⑦⑧"),
        ("+86 139 0000 1111", "+86 139 0000 1111"),
        ("call me +1 415 555 0134", "+1 415 555 0134"),
    ],
)
def test_phone_numbers(text: str, matched: str) -> None:
    assert ("phone", matched) in _rules(text)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("my email zhangwei88@gmail.com", "zhangwei88@gmail.com"),
        ("邮箱 zhang (at) qq dot com", "zhang (at) qq dot com"),
        ("lily[at]163[dot]com", "lily[at]163[dot]com"),
    ],
)
def test_emails(text: str, matched: str) -> None:
    assert ("email", matched) in _rules(text)


def test_company_and_customer_emails_are_not_leaks() -> None:
    assert _rules("请发 PO 到 sales@hx-trading.com 或 purchasing@abc-imports.com") == []
    assert _rules("the product is available at amazon.com") == []


def test_off_platform_links_without_scheme() -> None:
    assert ("url", "taobao.com/shop/8899") in _rules("直接去 taobao.com/shop/8899 拍")
    assert _rules("产品目录见 www.hx-trading.com/catalog") == []
    assert _rules("the spec is on www.abc-imports.com") == []


def test_wechat_ids_need_a_cue() -> None:
    assert ("wechat_id", "zhang_wei88") in _rules("加我微信 zhang_wei88 细聊")
    assert ("wechat_id", "lilysales") in _rules("vx号：lilysales")
    assert _rules("we use wechat everyday") == []
    assert _rules("model zhang_wei88 is out of stock") == []


def test_order_numbers_are_not_phones() -> None:
    assert _rules("订单号 2024110512345，共 138 箱") == []
    assert _rules("total 13,800,000 pcs") == []
