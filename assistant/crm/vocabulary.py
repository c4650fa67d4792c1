"""The CRM's labels: what each stored code is called in Chinese, and what a stage is worth.

Codes are stored in English (``negotiation``, ``wecom``, ``textiles``); English answers
show the code itself, Chinese answers the label from these tables. One table each,
read by the demo generator, the analytics, the tools and the offline renderers. The
value lists of the columns (``STAGES``, ``ACTIVITY_TYPES``) stay in
:mod:`assistant.crm.models`; a test keeps these tables in step with them.
"""

from __future__ import annotations

STAGE_ZH: dict[str, str] = {
    "prospecting": "初步接触",
    "qualification": "需求确认",
    "proposal": "方案报价",
    "negotiation": "商务谈判",
    "won": "赢单",
    "lost": "输单",
}
"""Deal stage → Chinese name."""

STAGE_PROBABILITY: dict[str, int] = {
    "prospecting": 10,
    "qualification": 25,
    "proposal": 50,
    "negotiation": 75,
    "won": 100,
    "lost": 0,
}
"""Deal stage → win probability in percent, set on a deal when it enters the stage."""

CHANNEL_ZH: dict[str, str] = {
    "wecom": "企业微信",
    "wechat": "微信",
    "email": "邮件",
    "phone": "电话",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "offline": "面谈",
    "video": "视频会议",
    "visit": "拜访",
}
"""Contact channel (of an activity, or a contact's preferred channel) → Chinese name."""

ACTIVITY_TYPE_ZH: dict[str, str] = {
    "call": "电话",
    "chat": "聊天",
    "email": "邮件",
    "meeting": "会议",
    "visit": "拜访",
    "inquiry": "询盘",
    "note": "备注",
}
"""Activity type → Chinese name."""

INDUSTRY_ZH: dict[str, str] = {
    "textiles": "纺织服装",
    "retail": "零售连锁",
    "wholesale": "批发分销",
    "ecommerce": "跨境电商",
    "hospitality": "酒店餐饮",
    "construction": "建材工程",
    "gifts": "礼品促销",
    "office": "办公用品",
}
"""Customer industry → Chinese name."""

CATEGORY_ZH: dict[str, str] = {
    "textiles": "纺织",
    "home": "家居",
    "electronics": "电子",
    "hardware": "五金",
    "packaging": "包装",
    "furniture": "家具",
}
"""Product category → Chinese name."""

COUNTRY_ZH: dict[str, str] = {
    "China": "中国",
    "USA": "美国",
    "Germany": "德国",
    "UK": "英国",
    "France": "法国",
    "Japan": "日本",
    "South Korea": "韩国",
    "Australia": "澳大利亚",
    "Brazil": "巴西",
    "UAE": "阿联酋",
    "India": "印度",
    "Vietnam": "越南",
    "Mexico": "墨西哥",
    "Canada": "加拿大",
    "Singapore": "新加坡",
    "Malaysia": "马来西亚",
    "Netherlands": "荷兰",
}
"""Country as stored (English) → Chinese name."""
