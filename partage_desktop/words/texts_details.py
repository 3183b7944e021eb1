"""The technical detail of a refused file (a damaged backup, a hostile exchange file) in the
user's language. The store layer words its reasons in English, for the log; a French refusal must
not end in "(File is not a zip file)"."""

from __future__ import annotations

import re

from partage_desktop.words.typography import french_spacing

# (pattern over the English detail, French wording); \1… are the names and numbers it carries.
_FRENCH: tuple[tuple[str, str], ...] = (
    (r"File is not a zip file", "ce n'est pas un fichier zip"),
    (r"(.+) \(compression ratio\)", r"\1 (taux de compression démesuré)"),
    (r"(.+) \(larger than declared\)", r"\1 (plus gros qu'annoncé)"),
    (r"(.+) \(twice\)", r"\1 (en double)"),
    (r"total size", "taille totale"),
    (r"total compression ratio", "taux de compression démesuré"),
    (r"(\d+) members \(at most (\d+)\)", r"\1 éléments (au plus \2)"),
    (r"(.+) \((\d+) bytes\)", r"\1 (\2 octets)"),
    (r"archive", "archive"),
    (r"(\d+) members", r"\1 éléments"),
    (r"no member list", "la liste des éléments manque"),
    (r"no database", "la base de données manque"),
    (r"no (\S+\.json)", r"\1 manque"),
    (r"(.+) is not listed in the manifest", r"\1 ne figure pas dans la liste du contenu"),
    (r"not a Partage exchange file", "ce n'est pas un fichier d'échange de Partage"),
    (r"unexpected member (.+)", r"élément inattendu \1"),
    (r"unsafe path (.+)", r"chemin dangereux \1"),
    (r"(\S+): .*\bline (\d+) column (\d+).*", r"\1 : illisible à la ligne \2, colonne \3"),
    (r"(\S+): (\S+) is not allowed", r"\1 : la valeur \2 n'est pas permise"),
    (r"(\S+): depth \((.*)\)", r"\1 : éléments imbriqués trop profondément (\2)"),
    (r"(\S+): text \((.*)\)", r"\1 : caractère invalide dans un texte (\2)"),
    (r"(\S+): number \((.*)\)", r"\1 : nombre hors limites (\2)"),
    (r"(\S+): .*(?:codec can't decode|Unicode).*", r"\1 : caractères illisibles"),
    (r"Bad CRC-32 for file '(.+)'", r"contrôle CRC-32 faux pour « \1 »"),
    (r"Truncated file header", "en-tête de fichier tronqué"),
    (r"Bad magic number for file header", "en-tête de fichier invalide"),
    (r"Error -?\d+ while decompressing data.*", "données compressées illisibles"),
    (r"That compression method is not supported", "méthode de compression non prise en charge"),
    (r"File (.+) is encrypted, password required for extraction", r"\1 est chiffré (mot de passe requis)"),
    (r"database disk image is malformed", "la base de données est abîmée"),
    (r"file is not a database", "ce n'est pas une base de données"),
    (r"'?(\d+|None)'?", r"\1"),  # a format version
)


def detail_text(detail: str, lang: str) -> str:
    """``detail`` as the user reads it: English as it is; French translated, or, for a wording this
    table does not know, a plain French phrase (the English stays in the log)."""
    if lang != "fr" or not detail:
        return detail
    for pattern, french in _FRENCH:
        match = re.fullmatch(pattern, detail, flags=re.DOTALL)
        if match:
            return match.expand(french_spacing(french))  # spacing of our wording, not of the names
    if "row " in detail or "Page " in detail or "***" in detail:  # PRAGMA integrity_check's report
        return "le contrôle d'intégrité a trouvé des erreurs"
    return "contenu illisible"
