"""Ingest throughput, OCR speed and search latency of communs.search, for bench/search.py.

- Ingestion: a ~20-page text PDF (written byte by byte, Helvetica) and ~6 scanned A4 pages
  (rendered at 300 dpi with Pillow, slightly skewed, wrapped in a PDF), both from the fiches'
  text, through parse -> chunk -> ``SearchService.ingest_chunks`` (real e5, real store); the
  time is split into parse (OCR included), chunking, embedding and storing.
- Latency: synthetic stores of 10k and 100k chunks (moved from ``communs/search/bench.py``):
  chunks of 150 random words and random unit vectors. ``realistic``: French words drawn from
  wordfreq_fr (Zipf), a quarter of each chunk from its document's topic; ``worst``: every word
  drawn from the fiches' own frequencies, so each query word is in a large share of all chunks.
  Queries are the question set's and the fiche titles. "store" times call the store with a
  precomputed query vector; "end to end" times go through ``SearchService.search`` with e5
  embedding the query each time (lexical needs no embedding).
"""

from __future__ import annotations

import io
import itertools
import json
import re
import resource
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from wordfreq import iter_wordlist, zipf_frequency

from communs.api.deps import MASTER
from communs.documents import chunk_document, parse_document
from communs.models.e5 import E5Provider
from communs.search.records import ChunkInput
from communs.search.service import SearchService
from communs.search.store import SearchStore, SqliteSearchStore

FICHES = Path(__file__).resolve().parents[1] / "tests" / "data" / "service_public_fiches" / "txt"
WORDFREQ_WORDS = 100_000  # the most frequent French words of wordfreq's "large" list, with their Zipf frequency
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WORDS_PER_CHUNK = 150
CHUNKS_PER_DOCUMENT = 20
METHODS = ("lexical", "semantic", "hybrid")


# -- test documents -----------------------------------------------------------------------------


def fiche_words() -> list[str]:
    """The words of all fiches, in order (the text the test documents are made of)."""
    return " ".join(path.read_text(encoding="utf-8") for path in sorted(FICHES.glob("*.txt"))).split()


