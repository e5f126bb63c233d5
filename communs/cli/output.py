"""Consoles for the CLI: full-width tables when the output is piped, not cut at 80 columns; one progress bar."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def make_console(*, stderr: bool = False) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    return Console(stderr=stderr) if stream.isatty() else Console(stderr=stderr, width=200)


def progress_bar(console: Console | None = None) -> Progress:
    """The progress bar of long commands: what is being done, a bar, done/total, time elapsed (on stderr)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console or make_console(stderr=True),
        transient=True,
    )
