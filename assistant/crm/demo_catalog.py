"""Static catalogue of the demo trading company: teams, people, products, markets.

Kept apart from the generator so the generator reads as logic, and so tests and
evals can refer to the same names. Demo data only: the labels of stored codes
(stages, channels, industries, countries) are in :mod:`assistant.crm.vocabulary`,
which the generator and the answers both read.
"""

from __future__ import annotations

from pathlib import Path

import yaml

TEAMS = [
    ("华东一组", "Asia-Pacific"),
    ("欧美组", "Europe & Americas"),
    ("新兴市场组", "Emerging markets"),
]

REP_NAMES = [
    ("张伟", "zhangwei"), ("李娜", "lina"), ("王芳", "wangfang"), ("刘洋", "liuyang"),
    ("陈静", "chenjing"), ("杨帆", "yangfan"), ("赵磊", "zhaolei"), ("黄婷", "huangting"),
    ("周杰", "zhoujie"), ("吴敏", "wumin"), ("徐涛", "xutao"), ("孙丽", "sunli"),
    ("马超", "machao"), ("朱琳", "zhulin"), ("胡斌", "hubin"), ("郭倩", "guoqian"),
    ("何勇", "heyong"), ("高洁", "gaojie"), ("林峰", "linfeng"), ("罗欣", "luoxin"),
]  # fmt: skip
MANAGER_NAMES = [("沈国华", "shenguohua"), ("宋佳", "songjia"), ("唐志强", "tangzhiqiang")]
QA_NAMES = [("韩雪", "hanxue"), ("冯晨", "fengchen")]

# category -> [(name_zh, name_en, unit, unit price USD)], from data/demo_products.yaml
PRODUCTS = {
    category: [(p["name_zh"], p["name_en"], p["unit"], p["price_usd"]) for p in items]
    for category, items in yaml.safe_load(
        (Path(__file__).parent / "data" / "demo_products.yaml").read_text(encoding="utf-8")
    ).items()
}

# (country as stored, currency, share weight, language, cities); Chinese names in assistant.crm.vocabulary
MARKETS = [
    ("China", "CNY", 14, "zh", ["上海", "深圳", "广州", "杭州", "宁波", "义乌", "苏州", "青岛"]),
    ("USA", "USD", 14, "en", ["Los Angeles", "New York", "Houston", "Chicago", "Miami"]),
    ("Germany", "EUR", 9, "en", ["Hamburg", "Munich", "Berlin", "Frankfurt"]),
    ("UK", "USD", 7, "en", ["London", "Manchester", "Birmingham"]),
    ("France", "EUR", 5, "en", ["Paris", "Lyon", "Marseille"]),
    ("Japan", "USD", 6, "en", ["Tokyo", "Osaka", "Nagoya"]),
    ("South Korea", "USD", 4, "en", ["Seoul", "Busan"]),
    ("Australia", "USD", 6, "en", ["Sydney", "Melbourne", "Brisbane"]),
    ("Brazil", "USD", 4, "en", ["São Paulo", "Rio de Janeiro"]),
    ("UAE", "USD", 6, "en", ["Dubai", "Abu Dhabi"]),
    ("India", "USD", 5, "en", ["Mumbai", "Delhi", "Chennai"]),
    ("Vietnam", "USD", 4, "en", ["Ho Chi Minh City", "Hanoi"]),
    ("Mexico", "USD", 3, "en", ["Mexico City", "Guadalajara"]),
    ("Canada", "USD", 4, "en", ["Toronto", "Vancouver"]),
    ("Singapore", "USD", 4, "zh", ["Singapore"]),
    ("Malaysia", "USD", 3, "zh", ["Kuala Lumpur", "Penang"]),
    ("Netherlands", "EUR", 3, "en", ["Rotterdam", "Amsterdam"]),
]

FX_TO_USD = {"USD": 1.0, "CNY": 1 / 7.2, "EUR": 1.08}

