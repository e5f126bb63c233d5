"""``communs audit-form``: L'IANE, a form's audit from the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("audit-form")(audit_form_command)


def audit_form_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False), as_json: bool = typer.Option(False, "--json")
) -> None:
    """Audit a form (JSON, PDF with fields, HTML page with a <form>): issues per field and a report."""
    from communs.apps.forms.model import load_form
    from communs.apps.forms.report import audit_result

    result = audit_result(load_form(file.read_bytes(), file.name))
    print(json.dumps(result.model_dump(), ensure_ascii=False, indent=2) if as_json else result.report_markdown)