def _lines(words: list[str], width: int) -> list[str]:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def text_pdf(pages: int, lines_per_page: int = 52) -> bytes:
    """A real PDF with a text layer (Helvetica, WinAnsi), ~95 characters a line, from the fiches."""
    lines = _lines(fiche_words(), 95)[: pages * lines_per_page]
    page_ids = [4 + 2 * i for i in range(pages)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for n, page_id in enumerate(page_ids):
        text = [
            line.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            for line in lines[n * lines_per_page : (n + 1) * lines_per_page]
        ]
        content = b"BT /F1 10 Tf 14 TL 40 800 Td " + b" ".join(b"(%s) Tj T*" % line for line in text) + b" ET"
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
            b"/F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def scanned_pdf(pages: int) -> tuple[bytes, list[str]]:
    """A4 pages at 300 dpi, ~1,800 characters each, skewed 0.7 degree, JPEG in a PDF; and their words."""
    font = ImageFont.truetype(FONT, 46)
    lines = _lines(fiche_words()[5000:], 80)  # past the first fiches' headers
    images, words = [], []
    for number in range(pages):
        image = Image.new("RGB", (2480, 3508), "white")
        draw = ImageDraw.Draw(image)
        page_lines = lines[number * 24 : (number + 1) * 24]
        for row, line in enumerate(page_lines):
            draw.text((200, 300 + row * 120), line, font=font, fill="black")
        words += " ".join(page_lines).split()
        images.append(image.rotate(0.7, resample=Image.BICUBIC, fillcolor="white"))
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=300, save_all=True, append_images=images[1:], quality=80)
    return buffer.getvalue(), words


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the tesseract processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _word_set(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


async def ingest_throughput(folder: Path, text_pages: int, scan_pages: int, ocr_workers: int = 2) -> dict[str, Any]:
    """Parse, chunk, embed and store seconds for a text PDF and a scanned PDF."""
    provider = E5Provider(threads=2)
    await provider.embed(["warm up"], "query")  # model load is not ingestion time
    spent = {"embed": 0.0}

    async def embed(texts: list[str], kind: str) -> Any:
        started = time.perf_counter()
        result = await provider.embed(texts, kind)  # type: ignore[arg-type]
        spent["embed"] += time.perf_counter() - started
        return result

    service = SearchService(SqliteSearchStore(folder / "ingest.sqlite"), embed)
    collection = await service.create_collection(MASTER, "ingest")
    scan, scan_words = scanned_pdf(scan_pages)
    out: dict[str, Any] = {}
    for name, data in (("text_pdf", text_pdf(text_pages)), ("scanned_pdf", scan)):
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        parsed = parse_document(data, f"{name}.pdf", ocr_workers=ocr_workers)
        parsed_at, parse_cpu = time.perf_counter(), _cpu_seconds() - cpu_started
        chunks = chunk_document(parsed)
        chunked_at = time.perf_counter()
        spent["embed"] = 0.0
        await service.ingest_chunks(
            MASTER,
            collection.id,
            f"{name}.pdf",
            parsed.media_type,
            len(parsed.pages),
            parsed.ocr_pages,
            parsed.metadata,
            chunks,
        )
        total = time.perf_counter() - started
        pages = len(parsed.pages)
        row = {
            "pages": pages,
            "ocr_pages": parsed.ocr_pages,
            "bytes": len(data),
            "chunks": len(chunks),
            "characters": len(parsed.text),
            "parse_s": round(parsed_at - started, 3),
            "chunk_s": round(chunked_at - parsed_at, 3),
            "embed_s": round(spent["embed"], 3),
            "store_s": round(total - (chunked_at - started) - spent["embed"], 3),
            "total_s": round(total, 3),
            "pages_per_s": round(pages / total, 3),
            "parse_pages_per_s": round(pages / (parsed_at - started), 3),
        }
        if parsed.ocr_pages:
            found = _word_set(parsed.text)
            expected = _word_set(" ".join(scan_words))
            row["ocr_s_per_page"] = round((parsed_at - started) / pages, 3)
            row["ocr_workers"] = ocr_workers
            # CPU seconds (this process and its tesseracts) a page: on an idle machine with
            # ``ocr_workers`` cores, a page takes about this divided by the workers
            row["ocr_cpu_s_per_page"] = round(parse_cpu / pages, 3)
            row["ocr_confidence"] = [round(p.confidence or 0, 1) for p in parsed.pages]
            row["ocr_word_recall"] = round(sum((expected & found).values()) / sum(expected.values()), 3)
        out[name] = row
    service.store.close()
    return out


# -- latency on synthetic stores --------------------------------------------------------------


class Generator:
    """Random chunk texts (see the module docstring), seeded."""

    def __init__(self, mode: str, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.mode = mode
        counts = Counter(re.findall(r"[\w'’-]+", " ".join(fiche_words()).lower()))
        self.fiche_words = list(counts)
        if mode == "worst":
            self.words = self.fiche_words
            p = np.array([counts[word] for word in self.words], dtype=np.float64)
        else:
            self.words = list(itertools.islice(iter_wordlist("fr", "large"), WORDFREQ_WORDS))
            p = 10 ** np.array([zipf_frequency(word, "fr", wordlist="large") for word in self.words])
        p /= p.sum()
        self.mid = np.flatnonzero((p > 1e-7) & (p < 1e-4))
        self.cdf = np.cumsum(p)

    def chunks(self, count: int) -> list[str]:
        """The texts of one document's chunks."""
        picks = np.searchsorted(self.cdf, self.rng.random((count, WORDS_PER_CHUNK)) * self.cdf[-1])
        texts = [[self.words[i] for i in row] for row in picks]
        if self.mode != "worst":
            topic = [self.fiche_words[i] for i in self.rng.integers(0, len(self.fiche_words), 40)]
            topic += [self.words[i] for i in self.rng.choice(self.mid, 40)]
            for text in texts:
                for slot in self.rng.integers(0, WORDS_PER_CHUNK, WORDS_PER_CHUNK // 4):
                    text[slot] = topic[self.rng.integers(0, len(topic))]
        return [" ".join(text) for text in texts]


def build_store(
    path: Path, chunks: int, mode: str, dims: int = 384, open_store: Callable[[Path], SearchStore] = SqliteSearchStore
) -> tuple[SearchStore, int, float]:
    store = open_store(path)
    collection_id = store.create_collection(f"bench {chunks}", None, "private", None).id
    generator = Generator(mode)
    started = time.perf_counter()
    for start in range(0, chunks, CHUNKS_PER_DOCUMENT):
        count = min(CHUNKS_PER_DOCUMENT, chunks - start)
        vectors = generator.rng.normal(size=(count, dims)).astype(np.float32)
        inputs = [
            ChunkInput(content=text, pages=[1 + n // 4], vector=vector)
            for n, (text, vector) in enumerate(zip(generator.chunks(count), vectors))
        ]
        store.add_document(collection_id, f"doc-{start // CHUNKS_PER_DOCUMENT}.txt", "text/plain", 5, 0, {}, inputs)
    return store, collection_id, time.perf_counter() - started


def _stats(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)
    return {
        "p50_ms": round(statistics.median(ordered) * 1e3, 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1e3, 2),
        "max_ms": round(ordered[-1] * 1e3, 2),
        "n": len(ordered),
    }


async def latency(
    folder: Path,
    chunks: int,
    mode: str,
    queries: list[str],
    provider: E5Provider,
    *,
    rounds: int = 3,
    end_to_end_queries: int = 40,
    k: int = 10,
    open_store: Callable[[Path], SearchStore] = SqliteSearchStore,
    backend: str = "sqlite",
) -> dict[str, Any]:
    """Store-only and end-to-end p50/p95 per method on a synthetic store of ``chunks`` chunks."""
    path = folder / f"latency-{mode}-{chunks}.sqlite"
    store, collection_id, build_s = build_store(path, chunks, mode, open_store=open_store)
    out: dict[str, Any] = {
        "backend": backend,
        "chunks": chunks,
        "mode": mode,
        "build_s": round(build_s, 1),
        "file_mb": round(path.stat().st_size / 1e6, 1) if path.exists() else 0.0,
    }
    out["throughput_qps"] = throughput(store, collection_id, (await provider.embed(queries[:8], "query")).vectors, k)
    vectors = (await provider.embed(queries, "query")).vectors
    started = time.perf_counter()
    store.search([collection_id], method="semantic", query="", query_vector=vectors[0], k=k)
    out["first_search_loads_vectors_ms"] = round((time.perf_counter() - started) * 1e3, 1)
    for query in queries:  # warm the term statistics, as a running server has them
        store.search([collection_id], method="lexical", query=query, k=k)
    for method in METHODS:
        wall: list[float] = []
        cpu: list[float] = []
        for _ in range(rounds):
            for query, vector in zip(queries, vectors):
                started, cpu_started = time.perf_counter(), time.process_time()
                store.search([collection_id], method=method, query=query, query_vector=vector, k=k)  # type: ignore[arg-type]
                wall.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
        out[f"store_{method}"] = {**_stats(wall), "cpu_p50_ms": round(statistics.median(cpu) * 1e3, 2)}
    service = SearchService(store, provider.embed)
    for method in METHODS:
        wall = []
        for query in queries[:end_to_end_queries]:
            started = time.perf_counter()
            await service.search(MASTER, query, [collection_id], k=k, method=method)  # type: ignore[arg-type]
            wall.append(time.perf_counter() - started)
        out[f"end_to_end_{method}"] = _stats(wall)
    store.close()
    return out


def throughput(store: SearchStore, collection_id: int, vectors: list[list[float]], k: int) -> dict[str, float]:
    """Hybrid searches per second with 1 and 4 client threads (a server's concurrent requests), over 4 s each."""
    from concurrent.futures import ThreadPoolExecutor

    out: dict[str, float] = {}
    for threads in (1, 4):
        done = [0] * threads
        deadline = time.perf_counter() + 4.0

        def client(n: int, done: list[int] = done, deadline: float = deadline) -> None:
            while time.perf_counter() < deadline:
                vector = vectors[done[n] % len(vectors)]
                store.search([collection_id], method="hybrid", query="demande allocation", query_vector=vector, k=k)
                done[n] += 1

        started = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(client, range(threads)))
        out[f"hybrid_qps_{threads}_threads"] = round(sum(done) / (time.perf_counter() - started), 1)
    return out


def latency_queries(questions: list[dict[str, Any]]) -> list[str]:
    titles = [path.read_text(encoding="utf-8").splitlines()[0] for path in sorted(FICHES.glob("*.txt"))]
    return [q["question"] for q in questions] + titles


if __name__ == "__main__":  # a quick look at the generated documents
    print(json.dumps({"text_pdf_bytes": len(text_pdf(20)), "scan_pdf_bytes": len(scanned_pdf(1)[0])}))
