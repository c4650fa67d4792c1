"""The catalogue the summariser matches mentions against: products (zh/en names, SKU) and competitors.

Products come from the CRM's products table; competitors from the shipped
``competitors.yaml`` (editable). Matching is case-insensitive and leftmost-longest.
Besides full names, the head noun of a Chinese product name ("竹纤维浴巾" -> "浴巾") links
to the product when only one product ends that way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

COMPETITORS_FILE = Path(__file__).with_name("competitors.yaml")


@dataclass(frozen=True)
class CatalogProduct:
    """One catalogue product as the summariser sees it."""

    sku: str
    name_zh: str
    name_en: str
    category: str = ""


@dataclass(frozen=True)
class Match:
    """A catalogue mention at ``start:end``: a product (with SKU) or a competitor."""

    kind: str  # product | competitor
    start: int
    end: int
    text: str
    name: str
    sku: str | None = None


@dataclass
class Catalog:
    """Products and competitors to recognise in conversations."""

    products: list[CatalogProduct] = field(default_factory=list)
    competitors: dict[str, list[str]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _targets: dict[str, tuple[str, str, str | None]] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def from_products(
        cls, products: Iterable[CatalogProduct], *, competitors: dict[str, list[str]] | None = None
    ) -> Catalog:
        """Build a catalogue from products and (default: the shipped) competitor list."""
        return cls(list(products), load_competitors() if competitors is None else competitors)

    @classmethod
    def from_session(cls, session: Session) -> Catalog:
        """Build the catalogue from the CRM products table plus the shipped competitor list."""
        from assistant.crm.models import Product

        rows = session.execute(select(Product.sku, Product.name_zh, Product.name_en, Product.category)).all()
        return cls.from_products(CatalogProduct(*row) for row in rows)

    def terms(self, language: str = "zh", limit: int = 30) -> list[str]:
        """Product names in ``language`` (for Whisper's vocabulary prompt)."""
        names = [p.name_zh if language.startswith("zh") else p.name_en for p in self.products]
        return list(dict.fromkeys(n for n in names if n))[:limit]

    def _compile(self) -> re.Pattern[str] | None:
        if self._pattern is not None or not (self.products or self.competitors):
            return self._pattern
        targets: dict[str, tuple[str, str, str | None]] = {}
        heads: dict[str, set[str]] = {}
        for p in self.products:
            for alias in (p.name_zh, p.name_en, p.sku):
                if alias and len(alias) >= 2:
                    targets[alias.lower()] = ("product", p.name_zh or p.name_en, p.sku)
            if p.name_zh and len(p.name_zh) > 2:
                heads.setdefault(p.name_zh[-2:], set()).add(p.sku)
            words = (p.name_en or "").split()
            if len(words) >= 2 and len(words[-1]) >= 5:  # "Stainless steel hinge" -> "hinge"
                heads.setdefault(words[-1].lower(), set()).add(p.sku)
        by_sku = {p.sku: p for p in self.products}
        for head, skus in heads.items():
            if len(skus) == 1 and head.lower() not in targets:
                p = by_sku[next(iter(skus))]
                targets[head.lower()] = ("product", p.name_zh or p.name_en, p.sku)
        for name, aliases in self.competitors.items():
            for alias in [name, *aliases]:
                targets.setdefault(str(alias).lower(), ("competitor", name, None))
        self._targets = targets
        alts = sorted(targets, key=len, reverse=True)
        parts = [
            rf"(?<![A-Za-z0-9]){re.escape(a)}(?:e?s)?(?![A-Za-z0-9])" if a.isascii() else re.escape(a)
            for a in alts
        ]
        self._pattern = re.compile("|".join(parts), re.IGNORECASE)
        return self._pattern

    def find(self, text: str) -> list[Match]:
        """Find catalogue products and competitors in ``text``."""
        pattern = self._compile()
        if pattern is None:
            return []
        out = []
        for m in pattern.finditer(text):
            key = m.group().lower()
            if key not in self._targets:  # an English plural ("gift boxes")
                key = re.sub(r"e?s$", "", key) if re.sub(r"e?s$", "", key) in self._targets else key[:-1]
            kind, name, sku = self._targets[key]
            out.append(Match(kind, m.start(), m.end(), m.group(), name, sku))
        return out


def load_competitors(path: Path = COMPETITORS_FILE) -> dict[str, list[str]]:
    """Read the competitor list: ``{name: [aliases]}``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): [str(a) for a in (v or [])] for k, v in (data.get("competitors") or {}).items()}
