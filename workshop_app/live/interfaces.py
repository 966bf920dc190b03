"""The IPv4 addresses this computer could serve the phone page on, for the facilitator to pick.

Phones in the room must reach the laptop, so the page has to listen on the address the
laptop has on the room's Wi-Fi; "listen everywhere" would also open it to any other network
the laptop is on. Only the standard library is used: the host name's addresses, plus the
address the operating system would use for the default route (found by "connecting" a UDP
socket, which sends no packet).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"

# Carrier-grade NAT space (phone hotspots, some VPN meshes): not "private" to ipaddress, but
# still a network of nearby devices rather than the open internet.
_SHARED_SPACE = ipaddress.ip_network("100.64.0.0/10")

# Any routable address will do: a UDP "connect" only asks the routing table, it sends nothing.
_ROUTE_PROBES = ("10.254.254.254", "192.0.2.1")


@dataclass(frozen=True)
class Interface:
    """One address to offer; ``scope`` says who can reach it."""

    address: str
    scope: str  # 'loopback' | 'local network' | 'link-local' | 'public'
    label: str
    default_route: bool = False


def address_scope(address: str) -> str:
    """Who can reach an IPv4 address: this computer, the local network, or anyone."""
    ip = ipaddress.IPv4Address(address)
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private or ip in _SHARED_SPACE:
        return "local network"
    return "public"


def is_local_client(address: str) -> bool:
    """True for clients on this computer or a nearby network; false for the open internet."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED_SPACE:
        return True
    return bool(ip.is_loopback or ip.is_private or ip.is_link_local)


def _label(address: str, scope: str, default_route: bool) -> str:
    if scope == "loopback":
        return f"{address} (this computer only, for testing)"
    if scope == "public":
        return f"{address} (public address: reachable beyond the room)"
    extra = ", the usual choice" if default_route else ""
    return f"{address} ({scope}{extra})"


def default_route_address() -> str | None:
    """The address the OS would use to reach other networks, or ``None`` when offline."""
    for probe in _ROUTE_PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            try:
                s.connect((probe, 9))
                address = str(s.getsockname()[0])
            except OSError:
                continue
        if address and address != "0.0.0.0" and not address.startswith("127."):
            return address
    return None


def _host_name_addresses() -> list[str]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return [str(info[4][0]) for info in infos]


def list_interfaces() -> list[Interface]:
    """Loopback first, then the default-route address, then the host name's other addresses.

    Other 127.x addresses (Debian maps the host name to 127.0.1.1) are left out: loopback is
    already offered and phones cannot reach any of them.
    """
    route = default_route_address()
    found: list[str] = [LOOPBACK]
    for address in ([route] if route else []) + _host_name_addresses():
        if address not in found and not address.startswith("127.") and address != "0.0.0.0":
            found.append(address)
    result = []
    for address in found:
        scope = address_scope(address)
        is_route = address == route
        result.append(Interface(address, scope, _label(address, scope, is_route), is_route))
    return result


def best_lan_address() -> str:
    """The address to show when the server listens on all interfaces (never ``0.0.0.0``)."""
    for iface in list_interfaces():
        if iface.scope == "local network":
            return iface.address
    return default_route_address() or LOOPBACK


__all__ = [
    "Interface",
    "LOOPBACK",
    "address_scope",
    "best_lan_address",
    "default_route_address",
    "is_local_client",
    "list_interfaces",
]
