"""Parts of a text handed to the model a few at a time, each one's end reported as progress."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")
# on_progress(done, total, stage): ``done`` parts of ``total`` finished.
Progress = Callable[[int, int, str], None]


async def each_part(
    parts: Sequence[In],
    work: Callable[[In], Awaitable[Out]],
    *,
    at_once: int,
    stage: str,
    on_progress: Progress | None = None,
) -> list[Out]:
    """``work`` on each part, ``at_once`` at a time (the embedded llama.cpp's parallel slots), results in the
    parts' order; ``on_progress(done, len(parts), stage)`` before the first and after each part finished."""
    slots = asyncio.Semaphore(at_once)
    done = 0

    async def one(part: In) -> Out:
        nonlocal done
        async with slots:
            result = await work(part)
        done += 1
        if on_progress:
            on_progress(done, len(parts), stage)
        return result

    if on_progress:
        on_progress(0, len(parts), stage)
    return list(await asyncio.gather(*(one(part) for part in parts)))
