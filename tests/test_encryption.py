"""An encrypted database (SQLCipher): encrypt and decrypt in place with every row
counted, every read and write as before once the passphrase is given (the environment,
the keyring, a question), clear refusals, and backups that stay encrypted."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS, MemoryKeyring, write_feeds
from feedserver import FeedServer
from storedata import new_item, save

from monitor import passphrase as passphrases
from monitor.errors import PassphraseError, StoreError, StoreUnavailable
from monitor.store import (
    Action,
    ItemQuery,
    Store,
    cipher,
    connection,
    decrypt,
    encrypt,
    encrypted,
    encryption,
)
from monitor.store import backup as backups
from monitor.store.backup import in_use
from monitor.store.migrations import MIGRATIONS, Migration, migrate

PASSPHRASE = "a long and secret passphrase"
TITLE = "Kabinet wil half miljard minder uitgeven aan ontwikkelingshulp"  # in nos.xml
WHEN = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture(autouse=True)
def polling_only(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")


@pytest.fixture(autouse=True)
def no_passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No passphrase from the developer's environment; the program's way of asking as
    a new program has it (the command line installs its own)."""
    monkeypatch.delenv(cipher.PASSPHRASE_ENV, raising=False)
    yield
    cipher.set_finder(None)


def new_process(database: Path) -> None:
    """As a program started now would be: it knows no passphrase yet."""
    cipher.forget_key(database)


def rows(database: Path, passphrase: str | None = None) -> dict[str, int]:
    conn = cipher.connect(database, passphrase)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def stored(database: Path, count: int = 30) -> list[int]:
    store = Store.open(database)
    try:
        items = [
            new_item("nos", f"e{n}", f"Onderwerp {n}: {TITLE}", WHEN, text=f"ngo wet {n}")
            for n in range(count)
        ]
        ids = save(store, items, WHEN)
        store.record_decision(ids[0], Action.CONFIRM, labels=["civic_space"], analyst="Sanne")
        return ids
    finally:
        store.close()


def polled(run_cli: Any, server: FeedServer, feeds_path: Path) -> Path:
    url = server.file("/nos.xml", FEEDS / "nos.xml")
    write_feeds(feeds_path, [{"id": "nos", "kind": "rss", "url": url}])
    result = run_cli("poll")
    assert result.exit_code == 0, result.output
    return feeds_path.parent / "pushback.db"


def test_the_store_reads_and_writes_an_encrypted_database_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "pushback.db"
    ids = stored(database)
    before = rows(database)
    plain = Store.open(database)
    queues = plain.queue_counts(WHEN)
    plain.close()
    converted = encrypt(database, PASSPHRASE)
    assert converted.rows == before == rows(database, PASSPHRASE)
    data = database.read_bytes()
    assert not data.startswith(b"SQLite format 3\x00") and encrypted(database)
    assert TITLE.encode() not in data and b"Sanne" not in data
    assert not database.with_name("pushback.db-wal").exists()

    new_process(database)
    with pytest.raises(PassphraseError, match=str(database)):
        Store.open(database)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    store = Store.open(database)
    try:
        assert store.count(ItemQuery()) == 30
        assert [i.id for i in store.items(ItemQuery(search="ngo", limit=3))]
        assert store.item(ids[0]) is not None and store.item(ids[0]).status == "confirmed"  # type: ignore[union-attr]
        assert store.queue_counts(WHEN) == queues
        save(store, [new_item("nos", "later", "Een later bericht", WHEN)], WHEN)
        store.record_decision(ids[1], Action.REJECT, analyst="Sanne")
    finally:
        store.close()
    reader = Store.open(database, migrate_schema=False)  # a second connection, as the app's
    try:
        assert reader.count(ItemQuery()) == 31
        assert reader.item(ids[1]).status == "rejected"  # type: ignore[union-attr]
        assert reader.integrity_ok()
    finally:
        reader.close()

    counted = rows(database, PASSPHRASE)
    assert decrypt(database, PASSPHRASE).rows == counted == rows(database)
    assert database.read_bytes().startswith(b"SQLite format 3\x00")
    with sqlite3.connect(database) as conn:  # the standard library reads it again, index too
        (found,) = conn.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'ontwikkelingshulp'"
        ).fetchone()
        assert found == 30
        conn.execute("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")


