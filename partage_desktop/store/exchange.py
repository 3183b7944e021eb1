"""Exchange files (``.partage``): a zip that carries data from one organization's PC to another's.

``manifest.json`` says which format version it is, what it holds and the SHA-256 and size of every
other member. Reading is defensive and all-or-nothing: an archive is refused whole when a member's
path could leave the target (``../``, absolute paths, drive letters, backslashes), when a member is a
link, when it expands to absurd sizes (declared sizes checked first, actual sizes while reading),
when a JSON document is invalid, when a checksum is missing or wrong, or when the format version
is unknown. Nothing is ever extracted to disk here: members are returned as bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from partage_desktop.platform.atomic import give_usual_permissions
from partage_desktop.platform.errors import Message
from partage_desktop.platform.json_input import JsonInputError, loads
from partage_desktop.store.errors import StoreError, plain, system_detail, version_detail
from partage_desktop.store.safety.zip_limits import (
    ZipLimits,
    ZipTooBig,
    check_directory,
    read_member,
)

FORMAT = "partage-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUFFIX = ".partage"
MAX_ARCHIVE = 512 * 1024 * 1024  # bytes on disk
MAX_MEMBERS = 10_000
MAX_MEMBER = 128 * 1024 * 1024  # one member, uncompressed
MAX_TOTAL = 512 * 1024 * 1024  # all members, uncompressed
MAX_JSON = 16 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MB
# The whole archive: past 32 MiB, at most 100 times its compressed size (a page of JSON compresses
# about tenfold, a PDF or a photo hardly at all), so that a small file never fills the memory.
LIMITS = ZipLimits(members=MAX_MEMBERS, member=MAX_MEMBER, total=MAX_TOTAL, ratio=100, member_ratio=MAX_RATIO,
                   ratio_from=1024 * 1024, total_allowance=32 * 1024 * 1024)
_DRIVE = re.compile(r"^[A-Za-z]:")
_SEGMENT = re.compile(r"[^\x00-\x1f\x7f<>:\"|?*\\]+")  # matched whole (fullmatch)


class ExchangeRefused(StoreError):
    """The archive is refused whole. ``reason``: not_exchange | damaged | unsafe_path | link |
    too_big | bad_json | checksum | unknown_version | too_new | missing."""

    def __init__(self, reason: str, detail: Message | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail  # what exactly, as a message code and its parameters


@dataclass(frozen=True)
class ExchangeContent:
    manifest: dict[str, Any]
    members: dict[str, bytes]

    def json(self, name: str) -> Any:
        return parse_json(self.members[name], name)


def parse_json(raw: bytes, name: str) -> Any:
    """A member's JSON, with the limits of core.json_input (depth, lone surrogates, numbers)."""

    if len(raw) > MAX_JSON:
        raise ExchangeRefused("too_big", plain(name))
    try:
        return loads(raw.decode("utf-8"))
    except JsonInputError as exc:
        detail = Message.of("detail_json_line", name=name, line=exc.line, column=1) if exc.reason == "syntax" \
            else Message.of(f"detail_json_{exc.reason}", name=name, where=exc.where)
        raise ExchangeRefused("bad_json", detail) from exc
    except UnicodeDecodeError as exc:
        raise ExchangeRefused("bad_json", Message.of("detail_json_encoding", name=name, error=str(exc))) from exc


