"""The stages of a foreign cooperation, derived from dated evidence (docs/domain.md, *The legal
life of a cooperation*).

The regulation gives an order (initiative → exploration → LoI → cooperation plan → DPRD approval
→ central approval → drafting → Full Powers → signing → implementation → evaluation → renewal,
amendment or termination), but regions and years differ, and older files skip stages. So the
list of stages is data (`StageList`, stored per local government, the regulation's as the
default), and a partnership's stage is read off its evidence rather than stepped through:

- each stage is *reached* when some evidence proves it: an evidence row (a DPRD decision, a
  ministry letter) or a record whose type the list says proves it (an MoU proves the signing,
  a visit or programme the implementation). An *event* proves a stage after signing only once
  the partnership has signed: a visit before any signed document (Kuala Lumpur's, with the LoI
  of August 2025) is a step toward a partnership, not its implementation;
- the *current* stage is the furthest reached in the list's order, whatever the dates say, so
  evidence entered late or dated out of order never moves a partnership backwards;
- stages before it without evidence are *skipped* (said, not an error);
- evidence dated before that of a stage earlier in the list is *out of order* (said too: a
  central approval dated before the DPRD's is worth a look, not a refusal);
- *next* is the first stage after the current one in the list.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kerjasama_cli.domain.fuzzy_date import FuzzyDate

# The regulation's list (PP 28/2018, Permendagri 25/2020 as docs/domain.md summarises them),
# with the record types that prove a stage on their own.
DEFAULT_STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("initiative", ()),
    ("exploration", ()),
    ("loi", ("loi",)),
    ("cooperation_plan", ()),
    ("dprd_approval", ()),
    ("central_approval", ()),
    ("drafting", ()),
    ("full_powers", ()),
    ("signing", ("mou", "agreement", "sister_city")),
    ("implementation", ("programme", "visit", "meeting", "office_opening")),
    ("evaluation", ()),
    ("renewal", ("renewal",)),
    ("amendment", ()),
    ("termination", ()),
)

SIGNING = "signing"


@dataclass(frozen=True)
class Stage:
    """One stage of a list: its key and the record types that prove it."""

    key: str
    types: tuple[str, ...] = ()


@dataclass(frozen=True)
class StageList:
    """The stages in order, as a local government's SOP (or the regulation) lists them."""

    stages: tuple[Stage, ...]
    owner: str = ""  # the local government whose list it is; "" for the regulation's

    def keys(self) -> list[str]:
        """The stage keys in order."""
        return [s.key for s in self.stages]

    def position(self, key: str) -> int | None:
        """Where `key` stands in the list (None: not in it)."""
        for i, stage in enumerate(self.stages):
            if stage.key == key:
                return i
        return None

    def signing_position(self) -> int:
        """Where signing stands: stages before it are a proposal's (a list without a `signing`
        stage has no proposals: past its end)."""
        found = self.position(SIGNING)
        return len(self.stages) if found is None else found


def default_list() -> StageList:
    """The regulation's list."""
    return StageList(tuple(Stage(k, t) for k, t in DEFAULT_STAGES))


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: an evidence row, or a record proving a stage by its type."""

    stage: str
    date: FuzzyDate
    record_id: int
    number: str | None = None  # a DPRD decision, a ministry letter
    document: str | None = None  # a document's sha256 or file name
    note: str | None = None
    source: str | None = None
    evidence_id: int | None = None  # None: implied by the record's type
    event: bool = False  # implied by an event (a visit), not a document


@dataclass
class Reached:
    """A stage and the evidence that proves it (earliest first)."""

    stage: str
    position: int | None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def date(self) -> FuzzyDate | None:
        """The earliest dated evidence (None when none is dated)."""
        dated = [e.date for e in self.evidence if e.date.end is not None]
        return min(dated, key=lambda d: d.sort_key()) if dated else None


@dataclass
class StageState:
    """A partnership's stages as derived from its evidence."""

    stage_list: StageList
    reached: list[Reached]  # in list order; stages not in the list last
    current: str | None
    next: str | None
    skipped: list[str]
    out_of_order: list[str]  # stages dated before a stage the list puts earlier
    unlisted: list[str]  # evidence for stages the list does not have

    @property
    def proposal(self) -> bool:
        """True while the partnership has not reached signing."""
        position = self.stage_list.position(self.current) if self.current else None
        return position is None or position < self.stage_list.signing_position()

    def last_date(self) -> dt.date | None:
        """The latest day any evidence can stand for (when the partnership last moved)."""
        latest = self.last_evidence_date()
        return latest.end if latest else None

    def last_evidence_date(self) -> FuzzyDate | None:
        """The date of the evidence that can stand latest, at the precision it is known (a
        person is told "since 2021-03", not the 2021-03-31 `last_date` counts from)."""
        dated = [e.date for r in self.reached for e in r.evidence if e.date.end]
        return max(dated, key=lambda d: d.end or dt.date.min) if dated else None


