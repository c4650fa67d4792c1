"""Reading and writing single CSV cells: types, limits, and the literal mark against formulas.

A cell is parsed against its :class:`~assistant.crm.csv_spec.Field` and the table column
that stores it, so a value the database would reject, truncate or round (too long, NUL,
too large, too many decimals, not finite) is refused here with a message naming the
problem; SQLite and PostgreSQL then behave the same.

Text cells (``str``, ``tags``, ``json`` fields) use one escape on both sides: a cell that
starts with ``'`` is literal — the mark is removed and the rest kept exactly, spaces
included. Export adds the mark to text that a spreadsheet would run as a formula
(starting with ``= + - @``, tab or CR), that has surrounding white space, that starts
with ``'`` itself, or that is empty (``'`` alone is the empty string; an empty cell
is NULL). Other text cells are stripped of surrounding white space.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Column, Integer, Numeric, String

from assistant.crm.csv_spec import FORMULA_PREFIXES, LITERAL_MARK, MAX_DECIMALS, MAX_TEXT_CHARS
from assistant.text import lazy_re

if TYPE_CHECKING:
    from assistant.crm.csv_spec import Field

TEXT_KINDS = ("str", "tags", "json")
_INT = lazy_re.compile(r"[+-]?[0-9]+")
_DECIMAL = lazy_re.compile(r"[+-]?[0-9]+(?:\.([0-9]+))?")
_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)
_BOOLS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


class CellError(ValueError):
    """A cell's text cannot be read as the column's type."""


def show(text: str, limit: int = 40) -> str:
    """Quote ``text`` for an error message, shortened so a huge cell does not flood the output."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def escape_text(text: str) -> str:
    """Return ``text`` as a cell that spreadsheets do not evaluate and that re-imports unchanged."""
    if text == "" or text.startswith((*FORMULA_PREFIXES, LITERAL_MARK)) or text != text.strip():
        return LITERAL_MARK + text
    return text


def escape_formula(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would evaluate (one-way exports such as alert lists)."""
    return LITERAL_MARK + text if text.startswith(FORMULA_PREFIXES) else text


def unescape_text(cell: str) -> tuple[str, bool]:
    """Undo :func:`escape_text`: returns (text, literal); non-literal cells are stripped."""
    if cell.startswith(LITERAL_MARK):
        return cell[len(LITERAL_MARK) :], True
    return cell.strip(), False


def text_limit(column: Column | None) -> int:
    """Return the most characters a cell of ``column`` may hold: String(n) → n, else MAX_TEXT_CHARS."""
    if column is not None and isinstance(column.type, String) and column.type.length:
        return column.type.length
    return MAX_TEXT_CHARS


def parse_cell(field: Field, raw: str, column: Column | None = None) -> Any:
    """Parse one CSV cell to a Python value (None for an empty optional cell).

    Args:
        field: the CSV column.
        raw: the cell text as read from the file.
        column: the table column the value is checked against (length, number range).

    Raises:
        CellError: with a message that says what was expected.
    """
    if "\x00" in raw:
        raise CellError("contains a NUL character (U+0000), which the database cannot store")
    if field.kind in TEXT_KINDS:
        text, literal = unescape_text(raw)
    else:
        text, literal = raw.strip(), False
    if text == "" and not literal:
        if field.kind == "tags" and not field.required:
            return []
        if field.required:
            raise CellError("is required but empty")
        return None
    limit = text_limit(column) if field.kind == "str" else MAX_TEXT_CHARS
    if field.kind in TEXT_KINDS and len(text) > limit:
        raise CellError(f"is {len(text):,} characters long; at most {limit:,} are allowed")
    if field.choices and text not in field.choices:
        raise CellError(f"{show(text)} is not one of {', '.join(field.choices)}")
    match field.kind:
        case "int":
            return _int(field, text, column)
        case "decimal":
            return _decimal(text, column)
        case "date":
            return _date(text)
        case "datetime":
            return _datetime(text)
        case "bool":
            if text.lower() not in _BOOLS:
                raise CellError(f"{show(text)} is not a valid bool (use true or false)")
            return _BOOLS[text.lower()]
        case "json":
            return _json(text)
        case "tags":
            return [t.strip() for t in text.split(";") if t.strip()]
    return text


def format_cell(field: Field, value: Any) -> str:
    """Format a Python value for a CSV cell (inverse of :func:`parse_cell`)."""
    if value is None:
        return ""
    if field.kind == "json":
        return escape_text(json.dumps(value, ensure_ascii=False))
    if field.kind == "tags":
        return escape_text(";".join(value)) if value else ""
    if field.kind == "bool":
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if field.kind == "str":
        return escape_text(str(value))
    return str(value)


def _int(field: Field, text: str, column: Column | None) -> int:
    if not _INT.fullmatch(text):
        raise CellError(f"{show(text)} is not a valid int (digits only, no separators)")
    low, high = field.bounds or _int_range(column)
    value = int(text)
    if not low <= value <= high:
        raise CellError(f"{show(text)} is out of range ({low} to {high})")
    return value


def _int_range(column: Column | None) -> tuple[int, int]:
    kind = column.type if column is not None else None
    if isinstance(kind, BigInteger):
        return _INT64  # identifiers (Telegram ids), not quantities: any sign
    if isinstance(kind, Integer):
        return (0, _INT32[1])  # counts, minutes, quantities
    return _INT64


def _decimal(text: str, column: Column | None) -> Decimal:
    match = _DECIMAL.fullmatch(text)
    if not match:
        raise CellError(
            f"{show(text)} is not a valid decimal: write digits with '.' as the decimal point, "
            "no thousands separators or exponents (e.g. 1234.50)"
        )
    places = column.type.scale if column is not None and isinstance(column.type, Numeric) else None
    places = MAX_DECIMALS if places is None else places
    if len(match.group(1) or "") > places:
        raise CellError(f"{show(text)} has more than {places} decimal places")
    value = abs(Decimal(text)) if Decimal(text) == 0 else Decimal(text)
    precision = column.type.precision if column is not None and isinstance(column.type, Numeric) else None
    high = Decimal(10) ** ((precision or 14) - places)
    if value < 0:
        raise CellError(f"{show(text)} is negative; amounts are 0 or more")
    if value >= high:
        raise CellError(f"{show(text)} is too large (must be below {high:,})")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CellError(f"{show(text)} is not a valid date (YYYY-MM-DD)") from exc


def _datetime(text: str) -> dt.datetime:
    """Read ISO 8601; a time with an offset (``+08:00``, ``Z``) is converted to naive UTC."""
    try:
        value = dt.datetime.fromisoformat(text)
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError) as exc:
        raise CellError(f"{show(text)} is not a valid datetime (YYYY-MM-DD HH:MM:SS[+HH:MM])") from exc
    return value


def _json(text: str) -> Any:
    try:
        value = json.loads(text, parse_float=_finite_float, parse_constant=_no_constant)
        _check_json_text(value)
    except (ValueError, RecursionError) as exc:
        raise CellError(f"{show(text)} is not valid JSON ({str(exc)[:80]})") from exc
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not JSON")


def _check_json_text(value: Any) -> None:
    """Reject strings the databases cannot store (NUL, lone surrogates) anywhere in a JSON value."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("a string contains NUL (U+0000)")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError("a string contains a lone surrogate escape") from exc
    for key, item in items:
        if isinstance(key, str):
            _check_json_text(key)
        _check_json_text(item)
