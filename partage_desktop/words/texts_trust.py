"""Bilingual messages of copy verification and of the checks made on what arrives in exchange
files (merged into texts.py's table; kept apart so that this feature's wording stays in one place)."""

from __future__ import annotations

TRUST_TEXTS: dict[str, dict[str, str]] = {
    # --- verify a copy against what is recorded here
    "copy_identical_agreement": {
        "fr": "Copie identique à la version {version} de l'entente {reference} enregistrée ici (« {title} », empreinte {fingerprint}) : même contenu, mêmes pages.",
        "en": "Copy identical to version {version} of agreement {reference} recorded here (“{title}”, fingerprint {fingerprint}): same content, same pages.",
    },
    "copy_identical_amendment": {
        "fr": "Copie identique à la version {version} de l'avenant {reference} enregistré ici (« {title} », empreinte {fingerprint}) : même contenu, mêmes pages.",
        "en": "Copy identical to version {version} of amendment {reference} recorded here (“{title}”, fingerprint {fingerprint}): same content, same pages.",
    },
    "copy_mismatch_agreement": {
        "fr": "ATTENTION : ce PDF a bien été produit par Partage, mais il ne correspond PAS à la version {version} de l'entente {reference} enregistrée ici : son contenu est différent (empreinte de ce PDF {fingerprint}, empreinte enregistrée {recorded}). Ne le signez pas; comparez-le avec la version enregistrée.",
        "en": "WARNING: this PDF was made by Partage, but it does NOT match version {version} of agreement {reference} recorded here: its content is different (this PDF's fingerprint {fingerprint}, recorded fingerprint {recorded}). Do not sign it; compare it with the recorded version.",
    },
    "copy_mismatch_amendment": {
        "fr": "ATTENTION : ce PDF a bien été produit par Partage, mais il ne correspond PAS à la version {version} de l'avenant {reference} enregistré ici : son contenu est différent (empreinte de ce PDF {fingerprint}, empreinte enregistrée {recorded}). Ne le signez pas; comparez-le avec la version enregistrée.",
        "en": "WARNING: this PDF was made by Partage, but it does NOT match version {version} of amendment {reference} recorded here: its content is different (this PDF's fingerprint {fingerprint}, recorded fingerprint {recorded}). Do not sign it; compare it with the recorded version.",
    },
    "copy_unknown_agreement": {
        "fr": "Ce PDF est un export de Partage non modifié depuis sa création (entente {reference}, version {version}, « {title} », empreinte {fingerprint}), mais cette entente ou cette version n'est pas enregistrée ici : rien ne dit que c'est la version convenue. Vérifiez auprès de l'organisme qui l'a produit.",
        "en": "This PDF is a Partage export unchanged since it was made (agreement {reference}, version {version}, “{title}”, fingerprint {fingerprint}), but that agreement or version is not recorded here: nothing shows it is the version agreed on. Check with the organization that made it.",
    },
    "copy_unknown_amendment": {
        "fr": "Ce PDF est un export de Partage non modifié depuis sa création (avenant {reference}, version {version}, « {title} », empreinte {fingerprint}), mais cet avenant ou cette version n'est pas enregistré ici : rien ne dit que c'est la version convenue. Vérifiez auprès de l'organisme qui l'a produit.",
        "en": "This PDF is a Partage export unchanged since it was made (amendment {reference}, version {version}, “{title}”, fingerprint {fingerprint}), but that amendment or version is not recorded here: nothing shows it is the version agreed on. Check with the organization that made it.",
    },
    "copy_unchecked_agreement": {
        "fr": "Ce PDF est identique à la version {version} de l'entente {reference} enregistrée ici (« {title} », empreinte {fingerprint}), mais cette version a été reçue d'un partenaire, faite avec une autre version du modèle : elle n'a jamais pu être vérifiée. Vérifiez auprès de l'organisme qui l'a produite.",
        "en": "This PDF is identical to version {version} of agreement {reference} recorded here (“{title}”, fingerprint {fingerprint}), but that version was received from a partner, made with another template version: it could never be checked. Check with the organization that made it.",
    },
    "copy_unchecked_amendment": {
        "fr": "Ce PDF est identique à la version {version} de l'avenant {reference} enregistré ici (« {title} », empreinte {fingerprint}), mais cette version a été reçue d'un partenaire, faite avec une autre version du modèle : elle n'a jamais pu être vérifiée. Vérifiez auprès de l'organisme qui l'a produite.",
        "en": "This PDF is identical to version {version} of amendment {reference} recorded here (“{title}”, fingerprint {fingerprint}), but that version was received from a partner, made with another template version: it could never be checked. Check with the organization that made it.",
    },
    # --- exchange files: what arrives is checked before anything is written
    "exchange_pdf_mismatch": {
        "fr": "Version {n} — son PDF ne montre pas le contenu de la version (ou il a été modifié) : refusé.",
        "en": "Version {n} — its PDF does not show the version's content (or it was changed): refused.",
    },
    "exchange_sha256": {
        "fr": "Version {n} — l'empreinte complète (SHA-256) ne correspond pas au contenu : la version a été modifiée après sa création.",
        "en": "Version {n} — the full hash (SHA-256) does not match the content: the version was changed after it was made.",
    },
    "exchange_action_conflict_signed": {
        "fr": "l'entente {ref} « {title} » est signée ici : rien de ce qui arrive de l'extérieur ne la modifie, ni elle ni ses versions. L'état reçu, différent, est ajouté à côté sous la référence {stored_as} ({n} {n:version|versions}). Comparez-les.",
        "en": "agreement {ref} “{title}” is signed here: nothing from outside changes it or its versions. The different state received is added beside it as {stored_as} ({n} {n:version|versions}). Compare them.",
    },
    "exchange_change_status": {
        "fr": "état : {before} → {after}",
        "en": "status: {before} → {after}",
    },
    "exchange_change_answers": {
        "fr": "brouillon remplacé par celui reçu",
        "en": "draft replaced by the one received",
    },
    "exchange_change_versions": {
        "fr": "{n} {n:nouvelle version|nouvelles versions}",
        "en": "{n} new {n:version|versions}",
    },
    "exchange_unchecked_versions": {
        "fr": "{n} {n:version faite|versions faites} avec une autre version du modèle, {n:gardée|gardées} à part sans vérification",
        "en": "{n} {n:version|versions} made with another template version, kept apart unchecked",
    },
    "version_unchecked_label": {
        "fr": "reçue sans vérification (autre version du modèle)",
        "en": "received unchecked (another template version)",
    },
}
