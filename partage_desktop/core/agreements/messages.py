"""Bilingual wording of the engine's messages (validation problems, document labels).

Kept as plain data so that core/ needs no Qt; the GUI's own chrome is translated with Qt's tr().
"""

from __future__ import annotations

from partage_desktop.core.formatting import french_spacing
from partage_desktop.words.typography import is_singular as is_singular

MESSAGES: dict[str, dict[str, str]] = {
    "required": {"fr": "Ce champ est obligatoire.", "en": "This field is required."},
    "not_text": {"fr": "Une valeur texte est attendue.", "en": "A text value is expected."},
    "too_long": {
        "fr": "Le texte est trop long ({length} caractères; maximum {max}).",
        "en": "The text is too long ({length} characters; at most {max}).",
    },
    "bad_date": {
        "fr": "« {value} » n'est pas une date valide (format attendu : AAAA-MM-JJ).",
        "en": "“{value}” is not a valid date (expected format: YYYY-MM-DD).",
    },
    "date_range": {
        "fr": "La date {value} doit se situer entre l'an {min} et l'an {max}.",
        "en": "The date {value} must be between the years {min} and {max}.",
    },
    "date_order": {
        "fr": "Cette date ({value}) ne peut pas précéder « {other} » ({other_value}).",
        "en": "This date ({value}) cannot be earlier than “{other}” ({other_value}).",
    },
    "bad_money": {
        "fr": "« {value} » n'est pas un montant valide (exemple : 1\u00a0234,50).",
        "en": "“{value}” is not a valid amount (for example: 1234.50).",
    },
    "bad_percent": {
        "fr": "« {value} » n'est pas un pourcentage valide entre 0 et 100 (exemple : 33,33).",
        "en": "“{value}” is not a valid percentage between 0 and 100 (for example: 33.33).",
    },
    "bad_integer": {
        "fr": "« {value} » n'est pas un nombre entier.",
        "en": "“{value}” is not a whole number.",
    },
    "too_small": {"fr": "La valeur doit être d'au moins {min}.", "en": "The value must be at least {min}."},
    "too_big": {"fr": "La valeur ne peut pas dépasser {max}.", "en": "The value cannot exceed {max}."},
    "too_many_decimals": {
        "fr": "Deux décimales au maximum.",
        "en": "At most two decimal places.",
    },
    "bad_choice": {
        "fr": "« {value} » n'est pas un choix possible ({choices}).",
        "en": "“{value}” is not one of the possible choices ({choices}).",
    },
    "bad_bool": {"fr": "Oui ou non est attendu (true/false).", "en": "Yes or no is expected (true/false)."},
    "not_list": {"fr": "Une liste de lignes est attendue.", "en": "A list of rows is expected."},
    "too_few_items": {
        "fr": "Au moins {min} lignes sont requises.",
        "en": "At least {min} rows are required.",
        "fr_one": "Au moins {min} ligne est requise.",
        "en_one": "At least {min} row is required.",
        "count": "min",
    },
    "too_many_items": {
        "fr": "{count} lignes, c'est trop (maximum {max}).",
        "en": "{count} rows is too many (at most {max}).",
    },
    "not_object": {"fr": "Un objet JSON est attendu.", "en": "A JSON object is expected."},
    "unknown_field": {
        "fr": "Champ inconnu pour ce modèle d'entente.",
        "en": "Unknown field for this agreement template.",
    },
    "unknown_template": {
        "fr": "Modèle d'entente inconnu « {value} ». Modèles offerts : {choices}.",
        "en": "Unknown agreement template “{value}”. Available templates: {choices}.",
    },
    "bad_lang": {"fr": "La langue doit être « fr » ou « en ».", "en": "The language must be “fr” or “en”."},
    "too_few_parties": {
        "fr": "Cette entente demande au moins {min} parties ({count} fournies).",
        "en": "This agreement needs at least {min} parties ({count} given).",
        "fr_one": "Cette entente demande au moins {min} parties ({count} fournie).",
        "count": "count",
    },
    "too_many_parties": {
        "fr": "Cette entente accepte au plus {max} parties ({count} fournies).",
        "en": "This agreement accepts at most {max} parties ({count} given).",
    },
    "bad_neq": {
        "fr": "Le NEQ compte 10 chiffres (« {value} » n'est pas valide).",
        "en": "The NEQ has 10 digits (“{value}” is not valid).",
    },
    "bad_email": {
        "fr": "« {value} » ne ressemble pas à une adresse courriel.",
        "en": "“{value}” does not look like an email address.",
    },
    "unknown_key": {"fr": "Clé inconnue.", "en": "Unknown key."},
    "split_method": {
        "fr": "Mode de répartition inconnu « {value} » (equal, percent, amount, per_use).",
        "en": "Unknown split method “{value}” (equal, percent, amount, per_use).",
    },
    "split_count": {
        "fr": "Une part par partie est attendue ({count} parts pour {parties} parties).",
        "en": "One share per party is expected ({count} shares for {parties} parties).",
        "fr_one": "Une part par partie est attendue ({count} part pour {parties} parties).",
        "en_one": "One share per party is expected ({count} share for {parties} parties).",
        "count": "count",
    },
    "split_sum": {
        "fr": "Les pourcentages totalisent {sum} % au lieu de 100 %.",
        "en": "The percentages add up to {sum}% instead of 100%.",
    },
    "unknown_clause": {
        "fr": "L'article ou la clause « {value} » n'existe pas dans ce modèle.",
        "en": "Article or clause “{value}” does not exist in this template.",
    },
    "missing_glyphs": {
        "fr": "Ces caractères ne peuvent pas être imprimés et seront omis : {chars}",
        "en": "These characters cannot be printed and will be left out: {chars}",
    },
    "bad_logo": {
        "fr": "Le logo doit être une image PNG ou JPEG lisible (celle-ci est abîmée ou d'un autre format).",
        "en": "The logo must be a readable PNG or JPEG image (this one is damaged or of another format).",
    },
    "logo_too_big": {
        "fr": "Le logo est trop lourd (maximum {max} Ko); choisissez une image plus petite.",
        "en": "The logo is too large (maximum {max} KB); choose a smaller image.",
    },
    "bad_article": {
        "fr": "« {value} » n'est pas un choix possible : {choices}.",
        "en": "“{value}” is not one of the choices: {choices}.",
    },
    "bad_reference": {
        "fr": "La référence doit ressembler à ENT-2026-0007 (lettres, chiffres et tirets).",
        "en": "The reference should look like ENT-2026-0007 (letters, digits and hyphens).",
    },
}

