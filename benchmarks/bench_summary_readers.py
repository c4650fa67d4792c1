"""Reader scaling: the summariser's per-text readers on a text of size n and of size 2n.

A reader that is linear takes about twice as long on twice the text (ratio ~2); one that copies the
text per match or scans a growing list per clause shows ~4. Rows: prices said in words
(:mod:`assistant.summaries.spoken_prices`, "two fifty each, " repeated: 20 s at 80,000 characters when
each match copied the text) and the payment-term reader (:func:`assistant.summaries.payment_terms.payment_gap`,
8,000 clauses took 6.3 s with a list scan per clause) and the shared date reader
(:func:`assistant.text.dates.find_dates` on "周三 " repeated: a copy of the text before each weekday).
Figures are ratios measured in the same run.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable

from assistant.summaries.payment_terms import payment_gap
from assistant.summaries.spoken_prices import spoken_prices
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

TODAY = dt.date(2026, 12, 2)


def _talk(turns: int) -> list[tuple[Sentence, str]]:
    """Build a talk: a customer asking for 90-day terms and us answering, ``turns`` times."""
    out, pos = [], 0
    for role, text, lab in [
        ("customer", "账期能不能放到90天", "need"),
        ("we", "这个可以考虑", "none"),
    ] * turns:
        out.append((Sentence(text=text, start=pos, end=pos + len(text), speaker=role, role=role), lab))
        pos += len(text) + 1
    return out


def _seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _pair(
    name: str, make: Callable[[int], object], read: Callable[[object], object], n: int, repeat: int
) -> list[dict]:
    small, large = make(n), make(2 * n)
    t_small = _seconds(lambda: read(small), repeat)
    t_large = _seconds(lambda: read(large), repeat)
    return [
        {"name": f"{name} at 2n", "value": round(t_large, 3), "unit": "s"},
        {
            "name": f"{name}: 2n / n (linear ~2, quadratic ~4)",
            "value": round(t_large / t_small, 2),
            "unit": "x",
            "baseline": round(t_small, 3),
            "target": "<= 3",
        },
    ]


def run(quick: bool = False) -> list[dict]:
    """Time each reader on a text of size n and 2n; report the time at 2n and the ratio."""
    repeat = 1 if quick else 3
    return [
        *_pair("spoken prices, 40,000 chars", lambda n: "two fifty each, " * n, spoken_prices, 2500, repeat),
        *_pair("payment-term reader, 4,000 clauses", _talk, payment_gap, 2000, repeat),
        *_pair(
            "dates, 20,000 chars of weekdays",
            lambda n: "周三 " * n,
            lambda t: find_dates(t, TODAY),
            3333,
            repeat,
        ),
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)
