"""The wizard asks the questions in the order a person thinks (``field_order`` in each template):
the start date before the end date, then renewal and its notice — not where clauses first name them."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from partage_desktop.core.agreements.template_loader import (
    load_catalogue,
    load_common,
    load_template,
)
from partage_desktop.core.agreements.templates import TemplateError
from partage_desktop.platform.resources import templates_dir

CATALOGUE = load_catalogue(templates_dir())
DATES = ("start_date", "end_date", "renewal", "renewal_notice_days")


@pytest.mark.parametrize("template_id", sorted(CATALOGUE.templates))
def test_dates_come_in_the_order_start_end_renewal_notice(template_id):
    template = CATALOGUE.get(template_id)
    order = [f.id for f in template.fields]
    asked = [fid for fid in order if fid in DATES]
    assert asked == list(DATES), asked
    dates_step = [f.id for f in template.fields if f.group == "dates"]
    assert dates_step[0] == "start_date"  # the step opens on the start date


@pytest.mark.parametrize("template_id", sorted(CATALOGUE.templates))
def test_every_template_gives_its_order_explicitly(template_id):
    raw = tomllib.loads((templates_dir() / f"{template_id}.toml").read_text("utf-8"))
    assert raw.get("field_order") == [f.id for f in CATALOGUE.get(template_id).fields]


def _template_with(tmp_path: Path, order_line: str) -> Path:
    source = (templates_dir() / "entente-collaboration.toml").read_text("utf-8")
    start = source.index("field_order = [")
    end = source.index("]", start) + 1
    path = tmp_path / "entente-collaboration.toml"
    path.write_text(source[:start] + order_line + source[end:], "utf-8")
    return path


def test_a_wrong_field_order_fails_when_the_template_loads(tmp_path):
    common = load_common(templates_dir() / "common.toml")
    good = [f.id for f in CATALOGUE.get("entente-collaboration").fields]
    with pytest.raises(TemplateError, match="lacks"):
        load_template(_template_with(tmp_path, f"field_order = {good[:-1]!r}".replace("'", '"')), common)
    with pytest.raises(TemplateError, match="unknown"):
        load_template(_template_with(tmp_path, f"field_order = {[*good, 'nope']!r}".replace("'", '"')), common)
    with pytest.raises(TemplateError, match="twice"):
        load_template(_template_with(tmp_path, f"field_order = {[*good, good[0]]!r}".replace("'", '"')), common)


def test_without_field_order_common_fields_follow_common_toml_not_the_alphabet(tmp_path):
    common = load_common(templates_dir() / "common.toml")
    template = load_template(_template_with(tmp_path, ""), common)
    asked = [f.id for f in template.fields if f.id in DATES]
    assert asked == list(DATES)
