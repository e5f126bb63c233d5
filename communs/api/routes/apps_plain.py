"""/v1/apps/plain/* (clarity analysis, Simplifier) and /v1/apps/forms/audit (L'IANE)."""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage, services
from communs.apps.forms.audit import audit_form
from communs.apps.forms.model import form_from_json, load_form
from communs.apps.forms.report import to_html, to_markdown
from communs.apps.plain.simplify import simplify
from communs.clarity import analyze
from communs.errors import InvalidRequestError

router = APIRouter(prefix="/apps")


class AnalyzeRequest(BaseModel):
    text: str
    level: Literal["clair", "falc"] = "clair"


class SimplifyRequest(BaseModel):
    text: str
    level: Literal["clair", "falc"] = "clair"
    lang: str = "fr"
    model: str | None = None


@router.post("/plain/analyze")
async def plain_analyze(body: AnalyzeRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    result = await asyncio.to_thread(analyze, body.text, level=body.level)
    record_usage(request, endpoint="apps/plain/analyze", model=None)
    return result.to_dict()


@router.post("/plain/simplify")
async def plain_simplify(body: SimplifyRequest, request: Request, principal: Principal = Depends(authenticate)) -> dict:
    result = await simplify(body.text, services(request).registry, level=body.level, lang=body.lang, model=body.model)
    record_usage(request, endpoint="apps/plain/simplify", model=body.model)
    return result.to_dict()


def audit_json(form: Any) -> dict:
    audit = audit_form(form)
    return {
        "title": audit.title,
        "score": audit.score,
        "counts": audit.counts(),
        "fields": [
            {
                "name": r.name,
                "label": r.label,
                "suggested_label": r.suggested_label,
                "issues": [i.__dict__ for i in r.issues],
            }
            for r in audit.fields
        ],
        "report_markdown": to_markdown(audit),
        "report_html": to_html(audit),
    }


@router.post("/forms/audit")
async def forms_audit(request: Request, principal: Principal = Depends(authenticate)) -> dict:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form_data = await request.form()
        upload = form_data.get("file")
        if upload is None or isinstance(upload, str):
            raise InvalidRequestError("send the form as a multipart 'file' or as a JSON body", param="file")
        form = load_form(await upload.read(), upload.filename or "form")
    else:
        form = form_from_json(await request.body())
    result = await asyncio.to_thread(audit_json, form)
    record_usage(request, endpoint="apps/forms/audit", model=None)
    return result
