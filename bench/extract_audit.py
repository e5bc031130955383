"""Precision audit: every wrong drafted value of labelled articles, with its sentence and rule.

    python bench/extract_audit.py OUT.tsv DIR [DIR...]
    python bench/extract_audit.py features OUT.json DIR [DIR...]

Drafts every labelled article as `extract_eval.py` does, pairs the drafts with the expected
records as the scorer does (extract/scoring.py), and writes one row per false positive: an extra
record (its partner, invented or not), or a wrong or unwanted type, date, local party,
signatory or sector code of a paired record. Each row gives the value, the expected one, the
sentence the draft quotes for the field, the kind of its evidence (extract/grounds.py) and the
rule that drafted it: the pass of the pipeline after which the value stood in the draft, and for
values `build` made, how (`decide_type`'s rule; the mention, lead date, told date, one day,
release month or said day that dated the cluster; a date of a release or said). The counts per
field and rule are printed at the end. A tracer wraps the pipeline's own functions for the run;
nothing of extract is changed. `features` writes every draft instead (its JSON row, grounds,
the rule of each field, its evidence and sentences), from which a gate can be simulated by
taking records or values out of the saved drafts and scoring again (bench/ANALYSIS.md, "Extract:
precision audit of real36–43").
"""

from __future__ import annotations

import csv
import functools
import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from labelled_cases import labelled

from kerjasama_cli.extract import Draft, extract
from kerjasama_cli.extract.output import to_json
from kerjasama_cli.extract.scoring import FIELDS, pair, same_partner
from kerjasama_cli.extract.scoring import _equal as equal
from kerjasama_cli.geo.names import normalise

_pipeline = importlib.import_module("kerjasama_cli.extract")
_drafts_mod = importlib.import_module("kerjasama_cli.extract.drafts")
_assemble = importlib.import_module("kerjasama_cli.extract.assemble")

_FIELDS = ("partner", "type", "date", "local_party", "local_signatory", "partner_signatory")


def _values(d: Draft) -> dict[str, Any]:
    return {
        "partner": d.partner,
        "type": d.type,
        "date": d.date,
        "local_party": d.local_party or None,
        "local_signatory": d.local_signatory.name if d.local_signatory else None,
        "partner_signatory": d.partner_signatory.name if d.partner_signatory else None,
        "sectors": tuple(d.sectors),
    }


class Tracer:
    """Snapshots of the drafts after every pass of one run, and how `build` settled each."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, list[tuple[Draft, dict[str, Any]]]]] = []
        self.type_rule: dict[int, str] = {}  # id(cluster) -> decide_type's rule
        self.date_origin: dict[int, str] = {}  # id(mention) -> the pass that appended it
        self.built: dict[int, Any] = {}  # id(draft) -> its cluster
        self.said: set[int] = set()  # drafts dated by said_day
        self.keep: list[Any] = []  # objects whose ids are keys above stay alive

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]

    def snap(self, name: str, drafts: list[Draft]) -> None:
        self.keep.extend(drafts)
        self.steps.append((name, [(d, _values(d)) for d in drafts]))


TRACE = Tracer()


def _draft_list(value: Any) -> list[Draft] | None:
    if isinstance(value, list) and value and all(isinstance(d, Draft) for d in value):
        return value
    return None


def _wrap_pass(fn: Any) -> Any:
    @functools.wraps(fn)
    def traced(*args: Any, **kwargs: Any) -> Any:
        out = fn(*args, **kwargs)
        found = _draft_list(out) or next((d for d in map(_draft_list, args) if d is not None), None)
        if found is not None:
            TRACE.snap(f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}", found)
        return out

    return traced


def _wrap_cluster_pass(fn: Any, label: str) -> Any:
    """A pass that appends dated mentions to clusters: remember which mentions it added."""

    @functools.wraps(fn)
    def traced(clusters: Any, *args: Any, **kwargs: Any) -> Any:
        before = {id(m) for c in clusters for m in c.mentions}
        out = fn(clusters, *args, **kwargs)
        for c in clusters:
            for m in c.mentions:
                if id(m) not in before:
                    TRACE.keep.append(m)
                    TRACE.date_origin[id(m)] = label
        return out

    return traced


def install() -> None:
    """Wrap the pipeline's passes (as `extract` calls them) for the tracer."""
    for name, value in list(vars(_pipeline).items()):
        if (
            callable(value)
            and getattr(value, "__module__", "").startswith("kerjasama_cli.extract.")
            and name not in ("extract", "Draft", "Extraction", "KnownPartner", "build")
        ):
            if isinstance(value, type):
                continue
            setattr(_pipeline, name, _wrap_pass(value))
    _pipeline.the_one_day = _wrap_cluster_pass(_pipeline.the_one_day, "one_day")
    for name, label in (("lead_date", "lead_dates"), ("told_dates", "record_dates.told_dates")):
        setattr(_assemble, name, _wrap_cluster_pass(getattr(_assemble, name), label))
    decide = _drafts_mod.decide_type

    def decide_traced(rtype: str, cluster: Any, article: Any) -> Any:
        decision = decide(rtype, cluster, article)
        TRACE.keep.append(cluster)
        TRACE.type_rule[id(cluster)] = decision.rule
        return decision

    _drafts_mod.decide_type = decide_traced
    said = _drafts_mod.said_day
    marks: list[Any] = []

    def said_traced(article: Any) -> Any:
        out = said(article)
        marks.append(out)
        return out

    _drafts_mod.said_day = said_traced
    build = _pipeline.build

    def build_traced(cluster: Any, *args: Any, **kwargs: Any) -> Draft:
        marks.clear()
        draft = build(cluster, *args, **kwargs)
        TRACE.keep.extend([draft, cluster])
        TRACE.built[id(draft)] = cluster
        if marks and marks[-1] is not None and draft.date == marks[-1][0].iso:
            TRACE.said.add(id(draft))
        return draft

    _pipeline.build = build_traced


