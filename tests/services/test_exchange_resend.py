"""A draft sent again: what was imported is remembered, so that a change on one side only is an
update (or nothing to do), and only a change on both sides makes a conflict copy."""

from __future__ import annotations

import json
import sqlite3

from safetydata import add_agreement

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all

REF = "ENT-2026-0001"


def rows(data, sql, *args):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def edit_draft(data, purpose, reference=REF):
    """What the agreement builder does when someone changes the draft and it is autosaved."""
    close_all()
    con = sqlite3.connect(data.database)
    with con:
        (raw,) = con.execute("SELECT answers_json FROM agreement WHERE reference = ?", (reference,)).fetchone()
        answers = json.loads(raw)
        answers["fields"]["purpose"] = purpose
        con.execute("UPDATE agreement SET answers_json = ? WHERE reference = ?",
                    (json.dumps(answers, ensure_ascii=False), reference))
    con.close()


def purposes(data):
    return {ref: json.loads(raw)["fields"]["purpose"]
            for ref, raw in rows(data, "SELECT reference, answers_json FROM agreement ORDER BY reference")}


def send(data, out):
    assert main(["--data-dir", str(data.root), "exchange", "export", "--agreement", REF, "--out", str(out)]) == 0
    return out


def receive(data, path, capsys, *extra):
    capsys.readouterr()
    assert main(["--data-dir", str(data.root), "--lang", "fr", "exchange", "import", str(path), *extra]) == 0
    return capsys.readouterr().out


def test_resent_after_a_change_on_the_sender_only_updates(two_folders, tmp_path, capsys):
    sender, receiver = two_folders
    add_agreement(sender, versions=0, status="draft")
    receive(receiver, send(sender, tmp_path / "x1.partage"), capsys)
    edit_draft(sender, "Prêt de la fourgonnette, corrigé par l'expéditeur")
    x2 = send(sender, tmp_path / "x2.partage")

    said = receive(receiver, x2, capsys, "--dry-run")
    assert "mise à jour de l'entente ENT-2026-0001" in said and "CONFLIT" not in said
    said = receive(receiver, x2, capsys)
    assert "mise à jour" in said
    assert purposes(receiver) == {REF: "Prêt de la fourgonnette, corrigé par l'expéditeur"}


def test_changed_on_both_sides_is_still_a_conflict_copy(two_folders, tmp_path, capsys):
    sender, receiver = two_folders
    add_agreement(sender, versions=0, status="draft")
    receive(receiver, send(sender, tmp_path / "x1.partage"), capsys)
    edit_draft(receiver, "Version du destinataire")
    edit_draft(sender, "Version de l'expéditeur")

    said = receive(receiver, send(sender, tmp_path / "x2.partage"), capsys)
    assert "CONFLIT" in said and "ENT-2026-0001-R1" in said
    assert purposes(receiver) == {REF: "Version du destinataire", f"{REF}-R1": "Version de l'expéditeur"}


def test_the_old_file_again_after_a_change_here_only_is_nothing_to_do(two_folders, tmp_path, capsys):
    sender, receiver = two_folders
    add_agreement(sender, versions=0, status="draft")
    x1 = send(sender, tmp_path / "x1.partage")
    receive(receiver, x1, capsys)
    edit_draft(receiver, "Complété par le destinataire")

    said = receive(receiver, x1, capsys, "--dry-run")
    assert "déjà importé ici" in said and "vos modifications sont conservées" in said
    assert "CONFLIT" not in said and "mise à jour" not in said
    backups_before = rows(receiver, "SELECT COUNT(*) FROM agreement")
    said = receive(receiver, x1, capsys)
    assert "Rien à faire" in said and "sauvegarde" not in said  # nothing written, so no backup either
    assert rows(receiver, "SELECT COUNT(*) FROM agreement") == backups_before == [(1,)]
    assert purposes(receiver) == {REF: "Complété par le destinataire"}


def test_sent_back_after_the_partner_completed_it_updates_the_first_sender(two_folders, tmp_path, capsys):
    """The round trip: A sends, B completes and sends back, A has not touched it meanwhile."""
    sender, receiver = two_folders
    add_agreement(sender, versions=0, status="draft")
    receive(receiver, send(sender, tmp_path / "x1.partage"), capsys)
    edit_draft(receiver, "Complété par le partenaire")
    said = receive(sender, send(receiver, tmp_path / "retour.partage"), capsys)
    assert "mise à jour" in said and "CONFLIT" not in said
    assert purposes(sender) == {REF: "Complété par le partenaire"}


def test_the_sender_changed_it_meanwhile_so_the_return_is_a_conflict(two_folders, tmp_path, capsys):
    sender, receiver = two_folders
    add_agreement(sender, versions=0, status="draft")
    receive(receiver, send(sender, tmp_path / "x1.partage"), capsys)
    edit_draft(receiver, "Complété par le partenaire")
    edit_draft(sender, "Changé par l'expéditeur entre-temps")
    said = receive(sender, send(receiver, tmp_path / "retour.partage"), capsys)
    assert "CONFLIT" in said
    assert purposes(sender) == {REF: "Changé par l'expéditeur entre-temps",
                                f"{REF}-R1": "Complété par le partenaire"}
