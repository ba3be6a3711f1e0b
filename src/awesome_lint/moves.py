"""Moving rows and list items: the lines each one stands on, and the edit that writes them
in another order. A row moves as its line; an item with its continuation lines, nested
items, code blocks and comments; each keeps its bytes. Blank lines between them stay where
they are."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from .inputs import lines_with_endings
from .model import Document, Entry
from .problem import Fix

_NUMBERED = re.compile(r"^[ \t>]*\d{1,9}[.)]")
_FINAL_BREAK = re.compile(r"(?:\r\n|\r|\n)\Z")
_NEXT_LINE = re.compile(r"^\s*<!--\s*awesome-lint-disable-next-line\b.*-->\s*$")


@dataclass(frozen=True, slots=True)
class Block:
    """The lines of one row or item, ``first`` to ``last``."""

    first: int
    last: int


def blocks(document: Document, entries: Sequence[Entry]) -> list[Block] | None:
    """The block of each entry; None when one cannot be moved: a heading that names a
    project (its section would have to move), or an item of a numbered list (its number
    says where it stands)."""
    found = []
    for entry in entries:
        if not entry.end_line or _NUMBERED.match(document.lines[entry.line - 1]):
            return None
        # Switches at its end are for the line after it: they stay with that line.
        last = max(entry.line, _above(document, entry.end_line + 1) - 1)
        found.append(Block(_above(document, entry.line), last))
    return found


def _above(document: Document, line: int) -> int:
    """The first of the switches for the next line (``<!-- awesome-lint-disable-next-line
    -->``) that stand right above ``line``: they go with it; else ``line``."""
    while line > 1 and _NEXT_LINE.match(document.lines[line - 2]):
        line -= 1
    return line


def arrange(document: Document, slots: Sequence[Block], texts: Sequence[str]) -> Fix | None:
    """The edit that writes ``texts`` in place of the blocks in ``slots`` (see ``written``),
    or None if nothing changes. It spans the lines that change, no more."""
    first, last = slots[0].first, slots[-1].last
    old = lines_with_endings(document.source(first, last))
    new = lines_with_endings(written(document, slots, texts))
    same = 0
    while same < min(len(old), len(new)) and old[same] == new[same]:
        same += 1
    tail = 0
    while tail < min(len(old), len(new)) - same and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if same == len(old) == len(new):
        return None
    return Fix(first + same, 1, 1, "".join(new[same:len(new) - tail]),
               end_line=first + len(old) - tail)


def written(document: Document, slots: Sequence[Block], texts: Sequence[str]) -> str:
    """``texts`` (blocks, as ``Document.source`` gives them, or new lines) written in place
    of the blocks in ``slots`` (in order, a run of one list or table).

    The blank lines (and anything else) between two slots stay between the texts put in
    them; a text beyond the last slot follows the last gap. Each line keeps its ending, but
    for the end of the file: what ends up last there takes its lack of one.
    """
    last = slots[-1].last
    gaps = [document.source(a.last + 1, b.first - 1) for a, b in pairwise(slots)]
    newline = document.newline(last)
    ended = [t if t.endswith(("\n", "\r")) else t + newline for t in texts]
    text = "".join(piece + (gaps[min(i, len(gaps) - 1)] if gaps else "")
                   for i, piece in enumerate(ended[:-1])) + (ended[-1] if ended else "")
    if not document.endings[last - 1]:  # the file ends here, without a line break
        text = _FINAL_BREAK.sub("", text, count=1)
    return text


def longest_sorted(keys: Sequence[Any]) -> list[int]:
    """The indexes of a longest non-decreasing run of ``keys`` (a subsequence), O(n log n).

    Of several such runs, the one that keeps the earliest entries: for "A C B D" it keeps
    A, C, D and moves B. Patience sorting from the end: pile k holds the entries that start
    a run of k + 1 keys, its top the latest placed, the leftmost so far; each entry links
    to the top of the pile before its own, the leftmost entry it can precede.
    """
    tops: list[_Reversed] = []  # per pile, the first key of its top's run: descending
    top_index: list[int] = []
    following = [-1] * len(keys)
    for index in reversed(range(len(keys))):
        pile = bisect_right(tops, _Reversed(keys[index]))  # piles whose key >= this one
        following[index] = top_index[pile - 1] if pile else -1
        if pile == len(tops):
            tops.append(_Reversed(keys[index]))
            top_index.append(index)
        else:
            tops[pile] = _Reversed(keys[index])
            top_index[pile] = index
    run: list[int] = []
    at = top_index[-1] if top_index else -1
    while at >= 0:
        run.append(at)
        at = following[at]
    return run


@dataclass(frozen=True, slots=True)
class _Reversed:
    """A sort key in reverse order, so that bisect can search a descending list."""

    key: Any

    def __lt__(self, other: _Reversed) -> bool:
        return other.key < self.key
