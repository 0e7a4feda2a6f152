"""Signed bundles of confirmed findings, exchanged between partner organisations.

A bundle is a zip file with exactly two members:

- ``manifest.json``: the findings and who shares them (the format is in docs/sharing.md;
  :func:`manifest` makes it);
- ``manifest.sig``: the Ed25519 signature of ``manifest.json``'s exact bytes, made with the
  sharing organisation's key (:mod:`monitor.sharing.keys`).

Reading one checks, in this order, that it is a zip with those members only and within
size limits, that its format and version are known, that the key that signed it is one
this organisation trusts (the key the manifest names; the key inside is never trusted
for itself), that the signature matches, and then every finding's fields. Any fault
refuses the whole bundle, with the file and the reason, and adds nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from monitor.brief.period import Period
from monitor.config import atomic_write
from monitor.errors import ShareError
from monitor.models import CATEGORY_IDS
from monitor.sharing.keys import Keys, PublicKey, checked_format, spaced
from monitor.sharing.pseudonyms import PUBLIC_KINDS, Pseudonymiser
from monitor.store import SEVERITIES, ActorKind, OwnFinding, ReadStore, SharedFinding, Store, iso
from monitor.urls import is_web_address

FORMAT = "pushback-monitor-findings"
VERSION = 1
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_BUNDLE = 64 * 1024 * 1024  # bytes of the zip, and of its manifest unpacked
MAX_FINDINGS = 50_000
MAX_TEXT = 20_000  # characters of a title or a note


@dataclass(frozen=True)
class Bundle:
    """A bundle read and verified."""

    path: Path
    id: str  # the first 16 digits of the SHA-256 of its manifest
    organisation: str  # as this organisation trusts the key (not as the bundle says)
    says: str  # the organisation's name as the bundle gives it
    key: str  # the signing key's fingerprint
    created: datetime
    first: date
    last: date
    pseudonymised: bool
    findings: tuple[SharedFinding, ...]


def finding_id(item: OwnFinding) -> str:
    """A finding's id, the same in every bundle the organisation makes."""
    return hashlib.sha256(f"{item.source}\n{item.external_id}".encode()).hexdigest()[:32]


def manifest(
    store: ReadStore,
    own: PublicKey,
    period: Period,
    *,
    source_names: Mapping[str, str],
    pseudonyms: Pseudonymiser | None = None,
    ids: Sequence[int] | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The manifest of a bundle of the findings confirmed here and published in the
    period (only those of ``ids`` where given), to be signed with ``own``'s key."""
    found = store.own_findings(period.start, period.end)
    if ids is not None:
        wanted = set(ids)
        found = [f for f in found if f.item_id in wanted]
    actors = store.actors_of([f.item_id for f in found])
    kept = store.evidence_states([f.item_id for f in found])
    keep: Callable[[str], str] = pseudonyms.text if pseudonyms else (lambda text: text)
    findings = []
    for item in found:
        named = []
        for actor in actors.get(item.item_id, []):
            name: str | None = actor.name
            if pseudonyms and actor.kind not in PUBLIC_KINDS:
                name = pseudonyms.person(actor.name)
            named.append({"name": name or actor.name, "kind": str(actor.kind)})
        state = kept.get(item.item_id)
        records = state.records if state else ()
        findings.append(
            {
                "finding": finding_id(item),
                "title": keep(item.title),
                "url": pseudonyms.url(item.url) if pseudonyms else item.url,
                "source": source_names.get(item.source, item.source),
                "published": iso(item.published),
                "confirmed": iso(item.confirmed),
                "language": item.language,
                "categories": list(item.categories),
                "severity": item.severity,
                "actors": named,
                "note": keep(item.note) if item.note else None,
                "evidence": [r.as_json() | {"kind": r.kind} for r in records],
            }
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisation": own.organisation,
        "key": own.fingerprint,
        "created": iso(now or datetime.now(UTC)),
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "pseudonymised": pseudonyms is not None,
        "findings": findings,
    }


def write(target: Path, document: Mapping[str, Any], keys: Keys) -> int:
    """Sign ``document`` with the organisation's key and write the bundle; how many
    findings it holds."""
    data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()
    signature = keys.sign(data)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, data)
        archive.writestr(SIGNATURE, signature)
    atomic_write(target, packed.getvalue(), private=False)  # a document to hand on
    return len(document["findings"])


