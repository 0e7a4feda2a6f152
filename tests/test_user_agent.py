"""The User-Agent tells the watched sites nothing about who reads them, unless
feeds.yaml chooses to identify; a source's own header still wins."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer

from monitor.bundled import bundled_path
from monitor.config import load_feeds
from monitor.fetch import IDENTIFYING_USER_AGENT, NEUTRAL_USER_AGENT, HttpPolicy

EARLIER_DEFAULT = "PushbackMonitor/1.0 (+https://github.com/pushback-monitor/pushback-monitor)"


@pytest.fixture(autouse=True)
def polling_only(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")


def sent(run_cli: Any, server: FeedServer, feeds_path: Path, **defaults: Any) -> dict[str, str]:
    """The User-Agent each source sent in one poll, by the path it asked for."""
    sources = [
        {"id": "plain", "kind": "rss", "url": server.file("/plain.xml", FEEDS / "nos.xml")},
        {
            "id": "own",
            "kind": "rss",
            "url": server.file("/own.xml", FEEDS / "nos.xml"),
            "headers": {"User-Agent": "Own/2.0"},
        },
    ]
    write_feeds(feeds_path, sources, **defaults)
    result = run_cli("poll")
    assert result.exit_code == 0, result.output
    return {r.path: r.headers["user-agent"] for r in server.requests}


def test_by_default_no_request_names_the_app(
    run_cli: Any, server: FeedServer, feeds_path: Path
) -> None:
    agents = sent(run_cli, server, feeds_path)
    assert agents == {"/plain.xml": NEUTRAL_USER_AGENT, "/own.xml": "Own/2.0"}
    assert "pushback" not in NEUTRAL_USER_AGENT.lower()
    assert HttpPolicy().user_agent == NEUTRAL_USER_AGENT


def test_identifying_is_a_choice(run_cli: Any, server: FeedServer, feeds_path: Path) -> None:
    agents = sent(run_cli, server, feeds_path, identify=True)
    assert agents == {"/plain.xml": IDENTIFYING_USER_AGENT, "/own.xml": "Own/2.0"}
    assert IDENTIFYING_USER_AGENT.startswith("PushbackMonitor/")


def test_an_own_user_agent_wins(run_cli: Any, server: FeedServer, feeds_path: Path) -> None:
    agents = sent(run_cli, server, feeds_path, user_agent="Reader/1.0", identify=True)
    assert agents == {"/plain.xml": "Reader/1.0", "/own.xml": "Own/2.0"}


def test_the_default_an_earlier_version_copied_is_no_choice(
    run_cli: Any, server: FeedServer, feeds_path: Path
) -> None:
    agents = sent(run_cli, server, feeds_path, user_agent=EARLIER_DEFAULT)
    assert agents["/plain.xml"] == NEUTRAL_USER_AGENT


def test_the_shipped_feeds_file_does_not_identify() -> None:
    defaults = load_feeds(bundled_path("feeds.yaml")).defaults
    assert HttpPolicy.from_defaults(defaults).user_agent == NEUTRAL_USER_AGENT


def test_identify_must_be_true_or_false(run_cli: Any, feeds_path: Path) -> None:
    write_feeds(feeds_path, [], identify="yes please")
    result = run_cli("poll")
    assert result.exit_code == 2
    assert "defaults.identify" in result.output and "true or false" in result.output
