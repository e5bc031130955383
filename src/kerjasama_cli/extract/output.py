"""Drafts as YAML `import` reads (each field under the sentence it came from) or as JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kerjasama_cli.domain.drafts import MARK
from kerjasama_cli.domain.keys import slugify
from kerjasama_cli.extract import Extraction
from kerjasama_cli.extract.abstain import distrusted
from kerjasama_cli.extract.assemble import Draft
from kerjasama_cli.extract.people import PersonMention

_EVENT_TYPES = {"visit", "meeting", "office_opening"}
_QUOTE_WIDTH = 220


def source_key(extraction: Extraction) -> str:
    """A source key for the article: publication (or file name) and date."""
    meta = extraction.meta
    base = meta.publication or Path(extraction.name).stem
    if extraction.name in ("-", "<stdin>") and not meta.publication:
        base = "article"
    return slugify(base, meta.published.isoformat() if meta.published else "undated")[:60]


def _person(person: PersonMention | None) -> str | None:
    if person is None:
        return None
    return f"{person.name} ({person.title})" if person.title else person.name


def missing(draft: Draft) -> list[str]:
    """Fields the text did not give, for the reviewer to fill or leave."""
    out = []
    if not draft.partner:
        out.append("partner")
    if not draft.country and draft.partner_kind not in ("organisation", "institution"):
        out.append("country")
    if not draft.date:
        out.append("date")
    if not draft.local_party:
        out.append("local_party")
    if draft.type in ("loi", "mou", "agreement", "sister_city"):
        if draft.local_signatory is None:
            out.append("signatories")
        if draft.partner_signatory is None:
            out.append("partner_signatories")
    if not draft.sectors:
        out.append("sectors")
    return out


def draft_row(draft: Draft, extraction: Extraction) -> dict[str, Any]:
    """The draft as import's flat fields (canonical names, `Name (Title)` people)."""
    note = None
    if draft.date_text:
        note = f"since {draft.date}" if draft.since else draft.date_text
    home, partner = [_person(draft.local_signatory)], [_person(draft.partner_signatory)]
    if draft.type in _EVENT_TYPES:
        # An event signs nothing: these columns hold its participants, as the registry's flat
        # rows keep an event's people (a plan's people are no record's: not written).
        home = [_person(p) for side, p in draft.participants if side == "home"]
        partner = [_person(p) for side, p in draft.participants if side == "partner"]
    return {
        "key": draft.match,
        "type": draft.type,
        "stage": draft.stage,
        "partner": draft.partner,
        "partner_kind": draft.partner_kind,
        "country": draft.country,
        "region": draft.region,
        "date": draft.date,
        "date_note": note,
        "title": draft.title,
        "local_party": draft.local_party or None,
        "signatories": [p for p in home if p],
        "partner_signatories": [p for p in partner if p],
        "sectors": list(draft.sectors),
        "sources": [source_key(extraction)],
    }


