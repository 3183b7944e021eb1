"""Suggested matches at a network's scale: our open needs against the partners' offers on the board.

    python benchmarks/resources_matches.py [--needs 500] [--offers 20000] [--runs 5]

Fills a scratch data folder (written straight with sqlite3, as an imported board would leave it:
``board_item.words`` folded at import) with ``--offers`` partners' offers on sheets of 20 offers
each, from every region, and ``--needs`` of our open needs, then times
``services.resources.matches.suggestions`` — reading, indexing, scoring, wording the reasons — and
prints JSON: ``matches_ms`` (median of the runs, target <= 1000 ms), ``first_ms`` (the first run, the
data layer already imported), the counts, and how many pairs were scored (``scored_pairs``) against
the ``all_pairs`` a naive comparison would score. As in the app (ui/app/gc_guard.py), Python's
automatic cyclic collection is off while it runs. ``first_ms`` reads and indexes the board;
the later runs find it indexed already (kept until the board, the categories or the day change).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 1000
# category -> kind, item names, what is said of them
ITEMS = {
    "tools": ("equipment", ["perceuse", "scie ronde", "échelle", "pelle", "souffleuse", "tondeuse",
                            "génératrice", "compresseur", "brouette", "coffre à outils", "nettoyeur haute pression",
                            "escabeau", "marteau piqueur", "ponceuse", "taille-haie"]),
    "events": ("equipment", ["tente", "chapiteau", "table pliante", "chaise", "barrière", "scène mobile",
                             "système de son", "nappes", "drapeaux", "podium", "gradins", "projecteur de scène"]),
    "kitchen": ("equipment", ["réfrigérateur", "congélateur", "four", "cuisinière", "marmite", "réchaud",
                              "lave-vaisselle", "friteuse", "bacs isothermes", "robot culinaire", "glacière"]),
    "it": ("equipment", ["projecteur", "ordinateur portable", "écran", "imprimante", "caméra", "micro",
                         "haut-parleur", "tablette", "routeur", "téléviseur"]),
    "furniture": ("equipment", ["bureau", "classeur", "étagère", "divan", "table de conférence", "armoire",
                                "chaise de bureau", "tableau blanc"]),
    "vehicles": ("vehicle", ["remorque", "camionnette", "fourgonnette", "minibus", "camion cube", "voiture",
                             "remorque fermée", "vélo cargo", "autobus"]),
    "rooms": ("premises", ["salle de réunion", "salle de formation", "salle communautaire", "gymnase",
                           "local", "bureau partagé", "auditorium"]),
    "spaces": ("premises", ["entrepôt", "espace de rangement", "cuisine commerciale", "jardin", "stationnement"]),
    "staff": ("staff", ["animateur", "comptable", "adjointe administrative", "chauffeur", "intervenant",
                        "cuisinier"]),
    "expertise": ("expertise", ["graphiste", "conseil juridique", "demande de subvention", "communications",
                                "gestion financière", "ressources humaines"]),
    "services": ("service", ["livraison", "entretien ménager", "traiteur", "déneigement", "impression"]),
    "data": ("data", ["portrait statistique", "liste de ressources", "sondage", "cartographie"]),
}
ADJECTIVES = ["grand", "petite", "électrique", "neuf", "usagé", "portatif", "robuste", "léger", "pliant",
              "professionnel", "industriel", "mobile", "compact", "double"]
FILLER = ["disponible", "bon état", "sur demande", "fin de semaine", "avec accessoires", "à récupérer sur place",
          "entretien récent", "idéal pour événements", "capacité", "manuel inclus", "propre", "réservation",
          "semaine", "soir", "organisme", "quartier", "prêt", "retour", "utilisation", "clé"]
REGIONS = [f"{n:02d}" for n in range(1, 18)]
MRCS = ["Roussillon", "Vaudreuil-Soulanges", "Les Maskoutains", "Rivière-du-Nord", "Joliette", "Memphrémagog",
        "Drummond", "Lotbinière", "Les Moulins", "La Vallée-du-Richelieu"]


def _text(rng: random.Random, category: str) -> tuple[str, str]:
    kind, names = ITEMS[category]
    title = f"{rng.choice(names)} {rng.choice(ADJECTIVES)}".capitalize()
    description = " ".join(rng.sample(FILLER, 4)) + f" — {rng.choice(names)}"
    return title, description


def fill(db: Path, needs: int, offers: int, seed: int = 14) -> None:
    from partage_desktop.core.resources.words import folded_words
    from partage_desktop.services.resources.content import catalogue

    labels = {c.code: c.label for c in catalogue().categories}
    rng = random.Random(seed)
    today = date.today()
    now = "2026-12-01 10:00:00"
    con = sqlite3.connect(db)
    with con:
        con.execute("INSERT INTO organization (is_own, legal_name, address, representative, representative_title, "
                    "email, phone, archived, demo, region, created_at, updated_at) VALUES (1, 'CDC du Roussillon', "
                    "'', 'Marie Tremblay', 'Coordonnatrice', 'info@example.org', '', 0, 0, '16', ?, ?)", (now, now))
        for _ in range(needs):
            category = rng.choice(list(ITEMS))
            title, description = _text(rng, category)
            start = today + timedelta(days=rng.randint(0, 90))
            con.execute(
                "INSERT INTO need (uid, kind, category, title, description, quantity, address, region, mrc, "
                "wanted_from, wanted_to, substitutes_ok, urgency, contribution, expires_on, status, visibility, "
                "demo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, 'normal', ?, ?, "
                "'open', 'network', 0, ?, ?)",
                (str(uuid.UUID(int=rng.getrandbits(128))), ITEMS[category][0], category, title, description,
                 rng.choice([1, 1, 1, 2, 4]), rng.choice(REGIONS), rng.choice(MRCS),
                 start.isoformat(), (start + timedelta(days=rng.randint(0, 14))).isoformat(), rng.random() < 0.7,
                 rng.choice(["", "", "essence payée", "50 $ par jour", "un coup de main"]), None, now, now))
        sheets = max(1, offers // 20)
        for s in range(sheets):
            region = rng.choice(REGIONS)
            sheet = con.execute(
                "INSERT INTO board_sheet (sender_uid, sender_name, sender_neq, sender_region, sender_contact, "
                "issued_at, imported_at, sha256, lang, demo) VALUES (?, ?, '', ?, ?, ?, ?, ?, 'fr', 0)",
                (str(uuid.UUID(int=rng.getrandbits(128))), f"Organisme partenaire {s}", region,
                 f"Personne {s}, partenaire{s}@example.org", now, now, "0" * 64)).lastrowid
            for _ in range(20 if s < sheets - 1 else offers - 20 * (sheets - 1)):
                category = rng.choice(list(ITEMS))
                title, description = _text(rng, category)
                label = labels[category]
                pricing = rng.choice(["free", "free", "fee", "cost_sharing"])
                details = {"fee_cents": rng.choice([2500, 5000, 10000]), "fee_unit": "day"} if pricing == "fee" else {}
                if rng.random() < 0.2:
                    details["insurance_required"] = True
                ends = today + timedelta(days=rng.randint(-10, 200)) if rng.random() < 0.3 else None
                con.execute(
                    "INSERT INTO board_item (sheet_id, item_uid, side, kind, category, category_fr, category_en, "
                    "title, other_names, description, quantity, region, mrc, pricing, date_from, date_to, urgency, "
                    "expires_on, details_json, words) VALUES (?, ?, 'offer', ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, "
                    "NULL, ?, '', NULL, ?, ?)",
                    (sheet, str(uuid.UUID(int=rng.getrandbits(128))), ITEMS[category][0], category, label["fr"],
                     label["en"], title, description, rng.choice([1, 1, 2, 5]), region, rng.choice(MRCS + [""]),
                     pricing, ends.isoformat() if ends else None, json.dumps(details),
                     folded_words(title, "", description, label["fr"], label["en"])))
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--needs", type=int, default=500)
    parser.add_argument("--offers", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from partage_desktop.core.resources import matching
    from partage_desktop.platform.datadir import resolve
    from partage_desktop.services.data.database import prepare
    from partage_desktop.services.data.session import close_all
    from partage_desktop.services.resources import matches

    with tempfile.TemporaryDirectory() as folder:
        data = resolve(str(Path(folder) / "donnees"))
        prepare(data, "fr")
        started = time.perf_counter()
        fill(data.database, args.needs, args.offers)
        fill_s = time.perf_counter() - started

        gc.collect()
        gc.disable()  # as in the app: the GUI thread collects when the user is idle
        scored = [0]
        plain_score = matching.score

        def counting(*a, **k):  # type: ignore[no-untyped-def]
            scored[0] += 1
            return plain_score(*a, **k)

        matching.score = counting  # type: ignore[assignment]
        started = time.perf_counter()
        found = matches.suggestions(data, "fr")
        first_ms = (time.perf_counter() - started) * 1000
        matching.score = plain_score  # type: ignore[assignment]
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            found = matches.suggestions(data, "fr")
            times.append((time.perf_counter() - started) * 1000)
        close_all()
    median = statistics.median(times)
    print(json.dumps({
        "needs": args.needs, "offers": args.offers, "suggestions": len(found),
        "best_score": found[0].score if found else None,
        "scored_pairs": scored[0], "all_pairs": args.needs * args.offers,
        "fill_seconds": round(fill_s, 1), "first_ms": round(first_ms, 1), "matches_ms": round(median, 1),
        "runs_ms": [round(x, 1) for x in times], "target_ms": TARGET_MS, "within_target": median <= TARGET_MS,
        "load_average": [round(x, 2) for x in os.getloadavg()],  # other work on this machine meanwhile
    }, indent=2))


if __name__ == "__main__":
    main()
