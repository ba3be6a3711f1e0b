"""Anchors: the ids a page has, and whether a link's #fragment is one of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

import aiohttp

from awesome_lint.urls import host_of

BODY_MAX = 8 * 1024 * 1024  # a page is read up to this size for its ids
_ID_ATTR = re.compile(rb"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_GITHUB_LINE = re.compile(r"^L\d+(?:C\d+)?(?:-L\d+(?:C\d+)?)?$")


def html_ids(body: bytes) -> frozenset[str]:
    """The id="..." and name="..." values of an HTML page."""
    found = set()
    for match in _ID_ATTR.finditer(body):
        raw = next(g for g in match.groups() if g is not None)
        found.add(raw.decode("utf-8", "replace"))
    return frozenset(found)


def anchor_found(fragment: str, ids: frozenset[str], url: str) -> bool:
    name = unquote(fragment)
    if not name or name.startswith(":~:") or name in ids:
        return True
    if host_of(url) == "github.com":
        # GitHub prefixes README heading ids; line anchors are made by JavaScript.
        return f"user-content-{name}".lower() in ids or bool(_GITHUB_LINE.match(name))
    return False


@dataclass(frozen=True, slots=True)
class PageAnchors:
    """The ids of a page; ``complete`` is False when the page was cut at BODY_MAX."""

    ids: frozenset[str]
    complete: bool = True

    def missing(self, fragment: str, page: str) -> bool:
        """Whether fragment is surely not on the page (never so for a cut page)."""
        return self.complete and not anchor_found(fragment, self.ids, page)


async def read_anchors(stream: aiohttp.StreamReader) -> PageAnchors:
    """The ids of a page's body, read up to BODY_MAX (``read()`` returns only what is
    buffered: a single call may see the first few kilobytes of a page)."""
    chunks: list[bytes] = []
    size = 0
    while size <= BODY_MAX:
        chunk = await stream.read(BODY_MAX + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    body = b"".join(chunks)
    return PageAnchors(html_ids(body[:BODY_MAX]), complete=len(body) <= BODY_MAX)
