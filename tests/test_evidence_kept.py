"""Evidence kept of confirmed and escalated items, against a local server that edits and
removes them: the entry and page kept as WARC on confirming, re-checks that find a page
changed (both versions kept), deleted (404, 410), gone from its feed, a Telegram post or
a Mastodon status removed; ``evidence check | export | show`` and ``items --json``."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import write_feeds
from feedserver import FeedServer, Reply, Seen
from warcio.archiveiterator import ArchiveIterator

from monitor.config import Locations
from monitor.config.validate import validate
from monitor.engine import Engine
from monitor.evidence import read_evidence
from monitor.evidence.keeping import KeepReport, evidence_path
from monitor.store import EvidenceState, EvidenceUpdate, ItemQuery, Store

SOCIAL = Path(__file__).parent / "fixtures" / "social"
NOW = datetime.now(UTC).replace(microsecond=0)


def rss(entries: list[tuple[str, str, datetime]], server: FeedServer, links: str = "") -> bytes:
    """An RSS feed of ``(guid, title, published)``, each linking to /post/<guid> (on
    ``links``, else the server)."""
    items = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title>"
        f"<link>{links or server.base}/post/{guid}</link>"
        f"<pubDate>{format_datetime(when)}</pubDate>"
        f"<description>{title}, in full.</description></item>"
        for guid, title, when in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Nieuws</title><link>{server.base}</link>{items}</channel></rss>"
    ).encode()


ENTRIES = [
    ("a", "Kamer stemt over buitenlandse agentenwet", NOW - timedelta(hours=5)),
    ("b", "Ngo's beschuldigd van buitenlandse inmenging", NOW - timedelta(hours=4)),
    ("c", "Demonstranten bedreigd na Pride-mars", NOW - timedelta(hours=3)),
    ("d", "Rechter schort subsidiestop voor hulporganisaties op", NOW - timedelta(hours=2)),
]


class Site:
    """The feed and its posts, as the test edits and removes them."""

    def __init__(self, server: FeedServer, links: str = "") -> None:
        self.server = server
        xml = {"Content-Type": "application/rss+xml"}
        self.entries = list(ENTRIES)
        self.pages = {guid: f"<html><p>{title}</p></html>".encode() for guid, title, _ in ENTRIES}
        self.gone: dict[str, int] = {}  # guid: the status a removed post answers
        server.add("/feed.xml", lambda _: Reply(200, rss(self.entries, server, links), xml))
        for guid in self.pages:
            server.add(f"/post/{guid}", self._page(guid))

    def _page(self, guid: str) -> Callable[[Seen], Reply]:
        def reply(_: Seen) -> Reply:
            if guid in self.gone:
                return Reply(self.gone[guid], b"gone")
            return Reply(200, self.pages[guid], {"Content-Type": "text/html"})

        return reply


def run(database: Path | str, config: Any, folder: Path, work: Callable[[Engine], Any]) -> Any:
    async def main() -> Any:
        async with Engine(database, config, evidence_dir=folder) as engine:
            return await work(engine)

    return asyncio.run(main())


async def poll(engine: Engine) -> None:
    assert engine.poller is not None
    await engine.poller.poll()


def ids_by_guid(database: Path | str) -> dict[str, int]:
    store = Store.open(database)
    try:
        return {i.external_id: i.id for i in store.items(ItemQuery(limit=None))}
    finally:
        store.close()


def states(database: Path | str, ids: list[int]) -> dict[int, EvidenceState]:
    store = Store.open(database)
    try:
        return store.evidence_states(ids)
    finally:
        store.close()


def decide(database: Path | str, decisions: dict[int, str]) -> None:
    store = Store.open(database)
    try:
        for item_id, action in decisions.items():
            labels = ["civic_space"] if action == "confirm" else None
            store.record_decision(item_id, action, labels=labels, analyst="Sanne")
    finally:
        store.close()


@pytest.fixture(autouse=True)
def no_gap(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local server needs no spacing between requests."""
    monkeypatch.setattr("monitor.evidence.keeping.HOST_GAP", 0.0)


@pytest.fixture
def site(server: FeedServer) -> Site:
    return Site(server)


def feeds(server: FeedServer) -> Any:
    source = {"id": "nieuws", "kind": "rss", "url": server.url("/feed.xml")}
    return validate({"version": 1, "sources": [source]}, Path("feeds.yaml"))


