"""Fixed wording of the funder report, from the words catalogue (``report_…``)."""

from __future__ import annotations

from partage_desktop.words import template

KEYS = (
    "title", "all_projects", "period", "period_all", "made_on", "contents", "page_of", "h_project",
    "h_partners", "h_agreements", "h_activities", "h_results", "h_indicators", "h_health",
    "h_difficulties", "h_next", "stage", "resource", "continuum", "start", "organization", "neq",
    "representative", "reference", "agreement", "version", "fingerprint", "no_agreements", "none",
    "counts", "indicator", "value", "hours", "hours_short", "saved", "avoided", "spent", "net",
    "per_partner", "unassigned", "total", "shares_note", "per_partner_months", "chart_hours",
    "chart_money", "chart_hours_small", "chart_money_small", "chart_empty", "kind", "title_col",
    "capped_activities", "capped_results", "capped_difficulties", "health_intro", "date", "score",
    "trend_up", "trend_down", "trend_steady", "trend_single", "no_checkup",
    "resources", "loans", "days_used", "orgs_served", "saved_estimate", "top_resources", "resource_col",
    "use_rate", "resources_note",
)


def labels(lang: str) -> dict[str, str]:
    """The report's words; those with ``{name}`` placeholders are filled where they are drawn."""
    return {key: template(f"report_{key}", lang) for key in KEYS}
