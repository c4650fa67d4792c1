"""The layer contracts in pyproject.toml hold, and a wrong import breaks them.

``make lint`` runs ``lint-imports``; these tests run it too, on the real tree and on a
throwaway copy with one deliberately wrong import (inside a function, where imports used
to hide), so a contract that silently stopped checking would be noticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("assistant", "channels", "knowledge")
LINT = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is not installed")


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT), str(tree / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    for pkg in PACKAGES:
        shutil.copytree(ROOT / pkg, tree / pkg, ignore=shutil.ignore_patterns("*.md", "*.yaml", "__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_contracts_hold_on_the_tree(tmp_path: Path) -> None:
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


@pytest.mark.parametrize(
    ("module", "wrong_import", "complaint"),
    [
        ("assistant/crm/models.py", "from assistant.tools import all_tools", "assistant.crm is not allowed to import"),
        ("assistant/analytics/churn.py", "import assistant.agents.service", "assistant.analytics is not allowed"),
        ("channels/app.py", "from assistant.crm.models import Customer", "channels is not allowed to import"),
    ],
)
def test_a_wrong_import_inside_a_function_breaks_a_contract(
    tmp_path: Path, module: str, wrong_import: str, complaint: str
) -> None:
    tree = _copy(tmp_path)
    path = tree / module
    path.write_text(path.read_text() + f"\n\ndef _sneaky() -> None:\n    {wrong_import}  # noqa: F401\n")
    result = _lint(tree)
    assert result.returncode != 0
    assert complaint in result.stdout, result.stdout
