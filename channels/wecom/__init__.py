"""The WeCom self-built app channel (企业微信自建应用), on wechatpy.

``mount(app)`` adds ``/wecom/callback`` (URL verification and encrypted message callbacks)
and ``/wecom/answers/{token}`` (web views of long answers), and registers
:class:`~channels.wecom.channel.WeComChannel` — or marks the channel off, with the reason,
while ``WECOM_CORP_ID``, ``WECOM_AGENT_ID``, ``WECOM_SECRET``, ``WECOM_TOKEN`` or
``WECOM_AES_KEY`` is unset.
"""

from __future__ import annotations

import binascii
import logging

from fastapi import FastAPI

from assistant.config import get_settings
from channels import registry
from channels.wecom import answers, callback, config

log = logging.getLogger(__name__)


def register_channel() -> bool:
    """Register the WeCom sender from settings (a stand-alone worker needs it too); False when off."""
    from channels.wecom.channel import WeComChannel

    settings = get_settings()
    cfg = config.load(settings)
    if cfg is None:
        registry.mark_off("wecom", "unset: " + ", ".join(config.missing(settings)))
        return False
    registry.register(WeComChannel(cfg))
    return True


def mount(app: FastAPI) -> bool:
    """Add the WeCom routes to ``app`` and register the channel; False (channel off) when unconfigured."""
    from channels.wecom.channel import WeComChannel

    settings = get_settings()
    cfg = config.load(settings)
    if cfg is None:
        registry.mark_off("wecom", "unset: " + ", ".join(config.missing(settings)))
        return False
    try:
        routes = callback.router(cfg)
    except (AssertionError, ValueError, binascii.Error):
        registry.mark_off("wecom", "WECOM_AES_KEY is not a valid EncodingAESKey (43 characters)")
        return False
    app.include_router(routes)
    app.include_router(answers.router())
    registry.register(WeComChannel(cfg))
    log.info("WeCom channel on: callback at %s, API at %s", callback.PATH, cfg.api_base)
    return True