def _members(path: Path) -> tuple[bytes, bytes]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ShareError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if size > MAX_BUNDLE:
        raise ShareError(f"{path}: larger than a bundle may be ({MAX_BUNDLE // 2**20} MB)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = sorted(info.filename for info in infos)
            if names != sorted((MANIFEST, SIGNATURE)):
                raise ShareError(
                    f"{path}: not a findings bundle (it should hold {MANIFEST} and "
                    f"{SIGNATURE} only; it holds {', '.join(names) or 'nothing'})"
                )
            if any(info.file_size > MAX_BUNDLE for info in infos):
                raise ShareError(f"{path}: {MANIFEST} is larger than a bundle may hold")
            with archive.open(MANIFEST) as handle:
                data = handle.read(MAX_BUNDLE + 1)
            with archive.open(SIGNATURE) as handle:
                signature = handle.read(1024)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise ShareError(f"{path}: not a findings bundle (not a zip file: {exc})") from exc
    except OSError as exc:
        raise ShareError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BUNDLE:
        raise ShareError(f"{path}: {MANIFEST} is larger than a bundle may hold")
    return data, signature


def read(path: Path, keys: Keys) -> Bundle:
    """The bundle in ``path``, verified against the partners' keys trusted here."""
    data, signature = _members(path)
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ShareError(f"{path}: {MANIFEST} is not JSON ({exc}): the bundle is damaged") from exc
    document = checked_format(path, document, "a findings bundle", FORMAT, VERSION)
    print_ = document.get("key")
    if not isinstance(print_, str):
        raise ShareError(f"{path}: {MANIFEST} names no signing key")
    own = keys.own()
    if own is not None and own.fingerprint == print_:
        raise ShareError(f"{path}: this organisation signed it itself: nothing to import")
    partner = keys.partner(print_)
    if partner is None:
        raise ShareError(
            f"{path}: signed by a key not trusted here ({spaced(print_)}, said to be "
            f"{document.get('organisation')!r}); check its fingerprint with the partner, "
            "then 'pushback-monitor keys trust FILE'"
        )
    if not partner.verify(signature, data):
        raise ShareError(
            f"{path}: its signature does not match {partner.organisation}'s key: the "
            "bundle was changed after it was signed (or damaged)"
        )
    return _bundle(path, document, partner.organisation, hashlib.sha256(data).hexdigest()[:16])


class _Fields:
    """Reads one finding's fields, each fault named by the finding's place and field."""

    def __init__(self, path: Path, where: str, entry: Any) -> None:
        if not isinstance(entry, dict):
            raise ShareError(f"{path}: {where} is not an object")
        self.path, self.where, self.entry = path, where, entry

    def fault(self, field: str, message: str) -> ShareError:
        return ShareError(f"{self.path}: {self.where}: {field!r} {message}")

    def text(self, field: str, *, optional: bool = False, limit: int = MAX_TEXT) -> str | None:
        value = self.entry.get(field)
        if value is None and optional:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fault(field, "must be non-empty text")
        if len(value) > limit:
            raise self.fault(field, f"is longer than {limit} characters")
        return value

    def time(self, field: str) -> datetime:
        value = self.text(field, limit=40)
        try:
            moment = datetime.fromisoformat(value or "")
        except ValueError as exc:
            raise self.fault(field, f"is not a time ({value!r})") from exc
        if moment.tzinfo is None:
            raise self.fault(field, f"has no time zone ({value!r})")
        return moment.astimezone(UTC)

    def objects(self, field: str) -> list[dict[str, Any]]:
        value = self.entry.get(field) or []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fault(field, "must be a list of objects")
        return value


def _finding(path: Path, index: int, entry: Any) -> SharedFinding:
    fields = _Fields(path, f"finding {index + 1}", entry)
    url = fields.text("url", optional=True, limit=4000)
    if url is not None and not is_web_address(url):
        raise fields.fault("url", f"is not a web address ({url[:80]!r})")
    categories = entry.get("categories")
    if not isinstance(categories, list) or not categories:
        raise fields.fault("categories", "must be a non-empty list of category ids")
    if unknown := [c for c in categories if c not in CATEGORY_IDS]:
        raise fields.fault("categories", f"holds unknown ids: {', '.join(map(str, unknown))}")
    severity = entry.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise fields.fault("severity", f"must be one of {', '.join(SEVERITIES)}")
    actors = []
    for actor in fields.objects("actors"):
        name, kind = actor.get("name"), actor.get("kind")
        if not isinstance(name, str) or not name.strip() or len(name) > 300:
            raise fields.fault("actors", "holds an actor without a name")
        if kind not in tuple(ActorKind):
            raise fields.fault("actors", f"holds an actor of an unknown kind ({kind!r})")
        actors.append({"name": name.strip(), "kind": str(kind)})
    evidence: list[dict[str, Any]] = []
    for record in fields.objects("evidence"):
        digest = record.get("sha256")
        if not isinstance(digest, str) or len(digest) != 64:
            raise fields.fault("evidence", "holds a record without a SHA-256")
        evidence.append({k: record[k] for k in ("sha256", "fetched", "url", "kind") if k in record})
    language = fields.text("language", optional=True, limit=12)
    return SharedFinding(
        finding=fields.text("finding", limit=64) or "",
        title=" ".join((fields.text("title") or "").split()),
        url=url,
        source=fields.text("source", limit=300) or "",
        published=fields.time("published"),
        confirmed=fields.time("confirmed"),
        language=language,
        categories=tuple(dict.fromkeys(categories)),
        severity=severity,
        actors=tuple(actors),
        note=fields.text("note", optional=True),
        evidence=tuple(evidence),
    )


def _bundle(path: Path, document: dict[str, Any], organisation: str, id_: str) -> Bundle:
    top = _Fields(path, MANIFEST, document)
    period = document.get("period")
    if not isinstance(period, dict):
        raise top.fault("period", "must be an object with 'from' and 'to'")
    try:
        first, last = date.fromisoformat(period["from"]), date.fromisoformat(period["to"])
    except (KeyError, TypeError, ValueError) as exc:
        raise top.fault("period", "must have 'from' and 'to' dates") from exc
    entries = document.get("findings")
    if not isinstance(entries, list):
        raise top.fault("findings", "must be a list")
    if len(entries) > MAX_FINDINGS:
        raise top.fault("findings", f"holds more than {MAX_FINDINGS} findings")
    return Bundle(
        path=path,
        id=id_,
        organisation=organisation,
        says=top.text("organisation", limit=300) or "",
        key=str(document["key"]),
        created=top.time("created"),
        first=first,
        last=last,
        pseudonymised=document.get("pseudonymised") is True,
        findings=tuple(_finding(path, n, entry) for n, entry in enumerate(entries)),
    )


@dataclass(frozen=True)
class Imported:
    bundle: Bundle
    added: list[int]  # the new items' ids
    known: int  # findings stored before (an earlier import of them)


def add(store: Store, bundle: Bundle, now: datetime | None = None) -> Imported:
    """Store the bundle's findings not stored before, in one transaction."""
    added = store.add_partner_findings(
        organisation=bundle.organisation,
        key=bundle.key,
        bundle=bundle.id,
        findings=bundle.findings,
        now=now or datetime.now(UTC),
    )
    distinct = len({f.finding for f in bundle.findings})
    return Imported(bundle, added, distinct - len(added))
