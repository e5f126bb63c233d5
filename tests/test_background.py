"""communs.background: jobs run in the background, followed change by change, ending done or in error."""

from __future__ import annotations

import asyncio

import pytest

from communs.background import Jobs, Report
from communs.errors import InvalidRequestError, NotFoundError


def test_a_job_reports_its_progress_then_its_result():
    async def run() -> list[tuple[str, int, int, str]]:
        jobs = Jobs("t")

        async def work(report: Report) -> dict:
            for done in range(3):
                report(done, 2, "rewrite")
                await asyncio.sleep(0.01)
            return {"text": "fini"}

        job = jobs.submit("alice", work)
        seen = [(j.status, j.done, j.total, j.stage) async for j in jobs.follow(job.id)]
        assert jobs.get(job.id, "alice").public()["result"] == {"text": "fini"}
        with pytest.raises(NotFoundError):
            jobs.get(job.id, "bob")
        return seen

    seen = asyncio.run(run())
    assert seen[-1] == ("done", 2, 2, "rewrite")
    assert ("running", 1, 2, "rewrite") in seen and seen[0][0] in ("queued", "running")


def test_a_job_that_fails_says_why():
    async def run() -> tuple[dict | None, dict | None]:
        jobs = Jobs("t")

        async def refused(report: Report) -> dict:
            raise InvalidRequestError("the text is empty", param="text")

        async def broken(report: Report) -> dict:
            return {"x": 1 // 0}

        first, second = jobs.submit("a", refused), jobs.submit("a", broken)
        await jobs.wait()
        return jobs.get(first.id).error, jobs.get(second.id).error

    refused, broken = asyncio.run(run())
    assert refused == {
        "error": {
            "message": "the text is empty",
            "type": "invalid_request_error",
            "param": "text",
            "code": "invalid_request",
        }
    }
    assert (
        broken is not None
        and broken["error"]["type"] == "server_error"
        and "ZeroDivisionError" in broken["error"]["message"]
    )
