"""A rep or customer named in pinyin inside a Chinese sentence ("Lin Feng的客户里…") is still found.

Python's ``\\b`` sees no boundary between a Latin letter and a Chinese character (both are word
characters), so the pinyin patterns must bound themselves by Latin letters only.
"""

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from assistant.agents.offline import gazetteer as G
from assistant.crm.demo import generate_demo


def _build(engine: Engine) -> None:
    generate_demo(engine, customers=40, today=dt.date(2025, 6, 30))


@pytest.fixture
def gaz(engine: Engine, clone_db: Callable[..., Engine]) -> G.Gazetteer:
    clone_db("gazetteer40", _build)
    G.clear_cache()
    return G.gazetteer_for(engine)


@pytest.mark.parametrize(
    "text",
    ["Zhang Wei的客户里哪些款逾期了", "帮我看下Zhang Wei手上的单子", "zhang wei这个月业绩", "Wei Zhang的商机"],
)
def test_rep_in_pinyin_glued_to_chinese(gaz: G.Gazetteer, text: str) -> None:
    assert [login for login, _ in gaz.latin_users(text)] == ["rep01"]


def test_span_covers_only_the_latin_name(gaz: G.Gazetteer) -> None:
    (login, (start, end)), = gaz.latin_users("Zhang Wei的客户")
    assert "Zhang Wei的客户"[start:end] == "Zhang Wei"


def test_latin_letters_still_bound_the_name(gaz: G.Gazetteer) -> None:
    assert gaz.latin_users("Zhang Weis的客户") == []
    assert gaz.latin_users("xZhang Wei的客户") == []
