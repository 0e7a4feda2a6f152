"""`sources add` takes an option for every address field the kinds declare: the options
are made from the declarations, so a field added to a kind is an option at once."""

from __future__ import annotations

import dataclasses

import click
from click.testing import CliRunner

from monitor.cli.kind_options import field_options, option_help
from monitor.cli.main import cli
from monitor.cli.source_add import ADDRESS_FIELD
from monitor.sources import ADDRESS_FIELDS, FEED_KIND, FIELDS, KINDS, Field


def sources_add() -> click.Command:
    group = cli.commands["sources"]
    assert isinstance(group, click.Group)
    return group.commands["add"]


def options_of(command: click.Command) -> dict[str, click.Option]:
    return {p.name: p for p in command.params if isinstance(p, click.Option) and p.name}


def test_sources_add_has_an_option_for_every_address_field_but_the_feed_address() -> None:
    add = sources_add()
    options = options_of(add)
    assert ADDRESS_FIELD in FEED_KIND.field_names  # what ADDRESS stands for
    for name in ADDRESS_FIELDS:
        if name == ADDRESS_FIELD:
            assert name not in options
            continue
        assert options[name].opts == [f"--{name.replace('_', '-')}"]
        assert options[name].help == option_help(
            [kind for kind in KINDS.values() if name in kind.field_names], FIELDS[name]
        )


def test_the_address_options_stand_in_the_kinds_order_among_the_others() -> None:
    add = sources_add()
    names = [p.name for p in add.params]
    address = [n for n in ADDRESS_FIELDS if n != ADDRESS_FIELD]
    start = names.index(address[0])
    assert names[start : start + len(address)] == address
    assert names[start - 1] == "kind" and names[start + len(address)] == "language"


def test_a_field_added_to_a_kind_becomes_an_option() -> None:
    mastodon = KINDS["mastodon"]
    extra = Field(name="list_id", label="List", example="42", default="1")
    grown = dataclasses.replace(mastodon, fields=(*mastodon.fields, extra))

    @click.command()
    @field_options([grown, KINDS["bluesky"]], without=["api"])
    def command(**fields: str | None) -> None:
        click.echo(repr(sorted((k, v) for k, v in fields.items() if v)))

    options = options_of(command)
    assert list(options) == [*mastodon.field_names, "list_id", "actor", "query"]
    assert options["list_id"].opts == ["--list-id"]
    assert options["list_id"].help == "Mastodon list, e.g. 42 [default: 1]."
    result = CliRunner().invoke(command, ["--list-id", "7", "--actor", "x.bsky.social"])
    assert result.output == "[('actor', 'x.bsky.social'), ('list_id', '7')]\n"


def test_the_help_names_the_kind_its_example_and_its_default() -> None:
    mastodon, bluesky, telegram = KINDS["mastodon"], KINDS["bluesky"], KINDS["telegram"]
    assert option_help([mastodon], mastodon.fields[0]) == (
        "Mastodon server, e.g. https://mastodon.social."
    )
    hashtag = next(f for f in mastodon.fields if f.name == "hashtag")
    assert option_help([mastodon], hashtag) == (
        "Mastodon hashtag, e.g. genderideologie (without #)."
    )
    base_url = next(f for f in telegram.fields if f.name == "base_url")
    assert option_help([telegram], base_url) == "Telegram server [default: https://t.me]."
    shared = Field(name="handle", label="Handle")
    assert option_help([mastodon, bluesky], shared) == "Mastodon or Bluesky handle."
