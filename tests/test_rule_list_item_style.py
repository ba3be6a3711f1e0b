from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from awesome_lint.fixer import apply
from awesome_lint.parser import parse
from awesome_lint.problem import Fix, Problem
from helpers import fixed_by, fixture, lint, lint_document, page_examples

RULE = "list-item-style"
EN_DASH = "\u2013"
# Four items in the list's habit (" - ", final period); the item under test is line 5.
BASE = ("- [A](https://a.org) - Alpha.\n- [B](https://b.org) - Beta.\n"
        "- [C](https://c.org) - Gamma.\n- [D](https://d.org) - Delta.\n")


def found(text: str, **options: object) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.data["check"]) for p in lint(text, RULE, **options)]


def described(count: int, bullet: str = "-") -> str:
    """``count`` ordinary items that keep every habit: a capital, " - ", a final period."""
    return "".join(f"{bullet} [T{n}](https://t.dev/{n}) - Does {n}.\n" for n in range(count))


def fixed(text: str, **options: object) -> str:
    return apply(text, lint(text, RULE, **options))[0]


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org) - Epsilon.", []),
    (f"- [E](https://e.org) {EN_DASH} Epsilon.", [(5, 21, "separator")]),
    ("- [E](https://e.org): Epsilon.", [(5, 21, "separator")]),
    ("- [E](https://e.org) -> Epsilon.", [(5, 21, "separator")]),
    ("- [E](https://e.org) -  Epsilon.", [(5, 21, "separator")]),
    ("- [E](https://e.org) Epsilon is a tool.", [(5, 21, "separator")]),
    (f"- **[E](https://e.org)** {EN_DASH} Epsilon.", [(5, 25, "separator")]),
    ("- [E](https://e.org) ![](https://img.shields.io/e.svg) - Epsilon.", []),
    ("- [E](https://e.org) ![](https://img.shields.io/e.svg) Epsilon.", [(5, 55, "separator")]),
    ("- [E](https://e.org) [[e](https://crates.io/crates/e)] - Epsilon.", []),
    ("- [E](https://e.org) `⚠` - Epsilon.", []),
    ("- [E](https://e.org) (O'Reilly)", []),  # a publisher, not a description
    ("- [E](https://e.org) by someone", []),
    ("- [E](https://e.org)", []),
])
def test_separator_follows_the_list(item: str, expected: list) -> None:
    assert found(BASE + item) == expected


@pytest.mark.parametrize(("options", "expected"), [
    ({"separator": ": "}, [(line, 21, "separator") for line in range(1, 6)]),
    ({"separator": "off"}, []),
    ({"separator": " - "}, [(5, 21, "separator")]),
])
def test_separator_options(options: dict, expected: list) -> None:
    assert found(BASE + f"- [E](https://e.org) {EN_DASH} Epsilon.", **options) == expected


def test_no_separator_habit_without_a_clear_majority() -> None:
    mixed = BASE.replace(" - Alpha", ": Alpha").replace(" - Beta", ": Beta")
    assert found(mixed) == []


@pytest.mark.parametrize(("description", "expected"), [
    ("epsilon.", [(5, 24, "capitalize")]),
    ("**epsilon**.", [(5, 26, "capitalize")]),
    ("42 tools.", []),
    ("`epsilon` bindings.", []),
    ("[epsilon](https://e.org) bindings.", []),
    ("https://e.org", [(5, 37, "period")]),
    ("iOS app.", []),
    ("gRPC client.", []),
    ("x86_64 kernel.", []),
    ("bash/POSIX shell.", []),
    ("npm helper.", []),
    ("e is the name.", []),  # the entry's own name
    ("\n  a library on the next line.", [(6, 3, "capitalize")]),
    ("\n  `epsilon` on the next line.", []),
    ("make a mesh.", [(5, 24, "capitalize")]),
])
def test_capitalize(description: str, expected: list) -> None:
    assert found(BASE + f"- [e](https://e.org) - {description}") == expected


@pytest.mark.parametrize(("items", "expected"), [
    # clear prose: reported and fixed
    ("- [E](https://e.org) - a library for epsilon.", [(5, 24, True)]),
    # code, a path or a command: never changed, and not reported when it is clearly code
    ("- [E](https://e.org) - `go test` wrapper.", []),
    ("- [E](https://e.org) - os.path helpers.", []),
    ("- [E](https://e.org) - go:generate tool.", []),
    ("- [E](https://e.org) - deno: the runtime, wrapped.", []),
    # a compound may be a name (go-kit) or prose (high-level): reported, not fixed
    ("- [E](https://e.org) - go-kit based services.", [(5, 24, False)]),
    ("- [E](https://e.org) - high-level bindings.", [(5, 24, False)]),
    # an entry's name the list writes lowercase only: its makers' spelling, not reported
    ("- [cargo](https://c.org) - The package manager.\n- [E](https://e.org) - cargo plugin.",
     []),
    # a word the list writes lowercase as a name or as code elsewhere
    ("- [F](https://f.org) - Run `go test -v`.\n- [E](https://e.org) - go test output.",
     [(6, 24, False)]),
    ("- [F](https://github.com/o/ripgrep) - Search.\n- [E](https://e.org) - ripgrep, faster.",
     [(6, 24, False)]),
])
def test_capitalize_never_changes_a_name_or_code(items: str, expected: list) -> None:
    problems = lint(BASE + items, RULE)
    assert [(p.line, p.column, p.fix is not None) for p in problems] == expected


def test_capitalize_options() -> None:
    item = "- [E](https://e.org) - npm helper."
    assert found(BASE + item, allow_lowercase=[]) == [(5, 24, "capitalize")]
    assert found(BASE + "- [E](https://e.org) - epsilon.", capitalize=False) == []


def test_capitalize_allows_the_repository_name() -> None:
    item = "- [Alibi](https://github.com/SeldonIO/alibi-detect) - alibi-detect finds drift."
    assert found(BASE + item) == []


