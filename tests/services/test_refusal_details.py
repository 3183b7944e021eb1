"""A refused file's technical detail is in the user's language: no "(File is not a zip file)" or
"(compression ratio)" in a French message."""

from __future__ import annotations

import zipfile

import pytest
from safetydata import add_agreement, prepared

from partage_desktop.cli.main import main
from partage_desktop.core.formatting import french_spacing
from partage_desktop.services.data.session import close_all
from partage_desktop.store.errors import system_detail
from partage_desktop.store.exchange import ExchangeRefused, parse_json
from partage_desktop.words import say


@pytest.fixture
def folder(tmp_path):
    yield prepared(tmp_path / "donnees")
    close_all()


def test_french_refusals_of_exchange_files_have_french_details(folder, tmp_path, capsys):
    not_zip = tmp_path / "photo.partage"
    not_zip.write_bytes(b"GIF89a")
    assert main(["--data-dir", str(folder.root), "exchange", "import", str(not_zip)]) == 3
    err = capsys.readouterr().err
    assert "ce n'est pas un fichier zip" in err and "File is not" not in err

    add_agreement(folder, versions=1)
    good = tmp_path / "bonne.partage"
    assert main(["--data-dir", str(folder.root), "exchange", "export", "--agreement", "ENT-2026-0001",
                 "--out", str(good)]) == 0
    bomb = tmp_path / "bombe.partage"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("versions/big.pdf", b"\0" * (20 * 1024 * 1024))
    capsys.readouterr()
    assert main(["--data-dir", str(folder.root), "exchange", "import", str(bomb)]) == 3
    err = capsys.readouterr().err
    assert "versions/big.pdf (taux de compression démesuré)" in err and "ratio" not in err
    assert main(["--data-dir", str(folder.root), "--lang", "en", "exchange", "import", str(bomb)]) == 3
    assert "(compression ratio)" in capsys.readouterr().err


def test_french_refusal_of_a_damaged_backup_has_a_french_detail(folder, tmp_path, capsys):
    fake = tmp_path / "sauvegarde.zip"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("backup.json", '{"format": "partage-backup", "format_version": 1, '
                                        '"created_at": "2026-11-01T10:00:00"}')
    assert main(["--data-dir", str(folder.root), "backup", "restore", str(fake)]) == 3
    err = capsys.readouterr().err
    assert "la base de données manque" in err and "no database" not in err


@pytest.mark.parametrize("english,french", [
    ("Bad CRC-32 for file 'agreement.json'", "contrôle CRC-32 faux pour « agreement.json »"),
    ("File is not a zip file", "ce n'est pas un fichier zip"),
    ("something nobody foresaw", "contenu illisible"),
])
def test_known_details_are_translated_and_unknown_ones_are_not_left_in_english(english, french):
    detail = system_detail(zipfile.BadZipFile(english))  # a code and its parameters, worded here
    assert say(detail, "fr") == french_spacing(french)  # « » and : with no-break spaces
    assert say(detail, "en") == english


def test_an_unreadable_document_says_where_in_both_languages():
    with pytest.raises(ExchangeRefused) as refused:
        parse_json(b'{\n  "a": 1,\n  oops\n}', "agreement.json")
    assert refused.value.detail.code == "detail_json_line"
    assert say(refused.value.detail, "fr") == french_spacing("agreement.json : illisible à la ligne 3, colonne 1")
    assert say(refused.value.detail, "en") == "agreement.json: line 3 column 1"


def test_a_missing_member_is_named_in_french_too(tmp_path, capsys, folder):
    """The detail of a refusal is a code and its parameters: a member's name reads as it is in both
    languages (the French used to say « contenu illisible manque »)."""
    import json

    from partage_desktop.store.exchange import FORMAT, FORMAT_VERSION, MANIFEST

    incomplete = tmp_path / "incomplet.partage"
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "members": {"agreement.json": {"sha256": "0" * 64, "size": 2}}}
    with zipfile.ZipFile(incomplete, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
    assert main(["--data-dir", str(folder.root), "exchange", "import", str(incomplete)]) == 3
    err = capsys.readouterr().err
    assert "(il manque agreement.json)" in err and "contenu illisible" not in err
    assert main(["--data-dir", str(folder.root), "--lang", "en", "exchange", "import", str(incomplete)]) == 3
    assert "(agreement.json is missing)" in capsys.readouterr().err
