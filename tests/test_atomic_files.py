"""files/atomic.py: an export, a workbook or a text is written whole or not at all (the
temporary beside the target never stays), and stdout gets the Excel BOM itself."""

from __future__ import annotations

import pytest

from kerjasama_cli.files.atomic import replaced_when_done, text_output


def test_a_failed_write_leaves_neither_the_file_nor_its_temporary(tmp_path):
    target = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), text_output(target) as out:
        out.write("half,")
        raise RuntimeError("stopped")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_file_that_was_there(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), replaced_when_done(target) as temporary:
        temporary.write_bytes(b"new, half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_whole_write_replaces_the_file_and_carries_the_bom(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with text_output(target, bom=True) as out:
        out.write("tanggal;jenis\n")
    assert target.read_bytes() == "\ufefftanggal;jenis\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_stdout_gets_the_bom_written_first(capsys):
    with text_output(None, bom=True) as out:
        out.write("a;b\n")
    assert capsys.readouterr().out == "\ufeffa;b\n"
