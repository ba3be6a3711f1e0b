"""The license rule: which cells and tags it reads, where it reports, what it fixes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

import pytest

from awesome_lint.errors import ConfigError
from awesome_lint.fixer import apply
from awesome_lint.parser import parse
from awesome_lint.problem import Problem
from helpers import fixture, lint, lint_all, lint_document, real_list_params


def table(*licenses: str, header: str = "License") -> str:
    rows = "".join(f"| [T{n}](https://example.com/{n}) | {license_} | Does things. |\n"
                   for n, license_ in enumerate(licenses))
    return f"# Tools\n\n| Name | {header} | Description |\n| --- | --- | --- |\n{rows}"


def bullets(*tags: str) -> str:
    return "# Tools\n\n" + "".join(f"- [T{n}](https://example.com/{n}) - Does things. {tag}\n"
                                   for n, tag in enumerate(tags))


def findings(problems: list[Problem]) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.severity) for p in problems]


# In table(): rows start at line 5; the license cell of row "| [T0](https://example.com/0) |"
# starts at column 33.
@pytest.mark.parametrize(
    ("markdown", "options", "expected"),
    [
        (table("MIT", "Apache-2.0", "MIT OR Apache-2.0"), {}, []),
        (table("Apache 2.0"), {}, [(5, 33, "warning")]),
        (table("`Apache 2.0`"), {}, [(5, 34, "warning")]),
        (table("[Apache 2.0](https://example.com/l)"), {}, [(5, 34, "warning")]),
        (table("MIT", "SSPL-1.0"), {}, [(6, 33, "error")]),
        (table("BSD-3 CC"), {}, [(5, 33, "error")]),
        (table("GPL-3", "GPL-3.0"), {}, [(5, 33, "warning"), (6, 33, "warning")]),
        (table(""), {}, []),  # empty cells belong to empty-cell
        (table("Apache 2.0", "GPL-3.0"), {"aliases": "ignore"}, []),
        (table("SSPL-1.0"), {"aliases": "ignore"}, [(5, 33, "error")]),
        (table("CC0-1.0"), {}, [(5, 33, "error")]),
        (table("CC0-1.0"), {"allow": ["CC0-1.0"]}, []),
        (table("AGPL-3.0-only", "MIT"), {"deny": ["AGPL-3.0-only"]}, [(5, 33, "error")]),
        # the column is found by its header name, any case, configurable
        (table("SSPL-1.0", header="licence"), {}, [(5, 33, "error")]),
        (table("SSPL-1.0", header="Terms"), {}, []),
        (table("SSPL-1.0", header="Terms"), {"columns": ["Terms"]}, [(5, 33, "error")]),
        (table("SSPL-1.0"), {"columns": ["Terms"]}, []),
        # GitHub's names are spellings; "Other" is a license not stated
        (table("GNU General Public License v3.0", "The Unlicense"), {},
         [(5, 33, "warning"), (6, 33, "warning")]),
        (table("Creative Commons Zero v1.0 Universal"), {}, [(5, 33, "error")]),
        (table("Other"), {}, [(5, 33, "warning")]),
        # bullet tags: read when most tagged entries carry a license, or when asked
        (bullets("`MIT` `Go`", "`SSPL-1.0` `Go`"), {}, [(4, 47, "error")]),
        (bullets("`MIT` `Go`", "`SSPL-1.0` `Go`"), {"tags": False}, []),
        (bullets("`MIT` `Ruby`", "`GPL-3.0` `Go`"), {}, [(4, 47, "warning")]),
        (bullets("`Ruby` `SSPL-1.0`", "`Go` `MIT`", "`Ruby` `MIT`"), {}, [(3, 54, "error")]),
        (bullets("`BSD-3 CC` `Go`", "`MIT` `Go`"), {}, [(3, 47, "error")]),
        (bullets("`SSPL-1.0` `Go`", "`Go`"), {}, []),  # half is not most
        (bullets("`SSPL-1.0` `Go`", "`Go`"), {"tags": True}, [(3, 47, "error")]),
        (bullets("`Go` `Docker`", "`Nodejs`", "`Python`"), {}, []),
        (bullets("`Go` `Docker`", "`Nodejs`"), {"tags": True}, []),  # not licenses
        (bullets("`MIT` `Go`", "`SSPL-1.0` `Go`"), {"tags": True}, [(4, 47, "error")]),
        (bullets("`GPL-3.0` `Go`"), {"tags": True}, [(3, 47, "warning")]),
        (bullets("`MIT/Apache-2.0` `Rust`", "`MIT / GPL-2.0+`"), {"tags": True},
         [(4, 47, "warning")]),
        (bullets("`Go` `SSPL-1.0`", "`Go`"), {"tags": True, "tag_position": 2},
         [(3, 52, "error")]),
        (bullets("no tags here"), {"tags": True}, []),
    ],
)
def test_findings(markdown: str, options: dict[str, Any],
                  expected: list[tuple[int, int, str]]) -> None:
    problems = lint(markdown, "license", **options)
    assert findings(problems) == expected
    assert {p.rule for p in problems} <= {"license"}


@pytest.mark.parametrize(
    ("markdown", "options", "replacement"),
    [
        (table("Apache 2.0"), {}, "Apache-2.0"),
        (table("`apache-2.0`"), {}, "Apache-2.0"),
        (table("**MIT License**"), {}, "MIT"),
        (table("GNU General Public License v3.0"), {}, "GPL-3.0-only"),
        (table('BSD 3-Clause "New" or "Revised" License'), {}, "BSD-3-Clause"),
        (bullets("`The Unlicense` `Go`"), {}, "Unlicense"),
        (table("Other"), {}, None),  # GitHub could not tell: only the author can
        (bullets("`GPL-2.0+` `C`"), {"tags": True}, "GPL-2.0-or-later"),
        (bullets("`MIT/GPL-2.0+` `C`"), {"tags": True}, "MIT/GPL-2.0-or-later"),
        (table("GPL-3"), {}, None),  # "only" or "or later": the author chooses
        (table("AGPL-3.0"), {}, None),
        (table("SSPL-1.0"), {}, None),  # a respelling would not make it acceptable
    ],
)
def test_fix_replaces_exactly_the_license_text(markdown: str, options: dict[str, Any],
                                              replacement: str | None) -> None:
    [problem] = lint(markdown, "license", **options)
    fix = problem.fix
    assert (fix.replacement if fix else None) == replacement
    if fix is not None:
        line = markdown.splitlines()[fix.line - 1]
        fixed = line[:fix.column - 1] + fix.replacement + line[fix.end_column - 1:]
        assert lint(markdown.replace(line, fixed), "license", **options) == []


def test_message_names_the_canonical_id() -> None:
    [problem] = lint(table("Apache 2.0"), "license")
    assert "'Apache-2.0'" in problem.message


@pytest.mark.parametrize("value", [True, False, "auto"])
def test_tags_option_takes_true_false_or_auto(value: bool | str) -> None:
    lint(bullets("`MIT` `Go`"), "license", tags=value)


def test_tags_option_rejects_other_values() -> None:
    with pytest.raises(ConfigError, match="tags"):
        lint(bullets("`MIT` `Go`"), "license", tags="yes")


def test_github_gpl_name_names_both_ids() -> None:
    [problem] = lint(table("GNU General Public License v3.0"), "license")
    assert "'GPL-3.0-only'" in problem.message and "'GPL-3.0-or-later'" in problem.message


def test_ragged_rows_are_left_to_table_columns() -> None:
    markdown = ("# Tools\n\n| Name | License | Description |\n| --- | --- | --- |\n"
                "| [Alpha](https://example.com/a) | 88 | MIT | Serves models. |\n"
                "| [Beta](https://example.com/b) | 615 |\n"
                "| [Gamma](https://example.com/c) | SSPL-1.0 | Stores documents. |\n")
    assert [(p.line, p.rule) for p in lint_all(markdown)] == [
        (5, "table-columns"), (6, "table-columns"), (7, "license")]


# ------------------------------------------------------------------ real lists


def by_text(markdown: str, problems: list[Problem]) -> Counter[tuple[str, str]]:
    """(license as written, severity) for each problem, read back from the line."""
    lines = markdown.splitlines()
    found: Counter[tuple[str, str]] = Counter()
    for p in problems:
        rest = lines[p.line - 1][p.column - 1:]
        found[(rest.split("|")[0].split("`")[0].strip(), p.severity)] += 1
    return found


@pytest.mark.parametrize("name", ["seed-open-mlops-full.md", "fuzzylabs__awesome-open-mlops.md"])
def test_open_mlops_lists(name: str) -> None:
    markdown = fixture(name)
    problems = lint(markdown, "license")
    found = by_text(markdown, problems)
    assert found[("BSD-3 CC", "error")] == 1
    assert [text for text, severity in found if severity == "error"] == ["BSD-3 CC"]
    assert found[("GPL-3", "warning")] == 2
    assert found[("AGPL-3.0", "warning")] == 2
    assert found[("Apache 2.0", "warning")] >= 31
    assert set(found) == {("BSD-3 CC", "error"), ("GPL-3", "warning"),
                          ("AGPL-3.0", "warning"), ("Apache 2.0", "warning")}
    gpl = [p for p in problems if "GPL-3'" in p.message]
    assert all("GPL-3.0-only" in p.message and "GPL-3.0-or-later" in p.message for p in gpl)
    assert all(p.fix and p.fix.replacement == "Apache-2.0"
               for p in problems if "'Apache 2.0'" in p.message)


def test_fixing_the_seed_list_leaves_nothing_fixable() -> None:
    markdown = fixture("seed-open-mlops-full.md")
    fixed, applied = apply(markdown, lint(markdown, "license"))
    assert applied == 31
    after = lint(fixed, "license")
    assert not any(p.fix for p in after)
    assert len(after) == len(lint(markdown, "license")) - 31
    assert fixed.count("Apache-2.0") - markdown.count("Apache-2.0") == 31
    assert not re.search(r"\|\s*Apache 2\.0\s*\|", fixed)


def test_awesome_selfhosted_tags() -> None:
    markdown = fixture("awesome-selfhosted__awesome-selfhosted.md")
    problems = lint(markdown, "license", tags=True)
    found = by_text(markdown, problems)
    errors = sorted(text for (text, severity), n in found.items() if severity == "error")
    # Exactly the licenses the SPDX list does not mark OSI-approved, checked by hand.
    assert errors == ["BSD-2-Clause-FreeBSD", "BSD-3-Clause-Attribution", "BSD-4-Clause",
                      "CC-BY-SA-4.0", "CC0-1.0", "CECILL-B", "GPL-1.0", "Sendmail", "WTFPL"]
    assert found[("CC0-1.0", "error")] == 3
    assert found[("GPL-3.0", "warning")] == 223
    assert found[("AGPL-3.0", "warning")] == 298
    # '/'-joined lists are read as alternatives: a free license among them is enough.
    assert ("Zlib/MIT/CC-BY-SA-4.0", "error") not in found
    assert found[("GPL-3.0/CC-BY-SA-3.0", "warning")] == 1
    assert not {"MIT/Apache-2.0", "Apache-2.0/MIT", "MIT"} & {text for text, _ in found}
    # 223 alone, 4 in lists such as 'AGPL-3.0/GPL-3.0'
    assert sum("deprecated id 'GPL-3.0'" in p.message for p in problems) == 227
    assert not any(p.fix for p in problems)  # every finding is a GPL-family choice or an error


def test_awesome_selfhosted_license_tags_are_found_without_configuration() -> None:
    markdown = fixture("awesome-selfhosted__awesome-selfhosted.md")
    found = lint(markdown, "license")
    assert found == lint(markdown, "license", tags=True)
    assert len(found) == 668
    assert lint(markdown, "license", tags=False) == []
    # `Ruby`, an SPDX id, is the language tag of 22 entries: never read as their license.
    lines = markdown.splitlines()
    assert not any(lines[p.line - 1][p.column - 1:].startswith("Ruby`") for p in found)


# (errors, warnings) with default options on each list of the corpus. The lists not named
# have neither a License column nor license tags. Checked by hand: every error is a license
# the SPDX list does not mark OSI-approved, or "BSD-3 CC"; every warning a spelling.
CORPUS_FINDINGS = {
    "awesome-selfhosted__awesome-selfhosted.md": (11, 657),
    "fuzzylabs__awesome-open-mlops.md": (1, 41),
    "seed-open-mlops-draft.md": (0, 4),
    "seed-open-mlops-full.md": (1, 35),
}


@pytest.mark.parametrize("path", real_list_params())
def test_corpus(path) -> None:
    problems = lint(path.read_text(encoding="utf-8"), "license")
    counts = tuple(sum(p.severity == severity for p in problems)
                   for severity in ("error", "warning"))
    assert counts == CORPUS_FINDINGS.get(path.name, (0, 0))


def test_deprecated_ids_can_be_accepted_as_github_writes_them() -> None:
    table = "| Name | License |\n| --- | --- |\n| [A](https://a.dev) | GPL-3.0 |\n" \
            "| [B](https://b.dev) | Apache 2.0 |\n"
    assert [p.line for p in lint(table, "license")] == [3, 4]
    assert [p.line for p in lint(table, "license", deprecated_ids="ignore")] == [4]


def test_a_row_short_of_its_trailing_cell_keeps_its_license() -> None:
    table = ("| Name | License | Try it |\n| --- | --- | --- |\n"
             "| [A](https://a.dev) | SSPL-1.0 | [Demo](https://a.dev/d) |\n"
             "| [B](https://b.dev) | SSPL-1.0 |\n| [C](https://c.dev) | A tool. |\n")
    assert [p.line for p in lint(table, "license")] == [3, 4]


def test_a_license_badge_is_read_for_the_license_it_shows() -> None:
    def row(name: str, badge: str) -> str:
        return f"| [{name}](https://g.dev/{name}) | A. | [{badge}](https://g.dev/{name}/L) |\n"
    shields = "https://img.shields.io/badge"
    table = "| Library | Description | License |\n| --- | --- | --- |\n" + "".join([
        row("a", f"![License: MIT]({shields}/License-MIT-yellow.svg)"),
        row("b", f"![License]({shields}/License-BSD%203--Clause-blue.svg)"),
        row("c", f"![License]({shields}/License-Boost%201.0-lightblue.svg)"),
        row("d", "![License](https://img.shields.io/github/license/o/d)"),
        row("e", "![License: Unlicense](https://example.org/unlicense.png)"),
        row("f", f"![License]({shields}/license-Facebook-blue.svg)"),
    ])
    assert [(p.line, p.message) for p in lint(table, "license")] == [
        (8, "unknown license 'Facebook': not in the SPDX list")]


def test_a_license_column_that_names_no_license_is_about_something_else() -> None:
    formats = ("| Name | License | Encoding |\n| --- | --- | --- |\n"
               "| [3MF](https://w.org/3mf) | Open | XML |\n"
               "| [DWG](https://w.org/dwg) | Proprietary | OpenXPS |\n"
               "| [STEP](https://w.org/step) | ISO | text |\n")
    assert lint(formats, "license") == []
    one = formats.replace("| ISO |", "| MIT |")
    assert [p.line for p in lint(one, "license")] == [3, 4]


def test_a_list_that_lists_closed_software_on_purpose_is_not_told_so() -> None:
    rows = [("A26", "Source available"), ("Gopher", "GPL-3.0-only"), ("Stella", "GPL-2.0-only"),
            ("Z26", "Proprietary"), ("Atari800", "Foo"), *((f"E{n}", "MIT") for n in range(10))]
    text = "| Emulator | License |\n| --- | --- |\n" + "".join(
        f"| [{name}](https://e.org/{name}) | {license_} |\n" for name, license_ in rows)
    assert [p.line for p in lint(text, "license")] == [7]  # only the unknown "Foo"
    one = text.replace("| Source available |", "| MIT |")
    assert [p.line for p in lint(one, "license")] == [6, 7]
    foss = text.replace("| Emulator | License |\n| --- | --- |", "| Emulator | FOSS | License |\n"
                        "| --- | --- | --- |").replace("| Source available |", "| :x: | Source "
                        "available |").replace("| Proprietary |", "| :heavy_check_mark: | "
                        "Proprietary |").replace("| Foo |", "| :x: | Foo |")
    foss = "\n".join(line if line.count("|") == 4 else line.replace(") |", ") | yes |", 1)
                     for line in foss.split("\n"))
    assert [p.line for p in lint(foss, "license")] == [6, 7]  # a closed row said open


def test_a_link_to_the_license_file_names_no_license_to_check() -> None:
    text = ("| Name | License |\n| --- | --- |\n| [Blast16](https://b.dev) | "
            "[License](https://b.dev/LICENSE.txt) |\n| [Stella](https://s.dev) | GPLv2+ |\n")
    assert [p.line for p in lint(text, "license")] == [4]


@pytest.mark.parametrize(("value", "message"), [
    ("No license", "'No license' names no license"),
    ("Not FOSS", "'Not FOSS' is not an open-source license"),
    ("Public domain", None),
])
def test_words_lists_write_for_no_license_closed_software_and_the_public_domain(
        value: str, message: str | None) -> None:
    text = ("| Name | License |\n| --- | --- |\n| [A](https://a.org) | MIT |\n"
            f"| [B](https://b.org) | {value} |\n")
    assert [p.message for p in lint(text, "license")] == ([message] if message else [])


def test_a_table_of_closed_tools_only_says_the_list_lists_them_on_purpose() -> None:
    mixed = "".join(f"| [E{n}](https://e.org/{n}) | MIT |\n" for n in range(30))
    text = ("| Name | License |\n| --- | --- |\n" + mixed + "| [C](https://c.org) | Not FOSS |\n")
    assert [p.line for p in lint(text, "license")] == [33]
    closed = ("\n## Proprietary\n\n| Name | License |\n| --- | --- |\n"
              "| [P](https://p.org) | Not FOSS |\n| [Q](https://q.org) | Not FOSS |\n")
    assert lint(text + closed, "license") == []


def test_the_values_a_guide_gives_for_the_license_column_are_the_lists_own() -> None:
    text = ("| Name | License |\n| --- | --- |\n| [A](https://a.org) | AGPL-3.0 |\n"
            "| [B](https://b.org) | No license |\n| [C](https://c.org) | Other |\n")
    assert len(lint(text, "license")) == 3
    guide = ("# Contributing\n\n### License Column\n\n- the SPDX id (e.g., `MIT`, `AGPL-3.0`)\n"
             "- **`Other`**: a license that matches no SPDX id.\n"
             "- **`No license`**: a repository without a LICENSE file.\n\n## Style\n\n"
             "Write `Foo` in code.\n")
    assert lint_document(replace(parse(text), guide=guide), "license") == []
    foo = text.replace("| Other |", "| Foo |")
    assert [p.line for p in lint_document(replace(parse(foo), guide=guide), "license")] == [5]


def test_a_license_column_of_price_models_lists_closed_products_on_purpose() -> None:
    rows = ["Commercial", "Subscription ($999+/year)", "Enterprise", "Volume pricing",
            "Free (MIT)", "Free (Apache 2.0)", "Free (Foo)"]
    text = "| Library | License |\n| --- | --- |\n" + "".join(
        f"| **L{n}** | {value} |\n" for n, value in enumerate(rows))
    assert [(p.line, p.message) for p in lint(text, "license")] == [
        (8, "'Apache 2.0' is not an SPDX id: write 'Apache-2.0'"),
        (9, "unknown license 'Foo': not in the SPDX list")]
    one = text.replace("| Subscription ($999+/year) |", "| MIT |").replace(
        "| Enterprise |", "| MIT |").replace("| Volume pricing |", "| MIT |")
    assert next(p.line for p in lint(one, "license")) == 3  # "Commercial" alone is a slip


def test_a_guides_value_after_an_emoji_is_the_lists_own_too() -> None:
    text = "| Name | License |\n| --- | --- |\n| [A](https://a.org) | Apache 2.0 |\n"
    guide = "- `\U0001f513 MIT` / `\U0001f513 Apache 2.0`: an open license\n"
    assert len(lint(text, "license")) == 1
    assert lint_document(replace(parse(text), guide=guide), "license") == []