PARTY_KEYS: dict[str, dict[str, str]] = {
    "name": {"fr": "Nom légal", "en": "Legal name"},  # the words of the wizard's own labels
    "neq": {"fr": "NEQ", "en": "NEQ"},
    "address": {"fr": "Adresse", "en": "Address"},
    "representative": {"fr": "Représentant(e)", "en": "Representative"},
    "representative_title": {"fr": "Titre du représentant", "en": "Representative's title"},
    "email": {"fr": "Courriel", "en": "Email"},
    "phone": {"fr": "Téléphone", "en": "Phone"},
    "article": {"fr": "Le nom dans les phrases", "en": "The name in sentences (French)"},
}

WHERE: dict[str, dict[str, str]] = {
    "party": {"fr": "Partie {n}", "en": "Party {n}"},
    "row": {"fr": "ligne {n}", "en": "row {n}"},
    "template": {"fr": "Modèle", "en": "Template"},
    "lang": {"fr": "Langue", "en": "Language"},
    "parties": {"fr": "Parties", "en": "Parties"},
    "fields": {"fr": "Champs", "en": "Fields"},
    "clauses": {"fr": "Clauses", "en": "Clauses"},
    "added_clause": {"fr": "Clause ajoutée {n}", "en": "Added clause {n}"},
    "reworded_clause": {"fr": "Clause reformulée {id}", "en": "Reworded clause {id}"},
    "meta": {"fr": "Renseignements de l'entente", "en": "Agreement details"},
    "share": {"fr": "part de la partie {n}", "en": "share of party {n}"},
    "total": {"fr": "total", "en": "total"},
    "rate": {"fr": "tarif", "en": "rate"},
    "title": {"fr": "titre", "en": "title"},
    "text": {"fr": "texte", "en": "text"},
}


for _table in (MESSAGES, PARTY_KEYS, WHERE):
    for _entry in _table.values():
        for _key in ("fr", "fr_one"):
            if _key in _entry:
                _entry[_key] = french_spacing(_entry[_key])


def message(key: str, lang: str, **values: object) -> str:
    """A problem in ``lang``; an entry with a ``count`` names the value that picks its singular
    form (``fr_one``/``en_one``) over the plural one."""
    entry = MESSAGES[key]
    count = entry.get("count")
    if count and f"{lang}_one" in entry and is_singular(values.get(count), lang):
        return entry[f"{lang}_one"].format(**values)
    return entry[lang].format(**values)
