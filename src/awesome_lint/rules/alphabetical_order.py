"""The entries of each table and each list are sorted by name."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

from awesome_lint.model import Document, Entry
from awesome_lint.problem import Problem

ID = "alphabetical-order"
SEVERITY = "warning"
CONF: dict[str, type | tuple] = {
    "ignore-case": bool,
    "ignore-prefixes": list,
    "key": ("name", "natural"),
    "ignore-punctuation": bool,
    "sections": list,
    "skip-sections": list,
}
DEFAULT: dict[str, object] = {
    "ignore-case": True,
    "ignore-prefixes": [],
    "key": "name",
    "ignore-punctuation": True,
    "sections": [],
    "skip-sections": [],
}

_LEADING = re.compile(r"^[\W_]+")  # emoji, quotes, brackets, dots before the first letter
_DIGITS = re.compile(r"(\d+)")

SortKey = tuple[str | int, ...]


def check(document: Document, conf: dict) -> Iterator[Problem]:
    checked = _section_filter(document, conf)
    groups = [table.entries for table in document.tables if checked(table.section)]
    groups += [
        lst.entries for lst in document.entry_lists if not lst.is_toc and checked(lst.section)
    ]
    for entries in groups:
        problem = _first_break(entries, conf)
        if problem:
            yield problem


def sort_key(name: str, conf: dict) -> SortKey:
    """What the rule compares: see the options on the rule's page."""
    text = " ".join(name.split())
    for prefix in conf["ignore-prefixes"]:
        if text.casefold().startswith(prefix.casefold()) and len(text) > len(prefix):
            text = text[len(prefix) :]
            break
    if conf["ignore-punctuation"]:
        text = _LEADING.sub("", text)
    if conf["ignore-case"]:
        text = text.casefold()
    if conf["key"] == "natural":
        # re.split puts text at even and digit runs at odd places: tuples compare cleanly.
        chunks = _DIGITS.split(text)
        return tuple(int(c) if i % 2 else c for i, c in enumerate(chunks))
    return (text,)


def _first_break(entries: Sequence[Entry], conf: dict) -> Problem | None:
    """The first entry that sorts before its predecessor, and where it belongs."""
    named = [(sort_key(e.name, conf), e) for e in entries if e.name.strip()]
    keys = [key for key, _ in named]
    for index in range(1, len(named)):
        if keys[index] < keys[index - 1]:
            entry = named[index][1]
            # The entries before it are in order, so the first bigger one is its place.
            successor = named[bisect_right(keys, keys[index], 0, index)][1]
            return Problem(
                entry.line,
                entry.column,
                f"'{entry.name}' should come before '{successor.name}'",
                data={"before": successor.name, "before_line": successor.line},
            )
    return None


def _section_filter(document: Document, conf: dict) -> Callable[[int], bool]:
    """Whether a section is checked: itself or an enclosing section is named in the options."""
    wanted = {_fold(title) for title in conf["sections"]}
    skipped = {_fold(title) for title in conf["skip-sections"]}

    def titles(index: int | None) -> set[str]:
        found: set[str] = set()
        while index is not None:
            section = document.sections[index]
            found.add(_fold(section.title))
            index = section.parent
        return found

    def checked(index: int) -> bool:
        around = titles(index)
        return (not wanted or bool(wanted & around)) and not skipped & around

    return checked


def _fold(title: str) -> str:
    return " ".join(title.split()).casefold()
