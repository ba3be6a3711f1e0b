"""The document model that rules read: frozen records, positions 1-based."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

# A line that a label opens: "**Benchmark:** [MLEB](url)", another field of an item.
_FIELD = re.compile(r"\s*(?:\*\*|__)[^*_\n]{1,30}(?::(?:\*\*|__)|(?:\*\*|__):)")
# Words that refer to the link after them: "see [X](url)".
_CITING = re.compile(r"\b(?:see|cf\.|via)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Link:
    """A link anywhere in the document; ``url`` is the destination as written."""

    text: str
    url: str
    line: int
    column: int
    kind: str = "inline"  # inline | reference | definition | autolink | bare | html
    image: bool = False
    raw: str = ""  # the destination as written in the source, starting at ``column``

    @property
    def is_external(self) -> bool:
        return self.url.lower().startswith(("http://", "https://"))

    @property
    def fragment(self) -> str | None:
        """The in-page anchor this link points at, if it is a ``#fragment`` link."""
        return self.url[1:] if self.url.startswith("#") else None


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: ``raw`` is its Markdown, ``text`` the rendered plain text."""

    raw: str
    text: str
    line: int
    column: int
    links: tuple[Link, ...] = ()
    label: str = ""  # the text without images (badges): what names a project


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed project: a table row or a list item."""

    name: str
    url: str | None
    description: str
    line: int
    column: int
    section: int  # index into Document.sections
    depth: int = 0
    parent: str | None = None
    link: Link | None = None
    license: Cell | None = None
    tags: tuple[tuple[str, int], ...] = ()  # backticked tags after the description, with column
    raw: str = ""
    links: tuple[Link, ...] = ()  # every link in the row or item
    children: int = 0  # nested items under this one
    in_table: bool = False
    kind: str = "link"  # how it is named: see ENTRY_KINDS
    end_line: int = 0  # its last line: nested items, continuation lines and code included

    @property
    def named(self) -> bool:
        """Whether the entry names a project of its own (what sorting and names compare):
        not a plain group label over nested entries (``- OAuth:``)."""
        group = self.kind == "text" and self.children > 0 and not self.urls
        return self.kind in ("link", "text") and bool(self.name) and not group

    def _in_a_field(self, link: Link) -> bool:
        """Whether the link stands on a line below the item's first that a label opens."""
        lines = self.raw.split("\n")
        below = link.line - self.line
        return 0 < below < len(lines) and bool(_FIELD.match(lines[below]))

    def _cited(self, link: Link) -> bool:
        """Whether the item refers to the link rather than being at it ("see [Tag1
        workflow](url) for what to include")."""
        written = f"[{link.text}]("
        at = self.raw.find(written)
        while at >= 0:
            if _CITING.search(self.raw, 0, at):
                return True
            at = self.raw.find(written, at + 1)
        return False

    @property
    def urls(self) -> tuple[str, ...]:
        """The project's own links: what duplicates are decided by."""
        if self.kind == "text":  # its first link: a second is often shared (a code base);
            # one on a line labelled below is another field's ("**Benchmark:** [MLEB](url)")
            return tuple(dict.fromkeys(
                k.url for k in self.links if k.is_external and not k.image and k.kind != "html"
                and not self._in_a_field(k) and not self._cited(k)))[:1]
        return (self.url,) if self.url and self.kind != "prose" else ()


ENTRY_KINDS = {
    "link": "named by the link it starts with: `- [Name](url) - ...`",
    "text": "named by its text: `- **Name** - ...`, `- BERT: ... [Paper](url)`",
    "label": "a link of the project named by its heading or parent item (`- [Docs](url)`); "
             "its name is that project's",
    "prose": "a sentence, not a project: `- Also, [Quora](url), ...`; it has no name",
    "address": "a bare URL and nothing else: `- https://github.com/o/r`; compared by its "
               "address, neither sorted nor styled",
}


@dataclass(frozen=True, slots=True)
class Table:
    header: Row
    delimiter: Row
    rows: tuple[Row, ...]
    line: int
    section: int
    name_column: int | None = None
    license_column: int | None = None
    description_column: int | None = None
    entries: tuple[Entry, ...] = ()
    is_layout: bool = False  # no name column and no entries: a grid of links or logos

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(cell.text for cell in self.header.cells)

    @property
    def unlinked(self) -> bool:
        """A table of data without a single link (a comparison of what the list links
        elsewhere): its names are references, not listings left without their link."""
        return bool(self.entries) and not any(entry.links for entry in self.entries)


@dataclass(frozen=True, slots=True)
class EntryList:
    """Sibling list items: a top-level list, or the children of one item."""

    entries: tuple[Entry, ...]
    line: int
    section: int
    depth: int = 0
    parent: str | None = None
    is_toc: bool = False  # its links point inside the page
    is_labels: bool = False  # one project's links (Web, Docs, GitHub): not entries to sort
    is_cited: bool = False  # works named by their text, each cited by a link: not sorted
    is_paragraphs: bool = False  # paragraphs that each start with a link, not list items
    is_numbered: bool = False  # 1. 2. 3.: its numbers say where an item stands


@dataclass(frozen=True, slots=True)
class Section:
    """Content under one heading; ``sections[0]`` is what precedes the first (level 0)."""

    title: str
    level: int
    slug: str
    line: int
    parent: int | None  # index of the enclosing section
    end_line: int = 0
    tables: tuple[Table, ...] = ()
    lists: tuple[EntryList, ...] = ()


