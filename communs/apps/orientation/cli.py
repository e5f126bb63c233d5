"""``communs orientation``: ZenIA, study and career orientation, from one message or as a conversation."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import typer
from rich.markup import escape

from communs.cli.output import make_console
from communs.config import get_settings
from communs.models.registry import Registry

console = make_console()


def register(parent: typer.Typer) -> None:
    parent.command("orientation")(orientation_command)


async def _turns(
    messages: list[dict[str, str]],
    k: int,
    model: str | None,
    use_llm: bool,
    interactive: bool,
    filters: dict[str, Any],
) -> Any:
    from communs.apps.orientation import orient

    registry = Registry(get_settings())
    try:
        while True:
            result = await orient(registry, messages, k=k, model=model, use_llm=use_llm, filters=filters)
            if not interactive:
                return result
            _print(result)
            messages.append({"role": "assistant", "content": result.reply})
            answer = await asyncio.to_thread(typer.prompt, "Vous (vide pour finir)", default="", show_default=False)
            if not answer.strip():
                return None
            options = result.question.options if result.question else []
            if answer.strip().isdigit() and 1 <= int(answer) <= len(options):  # a quick reply's number
                answer = options[int(answer) - 1][0]
            messages.append({"role": "user", "content": answer})
    finally:
        await registry.aclose()


def orientation_command(
    message: str | None = typer.Argument(None, help="What you like, your level, what you want (in French)."),
    k: int = typer.Option(5, "-k", help="Métiers to recommend (1 to 10)."),
    interactive: bool = typer.Option(False, "--interactive", "-i", help="Go on with the conversation."),
    no_llm: bool = typer.Option(False, "--no-llm", help="Rules and embeddings only; the reply from a template."),
    model: str | None = typer.Option(None, "--model", "-m"),
    as_json: bool = typer.Option(False, "--json"),
    level: str | None = typer.Option(None, "--level", help="Formations of this level: CAP, bac, bac+2, bac+3, bac+5."),
    max_years: float | None = typer.Option(None, "--max-years", help="Formations lasting at most this many years."),
    apprenticeship: bool = typer.Option(False, "--apprenticeship", help="Only diplomas open to apprenticeship."),
    region: str | None = typer.Option(None, "--region", help="Accepted, not applied (no places in the data)."),
    department: str | None = typer.Option(None, "--department", help="Accepted, not applied."),
    place: str | None = typer.Option(None, "--place", help="A commune or postal code: understood, not applied."),
) -> None:
    """Recommend métiers (ROME) and the formations (ONISEP) that lead there, from what you say about yourself."""
    if message is None:
        message = typer.prompt("Parlez-moi de vous (ce que vous aimez, votre niveau d'études)")
    filters = {
        "level": level,
        "max_years": max_years,
        "apprenticeship": apprenticeship or None,
        "region": region,
        "department": department,
        "place": place,
    }
    result = asyncio.run(
        _turns([{"role": "user", "content": message}], k, model, not no_llm, interactive and not as_json, filters)
    )
    if result is None:
        return
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _print(result)


def _print(result: Any) -> None:
    console.print(f"\n[bold]ZenIA[/] : {escape(result.reply)}\n", highlight=False)
    for number, card in enumerate(result.cards, 1):
        data = card.to_dict()
        console.print(f"[bold]{number}. {escape(data['title'])}[/] ({data['rome_code']})", highlight=False)
        for reason in data["why"]:
            console.print(f"   pourquoi : {escape(reason)}", style="dim", highlight=False)
        if data["definition"]:
            console.print(f"   {escape(data['definition'])}", highlight=False)
        for formation in data["formations"]:
            duration = f", {formation['duration']}" if formation["duration"] else ""
            duration += ", alternance possible" if formation["apprenticeship"] else ""
            console.print(
                f"   • {escape(formation['title'])} ({formation['level']}{duration}) {formation['url']}",
                highlight=False,
            )
        if not data["formations_fit"]:
            console.print("   aucune formation répertoriée ne correspond exactement à votre niveau", style="dim")
    for note in result.filters.notes():
        console.print(escape(note), style="dim", highlight=False)
    if result.question and result.question.options:
        choices = "  ".join(f"[{i}] {escape(label)}" for i, (label, _) in enumerate(result.question.options, 1))
        console.print(f"Réponses rapides : {choices}", highlight=False)
    if result.cards:
        console.print(f"\nSources : {escape(result.cards[0].to_dict()['source'].split(' — ')[0])}", style="dim")
