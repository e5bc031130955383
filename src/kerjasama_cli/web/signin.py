"""The sign-in form under `serve --sign-in`: it tells no names and stops a guesser.

datasette-auth-passwords checks a password with PBKDF2 (480,000 rounds, ~0.5 s of CPU) only when
the name has an account: a wrong password for `alice` took ~0.5 s, one for a name with no account
~0.05 s, so the time told a visitor which names exist. And nothing limited the guesses, each of
which held Datasette's event loop for half a second, for every other reader too.

This wrapper, in front of the form (POST `/-/login` only):
- a name with no account costs the same PBKDF2 as a wrong password (worked out on a thread);
- an address with `LIMIT` failed sign-ins in the last `WINDOW` seconds gets a 429 page in the
  visitor's language (with `Retry-After`) without any password being checked, until the oldest
  failure ages out. Behind a reverse proxy uvicorn reads the client's address from
  `X-Forwarded-For` sent by a proxy on this machine; otherwise every visitor shares the proxy's.
A failure is the form answered again (200); a sign-in is a redirect (302), which forgets the
address's failures. The failures are kept in this process's memory only. Each failure, and each
sign-in refused by the throttle, is one line on stderr (serve's log) naming the name tried and
the address, never the password: the access line alone ("POST /-/login 200") did not say that a
sign-in failed, nor for whom.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections import deque
from typing import Any
from urllib.parse import parse_qs

from datasette import hookimpl

from kerjasama_cli.domain.public import Access

LIMIT = 10
WINDOW = 15 * 60
FAILURES: dict[str, deque[float]] = {}
# The salt of the PBKDF2 spent on a name with no account (any fixed value: nothing is compared).
_SALT = "kerjasama-no-account"
# serve's log lines (context `web`).
_FAILED = 'failed sign-in as "{name}" from {address}'
_REFUSED = 'too many failed sign-ins from {address}: "{name}" refused without checking its password'


def _recent(client: str, now: float) -> deque[float]:
    """The failed sign-ins from `client` in the last WINDOW seconds (older ones dropped)."""
    times = FAILURES.setdefault(client, deque())
    while times and times[0] <= now - WINDOW:
        times.popleft()
    return times


# The most of a name tried that a log line shows (a name is anything a visitor types).
_SHOWN = 80


def _logged(message: str, name: str, client: str) -> None:
    """One line on stderr: `message` (context `web`) about the sign-in as `name` from `client`.
    The name's control characters become "?" so that it cannot write a line of its own."""
    from kerjasama_cli.i18n import translator

    shown = "".join(c if c.isprintable() else "?" for c in name[:_SHOWN])
    shown += "…" if len(name) > _SHOWN else ""
    said = translator().ctx("web", message).format(name=shown, address=client)
    print(f"kerjasama: {said}", file=sys.stderr, flush=True)


def _names(datasette: Any) -> set[str]:
    config = datasette.plugin_config("datasette-auth-passwords") or {}
    return {key.split("_password_hash")[0] for key in config if key.endswith("_password_hash")}


async def _body(receive: Any) -> tuple[bytes, list[dict]]:
    """The request's whole body, and its messages to hand on unchanged."""
    messages, chunks = [], []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    return b"".join(chunks), messages


def _signing_in(scope: dict) -> bool:
    from kerjasama_cli.web.plugin import ACCESS

    return (
        ACCESS[0] is Access.sign_in
        and scope["type"] == "http"
        and scope.get("method") == "POST"
        and scope.get("path", "").endswith("/-/login")
    )


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Equal time for every name, and at most LIMIT failures per address per WINDOW."""

    def wrap(app: Any) -> Any:
        async def guarded(scope: dict, receive: Any, send: Any) -> None:
            if not _signing_in(scope):
                return await app(scope, receive, send)
            client = str((scope.get("client") or ("unknown",))[0])
            failures = _recent(client, time.monotonic())
            body, messages = await _body(receive)
            fields = parse_qs(body.decode("utf-8", "replace"))
            name = (fields.get("username") or [""])[0]
            if len(failures) >= LIMIT:
                wait = int(failures[0] + WINDOW - time.monotonic()) + 1
                _logged(_REFUSED, name, client)
                return await _too_many(datasette, scope, receive, send, wait)
            if name not in _names(datasette):  # the cost of a wrong password, on a thread
                from datasette_auth_passwords.utils import hash_password

                password = (fields.get("password") or [""])[0]
                await asyncio.to_thread(hash_password, password, _SALT)
            pending = list(messages)

            async def replay() -> dict:
                return pending.pop(0) if pending else await receive()

            status: list[int] = []

            async def watch(message: dict) -> None:
                if message["type"] == "http.response.start":
                    status.append(message["status"])
                    if message["status"] == 200:  # the form again: a wrong name or password
                        # Counted and logged before the answer goes: whoever reads the answer
                        # finds the line in the log already.
                        failures.append(time.monotonic())
                        _logged(_FAILED, name, client)
                await send(message)

            await app(scope, replay, watch)
            if status[:1] == [302]:
                FAILURES.pop(client, None)

        return guarded

    return wrap


async def _too_many(datasette: Any, scope: dict, receive: Any, send: Any, wait: int) -> None:
    from datasette.utils.asgi import Request

    from kerjasama_cli.i18n import translator
    from kerjasama_cli.web.errors import error_response

    minutes = max(1, (wait + 59) // 60)
    message = translator().ctx(
        "web", "Too many failed sign-ins from this address: try again in {minutes} minutes."
    )
    request = Request(scope, receive)
    response = await error_response(datasette, request, 429, message.format(minutes=minutes))()
    response.headers["Retry-After"] = str(wait)
    await response.asgi_send(send)
