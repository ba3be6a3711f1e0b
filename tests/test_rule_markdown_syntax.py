from __future__ import annotations

import pytest

from helpers import lint, positions


@pytest.mark.parametrize(("text", "expected"), [
    ("# A\n\n```py\ncode\n```\n", []),
    ("# A\n\n```py\ncode\n", [(3, 1)]),
    ("# A\n\n~~~~\ncode\n~~~\n", [(3, 1)]),
    ("# A\n\nText <!-- open\nmore\n", [(3, 6)]),
    ("# A\n\n<!-- closed -->\n````\n```\n````\n", []),
])
def test_unclosed_blocks(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(text, "markdown-syntax")) == expected
