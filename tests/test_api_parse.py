"""Albert's POST /v1/parse-beta and POST /v1/ocr-beta on a live server: real PDFs (text and scanned), real
Tesseract, Albert's ParsedDocument shape, bounded input and clear 4xx errors."""

from __future__ import annotations

import json

import pytest

from tests.test_documents import SCAN_A, SCAN_B, image_bytes, make_text_pdf, render_page, words_of

USAGE_KEYS = {"prompt_tokens", "completion_tokens", "total_tokens", "cost", "carbon", "details"}
TEXT_PAGES = [
    ["Article 1 - Objet", "Le present arrete fixe les horaires de la mairie."],
    ["Article 2 - Horaires", "La mairie ouvre du lundi au vendredi."],
    ["Article 3 - Execution", "Le secretaire general est charge de l'execution."],
]


@pytest.fixture(scope="module")
def text_pdf() -> bytes:
    return make_text_pdf(TEXT_PAGES, title="Arrete horaires")


@pytest.fixture(scope="module")
def scanned_pdf() -> bytes:
    pages = [render_page(SCAN_A), render_page(SCAN_B)]
    return image_bytes(pages[0], "PDF", resolution=200, save_all=True, append_images=pages[1:])


def post(live_server, route: str, name: str, data: bytes, media_type: str, key=None, **form):
    with live_server.http(*([key] if key is not None else [])) as http:
        return http.post(f"/v1/{route}", files={"file": (name, data, media_type)}, data=form)


