"""Static vocabulary the offline engine recognises: countries, cities, industries and enum values.

Each table maps a surface form (Chinese or English, matched case-insensitively) to the
value the tools take (countries and cities as stored, industries as their keys).
"""

from __future__ import annotations

from assistant.crm.vocabulary import COUNTRY_ZH, INDUSTRY_ZH
from assistant.text import lazy_re

COUNTRY_ALIASES: dict[str, str] = {zh: en for en, zh in COUNTRY_ZH.items()} | {
    "美": "USA", "US": "USA", "U.S.": "USA", "America": "USA", "American": "USA", "United States": "USA",
    "UK": "UK", "英": "UK", "Britain": "UK", "British": "UK", "England": "UK", "United Kingdom": "UK",
    "German": "Germany", "德": "Germany", "French": "France", "法": "France", "Japanese": "Japan",
    "日": "Japan", "Korea": "South Korea", "Korean": "South Korea", "Australian": "Australia",
    "澳洲": "Australia", "Brazilian": "Brazil", "Emirates": "UAE", "Dubai": "UAE", "Indian": "India",
    "Vietnamese": "Vietnam", "Mexican": "Mexico", "Canadian": "Canada", "Dutch": "Netherlands",
    "Holland": "Netherlands", "荷": "Netherlands", "Chinese": "China", "国内": "China", "中国大陆": "China",
    "大马": "Malaysia", "Malaysian": "Malaysia",
}  # fmt: skip
# Single-character country abbreviations only count in these compounds ("德国客户" is covered anyway).
SHORT_COUNTRY_CONTEXT = ("客户", "市场", "那边")

CITY_ALIASES: dict[str, str] = {
    "汉堡": "Hamburg", "慕尼黑": "Munich", "柏林": "Berlin", "法兰克福": "Frankfurt", "伦敦": "London",
    "曼彻斯特": "Manchester", "伯明翰": "Birmingham", "巴黎": "Paris", "里昂": "Lyon", "马赛": "Marseille",
    "东京": "Tokyo", "大阪": "Osaka", "名古屋": "Nagoya", "首尔": "Seoul", "釜山": "Busan",
    "悉尼": "Sydney", "墨尔本": "Melbourne", "布里斯班": "Brisbane", "圣保罗": "São Paulo",
    "里约": "Rio de Janeiro", "迪拜": "Dubai", "阿布扎比": "Abu Dhabi", "孟买": "Mumbai", "德里": "Delhi",
    "金奈": "Chennai", "胡志明": "Ho Chi Minh City", "河内": "Hanoi", "墨西哥城": "Mexico City",
    "瓜达拉哈拉": "Guadalajara", "多伦多": "Toronto", "温哥华": "Vancouver", "吉隆坡": "Kuala Lumpur",
    "槟城": "Penang", "鹿特丹": "Rotterdam", "阿姆斯特丹": "Amsterdam", "洛杉矶": "Los Angeles",
    "纽约": "New York", "休斯顿": "Houston", "芝加哥": "Chicago", "迈阿密": "Miami",
    "Shanghai": "上海", "Shenzhen": "深圳", "Guangzhou": "广州", "Hangzhou": "杭州", "Ningbo": "宁波",
    "Yiwu": "义乌", "Suzhou": "苏州", "Qingdao": "青岛",
}  # fmt: skip

CITIES = [
    "上海", "深圳", "广州", "杭州", "宁波", "义乌", "苏州", "青岛",
    "Los Angeles", "New York", "Houston", "Chicago", "Miami", "Hamburg", "Munich", "Berlin", "Frankfurt",
    "London", "Manchester", "Birmingham", "Paris", "Lyon", "Marseille", "Tokyo", "Osaka", "Nagoya", "Seoul",
    "Busan", "Sydney", "Melbourne", "Brisbane", "São Paulo", "Rio de Janeiro", "Dubai", "Abu Dhabi", "Mumbai",
    "Delhi", "Chennai", "Ho Chi Minh City", "Hanoi", "Mexico City", "Guadalajara", "Toronto", "Vancouver",
    "Singapore", "Kuala Lumpur", "Penang", "Rotterdam", "Amsterdam",
    "北京", "天津", "厦门", "东莞", "佛山", "温州", "南京", "成都", "武汉", "重庆", "西安", "长沙", "郑州", "泉州",
]

