"""The ``communs`` command line: thin commands over the same cores as the API.

Every error of the product prints as one line (``erreur : …`` on stderr) with exit status 1.
"""

from __future__ import annotations

import sys

import typer

from communs.apps.registry import installed
from communs.cli import db, documents, generate, keys, mcp, server, worker
from communs.config import stay_offline
from communs.errors import CommunsError


def build() -> typer.Typer:
    """The ``communs`` command: the platform's commands, then each installed app's."""
    root = typer.Typer(
        help="communs: sovereign generative AI for French public services.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    server.register(root)
    generate.register(root)
    documents.register(root)
    worker.register(root)
    mcp.register(root)
    for found in installed():
        found.register_cli(root)
    root.add_typer(keys.app, name="keys", help="Create, list and revoke API keys.")
    root.add_typer(db.app, name="db", help="The database's schema: upgrade, current revision, downgrade.")
    return root


app = build()


def main() -> None:
    stay_offline()
    try:
        app()
    except CommunsError as exc:
        print(f"erreur : {exc.message}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        sys.exit(130)
