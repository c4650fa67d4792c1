"""Sides read from the roster of meeting notes and call transcripts."""

from __future__ import annotations

from assistant.summaries.speakers_roster import roster_sides


def test_chinese_roster_with_side_markers() -> None:
    text = "会议纪要\n参会：我方 王磊（销售）、赵刚（经理）；客户方 孙红（采购）、钱多\n\n孙红：开始吧。"
    sides = roster_sides(text, ["王磊", "赵刚", "孙红", "钱多"])
    assert sides == {
        "王磊": ("we", "roster"),
        "赵刚": ("we", "roster"),
        "孙红": ("customer", "roster"),
        "钱多": ("customer", "roster"),
    }


def test_parentheticals_name_the_company_or_our_side() -> None:
    text = "Participants: Li Hua (our sales), Grace Lee (Head of Buying, Northwind Traders)\n\nGrace: hi"
    sides = roster_sides(text, ["Li Hua", "Grace"], ("Northwind Traders Pty Ltd",))
    assert sides == {"Li Hua": ("we", "roster"), "Grace": ("customer", "roster")}
    assert roster_sides("参会：周明（华信采购经理）", ["周明"], ("深圳华信电子有限公司",)) == {
        "周明": ("customer", "roster")
    }


def test_names_outside_the_roster_stay_unattributed() -> None:
    assert roster_sides("第一行\n第二行\n王五：你好", ["王五"]) == {}
