"""HTML from feeds: a sanitised copy for display and plain text for search and the classifier.

Hostile sources can serve anything, so the cost of one body is bounded before any HTML
parser sees it: it is cut at ``MAX_HTML_CHARS`` and tags nested deeper than ``MAX_DEPTH``
are dropped (their text stays). The HTML5 tree builder looks through every open element
for each new block tag, so 200,000 nested ``<div>``s cost minutes; a hundred cost nothing.
"""

from __future__ import annotations

import re
from html import unescape
from itertools import accumulate
from operator import sub

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
MAX_HTML_CHARS = 1_000_000  # far above any article; the rest of a longer body is cut
MAX_DEPTH = 100  # real pages nest a few dozen levels at most
# A start or end tag, read possessively so that text with many "<" stays linear to scan.
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/<>]*+)[^<>]*+>")
# Elements that never hold others, or that the tree builder closes by itself when the
# next one starts (a <p> inside a <p>): they never deepen the tree.
_FLAT = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
    "rb", "rt", "rp",
}  # fmt: skip
_CLEANER = nh3.Cleaner(
    tags=_ALLOWED_TAGS,
    attributes=_ALLOWED_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)


def _deepest(html: str) -> int:
    """How deep the tags nest (a quick count: stray end tags do not go below zero)."""
    steps = [-1 if end else 1 for end, name in _TAG.findall(html) if name.lower() not in _FLAT]
    depths = list(accumulate(steps, initial=0))
    return max(map(sub, depths, accumulate(depths, min)), default=0)


def bounded(html: str) -> str:
    """``html`` cut at ``MAX_HTML_CHARS``, with tags nested past ``MAX_DEPTH`` removed, in
    one linear pass. The output still goes through the sanitiser: this only limits cost."""
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
        start = html.rfind("<")
        if start > html.rfind(">"):  # no half tag at the cut
            html = html[:start]
    if html.count("<") < MAX_DEPTH or _deepest(html) <= MAX_DEPTH:
        return html
    depth = dropped = 0

    def keep(tag: re.Match[str]) -> str:
        nonlocal depth, dropped
        if tag[2].lower() in _FLAT:
            return tag[0]
        if tag[1]:  # an end tag closes the innermost element: a dropped one first
            if dropped:
                dropped -= 1
                return ""
            depth = max(depth - 1, 0)
            return tag[0]
        if depth >= MAX_DEPTH:
            dropped += 1
            return ""
        depth += 1
        return tag[0]

    return _TAG.sub(keep, html)


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
    html = bounded(html)
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
    clean = _CLEANER.clean(bounded(html))
    if base_url and _RELATIVE_LINK.search(clean):
        clean = _absolute_links(clean, base_url)
    # nh3's output is well-formed with every "<" of the text escaped: dropping its tags
    # needs no second parse.
    marked = _CLEAN_LINE_BREAK.sub("\n", _CLEAN_PARAGRAPH_BREAK.sub("\n\n", clean))
    return clean, _squeeze(unescape(_ANY_TAG.sub("", marked)))
