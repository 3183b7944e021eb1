"""An organization's name inside a French sentence: its article, the contractions it takes after
« à » and « de », and the gender the words about it agree with.

Each party says how its name reads (``article`` in the answers file):

| value | reads | after « à » | after « de » | agrees |
|---|---|---|---|---|
| ``le`` | le Comptoir alimentaire L'Entraide | au Comptoir… | du Comptoir… | représenté |
| ``la`` | la Maison de la famille | à la Maison… | de la Maison… | représentée |
| ``none_m`` | Centraide Laurentides, Le Pivot | à Centraide…, au Pivot | de Centraide…, du Pivot | représenté |
| ``none_f`` | Moisson Laurentides | à Moisson… | de Moisson… | représentée |

``le`` and ``la`` become « l' » before a vowel or a mute h (« l'Entraide », « à l'Association »).
A name that begins with its own article contracts it: « Le Pivot » → « au Pivot », « Les Petits
Frères » → « aux Petits Frères ». When a party did not say, ``guess_article`` reads the first word.
"""

from __future__ import annotations

import unicodedata

ARTICLES = ("le", "la", "none_m", "none_f")

# first words of organization names: feminine ones take « la », masculine ones « le »
_FEMININE = {
    "maison", "societe", "cooperative", "coop", "corporation", "table", "fondation", "association",
    "federation", "banque", "cuisine", "halte", "popote", "ressource", "entraide", "eglise",
    "commission", "ville", "municipalite", "chambre", "caisse", "auberge", "residence", "clinique",
    "ecole", "garderie", "friperie", "ferme", "mutuelle", "alliance", "coalition", "concertation",
    "communaute", "paroisse", "regie", "agence", "initiative", "ligue", "compagnie", "entreprise",
    "troupe", "epicerie", "boutique", "bibliotheque", "place", "escale", "source", "assemblee",
    "organisation", "fabrique", "fraternite", "collectivite", "marmite", "soupe", "joujoutheque",
    "ludotheque", "oeuvre", "amicale", "cellule", "unite", "tablee", "cantine", "passerelle",
}
_MASCULINE = {
    "centre", "comptoir", "regroupement", "carrefour", "collectif", "conseil", "comite", "reseau",
    "club", "service", "groupe", "organisme", "office", "cercle", "atelier", "bureau", "pole",
    "mouvement", "projet", "jardin", "accueil", "refuge", "foyer", "camp", "front", "institut",
    "musee", "theatre", "studio", "festival", "syndicat", "relais", "repit", "havre", "marche",
    "depannage", "magasin", "complexe", "village", "parc", "chantier", "secours", "entrepot",
    "point", "phare", "cegep", "college", "patro", "grenier", "partage", "dispensaire", "ordre",
    "hopital", "cafe", "resto", "restaurant", "quartier", "milieu", "programme", "fonds", "toit",
}
_OWN_ARTICLE = {"le": "none_m", "la": "none_f", "les": "none_m"}
# h aspiré: « la Halte », « le Havre » — no elision
_ASPIRATED_H = {"halte", "havre", "hameau", "hangar", "hall", "handicap", "haut", "hauteur", "hockey",
                "harfang", "hibou", "hutte"}
_VOWELS = set("aeiouyàâäéèêëîïôöùûüœæ")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _first_word(name: str) -> str:
    word = name.strip().split(" ")[0] if name.strip() else ""
    return word.split("-")[0].strip("«»\"“”,.()")


def guess_article(name: str) -> str:
    """How ``name`` most likely reads in a sentence (see the module's table): from its first word."""
    word = _first_word(name)
    folded = _fold(word)
    if folded in _OWN_ARTICLE:
        return _OWN_ARTICLE[folded]
    if folded.startswith(("l'", "l’")):
        rest = _fold(word[2:])
        return "none_f" if rest in _FEMININE else "none_m"
    if folded in _FEMININE:
        return "la"
    if folded in _MASCULINE:
        return "le"
    return "none_m"  # a proper name (Centraide, Moisson…): no article


def is_feminine(article: str) -> bool:
    return article in ("la", "none_f")


def _elides(name: str) -> bool:
    """Does an article or « de » before ``name`` lose its vowel (« l'Entraide », « d'Alma »)?"""
    word = _first_word(name)
    if not word:
        return False
    first = word[0].casefold()
    if first == "h":
        return _fold(word) not in _ASPIRATED_H
    return first in _VOWELS


def _split_own_article(name: str) -> tuple[str, str]:
    """``("le", "Pivot")`` for « Le Pivot », ``("les", "Petits Frères")``; else ``("", name)``."""
    stripped = name.strip()
    for article in ("Les ", "Le ", "LES ", "LE "):
        if stripped.startswith(article) and len(stripped) > len(article):
            return article.strip().casefold(), stripped[len(article):]
    return "", stripped


def with_article(name: str, article: str) -> str:
    """The name as the subject or object of a sentence: « le Comptoir… », « l'Entraide »."""
    if article in ("le", "la"):
        return ("l'" + name) if _elides(name) else f"{article} {name}"
    return name


def after_preposition(preposition: str, name: str, article: str) -> str:
    """« à » or « de » and the name, contracted: « au Comptoir », « à la Maison », « aux Petits
    Frères », « du Pivot », « d'Alma », « à Centraide »."""
    if article in ("le", "la"):
        if _elides(name):
            return f"{preposition} l'{name}"
        if article == "la":
            return f"{preposition} la {name}"
        return ("au " if preposition == "à" else "du ") + name
    own, rest = _split_own_article(name)
    if own == "le":
        return ("au " if preposition == "à" else "du ") + rest
    if own == "les":
        return ("aux " if preposition == "à" else "des ") + rest
    if preposition == "de" and _elides(name):
        return "d'" + name
    return f"{preposition} {name}"


def represented(article: str) -> str:
    """« représenté » or « représentée », agreeing with the organization."""
    return "représentée" if is_feminine(article) else "représenté"


def sample(name: str, article: str, limit: int = 40) -> str:
    """How the choice reads, for the party editor: « au Comptoir alimentaire…, représenté par »."""
    shown = name.strip() or "…"
    if len(shown) > limit:
        shown = shown[: limit - 1].rstrip() + "…"
    return f"{with_article(shown, article)} · {after_preposition('à', shown, article)} · " \
           f"{represented(article)} par"
