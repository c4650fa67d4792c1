"""Guarantee idioms, slang for private QQ/WeChat, customer PII sent out; their refusals and look-alikes stay clean."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("这套系统能省三成电，我给您打包票。", "guarantee"),
        ("认证的事我拍胸脯，肯定没问题。", "guarantee"),
        ("这次评审能过，板上钉钉。", "guarantee"),
        ("以后加我私人QQ聊，这里不方便。", "contact_leak"),
        ("报价我V信上发您。", "contact_leak"),
        ("有事威信上聊，这边有记录。", "contact_leak"),
        ("张姐的身份证号和家庭住址我都导出来发你了。", "confidential"),
        ("I attached their SSNs and birth dates from the CRM.", "confidential"),
    ],
)
def test_new_terms_are_caught(text: str, category: str) -> None:
    assert category in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "这个结果我没法给您打包票，只能说按历史数据还可以。",
        "谁也不敢拍胸脯说一定能过，我们按流程准备材料。",
        "请提供您的身份证号和住址以便办理开户。",
        "王总在行业里威信很高，大家都听他的。",
        "发票和打包票据已经一起寄出。",
    ],
)
def test_refusals_and_look_alikes_stay_clean(text: str) -> None:
    assert scan_text(text).hits == ()
