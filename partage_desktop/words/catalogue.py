"""The catalogue of the words a user reads outside the Qt widgets: the command line's output, the
services' messages and errors, start-up problems (shown before Qt is loaded).

The words are gettext catalogues, ``resources/i18n/messages/<lang>/LC_MESSAGES/partage.po``,
compiled to ``.mo`` beside them by ``packaging/translations.py``; Python's own ``gettext`` reads
the ``.mo`` at run time. A msgid is a stable message code, its msgstr the words, with ``{name}``
placeholders (python-brace-format) and real plural forms (the catalogue's Plural-Forms header:
French says « 0 entente », English "0 agreements"). A message missing in English reads in French.
"""

from __future__ import annotations

import gettext
from functools import cache

from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.platform.resources import MissingResourceError, resource_path

LANGUAGES = ("fr", "en")
DOMAIN = "partage"


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "fr"


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang`` (French behind every other language)."""
    try:
        path = resource_path("i18n", "messages", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
        with path.open("rb") as handle:
            found: gettext.NullTranslations = gettext.GNUTranslations(handle)
    except (MissingResourceError, OSError):
        found = gettext.NullTranslations()  # a broken install shows the codes rather than crash
    if lang != "fr":
        found.add_fallback(translations("fr"))
    return found


def template(code: str, lang: str) -> str:
    """The message ``code`` in ``lang`` with its ``{name}`` placeholders left for the caller to fill
    (a label handed to a layout that fills it later, such as « Page {page} de {pages} »)."""
    return translations(_lang(lang)).gettext(code)


def t(code: str, lang: str, /, **params: object) -> str:
    """The message ``code`` in ``lang``, its ``{name}`` placeholders filled from ``params``."""
    return translations(_lang(lang)).gettext(code).format(**params)


def tn(code: str, count: int, lang: str, /, **params: object) -> str:
    """The message ``code`` in the plural form that ``count`` takes in ``lang``; ``{n}`` is
    ``count`` unless ``params`` says otherwise."""
    params.setdefault("n", count)
    return translations(_lang(lang)).ngettext(code, code, int(count)).format(**params)


def say(message: Message | str, lang: str) -> str:
    """A ``Message`` (a code and its parameters, from a layer that does not know the language) in
    ``lang``; a parameter that is itself a ``Message`` is worded too, at any depth, and a message with
    a ``count`` takes that count's plural form. Text already in the user's words is returned as it is."""
    if not isinstance(message, Message):
        return message
    params = {k: say(v, lang) if isinstance(v, Message) else v for k, v in message.params.items()}
    if message.count is not None:
        return tn(message.code, message.count, lang, **params)
    return t(message.code, lang, **params)


def error_lines(exc: BaseException, lang: str) -> list[str]:
    """The lines that tell the user what went wrong, in ``lang``: a ``UserInputError``'s problems,
    a ``DataUnusableError``'s message, or what any other exception says (``EnvironmentProblem``'s
    message is worded already; a system error's text is shown as it is, as before)."""
    if isinstance(exc, UserInputError):
        return [say(problem, lang) for problem in exc.problems]
    if isinstance(exc, DataUnusableError):
        return [say(exc.message, lang)]
    return [str(getattr(exc, "message", None) or exc)]


def say_error(exc: BaseException, lang: str) -> str:
    """An error (a ``PartageError`` above all) worded once, in ``lang``, one problem a line (for a dialog or a terminal)."""
    return "\n".join(error_lines(exc, lang))
