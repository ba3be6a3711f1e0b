from __future__ import annotations

import pytest

from helpers import lint, positions


@pytest.mark.parametrize(("text", "expected"), [
    ("# A\n\n```py\ncode\n```\n", []),
    ("# A\n\n```py\ncode\n", [(3, 1)]),
    ("# A\n\n~~~~\ncode\n~~~\n", [(3, 1)]),
    ("# A\n\n<!-- open\nmore\n", [(3, 1)]),
    ("# A\n\nText <!-- open\nmore\n", []),  # mid-line and unclosed: text on GitHub
    ("# A\n\n<!-- closed -->\n````\n```\n````\n", []),
])
def test_unclosed_blocks(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(text, "markdown-syntax")) == expected


def test_a_comment_that_splits_a_table_is_a_warning() -> None:
    text = ("| Name | Description |\n| --- | --- |\n| [A](https://a.dev) | A. |\n"
            "<!-- awesome-lint-disable-next-line -->\n| [B](https://b.dev) | B. |\n")
    problems = lint(text, "markdown-syntax")
    assert [(p.line, p.column, p.severity) for p in problems] == [(4, 1, "warning")]


def test_a_directive_at_the_end_of_a_row_keeps_the_table() -> None:
    text = ("| Name | Description |\n| --- | --- |\n"
            "| [A](https://a.dev) | A. | <!-- awesome-lint-disable-line -->\n"
            "| [B](https://b.dev) | B. |\n")
    assert lint(text, "markdown-syntax") == []


@pytest.mark.parametrize(("line", "expected"), [
    ("- [Telegraf](https://t.dev) : _ Modern bot framework._", [(1, 31)]),
    ("- [Telegraf](https://t.dev) : _Modern bot framework._", []),
    ("- [A](https://a.dev) - x * 3 * 4 and `_ code _`.", []),
    ("* item\n* ** bold**", [(2, 3)]),
    ("***   [Asian Law](https://a.dev) (AsianLII)**", [(1, 1)]),
    ("| **`84.200.69.80`** | [dns.watch](https://dns.watch/) |", []),
])
def test_emphasis_opened_with_a_space_shows_its_marks(line: str, expected: list) -> None:
    found = lint(line + "\n", "markdown-syntax")
    assert [(p.line, p.column) for p in found] == expected
    assert all(p.severity == "warning" for p in found)


def test_marks_after_a_code_span_open_no_emphasis() -> None:
    text = "See `a <https://x.org/q>`__ and `b <https://x.org/a>`__.\n\nAnd a ** bold** slip.\n"
    assert [p.line for p in lint(text, "markdown-syntax")] == [3]
