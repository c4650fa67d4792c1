"""Agent tests reuse the demo-company fixtures of the tool tests."""

from tests.tools.conftest import ctx_for, demo  # noqa: F401
