"""Time and peak memory to generate the demo company, at the demo size and at ``--scale 10000``.

Each size runs in a fresh subprocess so peak RSS is that generation's alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

CHILD = """
import datetime as dt, json, resource, sys, time
from assistant.db import get_engine
from assistant.migrations import upgrade_schema
from assistant.crm.demo import generate_demo
engine = get_engine(f"sqlite:///{sys.argv[2]}/bench.db")
upgrade_schema(engine)
start = time.perf_counter()
result = generate_demo(engine, customers=int(sys.argv[1]), today=dt.date(2026, 11, 25))
elapsed = time.perf_counter() - start
result.pop("archetypes")
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "rss_mb": rss_mb, **result}))
"""


def _generate(customers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(customers), tmp], check=True, capture_output=True, text=True
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> list[dict]:
    rows: list[dict] = []
    for customers in (400,) if quick else (400, 10000):
        r = _generate(customers)
        rows += [
            {"name": f"generate {customers} customers: time", "value": r["seconds"], "unit": "s",
             "target": "minutes, not hours" if customers > 400 else ""},
            {"name": f"generate {customers} customers: peak RSS", "value": r["rss_mb"], "unit": "MB"},
            {"name": f"generate {customers} customers: order lines", "value": r["order_lines"], "unit": "rows"},
            {"name": f"generate {customers} customers: activities", "value": r["activities"], "unit": "rows"},
            {"name": f"generate {customers} customers: order lines/s", "value": r["order_lines"] / r["seconds"],
             "unit": "rows/s"},
        ]  # fmt: skip
    return rows
