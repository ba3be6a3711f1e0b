"""Bullet entries read `- [Name](url) - Description.`: one separator, capital, final period."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, replace

from awesome_lint.model import Document, Entry
from awesome_lint.problem import Fix, Problem, one_line
from awesome_lint.urls import last_segment, repository

ID = "list-item-style"
SEVERITY = "warning"
FIXABLE = True
CONF: dict[str, type | tuple] = {
    "separator": str,
    "capitalize": bool,
    "allow-lowercase": list,
    "period": ("consistent", "always", "never", "off"),
    "double-space": bool,
    "empty-description": bool,
}
DEFAULT: dict[str, object] = {
    "separator": "consistent",
    "capitalize": True,
    "allow-lowercase": ["npm", "pnpm", "pip", "webpack", "cd", "ls", "git", "curl", "grep",
                        "ssh", "sudo", "vim", "wget"],
    "period": "consistent",
    "double-space": True,
    "empty-description": False,
}

_SEPARATOR = re.compile(  # "[Name](url). Description." too, as some guides ask
    r"[ \t]*(?:->|--|[-\u2013\u2014\u2192:=\uff1a]|\.(?=[ \t]+(?:[^\s\[]|$))|&mdash;|&ndash;"
    r"|\|(?=[ \t]+[^\s\[|`*_<!]))"  # "| A tool", not "| [Docs](url)"
    r"[ \t\u00a0]*")
_GAP = re.compile(r"[ \t]+")
_SPACED_LINK = re.compile(r"\[[^\[\]]+\][ \t]+\(https?://[^\s()]+\)")  # a link mistyped
_TAG_AFTER_LINK = re.compile(r"[ \t]*\[[^\[\]()]+\]")  # "[Name](url) [.NET]"
_LOWERCASE_SENTENCE = re.compile(  # "a massively scalable engine.", not "and [B](url)"
    r"(?!(?:and|or|by|with|from|in|on|at|for|via|vs|see|also|of|to)\b)"
    r"[a-z]+(?:[,;]?[ \t]+[a-z][\w'-]*){3,}")
_GLUED = re.compile(r"[^\W_][\w'-]*[ \t]+\w")  # prose right after the link
# An entry as a contributing guide shows it: "`* [project-name](url) - A short description.`"
_TEMPLATE = re.compile(  # "(url)", and "(url]" as a guide may mistype it
    r"\[[^\]\n]+\]\([^)\]\n]+[)\]]([ \t]*(?:-|\u2013|\u2014|:)[ \t]+)([^`\n|]*?\S)"
    r"[ \t]*(?:`|$)", re.MULTILINE)
_AUTHOR_WORDS = frozenset(("et", "al.", "al", "&", "and"))
_CITATION = re.compile(r"\(\s*(?:19|20)\d\d[a-z]?\s*\)\.?$")
_CLEAN_SEPARATOR = re.compile(r" ?[-\u2013\u2014:] ")  # not a guide's slip: "  - "
_JOINED = re.compile(r"(?:-\w+-|[ \t]+(?:and|or|&)[ \t]+)\[")
_BACKTICKS = re.compile(r"`+")
_BRACKETS = {"[": re.compile(r"\\.|[\[\]]", re.DOTALL),
             "(": re.compile(r"\\.|[()]", re.DOTALL)}
_WORD = re.compile(r"[^\W_][\w+#./'-]*")
_URL = re.compile(r"https?://|www\.")
_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_TWO_SPACED = re.compile(r"[.!?]  (?=[A-Z])")  # between sentences
_ONE_SPACED = re.compile(r"[.!?] (?=[A-Z])")
# What may trail a description after its final punctuation: spaces, badges, HTML, markers
# like **[Deprecated]**, a parenthesised group of links such as ([Demo](url), [Source](url)),
# and tags like `MIT` `Go` (two or more; a single code span may be prose: "like `rm`").
# They are written backwards and matched on the reversed line from where a trailer ends, so
# that finding one costs its own length (a search from the line's start took time quadratic
# in its length); the longest match is where the trailer starts.
_LINK_BACKWARDS = r"\)[^)\s]*\(\][^\]]*\["  # [text](url)
_REF_BACKWARDS = r"\][^\]]*\[\][^\]]*\["  # [text][ref]
_TRAILERS = tuple(re.compile(pattern) for pattern in (
    r"\s+",
    _LINK_BACKWARDS + "!",  # an image
    _REF_BACKWARDS + "!",  # an image by reference
    r"\][^\]\[]*\[!",  # an image by a shortcut reference: "![foss]"
    # a badge: a link around one or more images
    rf"\)[^)\s]*\(\](?:\s*(?:{_LINK_BACKWARDS}|{_REF_BACKWARDS})!)+\s*\[",
    r">[^<>]*<",
    r">[a-zA-Z0-9]+/<[^<>]*>[^<>]*<",  # an inline element: "<sup>DRAFT</sup>"
    r":[a-z0-9_+-]+:",  # an emoji shortcode
    r"(?:\*\*|__)?\][^\]]*\[(?:\*\*|__)?",
    r"(?:`[^`]+`\s*){2,}",
    rf"\)(?:{_LINK_BACKWARDS}\s*[,;]?)*{_LINK_BACKWARDS}\(",
    rf"{_LINK_BACKWARDS}\s*[/|,\u00b7\u2022]\s*(?=\))",  # the last of a row: "[a](…) / [b](…)"
    r"[*_]+\s*(?=[.!?])",  # a stray emphasis mark after the sentence: "conferences. *"
    r"\)[^)\s]*\(\][^\w\[\]]*\[(?:\s*[|/,\u00b7\u2022])?",  # a link of a mark: "| [🌱](url)"
    rf"{_LINK_BACKWARDS}\s+[-\u2013\u2014]\s+(?=[.!?])",  # "An API. - [Source Code](url)"
))
_TAG = re.compile(r"`[^`]+`")  # backwards too
_EMPHASIZED_NOTE = re.compile(r"([_*])[^_*\n]+\1(?=\s)")  # "_Previously: `x`_", backwards
_LINK_IN_BRACKETS = re.compile(r"\)[^)\s]*\(\]\][^\]]*\[\[(?=\s)")  # "[[LICENSE]](url)"
_BRACKETED_LINK = re.compile(r"\]\)[^)\s]*\(\][^\]]*\[\[(?=\s)")  # "[[code](url)]", backwards
_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
_LEADING_MARKS = re.compile(  # emoji before the link: ":free: ", "🌟 "
    "(?:(?::[a-z0-9_+-]+:|[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+)\\s*)*")
_ELEMENT = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>[^<>]*</\1>")
_FIELD_LINE = re.compile(r"\s*(?:[*_]{1,2})?[A-Z][\w ]{0,20}?(?:[*_]{1,2})?:(?:[*_]{1,2})?\s")
_JOINER = re.compile(r"[ \t]+--[ \t]+(?=\[)")
_NOTE_BEFORE_SEPARATOR = re.compile(r"[ \t]+\([^()]*\)")  # "(Jane Doe): …", a creator
_COLON = re.compile(r"[ \t]*:[ \t]")
_CREDIT = re.compile(r"by\s+(?=\[)", re.IGNORECASE)
_BYLINE = re.compile(r"(?:by|par|von|de|por|di)\s|\S+\s+(?:par|von|por)\s", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(("a", "an", "the", "of", "for", "and", "or", "to", "in", "on",
                            "with", "by", "at", "from", "as", "is"))  # not "a" of "…: a review"
_LABELLED_LINK = re.compile(r"\[(?:paper|pdf|code|arxiv|slides|video|demo|blog|website)\]"
                            r"\([^()\s]+\)[ \t]*(?:-|\u2013|\u2014|:)[ \t]+", re.IGNORECASE)
_LINK_ENDS_IT = re.compile(r"\[[^\[\]]*[.!?]\]\([^()\s]*\)\s*$")  # the period in its text
_TAGGED_NOTE = re.compile(r"`[^`]+`\s*[\u00b7\u2022|]")  # a venue tag, then a note after a dot
# A companion named after the separator, nothing more: "- with [Marathon](url)".
_COMPANION = re.compile(r"(?:with|and|plus|see|via)\s+\[[^\[\]]+\]\([^()\s]+\)\s*$")
# What may follow a description's final punctuation (backwards): a note in parentheses or
# emphasis, or a link ("A web framework. *(See also [x](url))*", "Free tier. [#oss](url)").
_NOTE = re.compile(rf"{_LINK_BACKWARDS}(?=\s)"
                   rf"|(?:[*_]{{1,2}})?[)\uff09](?:[^()]|\)[^()]*\()*[(\uff08](?:[*_]{{1,2}})?"
                   rf"(?=[\s.!?\u3002\uff01\uff1f])")  # or right after the full stop
_MARKDOWN_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")
_WORDS_OUTSIDE_LINKS = re.compile(r"[^\W\d_]{2,}")
_TRAILER_LAST = frozenset(")>]*_`")  # besides white space, what a trailer can end with
_CLOSERS = ")\"'\u201d\u2019*_~"  # ~strikethrough~ too
_ENDINGS = ".!?\u2026\u3002\uff01\uff1f\u203d\u2e2e"  # ideographic . ! ?, interrobang, irony
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,31});$")
_WIDE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")  # CJK, kana, hangul
_UNFIXABLE_END = ",;:-\u2013\u2014"
_SENTENCES = re.compile(r"[.!?]\s+[A-Z]|\w{2}[.!?]\s+[a-z]{3,}")  # "UI. works on macOS."
_CLEAR_MAJORITY = 0.75  # below it a list has no habit to follow
# Lists that ask for a final period keep 90% and more (awesome-ios, awesome-mac, awesome-elixir);
# awesome-rust ends 43% of its items with ".", free-for-dev 77%: no rule there.
_PERIOD_MAJORITY = 0.8
_ASKS_FOR_PERIOD = re.compile(  # "End all descriptions with a full stop/period."
    r"(?<!n't )(?<!not )(?<!never )\bend(?:s|ing)?\b(?:(?!\bno\b|\bwithout\b|n't\b)[^.\n`]){0,40}?"
    r"\b(?:full stop|period)\b",
    re.IGNORECASE)
_ABBREVIATION = re.compile(  # "etc.", "e.g.", "Ph.D."
    r"(?:\b(?:etc|Inc|Ltd|Co|Corp|al|vs)|\b\w\.\w|\b[A-Z][a-z]?\.[A-Z][a-z]?)\.$")


@dataclass(frozen=True, slots=True, eq=False)
class _Item:
    """A bullet entry's first line cut into parts; ``sep`` and ``start`` index ``text``."""

    entry: Entry
    text: str
    column: int  # column of text[0]
    sep: int  # where the separator (or the gap standing in for one) begins
    start: int  # the description's first character; -1: no description on this line
    hidden: bool  # an HTML comment was blanked out of the item's text
    below: int = 0  # how many lines below the item's first ``text`` is
    tagged: bool = False  # a tag stands between the link and the separator: "[Go]"
    inside: bool = False  # the colon stands inside the emphasis: "**[Name](url):**"

    @property
    def wrapped(self) -> bool:
        """The separator ends the first line, the description follows on the next; or the
        link does, and the next line starts a sentence: a separator left out."""
        if self.start >= 0 or "\n" not in self.entry.raw:
            return False
        if self.sep < len(self.text) and _SEPARATOR.fullmatch(self.text, self.sep):
            return True
        return not self.text[self.sep:].strip() and self.continued().text.lstrip()[:1].isupper()

    @property
    def unseparated(self) -> bool:
        """The link alone on its line, the description on the next without a separator;
        not a line that ends in a hard break (two spaces, a backslash): a layout."""
        return self.wrapped and not self.text[self.sep:].strip() \
            and not self.text.endswith(("  ", "\\"))

    @property
    def dangling(self) -> bool:
        """A separator ends the item, and nothing follows it: `- [Name](url) -`."""
        return self.start < 0 and "\n" not in self.entry.raw and not self.entry.children \
            and self.sep < len(self.text.rstrip()) \
            and bool(_SEPARATOR.fullmatch(self.text.rstrip(), self.sep))

    @property
    def described(self) -> bool:
        """It has a description whose end the period check reads."""
        return self.start >= 0 or self.wrapped

    def at(self, index: int) -> int:
        return self.column + index

    def continued(self) -> _Item:
        """The line the description of a wrapped item starts on."""
        text = self.entry.raw.split("\n")[1]
        start = len(text) - len(text.lstrip())
        return replace(self, text=text, column=1, sep=start, start=start, below=1)


