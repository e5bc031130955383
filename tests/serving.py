"""A real `kerjasama serve` on a free localhost port, and helpers to read it (test_serve*.py)."""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running `kerjasama serve` and helpers to read it."""

    def __init__(self, base: str, db: Path, process: subprocess.Popen, log: Path) -> None:
        self.base, self.db, self.process, self.log = base, db, process, log
        self.name = db.stem

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def json(self, path: str) -> object:
        status, body = self.get(path)
        assert status == 200, body[:500]
        return json.loads(body)

    def post(self, path: str, payload: dict) -> tuple[int, str]:
        request = urllib.request.Request(
            self.base + path,
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")


@contextlib.contextmanager
def serving(
    db: Path,
    log: Path,
    prefix: tuple[str, ...] = (),
    env: dict[str, str] | None = None,
    args: tuple[str, ...] = (),
) -> Iterator[Server]:
    """`kerjasama serve` on `db` (run under `prefix`, e.g. setpriv; `env` added to the
    environment; `args`: serve's own options, e.g. `--sign-in`) until the block ends."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [*prefix, sys.executable, "-m", "kerjasama_cli", "--db", str(db), "serve",
             "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "KERJASAMA_DB": str(db), **(env or {})},
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
                    break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    assert process.poll() is None, log.read_text()
                    assert time.monotonic() < deadline, "server did not start in 120 s"
                    time.sleep(0.05)  # a started server answers within a few polls
            yield Server(base, db, process, log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def rows(server: Server, path: str) -> list[dict]:
    """The rows of a table, view or canned query (`name?param=value`) as a list of dicts."""
    name, _, query = path.partition("?")
    query = f"{query}&" if query else ""
    return server.json(f"/{server.name}/{name}.json?{query}_shape=array&_size=max")  # type: ignore[return-value]


def database_line(page: str) -> str:
    """The index page's line of counts under the registry's name, as a reader sees it."""
    found = re.search(r"</h2>\s*<p>(.*?)</p>", page, flags=re.DOTALL)
    assert found, page[-2000:]
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split())


class Browser:
    """A browser's session: cookies kept, the login form read and posted."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str, data: bytes | None = None) -> tuple[int, str]:
        try:
            with self.opener.open(self.server.base + path, data=data, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def sign_in(self, name: str, password: str) -> tuple[int, str]:
        status, form = self.get("/-/login")
        assert status == 200, form[:300]
        token = re.search(r'name="csrftoken" value="([^"]+)"', form)
        assert token, form[:500]
        fields = {"username": name, "password": password, "csrftoken": token.group(1)}
        return self.get("/-/login", urllib.parse.urlencode(fields).encode())

    def actor(self) -> object:
        import json

        return json.loads(self.get("/-/actor.json")[1])["actor"]
