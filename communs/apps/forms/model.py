"""A form to audit, whatever it came from: JSON, a PDF's AcroForm fields, or an HTML page's <form>."""

from __future__ import annotations

import io
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from communs.api.bodies import check_depth
from communs.errors import InvalidRequestError, UnsupportedMediaError

FieldType = Literal[
    "text",
    "date",
    "number",
    "email",
    "tel",
    "select",
    "radio",
    "checkbox",
    "file",
    "textarea",
    "password",
    "url",
    "hidden",
]


class FormField(BaseModel):
    name: str
    label: str = ""
    help: str = ""
    type: str = "text"
    required: bool = False
    options: list[str] = Field(default_factory=list)  # the choices of a radio or select field


class FormContext(BaseModel):
    identified_by: str | None = None  # e.g. "FranceConnect"
    known: list[str] = Field(default_factory=list)  # what the service already knows about the user
    model_config = {"extra": "allow"}


class Form(BaseModel):
    title: str = ""
    context: FormContext | None = None
    fields: list[FormField]


def form_from_json(data: Any) -> Form:
    if isinstance(data, (bytes, str)):
        check_depth(data, "file")
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise InvalidRequestError(f"the form is not valid JSON: {exc}", param="file") from None
    try:
        form = Form.model_validate(data)
    except ValidationError as exc:
        raise InvalidRequestError(
            f"the form does not match {{title, context, fields: [...]}}: {exc.errors()[0]['msg']}", param="fields"
        ) from None
    if not form.fields:
        raise InvalidRequestError("the form has no fields", param="fields")
    return form


def _label_from_name(name: str) -> str:
    last = name.split(".")[-1]
    last = re.sub(r"\[\d+\]$", "", last)
    last = re.sub(r"^(txt|num|ckb|chk|cb|rb|date|dat|lst)(?=[A-Z_])", "", last)
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", last).replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def form_from_pdf(data: bytes, filename: str = "form.pdf") -> Form:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        fields = reader.get_fields() or {}
        title = (reader.metadata.title if reader.metadata else None) or filename
    except (PdfReadError, ValueError, KeyError) as exc:
        raise InvalidRequestError(f"'{filename}' is not a readable PDF ({exc})", param="file") from None
    out = []
    for name, spec in fields.items():
        kind = spec.get("/FT")
        if kind is None:
            continue  # a container of fields
        tooltip = str(spec.get("/TU") or "").strip()
        label = tooltip if len(tooltip.split()) >= 2 else _label_from_name(name)
        flags = int(spec.get("/Ff") or 0)
        type_ = {"/Tx": "text", "/Ch": "select", "/Sig": "file"}.get(kind, "checkbox")
        if kind == "/Btn" and flags & (1 << 16):
            continue  # a push button (print, reset): nothing to fill
        out.append(FormField(name=name.split(".")[-1], label=label, type=type_, required=bool(flags & 2)))
    if not out:
        raise InvalidRequestError(
            f"'{filename}' has no form fields to audit (no AcroForm); send its fields as JSON",
            code="no_form_fields",
            param="file",
        )
    return Form(title=str(title), fields=out)


def form_from_html(data: bytes | str, filename: str = "form.html") -> Form:
    from bs4 import BeautifulSoup

    from communs.documents.html import attribute

    soup = BeautifulSoup(data, "lxml")
    form = soup.find("form")
    if form is None:
        raise InvalidRequestError(f"'{filename}' holds no <form>", code="no_form", param="file")
    labels = {attribute(lab, "for"): lab.get_text(" ", strip=True) for lab in form.find_all("label") if lab.get("for")}
    fields: list[FormField] = []
    radios: dict[str, FormField] = {}
    for element in form.find_all(["input", "select", "textarea"]):
        type_ = attribute(element, "type", "text") if element.name == "input" else element.name
        if type_ in ("submit", "button", "reset", "hidden", "image"):
            continue
        name = attribute(element, "name") or attribute(element, "id") or f"champ_{len(fields) + 1}"
        label = labels.get(attribute(element, "id")) or attribute(element, "aria-label")
        parent_label = element.find_parent("label")
        if not label and parent_label is not None:
            label = parent_label.get_text(" ", strip=True)
        described = attribute(element, "aria-describedby")
        description = soup.find(id=described) if described else None
        help_text = description.get_text(" ", strip=True) if description is not None else ""
        if type_ == "radio":  # one question, its choices: the group's legend is the label, each input's an option
            if name in radios:
                radios[name].options.append(label)
                continue
            fieldset = element.find_parent("fieldset")
            legend = fieldset.find("legend") if fieldset is not None else None
            field = FormField(
                name=name,
                label=legend.get_text(" ", strip=True) if legend else label,
                help=help_text,
                type="radio",
                required=element.has_attr("required"),
                options=[label] if legend else [],
            )
            radios[name] = field
            fields.append(field)
            continue
        options = [o.get_text(" ", strip=True) for o in element.find_all("option")] if type_ == "select" else []
        fields.append(
            FormField(
                name=name,
                label=label or attribute(element, "placeholder"),
                help=help_text,
                type=type_,
                required=element.has_attr("required"),
                options=[o for o in options if o],
            )
        )
    if not fields:
        raise InvalidRequestError(f"the <form> of '{filename}' has no fields", code="no_form_fields", param="file")
    title = soup.title.get_text(strip=True) if soup.title else filename
    return Form(title=title, fields=fields)


def load_form(data: bytes, filename: str) -> Form:
    """A form from an uploaded file, by its content."""
    head = data.lstrip()[:200].lower()
    if not data.strip():
        raise InvalidRequestError("the file is empty", param="file")
    if data.startswith(b"%PDF"):
        return form_from_pdf(data, filename)
    if head.startswith((b"{", b"[")):
        return form_from_json(data)
    if b"<html" in head or b"<!doctype" in head or b"<form" in data[:5000].lower():
        return form_from_html(data, filename)
    raise UnsupportedMediaError(
        f"'{filename}': send a form as JSON, a PDF with fields, or an HTML page with a <form>", param="file"
    )
