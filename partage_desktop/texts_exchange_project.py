"""Bilingual messages of project exchange files (merged into texts_safety.py's table)."""

from __future__ import annotations

PROJECT_EXCHANGE_TEXTS: dict[str, dict[str, str]] = {
    "exchange_no_project": {
        "fr": "Aucun projet avec le numéro {id}. Projets de ce dossier de données (numéro, nom) : {projects}",
        "en": "No project has the number {id}. Projects in this data folder (number, name): {projects}",
    },
    "exchange_project_exported": {
        "fr": "Fichier d'échange créé : {out} (projet « {project} » : {entries} entrée(s) de journal, {attachments} pièce(s) jointe(s), {agreements} entente(s) ; {private} entrée(s) privée(s) gardée(s) ici). Envoyez-le à l'organisme partenaire par courriel ou sur une clé USB.",
        "en": "Exchange file created: {out} (project “{project}”: {entries} journal entry(ies), {attachments} attachment(s), {agreements} agreement(s); {private} private entry(ies) kept here). Send it to the partner organization by email or on a USB key.",
    },
    "exchange_export_what": {
        "fr": "Indiquez quoi exporter : --agreement REF ou --project NUMÉRO (un seul des deux).",
        "en": "Say what to export: --agreement REF or --project NUMBER (only one of them).",
    },
    "exchange_project_add": {
        "fr": "ajout du projet « {name} » avec {n} entrée(s) de journal et {files} pièce(s) jointe(s)",
        "en": "add project “{name}” with {n} journal entry(ies) and {files} attachment(s)",
    },
    "exchange_project_update": {
        "fr": "projet « {name} » : ajout de {n} entrée(s) de journal et {files} pièce(s) jointe(s) ; {known} entrée(s) déjà présente(s)",
        "en": "project “{name}”: add {n} journal entry(ies) and {files} attachment(s); {known} entry(ies) already here",
    },
    "exchange_project_unchanged": {
        "fr": "projet « {name} » : déjà à jour ({known} entrée(s) déjà présente(s)), rien à faire",
        "en": "project “{name}”: already up to date ({known} entry(ies) already here), nothing to do",
    },
    "exchange_project_conflict": {
        "fr": "CONFLIT : le projet « {name} » a une description différente des deux côtés. Le vôtre reste intact ; celui reçu est ajouté à côté sous le nom « {stored_as} », avec {n} entrée(s) de journal et {files} pièce(s) jointe(s).",
        "en": "CONFLICT: project “{name}” is described differently on each side. Yours stays untouched; the one received is added beside it as “{stored_as}”, with {n} journal entry(ies) and {files} attachment(s).",
    },
}