class RepositoryStatus(Protocol):
    """A GitHub repository as its API describes it (see ``awesome_lint.links.github``)."""

    name: str  # owner/name now
    archived: bool
    pushed_at: str | None  # ISO date-time of the last push


class LinkStatus(Protocol):
    """What the link checker found for one URL (see ``awesome_lint.links``)."""

    url: str
    verdict: str  # ok | broken | redirect | unreachable | skipped | unchecked
    status: int | None
    final_url: str | None
    reason: str
    repository: RepositoryStatus | None  # set when GitHub's API answered for the link
    archive_url: str | None  # a dead link's archived copy

    @property
    def aliases(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)  # no slots: each rule reads the views below, computed once
class Document:
    path: str
    text: str
    lines: tuple[str, ...]
    sections: tuple[Section, ...]
    links: tuple[Link, ...]
    html_anchors: frozenset[str] = field(default_factory=frozenset)
    comments: tuple[tuple[int, int, str], ...] = ()  # (line, column, text) of HTML comments
    syntax_errors: tuple[tuple[int, int, str], ...] = ()  # (line, column, message)
    syntax_warnings: tuple[tuple[int, int, str], ...] = ()  # what renders other than meant
    link_results: Mapping[str, LinkStatus] | None = None  # set when links were checked
    endings: tuple[str, ...] = ()  # each line's ending as written ("" after the last line)
    guide: str = ""  # the contributing guide beside the file: the list's written conventions

    def source(self, first: int, last: int) -> str:
        """Lines ``first`` to ``last`` exactly as written, each with its own line ending."""
        return "".join(self.lines[n] + self.endings[n] for n in range(first - 1, last))

    def newline(self, line: int) -> str:
        """The line ending for a line written next to line ``line``: the one it has, else
        the one before it (the last line may have none)."""
        found = self.endings[line - 1] or (self.endings[line - 2] if line > 1 else "")
        return found or "\n"

    @cached_property
    def checkable_links(self) -> tuple[Link, ...]:
        """External links whose URL is written where they stand (not reference uses)."""
        return tuple(k for k in self.links if k.is_external and k.kind != "reference")

    def same_project(self, url: str) -> tuple[str, ...]:
        """Other addresses the link checker learnt for the project url points to (a
        repository's homepage, its new address after a rename); () without ``--links``."""
        result = (self.link_results or {}).get(url)
        return result.aliases if result is not None else ()

    def link_checks(self) -> Iterator[tuple[Link, LinkStatus]]:
        """Each checkable link with what the link checker found, when links were checked."""
        results = self.link_results or {}
        for link in self.checkable_links if results else ():
            result = results.get(link.url)
            if result is not None:
                yield link, result

    @cached_property
    def tables(self) -> tuple[Table, ...]:
        return tuple(t for s in self.sections for t in s.tables)

    @cached_property
    def entry_lists(self) -> tuple[EntryList, ...]:
        return tuple(lst for s in self.sections for lst in s.lists)

    @cached_property
    def entries(self) -> tuple[Entry, ...]:
        """Every listed project in document order, tables and lists alike."""
        found = [e for t in self.tables for e in t.entries]
        found += [e for lst in self.entry_lists if not lst.is_toc for e in lst.entries]
        return tuple(sorted(found, key=lambda e: (e.line, e.column)))

    @cached_property
    def reference_rows(self) -> frozenset[int]:
        """The lines of table rows that refer to what the list links elsewhere, not listings:
        every row of a table of data without a single link; a row without a link that names
        a project linked outside its table (a pricing table); every row of a table that
        compares projects the list gives elsewhere."""
        keyed: dict[str, list[Entry]] = {}  # by folded name and by address, in page order
        for entry in self.entries:
            for key in dict.fromkeys((entry.name.casefold(), entry.url)):
                if key:
                    keyed.setdefault(key, []).append(entry)
        rows: set[int] = set()
        for table in self.tables:
            lines = {e.line for e in table.entries}
            if table.unlinked or _compares(table, _Elsewhere(keyed, lines)):
                rows.update(lines)
                continue
            rows.update(e.line for e in table.entries if not e.links and any(
                other.link is not None and other.line not in lines
                for other in keyed.get(e.name.casefold(), ())))
        return frozenset(rows)

    def section_title(self, index: int) -> str:
        return self.sections[index].title or "(top)"


@dataclass(frozen=True, slots=True)
class _Elsewhere:
    """The document's entries by key, outside one table's lines."""

    keyed: dict[str, list[Entry]]
    lines: set[int]

    def first(self, key: str) -> Entry | None:
        return next((e for e in self.keyed.get(key, ()) if e.line not in self.lines), None)


def _compares(table: Table, elsewhere: _Elsewhere) -> bool:
    """Whether the table's rows, three or more, are nearly all projects listed elsewhere in
    the document and said of in other words: a comparison of the list's own entries, not a
    second listing (nor a table pasted twice)."""
    if len(table.entries) < 3:
        return False
    found = ((e, elsewhere.first(e.name.casefold()) or elsewhere.first(e.url or ""))
             for e in table.entries)
    matched = [(e, other) for e, other in found if other is not None]
    copies = sum(1 for e, other in matched if e.description == other.description)
    return len(matched) * 5 >= len(table.entries) * 4 and copies * 2 < len(matched)