def check(document: Document, conf: dict) -> Iterator[Problem]:
    paragraphs = {e.line for lst in document.entry_lists if lst.is_paragraphs
                  for e in lst.entries}
    items = [item for e in document.entries if not e.in_table and e.kind != "label"
             and e.line not in paragraphs if (item := _cut(e, document, conf))]
    names = _names_in_lowercase(document)
    conf = {**conf, _NAMESPACES: _namespaces(document),
            _LOWERCASE_NAMES: _LowercaseNames(document)}
    separator = _expected_separator(items, conf["separator"])
    templates = _TEMPLATE.findall(document.guide)  # (separator, description) the guide shows
    guided = _guide_separators(templates, conf["separator"])
    ends = {item: _end(item) for item in items if item.described and conf["period"] != "off"}
    period = _expected_period(ends, conf["period"], templates, document.guide)
    capitalize = conf["capitalize"] and _capital_habit(items, conf)
    two_spaced = conf["double-space"] and _two_spaced_sentences(items)
    tags_first = separator and _tags_first(items)
    for item in items:
        if _labels_its_items(item):
            continue  # "- [OpenTripPlanner](url) Community" over the community's links
        # Where a comment was blanked, columns hold but the words around it may not.
        if item.start >= 0 and not item.hidden:
            if separator and item.text[item.sep:item.start] not in guided and not item.inside:
                yield from _separator(item, separator)
            if capitalize and item.start > item.sep:  # glued on: its separator is the slip
                yield from _capitalize(item, conf, names)
            if tags_first and not item.tagged:
                yield from _tag_after_separator(item)
        elif item.wrapped and not item.hidden:
            if separator and item.unseparated:
                yield _unseparated(item, separator)
            if capitalize:
                yield from _capitalize(item.continued(), conf, names)
        elif separator and item.dangling and not item.hidden:
            yield _dangling(item)
        if period and item.described and not item.hidden and not _heads_its_items(item):
            yield from _period(item, ends[item], period)
        if conf["double-space"]:
            yield from _double_spaces(item, document, bool(separator), two_spaced)
        if conf["empty-description"]:
            yield from _empty_description(item)


