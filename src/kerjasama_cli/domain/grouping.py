"""Group records under headings: calendar years, home leaders' terms, or partners.

`timeline`, `stats` and `list --by-governor` share these rules so the same record lands in the
same group everywhere. Grouping never guesses: a date that spans several years has its own
`2024–2025` group, an item known only as "in force by ..." has no year at all ("date unknown"),
and a governor the attribution left undetermined gets the "undetermined" group rather than a
neighbour's term.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from kerjasama_cli.domain.fuzzy_date import FuzzyDate
from kerjasama_cli.domain.governors import (
    BASIS_LABELS,
    DATE_UNKNOWN,
    NOT_RECORDED,
    UNDETERMINED,
    in_office,
)

# The groups a record without a leader term falls into, in the order they are shown (after the
# terms). The keys are the stored `governor_basis` values; the labels are what users see.
SPECIAL_GOVERNOR_GROUPS = (UNDETERMINED, NOT_RECORDED, DATE_UNKNOWN)
DATE_UNKNOWN_LABEL = BASIS_LABELS[DATE_UNKNOWN]  # "date unknown"
# A governor group without a leader term: why there is none with the government it is of
# ("date_unknown@DKI Jakarta"), so that a registry of several governments has one such group per
# government, never one mixing them (`stats`, `timeline`, `list --by-governor` alike).
BASIS_SEP = "@"


def split_basis(key: str | None) -> tuple[str, str | None]:
    """`date_unknown@DKI Jakarta` -> ('date_unknown', 'DKI Jakarta'); a term key -> (key, None)."""
    basis, sep, party = (key or "").partition(BASIS_SEP)
    return basis, (party if sep else None)


def government_ranks(terms: Iterable[Term]) -> dict[str | None, int]:
    """Each government's place among governor groups: in the order of its first term (TERMS
    come in term order), so that one government's terms stay together."""
    return {party: i for i, party in enumerate(dict.fromkeys(t.local_party for t in terms))}


def year_group(date: FuzzyDate) -> str | None:
    """The calendar year a date belongs to: "2024", "2024-2025" for a span, None when unknown.

    An item known only as "in force by 31 December 2024" has no known start, so it may date from
    any earlier year: it has no year (None, shown as "date unknown"), never the year of its bound.
    """
    if date.start is None or date.end is None or date.precision in ("by", "unknown"):
        return None
    if date.start.year == date.end.year:
        return str(date.start.year)
    return f"{date.start.year}-{date.end.year}"


def year_label(key: str | None) -> str:
    """`2024`, `2024–2025` (en dash), or `date unknown`."""
    return DATE_UNKNOWN_LABEL if key is None else key.replace("-", "–")


def year_order(key: str | None) -> tuple[int, str]:
    """Years ascending (a span after its first year's single items), unknown last."""
    return (1, "") if key is None else (0, key)


@dataclass(frozen=True)
class Term:
    """A leader's term as the store returns it (one row of `leaders`)."""

    id: int
    key: str
    name: str
    title: str
    start: dt.date
    end: dt.date | None
    local_party: str | None = None  # the government whose leader it was
    local_country: str | None = None  # and its country (London, GB or London, CA: m028)

    def label(self, lang: str = "id") -> str:
        """`Pj Gubernur, 17 Oktober 2022 – 17 Oktober 2024` (`… – in office` while serving,
        also when a running term's scheduled end is known)."""
        from kerjasama_cli.i18n import translator

        start = FuzzyDate(self.start, self.start, "day").label(lang)
        if self.end is None or in_office(self.end):
            end = translator(lang)("in office")
        else:
            end = FuzzyDate(self.end, self.end, "day").label(lang)
        return f"{self.title}, {start} – {end}"

    def short(self, lang: str = "en") -> str:
        """`2022-10-17 – 2024-10-17` (`… – in office`), for narrow tables."""
        from kerjasama_cli.i18n import translator

        running = self.end is None or in_office(self.end)
        end = translator(lang)("in office") if running else self.end.isoformat()
        return f"{self.start.isoformat()} – {end}"


def group_label(group: Group, lang: str) -> str:
    """A group's heading in a language: the year, leader or partner as is; the special groups
    (`date unknown`, `undetermined`, `not recorded`, `(partner not named)`) translated."""
    from kerjasama_cli.i18n import translator

    t = translator(lang)
    if group.term is None and group.basis in (*SPECIAL_GOVERNOR_GROUPS, "date_unknown"):
        return t.basis(group.basis)
    if group.key == "no_partner":
        return t(group.label)
    return group.label


