"""What one file's parse found besides its records: tables and rows, column mappings, and cells it could not place."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class FileNotes:
    """Per-file facts for the ingest summary and `plansvar parse`; nothing odd is dropped without a line here."""

    tables: int = 0
    table_rows: int = 0
    hoeringsnotat_rows: int = 0
    points: int = 0  # høringsnotat rows that hold a party's point (a summary), not only "no response"
    parties: int = 0  # distinct respondents
    outcomes: int = 0  # rows whose handling (outcome) was found
    layout: str = ""  # "table", "flattened text", "prose", "document"
    mappings: list[dict] = field(
        default_factory=list
    )  # per table: name, hoeringsnotat, columns (with reasons), why_not
    unplaced: Counter = field(default_factory=Counter)  # handling cells no wording or meaning placed -> count
    by_meaning: Counter = field(default_factory=Counter)  # "cell -> value (nearest: example)" -> count
    by_model: Counter = field(default_factory=Counter)  # "old -> new (p): reply" -> count (the reply model)
    warnings: list[str] = field(default_factory=list)

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def to_dict(self) -> dict:
        return {
            "layout": self.layout,
            "tables": self.tables,
            "table_rows": self.table_rows,
            "hoeringsnotat_rows": self.hoeringsnotat_rows,
            "points": self.points,
            "parties": self.parties,
            "outcomes": self.outcomes,
            "mappings": self.mappings,
            "unplaced_handling": dict(self.unplaced.most_common()),
            "handling_by_meaning": dict(self.by_meaning.most_common()),
            "handling_by_model": dict(self.by_model.most_common()),
            "warnings": self.warnings,
        }
