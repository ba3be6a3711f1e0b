"""Every listed license is OSI-approved and written as its SPDX id."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from awesome_lint.licenses import (
    classify,
    is_closed,
    names_a_license,
    names_license,
    says_closed,
)
from awesome_lint.model import Cell, Document, Entry, Table
from awesome_lint.problem import Fix, Problem

ID = "license"
SEVERITY = "error"
FIXABLE = True
CONF: dict[str, type | tuple] = {
    "columns": list,
    "tags": (True, False, "auto"),
    "tag-position": int,
    "allow": list,
    "deny": list,
    "aliases": ("warning", "ignore"),
    "deprecated-ids": ("warning", "ignore"),
}
DEFAULT: dict[str, object] = {
    "columns": ["License", "Licence", "Licenses", "Licences"],
    "tags": "auto",
    "tag-position": 1,
    "allow": [],
    "deny": [],
    "aliases": "warning",
    "deprecated-ids": "warning",
}


class _Written(NamedTuple):
    """A license as the list writes it; ``verbatim``: ``text`` stands at ``column``;
    ``badge``: read from a badge, whose words are the badge maker's, not an id."""

    text: str
    line: int
    column: int
    verbatim: bool
    badge: bool = False
    claims_open: bool = False  # its row says it is open source (a FOSS column's check mark)


# "[License](…/LICENSE.txt)": where the license is, not which.
_POINTER = re.compile(r"(?:see |view )?(?:the )?licen[cs]e(?: file)?", re.IGNORECASE)
_OPEN_COLUMN = re.compile(r"(?:F?L?OSS|open[ -]?source|libre)\??", re.IGNORECASE)
_CHECKED = re.compile(r":(?:heavy_check_mark|white_check_mark|ballot_box_with_check):|[\u2713"
                      r"\u2714\u2705]|^\s*(?:yes|y|true)\s*$", re.IGNORECASE)
_CLOSED_SHARE = 10  # one license in ten closed: a list that means to list closed software
# A static shields.io badge: /badge/<label>-<message>-<colour>, where "--" is a dash.
_BADGE_PATH = re.compile(r"/badge/(.+?)(?:\.(?:svg|png))?")
_BADGE_PART = re.compile(r"(?<!-)-(?!-)")
_GUIDE_HEADING = re.compile(r" {0,3}#{1,6}\s+(.*)")
_ABOUT_LICENSES = re.compile(r"licen[cs]e", re.IGNORECASE)
_LEADING_SYMBOLS = re.compile(r"^[^\w(]+\s")
_CODE_VALUE = re.compile(r"`([^`\n]{1,40})`")
_LICENSE_WORD = re.compile(r"^\s*licen[cs]e\s*:?\s*", re.IGNORECASE)


def check(document: Document, conf: dict) -> Iterator[Problem]:
    conf = {**conf, "allow": [*conf["allow"], *_guide_values(document.guide)]}
    found = list(_licenses(document, conf))
    # A list that writes "Proprietary" or "Source available" for a tenth of its entries,
    # or gives closed tools a table of their own, lists closed software on purpose (a FOSS
    # column beside it): each is no slip.
    closed = sum(says_closed(written.text) for written in found)
    on_purpose = (closed >= 2 and closed * _CLOSED_SHARE >= len(found)) \
        or _closed_table(document, conf["columns"])
    for written in found:
        problem = _judge(written, conf)
        if problem is not None and not (on_purpose and is_closed(written.text)
                                        and not written.claims_open):
            yield problem


def _licenses(document: Document, conf: dict) -> Iterator[_Written]:
    for cell, text, column, claims_open in _cells(document, conf["columns"]):
        if cell.label.strip() or not any(link.image for link in cell.links):
            yield _written(document, text, cell.line, column)._replace(claims_open=claims_open)
        elif (badge := _badge_license(cell)) is not None:
            yield _Written(badge, cell.line, cell.column, verbatim=False, badge=True,
                           claims_open=claims_open)
    for line, (text, column) in _tags(document, conf):
        yield _written(document, text, line, column)


def _guide_values(guide: str) -> Iterator[str]:
    """The values a contributing guide tells contributors to write about licenses, in code
    (under a "License Column" heading: "`No license` — a repository with no LICENSE file",
    "e.g. `AGPL-3.0`"): the list's own words, which need no other spelling."""
    about = False
    for line in guide.splitlines():
        heading = _GUIDE_HEADING.match(line)
        if heading:
            about = bool(_ABOUT_LICENSES.search(heading.group(1)))
        elif about or _ABOUT_LICENSES.search(line):
            for value in _CODE_VALUE.findall(line):  # "`🔓 Apache 2.0`": "Apache 2.0" too
                yield from {value.strip(), _LEADING_SYMBOLS.sub("", value).strip()} - {""}