@dataclass
class Group:
    """One heading and the rows under it, in order.

    `key` is stable for machines (a year, a leader key, a basis, a partner key); `label` is the
    heading; `term` is set for leader groups; `rows` may be empty (a term with nothing recorded).
    """

    key: str
    label: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    term: Term | None = None
    note: str | None = None
    # What a heading shows of the group's first row (a partner's country and kind) when its
    # rows are streamed after the heading rather than held (`partner_groups`).
    first: dict[str, Any] | None = None
    # A governor group's government; `several`: the groups shown belong to more than one, so
    # each heading names its own (`_by_government`).
    local_party: str | None = None
    several: bool = False

    @property
    def basis(self) -> str:
        """The key, less the government a group without a leader term is of (`split_basis`)."""
        return self.key if self.term is not None else split_basis(self.key)[0]


RowDate = Callable[[dict[str, Any]], FuzzyDate]


def chronological(rows: Iterable[dict[str, Any]], date_of: RowDate) -> list[dict[str, Any]]:
    """Rows in date order: by earliest possible day, then latest, then precision, then id.

    A year-only item sorts at the start of its year, before the exact dates inside it; an item
    with no known date sorts last.
    """
    return sorted(rows, key=lambda r: (date_of(r).sort_key(), r["id"]))


def by_year(rows: Sequence[dict[str, Any]], date_of: RowDate) -> list[Group]:
    """Groups per calendar year, in year order; undated and "in force by" items last."""
    keyed: dict[str | None, list[dict[str, Any]]] = {}
    for row in chronological(rows, date_of):
        keyed.setdefault(year_group(date_of(row)), []).append(row)
    groups = []
    for key in sorted(keyed, key=year_order):
        note = None
        if key is None:
            note = "start not known: in force by the date shown"
        groups.append(Group(key or "date_unknown", year_label(key), keyed[key], note=note))
    return groups


def stream_by_year(
    rows: Iterable[dict[str, Any]], date_of: RowDate
) -> Iterator[tuple[Group, Iterator[dict[str, Any]]]]:
    """`by_year` over rows already in its order (`store.queries.streams.timeline_by_year`): each
    group (its `rows` left empty) with an iterator over its rows, consumed before the next group."""
    for key, members in groupby(rows, key=lambda row: year_group(date_of(row))):
        note = "start not known: in force by the date shown" if key is None else None
        yield Group(key or "date_unknown", year_label(key), note=note), members


def by_governor(
    rows: Sequence[dict[str, Any]],
    terms: Sequence[Term],
    date_of: RowDate,
    keep_order: bool = False,
) -> list[Group]:
    """One group per leader term in term order (empty terms included), then the special groups.

    Rows carry `governor_key` (the term) or, without one, `governor_basis`; the special groups
    (undetermined, not recorded, date unknown) appear only when something falls into them.
    Within a group rows are in date order, or in the given order with `keep_order`.
    """
    groups = _term_groups(terms)
    special: dict[str, Group] = {}
    for row in rows if keep_order else chronological(rows, date_of):
        key = row.get("governor_key")
        if key and key in groups:
            groups[key].rows.append(row)
            continue
        # A term missing from `terms` still gets its own group under its name: never dropped.
        party = row.get("local_party")
        group_key = key or governor_group_key(None, row.get("governor_basis"), party)
        if group_key not in special:
            label = row.get("governor") if key else BASIS_LABELS.get(split_basis(group_key)[0])
            special[group_key] = _special(group_key, label or group_key, party)
        special[group_key].rows.append(row)
    return _by_government(terms, [*groups.values(), *special.values()])


def _term_groups(terms: Sequence[Term]) -> dict[str, Group]:
    return {t.key: Group(t.key, t.name, term=t, local_party=t.local_party) for t in terms}


def _special(key: str, label: str, party: str | None) -> Group:
    """A group without a term in `terms`: a basis's (with its note), or a term's not listed."""
    return Group(key, label, note=_SPECIAL_NOTES.get(split_basis(key)[0]), local_party=party)


def _by_government(terms: Sequence[Term], groups: list[Group]) -> list[Group]:
    """GROUPS in display order, as `stats --by governor` orders its rows: each government's terms
    (in term order), then its groups without a leader (undetermined, not recorded, date
    unknown); governments in the order of their first term (`government_ranks`). With more
    than one government, each group is marked to say whose it is."""
    ranks = government_ranks(terms)
    term_rank = {t.key: i for i, t in enumerate(terms)}
    order = {b: i for i, b in enumerate(SPECIAL_GOVERNOR_GROUPS)}

    def place(group: Group) -> tuple[int, int, int, str]:
        government = ranks.get(group.local_party, len(ranks))
        if group.term is not None:
            return government, 0, term_rank[group.key], ""
        return government, 1, order.get(group.basis, -1), group.key

    ordered = sorted(groups, key=place)
    several = len({g.local_party for g in ordered}) > 1
    for group in ordered:
        group.several = several
    return ordered


