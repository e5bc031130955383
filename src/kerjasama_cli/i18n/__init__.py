"""One language switch for every human-facing word: gettext catalogues shipped with the package.

The source language of the code is English; every other language is a catalogue,
`locale/<lang>/LC_MESSAGES/kerjasama.po`, compiled to `.mo` beside it (`python -m
kerjasama_cli.i18n.msgfmt`). A third language is a new catalogue, not new code: `languages()` lists
what is there and `--lang` accepts it.

Words are looked up by context (`msgctxt`): `month`, `type`, `status`, `sector`, `kind`,
`partner kind`, `basis`, `country` for vocabularies, none for headings and sentences. Country
names fall back to pycountry's own catalogue for the language when ours has no entry.

The API other parts (and the HTML report) use:

    from kerjasama_cli.i18n import translator
    t = translator("id")
    t("Partner")                 # 'Mitra'
    t.status("active")           # 'aktif'
    t.type("sister_city")        # 'kota kembar'
    t.month(10)                  # 'Oktober'
    t.word("sector", "health")   # 'kesehatan'

Country and sector names are not here: `domain.countries.country_name(code, lang)` and
`domain.sectors.sector_name(code, lang)` give them (pycountry's names and the sectors a
registry added), each through this catalogue. This package imports nothing else of ours.

Machine formats (JSON, CSV) never go through here: their keys and codes are stable English.
"""

from __future__ import annotations

import errno
import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext

DOMAIN = "kerjasama"
SOURCE = "en"  # the language the code is written in: no catalogue needed
DEFAULT = "id"  # the bureau's officials read Indonesian
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
ENV = "KERJASAMA_LANG"

