"""alphabetical-order: each table and list sorted by name, every entry out of place reported."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations, pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_lint.parser import parse
from awesome_lint.problem import Problem
from awesome_lint.rules.alphabetical_order import asks_for_order
from helpers import fixed_by, fixture, lint_document, positions
from helpers import lint as lint_with


def lint(text: str, rule: str, **options: object) -> list[Problem]:
    """The rule as on a list that asks for alphabetical order (``enforce = "always"``)."""
    return lint_with(text, rule, **{"enforce": "always", **options})

RULE = "alphabetical-order"


def items(*names: str) -> str:
    return "".join(f"- [{name}](https://example.org/{i}) - Tool.\n" for i, name in enumerate(names))


def table(*names: str) -> str:
    rows = "".join(f"| MIT | [{n}](https://example.org/{i}) |\n" for i, n in enumerate(names))
    return "| License | Name |\n| --- | --- |\n" + rows


CASES = [
    pytest.param(items("Alpha", "beta", "Gamma"), {}, [], id="sorted-ignoring-case"),
    pytest.param(items("Alpha", "Gamma", "Beta", "Delta"), {}, [(2, 3)], id="fewest-moves"),
    pytest.param(items("A", "C", "B", "D"), {}, [(3, 3)], id="ties-keep-the-earlier-entry"),
    pytest.param(items("B", "A", "C", "E", "D"), {}, [(2, 3), (5, 3)], id="every-break"),
    pytest.param(items("Z", "A", "B", "C"), {}, [(1, 3)], id="one-entry-far-off"),
    pytest.param(table("B", "A", "C"), {}, [(4, 9)], id="table-name-column"),
    pytest.param(table("DVC", "Comet", "Airflow"), {}, [(3, 9)], id="mostly-unsorted-group"),
    pytest.param(
        table("B", "A") + "\n" + table("D", "C"), {}, [(4, 9), (9, 9)], id="one-per-table"
    ),
    pytest.param(items("A", "A", "B"), {}, [], id="equal-names-are-in-order"),
    pytest.param(items("Beta", "alpha"), {"ignore_case": False}, [], id="case-sensitive"),
    pytest.param(items("Beta", "alpha"), {}, [(2, 3)], id="case-insensitive"),
    pytest.param(items("Algorithms", "The Beta", "Gamma"), {"key": "name"}, [(3, 3)],
                 id="prefix-counts"),
    pytest.param(
        items("Algorithms", "The Beta", "Gamma"),
        {"ignore_prefixes": ["the "]},
        [],
        id="prefix-ignored",
    ),
    pytest.param(items("Item 2", "Item 10"), {"key": "name"}, [(2, 3)], id="digits-as-text"),
    pytest.param(items("Item 2", "Item 10"), {}, [], id="auto-accepts-numbers-as-numbers"),
    pytest.param(items("Item 2", "Item 10"), {"key": "natural"}, [], id="natural"),
    pytest.param(items("Item 10", "Item 9"), {"key": "natural"}, [(2, 3)], id="natural-break"),
    pytest.param(items("RSS-Bridge", "RSS Monster", "RSS2EMail", "RSSHub"), {"key": "words"}, [],
                 id="words"),
    pytest.param(items("RSS-Bridge", "RSS Monster", "RSS2EMail", "RSSHub"), {"key": "name"},
                 [(2, 3)], id="words-by-name"),
    pytest.param(items("Apache", ".NET", "Zeppelin"), {}, [], id="leading-punctuation-skipped"),
    pytest.param(
        items("Apache", ".NET"), {"ignore_punctuation": False, "key": "name"}, [(2, 3)],
        id="punctuation-kept"
    ),
    pytest.param(items("🔧 AutoML", "💸 Data"), {}, [], id="leading-emoji-skipped"),
    pytest.param(items("Data Validation Tool", "data-diff"), {}, [], id="space-before-hyphen"),
    pytest.param(items("data-diff", "Data Validation Tool"), {"key": "name"}, [(2, 3)],
                 id="hyphen-after"),
    pytest.param(
        items("Calibre Web", "Calibre Web Automated", "Calibre"),
        {},
        [(3, 3)],
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
    assert (problem.data["after"], problem.data["after_line"]) == ("Airflow", 1)
    assert (problem.data["before"], problem.data["before_line"]) == ("DVC", 2)
    assert "'Comet'" in problem.message and "'DVC'" in problem.message


def test_an_entry_that_sorts_last_belongs_after_the_last_kept() -> None:
    problem = lint(items("Zeta", "Alpha", "Beta"), RULE)[0]
    assert problem.line == 1
    assert (problem.data["after"], problem.data["after_line"]) == ("Beta", 3)
    assert "before" not in problem.data
    assert "'Beta'" in problem.message


def test_a_new_entry_after_an_older_break_is_still_seen() -> None:
    text = items("Alpha", "Delta", "Beta", "Gamma", "Omega", "Kappa", "Zeta")
    assert positions(lint(text, RULE)) == [(3, 3), (6, 3)]  # Beta, then the new Kappa


def test_long_groups_are_fast_and_exact() -> None:
    names = [f"Tool {n:05d}" for n in range(20_000)]
    names[100], names[15_000] = names[15_000], names[100]
    assert [p.line for p in lint(items(*names), RULE)] == [101, 15_001]


def where(problem: Problem) -> str:
    if "before" in problem.data:
        return f"before {problem.data['before']}"
    if "after" in problem.data:
        return f"after {problem.data['after']}"
    return f"{problem.data['out_of_place']} of {problem.data['entries']}"


def test_a_group_mostly_out_of_place_is_one_finding() -> None:
    problems = lint(items("Echo", "Delta", "Alpha", "Charlie", "Bravo"), RULE)
    assert positions(problems) == [(1, 3)]
    assert (problems[0].data["out_of_place"], problems[0].data["entries"]) == (3, 5)


def test_seed_tables_out_of_order() -> None:
    # Checked by hand: in each table, the fewest entries whose moving sorts it; or, when
    # that is most of them, the table.
    problems = lint(fixture("seed-open-mlops-full.md"), RULE)
    assert [(p.line, p.column, where(p)) for p in problems] == [
        (49, 26, "before Label Studio"),  # doccano
        (51, 26, "before Label Studio"),  # Computer Vision Annotation Tool (CVAT)
        (63, 3, "after deequ"),  # Great Expectations
        (66, 3, "before Data Validation Tool (DVT)"),  # Cerberus
        (78, 3, "before DVC"),  # Delta Lake
        (80, 3, "before LakeFS"),  # Git LFS
        (88, 3, "3 of 5"),  # Sacred, Tensorboard, Guild.AI, MLFlow, Kedro: 2 in order at best
        (98, 3, "after Metaflow"),  # MLFlow
        (101, 3, "before Kubeflow"),  # envd
        (137, 3, "after KServe"),  # Seldon Core
        (148, 3, "3 of 5"),  # Evidently, Boxkite ML, Alibi Detect, whylogs, RecList
        (160, 3, "after Apache Atlas"),  # Magda
        (170, 3, "before You Don't Need a Bigger Boat"),  # Recommendations at "Reasonable Scale"
        (182, 3, "after Best open source MLOps tools"),  # Top 10 Open Source MLOps Tools
    ]


def test_draft_data_versioning_table() -> None:
    # DVC, Delta Lake, Dolt, LakeFS, Git LFS: Delta Lake, Dolt and LakeFS stay.
    problems = lint(fixture("seed-open-mlops-draft.md"), RULE)
    assert [(p.line, p.column, where(p)) for p in problems] == [
        (36, 3, "before LakeFS"), (40, 3, "before LakeFS")]


def test_fuzzylabs_tables_out_of_order() -> None:
    problems = lint(fixture("fuzzylabs__awesome-open-mlops.md"), RULE)
    assert positions(problems) == [
        (50, 26), (52, 26), (64, 3), (81, 3), (83, 3), (91, 3), (93, 3), (97, 3), (103, 3),
        (106, 3), (137, 3), (165, 3), (166, 3), (168, 3), (176, 3), (186, 3), (198, 3),
    ]  # fmt: skip
    assert where(problems[2]) == "4 of 7"  # data quality: DataKitchen, DQOps, Great Expectations
    # Sacred, CometLLM, Tensorboard, FastTrackML, Guild.AI, MLFlow, Kedro
    assert [where(p) for p in problems[5:8]] == ["after MLFlow", "after MLFlow", "before MLFlow"]


def test_selfhosted_puts_longer_names_first() -> None:
    # awesome-selfhosted sorts by data file name ("calibre-web.yml" < "calibre.yml"), and
    # does so throughout: its own habit, not a slip. By name, "Calibre" comes first.
    text = fixture("awesome-selfhosted__awesome-selfhosted.md")
    assert [p.line for p in lint(text, RULE)] == [1408]  # "üWave" after "µStreamer"
    problems = {p.line: p for p in lint(text, RULE, key="name")}
    assert problems[775].data["before"] == "Calibre Web Automated"
    assert problems[776].data["before"] == "Calibre Web Automated"


def test_skip_sections_quiets_a_curated_list() -> None:
    text = fixture("sindresorhus__awesome.md")
    assert lint(text, RULE)
    titles = {line.lstrip("#").strip() for line in text.splitlines() if line.startswith("## ")}
    assert lint(text, RULE, skip_sections=sorted(titles)) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("ABCDE"), max_size=8))
def test_reports_the_fewest_moves_keeping_the_earliest_entries(names: list[str]) -> None:
    problems = lint(items(*names), RULE)
    sorted_runs = [run for size in range(len(names) + 1)
                   for run in combinations(range(len(names)), size)
                   if all(names[a] <= names[b] for a, b in pairwise(run))]
    longest = max(len(run) for run in sorted_runs)
    kept = min(run for run in sorted_runs if len(run) == longest)
    moved = set(range(len(names))) - set(kept)
    if len(moved) * 2 > len(names):
        assert positions(problems) == [(1, 3)]
    else:
        assert {p.line - 1 for p in problems} == moved


UNSORTED_BY_DESIGN = "# Agents\n\n" + "".join(
    f"- [{name}](https://{name.lower()}.dev) - {name}.\n"
    for name in ("Zeta", "Alpha", "Omega", "Beta", "Kappa", "Delta", "Mu", "Gamma"))


def test_a_list_not_sorted_by_design_gets_nothing_by_default() -> None:
    assert lint_with(UNSORTED_BY_DESIGN, RULE) == []
    assert lint(UNSORTED_BY_DESIGN, RULE) != []


def test_a_long_nearly_sorted_group_is_checked_in_a_list_not_sorted_by_design() -> None:
    names = ["Alpha", "Beta", "Delta", "Gamma", "Kappa", "Mu", "Omega", "Zeta", "Chi"]
    group = "".join(f"- [{n}](https://{n.lower()}.org) - {n}.\n" for n in names)
    text = UNSORTED_BY_DESIGN + "\n## Sorted\n\n" + group
    assert [p.line for p in lint_with(text, RULE)] == [22]
    assert lint_with(text.replace("- [Chi]", "- [Iota]").replace("- [Mu]", "- [Chi]"), RULE) \
        == [], "two slips in nine entries: not nearly sorted"


def test_a_long_sorted_group_with_entries_added_after_it_is_checked() -> None:
    names = ["Atlas", "ChooseNim", "GrabNim", "Nake", "Nawabs", "Nimble", "nimph", "nimby",
             "nifty", "Zeta"]
    group = "".join(f"- [{n}](https://{n.lower()}.org) - {n}.\n" for n in names)
    text = UNSORTED_BY_DESIGN + "\n## Sorted\n\n" + group
    assert len(lint_with(text, RULE)) == 2
    shuffled = ["Atlas", "Nake", "ChooseNim", "Zeta", "GrabNim", "Nawabs", "Nimble", "nimph",
                "nimby", "nifty"]
    group = "".join(f"- [{n}](https://{n.lower()}.org) - {n}.\n" for n in shuffled)
    assert lint_with(UNSORTED_BY_DESIGN + "\n## Sorted\n\n" + group, RULE) == []


def test_a_sorted_list_with_one_slip_is_reported_by_default() -> None:
    names = ["Alpha", "Beta", "Delta", "Gamma", "Kappa", "Mu", "Omega", "Zeta", "Chi"]
    text = "".join(f"- [{n}](https://{n.lower()}.dev) - {n}.\n" for n in names)
    assert [p.line for p in lint_with(text, RULE)] == [9]


def test_links_of_one_project_and_prose_are_not_sorted() -> None:
    text = ("- [Alpha](https://a.dev) - A.\n  - [Web](https://a.dev)\n  - [Docs](https://a.dev/d)\n"
            "- Also, [Zed](https://z.dev), see.\n- [Beta](https://b.dev) - B.\n")
    assert lint(text, RULE) == []


def test_a_plain_group_label_over_entries_stays_where_it_is() -> None:
    text = items("Authlogic", "Devise", "OmniAuth", "Sorcery") + (
        "- OAuth:\n  - [Doorkeeper](https://d.dev) - D.\n  - [OAuth2](https://o.dev) - O.\n")
    assert lint(text, RULE) == []
    assert [p.line for p in lint(text.replace("- OAuth:", "- [OAuth](https://oa.dev)"),
                                 RULE)] == [5]


def test_auto_key_follows_a_list_that_sorts_by_letters_only() -> None:
    names = ["PHP-Mock", "PHP MySQL Engine", "PHP-Parser", "PHPStan", "PHPUnit", "Pimple"]
    text = "".join(f"- [{n}](https://x.dev/{i}) - D.\n" for i, n in enumerate(names))
    assert lint(text, RULE) == []
    assert [p.line for p in lint(text, RULE, key="name")] == [2]


# ------------------------------------------------------------------ the fix
def fixed(text: str, **options: object) -> str:
    return fixed_by(text, RULE, **{"enforce": "always", **options})


def li(name: str, indent: str = "", end: str = "\n") -> str:
    return f"{indent}- [{name}](https://{name.lower()}.org) - {name}.{end}"


CODE = "  ```sh\n  run c\n  ```\n"
NEXT = "<!-- awesome-lint-disable-next-line missing-link -->\n"


@pytest.mark.parametrize(("markdown", "expected"), [
    pytest.param(items("Alpha", "Gamma", "Beta", "Delta"),
                 "".join(items("Alpha", "Gamma", "Beta", "Delta").splitlines(keepends=True)[i]
                         for i in (0, 2, 3, 1)), id="one-moves"),
    pytest.param(li("C") + "  more about C\n" + li("c1", "  ") + CODE + li("A") + "<!-- x -->\n",
                 li("A") + li("C") + "  more about C\n" + li("c1", "  ") + CODE + "<!-- x -->\n",
                 id="an-item-moves-with-all-it-holds"),
    pytest.param(li("B") + "\n" + li("A") + li("C"), li("A") + "\n" + li("B") + li("C"),
                 id="blank-lines-stay-where-they-were"),
    pytest.param(li("B") + NEXT + li("A"), NEXT + li("A") + li("B"),
                 id="a-switch-for-the-next-line-goes-with-it"),
    pytest.param(li("B", end="\r\n") + li("A") + li("C", end=""),
                 li("A") + li("B", end="\r\n") + li("C", end=""), id="each-line-keeps-its-ending"),
    pytest.param(li("B") + li("A", end=""), li("A") + li("B", end=""), id="no-final-newline"),
    pytest.param(table("B", "A", "C"), "".join(
        table("B", "A", "C").splitlines(keepends=True)[i] for i in (0, 1, 3, 2, 4)),
                 id="a-row-moves-as-its-line"),
    pytest.param(li("A") + li("Z", "\t") + li("Y", "\t"), li("A") + li("Y", "\t") + li("Z", "\t"),
                 id="tabs-kept"),
])
def test_fix_moves_entries_to_their_places(markdown: str, expected: str) -> None:
    assert fixed(markdown) == expected


def test_fix_sorts_a_group_mostly_out_of_place() -> None:
    text = items("Echo", "Delta", "Alpha", "Charlie", "Bravo")
    assert [line.split("]")[0] for line in fixed(text).splitlines()] == [
        "- [Alpha", "- [Bravo", "- [Charlie", "- [Delta", "- [Echo"]


def test_fix_moves_exactly_the_entries_out_of_place() -> None:
    text = items("Alpha", "Delta", "Beta", "Gamma", "Omega", "Kappa", "Zeta")
    before = text.splitlines()
    after = fixed(text).splitlines()
    assert after == [before[i] for i in (0, 2, 1, 3, 5, 4, 6)]
    assert sorted(after) == sorted(before)


def test_fix_follows_the_options() -> None:
    text = items("Item 10", "Item 9", "Item 11")
    assert fixed(text, key="natural").splitlines()[0].startswith("- [Item 9]")
    names = ["The Zeta", "Beta", "Gamma"]
    assert fixed(items(*names), ignore_prefixes=["the "]).splitlines()[-1].startswith(
        "- [The Zeta]")
    assert lint(fixed(items(*names)), RULE) == []


def test_no_fix_for_a_numbered_list_nor_a_switched_off_entry() -> None:
    numbered = "1. [B](https://b.org) - B.\n2. [A](https://a.org) - A.\n"
    assert [p.fix for p in lint(numbered, RULE)] == [None]
    switched = ("- [C](https://c.org) - C.\n"
                "- [A](https://a.org) - A. <!-- awesome-lint-disable-line alphabetical-order -->\n"
                "- [B](https://b.org) - B.\n")
    assert [(p.line, p.fix) for p in lint(switched, RULE)] == [(1, None)]


def test_fix_on_real_lists_sorts_them_and_keeps_every_line() -> None:
    text = fixture("fuzzylabs__awesome-open-mlops.md")
    after = fixed(text)
    assert lint(after, RULE) == []
    assert sorted(after.splitlines()) == sorted(text.splitlines())


def test_auto_key_follows_a_list_that_sorts_upper_case_first() -> None:
    names = ["Alpha", "Beta", "Delta", "Gamma", "YDF", "bitsandbytes", "einops", "scikit-learn"]
    text = "".join(f"- [{n}](https://x.dev/{i}) - D.\n" for i, n in enumerate(names))
    assert lint(text, RULE) == []
    assert lint(text, RULE, ignore_case=True, key="name") != []


def test_a_slip_by_punctuation_alone_is_not_reported_with_the_auto_key() -> None:
    names = ["Drone", "FreeRTOS.rs", "FreeRTOS-rust", "Hubris", "Lilos", "RTIC", "Tock"]
    text = "".join(f"- [{n}](https://x.dev/{i}) - D.\n" for i, n in enumerate(names))
    assert lint(text, RULE) == []
    assert [p.line for p in lint(text, RULE, key="name")] == [3]


@pytest.mark.parametrize("names", [
    pytest.param([".NET Boxed", "ABP", "Aggregates.NET", "Carter", "Nancy", "ServiceStack"],
                 id="leading-dot-first"),
    pytest.param(["Base.cs", "Cpp.chat", "CppCast", "Go Time", "Hanselminutes", "JS Party"],
                 id="dot-before-letters"),
    pytest.param(["MongoDB", "mysql-connector-net", "MySqlConnector", "Npgsql", "Oracle"],
                 id="hyphen-before-letters"),
    pytest.param(["Ansible", "NLog for Windows", "NLog.Extensions", "Serilog", "Zap"],
                 id="word-by-word"),
])
def test_a_group_sorted_by_characters_as_they_are_is_in_order(names: list[str]) -> None:
    text = items("Alpha", "Beta", "Delta", "Gamma") + "\n## Next\n\n" + items(*names)
    assert lint(text, RULE) == []
    assert lint(text, RULE, key="letters") != []


def test_a_real_slip_is_reported_whatever_the_comparison() -> None:
    names = [".NET Boxed", "ABP", "Carter", "Aggregates.NET", "Nancy", "ServiceStack"]
    assert [p.line for p in lint(items(*names), RULE)] == [4]


def test_auto_key_follows_a_list_that_files_the_under_its_next_word() -> None:
    names = ["The 6 Figure Developer", "The Accidental Engineer", "Art of Product", "Base.cs",
             "The Bike Shed", "Changelog", "Developer Tea", "The Stack Overflow Podcast"]
    text = "".join(f"- [{n}](https://x.dev/{i}) - D.\n" for i, n in enumerate(names))
    assert lint(text, RULE) == []
    assert lint(text, RULE, key="name") != []


def test_one_the_filed_under_its_next_word_in_a_list_sorted_by_whole_names() -> None:
    names = ["Apogee", "Chimera", "The Payne", "PSOAP", "pydis", "sick", "Tardis", "wobble"]
    assert lint(items(*names), RULE) == []
    assert [p.line for p in lint(items(*names), RULE, key="name")] == [3]
    late = items("Apogee", "Chimera", "PSOAP", "wobble", "The Payne")
    assert [p.line for p in lint(late, RULE)] == [5]


TRAEFIK = "Tr\u00e6f\u026ak"  # with a small capital I


@pytest.mark.parametrize("names", [["Traffic Server", TRAEFIK], [TRAEFIK, "Traffic Server"],
                                   ["Bärner", "Basel"], ["Basel", "Bärner"]])
def test_auto_key_accepts_letters_by_code_point_or_by_their_latin_base(names: list[str]) -> None:
    text = items("Alpha", "Apex", *names, "Zeta")
    assert lint(text, RULE) == []
    assert len(lint(text, RULE, key="name")) == (names[0] > names[1])


def test_a_group_that_puts_its_lowercase_names_last_is_in_order() -> None:
    sorted_ = items("Allegro", "amulet", "Bevy", "bgfx", "Defold", "ggez", "Godot", "raylib")
    blogs = items("Amit", "HTML5 Forum", "HobbyDev", "Html5 Dev", "IndieDB", "Polygon",
                  "iforce2d", "indiegames")
    assert lint(sorted_ + "\n## Blogs\n\n" + blogs, RULE) == []
    one = items("Amit", "HobbyDev", "IndieDB", "Polygon", "iforce2d")
    assert [p.line for p in lint(sorted_ + "\n## Blogs\n\n" + one, RULE)] == [16]


def test_a_list_that_puts_longer_names_first_keeps_its_habit() -> None:
    names = ["blop-lv2", "blop", "caps-lv2", "caps", "cmt", "fil-plugins", "fil", "zam-lv2", "zam"]
    assert lint(items("Alpha", "Beta", *names), RULE) == []
    once = ["Calibre Web", "Calibre", "Delta", "Tube", "Tube Archivist", "Zeta"]
    assert [p.line for p in lint(items(*once), RULE)] == [2]


def test_a_name_that_starts_with_a_symbol_may_come_first() -> None:
    assert lint(items("_33-Keyboard", "00Key", "AEK II USB", "Atreus"), RULE) == []


def test_names_without_latin_letters_may_be_filed_by_their_address() -> None:
    names = [("LINE", "line"), ("Mitsubishi Estate", "mec"), ("メルカリ", "mercari"),
             ("マネーフォワード", "moneyforward"), ("MOSH", "mosh"), ("無印良品", "muji"),
             ("Nintendo Japan", "nintendo"), ("楽天市場", "rakuten"), ("Sansan", "sansan")]
    text = "".join(f"- [**{name}**](design-md/{slug}/) - D.\n" for name, slug in names)
    assert lint(text, RULE) == []
    assert lint(text, RULE, key="name") != []


def test_items_written_in_html_are_sorted_by_their_anchors() -> None:
    names = ["cowboy", "elli", "mochiweb", "aaa-late", "yaws", "zotonic"]
    text = "## Web\n\n" + "".join(
        f'  - <details><summary><b><a href="https://github.com/o/{n}">{n}</a></b>: A server.'
        "</summary>\n\n    </details>\n\n" for n in names)
    assert [p.line for p in lint(text, "alphabetical-order")] == [15]


def test_a_list_numbered_in_sequence_keeps_the_order_of_its_numbers() -> None:
    steps = ("1. **[Unlock](https://e.com/u)**: First.\n2. **[Install](https://e.com/i)**: Next.\n"
             "3. **[Finish](https://e.com/f)**: Last.\n")
    sorted_list = "".join(f"- [Tool {c}](https://t.dev/{c}) - A tool.\n"
                          for c in "ABCDEFGHIJKLMNOPQRST")
    steps = sorted_list + "\n" + steps
    assert lint(steps, RULE, enforce="auto") == []
    assert lint(steps, RULE) != []
    assert lint(steps.replace("2.", "1.").replace("3.", "1."), RULE, enforce="auto") != []


def test_a_guide_that_asks_for_order_has_short_groups_checked() -> None:
    unsorted = "".join(f"## S{n}\n\n" + "".join(
        f"- [{name}](https://x.dev/{n}{name}) - It.\n" for name in names) + "\n"
        for n, names in enumerate([["Zed", "Alpha", "Moe", "Bob"], ["Kit", "Ann", "Lu", "Cy"]]))
    slipped = "## Web\n\n" + "".join(f"- [{name}](https://w.dev/{name}) - It.\n"
                                     for name in ["Ant", "Bee", "Eel", "Cat", "Dog"])
    document = parse(unsorted + slipped)
    assert lint_document(document, RULE, enforce="auto") == []
    asked = replace(document, guide="Please keep the entries in alphabetical order.")
    assert [p.line for p in lint_document(asked, RULE, enforce="auto")] == [19]
    declined = replace(document, guide="Add links at the bottom, not alphabetically.")
    assert lint_document(declined, RULE, enforce="auto") == []


def test_works_cited_by_their_text_are_not_sorted() -> None:
    text = "".join(f'* **{name}:** "{name}: a study" ([Paper](https://arxiv.org/abs/{i}))\n'
                   for i, name in enumerate(["Zeta", "Beta", "Alpha", "Gamma"]))
    assert lint(text, RULE) == []
    assert lint(text.replace("* **", "* [").replace(":** ", "](https://x.org) "), RULE) != []


def test_names_that_start_with_a_symbol_may_be_kept_last() -> None:
    names = ["Malware Persistence", "RPISEC Malware", "Windows Registry", "/r/csirt_tools",
             "/r/Malware", "/r/ReverseEngineering"]
    assert lint(items(*names), RULE) == []
    assert [p.line for p in lint(items(*names[:2], "/r/Malware", names[2]), RULE)] == [3]


def test_every_longer_name_first_is_a_habit_unless_a_guide_asks_for_alphabetical_order() -> None:
    names = ["Alpha", "Bob", "Cy", "Dee", "libsass-python", "libsass", "Moe", "Nan",
             "node-sass-magic", "node-sass", "Pam", "Zed"]
    document = parse("## Tools\n\n" + "".join(f"- [{name}](https://x.dev/{name}) - It.\n"
                                             for name in names))
    assert lint_document(document, RULE) == []
    asked = replace(document, guide="Keep entries sorted alphabetically by title.")
    assert [p.line for p in lint_document(asked, RULE)] == [8, 12]


def test_a_title_before_its_subtitle_is_in_place() -> None:
    names = ["Applied GitOps", "Argo: The Present, Past, and Future", "Argo and Tekton",
             "Argo Rollouts: The Way", "Argo Rollouts and Flagger", "Argo Workflows",
             "Attacking Argo", "Automated Delivery", "Better Rollouts", "canary tools", "Delta",
             "envoy gateway", "Flux"]
    assert lint(items(*names), RULE) == []
    slipped = [*names[:2], "Zeta: A Title", *names[2:]]
    assert [p.line for p in lint(items(*slipped), RULE)] == [3]


def test_a_chronology_is_in_the_order_of_its_years() -> None:
    text = ("- Survey results:\n  - 2023: [CD & Rollouts](https://b.dev/23), [Events](https://b.dev/e)\n"
            "  - [2022](https://b.dev/22)\n  - [2021](https://b.dev/21)\n  - [2020](https://b.dev/20)\n")
    assert lint(items("Alpha", "Beta", "Gamma") + text, RULE) == []
    assert lint(text.replace("[20", "[V20").replace("2023:", "V2023:"), RULE) != []


def test_lowercase_names_last_with_a_name_added_after_them() -> None:
    sorted_ = items("Allegro", "amulet", "Bevy", "bgfx", "Defold", "ggez", "Godot", "raylib")
    ssh = items("Blacknet", "Cowrie", "HonSSH", "Kippo", "MockSSH", "cowrie2neo", "gohoney",
                "hornet", "Zeta")
    assert lint(sorted_ + "\n## SSH\n\n" + ssh, RULE) == []
    books = items("JavaScript plus", "jQuery Succinctly", "jQuery fundamentals")
    assert [p.line for p in lint(sorted_ + "\n## Books\n\n" + books, RULE)] == [14]


def test_an_html_tables_rows_are_sorted_too() -> None:
    rows = "".join(f'<tr><td><a href="https://x.dev/{n}">{n}</a></td><td>It.</td></tr>\n'
                   for n in ("Alpha", "Bravo", "Echo", "Charlie", "Delta", "Foxtrot"))
    assert [p.line for p in lint(f"## Feeds\n\n<table>\n{rows}</table>\n", RULE)] == [6]


def test_a_group_of_people_sorted_by_their_last_names_is_in_order() -> None:
    people = ["Daron Acemoglu", "Esther Duflo", "Milton Friedman", "Claudia Goldin",
              "John Maynard Keynes", "Amartya Sen", "Adam Smith"]
    assert lint(items(*people), RULE) == []
    assert lint(items("Ops School", "Digital Ocean Tutorials", "Xen Project", "Zed"), RULE) != []


def test_a_table_sorted_by_a_column_before_the_names_keeps_its_order() -> None:
    rows = "".join(f"| **{platform}** | [{name}](https://x.dev/{name}) | It. |\n"
                   for platform, name in [("Coursera", "Economics"), ("edX", "Finance"),
                                          ("MIT", "OCW"), ("Yale", "Courses")])
    text = "| Platform | Resource | Description |\n| - | - | - |\n" + rows
    assert lint(text, RULE) == []
    assert lint(text.replace("**edX**", "**Zed**"), RULE) != []
    years = "".join(f"| {year} | [{name}](https://x.dev/{name}) |\n" for year, name in
                    [(2025, "Kappa"), (2025, "Lambda"), (2024, "Alpha"), (2024, "Beta"),
                     (2023, "Aardvark"), (2023, "Eagle")])
    assert lint("| Year | Title |\n| - | - |\n" + years, RULE) == []  # newest first


def test_names_in_digits_after_the_others_in_every_section_are_a_habit() -> None:
    sections = [("Systems", ["CS 61C", "CS 140", "EE 282", "6.004", "15-213"]),
                ("Theory", ["CS 103", "CS 374", "ME 10", "6.045", "18-404"]),
                ("Graphics", ["CS 148", "CS 248", "IS 20", "6.837", "15-462"])]
    text = "".join(f"## {title}\n" + "".join(f"- [{n}](https://x.dev/{i}) - C.\n"
                                             for i, n in enumerate(names))
                   for title, names in sections)
    assert lint(text, RULE) == []
    slip = text.replace("- [CS 374]", "- [6.001](https://x.dev/9) - C.\n- [CS 374]")
    assert [p.message.split(" should")[0] for p in lint(slip, RULE)] == ["'6.001'"]


def test_a_group_in_two_blocks_by_a_mark_after_the_link_sorts_each_block() -> None:
    marked = "".join(f"- [Meet {city}](https://{n}.dev) 🫡 - Event.\n"
                     for n, city in enumerate(["Florida", "India", "Poland", "UK"]))
    plain = "- [Meet Malaysia](https://m.dev) - Event.\n- [Meet Romania](https://r.dev) - Event.\n"
    assert lint(marked + plain, RULE) == []
    slip = marked + plain.replace("Romania", "Albania")
    assert [p.message.split(" should")[0] for p in lint(slip, RULE)] == ["'Meet Albania'"]


def test_names_in_code_first_are_a_block_of_their_own() -> None:
    code = "".join(f"- [`{name}`](https://{n}.dev) - Kit.\n"
                   for n, name in enumerate(["Bento", "pwabuilder", "Web Starter"]))
    plain = "".join(f"- [{name}](https://p{n}.dev) - Kit.\n"
                    for n, name in enumerate(["Polymer", "Preact CLI", "Stencil"]))
    assert lint(code + plain, RULE) == []
    assert lint(code + plain.replace("- [Polymer]", "- [`Polymer`]"), RULE) != []


def test_a_section_sorted_ignoring_case_in_a_list_of_capitals_first() -> None:
    capitals_first = "".join(
        f"## S{n}\n" + "".join(f"- [{name}](https://{n}{i}.dev) - T.\n"
                               for i, name in enumerate(names))
        for n, names in enumerate([["Alpha", "Beta", "Gamma", "apple", "banana"],
                                   ["Kilo", "Lima", "Mike", "kiwi", "lemon"]]))
    caseless = ("## Scanners\n- [celerystalk](https://c.dev) - C.\n"
                "- [kube-hunter](https://k.dev) - K.\n- [Nessus](https://n.dev) - N.\n"
                "- [OpenVAS](https://o.dev) - O.\n- [Vuls](https://v.dev) - V.\n")
    assert lint_with(capitals_first + caseless, RULE) == []
    slip = caseless.replace("- [Vuls]", "- [Amber](https://a.dev) - A.\n- [Vuls]")
    assert [p.message.split(" should")[0] for p in lint_with(capitals_first + slip, RULE)] \
        == ["'Amber'"]


def test_a_leading_dot_may_be_spoken() -> None:
    names = ["C++", ".NET", "Erlang", "Go", "Java", "PHP", "Python", "Ruby"]
    text = "".join(f"- [{name}](https://{n}.dev) - SDK.\n" for n, name in enumerate(names))
    assert lint(text, RULE) == []
    slip = text.replace("- [Go]", "- [Zig](https://z.dev) - SDK.\n- [Go]")
    assert [p.message.split(" should")[0] for p in lint(slip, RULE)] == ["'Zig'"]


def test_a_trailing_scoped_package_is_sorted_where_the_list_files_scopes_by_letters() -> None:
    style = ("## Style\n\n- [const case](https://a.org/c) - A.\n"
             "- [editorconfig](https://a.org/e) - B.\n- [filenames](https://a.org/f) - C.\n"
             "- [paths](https://a.org/p) - D.\n- [Switch case](https://a.org/s) - E.\n"
             "- [@gitbutler/imports](https://a.org/g) - F.\n")
    quality = ("## Quality\n\n- [array](https://b.org/a) - A.\n"
               "- [@eslint-community/x](https://b.org/e) - B.\n"
               "- [functional](https://b.org/f) - C.\n- [unicorn](https://b.org/u) - D.\n\n")
    assert lint(style, RULE) == []  # symbol names last, in a block of their own
    assert [p.line for p in lint(quality + style, RULE)] == [15]


def test_where_the_guide_orders_by_year_each_years_entries_are_sorted() -> None:
    text = ("## Satellite IoT\n\n- [Planet-Scale IoT](https://e.org/p) - `SIGCOMM 2026`\n"
            "- [B2LoRa](https://e.org/b) - `MobiCom 2025`\n"
            "- [Orbit](https://e.org/o) - `NSDI 2025`\n"
            "- [Kepler](https://e.org/k) - `SenSys 2025`\n"
            "- [SARLink](https://e.org/s) - `SenSys 2025`\n"
            "- [Satellite IoT](https://e.org/i) - `IMC 2025`\n"
            "- [Alpha](https://e.org/a) - `IMC 2024`\n")
    guide = ("Keep entries ordered by year, newest first; within a year, sort alphabetically "
             "by title.")
    yearly = replace(parse(text), guide=guide)
    assert [p.line for p in lint_document(yearly, RULE)] == [6]  # Kepler, not Alpha
    alphabetical = replace(parse(text), guide="Keep entries sorted alphabetically by title.")
    assert lint_document(alphabetical, RULE) == []  # not sorted as a whole: no order asked


def test_a_guide_that_sorts_only_its_contents_asks_no_order_of_the_entries() -> None:
    assert not asks_for_order("The list in contents section with your addition should be "
                              "sorted alphabetically.")
    assert asks_for_order("Make sure the contents are sorted alphabetically.")
    assert asks_for_order("Keep entries in alphabetical order.")
