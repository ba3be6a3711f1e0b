from __future__ import annotations

import pytest

from helpers import fixture, lint, lint_all, positions


@pytest.mark.parametrize(("text", "expected"), [
    ("| Name | D |\n|---|---|\n| [A](https://a.org) | x |\n| B | y |\n", [(4, 3)]),
    ("- [A](https://a.org) - x.\n- B - y.\n- [C](https://c.org) - z.\n", [(2, 3)]),
    ("- [A](https://a.org) - x.\n  - Sub - y.\n  - [C](https://c.org)\n", [(2, 5)]),
    ("Criteria:\n\n- Integration with Git.\n- Storage options.\n", []),
    ("- [A](#a)\n- B\n- [C](#c)\n", []),
    ("| Name | D |\n|---|---|\n|  | y |\n", []),
    ("| Name | Paper | License |\n| --- | --- | --- |\n"
     "| OIG | [The OIG dataset](https://laion.ai/blog/oig/) | Apache-2.0 |\n", []),
    ("## [Camel](https://camel.dev)\n\n- [Web](https://camel.dev)\n- Authors: Ann Lee\n", []),
    ("- [A](https://a.org) - x.\n- [Web]() - y.\n", [(2, 9)]),
    ("- [A](https://a.org) - x.\n- [Ray](github.com/ray-project/ray) - y.\n", [(2, 9)]),
    ("- [A](https://a.org) - x.\n- [B](docs/b.md) - y.\n- [C](#c) - z.\n", []),
    ("- [A](https://a.org) - x.\n- [B](htts://b.org) - y.\n", [(2, 7)]),
    ("- [A](http://https://a.org/) - x.\n- [B](http:/b.org/b) - y.\n- [C](https:c.org) - z.\n"
     "- [D](https://d.org/?u=https://e.org) - w.\n", [(1, 7), (2, 7), (3, 7)]),
    ("- [A](https://github.)om/a/b) - x.\n- [B](http://localhost:8080/) - y.\n"
     "- [C](http://[::1]/) - z.\n- [D](https://d.org./x) - w.\n- [E](http://https//e.org)\n",
     [(1, 7), (5, 7)]),
    ("- [A](https://a.org) - x.\n- [B][https://b.org/x] - y.\n", [(2, 7)]),
    ("- [A](https://a.org) - x.\n- See https://b.org/x - y.\n", []),
    ("- [A](https://a.org) - x.\n- Tip: you get moderated if you post twice.\n- TODO\n", []),
    ("- [A](https://a.org) - x.\n- Change = ((New - Old) / |Old|) * 100\n"
     "- [B](https://b.org) - x.\n- Spread - y.\n", [(4, 3)]),
    ("- [A](https://a.org) - x.\n- [VMA-Hpp] (https://github.com/o/vma) - y.\n", [(2, 14)]),
    ("- [A](https://a.org) - x.\n- [ELK]([https://e.io/kit](https://os.e.io/)) - y.\n",
     [(2, 9)]),
    ("- [A][1] - x.\n- [osu!](2) - y.\n- [B](docs) - z.\n\n[1]: https://a.org\n"
     "[2]: https://osu.org\n", [(2, 10)]),
])
def test_entries_without_links(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(text, "missing-link")) == expected


def test_seed_lists() -> None:
    draft = lint(fixture("seed-open-mlops-draft.md"), "missing-link")
    assert [p.line for p in draft] == [37, 38, 39]
    full = fixture("seed-open-mlops-full.md")
    names = {full.splitlines()[p.line - 1].split("|")[1].strip()
             for p in lint(full, "missing-link")}
    assert "KServe" in names


def test_a_name_in_brackets_before_a_bare_url_is_no_link() -> None:
    text = ("* [Alpha](https://a.dev) - One.\n* [Beta] https://b.dev - Two.\n"
            "- [x] https://done.dev\n* [Gamma](https://c.dev) - Three.\n")
    assert [(p.line, p.rule) for p in lint_all(text)] == [(2, "missing-link")]


def test_a_table_of_data_without_links_names_what_is_linked_elsewhere() -> None:
    listed = ("| Name | GitHub |\n| --- | --- |\n"
              "| Amphion | [Repo](https://github.com/o/amphion) |\n"
              "| Bark | [Repo](https://github.com/s/bark) |\n")
    compared = "\n| Name | Streaming |\n| --- | --- |\n| Amphion | Yes |\n| Bark | No |\n"
    assert [p.rule for p in lint_all(listed + compared)] == []
    assert [(p.line, p.rule) for p in lint_all(listed + "| Orca | - |\n")] == [
        (5, "missing-link")]


def test_a_row_of_a_comparison_that_names_a_linked_project_is_a_reference() -> None:
    listed = ("| Library | Test |\n| --- | --- |\n"
              "| **[Alpha](alpha/)** | Yes |\n| **[Beta](beta/)** | No |\n")
    pricing = ("\n| Library | Free | Notes |\n| --- | --- | --- |\n"
               "| **Alpha** | Trial | [Pricing](https://alpha.com/buy) |\n"
               "| **Beta** | Unlimited | MIT |\n")
    assert [p.rule for p in lint_all(listed + pricing)] == []
    assert [(p.line, p.rule) for p in lint_all(listed + pricing + "| **Gamma** | - | - |\n")] \
        == [(10, "missing-link")]


def test_a_footnote_is_no_link_definition() -> None:
    text = ("- [Alpha](https://alpha.dev/)[^alpha] - A.\n- [Beta](https://beta.dev/) - B.\n\n"
            "[^alpha]: [Alpha tech stack](https://github.com/alpha/alpha#stack)\n"
            "[^b]:\n  Plain note.\n[c]: c.dev/page\n")
    assert [p.line for p in lint(text, "missing-link")] == [7]


