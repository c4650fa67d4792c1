"""Concurrent CLI runs on PostgreSQL: two ``init`` give one demo company; two ``import`` runs are each all-or-nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, text

from assistant.config import get_settings, normalise_database_url
from assistant.crm.models import Customer, Order, Team, User
from tests.hostile.conftest import WORLD
from tests.processes import CLI, ROOT, app_env

TIMEOUT_S = 300


def _run_at_once(args: list[list[str]], env: dict[str, str]) -> list[tuple[int, str]]:
    procs = [subprocess.Popen([*CLI, *a], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True) for a in args]
    return [(p.wait(TIMEOUT_S), p.communicate()[0]) for p in procs]


def test_two_inits_at_once_on_a_fresh_database_load_one_demo_company(pg_empty: str, tmp_path: Path) -> None:
    env = app_env(DATABASE_URL=pg_empty, DATA_DIR=str(tmp_path / "data"))
    results = _run_at_once([["init", "--scale", "5", "--today", "2025-06-15"]] * 2, env)
    assert [code for code, _ in results] == [0, 0], results
    assert not any("Traceback" in out for _, out in results), results
    assert sum("demo company loaded" in out for _, out in results) == 1, results
    eng = create_engine(normalise_database_url(pg_empty))
    with eng.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Customer)) == 5
        assert conn.scalar(select(func.count()).select_from(Team)) == 3
        assert conn.scalar(text("select count(*) from alembic_version")) == 1
    eng.dispose()


def _world(folder: Path, n: int, *, broken: bool = False) -> Path:
    """The hostile tests' tiny CRM with every key renamed for world ``n`` (and one bad cell when ``broken``)."""
    folder.mkdir(parents=True)
    swaps = [("华东一组", f"华东{n}组"), ("rep01", f"rep{n}1"), ("rep02", f"rep{n}2"), ("-100123", f"-100{n}23"),
             ("C1", f"C{n}"), ("P1", f"P{n}"), ("O1", f"O{n}"), ("R1", f"R{n}"), ("A1", f"A{n}"), ("L1", f"L{n}")]
    for name, content in WORLD.items():
        for old, new in swaps:
            content = content.replace(old, new)
        if broken and name == "order_lines.csv":
            content += f"R{n},NOPE,1,1.00,1.00\n"  # an unknown product on the last line
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def test_two_imports_at_once_are_each_all_or_nothing(engine: Engine, tmp_path: Path) -> None:
    env = app_env(DATABASE_URL=get_settings().database_url, DATA_DIR=str(tmp_path / "data"))
    good, bad = _world(tmp_path / "w5", 5), _world(tmp_path / "w6", 6, broken=True)
    (code_good, out_good), (code_bad, out_bad) = _run_at_once([["import", str(good)], ["import", str(bad)]], env)
    assert code_good == 0, out_good
    assert code_bad == 1 and "NOPE" in out_bad, out_bad
    with engine.connect() as conn:
        logins = set(conn.scalars(select(User.login)))
        customers = set(conn.scalars(select(Customer.external_id)))
        orders = set(conn.scalars(select(Order.external_id)))
    assert {"rep51", "rep52"} <= logins and "C5" in customers and "R5" in orders  # the good run: all of it
    assert not ({"rep61", "rep62"} & logins) and "C6" not in customers and "R6" not in orders  # the bad: none
