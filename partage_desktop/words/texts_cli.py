"""Bilingual messages of the command line's everyday use: demo data, projects, data folders, input
files, start-up without the system's libraries or a display (merged into texts.py's table)."""

from __future__ import annotations

CLI_TEXTS: dict[str, dict[str, str]] = {
    # --- demo data
    "demo_folder_has_data": {
        "fr": "Le dossier de données « {path} » contient déjà des données ({summary}). L'exemple n'a pas été ajouté, pour ne rien mélanger ni doubler. Pour l'ajouter quand même : partage-desktop{option} demo --force (une sauvegarde est faite avant). Pour retirer l'exemple déjà chargé : partage-desktop{option} demo --remove.",
        "en": "The data folder “{path}” already holds data ({summary}). The sample was not added, so that nothing is mixed up or doubled. To add it anyway: partage-desktop{option} demo --force (a backup is made first). To remove the sample already loaded: partage-desktop{option} demo --remove.",
    },
    "demo_summary": {
        "fr": "{orgs} {orgs:organisme|organismes}, {projects} {projects:projet|projets}, {agreements} {agreements:entente|ententes}, {entries} {entries:entrée|entrées} de journal",
        "en": "{orgs} {orgs:organization|organizations}, {projects} {projects:project|projects}, {agreements} {agreements:agreement|agreements}, {entries} journal {entries:entry|entries}",
    },
    "demo_of_which": {
        "fr": "dont l'exemple : {summary}",
        "en": "of which the sample: {summary}",
    },
    "demo_backup_made": {
        "fr": "Sauvegarde faite avant : {path}",
        "en": "Backup made first: {path}",
    },
    "demo_nothing_to_remove": {
        "fr": "Aucune donnée de démonstration dans « {path} » : rien n'a été retiré.",
        "en": "No demo data in “{path}”: nothing was removed.",
    },
    "demo_removed": {
        "fr": "Données de démonstration retirées de « {path} » : {summary}. Vos propres données n'ont pas été touchées.",
        "en": "Demo data removed from “{path}”: {summary}. Your own data was not touched.",
    },
    "demo_kept": {
        "fr": "Gardés parce que vos propres données s'en servent (ils sont maintenant à vous) : {summary}.",
        "en": "Kept because your own data uses them (they are now yours): {summary}.",
    },
    "demo_kept_summary": {
        "fr": "{orgs} {orgs:organisme|organismes}, {projects} {projects:projet|projets}, {agreements} {agreements:entente|ententes}",
        "en": "{orgs} {orgs:organization|organizations}, {projects} {projects:project|projects}, {agreements} {agreements:agreement|agreements}",
    },
    # --- projects
    "projects_none": {
        "fr": "Aucun projet dans ce dossier de données. Créez-en un dans la section Journal, ou chargez l'exemple : partage-desktop demo.",
        "en": "No project in this data folder. Create one in the Journal section, or load the sample: partage-desktop demo.",
    },
    "projects_line": {
        "fr": "{id:>4}  {name} — {entries} {entries:entrée|entrées}{demo}",
        "en": "{id:>4}  {name} — {entries} {entries:entry|entries}{demo}",
    },
    "projects_demo_mark": {"fr": " (exemple)", "en": " (sample)"},
    "project_unknown": {
        "fr": "--project : aucun projet ne s'appelle « {value} ». Projets (numéro, nom) : {projects}",
        "en": "--project: no project is called “{value}”. Projects (number, name): {projects}",
    },
    "project_ambiguous": {
        "fr": "--project : « {value} » désigne plusieurs projets ({projects}). Donnez le numéro du projet ou son nom complet.",
        "en": "--project: “{value}” matches several projects ({projects}). Give the project's number or its full name.",
    },
    # --- data folder
    "data_dir_missing": {
        "fr": "Le dossier de données « {path} » n'existe pas : rien à lire. Vérifiez l'option --data-dir (ou la variable PARTAGE_DATA_DIR) ; cette commande ne crée pas de dossier.",
        "en": "The data folder “{path}” does not exist: nothing to read. Check the --data-dir option (or the PARTAGE_DATA_DIR variable); this command does not create a folder.",
    },
    "data_dir_created": {
        "fr": "Nouveau dossier de données créé : « {path} » (il n'existait pas). Si vous vouliez un dossier existant, vérifiez l'option --data-dir.",
        "en": "New data folder created: “{path}” (it did not exist). If you meant an existing folder, check the --data-dir option.",
    },
    "check_no_database": {
        "fr": "Le dossier de données « {path} » ne contient pas encore de base de données : rien à vérifier.",
        "en": "The data folder “{path}” has no database yet: nothing to check.",
    },
    # --- input files
    "input_missing": {
        "fr": "{option} : le fichier « {path} » n'existe pas. Vérifiez le chemin et le nom du fichier.",
        "en": "{option}: the file “{path}” does not exist. Check the path and the file name.",
    },
    "input_is_folder": {
        "fr": "{option} : « {path} » est un dossier ; indiquez un fichier.",
        "en": "{option}: “{path}” is a folder; give a file.",
    },
    # --- agreement export
    "export_not_recorded": {
        "fr": "Note : cette entente n'est pas enregistrée dans le dossier de données (un export depuis un fichier de réponses ne touche pas à vos données), et n'apparaît donc pas dans « agreement list ». Pour l'enregistrer aussi : ajoutez --record.",
        "en": "Note: this agreement is not recorded in the data folder (an export from an answers file leaves your data alone), so it does not appear in “agreement list”. To record it as well: add --record.",
    },
    "export_recorded": {
        "fr": "Enregistrée dans le dossier de données : entente {ref}, version {version} (voir « agreement list »).",
        "en": "Recorded in the data folder: agreement {ref}, version {version} (see “agreement list”).",
    },
    # --- start-up: the system's libraries and the display
    "missing_system_library": {
        "count": "n",
        "fr_one": "Partage ne peut pas démarrer : il manque une bibliothèque au système ({library}). Installez le paquet qui la fournit (Debian ou Ubuntu : sudo apt-get install {package}), puis relancez Partage. La liste des paquets nécessaires est dans le README. Détails dans le journal : {log}",
        "fr": "Partage ne peut pas démarrer : il manque des bibliothèques au système ({library}). Installez les paquets qui les fournissent (Debian ou Ubuntu : sudo apt-get install {package}), puis relancez Partage. La liste des paquets nécessaires est dans le README. Détails dans le journal : {log}",
        "en_one": "Partage cannot start: a system library is missing ({library}). Install the package that provides it (Debian or Ubuntu: sudo apt-get install {package}), then start Partage again. The README lists the packages needed. Details in the log: {log}",
        "en": "Partage cannot start: system libraries are missing ({library}). Install the packages that provide them (Debian or Ubuntu: sudo apt-get install {package}), then start Partage again. The README lists the packages needed. Details in the log: {log}",
    },
    "missing_system_library_unknown": {
        "fr": "Partage ne peut pas démarrer : il manque une bibliothèque au système ({library}). Installez le paquet qui la fournit (sous Debian ou Ubuntu, « apt-file search {library} » le nomme), puis relancez Partage. Détails dans le journal : {log}",
        "en": "Partage cannot start: a system library is missing ({library}). Install the package that provides it (on Debian or Ubuntu, “apt-file search {library}” names it), then start Partage again. Details in the log: {log}",
    },
    "missing_qt_part": {
        "fr": "Partage ne peut pas démarrer : une partie de Qt est introuvable ({detail}). Réinstallez Partage (pip install . dans le dossier des sources). Détails dans le journal : {log}",
        "en": "Partage cannot start: part of Qt cannot be found ({detail}). Reinstall Partage (pip install . in the source folder). Details in the log: {log}",
    },
    "no_display": {
        "fr": "Partage ne peut pas ouvrir de fenêtre : aucun écran graphique n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY). Lancez Partage depuis votre session de bureau. Les commandes sans fenêtre fonctionnent quand même (partage-desktop --help) ; pour un essai sans écran : QT_QPA_PLATFORM=offscreen partage-desktop --smoke. Détails dans le journal : {log}",
        "en": "Partage cannot open a window: no graphical display is available (neither DISPLAY nor WAYLAND_DISPLAY). Start Partage from your desktop session. Commands without a window work anyway (partage-desktop --help); for a test without a screen: QT_QPA_PLATFORM=offscreen partage-desktop --smoke. Details in the log: {log}",
    },
    "no_log": {"fr": "aucun journal n'a pu être écrit", "en": "no log could be written"},
}
