"""Compile the `.po` catalogues to the `.mo` files gettext reads.

Run `python -m kerjasama_cli.i18n.msgfmt` after editing a catalogue (`--check`: only report).

A few dozen lines instead of a build dependency (GNU gettext's msgfmt or Babel): the catalogues
use msgctxt, msgid, msgid_plural and msgstr[n] only. The `.mo` files are committed beside the
`.po` files (and a test checks they match), so an installed package needs no build step.
"""

from __future__ import annotations

import ast
import struct
import sys
from pathlib import Path

from kerjasama_cli.i18n import DOMAIN, LOCALE_DIR


def parse_po(text: str) -> dict[str, str]:
    """The catalogue as gettext keys (`ctx\\x04msgid`, plural msgids joined by NUL) -> msgstr."""
    entries: dict[str, str] = {}
    fields: dict[str, str] = {}
    current: str | None = None

    def flush() -> None:
        if "msgid" in fields:
            key = fields["msgid"]
            if "msgid_plural" in fields:
                key += "\0" + fields["msgid_plural"]
                forms = sorted(k for k in fields if k.startswith("msgstr["))
                value = "\0".join(fields[k] for k in forms)
            else:
                value = fields.get("msgstr", "")
            if "msgctxt" in fields:
                key = fields["msgctxt"] + "\x04" + key
            if value.replace("\0", ""):  # untranslated entries fall back to the English
                entries[key] = value
        fields.clear()

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith('"'):
            if current is None:
                raise ValueError(f"line {number}: a string outside an entry")
            fields[current] += ast.literal_eval(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in fields):
            flush()
        current = keyword
        fields[keyword] = ast.literal_eval(rest.strip())
    flush()
    return entries


def mo_bytes(entries: dict[str, str]) -> bytes:
    """The GNU `.mo` file for these entries (sorted keys, no hash table)."""
    keys = sorted(entries)
    ids = [k.encode("utf-8") for k in keys]
    strs = [entries[k].encode("utf-8") for k in keys]
    count = len(keys)
    start = 7 * 4 + 16 * count
    offsets: list[int] = []
    blob = b""
    for data in ids + strs:
        offsets += [len(data), start + len(blob)]
        blob += data + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return header + struct.pack(f"<{4 * count}I", *offsets) + blob


def compile_all(check: bool = False) -> list[Path]:
    """Compile every catalogue; with `check`, write nothing and return the stale `.mo` files."""
    stale = []
    for po in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        data = mo_bytes(parse_po(po.read_text(encoding="utf-8")))
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != data:
            stale.append(mo)
            if not check:
                mo.write_bytes(data)
    return stale


if __name__ == "__main__":
    written = compile_all(check="--check" in sys.argv)
    for path in written:
        print(path)
    sys.exit(1 if written and "--check" in sys.argv else 0)