def _tags(document: Document, conf: dict) -> Iterator[tuple[int, tuple[str, int]]]:
    """Each entry's license tag with its line; a tag that names no license is not one."""
    tagged = [entry for entry in document.entries if entry.tags]
    mode = conf["tags"]
    position = _tag_position(tagged) if mode == "auto" else conf["tag-position"] if mode else 0
    for entry in tagged:
        if 1 <= position <= len(entry.tags) and names_license(entry.tags[position - 1][0]):
            yield entry.line, entry.tags[position - 1]


def _tag_position(tagged: Sequence[Entry]) -> int:
    """Where a list that tags its entries with licenses puts them; 0 when it does not.

    It does when more than half of the tagged entries carry a license tag; the place is
    where most license tags stand, since a language tag can be an SPDX id too (`Ruby`).
    """
    places = [[n for n, (text, _) in enumerate(entry.tags, 1) if names_license(text)]
              for entry in tagged]
    if 2 * sum(1 for found in places if found) <= len(tagged):
        return 0
    counts = Counter(n for found in places for n in found)
    return max(sorted(counts), key=counts.__getitem__)


def _cells(document: Document, names: list[str]) -> Iterator[tuple[Cell, str, int, bool]]:
    """The text of each non-empty license cell, where it starts if it is verbatim, and
    whether its row says it is open source."""
    wanted = {name.casefold() for name in names}
    for table in document.tables:
        index = _license_column(table, wanted)
        if index is None or not _of_licenses(table, index):
            continue
        said = next((i for i, cell in enumerate(table.header.cells)
                     if _OPEN_COLUMN.fullmatch(cell.text.strip())), None)
        for row in table.rows:
            # A ragged row is table-columns' to report: with cells to spare they may sit
            # under the wrong header, a number under "License"; one short of its trailing
            # cells still has its license where it belongs, when it reads as one.
            if len(row.cells) > len(table.header.cells) or index >= len(row.cells):
                continue
            cell = row.cells[index]
            short = len(row.cells) < len(table.header.cells)
            pointer = _POINTER.fullmatch(cell.text) and not any(k.image for k in cell.links)
            if cell.text and (not short or names_license(cell.text)) and not pointer:
                # Inside backticks, a link or emphasis, the text starts further in.
                yield cell, cell.text, cell.column + max(cell.raw.find(cell.text), 0), \
                    said is not None and said < len(row.cells) \
                    and bool(_CHECKED.search(row.cells[said].raw))


def _closed_table(document: Document, names: list[str]) -> bool:
    """Whether a table lists closed software only ("Not FOSS" in every row): a list that
    gives such tools a table of their own lists them on purpose."""
    wanted = {name.casefold() for name in names}
    for table in document.tables:
        index = _license_column(table, wanted)
        texts = [row.cells[index].text for row in table.rows
                 if index is not None and index < len(row.cells)]
        if len(texts) >= 2 and all(says_closed(text) for text in texts):
            return True
    return False


def _license_column(table: Table, wanted: set[str]) -> int | None:
    return next((i for i, cell in enumerate(table.header.cells)
                 if cell.text.casefold() in wanted), None)


def _of_licenses(table: Table, index: int) -> bool:
    """Whether the column holds licenses: one cell names one at least. "Open", "ISO",
    "Proprietary" for file formats say how open a format is, not under which license."""
    return any(index < len(row.cells) and (names_a_license(row.cells[index].text)
                                           or any(link.image for link in row.cells[index].links))
               for row in table.rows)


def _badge_license(cell: Cell) -> str | None:
    """The license a badge shows: its message on shields.io ("License-BSD%203--Clause-blue"),
    else its alt text past "License:"; None when it shows no name ("License", a badge
    that fetches the repository's license)."""
    image = next(link for link in cell.links if link.image)
    url = urlsplit(image.url)
    path = _BADGE_PATH.fullmatch(unquote(url.path)) if url.netloc.endswith("shields.io") \
        else None
    if path is not None:
        parts = _BADGE_PART.split(path.group(1))
        message = parts[1] if len(parts) >= 3 else parts[0]
        return message.replace("--", "-").replace("__", "\0").replace("_", " ") \
            .replace("\0", "_").strip() or None
    return _LICENSE_WORD.sub("", image.text).strip() or None


def _written(document: Document, text: str, line: int, column: int) -> _Written:
    source = document.lines[line - 1] if line <= len(document.lines) else ""
    return _Written(text, line, column, source[column - 1:column - 1 + len(text)] == text)


def _judge(written: _Written, conf: dict) -> Problem | None:
    verdict = classify(written.text, frozenset(conf["allow"]), frozenset(conf["deny"]),
                       deprecated=conf["deprecated-ids"] == "warning")
    if verdict.ok and (verdict.severity is None or conf["aliases"] == "ignore"
                       or written.badge):
        return None
    if not verdict.ok:
        return Problem(written.line, written.column, verdict.message)
    fix = None
    if verdict.canonical is not None and written.verbatim:
        fix = Fix(written.line, written.column, written.column + len(written.text),
                  verdict.canonical)
    return Problem(written.line, written.column, verdict.message, severity="warning", fix=fix)
