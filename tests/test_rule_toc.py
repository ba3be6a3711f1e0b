from __future__ import annotations

from pathlib import Path

import pytest

from helpers import fixed_by, fixture, lint, lint_all, positions, real_list_params

RULE = "toc"


@pytest.mark.parametrize(("text", "expected"), [
    # complete, in order
    ("# T\n\n## Contents\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n## B\n", []),
    # a section missing: reported at the entry after which it belongs
    ("## Contents\n\n- [A](#a)\n- [C](#c)\n\n## A\n\n## B\n\n## C\n", [(3, 3)]),
    ("## Contents\n\n- [B](#b)\n\n## A\n\n## B\n", [(3, 3)]),  # belongs before the first
    ("## Contents\n\n- [A](#a)\n\n## A\n\n## B\n\n## C\n", [(3, 3), (3, 3)]),  # one each
    # no contents at all
    ("# T\n\n## A\n\n- [x](https://x.org) - y.\n\n## B\n", []),
    # contents without a heading: the first in-page list before any content
    ("# T\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n## B\n\n## C\n", [(4, 3)]),
    ("# T\n\n## A\n\n- [x](https://x.org) - y.\n\n## B\n\n- [A](#a)\n\n## C\n", []),
    # a heading with an emoji and a count is listed by its words (its anchor is
    # broken-anchor's), and then one missing is seen
    ("## Contents\n- [Audio](#audio)\n- [Video](#video)\n\n## 🎵 Audio (1)\n\n"
     "## 🗄️ Medical (1)\n\n## Video (2)\n", [(2, 3)]),
    # an entry that nests its siblings in the page groups them: it promises no children
    ("## Contents\n- [Observer](#observer)\n  - [KVO](#kvo)\n- [GCD](#gcd)\n"
     "  - [Queue](#queue)\n    - [Safety](#safety)\n\n## Observer\n\n### KVO\n\n### KVC\n\n"
     "## GCD\n\n## Queue\n\n### main\n\n## Safety\n", [(3, 5)]),
    # a contents of links to the repository's pages leads nowhere in this page
    ("# ToC\n\n- [A](https://github.com/o/r#a)\n  - [A1](https://github.com/o/r#a1)\n"
     "- [Blogs](https://github.com/o/r#blogs)\n  - [Intro](https://github.com/o/r#intro)\n\n"
     "# A\n\n## A1\n\n# Blogs\n\n## Intro\n\n# Thanks\n", []),
    # a lone link above it is not the contents, and what it links is listed
    ("# T\n\n- [Sponsors](#sponsors)\n\n## All Categories\n\n- [A](#a)\n- [B](#b)\n\n"
     "## A\n\n## B\n\n## C\n\n## Sponsors\n", [(8, 3)]),
    # a child of "C++" (#c-1), whose name reads as "C", is that one's child
    ("* [C](#c)\n  * [Books](#books)\n* [C++](#c-1)\n  * [Books](#books-1)\n\n"
     "# C\n## Books\n# C++\n## Books\n", []),
    # a link out of the page lists the heading it is the title of
    ("## Contents\n\n- [A](#a)\n- [Community](https://wiki.dev/c)\n\n## A\n\n"
     "- ### [Community](https://wiki.dev/c)\n\n## B\n", [(4, 3)]),
    # a contents of its own further down (one link per service) lists what it links
    ("## Contents\n\n- [Docs](#docs)\n- [Services](#services)\n\n## Docs\n\n"
     "## Services\n\n- [Nova](#nova---compute) - Compute.\n\n## Nova - Compute\n\n"
     "## Zun - Containers\n", [(4, 3)]),
    # nested: the levels the contents use must be complete...
    ("## Contents\n\n- [A](#a)\n  - [A1](#a1)\n- [B](#b)\n\n## A\n\n### A1\n\n### A2\n\n## B\n",
     [(4, 5)]),
    # ...under the parents whose children they list, not under the others
    ("## Contents\n\n- [A](#a)\n  - [A1](#a1)\n  - [A2](#a2)\n- [B](#b)\n\n"
     "## A\n\n### A1\n\n### A2\n\n### A3\n\n## B\n\n### B1\n\n### B2\n", [(5, 5)]),
    ("## Contents\n\n- [A](#a)\n- [A1](#a1)\n- [B](#b)\n\n"  # flat, the same promise
     "## A\n\n### A1\n\n### A2\n\n## B\n\n### B1\n", [(4, 3)]),
    # a nested entry whose anchor is broken still lists its parent's children; alone where
    # the one section missing there belongs, it is that section renamed
    ("## Contents\n\n- [A](#a)\n  - [A0](#nowhere)\n- [B](#b)\n  - [B1](#b1)\n- [C](#c)\n\n"
     "## A\n\n### A1\n\n## B\n\n### B1\n\n## C\n\n### C1\n", [(4, 5)]),
    ("## Contents\n\n- [A](#a)\n  - [A0](#nowhere)\n  - [A1](#a1)\n- [B](#b)\n\n"
     "## A\n\n### A1\n\n## B\n", [(4, 5)]),  # a heading gone
    # ...not the levels they don't
    ("## Contents\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n### A1\n\n## B\n", []),
    # nor the parts they don't cover (vinta: categories of "Projects", not "Resources")
    ("## Categories\n\n- [A](#a)\n- [B](#b)\n\n## Projects\n\n### A\n\n### B\n\n"
     "## Resources\n\n### Podcasts\n", []),
    # nor headings above the contents, nor its own, nor the skipped ones
    ("# T\n\n## Intro\n\n## Contents\n\n- [A](#a)\n\n## A\n\n## Contributing\n\n## License\n",
     []),
    # ...and a wrapper of the listed sections, "Content" or "内容"
    ("# Index\n\n- [Articles](#articles)\n- [Talk](#talk)\n\n# Content\n\n## Articles\n\n"
     "# Talk\n\n# 内容\n\n## Nested\n", []),
    # ...also behind an emoji with its variation selector, which GitHub keeps in the slug
    ("## Contents\n\n- [A](#a)\n\n## A\n\n## \u2696\ufe0f License\n", []),
    # a link whose anchor is broken still lists the section its text names
    ("## Contents\n\n- [What is it?](#what)\n- [B](#b)\n\n## What is it\n\n## B\n", []),
    # HTML anchors lead to the heading below them
    ('## Contents\n\n- [C](#c-cv)\n\n<a name="c-cv"></a>\n## Computer Vision\n\n## D\n',
     [(3, 3)]),
    # out of order: each entry the fewest moves take, a warning
    ("## Contents\n\n- [B](#b)\n- [A](#a)\n\n## A\n\n## B\n", [(4, 3)]),
    ("## Contents\n\n- [C](#c)\n- [A](#a)\n- [B](#b)\n\n## A\n\n## B\n\n## C\n", [(3, 3)]),
    ("## Contents\n- [Alpha](#alpha)\n- [Zeta](#zeta)\n- [Beta](#beta)\n- [Gamma](#gamma)\n"
     "- [Delta](#delta)\n\n## Alpha\n\n## Beta\n\n## Delta\n\n## Gamma\n\n## Zeta\n",
     [(3, 3), (6, 3)]),
    ("## Contents\n\n- [A](#a)\n  - [A2](#a2)\n  - [A1](#a1)\n- [C](#c)\n- [B](#b)\n\n"
     "## A\n\n### A1\n\n### A2\n\n## B\n\n## C\n", [(5, 5), (7, 3)]),
])
def test_contents(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(text, RULE)) == expected


