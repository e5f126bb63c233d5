"""``communs consultation FILE``: a consultation transcript or recording -> prescription, report and patient plan."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from communs.cli.output import make_console
from communs.config import get_settings
from communs.errors import InvalidRequestError
from communs.models.registry import Registry

console = make_console()
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


def register(app: typer.Typer) -> None:
    app.command("consultation")(consultation_command)


def consultation_command(
    file: str = typer.Argument(..., help="A transcript (.txt) or a recording (wav, mp3, ogg, m4a, webm, flac…)."),
    as_json: bool = typer.Option(False, "--json", help="Print the structured result as JSON."),
    fhir: Path | None = typer.Option(None, "--fhir", help="Also write a FHIR R4 MedicationRequest bundle here."),
    llm: bool = typer.Option(True, "--llm/--no-llm", help="Let the chat model settle open fields (checked)."),
    model: str | None = typer.Option(None, "--model", "-m"),
) -> None:
    """Medications (name, dose, posology, status) checked against BDPM, a report and a patient plan."""
    from communs.apps.consultation.fhir import to_fhir
    from communs.apps.consultation.pipeline import analyse

    path = Path(file)
    if not path.is_file():
        raise InvalidRequestError(f"{file}: no such file")
    data = path.read_bytes()
    is_text = path.suffix.lower() in TEXT_SUFFIXES
    if is_text:
        try:
            transcript = data.decode("utf-8")
        except UnicodeDecodeError:
            transcript = data.decode("cp1252")

    async def run():
        registry = Registry(get_settings())
        try:
            if is_text:
                return await analyse(registry, transcript=transcript, use_llm=llm, model=model)
            with Progress(
                TextColumn("Transcription"), BarColumn(), TimeElapsedColumn(),
                console=make_console(stderr=True), transient=True,
            ) as progress:  # fmt: skip
                task = progress.add_task("", total=None)
                return await analyse(
                    registry, audio=data, filename=path.name, use_llm=llm, model=model,
                    on_progress=lambda done, total: progress.update(task, completed=done, total=total),
                )  # fmt: skip
        finally:
            await registry.aclose()

    result = asyncio.run(run())
    if fhir is not None:
        fhir.write_text(json.dumps(to_fhir(result), ensure_ascii=False, indent=2), encoding="utf-8")
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    table = Table("médicament", "dose", "posologie", "par jour", "durée", "statut", "alertes")
    for m in result.medications:
        posology = ", ".join(p for p in (m.quantity, m.frequency) if p)
        table.add_row(
            m.name, m.dose or "—", posology or "—", str(m.times_per_day or "—"), m.duration or "—", m.status,
            str(len(m.warnings)) if m.warnings else "",
        )  # fmt: skip
    console.print(table)
    print(result.report_markdown)
    print(result.patient_plan["markdown"])
