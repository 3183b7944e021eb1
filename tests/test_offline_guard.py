"""The offline guard itself: a network connection fails the test, a local socket does not."""

from __future__ import annotations

import socket

import pytest
from offline_guard import NetworkUsed


def test_tcp_connection_is_refused_and_recorded(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    assert no_network == [("192.0.2.1", 80)] or no_network == ["192.0.2.1"]
    no_network.clear()  # the guard saw it; this test is about the guard, so it may pass


def test_name_lookup_is_refused(no_network):
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    no_network.clear()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")
def test_local_unix_sockets_stay_allowed(tmp_path, no_network):
    path = str(tmp_path / "s")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(1)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(path)
    client.close()
    server.close()
    assert no_network == []
