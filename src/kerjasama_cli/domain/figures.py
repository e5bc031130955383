"""How a figure the bureau reports ("23 sister cities in 2024") maps onto the registry's records.

`stats --reported` sets each reported figure beside the registry's own count of the same thing
for the same local party and period. The rules below say what "the same thing" is; they are
deliberately simple so an analyst can redo the count by hand from `list`:

* Only agreements count (kind `agreement`: sister city, LoI, MoU, agreement, programme, other),
  never events; a record without a named partner is not a partner and is not counted.
* **In force in the period**: the agreement certainly existed by the period's end (the latest
  day its date can mean is on or before that end), it is not merely `proposed`, and no recorded
  end date falls before the period began. `recorded` counts what was in force; for a period with
  a start, `recorded_new` counts those whose first qualifying agreement lies wholly inside the
  period (formed in it), since some figures are totals and others are additions.
* **sister cities**: distinct partners that are local governments (city, province, region) with
  an agreement of type `sister_city`, `mou` or `loi` (sister-city status is usually declared by an
  LoI and sealed by an MoU; the bureau counts both, e.g. Kuala Lumpur after its LoI).
* **partner cities** (`city_partner`, "35 kota"): distinct partners of kind `city` with any
  agreement.
* **foreign institutions**: distinct partners of kind organisation, institution or country with
  any agreement.
* **domestic agreements**: agreements with partners in the local party's own country (the
  registry holds international cooperation, so this is usually 0).
* Other subjects (civil servants trained, interns, hospitals, ...) count people or places the
  registry does not hold: they are shown with `recorded` null.

Partners in the local party's own country never count as foreign.
"""

from __future__ import annotations

from dataclasses import dataclass

LOCAL_GOVERNMENTS = ("city", "province", "region")


@dataclass(frozen=True)
class FigureRule:
    """What the registry counts for one reported subject."""

    label: str  # "sister cities"
    partner_kinds: tuple[str, ...] | None = None  # None: any kind
    types: tuple[str, ...] | None = None  # agreement types; None: any
    domestic: bool = False  # partners in the home country (else only foreign ones)
    unit: str = "partners"  # "partners" (distinct) or "agreements"
    comparable: bool = True


RULES: dict[str, FigureRule] = {
    "sister_city": FigureRule("sister cities", LOCAL_GOVERNMENTS, ("sister_city", "mou", "loi")),
    "city_partner": FigureRule("partner cities", ("city",)),
    "foreign_institution": FigureRule(
        "foreign institutions", ("organisation", "institution", "country")
    ),
    "domestic_agreement": FigureRule("domestic agreements", domestic=True, unit="agreements"),
}

# Subjects with no counterpart in the registry, with a readable label.
UNCOUNTED: dict[str, str] = {
    "asn_trained": "civil servants (ASN) trained",
    "asn_intern": "civil-servant (ASN) interns",
    "hospital": "hospitals",
    "other": "other figures",
}


def rule_for(subject: str) -> FigureRule:
    """The rule for a subject; subjects the registry cannot count get a non-comparable rule."""
    if subject in RULES:
        return RULES[subject]
    label = UNCOUNTED.get(subject, subject.replace("_", " "))
    return FigureRule(label, comparable=False)
