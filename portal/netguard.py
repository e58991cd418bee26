"""Which addresses the portal's outgoing requests may reach: public ones only.

The link checker requests addresses editors typed. Without this, an editor can
make the server scan its own network (Redis on 127.0.0.1, the cloud metadata
service on 169.254.169.254) and read the outcome on the broken-links page. The
name is resolved once, every address it resolves to is checked, and the
connection is then made to that checked address (the link checker's
``GuardedAdapter``), so a
name that resolves differently a moment later (DNS rebinding) gains nothing.
"""
from __future__ import annotations

import ipaddress
import re
import socket

# Names that never mean a public server, whatever a resolver says.
LOCAL_NAMES = ("localhost",)
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa", ".localdomain")
# IPv4 written the old ways inet_aton still accepts: 2130706433, 0x7f.1, 127.1, 0177.0.0.1.
_LEGACY_IPV4 = re.compile(r"[0-9a-fA-FxX.]+")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class BlockedAddress(Exception):
    """The address is not a public internet address."""


def _unwrap(ip: IPAddress) -> IPAddress:
    # An IPv4 address carried inside IPv6 (::ffff:127.0.0.1, 6to4, Teredo) is judged as IPv4.
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None:
            return inner
    return ip


def address_allowed(ip: IPAddress | str, *, allow_loopback: bool = False) -> bool:
    """True for a public unicast address; loopback only with ``allow_loopback`` (tests)."""
    ip = _unwrap(ipaddress.ip_address(ip) if isinstance(ip, str) else ip)
    if ip.is_loopback:
        return allow_loopback
    return (ip.is_global and not ip.is_multicast and not ip.is_reserved
            and not ip.is_unspecified and not ip.is_link_local and not ip.is_private)


def literal_address(host: str) -> IPAddress | None:
    """The IP address ``host`` spells, in any form a resolver accepts, or None for a name."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    if _LEGACY_IPV4.fullmatch(host) and any(ch.isdigit() for ch in host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def host_allowed(host: str, *, allow_loopback: bool = False) -> bool:
    """Judged without resolving (for saving a link): literal addresses and local names."""
    host = (host or "").strip().rstrip(".").lower()
    if not host:
        return False
    ip = literal_address(host)
    if ip is not None:
        return address_allowed(ip, allow_loopback=allow_loopback)
    if host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIXES):
        return allow_loopback
    return True


def resolve(host: str, port: int, *, allow_loopback: bool = False) -> str:
    """The address to connect to for ``host``; BlockedAddress when any address the
    name resolves to is not public (a name pointing inside is refused as a whole)."""
    if not host_allowed(host, allow_loopback=allow_loopback):
        raise BlockedAddress(host)
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [info[4][0] for info in infos]
    if not addresses or not all(address_allowed(a, allow_loopback=allow_loopback)
                                for a in addresses):
        raise BlockedAddress(host)
    return addresses[0]
