"""What the system said (an OSError) is worded in the user's language, never the system's English
("Impossible d'écrire « x » : Is a directory")."""

from __future__ import annotations

import errno
import os

import pytest

from partage_desktop.cli.main import main
from partage_desktop.words.system_errors import reason

CASES = {
    errno.ENOENT: ("fichier ou dossier introuvable", "file or folder not found"),
    errno.EACCES: ("accès refusé", "access denied"),
    errno.EPERM: ("accès refusé", "access denied"),
    errno.EISDIR: ("c'est un dossier, pas un fichier", "it is a folder, not a file"),
    errno.ENOTDIR: ("une partie du chemin n'est pas un dossier", "part of the path is not a folder"),
    errno.ENOSPC: ("le disque est plein", "the disk is full"),
    errno.EROFS: ("le disque est en lecture seule", "the disk is read-only"),
    errno.EEXIST: ("ce fichier existe déjà", "the file already exists"),
    errno.EBUSY: ("le fichier est utilisé par un autre programme", "the file is in use by another program"),
    errno.ETXTBSY: ("le fichier est utilisé par un autre programme", "the file is in use by another program"),
    errno.ENAMETOOLONG: ("le nom ou le chemin est trop long", "the name or the path is too long"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_common_errors_have_native_words_in_both_languages(code):
    exc = OSError(code, os.strerror(code), "/tmp/x")
    fr, en = CASES[code]
    assert reason(exc, "fr") == fr
    assert reason(exc, "en") == en


def test_other_errors_fall_back_to_a_plain_sentence_with_the_code():
    assert reason(OSError(errno.EIO, "Input/output error"), "fr") == "le système a refusé l'opération (erreur 5)"
    assert reason(OSError(errno.EIO, "Input/output error"), "en") == "the system refused the operation (error 5)"
    assert reason(OSError("no errno"), "fr") == "le système a refusé l'opération"
    assert reason(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), "fr") == "ce n'est pas un fichier texte UTF-8"


@pytest.mark.parametrize(("lang", "expected", "english"), [
    ("fr", "Impossible d'écrire « {out} » : c'est un dossier, pas un fichier.", "Is a directory"),
    ("en", "Cannot write “{out}”: it is a folder, not a file.", "Is a directory"),
])
def test_exporting_onto_a_folder_says_so_in_the_users_language(data_dir, tmp_path, capsys, lang, expected, english):
    out = tmp_path / "un dossier"
    out.mkdir()
    code = main(["--data-dir", str(data_dir), "--lang", lang, "journal", "export", "--format", "csv",
                 "--out", str(out)])
    err = capsys.readouterr().err.replace("\u00a0", " ").replace("\u202f", " ")  # French typography
    assert code == 2
    assert expected.format(out=out) in err, err
    assert english not in err
