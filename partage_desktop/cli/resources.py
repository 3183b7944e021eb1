"""Command-line side of shared resources: ``partage-desktop resources ACTION``.

Each part of the feature keeps its actions in its own module and registers them here in
``PARTS``: ``add_actions(resources, action)`` adds its sub-parsers, ``ACTIONS`` names the actions
it runs and ``run(args, data, lang)`` runs one of them. main.py only wires this module.
"""

from __future__ import annotations

import argparse
import importlib
from typing import Any

from partage_desktop.platform import datadir

COMMANDS = ("resources",)
# the modules of cli/ that hold resources' actions (inventory, bookings, board…)
PARTS: tuple[str, ...] = ("resources_inventory", "resources_bookings", "resources_board",
                         "resources_matches")


def _parts() -> list[Any]:
    return [importlib.import_module(f"partage_desktop.cli.{name}") for name in PARTS]


def add_commands(group: Any, action: Any) -> None:
    resources = group("resources")
    for part in _parts():
        part.add_actions(resources, action)


def run(args: argparse.Namespace, data: datadir.DataDir, lang: str) -> int:
    for part in _parts():
        if args.action in part.ACTIONS:
            result: int = part.run(args, data, lang)
            return result
    raise AssertionError(args.action)
