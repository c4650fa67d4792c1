"""Hostile tests reuse the demo-company fixtures of the tool tests."""

from tests.tools.conftest import ctx_for, demo, demo_template

__all__ = ["ctx_for", "demo", "demo_template"]
