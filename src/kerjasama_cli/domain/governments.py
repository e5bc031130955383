"""Local governments (the home side of every record) and the rules for their leaders' terms.

A local government has a name, aliases, a country, an ISO 3166-2 region and a kind; its leaders
are terms of office. Two full (elected) leaders of one government never serve on the same day
except the boundary day, which belongs to both (docs/domain.md); acting officials (Plt, Plh,
Pj) serve inside or between those terms and may overlap them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.records import Leader, LocalGovernment
from kerjasama_cli.domain.text_forms import clean_name, clean_names, clean_prose

# Kinds of local government, with the words met for them (Indonesian and English).
GOVERNMENT_KINDS: Mapping[str, tuple[str, ...]] = {
    "province": ("provinsi", "state", "prefecture", "negara bagian"),
    "city": ("kota", "municipality", "pemkot"),
    "regency": ("kabupaten", "county", "pemkab"),
    "district": ("kecamatan", "borough"),
    "region": ("wilayah", "daerah"),
    "agency": ("dinas", "badan", "bumd", "enterprise"),
}

# The title of a government's head by its kind (English msgids, context `head`: Gubernur, Wali
# Kota, Bupati); a view over several kinds of government, or an unknown kind, says "Head of
# government" (Kepala daerah).
HEAD_TITLES: Mapping[str, str] = {"province": "Governor", "city": "Mayor", "regency": "Regent"}
GENERIC_HEAD = "Head of government"


def head_title(kinds: Iterable[str | None]) -> str:
    """The heading for the heads of the governments of these kinds: `Mayor` for cities only."""
    titles = {HEAD_TITLES.get(kind or "", GENERIC_HEAD) for kind in kinds}
    return titles.pop() if len(titles) == 1 else GENERIC_HEAD


# Titles of acting officials: they hold the office on their days and may overlap a full term.
_ACTING = re.compile(r"^\s*(plt|plh|pj|penjabat|pelaksana|acting)\b", re.IGNORECASE)


def is_acting(title: str) -> bool:
    """True for an acting official's title (Plt/Plh/Pj Gubernur, Penjabat, acting mayor)."""
    return bool(_ACTING.match(title))


def check_term(leader: Leader, field_from: str = "--from", field_to: str = "--to") -> None:
    """A term cannot end before it starts."""
    if leader.end is not None and leader.end < leader.start:
        raise ValidationError(
            field_to,
            leader.end.isoformat(),
            "is before {what}",
            what=f"{field_from} {leader.start.isoformat()}",
        )


def _overlap_days(a: Leader, b: Leader) -> tuple[dt.date, dt.date] | None:
    start = max(a.start, b.start)
    ends = [e for e in (a.end, b.end) if e is not None]
    end = min(ends) if ends else dt.date.max
    # A shared boundary day is a hand-over, not an overlap.
    return (start, end) if start < end else None


def clashing_term(leader: Leader, others: Iterable[Leader]) -> Leader | None:
    """The term `leader` may not share days with, if any: a full term of another person that
    `leader`'s full term overlaps, or a second copy of the same person's term (same title,
    overlapping days: `leaders add` run twice).

    An acting stint (Plt, Plh, Pj) inside a term is legitimate, and so are two consecutive
    terms of one person (a re-election).
    """
    for other in others:
        if other.key == leader.key:
            continue
        if other.local_party.casefold() != leader.local_party.casefold():
            continue
        countries = {(x.local_country or "").upper() for x in (leader, other) if x.local_country}
        if len(countries) > 1:  # London, GB's mayor and London, CA's (m028)
            continue
        if not _overlap_days(leader, other):
            continue
        if _same_person(leader, other):
            if leader.title.casefold() == other.title.casefold():
                return other
        elif not (is_acting(leader.title) or is_acting(other.title)):
            return other
    return None


def _same_person(a: Leader, b: Leader) -> bool:
    return " ".join(a.name.split()).casefold() == " ".join(b.name.split()).casefold()


def check_terms(leaders: Sequence[Leader], field: str = "--from") -> None:
    """Refuse terms that end before they start and overlapping full terms of two people."""
    for number, leader in enumerate(leaders):
        check_term(leader)
        other = clashing_term(leader, leaders[number + 1 :])
        if other is not None:
            raise overlap_error(leader, other, field)


