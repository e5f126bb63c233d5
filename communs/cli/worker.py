"""``communs worker``: run the long jobs (De Facto dossiers) queued by the API, in a fleet."""

from __future__ import annotations

import asyncio

import typer

from communs.cli.output import make_console
from communs.config import get_settings
from communs.errors import ConfigurationError

console = make_console()


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)


def worker(concurrency: int = typer.Option(None, help="Jobs run at once (default: queue_concurrency, 1).")) -> None:
    """Run queued jobs until stopped (SIGINT/SIGTERM); a job whose worker died is taken over."""
    settings = get_settings()
    if settings.queue_backend != "procrastinate":
        raise ConfigurationError(
            "no fleet queue is configured: set COMMUNS_QUEUE_BACKEND=procrastinate (and a PostgreSQL "
            "COMMUNS_DATABASE_URL); with the embedded queue the API runs the jobs itself"
        )
    try:
        from communs.jobs.fleet import run_worker
    except ImportError as exc:
        message = f"communs worker needs the fleet extra: pip install 'communs[fleet]' ({exc.name})"
        raise ConfigurationError(message) from None

    from communs.observability.logs import configure_logging

    configure_logging(settings.log_format, settings.log_level)  # text or JSON lines, as the API's
    console.print(f"communs worker : tâches de la file PostgreSQL (x{concurrency or settings.queue_concurrency})")
    asyncio.run(run_worker(settings, concurrency))