@pytest.mark.parametrize("item", [
    "- [mecab-python3](https://github.com/o/mecab-python3) - mecab-python, a binding.",
    "- [natsume-simple](https://github.com/o/natsume-simple) - natsume-simpleは検索システム。",
    "- [chABSA](https://github.com/chakki-works/chABSA) - chakki's sentiment dataset.",
    "- [TileOPs](https://github.com/tile-ai/TileOPs) - tile-ai's operators.",
])
def test_capitalize_allows_the_entrys_own_spelling(item: str) -> None:
    assert found(BASE + item) == []
    other = "- [E](https://e.org) - " + item.split(") - ", 1)[1]
    assert found(BASE + other) == [(5, 24, "capitalize")]


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org) - Epsilon", [(5, 31, "period")]),
    ("- [E](https://e.org) - Epsilon!", []),
    ("- [E](https://e.org) - Epsilon (beta.)", []),
    ("- [E](https://e.org) - Epsilon (beta)", [(5, 38, "period")]),
    ("- [E](https://e.org) - Epsilon. `MIT` `Go`", []),
    ("- [E](https://e.org) - Epsilon `MIT` `Go`", [(5, 31, "period")]),
    ("- [E](https://e.org) - Alternative to `rm`", [(5, 43, "period")]),
    ("- [E](https://e.org) - Epsilon. `MIT`", []),
    ("- [E](https://e.org) - Epsilon ![ci](https://e.org/ci.svg)", [(5, 31, "period")]),
    ("- [E](https://e.org) - Epsilon. ([Demo](https://e.org/demo))", []),
    ("- [E](https://e.org) - Epsilon **[Deprecated]**", [(5, 31, "period")]),
    ("- [E](https://e.org) - Tools for:", [(5, 34, "period")]),
    ("- [E](https://e.org) - Epsilon. (Check the API \u26a0\ufe0f)", []),
    ("- [E](https://e.org) - Epsilon.*\uff08see [x](https://x.org))*", []),
    ("- [E](https://e.org) - Epsilon ![foss]\n\n[foss]: https://e.org/f.svg", [(5, 31, "period")]),
    ("- [E](https://e.org) - Epsilon. ![foss]\n\n[foss]: https://e.org/f.svg", []),
    ("- [E](https://e.org) - Epsilon (check the API \u26a0\ufe0f)", [(5, 50, "period")]),
    ("- [E](https://e.org) - Epsilon\n  goes on", [(6, 10, "period")]),
    ("- [E](https://e.org) -\n  Epsilon on the next line", [(6, 27, "period")]),
    ("- [E](https://e.org) -\n  Epsilon on the next line.", []),
])
def test_period_always(item: str, expected: list) -> None:
    assert found(BASE + item) == expected


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org) - Epsilon", []),
    ("- [E](https://e.org) - Epsilon.", [(5, 31, "period")]),
    ("- [E](https://e.org) - Epsilon, etc.", []),
    ("- [E](https://e.org) - Epsilon (Matt Bognar, Ph.D.)", []),
    ("- [E](https://e.org) - Epsilon (Matt Bognar, PhD.)", [(5, 49, "period")]),
    ("- [E](https://e.org) - Epsilon... and more...", []),
    ("- [E](https://e.org) - Epsilon. Fast, too.", []),
    ("- [E](https://e.org) -\n  Epsilon on the next line.", [(6, 27, "period")]),
])
def test_period_never(item: str, expected: list) -> None:
    assert found(BASE.replace(".\n", "\n") + item) == expected


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org) -", [(5, 21, "separator")]),
    ("- [E](https://e.org) -  ", [(5, 21, "separator")]),
    ("- [E](https://e.org) -\n  Epsilon on the next line.", []),
    ("- [E](https://e.org) -\n  - [Docs](https://e.org/docs)", []),
    ("- [E](https://e.org)", []),
])
def test_a_separator_with_nothing_after_it(item: str, expected: list) -> None:
    assert found(BASE + item) == expected
    if expected:
        assert fixed(BASE + item) == BASE + "- [E](https://e.org)"


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org)\n  Epsilon on the next line.", [(5, 21, "separator")]),
    ("- [E](https://e.org)\n  epsilon on the next line.", []),
    ("- [E](https://e.org)\n  ![shot](https://e.org/e.gif)", []),
    ("- [E](https://e.org) = Epsilon.", [(5, 21, "separator")]),
    ("- [E](https://e.org)\uff1aEpsilon.", [(5, 21, "separator")]),
    ("- [E](https://e.org)  \n  Epsilon on the next line.", []),  # a hard break: a layout
    ("- [E](https://e.org)\\\n  Epsilon on the next line.", []),
])
def test_a_separator_left_out_or_written_otherwise(item: str, expected: list) -> None:
    assert found(BASE + item) == expected


def test_a_left_out_separator_is_inserted_at_the_end_of_the_line() -> None:
    text = BASE + "- [E](https://e.org)\n  Epsilon on the next line."
    assert fixed(text) == BASE + "- [E](https://e.org) -\n  Epsilon on the next line."


def test_period_options() -> None:
    text = BASE + "- [E](https://e.org) - Epsilon"
    assert found(text, period="never") == [(line, column, "period") for line, column in
                                          [(1, 29), (2, 28), (3, 29), (4, 29)]]
    assert found(text, period="off") == []
    mixed = BASE.replace("Alpha.", "Alpha").replace("Beta.", "Beta")
    assert found(mixed + "- [E](https://e.org) - Epsilon") == []  # no habit: 2 in 5


def test_fixes_mend_exactly_the_part() -> None:
    text = BASE + f"- [E](https://e.org) {EN_DASH} epsilon  and more `MIT` `Go`\n"
    assert fixed(text).splitlines()[4] == "- [E](https://e.org) - Epsilon and more. `MIT` `Go`"
    text = BASE.replace(".\n", "\n") + "- [E](https://e.org) - Epsilon.\n"
    assert fixed(text).splitlines()[4] == "- [E](https://e.org) - Epsilon"
    no_fix = lint(BASE + "- [E](https://e.org) - Tools for:", RULE)
    assert [p.fix for p in no_fix] == [None]


def test_fixes_at_one_place_do_not_overlap() -> None:
    text = BASE + "- [E](https://e.org) - Epsilon  ![ci](https://e.org/ci.svg)"
    assert [p.fix for p in lint(text, RULE)] == [Fix(5, 31, 31, "."), Fix(5, 32, 33, "")]
    assert fixed(text).splitlines()[4] == "- [E](https://e.org) - Epsilon. ![ci](https://e.org/ci.svg)"


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org) - Sorts  imports.", [(5, 29, "double-space")]),
    ("- [E](https://e.org) - Sorts   imports.", [(5, 29, "double-space")]),
    ("- [E](https://e.org) - Sorts `a  b` imports.", []),
    ("- [E](https://e.org) - Sorts imports.  ", []),  # a hard line break
    ("- [E](https://e.org) - Sorts <!-- x --> imports.", []),
    ("  - [E](https://e.org) - Sorts imports.", []),
])
def test_double_space(item: str, expected: list) -> None:
    assert found(BASE + item) == expected


