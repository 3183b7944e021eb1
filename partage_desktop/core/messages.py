"""Bilingual wording of the engine's messages (validation problems, document labels).

Kept as plain data so that core/ needs no Qt; the GUI's own chrome is translated with Qt's tr().
"""

from __future__ import annotations

from .formatting import french_spacing

MESSAGES: dict[str, dict[str, str]] = {
    "required": {"fr": "ce champ est obligatoire.", "en": "this field is required."},
    "not_text": {"fr": "une valeur texte est attendue.", "en": "a text value is expected."},
    "too_long": {
        "fr": "le texte est trop long ({length} caractères; maximum {max}).",
        "en": "the text is too long ({length} characters; at most {max}).",
    },
    "bad_date": {
        "fr": "« {value} » n'est pas une date valide (format attendu : AAAA-MM-JJ).",
        "en": "“{value}” is not a valid date (expected format: YYYY-MM-DD).",
    },
    "date_order": {
        "fr": "cette date ({value}) ne peut pas précéder « {other} » ({other_value}).",
        "en": "this date ({value}) cannot be earlier than “{other}” ({other_value}).",
    },
    "bad_money": {
        "fr": "« {value} » n'est pas un montant valide (exemple : 1234.50).",
        "en": "“{value}” is not a valid amount (for example: 1234.50).",
    },
    "bad_percent": {
        "fr": "« {value} » n'est pas un pourcentage valide entre 0 et 100 (exemple : 33.33).",
        "en": "“{value}” is not a valid percentage between 0 and 100 (for example: 33.33).",
    },
    "bad_integer": {
        "fr": "« {value} » n'est pas un nombre entier.",
        "en": "“{value}” is not a whole number.",
    },
    "too_small": {"fr": "la valeur doit être d'au moins {min}.", "en": "the value must be at least {min}."},
    "too_big": {"fr": "la valeur ne peut pas dépasser {max}.", "en": "the value cannot exceed {max}."},
    "too_many_decimals": {
        "fr": "deux décimales au maximum.",
        "en": "at most two decimal places.",
    },
    "bad_choice": {
        "fr": "« {value} » n'est pas un choix possible ({choices}).",
        "en": "“{value}” is not one of the possible choices ({choices}).",
    },
    "bad_bool": {"fr": "oui ou non est attendu (true/false).", "en": "yes or no is expected (true/false)."},
    "not_list": {"fr": "une liste de lignes est attendue.", "en": "a list of rows is expected."},
    "too_few_items": {
        "fr": "au moins {min} ligne(s) requise(s).",
        "en": "at least {min} row(s) required.",
    },
    "too_many_items": {
        "fr": "{count} lignes, c'est trop (maximum {max}).",
        "en": "{count} rows is too many (at most {max}).",
    },
    "not_object": {"fr": "un objet JSON est attendu.", "en": "a JSON object is expected."},
    "unknown_field": {
        "fr": "champ inconnu pour ce modèle d'entente.",
        "en": "unknown field for this agreement template.",
    },
    "unknown_template": {
        "fr": "modèle d'entente inconnu « {value} ». Modèles offerts : {choices}.",
        "en": "unknown agreement template “{value}”. Available templates: {choices}.",
    },
    "bad_lang": {"fr": "la langue doit être « fr » ou « en ».", "en": "the language must be “fr” or “en”."},
    "too_few_parties": {
        "fr": "cette entente demande au moins {min} parties ({count} fournie(s)).",
        "en": "this agreement needs at least {min} parties ({count} given).",
    },
    "too_many_parties": {
        "fr": "cette entente accepte au plus {max} parties ({count} fournies).",
        "en": "this agreement accepts at most {max} parties ({count} given).",
    },
    "bad_neq": {
        "fr": "le NEQ compte 10 chiffres (« {value} » n'est pas valide).",
        "en": "the NEQ has 10 digits (“{value}” is not valid).",
    },
    "bad_email": {
        "fr": "« {value} » ne ressemble pas à une adresse courriel.",
        "en": "“{value}” does not look like an email address.",
    },
    "unknown_key": {"fr": "clé inconnue.", "en": "unknown key."},
    "split_method": {
        "fr": "mode de répartition inconnu « {value} » (equal, percent, amount, per_use).",
        "en": "unknown split method “{value}” (equal, percent, amount, per_use).",
    },
    "split_count": {
        "fr": "une part par partie est attendue ({count} parts pour {parties} parties).",
        "en": "one share per party is expected ({count} shares for {parties} parties).",
    },
    "split_sum": {
        "fr": "les pourcentages totalisent {sum} % au lieu de 100 %.",
        "en": "the percentages add up to {sum}% instead of 100%.",
    },
    "unknown_clause": {
        "fr": "l'article ou la clause « {value} » n'existe pas dans ce modèle.",
        "en": "article or clause “{value}” does not exist in this template.",
    },
    "missing_glyphs": {
        "fr": "ces caractères ne peuvent pas être imprimés et seront omis : {chars}",
        "en": "these characters cannot be printed and will be left out: {chars}",
    },
    "bad_logo": {
        "fr": "le logo doit être une image PNG ou JPEG.",
        "en": "the logo must be a PNG or JPEG image.",
    },
    "logo_too_big": {
        "fr": "le logo est trop lourd (maximum {max} Ko); choisissez une image plus petite.",
        "en": "the logo is too large (maximum {max} KB); choose a smaller image.",
    },
    "bad_reference": {
        "fr": "la référence doit ressembler à ENT-2026-0007 (lettres, chiffres et tirets).",
        "en": "the reference should look like ENT-2026-0007 (letters, digits and hyphens).",
    },
}

PARTY_KEYS: dict[str, dict[str, str]] = {
    "name": {"fr": "Nom de l'organisme", "en": "Organization name"},
    "neq": {"fr": "NEQ", "en": "NEQ"},
    "address": {"fr": "Adresse", "en": "Address"},
    "representative": {"fr": "Représentant(e)", "en": "Representative"},
    "representative_title": {"fr": "Titre du représentant", "en": "Representative's title"},
    "email": {"fr": "Courriel", "en": "Email"},
    "phone": {"fr": "Téléphone", "en": "Phone"},
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
        _entry["fr"] = french_spacing(_entry["fr"])


def message(key: str, lang: str, **values: object) -> str:
    return MESSAGES[key][lang].format(**values)
