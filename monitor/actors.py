"""Suggesting an item's actors: who spreads or enacts the pushback it reports.

The analyst decides; these are offers, each with the words that gave it, found by rules
that can be read and explained (no model):

- the **account** behind a social post (Mastodon, Bluesky, Telegram, YouTube, Reddit);
  a news item's byline ("Redactie", a reporter, a researcher) is never one;
- **known actors** (recorded on earlier findings) that the item names, matched as whole
  words without regard to case, as the taxonomy matches its cue terms;
- **office holders**: capitalised names after an office ("President Sadyr Japarov",
  "minister Klever", "members of parliament Nadira Narmatova and …", "PVV-Kamerlid …",
  with the party before the hyphen as an organisation) or before one ("Japarov, the
  president of …"); an office named without a holder ("the Minister of Justice");
- **organisations**: capitalised names holding a word like Ministry, Party, Council,
  Ministerie, Partij, Stichting ("Forum voor Democratie", "Jogorku Kenesh"), and a
  country's government or parliament ("Kyrgyzstan's parliament", "de Hongaarse regering").

The item's publisher is never suggested: a name that is the source's name, or whose
initials or letters are the name of the item's web site ("Human Rights Watch" on hrw.org).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from monitor.classify.taxonomy import cue_regex
from monitor.store import Actor, ActorKind, StoredItem

# Upper-case letters of the Latin, Greek and Cyrillic scripts: what starts a name.
_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
_WORD = rf"[{_UPPER}][\w'’\-]*"
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|von|di|da|du|le|la|al|el|bin|ibn)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD}){{0,3}}"
_CONNECTOR = r"(?:of|for|the|and|on|van|voor|de|het|der|en|op|in|für|und)"
_SEQUENCE = rf"{_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_WORD}){{0,6}}"

# Offices whose holder's name follows or precedes them (singular and plural).
_OFFICES_CI = (
    r"deputy\s+prime\s+ministers?|prime\s+ministers?|ministers?|presidents?|vice[-\s]presidents?"
    r"|senators?|congress(?:wo)?m[ae]n|lawmakers?|legislators?|parliamentarians?"
    r"|members?\s+of\s+(?:the\s+)?parliament|deput(?:y|ies)|speaker|mayors?|governors?"
    r"|chancellor|premier|patriarch|archbishop|bishops?|cardinal"
    r"|minister-president|staatssecretaris(?:sen)?|kamerl(?:id|eden)|europarlementariërs?"
    r"|senatoren|burgemeester|wethouders?|gedeputeerden?|fractievoorzitter|fractieleider"
    r"|partijleider|partijvoorzitter|gouverneur|ministers?-president"
)
_OFFICES = rf"(?:(?i:{_OFFICES_CI})|MPs?|MEPs?)"
_HOLDER_AFTER = re.compile(rf"(?<!\w)({_OFFICES}),?[ \t]+(?=[{_UPPER}])")
_HOLDER_BEFORE = re.compile(
    rf"({_NAME}),[ \t]+(?:(?i:the|de|het)[ \t]+)?(?:[\w'’\-]+[ \t]+)?{_OFFICES}(?!\w)"
)
_NEXT_NAME = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:and|en)[ \t]+)(?={_WORD})")
_PARTY = re.compile(rf"(?<![\w-])([{_UPPER}][\w]{{1,7}})-(?:{_OFFICES})(?!\w)")
_OFFICE_OF = re.compile(
    rf"(?<![\w-])((?i:minister|ministry|president|secretary)[ \t]+(?i:of|for|van|voor)"
    rf"[ \t]+(?:(?i:the|de|het)[ \t]+)?{_SEQUENCE})"
)
_NAME_AT = re.compile(_NAME)
_SEQUENCE_ANYWHERE = re.compile(rf"(?<![\w'’\-]){_SEQUENCE}")
_BODIES = r"government|parliament|authorities|regering|parlement|kabinet|autoriteiten|overheid"
_NATIONAL_BODY = re.compile(rf"(?<![\w'’-])([{_UPPER}][\w-]*)(['’]s)?[ \t]+((?i:{_BODIES}))(?!\w)")
_BODY_OF = re.compile(rf"(?<![\w-])((?i:{_BODIES}))[ \t]+(?i:of|van)[ \t]+({_WORD})")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ORGANISATION_WORDS = _words(
    "agency alliance assembly association beweging bond caucus church coalition comité "
    "commission committee congress council court dienst duma federatie federation forum "
    "foundation front gemeente genootschap government hof inspectie institute instituut "
    "kabinet kamer kenesh kerk knesset ministerie ministry movement network office omroep "
    "parlement parliament partij party platform police politie provincie raad rada "
    "rechtbank regering sejm senate service stichting unie union verbond vereniging"
)
# Capitalised words that start sentences rather than names.
_STARTERS = _words(
    "a according after als also an and at before bij but dat de deze die dit door een en "
    "gisteren haar her het his hoe how hun if in its maar na nu of on ook op or our that "
    "the their these this those tijdens today toen vandaag volgens voor waarom wat what "
    "when while who why wie yesterday zijn"
)
SOCIAL_KINDS = frozenset({"mastodon", "bluesky", "telegram"})
SOCIAL_HOSTS = frozenset(
    {
        "youtube.com",
        "m.youtube.com",
        "youtu.be",
        "reddit.com",
        "old.reddit.com",
        "t.me",
        "bsky.app",
    }
)
_HANDLE = re.compile(r"(?:^|\()@[\w.\-]+|^/?u/\w")


class Why(StrEnum):
    """What made a suggestion."""

    ACCOUNT = "account"  # the account behind a social post
    KNOWN = "known"  # an actor recorded before, named in the item
    OFFICE_HOLDER = "office_holder"  # a name with an office
    PARTY = "party"  # the party of an office holder ("PVV-Kamerlid")
    OFFICE = "office"  # an office named without its holder
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Suggestion:
    actor: Actor
    why: Why
    evidence: str  # the words of the item that gave it


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _host(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def is_social(item: StoredItem, source_kind: str | None = None) -> bool:
    """Whether the item is a post of an account (not a news article with a byline)."""
    if source_kind in SOCIAL_KINDS:
        return True
    if _host(item.url) in SOCIAL_HOSTS:
        return True
    return bool(item.author and _HANDLE.search(item.author.strip()))


def guess_kind(name: str) -> ActorKind:
    """The kind of a name typed without one: an account (``@…``, ``u/…``), an
    organisation (a word like Party or an acronym), an office, else a person."""
    name = name.strip()
    if _HANDLE.search(name):
        return ActorKind.ACCOUNT
    words = [w.strip("'’()").casefold() for w in re.split(r"[\s\-]+", name)]
    if any(w in ORGANISATION_WORDS for w in words) or re.fullmatch(r"[A-Z0-9]{2,6}", name):
        return ActorKind.ORGANISATION
    if re.match(rf"{_OFFICES}(?:\s+(?i:of|for|van|voor)\s.*)?$", name):
        return ActorKind.OFFICE
    return ActorKind.PERSON


def _trim(name: str) -> str:
    """A capitalised run without the sentence's first word ("Volgens", "The")."""
    words = name.split()
    while words and words[0].casefold() in _STARTERS:
        words.pop(0)
    return re.sub(r"['’]s$", "", " ".join(words))


