"""GitHub's heading anchors: how github-slugger turns heading text into ``id``s."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from urllib.parse import unquote

# github-slugger deletes these general categories (its script/generate-regex.mjs): other
# numbers, all punctuation but connectors, symbols, controls, formats, private use,
# unassigned, separators. It keeps the space (it becomes "-") and the hyphen-minus.
_DROPPED_CATEGORIES = frozenset({
    "No", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
    "Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp",
})
_KEPT = frozenset({"-", " "})
_ASCII_DROPPED = re.compile(r"[^a-z0-9_ -]")  # what _kept drops of lower-case ASCII
# ...and it keeps characters of the Unicode Alphabetic property whatever their category:
# outside the letters, that is the circled and squared Latin letters (category So).
_ALPHABETIC_SYMBOLS = ((0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169),
                       (0x1F170, 0x1F189))


@cache
def _kept(char: str) -> bool:
    if char in _KEPT or unicodedata.category(char) not in _DROPPED_CATEGORIES:
        return True
    return any(low <= ord(char) <= high for low, high in _ALPHABETIC_SYMBOLS)


def slugify(text: str) -> str:
    """Lower-case, drop punctuation and symbols, spaces to hyphens (no collapsing)."""
    lowered = text.lower()
    if lowered.isascii():  # most headings: one regex rather than a look-up a character
        return _ASCII_DROPPED.sub("", lowered).replace(" ", "-")
    return "".join(char for char in lowered if _kept(char)).replace(" ", "-")


def loose_slug(text: str) -> str:
    """The slug without outer hyphens, which an emoji, a badge or a space leaves ("🔠 NLP"
    gives "-nlp"), nor an emoji's variation selector, which GitHub keeps ("⚖️ License"):
    what a heading and a link's text are compared by."""
    return slugify(text).strip("-\ufe0f")


class Slugger:
    """Hands out unique slugs the way GitHub does: repeats get ``-1``, ``-2``..."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def slug(self, text: str) -> str:
        base = slugify(text)
        slug = base
        while slug in self._seen:
            self._seen[base] += 1
            slug = f"{base}-{self._seen[base]}"
        self._seen[slug] = 0
        return slug


# A tag's attributes stop at the next tag's start, so that the search for them, repeated at
# each "<a", stays within one tag: across the page it took time quadratic in the tags.
_ID_ATTRIBUTE = re.compile(
    r"""<[a-zA-Z](?:[^<>]|<(?![a-zA-Z]))*?\s(?:id|name)\s*=\s*"""
    r"""(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def html_anchors(text: str) -> set[str]:
    """Anchors that raw HTML declares with ``id="…"`` or ``<a name="…">``, and those of
    headings inside list items (``- ### Editor Plugins``), which GitHub anchors too."""
    declared = {"".join(m.groups(default="")) for m in _ID_ATTRIBUTE.finditer(text)} \
        if "<" in text else set()
    items = {slugify(m.group(1).strip()) for m in _ITEM_HEADING.finditer(text)} \
        if "#" in text else set()
    return (declared | items) - {""}


_ITEM_HEADING = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+#{1,6}[ \t]+(.+?)[ \t#]*$",
                           re.MULTILINE)


# GitHub gives every repository page a "readme" anchor; browsers scroll "#top" to the top.
BUILT_IN_ANCHORS = ("readme", "top")


def fragment_key(fragment: str) -> str:
    """The form in which GitHub compares a ``#fragment`` with the page's anchors.

    Browsers percent-decode the fragment; GitHub's script matches it case-insensitively and
    also finds ``#user-content-name``, the prefixed ``id`` it gives every anchor.
    """
    key = unquote(fragment).lower()
    return key.removeprefix("user-content-")
