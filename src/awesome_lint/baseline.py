"""``--changed-since``: the problems a change brings, those of the file as it is that the file
as it was did not have.

A problem is known by its rule, what it concerns (the entry on its line, else the heading of
its section) and its message without line numbers, never by its line: a problem that only
moved, because lines were added above it, is not new; a table of contents that now misses
the section a change added is, though the change did not touch the contents.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from .model import Document
from .problem import Problem, one_line

_LINE_NUMBERS = re.compile(r"\blines? \d+(?:\s*(?:-|\u2013|,|and)\s*\d+)*")

Identity = tuple[str, str, str]


def new_problems(problems: Sequence[Problem], document: Document,
                 old_problems: Sequence[Problem], old_document: Document,
                 changed: Collection[int]) -> list[Problem]:
    """The ``problems`` of ``document`` that ``old_problems`` of ``old_document`` lack."""
    old_identity = identities(old_document)
    left = Counter(old_identity(problem) for problem in old_problems)
    identity = identities(document)
    new = []
    # Of two like problems, one old and one new, the one on a changed line is the new one:
    # the others claim the old problems first.
    for problem in sorted(problems, key=lambda p: p.line in changed):
        key = identity(problem)
        if left[key]:
            left[key] -= 1
        else:
            new.append(problem)
    return sorted(new, key=lambda p: p.sort_key)


def identities(document: Document) -> Callable[[Problem], Identity]:
    """How the problems of ``document`` are told apart from those of another version."""
    concerns = _concerns(document)
    return lambda problem: (problem.rule, concerns(problem.line),
                            _LINE_NUMBERS.sub("line", one_line(problem.message)))


def _concerns(document: Document) -> Callable[[int], str]:
    names: dict[int, str] = {}
    for entry in document.entries + tuple(
            e for lst in document.entry_lists if lst.is_toc for e in lst.entries):
        names.setdefault(entry.line, one_line(entry.name))
    starts = [section.line for section in document.sections]

    def concern(line: int) -> str:
        if line in names:
            return names[line]
        at = bisect_right(starts, line) - 1
        return f"# {one_line(document.sections[at].title)}" if at >= 0 else ""

    return concern