def implied(
    stage_list: StageList, record_id: int, rtype: str, date: FuzzyDate, event: bool = False
) -> list[Evidence]:
    """The evidence a record is by its type alone (an MoU: the signing)."""
    return [
        Evidence(s.key, date, record_id, event=event) for s in stage_list.stages if rtype in s.types
    ]


def _signed(stage_list: StageList, evidence: Sequence[Evidence]) -> bool:
    """Whether anything but an event proves signing or a later stage."""
    signing = stage_list.signing_position()
    return any((stage_list.position(e.stage) or -1) >= signing for e in evidence if not e.event)


def derive(stage_list: StageList, evidence: Iterable[Evidence]) -> StageState:
    """The stages reached, the current and next stage, what was skipped or came out of order."""
    items = list(evidence)
    if not _signed(stage_list, items):
        signing = stage_list.signing_position()
        items = [e for e in items if not e.event or (stage_list.position(e.stage) or 0) < signing]
    by_stage: dict[str, Reached] = {}
    for item in items:
        entry = by_stage.get(item.stage)
        if entry is None:
            entry = by_stage[item.stage] = Reached(item.stage, stage_list.position(item.stage))
        entry.evidence.append(item)
    for entry in by_stage.values():
        entry.evidence.sort(key=lambda e: e.date.sort_key())
    listed = sorted(
        (r for r in by_stage.values() if r.position is not None), key=lambda r: r.position or 0
    )
    unlisted = [r for r in by_stage.values() if r.position is None]
    current = listed[-1] if listed else None
    keys = stage_list.keys()
    top = current.position if current and current.position is not None else -1
    skipped = [k for k in keys[:top] if k not in by_stage]
    following = keys[top + 1] if top + 1 < len(keys) else None
    return StageState(
        stage_list=stage_list,
        reached=[*listed, *unlisted],
        current=current.stage if current else None,
        next=following,
        skipped=skipped,
        out_of_order=_out_of_order(listed),
        unlisted=[r.stage for r in unlisted],
    )


def _out_of_order(listed: Sequence[Reached]) -> list[str]:
    """Stages whose evidence is certainly dated before that of a stage listed earlier."""
    found = []
    latest_start: dt.date | None = None  # the latest start among the earlier stages' dates
    for entry in listed:
        date = entry.date
        if date is None or date.start is None or date.end is None:
            continue
        if latest_start is not None and date.end < latest_start:
            found.append(entry.stage)
        latest_start = max(latest_start or date.start, date.start)
    return found


def parse_stage(text: str, field: str = "--stage") -> str:
    """A stage key as typed (`DPRD approval`, `dprd-approval`): spaces and hyphens as '_'; a
    bureau's own stages are keys like any other, so the registry decides what exists."""
    import re

    from kerjasama_cli.domain.errors import ValidationError

    folded = re.sub(r"[\s\-]+", "_", text.strip().lower())
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,59}", folded):
        raise ValidationError(field, text, "a stage key is letters, digits and '_' (dprd_approval)")
    return folded


def listed_stage(text: str, field: str, stages: StageList) -> str:
    """A row's stage as a key of STAGES (the local party's list): the key as typed
    (`exploration`, `Exploration`, `cooperation plan`) or the stage's name in Indonesian or
    English (`penjajakan`, `pernyataan kehendak`, `letter of intent`), as a bureau writes it in
    a workbook; otherwise a ValidationError naming the value and the list's keys."""
    import difflib

    from kerjasama_cli.domain.errors import ValidationError

    keys = stages.keys()
    try:
        key: str | None = parse_stage(text, field)
    except ValidationError:
        key = None
    if key in keys:
        return key  # type: ignore[return-value]
    named = stage_named(text, stages)
    if named is not None:
        return named
    close = difflib.get_close_matches(key or text.strip().lower(), keys, n=1, cutoff=0.6)
    expected = ", ".join(keys)
    if stages.owner:
        reason = "not a stage of {owner}'s stage list; expected one of {keys}"
        raise ValidationError(field, text, reason, close, owner=stages.owner, keys=expected)
    reason = "not a stage of the default stage list; expected one of {keys}"
    raise ValidationError(field, text, reason, close, keys=expected)


def stage_named(text: str, stages: StageList) -> str | None:
    """The key of the stage of STAGES whose name, in Indonesian or English, `text` is
    (`persetujuan DPRD`, `letter of intent`), case and accents folded; None if none is."""
    return named_among(text, stages.keys())


def named_among(text: str, keys: Iterable[str]) -> str | None:
    """The key among KEYS whose stage name, in Indonesian or English, `text` is; None if none
    is (a bureau's own keys have no names but themselves)."""
    return _stage_names(tuple(sorted(keys))).get(_fold_name(text))


def _fold_name(text: str) -> str:
    from kerjasama_cli.domain.vocab import fold

    return fold(text)


