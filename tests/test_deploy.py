"""The compose path as written, without a Docker engine: .env.example's values under each plansvar service's
`environment` (docker compose's order: the image's ENV, then env_file, then environment), the store inside a volume
the image's non-root user owns, the Dockerfile's CPU torch and constraints; then the ingest service's and the api
service's commands against `chroma run` on loopback, with their volumes as temp folders."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path, PurePosixPath

import pytest
import yaml
from conftest import ROOT, run_cli, seed_embedding_cache
from packaging.specifiers import SpecifierSet

from retrieval.settings import Settings

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
CPU_INDEX = "https://download.pytorch.org/whl/cpu"


def env_file(path: Path) -> dict[str, str]:
    """NAME=value lines as docker compose reads an env_file (comments and blank lines skipped; NAME= is '')."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition("=")
        out[name.strip()] = value.strip()
    return out


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", "\n".join(ln for ln in DOCKERFILE.splitlines() if not ln.lstrip().startswith("#")))
    out = []
    for line in text.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def image_env() -> dict[str, str]:
    out = {}
    for word, rest in dockerfile_instructions():
        if word == "ENV":
            for item in shlex.split(rest):
                name, _, value = item.partition("=")
                out[name] = value
    return out


def plansvar_services() -> dict[str, dict]:
    """The services that run plansvar (built from this Dockerfile)."""
    return {name: s for name, s in COMPOSE["services"].items() if "build" in s}


def service_env(service: dict) -> dict[str, str]:
    """What the container sees: the image's ENV, then the env_file (.env copied from .env.example), then
    `environment`."""
    assert service["env_file"] in (".env", [".env"])
    return {**image_env(), **env_file(ROOT / ".env.example"), **{k: str(v) for k, v in service["environment"].items()}}


def volume_mounts(service: dict) -> list[tuple[str, str, bool]]:
    """(source, target in the container, read-only) of each volume."""
    out = []
    for v in service.get("volumes", []):
        parts = v.split(":")
        out.append((parts[0], parts[1], len(parts) > 2 and "ro" in parts[2].split(",")))
    return out


def store_volume(service: dict, store: str) -> tuple[str, str]:
    """The writable named volume the store folder lies in: (volume name, its mount point)."""
    path = PurePosixPath(store)
    assert path.is_absolute(), f"PLANSVAR_STORE={store!r} is relative to the image's WORKDIR, not a volume"
    for source, target, ro in volume_mounts(service):
        if path == PurePosixPath(target) or PurePosixPath(target) in path.parents:
            assert not ro, f"{store} is in a read-only mount"
            assert source in (COMPOSE.get("volumes") or {}), f"{source} is not a named volume"
            return source, target
    raise AssertionError(f"PLANSVAR_STORE={store!r} is in none of the service's volumes {service.get('volumes')}")


def settings_from(env: dict[str, str], monkeypatch) -> Settings:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    return Settings()


def test_every_plansvar_service_keeps_its_store_in_a_shared_writable_volume(monkeypatch):
    services = plansvar_services()
    assert set(services) == {"ingest", "api", "bot"}
    volumes = set()
    for name, service in services.items():
        env = service_env(service)
        store = env.get("PLANSVAR_STORE")
        assert store, name
        volumes.add(store_volume(service, store))
        settings = settings_from(env, monkeypatch)
        assert settings.store == Path(store) and settings.chroma_url == "http://chroma:8000", name
    assert len(volumes) == 1, volumes  # the ingest's embedding cache and the bot's thread history: one folder


def test_env_example_loads_cleanly_and_empty_means_the_default(monkeypatch):
    values = env_file(ROOT / ".env.example")
    assert values.get("PLANSVAR_STORE", "") in ("", ".plansvar")  # never a path that only one setup has
    settings = settings_from(values, monkeypatch)
    assert settings.store == Path(".plansvar")  # empty: the default (it was the current folder)
    for name in ("chroma_url", "llm", "llm_base_url", "llm_model", "llm_api_key", "slack_bot_token", "slack_api_url"):
        assert getattr(settings, name) is None, name
    monkeypatch.setenv("PLANSVAR_LLM_TIMEOUT", "")
    monkeypatch.setenv("PLANSVAR_EMBED_BATCH", "")
    assert Settings().llm_timeout == 30.0 and Settings().embed_batch == 32


