"""Pinyin of CRM names: right syllables, and a warm cache answers without importing pypinyin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assistant.agents.offline.name_pinyin import syllables
from assistant.cache import cache_dir


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
        "from assistant.agents.offline.name_pinyin import syllables\n"
        "print(syllables(['林涛', '郑雪'])['郑雪'], 'pypinyin' in sys.modules)\n"
    )
    env = {"DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    first, second = (
        subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    )
    assert first.split() == ["['zheng',", "'xue']", "True"]  # built: pypinyin was loaded
    assert second.split() == ["['zheng',", "'xue']", "False"]  # read back: it was not
