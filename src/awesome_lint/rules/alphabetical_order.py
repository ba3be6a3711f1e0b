"""The entries of each table and each list are sorted by name."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby, pairwise

from awesome_lint.model import Document, Entry, Table
from awesome_lint.moves import arrange, blocks, longest_sorted
from awesome_lint.naming import folded
from awesome_lint.problem import Fix, Problem, one_line
from awesome_lint.urls import last_segment

ID = "alphabetical-order"
SEVERITY = "warning"
FIXABLE = True
CONF: dict[str, type | tuple] = {
    "ignore-case": bool,
    "ignore-prefixes": list,
    "key": ("auto", "name", "natural", "letters", "words"),
    "ignore-punctuation": bool,
    "sections": list,
    "skip-sections": list,
    "enforce": ("auto", "always"),
}
DEFAULT: dict[str, object] = {
    "ignore-case": True,
    "ignore-prefixes": [],
    "key": "auto",
    "ignore-punctuation": True,
    "sections": [],
    "skip-sections": [],
    "enforce": "auto",
}
# Sorted lists keep 86-100% of neighbours in order, lists ordered otherwise (by importance,
# by date, newest last) 40-72%: measured on 31 real lists.
SORTED_LIST = 0.8
_CLEARLY = 0.05
_LONG_GROUP = 8
_NEARLY_SORTED = 0.85
_APPENDED_RUN = 6

_ALPHABETICAL = re.compile(r"alphabetic|\bA\s*(?:-|to)\s*Z\b", re.IGNORECASE)
_ALPHABETIZE = re.compile(r"alphabeti[sz]", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|don't|doesn't|instead)\b|n't\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n\s*[-*+]\s")
_LEADING = re.compile(r"^[\W_]+")  # emoji, quotes, brackets, dots before the first letter
_DIGITS = re.compile(r"(\d+)")
_YEAR = re.compile(r"\W{0,2}(?:19|20)\d\d\b")
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
_WORD_END = re.compile(r"(?<=\w)[\W_]")
_ARTICLES = ["the ", "a ", "an "]
_SEPARATORS = "-\u2013\u2014:|=>"  # what follows a link and is no mark of it

SortKey = tuple[str | int, ...]
_FOLDED = "fold-letters"  # comparisons of the auto key's own, not options
_WRITTEN = "as-written"
_BY_ADDRESS = "by-address"
_SURNAME = "surname-first"
_PERSON = re.compile(r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z.'\u2019-]*){1,2}")
_SPOKEN_DOT = "spoken-dot"  # ".NET" as "dotnet", between "C++" and "Erlang"
_DIGITS_LAST = "digits-last"  # "CS 50" before "6.004": course codes
_TITLED = "title-first"  # "Argo: The Present" filed under "Argo", before "Argo and Tekton"
_OF_CONTENTS = re.compile(r"\btable of contents\b|\btoc\b|\bcontents (?:section|list)\b"
                          r"|\bin (?:the )?contents\b", re.IGNORECASE)
_BY_YEAR = re.compile(r"\b(?:by|per) (?:year|date)\b|\b(?:newest|latest|most recent) first\b",
                      re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\b(?:19|20)\d\d\b")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN = str.maketrans({"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                        "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
                        "þ": "th", "\u0131": "i", "\u026a": "i"})  # dotless, small capital


def check(document: Document, conf: dict) -> Iterator[Problem]:
    checked = _section_filter(document, conf)
    groups = [table.entries for table in document.tables
              if checked(table.section) and not _sorted_by_a_column_before(table)]
    groups += [lst.entries for lst in document.entry_lists
               if not (lst.is_toc or lst.is_labels or lst.is_cited)
               and not (lst.is_numbered and conf["enforce"] == "auto") and checked(lst.section)]
    guessed = conf["key"] == "auto"
    apart = guessed and conf["ignore-punctuation"]
    scoped = any(map(_files_scopes, groups))
    yearly = bool(_BY_YEAR.search(document.guide))  # "by year, newest first; within a year…"
    named = [tier for entries in groups
             if 2 * sum(e.kind == "address" for e in entries) < len(entries)
             and not _chronological(entries)
             for tier in _tiers(_without_symbols_last([e for e in entries if e.named], apart,
                                                      scoped), yearly)]
    original, conf = conf, _with_key(named, conf)
    if conf["enforce"] == "auto" and in_order(named, conf) < SORTED_LIST:
        # The list is not alphabetical by design, though a long group kept nearly
        # sorted is (a list whose sorting slipped in a few sections), and so is any group
        # mostly in order where the contributing guide asks for the order.
        asked = asks_for_order(document.guide)
        declined = declines_order(document.guide)  # "Do not alphabetize": the list means it
        named = [entries for entries in named
                 if not declined and _slipped(entries, conf, asked)]
    habit = _longer_first(named, conf, unwritten=not asks_for_order(document.guide))
    alike = [*_punctuation_variants(conf, habit), *_article_variant(conf),
             *_caseless_variant(conf, original)] if guessed else []
    for entries in named:
        yield from _out_of_place(document, entries, [conf, *alike, *_case_variant(
            entries, conf, guessed), *_address_variant(entries, guessed),
            *_surname_variant(entries, conf, guessed)])


def _sorted_by_a_column_before(table: Table) -> bool:
    """Whether the rows are sorted by a column before the names' ("| **Coursera** |
    [Economics](url) |", sorted by platform; years, newest first): the table's order is
    that column's."""
    rows = [row for row in table.rows if any(cell.raw for cell in row.cells)]
    natural = {**DEFAULT, "key": "natural"}  # "| 9 |" before "| 10 |"
    key_of = keyer(natural)
    for index in range(table.name_column or 0):
        values = [key_of(row.cells[index].text if index < len(row.cells) else "")
                  for row in rows]
        if len(set(values)) >= 3 and values in (sorted(values), sorted(values, reverse=True)):
            return True  # "| 2025 |" before "| 2024 |": newest first is an order too
    return False


