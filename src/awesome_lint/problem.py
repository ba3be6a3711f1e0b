"""What a rule reports: a Problem, optionally with the Fix that mends it."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    """Replace the text from column ``column`` of ``line`` up to (not including) column
    ``end_column`` of ``end_line`` (``line`` when 0) with ``replacement``, and make the edits
    in ``also`` with it: all of them or none (a move deletes here and inserts there).

    Columns count the characters of a line without its line ending; column 1 of the line
    after the last is the end of the text. A replacement that spans lines carries its own
    line endings.
    """

    line: int
    column: int
    end_column: int
    replacement: str
    end_line: int = 0
    also: tuple[Fix, ...] = ()

    @property
    def edits(self) -> tuple[Fix, ...]:
        return (replace(self, also=()), *self.also) if self.also else (self,)

    def touched_lines(self) -> Iterator[int]:
        """The lines whose text or line ending the fix changes."""
        for edit in self.edits:
            end = edit.end_line or edit.line
            yield from range(edit.line, end if end > edit.line and edit.end_column == 1
                             else end + 1)


def together(edits: list[Fix]) -> Fix | None:
    """One fix that makes all of ``edits`` or none of them."""
    return replace(edits[0], also=tuple(edits[1:])) if edits else None


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