def safe_member_name(name: str) -> bool:
    """A relative path with plain segments: nothing that could leave the folder it is read into."""
    if not name or len(name) > 400 or name.startswith("/") or _DRIVE.match(name) or "\\" in name:
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") and _SEGMENT.fullmatch(part) and part == part.strip(" .")
               for part in parts)


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode) if mode else False


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    try:
        check_directory(infos, LIMITS)  # count, sizes, ratios: before any member is read
    except ZipTooBig as exc:
        raise ExchangeRefused("too_big", exc.detail) from exc
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if not safe_member_name(name.rstrip("/") if info.is_dir() else name):
            raise ExchangeRefused("unsafe_path", plain(name))
        if _is_link(info):
            raise ExchangeRefused("link", plain(name))
        if name in seen or name.casefold() in seen:
            raise ExchangeRefused("unsafe_path", Message.of("detail_twice", name=name))
        seen.update((name, name.casefold()))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Read a member, never trusting its declared size: stop as soon as it grows past it."""
    try:
        return read_member(archive, info, budget)
    except ZipTooBig as exc:
        raise ExchangeRefused("too_big", exc.detail) from exc


def read_archive(path: Path) -> ExchangeContent:
    """Check and read a whole exchange file; raise ExchangeRefused on the first problem."""
    try:
        if path.stat().st_size > MAX_ARCHIVE:
            raise ExchangeRefused("too_big", Message.of("detail_archive"))
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ExchangeRefused("not_exchange", system_detail(exc)) from exc
    with archive:
        try:
            infos = archive.infolist()
            _check_entries(infos)
            files = [i for i in infos if not i.is_dir()]
            by_name = {i.filename: i for i in files}
            if MANIFEST not in by_name:
                raise ExchangeRefused("not_exchange", Message.of("detail_no_json", name=MANIFEST))
            manifest = parse_json(_read_member(archive, by_name[MANIFEST], MAX_JSON), MANIFEST)
            declared = _check_manifest(manifest)
            extra = sorted(set(by_name) - set(declared) - {MANIFEST})
            if extra:
                raise ExchangeRefused("checksum", Message.of("detail_not_listed", name=extra[0]))
            missing = sorted(set(declared) - set(by_name))
            if missing:
                raise ExchangeRefused("missing", plain(missing[0]))
            members: dict[str, bytes] = {}
            budget = MAX_TOTAL
            for name, expected in declared.items():
                raw = _read_member(archive, by_name[name], budget)
                budget -= len(raw)
                if len(raw) != expected["size"] or hashlib.sha256(raw).hexdigest() != expected["sha256"]:
                    raise ExchangeRefused("checksum", plain(name))
                members[name] = raw
        except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError, zlib.error) as exc:
            # RuntimeError: encrypted member; NotImplementedError: unknown compression;
            # zlib.error: a damaged compressed stream
            raise ExchangeRefused("damaged", system_detail(exc)) from exc
    return ExchangeContent(manifest, members)


def _check_manifest(manifest: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeRefused("not_exchange", Message.of("detail_not_exchange"))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeRefused("unknown_version", version_detail(version))
    if version > FORMAT_VERSION:
        raise ExchangeRefused("too_new", plain(version))
    if version != FORMAT_VERSION:
        raise ExchangeRefused("unknown_version", plain(version))
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise ExchangeRefused("checksum", Message.of("detail_no_member_list"))
    out: dict[str, dict[str, Any]] = {}
    for name, entry in members.items():
        if not isinstance(name, str) or not safe_member_name(name) or name == MANIFEST:
            raise ExchangeRefused("unsafe_path", plain(name))
        if not isinstance(entry, dict):
            raise ExchangeRefused("checksum", plain(name))
        digest, size = entry.get("sha256"), entry.get("size")
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ExchangeRefused("checksum", plain(name))
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_MEMBER:
            raise ExchangeRefused("checksum", plain(name))
        out[name] = {"sha256": digest, "size": size}
    return out


def write_archive(out: Path, kind: str, members: dict[str, bytes], holds: dict[str, int],
                  app_version: str = "", now: datetime | None = None) -> None:
    """Write an exchange file atomically (temporary file in the same folder, then rename)."""
    for name in members:
        assert safe_member_name(name) and name != MANIFEST, name
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
        "created_at": (now or datetime.now()).isoformat(timespec="seconds"), "app_version": app_version,
        "holds": holds,
        "members": {name: {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
                    for name, raw in sorted(members.items())},
    }
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            for name, raw in sorted(members.items()):
                archive.writestr(name, raw)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        give_usual_permissions(tmp, out)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def archive_kind(path: Path) -> str | None:
    """What an exchange file says it holds ("agreement", "project"), read from its manifest only;
    None when that cannot be read (the full check then says why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_JSON or _is_link(info):
                return None
            manifest = parse_json(_read_member(archive, info, MAX_JSON), MANIFEST)
    except (OSError, KeyError, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError,
            zlib.error, ExchangeRefused):
        return None
    kind = manifest.get("kind") if isinstance(manifest, dict) else None
    return kind if isinstance(kind, str) else None
