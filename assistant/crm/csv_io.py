"""CSV export and all-or-nothing import with upsert by natural key.

``export_csv(engine, directory)`` writes one UTF-8 file per entity (see
:mod:`assistant.crm.csv_spec`). ``import_csv(engine, path)`` reads a directory of such
files or a single file, validates every cell and reference, and writes everything in
one transaction: one bad row means nothing is written, and the error names the file,
line and column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update
from sqlalchemy.exc import StatementError

from assistant.crm.csv_cells import CellError, format_cell, parse_cell, show
from assistant.crm.csv_entities import BY_NAME, ENTITIES, cell_column
from assistant.crm.csv_spec import Entity
from assistant.crm.models import Contact

MAX_ERRORS = 50


@dataclass
class ImportReport:
    """What an import did, per entity.

    ``inserted`` counts new rows, ``updated`` rows whose key already existed, and
    ``unchanged`` those of the updated rows whose values were already as in the file
    (they are not written).
    """

    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)


class ImportFailed(ValueError):
    """The import was rejected; nothing was written. ``errors`` are "file:line: column 'x': why"."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} error(s); nothing was imported:\n" + "\n".join(errors[:MAX_ERRORS]))
        self.errors = errors


def export_csv(engine: Engine, directory: Path) -> dict[str, int]:
    """Write every entity to ``directory/<entity>.csv``; returns the row count per file."""
    directory.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        reverse = {e.name: _reverse_map(conn, e) for e in ENTITIES if e.ref_key}
        reverse["contacts"] = dict(conn.execute(select(Contact.id, Contact.name)).all())
        for entity in ENTITIES:
            table = entity.model.__table__
            path = directory / entity.file
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([f.name for f in entity.fields])
                n = 0
                for row in conn.execute(select(table).order_by(table.c.id)).mappings():
                    cells = []
                    for f in entity.fields:
                        value = row[f.target]
                        if f.ref and value is not None:
                            value = reverse[f.ref][value]
                        cells.append(format_cell(f, value))
                    writer.writerow(cells)
                    n += 1
            counts[entity.name] = n
    return counts


def _reverse_map(conn: Connection, entity: Entity) -> dict[int, Any]:
    table = entity.model.__table__
    return dict(conn.execute(select(table.c.id, table.c[entity.ref_key])).all())


def import_csv(engine: Engine, path: Path) -> ImportReport:
    """Validate and import a directory of entity CSV files, or one file named after its entity.

    Only the columns present in a file are written: an existing row keeps the values of
    columns the file lacks, and a column default fills an empty cell only in new rows.

    Raises:
        ImportFailed: listing every problem found; the database is unchanged.
    """
    files = _files(path)
    report = ImportReport()
    with engine.connect() as conn, conn.begin() as tx:
        for entity, file in files:
            rows, present, errors = _read(conn, entity, file)
            if errors:
                tx.rollback()
                raise ImportFailed(errors)
            try:
                inserted, updated, unchanged = _upsert(conn, entity, rows, present)
            except StatementError as exc:  # a safety net: every known limit is checked per cell
                tx.rollback()
                reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
                raise ImportFailed([f"{file.name}: the database rejected the rows: {reason}"]) from None
            report.inserted[entity.name], report.updated[entity.name] = inserted, updated
            report.unchanged[entity.name] = unchanged
    return report


def _files(path: Path) -> list[tuple[Entity, Path]]:
    if path.is_dir():
        found = [(e, path / e.file) for e in ENTITIES if (path / e.file).is_file()]
        if not found:
            raise ImportFailed([f"{path}: no entity files found (expected some of: {', '.join(BY_NAME)})"])
        return found
    if not path.is_file():
        raise ImportFailed([f"{path}: no such file or directory"])
    entity = BY_NAME.get(path.stem)
    if entity is None:
        raise ImportFailed(
            [f"{path.name}: unknown entity file (name it one of: {', '.join(e.file for e in ENTITIES)})"]
        )
    return [(entity, path)]


