"""The one module that reaches into Typer's private parts; everything else uses public API.

Typer vendors Click from 0.26 on, as the private package `typer._click`, and the pin in
pyproject.toml (`typer>=0.26,<0.29`) keeps us on the versions checked here. We need from it what
Typer does not re-export: the classes its commands raise (a usage error becomes one line on
stderr), `ParameterSource` (was `--lang` given on the command line?), Click's `HelpFormatter`
(its `Usage:` in the user's language), `IntRange` and `BadParameter` (a number out of range
said in the project's form, `options.WholeNumber`), `StringParamType` (an empty file name said
as given, `options.named_files`) and Typer's rich help module (its panel
titles).

tests/test_architecture.py fails when any module but this one imports a private Typer or Click
name, and fails loudly when a Typer upgrade moves or renames anything imported here: on an
upgrade, re-check these names, then add the version to TESTED_TYPER.
"""

from __future__ import annotations

from types import ModuleType

from typer._click import Command, Context
from typer._click.core import ParameterSource
from typer._click.exceptions import BadParameter, ClickException, NoArgsIsHelpError, UsageError
from typer._click.formatting import HelpFormatter
from typer._click.globals import get_current_context
from typer._click.types import IntRange, StringParamType

# The Typer versions (major.minor) whose private layout this module was checked against.
TESTED_TYPER = ("0.26", "0.27", "0.28")

__all__ = [
    "BadParameter",
    "ClickException",
    "Command",
    "Context",
    "HelpFormatter",
    "IntRange",
    "NoArgsIsHelpError",
    "ParameterSource",
    "TESTED_TYPER",
    "UsageError",
    "StringParamType",
    "get_current_context",
    "rich_help",
]


def rich_help() -> ModuleType:
    """Typer's rich help module, whose constants are its panel titles (it imports rich, so
    only a run that shows help loads it)."""
    from typer import rich_utils

    return rich_utils