def test_double_space_in_the_separator_when_separators_are_not_checked() -> None:
    assert found(BASE + "- [E](https://e.org) -  Epsilon.", separator="off") == \
        [(5, 23, "double-space")]


def test_a_description_of_a_date_and_an_author_needs_no_period() -> None:
    item = "- [Book](https://b.dev) - 2022-12-01 - [@author](https://a.dev)\n  - About it."
    assert [p for p in found(BASE + item) if p[2] == "period"] == []


def test_a_credit_before_the_separator_is_no_part_of_the_description() -> None:
    item = "- [E](https://e.org) by [Ann](https://ann.dev) - a demo of epsilon"
    assert found(BASE + item) == [(5, 50, "capitalize"), (5, 67, "period")]


def test_two_spaces_between_sentences_are_a_list_s_habit_where_most_write_them() -> None:
    typed = "".join(f"- [T{n}](https://t.dev/{n}) - Does {n}.  Fast too.\n" for n in range(4))
    one = "- [E](https://e.org) - Sorts imports.  Also  formats.\n"
    assert found(typed + one) == [(5, 44, "double-space")]  # between words, still
    assert [p[2] for p in found(described(6) + one)] == ["double-space", "double-space"]


def test_double_space_option() -> None:
    assert found(BASE + "- [E](https://e.org) - Sorts  imports.", double_space=False) == []


def test_empty_description_is_off_by_default() -> None:
    text = BASE + "- [E](https://e.org)\n- [F](https://f.org) `MIT`"
    assert found(text) == []
    assert found(text, empty_description=True) == [(5, 21, "empty-description")]


def test_item_over_several_lines() -> None:
    text = BASE + "- [E](https://e.org) - epsilon client for\n  the  NATS system\n"
    problems = lint(text, RULE)
    assert [(p.line, p.column, p.data["check"]) for p in problems] == \
        [(5, 24, "capitalize"), (6, 6, "double-space"), (6, 19, "period")]
    assert all(p.fix is not None and p.fix.line == p.line for p in problems)
    assert fixed(text).splitlines()[4:6] == ["- [E](https://e.org) - Epsilon client for",
                                             "  the NATS system."]


def test_continuation_that_is_not_description() -> None:
    text = BASE + "- [E](https://e.org) - Epsilon.\n**[back to top](#top)**\n"
    assert found(text) == []


def test_tables_and_tables_of_contents_are_not_checked() -> None:
    text = ("- [Tools](#tools)\n- [more](#more)\n\n## Tools\n\n| Name | Description |\n"
            "| --- | --- |\n| [A](https://a.org) | alpha  one |\n")
    assert found(text) == []


def test_page_bad_example_fixes_into_good() -> None:
    page = (Path(__file__).resolve().parent.parent / "rules" / f"{RULE}.md").read_text()
    examples = page_examples(page)
    assert fixed(examples["Bad"]) == examples["Good"]


