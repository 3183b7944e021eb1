"""Agreements filled with long real-world Québec organization names, for the typography checks.

Names run past 80 characters, carry hyphens (place names) and apostrophes; each template's tables
that name a party (who occupies a space, who contributes, who manages a budget line…) get one row
per party, so that annex tables with 12 parties are as crowded as they get in real use.
"""

from __future__ import annotations

import copy

NAMES = (
    "Corporation de développement communautaire des Basques et de la région de Trois-Pistoles inc.",
    "Carrefour emploi Hochelaga-Maisonneuve",
    "Regroupement des organismes communautaires et bénévoles de l'Abitibi-Témiscamingue",
    "Centre d'action bénévole de Rivière-du-Loup et des municipalités régionales de comté voisines",
    "Community Economic Development and Employability Corporation of the Eastern Townships Inc.",
    "L'Association québécoise des personnes aphasiques et de leurs proches aidants de la Côte-Nord",
    "Maison des jeunes L'Escapade de Notre-Dame-de-l'Île-Perrot",
    "Coopérative de solidarité en habitation communautaire de Saint-Jean-Baptiste-de-Rouville",
    "St. Patrick's Society of Montreal Anglophone Seniors' Mutual Aid Network",
    "Table de concertation des aînés et des retraités de Vaudreuil-Soulanges",
    "Groupe d'entraide en santé mentale L'Arc-en-ciel des Îles-de-la-Madeleine",
    "Fédération des associations de familles monoparentales et recomposées du Québec",
)

# table columns that name a party, in every bundled template
PARTY_COLUMNS = ("party", "occupant", "organization", "managed_by")


def with_long_parties(raw: dict, count: int) -> dict:
    """``raw`` with ``count`` parties bearing long names, and one row per party in each table
    that names parties (within the field's row limit)."""
    raw = copy.deepcopy(raw)
    base = raw["parties"]
    parties = []
    for i in range(count):
        party = dict(base[i % len(base)])
        party["name"] = NAMES[i % len(NAMES)]
        party["representative"] = f"Marie-Ève Tremblay-Gagnon {i + 1}"
        party.pop("neq", None)
        party.pop("article", None)
        parties.append(party)
    raw["parties"] = parties
    fields = raw.get("fields", {})
    for key, value in list(fields.items()):
        if not (isinstance(value, list) and value and isinstance(value[0], dict)):
            continue
        columns = [c for c in PARTY_COLUMNS if c in value[0]]
        if not columns:
            continue
        rows = []
        for i, party in enumerate(parties):
            row = dict(value[i % len(value)])
            for column in columns:
                row[column] = party["name"]
            rows.append(row)
        fields[key] = rows
    split = fields.get("cost_split")
    if isinstance(split, dict) and split.get("method") != "equal":
        fields["cost_split"] = {"method": "equal", "total": split.get("total") or "1200.00"}
    return raw
