"""Documents: parsing every supported format into pages (OCR included), chunking, and bad input.

Every file is real: PDFs are written here byte by byte (text) or by Pillow (scans), office files
by python-docx and odfpy, images rendered with a DejaVu font; plus the real CERFA forms and the
degraded scan from tests/data/cerfa_forms.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont

from communs.documents import Chunk, Page, ParsedDocument, chunk_document, detect_media_type, parse_document
from communs.documents.chunking import heading_of
from communs.documents.preprocess import crop_to_content, preprocess, skew_angle, to_grayscale
from communs.errors import InvalidRequestError, PayloadTooLargeError, UnsupportedMediaError

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


# --- file makers --------------------------------------------------------------------------


def _rc4(key: bytes, data: bytes) -> bytes:
    state, j = list(range(256)), 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _pdf_string(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_text_pdf(
    pages: list[list[str]],
    *,
    title: str = "",
    author: str = "",
    user_password: str | None = None,
    owner_password: str = "owner",
) -> bytes:
    """A real PDF with a text layer (Helvetica, WinAnsi), one text line per entry; optionally
    RC4-40 encrypted (standard security handler, revision 2) when user_password is given."""
    doc_id = hashlib.md5(repr(pages).encode()).digest()
    key = None
    if user_password is not None:
        owner = _rc4(
            hashlib.md5((owner_password.encode() + _PAD)[:32]).digest()[:5], (user_password.encode() + _PAD)[:32]
        )
        permissions = struct.pack("<i", -4)
        key = hashlib.md5((user_password.encode() + _PAD)[:32] + owner + permissions + doc_id).digest()[:5]
        user = _rc4(key, _PAD)

    def encrypt(number: int, data: bytes) -> bytes:
        if key is None:
            return data
        return _rc4(hashlib.md5(key + number.to_bytes(3, "little") + b"\x00\x00").digest()[:10], data)

    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    info_id, encrypt_id = 4 + 2 * n_pages, 5 + 2 * n_pages
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % n_pages,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for page_id, lines in zip(page_ids, pages, strict=True):
        content = (
            b"BT /F1 11 Tf 14 TL 56 790 Td " + b" ".join(b"(%s) Tj T*" % _pdf_string(line) for line in lines) + b" ET"
        )
        content = encrypt(page_id + 1, content)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
            b"/F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    title_bytes, author_bytes = encrypt(info_id, title.encode("cp1252")), encrypt(info_id, author.encode("cp1252"))
    objects[info_id] = b"<< /Title <%s> /Author <%s> >>" % (title_bytes.hex().encode(), author_bytes.hex().encode())
    if key is not None:
        objects[encrypt_id] = b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%s> /U <%s> >>" % (
            owner.hex().encode(),
            user.hex().encode(),
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    trailer = b"/Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>]" % (
        size,
        info_id,
        doc_id.hex().encode(),
        doc_id.hex().encode(),
    )
    if key is not None:
        trailer += b" /Encrypt %d 0 R" % encrypt_id
    out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def render_page(
    lines: list[str], *, size: tuple[int, int] = (1654, 1000), font_px: int = 40, angle: float = 0.0
) -> Image.Image:
    """Black text on white, as a scanner would see it (A4 width at 200 dpi by default)."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, font_px)
    for row, line in enumerate(lines):
        draw.text((100, 80 + row * int(font_px * 1.6)), line, font=font, fill="black")
    if angle:
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor="white")
    return image


