"""One window per data folder: the first instance holds the folder's lock and listens on a local
socket; a second instance finds the lock taken, asks the first to come forward, and stops."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from partage_desktop.platform.lock import DataFolderBusyError, DataFolderLock

MESSAGE = b"raise\n"


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"partage-{digest}"


class SingleInstance(QObject):
    """``acquire()`` True: we are the instance (``activated`` fires when another one starts)."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = DataFolderLock(folder)
        self.name = server_name(folder)
        self.server: QLocalServer | None = None

    def acquire(self, wait_seconds: float = 1.0) -> bool:
        # A restarting instance may still be closing: give it a moment before saying "busy".
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                self.lock.acquire()
                break
            except DataFolderBusyError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.1)
        # We hold the lock, so a leftover socket can only be from a crashed instance.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The message is a few bytes sent right after connecting: read it here, briefly.
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(500)
            if arrived and bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
                self.activated.emit()
            socket.abort()
            socket.deleteLater()

    def ask_running_instance_to_come_forward(self, timeout_ms: int = 1000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.waitForDisconnected(timeout_ms)  # the other side reads, then hangs up
        socket.abort()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()
