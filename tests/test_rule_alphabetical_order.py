"""alphabetical-order: each table and list sorted by name, first break reported."""

from __future__ import annotations

import pytest

from helpers import fixture, lint, positions

RULE = "alphabetical-order"


def items(*names: str) -> str:
    return "".join(f"- [{name}](https://example.org/{i}) - Tool.\n" for i, name in enumerate(names))


def table(*names: str) -> str:
    rows = "".join(f"| MIT | [{n}](https://example.org/{i}) |\n" for i, n in enumerate(names))
    return "| License | Name |\n| --- | --- |\n" + rows


CASES = [
    pytest.param(items("Alpha", "beta", "Gamma"), {}, [], id="sorted-ignoring-case"),
    pytest.param(items("Alpha", "Gamma", "Beta", "Delta"), {}, [(3, 3)], id="first-break-only"),
    pytest.param(table("DVC", "Comet", "Airflow"), {}, [(4, 9)], id="table-name-column"),
    pytest.param(
        table("B", "A") + "\n" + table("D", "C"), {}, [(4, 9), (9, 9)], id="one-per-table"
    ),
    pytest.param(items("A", "A", "B"), {}, [], id="equal-names-are-in-order"),
    pytest.param(items("Beta", "alpha"), {"ignore_case": False}, [], id="case-sensitive"),
    pytest.param(items("Beta", "alpha"), {}, [(2, 3)], id="case-insensitive"),
    pytest.param(items("Algorithms", "The Beta", "Gamma"), {}, [(3, 3)], id="prefix-counts"),
    pytest.param(
        items("Algorithms", "The Beta", "Gamma"),
        {"ignore_prefixes": ["the "]},
        [],
        id="prefix-ignored",
    ),
    pytest.param(items("Item 2", "Item 10"), {}, [(2, 3)], id="digits-as-text"),
    pytest.param(items("Item 2", "Item 10"), {"key": "natural"}, [], id="natural"),
    pytest.param(items("Item 10", "Item 9"), {"key": "natural"}, [(2, 3)], id="natural-break"),
    pytest.param(items("Apache", ".NET", "Zeppelin"), {}, [], id="leading-punctuation-skipped"),
    pytest.param(
        items("Apache", ".NET"), {"ignore_punctuation": False}, [(2, 3)], id="punctuation-kept"
    ),
    pytest.param(items("🔧 AutoML", "💸 Data"), {}, [], id="leading-emoji-skipped"),
    pytest.param(items("Data Validation Tool", "data-diff"), {}, [], id="space-before-hyphen"),
    pytest.param(items("data-diff", "Data Validation Tool"), {}, [(2, 3)], id="hyphen-after"),
    pytest.param(
        items("Calibre Web Automated", "Calibre Web", "Calibre"),
        {},
        [(2, 3)],
        id="shorter-name-sorts-first",
    ),
    pytest.param(
        "## Contents\n\n- [Zeta](#zeta)\n- [Alpha](#alpha)\n\n## Zeta\n\n## Alpha\n",
        {},
        [],
        id="table-of-contents-skipped",
    ),
    pytest.param(
        "- [A](https://a.org) - A.\n  - [Z](https://z.org) - Z.\n  - [Y](https://y.org) - Y.\n"
        "- [B](https://b.org) - B.\n",
        {},
        [(3, 5)],
        id="nested-list-is-its-own-group",
    ),
    pytest.param(
        "- [B](https://b.org) - B.\n  - [Y](https://y.org) - Y.\n  - [Z](https://z.org) - Z.\n"
        "- [A](https://a.org) - A.\n",
        {},
        [(4, 3)],
        id="children-do-not-break-their-parents-order",
    ),
]


@pytest.mark.parametrize(("markdown", "options", "expected"), CASES)
def test_order(markdown: str, options: dict, expected: list[tuple[int, int]]) -> None:
    assert positions(lint(markdown, RULE, **options)) == expected


SECTIONS = (
    "# Tools\n\n" + items("B", "A") + "\n## Web tools\n\n" + items("D", "C") + "\n# Papers\n\n"
)
SECTIONS += "".join(f"- [{n}](https://example.org/p{n}) - Paper.\n" for n in ("F", "E"))


@pytest.mark.parametrize(
    ("options", "lines"),
    [
        ({}, [4, 9, 14]),
        ({"sections": ["papers"]}, [14]),
        ({"sections": ["Web  tools"]}, [9]),
        ({"sections": ["Tools"]}, [4, 9]),  # a section includes its subsections
        ({"skip_sections": ["Tools"]}, [14]),
        ({"skip_sections": ["Web tools"]}, [4, 14]),
        ({"sections": ["Tools"], "skip_sections": ["Web tools"]}, [4]),
    ],
)
def test_sections_options(options: dict, lines: list[int]) -> None:
    assert [p.line for p in lint(SECTIONS, RULE, **options)] == lines


def test_message_names_the_entry_it_belongs_before() -> None:
    problem = lint(items("Airflow", "DVC", "MLflow", "Comet"), RULE)[0]
    assert problem.line == 4
    assert problem.data["before"] == "DVC"
    assert "'Comet'" in problem.message and "'DVC'" in problem.message


def test_seed_tables_out_of_order() -> None:
    # Found by hand: each table's first entry that sorts before its predecessor.
    problems = lint(fixture("seed-open-mlops-full.md"), RULE)
    assert [(p.line, p.column, p.data["before"]) for p in problems] == [
        (49, 26, "Label Studio"),  # doccano
        (64, 3, "Great Expectations"),  # Data Validation Tool (DVT)
        (78, 3, "DVC"),  # Delta Lake
        (90, 3, "Sacred"),  # Guild.AI
        (99, 3, "MLFlow"),  # Kubeflow
        (138, 3, "Seldon Core"),  # BentoML
        (149, 3, "Evidently"),  # Boxkite ML
        (161, 3, "Magda"),  # Amundsen
        (170, 3, "You Don't Need a Bigger Boat"),  # Recommendations at "Reasonable Scale"
        (183, 3, "Top 10 Open Source MLOps Tools"),  # Awesome MLOps, in "More resources"
    ]


def test_draft_data_versioning_table() -> None:
    problems = lint(fixture("seed-open-mlops-draft.md"), RULE)
    assert [(p.line, p.column, p.data["before"]) for p in problems] == [(37, 3, "DVC")]


def test_fuzzylabs_tables_out_of_order() -> None:
    problems = lint(fixture("fuzzylabs__awesome-open-mlops.md"), RULE)
    assert positions(problems) == [
        (50, 26), (67, 3), (81, 3), (92, 3), (104, 3), (137, 3), (165, 3), (177, 3), (186, 3),
        (199, 3),
    ]  # fmt: skip
    assert problems[3].data["before"] == "Sacred"  # CometLLM


def test_selfhosted_puts_longer_names_first() -> None:
    # awesome-selfhosted sorts by data file name ("calibre-web.yml" < "calibre.yml").
    problems = {p.line: p for p in lint(fixture("awesome-selfhosted__awesome-selfhosted.md"), RULE)}
    assert problems[775].data["before"] == "Calibre Web Automated"
    assert len(problems) == 6


def test_skip_sections_quiets_a_curated_list() -> None:
    text = fixture("sindresorhus__awesome.md")
    assert lint(text, RULE)
    titles = {line.lstrip("#").strip() for line in text.splitlines() if line.startswith("## ")}
    assert lint(text, RULE, skip_sections=sorted(titles)) == []
