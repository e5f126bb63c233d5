"""``communs aiact ask|article|classify``: the EU AI Act from the terminal."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import typer
from rich.markup import escape

from communs.cli.output import make_console
from communs.config import get_settings
from communs.models.registry import Registry

console = make_console()
app = typer.Typer(no_args_is_help=True, help="SONIC: navigate, question and apply the EU AI Act.")


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="aiact", help="The EU AI Act: articles, questions, classification.")


async def _with_index(work: Callable[[Any], Awaitable[Any]]) -> Any:
    from communs.apps.aiact.index import close_indexes, open_index

    settings = get_settings()
    registry = Registry(settings)
    try:
        return await work(await open_index(settings, registry))
    finally:
        close_indexes(registry)
        await registry.aclose()


@app.command("ask")
def ask_command(
    question: str = typer.Argument(..., help="A question on the AI Act, in French or English."),
    k: int = typer.Option(5, "-k", help="Passages to retrieve."),
    model: str | None = typer.Option(None, "--model", "-m"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Answer a question from the Act's passages, citing their ids."""
    from communs.apps.aiact.ask import ask

    result = asyncio.run(_with_index(lambda index: ask(index, question, k=k, model=model)))
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    console.print(escape(result.answer), highlight=False)
    for citation in result.citations:
        console.print(f"  [bold]{citation.id}[/] {escape(citation.label)} — {escape(citation.title)}", highlight=False)


@app.command("index")
def index_command() -> None:
    """Build the Act's passage index now rather than at the first question (a fleet's deployment step: with
    search.backend milvus, the one index every replica shares; built once, whoever comes first)."""
    settings = get_settings()
    index_id = asyncio.run(_with_index(lambda index: asyncio.sleep(0, index.collection_id)))
    place = f"Milvus {settings.search_uri}" if settings.search_backend == "milvus" else str(settings.home / "aiact")
    console.print(f"collection {index_id} : index de l'AI Act prêt ({escape(place)})", highlight=False)


@app.command("article")
def article_command(
    reference: str = typer.Argument(..., help="6, 5(1)(c), art_6_2, 'Annex III', III, 'recital 12'…"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show an article (or annex, or recital) with its paragraphs, references, recitals and definitions."""
    from communs.apps.aiact.act import load_act

    view = load_act().article(reference)
    if as_json:
        print(json.dumps(view, ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{escape(view.get('label', view['id']))} — {escape(view['title'])}[/]", highlight=False)
    if view.get("chapter"):
        console.print(escape(view["chapter"]["title"]), style="dim", highlight=False)
    for paragraph in view["paragraphs"]:
        indent = "    " if paragraph.get("point") else ""
        console.print(f"{indent}[cyan]{paragraph['id']}[/] {escape(paragraph['text'])}", highlight=False)
    for key, label in (("references", "Renvois"), ("recitals", "Considérants liés")):
        if view.get(key):
            console.print(f"{label} : {', '.join(view[key])}", highlight=False)
    if view.get("definitions"):
        console.print(
            "Définitions : " + ", ".join(f"{d['term']} ({d['id']})" for d in view["definitions"]), highlight=False
        )


@app.command("classify")
def classify_command(
    description: str | None = typer.Argument(None, help="What the system does (French or English)."),
    role: str | None = typer.Option(None, "--role", help="provider, deployer, importer or distributor."),
    interactive: bool = typer.Option(False, "--interactive", "-i", help="Answer the questionnaire."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Keyword rules only (no model)."),
    model: str | None = typer.Option(None, "--model", "-m"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Risk tier, basis, obligations by role and dates for a system (description or --interactive)."""
    from communs.apps.aiact.act import load_act
    from communs.apps.aiact.classify import classify_answers, classify_description
    from communs.errors import InvalidRequestError

    if interactive:
        result = classify_answers(load_act(), _questionnaire(), role)
    elif description:
        result = asyncio.run(
            _with_index(lambda index: classify_description(index, description, role, model=model, use_llm=not no_llm))
        )
    else:
        raise InvalidRequestError("give a description of the system, or --interactive")
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_classification(result)


def _questionnaire() -> dict[str, Any]:
    from communs.apps.aiact import questionnaire
    from communs.apps.aiact.tree import decide

    data = questionnaire()
    answers: dict[str, Any] = {}
    for question in data["questions"]:
        if answers and decide(answers).tier == "prohibited":
            break  # a prohibited practice ends the questionnaire
        if question["id"] in ("narrow_task", "profiling") and not answers.get("annex_iii"):
            continue
        if question["id"] == "systemic_risk" and not answers.get("gpai_model"):
            continue
        if question["id"] == "annex_iii":
            console.print(escape(question["text"]), highlight=False)
            for number, point in enumerate(data["annex_iii"], 1):
                console.print(f"  {number:2}. {point['label']} — {escape(point['text'][:100])}", highlight=False)
            choice = typer.prompt("Numéro (0 = aucun)", default=0, type=int)
            answers["annex_iii"] = data["annex_iii"][choice - 1]["id"] if 0 < choice <= len(data["annex_iii"]) else None
            continue
        answers[question["id"]] = typer.confirm(f"[{question['label']}] {question['text']}", default=False)
    return answers


def _print_classification(result: Any) -> None:
    from communs.apps.aiact.classify import TIER_LABELS

    console.print(f"Niveau : [bold]{TIER_LABELS[result.tier]}[/] ({result.tier})", highlight=False)
    if result.basis:
        console.print(f"Fondement : {', '.join(result.basis)}", highlight=False)
    console.print(escape(result.explanation), highlight=False)
    if result.obligations:
        console.print("\n[bold]Obligations[/]")
        for item in result.obligations:
            console.print(f"  [{item['role']}] {escape(item['text'])} ({item['article']})", highlight=False)
    if result.dates:
        console.print("\n[bold]Dates[/]")
        for item in result.dates:
            console.print(f"  {item['date']} — {escape(item['what'])} ({item['article']})", highlight=False)
