"""The brief's formats and the file names that go with them: a file's extension names its
format, so a Word file is never saved as ``brief.pdf``."""

from __future__ import annotations

from pathlib import PurePath

DOCUMENTS = ("docx", "pdf", "html", "md")
FORMATS = (*DOCUMENTS, "csv", "json")

# Every extension a format is known by; the first of each format is the one it is given.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "docx": (".docx",),
    "pdf": (".pdf",),
    "html": (".html", ".htm"),
    "md": (".md", ".markdown"),
    "csv": (".csv",),
    "json": (".json",),
}


def format_of(path: PurePath | str) -> str | None:
    """The format a file name's extension stands for (``None``: none we write)."""
    suffix = PurePath(path).suffix.lower()
    return next((form for form, known in SUFFIXES.items() if suffix in known), None)


def with_suffix(path: PurePath | str, form: str) -> str:
    """``path`` named for ``form``: its extension kept if it is one of ``form``'s, else
    ``form``'s extension added (``brief`` → ``brief.pdf``, ``brief.v2`` → ``brief.v2.pdf``)."""
    text = str(path)
    if PurePath(text).suffix.lower() in SUFFIXES[form]:
        return text
    return text + SUFFIXES[form][0]


def patterns(form: str) -> str:
    """The file name patterns of ``form``, as a file dialog's filter writes them."""
    return " ".join(f"*{suffix}" for suffix in SUFFIXES[form])
