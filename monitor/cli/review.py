"""``classify``, ``train``, ``eval``, ``review`` and ``show``: the classifier and the
analysts' decisions from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from monitor.cli import actors as actor_commands
from monitor.cli.context import AppContext, fail, pass_app
from monitor.cli.output import table
from monitor.cli.progress import printed
from monitor.errors import ConfigError
from monitor.models import CATEGORY_IDS
from monitor.progress import Task
from monitor.store.decisions import SEVERITIES, Action, Decision

# The decisions that weigh a finding (a severity goes with them).
_WEIGHED = (Action.CONFIRM, Action.RELABEL, Action.ESCALATE)


@click.command()
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Classify every stored item again with the current model.",
)
@click.option(
    "--worker",
    is_flag=True,
    help="Be one of several workers on a team database: claim the items a few at a time"
    " (others pass them by), until none is left; a worker that is stopped leaves its"
    " items to the others.",
)
@pass_app
def classify(app: AppContext, everything: bool, worker: bool) -> None:
    """Classify the items that have no current classification (new or edited items, or
    items classified by an earlier model)."""
    from monitor.classify import runner  # noqa: PLC0415 - loads the model libraries

    if worker and everything:
        fail("--worker classifies what has no current classification: leave out --all")
    store = app.open_store()
    try:
        classifier = runner.open_classifier(
            store, app.locations, app.settings(), progress=printed(Task.LOAD)
        )
        counted = printed(Task.CLASSIFY, "classified {done} of {total}")
        count = (
            runner.classify_as_worker(store, classifier, progress=counted)
            if worker
            else runner.classify_stored(store, classifier, everything=everything, progress=counted)
        )
        flagged = store.count_flagged()
    finally:
        store.close()
    click.echo(
        f"{count} items classified with model {classifier.version}; "
        f"{flagged} flagged items wait for review."
    )


def _train_and_report(app: AppContext) -> None:
    from monitor.classify import runner  # noqa: PLC0415
    from monitor.classify.metrics import format_report, report_from_json  # noqa: PLC0415
    from monitor.classify.service import Classifier  # noqa: PLC0415

    settings = app.settings()
    store = app.open_store()
    try:
        classifier = Classifier(
            settings=settings.classifier,
            taxonomy=runner.taxonomy_for(app.locations),
            model=store.active_model(),
        )
        runner.retrain(store, app.locations, classifier, progress=printed(Task.TRAIN))
        record = store.active_model()
    finally:
        store.close()
    assert record is not None
    trained = record.trained_on
    click.echo(
        f"model {record.version}: {trained.get('examples', 0)} labelled examples, "
        f"{trained.get('decisions', 0)} decisions\n"
    )
    click.echo("held-out development part (seed development set and 15% of each dataset):")
    click.echo(format_report(report_from_json(record.metrics["dev"])))


@click.command()
@pass_app
def train(app: AppContext) -> None:
    """Retrain the classifier head on the labelled examples (seed examples and public
    datasets) plus the analysts' decisions, make it the active model, and print its
    metrics on the held-out development part."""
    _train_and_report(app)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_app
def quality(app: AppContext, as_json: bool) -> None:
    """How well the current model does: precision, recall and F1 per category and
    language, on the development set it was tuned on and on the analysts' decisions
    taken since it was trained (which it never saw)."""
    from monitor.classify import runner  # noqa: PLC0415
    from monitor.classify.metrics import format_report  # noqa: PLC0415
    from monitor.classify.quality import model_quality  # noqa: PLC0415

    store = app.open_store()
    try:
        classifier = runner.open_classifier(
            store, app.locations, app.settings(), progress=printed(Task.LOAD)
        )
        model = store.active_model()
        if model is None:
            raise click.ClickException("no trained model; run `pushback-monitor train`")
        result = model_quality(store, model, classifier.taxonomy.ids)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(result.to_json()))
        return
    click.echo(f"model {result.version}, trained {result.created}, encoder {result.encoder}")
    click.echo(f"trained on: {json.dumps(result.trained_on)}\n")
    if result.development is not None:
        click.echo("development set:")
        click.echo(format_report(result.development))
    if result.decisions is None:
        click.echo("\nno decisions since this model was trained")
    else:
        click.echo(f"\ndecisions since {result.created}:")
        click.echo(format_report(result.decisions))


@click.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@pass_app
def evaluate(app: AppContext, file: Path, as_json: bool) -> None:
    """Evaluate the current classifier on a labelled JSONL file: one object per line,
    {"text": …, "labels": [category ids], "lang": "nl"}, where "title" and "summary" may
    stand instead of "text". Prints precision, recall, F1 and support per category, and
    the macro and micro F1."""
    from monitor.classify import runner  # noqa: PLC0415
    from monitor.classify.metrics import format_report  # noqa: PLC0415

    store = app.open_store()
    try:
        classifier = runner.open_classifier(
            store, app.locations, app.settings(), progress=printed(Task.LOAD)
        )
    finally:
        store.close()
    report = classifier.evaluate_file(file)
    if as_json:
        click.echo(json.dumps(report.to_json()))
    else:
        click.echo(f"model {classifier.version} on {file.name}\n")
        click.echo(format_report(report))


def _who(decision: Decision) -> str:
    return f"rule {decision.rule!r}" if decision.rule else decision.analyst or ""


def _labels(value: str | None) -> list[str] | None:
    if value is None:
        return None
    labels = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [label for label in labels if label not in CATEGORY_IDS]
    if unknown:
        raise click.BadParameter(
            f"{unknown[0]!r} is not a category; expected one of {', '.join(CATEGORY_IDS)}",
            param_hint="--labels",
        )
    return labels


def _share_note(app: AppContext, item_id: int, shared: bool) -> None:
    store = app.open_store()
    try:
        if store.item(item_id) is None:
            raise click.BadParameter(f"no item with id {item_id}", param_hint="ITEM_ID")
        if not store.share_note(item_id, shared):
            raise click.UsageError(f"item {item_id} has no note to share: give --note too")
    finally:
        store.close()
    how = "may go to partners" if shared else "is private"
    click.echo(f"item {item_id}: its note {how}")


@click.command()
@click.argument("item_id", type=int)
@click.option(
    "--confirm",
    "action",
    flag_value=Action.CONFIRM,
    help="The flagged categories are right (or give them with --labels).",
)
@click.option("--reject", "action", flag_value=Action.REJECT, help="Not pushback: no category.")
@click.option("--escalate", "action", flag_value=Action.ESCALATE, help="Needs a second look.")
@click.option(
    "--undo",
    "action",
    flag_value=Action.UNDO,
    help="Take back the last decision still standing (a --confirm, --reject, --escalate or "
    "--labels; repeat to go further back). Notes and actors stay: see --undo-actors.",
)
@click.option("--labels", metavar="C1,C2", help="Set the categories; empty means not pushback.")
@click.option("--note", help="A note on the item, kept with the decision.")
@click.option(
    "--share-note/--private-note",
    "share_note",
    default=None,
    help="Whether the item's note may go to partners in a signed bundle (share export) "
    "[default: private; a new note is private again].",
)
@click.option(
    "--actor",
    "actors",
    multiple=True,
    metavar="[KIND:]NAME",
    help="Who spreads or enacts the pushback (repeat for several; they replace those "
    "recorded). KIND is person, organisation, account or office [default: as recorded "
    "before, else guessed from the name]. The brief lists actors from these records only.",
)
@click.option("--no-actors", is_flag=True, help="Take every recorded actor off the item.")
@click.option(
    "--undo-actors",
    is_flag=True,
    help="Take back the last record of actors still standing (an --actor or --no-actors; "
    "repeat to go further back): the item has the actors recorded before it again. "
    "Decisions stay.",
)
@click.option(
    "--severity",
    type=click.Choice(SEVERITIES),
    help="How serious the finding is (with --confirm, --labels or --escalate); the brief "
    "orders findings by it.",
)
@click.option(
    "--analyst", help="Who decides [default: analyst in settings.yaml, else the login name]."
)
@pass_app
def review(
    app: AppContext,
    item_id: int,
    action: str | None,
    labels: str | None,
    note: str | None,
    actors: tuple[str, ...],
    no_actors: bool,
    undo_actors: bool,
    severity: str | None,
    analyst: str | None,
    share_note: bool | None,
) -> None:
    """Record an analyst's decision on an item. Decisions form an append-only log (an undo
    is a new entry); they override the model for that item and teach it when it is
    retrained, which happens by itself after classifier.retrain_after decisions."""
    chosen = _labels(labels)
    if sum((bool(actors), no_actors, undo_actors)) > 1:
        raise click.UsageError("give only one of --actor, --no-actors and --undo-actors")
    on_actors = bool(actors) or no_actors or undo_actors
    if action is None and chosen is None and note is None:
        if share_note is not None and not on_actors:
            _share_note(app, item_id, share_note)
            return
        if on_actors:
            actor_commands.review_actors(app, item_id, actors, undo=undo_actors, analyst=analyst)
            return
        raise click.UsageError(
            "give --confirm, --reject, --escalate, --undo, --labels, --note, --actor, "
            "--no-actors, --undo-actors, --share-note or --private-note"
        )
    if action is None:
        action = Action.RELABEL if chosen is not None else Action.NOTE
    decided = Action(action)  # click hands a flag's value over as plain text
    if severity and decided not in _WEIGHED:
        raise click.UsageError("--severity goes with --confirm, --labels or --escalate")
    settings = app.settings()
    store = app.open_store()
    named = ""
    try:
        if on_actors:
            named = actor_commands.change_actors(
                store, item_id, actors, undo=undo_actors, analyst=analyst or settings.analyst_name
            )
        decision = store.record_decision(
            item_id,
            decided,
            labels=chosen,
            note=note,
            analyst=analyst or settings.analyst_name,
            severity=severity,
        )
        model = store.active_model()
        since = store.decisions_since(model.created if model else None)
    finally:
        store.close()
    if share_note is not None:
        _share_note(app, item_id, share_note)
    shown = ", ".join(decision.labels or []) or "none"
    weight = f", severity: {decision.severity}" if decision.severity else ""
    click.echo(f"item {item_id}: {decision.status} (categories: {shown}{weight})")
    if named:
        click.echo(named)
    threshold = settings.classifier.retrain_after
    if threshold and settings.classifier.backend == "embedding-head" and since >= threshold:
        click.echo(f"{since} decisions since the model was trained: retraining")
        _train_and_report(app)


@click.command()
@click.argument("item_id", type=int)
@pass_app
def show(app: AppContext, item_id: int) -> None:
    """Show one item: its text, its scores, why it was flagged, its actors (recorded and
    suggested), and its decisions."""
    store = app.open_store()
    try:
        item = store.item(item_id)
        history = store.decisions(item_id)
        recorded = store.actors_of([item_id]).get(item_id, [])
        known = store.known_actors()
        names = app.source_names(store)
    finally:
        store.close()
    if item is None:
        raise ConfigError(f"no item with id {item_id}")
    source = names.get(item.source, item.source)
    source = source if source == item.source else f"{source} ({item.source})"
    severity = f" · severity {item.severity}" if item.severity else ""
    click.echo(
        f"{item.title}\n{source} · {item.published:%Y-%m-%d %H:%M} · "
        f"{item.language or '-'} · {item.status}{severity}\n{item.url or ''}\n"
    )
    click.echo(item.text[:2000])
    if item.scores:
        details = item.explanation.get("categories", {})
        thresholds = item.explanation.get("thresholds", {})
        click.echo(f"\nmodel {item.model_version}")
        rows = []
        for name, score in sorted(item.scores.items(), key=lambda pair: -pair[1]):
            cues = ", ".join(
                c["term"] for c in item.explanation.get("cues", []) if c["category"] == name
            )
            rows.append(
                [
                    name,
                    f"{score:.2f}",
                    f"{thresholds.get(name, 0):.2f}",
                    "flagged" if name in item.model_categories else "",
                    cues,
                ]
            )
        table(["category", "score", "threshold", "", "cue terms"], rows, flexible=4)
        for name, detail in details.items():
            for example in detail.get("nearest", []):
                click.echo(f"  like ({name}, {example['similarity']:.2f}): {example['text']}")
    actor_commands.show_actors(app, item, recorded, known)
    for decision in history:
        labels = ", ".join(decision.labels or [])
        click.echo(
            f"\n{decision.created} {_who(decision)}: {decision.action} → "
            f"{decision.status} [{labels}] {decision.note or ''}".rstrip()
        )
