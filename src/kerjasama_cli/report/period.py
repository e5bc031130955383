"""A period's report for the bureau (`report --period 2025`, issue 22): the tables it reports
upward, gathered through the store's queries, drawn as HTML sections and as an xlsx workbook
(files/workbook.py) with one sheet per table.

The tables: new cooperation by family and object; the stages partnerships reached; what was
signed per head of government; activity per partnership; what lapsed or was renewed; and what
falls due next (the agenda, from today).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from kerjasama_cli.domain.filters import RecordFilter
from kerjasama_cli.i18n import translator


@dataclass
class Table:
    """One table of the report: a sheet name, a title, column headings, rows of cells."""

    sheet: str
    title: str
    headings: list[str]
    rows: list[list[Any]]
    numeric: tuple[int, ...] = ()  # columns that hold counts


def period_tables(
    conn: sqlite3.Connection, f: RecordFilter, start: dt.date, end: dt.date, lang: str
) -> list[Table]:
    """Every table of the report for the period `start`..`end` (the filter's other values
    apply too)."""
    from kerjasama_cli.render.stats_labels import government_label, party_of
    from kerjasama_cli.store.briefing.aggregates import stats_table
    from kerjasama_cli.store.briefing.period import activity, lapsed_and_renewed, stages_reached

    t = translator(lang)
    f = dataclasses.replace(f, date_from=start, date_to=end)
    documents = dataclasses.replace(f, kinds=("agreement",))
    new = stats_table(conn, documents, ["family", "object"], lang)
    family_object = [
        [_word(t, "family", row.get("family")), _word(t, "object", row.get("object")), row["count"]]
        for row in new.rows
    ]
    signed = stats_table(conn, documents, ["governor"], lang)
    active = activity(conn, f)
    party = party_of(active)  # "London (CA)" beside "London (GB)"
    # Several governments counted: each head (and each "date unknown") says whose it is.
    whose = "{} ({})" if signed.several_governments() else "{}"
    per_head = [
        [
            whose.format(
                row["group"] if row.get("term_start") else t.ctx("basis", str(row["group"])),
                government_label(row, signed.governments),
            ),
            row.get("governor_title") or "",
            row["count"],
        ]
        for row in signed.rows
        if row["count"]
    ]
    tables = [
        Table(
            "new",
            t("New cooperation by family and object"),
            [t("Family"), t("Object"), t("Documents")],
            family_object,
            (2,),
        ),
        Table(
            "stages",
            t("Stages reached"),
            [t("Partner"), t("Stage"), t("Date")],
            [
                [r["partner"], t.word("stage", r["stage"]), r["date"]]
                for r in stages_reached(conn, f, start, end)
            ],
        ),
        Table(
            "signed",
            t("Signed per head of government"),
            [t("Head of government"), t.ctx("leader", "Title"), t("Documents")],
            per_head,
            (2,),
        ),
        Table(
            "activity",
            t("Activity per partnership"),
            [t("Partner"), t("Local party"), t("Documents"), t("Events"), t("Last")],
            [[r["partner"], party(r), r["documents"], r["events"], _last(r, lang)] for r in active],
            (2, 3),
        ),
        Table(
            "lapsed",
            t("Lapsed or renewed"),
            [t("Date"), t("What"), t("Partner"), t("Title")],
            [
                [
                    _ends(r, lang),
                    t(r["what"]),
                    r["partner"] or "—",
                    f"#{r['record']} {r['title'] or ''}",
                ]
                for r in lapsed_and_renewed(conn, f, start, end)
            ],
        ),
    ]
    tables.append(agenda_table(conn, f, lang))
    return tables


def _ends(row: dict[str, Any], lang: str) -> str:
    """A lapse at the precision the end is known to (`2025-03` for a term from March 2020);
    a renewal's own day as it is."""
    from kerjasama_cli.render.fields import until_short

    if not row.get("valid_basis"):
        return row["date"]
    return until_short({"valid_until": row["date"], "valid_basis": row["valid_basis"]}, lang) or ""


def _word(t: Any, context: str, code: str | None) -> str:
    return t.word(context, code) if code else t(f"no {context}")


def agenda_table(conn: sqlite3.Connection, f: RecordFilter, lang: str) -> Table:
    """What falls due next: the agenda from today over the largest warning."""
    from kerjasama_cli.domain.validity import add_months, today
    from kerjasama_cli.render.agenda import KIND_WORDS, describe
    from kerjasama_cli.store.briefing.agenda import agenda, agenda_settings

    t = translator(lang)
    day = today()
    end = add_months(day, max(agenda_settings(conn).warn_months, default=12))
    undated = dataclasses.replace(f, date_from=None, date_to=None)
    rows = [
        [
            item.day.isoformat(),
            t(KIND_WORDS[item.kind]) + (f" ({t('overdue')})" if item.overdue else ""),
            describe(item, t),
        ]
        for item in agenda(conn, undated, day, end)
    ]
    return Table("agenda", t("What falls due next"), [t("Date"), t("What"), t("About")], rows)


def _last(row: dict[str, Any], lang: str | None) -> str:
    """A partnership's last activity at the precision its record has (`2025-03`, `~2025`)."""
    if not row["last"]:
        return ""
    from kerjasama_cli.render.fields import short_date

    dates = {"date_start": row["last_start"], "date_end": row["last"]}
    return short_date({**dates, "date_precision": row["last_precision"]}, lang)
