"""Every in-page link ``#fragment`` leads to a heading or an HTML anchor of the page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from awesome_lint.model import Document, Link
from awesome_lint.problem import Fix, Problem, one_line
from awesome_lint.slugs import BUILT_IN_ANCHORS, fragment_key, loose_slug

ID = "broken-anchor"
SEVERITY = "error"
FIXABLE = True
CONF: dict[str, type | tuple] = {"extra-anchors": list}
DEFAULT: dict[str, object] = {"extra-anchors": []}

_SUGGEST = 0.6  # similarity from which the closest anchor is offered as "did you mean"
_REPLACE = 0.9  # similarity from which it is offered as a fix, when no other comes near
_RIVAL = 0.75
# Anchors compared by similarity on one page, for all its broken links together: each
# comparison costs a few microseconds, and a crafted page of 20,000 headings and as many
# broken links asked for 400 million. Past the budget, a broken link gets no "did you mean".
_BUDGET = 10_000


def check(document: Document, conf: dict) -> Iterator[Problem]:
    anchors = _page_anchors(document)
    accepted = anchors.keys() | {fragment_key(anchor)
                                 for anchor in (*BUILT_IN_ANCHORS, *conf["extra-anchors"])}
    titles = Counter(loose_slug(s.title) for s in document.sections[1:])
    guesser = _Guesser(anchors)
    for link in document.links:
        fragment = link.fragment
        if fragment is None or link.image or link.kind == "reference":
            continue  # a reference link is reported once, at its definition
        if fragment and fragment_key(fragment) not in accepted:
            yield _problem(document, link, guesser, titles[loose_slug(link.text)])


def _page_anchors(document: Document) -> dict[str, str]:
    """Heading slugs and HTML anchors as written, keyed by their ``fragment_key``."""
    anchors = {fragment_key(a): a for a in sorted(document.html_anchors)}
    anchors.update((fragment_key(s.slug), s.slug) for s in document.sections[1:])
    return anchors


def _problem(document: Document, link: Link, guesser: _Guesser, same: int) -> Problem:
    message = f"no heading or anchor matches '{link.url}'"
    if same > 1:  # which of the numbered slugs was meant, only the author knows
        return Problem(link.line, link.column, f"{message}; {same} headings read "
                       f"'{one_line(link.text)}': put <a name=\"{link.url[1:]}\"></a> above "
                       "the one meant")
    guess, sure = guesser.guess(link)
    if guess is None:
        return Problem(link.line, link.column, message)
    fix = _fix(document, link, guess) if sure else None
    return Problem(link.line, link.column, f"{message}; did you mean '#{guess}'?", fix=fix)


class _Guesser:
    """Guesses the anchor a broken link meant, within a page's budget of comparisons."""

    def __init__(self, anchors: dict[str, str]) -> None:
        self.anchors = anchors
        self.named = {loose_slug(key): anchor for key, anchor in anchors.items()}
        self.budget = _BUDGET

    def guess(self, link: Link) -> tuple[str | None, bool]:
        """The anchor the link most likely meant and whether that is sure enough to write
        in: the heading its text names, else the most similar anchor."""
        name = loose_slug(link.text)
        if name and name in self.named:
            return self.named[name], True
        if len(self.anchors) > self.budget:
            return None, False
        self.budget -= len(self.anchors)
        wanted = fragment_key(link.url[1:])
        longer = [key for key in self.anchors if key.startswith(wanted + "-")]
        if wanted and len(longer) == 1:  # "#saas-platforms" of "SaaS Platforms & Cloud"
            return self.anchors[longer[0]], False
        ranked = _similar(wanted, self.anchors)
        if not ranked or ranked[0][0] < _SUGGEST:
            return None, False
        sure = ranked[0][0] >= _REPLACE and (len(ranked) == 1 or ranked[1][0] < _RIVAL)
        return self.anchors[ranked[0][1]], sure


def _similar(wanted: str, anchors: dict[str, str]) -> list[tuple[float, str]]:
    """The two anchors most similar to ``wanted`` that may be suggested, most similar first."""
    from difflib import SequenceMatcher  # only when an anchor is broken

    ranked = []
    for key in anchors:
        matcher = SequenceMatcher(None, wanted, key)
        # The quick ratios bound the ratio from above: below the bar, no need to compute it.
        if matcher.real_quick_ratio() >= _SUGGEST and matcher.quick_ratio() >= _SUGGEST:
            ranked.append((matcher.ratio(), key))
    return sorted(ranked, reverse=True)[:2]


def _fix(document: Document, link: Link, guess: str) -> Fix | None:
    """Replace the destination where it is written, if it is written as the link's URL."""
    line = document.lines[link.line - 1]
    start = link.column - 1
    if link.raw != link.url or line[start:start + len(link.raw)] != link.raw:
        return None
    return Fix(link.line, link.column, link.column + len(link.raw), f"#{guess}")
