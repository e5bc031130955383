"""`import`'s last words on stderr: one summary line in the active language (what happened, or in
a dry run or with rejects what would have), and the new partners named like one in another
country. cli/importing.py prints them after the rejects."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kerjasama_cli.render.import_changes import cleared_text

if TYPE_CHECKING:
    from kerjasama_cli.domain.merge import MergeReport

# New partners named in the homonyms line; the rest are counted.
HOMONYMS_SHOWN = 10


class Outcome(Protocol):
    """What an import path returns (store/imports/result.py's ImportResult)."""

    counts: Counter[str]
    new_partners: int
    new_sources: int
    committed: bool
    stages: int
    merge: MergeReport


def summary_line(outcome: Outcome, dry_run: bool, rejects: Path | None = None) -> str:
    """The summary, without the file's name; `rejects` is the rejects file when one was written."""
    from kerjasama_cli.i18n import translator

    t = translator()
    c = {k: outcome.counts[k] for k in ("inserted", "updated", "unchanged", "rejected")}
    extra = []
    if outcome.new_partners:
        extra.append(t.plural("{n} new partner", "{n} new partners", outcome.new_partners))
    if outcome.new_sources:
        extra.append(t.plural("{n} new source", "{n} new sources", outcome.new_sources))
    new_governments = getattr(outcome, "new_governments", 0)
    if new_governments:
        extra.append(
            t.plural("{n} new local government", "{n} new local governments", new_governments)
        )
    if outcome.committed and outcome.stages:  # the rows' `stage`s (a draft's), as evidence
        stages = t.plural("{n} stage", "{n} stages", outcome.stages)
        extra.append(t("{stages} stored as evidence").format(stages=stages))
    extra_text = f" ({', '.join(extra)})" if extra else ""

    if outcome.committed:
        line = (
            t(
                "{inserted} inserted, {updated} updated, {unchanged} unchanged, {rejected} rejected"
            ).format(**c)
            + extra_text
        )
    else:
        would = t("would insert {inserted}, update {updated}, leave {unchanged} unchanged").format(
            **c
        )
        if extra:
            would += " " + t("and add {what}").format(what=f" {t('and')} ".join(extra))
        if dry_run:
            line = t("dry run, nothing written: {would}; {rejected} rejected").format(
                would=would, rejected=c["rejected"]
            )
        else:
            line = t("{rejected} rejected, nothing written (the valid records {would})").format(
                would=would, rejected=c["rejected"]
            )
    cleared = cleared_text(outcome.merge)
    if cleared:  # what a --replace (or --clear-empty) empties
        line += "; " + (cleared if outcome.committed else t("would be {what}").format(what=cleared))
    if rejects is not None:
        line += "; " + t("rejects written to {path}").format(path=rejects)
    return line


def homonyms_line(homonyms: list[tuple[str, str | None, str | None]]) -> str | None:
    """The new partners that share a name with one in another country (real homonyms such as
    Córdoba exist, but so do mistyped countries: `partners merge` fixes those); None for none."""
    if not homonyms:
        return None
    from kerjasama_cli.i18n import translator

    t = translator()
    shown = ", ".join(
        t("{name} ({country}; also {other})").format(
            name=n, country=c or t("no country"), other=k or t("no country")
        )
        for n, c, k in homonyms[:HOMONYMS_SHOWN]
    )
    if len(homonyms) > HOMONYMS_SHOWN:
        shown += " " + t("and {n} more").format(n=len(homonyms) - HOMONYMS_SHOWN)
    return t.plural(
        "{n} new partner named like a partner in another country: {shown} "
        "(see `kerjasama partners list --name NAME`)",
        "{n} new partners named like a partner in another country: {shown} "
        "(see `kerjasama partners list --name NAME`)",
        len(homonyms),
    ).replace("{shown}", shown)
