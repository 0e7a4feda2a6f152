"""The store, on SQLite (through sqlite-utils) or a PostgreSQL server: schema
migrations, items, source health, decisions.

What other packages use is re-exported here; the modules inside are the store's own
(``ui/`` may import this package, not its modules: an import contract in pyproject.toml).
"""

from monitor.store.activity import FetchStats, SourceActivity
from monitor.store.actors import Actor, ActorKind, PeriodActor
from monitor.store.changes import Changes
from monitor.store.cipher import encrypted
from monitor.store.database import Database
from monitor.store.decisions import (
    SEVERITIES,
    Action,
    Conflict,
    Decision,
    DecisionConflict,
    Verdict,
)
from monitor.store.encryption import Converted, check_new_passphrase, decrypt, encrypt
from monitor.store.evidence import EvidenceRecord, EvidenceState, EvidenceTask, EvidenceUpdate
from monitor.store.notices import ChangeListener
from monitor.store.partners import (
    PARTNER_SOURCE,
    OwnFinding,
    Provenance,
    SharedFinding,
    partner_source,
)
from monitor.store.queries import ItemQuery, StoredItem
from monitor.store.queue import (
    QUEUES,
    SORTS,
    Alert,
    Queue,
    QueueCounts,
    QueueQuery,
    QueueRow,
    SelectionCategories,
)
from monitor.store.read import ReadStore
from monitor.store.reports import FirstRead, FlaggedItem, PeriodCounts, PeriodReview
from monitor.store.rule_hits import RuleInput, RuleOutcome
from monitor.store.sql import fts_query
from monitor.store.store import Store
from monitor.store.times import from_iso, iso
from monitor.store.writer import StoreWriter

__all__ = [
    "PARTNER_SOURCE",
    "QUEUES",
    "SEVERITIES",
    "SORTS",
    "Action",
    "Actor",
    "ActorKind",
    "Alert",
    "ChangeListener",
    "Changes",
    "Conflict",
    "Converted",
    "Database",
    "Decision",
    "DecisionConflict",
    "EvidenceRecord",
    "EvidenceState",
    "EvidenceTask",
    "EvidenceUpdate",
    "FetchStats",
    "FirstRead",
    "FlaggedItem",
    "ItemQuery",
    "OwnFinding",
    "PeriodActor",
    "PeriodCounts",
    "PeriodReview",
    "Provenance",
    "Queue",
    "QueueCounts",
    "QueueQuery",
    "QueueRow",
    "ReadStore",
    "RuleInput",
    "RuleOutcome",
    "SelectionCategories",
    "SharedFinding",
    "SourceActivity",
    "Store",
    "StoreWriter",
    "StoredItem",
    "Verdict",
    "check_new_passphrase",
    "decrypt",
    "encrypt",
    "encrypted",
    "from_iso",
    "fts_query",
    "iso",
    "partner_source",
]
