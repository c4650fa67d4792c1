"""The offline engine's data tables (intent rules, example requests), kept as YAML beside the code."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from assistant.yaml_loader import safe_load

HERE = Path(__file__).parent


@cache
def load_data(name: str) -> Any:
    """Return the parsed YAML file ``name`` of this folder (parsed once per process)."""
    return safe_load((HERE / name).read_text(encoding="utf-8"))
