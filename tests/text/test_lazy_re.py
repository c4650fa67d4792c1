"""Lazy patterns: same answers as ``re``, nothing compiled at import, every pattern in the code compiles."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

from assistant.text import lazy_re

TEXT = "Order SO-2026-0042 for 1,200 pcs, 交期 12月20日; order SO-2026-0043 later."
SOURCE = r"SO-(\d{4})-(?P<seq>\d{4})"


def test_pattern_and_flags_are_read_without_compiling() -> None:
    rx = lazy_re.compile(SOURCE, re.I)
    assert rx.pattern == SOURCE
    assert lazy_re.compile(rx.pattern + "|交期").pattern.endswith("|交期")
    assert rx._compiled is None  # building from another pattern's source compiles nothing


@pytest.mark.parametrize("flags", [0, re.I, re.I | re.M])
def test_every_method_answers_as_re_does(flags: int) -> None:
    lazy, plain = lazy_re.compile(SOURCE, flags), re.compile(SOURCE, flags)
    assert lazy.search(TEXT).span() == plain.search(TEXT).span()
    assert lazy.search(TEXT, 20).group("seq") == "0043"
    assert lazy.match(TEXT) is None and lazy.match(TEXT, 6).group(1) == "2026"
    assert lazy.fullmatch("SO-2026-0042").groups() == ("2026", "0042")
    assert lazy.findall(TEXT) == plain.findall(TEXT)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert lazy.sub("#", TEXT) == plain.sub("#", TEXT)
    assert lazy.sub(lambda m: m.group("seq"), TEXT, 1) == plain.sub(lambda m: m.group("seq"), TEXT, 1)
    assert lazy.subn("#", TEXT) == plain.subn("#", TEXT)
    assert lazy.split(TEXT, 1) == plain.split(TEXT, 1)
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (plain.flags, plain.groups, dict(plain.groupindex))


def test_after_first_use_the_methods_are_the_compiled_patterns_own() -> None:
    rx = lazy_re.compile(r"\d+")
    assert rx.findall("a1b22") == ["1", "22"]
    assert rx.search.__self__ is rx.compiled()  # a bound method of re.Pattern: no wrapper on the hot path
    assert rx.sub.__self__ is rx.compiled()


def test_a_syntax_error_surfaces_at_first_use_and_in_compile_all() -> None:
    broken = lazy_re.compile(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("x")
    lazy_re._MADE.remove(broken)  # keep the registry to the code's own patterns for the test below


def _import_everything() -> None:
    import assistant
    import channels
    import knowledge

    for package in (assistant, channels, knowledge):
        for found in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if found.name.endswith("__main__") or found.name == "assistant.migrations.env":
                continue  # entry points run on import; alembic's env only runs inside alembic
            importlib.import_module(found.name)


def test_every_pattern_the_code_defines_compiles() -> None:
    _import_everything()
    assert lazy_re.compile_all() > 500  # the rule modules' tables, all valid expressions


def test_importing_the_agent_compiles_almost_nothing() -> None:
    """``ask`` pays only for the patterns its question reaches (a fresh process, so earlier imports don't count)."""
    probe = (
        "import assistant.agents.service\n"
        "from assistant.text import lazy_re\n"
        "done, made = lazy_re.compiled_count()\n"
        "print(done, made)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    done, made = map(int, out.split())
    assert made > 400
    assert done <= 5, f"{done} of {made} patterns compiled just by importing the agent"
