"""What a rule reports: a Problem, optionally with the Fix that mends it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

SEVERITIES = ("error", "warning", "info")
_BREAK = re.compile(r"\s*[\r\n]\s*")


def one_line(text: str) -> str:
    """``text`` with each line break, and the blanks around it, made one space: how a
    message quotes a name or heading that spans lines, so one problem is one line."""
    return _BREAK.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace columns ``column`` up to (not including) ``end_column`` of ``line``."""

    line: int
    column: int
    end_column: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding. Rules set position and message; the engine stamps the rest."""

    line: int
    column: int
    message: str
    rule: str = ""
    severity: str = ""  # empty: the rule's configured severity
    path: str = ""
    fix: Fix | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def stamped(self, **changes: Any) -> Problem:
        return replace(self, **changes)

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)
