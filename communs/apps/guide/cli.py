"""``communs guide step``: Albertine's next step for a goal on a saved HTML page (for testing)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer

from communs.cli.output import make_console
from communs.config import get_settings
from communs.errors import InvalidRequestError
from communs.models.registry import Registry

app = typer.Typer(no_args_is_help=True, help="Albertine: the next step on a web page, for a goal.")
console = make_console()


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="guide", help="Albertine: guide a user step by step on a web page.")


@app.command("package")
def package_command(
    out: Path = typer.Option(Path("dist"), "--out", "-o", file_okay=False, help="Folder for the zips."),
) -> None:
    """The browser extension as one zip per browser (Chromium, Firefox), the same bytes for the same sources."""
    from communs.apps.guide.package import write_packages

    for path in write_packages(out):
        console.print(str(path), highlight=False, markup=False)


@app.command("step")
def step_command(
    page: Path = typer.Argument(..., exists=True, dir_okay=False, help="A saved HTML page."),
    goal: str = typer.Option(..., "--goal", "-g", help="What the user wants to do, in French."),
    history: Path | None = typer.Option(None, "--history", help="Steps already done: a JSON list (or a response)."),
    filled: list[str] = typer.Option([], "--filled", help="Id of a field the user has filled (repeatable)."),
    url: str = typer.Option("", "--url", help="The page's address (history steps on other pages are not repeated)."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Rules and embeddings only, no chat model."),
    model: str | None = typer.Option(None, "--model", "-m"),
    as_json: bool = typer.Option(False, "--json", help="Print the step and the history to send next time."),
) -> None:
    """The next step: which element, what to do, in one French sentence."""
    from communs.apps.guide.html import snapshot_from_html
    from communs.apps.guide.snapshot import HistoryItem
    from communs.apps.guide.step import next_step

    snapshot = snapshot_from_html(page.read_bytes(), url=url or page.resolve().as_uri()).with_filled(filled)
    done: list[HistoryItem] = []
    if history is not None:
        try:
            data = json.loads(history.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InvalidRequestError(f"{history}: not a JSON history ({exc})") from None
        done = [HistoryItem.model_validate(h) for h in (data.get("history", []) if isinstance(data, dict) else data)]

    async def run():
        registry = Registry(get_settings())
        try:
            return await next_step(goal, snapshot, done, registry, model=model, use_model=not rules_only)
        finally:
            await registry.aclose()

    step = asyncio.run(run())
    if as_json:
        out = {**step.model_dump(), "history": [h.model_dump() for h in [*done, step.as_history(snapshot.url)]]}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{step.instruction}[/]", highlight=False)
    where = f"élément « {step.element_id} »" if step.element_id else "aucun élément"
    console.print(
        f"{where} — action : {step.action} — confiance {step.confidence:.2f} ({step.source})", highlight=False
    )
    if step.value_hint:
        console.print(f"à saisir : {step.value_hint}", highlight=False, markup=False)
    console.print(step.explanation, highlight=False, markup=False, style="dim")
