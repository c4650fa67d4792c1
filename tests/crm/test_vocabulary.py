"""The label tables cover every stored code and agree with the demo generator."""

from __future__ import annotations

from assistant.crm import demo_catalog, vocabulary
from assistant.crm.models import ACTIVITY_TYPES, STAGES


def test_stage_tables_cover_every_stage() -> None:
    assert tuple(vocabulary.STAGE_ZH) == STAGES
    assert tuple(vocabulary.STAGE_PROBABILITY) == STAGES
    assert vocabulary.STAGE_PROBABILITY["won"] == 100 and vocabulary.STAGE_PROBABILITY["lost"] == 0


def test_activity_types_have_labels() -> None:
    assert set(vocabulary.ACTIVITY_TYPE_ZH) == set(ACTIVITY_TYPES)


def test_channel_labels_hold_every_channel_the_crm_writes() -> None:
    # wecom/wechat (contacts), email/phone/video/visit (demo activities), offline (logged meetings and visits)
    assert {"wecom", "wechat", "email", "phone", "video", "visit", "offline"} <= set(vocabulary.CHANNEL_ZH)
    assert vocabulary.CHANNEL_ZH["wecom"] == "企业微信" and vocabulary.CHANNEL_ZH["video"] == "视频会议"


def test_demo_data_uses_only_labelled_codes() -> None:
    assert list(demo_catalog.INDUSTRY_CATEGORIES) == list(vocabulary.INDUSTRY_ZH)
    assert set(demo_catalog.PRODUCTS) == set(vocabulary.CATEGORY_ZH)
    assert {c for cats in demo_catalog.INDUSTRY_CATEGORIES.values() for c in cats} <= set(vocabulary.CATEGORY_ZH)
    assert {m[0] for m in demo_catalog.MARKETS} <= set(vocabulary.COUNTRY_ZH)