def _without_symbols_last(entries: list[Entry], apart: bool, scoped: bool) -> list[Entry]:
    """The group without the names that start with a symbol kept last ("/r/Malware",
    ".NET Interactive" after "Voilà"), when the comparison is the list's own guess and
    leaves punctuation out: a block of their own, after the letters; not scoped packages
    where the list files them by their letters elsewhere."""
    if not apart:
        return entries
    end = len(entries)
    while end and not entries[end - 1].name[:1].isalnum() \
            and not (scoped and entries[end - 1].name.startswith("@")):
        end -= 1
    return entries[:end] if end else entries


def _files_scopes(entries: Sequence[Entry]) -> bool:
    """Whether a scoped package stands among letters ("@eslint-community/…" among the
    e's): the list files scoped names by their letters, not in a block last."""
    names = [e.name for e in entries if e.named]
    return any(name.startswith("@") and i > 0 and any(later[:1].isalnum()
                                                      for later in names[i + 1:])
               for i, name in enumerate(names))


def _tiers(entries: list[Entry], yearly: bool = False) -> list[list[Entry]]:
    """A group in two blocks by a mark after the link ("[Meet Magento UK](url) 🫡" first,
    then those without), or names in code first ("[`pwabuilder`](url)"), or in years
    where the guide orders by year ("— `INFOCOM 2024`" before "— `IWQoS 2022`"): each block
    sorted on its own."""
    years = [_year_of(entry) for entry in entries] if yearly else [None]
    if None not in years and len(set(years)) > 1 and years in (
            sorted(years), sorted(years, reverse=True)):  # type: ignore[type-var]
        return [list(block) for _, block in groupby(entries, key=_year_of)]
    marks = [(_mark(entry), f"[`{entry.name}`]" in entry.raw) for entry in entries]
    cut = next((i for i in range(1, len(marks)) if marks[i] != marks[0]), len(marks))
    if 2 <= cut <= len(marks) - 2 and len(set(marks[cut:])) == 1 \
            and any(mark or code for mark, code in marks):
        return [entries[:cut], entries[cut:]]
    return [entries]


def _year_of(entry: Entry) -> str | None:
    """The year an entry gives after its name ("— `INFOCOM 2024`"), if it gives one."""
    found = _YEAR_AFTER.findall(entry.description)
    return found[-1] if found else None


def _mark(entry: Entry) -> str:
    """The symbol written right after an item's link (an emoji, a star), or ""."""
    if entry.link is None or entry.in_table:
        return ""
    after = entry.raw.split("\n", 1)[0].partition(f"]({entry.link.raw})")[2].split()
    return after[0] if after and not any(char.isalnum() or char in _SEPARATORS
                                         for char in after[0]) else ""


