from __future__ import annotations

from pathlib import Path

import pytest

from helpers import fixture, lint, positions, real_list_params

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
    # nested: the levels the contents use must be complete...
    ("## Contents\n\n- [A](#a)\n  - [A1](#a1)\n- [B](#b)\n\n## A\n\n### A1\n\n### A2\n\n## B\n",
     [(4, 5)]),
    # ...under the parents whose children they list, not under the others
    ("## Contents\n\n- [A](#a)\n  - [A1](#a1)\n  - [A2](#a2)\n- [B](#b)\n\n"
     "## A\n\n### A1\n\n### A2\n\n### A3\n\n## B\n\n### B1\n\n### B2\n", [(5, 5)]),
    ("## Contents\n\n- [A](#a)\n- [A1](#a1)\n- [B](#b)\n\n"  # flat, the same promise
     "## A\n\n### A1\n\n### A2\n\n## B\n\n### B1\n", [(4, 3)]),
    # a nested entry whose anchor is broken still lists its parent's children
    ("## Contents\n\n- [A](#a)\n  - [A0](#nowhere)\n- [B](#b)\n  - [B1](#b1)\n- [C](#c)\n\n"
     "## A\n\n### A1\n\n## B\n\n### B1\n\n## C\n\n### C1\n", [(3, 3)]),
    # ...not the levels they don't
    ("## Contents\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n### A1\n\n## B\n", []),
    # nor the parts they don't cover (vinta: categories of "Projects", not "Resources")
    ("## Categories\n\n- [A](#a)\n- [B](#b)\n\n## Projects\n\n### A\n\n### B\n\n"
     "## Resources\n\n### Podcasts\n", []),
    # nor headings above the contents, nor its own, nor the skipped ones
    ("# T\n\n## Intro\n\n## Contents\n\n- [A](#a)\n\n## A\n\n## Contributing\n\n## License\n",
     []),
    # a link whose anchor is broken still lists the section its text names
    ("## Contents\n\n- [What is it?](#what)\n- [B](#b)\n\n## What is it\n\n## B\n", []),
    # HTML anchors lead to the heading below them
    ('## Contents\n\n- [C](#c-cv)\n\n<a name="c-cv"></a>\n## Computer Vision\n\n## D\n',
     [(3, 3)]),
    # out of order: the first entry per list, a warning
    ("## Contents\n\n- [B](#b)\n- [A](#a)\n\n## A\n\n## B\n", [(4, 3)]),
    ("## Contents\n\n- [C](#c)\n- [A](#a)\n- [B](#b)\n\n## A\n\n## B\n\n## C\n", [(4, 3)]),
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
        (144, "Spiking Neural Networks"),
        (149, "Development Tools"),
        (182, "Books"),
    ]


# Every finding on the corpus, checked by hand against the lists' headings.
CORPUS_FINDINGS = {
    "fuzzylabs__awesome-open-mlops.md": [15, 19, 20],
    "josephmisiti__awesome-machine-learning.md": [126, 144, 149, 182],
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
