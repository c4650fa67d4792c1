"""The WeCom API through ``wechatpy.enterprise.WeChatClient``: one shared access token, one refetch.

* The ``access_token`` (7200 s, per app) lives in the database (``inbox`` shared state), so every
  process and worker uses one token. It is refreshed early — :data:`REFRESH_EARLY` before it
  expires — by whichever caller takes the refresh lock first; the others keep using the old,
  still valid token meanwhile (``gettoken`` is rate-limited).
* errcode 40014/42001 (invalid/expired token): the token is dropped and fetched again, and the
  call is retried **once**.
* errcode 60020 (the server's IP is not trusted): logged with the fix.
* The API root is ``WECOM_API_BASE``: a fixed-IP forward proxy, or a test server.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from wechatpy.enterprise import WeChatClient
from wechatpy.exceptions import WeChatClientException

from assistant.inbox import service as inbox
from assistant.inbox.media import MediaError
from channels.base import RetryLater
from channels.wecom.config import WeComConfig

log = logging.getLogger(__name__)
T = TypeVar("T")

REFRESH_EARLY = 600  # seconds before expiry when one caller fetches the next token
LOCK_TTL = dt.timedelta(seconds=30)
TOKEN_ERRORS = (40014, 42001)
IP_NOT_TRUSTED = 60020
RATE_LIMITED = (45009, 45033, 45047)  # API frequency, concurrency, message quota


class WeComError(RuntimeError):
    """A WeCom API call failed with ``errcode``."""

    def __init__(self, errcode: int | None, errmsg: str) -> None:
        """Keep the errcode."""
        super().__init__(f"WeCom errcode {errcode}: {errmsg}")
        self.errcode = errcode


class TokenCache:
    """The app's access token, shared through the database, refreshed early by one caller."""

    def __init__(self, config: WeComConfig, fetch: Callable[[], dict[str, Any]]) -> None:
        """``fetch`` calls ``gettoken`` and returns its JSON (``access_token``, ``expires_in``)."""
        self.key = f"wecom:access_token:{config.corp_id}:{config.agent_id}"
        self._fetch = fetch
        self._local = threading.Lock()

    def _stored(self) -> dict[str, Any] | None:
        raw = inbox.get_state(self.key)
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return None

    def get(self) -> str:
        """Return a valid token, fetching or refreshing it when needed."""
        stored = self._stored()
        if stored and time.time() < stored["refresh_at"]:
            return str(stored["token"])
        if stored:  # still valid, due for refresh: one caller refreshes, the others go on with it
            return self._refresh() if self._lock() else str(stored["token"])
        with self._local:  # no token at all: one fetch per process, one across processes if possible
            stored = self._stored()
            if stored:
                return str(stored["token"])
            if not self._lock():
                for _ in range(50):  # another process is fetching: wait briefly for its token
                    time.sleep(0.1)
                    if (stored := self._stored()) is not None:
                        return str(stored["token"])
            return self._refresh()

    def _lock(self) -> bool:
        return inbox.acquire_state(self.key + ":refresh", "1", ttl=LOCK_TTL)

    def _refresh(self) -> str:
        try:
            result = self._fetch()
            token, expires_in = str(result["access_token"]), int(result.get("expires_in", 7200))
            value = {"token": token, "refresh_at": time.time() + max(60, expires_in - REFRESH_EARLY)}
            inbox.put_state(self.key, json.dumps(value), ttl=dt.timedelta(seconds=max(60, expires_in - 60)))
            log.info("fetched a WeCom access token (valid %d s)", expires_in)
            return token
        finally:
            inbox.delete_state(self.key + ":refresh")

    def invalidate(self, token: str) -> None:
        """Drop ``token`` if it is still the stored one (WeCom said it is invalid or expired)."""
        stored = self._stored()
        if stored and stored["token"] == token:
            inbox.delete_state(self.key)


class _Client(WeChatClient):
    """wechatpy's client with the API root from the settings and the token from :class:`TokenCache`."""

    def __init__(self, config: WeComConfig) -> None:
        self.API_BASE_URL = config.cgi_base
        super().__init__(config.corp_id, config.secret, timeout=15, auto_retry=False)
        self.tokens = TokenCache(config, self.fetch_access_token)

    @property
    def access_token(self) -> str:
        return self.tokens.get()

    def fetch_access_token(self) -> dict[str, Any]:
        """Call ``gettoken`` at the configured API root (wechatpy's own uses the official host, no timeout)."""
        res = self._http.get(self.API_BASE_URL + "gettoken", params={"corpid": self.corp_id,
                                                                     "corpsecret": self.secret}, timeout=15)
        res.raise_for_status()
        return self._handle_result(res)


