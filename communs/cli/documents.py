"""``communs ingest``, ``communs search``, ``communs ask``: collections from the terminal.

The CLI works on this machine's store as the master key (an admin): collections it creates are
private to the master key unless ``--public`` is given.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import typer
from rich.table import Table

from communs.api.deps import MASTER
from communs.cli.output import make_console, progress_bar
from communs.config import ModelType, get_settings
from communs.errors import CommunsError, InvalidRequestError, NotFoundError
from communs.models.registry import Registry
from communs.search import rag
from communs.search.ingest import ingest_file, open_search
from communs.search.service import SearchService

console = make_console()
SUFFIXES = {
    ".pdf",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
    ".gif",
    ".bmp",
    ".webp",
    ".docx",
    ".odt",
    ".html",
    ".htm",
    ".md",
    ".markdown",
    ".txt",
}


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("search")(search)
    app.command("ask")(ask)


async def _collection_id(service: SearchService, name: str, *, create: bool = False, public: bool = False) -> int:
    for collection in await service.list_collections(MASTER):
        if collection.name == name:
            return collection.id
    if not create:
        raise NotFoundError(f"no collection named {name!r}; create it with `communs ingest FILES --collection {name}`")
    created = await service.create_collection(MASTER, name, None, "public" if public else "private")
    return created.id


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            raise InvalidRequestError(f"{path}: no such file or folder")
    return found


def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    collection: str = typer.Option(..., "--collection", "-c", help="Collection name (created if missing)."),
    public: bool = typer.Option(False, "--public", help="Create the collection public (readable by all)."),
) -> None:
    """Add files to a collection: parsing, OCR of scans, chunks, embeddings; one bad file never stops the rest."""
    files = _files(paths)
    if not files:
        raise InvalidRequestError("no supported file found (pdf, images, docx, odt, html, md, txt)")

    async def run() -> tuple[int, int, int, list[tuple[str, str]]]:
        registry = Registry(get_settings())
        service = open_search(get_settings(), registry)
        pages = ocr = done = 0
        failures: list[tuple[str, str]] = []
        try:
            collection_id = await _collection_id(service, collection, create=True, public=public)
            with progress_bar(console) as progress:
                overall = progress.add_task("Fichiers", total=len(files))
                for path in files:
                    page_task = progress.add_task(f"  {path.name[:40]}", total=None)

                    def on_page(n: int, total: int, task=page_task) -> None:
                        progress.update(task, completed=n, total=total)

                    try:
                        report = await ingest_file(
                            service,
                            MASTER,
                            collection_id,
                            path.read_bytes(),
                            path.name,
                            settings=get_settings(),
                            on_page=on_page,
                        )
                        pages += report.pages
                        ocr += report.ocr_pages
                        done += 1
                    except CommunsError as exc:
                        failures.append((str(path), exc.message))
                    progress.remove_task(page_task)
                    progress.advance(overall)
        finally:
            service.store.close()
            await registry.aclose()
        return done, pages, ocr, failures

    done, pages, ocr, failures = asyncio.run(run())
    console.print(
        f"Collection [bold]{collection}[/] : {done} document(s) ajouté(s), {pages} page(s) "
        f"dont {ocr} lue(s) par OCR, {len(failures)} échec(s).",
        highlight=False,
    )
    for path, message in failures:
        console.print(f"  [red]échec[/] {path} : {message}", highlight=False)
    if failures and not done:
        sys.exit(1)


def search(
    query: str = typer.Argument(..., help="What to search for; or `migrate --to milvus`."),
    collection: str | None = typer.Option(None, "--collection", "-c"),
    k: int = typer.Option(5, "-k"),
    method: str = typer.Option("hybrid", help="hybrid, semantic or lexical."),
    to: str | None = typer.Option(None, "--to", help="With `migrate`: the backend to copy the store into (milvus)."),
    uri: str | None = typer.Option(None, "--uri", help="With `migrate`: the Milvus server (default: search_uri)."),
) -> None:
    """Search a collection; shows the best chunks with their document and page.

    `communs search migrate --to milvus` copies this machine's embedded store (<home>/search.sqlite) into Milvus."""
    if to is not None or (query == "migrate" and collection is None):
        _migrate(query, to, uri)
        return
    if collection is None:
        raise InvalidRequestError("give the collection to search: --collection NAME")

    async def run():
        registry = Registry(get_settings())
        service = open_search(get_settings(), registry)
        try:
            collection_id = await _collection_id(service, collection)
            return await service.search(MASTER, query, [collection_id], k=k, method=method)
        finally:
            service.store.close()
            await registry.aclose()

    results = asyncio.run(run())
    if not results:
        console.print("Aucun résultat.")
        return
    table = Table("score", "source", "extrait", show_lines=True)
    for result in results:
        excerpt = " ".join(result.chunk.content.split())[:300]
        table.add_row(f"{result.score:.3f}", rag.label(result), excerpt)
    console.print(table)


