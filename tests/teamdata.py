"""A team's sources as its editors keep them (a feeds.yaml, its comment included), for the
tests of the team's sources on the command line and in the Sources dialog."""

from __future__ import annotations

# One source, Human Rights Watch: ``{hrw}`` is the address of its feed.
TEAM_YAML = """\
version: 1
# The team's sources, reviewed every quarter by the editors.
sources:
  - id: hrw
    name: Human Rights Watch
    kind: rss
    url: "{hrw}"
"""

# A second source, to follow TEAM_YAML's.
CIVICUS = """\
  - id: civicus
    name: CIVICUS Monitor
    kind: rss
    url: "https://monitor.civicus.org/rss/"
"""
