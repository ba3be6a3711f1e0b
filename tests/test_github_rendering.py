"""What the model reads is what GitHub shows: each snippet is rendered with cmark-gfm,
GitHub's own parser, and the links, table rows and headings it shows are compared with the
model's."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from awesome_lint.parser import parse

cmarkgfm = pytest.importorskip("cmarkgfm", reason="cmarkgfm (a test extra) is not installed")
from cmarkgfm.cmark import Options  # noqa: E402


class _Shown(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: Counter[str] = Counter()
        self.rows = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.update(v for k, v in attrs if k == "href" and v)
        elif tag == "tr":
            self.rows += 1


def github_shows(markdown: str) -> _Shown:
    shown = _Shown()
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    shown.feed(html)
    return shown


def model_reads(markdown: str) -> tuple[Counter[str], int]:
    document = parse(markdown)
    links = Counter(k.url for k in document.links if not k.image and k.kind != "definition")
    rows = sum(len(t.rows) + 1 for t in document.tables)
    return links, rows


SNIPPETS = {
    "unclosed-comment-mid-line-is-text": (
        "Some text <!-- not closed\n\n- [A](https://a.dev) - A.\n- [B](https://b.dev) - B.\n"),
    "inline-comment-spanning-lines-hides": (
        "Text <!-- hidden\n[H](https://h.dev) -->\nshown [S](https://s.dev)\n"),
    "comment-block-hides": "<!--\n- [H](https://h.dev) - H.\n-->\n- [S](https://s.dev) - S.\n",
    "line-without-pipes-goes-on-a-table": (
        "| Name | Description |\n| --- | --- |\n| [A](https://a.dev) | A. |\n"
        "[B](https://b.dev) without pipes\n"),
    "tag-alone-on-its-line-ends-a-table": (
        "| Name | Description |\n| --- | --- |\n| [A](https://a.dev) | A. |\n<br/>\n"
        "<b>[B](https://b.dev)</b> goes on\n"),
    "indented-code-block-goes-on-past-its-first-line": (
        "Intro.\n\n    * Frameworks\n        * [A](https://a.dev) - A.\n\n"
        "        * [B](https://b.dev) - B.\n\n- [C](https://c.dev) - C.\n"),
    "list-item-ends-a-table": (
        "| Name | Description |\n| --- | --- |\n| [A](https://a.dev) | A. |\n"
        "- [B](https://b.dev) - B.\n"),
    "table-in-a-blockquote": (
        "> | Name | Description |\n> | --- | --- |\n> | [A](https://a.dev) | A. |\n"),
    "list-in-a-blockquote": "> - [A](https://a.dev) - A.\n> - [B](https://b.dev) - B.\n",
    "markdown-in-an-html-block-is-raw": (
        '<div align="center">\n- [Raw](https://raw.dev) - Raw.\n'
        '<a href="https://html.dev">HTML</a>\n</div>\n\n- [After](https://after.dev) - A.\n'),
    "details-with-a-blank-line-is-markdown": (
        "<details>\n<summary>More</summary>\n\n- [In](https://in.dev) - In.\n\n</details>\n"),
    "comment-line-splits-a-table": (
        "| Name | Description |\n| --- | --- |\n| [A](https://a.dev) | A. |\n"
        "<!-- awesome-lint-disable-next-line -->\n| [B](https://b.dev) | B. |\n"),
    "badge-in-a-name-cell": (
        "| Name | Description |\n| --- | --- |\n"
        "| [Alpha](https://github.com/a/alpha) [![Stars](https://img.shields.io/x)]"
        "(https://github.com/a/alpha/stargazers) | A. |\n"),
    "empty-link-text": "- [](https://x.org/e) - d.\n- [Y](https://y.org) - Y.\n",
}


@pytest.mark.parametrize("markdown", SNIPPETS.values(), ids=SNIPPETS.keys())
def test_model_reads_what_github_shows(markdown: str) -> None:
    shown = github_shows(markdown)
    links, rows = model_reads(markdown)
    assert links == shown.links
    assert rows == shown.rows


def test_a_fence_inside_a_raw_html_block_is_text() -> None:
    markdown = ("## A\n\nText.\n\n<codapi-snippet sandbox=\"go\">\n</codapi-snippet>\n```\n\n"
                "Requirements\n```\ndeploy\n```\n\n## B\n\n- [X](https://x.dev) - X.\n")
    shown = github_shows(markdown)
    links, _ = model_reads(markdown)
    assert links == shown.links and [s.title for s in parse(markdown).sections][1:] == ["A", "B"]


@pytest.mark.parametrize("markdown", [
    "## Alpha\n\n> Tip: see [T](https://t.org).\n---\n## Beta\n",
    "## Alpha\n\n> Quoted\n> ---\n\nText\n---\n",
    "## Alpha\n\nSetext\n======\n\n- item\n---\n",
    "Intro\n\nStructural Biology | Proteins\n-----\n\n| A |\n---\n\nA | B\n--- | ---\n",
    "## Tools\n\n- Intro\n\n    - #### GPU Interface\n\n        - [CuPy](https://cupy.dev)\n"
    "- ### [Community](https://c.dev)\n",
    "## Dense\n\n- [Alpha](https://a.dev) - Blog.\n\n    #### HNSW\n- [Beta](https://b.dev) - B.\n",
    "## Dense\n\n* [A](https://a.dev) - A.\n\n  ### Sparse\n\n    #### ELSER\n\n* [B](https://b.dev)\n",
])
def test_model_reads_the_headings_github_shows(markdown: str) -> None:
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    shown = [re.sub(r"<[^>]+>", "", title).strip()
             for title in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", html)]
    assert [section.title for section in parse(markdown).sections[1:]] == shown


def test_a_footnote_defined_twice_shows_its_first_definition() -> None:
    markdown = ("Text[^a], more[^b].\n\n[^a]: First.\n[^b]: Second.\n\n## Y\n\nAgain[^a].\n\n"
                "[^a]: Shadowed.\n\n```\n[^b]: in code\n```\n")
    html = cmarkgfm.github_flavored_markdown_to_html(
        markdown, options=Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_FOOTNOTES)
    assert "First." in html and "Shadowed." not in html
    assert [line for line, _, _ in parse(markdown).syntax_warnings] == [10]
