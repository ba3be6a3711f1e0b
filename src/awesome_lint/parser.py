"""Markdown to document model. The only module that imports mistune.

mistune's AST has no positions and its table plugin drops tables with a ragged row, so
block structure (headings, fences, comments, tables, list items) is found line by line
here, GFM-style, and mistune parses the inline Markdown of each line: links, code spans,
emphasis, escapes. Every model object thus carries the line and column it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise
from urllib.parse import unquote

import mistune
from mistune.core import InlineState
from mistune.util import unikey

from .inputs import split_lines
from .model import Cell, Document, Entry, EntryList, Link, Row, Section, Table
from .naming import (
    as_labels,
    html_name,
    html_text,
    is_cited_list,
    is_label_list,
    leading_link,
    project_links,
    text_name,
    without_shortcodes,
)
from .naming import plain as _plain
from .slugs import Slugger, html_anchors, loose_slug

_CONTENTS_TITLES = frozenset((
    "contents", "table-of-contents", "toc", "目录", "内容目录", "目錄", "內容目錄", "目次", "목차",
    "inhalt", "inhaltsverzeichnis", "sommaire", "table-des-matières", "índice", "indice",
    "contenido", "contenidos", "содержание", "оглавление", "conteúdo", "sumário"))
NAME_COLUMNS = ("name", "tool", "project", "api", "library", "package", "software",
                "framework", "app", "application", "title", "resource")
LICENSE_COLUMNS = ("license", "licence", "licenses", "licences")
DESCRIPTION_COLUMNS = ("description", "comments", "comment", "desc", "about", "summary",
                       "details", "notes")


@dataclass(frozen=True)
class ParseOptions:
    name_columns: tuple[str, ...] = NAME_COLUMNS
    license_columns: tuple[str, ...] = LICENSE_COLUMNS
    description_columns: tuple[str, ...] = DESCRIPTION_COLUMNS


_MARKDOWN = mistune.create_markdown(renderer=None, plugins=["url", "strikethrough"])

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]++(.*))?$")  # the closing #s: _heading_text
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST_ITEM = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(\[[ xX]\][ \t]+)?")
_BROKEN_DELIMITER = re.compile(r" {0,3}\|[ \t]*:?-{3,}:?[ \t]*\|[|:\- \t]*\|\|[ \t]*$")
_DELIMITER = re.compile(r"^ {0,3}\|?[ \t]*+:?-+:?[ \t]*+(\|[ \t]*+:?-+:?[ \t]*+)*+\|?[ \t]*$")
_FOOTNOTE_DEF = re.compile(r" {0,3}\[\^([^\]\s]+)\]:")
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)([^\]]+)\]:[ \t]*<?([^\s>]+)>?")  # "[^1]:": a footnote
# A paragraph that starts with a link out of the page: "[__Name__](invite) \\".
_BROKEN_AFTER = re.compile(r"<br\s*/?>\s*$", re.IGNORECASE)  # a line break ends the line
_PARAGRAPH_ENTRY = re.compile(r" {0,3}(?=(?:\*\*|__)?\[(?!!)[^\]]+\]\([^#)])")
_PARAGRAPH_ENTRIES = 3
_TAGGED_TITLE = re.compile(r"\s*\[\[[^\[\]]+\]\([^()\s]+\)\][ \t]+(\w[^\[\]()\n]*?\S)"
                           r"[ \t]*(?:[\[(]|$)")
_LEADING_LABELS = re.compile(
    r"(?:\d{4}(?:[-./]\d{1,2}){1,2}[ \t]+(?:\[[^\[\]()\n]{0,30}\](?!\()[ \t]*)+"
    r"|(?:\[[^\[\]()\n]{1,30}\](?!\()[ \t]*){2,})"
    r"(?=\[(?:[^\[\]\n]|\[[^\[\]\n]*\])+\]\()")  # "[[1907.00074] Title](url)" too
_LABEL = re.compile(r"\[([^\[\]]*)\]")
_TRAILING_MARKS = re.compile(r"(?:\s+[^\w\s()\[\]'\"&+#.,:;/-]+)+\s*$")  # " ❗", " 🆕 ⭐"
_DATE_NAME = re.compile(r"(?:19|20)\d\d(?:[-./]\d{1,2}){1,2}")  # "2024.05.30" names no project
_FORMULA = re.compile(r"\S+ = \S")  # "Change = ((New - Old) / |Old|) * 100" names nothing
_NOTE_LABELS = frozenset(("tip", "note", "hint", "warning", "important", "nb", "ps", "todo"))
_NAME_HEADER = re.compile(r"[\w-]+(?: [\w-]+)? name")  # headers are case-folded
_SPACED_EMPHASIS = re.compile(r"(?<![^\s(\[])((\*|_)\2{0,2})[ \t]+(?=[^\s*_])([^*_|\n]*?\S)\2{1,3}"
                              r"(?=$|[\s.,;:!?)\]])")  # "_ Modern._", "***   [X](url)**"
_CODE_SPAN = re.compile(r"`[^`]*`")
_EMPHASIZED = re.compile(r"\s*(\*\*|__|\*|_)[^*_]+\1\s*")
_REF_LABEL = re.compile(r"^ {0,3}\[(?!\^)([^\]]+)\]:[ \t]*$")  # its address on the next line
_REF_ADDRESS = re.compile(r"^[ \t]*<?([^\s>]+)>?")
_NEWLINE = re.compile("\n")
_PIPE = re.compile(r"(?<!\\)\|")
_HTML_ROW = re.compile(r"<tr\b.*?</tr\s*>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""\b(href|src)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:--|[-\u2013\u2014:]|&mdash;|&ndash;)\s*")
_TEXT, _URL = r"[^\[\]\\`<>*_~!&]*", r"[\w\-.~:/?#@$&'*+,;=%]+"
_SIMPLE_SPAN = re.compile(  # the lookahead first: most characters start no span, fast
    rf"(?=[`!\[])(?:(?<![`\\])`(?P<code>[^`\s](?:[^`]*[^`\s])?)`(?!`)"
    rf"|(?<![!\\])\[!\[(?P<balt>{_TEXT})\]\((?P<bsrc>{_URL})\)\]\((?P<burl>{_URL})\)"
    rf"|(?<!\\)!\[(?P<alt>{_TEXT})\]\((?P<src>{_URL})\)"
    rf"|(?<![!\\])\[(?P<text>{_TEXT})\]\((?P<url>{_URL})\))", re.ASCII)
_UNNAMED = ("bare", "autolink")  # a URL shown as itself names no project
# mistune takes time quadratic in some runs of Markdown ("](" many times over without a space),
# so a longer line goes to it in stretches; no list has lines this long.
_LONGEST_INLINE = 10_000
_MAY_LINK = re.compile(r"[\[:@=]|www\.", re.IGNORECASE)  # links, autolinks, bare URLs, href=
_INLINE_SPECIALS = re.compile(r"[\[\]<>`*_\\&~!]|https?:|www\.")
_QUOTE = re.compile(r"(?: {0,3}> ?)+")
_HTML_RAW = re.compile(r" {0,3}<(script|pre|style|textarea)(?:\s|>|$)", re.IGNORECASE)
_HTML_BLOCK = re.compile(
    r" {0,3}</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col"
    r"|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame"
    r"|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav"
    r"|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th"
    r"|thead|title|tr|track|ul)(?:\s|/?>|$)", re.IGNORECASE)
_HTML_TAG_LINE = re.compile(
    r" {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+"
    r"|'[^']*'|\"[^\"]*\"))?)*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)\s*$")


def parse(text: str, path: str = "README.md", options: ParseOptions | None = None) -> Document:
    """Build the document model of one Markdown file."""
    return _Builder(text, path, options or ParseOptions()).build()


@dataclass
class _SectionDraft:
    title: str
    level: int
    slug: str
    line: int
    parent: int | None
    tables: list[Table] = field(default_factory=list)
    lists: list[EntryList] = field(default_factory=list)
    project: Entry | None = None  # a heading that is a link names one project: ## [Name](url)


@dataclass
class _Item:
    line: int
    indent: int
    content_indent: int
    column: int
    first: str  # the text after the marker
    parent: _Item | None
    children: list[_Item] = field(default_factory=list)
    bullet: str = "-"
    lazy: list[str] = field(default_factory=list)  # continuation lines, joined once at the end
    end: int = 0  # its last line, before its nested items are counted in

    @property
    def content(self) -> str:
        return "\n".join([self.first, *self.lazy])


class _Builder:
    def __init__(self, text: str, path: str, options: ParseOptions) -> None:
        self.path = path
        own = re.escape(path.replace("\\", "/").rsplit("/", 1)[-1])
        self.own_page = re.compile(rf"(?:\./)?{own}#(\S+)", re.IGNORECASE)
        self.options = options
        self.text = text  # inputs.py decides what the text is: one byte-order mark off
        lines, endings = split_lines(text)
        self.lines, self.endings = tuple(lines), tuple(endings)
        self.visible: list[str] = []
        self.comments: list[tuple[int, int, str]] = []
        self.syntax_errors: list[tuple[int, int, str]] = []
        self.syntax_warnings: list[tuple[int, int, str]] = []
        self.links: list[Link] = []
        self.refs: dict[str, dict[str, str | None]] = {}
        self.split_definitions: set[int] = set()  # lines of "[label]:" and its address
        self.paragraphs: list[tuple[int, _Item]] = []  # that start with a link, by section
        self.sections: list[_SectionDraft] = [_SectionDraft("", 0, "", 1, None)]
        self.enclosing = [0]  # the sections a new heading may nest in, levels rising
        self.item_indent: int | None = None  # a list item's text, continued by its headings
        self.slugger = Slugger()
        self.innermost: _Item | None = None  # the open item a continuation line goes on
        self.run_owner: _Item | None = None  # the item a run of hidden lines belongs to
        self.open_fence: tuple[str, int] | None = None  # a code block opened in the list
        self.comment_lines: set[int] = set()  # where comments start

    def build(self) -> Document:
        self.visible = _mask(self.lines, self.comments, self.syntax_errors)
        self.syntax_warnings += _spaced_emphasis(self.visible)
        self.comment_lines = {line for line, _column, _text in self.comments}
        self._collect_definitions()
        self._scan_blocks()
        sections = self._freeze_sections()
        return Document(
            path=self.path,
            text=self.text,
            lines=self.lines,
            sections=sections,
            links=tuple(sorted(self.links, key=lambda k: (k.line, k.column))),
            html_anchors=frozenset(html_anchors("\n".join(self.visible))),
            comments=tuple(self.comments),
            syntax_errors=tuple(self.syntax_errors),
            syntax_warnings=tuple(self.syntax_warnings),
            endings=self.endings,
        )

    # ----------------------------------------------------------------- blocks
    def _collect_definitions(self) -> None:
        footnotes: dict[str, int] = {}
        for index in range(len(self.visible)):
            if note := _FOOTNOTE_DEF.match(self.visible[index]):
                self._footnote(note, index, footnotes)
            found = self._definition_at(index)
            if found is not None:
                label, url, at, column = found
                if at != index:
                    self.split_definitions.update((index, at))
                self.refs.setdefault(unikey(label), {"url": url, "title": None})
                self.links.append(Link(label, url, at + 1, column, "definition", raw=url))

    def _footnote(self, note: re.Match[str], index: int, seen: dict[str, int]) -> None:
        """A footnote defined twice: GitHub shows the first definition for every reference."""
        first = seen.setdefault(note.group(1).casefold(), index)
        if first != index:
            self.syntax_warnings.append((
                index + 1, note.start() + 1, f"footnote '[^{note.group(1)}]' is defined again "
                f"(first at line {first + 1}): GitHub shows the first for every reference"))

    def _definition_at(self, index: int) -> tuple[str, str, int, int] | None:
        """The link definition on this line as (label, address, the address's line index
        and column), the address on the next line where GitHub reads it there too."""
        lines = self.visible
        if match := _REF_DEF.match(lines[index]):
            return match.group(1), match.group(2), index, match.start(2) + 1
        alone = _REF_LABEL.match(lines[index])
        address = _REF_ADDRESS.match(lines[index + 1]) if alone and index + 1 < len(lines) \
            else None
        if alone is None or address is None:
            return None
        return alone.group(1), address.group(1), index + 1, address.start(1) + 1

    def _scan_blocks(self) -> None:
        lines = self.visible
        index, count = 0, len(lines)
        items: list[_Item] = []
        previous_blank = later = True
        while index < count:
            line = lines[index]
            if not line.strip():
                if items and self.lines[index].strip():
                    self._hidden_line(items, index)
                elif _ends_list(self.lines[index]):
                    self._close_list(items)
                previous_blank = True
                index += 1
                continue
            heading = self._heading_at(index, previous_blank) \
                or (self._item_heading(items, index) if previous_blank else None)
            if heading is None:
                self.item_indent = None
            else:
                inner = self._item_text_indent(items)
                self.item_indent = inner if inner is not None and _indent(line) >= inner \
                    else None
                self._close_list(items)
                index = self._add_section(*heading)
                previous_blank = True
                continue
            if _html_block_start(line, previous_blank):
                inside = items and _indent(line) >= _last_root(items).content_indent
                owner = self._owner(items, index) if inside else None
                if owner is None:
                    self._close_list(items)
                index = self._read_html_block(index)
                if owner is not None:  # "  </details>" closing what the item opened
                    owner.end = index
                previous_blank = True
                continue
            if _is_table_start(lines, index):
                self._close_list(items)
                index = self._read_table(index)
                previous_blank = True
                continue
            if items and self._leaves_quote(items, index, previous_blank):
                self._close_list(items)
            marker = _LIST_ITEM.match(line)
            rule = _THEMATIC.match(line)
            if marker and not rule:
                self._add_item(items, index, marker)
                later = False
            elif items and rule and _indent(line) < 2:
                self._close_list(items)  # "---" under an item: a rule, no continuation of it
            elif items and not previous_blank and not later and not rule:
                items[-1].lazy.append(line)  # a lazy continuation of the item's text
                (self.innermost or items[-1]).end = index + 1
            elif items and (_indent(line) >= 2 or not previous_blank):
                self._links(line, index + 1)  # a later paragraph of the item, or its table
                self._owner(items, index).end = index + 1
                later = True
            else:
                self._close_list(items)
                if not _REF_DEF.match(line) and index not in self.split_definitions:
                    self._links(line, index + 1)
                    if (previous_blank or _BROKEN_AFTER.search(self.visible[index - 1])) \
                            and (start := _PARAGRAPH_ENTRY.match(line)):  # "… <br>" above
                        self.paragraphs.append((len(self.sections) - 1, _Item(
                            index + 1, 0, 0, start.end() + 1, line[start.end():], None)))
            previous_blank = False
            index += 1
        self._close_list(items)
        self._add_paragraphs()

    def _add_paragraphs(self) -> None:
        """Paragraphs that each start with a link, where a section holds three or more of
        them, are the page's entries (``[__Name__](invite) \\`` over a line of channels),
        each section's a list of its own; a lone one is a section's blurb."""
        by_section: dict[int, list[_Item]] = {}
        for section, item in self.paragraphs:
            by_section.setdefault(section, []).append(item)
        if max(map(len, by_section.values()), default=0) < _PARAGRAPH_ENTRIES:
            return
        for section, items in by_section.items():
            self._add_entry_list(items, 0, None, section=section, paragraphs=True)

    def _heading_at(self, index: int, previous_blank: bool) -> tuple[str, int, int, int] | None:
        """The heading at ``index`` as (text, level, index, lines it spans), if there is one."""
        line = self.visible[index]
        match = _ATX.match(line)
        if match:
            return _heading_text(match.group(2) or ""), len(match.group(1)), index, 1
        if index + 1 < len(self.visible) and previous_blank and not _LIST_ITEM.match(line):
            underline = _SETEXT.match(self.visible[index + 1])
            # Inside a quote only when its underline is quoted too: "> Tip" over "---" is a
            # quote and a rule.
            quoted = _quoted(self.lines[index]) != _quoted(self.lines[index + 1])
            if underline and not _is_table_start(self.visible, index) and _indent(line) < 4 \
                    and not quoted:  # "A | B" over "-----" is a heading: no pipe below it
                return line.strip(), 1 if underline.group(1)[0] == "=" else 2, index, 2
        return None

    def _item_heading(self, items: list[_Item], index: int) -> tuple[str, int, int, int] | None:
        """A heading in a later block of a top-level list item, indented as its text is
        ("    #### HNSW" under "- [Alpha](url)", or under a heading of the item's): GitHub
        shows it."""
        line = self.visible[index]
        inner = self._item_text_indent(items) if line.lstrip().startswith("#") else None
        if inner is None:
            return None  # deeper than the top-level item's text: a nested item's notes
        match = _ATX.match(line.expandtabs(4)[inner:]) if 0 <= _indent(line) - inner < 4 \
            else None
        return (_heading_text(match.group(2) or ""), len(match.group(1)), index, 1) \
            if match else None

    def _item_text_indent(self, items: list[_Item]) -> int | None:
        """Where the open top-level item's text starts, or the closed one's that its heading
        continues; None outside a list."""
        return _last_root(items).content_indent if items else self.item_indent

    def _add_section(self, raw: str, level: int, index: int, spans: int) -> int:
        line = self.visible[index]
        column = line.index(raw) + 1 if raw else len(line)
        tokens, _ = self._inline(raw, index + 1, column - 1)
        text = _plain(tokens, images=False)  # GitHub slugs the text as is, images left out
        while self.sections[self.enclosing[-1]].level >= level:
            self.enclosing.pop()
        parent = self.enclosing[-1]
        self.enclosing.append(len(self.sections))
        draft = _SectionDraft(text.strip(), level, self.slugger.slug(text), index + 1, parent)
        draft.project = self._heading_entry(tokens, index + 1, column, parent)
        self.sections.append(draft)
        return index + spans

    def _heading_entry(self, tokens: list[dict], line: int, column: int,
                       section: int) -> Entry | None:
        """The project a heading names when the heading is its link (## [Name](url)), an
        entry of the section above it. An anchor before it (``<a name="x"></a>``), a way
        back up after it (``<sup>[top](#contents)</sup>``) and a short note (``*Free*``)
        are no part of its name."""
        tokens = [t for t in tokens if t["type"] != "inline_html" and not (
            t["type"] == "link" and t["attrs"]["url"].startswith("#"))]
        if tokens and tokens[0]["type"] == "text" and _NUMBERING.fullmatch(tokens[0]["raw"]):
            tokens = tokens[1:]  # "#### 2.5 [Name](url)"
        first = leading_link(tokens)
        name = _plain(first.get("children", []), images=False).strip() if first else ""
        if not name:
            return None
        at = next((i for i, token in enumerate(tokens) if token is first), None)
        after = tokens[at + 1:] if at is not None else []  # none when it is in emphasis
        note = _plain(after, images=False).split()
        if not _plain(tokens, images=False).strip().startswith(name) or len(note) > 3 or \
                any(t["type"] == "link" for t in after):
            return None  # a note may follow: "### [Book](url) *Free*", "2nd Edition"
        url = first["attrs"]["url"]
        link = next((k for k in reversed(self.links) if k.url == url and k.line == line), None)
        return Entry(name, url, "", line, column, section, link=link,
                     links=(link,) if link else ())

    def _read_html_block(self, start: int) -> int:
        """Raw HTML up to the next blank line: GitHub renders no Markdown in it, so only
        its ``href``/``src`` are links."""
        closer = _HTML_RAW.match(self.visible[start])
        index, found = start, len(self.links)
        while index < len(self.visible):
            line = self.visible[index]
            if closer is None and not line.strip():
                break
            self.links.extend(_LinkLocator(line, index + 1, 0).html_links(line))
            index += 1
            if closer is not None and f"</{closer.group(1).lower()}>" in line.lower():
                break
        self._html_table(start, index, self.links[found:])
        return index

    def _html_table(self, start: int, end: int, links: list[Link]) -> None:
        """The rows of an HTML table that each name a project by the link its first cell
        starts with (``<td><a href="url">Name</a></td><td>What it is</td>``): entries, in
        the order of the rows, like a Markdown table's."""
        block = "\n".join(self.visible[start:end])
        starts = list(accumulate((len(line) + 1 for line in self.visible[start:end]),
                                 initial=0))
        entries = []
        for row in _HTML_ROW.finditer(block):
            cells = _HTML_CELL.findall(row.group())
            found = html_name(cells[0]) if cells else None
            if found is None:
                continue
            name, url, _rest = found
            first, last = (start + bisect_right(starts, at) for at in row.span())
            link = next((k for k in links if k.url == url and first <= k.line <= last), None)
            if link is None:
                continue
            entries.append(Entry(name, url, html_text(" ".join(cells[1:])), link.line, link.column,
                                 len(self.sections) - 1, link=link, raw=name, links=(link,),
                                 in_table=True, end_line=link.line))
        if len(entries) >= 3:
            self.sections[-1].lists.append(EntryList(tuple(entries), entries[0].line,
                                                     len(self.sections) - 1))

    # ----------------------------------------------------------------- tables
    def _read_table(self, start: int) -> int:
        header = self._row(start)
        delimiter = self._row(start + 1, inline=False)
        rows: list[Row] = []
        index = start + 2
        while index < len(self.visible) and _is_table_row(self.visible[index]):
            rows.append(self._row(index))
            index += 1
        self._add_table(header, delimiter, rows)
        self._warn_split_table(index)
        return index

    def _warn_split_table(self, index: int) -> None:
        """A comment on its own line ends a table on GitHub: the rows below it are text."""
        if index + 1 < len(self.visible) and self.lines[index].strip().startswith("<!--") \
                and not self.visible[index].strip() and "|" in self.visible[index + 1]:
            self.syntax_warnings.append((
                index + 1, _indent(self.lines[index]) + 1,
                "this comment ends the table: GitHub shows the rows below it as text; "
                "put a directive at the end of the row instead"))

    def _row(self, index: int, inline: bool = True) -> Row:
        line = self.visible[index]
        cells = []
        for raw, column in _split_cells(line):
            if inline and raw:
                tokens, links = self._inline(raw, index + 1, column - 1)
                cells.append(Cell(raw, _plain(tokens).strip(), index + 1, column, tuple(links),
                                  _plain(tokens, images=False).strip()))
            else:
                cells.append(Cell(raw, raw, index + 1, column))
        return Row(tuple(cells), index + 1, len(line.rstrip()) + 1)

    def _add_table(self, header: Row, delimiter: Row, rows: list[Row]) -> None:
        section = len(self.sections) - 1
        names = [c.text.casefold() for c in header.cells]
        name = titled = _find_column(names, self.options.name_columns)
        if titled is None:
            name = titled = _named_header(names)
        if name is None:
            name = _named_column(rows, _linked_column(rows))
        license_ = _find_column(names, self.options.license_columns)
        description = _find_column(names, self.options.description_columns)
        if description is None and name is not None:
            rest = [i for i in range(len(names)) if i not in (name, license_)]
            description = rest[-1] if rest and rest[-1] > name else None
        entries = [_table_entry(row, section, name, license_, description)
                   for row in rows] if name is not None else []
        listed = [e for e in entries if e is not None and e.name]
        if titled is None and (_mostly_in_page(listed) or _leads_home(listed)
                               or _grid(header, rows)):
            listed = []  # a grid of section links (visenger), of this repository's own
            # pages ("| read the cards | [cards/README.md](cards/README.md) |"): navigation;
            # or of people or logos, linked from the first row on (all-contributors)
        table = Table(header, delimiter, tuple(rows), header.line, section, name, license_,
                      description, tuple(listed), is_layout=titled is None and not listed)
        self.sections[-1].tables.append(table)

    # ----------------------------------------------------------------- lists
    def _add_item(self, items: list[_Item], index: int, marker: re.Match[str]) -> None:
        line = self.visible[index]
        indent = _indent(marker.group(1))
        content_start = marker.end()
        parent = items[-1] if items else None
        while parent is not None and indent < parent.content_indent:
            parent = parent.parent
        bullet = marker.group(2)[-1]
        if parent is None and items and _last_root(items).bullet != bullet:
            self._close_list(items)  # another bullet character starts another list
        content = line[content_start:]
        content_indent = len(line[:content_start].expandtabs(4)) if content.strip() \
            else indent + 2
        item = _Item(index + 1, indent, content_indent, content_start + 1, content, parent,
                     bullet=bullet, end=index + 1)
        if parent is not None:
            parent.children.append(item)
        items.append(item)
        self.innermost = item
        if (heading := _ATX.match(content)) is not None:  # "- #### GPU Interface"
            self._add_section(_heading_text(heading.group(2) or ""), len(heading.group(1)),
                              index, 1)

    def _section_at(self, line: int) -> int:
        """The section a line is in: the last heading above it, one in a list item too."""
        return bisect_right([draft.line for draft in self.sections], line) - 1

    def _leaves_quote(self, items: list[_Item], index: int, previous_blank: bool) -> bool:
        """Whether the line is in another blockquote than the open list: a ``> [!TIP]``
        after a list is no part of its last item (a line after a quoted item without a
        blank between is, lazily)."""
        depth = _quote_depth(self.lines[index])
        opened = _quote_depth(self.lines[items[0].line - 1])
        return depth != opened and (previous_blank or depth > opened)

    def _owner(self, items: list[_Item], index: int) -> _Item:
        """The item a line within the open list belongs to: the innermost whose content its
        indentation reaches (a paragraph or code block after a nested list is its parent's)."""
        item = self.innermost or items[-1]
        indent = _indent(_unquote(self.lines[index]))
        while item.parent is not None and indent < item.content_indent:
            item = item.parent
        self.innermost = item
        return item

    def _hidden_line(self, items: list[_Item], index: int) -> None:
        """A line of a code block or comment within the open list, unless it ends the list.
        It goes where the block's first line does: on the item that line belongs to, or on
        none for a comment at the margin (a directive, which a list goes on after)."""
        raw = _unquote(self.lines[index])
        fence = _FENCE.match(raw)
        if self.open_fence is not None:
            if fence and _closes_fence(*self.open_fence, fence):
                self.open_fence = None
        elif _ends_list(raw):
            self._close_list(items)
            return
        elif fence or index + 1 in self.comment_lines or self.visible[index - 1].strip() \
                or not self.lines[index - 1].strip():
            owner = self._owner(items, index)
            margin = _indent(raw) < min(2, owner.content_indent)
            self.run_owner = None if margin else owner
            self.open_fence = (fence.group(2)[0], len(fence.group(2))) if fence else None
        if self.run_owner is not None:
            self.run_owner.end = index + 1

    def _close_list(self, items: list[_Item]) -> None:
        if not items:
            return
        for item in reversed(items):  # children come after their parent
            if item.parent is not None:
                item.parent.end = max(item.parent.end, item.end)
        # Depth first, parents before children, without recursion: a list may nest deep.
        pending: list[tuple[list[_Item], int, str | None, bool]] = [
            ([item for item in items if item.parent is None], 0, None, False)]
        while pending:
            siblings, depth, parent, in_contents = pending.pop()
            entries, contents = self._add_entry_list(siblings, depth, parent, in_contents)
            pending += reversed([(item.children, depth + 1, entry.name, contents)
                                 for item, entry in zip(siblings, entries, strict=True)
                                 if item.children])
        items.clear()
        self.innermost = self.open_fence = None

    def _add_entry_list(self, siblings: list[_Item], depth: int, parent: str | None,
                        in_contents: bool = False, section: int | None = None,
                        paragraphs: bool = False) -> tuple[list[Entry], bool]:
        """The entries of these items, and whether they are a table of contents (under one,
        the repository's pages it lists are contents too: "2.1. [Servers](/servers/)")."""
        section = self._section_at(siblings[0].line) if section is None else section
        entries = [self._list_entry(item, section, depth, parent) for item in siblings]
        linked = [e for e in entries if e.link is not None
                  and (e.link.kind not in _UNNAMED or e.kind == "address")]
        in_page = bool(linked) and (_mostly_in_page(linked) or _is_contents(self.sections[section])
                                    or (in_contents and _leads_home(linked)))
        labels = not in_page and is_label_list(entries, depth)  # "- [Video](#video)"
        if labels:
            entries = as_labels(entries, parent or self.sections[section].title)
        cited = not linked and is_cited_list(entries)
        if cited:  # an item citing nothing there is a note: "*Key Benchmarks:* MATH, GSM8K",
            # unless it is named in bold as the works around it are: one missing its links
            bold = _mostly_bold([e for e in entries if e.links])
            entries = [e if e.links or (bold and _bold_named(e)) else
                       replace(e, name="", kind="prose") for e in entries]
        if (linked and len(linked) * 2 >= len(entries)) or cited:
            self.sections[section].lists.append(EntryList(
                tuple(entries), siblings[0].line, section, depth, parent,
                is_toc=in_page, is_labels=labels, is_cited=cited, is_paragraphs=paragraphs,
                is_numbered=not paragraphs and self._numbered(siblings)))
        return entries, in_page

    def _without_labels(self, content: str) -> str:
        """The item with the bracketed labels before its link blanked, columns kept:
        ``[**1672**星][7m] [C++] [owner/name](url)``, stars, age and language, no links
        (their labels are defined nowhere); ``2019.12 [blog] [Title](url)``, a date and
        where an article appeared."""
        found = _LEADING_LABELS.match(content)
        if found is None or any(unikey(label) in self.refs
                                for label in _LABEL.findall(found.group())):
            return content
        return " " * found.end() + content[found.end():]

    def _numbered(self, siblings: list[_Item]) -> bool:
        """Whether the items count up (1. 2. 3.): steps or a ranking, in the order their
        numbers give. "1." on every item is Markdown's own numbering, which says nothing."""
        numbers = [int(marker.group(2)[:-1]) if marker.group(2)[:-1].isdigit() else None
                   for item in siblings
                   if (marker := _LIST_ITEM.match(self.visible[item.line - 1]))]
        return len(numbers) > 1 and None not in numbers \
            and all(a < b for a, b in pairwise(numbers))

    def _list_entry(self, item: _Item, section: int, depth: int, parent: str | None) -> Entry:
        tokens, links = self._inline(self._without_labels(item.content), item.line,
                                     item.column - 1)
        first = leading_link(tokens)
        link = next((k for k in links if not k.image and k.url == first["attrs"]["url"]),
                    None) if first is not None else None
        if first is not None:
            name = _plain(first.get("children", []), images=False).strip()
            if tagged := _TAGGED_TITLE.match(item.content):  # "[[SIGMOD](url)] Title": a venue
                name = tagged.group(1)
            rest = _plain(tokens[tokens.index(first) + 1:]) \
                if first in tokens else _plain(tokens).replace(name, "", 1)
            kind = "link"
            if link is not None and link.kind in _UNNAMED \
                    and item.content.strip().strip("<>") == link.url:
                kind = "address"  # "- https://…", nothing else
        elif (anchor := html_name(item.content)) is not None:
            name, url, rest = anchor  # "<b><a href="url">name</a></b>: what it is"
            link = next((k for k in links if k.kind == "html" and k.url == url), None)
            kind = "link" if link else "prose"
        else:
            name, rest, kind = text_name(tokens)
            if _NOTE_ITEM.fullmatch(item.content.strip()) or name.casefold() in _NOTE_LABELS \
                    or _DATE_NAME.fullmatch(name) or _FORMULA.match(name):
                name, kind = "", "prose"  # "Method: ```Bundle Adjustment```", "Tip: …",
                # "2024.05.30: The paper was online ([arXiv](url))": a note, or news
        if _ATX.match(item.content):
            name, kind = "", "prose"  # "- ### [Community](url)": a heading on GitHub
        description = _SEPARATOR.sub("", rest, count=1).strip()
        tags = _trailing_tags(item.content, item.column)
        return Entry(name.strip(), link.url if link else None, description, item.line,
                     item.column, section, depth, parent, link, None, tags, item.content,
                     tuple(links), len(item.children), kind=kind, end_line=item.end)

    # ----------------------------------------------------------------- inline
    def _inline(self, raw: str, line: int, offset: int = 0) -> tuple[list[dict], list[Link]]:
        """Parse one line's inline Markdown into mistune's tokens and the links in it."""
        if not _INLINE_SPECIALS.search(raw):
            return [{"type": "text", "raw": raw}], []
        tokens = simple_inline(raw, brackets=not self.refs)
        if tokens is None and len(raw) > _LONGEST_INLINE:
            return self._in_pieces(raw, line, offset)
        if tokens is None:
            state = InlineState({"ref_links": self.refs})
            state.src = raw
            tokens = _MARKDOWN.inline.parse(state)
        links: list[Link] = []
        _LinkLocator(raw, line, offset).locate(tokens, links)
        if "#" in raw and self.own_page.search(raw):
            links = [self._in_page(link) for link in links]
            _in_page_tokens(tokens, self.own_page)
        self.links.extend(links)
        return tokens, links

    def _in_page(self, link: Link) -> Link:
        """``[Tools](README.md#tools)`` in README.md is ``[Tools](#tools)``: this page."""
        own = self.own_page.fullmatch(link.url)
        return replace(link, url="#" + own.group(1)) if own else link

    def _links(self, line: str, number: int) -> None:
        """The links of a line of prose, of which nothing else is kept: a line without the
        characters any link needs is not parsed (a line of 80,000 "<a" took seconds)."""
        if _MAY_LINK.search(line):
            self._inline(line, number)

    def _in_pieces(self, raw: str, line: int, offset: int) -> tuple[list[dict], list[Link]]:
        """Text too long to give mistune at once, a line and a stretch of it at a time."""
        tokens: list[dict] = []
        links: list[Link] = []
        for number, text in enumerate(raw.split("\n")):
            if number:
                tokens.append({"type": "softbreak"})
            for start, piece in _stretches(text):
                more = self._inline(piece, line + number, (0 if number else offset) + start)
                tokens += more[0]
                links += more[1]
        return tokens, links

    def _freeze_sections(self) -> tuple[Section, ...]:
        self._add_project_headings()
        frozen = []
        for index, draft in enumerate(self.sections):
            end = self.sections[index + 1].line - 1 if index + 1 < len(self.sections) \
                else len(self.lines)
            frozen.append(Section(draft.title, draft.level, draft.slug, draft.line, draft.parent,
                                  end, tuple(draft.tables), tuple(draft.lists)))
        return tuple(frozen)

    def _add_project_headings(self) -> None:
        """Sibling headings that each name a project (## [Name](url)) are entries, listed
        under their parent, and the short lists under each are that project's links."""
        siblings: dict[int, list[int]] = {}
        for index, draft in enumerate(self.sections):
            if draft.project is not None and draft.parent is not None and draft.level > 1:
                siblings.setdefault(draft.parent, []).append(index)
        projects = {i for found in siblings.values() if len(found) > 1 for i in found}
        for parent, found in siblings.items():
            if len(found) > 1:
                entries = tuple(self.sections[i].project for i in found)
                self.sections[parent].lists.append(EntryList(
                    entries, entries[0].line, parent,
                    is_numbered=_counts_up([self.sections[i].title for i in found])))
        for index, draft in enumerate(self.sections):
            owner = self._owning_project(index, projects)
            if owner is not None:
                draft.lists = [project_links(lst, owner) for lst in draft.lists]

    def _owning_project(self, index: int, projects: set[int]) -> str | None:
        at: int | None = index
        while at is not None:
            if at in projects:
                return self.sections[at].project.name
            at = self.sections[at].parent
        return None


_LINK_SPAN = 4096
_NOTE_ITEM = re.compile(r"[^`\[\]()\n]{1,60}?:\s*(?:(`+)[^`]+\1[\s,;]*)+")
_NUMBERING = re.compile(r"\s*\d+(?:\.\d+)*[.)]?\s+")


class _LinkLocator:
    """Finds where each link token of a line stands in its source text."""

    def __init__(self, raw: str, line: int, offset: int) -> None:
        self.raw, self.line, self.offset, self.cursor = raw, line, offset, 0
        self.breaks = [m.start() for m in _NEWLINE.finditer(raw)]
        self.opener, self.opener_from = -1, -1  # the next "](" as found from opener_from

    def locate(self, tokens: list[dict], out: list[Link]) -> None:
        for token in tokens:
            kind = token["type"]
            if kind in ("link", "image"):
                self.locate(token.get("children", []), out)  # badges: images inside links
                out.append(self._link(token, image=kind == "image"))
            elif kind == "inline_html":
                self._html(token["raw"], out)
            elif "children" in token:
                self.locate(token["children"], out)

    def _link(self, token: dict, image: bool) -> Link:
        url = token["attrs"]["url"]
        text = _plain(token.get("children", []), images=image)  # a badge link names nothing
        if "at" in token:
            kind, at, raw = "inline", token["at"], url
            self.cursor = at + len(url)
        elif "ref" in token:
            kind, at, raw = "reference", self._find("[" + token.get("label", text)), url
        else:
            kind, at, raw = self._destination(url, _as_written(token) or text)
        return Link(text, url, *self._where(at), kind, image, raw)

    def _where(self, at: int) -> tuple[int, int]:
        """Line and column of offset ``at``; an item's text may go on over several lines."""
        before = bisect_left(self.breaks, at)  # newlines before it
        if not before:
            return self.line, self.offset + at + 1
        return self.line + before, at - self.breaks[before - 1]

    def _destination(self, url: str, text: str) -> tuple[str, int, str]:
        opener = self._opener()
        # A bare URL or autolink shows its own address; any other text is a link's text,
        # written in backticks or emphasis however it stands (``[`crate`](url)``).
        shown = (text, f"http://{text}", f"https://{text}", f"mailto:{text}")
        shown_as_url = bool(text) and (url in shown or unquote(url) in shown)  # "x.org|"
        # An address before a "](" with no "[" since the last link opens none there:
        # "…|<!--](https://x.org" and "x.org](![https://x.org" are bare URLs.
        bracketed = opener >= 0 and (
            not shown_as_url or self.raw.rfind("[", self.cursor, opener) >= 0)
        bare = self.raw.find(text, self.cursor, opener + len(text) if bracketed else None) \
            if text else -1
        # Its own "](url" when it is written as parsed; a search bounded, so that a line of
        # thousands of links stays linear.
        own = self.raw.find("](" + url, self.cursor, self.cursor + _LINK_SPAN) \
            if bracketed else -1
        if bracketed and (bare < 0 or opener < bare or self.raw[bare - 1:bare] == "["
                          or not shown_as_url) and (own >= 0 or bare < 0 or not shown_as_url):
            start = (own if own >= 0 else opener) + 2
            while start < len(self.raw) and self.raw[start] in " <":
                start += 1
            end = start
            depth = 0
            while end < len(self.raw) and self.raw[end] not in " >\t\n" and \
                    (self.raw[end] != ")" or depth):
                depth += {"(": 1, ")": -1}.get(self.raw[end], 0)
                end += 1
            self.cursor = end
            return "inline", start, self.raw[start:end]
        if bare < 0 and text:
            bare = self.raw.find(text, self.cursor)  # past a "](" that opened nothing
        at = bare if bare >= 0 else self.cursor
        kind = "autolink" if self.raw[at - 1:at] == "<" else "bare"
        self.cursor = at + len(text)
        return kind, at, text or url

    def _opener(self) -> int:
        """The first "](" from the cursor on; searched again only once the cursor passes it,
        so a line of thousands of bare URLs is not read to its end for each of them."""
        if self.cursor < self.opener_from or 0 <= self.opener < self.cursor:
            self.opener_from = -1
        if self.opener_from < 0:
            self.opener, self.opener_from = self.raw.find("](", self.cursor), self.cursor
        return self.opener

    def _find(self, needle: str) -> int:
        at = self.raw.find(needle, self.cursor)
        at = at if at >= 0 else self.cursor
        self.cursor = at + len(needle)
        return at

    def _html(self, html: str, out: list[Link]) -> None:
        start = self._find(html)
        for match in _HREF.finditer(html):
            out.append(Link("", match.group(2), *self._where(start + match.start(2)), "html",
                            match.group(1).lower() == "src", match.group(2)))

    def html_links(self, html: str) -> list[Link]:
        """The ``href`` and ``src`` links of raw HTML."""
        out: list[Link] = []
        self._html(html, out)
        return out


# --------------------------------------------------------------------- helpers
def simple_inline(raw: str, brackets: bool = False) -> list[dict] | None:
    """mistune's tokens for text whose only Markdown is plain links, images and code spans.

    Most lines of a list are just ``[text](url)``, badges, `` `tags` `` and prose; building
    their tokens here makes a large list parse several times faster. Links and images carry
    where their URL starts (``at``). ``brackets``: the document defines no reference links,
    so a lone ``[word]`` is text. Anything else (None) goes to mistune.
    """
    tokens: list[dict] = []
    position = 0
    for match in _SIMPLE_SPAN.finditer(raw):
        if match.start() > position:
            tokens.append({"type": "text", "raw": raw[position:match.start()]})
        tokens.append(_simple_token(match))
        position = match.end()
    if position < len(raw):
        tokens.append({"type": "text", "raw": raw[position:]})
    if not all(tokens):
        return None
    rest = "".join(t["raw"] for t in tokens if t["type"] == "text")
    if brackets and "](" not in rest:
        rest = rest.replace("[", "").replace("]", "")
    return None if _INLINE_SPECIALS.search(rest) else tokens


def _simple_token(match: re.Match[str]) -> dict:
    """One span of ``_SIMPLE_SPAN`` as mistune's token ({} for a link without text)."""
    if match["code"] is not None:
        return {"type": "codespan", "raw": match["code"]}
    if match["burl"] is not None:
        badge = _image_token(match["balt"], match["bsrc"], match.start("bsrc"))
        return {"type": "link", "children": [badge], "attrs": {"url": match["burl"]},
                "at": match.start("burl")}
    if match["src"] is not None:
        return _image_token(match["alt"], match["src"], match.start("src"))
    if not match["text"]:
        return {}
    return {"type": "link", "children": [{"type": "text", "raw": match["text"]}],
            "attrs": {"url": match["url"]}, "at": match.start("url")}


def _image_token(alt: str, url: str, at: int) -> dict:
    children = [{"type": "text", "raw": alt}] if alt else []
    return {"type": "image", "children": children, "attrs": {"url": url}, "at": at}


def _stretches(text: str) -> Iterator[tuple[int, str]]:
    """``text`` cut after a space into stretches of at most ``_LONGEST_INLINE`` characters,
    with where each starts."""
    start = 0
    while len(text) - start > _LONGEST_INLINE:
        cut = text.rfind(" ", start + 1, start + _LONGEST_INLINE) + 1 or start + _LONGEST_INLINE
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _in_page_tokens(tokens: list[dict], own_page: re.Pattern[str]) -> None:
    for token in tokens:
        if token["type"] == "link" and (own := own_page.fullmatch(token["attrs"]["url"])):
            token["attrs"]["url"] = "#" + own.group(1)
        if token.get("children"):
            _in_page_tokens(token["children"], own_page)


def _quoted(line: str) -> bool:
    return line.lstrip(" ").startswith(">")


def _spaces(match: re.Match[str]) -> str:
    """As many spaces as the match is long: what it stood for blanked, columns kept."""
    return " " * len(match.group())


def _spaced_emphasis(visible: list[str]) -> list[tuple[int, int, str]]:
    """Emphasis opened with a space (``_ Modern framework._``): GitHub shows the marks as
    written. Code spans and list markers are no emphasis."""
    found = []
    for number, line in enumerate(visible, start=1):
        if "_ " not in line and "* " not in line:
            continue
        # A code span stays a word: "`a <url>`__" (reStructuredText pasted) opens nothing.
        text = _LIST_ITEM.sub(_spaces, _CODE_SPAN.sub(_code_mask, line), count=1)
        found += [(number, match.start() + 1, f"emphasis opened with a space "
                   f"('{match.group(1)} {match.group(3)[:12]}'): GitHub shows the "
                   f"'{match.group(1)}' as written")
                  for match in _SPACED_EMPHASIS.finditer(text)]
    return found


def _code_mask(match: re.Match[str]) -> str:
    return "`" * len(match.group())


def _mask(lines: tuple[str, ...], comments: list, errors: list) -> list[str]:
    """Blank out code blocks and HTML comments, and the ``>`` of block quotes (GitHub
    renders the tables and lists inside them), keeping every column in place."""
    visible: list[str] = []
    fence: tuple[str, int, int] | None = None
    in_comment: tuple[int, int, list[str]] | None = None
    previous = filled = ""  # filled: the last visible line that is not blank
    html_block = code = False
    closers = _CommentClosers(lines)
    for number, line in enumerate(lines, start=1):
        line = _unquote(line)
        if fence is not None:
            closing = _FENCE.match(line)
            if closing and _closes_fence(fence[0], fence[1], closing):
                fence = None
            visible.append("")
            continue
        html_block = (html_block or _html_block_start(line, not previous.strip())) \
            and bool(line.strip())  # raw HTML up to a blank line: a fence there is text
        if in_comment is None and not html_block:
            opening = _FENCE.match(line)
            if opening and not (opening.group(2)[0] == "`" and "`" in opening.group(3)):
                fence, code = (opening.group(2)[0], len(opening.group(2)), number), False
                visible.append("")
                continue
            code = (code or not previous.strip()) and (_indent(line) >= 4 or not line.strip()) \
                and (code or (line.strip() != "" and not _in_list_context(filled)))
            if code:  # an indented code block, up to a line indented less
                visible.append("")
                previous = line
                continue
        else:
            code = False
        kept, in_comment = _strip_comments(
            line, number, in_comment, comments, lambda n=number: closers.after(n))
        visible.append(kept)
        previous = line
        filled = kept if kept.strip() else filled
    if fence is not None:
        errors.append((fence[2], 1, "code fence is never closed: the rest of the file is code"))
    if in_comment is not None:
        errors.append((in_comment[0], in_comment[1],
                       "HTML comment is never closed: the rest of the file is hidden"))
    return visible


def _closes_fence(char: str, length: int, line: re.Match[str]) -> bool:
    """Whether a fence line closes the code block a fence of ``length`` ``char`` opened."""
    return line.group(2)[0] == char and len(line.group(2)) >= length and \
        not line.group(3).strip()


class _CommentClosers:
    """Whether a ``<!--`` opened mid-line closes within its paragraph (an inline comment;
    else GitHub shows it as text), worked out for every line at once when first asked."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        self.closes: list[bool] = []

    def after(self, number: int) -> bool:
        """Whether a line after line ``number`` closes a comment before a blank line."""
        if not self.closes:
            self.closes = [False] * (len(self.lines) + 1)
            for index in range(len(self.lines) - 1, -1, -1):
                line = self.lines[index]
                self.closes[index] = bool(line.strip()) and (
                    "-->" in line or self.closes[index + 1])
        return self.closes[number]


def _quote(line: str) -> re.Match[str] | None:
    """The ``>`` marks a line starts with, if any."""
    return _QUOTE.match(line) if ">" in line[:4] else None


def _quote_depth(line: str) -> int:
    quote = _quote(line)
    return quote.group().count(">") if quote else 0


def _unquote(line: str) -> str:
    quote = _quote(line)
    return " " * quote.end() + line[quote.end():] if quote else line


def _in_list_context(filled: str) -> bool:
    return bool(_LIST_ITEM.match(filled)) or _indent(filled) >= 2


def _strip_comments(line: str, number: int, open_comment: tuple[int, int, list[str]] | None,
                    comments: list, closes_later: Callable[[], bool],
                    ) -> tuple[str, tuple[int, int, list[str]] | None]:
    out = list(line)
    position = 0
    while position <= len(line):
        if open_comment is None:
            start = line.find("<!--", position)
            if start < 0:
                break
            if line[:start].strip() and line.find("-->", start + 4) < 0 and not closes_later():
                break  # an unclosed comment mid-line is text on GitHub
            open_comment = (number, start + 1, [])
            position = start + 4
            begin = start
        else:
            begin = 0
        end = line.find("-->", position)
        stop = len(line) if end < 0 else end + 3
        open_comment[2].append(line[position:end if end >= 0 else len(line)])
        out[begin:stop] = " " * (stop - begin)
        if end < 0:
            return "".join(out), open_comment
        comments.append((open_comment[0], open_comment[1], "\n".join(open_comment[2]).strip()))
        open_comment = None
        position = stop
    return "".join(out), open_comment


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _heading_text(rest: str) -> str:
    """An ATX heading's text: ``rest`` without the closing run of #s, when a space leads it.

    Done here rather than in ``_ATX``, whose lazy text before an optional closing run took
    time quadratic in a line's spaces.
    """
    text = rest.rstrip(" \t")
    body = text.rstrip("#")
    return body.rstrip(" \t") if body != text and body[-1:] in (" ", "\t") else text


def _is_table_start(lines: list[str], index: int) -> bool:
    """A header and its delimiter row; also one with an empty cell (``|:---:||``), which
    GitHub shows as text, so that table-columns can say why."""
    return ("|" in lines[index] and index + 1 < len(lines) and "-" in lines[index + 1]
            and bool(_DELIMITER.match(lines[index + 1]) or (
                _BROKEN_DELIMITER.match(lines[index + 1]) and lines[index].count("|") > 1))
            and _indent(lines[index]) < 4
            and ("|" in lines[index + 1] or lines[index].count("|") == 0))


def _is_table_row(line: str) -> bool:
    """Whether a line goes on a table: on GitHub, any line that starts no other block
    does, pipes or not (a tag alone on its line, ``<br/>``, starts one: no paragraph is
    open for it to continue)."""
    return bool(line.strip()) and _indent(line) < 4 and not _ATX.match(line) and \
        not _FENCE.match(line) and not _LIST_ITEM.match(line) and \
        not _THEMATIC.match(line) and not line.lstrip().startswith(">") and \
        not _html_block_start(line, previous_blank=True)


def _last_root(items: list[_Item]) -> _Item:
    return next(item for item in reversed(items) if item.parent is None)


def _ends_list(source: str) -> bool:
    """A comment or a code fence at the margin ends a list on GitHub (a blank does not).
    Our own directives do not: switching a rule off for one item leaves its list whole."""
    start = source.lstrip()
    if not start or _indent(source) >= 2:
        return False
    if start.startswith("<!--"):
        return not start[4:].lstrip().startswith("awesome-lint-")
    return bool(_FENCE.match(source))


def _grid(header: Row, rows: list[Row]) -> bool:
    """Whether the table is a grid of people, logos or titles, one to a cell: most cells of
    its first row link out of the page (the row is no header but the grid's first row; a
    legend link, ``rating[*](#legend)``, is a header's), or its header is blank and most
    rows link in two cells or more."""
    if not any(cell.raw for cell in header.cells):
        return 2 * sum(_linked_cells(row) >= 2 for row in rows) > len(rows)
    linked = _linked_cells(header)
    return linked >= 2 and linked * 2 >= len(header.cells)


def _linked_cells(row: Row) -> int:
    return sum(any(link.is_external for link in cell.links) for cell in row.cells)


def _html_block_start(line: str, previous_blank: bool) -> bool:
    """An HTML block starts here (CommonMark kinds 1, 6 and, after a blank line, 7)."""
    if "<" not in line[:4]:
        return False
    return bool(_HTML_RAW.match(line) or _HTML_BLOCK.match(line)
                or (previous_blank and _HTML_TAG_LINE.match(line)))


def _split_cells(line: str) -> list[tuple[str, int]]:
    """Cells of a table row, with the 1-based column where each one's text starts."""
    bounds = [m.start() for m in _PIPE.finditer(line)]
    stripped = line.strip()
    starts = [-1, *bounds]
    ends = [*bounds, len(line.rstrip())]
    pairs = list(zip(starts, ends, strict=True))
    if stripped.startswith("|"):
        pairs = pairs[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|") and len(pairs) > 1:
        pairs = pairs[:-1]
    cells = []
    for start, end in pairs:
        raw = line[start + 1:end]
        content = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        column = start + 2 + (lead if content else 0)
        cells.append((content.replace("\\|", "|"), column))
    return cells


def _is_contents(section: _SectionDraft) -> bool:
    """Whether the section is a table of contents by its title ("🧭 Contents"): its lists
    lead around the page or the repository's own pages, and list no projects."""
    return loose_slug(section.title) in _CONTENTS_TITLES


def _counts_up(titles: list[str]) -> bool:
    """Whether the headings are numbered in order ("2.1. [Servers](url)", "2.2. …")."""
    numbers = [tuple(map(int, found.group().strip().rstrip(".)").split(".")))
               if (found := _NUMBERING.match(title)) else None for title in titles]
    return None not in numbers and all(a < b for a, b in pairwise(numbers))


def _leads_home(entries: list[Entry]) -> bool:
    """Whether most entries link only into this repository (relative links): navigation."""
    home = sum(1 for e in entries if e.links and not any(k.is_external for k in e.links))
    return home * 2 > len(entries)


def _mostly_in_page(entries: list[Entry]) -> bool:
    """Whether most of these entries link inside the page: a table of contents."""
    in_page = sum(1 for e in entries if e.link is not None and e.link.url.startswith("#"))
    return in_page * 2 > len(entries)


def _find_column(names: list[str], wanted: tuple[str, ...]) -> int | None:
    lookup = {w.casefold() for w in wanted}
    return next((i for i, name in enumerate(names) if name in lookup), None)


def _named_header(names: list[str]) -> int | None:
    """A column headed as the name of what the table lists: "Dataset Name", "Model name"."""
    return next((i for i, name in enumerate(names) if _NAME_HEADER.fullmatch(name)), None)


def _linked_column(rows: list[Row]) -> int | None:
    """The first column in which most cells start with a link (rows may be ragged)."""
    cells: Counter[int] = Counter()
    linked: Counter[int] = Counter()
    for row in rows:
        for column, cell in enumerate(row.cells):
            cells[column] += 1
            linked[column] += bool(cell.links and cell.raw.startswith(("[", "<", "*", "_")))
    return next((column for column in range(len(cells))
                 if linked[column] * 2 > cells[column]), None)


_WORDS_ONLY = re.compile(r"[^\w ]+")  # "📄New Page" is "New Page"


def _bold_named(entry: Entry) -> bool:
    return entry.kind == "text" and entry.raw.lstrip().startswith(("**", "__"))


def _mostly_bold(entries: list[Entry]) -> bool:
    """Whether most of these works are named in bold (``**[CCEdit] Title** (CVPR 2024)``)."""
    return sum(map(_bold_named, entries)) * 2 > len(entries)


def _named_column(rows: list[Row], linked: int | None) -> int | None:
    """The column that names the rows: the linked one, unless its links are labels that
    repeat ("[YouTube](…)", "[Bilibili](…)") after a first column of titles; none when
    its cells hold several links each ("[OpenThoughts](…), [Self-RAG](…)")."""
    if not linked:
        return linked
    cells = [row.cells[linked] for row in rows if linked < len(row.cells)]
    linking = [cell for cell in cells if cell.links]  # "pytest, unittest" names no entry
    if sum(len([k for k in cell.links if not k.image]) > 1 for cell in linking) * 2 \
            > len(linking):
        return None  # cells of several links each: a summary that refers to entries
    def labels(column: int) -> list[str]:
        return [row.cells[column].label for row in rows if column < len(row.cells)]
    repeated = len(set(labels(linked))) * 2 <= len(labels(linked))
    titles = labels(0)
    if repeated and len({_WORDS_ONLY.sub("", t).casefold() for t in titles}) * 2 <= len(titles):
        return None  # "| Update | … | [URL](…) |" again and again: a log, no listing
    return 0 if repeated and len(set(titles)) == len(titles) and all(titles) else linked


def _table_entry(row: Row, section: int, name: int, license_: int | None,
                 description: int | None) -> Entry | None:
    if name >= len(row.cells):
        return None
    cell = row.cells[name]
    link = next((k for k in cell.links if not k.image and k.text.strip()), None)
    if link is None and not any(c.raw for c in row.cells[:name] + row.cells[name + 1:]) \
            and _EMPHASIZED.fullmatch(cell.raw):
        return None  # "| **General Purpose** | | |": a label of the rows below it

    def text(column: int | None) -> str:
        return row.cells[column].text if column is not None and column < len(row.cells) else ""

    license_cell = row.cells[license_] if license_ is not None and license_ < len(row.cells) \
        else None
    links = tuple(k for c in row.cells for k in c.links)
    name = _TRAILING_MARKS.sub("", without_shortcodes(cell.label))  # "[Lyrasense](url) ❗"
    return Entry(name, link.url if link else None, text(description),
                 row.line, cell.column, section, 0, None, link, license_cell, (), cell.raw, links,
                 in_table=True, kind="link" if link else "text", end_line=row.line)


def _as_written(token: dict) -> str | None:
    """A link's text as the source writes it (``&amp;`` and all), when it is plain text."""
    children = token.get("children", [])
    return children[0]["raw"] if len(children) == 1 and children[0]["type"] == "text" else None


def _trailing_tags(content: str, column: int) -> tuple[tuple[str, int], ...]:
    """The `` `tags` `` an item's one line ends with, read from its end (a search from the
    start took quadratic time on a line of tags); none when the line is only tags."""
    if "\n" in content:
        return ()  # their columns are exact on one line only
    tags: list[tuple[str, int]] = []
    end = _before_blanks(content, len(content))
    while content[end - 1:end] == "`":
        start = content.rfind("`", 0, end - 1)
        if start < 0 or start == end - 2:
            break
        tags.append((content[start + 1:end - 1], column + start + 1))
        end = _before_blanks(content, start)
    return tuple(reversed(tags)) if end > 0 else ()


def _before_blanks(text: str, end: int) -> int:
    """Where the run of spaces and tabs that ends at ``end`` starts."""
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    return end
