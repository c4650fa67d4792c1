"""Derived data kept under ``DATA_DIR/cache``, keyed by a hash of everything it is derived from.

Some things a command builds on every run are pure functions of code and packaged data
(translation tables over all of Unicode, parsed vocabularies). Building them once and
reading them back keeps a one-shot command such as ``crm-assistant ask`` fast. A cache file
is named ``{name}-{hash}``: change any input (the module's source, a package version) and a
new file is built; a missing, unreadable or unwritable cache just means building in memory.

Every cache file is written through :func:`write_atomic` (a temporary file in the same folder,
then ``os.replace``), so a crash or two processes writing at once never leave a torn file; and
a file that cannot be parsed (truncated, corrupt) is a miss, removed and rebuilt, never a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from assistant.config import get_settings

if TYPE_CHECKING:
    import numpy as np

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
    write_atomic(path, lambda f: f.write(text.encode("utf-8", "surrogatepass")))
    return text


def write_atomic(path: Path, write: Callable[[IO[bytes]], object]) -> bool:
    """Write ``path`` whole or not at all: ``write`` fills a temporary file that then replaces it.

    The temporary file lives in the same folder (so ``os.replace`` is an atomic rename) and has
    a unique name (so concurrent writers never share one). An ``OSError`` is logged and leaves
    ``path`` as it was: a cache that cannot be written just means building again next time.

    Args:
        path: The cache file to create or replace.
        write: Writes the content to the binary file object it is given.

    Returns:
        Whether ``path`` now holds the new content.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, staging = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        log.debug("could not cache %s: %s", path, exc)
        return False
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(staging, path)  # readers see the whole file or none
    except OSError as exc:
        log.debug("could not cache %s: %s", path, exc)
        Path(staging).unlink(missing_ok=True)
        return False
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise
    return True


# What numpy raises on a truncated or corrupt .npy/.npz (a torn zip, a short array, a missing key).
_CORRUPT = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile)


def load_arrays(path: Path, keys: Iterable[str]) -> dict[str, np.ndarray] | None:
    """Read the arrays ``keys`` from the ``.npz`` cache file ``path``, or None on a miss.

    A missing file is a miss; so is one that cannot be parsed or lacks a key, which is also
    removed (it is rebuilt and rewritten by the caller). Every array is read into memory here,
    so corruption anywhere in the file shows now and not at a later use.
    """
    import numpy as np

    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return {key: np.array(data[key]) for key in keys}
    except _CORRUPT as exc:
        log.warning("ignoring the unreadable cache file %s (%s); rebuilding it", path, exc)
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
        return None


def save_arrays(path: Path, arrays: Mapping[str, np.ndarray]) -> bool:
    """Write ``arrays`` to the ``.npz`` cache file ``path`` atomically (see :func:`write_atomic`)."""
    import numpy as np

    return write_atomic(path, lambda f: np.savez(f, **arrays))


def _newest(paths: Iterable[Path], n: int) -> list[Path]:
    """Return the ``n`` most recently modified of ``paths`` (one deleted meanwhile is skipped)."""
    dated = []
    for p in paths:
        try:
            dated.append((p.stat().st_mtime, p))
        except OSError:
            continue
    return [p for _, p in sorted(dated)[-n:]]


def cached_vectors(name: str, key: str, texts: list[str], embed: Callable[[list[str]], Any]) -> Any:
    """Return ``embed(texts)`` as a float32 matrix, cached in ``DATA_DIR/cache/{name}_{key}.npz``.

    Texts already embedded under an earlier key (the three newest files of ``name``) are
    reused, so editing a training set embeds only its new sentences. The file holds the
    texts beside the vectors and is written atomically.
    """
    import numpy as np

    path = cache_dir() / f"{name}_{key}.npz"
    hit = load_arrays(path, ("vectors",))
    if hit is not None:
        return hit["vectors"]
    known: dict[str, Any] = {}
    for old in _newest(cache_dir().glob(f"{name}_*.npz"), 3):
        arrays = load_arrays(old, ("texts", "vectors"))
        if arrays is not None and len(arrays["texts"]) == len(arrays["vectors"]):
            known |= dict(zip(arrays["texts"].tolist(), arrays["vectors"], strict=True))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        known |= dict(zip(todo, np.asarray(embed(todo), dtype=np.float32), strict=True))
    vectors = (
        np.stack([known[t] for t in texts]).astype(np.float32) if texts else np.zeros((0, 0), np.float32)
    )
    save_arrays(path, {"texts": np.array(texts), "vectors": vectors})
    return vectors
