"""Shared fixtures: every test gets its own data folder, feeds.yaml and local HTTP server."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from click.testing import CliRunner, Result
from feedserver import FeedServer
from keyring.backend import KeyringBackend
from ruamel.yaml import YAML

from monitor.cli.main import cli
from monitor.i18n import use_language
from monitor.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
FEEDS = FIXTURES / "feeds"
SOCIAL = FIXTURES / "social"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest_plugins = ("desktop", "postgres")  # the window's tests; a PostgreSQL server


@pytest.fixture(autouse=True)
def engine_in_english() -> Iterator[None]:
    """The engine's messages start in English: a test that showed the app in Dutch
    leaves them Dutch (monitor.i18n), and the next test must not inherit that."""
    yield
    use_language("en")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the developer's real data folder or feeds.yaml."""
    home = tmp_path / "home"
    monkeypatch.setenv("PUSHBACK_MONITOR_HOME", str(home))
    monkeypatch.delenv("PUSHBACK_MONITOR_FEEDS", raising=False)
    return home


LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches past this machine: any name other than the local server's is not
    resolved (as when offline), so an address in a test is only ever data."""
    resolve = socket.getaddrinfo

    def local_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and str(name) not in LOCAL_HOSTS:
            raise socket.gaierror(socket.EAI_NONAME, f"{name}: tests do not leave this machine")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local_only)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer()
    yield feed_server
    feed_server.close()


def write_feeds(path: Path, sources: list[dict[str, Any]], **defaults: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    document: dict[str, Any] = {"version": 1, "sources": sources}
    if defaults:
        document["defaults"] = defaults
    with path.open("w", encoding="utf-8") as handle:
        YAML().dump(document, handle)
    return path


@pytest.fixture
def feeds_path(isolated_home: Path) -> Path:
    """Where the CLI looks for feeds.yaml in this test (written by the test)."""
    return isolated_home / "feeds.yaml"


@pytest.fixture
def run_cli() -> Any:
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The shipped model, installed once as a new data folder gets it (nothing is trained
    or encoded); each test registers it in its own store."""
    from monitor.classify.encoder import Encoder
    from monitor.classify.taxonomy import load_taxonomy
    from monitor.classify.training import install_shipped

    folder = tmp_path_factory.mktemp("trained")
    record = install_shipped(folder / "models", load_taxonomy(), Encoder())
    assert record is not None, "resources/model is missing: run make model"
    return record


@pytest.fixture
def app_with_model(isolated_home: Path, trained_model: Any) -> Path:
    """A data folder whose store has the shared trained model as its active model."""
    from monitor.config import Locations

    locations = Locations.resolve()
    locations.ensure()
    store = Store.open(locations.db_path)
    store.register_model(trained_model)
    store.close()
    return isolated_home


@pytest.fixture
def store(database: Path | str) -> Iterator[Store]:
    """The store in ``database`` (SQLite, then PostgreSQL), open for the test; a test
    file whose store holds something already has its own ``store``."""
    opened = Store.open(database)
    yield opened
    opened.close()


class MemoryKeyring(KeyringBackend):
    """A system keyring held in memory: the system's own is never touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring of this test only, the one before put back afterwards."""
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No system keyring, as on a server: secrets go to the data folder's 0600 files
    (monitor/secrets.py)."""
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
