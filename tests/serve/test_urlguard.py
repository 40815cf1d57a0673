"""The URL guard's address rules and its use of DNS answers (no network needed)."""

from __future__ import annotations

import socket

import pytest

from briefgen.serve.urlguard import ForbiddenURLError, UrlGuard, is_public_address


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),
        ("::ffff:127.0.0.1", False),
        ("8.8.8.8", True),
        ("93.184.216.34", True),
        ("2001:4860:4860::8888", True),
    ],
)
def test_public_addresses(address, public):
    assert is_public_address(address) is public


def _resolver(answers: dict[str, list[str]]):
    def resolve(host, port, type=0, **_):
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in answers[host]
        ]

    return resolve


def test_a_name_is_judged_by_every_address_it_resolves_to():
    guard = UrlGuard(
        resolve=_resolver({"news.example": ["93.184.216.34"], "mixed.example": ["93.184.216.34", "10.0.0.7"]})
    )
    assert [info[4][0] for info in guard.addresses("news.example", 443)] == ["93.184.216.34"]
    with pytest.raises(ForbiddenURLError, match=r"mixed.example: resolves to a private address \(10.0.0.7\)"):
        guard.addresses("mixed.example", 443)


def test_trusted_pairs_and_allow_private():
    resolve = _resolver({"intranet.example": ["10.0.0.7"]})
    with pytest.raises(ForbiddenURLError, match="private address"):
        UrlGuard(resolve=resolve).addresses("intranet.example", 80)
    trusted = UrlGuard(trusted=frozenset({("10.0.0.7", 80)}), resolve=resolve)
    assert trusted.addresses("intranet.example", 80)
    with pytest.raises(ForbiddenURLError):
        trusted.addresses("intranet.example", 8080)  # the pair, not the address alone
    assert UrlGuard(allow_private=True, resolve=resolve).addresses("intranet.example", 8080)


def test_the_opener_handles_only_http_and_https():
    opener = UrlGuard().opener()
    assert set(opener.handle_open) == {"http", "https", "unknown"}  # no ftp, file or data
    assert not any("Proxy" in type(handler).__name__ for handler in opener.handlers)