def test_a_generators_placeholder_address_links_nowhere() -> None:
    text = ("### [WorkerB](undefined)\n\n- [A](null) - A.\n- [B](https://b.dev) - B.\n"
            "- [C](docs/undefined.md) - C.\n")
    assert [p.line for p in lint(text, "missing-link")] == [1, 3]


def test_an_email_address_without_mailto_is_a_path() -> None:
    text = ("- [phrack@saelo.net](phrack@saelo.net) - Contact.\n"
            "- [Mail](mailto:a@b.dev) - Contact.\n- [B](https://b.dev/a@b) - B.\n")
    assert [p.line for p in lint(text, "missing-link")] == [1]


def test_a_bold_row_that_labels_the_rows_below_is_no_entry() -> None:
    text = ("| Name | License | Description |\n| ---- | ------- | ----------- |\n"
            "| **General Purpose** | | |\n| [Akto](https://akto.dev) | MIT | Discovery. |\n"
            "| **REST APIs** |\n| [B](https://b.dev) | MIT | B. |\n| Plain | | |\n")
    assert [p.line for p in lint(text, "missing-link")] == [7]


def test_a_table_whose_link_cells_name_several_tools_lists_none() -> None:
    text = ("| Test Type | Purpose | Tools |\n|---|---|---|\n"
            "| Unit tests | Test components | pytest, unittest |\n"
            "| Evaluation | Measure quality | [DeepEval](https://d.dev), [RAGAS](https://r.dev) |\n"
            "| Regression | Catch drift | [PromptFoo](https://p.dev) |\n"
            "| Red team | Find failures | [Garak](https://g.dev), [PyRIT](https://y.dev) |\n")
    assert lint(text, "missing-link") == []
    listing = text.replace("[DeepEval](https://d.dev), [RAGAS](https://r.dev)",
                           "[DeepEval](https://d.dev)").replace(
        "[Garak](https://g.dev), [PyRIT](https://y.dev)", "[Garak](https://g.dev)")
    assert [p.line for p in lint(listing, "missing-link")] == [3]


def test_an_address_left_to_be_filled_in_links_nowhere() -> None:
    text = ("- [Keynote](https://www.youtube.com/watch?v=...) - A talk.\n"
            "- [Paper](https://x.org/papers/Red_Violets..._Blue.pdf) - A paper.\n"
            "- [Notes](https://x.org/notes/\u2026) - Notes.\n")
    assert [p.line for p in lint(text, "missing-link")] == [1, 3]


def test_an_address_without_the_colon_of_its_scheme_is_reported() -> None:
    text = "- [MemVP](https//github.com/a/memvp) - A.\n- [B](https://github.com/a/b) - B.\n"
    assert [p.line for p in lint(text, "missing-link")] == [1]


def test_a_work_named_in_bold_among_cited_works_without_its_links_is_reported() -> None:
    works = "".join(f"- **[W{n}] Title {n}** (CVPR 2024) [[Paper]](https://arxiv.org/abs/{n})\n"
                    f"  - *Note {n}*\n\n" for n in range(3))
    text = works + "- **[CCEdit] Creative Editing** (CVPR 2024)\n  - *A note*\n"
    assert [p.line for p in lint(text, "missing-link")] == [10]
    group = works + "- **Articles**\n  - [Fuzzers](https://k.io/fuzz) - A post.\n"
    assert lint(group, "missing-link") == []


def test_a_table_of_notes_that_cite_sources_under_one_label_needs_no_link_per_row() -> None:
    text = ("# Notes\n\n|Trick|What|Link|\n|-|-|-|\n"
            "|Shader options|See the shader.|[Article](https://a.org/1)|\n"
            "|Faster builds|Use an SSD.|[Article](https://a.org/2)|\n"
            "|Full rebuild|A config change rebuilds all.||\n"
            "|Module order|Dependencies.|[Article](https://a.org/3)|\n"
            "|Ignore warnings|Arguments.Add(\"/ignore:4199\");||\n"
            "|Setup.bat|Faster setup.|[Article](https://a.org/4)|\n")
    assert lint(text, "missing-link") == []
    tools = text.replace("[Article]", "[Repo]")
    assert [p.line for p in lint(tools, "missing-link")] == [7, 9]


def test_a_link_without_text_shows_nothing() -> None:
    text = ("- [](https://x.org/e) - d.\n- [![CI](https://img.org/b.svg)](https://y.org) - e.\n"
            "- [ ](https://z.org) - f.\n- [A](https://a.org) - a.\n")
    assert [(p.line, p.message.split(":")[0]) for p in lint(text, "missing-link")] == [
        (1, "link has no text"), (3, "link has no text")]


def test_a_label_over_items_indented_too_little_to_nest_is_no_entry() -> None:
    text = ("*  JVM languages\n  * [Krakatau](https://k.org) - A decompiler.\n"
            "  * [JD-GUI](https://j.org) - Another.\n* Unlinked Tool - missing.\n"
            "* [Ghidra](https://g.org) - NSA.\n")
    assert [p.line for p in lint(text, "missing-link")] == [4]


def test_a_name_whose_address_starts_the_next_line_is_no_link() -> None:
    text = ("- [A](https://a.org) - x.\n- [Foundation Licence]\n(http://rsgb.org/f/) - y.\n"
            "- [B](https://b.org) - z.\n")
    assert [(p.line, p.message.split(":")[0]) for p in lint(text, "missing-link")] == [
        (3, "written [name] (url)")]