# ------------------------------------------------------------------ real lists
def checks(problems: list[Problem]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for problem in problems:
        counts[problem.data["check"]] = counts.get(problem.data["check"], 0) + 1
    return counts


def test_dkhamsing_colon_and_no_period_are_its_habit() -> None:
    problems = lint(fixture("dkhamsing__open-source-ios-apps.md"), RULE)
    assert [(p.line, p.column) for p in problems if p.data["check"] == "separator"] == \
        [(1295, 59), (2089, 51), (3785, 51)]
    periods = [p for p in problems if p.data["check"] == "period"]
    assert [p.line for p in periods] == [518, 659, 1636, 1947, 3269]
    assert all(p.fix and p.fix.replacement == "" for p in periods)
    assert checks(problems) == {"separator": 3, "period": 5}


def test_selfhosted_tags_are_not_the_description() -> None:
    problems = lint(fixture("awesome-selfhosted__awesome-selfhosted.md"), RULE)
    assert [(p.line, p.data["check"]) for p in problems] == \
        [(365, "double-space"), (1735, "double-space"), (2230, "double-space")]


def test_awesome_rust_has_no_period_habit() -> None:
    problems = lint(fixture("rust-unofficial__awesome-rust.md"), RULE)
    assert checks(problems) == {"capitalize": 168, "double-space": 5}
    strict = lint(fixture("rust-unofficial__awesome-rust.md"), RULE, period="always")
    assert checks(strict)["period"] == 969  # one is only a link; 3 end before a badge and crate


def test_awesome_rust_names_and_commands_keep_their_case() -> None:
    problems = lint(fixture("rust-unofficial__awesome-rust.md"), RULE)
    fixable = {p.line: p.fix is not None for p in problems if p.data["check"] == "capitalize"}
    assert [fixable[line] for line in (949, 963)] == [False] * 2  # cargo
    assert 754 not in fixable  # "ripgrep, but also …": the entry's name, never capitalised
    assert 1975 not in fixable  # "libui bindings." under libui-rs: a port's own name
    assert fixable[888] and fixable[957]  # "background rust code checker", "runs …"


def test_ethicalml_star_badges_and_missing_separators() -> None:
    problems = lint(fixture("EthicalML__awesome-production-machine-learning.md"), RULE)
    separators = [(p.line, p.column) for p in problems if p.data["check"] == "separator"]
    assert (152, 118) in separators  # "[Vaex](…) ![](badge) Vaex is …"
    assert (202, 144) in separators  # "![](badge) <en dash> Open-source …"
    assert checks(problems) == {"capitalize": 2, "double-space": 6, "period": 9,
                                "separator": 17}


def test_josephmisiti_markers_and_arrows() -> None:
    problems = lint(fixture("josephmisiti__awesome-machine-learning.md"), RULE)
    at = {(p.line, p.column): p.data["check"] for p in problems}
    assert at[(226, 137)] == "period"  # before "**[Deprecated]**"
    assert (469, 106) not in at  # "compression. *[Deprecated]*": the period is there
    assert at[(1165, 42)] == "separator"  # " -> "
    assert checks(problems) == {"capitalize": 52, "double-space": 4, "period": 113,
                                "separator": 85}


def test_sindresorhus_names_alone_are_fine() -> None:
    text = fixture("sindresorhus__awesome.md")
    assert [(p.line, p.column) for p in lint(text, RULE)] == [(773, 68)]
    assert checks(lint(text, RULE, empty_description=True))["empty-description"] == 212


@pytest.mark.parametrize(("name", "options"), [
    ("EthicalML__awesome-production-machine-learning.md", {}),
    ("josephmisiti__awesome-machine-learning.md", {}),
    ("dkhamsing__open-source-ios-apps.md", {"separator": " - ", "period": "always"}),
    ("rust-unofficial__awesome-rust.md", {"period": "always"}),
])
def test_fixing_a_real_list(tmp_path: Path, name: str, options: dict) -> None:
    path = tmp_path / name
    path.write_text(fixture(name), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    problems = lint(before, RULE, **options)
    after, applied = apply(before, problems)
    path.write_text(after, encoding="utf-8")
    assert applied == sum(1 for p in problems if p.fix)
    assert [p for p in lint(path.read_text(encoding="utf-8"), RULE, **options) if p.fix] == []
    old, new = before.split("\n"), after.split("\n")
    assert len(old) == len(new)
    changed = {number for number, pair in enumerate(zip(old, new, strict=True), start=1)
               if pair[0] != pair[1]}
    assert changed == {p.fix.line for p in problems if p.fix}


@pytest.mark.parametrize(("item", "expected"), [
    ("- [E](https://e.org) - Filter framework for images.🔥💥", []),
    ("- [E](https://e.org) - Does cool animations! (╯°□°\uff09╯︵ ┻━┻", []),
    ("- [E](https://e.org) - :yen:", []),
    ("- [E](https://e.org) - A web framework. *(See also [x](https://x.org))*", []),
    ("- [E](https://e.org) - Free tier for all. [#opensource](https://e.org/src)", []),
    ("- [E](https://e.org) - Smooth editor [![OSS][OSS Icon]](https://e.org/src)",
     [(5, 37, "period")]),
    ("- [E](https://e.org) -- Does a third thing.", [(5, 21, "separator")]),
])
def test_what_may_follow_the_final_period(item: str, expected: list) -> None:
    assert found(BASE + item + "\n\n[OSS Icon]: https://e.org/oss.svg\n") == expected


def test_a_double_hyphen_is_mended_whole() -> None:
    assert fixed(BASE + "- [E](https://e.org) -- Does it.").splitlines()[4] == \
        "- [E](https://e.org) - Does it."


def test_a_badge_of_two_reference_images_follows_the_period() -> None:
    item = ("- [E](https://e.org) - Smooth SQL editor. [![OSS][OSS Icon] ![Free][Free Icon]]"
            "(https://e.org/src)")
    refs = "\n\n[OSS Icon]: https://e.org/oss.svg\n[Free Icon]: https://e.org/free.svg\n"
    assert found(BASE + item + refs) == []


def test_an_emoji_shortcode_before_the_separator_is_not_one() -> None:
    assert found(BASE + "- [E](https://e.org) :zap: - Does it.") == []


def test_items_without_a_separator_make_no_habit_for_the_few_with_one() -> None:
    text = "".join(f"- [N{i}](https://n{i}.org) Released weights number {i}.\n" for i in "abcde")
    assert found(text + "- [F](https://f.org): A collection.\n") == []


def test_a_link_after_a_bracketed_tag_follows_the_sentence() -> None:
    item = "- [E](https://e.org) - A fast JSON parser. [BSD] [website](https://e.org/w)"
    assert found(BASE + item) == []
    assert found(BASE + "- [E](https://e.org) - A thread pool library [MIT]") == \
        [(5, 45, "period")]


@pytest.mark.parametrize("item", [
    "- [E](https://e.org) By Felipe Lima",
    "- [E](https://e.org) Français par Grafikart",
    "- [E](https://e.org) - cd command that learns.",
])
def test_bylines_and_commands_are_left_as_written(item: str) -> None:
    assert found(BASE + item) == []


def test_a_description_of_links_only_needs_no_period() -> None:
    talks = "".join(f"* [Talk {n}](https://t.dev/{n}) - Good talk.\n" for n in "ABCD")
    text = talks + ("* [Talk E](https://t.dev/e) - [Slides](https://t.dev/e-s)\n"
                    "* [Talk F](https://t.dev/f) - [Slides](https://t.dev/f-s), "
                    "[Video](https://v.dev/f)\n"
                    "* [Talk G](https://t.dev/g) - See [Slides](https://t.dev/g-s)\n")
    assert [(p.line, p.message) for p in lint(text, RULE)] == [
        (7, "description does not end with a period")]


def test_a_description_that_starts_with_a_compound_of_the_entrys_name() -> None:
    others = described(5)
    own = ("- [react-native-sound-demo ★63](https://github.com/z/react-native-sound-demo)"
           " - react-native-sound demo project.\n"
           "- [ElementsProject/lightning](https://github.com/ElementsProject/lightning)"
           " - c-lightning, a Lightning Network implementation.\n")
    assert lint(others + own, RULE) == []
    mere = "- [nrc/zero](https://github.com/nrc/zero) - zero-allocation parsing.\n"
    assert [p.line for p in lint(others + mere, RULE)] == [6]


def test_inline_html_elements_around_the_description() -> None:
    others = described(10)
    text = others + (
        "- [CALM](http://db.cs.berkeley.edu/p.pdf) :small_orange_diamond:<sup>PDF</sup>"
        " - Consistency as logical monotonicity.\n"
        "- [GNAP](https://ietf.org/g) - Grant Negotiation Protocol.<sup>DRAFT</sup>\n"
        "- [GNAP2](https://ietf.org/h) - Grant Negotiation Protocol <sup>DRAFT</sup>\n")
    assert [(p.line, p.data["check"]) for p in lint(text, RULE)] == [(13, "period")]


def test_an_ideographic_full_stop_ends_a_description() -> None:
    text = "".join(f"- [T{n}](https://t.dev/{n}) - 第{n}个工具。\n" for n in range(12))
    text += "- [Zed](https://z.dev) - 最后一个工具\n- [Zen](https://z.dev/n) - Last one\n"
    fixes = [(p.line, p.fix.replacement if p.fix else None) for p in lint(text, RULE)]
    assert fixes == [(13, "\u3002"), (14, ".")]


def test_links_and_marks_after_the_final_period() -> None:
    others = described(12)
    text = others + (
        "- [Kappa](https://k.dev) - A feed. Start here. [Nodes](https://k.dev/n) / "
        "[DNS](https://k.dev/l)\n"
        "- [Lambda](https://l.dev) - Tools and conferences. *\n"
        "- [Mu](https://m.dev) - A feed [Nodes](https://m.dev/n) / [DNS](https://m.dev/l)\n"
        "- [awesome-x](https://github.com/o/awesome-x) - awesome-* or *-awesome lists.\n"
        "- [Carry](https://c.net) - A manager. ([Source](https://github.com/r/r)) `MIT`\n"
        "- [Lib](https://l.net) - A library ([Source](https://github.com/r/l)) `MIT`\n"
        "- [Canta](https://c.app) - Uninstall apps. `FOSS` | [🌱](https://f.org/c) | "
        "[▶️](https://p.com/c)\n"
        "- [Hail](https://h.app) - Hide apps `FOSS` | [🌱](https://f.org/h)\n"
        "- [Cube](https://cube.dev) - A BI API. - [Source Code](https://github.com/c/c)\n"
        "- [VkHLF](https://v.dev) - A framework. [[LICENSE]](https://v.dev/LICENSE.txt)\n"
        "- [U2](https://u.dev) - An oracle. [Dataset](https://u.dev/d) \u2022 [arXiv](https://a.org/2)\n")
    found = [(p.line, p.data["check"], p.fix is not None) for p in lint(text, RULE)]
    assert found == [(15, "period", True), (16, "capitalize", False), (18, "period", True),
                     (20, "period", True)]


def test_an_item_after_emoji_shortcodes_is_checked_like_the_others() -> None:
    text = ("- :free: [Alpha](https://a.dev) - A tool.\n- :free: [Beta](https://b.dev) - b tool.\n"
            "- [Gamma](https://g.dev) - A tool.\n- \U0001f31f [Delta](https://d.dev) -- A tool.\n")
    assert [(p.line, p.column) for p in lint(text, RULE)] == [(2, 34), (4, 27)]


def test_an_emoji_after_the_link_is_no_description() -> None:
    books = "".join(f"* [Book {n}](https://b.dev/{n}) :dollar:\n" for n in "ABCD")
    firms = "".join(f"* [{n} Corp](https://c.dev/{n}) Makes grippers\n" for n in "EFGH")
    text = books + firms + "* [Echo](https://e.dev) Makes grippers.\n* [Fox](https://f.dev) Arms.\n"
    assert lint(text, RULE) == []


def test_a_list_that_writes_its_descriptions_in_lowercase_keeps_its_style() -> None:
    lower = "".join(f"- [H{n}](https://h.dev/{n}) - a collaborative list.\n" for n in range(8))
    upper = "".join(f"- [U{n}](https://u.dev/{n}) - A collaborative list.\n" for n in range(4))
    assert lint(lower + upper, RULE) == []
    one = lower.splitlines(keepends=True)[0]
    assert [p.line for p in lint(upper + upper.replace("U", "V") + one, RULE)] == [9]


def test_a_port_named_after_what_it_ports_keeps_its_case() -> None:
    text = ("- [jakelee8/mxnet-rs](https://github.com/jakelee8/mxnet-rs) - mxnet for Rust.\n"
            "- [fulara/kdtree-rust](https://github.com/fulara/kdtree-rust) - kdtree for rust.\n"
            "- [a/b](https://github.com/a/b) - A library.\n"
            "- [a/simple-rs](https://github.com/a/c) - simple library.\n")
    assert [p.line for p in lint(text, RULE)] == [4]


def test_a_short_list_all_in_lowercase_keeps_its_style() -> None:
    text = ("- [Stuff](https://s.dev) -- a curated list of resources\n"
            "- [Roadmap](https://r.dev) -- a step-by-step guide\n"
            "- [Meetups](https://m.dev) -- distributed page for meetups\n")
    assert [p for p in lint(text, RULE) if p.data["check"] == "capitalize"] == []
    mixed = text + "- [Blog](https://b.dev) -- A blog\n"
    assert [p for p in lint(mixed, RULE) if p.data["check"] == "capitalize"] == []
    capitals = "".join(f"- [B{n}](https://b.dev/{n}) -- A blog\n" for n in range(4))
    slips = capitals + "- [Stuff](https://s.dev) -- a curated list\n"
    assert [p.line for p in lint(slips, RULE) if p.data["check"] == "capitalize"] == [5]


def test_a_site_credited_as_the_description_is_no_sentence() -> None:
    text = ("".join(f"- [Quiz {n}](https://q.dev/{n}) - w3schools.com\n" for n in range(12))
            + "".join(f"- [Tip {n}](https://t.dev/{n}) - Lists all packs.\n" for n in range(3)))
    assert lint(text, RULE) == []


def test_a_prefix_that_many_names_share_is_a_platform_not_a_name() -> None:
    others = "".join(f"- [react-native-x{n}](https://github.com/o/react-native-x{n}) - A {n}.\n"
                     for n in range(5))
    text = others + ("- [react-native-qrcode](https://github.com/c/react-native-qrcode)"
                     " - react-native qrcode generator.\n")
    assert [p.line for p in lint(text, RULE)] == [6]


def test_a_description_of_tags_only_needs_no_period() -> None:
    text = "".join(f"- [T{n}](https://t.dev/{n}) - `inactive` A tool.\n" for n in range(5))
    assert lint(text + "- [Delta](https://d.dev) - `inactive` \n", RULE) == []


def test_an_escaped_underscore_is_part_of_the_name() -> None:
    text = described(4)
    text += "- [pg\\_back](https://github.com/orgrim/pg_back/) - pg\\_back is a backup script.\n"
    assert lint(text, RULE) == []


def test_a_bracketed_link_after_the_final_period_leaves_it_final() -> None:
    others = described(4, "*")
    text = others + "* [Eta](https://eta.org/) - Does five. [[code](https://eta.org/download)]\n"
    assert lint(text, RULE) == []


def test_two_links_joined_by_a_word_have_no_description() -> None:
    text = described(4) + ("- [samples](https://d.dev/samples)-and-[by-example](https://d.dev/e)"
                           "\n- [BERT](https://j.io/b) and [Transformer](https://j.io/t) by J.\n")
    assert lint(text, RULE) == []


def test_a_habit_is_read_from_descriptions_after_a_separator() -> None:
    tagged = "".join(f"- [T{n}](https://t.dev/{n}) [Type-B] statically typed, no GC\n"
                     for n in range(8))
    capital = "".join(f"- [C{n}](https://c.dev/{n}) [Type-A] Embeddable\n" for n in range(24))
    lower = "".join(f"- [L{n}](https://l.dev/{n}) - self-hosted lisp dialect\n" for n in range(6))
    text = tagged + capital + lower
    assert [p for p in lint(text, RULE) if p.data["check"] == "capitalize"] == []


def test_prose_right_after_the_link_has_no_separator() -> None:
    text = described(10) + "- [RedisClient](https://r.dev)Redis client GUI tool.\n"
    assert [(p.line, p.data["check"]) for p in lint(text, RULE)] == [(11, "separator")]
    glued = described(10) + "- [Mossaka/shims](https://m.dev)mossaka shim for wasm.\n"
    assert [(p.line, p.data["check"]) for p in lint(glued, RULE)] == [(11, "separator")]


def test_a_guide_that_writes_entries_otherwise_leaves_periods_alone() -> None:
    text = "".join(f"* [L{n}](https://l.dev/{n}) - Library for thing {n}\n" for n in range(6))
    text += "* [Last](https://l.dev/last) - Library for the last thing.\n"
    document = parse(text)
    assert [p.line for p in lint_document(document, RULE)] == [7]
    guide = "* Add your links: `* [project-name](http://example.com/) - A short description.`\n"
    assert lint_document(replace(document, guide=guide), RULE) == []
    agrees = guide.replace("description.`", "description`")
    assert [p.line for p in lint_document(replace(document, guide=agrees), RULE)] == [7]
    mistyped = guide.replace("example.com/)", "example.com/]")  # "(url]", as one guide has it
    assert lint_document(replace(document, guide=mistyped), RULE) == []


def test_a_description_that_opens_its_nested_items_needs_no_period() -> None:
    text = described(6) + "- [Beta](https://a.com/2) - Does b, including:\n  - FooValidator\n"
    assert lint(text, RULE) == []


def test_an_item_written_as_the_guide_shows_keeps_its_separator() -> None:
    text = "".join(f"- [D{n}](https://d.dev/{n}): Dataset {n}.\n" for n in range(6))
    text += "- [Gamma](https://c.dev) - Third dataset.\n- [Eps](https://e.dev) -  Fifth.\n"
    document = parse(text)
    assert [p.line for p in lint_document(document, RULE)] == [7, 8]
    guide = "Add `[name](http://example.com/) - A short description ends with a dot.`\n"
    assert [p.line for p in lint_document(replace(document, guide=guide), RULE)] == [8]


def test_a_no_break_space_after_the_separator_shows_as_a_space() -> None:
    text = described(4) + "- [Beta](https://b.dev) -\u00a0A tool for Beta.\n"
    assert lint(text, RULE) == []


@pytest.mark.parametrize(("kept", "slip"), [
    # a word the name itself writes in lowercase
    ("- [PHP htaccess Injection](https://h.dev/p) - htaccess files to inject PHP.",
     "- [Awesome Tool](https://t.dev) - tool for all."),
    # a symbol, the entry's own domain name
    ("- [Gordon](https://github.com/j/gordon) - λ Gordon deploys Lambdas.\n"
     "- [unhosted.org](https://unhosted.org/) - unhosted web apps.",
     "- [Kit](https://k.dev) - kit of tools."),
    # what a hyphenated name extends, not its other part
    ("- [kubectl-tree](https://github.com/a/kubectl-tree) - kubectl plugin to browse objects.",
     "- [tree-view](https://t.dev) - view of trees."),
])
def test_first_words_that_keep_their_case(kept: str, slip: str) -> None:
    text = described(10) + kept + "\n" + slip + "\n"
    assert [p.line for p in lint(text, RULE)] == [text.count("\n")]


def test_a_citation_of_authors_and_year_needs_no_period() -> None:
    papers = "".join(f"- [Paper {n}](https://arxiv.org/abs/{n}) - Smith et al. (2019)\n"
                     for n in range(6))
    text = described(10) + papers + "- [Dai](https://a.org/d) - Dai & Le (2015)\n"
    assert lint(text, RULE) == []


def test_an_emoji_with_its_variation_selector_after_the_period_leaves_it_final() -> None:
    text = described(6) + "- [E](https://e.dev) - Does e. \U0001f6e0\ufe0f\n"
    text += "- [F](https://f.dev) - Does f \U0001f5d1\ufe0f\n"
    assert [p.line for p in lint(text, RULE)] == [8]


def test_a_description_of_labels_only_needs_no_period() -> None:
    text = described(8)
    labels = ("- [Book](https://b.dev) - `Jane Doe` **FREE**\n"
              "- [Podcast](https://p.dev) - (Spanish)\n"
              "- [Novel](https://n.dev) - ⭐ 4.8 (137 ratings) (2026)\n"
              "- [Beta](https://beta.dev) - A tool (beta)\n")
    assert [(p.line, p.column) for p in lint(text + labels, RULE)] == [(12, 43)]


def test_an_entry_the_list_names_in_lowercase_only_may_start_a_description() -> None:
    text = described(8)
    text += ("- [osquery](https://osquery.io) - SQL for the OS.\n"
             "- [mock](https://mock.dev) - Mock data.\n"
             "- [Doorman](https://d.dev) - osquery fleet manager.\n"
             "- [Faker](https://f.dev) - mock data generator.\n")
    assert [p.line for p in lint(text, RULE)] == [12]


def test_a_period_inside_strikethrough_ends_the_sentence() -> None:
    text = described(5)
    text += "- [VSFire](https://v.dev) - Deprecated ~VSCode extension for rules.~\n"
    assert lint(text, RULE) == []
    assert [p.line for p in lint(text.replace("rules.~", "rules~"), RULE)] == [6]


def test_a_compound_of_an_allowed_lowercase_word_keeps_its_case() -> None:
    text = described(8)
    assert lint(text + "- [D](https://d.dev) - pip-installable splat tool.\n", RULE) == []
    assert lint(text + "- [D](https://d.dev) - tip-top splat tool.\n", RULE) != []


def test_a_guide_that_asks_for_the_period_in_words_makes_it_the_rule() -> None:
    text = "".join(f"* [L{n}](https://l.dev/{n}) - Library for thing {n}.\n" for n in range(5))
    text += "* [M](https://l.dev/m) - Library for m\n* [N](https://l.dev/n) - Library for n\n"
    document = parse(text)
    assert lint_document(document, RULE) == []  # 5 of 7: no habit of the list's own
    asks = "- End all descriptions with a full stop/period.\n"
    assert [p.line for p in lint_document(replace(document, guide=asks), RULE)] == [6, 7]
    for declines in ("- Descriptions end without a period.\n",
                     "- Don't end descriptions with a period.\n"):
        assert lint_document(replace(document, guide=declines), RULE) == []


def test_a_lowercase_sentence_after_a_tag_is_a_description_without_its_separator() -> None:
    text = "".join(f"- [T{n}](https://t.dev/{n}) [Java] - A tool.\n" for n in range(6))
    slip = "- [Azure](https://a.dev) [.NET] a massively scalable, managed engine.\n"
    problems = lint(text + slip, RULE, capitalize=False)
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (7, "no separator between the link and the description")]
    untagged = "- [Azure](https://a.dev) a massively scalable, managed engine.\n"
    assert lint(text + untagged, RULE, capitalize=False) == []


def test_an_item_whose_link_has_a_space_before_its_address_is_still_read() -> None:
    text = described(6)
    spaced = "- [Numalogic] (https://n.dev) [Python] - Collection of models\n"
    assert [(p.line, p.message) for p in lint(text + spaced, RULE)] == [
        (7, "description does not end with a period")]
    assert lint(text + spaced.replace("models", "models."), RULE) == []


def test_a_period_after_the_link_is_a_separator_as_a_guide_may_ask() -> None:
    text = "".join(f"- [N{n}](https://n.dev/{n}). A weekly letter.\n" for n in range(6))
    slips = ("- [Daily](https://d.dev) A daily letter.\n"
             "- [Weekly](https://w.dev) - A weekly letter\n"
             "- [Vulkan Guide](https://v.dev). [MIT]\n")
    assert [(p.line, p.message.split(":")[0]) for p in lint(text + slips, RULE)] == [
        (7, "no separator between the link and the description"),
        (8, "separator ' - ' between the link and the description"),
        (8, "description does not end with a period")]


@pytest.mark.parametrize("template", ["`[RESOURCE](LINK) - DESCRIPTION`",
                                      "`[资源名称](链接) - 描述。`"])
def test_a_guides_placeholder_template_says_nothing_against_the_period(template: str) -> None:
    text = described(9)
    document = replace(parse(text + "- [U](https://u.dev) - A tool\n"),
                       guide=f"Use the following format: {template}\n")
    assert [p.line for p in lint_document(document, RULE)] == [10]
    shown = replace(document, guide="Use: `[Name](url) - What it does`\n")
    assert lint_document(shown, RULE) == []


def test_a_tag_after_the_separator_where_the_list_tags_before_it() -> None:
    text = "".join(f"- [T{n}](https://t.dev/{n}) [Go] - A tool.\n" for n in range(6))
    slip = "- [Scramjet](https://s.dev) - [Node.js] A stream framework.\n"
    problems = lint(text + slip, RULE)
    assert [(p.line, p.column) for p in problems] == [(7, 31)]
    assert fixed_by(text + slip, RULE).splitlines()[-1] == (
        "- [Scramjet](https://s.dev) [Node.js] - A stream framework.")
    untagged = text.replace(" [Go]", "")
    assert lint(untagged + slip, RULE) == []


def test_descriptions_on_the_next_line_vote_for_no_separator() -> None:
    wrapped = "".join(f"- **[T{n}](https://t.dev/{n})**\n  Tool for robots\n\n" for n in range(5))
    same_line = "- **[Delta](https://d.dev)** - Workshop paper\n"
    assert lint(wrapped + same_line, RULE) == []
    dashed = "".join(f"- [T{n}](https://t.dev/{n}) - Tool for robots\n" for n in range(5))
    assert [p.line for p in lint(dashed + "- **[Delta](https://d.dev)**\n  Tool\n", RULE)] == [6]


def test_the_first_part_of_an_entrys_name_keeps_its_case() -> None:
    text = described(8)
    edb = "- [edb-debugger](https://e.dev) - edb is a cross platform debugger.\n"
    assert lint(text + edb, RULE) == []
    assert [p.line for p in lint(text + edb.replace("edb is", "xyz is"), RULE)] == [9]


def test_a_sentence_that_ends_in_a_year_still_ends_with_a_period() -> None:
    text = described(10) + "- [DSP](https://a.org/d) - Composing retrieval models (2023)\n"
    assert [p.line for p in lint(text, RULE)] == [11]
    assert lint(text.replace("Composing retrieval models", "Khattab et al."), RULE) == []


def test_an_emphasised_note_after_the_final_period_leaves_it_final() -> None:
    text = described(10) + "- [A](https://a.org) - Wraps SSH. _Previously: `old-a`_\n"
    assert lint(text, RULE) == []
    assert [p.line for p in lint(text.replace("SSH.", "SSH"), RULE)] == [11]


def test_a_status_and_its_links_are_labels_that_need_no_period() -> None:
    text = described(10) + "- [OpenCensus](https://o.io) - *Deprecated* | [Github](https://g.com/o)\n"
    assert lint(text, RULE) == []
    assert lint(text.replace("*Deprecated*", "*Deprecated now*"), RULE) != []


def test_a_link_joined_by_double_dash_and_a_creator_stand_before_the_separator() -> None:
    text = ("# T\n\n## Tools\n\n* [Alpha](https://a.org): Does one thing well.\n"
            "* [Beta](https://b.org): Does another thing well.\n"
            "* [Gamma](https://c.org): Does a third thing well.\n"
            "* [Blog](https://d.org) -- [Post](https://d.org/p) (Jane Doe): Report of a move.\n"
            "* [Delta](https://e.org) (John Roe): does a fourth thing well\n")
    assert [(p.line, p.data["check"]) for p in lint(text, RULE)] == [
        (9, "capitalize"), (9, "period")]


def test_a_pipe_before_prose_is_a_separator_and_before_a_link_is_not() -> None:
    text = ("# T\n\n## A\n\n- [A](https://a.org) - Alpha tool.\n- [B](https://b.org) - Beta.\n"
            "- [C](https://c.org) | Gamma tool.\n- [D](https://d.org) - Delta tool.\n"
            "- [E](https://e.org) - Eps tool.\n- [F](https://f.org) | [Docs](https://f.org/d)\n")
    assert [(p.line, p.message) for p in lint(text, RULE)] == [
        (7, "separator ' | ' between the link and the description: write ' - '")]


def test_a_credit_link_in_parentheses_stands_before_the_separator() -> None:
    item = ("- [Rebuilding a site](https://e.org/s) ([@radio](https://t.org/radio)) - detail on "
            "the decisions.")
    assert found(BASE + item) == [(5, 74, "capitalize")]


def test_a_colon_inside_the_bold_is_the_separator_and_is_never_moved() -> None:
    text = ("# M\n\n## Metrics\n\n- [Alpha](https://a.org): Computes the alpha score.\n"
            "- [Beta](https://b.org): Computes the beta score.\n"
            "- [Gamma](https://c.org): Computes the gamma score.\n"
            "- **[BLEU](https://e.org/bleu):** evaluates n-gram overlap.\n")
    assert [(p.line, p.data["check"]) for p in lint(text, RULE)] == [(8, "capitalize")]
    dashed = text.replace("): ", ") - ")
    assert [(p.line, p.data["check"]) for p in lint(dashed, RULE)] == [(8, "capitalize")]


def test_a_field_line_under_the_description_does_not_end_it() -> None:
    items = "".join(f"- **[{n}](https://e.org/{n})** `ok`\n  A dataset of {n}.\n"
                    for n in ("alpha", "beta", "delta", "kappa"))
    gamma = "- **[gamma](https://e.org/g)** `ok`\n  A dataset of speech\n"
    text = "## Datasets\n\n" + items + gamma
    assert [p.line for p in lint(text, RULE)] == [12]
    sized = text.replace("A dataset of alpha.\n", "A dataset of alpha.\n  Size: ~4k tweets\n")
    assert [p.line for p in lint(sized, RULE)] == [13]
    said = text.replace("A dataset of alpha.\n", "A dataset of\n  Alpha Browser: a sentence.\n")
    assert [p.line for p in lint(said, RULE)] == [13]


def test_a_companion_after_the_separator_is_no_sentence() -> None:
    item = "- [Mesos](https://m.org) - with [Marathon](https://mesosphere.github.io/marathon/)"
    assert found(BASE + item) == []
    assert found(BASE + "- [Mesos](https://m.org) - with a scheduler") == [
        (5, 28, "capitalize"), (5, 44, "period")]


def test_the_last_of_sentences_keeps_its_period_though_it_starts_lowercase() -> None:
    text = BASE.replace(".\n", "\n") + "- [Samply](https://s.org) - A profiler. works on macOS."
    assert found(text) == []
    assert found(text.replace(". works", " that works")) == [(5, 59, "period")]


def test_a_description_cut_short_after_a_comma_is_reported_without_a_fix() -> None:
    text = BASE.replace(".\n", "\n") + "- [E](https://e.org) - Emulates weak hardware,"
    problems = lint(text, RULE)
    assert [(p.line, p.message, p.fix) for p in problems] == [
        (5, "description ends with ','", None)]


def test_a_venue_tag_and_a_note_after_a_dot_are_no_sentence() -> None:
    item = "- [Beta: A Paper](https://e.org/b) - `IWQoS 2022` \u00b7 \U0001f3c6 Best Paper Award"
    assert found(BASE + item) == []
    assert found(BASE + "- [Beta](https://e.org/b) - A paper that won an award") == [
        (5, 54, "period")]


def test_a_function_word_of_the_entrys_name_starts_no_name() -> None:
    item = "- [Review: a scoping review](https://e.org/r) - a high-level review of the field."
    assert found(BASE + item) == [(5, 49, "capitalize")]
    named = "- [PHP htaccess Injection](https://e.org/p) - htaccess files, injected."
    assert found(BASE + named) == []


def test_a_description_after_a_link_labelled_as_the_paper_starts_after_it() -> None:
    item = "- [D](https://d.org) - [paper](https://p.org) - a survey of things."
    assert found(BASE + item) == [(5, 49, "capitalize")]
    assert found(BASE + item.replace(" - a survey", " - A survey")) == []


@pytest.mark.parametrize("credit", ["*Yegor Bugayenko*", "*Caleb Thompson (thoughtbot)*",
                                    "*Tom Preston-Werner*", "*KyuWoo Choi*"])
def test_an_author_in_emphasis_is_a_credit_not_a_sentence(credit: str) -> None:
    assert found(BASE + f"- [Elegant READMEs](https://e.org/r) - {credit}") == []
    assert found(BASE + "- [Elegant READMEs](https://e.org/r) - A plain description") == [
        (5, 59, "period")]


def test_a_period_in_the_last_links_text_ends_the_description() -> None:
    assert found(BASE + "- [E](https://e.org) - Code on [GitHub.](https://github.com/o/e)") == []
    assert found(BASE + "- [E](https://e.org) - Code on [GitHub](https://github.com/o/e)") == [
        (5, 64, "period")]


def test_a_groups_label_over_its_links_is_no_described_entry() -> None:
    label = ("- [OpenTripPlanner](https://github.com/o/otp) Community\n"
             "    - [OTP Users](https://groups.google.com/otp) - Users.\n")
    assert found(BASE + label) == []
    lone = "- [OpenTripPlanner](https://github.com/o/otp) Community\n"
    assert [check for _, _, check in found(BASE + lone)] == ["separator", "period"]


@pytest.mark.parametrize("ending", ["useful&#x3F;", "ironic&#x2E2E;", "ironic\u2e2e", "odd&#63;"])
def test_a_sentence_may_end_with_a_character_reference_or_an_irony_mark(ending: str) -> None:
    assert found(BASE + f"- [E](https://e.org) - Is it {ending}") == []
    assert [check for *_, check in found(BASE + "- [E](https://e.org) - Is it &amp;")] == [
        "period"]


def test_a_short_label_over_nested_items_needs_no_period() -> None:
    label = "- [Greasemonkey](https://e.org/gm) - Firefox\n  - Supports GM 4 userscripts.\n"
    assert found(BASE + label) == []
    assert found(BASE + "- [Greasemonkey](https://e.org/gm) - Firefox\n") == [(5, 45, "period")]
