"""redirect: permanent redirects only, and the option to ignore same-host ones."""

from __future__ import annotations

from dataclasses import replace

from awesome_lint.links import LinkConfig, check_links
from awesome_lint.parser import parse
from helpers import lint_document

from .conftest import Site


def test_permanent_redirects_only(threaded_site: Site, fast: LinkConfig) -> None:
    base = threaded_site.base
    doc = parse(f"# T\n\n- [A]({base}/moved/a) - x.\n- [B]({base}/found/b) - y.\n")
    results = check_links([k.url for k in doc.links], fast)
    problems = lint_document(replace(doc, link_results=results), "redirect")
    assert [(p.line, p.column, p.fix is not None) for p in problems] == [(3, 7, True)]
    same_host = lint_document(replace(doc, link_results=results), "redirect",
                              ignore_same_host=True)
    assert same_host == []