def _migrate(verb: str, to: str | None, uri: str | None) -> None:
    from communs.search.catalog import Catalog
    from communs.search.migrate import migrate
    from communs.search.milvus import MilvusSearchStore
    from communs.search.store import SqliteSearchStore

    if verb != "migrate" or to != "milvus":
        raise InvalidRequestError("usage: communs search migrate --to milvus [--uri http://milvus:19530]")
    settings = get_settings()
    uri = uri or settings.search_uri
    if not uri:
        raise InvalidRequestError("no Milvus server: give --uri, or set search_uri (COMMUNS_SEARCH_URI)")
    index = settings.home / "search.sqlite"
    if not index.is_file():
        raise InvalidRequestError(f"no embedded search store at {index}")
    assert settings.database_url is not None  # set by Settings
    catalog = Catalog.open(settings.database_url)  # the records: both stores share them
    source = SqliteSearchStore(index, catalog=catalog)
    target = MilvusSearchStore(uri, catalog=catalog, token=settings.search_token, prefix=settings.search_prefix)
    try:
        with progress_bar(console) as progress:
            task = progress.add_task("Documents", total=None)

            def on_document(done: int, total: int, name: str) -> None:
                progress.update(task, completed=done, total=total, description=f"Documents ({name[:30]})")

            report = migrate(source, target, progress=on_document)
    finally:
        target.close()
        source.close()
    console.print(
        f"{report.collections} collection(s), {report.documents} document(s) copié(s) ({report.chunks} extraits), "
        f"{report.skipped} déjà présent(s) dans Milvus.",
        highlight=False,
    )
    for mismatch in report.mismatches:
        console.print(f"  [red]écart[/] {mismatch}", highlight=False)
    if not report.ok:
        sys.exit(1)
    console.print("Comptes vérifiés : identiques des deux côtés.")


def ask(
    question: str = typer.Argument(...),
    collection: str = typer.Option(..., "--collection", "-c"),
    k: int = typer.Option(5, "-k"),
    model: str | None = typer.Option(None, "--model", "-m"),
) -> None:
    """Answer a question from a collection, citing [document, p. N]; the answer streams."""

    async def run() -> None:
        registry = Registry(get_settings())
        service = open_search(get_settings(), registry)
        try:
            collection_id = await _collection_id(service, collection)
            grounding = await rag.ground(service, MASTER, [{"role": "user", "content": question}], [collection_id], k=k)
            chat = registry.get(model, ModelType.TEXT_GENERATION)
            body = {
                "messages": grounding.messages,
                "temperature": 0.1,
                "max_tokens": 500,
                "repeat_penalty": 1.1,
            }
            answer: list[str] = []
            with console.status("Recherche et rédaction…"):
                chunks = chat.stream(body)
                chunk = await anext(chunks, None)
            while chunk is not None:
                for choice in chunk.get("choices") or []:
                    piece = (choice.get("delta") or {}).get("content") or ""
                    answer.append(piece)
                    sys.stdout.write(piece)
                    sys.stdout.flush()
                chunk = await anext(chunks, None)
            sys.stdout.write(grounding.footer("".join(answer)) + "\n")
        finally:
            service.store.close()
            await registry.aclose()

    asyncio.run(run())
