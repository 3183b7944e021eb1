"""The words a user reads outside the Qt widgets, looked up by message code in one gettext catalogue
(``words.t(code, lang, **params)``; ``words.tn(code, n, lang, **params)`` for plurals;
``words.say(message, lang)`` for a ``platform.errors.Message`` raised from below;
``words.say_error(exc, lang)`` / ``words.error_lines(exc, lang)`` for a ``PartageError``;
``words.template(code, lang)`` for words whose placeholders a layout fills later). A leaf: imports
only ``partage_desktop.platform``."""

from partage_desktop.words.catalogue import error_lines, say, say_error, t, template, tn

__all__ = ["error_lines", "say", "say_error", "t", "template", "tn"]
