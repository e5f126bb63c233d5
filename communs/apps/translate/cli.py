"""``communs translate``: French administrative text translated from the terminal, every fact checked."""

from __future__ import annotations

import asyncio
import json

import typer

from communs.apps.plain.cli import _read
from communs.cli.output import make_console, progress_bar
from communs.config import get_settings
from communs.models.registry import Registry

console = make_console()
errors = make_console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("translate")(translate_command)


def translate_command(
    file: str = typer.Argument(..., help="A text file, or - for standard input."),
    lang: str = typer.Option(..., "--lang", "-l", help="Target language: en, ar, uk, es, pt, de, it, ru, tr, ro, zh."),
    source: str = typer.Option("fr", "--source", help="Source language (fr; or any, into --lang fr)."),
    model: str | None = typer.Option(None, "--model", "-m"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Machine translation, paragraph by paragraph; dates, amounts and references checked in each."""
    from communs.apps.translate.translate import JOB_MAX_CHARS, check_request, translate

    text = _read(file)
    check_request(text, lang, source, JOB_MAX_CHARS)  # a bad language or an empty file: one line, before any model

    async def run():
        registry = Registry(get_settings())
        try:
            with progress_bar() as progress:
                task = progress.add_task("Traduction des paragraphes", total=None)
                return await translate(
                    text,
                    registry,
                    lang,
                    source=source,
                    model=model,
                    max_chars=JOB_MAX_CHARS,
                    on_progress=lambda done, total, stage: progress.update(task, completed=done, total=total),
                )
        finally:
            await registry.aclose()

    result = asyncio.run(run())
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    errors.print(f"[{result.label}]", highlight=False, markup=False)
    for number, part in enumerate(result.parts, 1):
        if part.status == "flagged":
            lost = " ; ".join(f.text for f in part.missing_facts) or " ; ".join(part.problems)
            errors.print(f"À vérifier, paragraphe {number} : {lost}", style="yellow", highlight=False, markup=False)
    print(result.text)
