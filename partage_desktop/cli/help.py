"""What ``partage-desktop --help`` says, in French or in English: one line per command, a help text
per option, and argparse's own headings ("usage:", "options") in the chosen language.

``use(lang)`` is called once by ``cli.build_parser`` before any parser is made; ``h(key)`` then
gives the text in that language.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from partage_desktop.words import template

_lang = ["fr"]


def use(lang: str) -> None:
    _lang[0] = lang if lang in ("fr", "en") else "fr"


def h(key: str) -> str:
    """The help text ``key`` (the words catalogue's ``help_<key>``), as argparse takes it."""
    return template(f"help_{key}", _lang[0])


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with "usage:" in the chosen language."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else h("usage"))


def translate_headings(parser: argparse.ArgumentParser, with_help: bool) -> None:
    """Section titles in the chosen language, and a translated -h/--help (argparse's is English)."""
    parser._positionals.title = h("positional")
    parser._optionals.title = h("options")
    if with_help:
        parser.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=h("help"))
