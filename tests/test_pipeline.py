from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS
from feedserver import FeedServer, Reply

from monitor.config.schema import FeedsConfig
from monitor.config.validate import validate
from monitor.engine import Engine
from monitor.errors import StoreError
from monitor.models import Batch, Entry, SourceReport
from monitor.pipeline import normalise_batch
from monitor.store import ItemQuery, Store

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def config_for(sources: list[dict[str, Any]]) -> FeedsConfig:
    return validate({"version": 1, "sources": sources}, Path("feeds.yaml"))


def rss(source_id: str, url: str, **extra: Any) -> dict[str, Any]:
    return {"id": source_id, "kind": "rss", "url": url, **extra}


def poll(
    db: Path | str, config: FeedsConfig, clock: Clock | None = None, **engine_options: Any
) -> list[SourceReport]:
    async def main() -> list[SourceReport]:
        async with Engine(db, config, clock=clock or Clock(), **engine_options) as engine:
            assert engine.poller is not None
            return await engine.poller.poll()

    return asyncio.run(main())


def by_source(reports: list[SourceReport]) -> dict[str, SourceReport]:
    return {report.source: report for report in reports}


def test_one_failing_source_never_stops_the_others(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    config = config_for(
        [
            rss("nos", server.file("/nos.xml", FEEDS / "nos.xml")),
            rss("gone", server.add("/gone.xml", Reply(404, b"no"))),
            rss(
                "html",
                server.add(
                    "/page",
                    Reply(200, (FEEDS / "page.html").read_bytes(), {"Content-Type": "text/html"}),
                ),
            ),
            rss("hrw", server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")),
        ]
    )
    reports = by_source(poll(db, config))
    assert reports["nos"].outcome == "ok" and reports["nos"].new == 4
    assert reports["hrw"].outcome == "ok" and reports["hrw"].new == 2
    assert reports["gone"].outcome == "error"
    assert reports["gone"].message == f"{server.url('/gone.xml')}: HTTP 404 Not Found"
    assert reports["html"].message.endswith(
        "this is an HTML web page, not a feed (RSS, Atom or JSON Feed)"
    )
    store = Store.open(db)
    items = store.items(ItemQuery())
    assert len(items) == 6
    state = store.source_state("gone")
    assert state.consecutive_failures == 1
    assert state.last_error == reports["gone"].message
    assert state.next_poll is not None and state.next_poll > NOW
    log = store._conn.execute("SELECT source, outcome FROM fetch_log ORDER BY source").fetchall()
    assert dict(log) == {
        "gone": "error",
        "hrw": "ok",
        "html": "error",
        "nos": "ok",
    }
    store.close()


@pytest.mark.timeout(90, method="thread")  # a stalled loop sits in native code: no signal
def test_a_feed_of_deeply_nested_html_does_not_hold_up_other_sources(
    server: FeedServer, database: Path | str
) -> None:
    """One item of nested <div>s up to the 10 MB cap is parsed and sanitised in bounded
    time off the event loop, while another server's feed, answering meanwhile, is read
    within its 3 s timeout (a stalled loop recorded it as a timeout)."""
    depth = (10 * 1024 * 1024 - 400) // len("<div></div>")
    nested = "<div>" * depth + "Diep verstopt" + "</div>" * depth
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Vijandig</title>'
        "<item><title>Nest</title><link>https://e.org/nest</link>"
        f"<description><![CDATA[{nested}]]></description></item></channel></rss>"
    ).encode()
    assert 10 * 1024 * 1024 - len(feed) < 1024
    other = FeedServer()
    try:
        calm = (FEEDS / "nos.xml").read_bytes()
        config = config_for(
            [
                rss("nest", server.add("/nest.xml", Reply(200, feed))),
                rss("nos", other.add("/nos.xml", Reply(200, calm, delay=1.0)), timeout="3s"),
            ]
        )
        start = time.perf_counter()
        reports = by_source(poll(database, config))
        assert time.perf_counter() - start < 60  # 1.2 MB of it took 284 s
    finally:
        other.close()
    assert reports["nos"].outcome == "ok" and reports["nos"].new == 4
    assert reports["nest"].outcome == "ok" and reports["nest"].new == 1
    store = Store.open(database)
    (item,) = store.items(ItemQuery(source="nest"))
    assert item.title == "Nest" and item.html.count("<div>") <= 100
    store.close()


def test_second_poll_is_answered_with_304_and_stores_nothing(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    config = config_for([rss("nos", server.file("/nos.xml", FEEDS / "nos.xml"))])
    assert by_source(poll(db, config))["nos"].new == 4
    again = by_source(poll(db, config))["nos"]
    assert (again.outcome, again.new) == ("not_modified", 0)
    assert "if-none-match" in server.seen("/nos.xml")[1].headers


def test_items_are_normalised_and_stored_with_search(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    config = config_for(
        [
            rss("hrw", server.file("/hrw.atom", FEEDS / "hrw.atom")),
            rss("ds", server.file("/ds.xml", FEEDS / "wordpress.xml")),
        ]
    )
    poll(db, config)
    store = Store.open(db)
    (kyrgyz,) = store.items(ItemQuery(search="foreign agents"))
    assert kyrgyz.title == "Kyrgyzstan: Foreign Agents Law Used to Shut Down Rights Groups"
    assert kyrgyz.canonical_url == (
        "https://www.hrw.org/news/2026/11/23/kyrgyzstan-foreign-"
        "agents-law-used-shut-down-rights-groups"
    )
    assert kyrgyz.published == datetime(2026, 11, 23, 11, 0, tzinfo=UTC)
    assert kyrgyz.author == "Syinat Sultanalieva" and kyrgyz.language == "en"
    assert kyrgyz.meta["tags"] == ["Civil Society", "Kyrgyzstan"]
    assert 'href="https://www.hrw.org/report/2026/11/23/closing-space"' in kyrgyz.html
    (ngo,) = store.items(ItemQuery(search="genderclubjes"))
    assert "<img" in ngo.html and "utm_source" not in ngo.html.split("subsidies-ngos")[0]
    assert ngo.text.endswith("Lees ook: De subsidieslurf van de ngo-industrie")
    assert store.items(ItemQuery(search='"eigen volk eerst"'))[0].id == ngo.id
    assert store.items(ItemQuery(search="rechter*", source="ds"))[0].title.startswith(
        "Rechters weer op de stoel"
    )
    store.close()


def test_edits_are_recorded_and_the_item_updated(server: FeedServer, database: Path | str) -> None:
    db = database
    body = (FEEDS / "nos.xml").read_bytes()
    feed = {"body": body}
    server.add("/nos.xml", lambda _: Reply(200, feed["body"]))
    config = config_for([rss("nos", server.url("/nos.xml"))])
    poll(db, config)
    feed["body"] = body.replace(b"half miljard minder", b"zeshonderd miljoen minder")
    report = by_source(poll(db, config))["nos"]
    assert (report.new, report.updated) == (0, 1)
    store = Store.open(db)
    (item,) = store.items(ItemQuery(search="zeshonderd"))
    assert item.updated is not None
    (edit,) = store.edits(item.id)
    assert edit["old_title"] == "Kabinet wil half miljard minder uitgeven aan ontwikkelingshulp"
    store.close()


def test_same_story_from_two_sources_is_linked_not_queued_twice(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    copy = (FEEDS / "nos.xml").read_bytes().replace(b"NOS Nieuws", b"Omroep West")
    copy = copy.replace(
        b'<guid isPermaLink="false">2551187</guid>', b'<guid isPermaLink="false">west-77</guid>'
    )
    copy = copy.replace(b"https://nos.nl/artikel/2551187-", b"http://www.nos.nl/artikel/2551187-")
    server.add("/west.xml", Reply(200, copy))
    config = config_for([rss("nos", server.file("/nos.xml", FEEDS / "nos.xml"))])
    poll(db, config)
    report = by_source(poll(db, config_for([rss("west", server.url("/west.xml"))])))["west"]
    assert report.new == 4 and report.duplicates == 4
    store = Store.open(db)
    assert store.count(ItemQuery()) == 4
    assert store.count(ItemQuery(include_duplicates=True)) == 8
    (georgia,) = store.items(ItemQuery(search="Georgisch", source="nos"))
    assert [d.source for d in store.duplicates_of(georgia.id)] == ["west"]
    store.close()


def test_repeated_guids_missing_dates_and_language_detection(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    config = config_for(
        [
            rss("pers", server.file("/d.xml", FEEDS / "duplicate_guids.xml")),
            rss("lokaal", server.file("/b.xml", FEEDS / "bad_dates.xml")),
            rss("reddit", server.file("/r.atom", FEEDS / "reddit.atom")),
        ]
    )
    clock = Clock()
    reports = by_source(poll(db, config, clock))
    assert reports["pers"].new == 2
    assert reports["pers"].warnings == (
        "3 entries share the id 'persbericht'; told apart by their links",
    )
    store = Store.open(db)
    lokaal = {i.title: i for i in store.items(ItemQuery(source="lokaal"))}
    assert lokaal["Vrijwilligers van voedselbank krijgen lintje"].published_estimated
    assert lokaal["Stadion krijgt nieuwe naam"].published == NOW  # 2099 is not believable
    assert not lokaal["Woningbouw in Leidsche Rijn vertraagd"].published_estimated
    (post,) = store.items(ItemQuery(source="reddit"))
    assert (post.language, post.language_detected) == ("nl", True)
    store.close()


def test_a_feed_that_misstates_its_language_yields_to_its_text_and_the_analyst_wins(
    server: FeedServer, database: Path | str
) -> None:
    """A Dutch blog declaring WordPress's en-US: its Dutch posts are Dutch (detected), its
    English guest column and a post too short to tell keep the declaration, and the
    analyst's language: nl on the source beats both."""
    db = database
    fixture = FEEDS / "dutch_declared_en.xml"
    config = config_for(
        [
            rss("blog", server.file("/blog.xml", fixture)),
            rss("blog-nl", server.file("/blog-nl.xml", fixture), language="nl"),
        ]
    )
    poll(db, config)
    store = Store.open(db)

    def languages(source: str) -> dict[str, tuple[str | None, str | None]]:
        items = store.items(ItemQuery(source=source, include_duplicates=True))
        return {i.title: (i.language, i.language_source) for i in items}

    assert languages("blog") == {
        "Gemeente trekt subsidie voor voorlichting op scholen in": ("nl", "detected"),
        "Waarom de stichting voor vluchtelingenhulp haar deuren sluit": ("nl", "detected"),
        "Guest column: why we keep reporting from the border": ("en", "declared"),
        "Update": ("en", "declared"),
    }
    assert set(languages("blog-nl").values()) == {("nl", "source")}
    assert store.count(ItemQuery(language="nl", include_duplicates=True)) == 6
    store.close()


def test_backoff_grows_with_each_failure_and_resets_on_success(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    answer = {"reply": Reply(500, b"down")}
    server.add("/flaky.xml", lambda _: answer["reply"])
    config = config_for([rss("flaky", server.url("/flaky.xml"), interval="30m")])
    clock = Clock()
    waits = []
    for _ in range(3):
        report = poll(db, config, clock)[0]
        assert report.next_poll is not None
        waits.append(report.next_poll - clock.now)
    assert timedelta(minutes=27) <= waits[0] <= timedelta(minutes=33)
    assert timedelta(minutes=54) <= waits[1] <= timedelta(minutes=66)
    assert timedelta(minutes=108) <= waits[2] <= timedelta(minutes=132)
    answer["reply"] = Reply(200, (FEEDS / "nos.xml").read_bytes())
    report = poll(db, config, clock)[0]
    store = Store.open(db)
    state = store.source_state("flaky")
    assert report.outcome == "ok" and state.consecutive_failures == 0
    assert state.last_error == f"{server.url('/flaky.xml')}: HTTP 500 Internal Server Error"
    assert state.last_success == NOW
    store.close()


def test_retry_after_is_respected_even_by_a_manual_poll(
    server: FeedServer, database: Path | str
) -> None:
    db = database
    server.add("/busy.xml", Reply(429, b"", {"Retry-After": "3600"}))
    config = config_for([rss("busy", server.url("/busy.xml"))])
    clock = Clock()
    first = poll(db, config, clock)[0]
    assert first.next_poll == NOW + timedelta(hours=1)
    clock.now = NOW + timedelta(minutes=10)
    second = poll(db, config, clock)[0]
    assert second.outcome == "skipped"
    assert second.message == "the server asked to wait until 2026-11-24 13:00 UTC"
    assert len(server.seen("/busy.xml")) == 1


def test_new_items_are_handed_to_the_classifier(server: FeedServer, database: Path | str) -> None:
    db = database
    seen: list[int] = []

    async def classify(ids: Sequence[int]) -> None:
        seen.extend(ids)

    config = config_for([rss("nos", server.file("/nos.xml", FEEDS / "nos.xml"))])
    poll(db, config, classify=classify)
    assert len(seen) == 4


def test_a_full_disk_loses_the_batch_cleanly_and_says_so(
    server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "p.db"
    Store.open(db).close()
    big = (
        (FEEDS / "nos.xml")
        .read_text(encoding="utf-8")
        .replace("Het KNMI heeft code oranje", "Het KNMI heeft code oranje " + "storm " * 40000)
    )
    config = config_for([rss("nos", server.add("/nos.xml", Reply(200, big.encode())))])
    conn = sqlite3.connect(db)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    async def main() -> list[SourceReport]:
        async with Engine(db, config, clock=Clock()) as engine:
            assert engine.writer is not None and engine.poller is not None
            await engine.writer.call(
                lambda s: s._conn.execute(f"PRAGMA max_page_count = {pages + 8}")
            )
            return await engine.poller.poll()

    (report,) = asyncio.run(main())
    assert report.outcome == "error"
    assert f"{db}: the disk is full; the batch of nos was not saved" in report.message
    store = Store.open(db)
    assert store.count(ItemQuery()) == 0
    assert store.integrity_ok()
    store.close()


class LocalFault:
    """A fault of this computer made real in SQLite, through the engine's own store."""

    def __init__(self, kind: str, db: Path) -> None:
        self.kind, self.db = kind, db
        self.holder: sqlite3.Connection | None = None

    def start(self, store: Store) -> None:
        if self.kind == "full":  # no page beyond those the file has
            pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
            store._conn.execute(f"PRAGMA max_page_count = {pages}")
        elif self.kind == "read-only":
            store._conn.execute("PRAGMA query_only = ON")
        else:  # another program holds the write lock longer than the writer waits
            store._conn.execute("PRAGMA busy_timeout = 100")
            self.holder = sqlite3.connect(self.db, isolation_level=None, check_same_thread=False)
            self.holder.execute("BEGIN IMMEDIATE")

    def clear(self, store: Store) -> None:
        store._conn.execute("PRAGMA max_page_count = 1073741823")
        store._conn.execute("PRAGMA query_only = OFF")
        if self.holder is not None:
            self.holder.execute("ROLLBACK")
            self.holder.close()


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("full", "the disk is full"),
        ("read-only", "the database or its folder is read-only"),
        ("busy", "the database is busy in another program"),
    ],
)
def test_a_local_fault_is_never_blamed_on_the_source(
    server: FeedServer, tmp_path: Path, kind: str, said: str
) -> None:
    """Not counted, not backed off (the interval is 2 h, the retry minutes away), and
    the next poll after the fault clears stores everything."""
    db = tmp_path / "p.db"
    config = config_for([rss("nos", server.file("/nos.xml", FEEDS / "nos.xml"), interval="2h")])
    clock = Clock()
    fault = LocalFault(kind, db)

    async def main() -> tuple[list[SourceReport], SourceReport]:
        async with Engine(db, config, clock=clock) as engine:
            assert engine.writer is not None and engine.poller is not None
            await engine.writer.call(fault.start)
            during = [(await engine.poller.poll())[0] for _ in range(3)]
            await engine.writer.call(fault.clear)
            return during, (await engine.poller.poll())[0]

    during, after = asyncio.run(main())
    for report in during:
        assert report.outcome == "error" and report.local
        assert report.message == (
            f"{db}: {said}; the batch of nos was not saved"
            " (a problem on this computer, not of the source)"
        )
        assert report.next_poll is not None and report.next_poll <= NOW + timedelta(minutes=6)
    assert after.outcome == "ok" and after.new == 4
    store = Store.open(db)
    state = store.source_state("nos")
    assert state.consecutive_failures == 0 and state.last_error is None
    assert [row["outcome"] for row in store._db.query("SELECT outcome FROM fetch_log")] == ["ok"]
    store.close()


def test_a_damaged_database_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(
        StoreError,
        match=r"broken\.db: the database is damaged or not a "
        r"Pushback Monitor database",
    ):
        Store.open(db)


def test_an_entry_that_cannot_be_normalised_costs_only_itself() -> None:
    good = Entry(external_id="1", url="https://e.org/1", title="Een gewoon bericht", html="")
    odd = Entry(
        external_id="2",
        url="https://e.org/2",
        title="Kapot",
        html="",
        published=datetime(2026, 1, 1),
        meta={"x": 1},
    )
    odd = Entry(
        **{**{f: getattr(odd, f) for f in odd.__dataclass_fields__}, "published": "not a date"}
    )  # type: ignore[arg-type]
    empty = Entry(external_id="3", url="https://e.org/3", title="", html="<img src='x.png'>")
    source = config_for([rss("s", "https://e.org/feed")]).sources[0]
    items, warnings = normalise_batch(source, Batch(entries=[good, odd, empty]), NOW)
    assert [i.external_id for i in items] == ["1"]
    assert warnings[0].startswith("entry 'https://e.org/2' skipped: AttributeError")
    assert warnings[1] == "1 entries with neither title nor text skipped"


@pytest.mark.parametrize("classified", [True, False])
def test_rules_run_on_new_items_once_they_are_classified(
    server: FeedServer, database: Path | str, tmp_path: Path, classified: bool
) -> None:
    from monitor.errors import ClassifierError
    from monitor.rules import RulesOnDisk

    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - name: agents\n    when: [{words: [buitenlandse agent*]}]\n"
        "    then: {escalate: true}\n",
        encoding="utf-8",
    )

    async def classify(ids: Sequence[int]) -> None:
        if not classified:
            raise ClassifierError("the model is not available")

    config = config_for([rss("nos", server.file("/nos.xml", FEEDS / "nos.xml"))])
    (report,) = poll(database, config, classify=classify, rules=RulesOnDisk(rules))
    store = Store.open(database)
    escalated = store.count(ItemQuery(status="escalated"))
    store.close()
    # Without scores the rules wait: the backlog runs them once the items are classified.
    assert escalated == (1 if classified else 0)
    assert any("not classified yet" in w for w in report.warnings) is not classified
