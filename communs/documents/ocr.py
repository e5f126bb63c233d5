"""OCR with Tesseract (French): read page images and say how sure Tesseract is.

Each page goes to its own ``tesseract`` process with ``OMP_THREAD_LIMIT=1``: one process per
core beats one multi-threaded process by far (MODELS.md: 0.6 s/page instead of 3 s). A thread
pool drives them (the image work before, in Pillow and numpy, releases the GIL), and a
process-wide semaphore keeps concurrent documents from running more Tesseracts than cores.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image

from communs.documents.preprocess import preprocess
from communs.errors import ConfigurationError, UpstreamError

OCR_LANGUAGE = "fra"
TESSERACT_TIMEOUT_S = 300.0
# Below this mean word confidence the page may be sideways or upside down: ask Tesseract's OSD.
LOW_CONFIDENCE = 60.0
MIN_ORIENTATION_CONFIDENCE = 2.0


def usable_cores() -> int:
    """The cores this process may run on (the affinity mask, which containers narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


_TESSERACT_SLOTS = threading.BoundedSemaphore(usable_cores())


@dataclass
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence 0-100; None when no word was found


@dataclass
class OcrJob:
    """One image to read. ``load`` is called in a worker thread and returns (image, dpi or None)."""

    key: int
    load: Callable[[], tuple[Image.Image, float | None]]


@lru_cache(maxsize=1)
def tesseract_binary() -> str:
    """The tesseract executable, checked once, with a clear error when it or its French data is missing."""
    path = shutil.which("tesseract")
    if path is None:
        raise ConfigurationError("OCR needs the 'tesseract' program: install tesseract-ocr and tesseract-ocr-fra")
    langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30)
    if OCR_LANGUAGE not in langs.stdout.split():
        raise ConfigurationError(f"Tesseract has no '{OCR_LANGUAGE}' language data: install tesseract-ocr-fra")
    return path


def _tesseract(gray: Image.Image, *args: str) -> subprocess.CompletedProcess:
    """Run tesseract on a grayscale image given on stdin (as PGM: no encoding cost), one core."""
    pgm = b"P5 %d %d 255\n" % gray.size + gray.tobytes()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with _TESSERACT_SLOTS:
        try:
            return subprocess.run(
                [tesseract_binary(), "stdin", "stdout", *args],
                input=pgm,
                capture_output=True,
                env=env,
                timeout=TESSERACT_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            raise UpstreamError(f"OCR of one page took longer than {TESSERACT_TIMEOUT_S:.0f} s") from None


def run_tesseract(gray: Image.Image, dpi: float) -> OcrResult:
    """Read one preprocessed grayscale image: words with their confidences (TSV), rebuilt into text."""
    done = _tesseract(gray, "-l", OCR_LANGUAGE, "--dpi", str(round(dpi)), "tsv")
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()[-300:]
        raise UpstreamError(f"tesseract failed (exit {done.returncode}): {message}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> OcrResult:
    """Rebuild the text (lines, blank lines between paragraphs) and the mean word confidence."""
    paragraphs: list[list[list[str]]] = []
    last_par = last_line = None
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":  # level 5 rows are words
            continue
        word = cols[11].strip()
        if not word:
            continue
        par, line = (cols[2], cols[3]), (cols[2], cols[3], cols[4])
        if par != last_par:
            paragraphs.append([])
            last_par = par
            last_line = None
        if line != last_line:
            paragraphs[-1].append([])
            last_line = line
        paragraphs[-1][-1].append(word)
        conf = float(cols[10])
        if conf >= 0:
            confidences.append(conf)
    text = "\n\n".join("\n".join(" ".join(words) for words in par) for par in paragraphs)
    confidence = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrResult(text=text, confidence=confidence)


def detect_rotation(gray: Image.Image) -> int:
    """Tesseract's orientation detection: the clockwise rotation (0, 90, 180, 270) that makes the page upright."""
    try:
        done = _tesseract(gray, "--psm", "0", "-l", "osd")
    except UpstreamError:
        return 0
    fields = dict(line.split(":", 1) for line in done.stdout.decode("utf-8", "replace").splitlines() if ":" in line)
    try:
        rotate, confidence = int(fields.get("Rotate", "0")), float(fields.get("Orientation confidence", "0"))
    except ValueError:
        return 0
    return rotate if rotate in (90, 180, 270) and confidence >= MIN_ORIENTATION_CONFIDENCE else 0


def ocr_image(image: Image.Image, dpi: float | None = None) -> OcrResult:
    """Preprocess then read one image; a poorly read page is checked for a sideways or upside-down scan."""
    gray, resolution = preprocess(image, dpi)
    result = run_tesseract(gray, resolution)
    if result.confidence is not None and result.confidence < LOW_CONFIDENCE:
        rotation = detect_rotation(gray)
        if rotation:
            upright, resolution = preprocess(image.rotate(-rotation, expand=True), dpi)
            retry = run_tesseract(upright, resolution)
            if retry.confidence is not None and retry.confidence > result.confidence:
                result = retry
    return result


def _run_job(job: OcrJob) -> OcrResult:
    image, dpi = job.load()
    try:
        return ocr_image(image, dpi)
    finally:
        image.close()


def ocr_many(jobs: Iterable[OcrJob], workers: int | None = None) -> Generator[tuple[int, OcrResult], None, None]:
    """Read many images in parallel, ``workers`` at a time (default: one per usable core).

    Yields (key, result) in completion order, in the caller's thread. Jobs are pulled from
    ``jobs`` lazily, a few ahead of the workers, so a long document never sits in memory whole.
    """
    workers = max(1, workers or usable_cores())
    tesseract_binary()
    pending: dict[Future[OcrResult], int] = {}
    source = iter(jobs)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr") as pool:
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < workers + 1:
                    job = next(source, None)
                    if job is None:
                        exhausted = True
                    else:
                        pending[pool.submit(_run_job, job)] = job.key
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    key = pending.pop(future)
                    yield key, future.result()
        finally:
            for future in pending:
                future.cancel()