def polled_and_decided(
    site: Site, database: Path | str, folder: Path, decisions: dict[str, str]
) -> tuple[Any, dict[str, int]]:
    """The site's feed polled once and ``decisions`` (guid: action) recorded: the feeds'
    config, and the items' ids by guid."""
    config = feeds(site.server)
    run(database, config, folder, poll)
    ids = ids_by_guid(database)
    decide(database, {ids[guid]: action for guid, action in decisions.items()})
    return config, ids


def keep(database: Path | str, config: Any, folder: Path, everything: bool = False) -> KeepReport:
    """One round of keeping evidence (``everything``: every item re-checked, due or not)."""
    return run(database, config, folder, lambda e: e.keep_evidence(everything=everything))


def test_confirming_keeps_the_entry_and_page_and_checks_find_edits_and_deletions(
    site: Site, database: Path | str, tmp_path: Path
) -> None:
    decisions = {"a": "confirm", "b": "escalate", "c": "confirm", "d": "reject"}
    config, ids = polled_and_decided(site, database, tmp_path, decisions)
    a, b, c, d = (ids[g] for g in "abcd")

    report = keep(database, config, tmp_path)
    assert (report.kept, report.checked, report.deleted) == (3, 0, 0)
    kept = states(database, [a, b, c, d])
    assert set(kept) == {a, b, c}  # a rejected item keeps nothing
    first = kept[a]
    assert [r.kind for r in first.records] == ["entry", "feed", "page"]
    feed = first.records[1]  # the feed as its server sent it, holding the entry
    assert feed.url == site.server.url("/feed.xml") and feed.status == 200
    assert feed.sha256 == hashlib.sha256(rss(site.entries, site.server)).hexdigest()
    page = first.records[2]
    assert page.sha256 == hashlib.sha256(site.pages["a"]).hexdigest()
    assert page.url == site.server.url("/post/a") and page.status == 200
    warc = read_evidence(evidence_path(tmp_path, a))
    assert warc.intact and [r.type for r in warc.records] == [
        "metadata",
        *["response", "request"] * 2,  # the feed, the page
    ]
    assert json.loads(_payload(evidence_path(tmp_path, a), "metadata"))["title"] == ENTRIES[0][1]
    assert first.next_check > first.kept  # type: ignore[operator]

    # Not due yet: a round now fetches nothing.
    before = len(site.server.seen("/post/a"))
    assert keep(database, config, tmp_path).checked == 0
    assert len(site.server.seen("/post/a")) == before

    site.pages["a"] = b"<html><p>Quietly edited.</p></html>"
    site.gone["b"] = 404
    report = keep(database, config, tmp_path, everything=True)
    assert (report.checked, report.changed, report.deleted, report.unknown) == (3, 1, 1, 0)
    kept = states(database, [a, b, c])
    assert [r.kind for r in kept[a].records] == ["entry", "feed", "page", "page"]
    assert kept[a].changed is not None and kept[a].deleted is None
    versions = [
        v
        for v in read_evidence(evidence_path(tmp_path, a)).pages
        if v.target_uri == site.server.url("/post/a")
    ]
    assert [
        hashlib.sha256(_body(evidence_path(tmp_path, a), v.offset)).hexdigest() for v in versions
    ] == [
        hashlib.sha256(b"<html><p>" + ENTRIES[0][1].encode() + b"</p></html>").hexdigest(),
        hashlib.sha256(b"<html><p>Quietly edited.</p></html>").hexdigest(),
    ]
    assert kept[b].deleted is not None and kept[b].deleted_how == "HTTP 404"
    assert len(kept[b].records) == 3  # what was kept stays
    assert kept[c].changed is None and kept[c].deleted is None

    # Gone from the feed: c is no longer listed, between entries still there. One poll
    # makes it missing (its page is looked at next); the second, gone.
    site.entries = [e for e in site.entries if e[0] != "c"]
    run(database, config, tmp_path, poll)
    once = states(database, [c])[c]
    assert once.deleted is None and once.next_check <= datetime.now(UTC)
    run(database, config, tmp_path, poll)
    kept = states(database, [a, c])
    assert kept[c].deleted_how == "gone from the feed" and kept[a].deleted is None

    # The brief says so of the finding.
    from monitor import brief as briefs
    from monitor.classify.taxonomy import load_taxonomy

    today = datetime.now().astimezone().date()
    store = Store.open(database)
    try:
        request = briefs.Request(
            period=briefs.date_range(today - timedelta(days=1), today), format="md", language="en"
        )
        text = briefs.build(store, request, load_taxonomy()).decode("utf-8")
    finally:
        store.close()
    assert f"**Deleted on {today.day} " in text and "— evidence kept**" in text

    # A deleted item is not fetched again.
    seen = len(site.server.seen("/post/b"))
    keep(database, config, tmp_path, everything=True)
    assert len(site.server.seen("/post/b")) == seen


