"""resources book and resources ics on the command line: exit codes and words in fr and en."""

from __future__ import annotations

import pytest
from bookings_support import add_organization, add_resource
from safetydata import prepared

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all


@pytest.fixture
def folder(data_dir):
    data = prepared(data_dir)
    yield data
    close_all()


def book(folder, *args: str, lang: str = "fr") -> int:
    return main(["--data-dir", str(folder.root), "--lang", lang, "resources", "book", *args])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_book_then_overlap_exits_2_naming_the_booking_in_the_way(folder, capsys, lang):
    van = add_resource(folder, "Camionnette")
    add_organization(folder, "Centre des Loisirs")
    assert book(folder, str(van), "--from", "2030-03-02 09:00", "--to", "2030-03-02 12:00",
                "--for", "centre des loisirs", lang=lang) == 0
    out = capsys.readouterr().out
    assert ("Réservation n°\u00a01 demandée" if lang == "fr" else "Booking no. 1 requested") in out
    assert book(folder, str(van), "--from", "2030-03-02T11:00", "--to", "2030-03-02T13:00", lang=lang) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    if lang == "fr":
        assert "réservée le 2 mars 2030 de 9\u00a0h à 12\u00a0h par Centre des Loisirs (réservation n°\u00a01" \
            in captured.err
    else:
        assert "booked on March 2, 2030, from 9:00\u00a0a.m. to 12:00\u00a0p.m. by Centre des Loisirs " \
               "(booking no. 1" in captured.err
    # the boundary: from noon is free
    assert book(folder, str(van), "--from", "2030-03-02 12:00", "--to", "2030-03-02 13:00", "--for", "Julie",
                lang=lang) == 0


def test_book_wrong_input_exits_2_naming_the_field(folder, capsys):
    van = add_resource(folder, "Camionnette")
    assert book(folder, str(van), "--from", "demain", "--to", "2030-03-02 12:00", lang="en") == 2
    assert "--from (start): “demain” is not a date and time" in capsys.readouterr().err
    assert book(folder, "999", "--from", "2030-03-02 09:00", "--to", "2030-03-02 12:00") == 2
    assert "la ressource n°\u00a0999 n'existe pas" in capsys.readouterr().err
    assert book(folder, str(van), "--from", "2030-03-02 09:00", "--to", "2030-03-02 08:00", lang="en") == 2
    assert "End: the end must come after the start." in capsys.readouterr().err
    assert book(folder, str(van), "--from", "2030-03-02 09:00", "--to", "2030-03-02 10:00", "--for", "42") == 2
    assert "aucun organisme du carnet d'adresses" in capsys.readouterr().err


def test_ics_written_and_refused_over_an_existing_file(folder, capsys, tmp_path):
    from icalendar import Calendar

    room = add_resource(folder, "Salle", kind="premises")
    assert book(folder, str(room), "--from", "2030-03-02 09:00", "--to", "2030-03-02 12:00") == 0
    out = tmp_path / "reservations.ics"
    assert main(["--data-dir", str(folder.root), "resources", "ics", "--out", str(out)]) == 0
    assert "1\u00a0réservation écrite" in capsys.readouterr().out
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 1
    assert main(["--data-dir", str(folder.root), "--lang", "en", "resources", "ics", "--out", str(out)]) == 2
    assert capsys.readouterr().err.strip()
