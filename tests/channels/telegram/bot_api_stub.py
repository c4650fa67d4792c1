"""A local Telegram Bot API server for tests: a threaded HTTP server on 127.0.0.1 that records every call.

It speaks the wire format PTB uses (``POST /bot{token}/{method}`` with form, JSON or multipart
bodies; ``GET /file/bot{token}/{path}`` for downloads) and answers ``getMe``, ``sendMessage``,
``sendChatAction``, ``answerCallbackQuery``, ``getFile``, ``sendPhoto``/``sendDocument`` and
the webhook calls. Errors are scripted per method and parameters (``fail``): a 429 with
``retry_after`` for flood control, a 400 "can't parse entities" for bad HTML.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Call:
    """One Bot API request as received, with its outcome."""

    method: str
    params: dict[str, Any]
    status: int = 200


@dataclass
class Scripted:
    """An error answer for the next ``times`` calls of ``method`` whose params include ``match``."""

    method: str
    status: int
    description: str
    match: dict[str, Any] = field(default_factory=dict)
    retry_after: int | None = None
    times: int = 1


def _value(raw: str) -> Any:
    if raw[:1] in "[{":
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("multipart/form-data"):
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        params: dict[str, Any] = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            params[name] = {"filename": filename, "size": len(payload)} if filename else _value(payload.decode())
        return params
    return {k: _value(v) for k, v in urllib.parse.parse_qsl(body.decode(), keep_blank_values=True)}


class BotApiStub:
    """The server; use as a context manager or ``start()``/``stop()``."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.files: dict[str, tuple[str, bytes]] = {}
        self.scripted: list[Scripted] = []
        self._lock = threading.Lock()
        self._message_id = 0
        self.updates: list[dict[str, Any]] = []  # served by getUpdates (polling mode)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The server root, for ``TELEGRAM_API_BASE``."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> BotApiStub:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> BotApiStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_file(self, file_id: str, data: bytes, file_path: str) -> None:
        """Make ``file_id`` downloadable (``getFile`` then ``GET /file/bot…/file_path``)."""
        self.files[file_id] = (file_path, data)

    def fail(self, method: str, status: int, description: str, *, retry_after: int | None = None,
             times: int = 1, **match: Any) -> None:
        """Answer the next ``times`` matching calls of ``method`` with an error."""
        with self._lock:
            self.scripted.append(Scripted(method, status, description, match, retry_after, times))

    def requests(self, method: str | None = None) -> list[Call]:
        """The calls received (of one method), in order."""
        with self._lock:
            return [c for c in self.calls if method is None or c.method == method]

    def answered_updates(self) -> int:
        """How many getUpdates calls returned nothing (the poller caught up)."""
        return sum(1 for c in self.requests("getUpdates") if int(c.params.get("offset") or 0) > max(
            [u["update_id"] for u in self.updates] or [0]))

    def sent(self, chat_id: int | str | None = None) -> list[str]:
        """Texts of the messages delivered (status 200), optionally to one chat."""
        return [c.params.get("text", "") for c in self.requests("sendMessage")
                if c.status == 200 and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[Call]:
        """Wait until ``count`` successful calls of ``method`` arrived (bounded; never asserts a duration)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = [c for c in self.requests(method) if c.status == 200]
            if len(done) >= count:
                return done
            time.sleep(0.02)
        return [c for c in self.requests(method) if c.status == 200]

    # --- serving -------------------------------------------------------------------------------
    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            for s in self.scripted:
                if s.method == method and s.times > 0 and all(
                    str(params.get(k)) == str(v) for k, v in s.match.items()
                ):
                    s.times -= 1
                    body: dict[str, Any] = {"ok": False, "error_code": s.status, "description": s.description}
                    if s.retry_after is not None:
                        body["parameters"] = {"retry_after": s.retry_after}
                    self.calls.append(Call(method, params, s.status))
                    return s.status, body
            self.calls.append(Call(method, params))
            self._message_id += 1
            message_id = self._message_id
        return 200, {"ok": True, "result": self._result(method, params, message_id)}

    def _result(self, method: str, params: dict[str, Any], message_id: int) -> Any:
        if method == "getMe":
            return {"id": 42, "is_bot": True, "first_name": "Stub", "username": "stub_bot"}
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            return [u for u in list(self.updates) if u["update_id"] >= offset]
        if method == "getFile":
            path, data = self.files[str(params["file_id"])]
            return {"file_id": params["file_id"], "file_unique_id": f"u{params['file_id']}",
                    "file_size": len(data), "file_path": path}
        if method in ("sendMessage", "sendPhoto", "sendDocument"):
            chat = {"id": int(params["chat_id"]), "type": "private"}
            result: dict[str, Any] = {"message_id": message_id, "date": int(time.time()), "chat": chat}
            if "text" in params:
                result["text"] = params["text"]
            return result
        return True

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def _reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                prefix = f"/bot{stub.token}/"
                url = urllib.parse.unquote(self.path)
                if not url.startswith(prefix):
                    self._reply(401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}')
                    return
                method = url[len(prefix):]
                params = _parse_body(self.headers.get("Content-Type", ""), body)
                status, answer = stub._answer(method, params)
                if method == "getUpdates" and not answer.get("result"):
                    time.sleep(0.05)  # a long poll that times out early
                self._reply(status, json.dumps(answer).encode())

            def do_GET(self) -> None:
                prefix = f"/file/bot{stub.token}/"
                url = urllib.parse.unquote(self.path)
                path = url[len(prefix):] if url.startswith(prefix) else None
                for file_path, data in stub.files.values():
                    if file_path == path:
                        self._reply(200, data, "application/octet-stream")
                        return
                self._reply(404, b"not found", "text/plain")

        return Handler
