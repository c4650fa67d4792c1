"""CLI tests reuse the demo-company fixtures of the tool tests."""

from tests.tools.conftest import demo  # noqa: F401
