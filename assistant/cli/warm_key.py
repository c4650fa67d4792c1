"""The warm worker's key and wire format: standard library only (the ``ask`` client imports this first).

A worker may answer a question only if its answer would be the one an in-process ``ask`` gives
now. :func:`worker_key` hashes everything that could make them differ: the package code (path,
``mtime_ns`` and size of every ``.py``/``.yaml``/``.npz``/``.md`` file of ``assistant``,
``knowledge`` and ``prompts``: stat calls, no reads), the interpreter and its site-packages,
the working folder (relative paths in the settings), the settings-relevant environment, the
``.env`` file's bytes, the OS user (the audit actor) and the SQLite file's identity (device and
inode: a restored or re-initialised database is a new file). Messages are one JSON object per
line (:func:`send`, :func:`receive`).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import sysconfig
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CODE_DIRS = ("assistant", "knowledge", "prompts")
CODE_SUFFIXES = (".py", ".yaml", ".yml", ".npz", ".md", ".json")
# Upper-cased names of the Settings fields (a test checks they match ``assistant.config.Settings``).
SETTINGS_ENV = frozenset({
    "ENVIRONMENT", "DATA_DIR", "DATABASE_URL", "TIMEZONE", "BASE_CURRENCY", "LLM_PROVIDER", "LLM_MODEL",
    "OPENAI_BASE_URL", "OPENAI_API_KEY", "LLM_TIMEOUT_S", "LLM_MAX_RETRIES", "HISTORY_TOKEN_BUDGET",
    "TOOL_RESULT_TOKEN_BUDGET", "TIKTOKEN_ENCODING", "MAX_QUESTION_CHARS", "MAX_PASTED_TEXT_CHARS",
    "MAX_SCAN_CHARS", "EMBEDDING_PROVIDER", "EMBEDDING_MODEL", "CHROMA_HOST", "CHROMA_PORT",
    "CHROMA_COLLECTION", "SCRIPTS_DIR", "SCRIPT_OUTCOME_WINDOW_DAYS", "WHISPER_MODEL", "WHISPER_MAX_MB",
    "WHISPER_MAX_MINUTES", "WHISPER_CHUNK_SECONDS", "TRANSCRIBE_LANGUAGES", "TRANSCRIBE_TURN_GAP_SECONDS",
    "SUMMARY_ENGINE", "SUMMARY_OFFLINE_MODEL", "SUMMARY_CHUNK_TOKENS", "WORKING_HOURS", "WORKING_WEEKDAYS",
    "LATE_REPLY_MINUTES", "STALLED_DAYS_DEFAULT", "STALLED_DAYS_BY_STAGE", "REDIS_URL", "QUEUE_WORKERS",
    "QUEUE_IN_PROCESS", "WECOM_CORP_ID", "WECOM_AGENT_ID", "WECOM_SECRET", "WECOM_TOKEN", "WECOM_AES_KEY",
    "WECOM_API_BASE", "PUBLIC_BASE_URL", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_API_BASE",
    "HOST", "PORT", "SECRET_KEY", "DEMO_PASSWORD", "ASK_WORKER", "ASK_WORKER_IDLE_SECONDS",
})  # fmt: skip
OTHER_ENV = ("TZ", "USER", "LOGNAME", "LNAME", "USERNAME", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
SOCKET_NAME = "ask.sock"
MAX_SOCKET_PATH = 100  # AF_UNIX paths are limited to 107 bytes on Linux; longer: no worker


def run_dir(data_dir: str | os.PathLike[str]) -> Path:
    """Return ``DATA_DIR/run``, where the worker's socket, lock, state and log live."""
    return Path(data_dir) / "run"


def socket_path(data_dir: str | os.PathLike[str]) -> Path | None:
    """Return the worker's socket path, or None when it is too long for a Unix-domain socket."""
    path = run_dir(data_dir) / SOCKET_NAME
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def settings_environment(environ: dict[str, str] | os._Environ[str] | None = None) -> list[tuple[str, str]]:
    """Return the environment variables that can change the settings (names as Settings reads them)."""
    env = os.environ if environ is None else environ
    return sorted(
        (k, v) for k, v in env.items()
        if k.upper() in SETTINGS_ENV or k.upper().startswith(("LLM_", "OPENAI_")) or k in OTHER_ENV
    )  # fmt: skip


def _code_stats(h: Any) -> None:
    for name in CODE_DIRS:
        top = ROOT / name
        stack = [str(top)]
        while stack:
            try:
                entries = sorted(os.scandir(stack.pop()), key=lambda e: e.name)
            except OSError:
                continue
            for e in entries:
                if e.is_dir(follow_symlinks=False):
                    if e.name != "__pycache__" and not e.name.startswith("."):
                        stack.append(e.path)
                elif e.name.endswith(CODE_SUFFIXES):
                    st = e.stat()
                    h.update(f"{e.path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())


def sqlite_file(database_url: str) -> Path | None:
    """Return the file of an SQLite URL (``sqlite:///./data/crm.db``), None for other databases."""
    if not database_url.startswith("sqlite") or ":///" not in database_url:
        return None
    path = database_url.split(":///", 1)[1].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def _identity(path: Path | None) -> str:
    if path is None:
        return "-"
    try:
        st = path.stat()
    except OSError:
        return f"missing:{path}"
    return f"{path.resolve()}:{st.st_dev}:{st.st_ino}"


def worker_key(database_url: str) -> str:
    """Hash everything that would make a worker's answer differ from an in-process one (module docstring)."""
    h = hashlib.sha256()
    h.update(f"{sys.executable}\0{sys.version}\0{os.getcwd()}\0{os.getuid()}\n".encode())
    for lib in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        h.update(f"{lib}\0{_identity(Path(lib))}\0{_mtime(lib)}\n".encode())
    for k, v in settings_environment():
        h.update(f"{k}={v}\0".encode())
    try:
        h.update(b"env-file\0" + Path(".env").read_bytes())
    except OSError:
        h.update(b"no-env-file")
    h.update(f"\0db\0{_identity(sqlite_file(database_url))}\n".encode())
    _code_stats(h)
    return h.hexdigest()[:24]


def _mtime(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    """Send one message (a JSON object and a newline)."""
    sock.sendall(json.dumps(message, ensure_ascii=False).encode() + b"\n")


def receive(sock: socket.socket, buffer: bytearray) -> dict[str, Any] | None:
    """Read one message; None at end of stream. ``buffer`` keeps bytes read past it (per connection).

    Raises:
        TimeoutError: Nothing complete arrived within the socket's timeout.
    """
    while b"\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    line, _, rest = bytes(buffer).partition(b"\n")
    buffer[:] = rest
    return json.loads(line)