_SPECIAL_NOTES = {
    UNDETERMINED: "the date spans several office-holders and no source names the signatory",
    NOT_RECORDED: "the date lies outside every recorded term",
    DATE_UNKNOWN: "no start date: cannot say who was in office",
}


def by_partner(rows: Sequence[dict[str, Any]], date_of: RowDate) -> list[Group]:
    """One group per partner (alphabetical), each partnership's history in date order."""
    keyed: dict[str, Group] = {}
    for row in chronological(rows, date_of):
        key = row.get("partner_key") or ""
        if key not in keyed:
            label = row.get("partner") or "(partner not named)"
            keyed[key] = Group(key or "no_partner", label)
        keyed[key].rows.append(row)
    return sorted(keyed.values(), key=lambda g: (g.key == "no_partner", g.label.casefold()))


# -- grouped reads that stream: the groups first (from their distinct keys), then the rows --------


def governor_groups(
    terms: Sequence[Term], found: Iterable[tuple[str | None, str | None, str | None, str | None]]
) -> list[Group]:
    """`by_governor`'s groups, in its order, their rows left empty: from the terms and the
    distinct (governor_key, governor, governor_basis, local_party) of the rows. A row's group key is
    `governor_group_key` of these."""
    groups = _term_groups(terms)
    special: dict[str, Group] = {}
    for key, governor, basis, party in found:
        if key and key in groups:
            continue
        group_key = governor_group_key(key, basis, party)
        if group_key not in special:
            label = governor if key else BASIS_LABELS.get(split_basis(group_key)[0])
            special[group_key] = _special(group_key, label or group_key, party)
    return _by_government(terms, [*groups.values(), *special.values()])


def governor_group_key(key: str | None, basis: str | None, party: str | None) -> str:
    """The group of a row in `by_governor`: its term, else its basis with its government
    (`store.queries.streams.GOVERNOR_GROUP_SQL` says the same in SQL)."""
    return key or f"{basis or NOT_RECORDED}{BASIS_SEP}{party or ''}"


def partner_groups(
    found: Iterable[tuple[str | None, str | None, str | None, str | None]],
) -> list[tuple[str, Group]]:
    """`by_partner`'s groups, in its order, their rows left empty, each after the key its rows
    carry (the partner key, "" for none): from the distinct (partner_key, partner, country,
    partner_kind) of the rows in the order of each one's first row by date (which breaks ties
    between equal names)."""
    keyed: dict[str, Group] = {}
    for key, name, country, kind in found:
        first = {"partner_key": key, "country": country, "partner_kind": kind}
        key = key or ""
        if key not in keyed:
            label = name or "(partner not named)"
            keyed[key] = Group(key or "no_partner", label, first=first)
    ordered = sorted(
        keyed.items(), key=lambda kg: (kg[1].key == "no_partner", kg[1].label.casefold())
    )
    return ordered


def stream_groups(
    groups: Iterable[tuple[str, Group]], rows: Iterable[dict[str, Any]]
) -> Iterator[tuple[Group, Iterator[dict[str, Any]]]]:
    """Each group with an iterator over its rows, ROWS coming in the groups' order, each with
    its group's key as `group_key` (consume a group's rows before the next group): groups
    without rows get none, as `by_governor`'s empty terms."""
    rows = iter(rows)
    pending = next(rows, None)

    def members(key: str) -> Iterator[dict[str, Any]]:
        nonlocal pending
        while pending is not None and pending["group_key"] == key:
            yield pending  # the next row is read after this one is used (its people...)
            pending = next(rows, None)

    for key, group in groups:
        yield group, members(key)


def first_rows(
    groups: Iterable[tuple[Group, Iterable[dict[str, Any]]]],
    count: int,
    seen: Callable[[dict[str, Any]], Any] | None = None,
) -> list[Group]:
    """The groups holding the first COUNT rows of streamed GROUPS, those rows in their `rows`
    (groups without any left out): what a screenful shows. SEEN is called with each row kept,
    while it is the current one."""
    held: list[Group] = []
    left = count
    for group, members in groups:
        if left <= 0:
            break
        for row in members:
            group.rows.append(row)
            if seen is not None:
                seen(row)
            left -= 1
            if not left:
                break
        if group.rows:
            held.append(group)
    return held