def test_a_server_in_trouble_is_asked_again_and_a_410_is_a_deletion(
    site: Site, database: Path | str, tmp_path: Path
) -> None:
    config, ids = polled_and_decided(site, database, tmp_path, {"a": "confirm"})
    a = ids["a"]
    keep(database, config, tmp_path)
    site.gone["a"] = 503
    report = keep(database, config, tmp_path, everything=True)
    assert (report.unknown, report.deleted) == (1, 0)
    state = states(database, [a])[a]
    assert state.deleted is None and state.failures == 1 and "503" in (state.problem or "")
    site.gone["a"] = 410
    keep(database, config, tmp_path, everything=True)
    assert states(database, [a])[a].deleted_how == "HTTP 410"


def test_a_removed_telegram_post_and_mastodon_status(
    server: FeedServer, database: Path | str, tmp_path: Path
) -> None:
    channel = (SOCIAL / "telegram_channel.html").read_bytes()
    server.add("/s/vrijnieuwsnl", Reply(200, channel, {"Content-Type": "text/html"}))
    removed: set[str] = set()
    views: list[int] = []

    def post(request: Seen) -> Reply:
        number = request.path.rsplit("/", 1)[1]
        assert request.query.get("embed") == ["1"]  # the embed page says when it is gone
        views.append(1)  # every look is counted on the page: that is no edit
        body = (
            b'<div class="tgme_widget_message_error">Post not found</div>'
            if number in removed
            else (
                f'<div class="tgme_widget_message_text">Post {number}</div>'
                f'<span class="tgme_widget_message_views">{len(views)}</span>'
            ).encode()
        )
        return Reply(200, body, {"Content-Type": "text/html"})

    statuses = (
        (SOCIAL / "mastodon_tag.json").read_text().replace("https://mastodon.social", server.base)
    )
    server.add(
        "/api/v1/timelines/tag/genderideologie",
        Reply(200, statuses.encode(), {"Content-Type": "application/json"}),
    )
    toots = json.loads(statuses)
    gone_toot = toots[0]["url"].removeprefix(server.base)
    server.add(gone_toot, lambda _: Reply(404 if "toot" in removed else 200, b"<p>toot</p>"))
    config = validate(
        {
            "version": 1,
            "sources": [
                {
                    "id": "tg",
                    "kind": "telegram",
                    "channel": "vrijnieuwsnl",
                    "base_url": server.base,
                },
                {
                    "id": "md",
                    "kind": "mastodon",
                    "instance": server.base,
                    "hashtag": "genderideologie",
                },
            ],
        },
        Path("feeds.yaml"),
    )
    run(database, config, tmp_path, poll)
    store = Store.open(database)
    try:
        found = store.items(ItemQuery(limit=None))
    finally:
        store.close()
    telegram = next(i for i in found if i.source == "tg")
    toot = next(i for i in found if i.source == "md" and i.url == toots[0]["url"])
    assert telegram.url is not None
    number = telegram.url.rsplit("/", 1)[1]
    server.add(f"/vrijnieuwsnl/{number}", post)
    decide(database, {telegram.id: "confirm", toot.id: "escalate"})
    keep(database, config, tmp_path)
    assert states(database, [telegram.id])[telegram.id].deleted is None
    unchanged = keep(database, config, tmp_path, everything=True)
    assert unchanged.changed == 0 and unchanged.checked == 2  # a new view count only
    removed.update({number, "toot"})
    keep(database, config, tmp_path, everything=True)
    kept = states(database, [telegram.id, toot.id])
    assert kept[telegram.id].deleted_how == "removed from the channel"
    assert kept[toot.id].deleted_how == "HTTP 404"
    assert all(r.query == {} for r in server.seen(gone_toot))  # a status is no Telegram post


