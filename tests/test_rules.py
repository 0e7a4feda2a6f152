"""Rules without code: rules.yaml read with every fault named, conditions matched the way
the taxonomy matches its cues, dry runs that change nothing, and rules that act on an
item once, in their own name, undoably, never over an analyst's decision."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from storedata import new_item, save, save_scores

from monitor.config import SourceConfig
from monitor.config.reader import round_trip_yaml
from monitor.errors import ConfigError
from monitor.models import ItemStatus
from monitor.rules import RulesFile, RulesOnDisk, Subject, dry_run, parse_rules, run_over_store
from monitor.store import Action, Store

NOW = datetime.now(UTC).replace(microsecond=0)


def rules_of(text: str, path: Path = Path("rules.yaml")) -> list:  # type: ignore[type-arg]
    return list(parse_rules(round_trip_yaml().load(text), path).rules)


def one_rule(when: str, then: str = "{alert: true}", match: str = "all") -> object:
    (rule,) = rules_of(
        f"rules:\n  - name: r\n    match: {match}\n    when: {when}\n    then: {then}\n"
    )
    return rule


def subject(**fields: object) -> Subject:
    base: dict[str, object] = {"id": 1, "source": "nos", "title": "", "text": ""}
    return Subject(**{**base, **fields})  # type: ignore[arg-type]


# -- reading rules.yaml ----------------------------------------------------------------


def test_every_fault_is_named_with_its_line_and_field() -> None:
    text = """version: 1
rules:
  - name: Soros
    when:
      - words: []
      - score: {category: civic, at_least: 2}
      - colour: red
    then: {add_category: aid, priority: urgent}
  - name: soros
    when: [{source: nos}]
    then: {}
  - when: [{tag: news}]
    then: {not_relevant: true, escalate: true}
