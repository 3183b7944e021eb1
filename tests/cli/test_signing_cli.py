"""``agreement sign``, ``certificates list|import|remove`` and what ``agreement verify`` says about
a signed file, as a script or a person at a terminal uses them (exit codes as CONTRACTS.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from signing_support import change_a_page, make_key, with_fields

from partage_desktop.cli.main import main
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.data.session import close_all

EXAMPLE = str(templates_dir() / "examples" / "pret-materiel.json")


@pytest.fixture(autouse=True)
def _no_env_data_dir(monkeypatch):
    monkeypatch.delenv("PARTAGE_DATA_DIR", raising=False)
    yield
    close_all()


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cles")
    return (make_key(folder, "cab", "Marie-Claude Gagnon", "Centre d'action bénévole", "mcg@example.org", "un"),
            make_key(folder, "comptoir", "Jean-François Tremblay", "Comptoir", "jft@example.org", "deux"))


def password_file(folder: Path, text: str) -> Path:
    path = folder / f"mdp-{abs(hash(text))}.txt"
    path.write_text(text + "\n", "utf-8")
    return path


@pytest.fixture
def recorded(tmp_path, capsys):
    """An agreement exported and recorded in a data folder, with its signature fields."""
    data = tmp_path / "donnees"
    out = tmp_path / "export.pdf"
    assert main(["--data-dir", str(data), "agreement", "export", "--answers", EXAMPLE, "--out", str(out),
                 "--record"]) == 0
    ready = tmp_path / "entente.pdf"
    ready.write_bytes(with_fields(out.read_bytes(), 2))
    capsys.readouterr()
    return data, ready


def sign(source: Path, party: int, key, out: Path, *extra: str) -> int:
    return main(["agreement", "sign", str(source), "--party", str(party), "--key", str(key.p12), "--out", str(out),
                 "--password-file", str(password_file(out.parent, key.password)), *extra])


def test_two_parties_sign_then_verify_lists_both(recorded, keys, capsys):
    data, ready = recorded
    first, second = ready.with_name("signe-1.pdf"), ready.with_name("signe-2.pdf")
    assert sign(ready, 1, keys[0], first) == 0
    out = capsys.readouterr().out
    assert "Signé pour la partie 1 (Centre d'action bénévole de la Rivière-du-Nord) par Marie-Claude Gagnon" in out
    assert "Il reste une partie à signer\u00a0: 2." in out

    assert sign(first, 2, keys[1], second, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["party"], result["signer"], result["pending"]) == (2, "Jean-François Tremblay", [])

    assert main(["--data-dir", str(data), "agreement", "verify", str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Copie identique")
    assert lines[1] == "Ce fichier porte 2 signatures électroniques (le document est vérifié ci-dessus tel " \
        "qu'il était avant elles)\u00a0:"
    assert lines[2].startswith("Signé pour Centre d'action bénévole de la Rivière-du-Nord par Marie-Claude Gagnon")
    assert lines[3].startswith("Signé pour Comptoir alimentaire L'Entraide par Jean-François Tremblay")
    assert all("certificat inconnu ici" in line for line in lines[2:4])

    assert main(["--data-dir", str(data), "certificates", "import", str(keys[0].pem)]) == 0
    assert "Ajouté aux certificats de confiance\u00a0: Marie-Claude Gagnon" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "agreement", "verify", str(second), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "identical" and report["added_after"] == []
    assert [(s["party"], s["field"], s["signer"], s["intact"], s["valid"], s["trusted"])
            for s in report["signatures"]] == [(1, "party-1", "Marie-Claude Gagnon", True, True, True),
                                               (2, "party-2", "Jean-François Tremblay", True, True, False)]
    assert report["signatures"][0]["certificate_sha256"] == keys[0].sha256
    assert report["signatures"][0]["signed_at"]


def test_verify_reports_a_change_after_signing_with_exit_3(recorded, keys, tmp_path, capsys):
    data, ready = recorded
    signed = tmp_path / "signe.pdf"
    assert sign(ready, 1, keys[0], signed) == 0
    changed = tmp_path / "modifie.pdf"
    changed.write_bytes(change_a_page(signed.read_bytes()))
    capsys.readouterr()
    assert main(["--data-dir", str(data), "--lang", "en", "agreement", "verify", str(changed)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("Copy identical to version 1 of agreement")
    assert "This file carries an electronic signature (the document is checked above as it was before it):" in err
    assert "the file was changed (pages, content or attachments): what it shows is no longer what was signed" in err
    assert main(["--data-dir", str(data), "agreement", "verify", str(changed), "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["status"] == "identical" and len(report["added_after"]) == 1


def test_an_unsigned_export_has_an_empty_signatures_list(recorded, capsys):
    data, ready = recorded
    assert main(["--data-dir", str(data), "agreement", "verify", str(ready), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["signatures"] == [] and report["status"] == "identical"


def test_wrong_input_exits_2_and_writes_nothing(recorded, keys, tmp_path, capsys):
    _, ready = recorded
    out = tmp_path / "signe.pdf"
    assert main(["agreement", "sign", str(ready), "--party", "1", "--key", str(keys[0].p12), "--out", str(out),
                 "--password-file", str(password_file(tmp_path, "faux"))]) == 2
    assert "Le mot de passe n'ouvre pas la clé «\u00a0cab.p12\u00a0»" in capsys.readouterr().err
    assert sign(ready, 5, keys[0], out) == 2
    assert "n'a pas de partie 5" in capsys.readouterr().err
    assert sign(tmp_path / "absent.pdf", 1, keys[0], out) == 2
    assert "absent.pdf" in capsys.readouterr().err
    assert main(["agreement", "sign", str(ready), "--party", "1", "--key", str(tmp_path / "absente.p12"),
                 "--out", str(out), "--password-file", str(password_file(tmp_path, "un"))]) == 2
    assert "--key" in capsys.readouterr().err
    assert main(["agreement", "sign", str(ready), "--party", "un", "--key", str(keys[0].p12), "--out", str(out)]) == 2
    assert "--party" in capsys.readouterr().err
    assert main(["agreement", "sign", str(ready), "--party", "1", "--key", str(keys[0].p12), "--out", str(out),
                 "--password-file", str(tmp_path / "nulle-part.txt")]) == 2
    assert "--password-file" in capsys.readouterr().err
    existing = tmp_path / "deja.pdf"
    existing.write_bytes(b"a moi")
    assert sign(ready, 1, keys[0], existing) == 2  # an existing file is kept unless --force
    assert existing.read_bytes() == b"a moi"
    assert not out.exists()


def test_signing_twice_for_the_same_party_is_refused(recorded, keys, tmp_path, capsys):
    _, ready = recorded
    signed = tmp_path / "signe.pdf"
    assert sign(ready, 1, keys[0], signed) == 0
    capsys.readouterr()
    assert sign(signed, 1, keys[1], signed) == 2  # in place: the file itself stays as it was
    assert "La partie 1 (Centre d'action bénévole de la Rivière-du-Nord) a déjà signé cette copie." \
        in capsys.readouterr().err


def test_the_password_is_asked_without_echo_when_no_file_is_given(recorded, keys, tmp_path, capsys, monkeypatch):
    _, ready = recorded
    asked: list[str] = []

    def getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return keys[0].password

    monkeypatch.setattr("getpass.getpass", getpass)
    out = tmp_path / "signe.pdf"
    assert main(["--lang", "en", "agreement", "sign", str(ready), "--party", "1", "--key", str(keys[0].p12),
                 "--out", str(out)]) == 0
    assert asked == ["Key password: "] and out.is_file()

    def no_terminal(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", no_terminal)
    assert main(["agreement", "sign", str(out), "--party", "2", "--key", str(keys[1].p12), "--out",
                 str(tmp_path / "x.pdf")]) == 2
    assert "--password-file" in capsys.readouterr().err


def test_certificates_list_import_remove(keys, tmp_path, capsys):
    data = tmp_path / "donnees"
    assert main(["--data-dir", str(data), "certificates", "list"]) == 2  # a mistyped folder, as elsewhere
    assert not data.exists()  # listing never creates the data folder
    data.mkdir()
    assert main(["--data-dir", str(data), "certificates", "list"]) == 0
    assert "Aucun certificat de confiance" in capsys.readouterr().out
    assert list(data.iterdir()) == []  # nor a database

    both = tmp_path / "partenaires.pem"
    both.write_bytes(keys[0].pem.read_bytes() + keys[1].pem.read_bytes())
    assert main(["--data-dir", str(data), "certificates", "import", str(both)]) == 0
    assert capsys.readouterr().out.count("Ajouté aux certificats de confiance") == 2
    assert main(["--data-dir", str(data), "certificates", "import", str(keys[0].pem)]) == 0
    assert "Déjà parmi les certificats de confiance" in capsys.readouterr().out

    assert main(["--data-dir", str(data), "certificates", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(c["sha256"] for c in listed) == sorted([keys[0].sha256, keys[1].sha256])
    assert {"name", "organization", "email", "not_before", "not_after", "source"} <= set(listed[0])

    assert main(["--data-dir", str(data), "--lang", "en", "certificates", "remove", keys[1].sha256[:12]]) == 0
    assert "Removed from the trusted certificates: Jean-François Tremblay" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "certificates", "remove", keys[1].sha256]) == 2
    assert "Aucun certificat de confiance n'a l'empreinte" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "certificates", "list"]) == 0
    assert capsys.readouterr().out.startswith(keys[0].sha256)


def test_certificates_import_refuses_bad_files_with_exit_2(tmp_path, capsys):
    data = tmp_path / "donnees"
    assert main(["--data-dir", str(data), "certificates", "import", str(tmp_path / "absent.pem")]) == 2
    assert "absent.pem" in capsys.readouterr().err
    junk = tmp_path / "bizarre.cer"
    junk.write_bytes(b"\x30\x82\xff\xff" + b"\x00" * 100)
    assert main(["--data-dir", str(data), "--lang", "en", "certificates", "import", str(junk)]) == 2
    assert "“bizarre.cer” holds an unreadable or damaged certificate: nothing was imported." \
        in capsys.readouterr().err


@pytest.mark.parametrize("lang, words", [("fr", "signer électroniquement"), ("en", "sign an exported agreement")])
def test_help_in_both_languages(lang, words, capsys):
    with pytest.raises(SystemExit):
        main(["--lang", lang, "agreement", "--help"])
    assert words in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", lang, "certificates", "--help"])
    assert "import" in capsys.readouterr().out


def test_a_real_terminal_sees_no_library_noise(recorded, keys, tmp_path):
    """cryptography warns about DSA keys when pyHanko imports it, and pyHanko logs every
    self-signed certificate as a warning: none of it reaches the person at the terminal."""
    data, ready = recorded
    signed = tmp_path / "signe.pdf"
    assert sign(ready, 1, keys[0], signed) == 0
    result = subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data), "agreement",
                             "verify", str(signed)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Marie-Claude Gagnon" in result.stdout
