"""Our organization's logo: one image file in the data folder, printed on the agreements we draft."""

from __future__ import annotations

from partage_desktop.core.agreements import logo as core_logo
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services import changes

FOLDER = "profil"
NAMES = {"png": "logo.png", "jpeg": "logo.jpg"}


def _files(data: DataDir) -> list:
    folder = data.root / FOLDER
    return [folder / name for name in NAMES.values()]


def own_logo(data: DataDir) -> bytes | None:
    for path in _files(data):
        if path.is_file():
            try:
                content = path.read_bytes()
            except OSError:
                return None
            return content if core_logo.image_kind(content) and _printable(content) else None
    return None


def _printable(content: bytes) -> bool:
    from partage_desktop.pdf.images import readable_image  # deferred: not needed at start-up

    return readable_image(content)


def own_logo_b64(data: DataDir) -> str:
    """What a new draft carries in ``meta.logo`` ("" when we have no logo)."""
    content = own_logo(data)
    return core_logo.encode(content) if content else ""


def set_own_logo(data: DataDir, content: bytes, lang: str) -> None:
    """Keep ``content`` (PNG or JPEG, at most core.logo.MAX_BYTES) as our logo, replacing any other."""
    kind = core_logo.image_kind(content)
    if kind is None:
        raise UserInputError([Message.of("logo_not_image")])
    if len(content) > core_logo.MAX_BYTES:
        raise UserInputError([Message.of("logo_too_big", max=core_logo.MAX_BYTES // 1024)])
    if not _printable(content):  # a PNG or JPEG header in front of damaged data
        raise UserInputError([Message.of("logo_not_image")])
    target = data.root / FOLDER / NAMES[kind]
    atomic.write_bytes(target, content, private=True)
    for path in _files(data):
        if path != target:
            path.unlink(missing_ok=True)
    changes.announce(data, changes.ORGANIZATIONS, logo=[kind])


def clear_own_logo(data: DataDir) -> None:
    for path in _files(data):
        path.unlink(missing_ok=True)
    changes.announce(data, changes.ORGANIZATIONS, logo=["none"])
