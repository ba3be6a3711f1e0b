"""Inline switches: ``<!-- awesome-lint-disable RULE -->`` and friends, read from comments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Document

_DIRECTIVE = re.compile(
    r"^awesome-lint-(disable-next-line|disable-line|disable|enable)\b\s*(.*)$", re.DOTALL)
ALL = "*"


@dataclass
class Suppressions:
    """Which rules are switched off on which lines of one document."""

    ranges: list[tuple[str, int, int]] = field(default_factory=list)  # rule, first, last line

    def hides(self, rule: str, line: int) -> bool:
        return any(first <= line <= last and name in (rule, ALL)
                   for name, first, last in self.ranges)


def read(document: Document) -> Suppressions:
    suppressions = Suppressions()
    open_since: dict[str, int] = {}
    last_line = len(document.lines)
    for line, _column, text in document.comments:
        match = _DIRECTIVE.match(text)
        if not match:
            continue
        verb, rules = match.group(1), match.group(2).replace(",", " ").split() or [ALL]
        for rule in rules:
            if verb == "disable":
                open_since.setdefault(rule, line)
            elif verb == "enable":
                _close(suppressions, open_since, rule, line)
            else:
                target = line + 1 if verb == "disable-next-line" else line
                suppressions.ranges.append((rule, target, target))
    for rule in list(open_since):
        _close(suppressions, open_since, rule, last_line)
    return suppressions


def _close(suppressions: Suppressions, open_since: dict[str, int], rule: str, line: int) -> None:
    names = list(open_since) if rule == ALL else [rule]
    for name in names:
        if name in open_since:
            suppressions.ranges.append((name, open_since.pop(name), line))
