"""`agenda` output: one line per item on a terminal or in a pipe, soonest first."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kerjasama_cli.domain.agenda import Item
from kerjasama_cli.i18n import Translator, translator
from kerjasama_cli.render.fields import short_date, until_short

KIND_WORDS = {
    "expiring": "expires",
    "renewal_notice": "renewal notice due",
    "dormant": "dormant",
    "waiting": "waiting",
    "report": "periodic report due",
    "trip_report": "trip report due",
}


# The kinds of item that are about a partnership (a partner and a local government).
_PARTNERSHIPS = ("dormant", "waiting")


def describe(
    item: Item, t: Translator, parties: bool = False, shared: frozenset[str] = frozenset()
) -> str:
    """What the item is about, in words: the partner, the record, the details. `parties`: name
    the local government of a partnership (dormant, waiting) too, for an agenda of several;
    one whose name is in `shared` (two governments of the agenda have it) with its country."""
    d = item.details
    party = d.get("local_party") if parties else None
    if party in shared:
        party = f"{party} ({d.get('local_country') or '—'})"
    subject = item.partner or ""
    if item.record_id is not None:
        subject += f" #{item.record_id}" + (f" {item.title}" if item.title else "")
    if item.kind == "expiring":
        warn = d.get("warning_months")
        extra = t("within {n} months").format(n=warn) if warn else ""
        return f"{subject} ({extra})" if extra else subject
    if item.kind == "renewal_notice":
        ends = until_short(item.valid, t.lang) if item.valid else d["ends"]
        return f"{subject} ({t('ends {date}').format(date=ends)})"
    if item.kind == "dormant":
        last = short_date(item.activity, t.lang) if item.activity else d["last_activity"]
        said = t("last activity {date}").format(date=last)
        return f"{item.partner} ({party}, {said})" if party else f"{item.partner} ({said})"
    if item.kind == "waiting":
        stage = t.word("stage", d["stage"])
        since = short_date(item.activity, t.lang) if item.activity else d["since"]
        who = f"{item.partner} ({party})" if party else item.partner
        return f"{who}: {stage} {t('since {date}').format(date=since)}"
    if item.kind == "report":
        return t("period {start} – {end}").format(start=d["period_start"], end=d["period_end"])
    return f"{subject} ({d.get('place')})"


def agenda_lines(items: Sequence[Item], lang: str | None = None) -> list[str]:
    """`2026-03-01  expires  Shanghai #6 MoU ... (within 3 months)`, one line per item."""
    t = translator(lang)
    words = [t(KIND_WORDS[i.kind]) + (f" ({t('overdue')})" if i.overdue else "") for i in items]
    width = max((len(w) for w in words), default=0)
    # Two governments' partnerships with one partner read alike but for their government; of
    # two governments of one name, each is named with its country ("London (CA)").
    governments = {
        (i.details.get("local_party"), i.details.get("local_country"))
        for i in items
        if i.kind in _PARTNERSHIPS
    }
    names = [name for name, _ in governments]
    shared = frozenset(name for name in names if names.count(name) > 1)
    parties = len(governments) > 1
    return [
        f"{i.day.isoformat()}  {w.ljust(width)}  {describe(i, t, parties, shared)}".rstrip()
        for i, w in zip(items, words, strict=True)
    ]


def render_agenda(items: Sequence[Item], lang: str | None = None) -> None:
    """The agenda as plain lines (never wrapped; a terminal folds what is too long)."""
    t = translator(lang)
    lines = agenda_lines(items, lang) or [t("nothing falls due")]
    sys.stdout.write("".join(line + "\n" for line in lines))
