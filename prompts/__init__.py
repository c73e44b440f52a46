"""Prompt templates (prompts/*.txt) with named placeholders; render() fails on missing or unused ones."""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class PromptError(ValueError):
    """A template and the values given to it do not fit."""


def load(name: str) -> str:
    path = HERE / f"{name}.txt"
    if not path.is_file():
        raise PromptError(f"no prompt named {name!r} (looked for {path})")
    return path.read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    """Fill a template; every placeholder must get a value and every value must be used."""
    text = load(name)
    wanted = set(PLACEHOLDER.findall(text))
    missing, unused = wanted - set(values), set(values) - wanted
    if missing or unused:
        raise PromptError(f"prompt {name!r}: missing {sorted(missing)}, unused {sorted(unused)}")
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)