def test_order_is_a_warning_and_missing_an_error() -> None:
    text = "## Contents\n\n- [C](#c)\n- [A](#a)\n\n## A\n\n## B\n\n## C\n"
    assert sorted(p.severity for p in lint(text, RULE)) == ["error", "warning"]


@pytest.mark.parametrize(("options", "expected"), [
    ({}, []),
    ({"levels": [2, 3]}, [(3, 3)]),
    ({"skip": []}, [(3, 3)]),
])
def test_options(options: dict, expected: list[tuple[int, int]]) -> None:
    text = "## Contents\n\n- [A](#a)\n\n## A\n\n### A1\n\n## License\n"
    assert positions(lint(text, RULE, **options)) == expected


def test_custom_heading() -> None:
    text = "# T\n\n- [x](https://x.org) - y.\n\n## Parts\n\n- [A](#a)\n\n## A\n\n## B\n"
    assert positions(lint(text, RULE)) == []
    assert positions(lint(text, RULE, headings=["Parts"])) == [(7, 3)]


@pytest.mark.parametrize("name", ["seed-open-mlops-full.md", "fuzzylabs__awesome-open-mlops.md"])
def test_open_mlops_misses_three_sections(name: str) -> None:
    problems = lint(fixture(name), RULE)
    assert [p.message.split("'")[1] for p in problems] == [
        "Workflows", "Data Catalogues", "Governance"]
    assert [p.message.split("'")[3] for p in problems] == [
        "Model registries", "Model monitoring", "Full stacks"]


