"""Reading a YAML document: the bundled seed, a leaders file (JSON is YAML too)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kerjasama_cli.domain.errors import Refusal, Said, ValidationError
from kerjasama_cli.i18n import os_reason


def read_yaml(path: Path | str, text: str | None = None) -> Any:
    """Parse a YAML document with the C loader when PyYAML has it."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if text is None:
            text = Path(path).read_text(encoding="utf-8-sig")
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ValidationError(
            "yaml",
            where,
            "not valid YAML: {problem}",
            problem=Said(str(getattr(error, "problem", None) or error), "parser"),
        ) from None
    except OSError as error:
        raise Refusal("{path}: {reason}", path=path, reason=os_reason(error)) from None
