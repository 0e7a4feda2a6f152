"""`team init` makes the schema and three roles of least privilege; `team add` puts an
analyst's login in one. An analyst's role reads and decides, and nothing else: no item
stored, no schema changed, never the poller."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg
import pytest
from conftest import MemoryKeyring
from storedata import new_item, save

from monitor.errors import StoreError
from monitor.store import Action, DecisionConflict, QueueQuery, Store
from monitor.store.postgres.lock import PollerLock
from monitor.store.postgres.schema import MIGRATIONS

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def as_role(url: str, login: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(url)
    return psycopg.conninfo.make_conninfo(**{**info, "user": login})


@pytest.fixture
def team_db(run_cli: Any, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PUSHBACK_MONITOR_DATABASE", postgres_url)
    first = run_cli("team", "init")
    assert first.exit_code == 0, first.output
    names = ", ".join(name for name, _ in MIGRATIONS)
    assert f"schema migrated ({names})" in first.output
    again = run_cli("team", "init")
    assert again.exit_code == 0 and "schema up to date" in again.output
    assert "roles present" in again.output
    return postgres_url


def test_an_analyst_reads_and_decides_and_does_nothing_else(run_cli: Any, team_db: str) -> None:
    owner = Store.open(team_db)
    try:
        ids = save(owner, [new_item("nos", str(n), f"Story {n}", NOW) for n in range(2)], NOW)
    finally:
        owner.close()
    added = run_cli("team", "add", "sanne")
    assert added.exit_code == 0 and "member of pushback_analyst" in added.output
    sanne = Store.open(as_role(team_db, "sanne"))
    try:
        assert sanne.queue_ids(QueueQuery(queue="all")) == sorted(ids, reverse=True)
        decided = sanne.record_decision(ids[0], Action.REJECT, analyst="sanne")
        assert decided.status == "rejected"
        sanne.set_actors(ids[0], [], analyst="sanne")
        assert sanne.hold(ids[0], "sanne").items == {ids[0]}  # she has it open
        sanne.relabel(ids, add=["civic_space"], analyst="sanne")
        with pytest.raises(StoreError, match="permission denied for table"):
            save(sanne, [new_item("nos", "x", "Her own item", NOW)], NOW)
        with pytest.raises(StoreError, match="permission denied for table sources"):
            sanne.record_failure("nos", "down", started=NOW, finished=NOW, next_poll=NOW)
    finally:
        sanne.close()
    lock = PollerLock(as_role(team_db, "sanne"), "team")
    assert not lock.acquire()  # her app never polls for the team
    lock.release()


def test_each_decision_records_its_login_which_no_analyst_can_set(
    run_cli: Any, team_db: str
) -> None:
    owner = Store.open(team_db)
    try:
        (item,) = save(owner, [new_item("nos", "1", "Story", NOW)], NOW)
    finally:
        owner.close()
    for login in ("sanne", "sanne2"):
        assert run_cli("team", "add", login).exit_code == 0
    # two analysts who both call themselves "Sanne" in their settings
    first, second = Store.open(as_role(team_db, "sanne")), Store.open(as_role(team_db, "sanne2"))
    try:
        mine = first.record_decision(item, Action.REJECT, analyst="Sanne", expected={item: 0})
        # her own next decision is no conflict with herself
        first.record_decision(item, Action.NOTE, note="seen", analyst="Sanne", expected={item: 0})
        with pytest.raises(DecisionConflict):  # the other login is somebody else
            second.record_decision(item, Action.ESCALATE, analyst="Sanne", expected={item: 0})
    finally:
        first.close()
        second.close()
    with psycopg.connect(team_db) as admin:
        roles = admin.execute(
            "SELECT role FROM decisions WHERE item_id = %s ORDER BY id", (item,)
        ).fetchall()
    assert roles == [("sanne",), ("sanne",)] and mine.status == "rejected"
    with (
        psycopg.connect(as_role(team_db, "sanne")) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "INSERT INTO decisions (item_id, action, status, created, role)"
            " VALUES (%s, 'reject', 'rejected', now(), 'joost')",
            (item,),
        )


def test_the_worker_stores_and_polls_but_changes_no_schema(run_cli: Any, team_db: str) -> None:
    assert run_cli("team", "add", "worker1", "--role", "worker").exit_code == 0
    url = as_role(team_db, "worker1")
    worker = Store.open(url)
    try:
        (item,) = save(worker, [new_item("nos", "1", "Story", NOW)], NOW)
        worker.apply_thresholds({"civic_space": 0.5})
        assert worker.item(item) is not None
    finally:
        worker.close()
    lock = PollerLock(url, "team")
    assert lock.acquire()
    lock.release()
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("ALTER TABLE items ADD COLUMN mine text")


def test_a_role_that_may_not_create_the_schema_is_told_who_may(
    run_cli: Any, postgres_url: str
) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS newcomer")
        admin.execute("CREATE ROLE newcomer LOGIN")
    with pytest.raises(
        StoreError, match="run `pushback-monitor team init` as the database's owner"
    ):
        Store.open(as_role(postgres_url, "newcomer"))


def test_team_commands_need_a_server(run_cli: Any) -> None:
    result = run_cli("team", "init")
    assert result.exit_code == 1
    assert "team mode needs a PostgreSQL database" in result.output


def test_the_password_may_come_from_the_system_keyring(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    from monitor.store.postgres.connection import KEYRING_ENV, keyring_password_for

    url = "postgresql://sanne@db.example.org/pushback"
    assert keyring_password_for(url) is None  # not asked for: libpq's own ways
    monkeypatch.setenv(KEYRING_ENV, "pushback-team")
    with pytest.raises(StoreError, match="keyring set pushback-team sanne"):
        keyring_password_for(url)
    memory_keyring.set_password("pushback-team", "sanne", "s3cret")
    assert keyring_password_for(url) == "s3cret"
    assert keyring_password_for("postgresql://sanne:given@db.example.org/x") is None
    memory_keyring.set_password("pushback-team", "postgres", "local")
    Store.open(postgres_url).close()  # the server's own user, its password handed over
