"""The dossier's report, for a prosecutor to read and check: Markdown, HTML or DOCX, every fact with its pages."""

from __future__ import annotations

import html
import io

from communs.apps.dossier.analysis import page_label


def _rows(result: dict) -> list[tuple[str, list[str], list[list[str]]]]:
    """(section title, column names, rows) for every table of the report."""
    return [
        ("Personnes", ["nom", "rôle", "alias", "pages"], [
            [p["name"], p["role"], ", ".join(p["aliases"]), page_label(p["pages"])] for p in result["persons"]
        ]),
        ("Chronologie", ["date", "heure", "fait", "pages"], [
            [e["date"], e["time"] or "", e["what"], page_label(e["pages"])] for e in result["events"]
        ]),
        ("Infractions", ["qualification", "article", "source", "pages"], [
            [o["qualification"], o["code_article"], ("citée" if o["stated"] else "déduite") + f" ({o['context']})",
             page_label(o["pages"])] for o in result["offences"]
        ]),
        ("Objets saisis", ["objet", "pages"], [[i["what"], page_label(i["pages"])] for i in result["seized_items"]]),
        ("Véhicules, téléphones, montants", ["élément", "pages"], [
            [i.get("value") or i["what"], page_label(i["pages"])]
            for i in result.get("vehicles", []) + result.get("phones", []) + result.get("amounts", [])
        ]),
        ("Contradictions possibles", ["sujet", "déclarations", "pages"], [
            [c["about"], " / ".join(f"{s['time']} : {s['text']} ({page_label(s['pages'])})" for s in c["statements"]),
             page_label(c["pages"])] for c in result.get("contradictions", [])
        ]),
        ("Pièces", ["pièce", "pages", "résumé"], [
            [d["label"], page_label(d["pages"]), d["summary"]] for d in result["documents"]
        ]),
    ]  # fmt: skip


def _flag_note(result: dict) -> str:
    flagged = result.get("flagged_pages", [])
    if not flagged:
        return ""
    return f"Pages à relire sur l'original (lecture incertaine ou illisible) : {page_label(flagged)}."


def to_markdown(result: dict, name: str = "dossier") -> str:
    cell = lambda text: str(text).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    out = [f"# Fiche de synthèse — {name}", "", f"{result['pages']} pages.", ""]
    note = _flag_note(result)
    if note:
        out += [f"> {note}", ""]
    out += ["## Synthèse", "", result.get("summary", ""), ""]
    for title, columns, rows in _rows(result):
        out += [f"## {title}", ""]
        if not rows:
            out += ["(aucun)", ""]
            continue
        out += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
        out.append("")
    return "\n".join(out)


def to_html(result: dict, name: str = "dossier") -> str:
    esc = html.escape
    parts = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        f"<title>Fiche de synthèse — {esc(name)}</title></head><body>",
        f"<h1>Fiche de synthèse — {esc(name)}</h1><p>{result['pages']} pages.</p>",
    ]
    note = _flag_note(result)
    if note:
        parts.append(f"<p><strong>{esc(note)}</strong></p>")
    parts.append(f"<h2>Synthèse</h2><p>{esc(result.get('summary', ''))}</p>")
    for title, columns, rows in _rows(result):
        parts.append(f"<h2>{esc(title)}</h2>")
        if not rows:
            parts.append("<p>(aucun)</p>")
            continue
        head = "".join(f"<th scope='col'>{esc(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in row) + "</tr>" for row in rows)
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    return "".join(parts)


def to_docx(result: dict, name: str = "dossier") -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(f"Fiche de synthèse — {name}", 0)
    document.add_paragraph(f"{result['pages']} pages.")
    note = _flag_note(result)
    if note:
        document.add_paragraph(note)
    document.add_heading("Synthèse", 1)
    document.add_paragraph(result.get("summary", ""))
    for title, columns, rows in _rows(result):
        document.add_heading(title, 1)
        if not rows:
            document.add_paragraph("(aucun)")
            continue
        table = document.add_table(rows=1, cols=len(columns))
        for cell, column in zip(table.rows[0].cells, columns, strict=True):
            cell.text = column
        for row in rows:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = str(value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
