"""Bilingual messages of backups, integrity checks, exchange files and environment errors
(merged into texts.py's table; kept apart so that this feature's wording stays in one place)."""

from __future__ import annotations

from partage_desktop.words.texts_exchange_project import PROJECT_EXCHANGE_TEXTS

SAFETY_TEXTS: dict[str, dict[str, str]] = {
    # --- backups
    "backup_created": {
        "fr": "Sauvegarde créée : {path} ({agreements} {agreements:entente|ententes}, {projects} {projects:projet|projets}, {entries} {entries:entrée|entrées} de journal, {attachments} {attachments:pièce jointe|pièces jointes})",
        "en": "Backup created: {path} ({agreements} {agreements:agreement|agreements}, {projects} {projects:project|projects}, {entries} journal {entries:entry|entries}, {attachments} {attachments:attachment|attachments})",
    },
    "backup_none": {
        "fr": "Aucune sauvegarde dans « {folder} ».",
        "en": "No backups in “{folder}”.",
    },
    "backup_line": {
        "fr": "{date}  {agreements} {agreements:entente|ententes}, {projects} {projects:projet|projets}, {entries} {entries:entrée|entrées}  [{reason}]  {path}",
        "en": "{date}  {agreements} {agreements:agreement|agreements}, {projects} {projects:project|projects}, {entries} {entries:entry|entries}  [{reason}]  {path}",
    },
    "backup_restored": {
        "fr": "Sauvegarde du {date} restaurée ({counts}).",
        "en": "Backup of {date} restored ({counts}).",
    },
    "backup_counts": {
        "fr": "{agreements} {agreements:entente|ententes}, {projects} {projects:projet|projets}, {entries} {entries:entrée|entrées} de journal",
        "en": "{agreements} {agreements:agreement|agreements}, {projects} {projects:project|projects}, {entries} journal {entries:entry|entries}",
    },
    "backup_before": {
        "fr": "L'état précédent a d'abord été sauvegardé : {path}",
        "en": "The previous state was backed up first: {path}",
    },
    "backup_nothing_before": {
        "fr": "Il n'y avait pas encore de données dans ce dossier : rien à sauvegarder avant.",
        "en": "There was no data in this folder yet: nothing to back up first.",
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
        "fr": "La sauvegarde « {path} » est endommagée ({detail}). Rien n'a été modifié. Choisissez une autre sauvegarde.",
        "en": "The backup “{path}” is damaged ({detail}). Nothing was changed. Choose another backup.",
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
    "reason_avant-demo": {"fr": "avant données de démonstration", "en": "before demo data"},
    # --- integrity
    "db_damaged_with_backup": {
        "fr": "La base de données « {path} » est endommagée ({detail}). Partage ne l'ouvre pas, pour ne rien aggraver, et ne l'a pas modifiée. La sauvegarde intacte la plus récente date du {date} ({agreements} {agreements:entente|ententes}, {projects} {projects:projet|projets}, {entries} {entries:entrée|entrées}). Pour la restaurer : partage-desktop{option} backup restore \"{backup}\" (la base endommagée sera mise de côté, pas effacée).",
        "en": "The database “{path}” is damaged ({detail}). Partage does not open it, so as not to make things worse, and did not change it. The newest intact backup is from {date} ({agreements} {agreements:agreement|agreements}, {projects} {projects:project|projects}, {entries} {entries:entry|entries}). To restore it: partage-desktop{option} backup restore \"{backup}\" (the damaged database will be kept aside, not deleted).",
    },
    "check_ok": {
        "fr": "Vérification complète : la base de données « {path} » est intacte.",
        "en": "Full check: the database “{path}” is intact.",
    },
    "check_failed": {
        "fr": "Vérification complète : la base de données « {path} » est endommagée : {detail}. Restaurez une sauvegarde (« partage-desktop{option} backup list », puis « partage-desktop{option} backup restore FICHIER »).",
        "en": "Full check: the database “{path}” is damaged: {detail}. Restore a backup (“partage-desktop{option} backup list”, then “partage-desktop{option} backup restore FILE”).",
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
    # --- what the system said (envproblems.reason), placed after « : » in a sentence
    "os_not_found": {"fr": "fichier ou dossier introuvable", "en": "file or folder not found"},
    "os_denied": {"fr": "accès refusé", "en": "access denied"},
    "os_is_a_folder": {"fr": "c'est un dossier, pas un fichier", "en": "it is a folder, not a file"},
    "os_not_a_folder": {"fr": "une partie du chemin n'est pas un dossier", "en": "part of the path is not a folder"},
    "os_disk_full": {"fr": "le disque est plein", "en": "the disk is full"},
    "os_read_only": {"fr": "le disque est en lecture seule", "en": "the disk is read-only"},
    "os_exists": {"fr": "ce fichier existe déjà", "en": "the file already exists"},
    "os_in_use": {"fr": "le fichier est utilisé par un autre programme", "en": "the file is in use by another program"},
    "os_name_too_long": {"fr": "le nom ou le chemin est trop long", "en": "the name or the path is too long"},
    "os_not_text": {"fr": "ce n'est pas un fichier texte UTF-8", "en": "it is not a UTF-8 text file"},
    "os_error_code": {"fr": "le système a refusé l'opération (erreur {code})",
                      "en": "the system refused the operation (error {code})"},
    "os_other": {"fr": "le système a refusé l'opération", "en": "the system refused the operation"},
    # --- exchange files
    "exchange_exported": {
        "fr": "Fichier d'échange créé : {out} (entente {ref}, {versions} {versions:version|versions}). Envoyez-le à l'organisme partenaire par courriel ou sur une clé USB.",
        "en": "Exchange file created: {out} (agreement {ref}, {versions} {versions:version|versions}). Send it to the partner organization by email or on a USB key.",
    },
    "exchange_no_agreement": {
        "fr": "Aucune entente avec la référence « {ref} ». Tapez « partage-desktop agreement list » pour voir les références.",
        "en": "No agreement has the reference “{ref}”. Type “partage-desktop agreement list” to see the references.",
    },
    "exchange_missing_file": {"fr": "fichier introuvable", "en": "file not found"},
    "exchange_bad_document": {"fr": "contenu invalide ({where})", "en": "invalid content ({where})"},
    "exchange_draft": {"fr": "Brouillon", "en": "Draft"},
    "exchange_version": {"fr": "Version {n}", "en": "Version {n}"},
    "exchange_fingerprint": {
        "fr": "Version {n} — l'empreinte {fingerprint} ne correspond pas au contenu : la version a été modifiée après sa création.",
        "en": "Version {n} — the fingerprint {fingerprint} does not match the content: the version was changed after it was made.",
    },
    "exchange_invalid": {
        "fr": "Le fichier d'échange « {path} » contient {n} {n:problème|problèmes} ; rien n'a été importé :",
        "en": "The exchange file “{path}” has {n} {n:problem|problems}; nothing was imported:",
    },
    "exchange_refused_not_exchange": {
        "fr": "« {path} » n'est pas un fichier d'échange de Partage ({detail}). Rien n'a été importé.",
        "en": "“{path}” is not a Partage exchange file ({detail}). Nothing was imported.",
    },
    "exchange_refused_damaged": {
        "fr": "Le fichier d'échange « {path} » est endommagé ({detail}). Rien n'a été importé. Demandez à l'organisme partenaire de vous le renvoyer.",
        "en": "The exchange file “{path}” is damaged ({detail}). Nothing was imported. Ask the partner organization to send it again.",
    },
    "exchange_refused_checksum": {
        "fr": "Le fichier d'échange « {path} » a été modifié ou abîmé en route (contrôle d'intégrité échoué : {detail}). Rien n'a été importé. Demandez à l'organisme partenaire de vous le renvoyer.",
        "en": "The exchange file “{path}” was changed or damaged on the way (integrity check failed: {detail}). Nothing was imported. Ask the partner organization to send it again.",
    },
    "exchange_refused_missing": {
        "fr": "Le fichier d'échange « {path} » est incomplet (il manque {detail}). Rien n'a été importé. Demandez à l'organisme partenaire de vous le renvoyer.",
        "en": "The exchange file “{path}” is incomplete ({detail} is missing). Nothing was imported. Ask the partner organization to send it again.",
    },
    "exchange_refused_unsafe_path": {
        "fr": "Le fichier d'échange « {path} » est refusé : il contient un chemin dangereux ({detail}) qui pourrait écrire hors de son dossier. Rien n'a été importé. Ne l'ouvrez pas s'il ne vient pas d'un partenaire connu.",
        "en": "The exchange file “{path}” is refused: it holds a dangerous path ({detail}) that could write outside its folder. Nothing was imported. Do not open it if it does not come from a known partner.",
    },
    "exchange_refused_link": {
        "fr": "Le fichier d'échange « {path} » est refusé : il contient un lien ({detail}). Rien n'a été importé.",
        "en": "The exchange file “{path}” is refused: it holds a link ({detail}). Nothing was imported.",
    },
    "exchange_refused_too_big": {
        "fr": "Le fichier d'échange « {path} » est refusé : une fois décompressé, il serait d'une taille démesurée ({detail}). Rien n'a été importé.",
        "en": "The exchange file “{path}” is refused: uncompressed, it would be absurdly large ({detail}). Nothing was imported.",
    },
    "exchange_refused_bad_json": {
        "fr": "Le fichier d'échange « {path} » contient un document illisible ({detail}). Rien n'a été importé.",
        "en": "The exchange file “{path}” holds an unreadable document ({detail}). Nothing was imported.",
    },
    "exchange_refused_unknown_version": {
        "fr": "Le fichier d'échange « {path} » est dans un format inconnu (version {detail}). Rien n'a été importé.",
        "en": "The exchange file “{path}” is in an unknown format (version {detail}). Nothing was imported.",
    },
    "exchange_refused_too_new": {
        "fr": "Le fichier d'échange « {path} » a été fait par une version plus récente de Partage (format {detail}). Installez la dernière version de Partage pour l'importer. Rien n'a été importé.",
        "en": "The exchange file “{path}” was made by a newer version of Partage (format {detail}). Install the latest version of Partage to import it. Nothing was imported.",
    },
    "exchange_preview": {
        "fr": "Aperçu de l'importation de « {path} » (rien n'est encore écrit) :",
        "en": "Preview of importing “{path}” (nothing written yet):",
    },
    "exchange_imported": {
        "fr": "Importation de « {path} » terminée :",
        "en": "Import of “{path}” done:",
    },
    "exchange_action_add": {
        "fr": "ajout de l'entente {ref} « {title} » ({n} {n:version|versions})",
        "en": "add agreement {ref} “{title}” ({n} {n:version|versions})",
    },
    "exchange_action_update": {
        "fr": "mise à jour de l'entente {ref} « {title} » ({n} {n:nouvelle version|nouvelles versions})",
        "en": "update agreement {ref} “{title}” ({n} new {n:version|versions})",
    },
    "exchange_action_unchanged": {
        "fr": "entente {ref} « {title} » : déjà à jour, rien à faire",
        "en": "agreement {ref} “{title}”: already up to date, nothing to do",
    },
    "exchange_action_stale": {
        "fr": "entente {ref} « {title} » : ce fichier est celui déjà importé ici, et l'entente a été modifiée depuis de votre côté seulement. Rien à faire : vos modifications sont conservées.",
        "en": "agreement {ref} “{title}”: this file is the one already imported here, and the agreement was changed since on your side only. Nothing to do: your changes are kept.",
    },
    "exchange_action_conflict": {
        "fr": "CONFLIT : l'entente {ref} « {title} » a été modifiée des deux côtés. La vôtre reste intacte ; celle reçue est ajoutée à côté sous la référence {stored_as} ({n} {n:version|versions}). Comparez-les, puis gardez la bonne.",
        "en": "CONFLICT: agreement {ref} “{title}” was changed on both sides. Yours stays untouched; the one received is added beside it as {stored_as} ({n} {n:version|versions}). Compare them, then keep the right one.",
    },
    "exchange_backup": {
        "fr": "Une sauvegarde a été faite avant l'importation : {path}",
        "en": "A backup was made before the import: {path}",
    },
    "exchange_conflict_suffix": {"fr": " (copie reçue)", "en": " (received copy)"},
}


def _merge_project_exchange_texts() -> None:
    SAFETY_TEXTS.update(PROJECT_EXCHANGE_TEXTS)


_merge_project_exchange_texts()
