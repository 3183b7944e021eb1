"""Agreements as pure data: templates, answers, validation, the printable document, fingerprints, life cycle."""
