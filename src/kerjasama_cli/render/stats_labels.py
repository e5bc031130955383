"""How `stats` names what it counts, the same in every form (rich and plain tables, the
cross-table, markdown): a dimension's heading, each group's label (a country's name and code, a
governor and the term, a type or sector word in the language), and the notes under a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from kerjasama_cli.domain.governors import in_office
from kerjasama_cli.domain.sectors import sector_name
from kerjasama_cli.domain.stats import StatsTable
from kerjasama_cli.i18n import Translator

HEADINGS = {
    "country": "Country",
    "governor": "Governor",
    "type": "Type",
    "year": "Year",
    "sector": "Sector",
    "status": "Status",
    "local_party": "Local party",
    "family": "Family",
    "object": "Object",
    "stage": "Stage",
}
FOOTNOTE = "records = docs + events; docs = signed documents; partners = distinct partners"


# Acting officials' title prefixes (docs/domain.md, *Governors and acting officials*): shown in
# narrow tables, the titular title is not.
ACTING = ("Plt", "Plh", "Pj", "Acting")


def short_titles(table: StatsTable) -> dict[str, str]:
    """`Pj Gubernur` -> `Pj`, `Plt Gubernur` -> `Plt`, `Gubernur` -> '' (the term says enough)."""
    titles = {r.get("governor_title") for r in table.rows if r.get("governor_title")}
    return {t: (t.split()[0] if t.split()[0] in ACTING else "") for t in titles}


def group_word(dim: str, row: dict[str, Any], t: Translator) -> str:
    """A group's name in the language: a type, sector or status word, or `no country`..."""
    code = row.get(dim)
    if dim == "sector" and code:
        return sector_name(code, t.lang)  # an added sector by the registry's label
    if dim in ("type", "status", "family", "object", "stage") and code:
        return t.word(dim, code)
    if dim == "year" and not code:
        return t.basis("date_unknown")
    if dim == "governor" and not row.get("term_start"):
        return t.ctx("basis", str(row["group"]))  # undetermined, not recorded, date unknown
    if (
        dim in ("country", "type", "sector", "status", "local_party", "family", "object", "stage")
        and not code
    ):
        # no country, no sector, ... (store/briefing/aggregates._NONE_LABELS)
        return t(str(row["group"]))
    return str(row["group"])


def government_label(row: dict[str, Any], governments: Sequence[str]) -> str:
    """The government of a governor row as `governments` (StatsTable.governments) names it:
    "London (CA)" where two governments share the name, else the name."""
    name = row.get("local_party") or ""
    own = f"{name} ({row.get('local_country') or '—'})"
    return own if own in governments else name


def party_of(rows: Sequence[dict[str, Any]]) -> Callable[[dict[str, Any]], str]:
    """How a table of `rows` names each row's local government: by its name, and with its
    country where two of the rows' governments share the name ("London (CA)")."""
    pairs = {(r.get("local_party"), r.get("local_country")) for r in rows}
    names = [name for name, _ in pairs]

    def party(row: dict[str, Any]) -> str:
        name = row.get("local_party") or ""
        if names.count(row.get("local_party")) > 1:
            return f"{name} ({row.get('local_country') or '—'})"
        return name

    return party


def group_labels(
    dim: str,
    row: dict[str, Any],
    short: dict[str, str],
    t: Translator,
    governments: Sequence[str] = (),
) -> list[str]:
    """The label cells for one group: name and code, governor and term (and with
    `governments`, the labels of the several governments counted, the row's), or the group."""
    if dim == "country":
        return [row.get("country_name") or group_word(dim, row, t), row.get("country") or ""]
    if dim == "governor" and governments:
        return [*group_labels(dim, row, short, t), government_label(row, governments)]
    if dim == "governor":
        if not row.get("term_start"):
            return [group_word(dim, row, t), ""]
        title = short.get(row.get("governor_title") or "", "")
        end = row["term_end"]
        if not end or in_office(dt.date.fromisoformat(end)):  # a running term's scheduled end
            end = t("in office")
        term = f"{row['term_start']}–{end}"
        return [row["group"], f"{title} {term}".strip()]
    return [group_word(dim, row, t)]


def dimension_heading(dim: str, table: StatsTable, t: Translator) -> str:
    """A dimension's heading; the governor's is the title of the heads counted (Wali Kota...)."""
    if dim == "governor":
        from kerjasama_cli.render.records import head_label

        return head_label(table.head_kinds, t)
    return t(HEADINGS[dim])


def label_headings(dim: str, table: StatsTable, t: Translator) -> list[str]:
    """The headings over a group's label cells: `Country`, `Code`; the governor's and `Term`."""
    if dim == "country":
        return [t("Country"), t("Code")]
    if dim == "governor":
        heads = [dimension_heading(dim, table, t), t("Term")]
        return [*heads, t("Local party")] if table.several_governments() else heads
    return [t(HEADINGS[dim])]


def notes(table: StatsTable, t: Translator) -> list[str]:
    """The lines under a table: what its counts count."""
    if len(table.dims) == 2:
        note = t("cells count records (documents + events)")
        if "sector" in table.dims:
            note += t("; a record with several sectors counts in each, once in the totals")
        return [note]
    notes = [t(FOOTNOTE)]
    if table.dims[0] == "sector":
        notes.append(t("a record with several sectors counts once in each, once in the total"))
    return notes


def row_label(
    dim: str,
    row: dict[str, Any],
    short: dict[str, str],
    t: Translator,
    governments: Sequence[str] = (),
) -> list[str]:
    """Row labels of a cross-table: `Korea Selatan (KR)`; governor and term (and government,
    with `governments`); the group."""
    if dim == "country":
        code = row.get("country")
        return [f"{row.get('country_name')} ({code})" if code else group_word(dim, row, t)]
    return group_labels(dim, row, short, t, governments)


def col_label(
    dim: str,
    row: dict[str, Any],
    short: dict[str, str],
    t: Translator,
    governments: Sequence[str] = (),
) -> str:
    """Column headers of a cross-table, as narrow as they can be and wrapping at spaces; a
    governor's with its government in brackets when several are counted."""
    if dim == "country":
        return row.get("country") or t("none")
    if dim == "governor" and governments:
        return f"{col_label(dim, row, short, t)} ({government_label(row, governments) or '—'})"
    if dim == "governor" and row.get("term_start"):
        title = short.get(row.get("governor_title") or "", "")
        return f"{row['group']} {title} {row['term_start'][:4]}".replace("  ", " ")
    return group_word(dim, row, t)


def cross_short_titles(table: StatsTable) -> dict[str, str]:
    """`short_titles` over both axes of a cross-table (a governor may head either)."""
    everyone = [e[1] for dim in table.dims for e in table.axes[dim]]
    return short_titles(StatsTable(table.dims, everyone, table.total))
