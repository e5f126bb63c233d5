"""The deployment files (deploy/): compose and Kubernetes parse, and every setting they name exists."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from communs.config import Settings, load_settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
# variables of the files themselves (compose interpolation), not settings of communs
FILE_VARIABLES = {"COMMUNS_CONFIG_FILE", "COMMUNS_IMAGE", "COMMUNS_HTTP_PORT", "COMMUNS_API_WORKERS"}


def deploy_texts() -> dict[Path, str]:
    names = ("*.yaml", "*.yml", "Dockerfile", "*.conf")
    return {path: path.read_text() for pattern in names for path in sorted(DEPLOY.rglob(pattern))}


def test_every_setting_named_in_the_deploy_files_exists():
    fields = {f"COMMUNS_{name.upper()}" for name in Settings.model_fields} | {"COMMUNS_CONFIG"}
    named = {name for text in deploy_texts().values() for name in re.findall(r"COMMUNS_[A-Z_]+", text)}
    assert {"COMMUNS_DATABASE_URL", "COMMUNS_MASTER_KEY", "COMMUNS_CONFIG", "COMMUNS_REDIS_URL"} <= named
    unknown = named - fields - FILE_VARIABLES
    assert not unknown, f"not settings of communs: {sorted(unknown)}"


@pytest.mark.parametrize("name", ["communs.yaml", "communs-vllm.yaml"])
def test_the_config_files_are_valid_settings(name, monkeypatch, tmp_path):
    monkeypatch.setenv("COMMUNS_CONFIG", str(DEPLOY / "config" / name))
    settings = load_settings(home=tmp_path)
    assert settings.log_format == "json" and settings.metrics == "public"
    assert settings.env == "production" and settings.api_docs is False
    if name == "communs-vllm.yaml":
        chat = next(m for m in settings.models if m.id == settings.default_chat_model)
        assert chat.routing == "least_busy" and chat.providers[0].base_url == "http://vllm:8000/v1"
        assert len(chat.providers) == 2, "the embedded engine stands in while vLLM is down"


def _docker_compose() -> list[str] | None:
    """Compose v2: the docker plugin (``docker compose``) or its standalone binary (``docker-compose`` 2.x).
    Debian's ``docker-compose`` 1.29 cannot check this file: it refuses the top-level ``name``, and its
    ``config`` neither applies profiles nor writes JSON."""
    for command in (["docker", "compose"], ["docker-compose"]):
        if shutil.which(command[0]) is None:
            continue
        try:
            found = subprocess.run([*command, "version", "--short"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if found.returncode == 0 and not found.stdout.strip().lstrip("v").startswith("1."):
            return command
    return None


@pytest.mark.parametrize("profile", [None, "vllm"])
def test_compose_file_is_valid(profile):
    compose = _docker_compose()
    if compose is None:
        pytest.skip("no Compose v2 here (`docker compose` or docker-compose 2.x; Debian's 1.29 cannot read the file)")
    env = {**os.environ, "COMMUNS_MASTER_KEY": "sk-test"}
    args = [*compose, "-f", str(DEPLOY / "compose.yaml")]
    if profile:
        args += ["--profile", profile]
    done = subprocess.run([*args, "config", "--format", "json"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    services = yaml.safe_load(done.stdout)["services"]
    assert {"lb", "api", "worker", "postgres", "redis"} <= set(services)
    assert services["api"]["deploy"]["replicas"] == 2
    assert ("vllm" in services) == (profile == "vllm")


def test_compose_file_parses_with_the_services_expected():
    """Without docker: the file itself (the full check above needs the compose plugin)."""
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert {"lb", "api", "worker", "migrate", "postgres", "redis", "milvus", "vllm"} <= set(services)
    assert services["api"]["deploy"]["replicas"] == 2
    assert services["vllm"]["profiles"] == ["vllm"] and services["milvus"]["profiles"] == ["search"]
    assert services["api"]["environment"]["COMMUNS_REDIS_URL"].startswith("redis://redis:")


def test_compose_file_follows_the_compose_specification():
    """Without docker: the file against the Compose Specification's own JSON schema (tests/data/compose_spec), the
    schema `docker compose config` validates with; a misspelt key, a wrong type or a bad port mapping fails here."""
    import json

    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "compose_spec" / "compose-spec.json").read_text())
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    validator = jsonschema.Draft7Validator(schema)  # the schema's own draft ("$schema": draft-07)
    validator.validate(compose)
    broken = dict(compose, services=dict(compose["services"], api=dict(compose["services"]["api"], replicaz=2)))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


EXPECTED_KINDS = {"Namespace", "Secret", "Deployment", "Service", "PodDisruptionBudget", "Ingress"}


def test_kubernetes_manifests():
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())
    documents = []
    for resource in kustomization["resources"]:
        documents += [d for d in yaml.safe_load_all((DEPLOY / resource).read_text()) if d]
    assert {d["kind"] for d in documents} == EXPECTED_KINDS
    for document in documents:
        assert document["apiVersion"] and document["metadata"]["name"]
    deployments = {d["metadata"]["name"]: d for d in documents if d["kind"] == "Deployment"}
    assert deployments["communs-api"]["spec"]["replicas"] == 2
    assert deployments["communs-worker"]["spec"]["template"]["spec"]["containers"][0]["command"][-1] == "worker"
    if shutil.which("kubectl") is None:
        pytest.skip("kubectl is not installed: `kubectl kustomize` (offline) not run")
    done = subprocess.run(["kubectl", "kustomize", str(DEPLOY)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    built = [d for d in yaml.safe_load_all(done.stdout) if d]
    assert {d["kind"] for d in built} == EXPECTED_KINDS | {"ConfigMap"}
    config = next(d for d in built if d["kind"] == "ConfigMap")
    assert yaml.safe_load(config["data"]["communs.yaml"])["metrics"] == "public"