def test_draft_contents_is_complete() -> None:
    """Its first entry's anchor is broken (broken-anchor says so); its text names the
    section, so the section is not reported missing as well."""
    assert lint(fixture("seed-open-mlops-draft.md"), RULE) == []


def test_contents_in_parts_with_html_anchors() -> None:
    problems = lint(fixture("josephmisiti__awesome-machine-learning.md"), RULE)
    assert [(p.line, p.message.split("'")[1]) for p in problems] == [
        (126, "OpenSource-Computer-Vision"),  # its entry's anchor is broken
        (128, "Text-Detection"),  # gone: no heading has the name or anchor
        (144, "Spiking Neural Networks"),
        (149, "Development Tools"),
        (182, "Books"),
    ]


# Every finding on the corpus, checked by hand against the lists' headings.
CORPUS_FINDINGS = {
    "fuzzylabs__awesome-open-mlops.md": [15, 19, 20],
    "josephmisiti__awesome-machine-learning.md": [126, 128, 144, 149, 182],
    "seed-open-mlops-full.md": [14, 18, 19],
}


@pytest.mark.parametrize("path", real_list_params())
def test_corpus(path: Path) -> None:
    problems = lint(path.read_text(encoding="utf-8"), RULE)
    assert [p.line for p in problems] == CORPUS_FINDINGS.get(path.name, [])


def test_a_flat_contents_that_picks_one_subsection_does_not_ask_for_its_siblings() -> None:
    text = ("## Contents\n\n- [Articles](#articles)\n- [Components](#components)\n"
            "- [Navigation](#navigation)\n\n## Articles\n\n## Components\n\n### UI\n\n"
            "### Charts\n\n### Navigation\n\n## Tools\n")
    assert [p.message.split("'")[1] for p in lint(text, "toc")] == ["Tools"]


def test_a_contents_may_name_sections_by_plain_labels_over_their_links() -> None:
    text = ("## Contents\n\n - Test\n   + [Report](#report)\n - Security\n   + [Scan](#scan)\n\n"
            "## Test\n\n### Report\n\n## Security\n\n### Scan\n\n## Style\n")
    assert [p.message.split("'")[1] for p in lint(text, "toc")] == ["Style"]


# ------------------------------------------------------------------ the fix
def fixed(text: str, **options: object) -> str:
    return fixed_by(text, RULE, **options)


HEADINGS = "\n## A\n\n### A1\n\n### A2\n\n## B\n\n## C\n\n## Contributing\n"


