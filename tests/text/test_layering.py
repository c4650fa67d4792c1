"""The text toolkit sits below everything: it imports nothing of ours but config, and the
layers under the summaries reach conversation parsing through it, not through the summaries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> set[tuple[str, str]]:
    """Every module imported anywhere in ``package`` (functions included), with the importing file."""
    found: set[tuple[str, str]] = set()
    for path in (ROOT / package.replace(".", "/")).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add((str(path.relative_to(ROOT)), node.module))
            elif isinstance(node, ast.Import):
                found.update((str(path.relative_to(ROOT)), alias.name) for alias in node.names)
    return found


def _ours(module: str) -> bool:
    return module.split(".")[0] in {"assistant", "knowledge", "channels", "evals"}


def test_text_imports_only_itself_and_config() -> None:
    bad = {
        (f, m)
        for f, m in _imports("assistant.text")
        if _ours(m) and not m.startswith(("assistant.text", "assistant.config"))
    }
    assert bad == set()


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("assistant.compliance", ("assistant.summaries", "assistant.agents")),
        ("assistant.voice", ("assistant.summaries", "assistant.agents")),
        ("assistant.analytics", ("assistant.summaries", "assistant.agents")),
        ("knowledge", ("assistant.summaries", "assistant.agents")),
        ("assistant.summaries", ("assistant.agents",)),
    ],
)
def test_lower_layers_do_not_import_higher_ones(package: str, forbidden: tuple[str, ...]) -> None:
    bad = {(f, m) for f, m in _imports(package) if m.startswith(forbidden)}
    assert bad == set()
