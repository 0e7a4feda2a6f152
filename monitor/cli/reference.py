"""docs/cli.md, written from the commands' own ``--help``, so the two cannot drift apart.

``make docs`` rewrites the file; a test fails when it is out of date.
"""

from __future__ import annotations

import click

from monitor.cli.main import cli

HEADER = """# Command reference

Generated from `pushback-monitor … --help` by `make docs`; do not edit by hand.
"""


def all_commands(
    group: click.Group, prefix: list[str] | None = None
) -> list[tuple[list[str], click.Command]]:
    """``group`` and every command under it, sub-groups' too, each with the words typed
    after pushback-monitor to reach it; what the reference documents and the tests check."""
    prefix = prefix or []
    found: list[tuple[list[str], click.Command]] = [(prefix, group)]
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            found += all_commands(command, [*prefix, name])
        elif command is not None:
            found.append(([*prefix, name], command))
    return found


def render_reference() -> str:
    sections = [HEADER]
    for path, command in all_commands(cli):
        name = " ".join(["pushback-monitor", *path])
        settings = {**cli.context_settings, "terminal_width": 88}
        parent = None
        for part in ["pushback-monitor", *path[:-1]]:
            parent = click.Context(cli, info_name=part, parent=parent, **settings)
        context = click.Context(
            command,
            info_name=path[-1] if path else "pushback-monitor",
            parent=parent if path else None,
            **settings,
        )
        sections.append(f"## {name}\n\n```text\n{command.get_help(context)}\n```\n")
    return "\n".join(sections)


if __name__ == "__main__":
    click.echo(render_reference(), nl=False)
