"""Build the test dossiers (PDF) and their gold labels, deterministically, from the cases' texts.

    python tests/data/dossier/build.py OUT_DIR        # writes balto.pdf, balto.gold.json, heldout.*

Text pages get a real PDF text layer (Helvetica, WinAnsi); scanned pages are rasterised at 200 dpi
(slightly rotated, with speckle), the handwritten note is drawn letter by letter with jitter in blue
ink, photographs are synthetic pictures with a typed caption, and the noise page is pure speckle.
Gold page numbers are found by searching each label's evidence phrase in the page texts, so they
cannot drift from the texts.
"""

from __future__ import annotations

import io
import json
import random
import re
import sys
import textwrap
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FONTS = Path("/usr/share/fonts/truetype/dejavu")
A4_200DPI = (1654, 2339)


def _pdf_string(text: str) -> bytes:
    return text.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _lines(text: str, width: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.strip("\n").split("\n"):
        out.extend(textwrap.wrap(paragraph, width) or [""])
    return out


def text_page(text: str) -> bytes:
    """One A4 page with a text layer."""
    lines = _lines(text, 95)
    content = b"BT /F1 10 Tf 13 TL 50 800 Td " + b" ".join(b"(%s) Tj T*" % _pdf_string(line) for line in lines) + b" ET"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 5 0 R >>",
        5: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    }
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, 6))
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _image_pdf(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=200, quality=70)
    return buffer.getvalue()


def _speckle(image: Image.Image, rng: np.random.Generator, amount: float) -> Image.Image:
    pixels = np.asarray(image.convert("L"), dtype=np.int16)
    noise = rng.random(pixels.shape)
    pixels = np.where(noise < amount, 40, pixels)
    pixels = np.where(noise > 1 - amount, 255, pixels)
    return Image.fromarray(pixels.astype(np.uint8))


def scan_page(text: str, seed: int) -> Image.Image:
    """Typed text as a scanner sees it: gray paper, a small skew, speckle."""
    image = Image.new("L", A4_200DPI, 245)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 30)
    for row, line in enumerate(_lines(text, 80)):
        draw.text((130, 150 + row * 46), line, font=font, fill=25)
    rng = np.random.default_rng(seed)
    image = image.rotate(float(rng.uniform(-1.2, 1.2)), resample=Image.BICUBIC, fillcolor=245)
    return _speckle(image, rng, 0.002)


def hand_page(text: str, seed: int) -> Image.Image:
    """A handwritten-style note: oblique letters drawn one by one, wavy baselines, blue ink."""
    rnd = random.Random(seed)
    image = Image.new("RGB", A4_200DPI, (250, 248, 238))
    font = ImageFont.truetype(str(FONTS / "DejaVuSans-Oblique.ttf"), 46)
    y = 220
    for line in text.splitlines():
        x = 140 + rnd.randint(-10, 30)
        for char in line:
            glyph = Image.new("L", (70, 80), 0)
            ImageDraw.Draw(glyph).text((10, 5), char, font=font, fill=255)
            glyph = glyph.rotate(rnd.uniform(-24, 24), resample=Image.BICUBIC)
            dy = int(14 * np.sin(x / 70.0)) + rnd.randint(-9, 9)
            image.paste((20, 40, 150), (x, y + dy), glyph)
            x += int(font.getlength(char) * rnd.uniform(0.7, 1.1))
        y += 110 + rnd.randint(-8, 8)
    return image.filter(ImageFilter.GaussianBlur(1.8))