def _chronological(entries: Sequence[Entry]) -> bool:
    """Whether most items start with a year ("[2022](url)", "2023: [CD](url), …"): a
    chronology, in the order of its years."""
    return 2 * sum(bool(_YEAR.match(entry.raw)) for entry in entries) > len(entries)


def asks_for_order(guide: str) -> bool:
    """Whether a contributing guide asks for alphabetical order: a sentence that says so
    and does not say otherwise ("Add new links at the bottom, not alphabetically")."""
    return any(_ALPHABETICAL.search(sentence) and not _NEGATION.search(sentence)
               and not _OF_CONTENTS.search(sentence)  # "the list in contents … sorted"
               for sentence in _SENTENCE_END.split(guide))


def declines_order(guide: str) -> bool:
    """Whether a contributing guide says not to sort ("Do not alphabetize or otherwise
    reposition existing entries")."""
    return any((_ALPHABETICAL.search(sentence) or _ALPHABETIZE.search(sentence))
               and _NEGATION.search(sentence) for sentence in _SENTENCE_END.split(guide))


def _slipped(entries: Sequence[Entry], conf: dict, asked: bool) -> bool:
    """Whether a group of a list not sorted as a whole is meant sorted: long and nearly
    sorted, or mostly in order where the guide asks for the order."""
    if len(entries) >= _LONG_GROUP and (in_order([entries], conf) >= _NEARLY_SORTED
                                        or _appended(entries, conf)):
        return True
    if not asked or len(entries) < 4:
        return False
    kept = longest_sorted(list(map(keyer(conf), (e.name for e in entries))))
    return 3 * len(kept) >= 2 * len(entries)  # most of it in order: entries added unsorted


def _appended(entries: Sequence[Entry], conf: dict) -> bool:
    """Whether the group is sorted up to entries added after it: a sorted run of six or
    more, three in five of the group, that chance does not give (1 in 720)."""
    keys = list(map(keyer(conf), (e.name for e in entries)))
    run = next((i + 1 for i, (a, b) in enumerate(pairwise(keys)) if a > b), len(keys))
    return run >= max(_APPENDED_RUN, 0.6 * len(keys))


def _with_key(groups: Sequence[Sequence[Entry]], conf: dict) -> dict:
    """With ``key = "auto"``, the comparison the list itself keeps best: by name, by
    letters and digits only ("PHP-Mock" before "PHP MySQL"), or numbers as numbers; and
    upper case first ("YDF" before "bitsandbytes") or "The" and "A" left out ("The Bike
    Shed" under B) when the list sorts so."""
    if conf["key"] != "auto":
        return conf
    def best(case: bool) -> tuple[float, dict]:
        choices = [{**conf, "key": key, "ignore-case": case}
                   for key in ("name", "letters", "natural", "words")]
        return max(((in_order(groups, choice), choice) for choice in choices),
                   key=lambda scored: scored[0])

    chosen = best(conf["ignore-case"])
    if conf["ignore-case"]:
        chosen = _clearly_better(chosen, best(False))  # upper case first
    if not conf["ignore-prefixes"]:
        articles = {**chosen[1], "ignore-prefixes": _ARTICLES}
        chosen = _clearly_better(chosen, (in_order(groups, articles), articles))  # "The X"
    return {**chosen[1], _DIGITS_LAST: True} if _digits_last(groups) else chosen[1]


def _digits_last(groups: Sequence[Sequence[Entry]]) -> bool:
    """Whether the list files names that start with a digit after the others ("CS 50"
    before "6.004", in every section): in three groups or more, and never before them. One
    group's number at its end is a name added there, no habit."""
    after = before = 0
    for entries in groups:
        digits = [entry.name[:1].isdigit() for entry in entries]
        if all(digits) or not any(digits):
            continue
        last_digit = len(digits) - 1 - digits[::-1].index(True)
        last_other = len(digits) - 1 - digits[::-1].index(False)
        after += digits.index(True) > last_other
        before += digits.index(False) > last_digit
    return after >= 3 and not before


def _clearly_better(chosen: tuple[float, dict], other: tuple[float, dict]) -> tuple[float, dict]:
    """The other comparison only when it is clearly the list's habit, not by chance."""
    return other if other[0] >= max(chosen[0] + _CLEARLY, SORTED_LIST) else chosen


