"""The offline guarantee: any test whose code opens a network connection fails.

Local Unix sockets stay allowed (Qt's QLocalSocket brings a running instance forward; it is C++
and never passes through here anyway)."""

from __future__ import annotations

import socket

import pytest


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []
    real_connect, real_connect_ex, real_sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto

    def local(sock: socket.socket) -> bool:
        return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX

    def connect(self: socket.socket, address: object) -> None:
        if not local(self):
            attempts.append(address)
            raise NetworkUsed(f"Partage is offline: a network connection to {address!r} was attempted")
        return real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if not local(self):
            attempts.append(address)
            raise NetworkUsed(f"Partage is offline: a network connection to {address!r} was attempted")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def sendto(self: socket.socket, data: bytes, *args: object) -> int:
        if not local(self):
            attempts.append(args[-1])
            raise NetworkUsed(f"Partage is offline: a datagram to {args[-1]!r} was attempted")
        return real_sendto(self, data, *args)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        attempts.append(host)
        raise NetworkUsed(f"Partage is offline: a name lookup of {host!r} was attempted")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    if attempts:  # even if the code swallowed the error
        pytest.fail(f"network use attempted (Partage must work offline): {attempts!r}")