INDUSTRY_ALIASES: dict[str, str] = {label: key for key, label in INDUSTRY_ZH.items()} | {
    "纺织": "textiles", "服装": "textiles", "面料": "textiles", "textile": "textiles", "textiles": "textiles",
    "apparel": "textiles", "garment": "textiles", "clothing": "textiles",
    "零售": "retail", "连锁": "retail", "超市": "retail", "retail": "retail", "retailer": "retail",
    "批发": "wholesale", "分销": "wholesale", "贸易商": "wholesale", "wholesale": "wholesale",
    "wholesaler": "wholesale", "distributor": "wholesale", "trading": "wholesale",
    "电商": "ecommerce", "跨境电商": "ecommerce", "电子商务": "ecommerce", "e-commerce": "ecommerce",
    "ecommerce": "ecommerce", "online seller": "ecommerce", "online retail": "ecommerce",
    "酒店": "hospitality", "餐饮": "hospitality", "hotel": "hospitality", "hospitality": "hospitality",
    "restaurant": "hospitality", "建材": "construction", "建筑": "construction", "工程": "construction",
    "construction": "construction", "building": "construction", "礼品": "gifts", "促销品": "gifts",
    "gift": "gifts", "gifts": "gifts", "promotional": "gifts", "办公用品": "office", "办公": "office",
    "office": "office", "office supply": "office",
}  # fmt: skip

SEGMENT_ALIASES: dict[str, str] = {
    "VIP": "vip", "vip": "vip", "大客户": "vip", "重点客户": "vip", "高价值": "vip", "核心客户": "vip",
    "top customers": "vip", "key accounts": "vip", "key account": "vip", "high-value": "vip",
    "high value": "vip", "潜力": "potential", "潜在增长": "potential", "成长型": "potential",
    "potential": "potential", "high-potential": "potential", "growing": "potential",
    "风险客户": "risk", "at-risk": "risk", "at risk": "risk", "risky": "risk",
    "普通客户": "regular", "一般客户": "regular", "regular": "regular",
}  # fmt: skip
TIER_PATTERN = r"(?:([ABCD])\s*(?:类|级|档|等)(?:客户)?|tier\s*([ABCD])\b|([ABCD])[- ]tier|([ABCD])\s*class)"
CHURN_LEVELS = {"高风险": "high", "high risk": "high", "high-risk": "high", "中风险": "medium",
                "medium risk": "medium", "低风险": "low", "low risk": "low"}  # fmt: skip
LEAD_GRADE_PATTERN = r"(?:([SABCD])\s*(?:级|类|等)\s*(?:的)?(?:线索|leads?)|grade\s*([SABCD])\b|([SABCD])[- ]grade|\b([SABCD])\s+leads?)"
SEVERITY_ALIASES = {"高风险": "high", "严重": "high", "high-risk": "high", "high severity": "high", "serious": "high",
                    "中风险": "medium", "medium": "medium", "低风险": "low", "low": "low", "high": "high"}  # fmt: skip
ALERT_CATEGORIES = {
    "绝对化": "absolute_claims", "极限词": "absolute_claims", "absolute claim": "absolute_claims",
    "辱骂": "abuse", "骂人": "abuse", "abuse": "abuse", "abusive": "abuse", "贿赂": "bribery", "回扣": "bribery",
    "bribe": "bribery", "bribery": "bribery", "kickback": "bribery", "诋毁": "competitor_slander",
    "贬低竞品": "competitor_slander", "slander": "competitor_slander", "机密": "confidential",
    "泄密": "confidential", "confidential": "confidential", "私下联系": "contact_leak", "留联系方式": "contact_leak",
    "contact leak": "contact_leak", "承诺": "guarantee", "保证": "guarantee", "guarantee": "guarantee",
    "私单": "private_deal", "飞单": "private_deal", "private deal": "private_deal", "side deal": "private_deal",
    "private-deal": "private_deal", "side-deal": "private_deal", "off-book": "private_deal", "off book": "private_deal",
    "off the books": "private_deal", "私下交易": "private_deal", "contact-leak": "contact_leak",
    "absolute-claim": "absolute_claims", "competitor-slander": "competitor_slander",
    "泄露联系方式": "contact_leak", "泄露客户联系方式": "contact_leak", "私留联系方式": "contact_leak",
    "联系方式泄露": "contact_leak", "泄露电话": "contact_leak", "泄露微信": "contact_leak",
    "leaked contact": "contact_leak", "leaking contact": "contact_leak", "leaks contact": "contact_leak",
    "leak contact": "contact_leak", "contact-info leak": "contact_leak", "contact info leak": "contact_leak",
    "shared contact": "contact_leak", "sharing contact": "contact_leak", "shared personal contact": "contact_leak",
    "shared their contact": "contact_leak", "shared personal wechat": "contact_leak",
}  # fmt: skip
ALERT_STATUSES = {"未处理": "open", "待处理": "open", "未审核": "open", "open": "open", "unreviewed": "open",
                  "没处理": "open", "没审": "open", "未解决": "open", "没解决": "open", "unresolved": "open",
                  "unhandled": "open", "not yet reviewed": "open", "still pending": "open", "待审核": "open",
                  "待复核": "open", "等待审核": "open", "还没审": "open", "waiting for review": "open",
                  "awaiting review": "open", "pending review": "open", "not reviewed": "open",
                  "等着审": "open", "等审": "open", "waiting to be reviewed": "open",
                  "已确认": "confirmed", "confirmed": "confirmed", "误报": "false_positive",
                  "false positive": "false_positive"}  # fmt: skip
