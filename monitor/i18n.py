"""The engine's messages in the user's language, through gettext.

Messages are written in English, marked with :func:`_` (or :func:`ngettext` where a
number decides the form, or :func:`N_` where the text is only named and translated when
shown), and translated by the catalogs in ``resources/locale/LANG/LC_MESSAGES/``: the
``.po`` file is the one kept in the repository and edited, the ``.mo`` beside it is
compiled from it by ``make`` at set-up (``pybabel compile``) and read by Python's own
:mod:`gettext`, so nothing beyond the standard library reads a catalog at run time.
Without a compiled catalog the messages stay English.

The desktop app calls :func:`use_language` with its interface language at start and on
each switch; the command line leaves the engine in English. A brief has a language of its
own and takes its catalog from :func:`catalog` (``monitor.brief.texts``).

Collecting the marked messages and updating the catalog::

    pybabel extract -o /tmp/monitor.pot monitor
    pybabel update -i /tmp/monitor.pot -d resources/locale -D pushback_monitor
    pybabel compile -d resources/locale -D pushback_monitor
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

from monitor.bundled import bundled_path
from monitor.errors import MonitorError

DOMAIN = "pushback_monitor"
LOCALE = "resources/locale"
ENGLISH = "en"

_active: gettext.NullTranslations = gettext.NullTranslations()


def catalog_file(language: str, suffix: str = ".mo") -> Path:
    """Where ``language``'s catalog is (``.mo`` compiled, ``.po`` its source)."""
    return bundled_path(LOCALE) / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@functools.cache
def catalog(language: str) -> gettext.NullTranslations:
    """The translations into ``language`` (English: the messages as written). A language
    other than English without its compiled catalog is an incomplete installation."""
    if language == ENGLISH:
        return gettext.NullTranslations()
    try:
        path = catalog_file(language)
        with path.open("rb") as compiled:
            return gettext.GNUTranslations(compiled)
    except (MonitorError, OSError) as exc:
        raise MonitorError(
            f"no {language} catalog for the engine's texts ({exc}); `make` compiles it"
        ) from exc


def use_language(code: str) -> str:
    """Give the engine's messages from now on in ``code`` (``nl``, ``en``); a language
    without a catalog leaves them English. Returns the language used."""
    global _active  # noqa: PLW0603 - the one switch, read by every message
    try:
        _active = catalog(code)
    except MonitorError:
        _active, code = gettext.NullTranslations(), ENGLISH
    return code


def _(message: str) -> str:
    """``message`` in the language in use."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of the message for ``n`` in the language in use."""
    return _active.ngettext(singular, plural, n)


def N_(message: str) -> str:  # gettext's own name for it, known to pybabel
    """Marks ``message`` for the catalog where it is named; :func:`_` translates it
    where it is shown."""
    return message


__all__ = ["N_", "_", "catalog", "catalog_file", "ngettext", "use_language"]
