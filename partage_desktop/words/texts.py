"""Bilingual messages of the command line and of start-up problems (shown before Qt is loaded)."""

from __future__ import annotations

import string
from typing import Any

from partage_desktop.core.formatting import french_spacing

_T: dict[str, dict[str, str]] = {
    "usage_error": {
        "fr": "Commande incorrecte : {detail}\nTapez « partage-desktop --help » pour voir les commandes et options.",
        "en": "Incorrect command: {detail}\nType “partage-desktop --help” to see the commands and options.",
    },
    "data_dir_not_writable": {
        "fr": "Impossible d'écrire dans le dossier de données « {path} ». Choisissez un dossier où vous avez le droit d'écrire (option --data-dir), ou demandez l'accès à la personne qui gère cet ordinateur.",
        "en": "Cannot write to the data folder “{path}”. Choose a folder you are allowed to write to (--data-dir option), or ask whoever manages this computer for access.",
    },
    "data_dir_not_a_folder": {
        "fr": "« {path} » est un fichier, pas un dossier. Indiquez un dossier pour les données (option --data-dir).",
        "en": "“{path}” is a file, not a folder. Give a folder for the data (--data-dir option).",
    },
    "db_too_new": {
        "fr": "La base de données « {path} » a été créée par une version plus récente de Partage (révision {revision}). Installez la dernière version de Partage pour l'ouvrir. Le fichier n'a pas été modifié.",
        "en": "The database “{path}” was created by a newer version of Partage (revision {revision}). Install the latest version of Partage to open it. The file was not changed.",
    },
    "db_damaged": {
        "fr": "La base de données « {path} » est endommagée ou n'est pas une base Partage ({detail}). Elle n'a pas été modifiée. Restaurez une sauvegarde : partage-desktop{option} backup restore \"FICHIER\" (une sauvegarde d'une clé USB convient), ou déplacez ce fichier pour repartir d'une base vide.",
        "en": "The database “{path}” is damaged or is not a Partage database ({detail}). It was not changed. Restore a backup: partage-desktop{option} backup restore \"FILE\" (a backup on a USB key will do), or move this file away to start with an empty database.",
    },
    "missing_resource": {
        "fr": "Un fichier de l'application est introuvable ({what}). Réinstallez Partage.",
        "en": "An application file is missing ({what}). Please reinstall Partage.",
    },
    "unexpected": {
        "fr": "Erreur inattendue : {detail}. Les détails sont dans le journal {log}.",
        "en": "Unexpected error: {detail}. Details are in the log {log}.",
    },
    "file_unreadable": {
        "fr": "Impossible de lire le fichier « {path} » : {detail}.",
        "en": "Cannot read the file “{path}”: {detail}.",
    },
    "not_json": {
        "fr": "Le fichier « {path} » n'est pas un fichier de réponses valide (JSON illisible à la ligne {line}).",
        "en": "The file “{path}” is not a valid answers file (unreadable JSON at line {line}).",
    },
    "json_depth": {
        "fr": "Le fichier « {path} » n'est pas un fichier de réponses valide : ses éléments sont imbriqués trop profondément ({where}).",
        "en": "The file “{path}” is not a valid answers file: its items are nested too deeply ({where}).",
    },
    "json_text": {
        "fr": "Le fichier « {path} » n'est pas un fichier de réponses valide : un texte contient un caractère invalide ({where}).",
        "en": "The file “{path}” is not a valid answers file: a text holds an invalid character ({where}).",
    },
    "json_number": {
        "fr": "Le fichier « {path} » n'est pas un fichier de réponses valide : un nombre est hors limites ({where}).",
        "en": "The file “{path}” is not a valid answers file: a number is out of range ({where}).",
    },
    "out_dir_missing": {
        "fr": "Le dossier de destination « {path} » n'existe pas.",
        "en": "The destination folder “{path}” does not exist.",
    },
    "out_not_writable": {
        "fr": "Impossible d'écrire « {path} » : {detail}. Si le fichier est ouvert dans un autre programme, fermez-le, puis réessayez.",
        "en": "Cannot write “{path}”: {detail}. If the file is open in another program, close it and try again.",
    },
    "not_answers_file": {
        "fr": "Le fichier « {path} » n'est pas un fichier de réponses fait pour Partage.",
        "en": "The file “{path}” is not an answers file made for Partage.",
    },
    "answers_unusable": {
        "fr": "Le fichier « {path} » ne peut pas être ouvert dans Partage :\n{reasons}",
        "en": "The file “{path}” cannot be opened in Partage:\n{reasons}",
    },
    "problems_header": {
        "fr": "Le fichier de réponses contient {n} problèmes ; aucun PDF n'a été créé :",
        "en": "The answers file has {n} problems; no PDF was created:",
        "fr_one": "Le fichier de réponses contient un problème ; aucun PDF n'a été créé :",
        "en_one": "The answers file has one problem; no PDF was created:",
        "count": "n",
    },
    "warning": {"fr": "Attention", "en": "Warning"},
    "exported": {
        "fr": "PDF créé : {out} ({pages} pages, empreinte {fingerprint})",
        "en": "PDF created: {out} ({pages} pages, fingerprint {fingerprint})",
    },
    "verify_ok": {
        "fr": "Export de Partage non modifié depuis sa création : entente {reference}, version {version}, « {title} », empreinte {fingerprint}.",
        "en": "Partage export unchanged since it was made: agreement {reference}, version {version}, “{title}”, fingerprint {fingerprint}.",
    },
    "verify_altered": {
        "fr": "ATTENTION : ce PDF a été modifié depuis sa création par Partage (entente {reference}, version {version}, empreinte d'origine {fingerprint}). Ne le signez pas; produisez une nouvelle copie à partir de l'entente enregistrée.",
        "en": "WARNING: this PDF was changed after Partage created it (agreement {reference}, version {version}, original fingerprint {fingerprint}). Do not sign it; make a new copy from the recorded agreement.",
    },
    "verify_damaged": {
        "fr": "ATTENTION : ce PDF porte les marques de Partage, mais les données de l'entente qu'il contient ont été modifiées ou retirées. Ne le signez pas; produisez une nouvelle copie à partir de l'entente enregistrée.",
        "en": "WARNING: this PDF bears Partage's marks, but the agreement data it carries was changed or removed. Do not sign it; make a new copy from the recorded agreement.",
    },
    "verify_foreign": {
        "fr": "Ce PDF n'a pas été produit par Partage (aucune donnée d'entente n'y est jointe) ou ses données ont été retirées.",
        "en": "This PDF was not produced by Partage (no agreement data is attached to it), or its data was removed.",
    },
    "verify_amendment_ok": {
        "fr": "Export de Partage non modifié depuis sa création : avenant n° {number} ({reference}, version {version}) à l'entente {parent}, version {parent_version}, empreinte {fingerprint}.",
        "en": "Partage export unchanged since it was made: amendment No. {number} ({reference}, version {version}) to agreement {parent}, version {parent_version}, fingerprint {fingerprint}.",
    },
    "verify_amendment_altered": {
        "fr": "ATTENTION : ce PDF a été modifié depuis sa création par Partage (avenant n° {number}, {reference}, version {version}, à l'entente {parent}; empreinte d'origine {fingerprint}). Ne le signez pas; produisez une nouvelle copie à partir de l'avenant enregistré.",
        "en": "WARNING: this PDF was changed after Partage created it (amendment No. {number}, {reference}, version {version}, to agreement {parent}; original fingerprint {fingerprint}). Do not sign it; make a new copy from the recorded amendment.",
    },
    "verify_other_version": {
        "fr": "Ce PDF a été produit avec la version {found} du modèle « {template} »; cette version de Partage a la version {current}. Il ne peut pas être vérifié ici : utilisez la version de Partage qui l'a produit.",
        "en": "This PDF was produced with version {found} of template “{template}”; this version of Partage has version {current}. It cannot be verified here: use the version of Partage that produced it.",
    },
    "guides_none": {
        "fr": "Aucun article ne correspond. Essayez d'autres mots, par exemple : {words}.",
        "en": "No article matches. Try other words, for example: {words}.",
    },
    "guides_unknown": {
        "fr": "Article inconnu : « {id} ». La commande « partage-desktop guides search MOTS » donne les identifiants.",
        "en": "Unknown article: “{id}”. The command “partage-desktop guides search WORDS” gives the ids.",
    },
    "guides_write": {
        "fr": "Impossible d'écrire « {path} » : {detail}. Choisissez un autre dossier ou fermez le fichier s'il est ouvert.",
        "en": "Cannot write “{path}”: {detail}. Choose another folder, or close the file if it is open.",
    },
    "guides_printed": {
        "fr": "Livret enregistré : {out}",
        "en": "Booklet saved: {out}",
    },
    "no_agreements": {
        "fr": "Aucune entente dans ce dossier de données.",
        "en": "No agreements in this data folder.",
    },
    # --- journal (issue 6)
    "journal_none": {
        "fr": "Aucune entrée du journal ne correspond. Essayez d'autres mots.",
        "en": "No journal entry matches. Try other words.",
    },
    "limit_negative": {
        "fr": "L'option --limit doit être 0 (tout) ou un nombre positif.",
        "en": "The --limit option must be 0 (all) or a positive number.",
    },
    "demo_entries_range": {
        "fr": "L'option --entries doit être un nombre entre 0 et 1 000 000.",
        "en": "The --entries option must be a number between 0 and 1,000,000.",
    },
    "demo_changed_meanwhile": {
        "fr": "Les données ont été modifiées pendant la création de l'exemple : rien n'a été ajouté. Réessayez quand personne d'autre n'écrit dans ce dossier de données.",
        "en": "The data was changed while the sample was being made: nothing was added. Try again when nobody else is writing to this data folder.",
    },
    "demo_done": {
        "fr": "Exemple créé dans « {path} » : {orgs} organismes, {projects} projets, {agreements} ententes, {entries} entrées de journal ({seconds} s).",
        "en": "Sample created in “{path}”: {orgs} organizations, {projects} projects, {agreements} agreements, {entries} journal entries ({seconds} s).",
    },
    "bad_date": {
        "fr": "L'option {option} attend une date AAAA-MM-JJ, par exemple 2026-01-31 (reçu : « {value} »).",
        "en": "The {option} option expects a YYYY-MM-DD date, for example 2026-01-31 (got “{value}”).",
    },
    "dates_reversed": {
        "fr": "La date de début (--from {start}) est après la date de fin (--to {end}) : le rapport serait vide. Inversez les deux dates.",
        "en": "The start date (--from {start}) is after the end date (--to {end}), so the report would be empty. Swap the two dates.",
    },
    "no_such_project": {
        "fr": "Aucun projet n'a le numéro {id} dans ce dossier de données.",
        "en": "No project has number {id} in this data folder.",
    },
    "journal_csv_done": {
        "fr": "Fichier CSV créé : {out} ({n} entrées).",
        "en": "CSV file created: {out} ({n} entries).",
    },
    "journal_pdf_done": {
        "fr": "Rapport PDF créé : {out} ({pages} pages).",
        "en": "PDF report created: {out} ({pages} pages).",
    },
    # agreement lifecycle (services/agreement_versions.py, amendments, calendar)
    "agreement_missing": {
        "fr": "Aucune entente portant la référence « {reference} » dans ce dossier de données.",
        "en": "No agreement with reference “{reference}” in this data folder.",
    },
    "signed_cannot_change": {
        "fr": "L'entente {reference} est signée : son contenu ne peut plus changer. Pour la modifier, préparez un avenant.",
        "en": "Agreement {reference} is signed: its content can no longer change. To change it, prepare an amendment.",
    },
    "terminated_cannot_change": {
        "fr": "L'entente {reference} est résiliée : elle ne peut plus être exportée ni modifiée.",
        "en": "Agreement {reference} is terminated: it can no longer be exported or changed.",
    },
    "sign_needs_version": {
        "fr": "L'entente {reference} n'a pas encore de version prête à signer. Exportez-la d'abord en PDF.",
        "en": "Agreement {reference} has no version ready to sign yet. Export it as a PDF first.",
    },
    "sign_not_ready": {
        "fr": "L'entente {reference} ne peut pas être marquée comme signée dans son état actuel ({status}).",
        "en": "Agreement {reference} cannot be marked as signed in its current state ({status}).",
    },
    "sign_date_future": {
        "fr": "La date de signature ({value}) est dans le futur. Indiquez la date où la dernière partie a signé.",
        "en": "The signature date ({value}) is in the future. Give the date the last party signed.",
    },
    "scan_too_big": {
        "fr": "La copie numérisée « {path} » est trop volumineuse ({size} Mo; maximum {max} Mo).",
        "en": "The scanned copy “{path}” is too large ({size} MB; maximum {max} MB).",
    },
    "scan_bad_kind": {
        "fr": "La copie numérisée doit être un fichier PDF, JPEG, PNG ou TIFF (reçu : « {path} »).",
        "en": "The scanned copy must be a PDF, JPEG, PNG or TIFF file (got “{path}”).",
    },
    "terminate_needs_signed": {
        "fr": "Seule une entente signée peut être résiliée ({reference} est à l'état « {status} »).",
        "en": "Only a signed agreement can be terminated ({reference} is “{status}”).",
    },
    "terminate_before_signature": {
        "fr": "La date de résiliation ({value}) précède la signature de l'entente ({signed}).",
        "en": "The termination date ({value}) is before the agreement was signed ({signed}).",
    },
    "amend_needs_signed": {
        "fr": "Un avenant se prépare à partir d'une entente signée; {reference} est à l'état « {status} ».",
        "en": "An amendment starts from a signed agreement; {reference} is “{status}”.",
    },
    "amend_no_change": {
        "fr": "L'avenant ne change encore rien à l'entente {reference}. Modifiez au moins un renseignement ou une clause.",
        "en": "The amendment does not change anything in agreement {reference} yet. Change at least one detail or clause.",
    },
    "trash_only_drafts": {
        "fr": "Seul un brouillon peut aller à la corbeille; {reference} est à l'état « {status} ».",
        "en": "Only a draft can go to the trash; {reference} is “{status}”.",
    },
    "fingerprint_unknown": {
        "fr": "Aucune version enregistrée ici ne porte l'empreinte « {value} ». Vérifiez les 16 caractères (12 sur les versions plus anciennes) imprimés au bas des pages.",
        "en": "No version recorded here has the fingerprint “{value}”. Check the 16 characters (12 on older versions) printed at the bottom of the pages.",
    },
    "amend_needs_version": {
        "fr": "L'entente {reference} est marquée signée, mais sa version signée n'est pas enregistrée : un avenant ne peut pas en partir. Exportez de nouveau l'entente, faites-la signer, puis marquez-la signée.",
        "en": "Agreement {reference} is marked signed, but its signed version is not recorded: an amendment cannot start from it. Export the agreement again, have it signed, then mark it signed.",
    },
    "logo_not_image": {
        "fr": "Ce fichier n'est pas une image PNG ou JPEG; choisissez un autre fichier pour le logo.",
        "en": "This file is not a PNG or JPEG image; choose another file for the logo.",
    },
    "logo_too_big": {
        "fr": "Le logo est trop lourd (maximum {max} Ko); choisissez une image plus petite.",
        "en": "The logo is too large (maximum {max} KB); choose a smaller image.",
    },
    "fingerprint_match": {
        "fr": "Cette empreinte est celle de la version {version} de l'entente {reference} enregistrée ici (« {title} »). Comparez la copie papier avec cette version pour vous assurer que rien n'y a été changé à la main.",
        "en": "This fingerprint is that of version {version} of agreement {reference} recorded here (“{title}”). Compare the paper copy with this version to make sure nothing was changed by hand.",
    },
}


