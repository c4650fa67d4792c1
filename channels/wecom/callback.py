"""``/wecom/callback``: WeCom's URL verification (GET) and message callbacks (POST).

A POST is verified (``msg_signature`` over the ``Encrypt`` field, checked before anything in
it is used), decrypted with ``wechatpy.enterprise.crypto.WeChatCrypto``, persisted once
(``inbox.accept`` dedupes on MsgId, events on FromUserName + CreateTime) and queued; the
answer is an empty 200 at once, so WeCom's retries (3 in all, 5 s apart) and a restart between
them produce one reply. Bad signature → 403; malformed XML, missing parameters → 400/422;
oversized body → 413; each with a reason.
"""

from __future__ import annotations

import hashlib
import hmac
import logging

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse
from starlette.concurrency import run_in_threadpool
from wechatpy.enterprise.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.utils import to_text

from assistant.inbox import service as inbox
from channels.wecom.config import WeComConfig
from channels.wecom.inbound import MAX_BODY_BYTES, BadCallback, parse_xml, to_accept

log = logging.getLogger(__name__)
PATH = "/wecom/callback"
ERRORS = {400: {"description": "malformed XML or parameters"}, 403: {"description": "bad signature"},
          413: {"description": "body too large"}}


def enqueue(inbound_id: int) -> None:
    """Queue an accepted message; if the queue is down, the periodic recovery picks it up later."""
    try:
        from channels import tasks

        tasks.enqueue(inbound_id)
    except Exception:  # persisted already: never fail the callback for the queue
        log.exception("could not enqueue WeCom message %s; recovery will", inbound_id)


def signature(token: str, timestamp: str, nonce: str, data: str) -> str:
    """WeCom's ``msg_signature``: SHA-1 of the sorted token, timestamp, nonce and data."""
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, data])).encode("utf-8")).hexdigest()


def _check(config: WeComConfig, given: str, timestamp: str, nonce: str, data: str) -> None:
    if not hmac.compare_digest(signature(config.token, timestamp, nonce, data).encode(), given.encode()):
        raise BadCallback("bad msg_signature", 403)


async def _read(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BadCallback(f"body over {MAX_BODY_BYTES} bytes", 413)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise BadCallback(f"body over {MAX_BODY_BYTES} bytes", 413)
    return body


def router(config: WeComConfig) -> APIRouter:
    """Return the callback routes for one app."""
    crypto = WeChatCrypto(config.token, config.aes_key, config.corp_id)
    r = APIRouter(tags=["wecom"])
    sig_q = Query(..., min_length=1, max_length=128, description="WeCom's signature")
    ts_q = Query(..., min_length=1, max_length=32)
    nonce_q = Query(..., min_length=1, max_length=64)

    def _decrypt(fn, *args: object) -> str:
        try:
            return to_text(fn(*args))
        except InvalidSignatureException as exc:
            raise BadCallback("bad msg_signature", 403) from exc
        except Exception as exc:  # wrong key, corp id or padding: the sender is not our app
            raise BadCallback(f"cannot decrypt: {type(exc).__name__}", 403) from exc

    @r.get(PATH, response_class=PlainTextResponse, responses=ERRORS)
    def verify_url(
        msg_signature: str = sig_q, timestamp: str = ts_q, nonce: str = nonce_q,
        echostr: str = Query(..., min_length=1, max_length=1024),
    ) -> PlainTextResponse:
        """WeCom checks the callback URL: answer the decrypted ``echostr``."""
        try:
            _check(config, msg_signature, timestamp, nonce, echostr)
            return PlainTextResponse(_decrypt(crypto.check_signature, msg_signature, timestamp, nonce, echostr))
        except BadCallback as exc:
            raise HTTPException(exc.status, str(exc)) from exc

    @r.post(PATH, response_class=PlainTextResponse, responses=ERRORS)
    async def receive(
        request: Request, msg_signature: str = sig_q, timestamp: str = ts_q, nonce: str = nonce_q
    ) -> PlainTextResponse:
        """Take a message or event: verify, decrypt, persist once, queue; answer an empty 200 at once."""
        try:
            envelope = parse_xml(await _read(request))
            encrypted = envelope.get("Encrypt")
            if not encrypted:
                raise BadCallback("no Encrypt element")
            _check(config, msg_signature, timestamp, nonce, encrypted)
            fields = parse_xml(_decrypt(crypto.decrypt_message, {"Encrypt": encrypted}, msg_signature, timestamp,
                                        nonce))
            if fields.get("AgentID") and fields["AgentID"] != str(config.agent_id):
                raise BadCallback("the message is for another app (AgentID)", 403)
            accepted = to_accept(fields)
        except BadCallback as exc:
            raise HTTPException(exc.status, str(exc)) from exc
        if accepted is not None:
            inbound_id = await run_in_threadpool(lambda: inbox.accept(**accepted))
            if inbound_id is None:
                log.info("WeCom retry of %s ignored (already accepted)", accepted["dedupe_key"])
            else:
                await run_in_threadpool(enqueue, inbound_id)
        return PlainTextResponse("")

    return r
