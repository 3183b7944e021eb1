"""Size limits of the zip archives the app reads (exchange files, backups), checked before anything
is extracted and enforced again while reading.

A zip says in its central directory how many members it has and how big each one is, compressed
and not. A hostile archive can declare a member of 1 MiB made of 1 KiB (members of 1 MiB or less
used to skip the ratio check: 650 KB of them held 565 MB in memory), or the same name twice. So:

1. ``check_directory`` refuses, from the directory alone, an archive with too many members, a name
   twice, a member too big, a member that expands too much, or members that together are too big
   or expand too much (the whole archive's ratio, which catches many small members);
2. ``read_member`` and ``copy_member`` never trust the declared sizes: they stop as soon as a member
   grows past what it declared or past what is left of the archive's budget.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from partage_desktop.platform.errors import Message

CHUNK = 1 << 16


class ZipTooBig(Exception):
    """The archive is refused: ``detail`` says which limit (a message code and its parameters)."""

    def __init__(self, detail: Message) -> None:
        super().__init__(str(detail))
        self.detail = detail


@dataclass(frozen=True)
class ZipLimits:
    members: int  # how many members at most
    member: int  # one member, uncompressed
    total: int  # all members, uncompressed
    ratio: int  # uncompressed / compressed, for the whole archive
    member_ratio: int  # the same for one member…
    ratio_from: int  # …bigger than this (a smaller one counts in the whole archive's ratio)
    total_allowance: int  # the whole archive may expand to this much whatever its ratio
    fold_case: bool = True  # "a.pdf" and "A.PDF" count as the same name (one file on Windows)


def check_directory(infos: list[zipfile.ZipInfo], limits: ZipLimits) -> int:
    """Check the declared sizes; returns the total uncompressed size. Raises ZipTooBig."""
    if len(infos) > limits.members:
        raise ZipTooBig(Message.of("detail_members", count=len(infos), most=limits.members))
    seen: set[str] = set()
    total = compressed = 0
    for info in infos:
        key = info.filename.casefold() if limits.fold_case else info.filename
        if key in seen:
            raise ZipTooBig(Message.of("detail_twice", name=info.filename))
        seen.add(key)
        if info.file_size > limits.member:
            raise ZipTooBig(Message.of("detail_member_size", name=info.filename, size=info.file_size))
        if info.file_size > limits.ratio_from and info.file_size > limits.member_ratio * max(info.compress_size, 1):
            raise ZipTooBig(Message.of("detail_ratio", name=info.filename))
        total += info.file_size
        compressed += info.compress_size
        if total > limits.total:
            raise ZipTooBig(Message.of("detail_total_size"))
    if total > limits.total_allowance and total > limits.ratio * max(compressed, 1):
        raise ZipTooBig(Message.of("detail_total_ratio"))
    return total


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """A member's bytes, stopping as soon as it grows past its declared size or ``budget``."""
    limit = min(info.file_size, budget)
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as src:
        while chunk := src.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise ZipTooBig(Message.of("detail_larger_than_declared", name=info.filename))
            chunks.append(chunk)
    return b"".join(chunks)


def copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dst: BinaryIO, budget: int) -> int:
    """Copy a member to ``dst`` with the same guard as ``read_member``; returns the bytes written."""
    limit = min(info.file_size, budget)
    size = 0
    with archive.open(info) as src:
        while chunk := src.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise ZipTooBig(Message.of("detail_larger_than_declared", name=info.filename))
            dst.write(chunk)
    return size
