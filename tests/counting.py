"""Operation counts instead of clocks: a count does not move with the machine's load, so a test
can bound the work without timing it (the timings live in bench/, beside their references)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")


def python_steps(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[int, T]:
    """How many Python lines and calls fn(*args, **kwargs) executes (a loop's every turn counts,
    which a count of calls alone would miss), and what it returns, or the exception it raised
    (returned rather than raised, for the caller to assert on)."""
    count = 0

    def trace(_frame: FrameType, _event: str, _arg: Any) -> Any:
        nonlocal count
        count += 1
        return trace

    sys.settrace(trace)
    try:
        result: Any = fn(*args, **kwargs)
    except Exception as error:
        result = error
    finally:
        sys.settrace(None)
    return count, result
