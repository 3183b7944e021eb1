"""Fixed wording of an agreement document in French and in English."""

from __future__ import annotations

from typing import Any

from partage_desktop.core.agreements.document import Labels
from partage_desktop.core.formatting import french_spacing

_FR = dict(
    reference="Référence",
    version="Version",
    page_of="Page {page} de {pages}",
    fingerprint="Empreinte",
    initials="Initiales",
    glance_title="En bref",
    parties_title="Les parties",
    between="ENTRE",
    and_="ET",
    represented_by="{represented} par {name}, {title}, dûment autorisé(e)",
    neq="NEQ",
    preamble_title="Préambule",
    agree="EN CONSÉQUENCE, LES PARTIES CONVIENNENT DE CE QUI SUIT :",
    cost_title="Répartition des coûts",
    annexes_title="Annexes",
    annex="Annexe",
    signatures_title="Signatures",
    in_witness="EN FOI DE QUOI, les parties ont signé la présente entente en {n} exemplaires originaux, "
    "chaque partie conservant un exemplaire.",
    organization="Organisme",
    representative="Représentant(e)",
    title="Titre",
    authorized="Dûment autorisé(e) par une résolution du conseil d'administration adoptée le :",
    signature="Signature",
    date="Date",
    place="Lieu",
    notice_title="Avis important",
    edited_mark="(texte propre à la présente entente)",
    draft_mark="PROJET — incomplet",
    draft_notice="Aperçu d'un projet incomplet : les blancs (________) sont des réponses qui manquent "
    "encore dans l'assistant. Ce document ne peut pas être signé tel quel ; l'entente à signer s'exporte "
    "depuis l'assistant une fois toutes les réponses données.",
)

_EN = dict(
    reference="Reference",
    version="Version",
    page_of="Page {page} of {pages}",
    fingerprint="Fingerprint",
    initials="Initials",
    glance_title="At a glance",
    parties_title="The parties",
    between="BETWEEN",
    and_="AND",
    represented_by="represented by {name}, {title}, duly authorized",
    neq="NEQ",
    preamble_title="Preamble",
    agree="NOW, THEREFORE, THE PARTIES AGREE AS FOLLOWS:",
    cost_title="Cost sharing",
    annexes_title="Schedules",
    annex="Schedule",
    signatures_title="Signatures",
    in_witness="IN WITNESS WHEREOF, the parties have signed this agreement in {n} original copies, "
    "each party keeping one copy.",
    organization="Organization",
    representative="Representative",
    title="Title",
    authorized="Duly authorized by a resolution of the board of directors adopted on:",
    signature="Signature",
    date="Date",
    place="Place",
    notice_title="Important notice",
    edited_mark="(wording specific to this agreement)",
    draft_mark="DRAFT — incomplete",
    draft_notice="Preview of an incomplete draft: the blanks (________) are answers still missing in "
    "the wizard. This document cannot be signed as it is; the agreement to sign is exported from the "
    "wizard once every answer is given.",
)

LABELS = {
    "fr": Labels(**{k: french_spacing(v) for k, v in _FR.items()}),
    "en": Labels(**_EN),
}

# Words the document builder needs beyond the labels drawn by the PDF.
WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "yes": "oui",
        "no": "non",
        "annex": "Annexe",
        "and_more": "et {n} autre(s)",
        "annex_letters": "ABCDEFGHJKLMNPQRSTUVWXYZ",
        "special": "Dispositions particulières",
        "party": "Partie",
        "share": "Base",
        "amount": "Montant",
        "total": "Total",
        "method": {
            "equal": "à parts égales",
            "percent": "selon les pourcentages convenus",
            "amount": "selon des montants fixes convenus",
            "per_use": "selon l'utilisation, au tarif de {rate} par utilisation",
        },
        "basis": {"equal": "Part", "percent": "Pourcentage", "amount": "Montant convenu", "per_use": "Utilisations"},
        "who_pays": "Qui paie quoi",
        "notice": "Ce document a été préparé avec Partage à partir d'un modèle général. Il ne constitue "
        "pas un avis juridique. Pour une entente complexe ou de grande valeur (immeuble, personnel, "
        "renseignements personnels, nouvelle entité), faites-le relire par un juriste, un avocat ou un "
        "notaire avant de le signer.",
        "subject": "Entente de partage des ressources entre organismes",
        "no_value": "—",
        "role_collective": "ci-après collectivement « les Parties »",
        "hereinafter": "ci-après « {role} »",
    },
    "en": {
        "yes": "yes",
        "no": "no",
        "annex": "Schedule",
        "and_more": "and {n} more",
        "annex_letters": "ABCDEFGHJKLMNPQRSTUVWXYZ",
        "special": "Special provisions",
        "party": "Party",
        "share": "Basis",
        "amount": "Amount",
        "total": "Total",
        "method": {
            "equal": "in equal shares",
            "percent": "according to the agreed percentages",
            "amount": "according to agreed fixed amounts",
            "per_use": "according to use, at a rate of {rate} per use",
        },
        "basis": {"equal": "Share", "percent": "Percentage", "amount": "Agreed amount", "per_use": "Uses"},
        "who_pays": "Who pays what",
        "notice": "This document was prepared with Partage from a general template. It is not legal "
        "advice. For a complex or high-value arrangement (a building, staff, personal information, a "
        "new entity), have it reviewed by a lawyer or notary before signing.",
        "subject": "Resource-sharing agreement between organizations",
        "no_value": "—",
        "role_collective": "hereinafter collectively “the Parties”",
        "hereinafter": "hereinafter “{role}”",
    },
}
for _key in ("notice", "role_collective", "hereinafter"):
    WORDS["fr"][_key] = french_spacing(str(WORDS["fr"][_key]))