def test_a_feed_that_drops_old_entries_or_pins_one_loses_nothing(
    site: Site, database: Path | str, tmp_path: Path
) -> None:
    decisions = {"a": "confirm", "c": "confirm"}
    config, ids = polled_and_decided(site, database, tmp_path, decisions)
    keep(database, config, tmp_path)
    # the oldest entry (a) scrolls off; an entry a month old is pinned on top
    pinned = ("p", "Vastgeprikt: huisregels", NOW - timedelta(days=30))
    site.pages["p"] = b"<p>rules</p>"
    site.server.add("/post/p", lambda _: Reply(200, site.pages["p"]))
    site.entries = [pinned, *ENTRIES[1:], ("e", "Nieuw", NOW - timedelta(hours=1))]
    for _ in range(3):
        run(database, config, tmp_path, poll)
    assert all(s.deleted is None for s in states(database, [ids["a"], ids["c"]]).values())
    # c goes missing once, then comes back: it is not gone
    site.entries = [e for e in site.entries if e[0] != "c"]
    run(database, config, tmp_path, poll)
    site.entries = [pinned, *ENTRIES[1:], ("e", "Nieuw", NOW - timedelta(hours=1))]
    run(database, config, tmp_path, poll)
    site.entries = [e for e in site.entries if e[0] != "c"]
    run(database, config, tmp_path, poll)
    assert states(database, [ids["c"]])[ids["c"]].deleted is None


def test_a_404_when_first_kept_is_asked_again_and_rounds_never_keep_twice(
    site: Site, database: Path | str, tmp_path: Path
) -> None:
    config, ids = polled_and_decided(site, database, tmp_path, {"a": "confirm", "b": "confirm"})
    a, b = ids["a"], ids["b"]
    site.gone["a"] = 404

    async def twice(engine: Engine) -> list[KeepReport]:
        return list(await asyncio.gather(engine.keep_evidence(), engine.keep_evidence()))

    first, second = run(database, config, tmp_path, twice)
    assert first.kept + second.kept == 2  # each item once
    kept = states(database, [a, b])
    assert [r.kind for r in kept[b].records] == ["entry", "feed", "page"]
    assert [r.kind for r in kept[a].records] == ["entry", "feed"]
    assert kept[a].deleted is None and "404" in (kept[a].problem or "")  # not yet
    keep(database, config, tmp_path, everything=True)
    gone = states(database, [a])[a]
    assert gone.deleted_how == "HTTP 404"
    from monitor.evidence.keeping import deleted_text

    assert "only its feed entry was kept" in deleted_text(gone)


def test_a_host_that_asks_to_wait_is_asked_nothing_more_and_one_that_never_answers_is_left(
    site: Site, database: Path | str, tmp_path: Path
) -> None:
    config, ids = polled_and_decided(site, database, tmp_path, {"a": "confirm", "b": "confirm"})
    a, b = ids["a"], ids["b"]
    site.gone["a"] = 429
    keep(database, config, tmp_path)
    assert site.server.seen("/post/b") == []  # the host asked to wait: not asked again
    assert "asked to wait" in (states(database, [b])[b].problem or "")
    store = Store.open(database)
    try:
        store.record_evidence(EvidenceUpdate(item_id=a, next_check=NOW, failures=30))
    finally:
        store.close()
    site.gone.clear()
    before = len(site.server.seen("/post/a"))
    keep(database, config, tmp_path, everything=True)
    assert len(site.server.seen("/post/a")) == before  # 30 tries without an answer: left
    assert len(site.server.seen("/post/b")) == 1


def test_pages_are_fetched_through_the_sources_proxy(
    server: FeedServer, database: Path | str, tmp_path: Path
) -> None:
    site = Site(server, links="http://news.invalid")
    source = {
        "id": "nieuws",
        "kind": "rss",
        "url": "http://feeds.invalid/feed.xml",
        "proxy": server.base,
    }
    config = validate({"version": 1, "sources": [source]}, Path("feeds.yaml"))
    run(database, config, tmp_path, poll)
    decide(database, {ids_by_guid(database)["a"]: "confirm"})
    assert keep(database, config, tmp_path).kept == 1
    (asked,) = site.server.seen("/post/a")
    assert asked.proxied_url == "http://news.invalid/post/a"


