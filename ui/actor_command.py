"""Setting an item's actors as one step of the decisions' undo history.

Doing it appends an ``actors`` entry to the log; undoing appends an ``undo`` entry that
restores the actors before it (the store replays them from the log), as a note is undone.
It goes through :class:`~ui.triage.Triage`'s line, so it is written in order with the
decisions and waits, like them, while the database cannot take it.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.store import Action, Actor, Store
from ui.triage import DecisionCommand, Triage, Verdict


class ActorsCommand(DecisionCommand):
    def __init__(self, triage: Triage, item_id: int, actors: Sequence[Actor]) -> None:
        super().__init__(triage, triage.seen(Verdict(action=Action.ACTORS, item_ids=(item_id,))))
        self.actors = list(actors)

    def redo(self) -> None:
        item_id, actors, analyst = self.verdict.item_ids[0], self.actors, self.triage.analyst
        expected = self.expected
        self.undoing = False

        def work(store: Store) -> object:
            return store.set_actors(item_id, actors, analyst=analyst, expected=expected())

        self.triage.run(self, work)

    def undo(self) -> None:
        if self.failed:
            return  # it never happened
        item_ids, analyst, expected = self.verdict.item_ids, self.triage.analyst, self.expected
        self.undoing = True

        def work(store: Store) -> object:
            return store.undo_actors(item_ids, analyst=analyst, expected=expected())

        self.triage.run(self, work)


def set_actors(triage: Triage, item_id: int, actors: Sequence[Actor]) -> None:
    """Record ``actors`` as the item's, undoably."""
    triage.stack.push(ActorsCommand(triage, item_id, actors))
