"""A company name without its legal form: every trailing legal word goes, the name itself stays."""

from __future__ import annotations

import pytest

from assistant.crm.legal_names import bare_name, same_name


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Harbor Trading Company Limited", "harbortrading"),
        ("Harbor Trading Inc.", "harbortrading"),
        ("Union Building Supply S.A. de C.V.", "unionbuildingsupply"),
        ("Harbor Trading (Shanghai) Co., Ltd.", "harbortradingshanghai"),
        ("上海和博商贸有限公司", "上海和博商贸"),
        ("Company", "company"),  # a name that is only a legal word keeps it
    ],
)
def test_bare_name_drops_every_trailing_legal_word(name: str, bare: str) -> None:
    assert bare_name(name) == bare


def test_same_name_ignores_case_and_legal_form_but_not_other_words() -> None:
    assert same_name("harbor trading", ["Harbor Trading Company Limited"])
    assert not same_name("Harbor Trading", ["Blue Harbor Trading K.K.", "Harbor Trading (Shanghai) Co., Ltd."])
