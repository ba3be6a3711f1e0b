"""The table of contents lists every section after it, in the document's order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from awesome_lint.model import Document, EntryList, Section
from awesome_lint.problem import Problem, one_line
from awesome_lint.slugs import fragment_key, html_anchors, loose_slug

ID = "toc"
SEVERITY = "error"
CONF: dict[str, type | tuple] = {"headings": list, "levels": list[int], "skip": list}
DEFAULT: dict[str, object] = {
    "headings": ["Contents", "Table of Contents", "Table of Content", "TOC", "Index"],
    "levels": [],
    "skip": ["Contents", "Table of Contents", "Contributing", "License"],
}


@dataclass(frozen=True, slots=True)
class _Toc:
    lists: tuple[EntryList, ...]  # the lists of in-page links, nested ones included
    end: int  # its last line: the sections after it are the ones to list


@dataclass(frozen=True, slots=True)
class _Listing:
    """A link of the contents and the section it names, at the entry that holds it."""

    section: int
    line: int
    column: int
    name: str
    nests: bool  # the entry has items nested under it: the section's children are listed


def check(document: Document, conf: dict) -> Iterator[Problem]:
    toc = _find_toc(document, {loose_slug(title) for title in conf["headings"]})
    if toc is None:
        return
    listings = _listings(document, toc)
    yield from _missing(document, toc, listings, conf)
    for entry_list in toc.lists:
        yield from _disorder(document, entry_list, listings)


def _find_toc(document: Document, headings: set[str]) -> _Toc | None:
    """The lists under a contents heading, else the first in-page lists before any content."""
    sections = document.sections
    for index, section in enumerate(sections[1:], start=1):
        if loose_slug(section.title) in headings:
            toc = _toc_below(sections, index)
            if toc is not None:
                return toc
    for index, section in enumerate(sections):
        lists = tuple(lst for lst in section.lists if lst.is_toc)
        if lists:
            return _Toc(lists, max(e.line for lst in lists for e in lst.entries))
        if index and (section.tables or section.lists):
            return None  # content comes first: the page has no table of contents
    return None


def _toc_below(sections: tuple[Section, ...], index: int) -> _Toc | None:
    """The in-page lists of a contents heading and of the subheadings that hold more of them
    (contents in parts: "### Frameworks and Libraries", "### Tools")."""
    lists = [lst for lst in sections[index].lists if lst.is_toc]
    last = index
    for following in range(index + 1, len(sections)):
        more = [lst for lst in sections[following].lists if lst.is_toc]
        if sections[following].level <= sections[index].level or not more:
            break
        lists += more
        last = following
    return _Toc(tuple(lists), sections[last].end_line) if lists else None


def _listings(document: Document, toc: _Toc) -> dict[tuple[int, int], _Listing]:
    """What each in-page link within the contents names, keyed by the link's position.

    A link to no anchor (that is broken-anchor's finding) still names the section its text
    is the title of; of several sections with that title, the first after the one named
    just before ("Rust" > "General-Purpose" > "Deep Learning").
    """
    targets = _targets(document)
    titled: dict[str, list[int]] = {}
    for index, section in enumerate(document.sections[1:], start=1):
        titled.setdefault(loose_slug(section.title), []).append(index)
    entries = {e.line: e for lst in toc.lists for e in lst.entries}
    first = min(entries)
    listings: dict[tuple[int, int], _Listing] = {}
    previous = 0
    for link in document.links:
        if not first <= link.line <= toc.end or link.fragment is None or link.image \
                or link.kind == "definition":
            continue
        section = targets.get(fragment_key(link.fragment))
        if section is None:
            same = titled.get(loose_slug(link.text), [])
            section = next((i for i in same if i > previous), same[0] if same else None)
        if section is None:
            continue
        previous = section
        entry = entries.get(link.line)
        listings[(link.line, link.column)] = _Listing(
            section, link.line, entry.column if entry else link.column,
            one_line(entry.name if entry else link.text), bool(entry and entry.children))
    listings.update(_labels(toc, titled))
    return listings


def _labels(toc: _Toc, titled: dict[str, list[int]]) -> dict[tuple[int, int], _Listing]:
    """Sections a contents names by a plain label over their links ("- Test" over
    "+ [Make a test report](#make-a-test-report)")."""
    found: dict[tuple[int, int], _Listing] = {}
    for entry_list in toc.lists:
        same = titled.get(loose_slug(entry_list.parent or "")) if entry_list.depth else None
        if same:
            line = entry_list.line - 1
            found[(line, 0)] = _Listing(same[0], line, 1, one_line(entry_list.parent or ""),
                                        True)
    return found


def _targets(document: Document) -> dict[str, int]:
    """Which section each anchor of the page leads to, keyed by its ``fragment_key``.

    An HTML anchor written just above a heading (``<a name="c-computer-vision"></a>``) leads
    to that heading; one elsewhere to the section it stands in.
    """
    sections = document.sections
    heading_at = {s.line: i for i, s in enumerate(sections) if i}
    targets: dict[str, int] = {}
    current = 0
    for number, line in enumerate(document.lines, start=1):
        current = heading_at.get(number, current)
        names = html_anchors(line) & document.html_anchors
        if names:  # looked up once a line: many anchors may stand above one long blank gap
            below = heading_at.get(_next_filled(document.lines, number), current)
        for name in names:
            targets.setdefault(fragment_key(name), heading_at.get(number, below))
    targets.update((fragment_key(s.slug), i) for i, s in enumerate(sections) if i)
    return targets


def _next_filled(lines: tuple[str, ...], number: int) -> int:
    """The number of the first non-blank line after line ``number`` (0 if none)."""
    return next((n + 1 for n in range(number, len(lines)) if lines[n].strip()), 0)


def _missing(document: Document, toc: _Toc, listings: dict[tuple[int, int], _Listing],
             conf: dict) -> Iterator[Problem]:
    """One problem per section the contents should list and does not, at the entry after
    which it belongs.

    To be listed: a section after the contents, at a level the contents use, whose parent
    the contents list children of. A contents that lists a few `###` under one `##`
    promises that `##`'s children, not every `###` of the page; and a contents of the
    "Projects" categories does not ask for the subsections of "Resources". With `levels`
    set, those levels are promised in full within the parts the contents cover.
    """
    if not listings:
        return
    sections = document.sections
    listed: dict[int, _Listing] = {}
    for listing in listings.values():
        listed.setdefault(listing.section, listing)
    levels, parents = _promised(sections, toc, listings.values(), conf)
    skip = {loose_slug(title) for title in conf["skip"]}
    first = min(listings.values(), key=lambda listing: (listing.line, listing.column))
    previous: _Listing | None = None
    for index, section in enumerate(sections):
        if index in listed:
            previous = listed[index]
        elif section.line > toc.end and section.level in levels \
                and section.parent in parents and loose_slug(section.title) not in skip:
            at = previous or first
            where = f"after '{at.name}'" if previous else f"before '{at.name}'"
            yield Problem(at.line, at.column, f"table of contents misses "
                          f"'{section.title}' (line {section.line}); list it {where}")


def _promised(sections: tuple[Section, ...], toc: _Toc, listings: Collection[_Listing],
              conf: dict) -> tuple[set[int], set[int | None]]:
    """The heading levels the contents promise, and the parents under which they do."""
    listed = {listing.section for listing in listings}
    if conf["levels"]:
        return set(conf["levels"]), set(_with_ancestors(sections, listed))
    below = [i for i in listed if sections[i].line > toc.end]
    top = min((sections[i].level for i in below), default=0)
    # The top level is promised in full; a deeper one under an entry that nests its
    # children, or where a flat contents names at least half of a section's children: one
    # `###` picked out of three does not ask for its siblings.
    # A nested entry whose anchor is broken still says whose children it lists.
    parents: set[int | None] = {sections[i].parent for i in below if sections[i].level == top}
    parents |= {listing.section for listing in listings if listing.nests}
    named = Counter(sections[i].parent for i in below if sections[i].level > top)
    children = Counter(section.parent for section in sections)
    parents |= {parent for parent, count in named.items() if 2 * count >= children[parent]}
    return {sections[i].level for i in below}, parents


def _with_ancestors(sections: tuple[Section, ...], indexes: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for index in indexes:
        at: int | None = index
        while at is not None and at not in found:
            found.add(at)
            at = sections[at].parent
    return found


def _disorder(document: Document, entry_list: EntryList,
              listings: dict[tuple[int, int], _Listing]) -> Iterator[Problem]:
    """The first entry of a list that names a section before its predecessor's."""
    previous: tuple[str, int] | None = None
    for entry in entry_list.entries:
        listing = listings.get((entry.link.line, entry.link.column)) if entry.link else None
        if listing is None:
            continue
        if previous is not None and listing.section < previous[1]:
            line = document.sections[listing.section].line
            yield Problem(entry.line, entry.column, f"'{listing.name}' (line {line}) comes "
                          f"before '{previous[0]}' in the document; list it before that entry",
                          severity="warning")
            return
        previous = (listing.name, listing.section)
