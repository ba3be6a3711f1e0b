"""The table of contents lists every section after it, in the document's order."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from awesome_lint.model import Document, Entry, EntryList, Link, Section
from awesome_lint.moves import Block, arrange, blocks, longest_sorted, written
from awesome_lint.naming import folded
from awesome_lint.problem import Fix, Problem, one_line, together
from awesome_lint.slugs import BUILT_IN_ANCHORS, fragment_key, html_anchors, loose_slug

ID = "toc"
SEVERITY = "error"
FIXABLE = True
CONF: dict[str, type | tuple] = {"headings": list, "levels": list[int], "skip": list}
DEFAULT: dict[str, object] = {
    "headings": ["Contents", "Table of Contents", "Table of Content", "TOC", "Index"],
    "levels": [],
    "skip": ["Contents", "Content", "Table of Contents", "Contributing", "Contributions",
             "Contribute", "Contributors", "License", "Code of Conduct", "Footnotes"],
}
_ESCAPED = re.compile(r"[\\\[\]]")  # what a heading's text cannot hold as a link's
_FRAGMENT = re.compile(r"[^\s()<>\[\]\\]+")  # an anchor a link can point at as it is
_COUNT = re.compile(r"\s*[(\[]\d+[)\]]\s*$")
_PUNCTUATION = re.compile(r"[^\w-]")  # what GitHub's anchors leave out: "#part:-setup"
_LEADING_SYMBOLS = re.compile(r"^[\W_]+")
_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*[.)]\s+|^\s*\d+(?:\.\d+)+\s+")  # "2.1. ", "2.1 "
_NOT_TAB = re.compile(r"[^\t]")
_LINKED_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+\[[^\]]+\]\(https?://")  # "#### [Clio](url)"
_NEAR_NAME = 0.6  # how alike a stale entry's name and a heading are, to be its new name
_LOOSE = "-\ufe0f"  # what an emoji leaves at an anchor's ends ("#️-faq" of "❓️ FAQ")
# "Contents" in other languages, read as the English.
_CONTENTS_IN_OTHER_LANGUAGES = frozenset(loose_slug(title) for title in (
    "目录", "目錄", "目次", "목차", "Inhalt", "Inhaltsverzeichnis", "Sommaire",
    "Table des matières", "Índice", "Contenido", "Contenidos", "Sumário", "Conteúdo",
    "Содержание", "Оглавление", "Indice", "Spis treści", "İçindekiler"))
# "Content", "Contributing", "Contributors" and "License" in other languages, skipped with
# the English.
_SKIPPED_IN_OTHER_LANGUAGES = frozenset(loose_slug(title) for title in (
    "内容", "贡献", "贡献指南", "如何贡献", "参与贡献", "貢獻", "參與貢獻", "贡献者", "貢獻者",
    "貢献",
    "コントリビュート", "기여", "기여하기", "许可证", "许可", "开源协议", "協議", "許可證", "授權",
    "ライセンス", "라이선스", "Mitwirken", "Beitragen", "Mitwirkende", "Lizenz", "Contribuer",
    "Contributeurs", "Licence", "Contribuir", "Contribuciones", "Contribuidores", "Licencia",
    "Licença", "Contribuição", "Участие", "Вклад", "Участники", "Лицензия"))
# A heading that leads back up ("## [Back to Top](#table-of-contents)"): navigation.
_BACK_TO_TOP = re.compile(r"\W*(?:(?:back|go|return)\s+to\s+(?:the\s+)?)?"
                          r"(?:top|contents|table\s+of\s+contents|toc|index)\W*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Toc:
    lists: tuple[EntryList, ...]  # the lists of in-page links, nested ones included
    end: int  # its last line: the sections after it are the ones to list
    nesting: dict[int, list[EntryList]]  # the lists nested under each entry, by its line
    parents: dict[int, int]  # the line of the entry each nested entry stands under


def _toc(lists: tuple[EntryList, ...], end: int) -> _Toc:
    nesting = _nesting(lists)
    parents = {e.line: line for line, nested in nesting.items()
               for entry_list in nested for e in entry_list.entries}
    return _Toc(lists, end, nesting, parents)


@dataclass(frozen=True, slots=True)
class _Listing:
    """A link of the contents and the section it names, at the entry that holds it."""

    section: int
    line: int
    column: int
    name: str
    nests: bool  # the entry has items nested under it: the section's children are listed


@dataclass(frozen=True, slots=True)
class _Missing:
    """A section the contents should list: after the listing ``at``, or before it when
    ``after`` is false (it comes before every section listed)."""

    section: int
    at: _Listing
    after: bool


def check(document: Document, conf: dict) -> Iterator[Problem]:
    toc = _find_toc(document, {loose_slug(title) for title in conf["headings"]}
                    | _CONTENTS_IN_OTHER_LANGUAGES)
    if toc is None:
        return
    targets = _targets(document)
    listings = _listings(document, toc, targets)
    misdirected = _misdirected(document, toc, listings)
    listings.update((key, replace(listings[key], section=section))
                    for key, section in misdirected.items())
    above = _linked_above(document, toc, targets)
    missing = [m for m in _missing(document, toc, listings, conf) if m.section not in above]
    contents = _Contents(document, toc, listings, [m.section for m in missing], targets)
    renamed = set(contents.renamed.values())
    mended = [_misses(document, m) for m in missing if m.section not in renamed]
    mended += [contents.stale(entry) for entry in contents.dead if contents.mends(entry)]
    for entry_list in toc.lists:
        mended += _disorder(document, entry_list, listings)
    fix = contents.fix() if mended else None
    yield from (replace(problem, fix=fix) for problem in mended)
    yield from (contents.stale(entry) for entry in contents.dead if not contents.mends(entry))
    yield from _wrong_anchors(document, misdirected, targets)


def _misses(document: Document, missing: _Missing) -> Problem:
    section, at = document.sections[missing.section], missing.at
    where = f"after '{at.name}'" if missing.after else f"before '{at.name}'"
    return Problem(at.line, at.column, f"table of contents misses '{section.title}' "
                   f"(line {section.line}); list it {where}")


def _find_toc(document: Document, headings: set[str]) -> _Toc | None:
    """The lists under a contents heading, else the longest in-page lists of a section
    before any content (not a lone "- [Become a sponsor](#sponsors)" above the contents)."""
    sections = document.sections
    for index, section in enumerate(sections[1:], start=1):
        if loose_slug(section.title) in headings:
            toc = _toc_below(sections, index)
            if toc is not None:
                return toc
    # Sections that hold only in-page lists, one after another, are the contents in parts
    # ("## Main", "## Packages", "## Resources", each a block of links).
    candidates: list[list[EntryList]] = []
    previous = -2
    for index, section in enumerate(sections):
        lists = [lst for lst in section.lists if _leads_in_page(lst)]
        if lists and index == previous + 1 and section.lists[0] is lists[0]:
            candidates[-1] += lists
        elif lists:
            candidates.append(lists)
        elif index and (section.tables or section.lists):
            break  # content comes: what follows is no table of contents
        previous = index if lists else previous
    if not candidates:
        return None
    lists = max(candidates, key=lambda found: sum(len(lst.entries) for lst in found))
    return _toc(tuple(lists), max(max(e.line, e.end_line) for lst in lists for e in lst.entries))


def _leads_in_page(entry_list: EntryList) -> bool:
    """A contents list that leads around this page (a "Contents" list of links to the
    repository's other pages is navigation, but no table of this page's contents)."""
    return entry_list.is_toc and any(entry.link is not None and entry.link.url.startswith("#")
                                     for entry in entry_list.entries)


def _toc_below(sections: tuple[Section, ...], index: int) -> _Toc | None:
    """The in-page lists of a contents heading and of the subheadings that hold more of them
    (contents in parts: "### Frameworks and Libraries", "### Tools")."""
    lists = [lst for lst in sections[index].lists if _leads_in_page(lst)]
    last = index
    for following in range(index + 1, len(sections)):
        more = [lst for lst in sections[following].lists if _leads_in_page(lst)]
        if sections[following].level <= sections[index].level or not more:
            break
        lists += more
        last = following
    return _toc(tuple(lists), sections[last].end_line) if lists else None


def _listings(document: Document, toc: _Toc,
              targets: dict[str, int]) -> dict[tuple[int, int], _Listing]:
    """What each in-page link within the contents names, keyed by the link's position.

    A link to no anchor (that is broken-anchor's finding) still names the section its text
    is the title of; of several sections with that title, the first after the one named
    just before ("Rust" > "General-Purpose" > "Deep Learning"); else the section whose
    anchor it writes with an emoji's variation selector or a hyphen more or less.
    """
    titled: dict[str, list[int]] = {}
    for index, section in enumerate(document.sections[1:], start=1):
        titled.setdefault(_title_key(section.title), []).append(index)
    entries = {e.line: e for lst in toc.lists for e in lst.entries}
    first = min(entries)
    listings: dict[tuple[int, int], _Listing] = {}
    loose = {key.strip(_LOOSE): section for key, section in targets.items()}
    bare = {_PUNCTUATION.sub("", key): section for key, section in targets.items()}
    previous = 0
    for link in document.links:
        if not first <= link.line <= toc.end or link.image or link.kind == "definition" \
                or (link.fragment is None and _title_key(link.text) not in titled):
            continue  # a link out of the page lists the heading it is the title of
        section = targets.get(fragment_key(link.fragment)) if link.fragment is not None \
            else None
        if section is None:
            same = titled.get(_title_key(link.text), [])
            section = next((i for i in same if i > previous), same[0] if same else None)
        if section is None and link.fragment is not None:
            section = loose.get(fragment_key(link.fragment).strip(_LOOSE)) \
                or bare.get(_PUNCTUATION.sub("", fragment_key(link.fragment)))  # "#part:-x"
        if section is None:
            continue
        previous = section
        entry = entries.get(link.line)
        own = entry is not None and (entry.link is None or entry.link.column == link.column)
        listings[(link.line, link.column)] = _Listing(  # "[A](#a) · [B](#b)": B names B
            section, link.line, entry.column if entry else link.column,
            one_line(entry.name if entry and own else link.text), bool(entry and entry.children))
    listings.update(_labels(toc, titled))
    return listings


def _extended(targets: dict[str, int], key: str) -> int | None:
    """The one section whose anchor extends the link's: a heading renamed by adding to it
    ("#github-repositories" of "GitHub Repositories & Code Examples")."""
    found = {section for anchor, section in targets.items() if anchor.startswith(key + "-")}
    return found.pop() if key and len(found) == 1 else None


def _misdirected(document: Document, toc: _Toc,
                 listings: dict[tuple[int, int], _Listing]) -> dict[tuple[int, int], int]:
    """Contents links whose anchor is another heading's, and the section their text names:
    ``[C++](#c)`` where ``#c`` is "C", listed already, and "C++" is ``#c-1``; a
    ``[Reference](#reference)`` nested under "Programming" that leads to the Reference of
    "Graphics" while Programming has its own."""
    sections = document.sections
    # Where an entry's link and its text name two sections ("C++" reads as "C"), the link's.
    at_line = {listing.line: listing.section for key, listing in
               sorted(listings.items(), key=lambda item: item[0][1] > 0)}
    level_of = _sibling_levels(sections, toc, at_line)
    found: dict[tuple[int, int], int] = {}
    claimed: set[int] = set()
    # Only a link to a heading's own anchor: one written above a heading may lead anywhere.
    linked = {(link.line, link.column): fragment_key(link.fragment or "")
              for link in document.links}
    for key in sorted(key for key in listings if key in linked):
        listing = listings[key]
        if linked[key] != fragment_key(sections[listing.section].slug):
            continue
        name = folded(listing.name)
        named = [i for i, s in enumerate(sections) if i and folded(s.title) == name]
        parent = at_line.get(toc.parents.get(listing.line, -1))
        level = level_of.get(listing.line)
        if listing.section in claimed:
            named = [i for i in named if i not in claimed]
        elif parent is not None and sections[listing.section].parent != parent:
            named = [i for i in named if sections[i].parent == parent]
        elif level is not None and sections[listing.section].level != level:
            named = [i for i in named if sections[i].level == level]  # its siblings' level
        else:
            named = []
        if named and named[0] != listing.section:
            found[key] = named[0]
        claimed.add(found.get(key, listing.section))
    return found


def _sibling_levels(sections: tuple[Section, ...], toc: _Toc,
                    at_line: dict[int, int]) -> dict[int, int]:
    """For each contents entry, the heading level most of its list's entries lead to: a
    list of "##" sections whose "MCP Servers" leads to a "###" of that name elsewhere."""
    found: dict[int, int] = {}
    for entry_list in toc.lists:
        levels = Counter(sections[at_line[e.line]].level for e in entry_list.entries
                         if e.line in at_line)
        if levels:
            level, count = levels.most_common(1)[0]
            if count * 2 > sum(levels.values()):
                found.update((e.line, level) for e in entry_list.entries)
    return found


def _wrong_anchors(document: Document, misdirected: dict[tuple[int, int], int],
                   targets: dict[str, int]) -> Iterator[Problem]:
    links = {(link.line, link.column): link for link in document.links}
    for key, section in misdirected.items():
        link = links[key]
        other = document.sections[targets[fragment_key(link.fragment or "")]]
        heading = document.sections[section]
        yield Problem(link.line, link.column, f"'{one_line(link.text)}' links "
                      f"'#{link.fragment}', the anchor of '{other.title}' (line {other.line});"
                      f" '{heading.title}' (line {heading.line}) is '#{heading.slug}'")


def _linked_above(document: Document, toc: _Toc, targets: dict[str, int]) -> set[int]:
    """Sections listed already: those an in-page link above the contents leads to
    ("- [Become a sponsor](#sponsors)" under the title), and those a contents of their own
    lists further down (a "Services" section that links the page's one section per
    service)."""
    first = min(e.line for lst in toc.lists for e in lst.entries)
    ours = {id(lst) for lst in toc.lists}
    below = {entry.line for lst in document.entry_lists
             if lst.is_toc and id(lst) not in ours and lst.line > toc.end
             for entry in lst.entries}
    return {targets[key] for link in document.links
            if (link.line < first or link.line in below) and link.fragment is not None
            and (key := fragment_key(link.fragment)) in targets}


def _title_key(text: str) -> str:
    """What a title and a link's text are matched by: its words, without the emoji or
    number before them or a count after them ("🗄️ Database (18)" and "2.1. Database" are
    listed as "Database")."""
    return loose_slug(_LEADING_SYMBOLS.sub("", _NUMBERED.sub("", _COUNT.sub("", text))))


def _labels(toc: _Toc, titled: dict[str, list[int]]) -> dict[tuple[int, int], _Listing]:
    """Sections a contents names by a plain label over their links ("- Test" over
    "+ [Make a test report](#make-a-test-report)")."""
    found: dict[tuple[int, int], _Listing] = {}
    for entry_list in toc.lists:
        same = titled.get(_title_key(entry_list.parent or "")) if entry_list.depth else None
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
             conf: dict) -> Iterator[_Missing]:
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
    for index, listing in _named_children(sections, listings.values()).items():
        listed.setdefault(index, listing)
    levels, parents = _promised(sections, toc, listings.values(), conf)
    skip = {loose_slug(title) for title in conf["skip"]} | _SKIPPED_IN_OTHER_LANGUAGES
    unpromised = _subsections_as_siblings(sections, listed) | _project_headings(document, listed)
    first = min(listings.values(), key=lambda listing: (listing.line, listing.column))
    previous: _Listing | None = None
    for index, section in enumerate(sections):
        if index in listed:
            previous = listed[index]
        elif section.line > toc.end and section.level in levels \
                and section.parent in parents and loose_slug(section.title) not in skip \
                and index not in unpromised and not _calls_to_act(sections, index) \
                and not _BACK_TO_TOP.fullmatch(section.title):
            yield _Missing(index, previous or first, previous is not None)


def _named_children(sections: tuple[Section, ...],
                    listings: Iterable[_Listing]) -> dict[int, _Listing]:
    """Subsections an entry names while it links their parent ("Repositories (Sorted by
    Stars)" that leads to "Open Source", the section above them): listed by that entry."""
    titles = {(section.parent, _title_key(section.title)): index
              for index, section in enumerate(sections)}
    return {titles[key]: listing for listing in listings
            if (key := (listing.section, _title_key(listing.name))) in titles}


def _project_headings(document: Document, listed: Collection[int]) -> set[int]:
    """Headings that each name a project ("#### [Clio](url) — $1.6B" among "#### Legal AI"):
    entries, not sections, where the contents list none of them."""
    projects = {i for i, section in enumerate(document.sections)
                if i and _LINKED_HEADING.match(document.lines[section.line - 1])}
    return set() if projects & set(listed) else projects


def _calls_to_act(sections: tuple[Section, ...], index: int) -> bool:
    """A heading that exclaims, without sections of its own ("Star this repository if you
    find it helpful!"), calls to act: it is no part of the list."""
    return sections[index].title.rstrip().endswith("!") and \
        not any(section.parent == index for section in sections)


def _subsections_as_siblings(sections: tuple[Section, ...], listed: Collection[int]) -> set[int]:
    """Unlisted sections that follow a listed sibling and share titles with each other
    ("NLP in Arabic", then "Libraries", "Datasets"; "NLP in Chinese", then "Libraries"):
    the listed one's subsections, written a level too high, not sections left out."""
    by_parent: dict[int | None, list[int]] = {}
    for index, section in enumerate(sections):
        by_parent.setdefault(section.parent, []).append(index)
    found: set[int] = set()
    for siblings in by_parent.values():
        titles = Counter(loose_slug(sections[i].title) for i in siblings if i not in listed)
        runs: list[list[int]] = []
        for previous, index in pairwise(siblings):
            if index not in listed:
                if previous in listed:
                    runs.append([])
                if runs:
                    runs[-1].append(index)
        for run in runs:
            if any(titles[loose_slug(sections[i].title)] > 1 for i in run):
                found.update(run)
    return found


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
    listed_at = {listing.line: listing.section for listing in listings}
    parents |= {listing.section for listing in listings if listing.nests and not
                _nests_siblings(sections, listing, toc.nesting.get(listing.line, ()), listed_at)}
    named = Counter(sections[i].parent for i in below if sections[i].level > top)
    children = Counter(section.parent for section in sections)
    parents |= {parent for parent, count in named.items() if 2 * count >= children[parent]}
    return {sections[i].level for i in below}, parents


def _nests_siblings(sections: tuple[Section, ...], listing: _Listing,
                    nested: Iterable[EntryList], listed_at: dict[int, int]) -> bool:
    """Whether the entry nests sections that are its siblings in the page ("GCD" over
    "DispatchQueue", both `##`): the contents group them, and promise no children."""
    parent = sections[listing.section].parent
    return any((section := listed_at.get(entry.line)) is not None
               and section != listing.section and sections[section].parent == parent
               for entry_list in nested for entry in entry_list.entries)


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
    """Each entry of a list outside a longest run in the document's order, before the
    first entry kept there whose section comes after its own: the fewest moves."""
    listed = [listing for entry in entry_list.entries if entry.link is not None
              and (listing := listings.get((entry.link.line, entry.link.column)))]
    kept = longest_sorted([listing.section for listing in listed])
    kept_sections = [listed[i].section for i in kept]
    for index in sorted(set(range(len(listed))) - set(kept)):
        listing = listed[index]
        place = bisect_right(kept_sections, listing.section)
        line = document.sections[listing.section].line
        where = f"before '{listed[kept[place]].name}'" if place < len(kept) else \
            f"after '{listed[kept[place - 1]].name}'"
        yield Problem(listing.line, listing.column, f"'{listing.name}' (line {line}) comes "
                      f"{where} in the document; list it there", severity="warning")


class _Contents:
    """The contents as the fix writes them: each list in the order of its sections, the
    missing sections added where they belong, an entry whose heading is gone removed, or
    renamed when the one section missing at its place is what it was renamed to. New
    entries take the style of their neighbours (bullet, indentation) and the heading's text
    and anchor. Entries keep their bytes and move with all they hold, as ``moves`` has it.
    Entries are known by their first line."""

    def __init__(self, document: Document, toc: _Toc,
                 listings: dict[tuple[int, int], _Listing], missing: list[int],
                 targets: dict[str, int]) -> None:
        self.document, self.toc = document, toc
        entries = [e for lst in toc.lists for e in lst.entries]
        self.entries = {e.line: e for e in entries}
        self.list_of = {e.line: lst for lst in toc.lists for e in lst.entries}
        self.section_of = {e.line: listings[(e.link.line, e.link.column)].section
                           for e in entries
                           if e.link is not None and (e.link.line, e.link.column) in listings}
        self.line_of: dict[int, int] = {}  # section: the first entry that lists it
        for line, section in self.section_of.items():
            self.line_of.setdefault(section, line)
        self.siblings: dict[int | None, list[int]] = {}  # parent: its children listed
        for section in sorted(self.line_of):
            self.siblings.setdefault(document.sections[section].parent, []).append(section)
        self.dead = [e for e in entries if e.line not in self.section_of and _gone(e.link)]
        self.children = toc.nesting
        self.added: dict[tuple[str, int], list[int]] = {}
        for section in missing:
            self.added.setdefault(self._place(section), []).append(section)
        self.renamed: dict[int, int] = {}  # the line of an entry renamed: the section now
        for entry_list in toc.lists:
            self._rename(entry_list)
        dead = {e.line for e in self.dead}
        for entry in self.dead:  # "#github-repositories" of "GitHub Repositories & Code"
            section = _extended(targets, fragment_key(entry.link.fragment or ""))
            if entry.line not in self.renamed and section not in (None, *self.line_of) \
                    and self._under_its_parent(section, toc.parents.get(entry.line), dead):
                self.renamed[entry.line] = section
        self.blocks: dict[int, Block] = {}
        self.slots: dict[int, list[Block]] = {}
        self.dropped: set[int] = set()  # the lines of the entries removed

    def _under_its_parent(self, section: int, parent_line: int | None, dead: set[int]) -> bool:
        """Whether the section is within the one its entry's parent entry lists ("Other"
        under "Tools" is no "Other Variations" under "Multiplayer")."""
        if parent_line is None or (parent_line not in self.section_of
                                   and parent_line not in dead):
            return True  # top level, or under a plain label ("**Resources**")
        parent = self.section_of.get(parent_line)  # a stale parent vouches for nothing
        return parent is not None and parent in _with_ancestors(self.document.sections,
                                                                [section])

    def mends(self, entry: Entry) -> bool:
        """Whether the fix renames or removes this entry whose heading is gone (one with
        items nested under it is left for a person)."""
        return entry.line in self.renamed or not entry.children

    def stale(self, entry: Entry) -> Problem:
        message = f"table of contents lists '{one_line(entry.name)}', which no heading has"
        if entry.line in self.renamed:
            section = self.document.sections[self.renamed[entry.line]]
            message += f"; '{section.title}' (line {section.line}) stands in its place"
        elif self.mends(entry):
            message += "; remove it"
        return Problem(entry.line, entry.column, message)

    # ------------------------------------------------------------ where things go
    def _place(self, section: int) -> tuple[str, int]:
        """Where a missing section is listed: ("list", line of the list it joins), or
        ("under", line of the entry under which it starts a list). With its listed
        siblings; else among the children of its nearest listed ancestor."""
        sections = self.document.sections
        parent = sections[section].parent
        siblings = self.siblings.get(parent)
        if siblings:
            near = siblings[max(bisect_right(siblings, section) - 1, 0)]
            return "list", self.list_of[self.line_of[near]].line
        while parent is not None and parent not in self.line_of:
            parent = sections[parent].parent
        if parent is None:
            return "list", self.toc.lists[0].line
        line = self.line_of[parent]
        if line in self.children:
            return "list", self.children[line][0].line
        if any(entry_list.depth for entry_list in self.toc.lists):
            return "under", line
        return "list", self.list_of[line].line

    def _rename(self, entry_list: EntryList) -> None:
        """An entry whose heading is gone, alone between the same two listed sections as a
        section missing alone there: it was renamed to that section."""
        added = self.added.get(("list", entry_list.line), [])
        if not added:
            return
        dead = {e.line for e in self.dead if _link_span(self.document, e) is not None}
        gone: dict[tuple[int | None, int | None], list[int]] = {}
        for entry, gap in zip(entry_list.entries, self._gaps(entry_list), strict=True):
            if entry.line in dead:
                gone.setdefault(gap, []).append(entry.line)
        listed = sorted(self.section_of[e.line] for e in entry_list.entries
                        if e.line in self.section_of)
        wanted: dict[tuple[int | None, int | None], list[int]] = {}
        for section in added:
            at = bisect_right(listed, section)
            wanted.setdefault((listed[at - 1] if at else None,
                               listed[at] if at < len(listed) else None), []).append(section)
        for gap, sections in wanted.items():
            if len(sections) == 1 and len(gone.get(gap, ())) == 1:
                self.renamed[gone[gap][0]] = sections[0]
                added.remove(sections[0])
            else:  # several in one gap: each to the one its name nearly is ("PNG", "PGN")
                for line, section in self._alike(gone.get(gap, []), sections):
                    self.renamed[line] = section
                    added.remove(section)
        # Renamed and moved too ("Humio / LogScale", now "Humio / CrowdStrike LogScale"
        # after "Loki"): the name nearly is, anywhere in the list.
        left = [line for lines in gone.values() for line in lines if line not in self.renamed]
        for line, section in self._alike(left, list(added)):
            self.renamed[line] = section
            added.remove(section)

    def _alike(self, lines: list[int], sections: list[int]) -> list[tuple[int, int]]:
        """Pairs of a stale entry and a missing section whose names are each other's
        nearest, and near (a letter or two apart)."""
        from difflib import SequenceMatcher  # only where a contents is out of date

        def near(line: int, section: int) -> float:
            return SequenceMatcher(None, loose_slug(self.entries[line].name),
                                   loose_slug(self.document.sections[section].title)).ratio()
        pairs = []
        for line in lines:
            best = max(sections, key=lambda section: near(line, section), default=None)
            if best is not None and near(line, best) >= _NEAR_NAME and max(
                    lines, key=lambda other: near(other, best)) == line:
                pairs.append((line, best))
        return pairs

    def _gaps(self, entry_list: EntryList) -> list[tuple[int | None, int | None]]:
        """For each entry, the sections listed nearest before and after it."""
        listed = [self.section_of.get(e.line) for e in entry_list.entries]
        before: list[int | None] = []
        for section in [None, *listed[:-1]]:
            before.append(section if section is not None else (before[-1] if before else None))
        after: list[int | None] = []
        for section in [None, *reversed(listed[1:])]:
            after.append(section if section is not None else (after[-1] if after else None))
        return list(zip(before, reversed(after), strict=True))

    # ------------------------------------------------------------ writing
    def fix(self) -> Fix | None:
        for entry_list in self.toc.lists:
            found = blocks(self.document, entry_list.entries)
            if found is None:
                return None
            self.slots[entry_list.line] = found
            self.blocks.update((e.line, b) for e, b in zip(entry_list.entries, found,
                                                           strict=True))
        self.dropped = {e.line for e in self.dead if self.mends(e) and e.line not in self.renamed}
        nested = {lst.line for lists in self.children.values() for lst in lists}
        edits = [arrange(self.document, self.slots[lst.line], self._texts(lst))
                 for lst in self.toc.lists if lst.line not in nested]
        return together([edit for edit in edits if edit is not None])

    def _texts(self, entry_list: EntryList) -> list[str]:
        """The list's entries and new entries as written, in their new order."""
        first = entry_list.entries[0]
        prefix = self.document.lines[first.line - 1][:first.column - 1]
        return [self._text(line) if kind == "entry" else self._new(line, prefix)
                for kind, line in self._sequence(entry_list)]

    def _sequence(self, entry_list: EntryList) -> list[tuple[str, int]]:
        """("entry", line) for the entries kept, the listed ones in the order of their
        sections, the others where they stand; ("new", section) for those added, each after
        the last listed before it (before the first listed, if none is)."""
        listing = {**self.section_of, **self.renamed}
        kept = [e.line for e in entry_list.entries if e.line not in self.dropped]
        order = iter(sorted((line for line in kept if line in listing), key=listing.__getitem__))
        entries = [next(order) if line in listing else line for line in kept]
        listed = [i for i, line in enumerate(entries) if line in listing]
        sections = [listing[entries[i]] for i in listed]
        after: dict[int, list[int]] = {}  # index of an entry: the sections added after it
        for new in sorted(self.added.get(("list", entry_list.line), [])):
            at = bisect_right(sections, new)
            index = listed[at - 1] if at else (listed[0] - 1 if listed else len(entries) - 1)
            after.setdefault(index, []).append(new)
        items = [("new", new) for new in after.get(-1, [])]
        for index, line in enumerate(entries):
            items += [("entry", line), *(("new", new) for new in after.get(index, []))]
        return items

    def _text(self, line: int) -> str:
        """An entry's lines as the fix writes them: renamed, its nested lists fixed, new
        nested entries added."""
        block = self.blocks[line]
        pieces, at = [], block.first
        for child in self.children.get(line, []):
            slots = self.slots[child.line]
            pieces += [self._lines(at, slots[0].first - 1, line),
                       written(self.document, slots, self._texts(child))]
            at = slots[-1].last + 1
        pieces.append(self._lines(at, block.last, line))
        added = self.added.get(("under", line), [])
        if added:
            text = "".join(pieces)
            pieces = [text if text.endswith(("\n", "\r"))
                      else text + self.document.newline(block.last)]
            prefix = _child_prefix(self.document, self.entries[line])
            pieces += [self._new(section, prefix) for section in sorted(added)]
        return "".join(pieces)

    def _lines(self, first: int, last: int, line: int) -> str:
        """Lines ``first`` to ``last`` as written, with the link of the entry on ``line``
        renamed."""
        text = self.document.source(first, last)
        if line not in self.renamed or not first <= line <= last:
            return text
        start, end = _link_span(self.document, self.entries[line]) or (0, 0)
        offset = len(self.document.source(first, line - 1))
        return text[:offset + start] + self._link(self.renamed[line]) + text[offset + end:]

    def _new(self, section: int, prefix: str) -> str:
        return prefix + self._link(section) + self.document.newline(self.toc.lists[0].line)

    def _link(self, section: int) -> str:
        title = _ESCAPED.sub(lambda match: "\\" + match.group(),
                             self.document.sections[section].title)
        return f"[{title}](#{self._anchor(section)})"

    def _anchor(self, section: int) -> str:
        """The heading's anchor: one written just above it, else GitHub's."""
        heading = self.document.sections[section]
        lines = self.document.lines
        above = next((n for n in range(heading.line - 1, 0, -1) if lines[n - 1].strip()), 0)
        names = html_anchors(lines[above - 1]) & self.document.html_anchors if above else set()
        fitting = sorted(name for name in names if _FRAGMENT.fullmatch(name))
        return fitting[0] if fitting else heading.slug


def _nesting(lists: tuple[EntryList, ...]) -> dict[int, list[EntryList]]:
    """The nested lists of the contents under each entry (by the entry's line)."""
    by_depth: dict[int, list[Entry]] = {}
    for entry_list in lists:
        by_depth.setdefault(entry_list.depth, []).extend(entry_list.entries)
    starts = {depth: sorted(e.line for e in entries) for depth, entries in by_depth.items()}
    ends = {e.line: e.end_line for entries in by_depth.values() for e in entries}
    children: dict[int, list[EntryList]] = {}
    for entry_list in sorted(lists, key=lambda lst: lst.line):
        above = starts.get(entry_list.depth - 1, [])
        at = bisect_right(above, entry_list.line) - 1
        if entry_list.depth and at >= 0 and entry_list.line <= ends[above[at]]:
            children.setdefault(above[at], []).append(entry_list)
    return children


def _gone(link: Link | None) -> bool:
    """Whether an entry's link is to an anchor the page lacks (it names no section)."""
    return link is not None and not link.image and bool(link.fragment) and \
        fragment_key(link.fragment or "") not in BUILT_IN_ANCHORS


def _link_span(document: Document, entry: Entry) -> tuple[int, int] | None:
    """Where ``[text](#anchor)`` that an entry starts with stands in its line (0-based,
    end excluded), when it is written so."""
    link = entry.link
    if link is None or link.line != entry.line or link.kind != "inline":
        return None
    line = document.lines[entry.line - 1]
    start, end = entry.column - 1, link.column - 1 + len(link.raw)
    if line[start:start + 1] != "[" or line[link.column - 2:link.column - 1] != "(" \
            or line[end:end + 1] != ")":
        return None
    return start, end + 1


def _child_prefix(document: Document, entry: Entry) -> str:
    """How an item nested under ``entry`` starts: its bullet, under the entry's text."""
    head = document.lines[entry.line - 1][:entry.column - 1]
    return _NOT_TAB.sub(" ", head) + head.strip()[:1] + " "