# ------------------------------------------------------------------ the parts of an item
def _cut(entry: Entry, document: Document, conf: dict) -> _Item | None:
    """The item's parts, or None when it does not start with a link (``[Name] https://…``
    is missing-link's to report; ``[Name] (https://…)`` too, but its description is read)."""
    text = entry.raw.split("\n", 1)[0]
    spaced = _SPACED_LINK.match(text) if entry.link is None else None
    if (entry.link is None and spaced is None) or (entry.link and entry.link.kind == "html"):
        return None  # an item written in HTML keeps the style of its markup
    marks = _LEADING_MARKS.match(text).end()  # ":free: [Name](url)"
    lead = len(text) - len(text[marks:].lstrip("*_"))  # **[Name](url)**
    end = spaced.end() if spaced else _link_end(text, lead)
    if end < 0:
        return None
    closer = text[marks:lead][::-1]
    inside = lead > marks and text.startswith(":" + closer, end)
    if inside:  # "**[BLEU](url):** Evaluates": read as "**[BLEU](url)**: Evaluates"
        text = text[:end] + closer + ":" + text[end + 1 + len(closer):]
    if lead > marks and text.startswith(closer, end):
        end += lead - marks
    code = _code_spans(text)
    adorned = _skip_adornments(text, end, code)
    tagged = bool(_TAG_AFTER_LINK.fullmatch(text, end, adorned))
    sep, start = _description_start(entry, text, adorned, conf, tagged)
    return _Item(entry, text, entry.column, sep, start, _hidden(entry, document),
                 tagged=tagged, inside=inside)


def _labels_its_items(item: _Item) -> bool:
    """Whether the item is a group's label: a link and a word or two, no separator, over
    nested items."""
    if not item.entry.children or item.start < 0 or item.text[item.sep:item.start].strip():
        return False
    rest = item.text[item.sep:].strip()
    return 0 < len(rest.split()) <= 2 and rest[-1:].isalnum()


def _heads_its_items(item: _Item) -> bool:
    """Whether a short label over nested items describes them, not a sentence of its own
    ("- [Greasemonkey](url) - Firefox" over "  - Supports GM 4 userscripts.")."""
    if not item.entry.children or item.start < 0 or "\n" in item.entry.raw:
        return False
    words = item.text[item.start:].split()
    return 0 < len(words) <= 4 and all(word[:1].isupper() for word in words)  # "Chrome, Opera"


def _hidden(entry: Entry, document: Document) -> bool:
    lines = entry.raw.split("\n")
    source = document.lines[entry.line - 1:entry.line - 1 + len(lines)]
    return lines != [source[0][entry.column - 1:], *source[1:]]


