"""A rep with a compound surname (欧阳, 司马, 诸葛) is found in an English question in either order."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.agents.offline import gazetteer as G
from tests.processes import fresh_processes


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("欧阳明", "What did Ouyang Ming sell last month?"),
        ("欧阳明", "open deals of Ming Ouyang"),
        ("欧阳明", "how is ouyang ming doing"),
        ("司马光", "Sima Guang's pipeline"),
        ("司马光", "Guang Sima的客户"),
        ("诸葛亮", "customers of Zhuge Liang"),
        ("诸葛亮", "Liang Zhuge overdue invoices"),
    ],
)
def test_compound_surname_in_pinyin(name: str, text: str) -> None:
    gaz = G.Gazetteer([G.Entry(name, "user", "rep09"), G.Entry("张伟", "user", "rep01")])
    assert [login for login, _ in gaz.latin_users(text)] == ["rep09"]


def test_the_surname_is_not_split_after_its_first_syllable() -> None:
    gaz = G.Gazetteer([G.Entry("欧阳明", "user", "rep09")])
    assert gaz.latin_users("Yangming Ou sold it") == []


def test_a_warm_cache_finds_the_rep_without_pypinyin(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from assistant.agents.offline import gazetteer as G\n"
        "gaz = G.Gazetteer([G.Entry('欧阳明', 'user', 'rep09')])\n"
        "print([u for u, _ in gaz.latin_users('deals of Ouyang Ming')], 'pypinyin' in sys.modules)\n"
    )
    first, second = fresh_processes(probe, tmp_path)
    assert first.split() == ["['rep09']", "True"]  # built: pypinyin was loaded
    assert second.split() == ["['rep09']", "False"]  # read back from DATA_DIR/cache: it was not


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("曾伟", "What did Zeng Wei sell last month?"),
        ("曾伟", "how is zeng wei doing"),
        ("单雄信", "Shan Xiongxin's open deals"),
        ("尉迟恭", "customers of Yuchi Gong"),
        ("尉迟恭", "how is yuchi gong doing"),
    ],
)
def test_a_surname_is_spelled_as_the_family_says_it(name: str, text: str) -> None:
    gaz = G.Gazetteer([G.Entry(name, "user", "rep09"), G.Entry("张伟", "user", "rep01")])
    assert [login for login, _ in gaz.latin_users(text)] == ["rep09"]