# industry → the product categories its customers buy; Chinese names in assistant.crm.vocabulary
INDUSTRY_CATEGORIES = {
    "textiles": ["textiles", "home"],
    "retail": ["home", "electronics", "packaging"],
    "wholesale": ["hardware", "home", "textiles"],
    "ecommerce": ["electronics", "home"],
    "hospitality": ["textiles", "home", "furniture"],
    "construction": ["hardware", "furniture"],
    "gifts": ["packaging", "home", "textiles"],
    "office": ["furniture", "electronics", "packaging"],
}

ZH_BRAND = list("锦华盛鑫恒达隆泰丰源宏瑞祥和信诚嘉美安康荣辉创新博远聚德永昌天成")
ZH_SUFFIX = {
    "textiles": "纺织品", "retail": "商贸", "wholesale": "贸易", "ecommerce": "电子商务",
    "hospitality": "酒店用品", "construction": "建材", "gifts": "礼品", "office": "办公用品",
}  # fmt: skip
EN_FIRST = ["Nordic", "Pacific", "Atlas", "Summit", "Blue Harbor", "Golden Gate", "Evergreen", "Silverline",
            "Northstar", "Crescent", "Oakwood", "Redwood", "Horizon", "Meridian", "Sterling", "Coastal",
            "Alpine", "Sunrise", "Harbor", "Keystone", "Liberty", "Maple", "Orion", "Prime", "Riverside",
            "Vista", "Union", "Apex", "Beacon", "Cedar"]  # fmt: skip
EN_SECOND = {
    "textiles": "Textiles", "retail": "Retail", "wholesale": "Trading", "ecommerce": "Online",
    "hospitality": "Hospitality Supply", "construction": "Building Supply", "gifts": "Promotions",
    "office": "Office Supply",
}  # fmt: skip
EN_LEGAL = {"Germany": "GmbH", "France": "SARL", "Netherlands": "B.V.", "UK": "Ltd", "Brazil": "Ltda",
            "Mexico": "S.A. de C.V.", "Japan": "K.K.", "India": "Pvt Ltd"}  # fmt: skip

ZH_SURNAMES = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾")
ZH_GIVEN = ["建国", "伟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
            "秀英", "华", "平", "刚", "桂英", "志强", "海燕", "晓东", "文博", "思远"]  # fmt: skip
ZH_TITLES = [("总经理", 3), ("采购经理", 4), ("采购主管", 3), ("老板", 2), ("运营总监", 1), ("财务", 1)]
EN_FIRST_NAMES = ["John", "Emma", "Michael", "Sophie", "David", "Laura", "James", "Anna", "Thomas", "Maria",
                  "Daniel", "Julia", "Lukas", "Chloe", "Ahmed", "Priya", "Carlos", "Yuki", "Min-jun", "Olivia"]  # fmt: skip
EN_LAST_NAMES = ["Smith", "Müller", "Johnson", "Brown", "Schmidt", "Martin", "Dubois", "Tanaka", "Kim", "Silva",
                 "Patel", "Khan", "Garcia", "Wilson", "Nguyen", "Taylor", "Rossi", "van Dijk", "Walker", "Lee"]  # fmt: skip
EN_TITLES = [("Purchasing Manager", 4), ("Buyer", 3), ("CEO", 2), ("Sourcing Director", 2), ("Owner", 1)]

LEAD_SOURCES = ["canton_fair", "website", "alibaba", "linkedin", "trade_show", "referral", "cold_email"]
LEAD_EVENT_KINDS = [
    "site_visit",
    "catalog_download",
    "event_attended",
    "email_open",
    "inquiry",
    "pricing_page",
]
CUSTOMER_TYPES = ["price_sensitive", "quality_first", "fast_delivery", "long_term"]
COMPETITORS = ["越南工厂", "印度供应商", "宁波某厂", "义乌同行", "Alibaba sellers", "a Turkish mill"]
LOST_REASONS = ["价格太高 price too high", "选择了竞争对手 chose a competitor", "交期不满足 lead time too long",
                "预算取消 budget cancelled", "质量认证不符 certification mismatch"]  # fmt: skip
