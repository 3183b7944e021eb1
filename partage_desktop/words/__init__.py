"""The words a user reads outside the Qt widgets, looked up by message code in one gettext catalogue
(``words.t(code, lang, **params)``; ``words.tn(code, n, lang, **params)`` for plurals;
``words.say(message, lang)`` for a ``platform.errors.Message`` raised from below;
``words.template(code, lang)`` for words whose placeholders a layout fills later). A leaf: imports
only ``partage_desktop.platform``."""

from partage_desktop.words.catalogue import say, t, template, tn

__all__ = ["say", "t", "template", "tn"]