def photo_page(text: str, seed: int) -> Image.Image:
    """A photograph (shapes, gradient, grain) pasted on a page with its typed header and caption."""
    rng = np.random.default_rng(seed)
    page = Image.new("RGB", A4_200DPI, "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONTS / "DejaVuSerif.ttf"), 30)
    lines = _lines(text, 80)
    for row, line in enumerate(lines[:-1]):
        draw.text((130, 150 + row * 46), line, font=font, fill="black")
    width, height = 1300, 900
    gradient = np.linspace(60, 200, width)[None, :, None] * np.ones((height, 1, 3))
    gradient[..., 2] += 30
    photo = Image.fromarray(np.clip(gradient + rng.normal(0, 18, (height, width, 3)), 0, 255).astype(np.uint8))
    pdraw = ImageDraw.Draw(photo)
    for _ in range(12):
        x0, y0 = int(rng.integers(0, width - 200)), int(rng.integers(0, height - 200))
        colour = tuple(int(c) for c in rng.integers(20, 230, 3))
        box = (x0, y0, x0 + int(rng.integers(80, 400)), y0 + int(rng.integers(60, 300)))
        (pdraw.rectangle if rng.random() < 0.5 else pdraw.ellipse)(box, fill=colour)
    page.paste(photo.filter(ImageFilter.GaussianBlur(2)), (177, 500))
    draw.text((130, 1480), lines[-1], font=font, fill="black")
    return page


def noise_page(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    pixels = (rng.random((A4_200DPI[1] // 2, A4_200DPI[0] // 2)) * 255).astype(np.uint8)
    return Image.fromarray(pixels).resize(A4_200DPI).filter(ImageFilter.GaussianBlur(1))


def render(pages: list[tuple[str, str]], seed: int = 7) -> bytes:
    """The whole dossier as one PDF."""
    out = pdfium.PdfDocument.new()
    for number, (kind, text) in enumerate(pages, 1):
        if kind == "text":
            data = text_page(text)
        elif kind == "scan":
            data = _image_pdf(scan_page(text, seed + number))
        elif kind == "hand":
            data = _image_pdf(hand_page(text, seed + number))
        elif kind == "photo":
            data = _image_pdf(photo_page(text, seed + number))
        else:
            data = _image_pdf(noise_page(seed + number))
        src = pdfium.PdfDocument(data)
        out.import_pages(src)
        src.close()
    buffer = io.BytesIO()
    out.save(buffer)
    out.close()
    return buffer.getvalue()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def pages_of(pages: list[tuple[str, str]], phrase: str) -> list[int]:
    needle = _norm(phrase)
    found = [n for n, (_, text) in enumerate(pages, 1) if needle in _norm(text)]
    if not found:
        raise ValueError(f"evidence not found in the dossier: {phrase!r}")
    return found


def gold(case) -> dict:
    pages = case.PAGES
    return {
        "pages": len(pages),
        "image_pages": [n for n, (kind, _) in enumerate(pages, 1) if kind != "text"],
        "low_confidence_pages": [n for n, (kind, _) in enumerate(pages, 1) if kind in ("hand", "noise")],
        "documents": [{"type": t, "pages": [a, b]} for t, a, b in case.DOCUMENTS],
        "persons": case.PERSONS,
        "events": [
            {"date": d, "time": t, "what": what, "pages": pages_of(pages, ev)} for d, t, what, ev in case.EVENTS
        ],
        "offences": case.OFFENCES,
        "questions": [
            {"question": q, "pages": sorted({p for ev in evs for p in pages_of(pages, ev)}), "answerable": bool(evs)}
            for q, evs in case.QUESTIONS
        ],
        "contradictions": [
            {"about": c["about"], "pages": sorted({p for ph in c["phrases"] for p in pages_of(pages, ph)})}
            for c in getattr(case, "CONTRADICTIONS", [])
        ],
    }


def build(name: str, out_dir: Path) -> tuple[Path, Path]:
    """Write ``<name>.pdf`` and ``<name>.gold.json`` in out_dir (skipped when already there)."""
    import importlib

    case = importlib.import_module(f"case_{name}")
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf, gold_path = out_dir / f"{name}.pdf", out_dir / f"{name}.gold.json"
    if not pdf.exists():
        tmp = pdf.with_suffix(".tmp")
        tmp.write_bytes(render(case.PAGES))
        tmp.replace(pdf)
    gold_path.write_text(json.dumps(gold(case), ensure_ascii=False, indent=1), encoding="utf-8")
    return pdf, gold_path


CASES = ("balto", "heldout")

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "out"
    for case_name in CASES:
        try:
            print(*build(case_name, target))
        except ModuleNotFoundError:
            pass
