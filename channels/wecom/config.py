"""The WeCom app's settings as one value, or why the channel is off."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.config import Settings, get_settings

API_HOST = "https://qyapi.weixin.qq.com"


@dataclass(frozen=True)
class WeComConfig:
    """What the channel needs to receive callbacks and call the WeCom API.

    Attributes:
        corp_id: The company's CorpID (我的企业 → 企业信息).
        agent_id: The self-built app's AgentId.
        secret: The app's Secret (for ``gettoken``).
        token: The callback Token (signatures).
        aes_key: The callback EncodingAESKey (43 characters).
        api_base: The API root (``https://qyapi.weixin.qq.com``, a fixed-IP proxy, or a test server).
        public_base_url: Where the web views of long answers are served (None: send parts instead).
    """

    corp_id: str
    agent_id: int
    secret: str
    token: str
    aes_key: str
    api_base: str = API_HOST
    public_base_url: str | None = None

    @property
    def cgi_base(self) -> str:
        """The ``/cgi-bin/`` root that API paths (``message/send``) are appended to."""
        return self.api_base.rstrip("/") + "/cgi-bin/"


def missing(settings: Settings) -> list[str]:
    """Names of the settings the channel needs that are unset."""
    values = {
        "WECOM_CORP_ID": settings.wecom_corp_id,
        "WECOM_AGENT_ID": settings.wecom_agent_id,
        "WECOM_SECRET": settings.wecom_secret.get_secret_value(),
        "WECOM_TOKEN": settings.wecom_token.get_secret_value(),
        "WECOM_AES_KEY": settings.wecom_aes_key.get_secret_value(),
    }
    return [name for name, value in values.items() if not value]


def load(settings: Settings | None = None) -> WeComConfig | None:
    """Return the configuration, or None while a required setting is unset."""
    s = settings or get_settings()
    if missing(s):
        return None
    return WeComConfig(
        corp_id=str(s.wecom_corp_id),
        agent_id=int(s.wecom_agent_id or 0),
        secret=s.wecom_secret.get_secret_value(),
        token=s.wecom_token.get_secret_value(),
        aes_key=s.wecom_aes_key.get_secret_value(),
        api_base=s.wecom_api_base or API_HOST,
        public_base_url=(s.public_base_url or "").rstrip("/") or None,
    )