def test_evidence_on_the_command_line(
    site: Site, isolated_home: Path, run_cli: Any, tmp_path: Path
) -> None:
    write_feeds(
        isolated_home / "feeds.yaml",
        [{"id": "nieuws", "kind": "rss", "url": site.server.url("/feed.xml")}],
    )
    locations = Locations.resolve()
    assert run_cli("poll").exit_code == 0
    a = ids_by_guid(locations.db_path)["a"]
    assert run_cli("review", str(a), "--confirm", "--labels", "civic_space").exit_code == 0
    before = json.loads(run_cli("items", "--json").output)
    assert {e["deleted"] for e in before} == {None} and all(e["evidence"] == [] for e in before)

    checked = run_cli("evidence", "check")
    assert checked.exit_code == 0 and checked.output.startswith("kept 1 items' evidence")
    (mine,) = [e for e in json.loads(run_cli("items", "--json").output) if e["id"] == a]
    assert [set(r) for r in mine["evidence"]] == [{"sha256", "fetched", "url"}] * 3
    assert mine["evidence"][2]["sha256"] == hashlib.sha256(site.pages["a"]).hexdigest()

    out = tmp_path / "out" / "item.warc.gz"
    exported = run_cli("evidence", "export", str(a), "-o", str(out))
    assert exported.exit_code == 0 and "5 records" in exported.output
    manifest = json.loads((out.parent / "item.warc.gz.manifest.json").read_text())
    assert manifest["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    with out.open("rb") as handle:
        assert [r.rec_type for r in ArchiveIterator(handle)] == [
            "metadata",
            *["response", "request"] * 2,
        ]

    # A file rewritten with its own fresh digests is caught against the store's note.
    kept = evidence_path(locations.data_dir, a)
    original = kept.read_bytes()
    _rewrite_page(kept, b"<html><p>Something else entirely.</p></html>")
    forged = run_cli("evidence", "export", str(a), "-o", str(tmp_path / "forged.warc.gz"))
    assert forged.exit_code != 0 and "differs from what the store noted" in forged.output
    assert not (tmp_path / "forged.warc.gz").exists()
    kept.write_bytes(original)
    _rewrite_page(kept, status="404 Not Found")  # the same bytes and time, another status
    forged = run_cli("evidence", "export", str(a), "-o", str(tmp_path / "forged.warc.gz"))
    assert forged.exit_code != 0 and "differs from what the store noted" in forged.output
    kept.write_bytes(original)

    site.gone["a"] = 404
    assert "1 deleted" in run_cli("evidence", "check").output
    (mine,) = [e for e in json.loads(run_cli("items", "--json").output) if e["id"] == a]
    assert mine["deleted"] is not None
    shown = run_cli("evidence", "show", str(a))
    assert shown.exit_code == 0 and "— evidence kept (HTTP 404)" in shown.output

    missing = run_cli("evidence", "export", "999", "-o", str(out))
    assert missing.exit_code != 0 and "item 999 has no evidence kept" in missing.output


def _rewrite_page(path: Path, body: bytes | None = None, status: str | None = None) -> None:
    """Write ``path`` again with the pages' body (or only the page's status line, its
    bytes and time kept) replaced and every digest made anew, as someone covering their
    tracks would (the record ids kept)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("rb") as handle:
        records = [
            (r.rec_type, r.rec_headers, r.http_headers, r.content_stream().read())
            for r in ArchiveIterator(handle)
        ]
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for kind, headers, stored, payload in records:
            page = kind == "response" and "/post/" in headers.get_header("WARC-Target-URI")
            content = body if body is not None and kind == "response" else payload
            http = stored
            if status is not None and page:
                http = StatusAndHeaders(status, stored.headers, protocol=stored.protocol)
            fresh = writer.create_warc_record(
                headers.get_header("WARC-Target-URI"),
                kind,
                payload=io.BytesIO(content),
                http_headers=http,
                warc_headers_dict={
                    "WARC-Record-ID": headers.get_header("WARC-Record-ID"),
                    "WARC-Date": headers.get_header("WARC-Date"),
                },
            )
            writer.write_record(fresh)


def _payload(path: Path, kind: str) -> bytes:
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == kind:
                return bytes(record.content_stream().read())
    raise AssertionError(kind)


def _body(path: Path, offset: int) -> bytes:
    with path.open("rb") as handle:
        handle.seek(offset)
        record = next(iter(ArchiveIterator(handle)))
        return bytes(record.content_stream().read())
