"""``communs analyze``, ``communs simplify``: plain French from the terminal."""

from __future__ import annotations

import asyncio
import difflib
import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from communs.cli.output import make_console, progress_bar
from communs.config import get_settings
from communs.errors import InvalidRequestError
from communs.models.registry import Registry

console = make_console()
STAGES = {"rewrite": "Réécriture des paragraphes", "translate": "Traduction", "done": "Terminé"}


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_command)
    app.command("simplify")(simplify_command)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    file = Path(path)
    if not file.is_file():
        raise InvalidRequestError(f"{path}: no such file")
    data = file.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def analyze_command(
    file: str = typer.Argument(..., help="A text file, or - for standard input."),
    falc: bool = typer.Option(False, "--falc", help="Judge against FALC rules (shorter sentences)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Clarity score, Kandel–Moles reading ease and located issues of a text."""
    from communs.clarity import analyze

    result = analyze(_read(file), level="falc" if falc else "clair")
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    console.print(
        f"Score de clarté : [bold]{result.score}/100[/] — Kandel–Moles {result.kandel_moles} — "
        f"{result.words_per_sentence} mots par phrase",
        highlight=False,
    )
    table = Table("problème", "passage", "conseil")
    for issue in result.issues:
        table.add_row(issue.kind, issue.text[:80], issue.suggestion)
    console.print(table)


def simplify_command(
    file: str = typer.Argument(..., help="A text file, or - for standard input."),
    falc: bool = typer.Option(False, "--falc", help="Facile à lire et à comprendre."),
    lang: str = typer.Option("fr", "--lang", help="Also translate (machine translation): en, es, ar…"),
    model: str | None = typer.Option(None, "--model", "-m"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Rewrite a text in plain French, keeping every fact; shows a before/after diff."""
    from communs.apps.plain.simplify import simplify

    text = _read(file)

    async def run():
        registry = Registry(get_settings())
        try:
            with progress_bar() as progress:
                task = progress.add_task("Simplification", total=None)
                return await simplify(
                    text,
                    registry,
                    level="falc" if falc else "clair",
                    lang=lang,
                    model=model,
                    on_progress=lambda done, total, stage: progress.update(
                        task, completed=done, total=total, description=STAGES.get(stage, stage)
                    ),
                )
        finally:
            await registry.aclose()

    result = asyncio.run(run())
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    for line in difflib.unified_diff(text.splitlines(), result.text.splitlines(), "avant", "après", lineterm=""):
        style = "red" if line.startswith("-") else "green" if line.startswith("+") else None
        console.print(line, style=style, highlight=False, markup=False)
    console.print(
        f"\nScore : {result.before.score} → {result.after.score} ; Kandel–Moles : "
        f"{result.before.kandel_moles} → {result.after.kandel_moles}",
        highlight=False,
    )
    console.print(
        f"Faits conservés : {len(result.kept_facts)} ; manquants : {len(result.missing_facts)}", highlight=False
    )
    if result.translation:
        console.print(f"\n[{result.translation_label}]\n{result.translation}", highlight=False, markup=False)
    print(result.text)
