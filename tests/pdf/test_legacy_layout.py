"""Layout 1 (every release before archival PDF/A) keeps drawing its pages exactly as before, so
that ``agreement verify`` still recognizes the copies users already hold."""

from __future__ import annotations

import json

from layout_pin import DIGESTS, digests

from partage_desktop.pdf.agreement.layouts import LEGACY


def test_layout_1_pages_are_unchanged():
    # computed from the code before layout 2 existed (see layout_pin.py), not from today's output
    assert digests(LEGACY) == json.loads(DIGESTS.read_text("utf-8"))
