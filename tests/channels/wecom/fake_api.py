"""A fake WeCom API server on 127.0.0.1: ``gettoken``, ``message/send`` and ``media/get``, recording calls.

It answers as the real ``qyapi.weixin.qq.com/cgi-bin/`` does: JSON with ``errcode``/``errmsg``,
42001 for a token it no longer accepts, 40013/40001 for a wrong corp id or secret, 40007 for
an unknown media id, and the media file's bytes with ``Content-Disposition`` otherwise.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


@dataclass
class FakeWeCom:
    """The server's state; ``url`` is the API root to put in ``WECOM_API_BASE``."""

    corp_id: str
    secret: str
    token_requests: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)
    media: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # media_id → (file name, bytes)
    media_requests: list[str] = field(default_factory=list)
    ip_blocked: bool = False
    valid_tokens: set[str] = field(default_factory=set)
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def expire_tokens(self) -> None:
        """Make every token issued so far expired (the next call with one gets errcode 42001)."""
        with self._lock:
            self.valid_tokens.clear()

    def texts(self, user: str | None = None) -> list[str]:
        """Contents of the text messages sent (to ``user``, or to anyone)."""
        return [m["text"]["content"] for m in self.sent
                if m.get("msgtype") == "text" and (user is None or m["touser"] == user)]

    # --- the handlers ---------------------------------------------------------------------------
    def gettoken(self, q: dict[str, str]) -> dict[str, Any]:
        if q.get("corpid") != self.corp_id:
            return {"errcode": 40013, "errmsg": "invalid corpid"}
        if q.get("corpsecret") != self.secret:
            return {"errcode": 40001, "errmsg": "invalid credential"}
        with self._lock:
            self.token_requests += 1
            token = f"token-{self.token_requests}"
            self.valid_tokens.add(token)
        return {"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": 7200}

    def check(self, q: dict[str, str]) -> dict[str, Any] | None:
        if self.ip_blocked:
            return {"errcode": 60020, "errmsg": "not allow to access from your ip, from ip: 203.0.113.9"}
        if q.get("access_token") not in self.valid_tokens:
            return {"errcode": 42001, "errmsg": "access_token expired"}
        return None

    def send(self, q: dict[str, str], body: dict[str, Any]) -> dict[str, Any]:
        if (error := self.check(q)) is not None:
            return error
        if not body.get("touser") or "msgtype" not in body or body["msgtype"] not in body:
            return {"errcode": 40008, "errmsg": "invalid message type"}
        with self._lock:
            self.sent.append(body)
        return {"errcode": 0, "errmsg": "ok", "invaliduser": ""}

    def start(self) -> FakeWeCom:
        """Serve on a free loopback port in a daemon thread."""
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:
                pass

            def _json(self, data: dict[str, Any]) -> None:
                raw = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                url = urlparse(self.path)
                q = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path == "/cgi-bin/gettoken":
                    return self._json(fake.gettoken(q))
                if url.path == "/cgi-bin/media/get":
                    fake.media_requests.append(q.get("media_id", ""))
                    if (error := fake.check(q)) is not None:
                        return self._json(error)
                    if q.get("media_id") not in fake.media:
                        return self._json({"errcode": 40007, "errmsg": "invalid media_id"})
                    name, data = fake.media[q["media_id"]]
                    self.send_response(200)
                    self.send_header("Content-Type", "audio/amr" if name.endswith(".amr") else "application/octet-stream")
                    self.send_header("Content-Disposition", f'attachment; filename="{name}"')
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return None
                self.send_error(404)
                return None

            def do_POST(self) -> None:
                url = urlparse(self.path)
                q = {k: v[0] for k, v in parse_qs(url.query).items()}
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if url.path == "/cgi-bin/message/send":
                    return self._json(fake.send(q, body))
                self.send_error(404)
                return None

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        """Shut the server down."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
