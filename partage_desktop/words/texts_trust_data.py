"""Bilingual messages of the data-loss guards: outputs that would replace a file, restores checked
before anything changes, backups that belong to another data folder (merged into texts.py)."""

from __future__ import annotations

TRUST_DATA_TEXTS: dict[str, dict[str, str]] = {
    # --- outputs (outputs.py)
    "out_own_file": {
        "fr": "« {path} » est l'un des fichiers de Partage dans son dossier de données ({folder}) : rien n'a été écrit. Choisissez un autre dossier, par exemple Documents.",
        "en": "“{path}” is one of Partage's own files in its data folder ({folder}): nothing was written. Choose another folder, such as Documents.",
    },
    "out_exists": {
        "fr": "Le fichier « {path} » existe déjà : rien n'a été écrit. Choisissez un autre nom, ou ajoutez --force pour le remplacer.",
        "en": "The file “{path}” already exists: nothing was written. Choose another name, or add --force to replace it.",
    },
    "out_is_folder": {
        "fr": "Impossible d'écrire « {path} » : c'est un dossier, pas un fichier. Indiquez le nom du fichier à écrire.",
        "en": "Cannot write “{path}”: it is a folder, not a file. Give the name of the file to write.",
    },
    # --- restore (services/backup.py)
    "backup_not_partage": {
        "fr": "Le fichier « {path} » ne contient pas une base de données de Partage ({detail}). Rien n'a été modifié.",
        "en": "The file “{path}” does not hold a Partage database ({detail}). Nothing was changed.",
    },
    "backup_left_out": {
        "fr": "Éléments inconnus laissés de côté (ils ne font pas partie de Partage) : {names}",
        "en": "Unknown items left out (they are not part of Partage): {names}",
    },
    "restore_resumed": {
        "fr": "Une restauration interrompue a été terminée.",
        "en": "An interrupted restore was completed.",
    },
    # --- check (services/database.py)
    "check_schema": {
        "fr": "la structure de la base diffère de celle de Partage : {detail}",
        "en": "the database's structure differs from Partage's: {detail}",
    },
    "check_attachments": {
        "fr": "{n} {n:pièce jointe manque|pièces jointes manquent} dans « {folder} » (par exemple « {name} »)",
        "en": "{n} {n:attachment is|attachments are} missing from “{folder}” (for instance “{name}”)",
    },
    "check_attachments_changed": {
        "fr": "{n} {n:pièce jointe n'a|pièces jointes n'ont} plus la taille enregistrée dans « {folder} » (par exemple « {name} ») : {n:elle a été vidée ou remplacée|elles ont été vidées ou remplacées}",
        "en": "{n} {n:attachment no longer has its|attachments no longer have their} recorded size in “{folder}” (for instance “{name}”): emptied or replaced",
    },
    "check_restore_pending": {
        "fr": "une restauration a été interrompue et n'est pas terminée (elle le sera au prochain démarrage de Partage, une fois l'application fermée)",
        "en": "a restore was interrupted and is not finished (it will be the next time Partage starts, once the app is closed)",
    },
    # --- automatic backups (services/backup.py, home screen)
    "backup_stopped": {
        "fr": "Aucune sauvegarde automatique depuis {days} jours alors que vos données ont changé. Vérifiez le dossier des sauvegardes dans Fichier → Paramètres, puis faites Fichier → Sauvegarder maintenant.",
        "en": "No automatic backup for {days} days although your data changed. Check the backup folder in File → Settings, then use File → Backup now.",
    },
    "backup_never": {
        "fr": "Aucune sauvegarde de vos données n'a encore pu être faite. Vérifiez le dossier des sauvegardes dans Fichier → Paramètres, puis faites Fichier → Sauvegarder maintenant.",
        "en": "No backup of your data could be made yet. Check the backup folder in File → Settings, then use File → Backup now.",
    },
}