def to_json(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """Every draft of every article as one JSON object (the documented contract)."""
    out = []
    for extraction in extractions:
        meta = extraction.meta
        for draft in extraction.drafts:
            row = draft_row(draft, extraction)
            out.append(
                {
                    "article": extraction.name,
                    "partner": draft.partner,
                    "partner_kind": draft.partner_kind,
                    "country": draft.country,
                    "region": draft.region,
                    "type": draft.type,
                    "stage": draft.stage,
                    "date": draft.date,
                    "date_note": row["date_note"],
                    "local_party": draft.local_party or None,
                    "local_party_new": draft.local_new,
                    "local_signatory": draft.local_signatory.name
                    if draft.local_signatory
                    else None,
                    "local_signatory_title": draft.local_signatory.title
                    if draft.local_signatory
                    else None,
                    "partner_signatory": draft.partner_signatory.name
                    if draft.partner_signatory
                    else None,
                    "partner_signatory_title": draft.partner_signatory.title
                    if draft.partner_signatory
                    else None,
                    "participants": [
                        {"side": side, "name": person.name, "title": person.title or None}
                        for side, person in draft.participants
                    ],
                    "sectors": list(draft.sectors),
                    "title": draft.title,
                    "matches": draft.match,
                    "missing": missing(draft),
                    # values read but left out for their evidence (extract/abstain.py)
                    "unsure": [u._asdict() for u in draft.unsure],
                    "source": {
                        "key": source_key(extraction),
                        "publication": meta.publication,
                        "title": meta.title,
                        "author": meta.author,
                        "published": meta.published.isoformat() if meta.published else None,
                    },
                    "evidence": draft.evidence,
                }
            )
    return out


def _scalar(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    text = str(value)
    if re.fullmatch(r"[A-Za-z][\w.\- ]*[\w.]|[A-Za-z]", text) and text.lower() not in (
        "yes",
        "no",
        "true",
        "false",
        "null",
        "on",
        "off",
        "y",
        "n",
    ):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string


def _quote(sentence: str) -> str:
    text = re.sub(r"\s+", " ", sentence).strip()
    if len(text) > _QUOTE_WIDTH:
        text = text[: _QUOTE_WIDTH - 1].rstrip() + "…"
    return f'"{text}"'


# Each field and the evidence key whose sentence is written above it.
_FIELDS = [
    ("key", None),
    ("type", "type"),
    ("stage", "stage"),
    ("partner", "partner"),
    ("partner_kind", None),
    ("country", "country"),
    ("region", None),
    ("date", "date"),
    ("date_note", None),
    ("title", None),
    ("local_party", "local_party"),
    ("signatories", "local_signatory"),
    ("partner_signatories", "partner_signatory"),
    ("sectors", "sectors"),
    ("sources", None),
]


# The JSON's fields as the YAML's columns (the names `missing` gives).
_COLUMN = {"local_signatory": "signatories", "partner_signatory": "partner_signatories"}


def _reason(t: Any, field: str, ground: str | None) -> str:
    """The policy's reason for leaving a value of this kind out, in the reader's words."""
    reason = distrusted(field, ground)
    return t(reason) if reason else str(ground)


def to_yaml(extractions: list[Extraction]) -> str:
    """Drafts as a YAML list `kerjasama import` reads as it is, with the evidence as comments
    (the comments in the user's language; the keys and codes stay English, for import)."""
    from kerjasama_cli.i18n import translator

    t = translator()
    # MARK first, in every language: import knows the file for drafts by it (domain/drafts.py).
    lines = [f"{MARK} " + t("drafts to review, then `kerjasama import FILE`.")]
    lines.append(
        "# " + t("Above each field: the sentence it was read from. Empty fields were not found.")
    )
    not_found = t("(not found)")
    for extraction in extractions:
        meta = extraction.meta
        lines.append("")
        drafts = t.plural("{n} draft", "{n} drafts", len(extraction.drafts))
        lines.append(
            "# " + t("article: {name} ({drafts})").format(name=extraction.name, drafts=drafts)
        )
        details = [
            f"{t.field('publication')}: {meta.publication or not_found}",
            f"{t.field('title')}: {meta.title or not_found}",
            f"{t.field('author')}: {meta.author or not_found}",
            f"{t.field('published')}: "
            + (meta.published.isoformat() if meta.published else not_found),
        ]
        source = t("source {key}").format(key=source_key(extraction))
        lines.append(f"# {source}: " + "; ".join(details))
        if meta.published is None:
            lines.append(
                "#   " + t("no publication date: give --published to resolve (27/5), kemarin...")
            )
        if not extraction.drafts:
            lines.append("# " + t("nothing found to draft"))
        for left in extraction.left_out:
            # a record read, but on evidence the policy distrusts: shown, never drafted
            why = _reason(t, "record", left.grounds.get("record"))
            lines.append(
                "# "
                + t("left out, unsure ({why}): {record}").format(
                    why=why, record=f"{left.type} · {left.partner} · {left.date or t('no date')}"
                )
            )
        for number, draft in enumerate(extraction.drafts, 1):
            row = draft_row(draft, extraction)
            partner = draft.partner or t("(no partner named)")
            heading = f"- # {number}. {draft.type} · {partner} · {draft.date or t('no date')}"
            if draft.match:
                matches = t("MATCHES {key}: importing updates that record").format(key=draft.match)
                heading += f" · {matches}"
            lines.append(heading)
            shown: set[str] = set()
            for name, evidence in _FIELDS:
                value = row[name]
                if name in ("key", "stage") and value is None:
                    continue  # no stage proved: no line (an empty one would read as a value)
                sentence = draft.evidence.get(evidence) if evidence else None
                if sentence is None and evidence and draft.type in _EVENT_TYPES:
                    # an event's people: the sentence each participant was read from
                    sentence = draft.evidence.get(evidence.replace("signatory", "participant"))
                if sentence and sentence not in shown:
                    lines.append(f"  # {_quote(sentence)}")
                    shown.add(sentence)
                if name == "local_party" and draft.local_new:
                    lines.append(
                        "  # "
                        + t("a local government the registry does not have: importing adds it")
                    )
                rendered = _scalar(value)
                lines.append(f"  {name}: {rendered}".rstrip())
            gaps = missing(draft)
            if gaps:
                # The reader's words for the fields (the keys above stay import's)
                names = ", ".join(t.ctx("column", gap) for gap in gaps)
                found = t("not found in the text: {fields}").format(fields=names)
                lines.append(f"  # {found}")
            for unsure in draft.unsure:
                lines.append(
                    "  # "
                    + t("unsure, left empty: {field} {value} ({why})").format(
                        field=t.ctx("column", _COLUMN.get(unsure.field, unsure.field)),
                        value=unsure.value,
                        why=_reason(t, unsure.field, unsure.ground),
                    )
                )
    return "\n".join(lines) + "\n"
