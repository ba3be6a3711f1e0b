"""An entry names a project but does not link to it, or links where no page can be."""

# A list item with links further on (articles in parts, "Foo [crate](…)") or with nested
# items (a group label) is not an unfinished entry, nor is a table row whose project is
# linked from another column (a plain Name column by design, links under "Paper").

import re
from collections.abc import Iterator
from urllib.parse import unquote

from awesome_lint.model import Document, Entry, Link, Table
from awesome_lint.problem import Problem, one_line
from awesome_lint.urls import host_of

ID = "missing-link"
SEVERITY = "error"
CONF: dict[str, type] = {}
DEFAULT: dict[str, object] = {}

# A destination that reads as a web address without its scheme: GitHub takes it for a path.
_SLASHES_SLIPPED = re.compile(r"https?//", re.IGNORECASE)  # "https//github.com/…"
_SCHEMELESS = re.compile(
    r"(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|app|co|me|gg|edu|gov"
    r"|info|xyz|so|sh|rs|tv|us|uk|de|fr|jp|cn|in)(?:[/:?#]|$))", re.IGNORECASE)

# An e-mail address as a link's destination, without its "mailto:".
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# "http://https://x" (the scheme twice) or "http:/x" (a slash short).
_MALFORMED_SCHEME = re.compile(r"https?:(?:/?(?!/)|//+https?:)", re.IGNORECASE)

# Labels of a project's own link ("| Orca | [Repo](url) |"): a row without one misses it.
_PROJECT_LABELS = frozenset(("repo", "repository", "github", "gitlab", "code", "source code",
                             "website", "site", "homepage", "home", "link", "download",
                             "project", "official", "url", "docs", "documentation"))

_LIST_MARKER = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")
_EMPTY_TEXT = re.compile(r"\[[ \t]*\]\([ \t]*<?$")

# What a generator writes where it had no address: a path GitHub cannot show.
_PLACEHOLDERS = frozenset(("undefined", "null", "none", "nan", "todo", "tbd", "url", "link"))

_NAME_SPAN = 200
_NAME_BEFORE_PARENTHESIS = re.compile(r"(?:^|[\s*+-])\[(?![ xX]\])[^\[\]]+\] +\($")
_NAME_BEFORE = re.compile(r"(?:^|[\s*+-])\[(?![ xX]\])[^\[\]]+\] +$")  # not a task box, [x]


def check(document: Document, conf: dict) -> Iterator[Problem]:
    rows = document.reference_rows | {e.line for table in document.tables
                                      if _cites_one_label(table) for e in table.entries}
    works = {e.line for lst in document.entry_lists if lst.is_cited for e in lst.entries}
    linked = {link.line for link in document.links}
    for entry in document.entries:  # a work's nested notes do not make it a group's label
        if entry.kind in ("label", "prose") or entry.links or entry.line in rows \
                or (entry.children and (entry.line not in works or any(
                    line in linked for line in range(entry.line + 1, entry.end_line + 1)))):
            continue
        if entry.link is None and entry.name and not _over_indented_items(document, entry):
            yield Problem(entry.line, entry.column, f"'{one_line(entry.name)}' has no link")
    labels = {link.text.casefold() for link in document.links if link.kind == "definition"}
    for link in document.links:
        problem = _unusable(link) or _bracketed(document, link) or \
            _label_as_url(link, labels) or _textless(document, link)
        if problem is not None:
            yield problem


def _over_indented_items(document: Document, entry: Entry) -> bool:
    """Whether the items below are indented under it, if too little to nest on GitHub
    ("*  JVM languages" over "  * [Krakatau](…)"): a group's label all the same."""
    line = entry.end_line or entry.line
    if line >= len(document.lines):
        return False
    own, below = document.lines[entry.line - 1], document.lines[line]
    return _LIST_MARKER.match(below) is not None and \
        len(below) - len(below.lstrip()) > len(own) - len(own.lstrip())


def _cites_one_label(table: Table) -> bool:
    """Whether the table's rows link only sources, all under one label ("| UE tip |
    what it does | [文章链接](url) |"): notes, of which some cite nothing."""
    labels = [link.text.strip().casefold() for entry in table.entries for link in entry.links
              if not link.image]
    return len(labels) >= 2 and len(set(labels)) == 1 and labels[0] not in _PROJECT_LABELS \
        and not any(entry.name.casefold() == labels[0] for entry in table.entries)