def _punctuation_variants(conf: dict, longer_first: bool) -> list[dict]:
    """The other ways lists compare punctuation and digits: letters only ("FreeRTOS-rust"
    before "FreeRTOS.rs"), characters as they are (".NET Boxed" first, "Cpp.chat" before
    "CppCast"), numbers as numbers, punctuation as a space ("RSS-Bridge" before "RSS
    Monster"), letters as their Latin base ("Træfik" as "Traefik"), a title before its
    subtitle ("Argo: The Present" before "Argo and Tekton"), a leading dot as spoken
    (".NET" as "dotnet"), the link as written
    ("[blop-lv2]" before "[blop]"). Where the list's own comparison is a guess, a slip
    that one of them explains is not worth a finding."""
    kept = [False, True] if conf["ignore-punctuation"] else [False]
    variants = [{**conf, "key": key, "ignore-punctuation": ignored}
                for key in ("name", "natural", "words") for ignored in kept]
    variants += [{**conf, "key": "letters"}, {**conf, _FOLDED: True}, {**conf, _SPOKEN_DOT: True}]
    variants += [{**conf, _TITLED: True}, {**conf, "key": "letters", _TITLED: True}]
    if longer_first:
        variants.append({**conf, "key": "name", "ignore-punctuation": False, _WRITTEN: True})
    return [variant for variant in variants if variant != conf]


def _caseless_variant(conf: dict, original: dict) -> list[dict]:
    """Case ignored, for a section sorted so where the list otherwise puts capitals first
    ("celerystalk", "kube-hunter", "Nessus" in a list of "Security Talks" before
    "Security"): what the options asked for, though the list mostly does otherwise."""
    return [{**conf, "ignore-case": True}] if original["ignore-case"] \
        and not conf["ignore-case"] else []


def _article_variant(conf: dict) -> list[dict]:
    """"The" and "A" left out, for the one "The Payne" a list files under P where it
    otherwise sorts by the whole name."""
    return [] if conf["ignore-prefixes"] else [{**conf, "ignore-prefixes": _ARTICLES}]


def _longer_first(groups: Sequence[Sequence[Entry]], conf: dict, unwritten: bool) -> bool:
    """Whether the list puts a name before the name it begins ("[blop-lv2]" before
    "[blop]", "Calibre Web" before "Calibre": the order of the links or files as written),
    in three pairs of four at least, of four pairs or more; or in every pair of two or more
    where no guide asks for alphabetical order (which puts "[blop]" first)."""
    pairs = longer = 0
    key_of = keyer({**conf, "key": "name"})
    for entries in groups:
        names = [key_of(e.name)[0] for e in entries]
        position = {name: index for index, name in enumerate(names)}
        for index, name in enumerate(names):
            for stem in _stems(str(name)):
                if stem in position:
                    pairs += 1
                    longer += index < position[stem]
    return (pairs >= 4 and longer >= 0.75 * pairs) \
        or (unwritten and pairs >= 2 and longer == pairs)


def _stems(name: str) -> Iterator[str]:
    """The shorter names this one begins with, up to a space or punctuation."""
    for match in _WORD_END.finditer(name):
        yield name[:match.start()]


def _address_variant(entries: Sequence[Entry], guessed: bool) -> list[dict]:
    """By the link's address, for a group with names in a script without Latin letters
    ("メルカリ", "無印良品"), which lists file by their romanized address."""
    foreign = any(not _LATIN_LETTER.search(entry.name) for entry in entries)
    if not guessed or not foreign:
        return []
    return [{**DEFAULT, "key": "name", _BY_ADDRESS: True}]


