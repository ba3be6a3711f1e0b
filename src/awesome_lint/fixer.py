"""Applies the edits that problems describe, leaving every other byte as it was."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from .inputs import lines_with_endings, split_lines
from .model import Document, Link
from .problem import Fix, Problem

PASSES = 10  # a fix that waits for another is made on a later pass; the count is bounded

Span = tuple[int, int, str]  # start and end offsets in the text, and what replaces them


@dataclass
class Fixed:
    """What fixing a text came to: the text, the problems fixed by rule, those left."""

    text: str
    fixed: Counter[str] = field(default_factory=Counter)
    left: list[Problem] = field(default_factory=list)


def fix(text: str, problems: list[Problem], lint: Callable[[str], list[Problem]],
        passes: int = PASSES) -> Fixed:
    """Apply the fixes of ``problems``, lint the result and fix again, until no fix is
    left or none can be made, at most ``passes`` times. ``lint`` finds the problems of a
    text (the same rules with the same options)."""
    result = Fixed(text, left=problems)
    for _ in range(passes):
        if not any(p.fix for p in result.left):
            break
        text, made = _apply(result.text, result.left)
        if text == result.text:
            break
        result.text = text
        result.fixed.update(p.rule for p in made)
        result.left = lint(text)
    return result


def summary(done: Fixed) -> str:
    """``fixed 12 (license 9, table-columns 3); 4 left``"""
    by_rule = ", ".join(f"{rule} {count}" for rule, count in
                        sorted(done.fixed.items(), key=lambda item: (-item[1], item[0])))
    total = sum(done.fixed.values())
    return f"fixed {total}" + (f" ({by_rule})" if by_rule else "") + f"; {len(done.left)} left"


def diff(name: str, old: str, new: str) -> str:
    """A unified diff from ``old`` to ``new``, each line with the ending it has."""
    import difflib  # only --diff shows one

    lines = difflib.unified_diff(lines_with_endings(old), lines_with_endings(new), name, name)
    return "".join(line if line.endswith(("\n", "\r")) else
                   f"{line}\n\\ No newline at end of file\n" for line in lines)


def apply(text: str, problems: Iterable[Problem]) -> tuple[str, int]:
    """The text with every fix made that overlaps none made before it (in the order of the
    problems), and how many problems those fixes mend."""
    fixed, made = _apply(text, problems)
    return fixed, len(made)


def _apply(text: str, problems: Iterable[Problem]) -> tuple[str, list[Problem]]:
    lines, endings = split_lines(text)
    starts = [0, *accumulate(len(line) + len(end) for line, end in zip(lines, endings,
                                                                          strict=True))]
    by_fix: dict[Fix, list[Problem]] = {}
    for problem in problems:
        if problem.fix is not None:
            by_fix.setdefault(problem.fix, []).append(problem)
    taken: list[Span] = []  # sorted, none overlapping
    made: list[Problem] = []
    for fix_, mending in by_fix.items():
        spans = [_span(starts, edit) for edit in fix_.edits]
        if not any(_overlaps(taken, span) for span in spans) and not _crossed(spans):
            for span in spans:
                taken.insert(bisect_right(taken, span), span)
            made += mending
    pieces, at = [], 0
    for start, end, replacement in taken:
        pieces += [text[at:start], replacement]
        at = end
    return "".join([*pieces, text[at:]]), made


def _span(starts: list[int], edit: Fix) -> Span:
    end_line = edit.end_line or edit.line
    return (starts[edit.line - 1] + edit.column - 1, starts[end_line - 1] + edit.end_column - 1,
            edit.replacement)


def _overlaps(taken: list[Span], span: Span) -> bool:
    """Whether ``span`` shares a character with a span taken, or both insert at one place
    (whose text would come first is not said), or one inserts within the other."""
    at = bisect_right(taken, span)
    return any(_clash(span, other) for other in taken[max(at - 1, 0):at + 1])


def _crossed(spans: list[Span]) -> bool:
    """Whether the edits of one fix overlap each other (a rule's mistake: not made)."""
    return any(_clash(a, b) for a, b in pairwise(sorted(spans)))


def _clash(a: Span, b: Span) -> bool:
    if a[0] == b[0]:
        return True
    first, second = (a, b) if a[0] < b[0] else (b, a)
    return second[0] < first[1]


def link_fix(document: Document, link: Link, url: str) -> Fix | None:
    """Rewrite a link's destination to url where it is written as is (not escaped, not a
    reference use, whose definition is the link to fix)."""
    line = document.lines[link.line - 1]
    start = link.column - 1
    if link.raw != link.url or line[start:start + len(link.raw)] != link.raw:
        return None
    return Fix(link.line, link.column, link.column + len(link.raw), url)
