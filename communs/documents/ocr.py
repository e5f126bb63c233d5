"""OCR with Tesseract (French): clean the page image up, read it, and say how sure Tesseract is.

Each page goes to its own ``tesseract`` process with ``OMP_THREAD_LIMIT=1``: one process per
core beats one multi-threaded process by far (MODELS.md: 0.6 s/page instead of 3 s). A thread
pool drives them; the image work before (Pillow, numpy) releases the GIL.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from communs.errors import ConfigurationError, UpstreamError

OCR_LANGUAGE = "fra"
TESSERACT_TIMEOUT_S = 300.0
# Below this resolution text is too small for Tesseract: the page is upscaled 1.5x first.
LOW_RES_DPI = 200
UPSCALE = 1.5
# Skews smaller than this are left alone (rotating blurs a little).
MIN_DESKEW_DEGREES = 0.15
MAX_DESKEW_DEGREES = 6.0


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


def estimate_dpi(image: Image.Image, declared: float | None) -> float:
    """The scan resolution: as declared when plausible, else guessed from an A4 page's long side."""
    if declared and 100 <= declared <= 1200:
        return float(declared)
    return max(image.size) / 11.69


def to_grayscale(image: Image.Image) -> Image.Image:
    """8-bit grayscale, transparent areas on white.

    Colour images keep, per pixel, their darkest channel rather than the luminance: coloured
    print (the light-blue titles of CERFA forms) then stays dark enough for Tesseract's
    binarisation, while white and pale backgrounds stay light.
    """
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image)
    if image.mode.startswith("I") or image.mode == "F":  # 16/32-bit grayscale: stretch to 8 bits
        array = np.asarray(image, dtype=np.float64)
        top = array.max() or 1.0
        return Image.fromarray((array * (255.0 / top)).clip(0, 255).astype(np.uint8))
    if image.mode in ("1", "L"):
        return image.convert("L")
    red, green, blue = image.convert("RGB").split()
    return ImageChops.darker(ImageChops.darker(red, green), blue)


def skew_angle(gray: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that straightens the text, by projection profiles.

    Text lines give sharp peaks in the row sums of ink once the page is straight, so the angle
    that maximises the profile's roughness is the skew. Worked on a ~1000 px thumbnail.
    """
    small = gray.copy()
    small.thumbnail((1000, 1000))
    ink = np.asarray(small) < 128
    if ink.mean() < 0.002:  # blank page
        return 0.0
    ink_image = Image.fromarray((ink * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rows = np.asarray(ink_image.rotate(angle, resample=Image.NEAREST)).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-MAX_DESKEW_DEGREES, MAX_DESKEW_DEGREES + 1e-9, 0.5), key=score)
    best = max(np.arange(best - 0.4, best + 0.41, 0.1), key=score)
    return float(round(best, 2))


def preprocess(image: Image.Image, dpi: float | None = None, *, denoise: bool = True) -> tuple[Image.Image, float]:
    """Grayscale, upscale when low-res, deskew, 3x3 median denoise. Returns the image and its dpi."""
    gray = to_grayscale(image)
    resolution = estimate_dpi(gray, dpi)
    if resolution < LOW_RES_DPI:
        gray = gray.resize((round(gray.width * UPSCALE), round(gray.height * UPSCALE)), Image.LANCZOS)
        resolution *= UPSCALE
    angle = skew_angle(gray)
    if abs(angle) >= MIN_DESKEW_DEGREES:
        gray = gray.rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=255)
    if denoise:
        gray = gray.filter(ImageFilter.MedianFilter(3))
    return gray, resolution


def run_tesseract(gray: Image.Image, dpi: float) -> OcrResult:
    """Read one preprocessed grayscale image with the tesseract CLI (image in on stdin, TSV out)."""
    pgm = b"P5 %d %d 255\n" % gray.size + gray.tobytes()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    command = [tesseract_binary(), "stdin", "stdout", "-l", OCR_LANGUAGE, "--dpi", str(round(dpi)), "tsv"]
    try:
        done = subprocess.run(command, input=pgm, capture_output=True, env=env, timeout=TESSERACT_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise UpstreamError(f"OCR of one page took longer than {TESSERACT_TIMEOUT_S:.0f} s") from None
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


def ocr_image(image: Image.Image, dpi: float | None = None) -> OcrResult:
    """Preprocess then read one image."""
    gray, resolution = preprocess(image, dpi)
    return run_tesseract(gray, resolution)


def _run_job(job: OcrJob) -> OcrResult:
    image, dpi = job.load()
    try:
        return ocr_image(image, dpi)
    finally:
        image.close()


def ocr_many(jobs: Iterable[OcrJob], workers: int | None = None) -> Iterator[tuple[int, OcrResult]]:
    """Read many images in parallel, ``workers`` at a time (default: one per core).

    Yields (key, result) in completion order, in the caller's thread. Jobs are pulled from
    ``jobs`` lazily, a few ahead of the workers, so a long document never sits in memory whole.
    """
    workers = max(1, workers or os.cpu_count() or 1)
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
