"""CSV export and all-or-nothing import with upsert by natural key.

``export_csv(engine, directory)`` writes one UTF-8 file per entity (see
:mod:`assistant.crm.csv_spec`). ``import_csv(engine, path)`` reads a directory of such
files or a single file, validates every cell and reference, and writes everything in
one transaction: one bad row means nothing is written, and the error names the file,
line and column.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from assistant.crm.csv_spec import BY_NAME, ENTITIES, CellError, Entity, format_cell, parse_cell
from assistant.crm.models import Contact

MAX_ERRORS = 50


@dataclass
class ImportReport:
    """What an import did, per entity: rows inserted and updated."""

    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)


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

    Raises:
        ImportFailed: listing every problem found; the database is unchanged.
    """
    files = _files(path)
    report = ImportReport()
    with engine.connect() as conn, conn.begin() as tx:
        for entity, file in files:
            rows, errors = _read(conn, entity, file)
            if errors:
                tx.rollback()
                raise ImportFailed(errors)
            inserted, updated = _upsert(conn, entity, rows)
            report.inserted[entity.name], report.updated[entity.name] = inserted, updated
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


def _read(conn: Connection, entity: Entity, file: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Parse and resolve every row of one file; returns (rows, errors)."""
    errors: list[str] = []
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [f"{file.name}: not UTF-8 text ({exc.reason} at byte {exc.start})"]
    reader = csv.DictReader(text.splitlines(keepends=True))
    header = reader.fieldnames or []
    known = {f.name for f in entity.fields}
    missing = [f.name for f in entity.fields if f.required and f.name not in header]
    unknown = [h for h in header if h not in known]
    if missing or unknown:
        return [], [f"{file.name}:1: header: missing required column(s) {missing}" if missing else "",
                    f"{file.name}:1: header: unknown column(s) {unknown}" if unknown else ""]  # fmt: skip
    refs = {f.ref: _ref_map(conn, f.ref) for f in entity.fields if f.ref}
    rows: list[dict[str, Any]] = []
    seen: dict[tuple, int] = {}
    line = 1
    for raw in reader:
        start = line + 1
        line = reader.line_num
        row: dict[str, Any] = {}
        for f in entity.fields:
            if f.name not in raw:
                continue
            try:
                value = parse_cell(f, raw[f.name] or "")
                if f.ref and value is not None:
                    value = _resolve(refs[f.ref], f, value, row)
            except CellError as exc:
                errors.append(f"{file.name}:{start}: column '{f.name}': {exc}")
                continue
            row[f.target] = value
        key = tuple(row.get(k) for k in entity.upsert_key)
        if key in seen and len(errors) < MAX_ERRORS:
            errors.append(f"{file.name}:{start}: duplicate key {key} (also on line {seen[key]})")
        seen[key] = start
        rows.append(row)
    return rows, [e for e in errors if e]


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
        raise CellError(f"unknown {what} {value!r}")
    return ref[key]


def _upsert(conn: Connection, entity: Entity, rows: list[dict[str, Any]]) -> tuple[int, int]:
    table = entity.model.__table__
    key_cols = [table.c[k] for k in entity.upsert_key]
    existing = {tuple(r[1:]): r[0] for r in conn.execute(select(table.c.id, *key_cols))}
    new, changed = [], []
    for row in rows:
        row_id = existing.get(tuple(row.get(k) for k in entity.upsert_key))
        if row_id is None:
            new.append(_with_defaults(entity, row))
        else:
            full = _with_defaults(entity, row)
            changed.append({**{f"v_{k}": v for k, v in full.items()}, "_id": row_id})
    if new:
        conn.execute(insert(table), new)
    if changed:
        cols = [k[2:] for k in changed[0] if k.startswith("v_")]
        stmt = (
            update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(f"v_{c}") for c in cols})
        )
        conn.execute(stmt, changed)
    return len(new), len(changed)


def _with_defaults(entity: Entity, row: dict[str, Any]) -> dict[str, Any]:
    """Fill Python-side column defaults the ORM would apply (Core inserts do not)."""
    out = dict(row)
    for column in entity.model.__table__.columns:
        if out.get(column.key) is None and column.default is not None and not column.primary_key:
            arg = column.default.arg
            out[column.key] = arg(None) if callable(arg) else arg
    return out