def _unusable(link: Link) -> Problem | None:
    if link.image or link.kind not in ("inline", "definition"):
        return None
    if not link.url.strip() or link.url.casefold() in _PLACEHOLDERS \
            or unquote(link.url).rstrip("/").endswith(("...", "\u2026")):  # "watch?v=..."
        return Problem(link.line, link.column, f"'{one_line(link.text).strip()}' links nowhere "
                       f"({'empty destination' if not link.url.strip() else repr(link.url)})")
    if link.url.startswith(("[", "%5B")):
        return Problem(link.line, link.column, f"'{one_line(link.text).strip()}' links a link "
                       "written as its address: GitHub takes it for a path in this "
                       "repository; write [name](https://…)")
    if _EMAIL.fullmatch(link.url):
        return Problem(link.line, link.column, f"'{link.url}' has no mailto:: GitHub takes "
                       "it for a path in this repository")
    if _SCHEMELESS.match(link.url):
        return Problem(link.line, link.column, f"'{link.url}' has no https://: GitHub "
                       "takes it for a path in this repository")
    scheme = link.url.partition("://")[0].casefold()
    if ("://" in link.url and scheme not in ("http", "https") and set(scheme) <= set("htps")
            and 3 <= len(scheme) <= 7) or _SLASHES_SLIPPED.match(link.url):
        return Problem(link.line, link.column, f"'{link.url}' has a misspelt scheme: write "
                       "https://")
    if _MALFORMED_SCHEME.match(link.url):
        return Problem(link.line, link.column, f"'{link.url}' has a malformed scheme: write "
                       "one https:// before the host")
    if _cut_short(link.url):
        return Problem(link.line, link.column, f"'{link.url}' has no top-level domain: the "
                       "address is cut short, or private")
    return None


def _cut_short(url: str) -> bool:
    """A web address whose host has no dot ("https://github." of a ")" typed for "c")."""
    if not url.casefold().startswith(("http://", "https://")):
        return False
    host = host_of(url)
    return bool(host) and not any(char in host for char in ".:%") and host != "localhost"


def _bracketed(document: Document, link: Link) -> Problem | None:
    """``[Name][https://…]`` (a reference to a label never defined) or ``[Name] https://…``:
    GitHub shows the brackets as text and links the bare URL, not the name."""
    if link.kind != "bare":
        return None
    # A name is short: looking at what just precedes keeps a line of many URLs linear.
    before = document.lines[link.line - 1][max(link.column - 1 - _NAME_SPAN, 0):link.column - 1]
    above = document.lines[link.line - 2] if link.line > 1 else ""
    written = "[name][url]" if before.endswith("][") else \
        "[name] (url)" if _NAME_BEFORE_PARENTHESIS.search(before) or (
            before.strip() == "(" and _NAME_BEFORE.search(above.rstrip() + " ")) else \
        "[name] url" if _NAME_BEFORE.search(before) else None
    if written is None:
        return None
    return Problem(link.line, link.column, f"written {written}: GitHub shows the brackets "
                   "and links the bare URL, not the name; write [name](url)")


def _textless(document: Document, link: Link) -> Problem | None:
    """``[](https://…)``: a link without text, which GitHub shows as nothing at all."""
    if link.kind != "inline" or link.image or link.text.strip():
        return None
    before = document.lines[link.line - 1][:link.column - 1]
    if not _EMPTY_TEXT.search(before):
        return None  # a badge or an image is its text: [![CI](badge)](url)
    return Problem(link.line, link.column, "link has no text: GitHub shows nothing to "
                   "click; write [name](url)")


def _label_as_url(link: Link, labels: set[str]) -> Problem | None:
    """``[osu!](446)`` where the page defines ``[446]: https://…``: GitHub links a file of
    this repository named 446."""
    if link.kind != "inline" or link.image or link.url.casefold() not in labels:
        return None
    return Problem(link.line, link.column, f"'{link.url}' is a reference label written as "
                   f"an address: write [{one_line(link.text).strip()}][{link.url}]")
