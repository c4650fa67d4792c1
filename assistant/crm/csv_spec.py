"""The CSV import/export format: one file per entity, its columns, types, keys and references.

References between files use natural keys, never database ids: users by ``login``,
teams by ``name``, products by ``sku``, customers, opportunities, orders, leads and
activities by ``external_id``, contacts by customer + contact name. This table is the
documentation of the format (the README renders the same information).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.db import Base


@dataclass(frozen=True)
class Field:
    """One CSV column: its type, whether it is required, and the model column or reference it fills."""

    name: str
    kind: str = "str"  # str, int, decimal, date, datetime, bool, json, tags
    required: bool = False
    column: str | None = None  # defaults to name
    ref: str | None = None  # entity whose key this column holds
    choices: tuple[str, ...] | None = None
    bounds: tuple[int, int] | None = None  # numbers: allowed range (default: from the column type)

    @property
    def target(self) -> str:
        """The model attribute this column fills."""
        return self.column or self.name


@dataclass(frozen=True)
class Entity:
    """One CSV file: model, fields, upsert key (model columns) and the key others reference it by."""

    name: str
    model: type[Base]
    fields: tuple[Field, ...]
    upsert_key: tuple[str, ...]
    ref_key: str | None = None  # model column others use to reference this entity

    @property
    def file(self) -> str:
        """The CSV file name."""
        return f"{self.name}.csv"


# Limits of the format, enforced on import (the README "Limits" section lists them).
MAX_TEXT_CHARS = 65_536  # Text and JSON columns; String(n) columns allow n characters
MAX_DECIMALS = 2  # money columns are Numeric(14, 2): cents, no rounding on import
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")  # a text cell starting so is exported as '<text>
LITERAL_MARK = "'"  # a text cell starting with it is taken verbatim after removing that one mark
