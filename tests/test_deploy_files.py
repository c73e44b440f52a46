"""The deployment files say what the code does: every setting in .env.example, compose services and their commands."""

import re

import yaml
from conftest import ROOT

from retrieval.settings import Settings


def _names():
    out = set()
    for name, f in Settings.model_fields.items():
        alias = f.validation_alias
        out.add(alias.choices[0] if alias is not None else f"PLANSVAR_{name.upper()}")
    return out


def test_env_example_lists_every_setting_with_a_comment():
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^([A-Z_]+)=", text, flags=re.M))
    assert listed == _names()
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^[A-Z_]+=", line):
            j = i - 1
            while j >= 0 and re.match(r"^[A-Z_]+=", lines[j]):
                j -= 1
            assert lines[j].startswith("#"), line


def test_compose_topology():
    spec = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = spec["services"]
    assert set(services) == {"chroma", "ingest", "api", "bot"}
    assert services["chroma"]["image"].startswith("chromadb/chroma:1.5.9")
    assert services["ingest"]["command"][:2] == ["plansvar", "ingest"]
    assert services["api"]["command"][:2] == ["plansvar", "serve"] and "healthcheck" in services["api"]
    assert services["bot"]["command"] == ["plansvar", "slack"]
    for name in ("ingest", "api", "bot"):
        assert services[name]["environment"]["PLANSVAR_CHROMA_URL"] == "http://chroma:8000"
    assert services["api"]["depends_on"]["ingest"]["condition"] == "service_completed_successfully"
    docker = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "AVX2" in docker and "torch==2.13.0" in docker
