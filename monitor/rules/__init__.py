"""Rules without code: conditions on new and stored items (words, scores, source, tag,
language, country, author), and what to do with the items they match (add a category,
escalate, raise an alert, set a priority, mark not relevant), kept in rules.yaml."""

from monitor.rules.model import PRIORITIES, Match, Rule, RuleSet, Subject, Then
from monitor.rules.reading import parse_rules
from monitor.rules.rules_file import RULES_NAME, RulesFile, RulesOnDisk, load_rules, parse_rule
from monitor.rules.running import DryMatch, dry_run, run_on_items, run_over_store

__all__ = [
    "PRIORITIES",
    "RULES_NAME",
    "DryMatch",
    "Match",
    "Rule",
    "RuleSet",
    "RulesFile",
    "RulesOnDisk",
    "Subject",
    "Then",
    "dry_run",
    "load_rules",
    "parse_rule",
    "parse_rules",
    "run_on_items",
    "run_over_store",
]
