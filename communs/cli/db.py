"""``communs db upgrade|current|downgrade``: the schema migrations by hand (every start also upgrades)."""

from __future__ import annotations

import typer

from communs.cli.output import make_console
from communs.config import get_settings

app = typer.Typer(no_args_is_help=True)
console = make_console()


def _url() -> str:
    return get_settings().database_url or ""


@app.command("upgrade")
def upgrade(revision: str = typer.Argument("head", help="The revision to reach (default: the newest).")) -> None:
    """Upgrade the database's schema."""
    from communs.db import migrate, redact_url

    reached = migrate.upgrade(_url(), revision)
    console.print(f"{redact_url(_url())} : révision {reached}", highlight=False)


@app.command("current")
def current() -> None:
    """Print the database's revision, and whether it is the newest."""
    from communs.db import migrate, redact_url

    revision = migrate.current(_url())
    head = migrate.head()
    state = "à jour" if revision == head else f"en retard (la plus récente : {head})"
    console.print(f"{redact_url(_url())} : révision {revision or 'aucune'}, {state}", highlight=False)


@app.command("downgrade")
def downgrade(
    revision: str = typer.Argument(..., help="The revision to go back to ('base': drop every table)."),
) -> None:
    """Downgrade the database's schema to REVISION."""
    from communs.db import migrate, redact_url

    reached = migrate.downgrade(_url(), revision)
    console.print(f"{redact_url(_url())} : révision {reached or 'aucune'}", highlight=False)
