"""Proxies: their passwords never shown, logged or stored; a password kept in the keyring."""

from __future__ import annotations

import base64
import socket
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS, MemoryKeyring, write_feeds
from feedserver import FeedServer

from monitor.config import load_feeds
from monitor.errors import ConfigError
from monitor.urls import redact


@pytest.fixture(autouse=True)
def polling_only(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")


def dead_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("http://alice:s3cretPW@127.0.0.1:9", "http://alice:***@127.0.0.1:9"),
        (
            "proxy socks5h://bob:p@ss@host:1080: refused",
            "proxy socks5h://bob:***@host:1080: refused",
        ),
        (
            "https://a:b@e.org/x and http://c:d@f.org",
            "https://a:***@e.org/x and http://c:***@f.org",
        ),
        ("http://alice@proxy:3128", "http://alice@proxy:3128"),
        ("https://e.org/a?t=1:2@3 x:y@z", "https://e.org/a?t=1:2@3 x:y@z"),
    ],
)
def test_redact_hides_only_the_password_of_each_address(text: str, shown: str) -> None:
    assert redact(text) == shown


def test_a_dead_proxys_password_is_never_shown_or_stored(
    feeds_path: Path, isolated_home: Path, run_cli: Any
) -> None:
    port = dead_port()
    proxy = f"http://alice:s3cretPW@127.0.0.1:{port}"
    write_feeds(feeds_path, [{"id": "via", "kind": "rss", "url": "http://e.org/f", "proxy": proxy}])
    poll = run_cli("poll")
    expected = f"cannot connect to proxy http://alice:***@127.0.0.1:{port}: "
    assert expected in poll.output
    shown = run_cli("sources", "show", "via").output
    assert expected in shown and f"http://alice:***@127.0.0.1:{port}\n" in shown
    listed = run_cli("sources", "list", "--json").output
    conn = sqlite3.connect(isolated_home / "pushback.db")
    stored = conn.execute("SELECT last_error FROM sources").fetchall()
    stored += conn.execute("SELECT message FROM fetch_log").fetchall()
    conn.close()
    assert len(stored) == 2 and all(expected in row[0] for row in stored)
    assert "s3cretPW" not in poll.output + shown + listed + repr(stored)


def test_a_proxy_password_from_the_keyring_is_sent_to_the_proxy(
    server: FeedServer, feeds_path: Path, run_cli: Any, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("corp-proxy", "alice", "s3cret/PW")
    server.file("/feed.xml", FEEDS / "nos.xml")
    proxy = server.base.replace("http://", "http://alice@")
    source = {"id": "via", "kind": "rss", "url": "http://feeds.example.invalid/feed.xml"}
    write_feeds(feeds_path, [{**source, "proxy": proxy, "proxy_keyring": "corp-proxy"}])
    assert "1 sources polled, 0 failed, 4 new items." in run_cli("poll").output
    (request,) = server.seen("/feed.xml")
    assert request.proxied_url == "http://feeds.example.invalid/feed.xml"
    credentials = base64.b64encode(b"alice:s3cret/PW").decode()
    assert request.headers["proxy-authorization"] == f"Basic {credentials}"
    assert "s3cret" not in run_cli("sources", "show", "via").output
    assert feeds_path.read_text(encoding="utf-8").count("s3cret") == 0


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            "    proxy_keyring: corp-proxy\n",
            "feeds.yaml:6: source “a” (sources[0]): proxy_keyring: needs 'proxy', the address"
            " with the user (http://alice@proxy.example.org:3128)",
        ),
        (
            "    proxy: http://proxy.example.org:3128\n    proxy_keyring: corp-proxy\n",
            "feeds.yaml:6: source “a” (sources[0]): proxy: must name the user whose password"
            " is in the keyring (http://alice@proxy.example.org:3128)",
        ),
        (
            "    proxy: http://alice:pw@proxy.example.org:3128\n    proxy_keyring: corp-proxy\n",
            "feeds.yaml:6: source “a” (sources[0]): proxy: holds a password, and"
            " proxy_keyring names one: keep it in the keyring only",
        ),
        (
            "    proxy: http://bob@proxy.example.org:3128\n    proxy_keyring: corp-proxy\n",
            "feeds.yaml:7: source “a” (sources[0]): proxy_keyring: no password for user 'bob' under"
            " 'corp-proxy' in the system keyring; store it with: keyring set corp-proxy bob",
        ),
        (
            "    proxy: ftp://alice:s3cretPW@proxy:21\n",
            "feeds.yaml:6: source “a” (sources[0]): proxy: 'ftp://alice:***@proxy:21' must"
            " start with one of http://, https://, socks5://, socks5h://",
        ),
    ],
)
def test_keyring_proxy_mistakes_name_file_line_and_field(
    tmp_path: Path, memory_keyring: MemoryKeyring, fields: str, expected: str
) -> None:
    memory_keyring.set_password("corp-proxy", "alice", "pw")
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "version: 1\nsources:\n  - id: a\n    kind: rss\n    url: https://e.org/f\n" + fields,
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    assert caught.value.problems == [expected]