def _link_end(text: str, index: int) -> int:
    """The index after a link or image starting at ``index``, or -1 if none starts there."""
    if text.startswith("!", index):
        index += 1
    if not text.startswith("[", index):
        return -1
    end = _balanced(text, index, "[", "]")
    if end > 0 and text.startswith(("(", "["), end):
        return _balanced(text, end, text[end], ")" if text[end] == "(" else "]")
    return end


def _balanced(text: str, index: int, opener: str, closer: str) -> int:
    depth = 0
    for match in _BRACKETS[opener].finditer(text, index):
        char = match.group()
        if char == opener:
            depth += 1
        elif char == closer:
            depth -= 1
            if depth == 0:
                return match.end()
    return -1


def _skip_adornments(text: str, end: int, code: dict[int, int]) -> int:
    """After badges, `⚠` marks, crate links and credits ("by [Author](url)") that stand
    between a name and its separator."""
    while True:
        gap = _GAP.match(text, end)
        at = gap.end() if gap else end
        after = code.get(at, -1)
        if after < 0:
            credit = _CREDIT.match(text, at)  # "by [Author](url)" before the separator
            after = _link_end(text, credit.end() if credit else at)
        if after < 0 and (mark := _SHORTCODE.match(text, at) or _ELEMENT.match(text, at)):
            after = mark.end()  # :zap:, <sup>PDF</sup> and the like
        if after < 0 and text.startswith("[[", at):
            after = _balanced(text, at, "[", "]")
        if after < 0 and (joined := _JOINER.match(text, end)):  # "[Blog](url) -- [Post](url)"
            after = _link_end(text, joined.end())
            after = after if after >= 0 and _separated(text, after) else -1
        if after < 0 and text.startswith("(", at) and at > end:  # "[Post](url) (Jane Doe): …"
            after = _balanced(text, at, "(", ")")
            credit = after > 0 and _link_end(text, at + 1) == after - 1  # "([@radio](url))"
            separator = _SEPARATOR if credit else _COLON
            after = after if after >= 0 and separator.match(text, after) else -1
        if after < 0 or not (_SEPARATOR.match(text, after) or _GAP.match(text, after)
                             or _ELEMENT.match(text, after) or not text[after:].strip()):
            return end
        end = after


def _separated(text: str, at: int) -> bool:
    """Whether a separator follows, after a note in parentheses or not."""
    note = _NOTE_BEFORE_SEPARATOR.match(text, at)
    return bool((_COLON if note else _SEPARATOR).match(text, note.end() if note else at))


def _code_spans(text: str) -> dict[int, int]:
    """Where each code span of ``text`` starts, and where it ends: from a run of backticks to
    the next run of as many, as in CommonMark. One pass over the runs: a regex took quadratic
    time on a line of backticks."""
    if "`" not in text:
        return {}
    runs = [match.span() for match in _BACKTICKS.finditer(text)]
    by_length: dict[int, deque[int]] = defaultdict(deque)
    for index, (start, end) in enumerate(runs):
        by_length[end - start].append(index)
    spans: dict[int, int] = {}
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        while same and same[0] <= index:
            same.popleft()
        if same:
            closer = same.popleft()
            spans[start] = runs[closer][1]
            index = closer
        index += 1
    return spans


def _in_code(spans: dict[int, int], starts: list[int], position: int) -> bool:
    """Whether ``position`` is in one of the ``spans``, whose ``starts`` are sorted."""
    before = bisect_right(starts, position) - 1
    return before >= 0 and position < spans[starts[before]]


def _description_start(entry: Entry, text: str, end: int, conf: dict,
                       tagged: bool = False) -> tuple[int, int]:
    """Where the separator and the description begin; -1 when there is no description.
    After a tag (``[.NET]``), a sentence in lowercase is a description too."""
    separator = _SEPARATOR.match(text, end)
    if _JOINED.match(text, end):
        return end, -1  # "[samples](url)-and-[examples](url)": two links, no description
    if separator:
        body = separator.end()
        return end, body if text[body:].strip() else -1
    gap = _GAP.match(text, end)
    # Without a dash, only prose that reads as a description counts as one: not "(Manning)".
    if gap and (_starts_like_description(text[gap.end():], entry, conf)
                or (tagged and _LOWERCASE_SENTENCE.match(text, gap.end()))):
        return end, gap.end()
    if _GLUED.match(text, end):
        return end, end  # "[RedisClient](url)redis client GUI tool"
    return end, -1


def _starts_like_description(text: str, entry: Entry, conf: dict) -> bool:
    if _BYLINE.match(text):
        return False  # an author or a publisher: "By Felipe Lima", "Français par Grafikart"
    return bool(text[:1].isupper() or text[:1].isdigit() or _named_start(text, entry, conf))


def _named_start(text: str, entry: Entry, conf: dict) -> bool:
    """The text starts with a name written lowercase on purpose, or with a URL."""
    if _URL.match(text):
        return True
    text = _ESCAPED.sub(r"\1", text)  # "pg\_back" is pg_back
    word = _WORD.match(text)
    if not word:
        return False
    first = _first_word(word.group())
    # Mixed case (iOS, gRPC), digits, underscores (x86_64, k8s), slashes and dots (os.path)
    # mark a name, a path or a term of art, and so does a colon after it (npm:, go:generate)
    # and the entry's own name or its repository's.
    return (first in conf["allow-lowercase"] or first in conf.get(_LOWERCASE_NAMES, ())
            or first.split("-", 1)[0] in conf["allow-lowercase"]  # "pip-installable"
            or (len(first) == 1 and not first.isascii())  # a symbol: "λ Gordon is …"
            or (first not in conf.get(_NAMESPACES, ()) and _own_name(first, entry))
            or text.startswith(":", word.end())
            or any(char.isupper() or char.isdigit() or char in "_/." for char in first))


