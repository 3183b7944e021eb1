"""What ``partage-desktop --help`` says, in French or in English: one line per command, a help text
per option, and argparse's own headings ("usage:", "options") in the chosen language.

``use(lang)`` is called once by ``cli.build_parser`` before any parser is made; ``h(key)`` then
gives the text in that language.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

_lang = ["fr"]

HELP: dict[str, tuple[str, str]] = {
    # argparse's own words
    "usage": ("utilisation : ", "usage: "),
    "positional": ("arguments", "positional arguments"),
    "options": ("options", "options"),
    "help": ("afficher cette aide et quitter", "show this help message and exit"),
    "commands": ("commandes", "commands"),
    "actions": ("actions", "actions"),
    "COMMAND": ("COMMANDE", "COMMAND"),
    "PROJECT": ("NUMÉRO|NOM", "NUMBER|NAME"),
    "program": ("Partage — partage des ressources entre organismes. Sans commande : ouvre l'application.",
                "Partage — resource sharing between organizations. Without a command: opens the app."),
    "epilog": ("Tapez « partage-desktop COMMANDE --help » pour les options d'une commande. "
               "Codes de sortie : 0 réussi, 2 entrée incorrecte, 3 données inutilisables, 1 erreur inattendue.",
               "Type “partage-desktop COMMAND --help” for a command's options. "
               "Exit codes: 0 success, 2 wrong input, 3 unusable data, 1 unexpected error."),
    # global options
    "data_dir": ("dossier des données (sinon PARTAGE_DATA_DIR, sinon le dossier habituel de l'utilisateur)",
                 "data folder (else PARTAGE_DATA_DIR, else the user's usual data folder)"),
    "lang": ("langue des messages : fr (par défaut) ou en", "language of the messages: fr (default) or en"),
    "version": ("afficher la version et quitter", "print the version and exit"),
    "smoke": ("démarrer l'application, afficher startup_ms=N au premier affichage, puis quitter",
              "start the app, print startup_ms=N at the first paint, then exit"),
    "screenshot": ("avec --smoke : enregistrer une image PNG de la fenêtre", "with --smoke: save a PNG image of the window"),
    "json": ("résultat en JSON, pour les scripts", "result as JSON, for scripts"),
    # templates
    "templates": ("les modèles d'entente fournis", "the bundled agreement templates"),
    "templates_list": ("lister les modèles d'entente", "list the agreement templates"),
    # agreement
    "agreement": ("ententes : exporter en PDF, lister, vérifier une copie", "agreements: export as PDF, list, verify a copy"),
    "agreement_export": ("construire le PDF d'une entente à partir d'un fichier de réponses",
                         "build an agreement's PDF from an answers file"),
    "answers": ("le fichier de réponses (JSON) de l'entente", "the agreement's answers file (JSON)"),
    "out_pdf": ("le fichier PDF à écrire", "the PDF file to write"),
    "record": ("enregistrer aussi l'entente dans le dossier de données (elle apparaît alors dans agreement list)",
               "also record the agreement in the data folder (it then shows in agreement list)"),
    "agreement_list": ("lister les ententes du dossier de données", "list the agreements in the data folder"),
    "agreement_verify": ("dire si un PDF est une copie intacte d'une entente exportée par Partage",
                         "say whether a PDF is an unaltered copy of an agreement exported by Partage"),
    "verify_pdf": ("le PDF à vérifier", "the PDF to verify"),
    # guides
    "guides": ("guides : chercher, imprimer", "guides: search, print"),
    "guides_search": ("chercher dans les guides, meilleurs résultats d'abord", "search the guides, best matches first"),
    "terms": ("les mots à chercher (accents facultatifs)", "the words to look for (accents optional)"),
    "guides_limit": ("nombre maximal de résultats (20 par défaut)", "largest number of results (default 20)"),
    "guides_print": ("imprimer des articles des guides dans un livret PDF", "print guide articles as a PDF booklet"),
    "guide_ids": ("les identifiants des articles (voir guides search --json)", "the articles' ids (see guides search --json)"),
    "out_booklet": ("le fichier PDF du livret", "the booklet's PDF file"),
    "booklet_title": ("titre du livret", "the booklet's title"),
    # journal
    "journal": ("journal de projet : chercher, lister les projets, exporter", "project journal: search, list projects, export"),
    "journal_search": ("chercher dans les entrées du journal, meilleures d'abord", "search the journal entries, best first"),
    "journal_limit": ("nombre maximal d'entrées (50 par défaut ; 0 : toutes)", "largest number of entries (default 50; 0: all)"),
    "journal_projects": ("lister les projets (numéro, nom, nombre d'entrées) ; --project accepte le numéro ou le nom",
                         "list the projects (number, name, number of entries); --project takes the number or the name"),
    "journal_export": ("exporter le journal en CSV pour Excel, ou le rapport PDF pour les bailleurs de fonds",
                       "export the journal as a CSV for Excel, or the funder report PDF"),
    "format": ("csv (tableur) ou pdf (rapport)", "csv (spreadsheet) or pdf (report)"),
    "out_file": ("le fichier à écrire", "the file to write"),
    "project": ("le projet : son numéro ou son nom (voir journal projects)", "the project: its number or its name (see journal projects)"),
    "date_from": ("à partir de cette date (AAAA-MM-JJ)", "from this date on (YYYY-MM-DD)"),
    "date_to": ("jusqu'à cette date (AAAA-MM-JJ)", "up to this date (YYYY-MM-DD)"),
    # demo
    "demo": ("charger les données de démonstration (organismes, projets, ententes, entrées), ou les retirer",
             "load the demo data (organizations, projects, agreements, entries), or remove it"),
    "entries": ("nombre d'entrées de journal (200 par défaut)", "number of journal entries (default 200)"),
    "force": ("ajouter l'exemple même si le dossier contient déjà des données (une sauvegarde est faite avant)",
              "add the sample even if the folder already holds data (a backup is made first)"),
    "force_out": ("remplacer le fichier de sortie s'il existe déjà (jamais un fichier de Partage lui-même)",
                  "replace the output file if it already exists (never one of Partage's own files)"),
    "remove": ("retirer les données de démonstration, et elles seules (une sauvegarde est faite avant)",
               "remove the demo data, and nothing else (a backup is made first)"),
    # backup, check
    "backup": ("sauvegardes : créer, lister, restaurer", "backups: create, list, restore"),
    "backup_create": ("sauvegarder la base et les pièces jointes", "back up the database and the attachments"),
    "backup_out": ("le fichier de sauvegarde à écrire (sinon : le dossier des sauvegardes)",
                   "the backup file to write (else: the backup folder)"),
    "backup_list": ("lister les sauvegardes, les plus récentes d'abord", "list the backups, newest first"),
    "backup_restore": ("remettre une sauvegarde en place (l'état actuel est sauvegardé avant)",
                       "put a backup back (the current state is backed up first)"),
    "backup_file": ("le fichier de sauvegarde (.zip)", "the backup file (.zip)"),
    "check": ("vérifier l'intégrité complète de la base de données", "check the whole database's integrity"),
    # exchange
    "exchange": ("fichiers d'échange (.partage) avec un organisme partenaire : exporter, importer",
                 "exchange files (.partage) with a partner organization: export, import"),
    "exchange_export": ("écrire un fichier d'échange avec une entente ou un projet",
                        "write an exchange file with one agreement or one project"),
    "exchange_agreement": ("la référence de l'entente (voir agreement list)", "the agreement's reference (see agreement list)"),
    "exchange_project": ("le projet : son numéro ou son nom (voir journal projects)",
                         "the project: its number or its name (see journal projects)"),
    "out_exchange": ("le fichier d'échange à écrire", "the exchange file to write"),
    "exchange_import": ("importer un fichier d'échange (après vérification et sauvegarde)",
                        "import an exchange file (after checking it and a backup)"),
    "exchange_file": ("le fichier d'échange (.partage)", "the exchange file (.partage)"),
    "dry_run": ("seulement dire ce qui serait ajouté ou mis à jour, sans rien écrire",
                "only say what would be added or updated, writing nothing"),
}


def use(lang: str) -> None:
    _lang[0] = lang if lang in ("fr", "en") else "fr"


def h(key: str) -> str:
    fr, en = HELP[key]
    return fr if _lang[0] == "fr" else en


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with "usage:" in the chosen language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else h("usage"))


def translate_headings(parser: argparse.ArgumentParser, with_help: bool) -> None:
    """Section titles in the chosen language, and a translated -h/--help (argparse's is English)."""
    parser._positionals.title = h("positional")
    parser._optionals.title = h("options")
    if with_help:
        parser.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=h("help"))
