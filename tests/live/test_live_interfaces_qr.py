"""The addresses offered to the facilitator, and the QR code the projector shows."""

from __future__ import annotations

import http.client
import ipaddress
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import segno

from workshop_app.live.interfaces import (
    address_scope,
    default_route_address,
    is_local_client,
    list_interfaces,
)
from workshop_app.live.qr import QUIET_ZONE, join_qr_png, join_qr_svg
from workshop_app.live.server import VotingServer

URL = "http://192.168.1.20:50123/?code=ACDEF"


def test_loopback_comes_first_and_every_address_is_usable() -> None:
    found = list_interfaces()
    assert found[0].address == "127.0.0.1" and found[0].scope == "loopback"
    addresses = [i.address for i in found]
    assert len(addresses) == len(set(addresses))
    for iface in found:
        ip = ipaddress.IPv4Address(iface.address)
        assert not ip.is_unspecified
        assert iface.address in iface.label
        assert iface.scope == address_scope(iface.address)
    route = default_route_address()
    if route is not None:
        assert any(i.default_route and i.address == route for i in found)


def test_the_server_answers_on_the_offered_addresses(room: Any, make_client: Any) -> None:
    route = default_route_address()
    for host in ["127.0.0.1"] + ([route] if route else []):
        with VotingServer(host, question=room.question, participants=room.participants,
                          submit=room.submit) as srv:
            assert srv.url.startswith(f"http://{host}:")
            conn = http.client.HTTPConnection(host, srv.port, timeout=5)
            conn.request("GET", f"/question?code={srv.join_code}")
            assert conn.getresponse().status == 200
            conn.close()


@pytest.mark.parametrize("address,scope", [
    ("127.0.0.1", "loopback"), ("192.168.1.20", "local network"), ("10.0.0.5", "local network"),
    ("172.20.1.1", "local network"), ("100.64.3.2", "local network"),
    ("169.254.10.1", "link-local"), ("8.8.8.8", "public"),
])
def test_address_scopes(address: str, scope: str) -> None:
    assert address_scope(address) == scope


@pytest.mark.parametrize("client,local", [
    ("127.0.0.1", True), ("192.168.0.14", True), ("10.1.2.3", True), ("169.254.3.3", True),
    ("100.100.1.1", True), ("::ffff:192.168.0.2", True), ("::1", True),
    ("8.8.8.8", False), ("203.0.113.9", True), ("1.1.1.1", False), ("not-an-ip", False),
])
def test_only_nearby_clients_count_as_local(client: str, local: bool) -> None:
    # 203.0.113.0/24 is documentation space, which Python counts as private.
    assert is_local_client(client) is local


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_qr_png_and_svg_carry_the_join_url() -> None:
    modules = segno.make(URL, error="m", micro=False).symbol_size(scale=1, border=0)[0]
    png = join_qr_png(URL, scale=10)
    assert _png_size(png) == ((modules + 2 * QUIET_ZONE) * 10,) * 2
    svg = join_qr_svg(URL, scale=8)
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert int(root.get("width", "0")) == (modules + 2 * QUIET_ZONE) * 8
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert root.find("s:desc", ns).text == URL  # type: ignore[union-attr]
    assert "join" in root.find("s:title", ns).text.lower()  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_scanning_the_qr_code_gives_the_join_url(tmp_path: Path) -> None:
    image = tmp_path / "join.png"
    image.write_bytes(join_qr_png(URL))
    scanned = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True,
                             text=True, timeout=30)
    assert scanned.stdout.strip() == URL