# English display forms of codes that are not just the code with spaces.
_ENGLISH = {
    "type": {"loi": "LoI", "mou": "MoU"},
    "family": {"ksdpl": "KSDPL", "ksdll": "KSDLL"},
    "stage": {
        "loi": "letter of intent",
        "dprd_approval": "DPRD approval",
        "central_approval": "central approval (Kemendagri)",
        "full_powers": "Full Powers (Kemlu)",
        "evaluation": "monitoring and evaluation",
    },
    "object": {"science_technology": "science and technology"},
    "basis": {
        "signatory": "named signatory",
        "credited": "credited by source",
        "date": "in office on the date",
        "not_recorded": "not recorded",
        "date_unknown": "date unknown",
    },
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@functools.lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Every language there is a catalogue for, plus English (the source), sorted."""
    found = {SOURCE}
    if LOCALE_DIR.is_dir():
        found |= {p.name for p in LOCALE_DIR.iterdir() if (p / "LC_MESSAGES").is_dir()}
    return tuple(sorted(found))


def english(context: str, code: str) -> str:
    """The English (source) word for a vocabulary code: `sister_city` -> `sister city`."""
    return _ENGLISH.get(context, {}).get(code) or code.replace("_", " ")


class Translator:
    """The words of one language; created by `translator(lang)`, cached per language."""

    def __init__(self, lang: str, catalogue: gettext.NullTranslations | _Source) -> None:
        self.lang = lang
        self._catalogue = catalogue

    def __call__(self, message: str) -> str:
        """A heading, label or sentence (msgid is the English text)."""
        return self._catalogue.gettext(message)

    def ctx(self, context: str, message: str) -> str:
        """A word in a context (`month`, `status`, ...), where the same English can differ."""
        return self._catalogue.pgettext(context, message)

    def plural(self, singular: str, plural: str, count: float) -> str:
        """`1 record` / `2 records`, by the language's plural rule; `{n}` is the count.

        A whole float shows without its `.0` (a term of `5` years, not `5.0`).
        """
        whole = float(count).is_integer()
        shown = str(int(count)) if whole else f"{count:g}"
        return self._catalogue.ngettext(singular, plural, int(count) if whole else 2).replace(
            "{n}", shown
        )

    def word(self, context: str, code: str) -> str:
        """A vocabulary code (`type`, `status`, `sector`, `kind`, `partner kind`, `basis`)."""
        return self.ctx(context, english(context, code))

    def field(self, name: str) -> str:
        """A stored field's name (`valid_until` -> `berlaku sampai`), as history and notices
        name what changed; untranslated (English), the name as stored, as `edit` takes it."""
        words = name.replace("_", " ")
        shown = self.ctx("field", words)
        return name if shown == words else shown

    def month(self, number: int) -> str:
        """Full month name: 1 -> `Januari` / `January`."""
        if not 1 <= number <= 12:
            raise ValueError(f"no such month: {number}")
        return self.ctx("month", MONTHS[number - 1])

    def type(self, code: str) -> str:
        """Record type: `sister_city` -> `kota kembar`."""
        return self.word("type", code)

    def status(self, code: str) -> str:
        """Status: `active` -> `aktif`."""
        return self.word("status", code)

    def kind(self, code: str) -> str:
        """Record kind: `agreement` -> document, `event` -> event."""
        return self.word("kind", "document" if code == "agreement" else code)

    def partner_kind(self, code: str) -> str:
        """Partner kind: `city` -> `kota`."""
        return self.word("partner kind", code)

    def basis(self, code: str) -> str:
        """How a governor was (not) attributed: `undetermined`, `date_unknown`, ..."""
        return self.word("basis", code)


# The reasons the OS gives for the failures a command meets on the files and ports it is given,
# by errno: the msgid (context `os error`) is the C library's English text, so that `No such file
# or directory` reads `Tidak ada berkas atau direktori` under --lang id (issue 30).
OS_REASONS = {
    errno.ENOENT: "No such file or directory",
    errno.EACCES: "Permission denied",
    errno.EPERM: "Operation not permitted",
    errno.EISDIR: "Is a directory",
    errno.ENOTDIR: "Not a directory",
    errno.ENOSPC: "No space left on device",
    errno.EDQUOT: "Disk quota exceeded",
    errno.EROFS: "Read-only file system",
    errno.EEXIST: "File exists",
    errno.ENAMETOOLONG: "File name too long",
    errno.ELOOP: "Too many levels of symbolic links",
    errno.EINVAL: "Invalid argument",  # a special file that takes no writing (/proc/version)
    errno.EIO: "Input/output error",
    errno.EADDRINUSE: "Address already in use",
    errno.EADDRNOTAVAIL: "Cannot assign requested address",
}


def os_reason(error: OSError, lang: str | None = None) -> str:
    """Why the OS refused (`error.strerror`) in the language: the catalogue's word for the
    errors in OS_REASONS, the OS's own text for any other."""
    english = OS_REASONS.get(error.errno or 0)
    if english is None:
        return error.strerror or str(error)
    return translator(lang).ctx("os error", english)


def said(message: str, error: OSError, **values: object) -> str:
    """MESSAGE (a msgid with `{reason}` and other fields) in the active language, `{reason}`
    being why the OS refused: `{path}: cannot be read: {reason}`."""
    return translator()(message).format(reason=os_reason(error), **values)


def os_reasons(lang: str | None = None) -> dict[str, str]:
    """The OS's English reasons (as `os.strerror` words them here) and their translation, for
    messages made before the language was known (Click's `'x': No such file or directory`)."""
    t = translator(lang)
    return {os.strerror(code): t.ctx("os error", english) for code, english in OS_REASONS.items()}


class _Source:
    """The source language's "catalogue": every word as written in the code (no gettext
    import: JSON's English date labels are made on every `list`, and start-up matters)."""

    def gettext(self, message: str) -> str:
        return message

    def pgettext(self, context: str, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return singular if count == 1 else plural


def translator(lang: str | None = None) -> Translator:
    """The Translator for `lang` (default: the active language); raises ValueError if unknown."""
    return _translator(lang or active())


@functools.lru_cache(maxsize=16)
def _translator(lang: str) -> Translator:
    if lang not in languages():
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(languages())}")
    if lang == SOURCE:
        return Translator(lang, _Source())
    import gettext

    return Translator(lang, gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang]))


def _from_locale() -> str | None:
    """The language of the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), if we have it."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if not value:
            continue
        for item in value.split(":"):
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in languages():
                return code
        if var != "LANGUAGE":
            return None  # the first locale variable that is set decides (C, POSIX: none)
    return None


def resolve(explicit: str | None = None) -> str:
    """The language to use: `explicit` (--lang), else $KERJASAMA_LANG, else the locale, else id.

    Raises ValueError naming the option or variable when the value has no catalogue.
    """
    for value, where in ((explicit, "--lang"), (os.environ.get(ENV), ENV)):
        if value:
            code = value.strip().lower().replace("-", "_").split("_")[0]
            if code not in languages():
                raise LanguageError(where, value)
            return code
    return _from_locale() or DEFAULT


def fallback() -> str:
    """The language to say a bad language setting in: $KERJASAMA_LANG if it has a catalogue,
    else the locale, else id (the setting asked for cannot say its own error)."""
    try:
        return resolve()
    except LanguageError:
        return _from_locale() or DEFAULT


class LanguageError(ValueError):
    """A language asked for by option or environment that has no catalogue."""

    def __init__(self, where: str, value: str) -> None:
        self.where = where
        self.value = value
        super().__init__(f"{where}: {value!r} is not a language kerjasama speaks")


_ACTIVE: list[str] = []


def use(lang: str) -> None:
    """Make `lang` the active language for this command (set once per invocation)."""
    _ACTIVE[:] = [lang]


def active() -> str:
    """The language of the running command (resolved from the environment if none was set)."""
    return _ACTIVE[0] if _ACTIVE else resolve()
