from __future__ import annotations

from pathlib import Path

import pytest

from awesome_lint.fixer import apply
from helpers import fixture, lint, lint_all, positions, real_list_params

RULE = "broken-anchor"


@pytest.mark.parametrize(("text", "expected"), [
    ("[x](#missing)\n\n# Title\n", [(1, 5)]),
    ("- [A](#a)\n\n## A\n", []),
    ("[x](#Contents)\n\n## Contents\n", []),  # GitHub matches fragments case-insensitively
    ("[x](#%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82)\n\n## Привет\n", []),  # percent-decoded
    ("[x](#user-content-a)\n\n## A\n", []),  # the id GitHub actually gives the heading
    ("[x](#software-development---low-code)\n\n## Software Development - Low Code\n", []),
    ("[x](#art--design)\n\n## Art & Design\n", []),
    ("[x](#-deploy)\n\n## 🚀 Deploy\n", []),
    ("[x](#deploy)\n\n## 🚀 Deploy\n", [(1, 5)]),
    ("## A\n\n## A\n\n## A\n\n[x](#a-2)\n", []),  # repeats are numbered from -1
    ("## A\n\n## A\n\n[x](#a-2)\n", [(5, 5)]),
    ('<a name="core-mlops"></a>\n\n[x](#core-mlops)\n', []),
    ('<h2 id="tools">Tools</h2>\n\n[x](#tools)\n', []),
    ("[x](#readme) [y](#top) [z](#)\n", []),
    ("[x][r]\n\n[r]: #missing\n", [(3, 6)]),  # reported once, where it is defined
    ('<a href="#missing">x</a>\n', [(1, 10)]),
    ("`[x](#missing)`\n", []),
    ("```\n[x](#missing)\n```\n", []),
    ("<!-- [x](#missing) -->\n", []),
    ('```\n<a name="a"></a>\n```\n\n[x](#a)\n', [(5, 5)]),  # an anchor in code is no anchor
    ("[x](https://example.org/#missing)\n", []),
])
def test_in_page_links(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(text, RULE)) == expected


def test_extra_anchors() -> None:
    text = "[x](#custom) [y](#other)\n"
    assert positions(lint(text, RULE, extra_anchors=["Custom"])) == [(1, 18)]


def test_suggests_the_heading_the_link_text_names_and_fixes_it() -> None:
    text = fixture("seed-open-mlops-draft.md")
    [problem] = lint(text, RULE)
    assert (problem.line, problem.column) == (7, 28)
    assert "'#what-is-mlops-anyway'" in problem.message
    fixed, applied = apply(text, [problem])
    assert applied == 1
    assert "* [What is MLOps, anyway?](#what-is-mlops-anyway)\n" in fixed
    assert lint(fixed, RULE) == []


@pytest.mark.parametrize(("text", "replacement"), [
    ("[Experiment tracking](#experiment-traking)\n\n## Experiment tracking\n",
     "#experiment-tracking"),  # by its text
    ("[here](#experiment-traking)\n\n## Experiment tracking\n", "#experiment-tracking"),
    ("[🔠 NLP](#nlp-tools)\n\n## NLP\n", "#nlp"),
    ("[x][r]\n\n[r]: #experiment-traking\n\n## Experiment tracking\n",
     "#experiment-tracking"),  # at the definition
])
def test_fix(text: str, replacement: str) -> None:
    [problem] = lint(text, RULE)
    assert problem.fix is not None
    assert problem.fix.replacement == replacement
    assert lint(apply(text, [problem])[0], RULE) == []


@pytest.mark.parametrize("text", [
    "[here](#industry-strength-nlp)\n\n## Industry Strength Robotics\n",  # similar, not it
    "[Deep Learning](#rust-deep-learning)\n\n## Deep Learning\n\n## Deep Learning\n",
    "[here](#zzz)\n\n## Experiment tracking\n",
])
def test_no_fix_when_unsure(text: str) -> None:
    [problem] = lint(text, RULE)
    assert problem.fix is None


def test_repeated_heading_asks_for_an_anchor() -> None:
    [problem] = lint("[Deep Learning](#rust-deep-learning)\n\n## Deep Learning\n\n"
                     "## Deep Learning\n", RULE)
    assert '<a name="rust-deep-learning"></a>' in problem.message


def test_html_anchors_and_thirty_repeats() -> None:
    """Its TOC links 30 "General-Purpose Machine Learning" headings by <a name> anchors;
    what is left is truly broken: a TOC written for a heading with one badge (it has two
    now), anchors never added for Rust's subsections and a name with spaces in it."""
    problems = lint(fixture("josephmisiti__awesome-machine-learning.md"), RULE)
    assert [p.line for p in problems] == [41, 127, 128, 157, 158]


@pytest.mark.parametrize("name", [
    "visenger__awesome-mlops.md",  # <a name> anchors
    "dkhamsing__open-source-ios-apps.md",  # "#readme"
    "awesome-selfhosted__awesome-selfhosted.md",  # "---" from " - "
    "fuzzylabs__awesome-open-mlops.md",
    "seed-open-mlops-full.md",
])
def test_quiet_on_working_anchors(name: str) -> None:
    assert lint(fixture(name), RULE) == []


# Every finding on the corpus, checked by hand against the slugs GitHub generates.
CORPUS_FINDINGS = {
    "EthicalML__awesome-production-machine-learning.md": [20],  # "#industry-strength-nlp"
    "josephmisiti__awesome-machine-learning.md": [41, 127, 128, 157, 158],
    "kelvins__awesome-mlops.md": [7],  # "#awesome-mlops": the badge leaves "awesome-mlops-"
    "seed-open-mlops-draft.md": [7],
}


@pytest.mark.parametrize("path", real_list_params())
def test_corpus(path: Path) -> None:
    problems = lint(path.read_text(encoding="utf-8"), RULE)
    assert [p.line for p in problems] == CORPUS_FINDINGS.get(path.name, [])


def test_a_heading_inside_a_list_item_has_an_anchor() -> None:
    text = ("## Contents\n\n- [Tools](#tools)\n  - [Editor Plugins](#editor-plugins)\n\n"
            "## Tools\n\n- ### Editor Plugins\n\n  - [zig.vim](https://github.com/z/zig.vim)\n")
    assert lint_all(text) == []


def test_suggests_the_one_heading_that_goes_on_from_the_broken_anchor() -> None:
    text = ("- [SaaS](#saas-platforms)\n\n## By Platform\n\n## SaaS Platforms & Cloud Services\n"
            "\n## Local\n")
    [problem] = lint(text, RULE)
    assert "did you mean '#saas-platforms--cloud-services'" in problem.message
    assert problem.fix is None
