"""Where the model time goes: each chat call of a traced block, with its stage, tokens and seconds.

    with tracing() as trace:
        with stage("rewrite"):
            await complete(registry, messages)
    trace.summary()  # {"calls": 1, "prompt_tokens": ..., "cached_tokens": ..., "stages": {"rewrite": {...}}}

``complete`` records every call made inside ``tracing()`` (in this task and the tasks it starts);
outside one, nothing is recorded and nothing costs. The token counts are the provider's ``usage``
(llama.cpp also says how much of the prompt came from its cache, in ``timings.cache_n``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Call:
    stage: str
    seconds: float
    prompt_tokens: int
    cached_tokens: int
    completion_tokens: int
    max_tokens: int


@dataclass
class Trace:
    calls: list[Call] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    def summary(self) -> dict[str, Any]:
        """Totals, and per stage: calls, prompt / cached / completion tokens, model seconds."""

        def total(calls: list[Call]) -> dict[str, Any]:
            return {
                "calls": len(calls),
                "prompt_tokens": sum(c.prompt_tokens for c in calls),
                "cached_tokens": sum(c.cached_tokens for c in calls),
                "completion_tokens": sum(c.completion_tokens for c in calls),
                "model_seconds": round(sum(c.seconds for c in calls), 1),
            }

        stages = sorted({c.stage for c in self.calls})
        return total(self.calls) | {
            "seconds": round(time.perf_counter() - self.started, 1),
            "stages": {s: total([c for c in self.calls if c.stage == s]) for s in stages},
        }

    def to_dict(self) -> dict[str, Any]:
        return self.summary() | {"each": [asdict(c) for c in self.calls]}


_trace: ContextVar[Trace | None] = ContextVar("communs_trace", default=None)
_stage: ContextVar[str] = ContextVar("communs_trace_stage", default="")


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record the chat calls made inside the block (and in tasks it starts) into a new ``Trace``."""
    trace = Trace()
    token = _trace.set(trace)
    try:
        yield trace
    finally:
        _trace.reset(token)


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Name the stage the calls made inside the block belong to."""
    token = _stage.set(name)
    try:
        yield
    finally:
        _stage.reset(token)


def record(reply: dict[str, Any], seconds: float, max_tokens: int) -> None:
    """Note one chat reply in the current trace, if any."""
    trace = _trace.get()
    if trace is None:
        return
    usage = reply.get("usage") or {}
    timings = reply.get("timings") or {}
    trace.calls.append(
        Call(
            stage=_stage.get() or "other",
            seconds=round(seconds, 2),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            cached_tokens=int(timings.get("cache_n") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            max_tokens=max_tokens,
        )
    )