def overlap_error(leader: Leader, other: Leader, field: str = "--from") -> ValidationError:
    """The one-line error for two full terms that overlap, or a term recorded twice."""
    if _same_person(leader, other):
        return ValidationError(
            field,
            leader.start.isoformat(),
            "{other} is already recorded in {party} as {key}; change that term with "
            "`leaders edit {key}`",
            other=f"{other.name} ({other.title}, {other.term_label()})",
            party=other.local_party,
            key=other.key,
        )
    return ValidationError(
        field,
        leader.start.isoformat(),
        "the term of {leader} overlaps the full term of {other} in {party}; "
        "only acting officials (Plt, Plh, Pj) may overlap",
        leader=f"{leader.name} ({leader.title}, {leader.term_label()})",
        other=f"{other.name} ({other.title}, {other.term_label()})",
        party=other.local_party,
    )


def parse_government(item: Mapping[str, Any], field: str = "governments") -> LocalGovernment:
    """A government from a mapping (`home:` or `governments:` in a YAML/JSON document)."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import resolve_country, resolve_region
    from kerjasama_cli.domain.keys import slugify

    name = str(item.get("local_party") or item.get("name") or "").strip()
    if not name:
        raise ValidationError(f"{field}.name", None, "is required")
    country_text = item.get("local_country") or item.get("country")
    country = resolve_country(str(country_text), "country").code if country_text else None
    region_text = item.get("region")
    region = resolve_region(str(region_text), country, "region") if region_text else None
    kind_text = item.get("kind")
    kind = vocab.normalise("kind", str(kind_text), GOVERNMENT_KINDS) if kind_text else None
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split(";")]
    if not isinstance(aliases, list):
        raise ValidationError(f"{field}.aliases", aliases, "must be a list")
    return LocalGovernment(
        key=str(item.get("key") or slugify(name, country)),
        name=name,
        country=country,
        region=region,
        kind=kind,
        aliases=tuple(dict.fromkeys(str(a).strip() for a in aliases if str(a).strip())),
        notes=str(item["notes"]).strip() if item.get("notes") else None,
    )


def government_values(
    country: str | None,
    region: str | None,
    kind: str | None,
    notes: str | None,
    current_country: str | None = None,
    current_region: str | None = None,
) -> dict[str, Any]:
    """The fields `governments add`/`edit`/`list` were given, normalised: None leaves a field
    alone, an empty text clears it. A region is read in the country given, else the current one;
    a new country that would leave the current region behind (ID-JK under MY) is refused, as
    `partners edit` refuses it."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import resolve_country, resolve_region

    country, region, kind = (clean_name(v) if v else v for v in (country, region, kind))
    notes = clean_prose(notes) if notes else notes
    values: dict[str, Any] = {}
    if country is not None:
        values["country"] = resolve_country(country, "--country").code if country.strip() else None
    code = values.get("country", current_country)
    if region is not None:
        values["region"] = resolve_region(region, code, "--region") if region.strip() else None
    elif (
        current_region
        and code
        and "country" in values
        and not current_region.startswith(f"{code}-")
    ):
        raise ValidationError(
            "--country",
            country,
            "the local government's region {region} is not in {country}; "
            "give --region (or --region '' to clear it)",
            region=current_region,
            country=code,
        )
    if kind is not None:
        values["kind"] = vocab.normalise("--kind", kind, GOVERNMENT_KINDS) if kind.strip() else None
    if notes is not None:
        values["notes"] = notes.strip() or None
    return values


def new_government(
    name: str,
    country: str | None,
    region: str | None,
    kind: str | None,
    notes: str | None,
    aliases: Sequence[str] | None,
) -> LocalGovernment:
    """A government from `governments add`'s options, checked (its key from name and country)."""
    from kerjasama_cli.domain.keys import slugify

    text = " ".join(clean_name(name).split())
    if not text:
        raise ValidationError("NAME", name, "cannot be empty")
    country, region, kind = (clean_name(v) if v else v for v in (country, region, kind))
    notes = clean_prose(notes) if notes else notes
    if country is None:
        raise ValidationError("--country", "", "is required (ISO code or name)")
    values = government_values(country, region, kind, notes)
    names = tuple(dict.fromkeys(clean_names(aliases)))
    return LocalGovernment(
        key=slugify(text, values.get("country")), name=text, aliases=names, **values
    )