@functools.cache
def _stage_names(keys: tuple[str, ...]) -> dict[str, str]:
    """Each stage's names in both languages, folded, with and without their bracketed part
    (`persetujuan pemerintah pusat (Kemendagri)`), to its key."""
    import re

    from kerjasama_cli.i18n import translator

    names: dict[str, str] = {}
    for lang in ("id", "en"):
        word = translator(lang).word
        for key in keys:
            name = word("stage", key)
            for form in (name, re.sub(r"\s*\([^)]*\)", "", name)):
                names.setdefault(_fold_name(form), key)
    return names


class RowStages:
    """Stages as import rows give them, checked against each local party's list (`lists`:
    a government's name -> its list; None: the regulation's for all), memoised."""

    def __init__(self, lists: Callable[[str], StageList] | None = None) -> None:
        self.lists = lists
        self.cache: dict[tuple[str, str | None, str], Any] = {}

    def check(self, value: Any, party: str | None, field: str) -> Any:
        """The stage key, or a ValidationError (returned, a fresh one each time) naming the
        value and the keys of PARTY's list (the regulation's while the party is unknown)."""
        from kerjasama_cli.domain.errors import ValidationError
        from kerjasama_cli.domain.schema import check_value

        problem = check_value("stage", value)
        if problem:
            return ValidationError(field, value, problem)
        key = (str(value), party, field)
        found = self.cache.get(key)
        if found is None:
            stages = self.lists(party) if party and self.lists else default_list()
            try:
                found = listed_stage(str(value), field, stages)
            except ValidationError as error:
                found = error
            if len(self.cache) >= 10_000:
                self.cache.clear()
            self.cache[key] = found
        return found.at(None) if isinstance(found, ValidationError) else found


def parse_stage_specs(specs: Sequence[str]) -> list[Stage]:
    """`stages set` arguments: `stage` or `stage:type,type`, each stage once."""
    from kerjasama_cli.domain import vocab
    from kerjasama_cli.domain.errors import ValidationError

    types = {**vocab.AGREEMENT_TYPES, **vocab.EVENT_TYPES}
    stages: list[Stage] = []
    for spec in specs:
        name, _, proof = spec.partition(":")
        # A stage of the regulation by its name (`persetujuan DPRD`) is that stage, as
        # `evidence add` and `import` read it; any other name is a key of the bureau's own.
        key = named_among(name, (k for k, _ in DEFAULT_STAGES)) or parse_stage(name, "STAGE")
        if any(s.key == key for s in stages):
            raise ValidationError("STAGE", spec, "is listed twice")
        proved_by = tuple(
            dict.fromkeys(
                vocab.normalise("TYPE", t.strip(), types) for t in proof.split(",") if t.strip()
            )
        )
        stages.append(Stage(key, proved_by))
    return stages


def evidence_from_options(
    record_id: int,
    stage: str,
    date: str | None,
    number: str | None = None,
    document: str | None = None,
    note: str | None = None,
    source: str | None = None,
) -> Evidence:
    """One evidence row from `evidence add` values, checked like any other field."""
    from kerjasama_cli.domain.dates import parse_date
    from kerjasama_cli.domain.fuzzy_date import UNKNOWN
    from kerjasama_cli.domain.limits import MAX_NAME_CHARS, check_text

    for name, value in (("--number", number), ("--document", document), ("--source", source)):
        check_text(name, value, MAX_NAME_CHARS)
    check_text("--note", note, 2000)
    return Evidence(
        stage=parse_stage(stage, "STAGE"),
        date=parse_date(date, "--date") if date else UNKNOWN,
        record_id=record_id,
        number=number or None,
        document=document or None,
        note=note or None,
        source=source or None,
    )


def parse_evidence_items(items: object) -> list[tuple[str, Evidence]]:
    """The `evidence:` section of a seed-shaped document: (record key, evidence) pairs, each
    entry `{record, stage, date, number, note, source}`; errors located as `evidence[i]`."""
    from kerjasama_cli.domain.date_specs import parse_date_spec
    from kerjasama_cli.domain.errors import ValidationError

    if items is None:
        return []
    if not isinstance(items, list):
        raise ValidationError("evidence", items, "expected a list, one mapping per entry")
    found = []
    for number, item in enumerate(items):
        try:
            if not isinstance(item, dict) or not isinstance(item.get("record"), str):
                raise ValidationError("record", item, "each entry needs a record key")
            text = {
                k: str(item[k]) if item.get(k) is not None else None
                for k in ("number", "document", "note", "source")
            }
            evidence = evidence_from_options(0, str(item.get("stage") or ""), None, **text)
            date = parse_date_spec(item.get("date"), "date")
            found.append((item["record"], Evidence(**{**vars(evidence), "date": date})))
        except ValidationError as error:
            raise error.at(f"evidence[{number}]") from None
    return found
