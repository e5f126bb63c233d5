"""``communs keys create|list|revoke`` and ``communs usage``."""

from __future__ import annotations

import typer
from rich.table import Table

from communs.accounts.store import ROLES, AccountStore, open_store
from communs.cli.output import make_console
from communs.config import get_settings
from communs.errors import InvalidRequestError

app = typer.Typer(no_args_is_help=True)
console = make_console()


def _store() -> AccountStore:
    return open_store(get_settings())


@app.command("create")
def create(
    name: str = typer.Option(..., "--name", help="Who the key is for (a person or a service)."),
    role: str = typer.Option("user", "--role", help="user or admin."),
    rpm: int | None = typer.Option(None, "--rpm", help="Requests per minute allowed (default: server's)."),
) -> None:
    """Create an API key and print it on the last line (it is shown only once)."""
    if role not in ROLES:
        raise InvalidRequestError(f"--role must be one of {', '.join(ROLES)}")
    store = _store()
    key, principal = store.create_key(name, role=role, rpm=rpm)
    store.close()
    console.print(
        f"Clé créée pour [bold]{principal.user_name}[/] (rôle {principal.role}, id {principal.key_id}). "
        "Conservez-la : elle ne sera plus affichée.",
        highlight=False,
    )
    print(key)


@app.command("list")
def list_keys() -> None:
    """List keys (never their secret)."""
    store = _store()
    table = Table("id", "utilisateur", "rôle", "nom", "début de clé", "créée", "révoquée")
    for row in store.list_keys():
        table.add_row(
            str(row["id"]),
            row["user"],
            row["role"],
            row["name"],
            row["key_hint"],
            f"{row['created_at']:%Y-%m-%d %H:%M}",
            "oui" if row["revoked_at"] else "",
        )
    store.close()
    console.print(table)


@app.command("revoke")
def revoke(key_id: int = typer.Argument(..., help="The key's id, as `communs keys list` shows it.")) -> None:
    """Revoke a key: it stops working at once on servers sharing COMMUNS_REDIS_URL, within 30 s on others."""
    store = _store()
    store.revoke_key(key_id)
    store.close()
    console.print(f"Clé {key_id} révoquée.")
