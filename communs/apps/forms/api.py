"""/v1/apps/forms/audit (L'IANE): audit a form, field by field, with a report."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from communs.accounts.store import Principal
from communs.api.deps import authenticate, record_usage
from communs.api.responses import ERRORS, request_body
from communs.apps.forms.model import Form, form_from_json, load_form
from communs.apps.forms.report import audit_result
from communs.apps.forms.schemas import AuditResult
from communs.errors import InvalidRequestError, PayloadTooLargeError

router = APIRouter(prefix="/apps", responses=ERRORS)


# the audit's work grows with the fields (each label analysed): a 1 MiB HTML page of 15,000 inputs ran for over 90 s
# on a loaded 2-core machine; the longest real forms (CERFA) have a few hundred fields
MAX_FORM_FIELDS = 1000


class FormUpload(BaseModel):
    file: bytes = Field(description="The form: JSON, a PDF with fields, or an HTML page with a <form>.")


@router.post("/forms/audit", openapi_extra=request_body(application_json=Form, multipart_form_data=FormUpload))
async def forms_audit(request: Request, principal: Principal = Depends(authenticate)) -> AuditResult:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form_data = await request.form()
        upload = form_data.get("file")
        if upload is None or isinstance(upload, str):
            raise InvalidRequestError("send the form as a multipart 'file' or as a JSON body", param="file")
        # parsing (HTML with thousands of inputs, PDF) and the audit: off the event loop
        form = await asyncio.to_thread(load_form, await upload.read(), upload.filename or "form")
    else:
        form = await asyncio.to_thread(form_from_json, await request.body())
    if len(form.fields) > MAX_FORM_FIELDS:
        raise PayloadTooLargeError(
            f"the form has {len(form.fields)} fields, over the limit of {MAX_FORM_FIELDS}", param="file"
        )
    result = await asyncio.to_thread(audit_result, form)
    record_usage(request, endpoint="apps/forms/audit", model=None)
    return result
