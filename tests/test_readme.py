"""The README's configuration table names exactly the settings there are."""

import re

from conftest import ROOT

from retrieval.settings import Settings


def test_readme_lists_every_setting():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `((?:PLANSVAR|SLACK)_[A-Z_]+)` \|", text, flags=re.M))
    actual = set()
    for name, f in Settings.model_fields.items():
        alias = f.validation_alias
        actual.add(alias.choices[0] if alias is not None else f"PLANSVAR_{name.upper()}")
    assert documented == actual


def test_every_setting_has_a_description():
    assert all(f.description for f in Settings.model_fields.values())