def albert_document(response, name: str) -> list[dict]:
    """The pages of an answer, checked against Albert's ParsedDocument schema."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["object"] == "list" and set(body["usage"]) == USAGE_KEYS
    for page in body["data"]:
        assert page["object"] == "documentPage" and page["images"] == {}
        assert isinstance(page["content"], str) and page["metadata"]["document_name"] == name
    return body["data"]


def test_parse_reads_the_text_layer_of_the_pages_asked(live_server, text_pdf):
    every = albert_document(post(live_server, "parse-beta", "arrete.pdf", text_pdf, "application/pdf"), "arrete.pdf")
    some = albert_document(
        post(live_server, "parse-beta", "arrete.pdf", text_pdf, "application/pdf", page_range="0,2-5"), "arrete.pdf"
    )
    assert [page["metadata"]["page"] for page in every] == [0, 1, 2]
    assert all(not page["metadata"]["ocr"] for page in every)
    for page, lines in zip(every, TEXT_PAGES, strict=True):
        assert all(line in page["content"] for line in lines)
    assert [page["metadata"]["page"] for page in some] == [0, 2]
    assert "Article 3" in some[1]["content"] and "Article 2" not in some[1]["content"]


def test_parse_renders_markdown_as_html_json_and_pages(live_server):
    markdown = "# Pièces à fournir\n\nPour un <dossier> complet :\n\n- une pièce d'identité\n- un justificatif\n"
    data = markdown.encode()
    html = albert_document(post(live_server, "parse-beta", "p.md", data, "text/markdown", output_format="html"), "p.md")
    as_json = albert_document(
        post(live_server, "parse-beta", "p.md", data, "text/markdown", output_format="json"), "p.md"
    )
    paged = albert_document(
        post(live_server, "parse-beta", "p.md", data, "text/markdown", paginate_output="true"), "p.md"
    )
    assert "<h1>Pièces à fournir</h1>" in html[0]["content"]
    assert "<p>Pour un &lt;dossier&gt; complet :</p>" in html[0]["content"]
    assert "<ul>\n<li>une pièce d'identité</li>\n<li>un justificatif</li>\n</ul>" in html[0]["content"]
    blocks = json.loads(as_json[0]["content"])["blocks"]
    assert [block["type"] for block in blocks] == ["heading", "paragraph", "list_item", "list_item"]
    assert paged[0]["content"].startswith("\n\n0" + "-" * 48 + "\n\n# Pièces à fournir")


def test_ocr_reads_scans_and_forces_ocr_on_text_pages(live_server, scanned_pdf, text_pdf):
    scans = albert_document(
        post(live_server, "ocr-beta", "scan.pdf", scanned_pdf, "application/pdf", model="any", dpi="200"), "scan.pdf"
    )
    forced = albert_document(
        post(live_server, "parse-beta", "arrete.pdf", text_pdf, "application/pdf", force_ocr="true", page_range="1"),
        "arrete.pdf",
    )
    assert [page["metadata"]["page"] for page in scans] == [0, 1]
    for page, lines in zip(scans, (SCAN_A, SCAN_B), strict=True):
        assert page["metadata"]["ocr"] and page["metadata"]["confidence"] > 50
        expected = words_of(" ".join(lines))
        assert len(expected & words_of(page["content"])) >= 0.8 * len(expected), page["content"]
    assert forced[0]["metadata"]["ocr"] and {"mairie", "ouvre", "vendredi"} <= words_of(forced[0]["content"])


def test_parse_and_ocr_refusals(live_server, text_pdf):
    json_file = post(live_server, "ocr-beta", "a.json", b'{"a": 1}', "application/json")
    binary = post(live_server, "parse-beta", "a.pdf", b"\x7fELF\x02\x01\x01" + b"\0" * 500, "application/pdf")
    low_dpi = post(live_server, "ocr-beta", "a.pdf", text_pdf, "application/pdf", dpi="50")
    bad_range = post(live_server, "parse-beta", "a.pdf", text_pdf, "application/pdf", page_range="1;2")
    reversed_range = post(live_server, "parse-beta", "a.pdf", text_pdf, "application/pdf", page_range="2-1")
    outside = post(live_server, "parse-beta", "a.pdf", text_pdf, "application/pdf", page_range="7-9")
    bad_format = post(live_server, "parse-beta", "a.pdf", text_pdf, "application/pdf", output_format="docx")
    empty = post(live_server, "parse-beta", "a.pdf", b"", "application/pdf")
    many = make_text_pdf([[f"Page {n}"] for n in range(51)])
    too_many = post(live_server, "parse-beta", "long.pdf", many, "application/pdf")
    anonymous = post(live_server, "parse-beta", "a.pdf", text_pdf, "application/pdf", key="")
    for response, status in [
        (json_file, 422),
        (binary, 422),
        (low_dpi, 422),
        (bad_range, 422),
        (reversed_range, 422),
        (outside, 400),
        (bad_format, 422),
        (empty, 400),
        (too_many, 413),
        (anonymous, 401),
    ]:
        assert response.status_code == status, (status, response.text)
        assert "error" in response.json() and response.json()["detail"]
    assert json_file.json()["error"]["code"] == "unsupported_file_type"
    assert outside.json()["error"]["code"] == "invalid_page_range"
    assert too_many.json()["error"]["code"] == "too_many_pages" and "51 pages" in too_many.json()["error"]["message"]


def test_ocr_refuses_a_document_over_the_size_limit(live_server):
    big = b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024)  # over the live server's 5 MiB body limit
    response = post(live_server, "ocr-beta", "big.pdf", big, "application/pdf")
    assert response.status_code == 413, response.text


def test_documents_index_the_pages_asked_by_ocr_when_forced(live_server, text_pdf):
    with live_server.http() as http:
        collection = http.post("/v1/collections", json={"name": "pages"}).json()["id"]
        form = {"collection": str(collection), "page_range": "1-2", "force_ocr": "true"}
        created = http.post("/v1/documents", data=form, files={"file": ("arrete.pdf", text_pdf, "application/pdf")})
        assert created.status_code == 201, created.text
        chunks = http.get(f"/v1/chunks/{created.json()['id']}").json()["data"]
        outside = http.post(
            "/v1/documents",
            data={"collection": str(collection), "page_range": "9"},
            files={"file": ("arrete.pdf", text_pdf, "application/pdf")},
        )
    assert created.json()["pages"] == 2 and created.json()["ocr_pages"] == 2
    text = " ".join(chunk["content"] for chunk in chunks)
    assert "Horaires" in text and "Execution" in text and "Objet" not in text
    assert outside.status_code == 400 and outside.json()["error"]["code"] == "invalid_page_range"