def _build_rule(draft: Draft, name: str) -> str:
    """How `build` settled a field of a draft it made."""
    cluster = TRACE.built.get(id(draft))
    if cluster is None:
        return "build"
    if name == "type":
        return f"record_types.{TRACE.type_rule.get(id(cluster), '?')}"
    if name == "date":
        if id(draft) in TRACE.said:
            return "record_dates.said_day"
        holder = cluster.date
        mention = next((m for m in cluster.mentions if m.date is holder), None)
        origin = TRACE.date_origin.get(id(mention), "mention") if mention else "mention"
        flags = [f for f in ("source", "said", "relative", "since") if getattr(holder, f, 0)]
        return origin + (f"[{','.join(flags)}]" if flags else "")
    if name == "partner":
        return "record_mentions"
    return {
        "local_party": "local_parties",
        "local_signatory": "draft_signers",
        "partner_signatory": "draft_signers",
        "sectors": "draft_sectors",
    }[name]


def _same(a: Draft, b: Draft) -> bool:
    return bool(a.partner and b.partner and normalise(a.partner) == normalise(b.partner))


def origin(draft: Draft, name: str, value: Any) -> str:
    """The pass after which the draft's field held `value` for good (or the rule of `build`)."""
    steps = TRACE.steps
    present = [i for i, (_, snap) in enumerate(steps) if any(d is draft for d, _ in snap)]
    if not present:
        return "?"
    first = present[0]
    for i in range(len(steps) - 1, first - 1, -1):
        held = next((v for d, v in steps[i][1] if d is draft), None)
        if held is None or not _has(held[name], value):
            return steps[i + 1][0] if i + 1 < len(steps) else "?"
    # held it since it appeared: made so by the pass that made it, unless an earlier draft of
    # the same partner held it (a pass that copies drafts)
    if id(draft) in TRACE.built:
        return _build_rule(draft, name)
    if first > 0:
        for d, v in steps[first - 1][1]:
            if _same(d, draft) and _has(v[name], value):
                return origin(d, name, value)
    return steps[first][0]


def _has(held: Any, value: Any) -> bool:
    if isinstance(held, tuple):
        return value in held
    return held == value


def _evidence(draft: Draft, name: str) -> str:
    return " ".join(str(draft.evidence.get(name, "")).split())[:400]