def t(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang``; an entry with a ``count`` names the value that picks its
    singular form (``fr_one``/``en_one``)."""
    from partage_desktop.core.agreements.messages import is_singular

    lang = lang if lang in ("fr", "en") else "fr"
    entry = _T[key]
    count = entry.get("count")
    singular = count is not None and bool(count) and f"{lang}_one" in entry and is_singular(values.get(count), lang)
    text = entry[f"{lang}_one" if singular else lang]
    if lang == "fr":
        text = french_spacing(text)
    if "|" in text:
        return _PluralFormatter(lang).vformat(text, (), values)
    return text.format(**values)


class _PluralFormatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> Any:
        if "|" in format_spec and isinstance(value, int):
            one, many = format_spec.split("|", 1)
            return one if (value <= 1 if self.lang == "fr" else value == 1) else many
        return super().format_field(value, format_spec)


def _merge_feature_texts() -> None:
    from partage_desktop.words.texts_cli import CLI_TEXTS
    from partage_desktop.words.texts_safety import SAFETY_TEXTS
    from partage_desktop.words.texts_trust import TRUST_TEXTS
    from partage_desktop.words.texts_trust_data import TRUST_DATA_TEXTS

    _T.update(SAFETY_TEXTS)
    _T.update(TRUST_TEXTS)
    _T.update(TRUST_DATA_TEXTS)
    _T.update(CLI_TEXTS)


_merge_feature_texts()