class _LowercaseNames:
    """The entries' names that the list writes in lowercase only ("osquery", never
    "Osquery"): their makers' spelling, right at the start of a description. A name that
    is also a word the list capitalises ("mock", "Mock data") is no such spelling."""

    def __init__(self, document: Document) -> None:
        self._names = {e.name for e in document.entries if e.name.islower() and " " not in e.name}
        self._text = document.text
        self._found: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or word not in self._names:
            return False
        if word not in self._found:
            self._found[word] = not self._written(word.capitalize())
        return self._found[word]

    def _written(self, word: str) -> bool:
        """Whether the text has the word on its own, not inside another."""
        at = self._text.find(word)
        while at >= 0:
            end = at + len(word)
            alone = not (at and _NAME_CHAR.match(self._text, at - 1))
            if alone and not _NAME_CHAR.match(self._text, end):
                return True
            at = self._text.find(word, end)
        return False


def _namespaces(document: Document) -> frozenset[str]:
    """Prefixes that five names of the list or more begin with ("react-native" of
    react-native-sound, react-native-maps...): a platform, not one entry's own name."""
    prefixes = Counter(entry.name.casefold()[:hyphen.start()] for entry in document.entries
                       for hyphen in _HYPHEN.finditer(entry.name))
    return frozenset(prefix for prefix, count in prefixes.items() if count >= 5)


def _own_name(first: str, entry: Entry) -> bool:
    """Whether the word names the entry or what it is built on: its name or its
    repository's, or a compound made of their words ("react-native-sound" for
    react-native-sound-demo, "c-lightning" for lightning; not "zero-allocation" for zero)."""
    own = {entry.name, _repository(entry), entry.name.partition(".")[0] if
           _DOMAIN.fullmatch(entry.name) else ""}  # "unhosted" of unhosted.org
    if first in own or (first in entry.name.split()[1:] and first not in _FUNCTION_WORDS):
        return True  # as the name writes it: "PHP htaccess Injection" - htaccess files
    stem, *rest = _NAME_PARTS.split(_repository(entry).casefold())
    if first == stem and rest and all(part in _PORT_SUFFIXES for part in rest):
        return True  # "mxnet" of mxnet-rs, a port or binding of it
    if "-" in entry.name and first == entry.name.split("-", 1)[0] and len(first) >= 3 \
            and first != "awesome":
        return True  # "kubectl plugin to …" of kubectl-tree: what it extends
    parts = {part for name in own for part in _NAME_PARTS.split(name.casefold())}
    words = [part for part in _NAME_PARTS.split(first) if len(part) >= 3]
    shared = [word for word in words if word in parts]
    return "-" in first and bool(shared) and (len(shared) >= 2 or shared == words)


def _first_word(word: str) -> str:
    return word.rstrip(".'-").removesuffix("'s")


def _repository(entry: Entry) -> str:
    return last_segment(entry.url or "").removesuffix(".git")


# ------------------------------------------------------------------ separator
def _expected_separator(items: list[_Item], option: str) -> str:
    if option != "consistent":
        return "" if option == "off" else option
    # An item with none counts too: a list whose items mostly have none has no separator
    # to ask of the few that do; so does one whose description starts the next line.
    written = Counter(sep if i.start >= 0 and _SEPARATOR.fullmatch(sep := i.text[i.sep:i.start])
                      else "" for i in items if i.start >= 0 or i.unseparated)
    return _convention(written, " - ")


def _guide_separators(templates: list[tuple[str, str]], option: str) -> frozenset[str]:
    """The separators the contributing guide's entries show: an item written as the guide
    says is no slip, whatever most items do."""
    if option != "consistent":
        return frozenset()
    return frozenset(found for found, _ in templates if _CLEAN_SEPARATOR.fullmatch(found))


def _convention(counts: Counter[str], preferred: str,
                majority: float = _CLEAR_MAJORITY) -> str:
    """What most items do, when a clear majority does it; "" when the list has no habit."""
    total = sum(counts.values())
    if not total:
        return ""
    value = max(counts, key=lambda v: (counts[v], v == preferred))
    return value if counts[value] >= majority * total else ""


def _separator(item: _Item, expected: str) -> Iterator[Problem]:
    written = item.text[item.sep:item.start]
    if written.replace("\u00a0", " ") == expected:  # a no-break space shows as a space
        return
    what = f"separator '{written}'" if written.strip() else "no separator"
    yield Problem(item.entry.line, item.at(item.sep),
                  f"{what} between the link and the description: write '{expected}'",
                  fix=Fix(item.entry.line, item.at(item.sep), item.at(item.start), expected),
                  data={"check": "separator"})


def _tags_first(items: list[_Item]) -> bool:
    """Whether the list tags its items before the separator ("[Name](url) [Go] - …")
    as a clear majority of five or more."""
    described = [item.tagged for item in items if item.start >= 0]
    return len(described) >= 5 and sum(described) >= _CLEAR_MAJORITY * len(described)


def _tag_after_separator(item: _Item) -> Iterator[Problem]:
    """A tag written after the separator where the list writes it before:
    "[Name](url) - [Node.js] framework" for "[Name](url) [Node.js] - framework"."""
    tag = _TAG_AFTER_LINK.match(item.text, item.start)
    if tag is None or item.text.startswith(("(", "["), tag.end()):
        return
    end = _GAP.match(item.text, tag.end())
    end_at = end.end() if end else tag.end()
    written = item.text[item.sep:item.start]
    yield Problem(item.entry.line, item.at(item.start),
                  f"tag '{tag.group().strip()}' after the separator: write it before "
                  f"'{written.strip()}', as the other items do",
                  fix=Fix(item.entry.line, item.at(item.sep), item.at(end_at),
                          f" {tag.group().strip()}{written}"),
                  data={"check": "separator"})


