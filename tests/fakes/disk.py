"""A disk that fails part-way through writing a numpy array, leaving what a crash would leave."""

from __future__ import annotations

from typing import IO, Any

import numpy.lib.format
import pytest


def fail_numpy_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every ``np.save``/``np.savez`` write a few bytes of the array, then raise ``OSError``.

    A writer that opens the final path directly leaves a torn file behind; one that writes a
    temporary file and renames it leaves nothing.
    """

    def torn(fp: IO[bytes], *_: Any, **__: Any) -> None:
        fp.write(b"\x93NUMPY\x01\x00torn")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(numpy.lib.format, "write_array", torn)
