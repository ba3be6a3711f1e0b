"""Every listed license is OSI-approved and written as its SPDX id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from awesome_lint.licenses import classify
from awesome_lint.model import Document
from awesome_lint.problem import Fix, Problem

ID = "license"
SEVERITY = "error"
FIXABLE = True
CONF: dict[str, type | tuple] = {
    "columns": list,
    "tags": bool,
    "tag-position": int,
    "allow": list,
    "deny": list,
    "aliases": ("warning", "ignore"),
}
DEFAULT: dict[str, object] = {
    "columns": ["License", "Licence", "Licenses", "Licences"],
    "tags": False,
    "tag-position": 1,
    "allow": [],
    "deny": [],
    "aliases": "warning",
}


class _Written(NamedTuple):
    """A license as the list writes it; ``verbatim``: ``text`` stands at ``column``."""

    text: str
    line: int
    column: int
    verbatim: bool


def check(document: Document, conf: dict) -> Iterator[Problem]:
    for written in _licenses(document, conf):
        problem = _judge(written, conf)
        if problem is not None:
            yield problem


def _licenses(document: Document, conf: dict) -> Iterator[_Written]:
    for text, line, column in _cells(document, conf["columns"]):
        yield _written(document, text, line, column)
    position = conf["tag-position"]
    for entry in document.entries if conf["tags"] and position >= 1 else ():
        if len(entry.tags) >= position:
            text, column = entry.tags[position - 1]
            yield _written(document, text, entry.line, column)


def _cells(document: Document, names: list[str]) -> Iterator[tuple[str, int, int]]:
    """The text of each non-empty license cell, and where it starts if it is verbatim."""
    wanted = {name.casefold() for name in names}
    for table in document.tables:
        index = next((i for i, cell in enumerate(table.header.cells)
                      if cell.text.casefold() in wanted), None)
        for row in table.rows if index is not None else ():
            cell = row.cells[index] if index < len(row.cells) else None
            if cell is not None and cell.text:
                # Inside backticks, a link or emphasis, the text starts further in.
                yield cell.text, cell.line, cell.column + max(cell.raw.find(cell.text), 0)


def _written(document: Document, text: str, line: int, column: int) -> _Written:
    source = document.lines[line - 1] if line <= len(document.lines) else ""
    return _Written(text, line, column, source[column - 1:column - 1 + len(text)] == text)


def _judge(written: _Written, conf: dict) -> Problem | None:
    verdict = classify(written.text, frozenset(conf["allow"]), frozenset(conf["deny"]))
    if verdict.ok and (verdict.severity is None or conf["aliases"] == "ignore"):
        return None
    if not verdict.ok:
        return Problem(written.line, written.column, verdict.message)
    fix = None
    if verdict.canonical is not None and written.verbatim:
        fix = Fix(written.line, written.column, written.column + len(written.text),
                  verdict.canonical)
    return Problem(written.line, written.column, verdict.message, severity="warning", fix=fix)
