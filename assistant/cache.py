"""Derived data kept under ``DATA_DIR/cache``, keyed by a hash of everything it is derived from.

Some things a command builds on every run are pure functions of code and packaged data
(translation tables over all of Unicode, parsed vocabularies). Building them once and
reading them back keeps a one-shot command such as ``crm-assistant ask`` fast. A cache file
is named ``{name}-{hash}``: change any input (the module's source, a package version) and a
new file is built; a missing, unreadable or unwritable cache just means building in memory.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from assistant.config import get_settings

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Return the cache folder, ``DATA_DIR/cache`` (not created here)."""
    return Path(get_settings().data_dir) / "cache"


def fingerprint(parts: Iterable[str | bytes | Path]) -> str:
    """Hash ``parts`` (strings and bytes as given, a path by its bytes or its absence) to a short key.

    The Python version is always included, so an interpreter upgrade rebuilds everything.
    """
    h = hashlib.sha256(sys.version.encode())
    for part in parts:
        if isinstance(part, Path):
            try:
                data = part.read_bytes()
            except OSError:
                data = b"<missing " + str(part).encode() + b">"
        else:
            data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:20]


def cached_text(name: str, parts: Iterable[str | bytes | Path], build: Callable[[], str]) -> str:
    """Return ``build()``, read from ``DATA_DIR/cache/{name}-{hash of parts}.txt`` when it was built before.

    Args:
        name: What is cached (a file-name prefix).
        parts: Everything the text is derived from (source files, versions, sizes).
        build: Builds the text (deterministic in ``parts``).
    """
    path = cache_dir() / f"{name}-{fingerprint(parts)}.txt"
    try:
        return path.read_bytes().decode("utf-8", "surrogatepass")
    except (OSError, UnicodeDecodeError):
        pass
    text = build()
    write_atomic(path, text.encode("utf-8", "surrogatepass"))
    return text


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a staging file, so readers see the whole file or none.

    Returns False (and logs at debug level) when the folder is not writable.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        staging = path.with_name(f".{path.name}.{os.getpid()}")
        staging.write_bytes(data)
        os.replace(staging, path)
    except OSError as exc:
        log.debug("could not cache %s: %s", path, exc)
        return False
    return True


def cached_vectors(name: str, key: str, texts: list[str], embed: Callable[[list[str]], Any]) -> Any:
    """Return ``embed(texts)`` as a float32 matrix, cached in ``DATA_DIR/cache/{name}_{key}.npz``.

    Texts already embedded under an earlier key (the three newest files of ``name``) are
    reused, so editing a training set embeds only its new sentences. The file holds the
    texts beside the vectors and is written atomically.
    """
    import io

    import numpy as np

    path = cache_dir() / f"{name}_{key}.npz"
    try:
        with np.load(path) as z:
            return z["vectors"]
    except (OSError, ValueError, KeyError):
        pass
    known: dict[str, Any] = {}
    for old in sorted(cache_dir().glob(f"{name}_*.npz"), key=lambda p: p.stat().st_mtime)[-3:]:
        try:
            with np.load(old) as z:
                known |= dict(zip(z["texts"].tolist(), z["vectors"], strict=True))
        except (OSError, ValueError, KeyError):
            continue
    todo = sorted({t for t in texts if t not in known})
    if todo:
        known |= dict(zip(todo, np.asarray(embed(todo), dtype=np.float32), strict=True))
    vectors = (
        np.stack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, 0), np.float32)
    )
    buf = io.BytesIO()
    np.savez(buf, texts=np.array(texts), vectors=vectors)
    write_atomic(path, buf.getvalue())
    return vectors