def test_the_commands_work_on_an_encrypted_database(
    run_cli: Any, server: FeedServer, feeds_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = polled(run_cli, server, feeds_path)
    listed = json.loads(run_cli("items", "--json").output)
    before = rows(database)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    result = run_cli("encrypt")
    assert result.exit_code == 0, result.output
    assert f"encrypted {database}: {len(listed)} items" in result.output
    assert rows(database, PASSPHRASE) == before
    assert TITLE.encode() not in database.read_bytes()

    new_process(database)
    assert json.loads(run_cli("items", "--json").output) == listed
    reviewed = run_cli("review", str(listed[0]["id"]), "--labels", "anti_aid")
    assert reviewed.exit_code == 0, reviewed.output
    again = run_cli("poll")  # a second poll against the local server: 304s, stored
    assert again.exit_code == 0, again.output
    found = json.loads(run_cli("items", "--json", "--search", "ontwikkelingshulp").output)
    assert [i["title"] for i in found] == [TITLE]
    confirmed = json.loads(run_cli("items", "--json", "--status", "confirmed").output)
    assert [(i["id"], i["categories"]) for i in confirmed] == [(listed[0]["id"], ["anti_aid"])]

    new_process(database)
    result = run_cli("decrypt")
    assert result.exit_code == 0, result.output
    assert not encrypted(database)
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    assert len(json.loads(run_cli("items", "--json").output)) == len(listed)


def test_a_wrong_passphrase_is_refused_naming_the_file(
    run_cli: Any, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = isolated_home / "pushback.db"
    stored(database)
    encrypt(database, PASSPHRASE)
    new_process(database)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "not the passphrase")
    result = run_cli("items", "--json")
    assert result.exit_code == 1
    assert f"{database}: the passphrase in {cipher.PASSPHRASE_ENV} does not open it" in (
        result.output
    )
    assert run_cli("decrypt").exit_code == 1 and encrypted(database)
    with pytest.raises(PassphraseError, match="does not open this database"):
        decrypt(database, "not the passphrase")
    assert rows(database, PASSPHRASE)["items"] == 30  # unchanged


def test_without_a_passphrase_or_a_terminal_the_message_names_the_ways(
    run_cli: Any, isolated_home: Path
) -> None:
    database = isolated_home / "pushback.db"
    stored(database)
    encrypt(database, PASSPHRASE)
    new_process(database)
    result = run_cli("items")
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert f"{database} is encrypted, and no passphrase was given" in message
    for way in (cipher.PASSPHRASE_ENV, "system keyring", "in a terminal"):
        assert way in message
    encrypting = run_cli("encrypt")
    assert encrypting.exit_code == 1 and "encrypted already" in encrypting.output


def test_encrypt_refuses_what_it_cannot_or_need_not_do(
    run_cli: Any, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = isolated_home / "pushback.db"
    missing = run_cli("encrypt")
    assert missing.exit_code == 1 and "no database there yet" in missing.output
    stored(database)
    no_key = run_cli("encrypt")  # not a terminal, nothing in the environment
    assert no_key.exit_code == 1 and cipher.PASSPHRASE_ENV in no_key.output
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "short")
    short = run_cli("encrypt")
    assert short.exit_code == 1 and "at least 8 characters" in short.output
    assert run_cli("decrypt").output.strip() == f"error: {database} is not encrypted"
    team = run_cli("--database", "postgresql://pm@127.0.0.1:1/pm", "encrypt")
    assert team.exit_code == 1 and "PostgreSQL server" in team.output
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    assert run_cli("encrypt").exit_code == 0
    twice = run_cli("encrypt")
    assert twice.exit_code == 1
    assert twice.output.strip() == f"error: {database} is encrypted already"


def test_encrypt_is_refused_while_the_database_is_in_use(tmp_path: Path) -> None:
    database = tmp_path / "pushback.db"
    stored(database)
    with in_use(database), pytest.raises(StoreError, match="in use by the desktop app"):
        encrypt(database, PASSPHRASE)
    open_here = sqlite3.connect(database)  # a connection of this program, never closed
    open_here.execute("SELECT count(*) FROM items").fetchone()
    try:
        with pytest.raises(StoreError, match=f"{database} is open in another program"):
            encrypt(database, PASSPHRASE)
    finally:
        open_here.close()
    assert not encrypted(database) and rows(database)["items"] == 30


def test_another_program_holding_the_database_open_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "pushback.db"
    stored(database)
    monkeypatch.setattr(encryption, "WAIT_SECONDS", 0.2)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
            " c.execute('SELECT count(*) FROM items').fetchone(); print('open', flush=True);"
            " sys.stdin.read()",
            str(database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match="open in another program"):
            encrypt(database, PASSPHRASE)
    finally:
        holder.communicate("")
    assert not encrypted(database)
    encrypt(database, PASSPHRASE)  # once it has closed it
    assert encrypted(database)


def test_a_backup_of_an_encrypted_database_is_encrypted_and_restores(
    run_cli: Any, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = isolated_home / "pushback.db"
    stored(database)
    plain_copy = tmp_path / "plain.db"
    backups.backup(database, plain_copy)
    encrypt(database, PASSPHRASE)
    new_process(database)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    target = tmp_path / "saved.db"
    result = run_cli("backup", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert encrypted(target) and TITLE.encode() not in target.read_bytes()
    assert backups.check(target, database).items == 30
    saved = rows(target, PASSPHRASE)

    store = Store.open(database)
    save(store, [new_item("nos", "later", "Een later bericht", WHEN)], WHEN)
    store.close()
    restored = run_cli("restore", str(target), "--yes")
    assert restored.exit_code == 0, restored.output
    assert encrypted(database) and rows(database, PASSPHRASE)["items"] == 30
    (kept,) = isolated_home.glob("pushback.db.before-restore-*")
    assert encrypted(kept) and rows(kept, PASSPHRASE)["items"] == 31
    assert rows(database, PASSPHRASE) == saved

    # a plain backup from before the encryption is put back plain, as it was made
    new_process(database)
    info, _before = backups.restore(plain_copy, database)
    assert info.items == 30 and not encrypted(database)
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    assert len(json.loads(run_cli("items", "--json").output)) == 30


def test_the_copy_before_a_migration_is_encrypted_too(tmp_path: Path) -> None:
    database = tmp_path / "pushback.db"
    stored(database)
    encrypt(database, PASSPHRASE)
    store = Store.open(database)
    try:
        later = Migration("9999_later", lambda db: db.execute("CREATE TABLE later (n INTEGER)"))
        assert migrate(store._db, database, (*MIGRATIONS, later)) == ["9999_later"]
    finally:
        store.close()
    (copy,) = tmp_path.glob("pushback.db.backup-*-before-9999_later")
    assert encrypted(copy) and rows(copy, PASSPHRASE)["items"] == 30


def test_remember_keeps_the_passphrase_in_the_keyring_only(
    run_cli: Any,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    database = isolated_home / "pushback.db"
    stored(database)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    result = run_cli("encrypt", "--remember")
    assert result.exit_code == 0, result.output
    assert "kept in the system keyring" in result.output
    assert list(memory_keyring.passwords.values()) == [PASSPHRASE]
    assert not (isolated_home / "secrets").exists()  # never a file beside the database

    new_process(database)
    monkeypatch.delenv(cipher.PASSPHRASE_ENV)
    listed = run_cli("items", "--json")  # from the keyring, nothing asked
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)) == 30
    assert passphrases.kept(database) == PASSPHRASE

    new_process(database)
    assert run_cli("decrypt").exit_code == 0
    assert memory_keyring.passwords == {} and not encrypted(database)


def test_remember_without_a_keyring_keeps_nothing(
    run_cli: Any, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = isolated_home / "pushback.db"
    stored(database)
    monkeypatch.setattr(passphrases, "keyring_available", lambda: False)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    result = run_cli("encrypt", "--remember")
    assert result.exit_code == 0
    assert "no system keyring works here, so the passphrase is not kept" in result.output
    assert not (isolated_home / "secrets").exists()
    assert passphrases.kept(database) is None


def test_a_question_is_asked_again_after_a_wrong_answer(tmp_path: Path) -> None:
    database = tmp_path / "pushback.db"
    stored(database)
    encrypt(database, PASSPHRASE)
    new_process(database)
    answers = ["wrong one", PASSPHRASE]
    problems: list[str | None] = []

    def ask(file: Path, problem: str | None) -> str | None:
        problems.append(problem)
        return answers.pop(0)

    assert passphrases.unlock(database, ask)
    assert problems == [None, f"{database}: the passphrase does not open this database"]
    Store.open(database).close()  # known to this process now

    new_process(database)
    assert not passphrases.unlock(database, lambda file, problem: None)  # gave up
    new_process(database)
    with pytest.raises(PassphraseError, match="3 tries"):
        passphrases.unlock(database, lambda file, problem: "wrong again")


def test_sqlcipher_faults_are_the_store_s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLCipher's errors are classes of its own, not sqlite3's: they are translated too."""
    database = tmp_path / "pushback.db"
    stored(database)
    encrypt(database, PASSPHRASE)
    new_process(database)
    cipher.use_key(database, "a passphrase that was right once")  # the file changed since
    with pytest.raises(PassphraseError, match=f"{database}: the passphrase does not open"):
        Store.open(database)

    cipher.use_key(database, PASSPHRASE)
    monkeypatch.setattr(connection, "BUSY_SECONDS", 0.1)
    first, second = Store.open(database), Store.open(database)
    try:
        with (
            first._writing("holding the write lock"),
            pytest.raises(StoreUnavailable, match="busy in another program"),
        ):
            save(second, [new_item("nos", "later", "Een later bericht", WHEN)], WHEN)
    finally:
        first.close()
        second.close()