@pytest.mark.parametrize(("contents", "expected"), [
    pytest.param("- [A](#a)\n- [C](#c)\n", "- [A](#a)\n- [B](#b)\n- [C](#c)\n", id="adds"),
    pytest.param("- [C](#c)\n", "- [A](#a)\n- [B](#b)\n- [C](#c)\n", id="adds-before"),
    pytest.param("- [C](#c)\n- [A](#a)\n- [B](#b)\n", "- [A](#a)\n- [B](#b)\n- [C](#c)\n",
                 id="reorders"),
    pytest.param("- [A](#a)\n- [Old](#old)\n- [B](#b)\n- [C](#c)\n",
                 "- [A](#a)\n- [B](#b)\n- [C](#c)\n", id="removes-a-gone-heading"),
    pytest.param("- [A](#a)\n- [Bee](#bee)\n- [C](#c)\n", "- [A](#a)\n- [B](#b)\n- [C](#c)\n",
                 id="renames"),
    pytest.param("* [A](#a)\n    * [A2](#a2)\n* [C](#c)\n",
                 "* [A](#a)\n    * [A1](#a1)\n    * [A2](#a2)\n* [B](#b)\n* [C](#c)\n",
                 id="in-its-own-style"),
    pytest.param("- [C](#c) - The last.\n  <!-- keep -->\n- [A](#a)\n  - [A2](#a2)\n"
                 "  - [A1](#a1)\n- [B](#b)\n",
                 "- [A](#a)\n  - [A1](#a1)\n  - [A2](#a2)\n- [B](#b)\n"
                 "- [C](#c) - The last.\n  <!-- keep -->\n", id="moves-entries-whole"),
    pytest.param("- [A](#a)\n\n- [C](#c)\n", "- [A](#a)\n\n- [B](#b)\n\n- [C](#c)\n",
                 id="a-loose-list-stays-loose"),
])
def test_fix_writes_the_contents(contents: str, expected: str) -> None:
    text = "# T\n\n## Contents\n\n" + contents + HEADINGS
    assert fixed(text) == "# T\n\n## Contents\n\n" + expected + HEADINGS


def test_fix_nests_under_an_entry_when_the_levels_ask() -> None:
    text = ("## Contents\n\n- [A](#a)\n  - [A1](#a1)\n- [B](#b)\n\n"
            "## A\n\n### A1\n\n## B\n\n### B1\n")
    assert fixed(text, levels=[2, 3]).startswith(
        "## Contents\n\n- [A](#a)\n  - [A1](#a1)\n- [B](#b)\n  - [B1](#b1)\n\n## A")


def test_fix_links_the_anchor_written_above_a_heading() -> None:
    text = ('## Contents\n\n- [A](#a)\n\n## A\n\n<a name="b-tools"></a>\n## B Tools\n\n'
            '<a name="c d"></a>\n## C\n')
    assert fixed(text).startswith(
        "## Contents\n\n- [A](#a)\n- [B Tools](#b-tools)\n- [C](#c)\n\n")


def test_fix_escapes_brackets_in_a_heading() -> None:
    text = "## Contents\n\n- [A](#a)\n\n## A\n\n## B [beta]\n"
    assert "- [B \\[beta\\]](#b-beta)\n" in fixed(text)


def test_fix_keeps_line_endings() -> None:
    text = "## Contents\r\n\r\n- [B](#b)\r\n\r\n## A\r\n\r\n## B"
    assert fixed(text) == "## Contents\r\n\r\n- [A](#a)\r\n- [B](#b)\r\n\r\n## A\r\n\r\n## B"


def test_links_to_the_top_of_the_page_are_not_gone() -> None:
    text = "## Contents\n\n- [Top](#readme)\n- [A](#a)\n- [Up](#top)\n\n## A\n"
    assert lint(text, RULE) == []


def test_an_entry_gone_with_entries_under_it_is_left_for_a_person() -> None:
    text = "## Contents\n\n- [A](#a)\n- [Old](#old)\n  - [A1](#a1)\n\n## A\n\n### A1\n"
    problems = lint(text, RULE)
    assert [(p.line, p.fix) for p in problems] == [(4, None)]


def test_fix_on_real_contents() -> None:
    text = fixture("josephmisiti__awesome-machine-learning.md")
    after = fixed(text)
    assert lint(after, RULE) == []
    added = sorted(set(after.splitlines()) - set(text.splitlines()))
    assert added == [
        "      - [Development Tools](#development-tools)",
        "      - [Spiking Neural Networks](#python-spiking-neural-networks)",
        "    - [OpenSource-Computer-Vision](#opensource-computer-vision)",
        "  - [Books](#books)",
    ]
    assert sorted(set(text.splitlines()) - set(after.splitlines())) == [
        "    - [Text-Detection](#Text-Character-Number-Detection)"]


