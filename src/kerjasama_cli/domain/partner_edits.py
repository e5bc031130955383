"""Validate `partners edit` options as `add` validates a new partner's (no SQL here)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain import vocab
from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.text_forms import clean_fields


@dataclass
class PartnerEdit:
    """The raw options: None leaves a field alone, an empty text clears it."""

    name: str | None = None
    country: str | None = None
    region: str | None = None
    kind: str | None = None
    notes: str | None = None
    latitude: str | None = None
    longitude: str | None = None
    add_aliases: list[str] = field(default_factory=list)
    remove_aliases: list[str] = field(default_factory=list)


def coordinate(text: str, field: str, limit: float) -> float | None:
    """A latitude (limit 90) or longitude (limit 180) in decimal degrees; '' clears it."""
    if not text.strip():
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise ValidationError(field, text, "must be decimal degrees, e.g. -6.2") from None
    if not math.isfinite(value) or not -limit <= value <= limit:
        raise ValidationError(
            field, text, "must be between -{limit} and {limit}", limit=f"{limit:g}"
        )
    return value


def partner_values(
    edit: PartnerEdit, current_country: str | None, current_region: str | None = None
) -> dict[str, Any]:
    """The columns to change, normalised (countries, regions and kinds as `add` takes them)."""
    from kerjasama_cli.domain.countries import resolve_country, resolve_region

    edit = clean_fields(edit)  # format characters out, compatibility forms folded
    values: dict[str, Any] = {}
    if edit.name is not None:
        if not edit.name.strip():
            raise ValidationError("--name", edit.name, "cannot be empty")
        values["name"] = " ".join(edit.name.split())
    if edit.country is not None:
        values["country"] = (
            resolve_country(edit.country, "--country").code if edit.country.strip() else None
        )
    country = values.get("country", current_country)
    if edit.region is not None:
        values["region"] = (
            resolve_region(edit.region, country, "--region") if edit.region.strip() else None
        )
    elif current_region and country and not current_region.startswith(f"{country}-"):
        raise ValidationError(
            "--country",
            edit.country,
            "the partner's region {region} is not in {country}; "
            "give --region (or --region '' to clear it)",
            region=current_region,
            country=country,
        )
    if edit.kind is not None:
        values["kind"] = vocab.normalise("--kind", edit.kind, vocab.PARTNER_KINDS)
    if edit.notes is not None:
        values["notes"] = edit.notes.strip() or None
    if edit.latitude is not None:
        values["latitude"] = coordinate(edit.latitude, "--lat", 90)
    if edit.longitude is not None:
        values["longitude"] = coordinate(edit.longitude, "--lon", 180)
    return values
