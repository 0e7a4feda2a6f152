"""A rule in words, for lists: ``words Soros, open society* · and score of disinformation
≥ 0.50`` and ``add Disinformation, alert``."""

from __future__ import annotations

from monitor.i18n import _
from monitor.rules.model import Condition, Field, Group, Match, OneOf, Score, Then, Words


def _field_name(name: Field) -> str:
    return {
        Field.SOURCE: _("source"),
        Field.TAG: _("tag"),
        Field.LANGUAGE: _("language"),
        Field.COUNTRY: _("country"),
        Field.AUTHOR: _("author"),
        Field.ACCOUNT: _("account"),
    }[name]


def condition_text(condition: Condition) -> str:
    if isinstance(condition, Words):
        return _("words {terms}").format(terms=", ".join(condition.terms))
    if isinstance(condition, Score):
        return _("score of {category} ≥ {score:.2f}").format(
            category=condition.category, score=condition.at_least
        )
    if isinstance(condition, OneOf):
        return f"{_field_name(condition.name)} {', '.join(condition.values)}"
    return f"({conditions_text(condition)})"


def conditions_text(group: Group) -> str:
    joiner = _(" · and ") if group.match is Match.ALL else _(" · or ")
    text = joiner.join(condition_text(c) for c in group.conditions)
    return _("not ({conditions})").format(conditions=text) if group.negated else text


def actions_text(then: Then) -> str:
    parts = []
    if then.not_relevant:
        parts.append(_("mark not relevant"))
    if then.add_categories:
        parts.append(_("add {categories}").format(categories=", ".join(then.add_categories)))
    if then.escalate:
        parts.append(_("escalate"))
    if then.priority:
        parts.append(_("priority {priority}").format(priority=then.priority))
    if then.alert:
        parts.append(_("alert"))
    return ", ".join(parts)
