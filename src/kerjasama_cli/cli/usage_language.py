"""Usage errors in the user's language: Click's and Typer's English through the catalogue.

Typer's vendored Click writes its usage errors in English with no gettext hook ("Invalid value
for '--format' / '-f': 'x' is not one of 'table', 'json'." , "Missing argument 'ID'."), and they
are raised before a command has read its `--lang`. `translate` says the finished message again in
the run's language (`help_language.early`): each English form below is a pattern whose named
groups are what the user typed or can type (option names, values, choices: kept as they are)
and a catalogue msgid with the same `{fields}`. A `reason` or `tail` group is itself a message,
said again in turn. A message no pattern knows is looked up whole in the catalogue (the
`typer.BadParameter` texts of our own commands), else left as it is.
"""

from __future__ import annotations

import re

from kerjasama_cli import i18n

# A parameter as Click names it ('ID', '--format' / '-f'), or as a command's param_hint does.
_HINT = r"(?P<hint>'[^']*'(?: / '[^']*')*|--?[\w-]+)"
_QUOTED = r"(?P<name>'[^']*')"

# (English form, msgid): matched whole, first match wins, so the specific come first.
_FORMS: list[tuple[str, str]] = [
    (rf"Invalid value for {_HINT}: (?P<reason>.+)", "Invalid value for {hint}: {reason}"),
    (r"Invalid value: (?P<reason>.+)", "Invalid value: {reason}"),
    (rf"Missing argument {_HINT}\.(?P<tail>.*)", "Missing argument {hint}."),
    (rf"Missing option {_HINT}\.(?P<tail>.*)", "Missing option {hint}."),
    (rf"Missing parameter {_HINT}\.(?P<tail>.*)", "Missing parameter {hint}."),
    (r"Missing command\.", "Missing command."),
    (r"Choose from:(?P<choices>.*)", "Choose from:{choices}"),
    (r"No such option: (?P<name>\S+)(?P<tail>.*)", "No such option: {name}"),
    (r"\(Possible options: (?P<options>.+)\)", "(Possible options: {options})"),
    (rf"No such command {_QUOTED}\.(?P<tail>.*)", "No such command {name}."),
    (r"Did you mean (?P<names>.+)\?", "Did you mean {names}?"),
    (rf"Option {_QUOTED} requires an argument\.", "Option {name} requires an argument."),
    (rf"Option {_QUOTED} requires (?P<n>\d+) arguments\.", "Option {name} requires {n} arguments."),
    (rf"Option {_QUOTED} does not take a value\.", "Option {name} does not take a value."),
    (r"Got unexpected extra argument\(s\) \((?P<args>.*)\)", "Got unexpected extra argument(s) ({args})"),
    (r"(?P<value>.+) is not one of (?P<choices>.+)\.", "{value} is not one of {choices}."),
    (r"(?P<value>.+) is not a valid (?P<type>[a-z ]+)\.(?P<tail>.*)", "{value} is not a valid {type}."),
    (r"(?P<value>.+) is not in the range (?P<range>.+)\.", "{value} is not in the range {range}."),
    (r"Recognized values: (?P<values>.+)", "Recognized values: {values}"),
    (rf"(?P<kind>File|Directory|Path) {_QUOTED} does not exist\.", "{kind} {name} does not exist."),
    (rf"(?P<kind>File|Directory|Path) {_QUOTED} is a file\.", "{kind} {name} is a file."),
    (rf"(?P<kind>File|Directory|Path) {_QUOTED} is a directory\.", "{kind} {name} is a directory."),
    (rf"(?P<kind>File|Directory|Path) {_QUOTED} is not readable\.", "{kind} {name} is not readable."),
    (rf"(?P<kind>File|Directory|Path) {_QUOTED} is not writable\.", "{kind} {name} is not writable."),
    # Our own: app.py's one-value check and the commands' typer.BadParameter with a value.
    (r"(?P<flag>\S+): given more than once; it takes one value", "{flag}: given more than once; it takes one value"),
    (r"(?P<value>.+) is empty; expected the path of a database file", "{value} is empty; expected the path of a database file"),
    (r"(?P<path>.+) already exists", "{path} already exists"),
    (r"is for csv and xlsx, not (?P<kind>.+)", "is for csv and xlsx, not {kind}"),
]  # fmt: skip
_COMPILED = [(re.compile(form, re.DOTALL), msgid) for form, msgid in _FORMS]

# Groups that are words, not values: said in the language through a context of their own.
_WORDS = {"kind": "path kind", "type": "value type"}
# Groups that are messages in turn.
_MESSAGES = ("reason", "tail")


def translate(message: str, lang: str) -> str:
    """MESSAGE (a usage error as Click or a command wrote it) in LANG; English as it is."""
    if lang == i18n.SOURCE:
        return message
    return _said(message, i18n.translator(lang), i18n.os_reasons(lang))


def _said(message: str, t: i18n.Translator, os_words: dict[str, str]) -> str:
    text = message.strip()
    if not text:
        return message
    for form, msgid in _COMPILED:
        found = form.fullmatch(text)
        if found is None:
            continue
        values = {k: v for k, v in found.groupdict().items() if k not in _MESSAGES}
        for key, context in _WORDS.items():
            if values.get(key):
                values[key] = t.ctx(context, values[key])
        if found.groupdict().get("reason") is not None:
            values["reason"] = _said(found["reason"], t, os_words)
        said = t(msgid).format(**values)
        tail = (found.groupdict().get("tail") or "").strip()
        return f"{said} {_said(tail, t, os_words)}" if tail else said
    opened = re.fullmatch(r"(?P<name>'.*'): (?P<os>.+)", text, re.DOTALL)
    if opened and opened["os"] in os_words:  # Click's File type: 'x.csv': No such file ...
        return f"{opened['name']}: {os_words[opened['os']]}"
    return t(text)
