"""`sources health`: how each source's server has been answering, measured on a local
server: the share of "not modified" answers, items a day, the error streak, the fetch
time; a permanent redirect offered as the new address, a 410 as switching off, and a
switched-off source never failing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import FEEDS, write_feeds
from feedserver import FeedServer, Reply


def _health(run_cli: Any) -> dict[str, dict[str, Any]]:
    result = run_cli("sources", "health", "--json")
    assert result.exit_code == 0, result.output
    return {entry["id"]: entry for entry in json.loads(result.output)}


def test_the_health_of_each_source_from_its_polls(
    run_cli: Any, server: FeedServer, feeds_path: Path
) -> None:
    nos = server.file("/nos.xml", FEEDS / "nos.xml")  # answers 304 once it has an ETag
    new_home = server.file("/feeds/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    moved = server.add("/hrw.xml", Reply(301, b"", headers={"Location": new_home}))
    gone = server.add("/closed.xml", Reply(410, b"this feed is gone"))
    down = server.add("/down.xml", Reply(500, b"overloaded"))
    write_feeds(
        feeds_path,
        [
            {"id": "nos", "kind": "rss", "url": nos},
            {"id": "hrw", "kind": "rss", "url": moved},
            {"id": "closed", "kind": "rss", "url": gone},
            {"id": "retired", "kind": "rss", "url": down, "enabled": False},
        ],
    )
    feeds_path.write_text("# Our sources\n" + feeds_path.read_text(encoding="utf-8"))
    for _ in range(2):
        assert run_cli("poll").exit_code in (0, 1)  # some sources fail: that is the point
    found = _health(run_cli)

    assert found["nos"]["status"] == "ok"
    assert found["nos"]["polls_answered"] == 2
    assert found["nos"]["not_modified_share"] == 0.5  # the second poll: 304
    assert found["nos"]["items_per_day"] > 0 and found["nos"]["last_item"] is not None
    assert found["nos"]["error_streak"] == 0 and found["nos"]["offer"] is None
    assert found["nos"]["mean_fetch_s"] is not None and found["nos"]["mean_fetch_s"] >= 0

    assert found["hrw"]["status"] == "ok"
    assert found["hrw"]["offer"] == {"action": "update_address", "url": new_home}

    assert found["closed"]["status"] == "failing"
    assert found["closed"]["error_streak"] == 2
    assert found["closed"]["last_http_status"] == 410
    assert found["closed"]["offer"] == {"action": "switch_off", "http_status": 410}

    assert found["retired"]["status"] == "off" and found["retired"]["offer"] is None

    table = run_cli("sources", "health").output
    assert f"hrw: moved for good to {new_home}: take the new address" in table
    assert "closed: its server says it is gone (410): switch it off" in table
    assert "50%" in table  # nos's share of 304s

    applied = run_cli("sources", "health", "--apply")
    assert applied.exit_code == 0, applied.output
    assert applied.output.splitlines() == [
        f"hrw: its url is now {new_home}",
        "closed: switched off (its server says it is gone)",
    ]
    listed = {s["id"]: s for s in json.loads(run_cli("sources", "list", "--json").output)}
    assert listed["hrw"]["address"] == new_home and not listed["closed"]["enabled"]
    assert "# Our sources" in feeds_path.read_text(encoding="utf-8")  # comments kept
    assert run_cli("sources", "health", "--apply").output.startswith("nothing to do")


def test_an_address_taken_over_is_no_longer_offered(
    run_cli: Any, server: FeedServer, feeds_path: Path
) -> None:
    new_home = server.file("/feeds/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    moved = server.add("/hrw.xml", Reply(301, b"", headers={"Location": new_home}))
    write_feeds(feeds_path, [{"id": "hrw", "kind": "rss", "url": moved}])
    assert run_cli("poll").exit_code == 0
    assert _health(run_cli)["hrw"]["offer"]["action"] == "update_address"
    write_feeds(feeds_path, [{"id": "hrw", "kind": "rss", "url": new_home}])
    assert _health(run_cli)["hrw"]["offer"] is None  # feeds.yaml has it now
    assert run_cli("poll").exit_code == 0
    assert _health(run_cli)["hrw"]["offer"] is None  # and the poll found no redirect


def test_a_first_run_reads_the_shipped_sources(run_cli: Any, isolated_home: Path) -> None:
    listed = run_cli("sources", "health", "--json")  # nothing in the data folder yet
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)) > 10
    assert (isolated_home / "feeds.yaml").exists()
