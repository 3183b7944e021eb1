"""Which drawing of an agreement (and of an amendment) a version was made with.

A frozen version must draw again exactly as it was exported, years later, so that ``agreement
verify`` can compare the pages of a copy with what its embedded answers draw. Any change to what
the pages show (typography, PDF/A preparation, signature fields, two-column bilingual layout)
is therefore a new layout number, and the drawing code keeps the earlier layouts as they were.

- ``LEGACY`` (1): the drawing of every release before archival PDF/A.
- ``ARCHIVAL`` (2): PDF/A-3b, word-boundary hyphenation in table cells, superscript ordinals,
  no widowed headings, an empty signature field for each signatory.

A version stores its layout (``agreement_version.layout``, migration 0010); a copy handed to
``agreement verify`` does not say which one it is, so verification tries ``ALL`` in order.
"""

from __future__ import annotations

LEGACY = 1
ARCHIVAL = 2
CURRENT = ARCHIVAL
ALL = (CURRENT, LEGACY)  # newest first: a recent copy matches on the first try
