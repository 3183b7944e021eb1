"""Bookings on the command line: ``resources book RESOURCE_ID --from DATETIME --to DATETIME
[--for ORG]`` (exit 2 when it overlaps, naming the booking in the way, in the words the window
uses) and ``resources ics --out FILE.ics``."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from partage_desktop.cli.help import h
from partage_desktop.cli.safety import writer_lock
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.database import prepare
from partage_desktop.words import error_lines, say, t, tn

ACTIONS = ("book", "ics")


def add_actions(resources: Any, action: Any) -> None:
    book = action(resources, "book", "resources_book")
    book.add_argument("resource_id", type=int, metavar="RESOURCE_ID", help=h("resource_id"))
    book.add_argument("--from", dest="starts", required=True, metavar="DATETIME", help=h("booking_from"))
    book.add_argument("--to", dest="ends", required=True, metavar="DATETIME", help=h("booking_to"))
    book.add_argument("--for", dest="borrower", default=None, metavar="ORG", help=h("booking_for"))
    book.add_argument("--quantity", type=int, default=1, metavar="N", help=h("booking_quantity"))
    ics = action(resources, "ics", "resources_ics")
    ics.add_argument("--out", type=Path, required=True, metavar="FILE.ics", help=h("out_file"))
    ics.add_argument("--force", action="store_true", help=h("force_out"))


def _datetime(value: str, field: str) -> datetime | Message:
    try:
        return datetime.fromisoformat(value.strip().replace(" ", "T", 1) if "T" not in value else value.strip())
    except ValueError:
        return Message.of("resource_book_bad_datetime", field=Message.of(field), value=value)


def _organization(data: datadir.DataDir, value: str) -> tuple[int | None, str]:
    """(organization id, typed borrower): a number or a name of the address book, else a person's
    or group's name typed as it is."""
    from partage_desktop.services.organizations.address_book import (  # deferred: SQLAlchemy
        list_organizations,
    )

    wanted = " ".join(value.split())
    orgs = list_organizations(data)
    if wanted.isdigit():
        for org in orgs:
            if org.id == int(wanted):
                return org.id, ""
        raise UserInputError([Message.of("resource_book_no_org", value=value)])
    for org in orgs:
        if org.legal_name.casefold() == wanted.casefold():
            return org.id, ""
    return None, wanted


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    if args.action == "ics":
        return _ics(args, data, lang)
    return _book(args, data, lang)


def _book(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.resources.bookings import (  # deferred: SQLAlchemy
        get_booking,
        request_booking,
        span_message,
    )

    starts, ends = _datetime(args.starts, "resource_book_field_from"), _datetime(args.ends, "resource_book_field_to")
    problems = [say(p, lang) for p in (starts, ends) if isinstance(p, Message)]
    if problems:
        raise UserInputError(problems)
    assert isinstance(starts, datetime) and isinstance(ends, datetime)
    datadir.ensure_writable(data)
    with writer_lock(data, lang):
        prepare(data, lang)
        organization_id, borrower = _organization(data, args.borrower) if args.borrower else (None, "")
        try:
            number = request_booking(data, args.resource_id, starts.replace(tzinfo=None), ends.replace(tzinfo=None),
                                     organization_id=organization_id, borrower=borrower, quantity=args.quantity)
        except UserInputError as exc:
            raise UserInputError(error_lines(exc, lang)) from exc
        booking = get_booking(data, number, lang)
    print(t("resource_book_done", lang, number=number, resource=booking.resource_title,
            span=say(span_message(booking.starts_at, booking.ends_at), lang)))
    return 0


def _ics(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    from partage_desktop.services.data.outputs import (  # deferred: not needed at start-up
        check_output,
    )
    from partage_desktop.services.resources.bookings import export_ics  # deferred: SQLAlchemy

    out = check_output(args.out, data, lang, args.force)
    if not out.parent.is_dir():
        raise UserInputError([t("out_dir_missing", lang, path=out.parent)])
    datadir.ensure_writable(data)
    prepare(data, lang)
    count = export_ics(data, out, lang)
    print(tn("resource_ics_done", count, lang, path=out))
    return 0