def _read(conn: Connection, entity: Entity, file: Path) -> tuple[list[dict[str, Any]], set[str], list[str]]:
    """Parse and resolve every row of one file; returns (rows, model columns present, errors)."""
    try:
        text = file.read_bytes().decode("utf-8-sig")  # no newline translation: \r in a cell is data
    except UnicodeDecodeError as exc:
        return [], set(), [f"{file.name}: not UTF-8 text ({exc.reason} at byte {exc.start})"]
    # newline="": split records on \r and \n only (str.splitlines also splits on U+2028, \x0c…)
    reader = csv.reader(io.StringIO(text, newline=""))
    with _field_size_limit(len(text) + 1):
        try:
            header = next(reader, [])
        except csv.Error as exc:
            return [], set(), [f"{file.name}:1: header: {exc}"]
        problem = _header_problem(entity, header)
        if problem:
            return [], set(), [f"{file.name}:1: header: {problem}"]
        # entity order, not file order: a contact resolves within the customer parsed before it
        columns = [(f, header.index(f.name)) for f in entity.fields if f.name in header]
        refs = {f.ref: _ref_map(conn, f.ref) for f, _ in columns if f.ref}
        limits = {f.name: cell_column(entity, f) for f, _ in columns}
        rows: list[dict[str, Any]] = []
        errors: list[str] = []
        seen: dict[tuple, int] = {}
        line = 1
        while len(errors) < MAX_ERRORS:
            start = line + 1
            try:
                cells = next(reader, None)
            except csv.Error as exc:
                errors.append(f"{file.name}:{start}: {exc}")
                break
            line = reader.line_num
            if cells is None:
                break
            if not cells:
                continue  # a blank line
            if len(cells) > len(header):
                errors.append(f"{file.name}:{start}: {len(cells)} cells but the header has {len(header)}")
                continue
            row: dict[str, Any] = {}
            for f, index in columns:
                try:
                    value = parse_cell(f, cells[index] if index < len(cells) else "", limits[f.name])
                    if f.ref and value is not None:
                        value = _resolve(refs[f.ref], f, value, row)
                except CellError as exc:
                    errors.append(f"{file.name}:{start}: column '{f.name}': {exc}")
                    continue
                row[f.target] = value
            key = tuple(row.get(k) for k in entity.upsert_key)
            if key in seen:
                errors.append(f"{file.name}:{start}: duplicate key {_show_key(key)} (also on line {seen[key]})")
            seen[key] = start
            rows.append(row)
    return rows, {f.target for f, _ in columns}, errors


def _header_problem(entity: Entity, header: list[str]) -> str:
    known = {f.name for f in entity.fields}
    missing = [f.name for f in entity.fields if f.required and f.name not in header]
    unknown = [h[:40] for h in header if h not in known][:10]
    twice = sorted({h for h in header if header.count(h) > 1})
    problems = [
        f"missing required column(s) {missing}" if missing else "",
        f"unknown column(s) {unknown}" if unknown else "",
        f"column(s) {twice} appear more than once" if twice else "",
    ]
    return "; ".join(p for p in problems if p)


def _show_key(key: tuple) -> str:
    return "(" + ", ".join(show(k) if isinstance(k, str) else repr(k) for k in key) + ("," if len(key) == 1 else "") + ")"


@contextmanager
def _field_size_limit(size: int) -> Iterator[None]:
    """Let the csv module read long fields so parse_cell can name the column that is too long."""
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, size))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _ref_map(conn: Connection, name: str) -> dict[Any, int]:
    entity = BY_NAME[name]
    if name == "contacts":
        return {(c, n): i for i, c, n in conn.execute(select(Contact.id, Contact.customer_id, Contact.name))}
    table = entity.model.__table__
    return {k: i for i, k in conn.execute(select(table.c.id, table.c[entity.ref_key]))}


def _resolve(ref: dict[Any, int], f: Any, value: Any, row: dict[str, Any]) -> int:
    key = (row.get("customer_id"), value) if f.ref == "contacts" else value
    if key not in ref:
        what = f.ref[:-1] if f.ref.endswith("s") else f.ref
        raise CellError(f"unknown {what} {show(value)}")
    return ref[key]


def _upsert(
    conn: Connection, entity: Entity, rows: list[dict[str, Any]], present: set[str]
) -> tuple[int, int, int]:
    """Insert new rows and update existing ones in the ``present`` columns only; returns counts."""
    table = entity.model.__table__
    key_cols = [table.c[k] for k in entity.upsert_key]
    value_cols = sorted(present - set(entity.upsert_key))
    width = len(key_cols)
    existing = {
        tuple(r[1 : width + 1]): (r[0], dict(zip(value_cols, r[width + 1 :], strict=True)))
        for r in conn.execute(select(table.c.id, *key_cols, *[table.c[c] for c in value_cols]))
    }
    new: list[dict[str, Any]] = []
    changed: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    updated = unchanged = 0
    for row in rows:
        hit = existing.get(tuple(row.get(k) for k in entity.upsert_key))
        if hit is None:
            new.append(_with_defaults(entity, row))
            continue
        updated += 1
        row_id, current = hit
        values = {
            c: v for c, v in row.items()
            if c in current and not (v is None and table.c[c].default is not None)  # empty = keep
        }  # fmt: skip
        if all(current[c] == v for c, v in values.items()):
            unchanged += 1
            continue
        changed.setdefault(tuple(sorted(values)), []).append(
            {**{f"v_{c}": v for c, v in values.items()}, "_id": row_id}
        )
    if new:
        for group in _by_columns(new):
            conn.execute(insert(table), group)
    for cols, params in changed.items():
        stmt = update(table).where(table.c.id == bindparam("_id"))
        conn.execute(stmt.values({c: bindparam(f"v_{c}") for c in cols}), params)
    return len(new), updated, unchanged


def _by_columns(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group rows by their set of keys (an executemany needs the same keys in every row)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _with_defaults(entity: Entity, row: dict[str, Any]) -> dict[str, Any]:
    """Fill Python-side column defaults the ORM would apply (Core inserts do not)."""
    out = dict(row)
    for column in entity.model.__table__.columns:
        if out.get(column.key) is None and column.default is not None and not column.primary_key:
            arg = column.default.arg
            out[column.key] = arg(None) if callable(arg) else arg
    return out