def audit(folders: list[Path]) -> list[dict[str, Any]]:
    """One row per false positive of the folders' drafts."""
    install()
    rows: list[dict[str, Any]] = []
    for article, text, spec, published in labelled(folders):
        TRACE.reset()
        extraction = extract(text, name=article.name, published=published)
        found = to_json([extraction])
        by_row = {id(r): d for r, d in zip(found, extraction.drafts, strict=True)}
        key = f"{article.parent.name}/{article.stem}"
        for want, got in pair(spec["records"], found):
            if got is None:
                continue
            draft = by_row[id(got)]
            base = {"article": key, "record": draft.grounds.get("record", "-")}
            if want is None:
                named = [w.get("partner") for w in spec["records"]]
                invented = not any(same_partner(w, got["partner"]) for w in named)
                rows.append(
                    base
                    | {
                        "field": "partner",
                        "cause_hint": "invented" if invented else "extra_record",
                        "got": got["partner"],
                        "want": "",
                        "kind": draft.grounds.get("record", "-"),
                        "rule": origin(draft, "partner", draft.partner),
                        "sentence": _evidence(draft, "partner"),
                        "type": got["type"],
                        "date": got["date"] or "",
                    }
                )
                continue
            for name in FIELDS:
                if name in ("partner", "country", "sectors"):
                    continue
                value, wanted = got.get(name), want.get(name)
                if value in (None, "", []) or (wanted and equal(name, wanted, value)):
                    continue
                attr = draft.local_signatory if name == "local_signatory" else None
                attr = draft.partner_signatory if name == "partner_signatory" else attr
                raw = attr.name if attr is not None else getattr(draft, name)
                rows.append(
                    base
                    | {
                        "field": name,
                        "cause_hint": "unwanted" if not wanted else "wrong",
                        "got": value,
                        "want": wanted or "",
                        "kind": draft.grounds.get(name, "-"),
                        "rule": origin(draft, name, raw),
                        "sentence": _evidence(draft, name),
                        "type": got["type"],
                        "date": got["date"] or "",
                    }
                )
            for code in sorted(set(got.get("sectors") or []) - set(want.get("sectors") or [])):
                rows.append(
                    base
                    | {
                        "field": "sectors",
                        "cause_hint": "unwanted" if not want.get("sectors") else "wrong",
                        "got": code,
                        "want": ",".join(want.get("sectors") or []),
                        "kind": draft.grounds.get(f"sector:{code}", "-"),
                        "rule": origin(draft, "sectors", code),
                        "sentence": _evidence(draft, "sectors"),
                        "type": got["type"],
                        "date": got["date"] or "",
                    }
                )
    return rows


COLUMNS = (
    "article",
    "field",
    "cause_hint",
    "got",
    "want",
    "kind",
    "rule",
    "record",
    "type",
    "date",
    "sentence",
)


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "features":
        import json

        data = features([Path(a) for a in argv[2:]])
        Path(argv[1]).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return 0
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows = audit([Path(a) for a in argv[1:]])
    with open(argv[0], "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, COLUMNS, delimiter="\t", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    counts = Counter((r["field"], r["rule"]) for r in rows)
    for (name, rule), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{name:18} {rule:50} {n}")
    print(f"{len(rows)} false positives")
    return 0


def features(folders: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Per article, each draft's values and what a gate may read of it: its grounds, the rule
    behind each field, its sentences, the other drafts of its partner (bench use only)."""
    install()
    out: dict[str, list[dict[str, Any]]] = {}
    for article, text, _spec, published in labelled(folders):
        TRACE.reset()
        extraction = extract(text, name=article.name, published=published)
        found = to_json([extraction])
        rows = []
        for got, draft in zip(found, extraction.drafts, strict=True):
            cluster = TRACE.built.get(id(draft))
            holder = cluster.date if cluster is not None else None
            rows.append(
                {
                    "draft": got,
                    "grounds": dict(draft.grounds),
                    "rules": {
                        name: origin(draft, name, _values(draft)[name])
                        for name in _FIELDS
                        if _values(draft)[name] is not None
                    },
                    "sector_rules": {c: origin(draft, "sectors", c) for c in draft.sectors},
                    "evidence": dict(draft.evidence),
                    "read_from": {str(k): v for k, v in draft.read_from.items()},
                    "date_flags": [
                        f for f in ("source", "said", "relative", "since") if getattr(holder, f, 0)
                    ],
                    "published": published.isoformat() if published else None,
                }
            )
        out[f"{article.parent.name}/{article.stem}"] = rows
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