def test_subsections_written_as_siblings_of_a_listed_section_are_not_missing() -> None:
    contents = ("## Contents\n\n- [Per Language](#per-language)\n  - [Arabic](#arabic)\n"
                "  - [Chinese](#chinese)\n  - [Thai](#thai)\n\n## Per Language\n\n")
    body = ("### Arabic\n\n### Libraries\n\n### Datasets\n\n"
            "### Chinese\n\n### Libraries\n\n### Anthology\n\n### Thai\n\n### Rust\n")
    assert positions(lint(contents + body, "toc")) == [(6, 5)]


def test_a_contents_link_to_another_headings_anchor_is_reported_there() -> None:
    twice = ("# Clients\n\n## Contents\n\n- [C](#c)\n- [C sharp](#c-sharp)\n- [C++](#c)\n\n"
             "## C\n\n## C sharp\n\n## C++\n")
    assert [(p.line, p.column, p.message.split(";")[-1].strip()) for p in lint(twice, "toc")] \
        == [(7, 9, "'C++' (line 13) is '#c-1'")]
    nested = ("# Game\n\n## Contents\n* [Graphics](#graphics)\n  * [Beginner](#beginner)\n"
              "  * [Reference](#reference)\n* [Programming](#programming)\n"
              "  * [Beginner](#beginner-1)\n  * [Reference](#reference)\n"
              "## Graphics\n### Beginner\n### Reference\n## Programming\n### Beginner\n"
              "### Reference\n")
    assert [(p.line, p.message.split(";")[-1].strip()) for p in lint(nested, "toc")] == [
        (9, "'Reference' (line 15) is '#reference-1'")]


def test_a_heading_that_calls_to_act_is_no_section_to_list() -> None:
    contents = "## Contents\n\n- [Tools](#tools)\n- [Books](#books)\n\n## Tools\n\n## Books\n\n"
    star = "## ⭐ Star this repository if you find it helpful!\n\nThanks.\n"
    assert lint(contents + star, "toc") == []
    news = "## Breaking News on the Blockchain!\n\n### Kitties\n"
    assert positions(lint(contents + news, "toc")) == [(4, 3)]


@pytest.mark.parametrize("heading", ["[Back to Top](#table-of-contents)", "⬆ Back to top",
                                     "Top"])
def test_a_heading_that_leads_back_up_is_no_section_to_list(heading: str) -> None:
    text = ("# Demo\n\n## Table of Contents\n\n- [Tools](#tools)\n\n## Tools\n\n"
            f"- [aaa](https://github.com/a/aaa) - Does one thing.\n\n## {heading}\n")
    assert lint(text, "toc") == []
    assert positions(lint(text.replace(heading, "Topics"), "toc")) == [(5, 3)]


@pytest.mark.parametrize("heading", ["贡献指南", "Mitwirken", "Licencia", "ライセンス"])
def test_contributing_and_license_in_other_languages_need_not_be_listed(heading: str) -> None:
    text = ("# Feeds\n\n## 目录\n\n- [新闻](#新闻)\n- [工具](#工具)\n\n## 新闻\n\n"
            "- [A](https://a.example.com) - 新闻源。\n\n## 工具\n\n- [B](https://b.example.com)"
            f" - 工具。\n\n## {heading}\n\n欢迎提交 PR。\n")
    assert lint(text, "toc") == []


def test_contents_in_blocks_under_group_headings_are_read_whole() -> None:
    text = ("# Lua\n\n## Main\n- [Alpha](#alpha)\n\n## Packages\n- [Beta](#beta)\n\n"
            "## Resources\n- [Gamma](#gamma)\n\n---\n\n### Alpha\n- [A](https://a.dev) - A.\n"
            "### Beta\n- [B](https://b.dev) - B.\n### Gamma\n- [C](https://c.dev) - C.\n"
            "### Delta\n- [D](https://d.dev) - D.\n")
    assert [p.message.split(" (")[0] for p in lint(text, "toc")] == [
        "table of contents misses 'Delta'"]


