"""The figures of a sharing project (or of all), as plain values: hours invested per organization,
money saved, spent and avoided, net benefit, their monthly series, and the health check-ups.
services/journal/indicators.py computes them from the journal; the screen and the funder report's
PDF show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from partage_desktop.core.resources.figures import ResourceFigures


def cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class MonthPoint:
    month: str  # YYYY-MM
    hours: Decimal
    saved: Decimal
    spent: Decimal
    avoided: Decimal

    @property
    def net(self) -> Decimal:
        return self.saved + self.avoided - self.spent


@dataclass(frozen=True)
class PartnerFigures:
    """One row of the per-partner table and its months. ``organization_id`` None is the "Not
    attributed" row: hours given to no organization, amounts of entries that name no partner."""

    organization_id: int | None
    name: str
    hours: Decimal
    saved: Decimal
    spent: Decimal
    avoided: Decimal
    months: tuple[MonthPoint, ...] = ()

    @property
    def net(self) -> Decimal:
        return self.saved + self.avoided - self.spent


@dataclass(frozen=True)
class Indicators:
    hours: Decimal
    saved: Decimal
    spent: Decimal
    avoided: Decimal
    partners: list[PartnerFigures]
    months: list[MonthPoint]  # every month of the period, those without entries at zero
    kinds: dict[str, int]
    # what the shared resources did in the same period (loans, days, savings, use rates)
    resources: ResourceFigures | None = None

    @property
    def net(self) -> Decimal:
        """Net benefit: what the sharing saved or avoided, less what it cost."""
        return self.saved + self.avoided - self.spent

    def partner(self, organization_id: int | None) -> PartnerFigures | None:
        return next((p for p in self.partners if p.organization_id == organization_id), None)


def hours_of(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Checkup:
    id: int
    project_id: int
    taken_on: date
    answers: dict[str, int]
    score: float