class WeComAPI:
    """The calls the channel makes: ``message/send`` and ``media/get``."""

    def __init__(self, config: WeComConfig) -> None:
        """Build the client for ``config``."""
        self.config = config
        self.client = _Client(config)

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` (an API call); on a token error fetch a new token and run it once more.

        Raises:
            RetryLater: WeCom's frequency limits.
            WeComError: any other error code (60020 logged with what to do).
        """
        for attempt in (1, 2):
            used = ""
            try:
                used = self.client.tokens.get()
                return fn()
            except WeChatClientException as exc:
                code = exc.errcode
                if code in TOKEN_ERRORS and attempt == 1:
                    log.warning("WeCom says the access token is invalid (errcode %s): fetching a new one", code)
                    self.client.tokens.invalidate(used)
                    continue
                if code == IP_NOT_TRUSTED:
                    log.error(
                        "WeCom refused the call (errcode 60020: this server's IP is not trusted). Add the "
                        "server's public IP under the app's 企业可信IP (应用管理 → the app → 企业可信IP), or "
                        "set WECOM_API_BASE to a forward proxy with a fixed, trusted IP. WeCom said: %s",
                        exc.errmsg,
                    )
                if code in RATE_LIMITED:
                    raise RetryLater(60, f"WeCom rate limit (errcode {code})") from exc
                raise WeComError(code, str(exc.errmsg)) from exc
        raise AssertionError("unreachable")

    def send(self, user_id: str, message: dict[str, Any]) -> dict[str, Any]:
        """Send one app message (``msgtype`` and its body) to a member; returns WeCom's answer."""
        result = self.call(lambda: self.client.message.send(self.config.agent_id, user_id, msg=message))
        if result.get("invaliduser"):
            log.warning("WeCom did not deliver to %s: not in the app's visible range", result["invaliduser"])
        return result

    def download(self, media_id: str, dest: Path, *, max_bytes: int) -> Path:
        """Fetch a temporary media file (``media/get``) into ``dest``, refusing more than ``max_bytes``.

        Returns:
            The path written (``dest`` with the extension of WeCom's file name when it had none).

        Raises:
            MediaTooLarge: the file is over ``max_bytes``.
            WeComError: WeCom answered with an error (e.g. 40007: the media expired after 3 days).
        """
        return self.call(lambda: self._download(media_id, dest, max_bytes))

    def _download(self, media_id: str, dest: Path, max_bytes: int) -> Path:
        params = {"access_token": self.client.access_token, "media_id": media_id}
        with self.client._http.get(self.config.cgi_base + "media/get", params=params, stream=True, timeout=60) as res:
            res.raise_for_status()
            ctype = res.headers.get("Content-Type", "")
            if "json" in ctype or ctype.startswith("text/plain"):
                body = json.loads(res.content.decode("utf-8", "replace") or "{}")
                raise WeChatClientException(body.get("errcode"), body.get("errmsg"), client=self.client,
                                            request=res.request, response=res)
            if int(res.headers.get("Content-Length") or 0) > max_bytes:
                raise MediaTooLarge(max_bytes)
            name = _disposition_name(res.headers.get("Content-Disposition", ""))
            if name and not dest.suffix and Path(name).suffix:
                dest = dest.with_suffix(Path(name).suffix.lower()[:8])
            dest.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            with dest.open("wb") as out:
                for chunk in res.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > max_bytes:
                        out.close()
                        dest.unlink(missing_ok=True)
                        raise MediaTooLarge(max_bytes)
                    out.write(chunk)
        return dest


class MediaTooLarge(MediaError):
    """A media file over the limit (WeCom's ``media/get`` serves up to 20 MB in one piece)."""

    def __init__(self, max_bytes: int) -> None:
        """Word the limit in both languages."""
        mb = max_bytes // (1024 * 1024)
        super().__init__(f"The file is larger than {mb} MB.", f"文件超过 {mb} MB，无法处理。")


def _disposition_name(header: str) -> str | None:
    """Return the file name of a ``Content-Disposition`` header (``attachment; filename="a.amr"``)."""
    match = re.search(r'filename\*?=(?:UTF-8\'\')?"?([^";]+)"?', header, flags=re.IGNORECASE)
    return Path(match.group(1)).name if match else None
