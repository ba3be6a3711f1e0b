"""Inline switches: ``<!-- awesome-lint-disable RULE -->`` and friends, read from comments.

The switches of sindresorhus' awesome-lint (remark-lint's ``<!--lint disable double-link-->``,
``enable`` and ``ignore``) are read too, for the rules that have a counterpart here: a list
that moves over keeps the exceptions it has already written down."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .model import Document

_DIRECTIVE = re.compile(
    r"^awesome-lint-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$", re.DOTALL)
_REMARK = re.compile(r"^lint (disable|enable|ignore)\b\s*(.*)$", re.DOTALL)
ALL = "*"
REMARK_RULES = {
    "double-link": ("duplicate-entry",),
    "alphabetize-lists": ("alphabetical-order",),
    "awesome-list-item": ("list-item-style",),
    "list-item-punctuation": ("list-item-style",),
    "awesome-toc": ("toc",),
    "no-dead-urls": ("broken-link", "redirect"),
}


@dataclass
class Suppressions:
    """Which rules are switched off on which lines of one document."""

    ranges: list[tuple[str, int, int]] = field(default_factory=list)  # rule, first, last line

    def hides(self, rule: str, line: int) -> bool:
        return any(_covers(self._by_rule.get(name), line) for name in (rule, ALL))

    @cached_property
    def _by_rule(self) -> dict[str, tuple[list[int], list[int]]]:
        """Per rule, the first lines of its ranges in order, and the furthest line that the
        ranges up to each reach: a look-up takes a bisection, not a pass over every range
        (a page of thousands of directives and problems took quadratic time)."""
        index: dict[str, tuple[list[int], list[int]]] = {}
        for name, first, last in sorted(self.ranges, key=lambda r: r[1]):
            starts, reach = index.setdefault(name, ([], []))
            starts.append(first)
            reach.append(max(last, reach[-1]) if reach else last)
        return index


def _covers(ranges: tuple[list[int], list[int]] | None, line: int) -> bool:
    if ranges is None:
        return False
    starts, reach = ranges
    before = bisect_right(starts, line) - 1
    return before >= 0 and reach[before] >= line


def read(document: Document) -> Suppressions:
    suppressions = Suppressions()
    open_since: dict[str, int] = {}
    last_line = len(document.lines)
    for line, _column, text in document.comments:
        verb, rules = _switch(text.strip())
        for rule in rules:
            if verb == "disable":
                open_since.setdefault(rule, line)
            elif verb == "enable":
                _close(suppressions, open_since, rule, line)
            elif verb == "ignore":
                suppressions.ranges.append((rule, *_next_node(document, line)))
            else:
                target = line + 1 if verb == "disable-next-line" else line
                suppressions.ranges.append((rule, target, target))
    for rule in list(open_since):
        _close(suppressions, open_since, rule, last_line)
    return suppressions


def _switch(text: str) -> tuple[str, list[str]]:
    """What a comment switches, and for which of our rules; ("", []) for other comments."""
    if match := _DIRECTIVE.match(text):
        return match.group(1), match.group(2).replace(",", " ").split() or [ALL]
    if match := _REMARK.match(text):
        named = match.group(2).split()
        return match.group(1), [ours for name in named for ours in REMARK_RULES.get(name, ())] \
            if named else [ALL]
    return "", []


def _next_node(document: Document, line: int) -> tuple[int, int]:
    """The lines of what follows a comment, which remark-lint's ``ignore`` applies to: the
    next list item with its nested items, or else the next block up to a blank line."""
    lines = document.lines
    first = line + 1
    while first <= len(lines) and not lines[first - 1].strip():
        first += 1
    item = next((e for e in document.entries if e.line == first and not e.in_table), None)
    if item is not None:
        return first, max(item.end_line, first)
    last = first
    while last < len(lines) and lines[last].strip():
        last += 1
    return first, last


def _close(suppressions: Suppressions, open_since: dict[str, int], rule: str, line: int) -> None:
    names = list(open_since) if rule == ALL else [rule]
    for name in names:
        if name in open_since:
            suppressions.ranges.append((name, open_since.pop(name), line))
