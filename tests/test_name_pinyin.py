"""Pinyin of Chinese names: right syllables, compound surnames, and a warm cache answers without pypinyin."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cache import cache_dir
from assistant.name_pinyin import latin_forms, name_parts, syllables
from tests.processes import fresh_processes


def test_syllables_of_rep_and_customer_names() -> None:
    table = syllables(["张伟", "盛和", "张伟", "吕晓雯"])
    assert table == {"张伟": ["zhang", "wei"], "盛和": ["sheng", "he"], "吕晓雯": ["lv", "xiao", "wen"]}
    assert syllables([]) == {}


def test_a_damaged_cache_file_is_rebuilt_not_trusted() -> None:
    syllables(["恒嘉"])
    for path in cache_dir().glob("name-pinyin-*.txt"):
        path.write_text('{"恒嘉": ', encoding="utf-8")
    assert syllables(["恒嘉"]) == {"恒嘉": ["heng", "jia"]}


def test_second_process_reads_the_cache_without_pypinyin(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from assistant.name_pinyin import syllables\n"
        "print(syllables(['林涛', '郑雪'])['郑雪'], 'pypinyin' in sys.modules)\n"
    )
    first, second = fresh_processes(probe, tmp_path)
    assert first.split() == ["['zheng',", "'xue']", "True"]  # built: pypinyin was loaded
    assert second.split() == ["['zheng',", "'xue']", "False"]  # read back: it was not


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [
        ("唐志强", "tang", "zhiqiang"),
        ("欧阳明", "ouyang", "ming"),
        ("司马光", "sima", "guang"),
        ("诸葛亮", "zhuge", "liang"),
        ("欧阳明远", "ouyang", "mingyuan"),
    ],
)
def test_a_compound_surname_is_spelled_as_one_word(name: str, surname: str, given: str) -> None:
    forms = (f"{surname} {given}", f"{given} {surname}", f"{surname}{given}")
    assert name_parts(name) == (surname, given)
    assert latin_forms(name) == forms
    assert latin_forms(name, syllables([name], personal=True)) == forms  # from the cached table: the same


def test_what_is_no_chinese_personal_name_has_no_latin_form() -> None:
    assert latin_forms("Tom") == () and latin_forms("张") == () and latin_forms("") == ()
    assert name_parts("欧阳") is None  # a surname alone names no one


def test_a_surname_is_read_as_a_surname_and_a_short_name_as_a_word() -> None:
    assert syllables(["柏林"]) == {"柏林": ["bo", "lin"]}  # a customer's short name: the word's reading
    assert syllables(["柏林"], personal=True) == {"柏林": ["bai", "lin"]}  # 柏 as a surname
    assert name_parts("柏林") == ("bai", "lin") == name_parts("柏林", syllables(["柏林"], personal=True))


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [
        ("曾伟", "zeng", "wei"),  # the dictionary reads 曾 as "ceng" (曾经)
        ("单雄信", "shan", "xiongxin"),
        ("解晓东", "xie", "xiaodong"),
        ("仇英", "qiu", "ying"),
        ("朴志勇", "piao", "zhiyong"),
        ("查良镛", "zha", "liangyong"),
        ("缪斯文", "miao", "siwen"),
        ("区志华", "ou", "zhihua"),
        ("覃小燕", "qin", "xiaoyan"),
        ("翟明", "zhai", "ming"),
        ("尉迟恭", "yuchi", "gong"),
        ("长孙无忌", "zhangsun", "wuji"),
        ("夏侯杰", "xiahou", "jie"),
    ],
)
def test_a_surname_is_read_as_families_say_it(name: str, surname: str, given: str) -> None:
    assert name_parts(name) == (surname, given)
    assert name_parts(name, syllables([name], personal=True)) == (surname, given)


def test_a_compound_surname_needs_a_given_name_after_it() -> None:
    # 夏侯 alone is no name; a two-character name starting with a compound's first character is a plain one.
    assert name_parts("夏侯") is None
    assert name_parts("夏明") == ("xia", "ming")
