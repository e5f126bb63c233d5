"""The ``communs`` command line: thin commands over the same cores as the API.

Every error of the product prints as one line (``erreur : …`` on stderr) with exit status 1.
"""

from __future__ import annotations

import sys

import typer

from communs.cli import aiact, consultation, documents, dossier, generate, guide, keys, orientation, plain, server
from communs.errors import CommunsError

app = typer.Typer(
    help="communs: sovereign generative AI for French public services.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
server.register(app)
generate.register(app)
documents.register(app)
plain.register(app)
consultation.register(app)
aiact.register(app)
dossier.register(app)
guide.register(app)
orientation.register(app)
app.add_typer(keys.app, name="keys", help="Create, list and revoke API keys.")


def main() -> None:
    try:
        app()
    except CommunsError as exc:
        print(f"erreur : {exc.message}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        sys.exit(130)
