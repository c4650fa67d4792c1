"""``python -m assistant.cli``: the same command line as the ``crm-assistant`` script."""

from __future__ import annotations

from assistant.cli import app

app(prog_name="crm-assistant")
