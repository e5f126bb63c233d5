"""``communs chat``, ``communs transcribe``, ``communs speak``: the models, straight from the terminal."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from communs.cli.output import make_console
from communs.config import ModelType, get_settings
from communs.errors import InvalidRequestError
from communs.models.audio_probe import check_audio_duration
from communs.models.base import AudioFormat
from communs.models.registry import Registry
from communs.models.transcript_formats import FORMATS, render

console = make_console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("chat")(chat)
    app.command("transcribe")(transcribe)
    app.command("speak")(speak)


def chat(
    question: str = typer.Argument(..., help="Your question or instruction."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model id (default: the default chat model)."),
    system: str | None = typer.Option(None, "--system", help="A system prompt."),
    max_tokens: int = typer.Option(1024, "--max-tokens"),
    temperature: float = typer.Option(0.3, "--temperature"),
) -> None:
    """Ask the chat model; the answer streams to the terminal."""
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": question}]
    body = {"messages": messages, "max_tokens": max_tokens, "temperature": temperature}

    async def run() -> None:
        registry = Registry(get_settings())
        chosen = registry.get(model, ModelType.TEXT_GENERATION)
        try:
            with console.status(f"Chargement de {chosen.id}…"):
                chunks = chosen.stream(body)
                first = await anext(chunks, None)
            chunk = first
            while chunk is not None:
                for choice in chunk.get("choices") or []:
                    sys.stdout.write((choice.get("delta") or {}).get("content") or "")
                    sys.stdout.flush()
                chunk = await anext(chunks, None)
            sys.stdout.write("\n")
        finally:
            await registry.aclose()

    asyncio.run(run())


def transcribe(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    format: str = typer.Option("text", "--format", "-f", help="text, json, verbose_json, srt or vtt."),
    language: str | None = typer.Option(None, "--language", "-l", help="e.g. fr (default: detected)."),
    model: str | None = typer.Option(None, "--model", "-m"),
) -> None:
    """Transcribe an audio file (wav, mp3, ogg, m4a, webm…) with a progress bar."""
    if format not in FORMATS:
        raise InvalidRequestError(f"--format must be one of {', '.join(FORMATS)}")
    audio = file.read_bytes()
    check_audio_duration(audio, file.name, get_settings().max_audio_seconds)

    async def run():
        registry = Registry(get_settings())
        chosen = registry.get(model, ModelType.SPEECH_RECOGNITION)
        try:
            with Progress(
                TextColumn("Transcription"),
                BarColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            ) as progress:
                task = progress.add_task("", total=None)

                def on_progress(done: float, total: float) -> None:
                    progress.update(task, completed=done, total=total, description=f"{done:.0f}/{total:.0f} s")

                return await chosen.call(
                    lambda p: p.transcribe(audio, filename=file.name, language=language, on_progress=on_progress)
                )
        finally:
            await registry.aclose()

    rendered = render(asyncio.run(run()), format)
    print(json.dumps(rendered, ensure_ascii=False, indent=2) if isinstance(rendered, dict) else rendered.rstrip("\n"))


def speak(
    text: str = typer.Argument(..., help="Text to read aloud."),
    output: Path = typer.Option(..., "--output", "-o", help="Audio file to write (.wav, .mp3, .flac, .opus)."),
    voice: str = typer.Option("fr", "--voice"),
    model: str | None = typer.Option(None, "--model", "-m"),
) -> None:
    """Synthesise speech to a file."""
    formats: dict[str, AudioFormat] = {".wav": "wav", ".mp3": "mp3", ".flac": "flac", ".opus": "opus", ".ogg": "opus"}
    audio_format = formats.get(output.suffix.lower())
    if audio_format is None:
        raise InvalidRequestError("--output must end in .wav, .mp3, .flac, .opus or .ogg")

    async def run() -> bytes:
        registry = Registry(get_settings())
        try:
            chosen = registry.get(model, ModelType.TEXT_TO_SPEECH)
            return await chosen.call(lambda p: p.speak(text, voice=voice, audio_format=audio_format))
        finally:
            await registry.aclose()

    data = asyncio.run(run())
    tmp = output.with_name(output.name + ".partial")
    tmp.write_bytes(data)
    tmp.replace(output)
    console.print(f"{output} ({len(data) / 1024:.0f} Kio)")
