"""Work counted, not timed: how many Python and builtin calls a function makes, for scaling tests.

A test that a reader is linear must not time it (timings move with the machine's load; speed is
measured in ``benchmarks/``). Instead it counts the calls made on an input of size n and of size 2n:
a linear reader makes about twice as many; a scan of a growing list per item (a generator resumed
once per earlier item, a helper called per pair) makes about four times as many. The count is the
same on every run, so the test is exact on a loaded machine.

What it cannot see: work done inside one call — a regular expression run over a copy of everything
before a match, a slice of the whole text per match. For those, test that the window handed to the
pattern is bounded, and let ``benchmarks/bench_summary_readers`` show the time on 2n over n.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def calls(fn: Callable[[], Any]) -> int:
    """The number of function calls (Python and builtin, generator resumptions included) ``fn()`` makes."""
    count = 0

    def profile(_frame: Any, event: str, _arg: Any) -> None:
        nonlocal count
        count += event in {"call", "c_call"}

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def growth(make: Callable[[int], Any], read: Callable[[Any], Any], n: int) -> float:
    """Calls on an input of size 2n over calls on size n (about 2 when ``read`` is linear)."""
    small, large = make(n), make(2 * n)
    read(small)  # first use compiles lazy patterns and fills caches: not part of the count
    return calls(lambda: read(large)) / calls(lambda: read(small))
