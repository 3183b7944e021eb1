"""The wizard's steps, in order, and the template group each group step shows (the window builds the
pages; the step list and the pages look them up)."""

from __future__ import annotations

from enum import IntEnum


class Page(IntEnum):
    TEMPLATE = 0
    PARTIES = 1
    RESOURCE = 2
    DATES = 3
    COSTS = 4
    RESPONSIBILITIES = 5
    GOVERNANCE = 6
    DATA = 7
    TERMINATION = 8
    CLAUSES = 9
    REVIEW = 10


GROUP_PAGES = {
    Page.RESOURCE: "resource", Page.DATES: "dates", Page.COSTS: "costs",
    Page.RESPONSIBILITIES: "responsibilities", Page.GOVERNANCE: "governance", Page.DATA: "data",
    Page.TERMINATION: "termination",
}
