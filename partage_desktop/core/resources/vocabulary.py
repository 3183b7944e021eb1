"""The shared resources' vocabulary: the codes stored in the database and carried by offers sheets.

Codes here, words in the catalogue (``resource_<group>_<code>``): the window, the PDF sheet and the
command line all word them the same way. Categories are not here: they are an editable list (table
``resource_category``, seeded from ``resources/resources/catalogue.toml``).
"""

from __future__ import annotations

from partage_desktop.words import t

KINDS = ("equipment", "vehicle", "premises", "staff", "expertise", "service", "data")
# a fixed scale, from best to worst
CONDITIONS = ("new", "very_good", "good", "fair", "worn", "out_of_order")
PRICING = ("free", "fee", "cost_sharing")
FEE_UNITS = ("hour", "day", "week", "loan")
VISIBILITY = ("network", "private")
URGENCY = ("low", "normal", "high")
NEED_STATUSES = ("open", "found", "withdrawn")
BOOKING_STATUSES = ("requested", "approved", "picked_up", "returned", "closed", "refused", "cancelled")
# the bookings that hold the resource: a new booking may not overlap them
HOLDING = ("requested", "approved", "picked_up")
# what a person may do next from each status
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "requested": ("approved", "refused", "cancelled"),
    "approved": ("picked_up", "cancelled"),
    "picked_up": ("returned",),
    "returned": ("closed",),
    "closed": (),
    "refused": (),
    "cancelled": (),
}
SIDES = ("offer", "need")
MATCH_DECISIONS = ("confirmed", "dismissed")

# the journal's resource kind a loan of each kind is recorded under (core/journal/vocabulary.py)
JOURNAL_KIND = {"equipment": "material", "vehicle": "material", "premises": "premises", "staff": "human",
                "expertise": "expertise", "service": "services", "data": "data"}
# the agreement template that suits each kind best (resources/templates/)
TEMPLATE_FOR_KIND = {"equipment": "pret-materiel", "vehicle": "pret-materiel", "premises": "locaux-partages",
                     "staff": "employe-partage", "expertise": "services-partages", "service": "services-partages",
                     "data": "partage-donnees"}
# kinds booked by the hour and by the week (recurring bookings are offered for these)
RECURRING_KINDS = ("premises", "staff")

_GROUPS: dict[str, tuple[str, ...]] = {
    "kind": KINDS, "condition": CONDITIONS, "pricing": PRICING, "fee_unit": FEE_UNITS,
    "visibility": VISIBILITY, "urgency": URGENCY, "need_status": NEED_STATUSES,
    "booking_status": BOOKING_STATUSES, "side": SIDES,
}


def label(group: str, code: str, lang: str) -> str:
    """The words for ``code`` in ``group``; an unknown code (from a newer partner's sheet) is shown
    as it is rather than hidden."""
    if code not in _GROUPS[group]:
        return code
    return t(f"resource_{group}_{code}", lang)


def choices(group: str, lang: str) -> list[tuple[str, str]]:
    return [(code, label(group, code, lang)) for code in _GROUPS[group]]
