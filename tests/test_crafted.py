"""Crafted input cannot stall a run: each case of issue 7 lints in well under a second."""

from __future__ import annotations

import time

import pytest
from crafted import CRAFTED, ISSUE_SIZES
from growth_bench import SIZES
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.parser import parse
from helpers import lint_all

# Each case takes well under a second alone (benchmarks/growth_bench.py prints the figures);
# the bound leaves room for a loaded machine and still fails the old code's 11-101 s.
SECOND = 2.0


def timed_lint(text: str) -> float:
    start = time.perf_counter()
    for problem in lint_all(text):
        assert problem.line >= 1 and problem.column >= 1
    return time.perf_counter() - start


def test_a_list_item_with_100_kb_of_backticks() -> None:
    assert timed_lint(CRAFTED["backticks"](ISSUE_SIZES["backticks"])) < SECOND


def test_an_item_with_40000_tags() -> None:
    text = CRAFTED["tags"](40_000)
    [entry] = parse(text).entries
    line = text.splitlines()[2]
    assert len(entry.tags) == 40_000
    assert all(line[column - 1:column + 2] == "tag" for _, column in entry.tags[::997])
    assert timed_lint(text) < SECOND
    assert parse(CRAFTED["tags-then-text"](40_000)).entries[0].tags == ()


def test_a_document_of_80000_tag_openers() -> None:
    text = CRAFTED["html-tags"](80_000)
    assert parse(text).html_anchors == frozenset()
    assert timed_lint(text) < SECOND


def test_a_heading_with_40000_spaces() -> None:
    text = CRAFTED["heading-spaces"](40_000)
    [_, heading] = parse(text).sections
    assert (heading.level, heading.title[0], heading.title[-1]) == (1, "a", "b")
    assert timed_lint(text) < SECOND


def test_20000_headings() -> None:
    text = CRAFTED["headings"](20_000)
    sections = parse(text).sections
    assert len(sections) == 20_001 and {s.parent for s in sections[1:]} == {0}
    assert timed_lint(text) < SECOND


def test_a_list_nested_1000_levels_deep() -> None:
    text = CRAFTED["nested-list"](1_000)
    lists = parse(text).entry_lists
    assert [lst.depth for lst in lists] == list(range(1_000))
    assert lists[-1].parent == "Tool 998"
    assert timed_lint(text) < SECOND


@pytest.mark.parametrize("name", [name for name in CRAFTED if name != "same-name"])
def test_every_crafted_input_lints_quickly(name: str) -> None:
    """At a quarter of the growth benchmark's size; the benchmark checks how time grows."""
    assert timed_lint(CRAFTED[name](SIZES[name] // 4)) < SECOND


_METACHARACTERS = [*"|-#*_[]()<>!`~:\\ \t&=+.,;'\"/", "<!--", "-->", "```", "](", "![", "[!",
                   "https://x.org", "www.", "<a ", "id=", "`t`", "[x](u)", " - ", "1.", "OR",
                   "MIT", "a"]
_CONTEXTS = [
    "{}\n",
    "# {}\n",
    "# Tools\n\n- [A](https://a.org) - {}\n",
    "# Tools\n\n- [A](https://a.org) {}\n",
    "# Tools\n\n- [A](https://a.org) - x\n{}\n",
    "| Name | License |\n| --- | --- |\n| [A](https://a.org) | {} |\n",
    "| {} |\n| --- |\n| x |\n",
    "[r]: https://r.org\n\n{}\n",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_METACHARACTERS), min_size=1, max_size=6).map("".join),
       st.sampled_from(_CONTEXTS))
def test_long_lines_of_markdown_metacharacters(unit: str, context: str) -> None:
    """16,000 characters of a repeated pattern: what took quadratic time took seconds here."""
    line = (unit * (16_000 // len(unit) + 1))[:16_000]
    text = context.format(line)
    assert timed_lint(text) < 2 * SECOND
    document = parse(text)
    for link in document.links:
        if link.kind != "reference":
            assert document.lines[link.line - 1][link.column - 1:].startswith(link.raw)
