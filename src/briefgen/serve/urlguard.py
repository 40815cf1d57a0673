"""Fetching URLs for strangers: refuse loopback, private and link-local addresses (SSRF).

An HTTP API that fetches any URL it is given can be made to read the
machine's own services or the private network behind it. The guard checks the
address a connection actually goes to, not the URL's text:

- the host name is resolved once per connection, every address it resolves
  to must be public, and the connection is made to that vetted address (so a
  DNS answer that changes between the check and the connection, "DNS
  rebinding", gains nothing);
- every redirect opens a new connection and is checked the same way, and a
  redirect may only lead to http or https;
- environment proxies are not used: the connection would go to the proxy,
  and the proxy would fetch the private address for us.

TLS still verifies the certificate against the URL's host name.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

Resolver = Callable[..., list[tuple[Any, ...]]]


class ForbiddenURLError(InputError):
    """A URL leads to an address the server may not fetch from."""


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address; False for loopback, private, link-local..."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone id is not part of the address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class UrlGuard:
    """Which addresses a fetch may connect to.

    ``allow_private`` turns the guard off (``briefgen serve --allow-private-urls``).
    ``trusted`` lists (address, port) pairs allowed although private, e.g. an
    intranet news server a deployment means to reach; everything else private
    stays refused. ``resolve`` is :func:`socket.getaddrinfo`'s signature.
    """

    allow_private: bool = False
    trusted: frozenset[tuple[str, int]] = frozenset()
    resolve: Resolver = field(default=socket.getaddrinfo, compare=False)

    def addresses(self, host: str, port: int) -> list[tuple[Any, ...]]:
        """The addresses to connect to for ``host``:``port``, all vetted; raises ForbiddenURLError."""
        infos = self.resolve(host, port, type=socket.SOCK_STREAM)
        if not self.allow_private:
            for info in infos:
                address = info[4][0]
                if not is_public_address(address) and (address, port) not in self.trusted:
                    # One private answer refuses the host: trying only the public ones
                    # would let a host that answers both reach inside on a retry.
                    raise ForbiddenURLError(
                        host,
                        f"resolves to a {_kind(address)} address ({address}); the server only fetches "
                        "public addresses (start it with --allow-private-urls to change that)",
                    )
        return infos

    def connect(
        self, host: str, port: int, timeout: float | None, source_address: Any = None
    ) -> socket.socket:
        """Open a TCP connection to a vetted address of ``host`` (as socket.create_connection)."""
        error: OSError | None = None
        for family, kind, proto, _name, address in self.addresses(host, port):
            sock = socket.socket(family, kind, proto)
            try:
                if timeout is not None:
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(address)
                return sock
            except OSError as err:
                sock.close()
                error = err
        raise error or OSError(f"{host}: no address to connect to")

    def opener(self) -> urllib.request.OpenerDirector:
        """A urllib opener for http and https only, every connection and redirect checked."""
        guard = self

        def guarded(address: tuple[str, int], timeout: float | None, source: Any = None) -> socket.socket:
            return guard.connect(address[0], address[1], timeout, source)

        # http.client opens its TCP connection through the _create_connection hook (for
        # https too, before the TLS handshake): the one place every connection passes.
        # __init__ sets it on the instance, so it is replaced after __init__.
        class GuardedHTTPConnection(http.client.HTTPConnection):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._create_connection = guarded

        class GuardedHTTPSConnection(http.client.HTTPSConnection):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._create_connection = guarded

        class GuardedHTTPHandler(urllib.request.HTTPHandler):
            def http_open(self, req: urllib.request.Request) -> Any:
                return self.do_open(GuardedHTTPConnection, req)

        class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
            def https_open(self, req: urllib.request.Request) -> Any:
                return self.do_open(GuardedHTTPSConnection, req, context=self._context)

        class WebRedirectHandler(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
                if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
                    raise ForbiddenURLError(newurl, "a redirect may only lead to http or https")
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        # Built by hand, not with build_opener: no proxy, ftp, file or data handlers.
        opener = urllib.request.OpenerDirector()
        handlers: Iterable[Any] = (
            urllib.request.UnknownHandler(),
            GuardedHTTPHandler(),
            GuardedHTTPSHandler(),
            urllib.request.HTTPDefaultErrorHandler(),
            WebRedirectHandler(),
            urllib.request.HTTPErrorProcessor(),
        )
        for handler in handlers:
            opener.add_handler(handler)
        return opener


def _kind(address: str) -> str:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private:
        return "private"
    return "non-public"