SCENARIOS = {
    "嫌贵": "price_objection", "太贵": "price_objection", "价格高": "price_objection", "价格": "price_objection",
    "砍价": "price_objection", "降价": "price_objection", "折扣": "price_objection", "too expensive": "price_objection",
    "price": "price_objection", "discount": "price_objection", "交期": "delivery_time", "交货": "delivery_time",
    "发货": "delivery_time", "lead time": "delivery_time", "delivery": "delivery_time", "质量": "quality_concern",
    "quality": "quality_concern", "投诉": "after_sales_complaint", "售后": "after_sales_complaint",
    "complaint": "after_sales_complaint", "竞争对手": "competitor", "竞品": "competitor", "competitor": "competitor",
    "起订量": "moq", "MOQ": "moq", "minimum order": "moq", "付款": "payment_terms", "账期": "payment_terms",
    "payment terms": "payment_terms", "样品": "sample_request", "sample": "sample_request",
    "催单": "closing", "逼单": "closing", "成交": "closing", "close the deal": "closing", "跟进": "follow_up",
    "follow up": "follow_up", "follow-up": "follow_up", "开场": "opening", "破冰": "opening", "opening": "opening",
    "激活": "reactivation", "唤醒": "reactivation", "沉睡客户": "reactivation", "win back": "reactivation",
    "信任": "trust_building", "trust": "trust_building",
}  # fmt: skip
STAGES = {
    "初步接触": "prospecting", "prospecting": "prospecting", "需求确认": "qualification", "资格确认": "qualification",
    "qualification": "qualification", "报价": "proposal", "方案": "proposal", "proposal": "proposal",
    "谈判": "negotiation", "negotiation": "negotiation", "赢单": "won", "成交": "won", "won": "won",
    "输单": "lost", "丢单": "lost", "lost": "lost",
}  # fmt: skip
ACTIVITY_TYPES = {
    "电话": "call", "打电话": "call", "通话": "call", "call": "call", "拜访": "visit", "上门": "visit",
    "visit": "visit", "会议": "meeting", "开会": "meeting", "见面": "meeting", "meeting": "meeting",
    "邮件": "email", "email": "email", "微信": "chat", "聊天": "chat", "chat": "chat", "询盘": "inquiry",
    "inquiry": "inquiry", "备注": "note", "note": "note", "called": "call", "phoned": "call", "rang": "call",
    "emailed": "email", "visited": "visit", "met with": "meeting",
}  # fmt: skip
TITLE_SUFFIXES = ("总", "经理", "老板", "主管", "总监", "董", "姐", "哥", "老师", "小姐", "先生", "女士")
ZH_SURNAMES = set(
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾钱褚卫蒋沈秦尤吕施孔严华金魏陶姜邹喻苏潘葛"
    "范郎鲁韦苗方俞任袁柳薛贺倪汤殷黎易常武乔赖龚文叶余杜程蔡丁于董萧田段雷侯龙史陆夏贾"
)
# Latin short names that are everyday English words: only trusted capitalised ("Prime", not "prime time").
EN_COMMON_SHORT = {"prime", "union", "horizon", "liberty", "harbor", "coastal", "crescent", "sterling", "vista"}
_GENERIC_TAIL = lazy_re.compile(r"\s+(?:Supply|Supplies|Trading|Promotions|Group|Company)$")


def name_stems(bare: str | None) -> list[str]:
    """Shorter forms people type of a customer's name: "Maple Office Supply" → ["Maple Office"]."""
    stem = _GENERIC_TAIL.sub("", bare or "")
    return [stem] if bare and stem != bare and " " in stem else []


_LEGAL = lazy_re.compile(
    r"\s+(Inc\.|Ltd|Ltda|GmbH|SARL|B\.V\.|K\.K\.|Pvt Ltd|S\.A\. de C\.V\.|Co\., Ltd\.|LLC|PLC)$"
)


def without_legal_suffix(name: str | None) -> str | None:
    """Strip the legal suffix: "Beacon Building Supply Inc." → "Beacon Building Supply" (else None)."""
    if not name:
        return None
    bare = _LEGAL.sub("", name).strip()
    return bare if bare != name and len(bare) > 3 else None
