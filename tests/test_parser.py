"""The document model: structure and exact positions, GFM-style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mistune.core import InlineState

from awesome_lint.parser import _MARKDOWN, ParseOptions, _plain, parse, simple_inline
from helpers import fixture, lint_all, real_lists

TABLE = """# Tools

| Name | License | Description |
|------|:-------:|------------:|
| [DVC](https://dvc.org) | Apache-2.0 | Data `a \\| b` versioning. |
| [Extra](https://x.org) | MIT | One. | stray |
"""


def test_sections_have_levels_slugs_lines_and_parents() -> None:
    doc = parse("intro\n\n# Top\n\n## Sub one\n\nSetext\n------\n\n## Sub one\n")
    titles = [(s.title, s.level, s.slug, s.line, s.parent) for s in doc.sections]
    assert titles == [("", 0, "", 1, None), ("Top", 1, "top", 3, 0),
                      ("Sub one", 2, "sub-one", 5, 1), ("Setext", 2, "setext", 7, 1),
                      ("Sub one", 2, "sub-one-1", 10, 1)]


def test_table_cells_carry_line_column_and_links() -> None:
    table = parse(TABLE).tables[0]
    assert table.columns == ("Name", "License", "Description")
    assert (table.name_column, table.license_column, table.description_column) == (0, 1, 2)
    first = table.rows[0]
    assert [(c.line, c.column) for c in first.cells] == [(5, 3), (5, 28), (5, 41)]
    assert first.cells[2].text == "Data a | b versioning."
    link = first.cells[0].links[0]
    assert (link.url, link.line, link.column) == ("https://dvc.org", 5, 9)


def test_ragged_row_keeps_the_table() -> None:
    table = parse(TABLE).tables[0]
    assert [len(r.cells) for r in table.rows] == [3, 4]
    assert [e.name for e in table.entries] == ["DVC", "Extra"]


def test_table_without_outer_pipes() -> None:
    doc = parse("Name | License\n--- | ---\n[A](https://a.org) | MIT\n")
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["A", "MIT"]
    assert table.rows[0].cells[1].column == 22


def test_name_column_found_by_header_or_links() -> None:
    by_header = parse("| Tool | Notes |\n|---|---|\n| Dolt | x |\n").tables[0]
    assert by_header.entries[0].name == "Dolt"
    by_links = parse("| What | Link |\n|---|---|\n| a | [B](https://b.org) |\n").tables[0]
    assert by_links.name_column == 1
    custom = parse("| Thing | x |\n|---|---|\n| A | b |\n",
                   options=ParseOptions(name_columns=("thing",))).tables[0]
    assert custom.name_column == 0


def test_list_entries_with_nesting_and_positions() -> None:
    doc = parse("# L\n\n- [A](https://a.org) - First.\n  - [B](https://b.org): Child.\n"
                "- [C](https://c.org) — Third. `MIT` `Go`\n")
    lists = doc.entry_lists
    assert [(lst.depth, lst.parent, [e.name for e in lst.entries]) for lst in lists] == [
        (0, None, ["A", "C"]), (1, "A", ["B"])]
    a, c = lists[0].entries
    assert (a.line, a.column, a.description) == (3, 3, "First.")
    assert lists[1].entries[0].description == "Child."
    assert c.description == "Third. MIT Go"
    assert c.tags == (("MIT", 32), ("Go", 38))
    assert doc.lines[4][31:34] == "MIT"


def test_prose_lists_are_not_entries_and_toc_is_marked() -> None:
    doc = parse("# C\n\n- [One](#one)\n- [Two](#two)\n\n# One\n\n- plain point\n- another\n"
                "- [x](https://x.org)\n")
    assert [lst.is_toc for lst in doc.entry_lists] == [True]
    assert doc.entries == ()


def test_code_and_comments_are_never_read() -> None:
    doc = parse("# A\n\n```md\n| a | b |\n|---|---|\n[x](https://in-code.org)\n```\n\n"
                "<!-- [y](https://in-comment.org)\n-->\n\n    [z](https://indented.org)\n\n"
                "[w](https://kept.org) <!-- [v](https://v.org) --> `[u](https://u.org)`\n")
    assert [link.url for link in doc.links] == ["https://kept.org"]
    assert doc.tables == ()


def test_link_kinds_and_reference_definitions() -> None:
    doc = parse("See [site][ref], <https://auto.org>, https://bare.org and "
                '<a href="https://html.org">x</a> ![i](https://img.org/a.png).\n\n'
                "[ref]: https://ref.org\n")
    found = [(k.kind, k.url, k.image) for k in doc.links]
    assert found == [("reference", "https://ref.org", False),
                     ("autolink", "https://auto.org", False),
                     ("bare", "https://bare.org", False), ("html", "https://html.org", False),
                     ("inline", "https://img.org/a.png", True),
                     ("definition", "https://ref.org", False)]
    line = doc.lines[0]
    for link in doc.links[1:5]:
        assert line[link.column - 1:].startswith(link.raw)


def test_badge_inside_link_gives_both_links() -> None:
    doc = parse("- [A](https://a.org) [![b](https://img.org/b.svg)](https://ci.org/a)\n")
    assert [k.url for k in doc.links] == ["https://a.org", "https://img.org/b.svg",
                                         "https://ci.org/a"]


def test_html_anchors_and_unclosed_fence() -> None:
    doc = parse('<a name="top-x"></a>\n# T\n\n```\ncode\n')
    assert "top-x" in doc.html_anchors
    assert doc.syntax_errors == ((4, 1, doc.syntax_errors[0][2]),)


def test_real_list_positions_match_the_file() -> None:
    doc = parse(fixture("seed-open-mlops-full.md"))
    for link in doc.links:
        line = doc.lines[link.line - 1]
        assert line[link.column - 1:].startswith(link.raw), link
    for entry in doc.entries:
        assert doc.lines[entry.line - 1][entry.column - 1:].startswith(
            entry.raw[:10]), entry


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"|-#*[]()<>!`~:\\ \n\tab1.\u00e9", "<!--", "-->", "```",
                                 "https://x.org", "- ", "\n\n", "    ", "](", "> ", "<div>",
                                 "![", "**"])).map("".join))
def test_any_markdown_parses(text: str) -> None:
    doc = parse(text)
    for link in doc.links:
        assert 1 <= link.line <= len(doc.lines)


def _spans(tokens: list[dict]) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for token in tokens:
        if token["type"] in ("link", "image"):
            found.append((token["type"], token["attrs"]["url"], _plain(token["children"])))
            found += _spans(token["children"])
        elif token["type"] == "codespan":
            found.append(("code", token["raw"]))
        elif "children" in token:
            found += _spans(token["children"])
    return found


def test_fast_path_agrees_with_mistune_on_every_corpus_line() -> None:
    checked = 0
    for path in real_lists():
        for line in path.read_text(encoding="utf-8").splitlines():
            fast = simple_inline(line, brackets=True)
            if fast is None:
                continue
            state = InlineState({"ref_links": {}})
            state.src = line
            slow = _MARKDOWN.inline.parse(state)
            assert (_spans(fast), _plain(fast)) == (_spans(slow), _plain(slow)), line
            checked += 1
    assert checked > 10_000


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "# Tools\n", "## A\n", "| Name | License | Description |\n", "|---|---|---|\n",
    "| [A](https://a.org) | MIT | x |\n", "| B | GPL-3 |\n", "- [C](https://c.org) - C.\n",
    "  - [D](#d) - d\n", "* [Contents](#tools)\n", "```\n", "<!-- awesome-lint-disable -->\n",
    "[ref]: https://r.org\n", "\n", "- E\n", "`x` | y\n", "<a name=\"z\"></a>\n",
    "- [](https://x.org/e) - d.\n", "| [](x) | |\n", "- [![i](https://i.png)](https://b.org)\n",
    "- [<b>a</b>](https://h.org) - H.\n", "- [a ![b](https://i.png) c](https://m.org)\n",
    "> ", "<div>\n", "Text <!-- open\n", "- **Bold** - B.\n", "- Also, [Q](https://q.org), so.\n",
    "  - [Web](https://w.org)\n", "- [[x](https://x.org)]\n", "- BERT: [[Paper]](https://p.org)\n",
])).map("".join))
def test_any_list_lints_without_crashing(text: str) -> None:
    for problem in lint_all(text):
        assert problem.line >= 1 and problem.column >= 1


def test_every_corpus_link_stands_where_the_model_says() -> None:
    checked = 0
    for path in real_lists():
        doc = parse(path.read_text(encoding="utf-8"))
        for link in doc.links:
            if link.kind != "reference":
                assert doc.lines[link.line - 1][link.column - 1:].startswith(link.raw), link
                checked += 1
    assert checked > 15_000


def test_a_table_of_in_page_links_lists_no_entries() -> None:
    doc = parse("# Table of Contents\n| <!-- --> | <!-- --> |\n| --- | --- |\n"
                "| [Core](#core) | [Books](#books) |\n| [Apps](#apps) | [Tools](#tools) |\n")
    assert len(doc.tables) == 1 and doc.entries == ()


def _kinds(markdown: str) -> list[tuple[str, str]]:
    return [(e.kind, e.name) for e in parse(markdown).entries]


@pytest.mark.parametrize(("markdown", "expected"), [
    ("- [A](https://a.org) - A.\n", [("link", "A")]),
    ("- 🔥 [A](https://a.org) - A.\n", [("link", "A")]),
    ("- [![logo](https://i.png)](https://a.org) [A](https://a.org) - A.\n", [("link", "A")]),
    ("- [](https://x.org/e) - d.\n- [B](https://b.org) - B.\n", [("prose", ""), ("link", "B")]),
    ("- [Z](https://z.org)\n- **A** - [site](https://a.org)\n", [("link", "Z"), ("text", "A")]),
    ("- [Z](https://z.org)\n- BERT: pre-training [[Paper]](https://arxiv.org/abs/1)\n",
     [("link", "Z"), ("text", "BERT")]),
    ("- [Z](https://z.org)\n"
     "- Also, [Quora](https://www.quora.com/), [Reddit](https://www.reddit.com), you know.\n",
     [("link", "Z"), ("prose", "")]),
    ("## Foo\n\n- [Web](https://foo.dev)\n- [Discord](https://discord.gg/foo)\n",
     [("label", "Foo"), ("label", "Foo")]),
    ("- [Foo](https://foo.dev) - F.\n  - [Docs](https://foo.dev/docs)\n"
     "  - [GitHub](https://github.com/f/f)\n",
     [("link", "Foo"), ("label", "Foo"), ("label", "Foo")]),
])
def test_how_entries_are_named(markdown: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(markdown) == expected


def test_badges_are_not_part_of_a_table_name() -> None:
    doc = parse("| Name | License |\n| --- | --- |\n| [Alpha](https://github.com/a/alpha) "
                "![Stars](https://img.shields.io/x) | MIT |\n")
    (entry,) = doc.entries
    assert (entry.name, entry.url) == ("Alpha", "https://github.com/a/alpha")


def test_a_comparison_table_of_in_page_links_keeps_its_entries() -> None:
    doc = parse("# Compare\n\n| Name | Fast |\n| --- | --- |\n| [Zeta](#zeta) | yes |\n"
                "| [Alpha](#alpha) | no |\n\n## Zeta\n\n## Alpha\n")
    assert [e.name for e in doc.entries] == ["Zeta", "Alpha"]


def test_a_grid_of_section_links_is_layout() -> None:
    doc = parse("| | |\n|-|-|\n| [A](#a) | |\n| [B](#b) | [C](#c) |\n")
    assert doc.tables[0].is_layout and doc.entries == ()


def test_blockquoted_table_and_raw_html_block() -> None:
    doc = parse("> | Name | License |\n> | --- | --- |\n> | [A](https://a.org) | MIT |\n\n"
                "<div>\n- [Raw](https://raw.org) - R.\n</div>\n")
    assert [e.name for e in doc.entries] == ["A"]
    assert doc.entries[0].column == 5


def test_project_headings_own_their_links_and_are_entries() -> None:
    doc = parse("# Agents\n\n## [Beta](https://b.dev)\n\n### Links\n- [Tweet](https://t.co/b)\n"
                "- [GitHub](https://github.com/b/b)\n- Author: [@b](https://t.co/bb)\n\n"
                "## [Alpha](https://a.dev)\n\n- [Replit](https://replit.com/@a/a)\n")
    assert [(e.kind, e.name) for e in doc.entries] == [
        ("link", "Beta"), ("label", "Beta"), ("label", "Beta"), ("label", "Beta"),
        ("link", "Alpha"), ("label", "Alpha")]


def test_a_numbered_project_heading_is_an_entry_with_its_bullets() -> None:
    text = ("### 2. Wrappers\n\n#### 2.5 [Dink](dink/)\n**Free** | [GitHub](https://g.com/d)\n"
            "- ⚠️ Another wrapper\n- 📚 [Guide](dink/guide.md)\n\n"
            "#### 2.6 [Tues](tues/)\n- ⚠️ Fork of Dink\n")
    assert [(e.kind, e.name) for e in parse(text).entries] == [
        ("link", "Dink"), ("label", "Dink"), ("label", "Dink"), ("link", "Tues")]
    assert [p.rule for p in lint_all(text)] == []


def test_a_heading_written_as_a_list_item_is_no_entry() -> None:
    text = ("## Sites\n\n- [Wiki](https://w.org/community) - Where we talk.\n\n"
            "## Resources\n\n- ### [Community](https://w.org/community)\n\n"
            "- ### News\n  - [Zig News](https://zig.news/) - News.\n")
    assert [(e.name, e.kind) for e in parse(text).entries if e.line == 7] == [("", "prose")]
    assert [p.rule for p in lint_all(text)] == []


def test_a_comment_or_another_bullet_at_the_margin_ends_a_list() -> None:
    doc = parse("<!--lint disable-->\n- **`[TS]`** - Legend.\n<!--lint enable-->\n\n"
                "- [A](https://a.dev) - A.\n- [B](https://b.dev) - B.\n"
                "* [C](https://c.dev) - C.\n")
    assert [[e.name for e in lst.entries] for lst in doc.entry_lists] == [["A", "B"], ["C"]]


def test_our_own_directive_leaves_a_list_whole() -> None:
    doc = parse("- [A](https://a.dev) - A.\n<!-- awesome-lint-disable-next-line -->\n"
                "- B - B.\n- [C](https://c.dev) - C.\n")
    assert [[e.name for e in lst.entries] for lst in doc.entry_lists] == [["A", "B", "C"]]


def test_an_item_ends_where_all_it_holds_ends() -> None:
    doc = parse("# T\n\n"
                "- [B](https://b.org) - b.\n"  # 3
                "  more of b\n"
                "  - [b2](https://x.org/b2) - x.\n"  # 5
                "  - [b1](https://x.org/b1) - x.\n"
                "\n"
                "  Para of B.\n"  # 8: B's, not b1's
                "\n"
                "  ```sh\n"
                "code\n"
                "```\n"  # 12: the code block opened in B closes here
                "<!-- awesome-lint-disable-next-line missing-link -->\n"  # 13: for the next line
                "- [A](https://a.org) - a.\n"  # 14
                "lazy a\n"
                "  <!-- c\n"
                "  -->\n"  # 17
                "\n"
                "- [C](https://c.org) - c.\n"  # 19
                "\n"
                "Text after.\n")
    assert [(e.name, e.line, e.end_line) for lst in doc.entry_lists for e in lst.entries] == [
        ("B", 3, 12), ("A", 14, 17), ("C", 19, 19), ("b2", 5, 5), ("b1", 6, 6)]
    assert doc.endings[:2] == ("\n", "\n") and doc.endings[-1] == ""


def test_lists_nested_under_a_project_heading_are_its_links() -> None:
    doc = parse("# Agents\n\n## [A](https://a.dev)\n\n- Authors:\n\t- [Zed](https://t.co/z)\n"
                "\t- [Amy](https://t.co/a)\n\n## [B](https://b.dev)\n\n- [Web](https://b.dev)\n")
    assert {e.kind for e in doc.entries if e.line > 3 and e.name != "B"} == {"label"}


def test_a_link_text_in_backticks_is_a_link_not_a_bare_url() -> None:
    doc = parse("- [`crate`](https://crates.io/crates/crate) - A crate.\n"
                "- [`other`](https://crates.io/crates/other) - Other.\n")
    assert [(e.name, e.kind, e.link.kind) for e in doc.entries] == [
        ("crate", "link", "inline"), ("other", "link", "inline")]


def test_an_item_may_start_with_emoji_shortcodes_before_its_link() -> None:
    document = parse("- :free: [Charas](https://charas.dev) - A tool.\n"
                     "- :free: :moneybag: [Beta](https://beta.dev) - B tool.\n")
    assert [(e.kind, e.name, e.url) for e in document.entries] == [
        ("link", "Charas", "https://charas.dev"), ("link", "Beta", "https://beta.dev")]


def test_a_mark_linked_to_its_legend_does_not_name_the_item() -> None:
    document = parse("- [🤖](#icons) [Aegis](https://getaegis.app/) - Manages tokens.\n"
                     "- [ente Auth](https://ente.io/auth) - A 2FA app.\n"
                     "- [🤖](#icons) [FreeOTPPlus](https://f.dev) - A fork.\n")
    assert [e.name for e in document.entries] == ["Aegis", "ente Auth", "FreeOTPPlus"]
    assert not document.entry_lists[0].is_toc


def test_a_column_of_repeated_link_labels_does_not_name_the_rows() -> None:
    rows = "".join(f"| Course {n} | [{site}](https://{site.lower()}.com/{n}) |\n"
                   for n, site in enumerate(["Bilibili", "Bilibili", "YouTube", "YouTube",
                                             "Coursera", "YouTube"]))
    document = parse("| 视频名称 | 链接 |\n|---|---|\n" + rows)
    assert [(e.name, e.kind, e.urls) for e in document.entries][:2] == [
        ("Course 0", "text", ("https://bilibili.com/0",)),
        ("Course 1", "text", ("https://bilibili.com/1",))]


def test_a_bare_url_that_is_percent_encoded_stands_where_it_is_written() -> None:
    line = "https://x.org| [x](u)https://x.org| [x](u)https://x.org| [x]"
    document = parse(line + "\n")
    assert [(link.column, link.kind) for link in document.links] == [
        (1, "bare"), (20, "inline"), (22, "bare"), (41, "inline"), (43, "bare")]


def test_a_contents_section_of_links_to_the_repositorys_pages_lists_no_projects() -> None:
    document = parse("## 🧭 Contents\n\n- [Surveys](papers/a.md#surveys)\n"
                     "- [Datasets](papers/b.md#datasets)\n\n## Papers\n\n"
                     "- [Surveys](papers/a.md#surveys) - The surveys.\n")
    assert [lst.is_toc for lst in document.entry_lists] == [True, False]


def test_a_table_of_cells_of_several_links_names_no_entries() -> None:
    rows = "".join(f"| Cluster {n} | [P{n}](https://a.org/{n}), [Q{n}](https://b.org/{n}) |\n"
                   for n in range(4))
    document = parse("| Cluster | Representative entries |\n|---|---|\n" + rows)
    assert document.entries == () and document.tables[0].is_layout


def test_a_table_that_leads_into_this_repository_is_navigation() -> None:
    document = parse("| I want to... | Go to |\n|---|---|\n"
                     "| read the cards | [cards/README.md](cards/README.md) |\n"
                     "| find papers | [papers/README.md](papers/README.md) |\n"
                     "| search | [live atlas](https://atlas.dev/) |\n")
    assert document.entries == () and document.tables[0].is_layout


def test_a_quote_after_a_list_is_no_part_of_its_last_item() -> None:
    text = ("- [A](https://a.example) - A tool.\n- [B](https://b.example) - B tool.\n\n"
            "> [!TIP]\n> See [Foo](#foo-bar).\n\n## Foo & Bar\n")
    assert [(k.text, k.line, k.column) for k in parse(text).links][-1] == ("Foo", 5, 13)
    assert [(p.line, p.rule) for p in lint_all(text)] == [(5, "broken-anchor")]
    quoted = "> - [A](https://a.example) - A tool.\n> - [B](https://b.example) - B\ntool.\n"
    assert [e.description for e in parse(quoted).entries] == ["A tool.", "B\ntool."]


def test_an_item_written_in_html_is_named_by_its_first_anchor() -> None:
    text = ('- <details><summary><b><a\n  href="https://github.com/d/poolboy">poolboy</a></b>:'
            ' A hunky\n  worker pool.</summary>\n\n  </details>\n\n'
            '1. <a href="https://github.com/o/r">o/</a><b><a href="https://github.com/o/r">r'
            '</a></b> &#11088; 5\n')
    entries = parse(text).entries
    assert [(e.name, e.url, e.kind, e.description) for e in entries] == [
        ("poolboy", "https://github.com/d/poolboy", "link", "A hunky worker pool."),
        ("o/r", "https://github.com/o/r", "link", "\u2b50 5")]
    assert lint_all(text) == []


def test_a_date_before_the_link_names_nothing() -> None:
    text = ("- 2017: [Title A](https://doi.org/10.1/a) by Ann.\n"
            "- (2018-03) [Title B](https://b.org/b) by Bob.\n"
            "- 2048 - a game, see [repo](https://g.org/2048).\n")
    assert [(e.kind, e.name) for e in parse(text).entries] == [
        ("link", "Title A"), ("link", "Title B"), ("text", "2048")]


def test_an_html_block_indented_under_an_item_is_the_items() -> None:
    item = ('- <details><summary><b><a href="https://github.com/o/{0}">{0}</a></b>: It.'
            '</summary>\n\n  </details>\n\n')
    doc = parse("## Web\n\n" + item.format("b") + item.format("a") + "</div>\n\n- [c](https://c.org)\n")
    assert [[(e.name, e.line, e.end_line) for e in lst.entries] for lst in doc.entry_lists] == [
        [("b", 3, 5), ("a", 7, 9)], [("c", 13, 13)]]


def test_a_link_to_this_page_by_its_file_name_is_in_page() -> None:
    text = ("## Contents\n\n- [Tools](README.md#tools)\n- [Libs](./readme.md#libz)\n\n"
            "## Tools\n\n## Libs\n")
    doc = parse(text, "docs/README.md")
    assert [(k.url, k.raw) for k in doc.links] == [("#tools", "README.md#tools"),
                                                   ("#libz", "./readme.md#libz")]
    assert doc.entry_lists[0].is_toc
    assert [(p.line, p.rule) for p in lint_all(text)] == [(4, "broken-anchor")]


def test_a_note_of_code_under_a_group_is_no_entry() -> None:
    text = ("* Graph Optimization\n  * Method: ```Bundle Adjustment, Pose Graph```\n"
            "  * [Ceres](http://ceres-solver.org/): A solver.\n"
            "  * [g2o](https://github.com/R/g2o): A framework.\n")
    assert [(e.kind, e.name) for e in parse(text).entries if e.depth] == [
        ("prose", ""), ("link", "Ceres"), ("link", "g2o")]
    assert lint_all(text) == []


@pytest.mark.parametrize("unit", ["|<!--](https://x.org", "](![https://x.org",
                                  "](<!--![https://x.org", "[![a](https://b.org/i.svg)]() "])
def test_a_bare_url_after_a_bracket_that_opens_no_link_stands_where_written(unit: str) -> None:
    line = unit * 40
    doc = parse(line + "\n")
    assert doc.links
    for link in doc.links:
        assert line[link.column - 1:].startswith(link.raw), link


def test_an_sdks_own_links_are_labels() -> None:
    text = ("### Java SDK\n\n* [Repo :fire::fire:](https://github.com/aws/aws-sdk-java)\n"
            "* [Repo with Samples :fire:](https://github.com/awslabs/aws-java-sample)\n"
            "* [Install](https://sdk.example/java.zip)\n* [Docs](https://aws.example/java/)\n"
            "* [Learn More](https://aws.example/sdk-for-java/)\n")
    assert {e.kind for e in parse(text).entries} == {"label"}


def test_works_named_by_their_text_and_cited_by_a_link_are_entries() -> None:
    text = ("## Planning\n\n* *Key Benchmarks:* MATH, GSM8K (See Section 6.1)\n"
            '* **LATS:** "Language Agent Tree Search" ([Paper](https://arxiv.org/abs/2310.04406))'
            " ([Code](https://github.com/l/lats)) - *(October 2023)*\n"
            '* **BEATS:** "BEATS: Optimizing LLM" ([Paper](https://arxiv.org/abs/2409.17972))\n'
            '* **ToT:** "Tree of Thoughts" ([Paper](https://arxiv.org/abs/2305.10601))\n')
    doc = parse(text)
    assert [(e.kind, e.name, e.url) for e in doc.entries] == [
        ("prose", "", None), ("text", "LATS", None), ("text", "BEATS", None),
        ("text", "ToT", None)]
    assert [lst.is_cited for lst in doc.entry_lists] == [True]
    prose = "* Also see [Quora](https://quora.com).\n* Read [Paper](https://a.org/1) twice.\n"
    assert parse(prose).entry_lists == ()


@pytest.mark.parametrize("title", ["Contents", "内容目录", "📚 目录", "Inhaltsverzeichnis",
                                   "Table des matières", "Índice", "Содержание"])
def test_lists_under_a_contents_heading_in_any_language_are_contents(title: str) -> None:
    text = (f"# Privacy\n\n## {title}\n\n* [Laws](#laws)\n* [News](./news.md)\n"
            "    * [2023-01](./news/202301.md)\n    * [2022 archive](./news/2022.md)\n\n"
            "## Laws\n\n* [GDPR](https://gdpr-info.eu/) - EU law.\n")
    assert [lst.is_toc for lst in parse(text).entry_lists] == [True, True, False]


def test_a_link_definition_with_its_address_on_the_next_line() -> None:
    text = ("- [Carbon3D] - Fast resin printing.\n- [Foo Bar] - Microscale structure.\n\n"
            "[Carbon3D]: https://www.carbon3d.com\n[Foo Bar]:\n  https://example.com/foo\n")
    doc = parse(text)
    assert [(e.name, e.url) for e in doc.entries] == [
        ("Carbon3D", "https://www.carbon3d.com"), ("Foo Bar", "https://example.com/foo")]
    assert [(k.kind, k.line, k.column) for k in doc.links if k.line > 3] == [
        ("definition", 4, 13), ("definition", 6, 3)]


def test_paragraphs_that_start_with_a_link_are_entries_where_a_section_has_three() -> None:
    def server(name: str, invite: str) -> str:
        return (f'<img align="left" src="icons/{invite}.webp">\n\n[__{name}__](https://discord.com'
                f"/invite/{invite}) \\\nNotable Channels: `#general`\n\n")
    text = ("# Communities\n\n## Engineering\n\n" + server("Aerospace", "a1")
            + server("Electrical", "e1") + server("Embedded", "m1") + "[Rust↴](#rust)\n\n"
            + "## Data\n\n" + server("Data Engineering", "d1"))
    doc = parse(text)
    assert [(lst.is_paragraphs, [e.name for e in lst.entries]) for lst in doc.entry_lists] == [
        (True, ["Aerospace", "Electrical", "Embedded"]), (True, ["Data Engineering"])]
    blurbs = "## Servers\n\n[XMPP](https://w.org/xmpp) servers.\n\n- [Prosody](https://p.im)\n"
    assert [e.name for e in parse(blurbs).entries] == ["Prosody"]


def test_link_lines_each_broken_off_with_br_are_entries() -> None:
    text = ("# Toolbox\n\n## Proxies\n\n[Envoy](https://envoy.io) <br>\n"
            "[HAProxy](https://haproxy.org) <br>\n[Traefik](https://traefik.io) <br>\n"
            "See also [nginx](https://nginx.org).\n")
    assert [e.name for e in parse(text).entries] == ["Envoy", "HAProxy", "Traefik"]


@pytest.mark.parametrize("note", ["Also [Mednafen](https://mednafen.dev/) covers the VB.",
                                  "此外 [Mednafen](https://mednafen.dev/) 亦覆盖 VB。"])
def test_a_note_that_opens_with_also_is_prose(note: str) -> None:
    text = f"- [vecx](https://github.com/j/vecx) - Vectrex.\n- {note}\n"
    assert [(e.kind, e.name) for e in parse(text).entries] == [("link", "vecx"), ("prose", "")]


def test_a_table_name_is_its_text_without_emoji_shortcodes() -> None:
    text = ("| Name | Platform |\n| --- | --- |\n"
            "| :exclamation: [Mac Boy Advance](https://m.dev) | mac |\n"
            "| [GBAC](https://g.dev) :star: | win |\n")
    assert [e.name for e in parse(text).entries] == ["Mac Boy Advance", "GBAC"]


def test_a_column_headed_as_a_name_names_the_rows() -> None:
    text = ("|Dataset Name|Task Type|Official Link|\n|-|-|-|\n"
            "|[SQuAD](https://squad.dev)|QA|[site](https://squad.dev/s)|\n||||\n")
    table = parse(text).tables[0]
    assert (table.name_column, [e.name for e in table.entries]) == (0, ["SQuAD"])
    assert not table.is_layout


HTML_TABLE = """## Sources

<table>
    <tr>
        <td>
            <a href="https://www.abuseipdb.com/" target="_blank">AbuseIPDB</a>
        </td>
        <td>
            A project against <a href="https://x.org/spam">spam</a>.
        </td>
    </tr>
    <tr>
        <td><div><a href="https://github.com/o/cms"><b>Awesome CMS</b></a></div></td>
        <td>A CMS.</td>
    </tr>
    <tr><td><img src="https://x.org/logo.png"></td><td>A logo.</td></tr>
    <tr><td><a href="https://bgp.example">BGP Ranking</a></td><td>Ranks.</td></tr>
</table>
"""


def test_an_html_tables_rows_are_entries_named_by_their_first_links() -> None:
    document = parse(HTML_TABLE)
    [entries] = [lst.entries for lst in document.entry_lists]
    assert [(e.name, e.url, e.line, e.column, e.description) for e in entries] == [
        ("AbuseIPDB", "https://www.abuseipdb.com/", 6, 22, "A project against spam ."),
        ("Awesome CMS", "https://github.com/o/cms", 13, 27, "A CMS."),
        ("BGP Ranking", "https://bgp.example", 17, 22, "Ranks.")]


def test_a_grid_linked_from_its_first_row_lists_no_entries() -> None:
    people = "| [<img src='a.png'><br><sub>Ann</sub>](https://ann.dev) | [Bob](https://bob.dev) |"
    document = parse(f"## Contributors\n\n{people}\n| :---: | :---: |\n{people}\n")
    assert document.tables[0].is_layout and document.entries == ()
    legend = "| company | rating[*](#legend) | sp[*](#legend) |\n| - | - | - |\n"
    document = parse(legend + "| [A](https://a.dev) | 4 | ✅ |\n")
    assert [e.name for e in document.entries] == ["A"]


def test_a_grid_of_titles_under_a_blank_header_lists_no_entries() -> None:
    cells = [f"[**{n}**](https://x.dev/{n})" for n in "ABCDEF"]
    grid = ("| | | | |\n| :---: | :---: | :---: | :---: |\n"
            f"| {' | '.join(cells[:4])} |\n| {' | '.join(cells[4:])} | | |\n")
    assert parse(grid).tables[0].is_layout
    table = "| | |\n| - | - |\n| [A](https://a.dev) | It. |\n| [B](https://b.dev) | It. |\n"
    assert not parse(table).tables[0].is_layout


def test_links_of_an_items_later_paragraph_keep_their_lines() -> None:
    text = ("- Item\n\n    | Title | Links |\n    |:--|:--:|\n"
            "    | Diffusion | [Paper](https://p.dev), [Code](https://c.dev) |\n"
            "- [B](https://b.dev) - B.\n\n  More about B,\n  see [Docs](https://d.dev).\n")
    assert [(k.text, k.line) for k in parse(text).links] == [
        ("Paper", 5), ("Code", 5), ("B", 6), ("Docs", 9)]


def test_a_rule_under_an_item_ends_the_list() -> None:
    document = parse("- [A](https://a.dev) - A thing\n---\n\n- [B](https://b.dev) - B.\n"
                     "  * * *\n")
    assert [e.raw for e in document.entries] == ["[A](https://a.dev) - A thing",
                                                  "[B](https://b.dev) - B."]
    assert len(document.entry_lists) == 2


def test_numbered_headings_that_each_name_a_page_keep_their_numbers_order() -> None:
    text = ("# T\n\n## Parts\n\n### 2.1. [Servers](/servers/)\n### 2.2. [Cloud](/cloud/)\n"
            "### 2.3. [Builds](/ci/)\n")
    (headings,) = [lst for s in parse(text).sections for lst in s.lists]
    assert [e.name for e in headings.entries] == ["Servers", "Cloud", "Builds"]
    assert headings.is_numbered
    unnumbered = parse(text.replace("2.1. ", "").replace("2.2. ", "").replace("2.3. ", ""))
    assert not next(lst for s in unnumbered.sections for lst in s.lists).is_numbered


def test_an_emoji_shortcode_before_a_text_name_is_no_part_of_it() -> None:
    text = ("- :star: WGAN: Wasserstein GAN, [[paper]](https://arxiv.org/abs/1701.07875)\n"
            "- :heavy_check_mark: DCGAN: Deep GAN, [[paper]](https://arxiv.org/abs/1511.06434)\n")
    assert [e.name for e in parse(text).entries] == ["WGAN", "DCGAN"]


def test_a_title_before_a_link_labelled_as_its_paper_names_the_item() -> None:
    text = ("- Photo-Realistic Single Image Super-Resolution, [[paper]](https://arxiv.org/abs/1)\n"
            "- SRGAN: Super-Resolution, [[paper]](https://arxiv.org/abs/1)\n"
            "- Also, [Quora](https://www.quora.com/), you know the drill.\n")
    assert [(e.kind, e.name) for e in parse(text).entries] == [
        ("text", "Photo-Realistic Single Image Super-Resolution"), ("text", "SRGAN"),
        ("prose", "")]
    bare = "- Locally Private Gaussian Estimation [[paper]](https://arxiv.org/abs/2) by M. Joseph\n"
    assert [e.name for e in parse(bare).entries] == ["Locally Private Gaussian Estimation"]


def test_dated_labels_before_a_link_whose_text_opens_with_an_id_are_no_name() -> None:
    text = ("- 2019.06 [arxiv] [[1907.00074] Forensic Analysis](https://arxiv.org/abs/1907.00074)\n"
            "- 2019.06 [sans] [Memory Forensics](https://isc.sans.edu/diary/1)\n")
    assert [(e.name, e.url) for e in parse(text).entries] == [
        ("[1907.00074] Forensic Analysis", "https://arxiv.org/abs/1907.00074"),
        ("Memory Forensics", "https://isc.sans.edu/diary/1")]


def test_a_mark_after_a_table_rows_link_is_no_part_of_its_name() -> None:
    text = ("| Company | City |\n|:--|:--|\n| [Lyrasense](https://l.org) \u2757 | London |\n"
            "| [C++ Lib](https://c.org) | x |\n| [Foo](https://f.org) (beta) | y |\n")
    assert [e.name for e in parse(text).entries] == ["Lyrasense", "C++ Lib", "Foo (beta)"]
