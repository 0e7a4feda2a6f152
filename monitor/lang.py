"""Language of an item: the analyst's word for the source, else what the feed says unless
its own text says otherwise, else detected with py3langid.

Feeds often declare a wrong language (WordPress's default ``en-US`` on Dutch blogs), so a
declared language yields to detection that is confident and contradicts it. py3langid
ships its model inside the package, so nothing is downloaded. Detection is limited to the
languages these feeds carry: over the full set of 97 languages, short English headlines
are too often taken for Occitan or Afrikaans.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from monitor.models import LanguageSource

CANDIDATES = (
    "nl", "en", "de", "fr", "es", "it", "pt", "pl", "hu", "ro", "cs", "sk", "sl", "hr", "sr",
    "bg", "el", "ru", "uk", "ka", "hy", "az", "tr", "ar", "fa", "he", "sw", "am", "id", "hi",
    "ur", "bn", "zh", "ja", "ko", "sv", "da", "no", "fi", "et", "lv", "lt",
)  # fmt: skip
MIN_CONFIDENCE = 0.3
OVERRULE_CONFIDENCE = 0.95  # detection this sure beats what a feed declares
MIN_LETTERS = 12
SAMPLE = 400  # characters: enough for a clear answer; more only costs time
_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_].*)?$")


def normalise_tag(tag: str | None) -> str | None:
    """``"en-US"`` → ``"en"``; anything that is not a language tag → ``None``."""
    if not tag:
        return None
    match = _TAG.match(tag.strip())
    return match[1].lower() if match else None


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415 - slow to load

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATES))
    return identifier


def _identify(text: str) -> tuple[str, float] | None:
    sample = text[:SAMPLE]
    if sum(ch.isalpha() for ch in sample[:200]) < MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language), float(confidence)


def detect(text: str) -> str | None:
    """The most likely language of ``text``, or ``None`` when the text is too short or unclear."""
    found = _identify(text)
    return found[0] if found and found[1] >= MIN_CONFIDENCE else None


def decide(
    text: str, *, source: str | None, declared: str | None
) -> tuple[str | None, LanguageSource | None]:
    """The language of an item whose title and text are ``text``, and who decided it.

    The analyst's per-source language wins; a language the entry or feed declares holds
    unless detection on ``text`` confidently names another (only for a language that
    detection knows, or it could never agree); without either, detection decides."""
    if source:
        return source, "source"
    found = _identify(text) if declared is None or declared in CANDIDATES else None
    if declared:
        if found and found[0] != declared and found[1] >= OVERRULE_CONFIDENCE:
            return found[0], "detected"
        return declared, "declared"
    if found and found[1] >= MIN_CONFIDENCE:
        return found[0], "detected"
    return None, None
