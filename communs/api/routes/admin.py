"""/v1/admin/*: users, API keys (Albert's "tokens"), roles and usage, for admin keys only (Albert's shapes).

The same accounts layer as ``communs keys`` and ``communs usage``. Roles are the product's two (``user``, ``admin``,
ids 1 and 2), read-only: their limits come from the configuration (``limits.roles``, ``limits.models``,
``rate_limit_rpm``), listed as Albert lists a role's limits (``model`` ``"*"``: the role's budget on all models).
A key is shown once, when it is made; afterwards only its first characters (``token``).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from communs.accounts.limits import role_budget
from communs.accounts.store import ROLES, Principal
from communs.api.deps import authenticate, services
from communs.api.responses import ERRORS, NOT_FOUND
from communs.api.schemas import Id, IdPath, Limit, Offset
from communs.config import Budget, Role, Settings
from communs.errors import NotFoundError, PermissionDeniedError

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ROLE_IDS: dict[str, int] = {role: index + 1 for index, role in enumerate(ROLES)}
Direction = Literal["asc", "desc"]


def admin(request: Request) -> Principal:
    """The dependency of every admin route: an authenticated caller with the admin role (else a 403)."""
    principal = authenticate(request)
    if not principal.is_admin:
        raise PermissionDeniedError("this route needs an admin key")
    return principal


router = APIRouter(prefix="/admin", responses={**ERRORS, 403: ERRORS[401] | {"description": "Not an admin key."}})
Admin = Annotated[Principal, Depends(admin)]


def _role(role_id: int) -> Role:
    for name, ident in ROLE_IDS.items():
        if ident == role_id:
            return name  # type: ignore[return-value]  # one of ROLES
    raise NotFoundError(f"no role with id {role_id} (1: user, 2: admin)", param="role")


def _ts(at: datetime | None) -> int | None:
    if at is None:
        return None
    return int((at if at.tzinfo else at.replace(tzinfo=UTC)).timestamp())  # SQLite gives naive UTC datetimes back


# -- roles ------------------------------------------------------------------------------------------------------
def _limits(model: str, budget: Budget) -> list[dict[str, Any]]:
    return [
        {"model": model, "type": kind, "value": value}
        for kind, value in (("rpm", budget.rpm), ("rpd", budget.rpd), ("tpm", budget.tpm))
        if value
    ]


def _role_json(settings: Settings, name: str, users: int) -> dict[str, Any]:
    limits = _limits("*", role_budget(settings, name))
    for model, budget in sorted(settings.limits.models.items()):
        limits += _limits(model, budget)
    permissions = ["admin"] if name == "admin" else []
    return {"object": "role", "id": ROLE_IDS[name], "name": name, "permissions": permissions, "limits": limits,
            "users": users, "created": 0, "updated": 0}  # fmt: skip


async def _role_users(request: Request) -> dict[str, int]:
    found = await asyncio.to_thread(services(request).accounts.list_users)
    return {name: sum(1 for u in found if u["role"] == name) for name in ROLES}


@router.get("/roles")
async def list_roles(request: Request, principal: Admin) -> dict:
    counts = await _role_users(request)
    settings = services(request).settings
    return {"object": "list", "data": [_role_json(settings, name, counts[name]) for name in ROLES]}


@router.get("/roles/{role_id}", responses=NOT_FOUND)
async def get_role(role_id: IdPath, request: Request, principal: Admin) -> dict:
    name = _role(role_id)
    return _role_json(services(request).settings, name, (await _role_users(request))[name])


# -- users ------------------------------------------------------------------------------------------------------
class CreateUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name | None = Field(None, description="The user's name (a person or a service), unique.")
    email: Name | None = Field(None, description="Albert's field: taken as the name when no name is given.")
    role: Id = Field(1, description="The role's id: 1 (user) or 2 (admin).")

    @model_validator(mode="after")
    def _named(self) -> CreateUser:
        if not (self.name or self.email):
            raise ValueError("a user needs a name (or an email)")
        return self


class UpdateUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    role: Id | None = Field(None, description="The role's id: 1 (user) or 2 (admin).")


def _user_json(row: dict) -> dict[str, Any]:
    created = _ts(row["created_at"])
    return {"object": "user", "id": row["id"], "name": row["name"], "email": None, "role": ROLE_IDS[row["role"]],
            "keys": row["keys"], "created": created, "updated": created}  # fmt: skip


@router.post("/users", status_code=201)
async def create_user(body: CreateUser, request: Request, principal: Admin) -> dict:
    role = _role(body.role)
    ident = await asyncio.to_thread(services(request).accounts.create_user, body.name or body.email or "", role=role)
    return {"id": ident}


@router.get("/users")
async def list_users(
    request: Request,
    principal: Admin,
    role: Id | None = Query(None, description="Only the users of this role id."),
    offset: Offset = 0,
    limit: Limit = 100,
    order_by: Literal["id", "name", "created"] = "id",
    order_direction: Direction = "asc",
) -> dict:
    rows = await asyncio.to_thread(
        services(request).accounts.list_users,
        role=None if role is None else _role(role),
        offset=offset,
        limit=limit,
        order_by=order_by,
        descending=order_direction == "desc",
    )
    return {"object": "list", "data": [_user_json(row) for row in rows]}


@router.get("/users/{user_id}", responses=NOT_FOUND)
async def get_user(user_id: IdPath, request: Request, principal: Admin) -> dict:
    return _user_json(await asyncio.to_thread(services(request).accounts.get_user, user_id))


@router.patch("/users/{user_id}", status_code=204, responses=NOT_FOUND)
async def update_user(user_id: IdPath, body: UpdateUser, request: Request, principal: Admin) -> Response:
    role = None if body.role is None else _role(body.role)
    await asyncio.to_thread(services(request).accounts.update_user, user_id, name=body.name, role=role)
    return Response(status_code=204)


@router.delete("/users/{user_id}", status_code=204, responses=NOT_FOUND)
async def delete_user(user_id: IdPath, request: Request, principal: Admin) -> Response:
    await asyncio.to_thread(services(request).accounts.delete_user, user_id)
    return Response(status_code=204)


# -- keys (Albert's tokens) ---------------------------------------------------------------------------------------
class CreateToken(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name = Field(description="What the key is for.")
    user: Id = Field(description="The id of the user the key is for.")
    rpm: int | None = Field(None, ge=0, le=10**9, description="Requests per minute (default: the role's).")


def _token_json(row: dict) -> dict[str, Any]:
    return {"object": "token", "id": row["id"], "name": row["name"], "token": row["key_hint"], "user": row["user_id"],
            "rpm": row["rpm"], "expires": None, "created": _ts(row["created_at"]),
            "revoked": _ts(row["revoked_at"])}  # fmt: skip


@router.post("/tokens", status_code=201, responses=NOT_FOUND)
async def create_token(body: CreateToken, request: Request, principal: Admin) -> dict:
    """A new key for an existing user: the key itself is in this answer only."""
    accounts = services(request).accounts
    key, ident = await asyncio.to_thread(accounts.add_key, body.user, key_name=body.name, rpm=body.rpm)
    return {"id": ident, "token": key}


@router.get("/tokens")
async def list_tokens(
    request: Request,
    principal: Admin,
    user: Id | None = Query(None, description="Only this user's keys."),
    offset: Offset = 0,
    limit: Limit = 100,
) -> dict:
    rows = await asyncio.to_thread(services(request).accounts.list_keys, user_id=user, offset=offset, limit=limit)
    return {"object": "list", "data": [_token_json(row) for row in rows]}


@router.get("/tokens/{token_id}", responses=NOT_FOUND)
async def get_token(token_id: IdPath, request: Request, principal: Admin) -> dict:
    return _token_json(await asyncio.to_thread(services(request).accounts.get_key, token_id))


@router.delete("/tokens/{token_id}", status_code=204, responses=NOT_FOUND)
async def revoke_token(token_id: IdPath, request: Request, principal: Admin) -> Response:
    """Revoke a key: it stops working at once (in every process sharing COMMUNS_REDIS_URL)."""
    await asyncio.to_thread(services(request).accounts.revoke_key, token_id)
    return Response(status_code=204)


# -- usage ------------------------------------------------------------------------------------------------------
@router.get("/usage", responses=NOT_FOUND)
async def usage_summary(
    request: Request, principal: Admin, user: Id | None = Query(None, description="Only this user's usage.")
) -> dict:
    """Requests and tokens per user, model and endpoint (``communs usage``); the master key's user is null."""
    accounts = services(request).accounts
    if user is not None:
        await asyncio.to_thread(accounts.get_user, user)  # an unknown user is a 404, not an empty list
    rows = await asyncio.to_thread(accounts.usage_summary, user)
    data = [
        {
            "object": "usage_summary",
            "user": row["user_id"],
            "user_name": accounts.user_name(row["user_id"]),
            "model": row["model"],
            "endpoint": "/v1/" + row["endpoint"].lstrip("/"),
            "requests": int(row["requests"]),
            "prompt_tokens": int(row["prompt_tokens"] or 0),
            "completion_tokens": int(row["completion_tokens"] or 0),
            "total_tokens": int(row["prompt_tokens"] or 0) + int(row["completion_tokens"] or 0),
            "avg_latency_ms": round(float(row["avg_latency_ms"] or 0.0), 1),
        }
        for row in rows
    ]
    return {"object": "list", "data": data}
