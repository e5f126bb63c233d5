"""``communs dossier FILE…`` (De Facto): digest a criminal case file, with a progress bar; resumes after a crash.

communs dossier procedure.pdf --json out.json --report fiche.md
communs dossier ask ID "À quelle heure a eu lieu l'interpellation ?"
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from communs.cli.output import make_console, progress_bar
from communs.config import get_settings
from communs.errors import InvalidRequestError
from communs.models.registry import Registry

console = make_console()
OWNER = "cli"


def register(app: typer.Typer) -> None:
    app.command("dossier")(dossier_command)


def _files(paths: list[str]) -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += [
                (p.name, p.read_bytes()) for p in sorted(path.iterdir()) if p.is_file() and not p.name.startswith(".")
            ]
        elif path.is_file():
            files.append((path.name, path.read_bytes()))
        else:
            raise InvalidRequestError(f"{raw}: no such file or folder")
    return files


def dossier_command(
    args: list[str] = typer.Argument(..., help='FILE… (a PDF, images, or a folder), or: ask ID "question"'),
    json_out: Path | None = typer.Option(None, "--json", help="Write the whole result as JSON."),
    report: Path | None = typer.Option(None, "--report", help="Write the report (.md, .html or .docx)."),
    model: str | None = typer.Option(None, "--model", "-m"),
    fresh: bool = typer.Option(False, "--fresh", help="Start over instead of resuming or reusing a previous run."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Rules only: no chat model (synthesis from the facts)."),
) -> None:
    """De Facto: persons, chronology, offences and synthesis of a case file, every fact with its pages."""
    if args[0] == "ask":
        if len(args) != 3:
            raise InvalidRequestError('usage: communs dossier ask ID "question"')
        _ask(args[1], args[2], model, no_llm)
        return
    from communs.apps.dossier.jobs import JobStore, run_job
    from communs.search.ingest import open_store

    settings = get_settings()
    files = _files(args)
    store = JobStore(settings.home, settings.database_url, open_store(settings), settings=settings)
    digest = hashlib.sha256(b"".join(hashlib.sha256(d).digest() for _, d in files)).hexdigest()
    job = None if fresh else store.find(digest, OWNER)
    if job is None:
        job = store.create(files, OWNER, model, use_llm=not no_llm)
    elif job.status != "done":
        console.print(f"Reprise du dossier {job.id} ({job.pages_done} pages déjà lues)", highlight=False)

    async def run():
        registry = Registry(settings)
        try:
            with progress_bar() as progress:
                task = progress.add_task("Lecture", total=None)

                def show(state) -> None:
                    label = {"lecture": "Lecture des pages"}.get(state.stage, state.stage.capitalize())
                    if state.stage == "lecture":
                        progress.update(task, description=label, completed=state.pages_done, total=state.pages_total)
                    else:
                        progress.update(task, description=label, completed=round(state.progress * 100), total=100)

                return await run_job(store, job.id, registry, on_progress=show, use_llm=not no_llm)
        finally:
            await registry.aclose()

    done = asyncio.run(run())
    if done.status != "done":
        raise InvalidRequestError(done.error or "the dossier could not be processed")
    result = done.result
    if json_out:
        json_out.write_text(json.dumps({"id": done.id, **result}, ensure_ascii=False, indent=2), encoding="utf-8")
    if report:
        _write_report(report, result, done.name)
    _print(done.id, result)


def _write_report(path: Path, result: dict, name: str) -> None:
    from communs.apps.dossier.report import to_docx, to_html, to_markdown

    if path.suffix == ".docx":
        path.write_bytes(to_docx(result, name))
    elif path.suffix in (".html", ".htm"):
        path.write_text(to_html(result, name), encoding="utf-8")
    else:
        path.write_text(to_markdown(result, name), encoding="utf-8")


def _print(job_id: str, result: dict) -> None:
    from communs.apps.dossier.analysis import page_label

    console.print(
        f"Dossier [bold]{job_id}[/] : {result['pages']} pages, {len(result['documents'])} pièces", highlight=False
    )
    if result["flagged_pages"]:
        console.print(f"Pages à relire : {page_label(result['flagged_pages'])}", highlight=False)
    persons = [(p["name"], p["role"], page_label(p["pages"])) for p in result["persons"]]
    offences = []
    for o in result["offences"]:
        past = "" if o["context"] == "faits" else " (antécédent)"
        offences.append((o["qualification"], o["code_article"] + past, page_label(o["pages"])))
    tables: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = [
        ("Personnes", ("nom", "rôle", "pages"), persons),
        ("Infractions", ("qualification", "article", "pages"), offences),
        ("Chronologie", ("date", "heure", "fait", "pages"), [
            (e["date"], e["time"] or "", e["what"][:90], page_label(e["pages"])) for e in result["events"]
        ]),
    ]  # fmt: skip
    for title, columns, rows in tables:
        table = Table(*columns, title=title)
        for row in rows:
            table.add_row(*row)
        console.print(table)
    console.print(f"\n[bold]Synthèse[/] : {result['summary']}", highlight=False)


def _ask(job_id: str, question: str, model: str | None, no_llm: bool = False) -> None:
    from communs.apps.dossier.ask import answer
    from communs.apps.dossier.jobs import JobStore
    from communs.search.ingest import open_store

    settings = get_settings()
    store = JobStore(settings.home, settings.database_url, open_store(settings), settings=settings)
    job = store.get(job_id)
    if job.status != "done":
        raise InvalidRequestError(
            f"the dossier {job_id} is not finished ({job.status}): run `communs dossier FILE` again"
        )

    async def run():
        registry = Registry(settings)
        try:
            with await store.open_index(job, registry) as index:
                return await answer(index, question, registry, model=model, use_llm=not no_llm)
        finally:
            await registry.aclose()

    result = asyncio.run(run())
    pages = ", ".join(str(p) for p in result["pages"])
    console.print(result["answer"] + (f" [p. {pages}]" if pages else ""), highlight=False, markup=False)