def _publisher(item: StoredItem, source_name: str | None) -> set[str]:
    """What the item's publisher is called: its source's name and its web site's."""
    names = {_key(source_name)} if source_name else set()
    host = _host(item.url)
    labels = host.split(".")
    if len(labels) >= 2 and len(labels[-2]) >= 3 and host not in SOCIAL_HOSTS:
        names.add(labels[-2])
    return names


def _is_publisher(name: str, publisher: set[str]) -> bool:
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    initials = "".join(w[0] for w in words if w[0].isupper()).casefold()
    letters = "".join(c for c in name if c.isalnum()).casefold()
    return _key(name) in publisher or initials in publisher or letters in publisher


class Suggester:
    """Suggestions for items, knowing the actors recorded so far."""

    def __init__(self, known: Sequence[Actor] = ()) -> None:
        self.known = {_key(a.name): a for a in known if len(a.name.strip()) >= 3}
        terms = sorted(self.known.values(), key=lambda a: len(a.name), reverse=True)
        body = "|".join(cue_regex(a.name) for a in terms)
        self._known = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if body else None

    def suggest(
        self,
        item: StoredItem,
        *,
        source_kind: str | None = None,
        source_name: str | None = None,
        exclude: Sequence[Actor] = (),
    ) -> list[Suggestion]:
        """The item's suggested actors, each once, in the order: its account, known
        actors, office holders and offices, organisations; leaving out ``exclude`` (those
        already recorded) and the publisher."""
        seen = {_key(a.name) for a in exclude}
        publisher = _publisher(item, source_name)
        found: list[Suggestion] = []
        text = f"{item.title}\n{item.text}" if item.text != item.title else item.title
        for suggestion in self._all(item, text, source_kind):
            key = _key(suggestion.actor.name)
            if key in seen or len(key) < 2:
                continue
            if suggestion.why is not Why.ACCOUNT and _is_publisher(
                suggestion.actor.name, publisher
            ):
                continue
            seen.add(key)
            found.append(suggestion)
        return found

    def _all(self, item: StoredItem, text: str, source_kind: str | None) -> Iterator[Suggestion]:
        if item.author and is_social(item, source_kind):
            author = " ".join(item.author.split())
            yield self._as_known(Actor(author, ActorKind.ACCOUNT), Why.ACCOUNT, author)
        if self._known is not None:
            for match in self._known.finditer(text):
                actor = self.known.get(_key(match.group()))
                if actor is not None:
                    yield Suggestion(actor, Why.KNOWN, match.group())
        yield from self._holders(text)
        yield from self._organisations(text)

    def _as_known(self, actor: Actor, why: Why, evidence: str) -> Suggestion:
        """A found name as it was recorded before (spelling and kind), if it was."""
        return Suggestion(self.known.get(_key(actor.name), actor), why, evidence)

    def _holders(self, text: str) -> Iterator[Suggestion]:
        for match in _PARTY.finditer(text):
            if sum(c.isupper() for c in match.group(1)) < 2:
                continue  # "Ex-president", not a party's letters
            party = Actor(match.group(1), ActorKind.ORGANISATION)
            yield self._as_known(party, Why.PARTY, match.group())
        for match in _HOLDER_AFTER.finditer(text):
            position = match.end()
            while name := _NAME_AT.match(text, position):
                person = _trim(name.group())
                if person:
                    evidence = text[match.start() : name.end()]
                    yield self._as_known(Actor(person), Why.OFFICE_HOLDER, evidence)
                following = _NEXT_NAME.match(text, name.end())
                if following is None:
                    break
                position = following.end()
        for match in _HOLDER_BEFORE.finditer(text):
            person = _trim(match.group(1))
            if person and guess_kind(person) is ActorKind.PERSON:
                yield self._as_known(Actor(person), Why.OFFICE_HOLDER, match.group())
        for match in _OFFICE_OF.finditer(text):
            office = match.group(1)
            kind = (
                ActorKind.ORGANISATION
                if office.casefold().startswith("ministry")
                else ActorKind.OFFICE
            )
            actor = Actor(office[0].upper() + office[1:], kind)
            yield self._as_known(actor, Why.OFFICE, office)

    def _organisations(self, text: str) -> Iterator[Suggestion]:
        for match in _SEQUENCE_ANYWHERE.finditer(text):
            name = _trim(match.group())
            words = name.split()
            capitalised = [w for w in words if w[0].isupper()]
            if len(capitalised) < 2:
                continue
            if any(w.casefold().strip("'’") in ORGANISATION_WORDS for w in words):
                actor = Actor(name, ActorKind.ORGANISATION)
                yield self._as_known(actor, Why.ORGANISATION, match.group())
        for match in _NATIONAL_BODY.finditer(text):
            country, possessive, body = match.groups()
            if country.casefold() in _STARTERS:
                continue
            name = (
                f"{body[0].upper()}{body[1:].lower()} of {country}"
                if possessive
                else f"{country} {body.lower()}"
            )
            yield self._as_known(
                Actor(name, ActorKind.ORGANISATION), Why.ORGANISATION, match.group()
            )
        for match in _BODY_OF.finditer(text):
            body, country = match.groups()
            joint = match.group()[len(body) : -len(country)]
            name = f"{body[0].upper()}{body[1:].lower()}{joint}{country}"
            yield self._as_known(
                Actor(name, ActorKind.ORGANISATION), Why.ORGANISATION, match.group()
            )
