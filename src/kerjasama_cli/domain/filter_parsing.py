"""Raw filter option values (what `--country`, `--from`, `--status`... were given) into the one
`RecordFilter` every read command applies: each value bounded, then normalised by the rule that
owns it (countries, vocabularies, dates, the search language, validity, stages)."""

from typing import Any, Optional

from kerjasama_cli.domain.errors import KerjasamaError, ValidationError
from kerjasama_cli.domain.filters import RecordFilter

# The option each filter parameter is typed as, for messages.
FILTER_FLAGS = {"date_from": "--from", "date_to": "--to"}


def build_filter(**options: Any) -> RecordFilter:
    """Normalise raw option values into the one RecordFilter every command applies.

    Every value is bounded first (length, control characters, how often an option repeats), so
    nothing oversized or binary reaches a parser or SQLite ("LIKE or GLOB pattern too complex").
    """
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.countries import resolve_country
    from kerjasama_cli.domain.dates import parse_date
    from kerjasama_cli.domain.limits import (
        MAX_NAME_CHARS,
        MAX_QUERY_CHARS,
        check_given,
        check_text,
        check_values,
    )

    for name, value in options.items():
        flag = FILTER_FLAGS.get(name) or "--" + name.replace("_", "-")
        check_given(flag, value)  # `--partner ''` listed every record, `--governor ''` some
        value = options[name] = _cleaned(value)
        check_given(flag, value)  # nothing left once its format characters are out
        if isinstance(value, list | tuple):
            check_values(flag, value)
        elif isinstance(value, str):
            if name == "query":
                check_text(flag, value, MAX_QUERY_CHARS, lines=True)
            else:
                check_text(flag, value, MAX_NAME_CHARS)

    types = {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}
    kinds = tuple(dict.fromkeys(vocab.record_kind("--kind", k) for k in options.get("kind") or ()))
    from kerjasama_cli.domain.fuzzy_date import bound_grain

    date_from = date_to = None
    grains = {}
    if options.get("date_from"):
        given = parse_date(options["date_from"], "--from")
        date_from, grains["date_from_grain"] = given.start, bound_grain(given)
        if date_from is None:  # "by 2015" has an end but no start
            raise ValidationError(
                "--from", options["date_from"], "has no start; give a date or year"
            )
    if options.get("date_to"):
        given = parse_date(options["date_to"], "--to")
        date_to, grains["date_to_grain"] = given.end, bound_grain(given)
    if date_from and date_to and date_to < date_from:
        raise ValidationError(
            "--to", options["date_to"], "is before {what}", what=f"--from {date_from.isoformat()}"
        )
    query = options.get("query")
    if query is not None:
        from kerjasama_cli.domain.search import to_fts

        to_fts(query, "--query")  # a malformed query fails here, before the database opens
    expiring_by = None
    if options.get("expiring"):
        from kerjasama_cli.domain.validity import today, window_end

        expiring_by = window_end(options["expiring"], today())
    from kerjasama_cli.domain.validity import FILTER_STATUSES

    statuses = tuple(
        vocab.normalise("--status", s, FILTER_STATUSES) for s in options.get("status") or ()
    )
    return RecordFilter(
        countries=tuple(resolve_country(c, "--country").code for c in options.get("country") or ()),
        types=tuple(vocab.normalise("--type", t, types) for t in options.get("type") or ()),
        # A sector the code does not know may be one the registry added: resolved by the store.
        sectors=tuple(_sector(s) for s in options.get("sector") or ()),
        kinds=kinds,
        partners=_distinct(options.get("partner")),
        governors=_distinct(options.get("governor")),
        local_parties=_distinct(options.get("local_party")),
        involving=_distinct(options.get("involving")),
        date_from=date_from,
        date_to=date_to,
        query=query,
        status=statuses,
        expiring_by=expiring_by,
        **grains,
        **_cooperation_options(options),
    )


def _cleaned(value: Any) -> Any:
    """A filter's value as names are stored: format characters out, compatibility forms folded
    (`domain/text_forms.py`), so `--partner "Ｓｈａｎｇｈａｉ"` selects Shanghai's records."""
    from kerjasama_cli.domain.text_forms import clean_name

    if isinstance(value, str):
        return clean_name(value)
    if isinstance(value, list | tuple):
        return [clean_name(v) if isinstance(v, str) else v for v in value]
    return value


def _distinct(values: Optional[list[str]]) -> tuple[str, ...]:
    """A repeatable option's values, each once, in the order given."""
    return tuple(dict.fromkeys(values or ()))


def _cooperation_options(options: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """`--family`, `--object`, `--stage` as RecordFilter fields (issue 22)."""
    if not (options.get("family") or options.get("object") or options.get("stage")):
        return {}
    from kerjasama_cli.domain.cooperation import parse_family, parse_objects
    from kerjasama_cli.domain.stages import parse_stage

    return {
        "families": tuple(dict.fromkeys(parse_family(v) for v in options.get("family") or ())),
        "objects": parse_objects(options.get("object") or ()),
        "stages": tuple(dict.fromkeys(parse_stage(v) for v in options.get("stage") or ())),
    }


def _sector(text: str) -> str:
    from kerjasama_cli.domain import vocab

    try:
        return vocab.normalise("--sector", text, vocab.SECTORS)
    except KerjasamaError:
        return text
