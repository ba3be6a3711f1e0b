"""Crafted Markdown that once took quadratic time or worse to lint (issue 7).

Each maker takes a size and returns a document; ``ISSUE_SIZES`` holds the size at which the
issue measured the stall (the lint must take well under a second there). Shared by
``growth_bench.py`` and the tests.
"""

from __future__ import annotations

from collections.abc import Callable

_ITEM = "- [Tool](https://example.org) - "
_TABLE = "| Name | License |\n| --- | --- |\n| [Tool](https://example.org) | {} |\n"


def _nested(depth: int) -> str:
    return "# Tools\n\n" + "".join(f"{'  ' * level}- [Tool {level}](https://example.org/"
                                   f"{level}) - Level {level}.\n" for level in range(depth))


CRAFTED: dict[str, Callable[[int], str]] = {
    # The issue's cases.
    "backticks": lambda n: f"# Tools\n\n{_ITEM}Tool " + "`" * n + "\n",
    "tags": lambda n: f"# Tools\n\n{_ITEM}Tool. " + "`tag` " * n + "\n",
    "tags-then-text": lambda n: f"# Tools\n\n{_ITEM}Tool. " + "`tag` " * n + "end\n",
    "html-tags": lambda n: "<a" * n + "\n",
    "heading-spaces": lambda n: "# a" + " " * n + "b\n",
    "same-name": lambda n: "# Tools\n\n" + "".join(
        f"- [Tool](https://example.org/{i}) - Same name.\n" for i in range(n)),
    "headings": lambda n: "".join(f"## Heading {i}\n\n" for i in range(n)),
    "nested-list": _nested,
    # Found on the way.
    "bracket-words": lambda n: f"# Tools\n\n{_ITEM}Tool. " + "[tag] " * n + "\n",
    "item-spaces": lambda n: f"# Tools\n\n{_ITEM}a" + " " * n + "b)\n",
    "delimiter-spaces": lambda n: "| a |\n|---" + " " * n + "x\n",
    "indented-code": lambda n: "    code\n\n" * n,
    "wide-table": lambda n: "| a | b |\n| --- | --- |\n" + "| x " * n + "|\n" + "| x | y |\n" * n,
    "bare-urls": lambda n: "https://example.org " * n + "\n",
    "lazy-lines": lambda n: f"# Tools\n\n{_ITEM}Tool.\n"
    + "[more](https://example.org) and more\n" * n,
    "broken-anchors": lambda n: "".join(f"## Part {i}\n" for i in range(n)) + "".join(
        f"[see](#nowhere-{i})\n" for i in range(n)),
    "inline-switches": lambda n: "# Tools\n\n" + "".join(
        f"<!-- awesome-lint-disable-next-line missing-link -->\n- [T{i}](https://t.org/{i}) - d\n"
        for i in range(n)),
    "toc-anchors": lambda n: "# Contents\n\n- [A](#a)\n\n# A\n\n" + "".join(
        f'<a name="n{i}"></a>' for i in range(n)) + "\n" * n + "x\n",
    "license-parts": lambda n: _TABLE.format("MIT/" * n),
    "license-parens": lambda n: _TABLE.format("(" * n + "MIT" + ")" * n),
    "license-spaces": lambda n: _TABLE.format("MIT" + " " * n + "x"),
}

ISSUE_SIZES = {"backticks": 100_000, "tags": 40_000, "tags-then-text": 40_000,
               "html-tags": 80_000, "heading-spaces": 40_000, "same-name": 4_000,
               "headings": 20_000, "nested-list": 1_000}
