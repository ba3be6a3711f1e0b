"""duplicate-entry: the same project listed twice, by URL or by name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from awesome_lint.errors import ConfigError
from awesome_lint.links.results import LinkResult, Repository
from awesome_lint.parser import parse
from awesome_lint.problem import Problem
from helpers import fixture, lint, lint_document

RULE = "duplicate-entry"


def found(problems: list[Problem]) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.severity) for p in problems]


TABLE = """\
# Tools

| Name | License | Description |
| --- | --- | --- |
| [MLflow](https://mlflow.org) | Apache-2.0 | Tracking. |
| [Sacred](https://github.com/IDSIA/sacred) | MIT | Tracking. |
| [mlflow](https://github.com/mlflow/mlflow) | Apache-2.0 | Same name. |
| [Omniboard](http://github.com/idsia/sacred.git#readme) | MIT | Same URL. |
"""

TWO_SECTIONS = """\
# Experiment tracking

- [MLflow](https://mlflow.org) - Tracking.

# Model registries

- [Comet](https://comet.com) - Registry.
- [MLflow](https://mlflow.org/) - Registry.
"""

CASES = [
    pytest.param(TABLE, [(7, 3, "error"), (8, 3, "error")], id="same-section-name-and-url"),
    pytest.param(TWO_SECTIONS, [(8, 3, "warning")], id="across-sections-is-a-warning"),
    pytest.param(
        "- [ML  Flow](https://a.org) - A.\n- [ml flow](https://docs.a.org/) - B.\n",
        [(2, 3, "error")],
        id="name-case-and-whitespace-folded",
    ),
    pytest.param(
        "| Name | License |\n| --- | --- |\n| Dolt | MIT |\n| [Dolt](https://dolt.com) | MIT |\n",
        [(4, 3, "error")],
        id="entry-without-url-compares-by-name",
    ),
    pytest.param(
        "- [A](https://a.org) - A.\n- [B](https://b.org) - B.\n- [A](https://a.org) - A.\n"
        "- [A](https://a.org) - A.\n",
        [(3, 3, "error"), (4, 3, "error")],
        id="every-later-occurrence",
    ),
    pytest.param(
        "- Swift\n  - [Education](https://github.com/a/swift-edu)\n"
        "- PHP\n  - [Education](https://php.example/edu)\n",
        [],
        id="generic-subitems-under-different-parents",
    ),
    pytest.param(
        "- Swift\n  - [Education](https://edu.example)\n"
        "- PHP\n  - [Learning](https://edu.example/)\n",
        [(4, 5, "error")],
        id="subitems-with-the-same-url",
    ),
    pytest.param(
        "- [Education](https://edu.example) - E.\n"
        "- PHP\n  - [Education](https://edu.example/php)\n",
        [(3, 5, "error")],
        id="subitem-and-top-level-item-share-a-name-and-site",
    ),
    pytest.param(
        "- [log](https://github.com/apex/log) - A.\n- [log](https://gitlab.com/b/log) - B.\n",
        [],
        id="two-repositories-are-two-projects",
    ),
    pytest.param(
        "- [OpenCV](https://opencv.org) - A.\n- [OpenCV](https://github.com/opencv/opencv) - B.\n",
        [(2, 3, "error")],
        id="homepage-and-repository-share-a-name",
    ),
    pytest.param(
        "- [Calibre](https://calibre-ebook.com/) - E-books. ([Source Code]"
        "(https://github.com/kovidgoyal/calibre))\n"
        "- [Kovid's tools](https://github.com/kovidgoyal/calibre) - Other.\n",
        [],
        id="extra-links-are-not-the-entry-url",
    ),
    pytest.param(
        "## Contents\n\n- [MLflow](#mlflow)\n\n## MLflow\n\n- [MLflow](https://mlflow.org) - T.\n",
        [],
        id="table-of-contents-is-not-an-entry",
    ),
]


@pytest.mark.parametrize(("markdown", "expected"), CASES)
def test_duplicates(markdown: str, expected: list[tuple[int, int, str]]) -> None:
    assert found(lint(markdown, RULE)) == expected


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"across_sections": "error"}, [(8, 3, "error")]),
        ({"across_sections": "ignore"}, []),
        ({"across_sections": "warning"}, [(8, 3, "warning")]),
    ],
)
def test_across_sections_option(options: dict, expected: list) -> None:
    assert found(lint(TWO_SECTIONS, RULE, **options)) == expected


@pytest.mark.parametrize(
    ("by", "expected"),
    [(["url"], [(8, 3, "error")]), (["name"], [(7, 3, "error")]), ([], [])],
)
def test_by_option(by: list[str], expected: list) -> None:
    assert found(lint(TABLE, RULE, by=by)) == expected


def test_unknown_by_value_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="homepage"):
        lint(TABLE, RULE, by=["homepage"])


def test_message_names_the_first_occurrence() -> None:
    problem = lint(TWO_SECTIONS, RULE)[0]
    assert "line 3" in problem.message
    assert "(Experiment tracking)" in problem.message
    assert problem.data["first_line"] == 3


def test_message_names_the_first_name_when_it_differs() -> None:
    problem = lint(TABLE, RULE)[1]
    assert "'Sacred'" in problem.message and "line 6" in problem.message


def test_seed_lists_mlflow_in_three_categories() -> None:
    problems = lint(fixture("seed-open-mlops-full.md"), RULE)
    assert found(problems) == [(98, 3, "warning"), (109, 3, "warning")]
    assert all(p.data["first_line"] == 91 for p in problems)
    assert all(p.data["first_section"] == "Experiment tracking" for p in problems)


def test_fuzzylabs_lists_mlflow_in_three_categories() -> None:
    problems = lint(fixture("fuzzylabs__awesome-open-mlops.md"), RULE)
    assert found(problems) == [(103, 3, "warning"), (122, 3, "warning")]


def test_ethicalml_streaming_under_two_names() -> None:
    problems = {
        p.line: p for p in lint(fixture("EthicalML__awesome-production-machine-learning.md"), RULE)
    }
    assert problems[258].data["first_line"] == 147  # "MosaicML Streaming" is "Streaming"
    assert problems[258].severity == "warning"
    # "Massive Text Embedding Benchmark" links to MLPerf Inference's repository.
    assert problems[366].data["first_line"] == 365
    assert problems[366].severity == "error"


def test_sindresorhus_generic_subitems_are_not_duplicates() -> None:
    problems = lint(fixture("sindresorhus__awesome.md"), RULE)
    assert [p.line for p in problems] == []


def test_selfhosted_extra_links_do_not_make_duplicates() -> None:
    assert lint(fixture("awesome-selfhosted__awesome-selfhosted.md"), RULE) == []


# Cases seen on real lists that no test had seen (issue 6): each is its minimal snippet.
PRECISION_CASES = [
    pytest.param(
        "- [Maestro](https://runmaestro.ai) - Agents.\n"
        "- [Maestro](https://maestro.dev) - UI tests.\n",
        [], id="same-name-unrelated-sites-are-two-projects"),
    pytest.param(
        "- [AI Deep Research Agent](https://github.com/o/apps/tree/main/a/deep) - A.\n"
        "- [AI Deep Research Agent](https://github.com/o/apps/tree/main/b/deep) - B.\n",
        [], id="same-name-different-folders-of-one-repository"),
    pytest.param(
        "- [Foo](https://foo.dev) - Foo.\n- [Foo](https://www.reddit.com/r/foo/) - Its forum.\n",
        [], id="community-page-is-not-a-second-listing"),
    pytest.param(
        "- [ChessDojo](https://www.chessdojo.club) - Training.\n"
        "- [ChessDojo](https://www.twitch.tv/chessdojo) - Its live streams.\n",
        [], id="a-channel-is-not-a-second-listing"),
    pytest.param(
        "## Foo\n\n- [Web](https://foo.dev)\n- [GitHub](https://github.com/foo/foo)\n\n"
        "## Bar\n\n- [Web](https://bar.dev)\n- [GitHub](https://github.com/bar/bar)\n",
        [], id="generic-labels-of-two-projects-are-not-duplicates"),
    pytest.param(
        "## Soda\n\n- [Website](https://www.soda.io/) | [GitHub](https://github.com/soda/soda)\n\n"
        "## Great\n\n- [Website](https://soda.io) | [GitHub](https://github.com/great/ge)\n",
        [(7, 3, "warning")], id="label-link-copied-to-another-project"),
    pytest.param(
        "- [BERT](https://arxiv.org/abs/2307.00526) - Paper.\n"
        "- BERT: pre-training of deep transformers [[Paper]](https://arxiv.org/abs/2307.00526)\n",
        [(2, 3, "error")], id="item-named-by-its-text-shares-a-url"),
    pytest.param(
        "- [Foo](https://foo.dev) - Foo.\n"
        "- Also, [Quora](https://www.quora.com/), [Foo](https://foo.dev), you know the drill.\n",
        [], id="prose-bullet-is-not-an-entry"),
    pytest.param(
        "| Name | License | Description |\n| --- | --- | --- |\n"
        "| [Alpha](https://github.com/alpha/alpha) ![Stars](https://img.sh/x) | MIT | A. |\n"
        "| [Alpha](https://alpha.dev) | MIT | A. |\n",
        [(4, 3, "error")], id="badge-alt-text-is-not-part-of-the-name"),
    pytest.param(
        "- [Foo](https://github.com/foo/foo) - A.\n- [Foo](https://foo.dev/docs) - B.\n",
        [(2, 3, "error")], id="repository-and-site-named-alike"),
    pytest.param(
        "- [Orbit](https://github.com/zumerlab/orbit) - A.\n- [Orbit](https://orbit.kiwi/) - B.\n",
        [], id="someones-repository-named-like-a-site"),
    pytest.param(
        "- [Chimera Ortho](https://github.com/g/chimera) - A.\n"
        "- [Chimera Ergo](https://github.com/g/chimera) - B.\n"
        "- [Gergo](https://www.gboards.ca/) - C.\n- [Helix](https://www.gboards.ca/) - D.\n",
        [(4, 3, "error")], id="variants-in-one-repository-but-a-copied-url"),
    pytest.param(
        "- [Java Collections Framework](https://notabug.org/k/java-collections-framework)"
        " - A.\n- [Java Multithreading](https://notabug.org/k/java-collections-framework)"
        " - B.\n- [Best Tutorials](https://github.com/a/vulkan_best) - C.\n"
        "- [Best Samples](https://github.com/a/vulkan_best) - D.\n",
        [(2, 3, "error"), (4, 3, "error")], id="a-name-copied-to-a-repository-named-otherwise"),
    pytest.param(
        "- [axe-core Library](https://github.com/dequelabs/axe-core) - A.\n"
        "- [axe-core](https://github.com/dequelabs/axe-core) - B.\n",
        [(2, 3, "error")], id="a-name-and-what-it-is-is-one-project"),
    pytest.param(
        "- [vlc](https://vlc.org/) - Player.\n- [vlc-bin](https://vlc.org/) - A.\n"
        "- [drumgizmo](https://drumgizmo.org/) - Drums.\n"
        "- [dgedit](https://drumgizmo.org/) - Editor for drumgizmo kits.\n"
        "- [lame](https://lame.sourceforge.io/) - MP3 encoder.\n"
        "- [vorbis-tools](https://lame.sourceforge.io/) - Ogg Vorbis tools.\n",
        [(6, 3, "error")], id="packages-of-one-project-at-its-home-but-a-copied-url"),
    pytest.param(
        "## Rxswift\n\n- [RxSwift](https://github.com/ReactiveX/RxSwift) - Repository.\n"
        "- [RxSwift](http://reactivex.io/intro.html) - Website.\n",
        [], id="one-projects-links-under-its-own-heading"),
    pytest.param(
        "- [**Prefire**](https://github.com/b/Prefire) - Previews.\n"
        "  * [PrefirePlaybookPlugin](https://github.com/b/Prefire#plugin) - Playbooks.\n"
        "  * [PrefireTestsPlugin](https://github.com/b/Prefire#plugin) - Tests.\n",
        [], id="parts-named-after-the-project-they-are-under"),
    pytest.param(
        "- [json](https://github.com/flori/json) - In C.\n"
        "- [json pure](https://github.com/flori/json) - In Ruby.\n",
        [], id="two-packages-of-one-repository"),
    pytest.param(
        "- [Lo-Dash](http://lodash.com/) - Utilities.\n- [Lodash](https://lodash.com/) - Again.\n",
        [(2, 3, "error")], id="a-hyphen-is-no-release-number"),
]


@pytest.mark.parametrize(("markdown", "expected"), PRECISION_CASES)
def test_duplicates_on_unseen_lists(markdown: str, expected: list) -> None:
    assert found(lint(markdown, RULE)) == expected


def test_same_name_hints_are_info_and_off_by_default() -> None:
    twins = ("- [Cat Facts](https://catfact.ninja/) - A.\n"
             "- [Cat Facts](https://x.github.io/cat) - B.\n")
    assert lint(twins, RULE) == []
    assert found(lint(twins, RULE, same_name_hints=True)) == [(2, 3, "info")]


def test_many_entries_with_one_name_take_linear_time() -> None:
    import time

    def seconds(count: int) -> float:
        text = "".join(f"- [Same](https://s{i}.example) - D.\n" for i in range(count))
        start = time.perf_counter()
        lint(text, RULE)
        return time.perf_counter() - start

    assert seconds(4000) < 3.0  # quadratic took 36 s


# ----------------------------------------------------------------------------- with --links
def checked(text: str, *results: LinkResult) -> list[Problem]:
    """The rule on text as if the link checker had found these results."""
    document = replace(parse(text), link_results={r.url: r for r in results})
    return lint_document(document, RULE)


def alive(url: str, name: str, homepage: str | None = None) -> LinkResult:
    renamed = name.lower() not in url.lower()
    return LinkResult(url, "redirect" if renamed else "ok",
                      final_url=f"https://github.com/{name}" if renamed else None,
                      repository=Repository(name, homepage=homepage))


def test_a_repository_and_its_homepage_are_one_project() -> None:
    text = ("# Tools\n\n- [Bar](https://github.com/foo/bar) - Bars.\n"
            "- [Bar.io](https://bar.io/) - The same, by its site.\n")
    result = alive("https://github.com/foo/bar", "foo/bar", "https://bar.io")
    assert found(checked(text, result)) == [(4, 3, "error")]
    swapped = ("# Tools\n\n- [Bar.io](https://bar.io/) - By its site.\n"
               "- [Bar](https://github.com/foo/bar) - Bars.\n")
    assert found(checked(swapped, result)) == [(4, 3, "error")]
    assert checked(text) == []  # without --links nothing is known


def test_old_and_new_names_of_a_repository_are_one_project() -> None:
    text = ("# Tools\n\n- [Old](https://github.com/o/old-name) - Before the rename.\n"
            "- [New](https://github.com/o/new-name) - After it.\n")
    assert found(checked(text, alive("https://github.com/o/old-name", "o/new-name"))) == [
        (4, 3, "error")]


def test_repositories_sharing_a_homepage_stay_two_projects() -> None:
    text = ("# Tools\n\n- [Core](https://github.com/acme/core) - Engine.\n"
            "- [CLI](https://github.com/acme/cli) - Command line.\n")
    results = [alive(f"https://github.com/acme/{name}", f"acme/{name}", "https://acme.dev")
               for name in ("core", "cli")]
    assert checked(text, *results) == []


def test_a_homepage_on_github_is_no_alias() -> None:
    text = ("# Tools\n\n- [Org](https://github.com/acme) - The organisation.\n"
            "- [Core](https://github.com/acme/core) - Engine.\n")
    result = alive("https://github.com/acme/core", "acme/core", "https://github.com/acme")
    assert checked(text, result) == []


FRESH_CASES = [
    pytest.param(
        "- [Monitor](https://electronjs.org/blog/samples#activity-monitor) - A.\n"
        "- [Hash](https://electronjs.org/blog/samples#hash) - B.\n",
        [], id="anchors-into-one-page-are-several-entries"),
    pytest.param(
        "- [Users](https://groups.google.com/forum/#!forum/django-users/) - A.\n"
        "- [Developers](https://groups.google.com/forum/#!forum/django-developers/) - B.\n",
        [], id="routes-of-one-site-are-several-pages"),
    pytest.param(
        "## Egypt\n\n- [Site](https://e.dev) - E.\n- Meetup [Egypt](https://www.meetup.com/eg/)\n\n"
        "## Poland\n\n- [Site](https://p.dev) - P.\n- Meetup [Poland](https://www.meetup.com/pl/)\n",
        [], id="two-pages-deep-in-one-platform"),
    pytest.param(
        "- [libjson](https://github.com/vincenthz/libjson) - A.\n"
        "- [libjson](https://sourceforge.net/projects/libjson/) - B.\n",
        [], id="repositories-on-two-forges"),
    pytest.param(
        "- [MLflow](https://mlflow.org) - A.\n- [MLflow](https://mlflow.org/docs/latest) - B.\n",
        [(2, 3, "error")], id="home-page-and-a-page-of-its-site"),
    pytest.param(
        "- [lyaml](https://g.com/l) - Y.\n- LPeg\n  - [LPeg](http://x.org/lpeg/) - A.\n"
        "  - [LuLPeg](https://g.com/p/LuLPeg) - B.\n- [LPeg](http://x.org/lpeg/) - Again.\n",
        [(5, 3, "error")], id="a-group-named-like-its-first-item-is-no-listing"),
    pytest.param(
        "## A\n\n| Name | Links |\n| --- | --- |\n"
        "| Buzz | [GitHub](https://github.com/block/buzz) |\n\n"
        "## B\n\n| Name | Links |\n| --- | --- |\n"
        "| buzz | [GitHub](https://github.com/chidiwilliams/buzz) |\n"
        "| Dup | [GitHub](https://github.com/block/buzz) |\n",
        [(12, 3, "warning")], id="a-table-name-without-a-link-takes-the-rows-links"),
]


@pytest.mark.parametrize(("markdown", "expected"), FRESH_CASES)
def test_duplicates_on_fresh_lists(markdown: str, expected: list) -> None:
    assert found(lint(markdown, RULE)) == expected


def test_a_repository_that_holds_several_crates_is_their_shared_home() -> None:
    crates = "".join(f"- [`atsam{n}`](https://github.com/atsamd-rs/atsamd) - Crate {n}.\n"
                     for n in ("d11", "d21", "e53", "e54"))
    assert lint(crates, RULE) == []
    pair = ("- [Streaming](https://github.com/m/streaming) - A.\n"
            "- [MosaicML Streaming](https://github.com/m/streaming) - B.\n")
    assert found(lint(pair, RULE)) == [(2, 3, "error")]


DECORATED_PROJECTS = """# Runtimes

## Contents

- [Beta](#beta)
- [Alpha](#alpha)

## <a name="beta"></a>[Beta](https://github.com/beta/beta) <sup>[top⇈](#contents)</sup>

* **Interoperability**

    SDKs:
    - [`Go`](https://beta.org/docs/go-host-sdk/)
    - [`Rust`](https://beta.org/docs/rust-host-sdk/)

    PDKs:
    - [`Go`](https://github.com/beta/go-pdk)
    - [`Rust`](https://github.com/beta/rust-pdk)

* **Used by**
    - [Alpha](https://github.com/alpha/alpha): runs on it.

## <a name="alpha"></a>[Alpha](https://github.com/alpha/alpha) <sup>[top⇈](#contents)</sup>

Text.
"""


def test_decorated_project_headings_own_their_links() -> None:
    assert lint(DECORATED_PROJECTS, RULE) == []
    problems = lint(DECORATED_PROJECTS, "alphabetical-order", enforce="always")
    assert [p.line for p in problems] == [23]


def test_a_paper_is_one_at_any_address_of_its_doi() -> None:
    text = ("# Publications\n\n"
            "- 2021: [Fifteen years of dialyzing Erlang and Elixir code (invited talk)]"
            "(https://dl.acm.org/doi/abs/10.1145/3471871.3480952) by A.\n"
            "- 2020: [Another paper](https://link.springer.com/chapter/10.1007/978-3-642-4_17)"
            " by B.\n"
            "- 2021: [Fifteen years of dialyzing Erlang and Elixir code]"
            "(https://dl.acm.org/doi/10.1145/3471871.3480952) by C.\n"
            "- 2013: [Another paper, again](https://dl.acm.org/doi/10.1007/978-3-642-4_17) by B.\n"
            "- 2019: [A third](https://dl.acm.org/doi/10.1145/3471871.3480953) by D.\n")
    assert [p.line for p in lint(text, RULE)] == [5, 6]


def test_items_written_in_html_are_compared() -> None:
    item = ('  - <details><summary><b><a href="https://github.com/{0}">{1}</a></b>: {2}'
            '</summary>\n\n    </details>\n\n')
    text = ("## Logging\n\n" + item.format("erlang-lager/lager", "lager", "A logger.")
            + item.format("x/logger", "logger", "Another.")
            + item.format("erlang-lager/lager", "lager", "Logging framework."))
    assert [(p.line, p.column) for p in lint(text, RULE)] == [(11, 5)]


def test_items_of_a_bare_url_are_compared_by_it() -> None:
    text = ("## C\n\n- https://github.com/r/WasmVM\n- https://github.com/r/wasmjit\n\n"
            "## D\n\n- https://dlang.org/wasm\n- https://github.com/r/Wasmjit/\n"
            "- [Tour](https://d.org/tour) - A tour.\n")
    assert [(p.line, p.column) for p in lint(text, RULE)] == [(9, 3)]
    assert lint(text, "alphabetical-order", enforce="always") == []


def test_whose_work_an_item_names_is_not_its_name() -> None:
    text = ("- Sascha W's [samples](https://github.com/S/Vulkan) and [talk](https://s.de/t).\n"
            "- Sascha W's [glTF-PBR](https://github.com/S/glTF-PBR) - Rendering.\n"
            "- [Alpha](https://a.org) - A.\n- [Beta](https://b.org) - B.\n"
            "- [Gamma](https://c.org) - C.\n")
    assert lint(text, RULE) == []


def test_a_tag_before_the_link_names_nothing() -> None:
    text = ("## JS\n\n- [FormatJS CLI](https://formatjs.io/docs/tooling/cli/) - Extract.\n"
            "- [i18next](https://i18next.com) - Framework.\n\n## Utilities\n\n"
            "- (JS) [FormatJS CLI](https://formatjs.io/docs/tooling/cli/) - Extract.\n"
            "- (archived) [Polyglot](https://github.com/a/polyglot) - Tiny.\n")
    assert [(p.line, p.column) for p in lint(text, RULE)] == [(8, 3)]


def test_rows_named_by_text_are_compared_by_their_first_link() -> None:
    text = ("## Detectors\n\n| Title | Links |\n| --- | --- |\n"
            "| **DBNet++** | [Paper](https://a.org/2202) [Code](https://g.com/M/DB) |\n"
            "| **DBNet** | [Paper](https://a.org/1911) [Code](https://g.com/M/DB) |\n"
            "| **DB again** | [Paper](https://a.org/1911) |\n")
    assert [p.line for p in lint(text, RULE)] == [7]


def test_works_cited_by_their_text_are_compared_by_their_first_link() -> None:
    def item(name: str, title: str, paper: str) -> str:
        return f'* **{name}:** "{title}" ([Paper](https://arxiv.org/abs/{paper}))\n'
    text = ("## Search\n\n" + item("Q* Framework", "Q*: Improving Reasoning", "2406.14283")
            + item("Learning Planning", "Learning Planning-based Reasoning", "2406.14283")
            + item("ToT", "Tree of Thoughts", "2305.10601") + "\n## Datasets\n\n"
            + item("MetaMath", "MetaMath: Bootstrap Your Own Questions", "2309.12284")
            + '* **MetaMathQA:** Introduced in "MetaMath: Bootstrap..." ([Paper]'
            "(https://arxiv.org/abs/2309.12284))\n"
            + item("MathVerse", "MathVerse: Does Your LLM Understand Math?", "2305.10601"))
    assert [(p.line, p.severity) for p in lint(text, RULE)] == [(4, "error"), (11, "warning")]


def test_a_part_of_an_article_linked_at_another_parts_address() -> None:
    text = ("- [Deploy to ECS: Part I](https://c.io/deploy-part-i/), [II](https://c.io/deploy-"
            "part-ii/) & [III](https://c.io/deploy-part-i/) - How.\n"
            "- [Recipes with Astro](https://d.dev/recipes-part-1) - Parts: [1](https://d.dev/"
            "recipes-part-1/) - [2](https://d.dev/recipes-part-2/)\n")
    assert [(p.line, p.column) for p in lint(text, RULE)] == [(1, 100)]  # at the address


def test_items_after_a_count_in_markup_are_entries_and_compared() -> None:
    text = ("1. <kbd>1000-</kbd> [Tor10](https://github.com/r/Tor10): A library.\n"
            "2. <kbd>2800+</kbd> [text](https://github.com/pytorch/text): Data loading.\n"
            "3. <kbd>1000-</kbd> [Tor10](https://github.com/r/Tor10): A library.\n")
    assert [p.line for p in lint(text, RULE)] == [3]


def test_two_works_of_a_repository_named_for_both_are_two() -> None:
    text = ("- [NGCN](https://github.com/b/MixHop-and-N-GCN): A layer.\n"
            "- [MixHop](https://github.com/b/MixHop-and-N-GCN): An architecture.\n"
            "- [zsh-expand](https://github.com/z/zsh-expand): Expands.\n"
            "- [expand](https://github.com/z/zsh-expand): Expands too.\n")
    assert [p.line for p in lint(text, RULE)] == [4]


def test_a_call_to_contribute_is_no_project() -> None:
    text = "".join(f"### {s}\n\nCommunity Repos:\n\n* [Contribute](https://github.com/d/a/blob/"
                   "master/CONTRIBUTING.md)\n\n" for s in ("API Gateway", "CloudSearch"))
    assert lint(text, RULE) == []


def test_a_project_listed_again_is_one_finding_not_one_per_link_under_it() -> None:
    block = ("- [**1672**星][7m] [C++] [yegord/snowman](https://github.com/yegord/snowman) "
             "Decompiler\n    - [IDA插件](https://github.com/yegord/snowman/tree/master/ida)\n"
             "    - [nc](https://github.com/yegord/snowman/tree/master/nc) core library\n")
    text = "## Decompilers\n\n" + block + "\n## x64dbg plugins\n\n" + block
    assert [(p.line, p.message.split("'")[1]) for p in lint(text, RULE)] == [
        (9, "yegord/snowman")]


def test_an_article_after_its_date_and_source_is_named_by_its_title() -> None:
    text = ("## Articles\n\n"
            "- 2019.12 [kien] [Reversing with IDA (P27)](https://medium.com/p/5fa5c17)\n"
            "- 2019.11 [] [IPC Voucher](http://blogs.360.cn/post/ipc.html)\n"
            "- 2018.07 [3gstudent] [Log clearing](https://3gstudent.github.io/evt.html)\n"
            "- 2018.07 [3gstudent] [Log clearing](https://3gstudent.github.io/evt.html)\n")
    assert [(p.line, p.message.split("'")[1]) for p in lint(text, RULE)] == [
        (6, "Log clearing")]


def test_a_sites_blog_is_not_the_site_under_the_same_name() -> None:
    text = ("## Blogs\n\n- [Simplified](https://blog.simplified.dev/) - Articles.\n\n"
            "## Training\n\n- [Simplified](https://simplified.dev/training) - Courses.\n"
            "- [Keystone](https://docs.keystone.dev/) - Docs.\n\n"
            "## Tools\n\n- [Keystone](https://keystone.dev/cli) - Its CLI.\n")
    assert [p.line for p in lint(text, RULE)] == [12]


def test_a_repository_moved_to_a_renamed_owner_is_one_project() -> None:
    said = " - A set of utilities to make testing simpler.\n"
    text = (f"- [kit](https://github.com/babybeet/kit){said}"
            "- [log](https://github.com/a/log) - Logging for Go.\n"
            f"- [kit](https://github.com/lazycuh/kit){said}"
            "- [log](https://github.com/b/log) - Logging for Go.\n")
    assert [p.line for p in lint(text, RULE)] == [3]


def test_a_page_moved_within_its_site_and_described_alike_is_one_listing() -> None:
    said = " - Review of preparing the toolkit for migration.\n"
    text = (f"- [Prep](https://orbis.org/programs/ulc/prep/){said}"
            "- [Meetup](https://meetup.com/a/) - Our group in Berlin.\n"
            f"- [Prep](https://orbis.org/programs/osdc/prep/){said}"
            "- [Meetup](https://meetup.com/b/) - Our group in Berlin.\n")
    assert [p.line for p in lint(text, RULE)] == [3, 4]
    other = text.replace(said, " - Review.\n", 1)
    assert [p.line for p in lint(other, RULE)] == [4]


def test_a_project_deployed_under_its_name_is_its_repository() -> None:
    text = ("- [Swyxkit](https://swyxkit.netlify.app/) - A starter.\n"
            "- [Other](https://other.dev) - Else.\n"
            "- [Swyxkit](https://github.com/sw-yx/swyxkit) - The starter's code.\n"
            "- [Orbit](https://orbit.kiwi) - A site.\n"
            "- [Orbit](https://github.com/zumerlab/orbit) - A library.\n")
    assert [p.line for p in lint(text, RULE)] == [3]


def test_a_name_that_is_the_repositorys_path_names_the_repository() -> None:
    text = ("## Tools\n\n| Name | Formats |\n| - | - |\n"
            "| [Tern](https://github.com/tern-tools/tern) | SPDX |\n\n"
            "## Repositories\n\n- [tern-tools/tern](https://github.com/tern-tools/tern)\n"
            "- [vlc-bin](https://github.com/videolan/vlc) - Its binaries.\n"
            "- [videolan/vlc](https://github.com/videolan/vlc)\n")
    assert [p.line for p in lint(text, RULE)] == [9]  # vlc-bin: a package of vlc


def test_a_link_on_a_text_named_items_next_line_is_another_fields() -> None:
    text = ("## Models\n\n- [Legal-BERT](https://lb.dev) - A model.\n"
            "- [SaulLM](https://saul.dev) - A model.\n"
            "- Kanon 2 Embedder - A legal embedding model.\n"
            "**Benchmark:** [MLEB](https://mleb.dev)\n\n"
            "## Benchmarks\n\n- [MLEB](https://mleb.dev) - The benchmark.\n"
            "- [Legal BERT](https://lb.dev) - Again.\n")
    assert [p.line for p in lint(text, RULE)] == [11]


def test_a_series_first_part_may_share_the_series_address() -> None:
    series = ("- [**JavaScript**: _A tiny blockchain_](https://x.dev/tiny)\n"
              "    - [_Part 1: A basic chain_](https://x.dev/tiny)\n"
              "    - [_Part 2: Proof of work_](https://x.dev/tiny2)\n")
    path = ("* [Querying (Path)](https://learn.dev/path) - A learning path.\n"
            "  - [Introduction](https://learn.dev/intro)\n"
            "  - [Sort and filter](https://learn.dev/sort)\n"
            "  - [Subqueries](https://learn.dev/path)\n")
    text = f"## Tutorials\n\n{series}\n## Paths\n\n{path}"
    assert [p.line for p in lint(text, RULE)] == [12]


def test_a_bracketed_label_before_the_link_names_nothing() -> None:
    text = ("## Theory\n\n* [Report] [Permission mistakes](https://x.dev/a) - A.\n"
            "* [Other](https://o.dev) - O.\n\n## Blogs\n\n"
            "* [Blog] [Permission mistakes](https://x.dev/b) - Elsewhere.\n"
            "* [Report] [Permission mistakes](https://x.dev/a) - Again.\n")
    assert [(p.line, p.message.split("'")[1]) for p in lint(text, RULE)] == [
        (9, "Permission mistakes")]


def test_notes_among_a_papers_own_links_are_no_entries() -> None:
    text = ("# Papers\n\n## Matching Networks. NIPS 2016\n- [code (TF)](https://github.com/a/m)\n"
            "- [code (PyTorch)](https://github.com/b/m)\n- episodic training\n\n"
            "## Prototypical Networks. NIPS 2017\n- [code (PyTorch)](https://github.com/c/p)\n"
            "- [my paper note](https://hackmd.io/xyz)\n- episodic training\n")
    assert lint(text, RULE) == []
    assert lint(text, "missing-link") == []


def test_a_paper_named_in_bold_is_compared_by_its_paper_link_below() -> None:
    paper = ("- **{name}:** {who}<br />\n  \"{title}.\" ArXiv.\n"
             "  [[paper]({url})]\n")
    text = "#### 2026\n" + "".join(paper.format(**p) for p in (
        {"name": "CAT", "who": "A. Bian", "title": "Cross-Attention Adapter",
         "url": "https://f.edu/617.pdf"},
        {"name": "X1", "who": "B", "title": "X1", "url": "https://x.dev/1"},
        {"name": "X2", "who": "C", "title": "X2", "url": "https://x.dev/2"},
        {"name": "ARMN", "who": "D", "title": "MGTrack", "url": "https://x.dev/1"})) + \
        "\n#### 2020\n" + "".join(paper.format(**p) for p in (
            {"name": "CAT", "who": "C. Li", "title": "Challenge-Aware Tracking",
             "url": "https://arxiv.org/abs/2007.13143"},
            {"name": "X3", "who": "E", "title": "X3", "url": "https://x.dev/3"}))
    assert [p.line for p in lint(text, RULE)] == [11]


def test_a_dated_news_item_is_no_listing() -> None:
    text = ("## Highlights\n\n- 2024.05.30: The paper of WebUOT-1M is online "
            "([arXiv](https://arxiv.org/abs/2405.19818)).\n- 2024.06.01: New results.\n"
            "- 2024.07.02: More news ([blog](https://b.dev)).\n\n## Datasets\n\n"
            "| Dataset | Intro |\n| - | - |\n"
            "| [WebUOT-1M](https://arxiv.org/abs/2405.19818) | A. |\n"
            "| [LaSOT](https://l.dev) | B. |\n| [TNL2K](https://l.dev) | C. |\n")
    assert [p.line for p in lint(text, RULE)] == [13]


def test_a_courses_materials_share_its_page() -> None:
    text = ("- [CS 140](https://a.example/cs140/) **Operating Systems** *Stanford*\n"
            "\t- [Assignments](https://a.example/cs140/projects)\n"
            "\t- [Lecture Notes](https://a.example/cs140/)\n"
            "- [CS 3410](https://c.example/cs3410/) **Computer Systems** *Cornell*\n"
            "\t- [Assignments](https://c.example/cs3410/schedule.html)\n"
            "\t- [Lectures](https://c.example/cs3410/schedule.html)\n")
    assert lint(text, "duplicate-entry") == []
    copied = text.replace("[Assignments](https://c", "[Flamingo](https://c").replace(
        "[Lectures]", "[Pelican Bay]")
    assert [p.line for p in lint(copied, "duplicate-entry")] == [6]


def test_a_link_an_item_refers_to_is_not_its_address() -> None:
    text = ("## Templates\n\n- [claude_code](https://d.org/claude_code) - A module.\n"
            "- `CLAUDE.md` in your root — see [Tag1 workflow](https://tag1.com/ai) for more.\n\n"
            "## Reading\n\n- [Tag1: AI workflow](https://tag1.com/ai) - An article.\n")
    assert lint(text, RULE) == []
    own = text.replace("see [Tag1 workflow]", "[Tag1 workflow]")
    assert [p.line for p in lint(own, RULE)] == [8]


def test_two_editions_of_one_product_may_share_its_page() -> None:
    text = ("- [IntelliJ IDEA Community](https://jetbrains.com/idea/) - Open source IDE.\n"
            "- [IntelliJ IDEA Ultimate](https://jetbrains.com/idea/) - Commercial IDE.\n")
    assert lint(text, RULE) == []
    assert [p.line for p in lint(text.replace("IDEA Ultimate", "Rider"), RULE)] == [2]


def test_a_log_of_updates_linked_by_one_label_lists_nothing() -> None:
    text = ("## Contents\n| Name | Description | Link |\n|---|---|---|\n"
            "| **FAQ** | Questions. | [GitHub](https://x.github.io/g/FAQ.html) |\n"
            "| **Glossary** | Terms. | [GitHub](https://x.github.io/g/Glossary.html) |\n\n"
            "## Announcements\n| Topic | Description | Date | URL |\n|---|---|---|---|\n"
            "| 💻Website | Website is live | May 2023 | [URL](https://x.github.io/g/) |\n"
            "| 🔄Update | FAQ updated | Jan 2026 | [URL](https://x.github.io/g/FAQ.html) |\n"
            "| 📚Update | Section added | Jan 2026 | [URL](https://x.github.io/g/) |\n"
            "| 📋Update | Glossary | Feb 2026 | [URL](https://x.github.io/g/Glossary.html) |\n")
    assert lint(text, RULE) == []


def test_two_years_of_one_event_told_by_their_labels_are_two_entries() -> None:
    text = ("- [CVPR2024 Tutorial] [Recent Advances](https://vlp.github.io/)\n"
            "- [CVPR2023 Tutorial] [Recent Advances](https://vlp.github.io/2023/index.html)\n")
    assert lint(text, RULE) == []
    same = text.replace("https://vlp.github.io/2023/index.html", "https://vlp.github.io/")
    assert [p.line for p in lint(same, RULE)] == [2]


def test_one_paper_at_its_abstract_and_its_pdf_is_one_entry() -> None:
    text = ("- [ExPLoRA](https://arxiv.org/abs/2406.10973) - Pre-training.\n"
            "- [Other](https://arxiv.org/abs/2406.10974) - Else.\n"
            "- [Adapting ViTs](https://arxiv.org/pdf/2406.10973v2.pdf) - Pre-training.\n")
    assert [p.line for p in lint(text, RULE)] == [3]


def test_a_sites_blog_page_and_a_link_to_nowhere_are_no_second_listing() -> None:
    text = ("## Vendors\n\n- [Aspecto](https://www.aspecto.io/) - Microservices.\n"
            "- [Datadog](https://www.datadoghq.com/) - Monitoring.\n\n## Blogs\n\n"
            "- [Aspecto](https://www.aspecto.io/blog/) - Guides.\n\n## Twitter\n\n"
            "- [Datadog]() - The company.\n")
    assert lint(text, RULE) == []
    page = text.replace("aspecto.io/blog/", "aspecto.io/pricing/")
    assert [p.line for p in lint(page, RULE)] == [8]


def test_papers_behind_their_venue_tags_are_named_by_their_titles() -> None:
    text = ("## Papers\n\n"
            "- [[SIGMOD](https://arxiv.org/abs/2506.14707)] HARMONY: A Vector Database [**`D`**]\n"
            "- [[SIGMOD](https://arxiv.org/abs/2504.10326)] AlayaDB: Long-context Inference\n")
    assert lint(text, RULE) == []
    copied = text.replace("2504.10326", "2506.14707")
    assert [p.line for p in lint(copied, RULE)] == [4]


def test_a_credit_under_acknowledgements_is_no_second_listing() -> None:
    text = ("## Tools\n\n- [NusaCrowd](https://github.com/IndoNLP/nusa-crowd) - Datasets.\n\n"
            "## Acknowledgements\n\n- [NusaCrowd](https://github.com/IndoNLP/nusa-crowd) and "
            "[SEACrowd](https://github.com/SEACrowd) - where I contributed.\n")
    assert lint(text, RULE) == []
    assert len(lint(text.replace("Acknowledgements", "More tools"), RULE)) == 1


def test_themes_of_one_owners_collection_share_its_repository() -> None:
    text = ("- [DevExpress OfficeWhite](https://github.com/DevExpress/bootstrap-themes/) - A.\n"
            "- [DevExpress Purple](https://github.com/DevExpress/bootstrap-themes/) - B.\n"
            "- [Facebook Jest](https://github.com/facebook/react) - C.\n"
            "- [Facebook React](https://github.com/facebook/react) - D.\n")
    assert [p.line for p in lint(text, RULE)] == [4]


def test_two_pages_of_one_site_under_one_title_are_one_listing() -> None:
    title = "Harden Windows with AppLocker, part 2"
    text = (f"- [{title}](https://oddvar.moe/2017/12/13/applocker-part-1/)\n"
            "- [Meetup](https://meetup.com/a/) - Ours.\n"
            f"- [{title}](https://oddvar.moe/2017/12/21/applocker-part-2/)\n"
            "- [Meetup](https://meetup.com/b/) - Theirs.\n")
    assert [p.line for p in lint(text, RULE)] == [3]


def test_a_page_of_a_sites_blog_is_not_the_site_under_one_name() -> None:
    text = ("## Audits\n\n- [OpenZeppelin](https://blog.openzeppelin.com/security-audits/) - A.\n"
            "\n## Tools\n\n- [OpenZeppelin](https://openzeppelin.com/) - Framework.\n"
            "- [OpenZeppelin](https://openzeppelin.com/contracts) - Contracts.\n")
    assert [p.line for p in lint(text, RULE)] == [8]


def test_a_store_page_named_like_someones_repository_is_another_project() -> None:
    text = ("* [JSON Formatter](https://chromewebstore.google.com/detail/json-formatter/abc) - A.\n"
            "* [JSON Formatter](https://github.com/mohsen1/json-formatter) - B.\n")
    assert lint(text, RULE) == []