def image_bytes(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def words_of(text: str) -> set[str]:
    return {word.strip(".,;:()«»'’").lower() for word in text.split()}


SCAN_A = ["Article 3 - Demande de logement", "Le demandeur dépose son dossier", "auprès de la mairie avant le 15 mars."]
SCAN_B = ["Annexe II", "Liste des pièces justificatives", "avis d'imposition et quittance de loyer."]


@pytest.fixture(scope="module")
def scanned_pdf() -> bytes:
    pages = [render_page(SCAN_A, angle=1.5), render_page(SCAN_B)]
    return image_bytes(pages[0], "PDF", resolution=200, save_all=True, append_images=pages[1:])


def _chunks_ok(doc: ParsedDocument, chunks: list[Chunk], max_chars: int) -> None:
    text = doc.text
    for index, chunk in enumerate(chunks):
        assert chunk.index == index
        assert chunk.content == text[chunk.start : chunk.end] and chunk.content.strip() == chunk.content
        assert 0 < len(chunk.content) <= max_chars
        assert chunk.start == 0 or not text[chunk.start - 1].isalnum(), f"chunk {index} starts inside a word"
        assert chunk.end == len(text) or not text[chunk.end].isalnum(), f"chunk {index} ends inside a word"
        assert chunk.pages == sorted(chunk.pages) and chunk.pages


# --- PDF ----------------------------------------------------------------------------------

LEGAL_PAGES = [
    [
        "TITRE Ier",
        "DISPOSITIONS GÉNÉRALES",
        "Article 1er",
        "Le présent arrêté fixe les règles de l'aide au",
        "logement étudiant. Il s'applique à compter du 1er janvier.",
    ],
    [
        "Article 2 - Bénéficiaires",
        "1. Les étudiants inscrits dans un établissement public.",
        "2. Les apprentis âgés de moins de vingt-six ans à la date de la demande.",
        "Article 3",
        "La demande est déposée en ligne. Le silence gardé pendant deux mois vaut acceptation.",
    ],
]


def test_text_pdf_pages_metadata_and_chunks() -> None:
    data = make_text_pdf(LEGAL_PAGES, title="Arrêté logement", author="Préfecture")
    calls: list[tuple[int, int]] = []
    doc = parse_document(data, "arrete.pdf", on_page=lambda done, total: calls.append((done, total)))
    assert doc.media_type == "application/pdf" and doc.ocr_pages == 0
    assert doc.metadata == {"title": "Arrêté logement", "author": "Préfecture"}
    assert [p.number for p in doc.pages] == [1, 2] and not any(p.ocr or p.confidence for p in doc.pages)
    assert "logement étudiant" in doc.pages[0].text and "vingt-six ans" in doc.pages[1].text
    assert calls == [(1, 2), (2, 2)]
    chunks = chunk_document(doc, max_chars=300, overlap_chars=50)
    _chunks_ok(doc, chunks, 300)
    by_section = {c.section: c for c in chunks}
    title = "TITRE Ier - DISPOSITIONS GÉNÉRALES"
    assert set(by_section) == {
        f"{title} > Article 1er",
        f"{title} > Article 2 - Bénéficiaires > 1.",
        f"{title} > Article 3",
    }
    first = by_section[f"{title} > Article 1er"]
    assert first.pages == [1] and first.content.startswith("TITRE Ier\nDISPOSITIONS GÉNÉRALES\nArticle 1er")
    assert by_section[f"{title} > Article 2 - Bénéficiaires > 1."].pages == [2]
    assert "vingt-six" in by_section[f"{title} > Article 2 - Bénéficiaires > 1."].content  # "2." merged in


def test_real_cerfa_pdfs(data_dir: Path) -> None:
    doc = parse_document((data_dir / "cerfa_forms" / "cerfa_13969_01.pdf").read_bytes(), "cerfa_13969_01.pdf")
    assert len(doc.pages) == 3 and doc.ocr_pages == 0
    assert "ASSOCIATIONS MEMBRES" in doc.pages[0].text and "GUIDE EXPLICATIF" in doc.pages[2].text
    chunks = chunk_document(doc)
    _chunks_ok(doc, chunks, 1200)
    assert chunks[0].pages[0] == 1 and chunks[-1].pages[-1] == 3
    assert any(len(c.pages) > 1 for c in chunks)  # paragraphs that run over a page break
    doc = parse_document((data_dir / "cerfa_forms" / "cerfa_13753_04.pdf").read_bytes(), "cerfa_13753_04.pdf")
    assert len(doc.pages) == 1 and "CERTIFICAT D’IMMATRICULATION" in doc.text
    assert "_" * 4 not in doc.text  # form-field leaders are shortened


def test_scanned_pdf_is_read_by_ocr(scanned_pdf: bytes) -> None:
    calls: list[tuple[int, int]] = []
    doc = parse_document(scanned_pdf, "scan.pdf", ocr_workers=2, on_page=lambda d, t: calls.append((d, t)))
    assert doc.ocr_pages == 2 and all(p.ocr for p in doc.pages)
    assert {"demandeur", "mairie", "mars"} <= words_of(doc.pages[0].text)
    assert {"annexe", "justificatives", "quittance"} <= words_of(doc.pages[1].text)
    assert all(p.confidence is not None and 70 < p.confidence <= 100 for p in doc.pages)
    assert sorted(calls) == [(1, 2), (2, 2)]
    sections = {c.section for c in chunk_document(doc)}
    assert "Annexe II" in sections and any(s and s.startswith("Article 3") for s in sections)


def test_mixed_pdf_ocrs_only_the_scanned_page(scanned_pdf: bytes) -> None:
    mixed = pdfium.PdfDocument(make_text_pdf([LEGAL_PAGES[0]]))
    mixed.import_pages(pdfium.PdfDocument(scanned_pdf), [1])
    buffer = io.BytesIO()
    mixed.save(buffer)
    doc = parse_document(buffer.getvalue(), "mixed.pdf")
    assert [p.ocr for p in doc.pages] == [False, True] and doc.ocr_pages == 1
    assert doc.pages[0].confidence is None and doc.pages[1].confidence > 70
    assert "logement étudiant" in doc.pages[0].text and "quittance" in words_of(doc.pages[1].text)
    chunks = chunk_document(doc)
    assert [c.pages for c in chunks if "quittance" in c.content.lower()] == [[2]]


# --- images -------------------------------------------------------------------------------


def test_png_and_content_beats_extension() -> None:
    data = image_bytes(render_page(SCAN_A, size=(1300, 400), font_px=36), "PNG")
    doc = parse_document(data, "looks-like-a.pdf")  # the bytes say PNG
    assert doc.media_type == "image/png" and doc.ocr_pages == 1
    assert {"demande", "logement", "mairie"} <= words_of(doc.text)
    assert doc.pages[0].confidence and doc.pages[0].confidence > 70


def test_multipage_tiff() -> None:
    """A fax-style TIFF: black and white, CCITT group 4, 204x196 dpi, two pages."""
    frames = [
        render_page(SCAN_A, size=(1300, 400), font_px=36).convert("1"),
        render_page(SCAN_B, size=(1300, 400), font_px=36).convert("1"),
    ]
    data = image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:], compression="group4", dpi=(204, 196))
    calls: list[tuple[int, int]] = []
    doc = parse_document(data, "courrier.tiff", on_page=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert doc.media_type == "image/tiff" and [p.number for p in doc.pages] == [1, 2] and doc.ocr_pages == 2
    assert "mairie" in words_of(doc.pages[0].text) and "quittance" in words_of(doc.pages[1].text)


def test_degraded_real_scan_jpeg(data_dir: Path) -> None:
    """The synthetic filled CERFA 12485*03 (skewed, JPEG, coloured print): see cerfa_12485_03.json."""
    doc = parse_document((data_dir / "cerfa_forms" / "cerfa_12485_03_fake1.jpg").read_bytes(), "scan.jpg")
    assert doc.media_type == "image/jpeg" and doc.ocr_pages == 1
    text = doc.text.lower()
    expected = [
        "déclaration de choix du médecin traitant",
        "caron",
        "william",
        "madeleine",
        "roy-sur-mer",
        "centre médical texier",
        "lopez",
        "sabine",
        "bonnet",
        "julie benard",
        "11112005",
        "29102000",
        "32502482515776",
        "sécurité sociale",
        "identification de la structure",
    ]
    found = [word for word in expected if word in text]
    assert len(found) >= len(expected) - 1, f"missing: {set(expected) - set(found)}"
    assert doc.pages[0].confidence > 80


def test_sideways_scan_is_turned_upright() -> None:
    page = render_page(SCAN_A, size=(1300, 400), font_px=36).rotate(90, expand=True)
    doc = parse_document(image_bytes(page, "PNG"), "sideways.png")
    assert {"demandeur", "mairie", "mars"} <= words_of(doc.text) and doc.pages[0].confidence > 80


def test_preprocessing_straightens_and_grays() -> None:
    page = render_page(SCAN_A, size=(1654, 600), angle=3.0)
    assert abs(skew_angle(to_grayscale(page)) + 3.0) < 0.3
    light_blue = Image.new("RGB", (10, 10), (131, 155, 197))
    assert to_grayscale(light_blue).getpixel((0, 0)) == 131  # coloured print stays dark
    small = render_page(SCAN_A, size=(800, 300), font_px=18)
    cropped = crop_to_content(to_grayscale(small))
    assert cropped.width < 600 and cropped.height < 200  # the blank margins went
    gray, dpi = preprocess(small, None)
    assert gray.mode == "L" and dpi == pytest.approx(800 / 11.69 * 1.5)  # low-res: upscaled 1.5x
    assert gray.size == (round(cropped.width * 1.5), round(cropped.height * 1.5))


# --- office, web and text formats ---------------------------------------------------------


def test_docx_headings_tables_page_breaks() -> None:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.core_properties.title, document.core_properties.author = "Règlement intérieur", "Mairie de Lyon"
    document.add_heading("Chapitre 1 - Accueil", level=1)
    document.add_paragraph("Les horaires d'ouverture sont affichés à l'entrée.")
    document.add_paragraph("Prendre rendez-vous en ligne", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "Jour", (0, 1): "Horaires", (1, 0): "Lundi", (1, 1): "9h-12h"}.items():
        table.cell(row, col).text = value
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Chapitre 2 - Sécurité", level=1)
    document.add_heading("Article 4", level=2)
    document.add_paragraph("Les issues de secours restent dégagées.")
    doc = parse_document(docx_bytes(document), "reglement.docx")
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.metadata == {"title": "Règlement intérieur", "author": "Mairie de Lyon"}
    assert len(doc.pages) == 2
    assert "# Chapitre 1 - Accueil" in doc.pages[0].text and "- Prendre rendez-vous" in doc.pages[0].text
    assert "Jour | Horaires\nLundi | 9h-12h" in doc.pages[0].text
    chunks = chunk_document(doc)
    assert [(c.section, c.pages) for c in chunks] == [
        ("Chapitre 1 - Accueil", [1]),
        ("Chapitre 2 - Sécurité > Article 4", [2]),
    ]


def test_docx_rendered_page_breaks_win() -> None:
    """Word records where its layout broke pages (lastRenderedPageBreak): those are the real pages."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Première page.")
    second = document.add_paragraph("Deuxième page, sans saut explicite.")
    second.runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # explicit, but Word rendered it...
    third = document.add_paragraph("Troisième page.")
    third.runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))  # ... here
    doc = parse_document(docx_bytes(document), "pages.docx")
    assert [p.text for p in doc.pages] == ["Première page.", "Deuxième page, sans saut explicite.", "Troisième page."]


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_odt_headings_tables_page_breaks() -> None:
    from odf import dc, style, table, text
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.meta.addElement(dc.Title(text="Compte rendu"))
    document.meta.addElement(dc.Creator(text="Service état civil"))
    break_style = style.Style(name="NewPage", family="paragraph")
    break_style.addElement(style.ParagraphProperties(breakbefore="page"))
    document.automaticstyles.addElement(break_style)
    document.text.addElement(text.H(outlinelevel=1, text="Séance du 3 mai"))
    paragraph = text.P(text="Présents : ")
    paragraph.addElement(text.Span(text="M. Martin, Mme Durand."))
    document.text.addElement(paragraph)
    grid = table.Table(name="Votes")
    for cells in (("Pour", "Contre"), ("12", "3")):
        row = table.TableRow()
        for value in cells:
            cell = table.TableCell()
            cell.addElement(text.P(text=value))
            row.addElement(cell)
        grid.addElement(row)
    document.text.addElement(grid)
    document.text.addElement(text.H(outlinelevel=1, text="Questions diverses", stylename=break_style))
    document.text.addElement(text.P(text="Aucune question n'a été posée."))
    buffer = io.BytesIO()
    document.write(buffer)
    doc = parse_document(buffer.getvalue(), "cr.odt")
    assert doc.media_type == "application/vnd.oasis.opendocument.text"
    assert doc.metadata == {"title": "Compte rendu", "author": "Service état civil"}
    assert len(doc.pages) == 2
    assert doc.pages[0].text == "# Séance du 3 mai\n\nPrésents : M. Martin, Mme Durand.\n\nPour | Contre\n12 | 3"
    assert doc.pages[1].text == "# Questions diverses\n\nAucune question n'a été posée."
    assert [c.section for c in chunk_document(doc)] == ["Séance du 3 mai", "Questions diverses"]
    # LibreOffice records its layout's page breaks (soft-page-break): they win over the styles.
    document.text.addElement(text.SoftPageBreak())
    document.text.addElement(text.P(text="Annexe au compte rendu."))
    buffer = io.BytesIO()
    document.write(buffer)
    assert [p.text[:12] for p in parse_document(buffer.getvalue(), "cr.odt").pages] == ["# Séance du ", "Annexe au co"]


def test_html_drops_scripts_and_navigation() -> None:
    html = """<!DOCTYPE html><html><head><title>Aides au logement</title><meta name="author" content="DILA">
    <style>body{color:red}</style><script>var secret = "tracking";</script></head><body>
    <nav><a href="/">Accueil</a> <a href="/menu">Menu principal</a></nav>
    <h1>Aides au logement</h1><p>Les aides   sont versées <b>chaque mois</b>.<br>Sous conditions.</p>
    <h2>Montants</h2><table><tr><th>Zone</th><th>Montant</th></tr><tr><td>1</td><td>300 €</td></tr></table>
    <ul><li>APL</li><li>ALS</li></ul><noscript>Activez JavaScript</noscript></body></html>"""
    doc = parse_document(html.encode(), "page")  # no extension: detected from the content
    assert doc.media_type == "text/html" and doc.metadata == {"title": "Aides au logement", "author": "DILA"}
    for junk in ("secret", "color", "Menu principal", "Activez"):
        assert junk not in doc.text
    assert doc.text == (
        "# Aides au logement\n\nLes aides sont versées chaque mois.\nSous conditions.\n\n"
        "## Montants\n\nZone | Montant\n1 | 300 €\n\n- APL\n\n- ALS"
    )
    assert [c.section for c in chunk_document(doc)] == ["Aides au logement", "Aides au logement > Montants"]


def test_markdown_headings_front_matter_and_code() -> None:
    markdown = (
        "---\ntitle: Guide usager\nauthor: DINUM\n---\nIntroduction courte.\n\n# Installation\n\n"
        "```bash\n# not a heading\nmake setup\n```\n\nÉtape suivante\n--------------\n\nLancer le serveur.\n"
    )
    doc = parse_document(markdown.encode(), "guide.md")
    assert doc.media_type == "text/markdown" and doc.metadata == {"title": "Guide usager", "author": "DINUM"}
    assert "## Étape suivante" in doc.text and "title:" not in doc.text
    sections = [c.section for c in chunk_document(doc, max_chars=60, overlap_chars=0)]
    assert sections == [None, "Installation", "Installation > Étape suivante"]


def test_plain_text_encodings_and_form_feeds() -> None:
    text = "Décret n° 2024-12 — « Œuvres » : l’été…\fPage deux, fin."
    doc = parse_document(text.encode("cp1252"), "decret.txt")
    assert doc.media_type == "text/plain" and [p.text for p in doc.pages] == [
        "Décret n° 2024-12 — « Œuvres » : l’été…",
        "Page deux, fin.",
    ]
    assert parse_document(text.encode("utf-8"), "decret.txt").pages[0].text.startswith("Décret n° 2024-12 —")
    assert parse_document("Noël".encode("utf-16"), "x.txt").text == "Noël"
    assert parse_document(b"caf\xe9 \x81", "x.txt").text == "café"  # Latin-1 fallback (0x81: no cp1252)


# --- chunking -----------------------------------------------------------------------------


def test_long_paragraphs_split_at_sentences_with_overlap() -> None:
    sentences = [f"La phrase numéro {i} décrit une obligation de l'usager envers l'administration." for i in range(40)]
    doc = ParsedDocument(
        "x", "text/plain", [Page(1, "Article 7\n" + " ".join(sentences[:25])), Page(2, " ".join(sentences[25:]))], {}
    )
    chunks = chunk_document(doc, max_chars=400, overlap_chars=120)
    _chunks_ok(doc, chunks, 400)
    assert all(c.section == "Article 7" for c in chunks)
    assert all(c.content.endswith(".") for c in chunks)  # cut at sentence ends
    assert all(c.content[0].isupper() for c in chunks)  # and start at sentence starts
    for previous, current in itertools.pairwise(chunks):
        assert 0 < previous.end - current.start <= 120  # overlapping, by at most overlap_chars
    assert chunks[0].pages == [1] and chunks[-1].pages == [2] and any(c.pages == [1, 2] for c in chunks)


def test_small_paragraphs_merge_and_headings_split() -> None:
    body = "\n\n".join(f"Paragraphe court {i}." for i in range(6))
    doc = ParsedDocument("x", "text/markdown", [Page(1, f"# A\n\n{body}\n\n## B\n\n{body}")], {})
    chunks = chunk_document(doc, max_chars=1200)
    assert [(c.section, c.content.count("Paragraphe")) for c in chunks] == [("A", 6), ("A > B", 6)]
    words = ParsedDocument("x", "text/plain", [Page(1, "anticonstitutionnellement " * 40)], {})
    assert all(c.content.split(" ")[-1] == "anticonstitutionnellement" for c in chunk_document(words, max_chars=100))


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Article 5", (7, "Article 5")),
        ("ARTICLE L. 162-5-3", (7, "ARTICLE L. 162-5-3")),
        ("TITRE II : DISPOSITIONS FINALES", (2, "TITRE II : DISPOSITIONS FINALES")),
        ("Chapitre 3", (3, "Chapitre 3")),
        ("Annexe I", (1, "Annexe I")),
        ("Section 2 - Contrôles", (4, "Section 2 - Contrôles")),
        ("### Détails", (3, "Détails")),
        ("**Article 3**", (7, "Article 3")),
        ("Art. 5. - Objet", (7, "Art. 5. - Objet")),
        ("Article 5 du code civil dispose que", None),
        ("Titre de séjour", None),
        ("Article 5 | 300 €", None),
        ("article 5", None),
        ("Le titre II du livre", None),
    ],
)
def test_heading_detection(line: str, expected: tuple[int, str] | None) -> None:
    assert heading_of(line) == expected


# --- bad input ----------------------------------------------------------------------------


def test_corrupt_pdf(data_dir: Path) -> None:
    truncated = (data_dir / "cerfa_forms" / "cerfa_13969_01.pdf").read_bytes()[:30000]
    for data in (b"%PDF-1.7\n" + os.urandom(2000), truncated):
        with pytest.raises(InvalidRequestError) as error:
            parse_document(data, "broken.pdf")
        assert error.value.code == "invalid_document" and error.value.status_code == 400
        assert "damaged" in error.value.message


def test_encrypted_pdf() -> None:
    data = make_text_pdf([["Document confidentiel"]], user_password="secret")
    assert "Document confidentiel" in pdfium.PdfDocument(data, password="secret")[0].get_textpage().get_text_range()
    with pytest.raises(InvalidRequestError) as error:
        parse_document(data, "secret.pdf")
    assert error.value.code == "invalid_document" and "password" in error.value.message
    # Encrypted with an owner password only (printing/copy restrictions): readable, so read.
    doc = parse_document(make_text_pdf([["Document restreint"]], user_password=""), "restricted.pdf")
    assert doc.text == "Document restreint"


def test_empty_and_unsupported_files() -> None:
    with pytest.raises(InvalidRequestError) as error:
        parse_document(b"", "vide.pdf")
    assert error.value.status_code == 400 and "empty" in error.value.message
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("notes.txt", "bonjour")
    elf = b"\x7fELF\x02\x01\x01\x00" + bytes(56) + os.urandom(200)
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(500)
    for data, name in ((archive.getvalue(), "archive.zip"), (elf, "programme"), (ole, "ancien.doc")):
        with pytest.raises(UnsupportedMediaError) as unsupported:
            parse_document(data, name)
        assert unsupported.value.status_code == 415
    with pytest.raises(InvalidRequestError) as error:
        parse_document(b"PK\x03\x04" + os.urandom(100), "rapport.docx")
    assert error.value.code == "invalid_document"
    with pytest.raises(InvalidRequestError) as error:  # a valid zip whose Word XML is garbage
        broken = io.BytesIO()
        with zipfile.ZipFile(broken, "w") as zipped:
            zipped.writestr("[Content_Types].xml", "<Types/>")
            zipped.writestr("word/document.xml", "<not xml")
        parse_document(broken.getvalue(), "rapport.docx")
    assert error.value.code == "invalid_document"
    assert detect_media_type(b"BMW et Renault", "x") == "text/plain"
    png = image_bytes(render_page(SCAN_A, size=(600, 200), font_px=20), "PNG")
    for damaged in (png[: len(png) // 2], png[:16] + os.urandom(200)):  # truncated, garbage after the magic
        with pytest.raises(InvalidRequestError) as error:
            parse_document(damaged, "scan.png")
        assert error.value.code == "invalid_document"


def test_zip_bomb_and_scan_detection_rules() -> None:
    from communs.documents.limits import check_archive_size
    from communs.documents.pdf import needs_ocr

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("word/document.xml", "0" * 100_000)
    with pytest.raises(PayloadTooLargeError) as error:
        check_archive_size(archive.getvalue(), max_bytes=50_000)
    assert error.value.code == "document_too_large"
    assert needs_ocr("", 0.0) and needs_ocr("Page 3", 0.0)  # no text layer
    assert needs_ocr("Reçu le 12 mars 2024 - service courrier", 0.95)  # a stamp over a full-page scan
    assert not needs_ocr("Reçu le 12 mars 2024 - service courrier", 0.1)  # a short page of real text
    assert not needs_ocr("Le présent arrêté fixe les règles. " * 10, 0.95)  # text over a background image


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("width, height", [(100_000, 100_000), (9_000, 8_000)])
def test_image_bomb_refused_before_decoding(width: int, height: int) -> None:
    started = time.monotonic()
    with pytest.raises(InvalidRequestError) as error:
        parse_document(_png_header(width, height), "bomb.png")
    assert error.value.code == "image_too_large" and error.value.status_code == 400
    assert time.monotonic() - started < 1.0


def test_too_many_pages(data_dir: Path) -> None:
    data = (data_dir / "cerfa_forms" / "cerfa_13969_01.pdf").read_bytes()
    with pytest.raises(PayloadTooLargeError) as error:
        parse_document(data, "x.pdf", max_pages=2)
    assert error.value.code == "too_many_pages" and "3 pages" in error.value.message
    with pytest.raises(PayloadTooLargeError):
        parse_document(b"page\f" * 5, "x.txt", max_pages=4)


# --- slow: the other real scans, and the OCR speed -------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    "name, expected",
    [
        (
            "cerfa_12485_03.png",
            [
                "déclaration de choix du médecin traitant",
                "nom de famille",
                "date de naissance",
                "identification de la structure",
                "médecin traitant",
            ],
        ),
        ("cerfa_14011_03.png", ["perte", "passeport", "identité", "nom", "prénom"]),
    ],
)
def test_real_empty_forms(data_dir: Path, name: str, expected: list[str]) -> None:
    doc = parse_document((data_dir / "cerfa_forms" / name).read_bytes(), name)
    text = doc.text.lower()
    assert [word for word in expected if word not in text] == []
    assert doc.pages[0].confidence > 70


@pytest.mark.slow
def test_ocr_speed_on_scanned_a4_pages() -> None:
    """Four A4 pages scanned at 300 dpi (~1,700 characters each), read with one worker per core."""
    paragraph = (
        "Le demandeur présente une pièce d'identité en cours de validité et un justificatif de domicile "
        "de moins de trois mois. La décision est notifiée par courrier dans un délai de deux mois. "
    )
    font = ImageFont.truetype(FONT, 46)
    pages = []
    for number in range(4):
        image = Image.new("RGB", (2480, 3508), "white")
        draw = ImageDraw.Draw(image)
        words, line, y = (f"Article {number + 1} " + paragraph * 8).split(), "", 300
        for word in words:
            if draw.textlength(line + " " + word, font=font) > 2080:
                draw.text((200, y), line, font=font, fill="black")
                line, y = word, y + 75
            else:
                line = (line + " " + word).strip()
        draw.text((200, y), line, font=font, fill="black")
        pages.append(image.rotate(0.7, resample=Image.BICUBIC, fillcolor="white"))
    data = image_bytes(pages[0], "PDF", resolution=300, save_all=True, append_images=pages[1:], quality=80)
    workers = os.cpu_count() or 1
    started = time.monotonic()
    doc = parse_document(data, "scan.pdf", ocr_workers=workers)
    per_page = (time.monotonic() - started) / len(doc.pages)
    print(
        f"\nOCR: {per_page:.2f} s per A4 page with {workers} workers "
        f"({sum(len(p.text) for p in doc.pages) // len(doc.pages)} characters a page)"
    )
    assert doc.ocr_pages == 4 and all(p.confidence > 90 for p in doc.pages)
    assert per_page < 3.0
