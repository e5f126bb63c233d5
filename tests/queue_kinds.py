"""A job kind for the queue's tests only (a worker registers it with COMMUNS_QUEUE_IMPORTS=["tests.queue_kinds"]).

``test.steps``: ``steps`` steps of ``delay`` seconds each, each saved as a file once done (a run after a crash
skips the saved ones, as De Facto skips its saved batches); ``<folder>/runs.log`` records every step started,
with the pid that started it, so that a test sees which process did what and that nothing ran twice.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from communs.jobs.runner import JobContext, job_kind


@job_kind("test.steps")
async def steps(ctx: JobContext) -> dict[str, Any]:
    root = Path(ctx.payload["folder"])
    folder = root / ctx.id
    folder.mkdir(parents=True, exist_ok=True)
    count, delay = int(ctx.payload["steps"]), float(ctx.payload["delay"])
    for step in range(count):
        saved = folder / f"step-{step:02d}"
        if saved.exists():
            continue
        with open(root / "runs.log", "a", encoding="utf-8") as log:
            log.write(f"{ctx.id} {step} {os.getpid()}\n")
        await asyncio.sleep(delay)
        saved.write_text(str(os.getpid()), encoding="utf-8")
        ctx.report(stage="step", done=step + 1, total=count, progress=(step + 1) / count)
    return {"steps": len(list(folder.iterdir())), "pid": os.getpid(), "attempt": ctx.attempt}
