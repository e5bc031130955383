"""How `import` reports rejected records on stderr: every distinct problem, but each only a few
times, so a file whose 26,114 rows all fail for one reason says so in a handful of lines."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import typer

from kerjasama_cli.domain.errors import ValidationError, shown
from kerjasama_cli.i18n import translator

if TYPE_CHECKING:
    from kerjasama_cli.store.imports.result import Reject

# Lines shown for one problem (same field, same reason) before it is only counted.
SHOWN_PER_PROBLEM = 5
# Lines shown in all; the rest are counted (and, with --skip-invalid, in the rejects file).
SHOWN_IN_ALL = 20
# Problems whose unshown rows get their own "... and N more" line.
SUMMARISED_PROBLEMS = 5


# What a count of rejects is said with: `1 row` / `3 rows`, `… and 3 more rows` (msgids of the
# catalogue's plurals).
_COUNTED = {"rows": ("{n} row", "{n} rows"), "entries": ("{n} entry", "{n} entries")}
_MORE = {
    "rows": ("{n} more row", "{n} more rows"),
    "entries": ("{n} more entry", "{n} more entries"),
}


def say(message: str) -> None:
    """One `kerjasama: ...` line on stderr."""
    typer.echo(f"kerjasama: {message}", err=True)


class RejectReporter:
    """Prints each reject on stderr (a few per problem) and, with --skip-invalid, writes every
    one to the rejects file."""

    def __init__(self, writer: Any, noun: str = "rows") -> None:
        self.writer = writer
        self.noun = noun
        self.shown = 0
        self.per_problem: Counter[tuple[str, str]] = Counter()
        self.hidden: Counter[tuple[str, str]] = Counter()
        # One error of each problem only counted: its reason, said in the summary's language.
        self.examples: dict[tuple[str, str], ValidationError] = {}
        # Sectors the registry lacks: one line each at the end, with the command that adds it.
        self.sectors: Counter[str] = Counter()  # by folded form, shown as first written
        self.sector_words: dict[str, str] = {}

    def __call__(self, reject: Reject) -> None:
        from kerjasama_cli.domain.sectors import UnknownSector

        for error in reject.errors:
            if isinstance(error, UnknownSector):
                from kerjasama_cli.domain.sectors import fold

                for word in (str(error.value), *error.also):
                    self.sector_words.setdefault(fold(word), " ".join(word.split()))
                    self.sectors[fold(word)] += 1
                continue
            problem = (error.field, error.reason)
            self.per_problem[problem] += 1
            if self.per_problem[problem] <= SHOWN_PER_PROBLEM and self.shown < SHOWN_IN_ALL:
                # A document's errors carry their location already (file:line: section[i]).
                line = error.translated(translator())
                say(line if error.location else f"{reject.location}: {line}")
                self.shown += 1
            else:
                self.hidden[problem] += 1
                self.examples.setdefault(problem, error)
        if self.writer is not None:
            if reject.section is not None:
                self.writer.add(reject.section, reject.line, reject.raw, reject.reason)
            else:
                self.writer.add(reject.line, reject.raw, reject.reason)

    def finish(self, name: str) -> None:
        """The `... and N more` lines for what was not shown, and the unknown sectors."""
        from kerjasama_cli.domain.sectors import add_hint

        t = translator()
        for folded, count in self.sectors.most_common():
            sector = self.sector_words[folded]
            say(
                t(
                    "{name}: sector {sector} is not in this registry ({count}); add it with: kerjasama sectors add {hint}"  # noqa: E501 - one msgid, as test_language reads it
                ).format(
                    name=name,
                    sector=shown(sector),
                    count=self._counted(count),
                    hint=add_hint(sector),
                )
            )
        problems = self.hidden.most_common()
        for problem, count in problems[:SUMMARISED_PROBLEMS]:
            say(
                t("{name}: … and {count}: same problem — {field}: {reason}").format(
                    name=name,
                    count=self._counted(count, _MORE),
                    field=self.examples[problem].field_in(t),
                    reason=self.examples[problem].reason_in(t),
                )
            )
        rest = sum(count for _, count in problems[SUMMARISED_PROBLEMS:])
        if rest:
            more = t.plural(
                "{n} more problem of another kind", "{n} more problems of other kinds", rest
            )
            say(t("{name}: … and {more}").format(name=name, more=more))

    def _counted(self, count: int, forms: dict[str, tuple[str, str]] = _COUNTED) -> str:
        singular, plural = forms.get(self.noun, forms["rows"])
        return translator().plural(singular, plural, count)
