"""Read leader terms from CSV or YAML/JSON (`kerjasama leaders import`)."""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kerjasama_cli.domain.errors import Refusal, ValidationError
from kerjasama_cli.files.yamlfile import read_yaml
from kerjasama_cli.i18n import os_reason

# Column names met in leaders files, Indonesian included, to the fields of `parse_leader`.
_COLUMNS = {
    "name": "name",
    "nama": "name",
    "title": "title",
    "jabatan": "title",
    "from": "from",
    "start": "from",
    "term_start": "from",
    "mulai": "from",
    "dari": "from",
    "to": "to",
    "end": "to",
    "term_end": "to",
    "sampai": "to",
    "selesai": "to",
    "local_party": "local_party",
    "government": "local_party",
    "pemerintah": "local_party",
    "note": "note",
    "notes": "note",
    "catatan": "note",
    "aliases": "aliases",
    "alias": "aliases",
    "key": "key",
}


def read_leaders(path: Path) -> list[tuple[str, Mapping[str, Any]]]:
    """(location, mapping) per term: a CSV row, or an entry of a YAML/JSON list (or of its
    `leaders:` section)."""
    if not path.is_file():
        raise ValidationError("FILE", str(path), "no such file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                unknown = [c for c in reader.fieldnames or [] if c.strip().lower() not in _COLUMNS]
                if unknown:
                    raise ValidationError(
                        "column",
                        unknown[0],
                        "unknown; expected {columns}",
                        columns=", ".join(sorted(set(_COLUMNS.values()))),
                    )
                return [
                    (
                        f"{path.name}:{reader.line_num}",
                        {
                            _COLUMNS[k.strip().lower()]: v
                            for k, v in row.items()
                            if v not in (None, "")
                        },
                    )
                    for row in reader
                ]
        except OSError as error:
            raise Refusal("{path}: {reason}", path=path, reason=os_reason(error)) from None
        except UnicodeDecodeError:
            raise Refusal("{path}: not UTF-8 text; save the file as UTF-8", path=path) from None
    if suffix in (".yaml", ".yml", ".json"):
        data = read_yaml(path)  # JSON is YAML
        if isinstance(data, Mapping):
            data = data.get("leaders")
        if not isinstance(data, list):
            raise ValidationError("FILE", str(path), "needs a list of terms (or a `leaders:` list)")
        return [(f"{path.name}: leaders[{i}]", item) for i, item in enumerate(data)]
    raise ValidationError("FILE", str(path), "must be .csv, .yaml, .yml or .json")