def _unseparated(item: _Item, expected: str) -> Problem:
    end = len(item.text.rstrip())
    return Problem(item.entry.line, item.at(end), "no separator between the link and the "
                   f"description on the next line: write '{expected.rstrip()}'",
                   fix=Fix(item.entry.line, item.at(end), item.at(len(item.text)),
                           expected.rstrip()),
                   data={"check": "separator"})


def _dangling(item: _Item) -> Problem:
    end = len(item.text.rstrip())
    return Problem(item.entry.line, item.at(item.sep),
                   f"separator '{item.text[item.sep:end].strip()}' with no description after "
                   "it: describe the entry or remove it",
                   fix=Fix(item.entry.line, item.at(item.sep), item.at(len(item.text)), ""),
                   data={"check": "separator"})


# ------------------------------------------------------------------ capitalize
def _capital_habit(items: list[_Item], conf: dict) -> bool:
    """Whether the list clearly starts its descriptions with a capital (three in four), or
    writes no more than two in lowercase (slips, not a habit): a list that writes many of
    them in lowercase ("- a collaborative Hackage list."), long or short, keeps its own
    style."""
    starts: Counter[str] = Counter()
    for item in items:
        # Without a separator, only a capital makes text a description: counting those
        # would find the habit in any list ("[Carp](url) [Type-B] statically typed").
        separated = item.start >= 0 and bool(item.text[item.sep:item.start].strip())
        first = _first_letter(item)
        letter = item.text[first:first + 1] if separated else ""
        if letter.isupper():
            starts["upper"] += 1
        elif letter.isalpha() and not _named_start(item.text[first:], item.entry, conf):
            starts["lower"] += 1
    if starts["lower"] < 3:  # a slip or two: too few to be a habit
        return True
    return _convention(starts, "upper") == "upper"


def _first_letter(item: _Item) -> int:
    """Where the description's first word starts: past emphasis marks, and past a link
    labelled as the work's before a separator ("[paper](url) - a survey of …")."""
    description = item.text[item.start:]
    first = item.start + len(description) - len(description.lstrip("*_"))
    labelled = _LABELLED_LINK.match(item.text, first) if item.text[first:first + 1] == "[" \
        else None
    return labelled.end() if labelled else first


def _capitalize(item: _Item, conf: dict, names: frozenset[str]) -> Iterator[Problem]:
    first = _first_letter(item)
    letter = item.text[first:first + 1]
    text = item.text[first:]
    if not letter.islower() or _named_start(text, item.entry, conf) or _BYLINE.match(text) \
            or _COMPANION.match(text) \
            or _made_by_its_own(text, item.entry, conf):
        return  # a name written lowercase, or a credit: "by Jon Harrop."
    line = item.entry.line + item.below
    fix = Fix(line, item.at(first), item.at(first) + 1, letter.upper())
    yield Problem(line, item.at(first),
                  f"description starts lowercase: write '{letter.upper()}'",
                  fix=None if _maybe_a_name(text, names) else fix,
                  data={"check": "capitalize"})


def _made_by_its_own(text: str, entry: Entry, conf: dict) -> bool:
    """Whether the description starts with the entry's own name in its maker's spelling:
    without its version ("mecab-python" of mecab-python3), glued to wide text
    ("natsume-simpleは…"), or the owner's ("tile-ai", "chakki's" of chakki-works)."""
    word = _WORD.match(text)
    first = _first_word(_WIDE.split(word.group(), 1)[0]) if word else ""
    found = repository(entry.url or "")
    owner = found.split("/")[1] if found else ""
    if len(first) < 3 or first in conf.get(_NAMESPACES, ()):
        return False
    return first in (entry.name.rstrip("0123456789"), owner, owner.split("-", 1)[0]) \
        or (first != word.group() and _own_name(first, entry))


def _maybe_a_name(text: str, names: frozenset[str]) -> bool:
    """Whether the first word may be a name or a command, which only the author should
    change: a compound (`go-kit`, though also `high-level`), or a word the list writes
    lowercase as a name or as code elsewhere (`cargo`, `go` of `go test`, but also `money`)."""
    word = _WORD.match(text)
    return bool(word) and ("-" in word.group() or _first_word(word.group()) in names)


def _names_in_lowercase(document: Document) -> frozenset[str]:
    """The lowercase names of the list's entries and repositories, and the first words of
    its code spans."""
    names = set()
    for entry in document.entries:
        names |= {entry.name, _repository(entry)}
        code = (entry.raw[start:end].strip("`") for start, end in _code_spans(entry.raw).items())
        names |= {span.split(maxsplit=1)[0] for span in code if span.strip()}
    return frozenset(name for name in names if name.islower())


_NAME_PARTS = re.compile(r"[-_./\s]+")
_NAMESPACES = "namespaces"  # the rule's own reading of the document, not an option
_LOWERCASE_NAMES = "lowercase-names"  # entries the list names in lowercase ("osquery")
_NAME_CHAR = re.compile(r"[\w-]")
_HYPHEN = re.compile("-")
_ESCAPED = re.compile(r"\\([_*`\[\]])")  # "pg\_back": a backslash-escaped character
_PORT_SUFFIXES = frozenset(("rs", "rust", "py", "python", "js", "node", "go", "golang", "jl",
                            "rb", "ruby", "net", "dotnet", "cpp", "java", "kt", "kotlin",
                            "swift", "php", "hs", "haskell", "ml", "sys", "bindings"))


