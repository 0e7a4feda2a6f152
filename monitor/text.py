"""HTML from feeds: a sanitised copy for display and plain text for search and the classifier."""

from __future__ import annotations

import contextlib
import re

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
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "tr", "ul",
}  # fmt: skip
_PARAGRAPH_TAGS = {"p", "h1", "h2", "h3", "h4", "blockquote", "pre", "table"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(\n\s*)+")
_TAG_HINT = re.compile(r"<[a-zA-Z!/]")


def _fragment(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return None


def _squeeze(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _element_text(root: lxml.html.HtmlElement) -> str:
    for element in list(root.iter("script", "style", "noscript", "template")):
        element.drop_tree()
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _BLOCK_TAGS:
            # paragraphs become blank-line separated, other blocks a line of their own
            gap = "\n\n" if tag in _PARAGRAPH_TAGS else "\n"
            element.tail = gap + (element.tail or "")
            if tag != "br":
                element.text = (
                    gap + (element.text or "") if tag in _PARAGRAPH_TAGS else element.text
                )
    return _squeeze(root.text_content())


def html_to_text(html: str) -> str:
    """Readable plain text: tags dropped, entities decoded, paragraphs kept as blank lines."""
    if not html:
        return ""
    if not _TAG_HINT.search(html) and "&" not in html:
        return _squeeze(html)
    root = _fragment(html)
    return _element_text(root) if root is not None else _squeeze(html)


def inline_text(html: str) -> str:
    """Text on one line (titles, authors)."""
    return " ".join(html_to_text(html).split())


def sanitize(html: str, base_url: str | None = None) -> tuple[str, str]:
    """Return ``(safe_html, text)``: scripts, styles, handlers and unsafe links removed,
    relative links made absolute against ``base_url``."""
    if not html:
        return "", ""
    clean = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    root = _fragment(clean)
    if root is None:
        return clean, _squeeze(clean)
    if base_url:
        with contextlib.suppress(ValueError):  # an unparsable base leaves links as they were
            root.make_links_absolute(base_url, resolve_base_href=False)
    safe = lxml.html.tostring(root, encoding="unicode")
    safe = safe.removeprefix("<div>").removesuffix("</div>")
    return safe, _element_text(root)
