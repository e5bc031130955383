"""The hint a missing optional extra gives (serve's and `users add`'s web extra, extract's reader
of pages, PDF and Word files) follows `--lang`, its install commands as they are typed: an
official reading Indonesian is not told half a line in English."""

from __future__ import annotations

from pathlib import Path

from conftest import run_module, without_module

WEB_ID = (
    "kerjasama: error: serve memerlukan tambahan web: di salinan repositori kerjasama, "
    "pip install '.[web]'; selain itu pip install 'kerjasama[web]'\n"
)
WEB_EN = (
    "kerjasama: error: serve needs the web extra: in a checkout of kerjasama, "
    "pip install '.[web]'; else pip install 'kerjasama[web]'\n"
)


def test_serve_without_the_web_extra_says_so_in_indonesian(tmp_path: Path) -> None:
    env = without_module("datasette", tmp_path)
    result = run_module("--lang", "id", "serve", db=tmp_path / "r.db", env=env)
    assert (result.returncode, result.stderr) == (2, WEB_ID)
    english = run_module("--lang", "en", "serve", db=tmp_path / "r.db", env=env)
    assert (english.returncode, english.stderr) == (2, WEB_EN)
    assert not (tmp_path / "r.db").exists()


def test_users_add_without_the_web_extra_says_so_in_indonesian(tmp_path: Path) -> None:
    env = {**without_module("datasette", tmp_path), "KERJASAMA_LANG": "id"}
    result = run_module("users", "add", "budi", db=tmp_path / "r.db", env=env)
    assert (result.returncode, result.stderr) == (2, WEB_ID)


def test_extract_without_its_extra_gives_the_install_in_indonesian(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Kerja sama.</p></body></html>", encoding="utf-8")
    env = without_module("trafilatura", tmp_path)
    result = run_module("--lang", "id", "extract", str(page), db=tmp_path / "x.db", env=env)
    assert result.returncode == 1
    assert result.stderr == (
        f"kerjasama: error: {page}: membaca halaman web memerlukan tambahan extract: "
        "di salinan repositori kerjasama, pip install '.[extract]'; selain itu pip install "
        "'kerjasama[extract]'\n"
    )