def test_an_entry_with_a_mistyped_anchor_lists_the_heading_it_nearly_links() -> None:
    text = ("## Contents\n- [Tools](#tools)\n- [Frequently Asked Questions](#%EF%B8%8F-faq)\n"
            "- [Links](#links)\n\n## Tools\n\n## ❓ FAQ\n\n## Links\n")
    assert lint(text, "toc") == []
    assert [p.rule for p in lint_all(text)] == ["broken-anchor"]
    gone = text.replace("## ❓ FAQ\n\n", "")
    assert [p.message.split(",")[0] for p in lint(gone, "toc")] == [
        "table of contents lists 'Frequently Asked Questions'"]


def test_an_entry_named_after_a_subsection_that_links_its_parent_lists_both() -> None:
    text = ("## Contents\n1. [Hosted](#hosted)\n2. [Repositories (by Stars)](#open-source)\n"
            "3. [Other Tools](#other-tools)\n\n## Hosted\n\n## Open Source\n\n"
            "### Repositories (by Stars)\n\n### Other Tools\n")
    assert lint(text, "toc") == []
    renamed = text.replace("### Repositories (by Stars)", "### Repositories")
    assert [p.message.split(" (")[0] for p in lint(renamed, "toc")] == [
        "table of contents misses 'Repositories'"]


def test_an_entry_that_leads_to_a_subsection_of_its_name_is_the_sections_of_that_name() -> None:
    text = ("## Contents\n\n- [Quick setups](#quick-setups)\n- [Skills](#skills)\n"
            "- [MCP Servers](#mcp-servers)\n\n## Quick setups\n\n### MCP Servers\n\nRun it.\n\n"
            "## Skills\n\n- [a/b](https://github.com/a/b) - A skill.\n\n## MCP Servers\n\n"
            "- [c/d](https://github.com/c/d) - A server.\n")
    assert [(p.line, p.message.split(";")[-1].strip()) for p in lint(text, "toc")] == [
        (5, "'MCP Servers' (line 17) is '#mcp-servers-1'")]


def test_an_entry_whose_heading_was_added_to_is_renamed_not_removed() -> None:
    text = ("## Contents\n- [Tools](#tools)\n  - [GitHub Repositories](#github-repositories)\n"
            "- [News](#news)\n\n## Tools\n\n### Apps\n\n### Libraries\n\n"
            "##### GitHub Repositories & Code\n\n## News\n")
    problems = lint(text, "toc")
    assert [p.message.split("; ")[-1] for p in problems] == [
        "'GitHub Repositories & Code' (line 12) stands in its place"]
    assert "- [GitHub Repositories & Code](#github-repositories--code)" in fixed_by(text, "toc")


def test_headings_that_each_name_a_project_need_not_be_listed() -> None:
    text = ("## Contents\n\n- [AI](#ai)\n  - [Legal AI](#legal-ai)\n  - [Medical AI](#medical-ai)"
            "\n\n## AI\n\n#### Legal AI\n\n#### [Clio](https://clio.com) — $1.6B\n\n"
            "#### Medical AI\n\n#### [Nabla](https://nabla.com) — $5.3B\n\n#### Dental AI\n")
    assert [p.message.split(" (")[0] for p in lint(text, "toc")] == [
        "table of contents misses 'Dental AI'"]
    listed = text.replace("  - [Medical AI](#medical-ai)",
                          "  - [Clio](#clio--16b)\n  - [Medical AI](#medical-ai)")
    assert "table of contents misses 'Nabla — $5.3B'" in [
        p.message.split(" (")[0] for p in lint(listed, "toc")]


def test_a_stale_entry_is_renamed_only_to_a_heading_within_its_parents_section() -> None:
    text = ("## Contents\n- [Tools](#tools)\n  - [FEN](#fen)\n  - [Other](#other)\n"
            "- [Multiplayer](#multiplayer)\n  - [Four](#four)\n\n## Tools\n\n### FEN\n\n"
            "## Multiplayer\n\n### Four\n\n### Other Variations\n")
    messages = [p.message.split(" (")[0] for p in lint(text, "toc")]
    assert "table of contents lists 'Other', which no heading has; remove it" in messages
    assert "table of contents misses 'Other Variations'" in messages


