"""``communs places``: a commune by name, postal code or free text, and the communes nearby."""

from __future__ import annotations

import json

import typer
from rich.markup import escape

from communs.cli.output import make_console

console = make_console()
KINDS = {
    "commune": "",
    "arrondissement": "arrondissement",
    "deleguee": "commune déléguée",
    "associee": "commune associée",
}
MATCHES = {
    "postal_code": "code postal",
    "insee_code": "code INSEE",
    "name": "nom",
    "departement": "département",
    "region": "région",
    "text": "lieu trouvé dans le texte",
}


def register(parent: typer.Typer) -> None:
    parent.command("places")(places_command)


def places_command(
    query: str = typer.Argument(..., help="A commune, postal code, INSEE code, département or French sentence."),
    nearest: int = typer.Option(0, "--nearest", "-n", help="Also list the n nearest communes (0 to 50)."),
    radius_km: float | None = typer.Option(None, "--radius", help="Nearby communes within this many km."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Find a French commune (« Lille », « 59000 », « près de Lille ») and, with --nearest, the communes around it."""
    from communs.places import load_gazetteer, lookup

    found = lookup(query, nearest=nearest, radius_km=radius_km)
    gazetteer = load_gazetteer()
    if as_json:
        print(json.dumps(found.to_dict(gazetteer), ensure_ascii=False, indent=2))
        return
    said = f" (« {escape(found.said)} »)" if found.said else ""
    console.print(f"Lu comme : {MATCHES[found.match]}{said}", style="dim", highlight=False)
    if found.departement or found.region:
        department = gazetteer.departement_name(found.departement)
        area = f"{department} ({found.departement}), " if department else ""
        console.print(f"{area}{gazetteer.region_name(found.region)}", highlight=False)
    for place in found.places[:10]:
        kind = KINDS[place.kind]
        codes = ", ".join(place.postal_codes[:6]) + (" …" if len(place.postal_codes) > 6 else "")
        people = ", " + f"{place.population:,}".replace(",", " ") + " hab." if place.population else ""
        console.print(
            f"[bold]{escape(place.name)}[/] ({place.departement}{', ' + kind if kind else ''}) — INSEE {place.code}, "
            f"{codes or 'pas de code postal'}{people}",
            highlight=False,
        )
    if found.nearby:
        console.print("À proximité :", highlight=False)
        for place, km in found.nearby:
            console.print(f"  {km:>6.1f} km  {escape(place.name)} ({place.departement})", highlight=False)