# ------------------------------------------------------------------ period
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_ONLY_TAGS = re.compile(  # "`Author` **FREE**", "(Spanish)", "⭐ 4.8 (137 ratings) (2026)",
    # "*Deprecated* | [Github](url)"
    r"(?:\s*(?:`[^`]+`|\([^()\n]{1,30}\)|([*_]{1,2})(?:[A-Z][A-Z0-9 -]*|[A-Z][\w'\u2019-]+"
    r"(?: [A-Z][\w.'\u2019-]*){0,2}(?: \([^()\n]{1,20}\))?)\1"  # "*Yegor Bugayenko*": a credit
    r"|[^\w\s`*_()\[\]]+|\d[\d.,]*|\[[^\]]*\]\([^()\s]*\)))+\s*")
_ONLY_LINKS = re.compile(r"(?:[\s,;|/·•-]*\[[^\]]*\]\([^()\s]*\))+\s*")


@dataclass(frozen=True, slots=True)
class _End:
    """Where the description's prose ends: line, column of ``text[0]``, index after it,
    and where on that line the prose starts."""

    line: int
    column: int
    text: str
    index: int
    start: int

    @property
    def punctuated(self) -> bool:
        return _punctuated(self.text, self.index)


def _end(item: _Item) -> _End | None:
    """The end of the description's prose, past tags and badges; None if there is none."""
    lines = item.entry.raw.split("\n")
    while len(lines) > 1 and _FIELD_LINE.match(lines[-1]) and lines[-1].rstrip()[-1:] not in ".!?":
        lines.pop()  # "Size: ~4k tweets", "Paper: [x](url)": a field under the sentence
    if len(lines) == 1:
        line, column, text, start = item.entry.line, item.column, item.text, item.start
    else:
        text = lines[-1]
        line, column, start = item.entry.line + len(lines) - 1, 1, len(text) - len(text.lstrip())
        if not text[start:start + 1].isalnum():
            return None  # not the description going on: "**[back to top](#contents)**"
    index = len(text)
    backwards = text[::-1]
    while index > start and (trailer := _trailer(text, backwards, start, index)) >= 0:
        index = trailer
    if index <= start or _ONLY_LINKS.fullmatch(text, start, index) \
            or _ONLY_TAGS.fullmatch(text, start, index):
        return None  # "- [Slides](url)", "- `inactive`": nothing to end with a period
    return _End(line, column, text, index, start)


def _trailer(text: str, backwards: str, start: int, end: int) -> int:
    """Where what trails ``text[start:end]`` begins, or -1 when it ends in prose;
    ``backwards`` is ``text`` reversed."""
    last = text[end - 1:end]
    symbols = _symbols_start(text, start, end)
    if symbols >= 0:
        return symbols  # emoji and emoticons: "Filter framework.🔥💥"
    if last not in _TRAILER_LAST and not last.isspace() and last != ":":
        return -1  # most descriptions end in a letter or a period: skip the search
    at, stop = len(text) - end, len(text) - start
    longest = max((found.end() for pattern in _TRAILERS
                   if (found := pattern.match(backwards, at, stop))), default=at)
    if longest > at:
        return len(text) - longest
    for after_sentence in (_TAG, _NOTE, _BRACKETED_LINK, _LINK_IN_BRACKETS, _EMPHASIZED_NOTE):
        tail = after_sentence.match(backwards, at, stop)
        if tail and tail.end() < stop and _after_sentence(text, len(text) - tail.end()):
            return len(text) - tail.end()
    return -1


def _after_sentence(text: str, start: int) -> bool:
    """Whether what starts at ``start`` follows a finished sentence, or a marker that does
    ("A parser. [BSD] [website](url)")."""
    end = _before_space(text, start)
    return _punctuated(text, end) or text[end - 1:end] in "])"  # after a note, checked next


def _symbols_start(text: str, start: int, end: int) -> int:
    """Where a trailing run of symbols (with spaces and brackets) begins, or -1."""
    at = end
    while at > start and _decoration(text[at - 1]):
        at -= 1
    run = text[at:end]
    if run.count(")") > run.count("("):
        return -1  # the end of a note: "SDK. (Check Cart API ⚠️)"
    has_symbol = any(not char.isascii() and unicodedata.category(char)[0] == "S" for char in run)
    return at if has_symbol and at < end else -1


def _decoration(char: str) -> bool:
    """A space, bracket or non-ASCII symbol that may stand after a sentence's end: emoji,
    emoticons. ASCII punctuation is Markdown's (backticks, emphasis) or the sentence's."""
    if char.isspace() or char in "()\ufe0f\u200d":  # an emoji's variation selector, joiner
        return True
    return not char.isascii() and unicodedata.category(char)[0] in "SP" \
        and char not in _ENDINGS + _CLOSERS


def _before_space(text: str, end: int) -> int:
    """Where the white space that ends ``text[:end]`` starts."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


def _punctuated(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in .!?… before any closing brackets, quotes or emphasis."""
    while end and text[end - 1] in _CLOSERS:
        end -= 1
    if text[end - 1:end] == ";" and (reference := _CHARACTER_REFERENCE.search(text, 0, end)):
        return html.unescape(reference.group())[-1:] in _ENDINGS  # "&#x3F;" shows "?"
    return text[end - 1:end] in _ENDINGS if end else True


def _expected_period(ends: dict[_Item, _End | None], option: str, templates: list[tuple[str, str]],
                     guide: str) -> str:
    """The period the items should end with: the option's, or the list's habit unless its
    contributing guide shows an entry written otherwise (then the list is in two minds,
    and neither side is a slip). A guide that asks for the period in words ("End all
    descriptions with a full stop") makes it the rule where two items in three keep it."""
    if option != "consistent":
        return "" if option == "off" else option
    ends = Counter("always" if end.punctuated else "never"
                   for i, end in ends.items() if end and not _credit(i, end, dated=True))
    if _ASKS_FOR_PERIOD.search(guide) and ends["always"] * 3 >= sum(ends.values()) * 2:
        return "always"
    habit = _convention(ends, "always", _PERIOD_MAJORITY)
    written = {"always" if description[-1:] in _ENDINGS else "never"  # not a placeholder:
               for _, description in templates  # "[Name](url) - Description"
               if description[-1:] in _ENDINGS or len(description.split()) > 1}
    return "" if habit and len(written) == 1 and habit not in written else habit