def test_dockerfile_installs_the_cpu_torch_with_the_constraints():
    runs = [rest for word, rest in dockerfile_instructions() if word == "RUN"]
    copies = [rest for word, rest in dockerfile_instructions() if word == "COPY"]
    assert any("constraints.txt" in c.split() for c in copies)
    pins = dict(
        ln.split("==", 1) for ln in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines() if "==" in ln
    )
    torch_runs = [r for r in runs if re.search(r"\btorch==", r)]
    assert torch_runs, "torch is installed on its own, first"
    for r in torch_runs:
        assert f"--index-url {CPU_INDEX}" in r, r  # PyPI's torch is the CUDA build
        version = re.search(r"\btorch==([\w.]+)", r).group(1)
        assert version == pins["torch"] and f"{version}+cpu" in SpecifierSet(f"=={pins['torch']}")
    for r in runs:
        for cmd in r.split("&&"):
            if "pip install" in cmd and not re.search(r"\btorch==", cmd):
                assert "-c constraints.txt" in cmd, cmd
    assert "AVX2" in DOCKERFILE


def test_the_images_user_owns_every_store_folder():
    instructions = dockerfile_instructions()
    users = [rest for word, rest in instructions if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    user = users[-1]
    runs = " && ".join(rest for word, rest in instructions if word == "RUN")
    stores = {service_env(s)["PLANSVAR_STORE"] for s in plansvar_services().values()}
    for store in stores:
        assert re.search(rf"mkdir -p [^&]*{re.escape(store)}\b", runs), store
        assert re.search(rf"chown (-R )?{user}(:{user})? [^&]*{re.escape(store)}\b", runs), store


@pytest.mark.slow
def test_compose_ingest_then_ask_against_a_chroma_server(chroma_server, small_corpus, embedding_cache, tmp_path):
    """The ingest service's command with its environment, then the api service's `plansvar ask`: the Chroma server
    is `chroma run` on loopback, each volume a temp folder (the named store volume shared, as in compose)."""
    services = plansvar_services()
    hosts = {}  # volume source -> a folder here

    def host_env(name: str) -> tuple[dict[str, str], dict[str, Path]]:
        service = services[name]
        env = service_env(service)
        store_volume(service, env["PLANSVAR_STORE"])
        mounts = {}
        for source, target, _ in volume_mounts(service):
            if source.startswith("./"):  # the bind mount of the corpus: the small copy, for time
                hosts.setdefault(source, small_corpus)
            else:
                hosts.setdefault(source, tmp_path / source)
            mounts[target] = hosts[source]
        store = PurePosixPath(env["PLANSVAR_STORE"])
        for target, host in mounts.items():
            if store == PurePosixPath(target) or PurePosixPath(target) in store.parents:
                env["PLANSVAR_STORE"] = str(host / store.relative_to(target))
        assert env["PLANSVAR_CHROMA_URL"] == "http://chroma:8000"
        env["PLANSVAR_CHROMA_URL"] = chroma_server
        return env, mounts

    env, mounts = host_env("ingest")
    seed_embedding_cache(Path(env["PLANSVAR_STORE"]), embedding_cache)  # the vectors, not the model's minute
    command = services["ingest"]["command"]
    assert command[:2] == ["plansvar", "ingest"]
    args = [str(mounts.get(a, a)) for a in command[1:]]
    done = run_cli(*args, env=env)
    assert done.returncode == 0, done.stderr
    assert "Documents: 2" in done.stdout

    env, _ = host_env("api")
    asked = run_cli("ask", "Hvem holdt oplægget 'Ny praksisplan for almen praksis'?", "--json", env=env)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["found"] and answer["citations"]
