"""Who and what the demo company is made of: teams and users, products, customers and contacts.

Rows are plain dicts with explicit ids, ready for bulk insert by :mod:`assistant.crm.demo`.
"""

from __future__ import annotations

import datetime as dt
import random

from assistant.crm import demo_catalog as C
from assistant.crm.demo_history import DAY, Profile, amount_scale, order_interval


def people(customers: int) -> tuple[list[dict], list[dict], dict[int, list[int]]]:
    """Teams, users (reps, managers, QA, admin) and rep ids per team; one rep per 20 customers, at least 20."""
    n_reps = max(20, customers // 20)
    n_teams = max(3, round(n_reps / 7))
    teams = [
        {"id": i + 1, "name": C.TEAMS[i][0] if i < 3 else f"销售{i + 1}组", "region": C.TEAMS[i % 3][1]}
        for i in range(n_teams)
    ]
    users, reps_by_team = [], {t["id"]: [] for t in teams}
    now = dt.datetime(2023, 1, 3, 9)
    for i in range(n_reps):
        zh, _pinyin = C.REP_NAMES[i % len(C.REP_NAMES)]
        suffix = "" if i < len(C.REP_NAMES) else str(i // len(C.REP_NAMES) + 1)
        team_id = teams[i * n_teams // n_reps]["id"]
        uid = i + 1
        users.append(
            _user(uid, f"rep{uid:02d}", zh + suffix, "rep", team_id, now, tg=700000 + uid)
        )
        reps_by_team[team_id].append(uid)
    for t in teams:
        zh, _pinyin = C.MANAGER_NAMES[(t["id"] - 1) % 3]
        suffix = "" if t["id"] <= 3 else str(t["id"])
        uid = len(users) + 1
        users.append(_user(uid, f"mgr{t['id']:02d}", zh + suffix, "manager", t["id"], now))
    for i, (zh, _pinyin) in enumerate(C.QA_NAMES):
        users.append(_user(len(users) + 1, f"qa{i + 1:02d}", zh, "qa", None, now))
    users.append(_user(len(users) + 1, "admin", "系统管理员", "admin", None, now))
    return teams, users, reps_by_team


def _user(uid, login, name, role, team_id, now, tg=None) -> dict:
    """Return a demo user row; its WeCom userid is its login (one string for the web and WeCom)."""
    return {
        "id": uid, "login": login, "display_name": name, "role": role, "team_id": team_id,
        "email": f"{login}@example-trading.com", "language": "zh", "wecom_userid": login,
        "telegram_user_id": tg, "active": True, "created_at": now,
    }  # fmt: skip


def product_rows() -> tuple[list[dict], dict[str, list[tuple]], dict[str, dict[str, list[str]]]]:
    """Product rows, (id, USD price) per category, and product names per category and language."""
    rows, by_cat, names = [], {}, {}
    for category, items in C.PRODUCTS.items():
        by_cat[category], names[category] = [], {"zh": [], "en": []}
        for k, (zh, en, unit, price) in enumerate(items, start=1):
            pid = len(rows) + 1
            rows.append(
                {"id": pid, "sku": f"{category[:3].upper()}-{k:03d}", "name_zh": zh, "name_en": en,
                 "category": category, "unit": unit, "unit_price": price, "currency": "USD"}
            )  # fmt: skip
            by_cat[category].append((pid, price))
            names[category]["zh"].append(zh)
            names[category]["en"].append(en)
    return rows, by_cat, names


def customers_and_contacts(rng, today, labels, reps_by_team, users):
    """Build customer and contact rows, and the :class:`Profile` that drives each customer's history."""
    rows, contacts, profiles, seen = [], [], [], set()
    weights = [m[2] for m in C.MARKETS]
    team_ids = sorted(reps_by_team)
    rep_short = {u["id"]: u["wecom_userid"] for u in users}
    for i, archetype in enumerate(labels, start=1):
        market = rng.choices(C.MARKETS, weights=weights)[0]
        country_en, currency, _, language, cities = market
        city = rng.choice(cities)
        industry = rng.choice(list(C.INDUSTRY_CATEGORIES))
        if i <= 3:  # a few well-known accounts the README and evals refer to
            _, country_en, currency, language, city, industry = (
                "中国",
                "China",
                "CNY",
                "zh",
                "上海",
                "textiles",
            )
        name_zh, name_en, short = _company_name(rng, language, city, industry, country_en, seen)
        group = _team_for(team_ids, language, country_en, rng)
        owner = rng.choice(reps_by_team[group])
        if archetype == "new":
            created = today - rng.randint(25, 150) * DAY
        else:
            created = today - (3 * 365 + rng.randint(0, 400)) * DAY
        start = max(created, today - 3 * 365 * DAY)
        tags = rng.sample(C.CUSTOMER_TYPES, k=rng.choice([1, 1, 2]))
        rows.append(
            {"id": i, "external_id": f"C{i:05d}", "name_zh": name_zh, "name_en": name_en, "short_name": short,
             "country": country_en, "city": city, "industry": industry,
             "source_channel": rng.choice(C.LEAD_SOURCES), "owner_id": owner, "tier": "C", "tags": tags,
             "created_date": created}
        )  # fmt: skip
        contact_ids, contact_names = [], []
        for k in range(rng.choice([1, 2, 2, 3])):
            cid = len(contacts) + 1
            contact, address = _contact(rng, cid, i, language, k == 0)
            while address in contact_names or any(c["name"] == contact["name"] for c in contacts[-k:] if k):
                contact, address = _contact(rng, cid, i, language, k == 0)
            contacts.append(contact)
            contact_ids.append(cid)
            contact_names.append(address)
        channel = (
            rng.choice(["wecom", "wechat"])
            if language == "zh"
            else rng.choice(["email", "whatsapp", "email"])
        )
        profiles.append(
            Profile(
                customer_id=i, owner_id=owner, archetype=archetype, currency=currency, language=language,
                start=start, base_amount=amount_scale(archetype, rng), interval=order_interval(archetype, rng),
                terms_days=rng.choice([30, 45, 60]), response_minutes=rng.uniform(20, 240),
                categories=rng.sample(C.INDUSTRY_CATEGORIES[industry], k=min(2, len(C.INDUSTRY_CATEGORIES[industry]))),
                contact_ids=contact_ids, contact_names=contact_names, channel=channel,
                hour=rng.choice([9, 10, 11, 14, 15, 16, 20]), utc_offset=8, rep_short=rep_short[owner],
            )
        )  # fmt: skip
        contacts[-1]["preferred_channel"] = channel
    for row, p in zip(rows, profiles, strict=True):
        row["tier"] = {"vip": "A", "growing": "B", "dormant": "D", "new": "C"}.get(
            p.archetype, rng.choice("BCC")
        )
    return rows, contacts, profiles


WESTERN = {"USA", "UK", "Canada", "Mexico", "Brazil", "Germany", "France", "Netherlands"}


def _team_for(team_ids: list[int], language: str, country: str, rng: random.Random) -> int:
    """Pick the owning team by region: Chinese-speaking → team 1, the West → 2, others → 3 (cycled at scale)."""
    region = 0 if language == "zh" else (1 if country in WESTERN else 2)
    cycles = max(1, len(team_ids) // 3)
    return team_ids[(region + 3 * rng.randrange(cycles)) % len(team_ids)]


def _company_name(rng, language, city, industry, country, seen):
    """Return a unique company name; at large scales a branch number keeps names distinct."""
    for attempt in range(10_000):
        branch = "" if attempt < 20 else f" {attempt // 20 + 1}"
        if language == "zh":
            brand = "".join(rng.sample(C.ZH_BRAND, 2 if attempt < 20 else 3))
            prefix = city if city in "上海深圳广州杭州宁波义乌苏州青岛" else ""
            zh = f"{prefix}{brand}{C.ZH_SUFFIX[industry]}有限公司"
            en = f"{city if prefix else country} {brand} Co., Ltd." if rng.random() < 0.3 else None
            short = brand
        else:
            first = rng.choice(C.EN_FIRST)
            en = f"{first} {C.EN_SECOND[industry]}{branch} {C.EN_LEGAL.get(country, 'Inc.')}"
            zh, short = None, first
        key = zh or en
        if key not in seen:
            seen.add(key)
            return zh, en, short
    raise RuntimeError("could not find a unique company name")  # pragma: no cover


def _contact(rng, cid, customer_id, language, primary):
    if language == "zh":
        surname = rng.choice(C.ZH_SURNAMES)
        name = surname + rng.choice(C.ZH_GIVEN)
        title = rng.choices([t for t, _ in C.ZH_TITLES], weights=[w for _, w in C.ZH_TITLES])[0]
        address = f"{surname}总" if title in ("总经理", "老板", "运营总监") else f"{surname}经理"
        email = None
    else:
        first, last = rng.choice(C.EN_FIRST_NAMES), rng.choice(C.EN_LAST_NAMES)
        name = f"{first} {last}"
        title = rng.choices([t for t, _ in C.EN_TITLES], weights=[w for _, w in C.EN_TITLES])[0]
        address, email = first, f"{first.lower()}.{last.lower().replace(' ', '')}@example.com"
    phone = f"+86 13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}" if language == "zh" else None
    row = {
        "id": cid, "customer_id": customer_id, "name": name, "title": title, "phone": phone, "email": email,
        "wechat_id": f"wx{rng.randint(100000, 999999)}" if language == "zh" else None, "language": language,
        "preferred_channel": None, "is_primary": primary,
    }  # fmt: skip
    return row, address
