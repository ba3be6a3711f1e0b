"""Applies the edits that problems describe, leaving every other byte as it was."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Document, Link
from .problem import Fix, Problem


def apply(text: str, problems: Iterable[Problem]) -> tuple[str, int]:
    """The text with every non-overlapping fix applied, and how many were applied."""
    fixes = sorted({p.fix for p in problems if p.fix is not None},
                   key=lambda f: (f.line, f.column, f.end_column, f.replacement), reverse=True)
    lines = text.split("\n")
    applied = 0
    last: Fix | None = None
    for fix in fixes:
        if last is not None and last.line == fix.line and fix.end_column > last.column:
            continue
        line = lines[fix.line - 1]
        ending = "\r" if line.endswith("\r") else ""
        body = line[:-1] if ending else line
        lines[fix.line - 1] = (body[:fix.column - 1] + fix.replacement
                               + body[fix.end_column - 1:] + ending)
        applied += 1
        last = fix
    return "\n".join(lines), applied


def link_fix(document: Document, link: Link, url: str) -> Fix | None:
    """Rewrite a link's destination to url where it is written as is (not escaped, not a
    reference use, whose definition is the link to fix)."""
    line = document.lines[link.line - 1]
    start = link.column - 1
    if link.raw != link.url or line[start:start + len(link.raw)] != link.raw:
        return None
    return Fix(link.line, link.column, link.column + len(link.raw), url)
