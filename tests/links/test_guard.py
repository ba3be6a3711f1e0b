"""The address guard: every connection, every hop, every spelling of a host; and who may
switch it off."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from awesome_lint.cli import main
from awesome_lint.links import LinkConfig, LinkResult, address_problem, check_links_async
from awesome_lint.links.guard import AddressPolicy, BlockedAddress, GuardedResolver

if TYPE_CHECKING:
    from .conftest import Site

PUBLIC = "93.184.215.14"  # never connected to: conftest's loopback_only refuses it


class Rebinding(AbstractResolver):
    """A DNS server under an attacker's control: for each name, the first answer is
    ``first`` (a public address, by default) and every later one 127.0.0.1."""

    def __init__(self, first: str = PUBLIC) -> None:
        self.first = first
        self.asked: list[str] = []

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        address = self.first if host not in self.asked else "127.0.0.1"
        self.asked.append(host)
        return [ResolveResult(hostname=host, host=address, port=port, family=socket.AF_INET,
                              proto=0, flags=socket.AI_NUMERICHOST)]

    async def close(self) -> None:
        pass


def spellings(port: int) -> list[str]:
    """One host name written three ways that urllib and aiohttp (yarl) read differently: a
    trailing dot, a fullwidth letter (U+FF43) and an IDN."""
    return [f"http://b.rebind.test.:{port}/ok/dot", f"http://\uff43.rebind.test:{port}/ok/wide",
            f"http://dé.rebind.test:{port}/ok/idn"]


def port_of(site: Site) -> int:
    return int(site.base.rsplit(":", 1)[1])


async def test_every_spelling_is_checked_where_it_connects(site: Site) -> None:
    dns = Rebinding(first="127.0.0.1")
    results = await check_links_async(spellings(port_of(site)), LinkConfig(), resolver=dns)
    assert [r.verdict for r in results.values()] == ["skipped"] * 3
    assert {r.reason for r in results.values()} == {"resolves to a loopback address 127.0.0.1"}
    assert sorted(dns.asked) == ["b.rebind.test.", "c.rebind.test", "xn--d-bga.rebind.test"]
    assert site.seen == []


async def test_a_rebinding_resolver_never_reaches_loopback(site: Site) -> None:
    """Public first, loopback after: each name is looked up once, and the connection goes to
    the very address that was checked, never to a second, unchecked answer."""
    dns = Rebinding()
    urls = spellings(port_of(site))
    urls += [url.replace("/ok/", "/ok/again-") for url in urls]
    results = await check_links_async(urls, LinkConfig(retries=0), resolver=dns)
    # The public address was the one connected to (and refused by conftest's loopback_only).
    assert {(r.verdict, r.reason) for r in results.values()} == {
        ("broken", "connection refused")}
    assert sorted(dns.asked) == ["b.rebind.test.", "c.rebind.test", "xn--d-bga.rebind.test"]
    assert site.seen == []


@pytest.mark.parametrize("hop", ["b.rebind.test.", "xn--d-bga.rebind.test"])
async def test_each_redirect_hop_is_checked(site: Site, hop: str) -> None:
    config = LinkConfig(allow_private_hosts=frozenset({"127.0.0.1"}), retries=0)
    dns = Rebinding(first="127.0.0.1")
    result = (await check_links_async([site.url(f"/to/{hop}/ok")], config, resolver=dns))[
        site.url(f"/to/{hop}/ok")]
    assert result.verdict == "skipped"
    assert "resolves to a loopback address 127.0.0.1" in result.reason
    assert dns.asked == [hop]
    assert [s.path for s in site.seen] == [f"/to/{hop}/ok"]  # the first hop only


async def test_the_resolver_refuses_what_the_policy_forbids() -> None:
    guarded = GuardedResolver(AddressPolicy(), Rebinding(first="10.1.2.3"))
    with pytest.raises(BlockedAddress, match=r"private address 10\.1\.2\.3"):
        await guarded.resolve("intranet.test.", 80)
    exempt = GuardedResolver(AddressPolicy(private_hosts=frozenset({"Intranet.test"})),
                             Rebinding(first="10.1.2.3"))
    assert [r["host"] for r in await exempt.resolve("intranet.test.", 80)] == ["10.1.2.3"]


@pytest.mark.parametrize(
    ("address", "problem"),
    [("2002:7f00:1::", "loopback"), ("2002:a00:1::1", "private"),
     ("2002:a9fe:a9fe::", "link-local"), ("64:ff9b::7f00:1", "loopback"),
     ("64:ff9b::a9fe:a9fe", "link-local"), ("64:ff9b::c0a8:101", "private"),
     ("64:ff9b:1::a00:1", "private"), ("2002:808:808::1", None), ("64:ff9b::808:808", None)],
)
def test_6to4_and_nat64_are_judged_by_the_ipv4_they_carry(address: str,
                                                          problem: str | None) -> None:
    assert address_problem(address) == problem


async def test_an_ipv6_literal_carrying_loopback_is_never_requested(site: Site) -> None:
    url = f"http://[2002:7f00:1::]:{port_of(site)}/ok"
    result: LinkResult = (await check_links_async([url], LinkConfig()))[url]
    assert (result.verdict, result.reason) == ("skipped", "loopback address 2002:7f00:1::")


# ----------------------------------------------------------------------------- who decides
@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("AWESOME_LINT_ALLOW_PRIVATE", raising=False)
    return tmp_path


@pytest.mark.parametrize(
    ("name", "table", "key"),
    [(".awesome-lint.toml", "[links]\nallow-private = true\n", "allow-private"),
     ("pyproject.toml", "[tool.awesome-lint.links]\nallow-private-hosts = ['localhost']\n",
      "allow-private-hosts")],
)
def test_a_config_file_cannot_switch_the_guard_off(
        workdir: Path, capsys: pytest.CaptureFixture[str], name: str, table: str,
        key: str) -> None:
    (workdir / name).write_text(table)
    (workdir / "README.md").write_text("# T\n")
    assert main(["--links"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert f"'{key}' cannot be set in a config file" in err
    assert f"--{key}" in err and name in err


def test_the_environment_can_allow_private(threaded_site: Site, workdir: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/missing/a) - A.\n")
    monkeypatch.setenv("AWESOME_LINT_ALLOW_PRIVATE", "1")
    assert main(["--links", "--format", "json"]) == 1
    assert threaded_site.paths()
    monkeypatch.setenv("AWESOME_LINT_ALLOW_PRIVATE", "maybe")
    assert main(["--links"]) == 2
    assert "AWESOME_LINT_ALLOW_PRIVATE must be 1 or 0" in capsys.readouterr().err


def test_allow_private_hosts_on_the_command_line(threaded_site: Site, workdir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "README.md").write_text(f"# T\n\n- [A]({threaded_site.base}/missing/a) - A.\n")
    assert main(["--links", "--allow-private-hosts", "localhost,127.0.0.1"]) == 1
    assert threaded_site.paths()


def test_the_config_dataclass_still_takes_them() -> None:
    config = dataclasses.replace(LinkConfig(), allow_private_hosts=frozenset({"Dé.Example."}))
    assert config.allow_private_hosts == {"xn--d-bga.example"}