def test_of_several_stale_entries_in_one_place_each_is_renamed_to_its_near_name() -> None:
    text = ("## Contents\n- [Tools](#tools)\n  - [FEN](#fen)\n  - [Algebraic](#algebraic)\n"
            "  - [PNG](#png)\n  - [Other](#other)\n\n## Tools\n\n### FEN\n\n### Algebraic\n\n"
            "### PGN\n")
    messages = [p.message for p in lint(text, "toc")]
    assert "table of contents lists 'PNG', which no heading has; 'PGN' (line 14) stands in " \
           "its place" in messages
    assert not any(m.startswith("table of contents misses 'PGN'") for m in messages)


def test_contents_that_link_the_repositorys_pages_list_the_headings_that_do_too() -> None:
    text = ("# T\n\n* 1. [Intro](#1-intro)\n* 2. [Tools](#2-tools)\n"
            "    * 2.1. [Servers](/servers/README.md)\n    * 2.2. [Cloud](/cloud/README.md)\n"
            "    * 2.3. [Builds](/ci/README.md)\n\n## 1. Intro\n\n## 2. Tools\n\n"
            "### 2.1. [Servers](/servers/README.md)\n### 2.2. [Cloud](/cloud/README.md)\n"
            "### 2.3. [Builds](/ci/README.md)\n")
    assert lint_all(text) == []
    unlisted = text.replace("    * 2.3. [Builds](/ci/README.md)\n", "")
    assert [(p.rule, p.message.split(" (")[0]) for p in lint_all(unlisted)] == [
        ("toc", "table of contents misses '2.3. Builds'")]


def test_an_entry_whose_heading_was_renamed_and_moved_is_renamed_not_removed() -> None:
    text = ("## Contents\n- [Logging](#logging)\n  - [Splunk](#splunk)\n"
            "  - [Humio / LogScale](#humio--logscale)\n  - [Loki](#loki)\n  - [Sumo](#sumo)\n"
            "## Logging\n### Splunk\n### Loki\n### Humio / CrowdStrike LogScale\n### Sumo\n")
    assert [p.message.split("; ")[-1] for p in lint(text, "toc")] == [
        "'Humio / CrowdStrike LogScale' (line 10) stands in its place"]


def test_an_entry_whose_anchor_is_a_heading_of_another_level_names_its_own_heading() -> None:
    text = ("# T\n\n## Contents\n\n- [Analysis](#analysis)\n- [Benchmarks](#standards)\n"
            "- [Language](#language)\n  - [Standards](#standards)\n\n## Analysis\n\n"
            "## Benchmarks\n\n## Language\n\n### Standards\n")
    assert [p.message for p in lint(text, "toc")] == [
        "'Benchmarks' links '#standards', the anchor of 'Standards' (line 16); "
        "'Benchmarks' (line 12) is '#benchmarks'"]


def test_each_link_of_a_line_of_several_names_its_own_heading() -> None:
    text = ("# T\n\n## Contents\n\n- [Langs](#langs)\n  - [Go](#go) • [Ruby](#ruby)\n\n"
            "## Langs\n\n### Go\n\n### Ruby\n\n### Rust\n")
    assert [p.message for p in lint(text, "toc")] == [
        "table of contents misses 'Rust' (line 14); list it after 'Ruby'"]


def test_a_contents_under_a_heading_in_another_language_is_read() -> None:
    text = ("# Projects\n- [Tools](https://github.com/o/tools) - All.\n\n"
            "# 目录\n\n- [工具](#工具)\n- [文章](#文章)\n\n# 文章\n\n# 工具\n")
    assert [p.message.split(" in ")[0] for p in lint(text, "toc")] == [
        "'文章' (line 9) comes before '工具'"]


def test_an_anchor_that_keeps_punctuation_github_leaves_out_lists_its_heading() -> None:
    text = ("# T\n\n## Contents\n\n- [Setup](#part:-setup)\n- [Usage](#part:-usage)\n\n"
            "## Part: Setup\n\n## Part: Usage\n")
    assert lint(text, "toc") == []
    assert [p.rule for p in lint_all(text)] == ["broken-anchor", "broken-anchor"]
