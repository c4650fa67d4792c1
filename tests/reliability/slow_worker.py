"""A ``crm-assistant worker`` whose replies take ten minutes to record: a test kills it mid-task.

Run as ``python -m tests.reliability.slow_worker``: the worker claims a message, computes its
answer, then sleeps before recording it — so ``kill -9`` lands after the claim and before
any reply exists or is sent.
"""

from __future__ import annotations

import time
from typing import Any

if __name__ == "__main__":
    from assistant.cli import app
    from assistant.inbox import service

    recorded = service.record_replies

    def slow_record(*args: Any, **kwargs: Any) -> None:
        time.sleep(600)
        recorded(*args, **kwargs)

    service.record_replies = slow_record
    app(["worker", "--workers", "1"])