def _opens_its_items(item: _Item, end: _End) -> bool:
    """"Does b, including:" over nested items: the sentence goes on in them."""
    return item.entry.children > 0 and end.text[:end.index].rstrip().endswith(":")


def _credit(item: _Item, end: _End, dated: bool = False) -> bool:
    """Whether the description only credits a site ("- w3schools.com") or cites authors and
    a year, not a sentence to end with a period. A name ("- Kendra Little") reads like a
    title ("- Roaring Bitmaps"). ``dated``: any text that ends in a year, which tells
    nothing of a list's habit ("Composing retrieval models (2023)")."""
    text = end.text[end.start:end.index]
    if (text[:1] in "wapsv" and _COMPANION.match(text)) \
            or (text[:1] == "`" and _TAGGED_NOTE.match(text)):
        return True  # "with [Marathon](url)", "`IWQoS 2022` · 🏆 Best Paper": no sentence
    words = text.split()
    if (year := _CITATION.search(text.rstrip())) and (dated or _authors(text[:year.start()])):
        return True  # "Smith et al. (2019)": whose and when, not a sentence
    return not end.punctuated and len(words) == 1 and bool(_DOMAIN.fullmatch(words[0]))


def _authors(text: str) -> bool:
    """Whether the text names authors ("Smith et al.", "Dai & Le"), not a sentence
    ("Composing retrieval and language models")."""
    words = text.replace(",", " ").split()
    return len(words) <= 8 and all(word[:1].isupper() or word in _AUTHOR_WORDS
                                   for word in words)


def _period(item: _Item, end: _End | None, expected: str) -> Iterator[Problem]:
    if end is None or _credit(item, end) or _opens_its_items(item, end):
        return
    if expected == "always" and not end.punctuated and _has_words(end) \
            and not _LINK_ENDS_IT.search(end.text):  # "Code on [GitHub.](url)"
        yield _missing_period(end)
    elif expected == "never" and end.punctuated:
        yield from _extra_period(end)
    elif expected == "never" and end.text[end.index - 1] in ",;" and _has_words(end) \
            and not _CHARACTER_REFERENCE.search(end.text, 0, end.index):
        column = end.column + end.index - 1  # "…emulating weak hardware,": cut short
        yield Problem(end.line, column, f"description ends with '{end.text[end.index - 1]}'",
                      data={"check": "period"})


def _has_words(end: _End) -> bool:
    """Whether the description says something in words, outside its links: a date and an
    author's link ("2022-12-01 - [@author](url)") are no sentence to end."""
    return bool(_WORDS_OUTSIDE_LINKS.search(_MARKDOWN_LINK.sub(" ", end.text[end.start:end.index])))


def _missing_period(end: _End) -> Problem:
    column = end.column + end.index
    last = end.text[end.index - 1]
    fixable = last not in _UNFIXABLE_END
    period = "\u3002" if _WIDE.match(last) else "."  # an ideographic full stop after CJK
    return Problem(end.line, column, "description does not end with a period",
                   fix=Fix(end.line, column, column, period) if fixable else None,
                   data={"check": "period"})


def _extra_period(end: _End) -> Iterator[Problem]:
    prose = end.text[:end.index].rstrip(_CLOSERS)
    # An ellipsis, "!" or "?" is not a period, "etc." keeps its own, and so does the last of
    # several sentences.
    if not prose.endswith(".") or prose.endswith("..") or _ABBREVIATION.search(prose) \
            or _SENTENCES.search(prose):
        return
    column = end.column + len(prose) - 1
    yield Problem(end.line, column, "description ends with a period, unlike most items",
                  fix=Fix(end.line, column, column + 1, ""), data={"check": "period"})


# ------------------------------------------------------------------ double spaces
def _two_spaced_sentences(items: list[_Item]) -> bool:
    """Whether the list puts two spaces between sentences (a typist's habit, which GitHub
    shows as one) at least as often as one."""
    two = one = 0
    for item in items:
        two += len(_TWO_SPACED.findall(item.entry.raw))
        one += len(_ONE_SPACED.findall(item.entry.raw))
    return two >= 3 and two >= one


def _double_spaces(item: _Item, document: Document, separator_checked: bool,
                   two_spaced: bool) -> Iterator[Problem]:
    for offset, text in enumerate(item.entry.raw.split("\n")):
        line = item.entry.line + offset
        column = item.column if offset == 0 else 1
        source = document.lines[line - 1]
        runs = list(_DOUBLE_SPACE.finditer(text)) if "  " in text else []
        code = _code_spans(text) if runs else {}
        starts = list(code)
        for run in runs:
            start, end = run.span()
            if separator_checked and offset == 0 and item.sep <= start < item.start:
                continue  # the separator check reports it, and its fix covers it
            if _in_code(code, starts, start) or (two_spaced and text[start - 1] in _ENDINGS):
                continue
            # HTML comments are blanked in the parsed text: only real spaces count.
            if source[column + start - 1:column + end - 1].strip(" "):
                continue
            # Keeping the first space leaves room for a period inserted before the run.
            yield Problem(line, column + start, "two spaces: write one",
                          fix=Fix(line, column + start + 1, column + end, ""),
                          data={"check": "double-space"})


# ------------------------------------------------------------------ empty description
def _empty_description(item: _Item) -> Iterator[Problem]:
    if item.entry.description.strip() or "\n" in item.entry.raw:
        return
    yield Problem(item.entry.line, item.at(len(item.text.rstrip())),
                  f"'{one_line(item.entry.name)}' has no description",
                  data={"check": "empty-description"})
