"""Bilingual messages of backups, integrity checks, exchange files and environment errors
(merged into texts.py's table; kept apart so that this feature's wording stays in one place)."""

from __future__ import annotations

SAFETY_TEXTS: dict[str, dict[str, str]] = {
    # --- backups
    "backup_created": {
        "fr": "Sauvegarde créée : {path} ({agreements} entente(s), {projects} projet(s), {entries} entrée(s) de journal, {attachments} pièce(s) jointe(s))",
        "en": "Backup created: {path} ({agreements} agreement(s), {projects} project(s), {entries} journal entry(ies), {attachments} attachment(s))",
    },
    "backup_none": {
        "fr": "Aucune sauvegarde dans « {folder} ».",
        "en": "No backups in “{folder}”.",
    },
    "backup_line": {
        "fr": "{date}  {agreements} entente(s), {projects} projet(s), {entries} entrée(s)  [{reason}]  {path}",
        "en": "{date}  {agreements} agreement(s), {projects} project(s), {entries} entry(ies)  [{reason}]  {path}",
    },
    "backup_restored": {
        "fr": "Sauvegarde du {date} restaurée ({agreements} entente(s), {projects} projet(s), {entries} entrée(s)). L'état précédent a d'abord été sauvegardé : {before}",
        "en": "Backup of {date} restored ({agreements} agreement(s), {projects} project(s), {entries} entry(ies)). The previous state was backed up first: {before}",
    },
    "backup_damaged_aside": {
        "fr": "La base endommagée a été mise de côté (pour une récupération éventuelle) : {path}",
        "en": "The damaged database was kept aside (for possible recovery): {path}",
    },
    "backup_not_found": {
        "fr": "Le fichier de sauvegarde « {path} » est introuvable. Tapez « partage-desktop backup list » pour voir les sauvegardes.",
        "en": "The backup file “{path}” does not exist. Type “partage-desktop backup list” to see the backups.",
    },
    "backup_not_a_backup": {
        "fr": "« {path} » n'est pas une sauvegarde de Partage. Rien n'a été modifié.",
        "en": "“{path}” is not a Partage backup. Nothing was changed.",
    },
    "backup_damaged": {
        "fr": "La sauvegarde « {path} » est endommagée ({detail}). Rien n'a été modifié. Choisissez une autre sauvegarde (« partage-desktop backup list »).",
        "en": "The backup “{path}” is damaged ({detail}). Nothing was changed. Choose another backup (“partage-desktop backup list”).",
    },
    "backup_too_new": {
        "fr": "La sauvegarde « {path} » a été faite par une version plus récente de Partage. Installez la dernière version de Partage pour la restaurer. Rien n'a été modifié.",
        "en": "The backup “{path}” was made by a newer version of Partage. Install the latest version of Partage to restore it. Nothing was changed.",
    },
    "backup_folder_unavailable": {
        "fr": "Le dossier de sauvegarde « {folder} » n'est pas disponible (clé USB retirée ?). La sauvegarde a été faite dans « {fallback} ».",
        "en": "The backup folder “{folder}” is not available (USB key removed?). The backup was made in “{fallback}”.",
    },
    "reason_manuelle": {"fr": "manuelle", "en": "manual"},
    "reason_auto": {"fr": "automatique", "en": "automatic"},
    "reason_avant-migration": {"fr": "avant mise à jour", "en": "before upgrade"},
    "reason_avant-restauration": {"fr": "avant restauration", "en": "before restore"},
    "reason_avant-import": {"fr": "avant importation", "en": "before import"},
    # --- integrity
    "db_damaged_with_backup": {
        "fr": "La base de données « {path} » est endommagée ({detail}). Partage ne l'ouvre pas, pour ne rien aggraver, et ne l'a pas modifiée. La sauvegarde intacte la plus récente date du {date} ({agreements} entente(s), {projects} projet(s), {entries} entrée(s)). Pour la restaurer : partage-desktop backup restore \"{backup}\" (la base endommagée sera mise de côté, pas effacée).",
        "en": "The database “{path}” is damaged ({detail}). Partage does not open it, so as not to make things worse, and did not change it. The newest intact backup is from {date} ({agreements} agreement(s), {projects} project(s), {entries} entry(ies)). To restore it: partage-desktop backup restore \"{backup}\" (the damaged database will be kept aside, not deleted).",
    },
    "check_ok": {
        "fr": "Vérification complète : la base de données « {path} » est intacte.",
        "en": "Full check: the database “{path}” is intact.",
    },
    "check_failed": {
        "fr": "Vérification complète : la base de données « {path} » est endommagée : {detail}. Restaurez une sauvegarde (« partage-desktop backup list », puis « backup restore FICHIER »).",
        "en": "Full check: the database “{path}” is damaged: {detail}. Restore a backup (“partage-desktop backup list”, then “backup restore FILE”).",
    },
    "folder_busy": {
        "fr": "Partage est déjà ouvert sur le dossier de données « {path} » (par l'application ou une autre commande). Fermez-le, puis réessayez.",
        "en": "Partage is already open on the data folder “{path}” (the application or another command). Close it, then try again.",
    },
    "cloud_folder": {
        "fr": "Attention : le dossier de données « {path} » est synchronisé par {service}. Ces outils copient les fichiers pendant que Partage les modifie et peuvent endommager la base de données. Choisissez un dossier non synchronisé (option --data-dir) et mettez plutôt les sauvegardes dans le dossier synchronisé.",
        "en": "Warning: the data folder “{path}” is synchronized by {service}. Such tools copy files while Partage is writing them and can damage the database. Choose a folder that is not synchronized (--data-dir option) and put the backups in the synchronized folder instead.",
    },
    # --- environment errors (whose fault: the computer's, not the user's input, not a bug)
    "env_disk_full": {
        "fr": "Le disque est plein : impossible d'écrire « {path} ». Libérez de l'espace (videz la corbeille, supprimez de vieux fichiers), puis réessayez. Rien n'a été perdu.",
        "en": "The disk is full: cannot write “{path}”. Free some space (empty the trash, delete old files), then try again. Nothing was lost.",
    },
    "env_read_only": {
        "fr": "Le dossier « {path} » est en lecture seule (clé USB verrouillée, disque protégé ?). Choisissez un dossier où l'écriture est permise, puis réessayez. Rien n'a été perdu.",
        "en": "The folder “{path}” is read-only (locked USB key, protected disk?). Choose a folder where writing is allowed, then try again. Nothing was lost.",
    },
    "env_locked": {
        "fr": "Le fichier « {path} » est utilisé par un autre programme. Fermez ce programme (par exemple le lecteur PDF ou Excel), puis réessayez. Rien n'a été perdu.",
        "en": "The file “{path}” is in use by another program. Close that program (for example the PDF reader or Excel), then try again. Nothing was lost.",
    },
    "env_permission": {
        "fr": "Accès refusé à « {path} ». Choisissez un dossier où vous avez le droit d'écrire, ou demandez l'accès à la personne qui gère cet ordinateur. Rien n'a été perdu.",
        "en": "Access denied to “{path}”. Choose a folder you are allowed to write to, or ask whoever manages this computer for access. Nothing was lost.",
    },
}
