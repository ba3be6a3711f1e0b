"""Applies the edits that problems describe, leaving every other byte as it was."""

from __future__ import annotations

from collections.abc import Iterable

from .inputs import split_lines
from .model import Document, Link
from .problem import Fix, Problem


def apply(text: str, problems: Iterable[Problem]) -> tuple[str, int]:
    """The text with every non-overlapping fix applied, and how many were applied.

    Each line keeps its own ending (LF, CRLF or a lone CR), and the last line its lack of one.
    """
    fixes = sorted({p.fix for p in problems if p.fix is not None},
                   key=lambda f: (f.line, f.column, f.end_column, f.replacement), reverse=True)
    lines, endings = split_lines(text)
    applied = 0
    last: Fix | None = None
    for fix in fixes:
        if last is not None and last.line == fix.line and fix.end_column > last.column:
            continue
        line = lines[fix.line - 1]
        lines[fix.line - 1] = line[:fix.column - 1] + fix.replacement + line[fix.end_column - 1:]
        applied += 1
        last = fix
    return "".join(line + ending for line, ending in zip(lines, endings, strict=True)), applied


def link_fix(document: Document, link: Link, url: str) -> Fix | None:
    """Rewrite a link's destination to url where it is written as is (not escaped, not a
    reference use, whose definition is the link to fix)."""
    line = document.lines[link.line - 1]
    start = link.column - 1
    if link.raw != link.url or line[start:start + len(link.raw)] != link.raw:
        return None
    return Fix(link.line, link.column, link.column + len(link.raw), url)
