"""Which addresses the link checker may reach: the one place the SSRF policy lives.

A list is untrusted input: a link (or a redirect) to ``169.254.169.254`` or to a name that
resolves to ``127.0.0.1`` must not make a CI runner fetch its own private services. The
check is made on the address a connection is actually opened to, inside the resolver that
aiohttp asks for every new connection (each redirect hop included), so no spelling of a
host name (trailing dot, IDN, fullwidth letters) can reach a second, unchecked lookup. IP
addresses written in a URL are never given to a resolver: ``literal_problem`` checks those.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass

from aiohttp import ThreadedResolver
from aiohttp.abc import AbstractResolver, ResolveResult

from awesome_lint.urls import canonical_host

_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: the IPv4 address is the last 32 bits
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: a network's own translator
_KINDS = ("loopback", "link_local", "multicast", "unspecified", "reserved", "private")
_AnyAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_problem(address: str) -> str | None:
    """Why an IP address must not be fetched (private, loopback...), or None if public.

    An IPv6 address that carries an IPv4 one (mapped, 6to4, NAT64) is judged by that one.
    """
    ip: _AnyAddress = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL:
            return "private"
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            ip = embedded
    for kind in _KINDS:
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


class BlockedAddress(OSError):
    """A host resolved to an address the policy forbids; aiohttp reports it as a DNS error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class AddressPolicy:
    """What may be reached: public addresses, plus anything when ``allow_private``, plus the
    named hosts whatever they resolve to."""

    allow_private: bool = False
    private_hosts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "private_hosts",
                           frozenset(canonical_host(h) for h in self.private_hosts))

    def exempt(self, host: str) -> bool:
        return self.allow_private or canonical_host(host) in self.private_hosts

    def literal_problem(self, host: str) -> str | None:
        """Why the IP address written as a URL's host must not be fetched, or None."""
        if not is_ip_literal(host) or self.exempt(host):
            return None
        kind = address_problem(host)
        return None if kind is None else f"{kind} address {host}"

    def resolved_problem(self, host: str, addresses: list[str]) -> str | None:
        """Why a host name that resolved to addresses must not be fetched, or None."""
        if self.exempt(host):
            return None
        for address in addresses:
            kind = address_problem(address)
            if kind is not None:
                return f"resolves to a {kind} address {address}"
        return None


class GuardedResolver(AbstractResolver):
    """Resolves each host name once per run, and refuses those the policy forbids.

    ``upstream`` does the lookups (a ThreadedResolver, i.e. getaddrinfo, by default).
    """

    def __init__(self, policy: AddressPolicy, upstream: AbstractResolver | None = None) -> None:
        self.policy = policy
        self._upstream = upstream
        self._lookups: dict[tuple[str, int, int], asyncio.Task[list[ResolveResult]]] = {}

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        infos = await self._lookup(host, port, family)
        problem = self.policy.resolved_problem(host, [info["host"] for info in infos])
        if problem is not None:
            raise BlockedAddress(problem)
        return infos

    async def _lookup(self, host: str, port: int, family: int) -> list[ResolveResult]:
        key = (host, port, family)
        task = self._lookups.get(key)
        if task is None:
            task = asyncio.get_running_loop().create_task(self._ask(host, port, family))
            self._lookups[key] = task
        return await asyncio.shield(task)

    async def _ask(self, host: str, port: int, family: int) -> list[ResolveResult]:
        if self._upstream is None:
            self._upstream = ThreadedResolver()
        try:
            return await self._upstream.resolve(host, port, socket.AddressFamily(family))
        except UnicodeError:  # "a..b": an empty label fails before any lookup
            raise socket.gaierror(socket.EAI_NONAME, "not a valid host name") from None

    def forget_failures(self, host: str) -> None:
        """Look host up again if its lookup failed (a successful answer is kept: a name is
        connected to at the one address that was checked)."""
        for key, task in list(self._lookups.items()):
            failed = task.done() and (task.cancelled() or task.exception() is not None)
            if failed and canonical_host(key[0]) == host:
                del self._lookups[key]

    async def close(self) -> None:
        for task in self._lookups.values():
            task.cancel()
        if self._upstream is not None:
            await self._upstream.close()