"""
    with pytest.raises(ConfigError) as caught:
        parse_rules(round_trip_yaml().load(text), Path("rules.yaml"))
    problems = "\n".join(caught.value.problems)
    expected = [
        "rules.yaml:5: rule “Soros” (rules[0]): when[0].words: must be a word or a list",
        "rules.yaml:6: rule “Soros” (rules[0]): when[1].score.category: 'civic' is not a category",
        "when[1].score.at_least: must be a score between 0 and 1",
        "rules.yaml:7: rule “Soros” (rules[0]): when[2].colour: unknown condition",
        "rules.yaml:8: rule “Soros” (rules[0]): then.add_category: 'aid' is not a category",
        "then.priority: 'urgent' is not a priority",
        "rules.yaml:9: rule “soros” (rules[1]): name: rules[0] has the name 'soros' already",
        "rule “soros” (rules[1]): then: says what the rule does",
        "rules.yaml:12: rules[2]: every rule needs a name",
        "then.not_relevant: a rule that marks items not relevant cannot also",
    ]
    for line in expected:
        assert line in problems, f"{line!r} not in\n{problems}"


def test_a_rule_without_conditions_or_actions_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"rules\.yaml:2: rule “x” \(rules\[0\]\): a rule needs"):
        rules_of("rules:\n  - name: x\n    then: {alert: true}\n")
    with pytest.raises(ConfigError, match="then: does nothing"):
        rules_of("rules:\n  - name: x\n    when: [{tag: a}]\n    then: {alert: false}\n")


@pytest.mark.parametrize("term", ["-", " - ", "*", "#"])
def test_a_word_without_letters_or_digits_is_refused(term: str) -> None:
    with pytest.raises(ConfigError, match=r"when\[0\]\.words: must be a word"):
        one_rule(f"[{{words: ['{term}']}}]")


def test_an_empty_rules_list_written_as_a_mapping_is_refused() -> None:
    with pytest.raises(ConfigError, match="rules: must be a list of rules"):
        rules_of("rules: {}\n")


def test_a_blank_name_is_one_fault() -> None:
    with pytest.raises(ConfigError) as caught:
        rules_of("rules:\n  - name: ' '\n    when: [{tag: x}]\n    then: {alert: true}\n")
    assert caught.value.problems == ["rules.yaml:2: rules[0]: name: must be a non-empty text"]


def test_a_rule_is_added_replaced_and_removed_with_the_comments_kept(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        "# our rules\nversion: 1\nrules:\n  # the first one\n  - name: first\n"
        "    when: [{words: [Soros]}]   # the man\n    then: {alert: true}\n",
        encoding="utf-8",
    )
    rules = RulesFile.load(path)
    rules.put("name: second\nwhen: [{tag: news}]\nthen: {escalate: true}\n")
    rules.put("name: first\nwhen: [{words: [Soros, Gates]}]\nthen: {alert: true}\n", "first")
    rules.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# our rules\n")
    assert "# the first one" in text
    again = RulesFile.load(path)
    assert again.rules.names == ["first", "second"]
    first = again.rules.named("first")
    assert first is not None and first.matches(subject(text="Bill Gates zegt"))
    with pytest.raises(ConfigError, match="has the name 'second' already"):
        again.put("name: second\nwhen: [{tag: x}]\nthen: {alert: true}\n")
    assert again.rules.names == ["first", "second"]  # the refused rule left nothing behind
    again.remove("second")
    again.save()
    assert RulesFile.load(path).rules.names == ["first"]
    with pytest.raises(ConfigError, match="no rule named 'third'"):
        again.remove("third")


def test_a_broken_rules_file_leaves_the_rules_read_before(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    on_disk = RulesOnDisk(path)
    assert on_disk.current().rules == ()  # no file: no rules
    path.write_text("rules:\n  - name: a\n    when: [{tag: x}]\n    then: {alert: true}\n")
    assert on_disk.current().names == ["a"]
    path.write_text("rules:\n  - name: a\n    when: [{tag: x}\n")  # a typo, and longer
    assert on_disk.current().names == ["a"]
    assert on_disk.problem is not None and "rules.yaml:" in on_disk.problem


# -- matching --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "text", "found"),
    [
        ("[gender ideolog*]", "Tegen de genderideologie op scholen", True),
        ("[gender ideolog*]", "against gender-ideology in schools", True),
        ("[gender ideolog*]", "Gender Ideologies", True),
        ("[Soros]", "Sorosfonds", False),  # whole words only
        ("['#stopdeabortus']", "Vandaag #StopDeAbortus in Den Haag", True),
        ("[buitenlandse agent*]", "de wet op buitenlandse agenten", True),
    ],
)
def test_words_match_as_the_taxonomy_cues_do(terms: str, text: str, found: bool) -> None:
    rule = one_rule(f"[{{words: {terms}}}]")
    assert rule.matches(subject(text=text)) is found  # type: ignore[attr-defined]


def test_scores_sources_and_places_combine_with_all_any_and_not() -> None:
    rule = one_rule(
        "[{score: {category: civic_space, at_least: 0.6}}, {any: [{country: nl}, {tag: ngo}]},"
        " {not: {source: spam}}]"
    )
    base = {"scores": {"civic_space": 0.7}, "country": "NL"}
    assert rule.matches(subject(**base))  # type: ignore[attr-defined]
    assert not rule.matches(subject(**{**base, "scores": {"civic_space": 0.59}}))  # type: ignore[attr-defined]
    assert rule.matches(subject(**{**base, "country": None, "tags": ("NGO",)}))  # type: ignore[attr-defined]
    assert not rule.matches(subject(**{**base, "country": "BE"}))  # type: ignore[attr-defined]
    assert not rule.matches(subject(**{**base, "source": "spam"}))  # type: ignore[attr-defined]
    either = one_rule("[{language: en}, {words: [NGO]}]", match="any")
    assert either.matches(subject(language="en"))  # type: ignore[attr-defined]
    assert either.matches(subject(language="nl", title="NGO's onder vuur"))  # type: ignore[attr-defined]
    assert not either.matches(subject(language="nl", title="Het weer"))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("author", "wanted", "found"),
    [
        ("Jan de Vries (@jandevries.bsky.social)", "@jandevries.bsky.social", True),
        ("Jan de Vries (@jandevries.bsky.social)", "jan de vries", True),
        ("@someone@mastodon.social", "someone@mastodon.social", True),
        ("@someone@mastodon.social", "someone", False),
        ("Redactie", "redactie", True),
    ],
)
def test_an_author_is_matched_by_name_or_account(author: str, wanted: str, found: bool) -> None:
    rule = one_rule(f"[{{author: '{wanted}'}}]")
    assert rule.matches(subject(author=author)) is found  # type: ignore[attr-defined]
    account = one_rule(f"[{{account: '{wanted}'}}]")
    assert account.matches(subject(author=author)) is (
        found and "@" in author and " " not in wanted
    )  # type: ignore[attr-defined]


# -- on the store ----------------------------------------------------------------------


def _stored(store: Store) -> list[int]:
    """Four items of the last days (one old), the second scored high for civic space."""
    items = [
        new_item("nos", "a", "Soros-netwerk achter ngo's", NOW - timedelta(days=1), text="x"),
        new_item("nos", "b", "Wet buitenlandse agenten", NOW - timedelta(days=2), text="y"),
        new_item("blog", "c", "Open Society Foundations", NOW - timedelta(days=3), text="z"),
        new_item("nos", "d", "Soros, lang geleden", NOW - timedelta(days=90), text="old"),
    ]
    ids = save(store, items[:2], NOW) + save(store, items[2:3], NOW) + save(store, items[3:], NOW)
    save_scores(store, {ids[1]: {"civic_space": 0.9}})
    return ids


SOURCES = {
    "nos": SourceConfig(
        id="nos",
        name="NOS",
        kind="rss",
        url="https://x.test/f",
        tags=("news",),
        interval=timedelta(minutes=30),
        timeout=timedelta(seconds=20),
    )
}


def _rule(text: str) -> object:
    (rule,) = rules_of(text)
    return rule


def test_a_dry_run_lists_the_last_days_matches_and_changes_nothing(store: Store) -> None:
    ids = _stored(store)
    rule = _rule(
        "rules:\n  - name: soros\n    when: [{words: [Soros, open society*]}]\n"
        "    then: {escalate: true}\n"
    )
    before = [store.item(i) for i in ids]
    found = dry_run(store, rule, SOURCES, days=30)  # type: ignore[arg-type]
    assert [m.item_id for m in found] == [ids[0], ids[2]]  # newest first; the old one left
    assert found[0].words == ("Soros",)
    assert found[1].words == ("Open Society",)
    assert [store.item(i) for i in ids] == before
    assert all(store.decisions(i) == [] for i in ids)
    assert len(dry_run(store, rule, SOURCES, days=365)) == 3  # type: ignore[arg-type]


def test_a_rule_decides_once_in_its_own_name_and_is_undone_like_any(store: Store) -> None:
    ids = _stored(store)
    rule = _rule(
        "rules:\n  - name: agents\n    when: [{score: {category: civic_space, at_least: 0.8}},"
        " {tag: news}]\n    then: {escalate: true, add_category: anti_aid, priority: high,"
        " alert: true}\n"
    )
    outcome = run_over_store(store, [rule], SOURCES)["agents"]  # type: ignore[list-item]
    assert outcome.matched == 1 and outcome.alerts == [ids[1]]
    (decision,) = outcome.decided
    assert (decision.action, decision.rule, decision.severity) == (
        Action.ESCALATE,
        "agents",
        "high",
    )
    item = store.item(ids[1])
    assert item is not None and item.status is ItemStatus.ESCALATED
    assert item.categories == ["civic_space", "anti_aid"]
    (alert,) = store.alerts([ids[1]], {})
    assert alert.rules == ("agents",) and alert.rules_notify and alert.scores == {}

    store.record_decision(ids[1], "undo", analyst="Anna")
    undone = store.item(ids[1])
    assert undone is not None and undone.status is ItemStatus.PENDING
    assert undone.categories == ["civic_space"]
    again = run_over_store(store, [rule], SOURCES)["agents"]  # type: ignore[list-item]
    assert again.matched == 0 and again.decided == []  # the analyst is not overruled
    still = store.item(ids[1])
    assert still is not None and still.status is ItemStatus.PENDING


def test_a_rule_leaves_what_an_analyst_decided_and_does_not_teach_the_model(
    store: Store,
) -> None:
    ids = _stored(store)
    store.record_decision(ids[0], "confirm", labels=["disinformation"], analyst="Anna")
    rule = _rule(
        "rules:\n  - name: noise\n    when: [{source: [nos, blog]}]\n"
        "    then: {not_relevant: true}\n"
    )
    outcome = run_over_store(store, [rule], SOURCES)["noise"]  # type: ignore[list-item]
    assert outcome.matched == 4 and outcome.left == 1
    assert sorted(d.item_id for d in outcome.decided) == sorted(ids[1:])
    first = store.item(ids[0])
    assert first is not None and first.status is ItemStatus.CONFIRMED
    rejected = store.item(ids[2])
    assert rejected is not None and rejected.status is ItemStatus.REJECTED
    assert [i.item_id for i in store.labelled_items()] == [ids[0]]  # the analyst's only


def test_a_rule_that_changes_nothing_records_no_decision(store: Store) -> None:
    ids = _stored(store)
    rule = _rule(
        "rules:\n  - name: civic\n    when: [{words: [agenten]}]\n"
        "    then: {add_category: civic_space}\n"
    )
    outcome = run_over_store(store, [rule], SOURCES)["civic"]  # type: ignore[list-item]
    assert outcome.matched == 1 and outcome.decided == [] and outcome.left == 1
    assert store.decisions(ids[1]) == []


def test_a_flag_adds_a_category_and_leaves_the_item_to_review(store: Store) -> None:
    ids = _stored(store)
    rule = _rule(
        "rules:\n  - name: watch\n    when: [{words: [Soros]}]\n"
        "    then: {add_category: disinformation, priority: medium}\n"
    )
    decided = run_over_store(store, [rule], SOURCES)["watch"].decided  # type: ignore[list-item]
    assert [(d.action, d.item_id) for d in decided] == [
        (Action.FLAG, ids[0]),
        (Action.FLAG, ids[3]),
    ]
    item = store.item(ids[0])
    assert item is not None and item.status is ItemStatus.PENDING
    assert item.categories == ["disinformation"] and item.severity == "medium"
    assert [d.rule for d in store.decisions(ids[0])] == ["watch"]


def test_rules_add_to_each_others_work_but_never_take_it_back(store: Store) -> None:
    ids = _stored(store)
    rules = rules_of(
        "rules:\n"
        "  - name: noise\n    when: [{source: [nos]}]\n    then: {not_relevant: true}\n"
        "  - name: watch\n    when: [{words: [Soros]}]\n    then: {add_category: anti_aid}\n"
        "  - name: society\n    when: [{words: [open society]}]\n    then: {escalate: true}\n"
        "  - name: blog\n    when: [{source: [blog]}]\n"
        "    then: {add_category: disinformation}\n"
        "  - name: quiet\n    when: [{source: [blog]}]\n    then: {not_relevant: true}\n"
    )
    outcomes = run_over_store(store, rules, SOURCES)
    rejected = store.item(ids[0])  # noise came first; watch adds nothing to it
    assert rejected is not None and rejected.status is ItemStatus.REJECTED
    assert rejected.categories == []
    assert [d.rule for d in store.decisions(ids[0])] == ["noise"]
    assert outcomes["watch"].matched == 2 and outcomes["watch"].decided == []
    kept = store.item(ids[2])  # escalated, a category added, and not marked not relevant
    assert kept is not None and kept.status is ItemStatus.ESCALATED
    assert kept.categories == ["disinformation"]
    assert [d.rule for d in store.decisions(ids[2])] == ["society", "blog"]
    assert outcomes["quiet"].left == 1


def test_an_undone_note_is_no_analysts_decision(store: Store) -> None:
    ids = _stored(store)
    store.record_decision(ids[0], "note", note="later", analyst="Anna")
    store.undo_notes([ids[0]], analyst="Anna")
    rule = _rule("rules:\n  - name: s\n    when: [{words: [Soros]}]\n    then: {escalate: true}\n")
    decided = run_over_store(store, [rule], SOURCES)["s"].decided  # type: ignore[list-item]
    assert ids[0] in [d.item_id for d in decided]


def test_a_rule_renamed_in_case_only_does_not_act_again(store: Store) -> None:
    _stored(store)
    text = "rules:\n  - name: {}\n    when: [{{words: [Soros]}}]\n    then: {{alert: true}}\n"
    first = run_over_store(store, [_rule(text.format("Soros"))], SOURCES)  # type: ignore[list-item]
    again = run_over_store(store, [_rule(text.format("SOROS"))], SOURCES)  # type: ignore[list-item]
    assert first["Soros"].matched == 2 and again["SOROS"].matched == 0


# -- the command line ------------------------------------------------------------------


def _write_rules(home: Path) -> None:
    (home / "rules.yaml").write_text(
        "version: 1\nrules:\n  - name: Soros\n    when: [{words: [Soros]}]\n"
        "    then: {alert: true, escalate: true}\n",
        encoding="utf-8",
    )


def test_rules_on_the_command_line(isolated_home: Path, run_cli: object) -> None:
    from monitor.config import Locations

    locations = Locations.resolve()
    locations.ensure()
    opened = Store.open(locations.db_path)
    ids = _stored(opened)
    opened.close()
    _write_rules(isolated_home)
    invoke = run_cli  # type: ignore[assignment]

    listed = invoke("rules", "list")  # type: ignore[operator]
    assert listed.exit_code == 0 and "Soros" in listed.output and "escalate" in listed.output

    tried = invoke("rules", "test", "soros", "--json")  # type: ignore[operator]
    assert tried.exit_code == 0
    assert json.loads(tried.output) == {"matches": 1, "items": [ids[0]]}
    assert json.loads(invoke("rules", "test", "Soros", "--days", "365", "--json").output)[  # type: ignore[operator]
        "items"
    ] == [ids[0], ids[3]]

    ran = invoke("rules", "run")  # type: ignore[operator]
    assert ran.exit_code == 0 and "Soros: 2 new matches, 2 decisions, 2 alerts" in ran.output
    assert "0 new matches" in invoke("rules", "run", "Soros").output  # type: ignore[operator]

    missing = invoke("rules", "test", "nobody")  # type: ignore[operator]
    assert (
        missing.exit_code == 2
        and "rules.yaml: no rule named 'nobody' (rules: Soros)" in missing.output
    )

    feeds = isolated_home / "feeds.yaml"
    feeds.write_text("version: 1\nsources: [{id: x}]\n", encoding="utf-8")
    refused = invoke("rules", "run")  # type: ignore[operator]
    assert refused.exit_code == 2 and "feeds.yaml" in refused.output
    warned = invoke("rules", "test", "Soros", "--json")  # type: ignore[operator]
    assert warned.exit_code == 0 and "conditions on tags and countries match nothing" in (
        warned.stderr
    )

    (isolated_home / "rules.yaml").write_text("rules:\n  - name: x\n    when: [{tag: 3}]\n")
    broken = invoke("rules", "list")  # type: ignore[operator]
    assert (
        broken.exit_code == 2 and "rules.yaml:3: rule “x” (rules[0]): when[0].tag" in broken.output
    )
