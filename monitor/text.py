"""HTML from feeds: a sanitised copy for display and plain text for search and the classifier."""

from __future__ import annotations

import re
from html import unescape

import lxml.etree
import lxml.html
import nh3

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div",
    "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "time": {"datetime"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# Where a block ends, the text gets a line break (or a blank line after a paragraph).
_PARAGRAPH_BREAK = re.compile(
    r"<p\b[^>]*>|</(?:p|h[1-6]|blockquote|pre|table|ul|ol|dl)\s*>", re.IGNORECASE
)
_LINE_BREAK = re.compile(
    r"<(?:br|hr)\b[^>]*>|</(?:li|div|tr|dt|dd|figcaption|section|article|header|footer)\s*>",
    re.IGNORECASE,
)
# The same for nh3's output, which is lower-case and canonical: simpler patterns, faster.
_CLEAN_PARAGRAPH_BREAK = re.compile(r"</?p>|</(?:h[1-6]|blockquote|pre|table|ul|ol|dl)>")
_CLEAN_LINE_BREAK = re.compile(r"<[bh]r>|</(?:li|div|tr|dt|dd|figcaption)>")
_RELATIVE_LINK = re.compile(r'(?:href|src)="(?!https?:|mailto:|#)')
_BLANK_LINES = re.compile(r"\n\s*\n\s*(\n\s*)+")
_TAG_HINT = re.compile(r"<[a-zA-Z!/]")
_ANY_TAG = re.compile(r"<[^>]*>")
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    attributes=_ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)


def _squeeze(text: str) -> str:
    # str.split() without arguments also takes no-break spaces; a regex over every
    # space of a long text costs several times more
    lines = [" ".join(line.split()) for line in text.replace("\u200b", "").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """Readable plain text: tags dropped (scripts and styles with their content), entities
    decoded, paragraphs kept as blank lines and other blocks as line breaks."""
    if not html:
        return ""
    if not _TAG_HINT.search(html) and "&" not in html:
        return _squeeze(html)
    marked = _LINE_BREAK.sub("\n", _PARAGRAPH_BREAK.sub("\n\n", html))
    return _squeeze(unescape(nh3.clean(marked, tags=set(), strip_comments=True)))


def inline_text(html: str) -> str:
    """Text on one line (titles, authors)."""
    return " ".join(html_to_text(html).split())


def _absolute_links(html: str, base_url: str) -> str:
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        root.make_links_absolute(base_url, resolve_base_href=False)
    except (lxml.etree.ParserError, ValueError):
        return html  # an unparsable base or fragment leaves links as they were
    serialised: str = lxml.html.tostring(root, encoding="unicode")
    return serialised.removeprefix("<div>").removesuffix("</div>")


def sanitize(html: str, base_url: str | None = None) -> tuple[str, str]:
    """Return ``(safe_html, text)``: scripts, styles, handlers and unsafe links removed,
    relative links made absolute against ``base_url``."""
    if not html:
        return "", ""
    clean = _CLEANER.clean(html)
    if base_url and _RELATIVE_LINK.search(clean):
        clean = _absolute_links(clean, base_url)
    # nh3's output is well-formed with every "<" of the text escaped: dropping its tags
    # needs no second parse.
    marked = _CLEAN_LINE_BREAK.sub("\n", _CLEAN_PARAGRAPH_BREAK.sub("\n\n", clean))
    return clean, _squeeze(unescape(_ANY_TAG.sub("", marked)))
