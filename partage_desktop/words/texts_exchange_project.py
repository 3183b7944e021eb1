"""Bilingual messages of project exchange files (merged into texts_safety.py's table)."""

from __future__ import annotations

PROJECT_EXCHANGE_TEXTS: dict[str, dict[str, str]] = {
    "exchange_no_project": {
        "fr": "Aucun projet avec le numéro {id}. Projets de ce dossier de données (numéro, nom) : {projects}",
        "en": "No project has the number {id}. Projects in this data folder (number, name): {projects}",
    },
    "exchange_project_exported": {
        "fr": "Fichier d'échange créé : {out} (projet « {project} » : {entries} {entries:entrée|entrées} de journal, {attachments} {attachments:pièce jointe|pièces jointes}, {agreements} {agreements:entente|ententes} ; {private} {private:entrée privée gardée|entrées privées gardées} ici). Envoyez-le à l'organisme partenaire par courriel ou sur une clé USB.",
        "en": "Exchange file created: {out} (project “{project}”: {entries} journal {entries:entry|entries}, {attachments} {attachments:attachment|attachments}, {agreements} {agreements:agreement|agreements}; {private} private {private:entry|entries} kept here). Send it to the partner organization by email or on a USB key.",
    },
    "exchange_project_carries": {
        "fr": "Il contient {entries} {entries:entrée|entrées} de journal et {agreements} {agreements:entente|ententes} ; {private} {private:entrée privée reste|entrées privées restent} sur cet ordinateur.",
        "en": "It carries {entries} journal {entries:entry|entries} and {agreements} {agreements:agreement|agreements}; {private} private {private:entry stays|entries stay} on this computer.",
    },
    "exchange_export_what": {
        "fr": "Indiquez quoi exporter : --agreement REF ou --project NUMÉRO (un seul des deux).",
        "en": "Say what to export: --agreement REF or --project NUMBER (only one of them).",
    },
    "exchange_project_add": {
        "fr": "ajout du projet « {name} » avec {n} {n:entrée|entrées} de journal et {files} {files:pièce jointe|pièces jointes}",
        "en": "add project “{name}” with {n} journal {n:entry|entries} and {files} {files:attachment|attachments}",
    },
    "exchange_project_update": {
        "fr": "projet « {name} » : ajout de {n} {n:entrée|entrées} de journal et {files} {files:pièce jointe|pièces jointes} ; {known} {known:entrée déjà présente|entrées déjà présentes}",
        "en": "project “{name}”: add {n} journal {n:entry|entries} and {files} {files:attachment|attachments}; {known} {known:entry|entries} already here",
    },
    "exchange_project_unchanged": {
        "fr": "projet « {name} » : déjà à jour ({known} {known:entrée déjà présente|entrées déjà présentes}), rien à faire",
        "en": "project “{name}”: already up to date ({known} {known:entry|entries} already here), nothing to do",
    },
    "exchange_project_conflict": {
        "fr": "CONFLIT : le projet « {name} » a une description différente des deux côtés. Le vôtre reste intact ; celui reçu est ajouté à côté sous le nom « {stored_as} », avec {n} {n:entrée|entrées} de journal et {files} {files:pièce jointe|pièces jointes}.",
        "en": "CONFLICT: project “{name}” is described differently on each side. Yours stays untouched; the one received is added beside it as “{stored_as}”, with {n} journal {n:entry|entries} and {files} {files:attachment|attachments}.",
    },
}