def _case_variant(entries: Sequence[Entry], conf: dict, guessed: bool) -> list[dict]:
    """Upper case first, for a group that puts its lowercase names after two or more others
    ("Polygon", "iforce2d", "indiegames") where the list otherwise ignores case; one
    lowercase name is no habit. A name added at the end after them ("Zeta") is a slip in
    that order, not a sign of another."""
    lower = [entry.name[:1].islower() for entry in entries]
    first = lower.index(True) if True in lower else len(lower)
    late = lower[first:].count(False)
    if not guessed or not conf["ignore-case"] or sum(lower) < 2 or first < 2 \
            or late > max(1, len(lower) // 10) or lower[first:first + 2] != [True, True]:
        return []
    return [{**conf, "ignore-case": False}]


def _surname_variant(entries: Sequence[Entry], conf: dict, guessed: bool) -> list[dict]:
    """By the last name, for a group of people ("Daron Acemoglu" under A, "Adam Smith"
    under S): most of its four names or more two or three capitalised words, and sorted
    so rather than by the whole name."""
    people = sum(bool(_PERSON.fullmatch(entry.name)) for entry in entries)
    if not guessed or len(entries) < 4 or people < 0.8 * len(entries):
        return []
    surname = {**conf, _SURNAME: True}
    kept = in_order([entries], surname)
    return [surname] if kept >= SORTED_LIST and kept > in_order([entries], conf) else []


def in_order(groups: Sequence[Sequence[Entry]], conf: dict) -> float:
    """The share of neighbouring entries already in order, in groups of three or more."""
    pairs = ordered = 0
    key_of = keyer(conf)
    for entries in groups:
        if len(entries) < 3:
            continue
        keys = [key_of(e.name) for e in entries]
        pairs += len(keys) - 1
        ordered += sum(1 for a, b in pairwise(keys) if a <= b)
    return ordered / pairs if pairs else 1.0


def sort_key(name: str, conf: dict) -> SortKey:
    """What the rule compares: see the options on the rule's page."""
    return keyer(conf)(name)


def keyer(conf: dict) -> Callable[[str], SortKey]:
    """``sort_key`` with the options read once, for the many names of a group."""
    key, titled = conf["key"], bool(conf.get(_TITLED)) and conf["key"] != "natural"
    plain = keyer({**conf, _TITLED: False}) if titled else None
    prefixes = [(prefix.casefold(), len(prefix)) for prefix in conf["ignore-prefixes"]]
    punctuation, folded, case = conf["ignore-punctuation"], conf.get(_FOLDED), conf["ignore-case"]
    surname, written, digits = conf.get(_SURNAME), conf.get(_WRITTEN), conf.get(_DIGITS_LAST)
    spoken = conf.get(_SPOKEN_DOT)

    def key_of(name: str) -> SortKey:
        text = " ".join(name.split())
        if spoken and text.startswith("."):
            text = "dot" + text[1:]
        if plain is not None and ":" in text:
            title, _, subtitle = text.partition(":")
            return (plain(title)[0] + "\0" + plain(subtitle)[0],)
        for prefix, length in prefixes:
            if text.casefold().startswith(prefix) and len(text) > length:
                text = text[length:]
                break
        if punctuation and not text[:1].isalnum():
            text = _LEADING.sub("", text)
        if folded:
            text = _latin(text)
        if case:
            text = text.casefold()
        if key == "letters":
            text = _NOT_ALPHANUMERIC.sub("", text)
        elif key == "words":
            text = _NOT_ALPHANUMERIC.sub(" ", text)
        if surname and len(words := text.split()) > 1:
            text = " ".join([words[-1], *words[:-1]])
        if written:
            text += "]"  # the closing bracket of "[name]", after "-" and "." in ASCII
        if digits and text[:1].isdigit():
            text = "\U0010ffff" + text
        if key == "natural":
            # re.split puts text at even and digit runs at odd places: tuples compare cleanly.
            chunks = _DIGITS.split(text)
            if len(chunks) == 1:
                return (text,)
            return tuple(int(c) if i % 2 else c for i, c in enumerate(chunks))
        return (text,)
    return key_of


def _latin(text: str) -> str:
    """Letters as their Latin base: accents dropped, ligatures spelt out."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _out_of_place(document: Document, entries: Sequence[Entry],
                  comparisons: Sequence[dict]) -> Iterator[Problem]:
    """Each entry outside a longest sorted run of the group, and where it belongs: the
    fewest entries whose moving sorts the group, so a new entry put in the wrong place
    is seen however many older breaks the group has. The group alone, when that is most
    of it. Each carries the fix that moves them all to their places. Of the comparisons
    (the list's, then others it may keep), the group follows the one that moves fewest;
    an entry that another one keeps in place, between the same neighbours, is not
    reported."""
    named = list(entries)
    runs = [_sorted_run(named, comparisons[0])]
    if len(runs[0][1]) == len(named):
        return  # sorted by the list's own comparison: the others need not be tried
    runs += [_sorted_run(named, conf) for conf in comparisons[1:]]
    keys, kept = max(runs, key=lambda run: len(run[1]))  # the first of equals
    moved = sorted(set(range(len(named))) - set(kept))
    if not moved:
        return
    kept_keys = [keys[i] for i in kept]
    places = {index: bisect_right(kept_keys, keys[index]) for index in moved}
    if len(moved) * 2 > len(named):
        # Mostly out of place: the group keeps another order (importance, dates), and
        # one finding says so better than a line per entry; its fix sorts the group.
        order = sorted(range(len(named)), key=keys.__getitem__)
        yield Problem(named[0].line, named[0].column,
                      f"{len(moved)} of {len(named)} entries are out of alphabetical order",
                      fix=_move(document, named, order),
                      data={"out_of_place": len(moved), "entries": len(named)})
        return
    fix = _move(document, named, _merged(kept, places, keys))
    kept_by = [set(run[1]) for run in runs]
    for index in moved:
        place = places[index]
        before = named[kept[place]] if place < len(kept) else None
        after = named[kept[place - 1]] if place else None
        around = bisect_right(kept, index)
        neighbours = (named[kept[around - 1]] if around else None,
                      named[kept[around]] if around < len(kept) else None)
        if not any(index in kept_by[n] and _fits(named[index], *neighbours, conf)
                   for n, conf in enumerate(comparisons)):
            yield replace(_misplaced(named[index], before, after), fix=fix)


def _sorted_run(entries: Sequence[Entry], conf: dict) -> tuple[list[SortKey], list[int]]:
    """The entries' sort keys by this comparison, and the indexes of a longest sorted run."""
    keys = list(map(_entry_keyer(conf), entries))
    return keys, longest_sorted(keys)


def _entry_keyer(conf: dict) -> Callable[[Entry], SortKey]:
    """What the comparison reads of an entry: its name, or for a comparison by address the
    last part of its link's path ("design-md/mercari/" for "メルカリ")."""
    key_of = keyer(conf)
    if conf.get(_BY_ADDRESS):
        return lambda entry: key_of(last_segment(entry.url or ""))
    return lambda entry: key_of(entry.name)


def _merged(kept: list[int], places: dict[int, int], keys: Sequence[SortKey]) -> list[int]:
    """The group's order once each entry moved is put at its place among those kept
    (several at one place in their own order): sorted, with the fewest moves."""
    arriving: dict[int, list[int]] = {}
    for index in sorted(places, key=keys.__getitem__):
        arriving.setdefault(places[index], []).append(index)
    order: list[int] = []
    for place, index in enumerate(kept):
        order += [*arriving.get(place, ()), index]
    return order + arriving.get(len(kept), [])


def _move(document: Document, entries: Sequence[Entry], order: Sequence[int]) -> Fix | None:
    """The edit that puts the entries in ``order``: each row or item, with all it holds,
    into the place of the one at its position."""
    slots = blocks(document, entries)
    if slots is None:
        return None
    return arrange(document, slots, [document.source(slots[i].first, slots[i].last)
                                     for i in order])


def _fits(entry: Entry, previous: Entry | None, following: Entry | None, conf: dict) -> bool:
    """Whether, by this comparison, the entry sorts between the entries kept in place
    just before and just after it."""
    key_of = _entry_keyer(conf)
    key = key_of(entry)
    return (previous is None or key_of(previous) <= key) and \
        (following is None or key <= key_of(following))


def _misplaced(entry: Entry, before: Entry | None, after: Entry | None) -> Problem:
    """``before``: the first entry kept in place that sorts after this one; ``after``: the
    last one that does not. A fix moves the entry between them."""
    data: dict[str, object] = {}
    if before is not None:
        data |= {"before": one_line(before.name), "before_line": before.line}
    if after is not None:
        data |= {"after": one_line(after.name), "after_line": after.line}
    where = f"before '{data['before']}'" if before else f"after '{data['after']}'"
    return Problem(entry.line, entry.column, f"'{one_line(entry.name)}' should come {where}",
                   data=data)


def _section_filter(document: Document, conf: dict) -> Callable[[int], bool]:
    """Whether a section is checked: itself or an enclosing section is named in the options."""
    wanted = {folded(title) for title in conf["sections"]}
    skipped = {folded(title) for title in conf["skip-sections"]}

    def titles(index: int | None) -> set[str]:
        found: set[str] = set()
        while index is not None:
            section = document.sections[index]
            found.add(folded(section.title))
            index = section.parent
        return found

    def checked(index: int) -> bool:
        around = titles(index)
        return (not wanted or bool(wanted & around)) and not skipped & around

    return checked
