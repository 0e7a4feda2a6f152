"""Language of an item: what the source says, else detected with py3langid.

py3langid ships its model inside the package, so nothing is downloaded. Detection is
limited to the languages these feeds carry: over the full set of 97 languages, short
English headlines are too often taken for Occitan or Afrikaans.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

CANDIDATES = (
    "nl", "en", "de", "fr", "es", "it", "pt", "pl", "hu", "ro", "cs", "sk", "sl", "hr", "sr",
    "bg", "el", "ru", "uk", "ka", "hy", "az", "tr", "ar", "fa", "he", "sw", "am", "id", "hi",
    "ur", "bn", "zh", "ja", "ko", "sv", "da", "no", "fi", "et", "lv", "lt",
)  # fmt: skip
MIN_CONFIDENCE = 0.3
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


def detect(text: str) -> str | None:
    """The most likely language of ``text``, or ``None`` when the text is too short or unclear."""
    sample = text[:SAMPLE]
    if sum(ch.isalpha() for ch in sample[:200]) < MIN_LETTERS:
        return None
    language, confidence = _identifier().classify(sample)
    return str(language) if confidence >= MIN_CONFIDENCE else None
