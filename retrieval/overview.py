"""An overview of the consultation: rows by respondent type × handling and by theme, and who did not respond."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass

from retrieval.types import HANDLINGS, RESPONDENT_TYPES, Answer, Citation, Record

EMPTY = "tom"  # the handling cell is empty


@dataclass
class Overview:
    rows: int
    respondents: int
    by_type_handling: dict[str, dict[str, int]]
    by_theme: dict[str, int]
    no_response: list[dict]  # {respondent, respondent_type}

    def to_dict(self) -> dict:
        return asdict(self)


def build_overview(records: list[Record]) -> Overview:
    rows = [r for r in records if r.is_row]
    table: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        table[r.respondent_type or "?"][r.handling or EMPTY] += 1
    order = [t for t in RESPONDENT_TYPES if t in table] + sorted(set(table) - set(RESPONDENT_TYPES))
    handlings = list(HANDLINGS) + [EMPTY]
    by_type = {t: {h: table[t][h] for h in handlings} for t in order}
    themes = Counter(r.theme or "(uden tema)" for r in rows if r.handling != "intet_svar")
    silent = [{"respondent": r.respondent, "respondent_type": r.respondent_type} for r in rows if r.handling == "intet_svar"]
    return Overview(len(rows), len({r.respondent for r in rows}), by_type, dict(themes.most_common()), silent)


def overview_text(ov: Overview, lang: str = "da") -> str:
    """A plain-text overview (for Slack and the CLI)."""
    da = lang == "da"
    short = {"implementering": "impl.", "ingen_aendring": "ingen ændr.", "aendring": "ændring", "delvist": "delvist",
             "uden_for_rammerne": "uden for", "intet_svar": "intet svar", EMPTY: "tom"}
    lines = [f"{'Høringspunkter' if da else 'Consultation points'}: {ov.rows} "
             f"{'fra' if da else 'from'} {ov.respondents} {'høringsparter' if da else 'respondents'}", ""]
    handlings = list(next(iter(ov.by_type_handling.values()), {}).keys())
    lines.append(f"{'type':14}" + "".join(f"{short.get(h, h):>13}" for h in handlings) + f"{'i alt' if da else 'total':>8}")
    for t, counts in ov.by_type_handling.items():
        lines.append(f"{t:14}" + "".join(f"{counts[h]:>13}" for h in handlings) + f"{sum(counts.values()):>8}")
    lines += ["", ("Temaer" if da else "Themes") + ":"]
    lines += [f"  {n:>4}  {theme}" for theme, n in ov.by_theme.items()]
    lines += ["", ("Høringsparter uden høringssvar" if da else "Respondents without a response") + f" ({len(ov.no_response)}):"]
    lines += [f"  {x['respondent']} ({x['respondent_type']})" for x in ov.no_response]
    return "\n".join(lines)


def overview_answer(ov: Overview, records: list[Record], question: str, lang: str = "da") -> Answer:
    """The overview as an answer: its text, cited to the høringsnotat(er) it counts."""
    if not ov.rows:
        text = "Der er ingen høringsnotater i indekset." if lang == "da" else "There is no høringsnotat in the index."
        return Answer(question=question, answer=text, found=False)
    rows_per_doc = Counter(r.doc for r in records if r.is_row)
    docs: dict[str, Citation] = {}
    for r in records:
        if r.is_row and r.doc not in docs:
            n = rows_per_doc[r.doc]
            docs[r.doc] = Citation(doc=r.doc, title=r.title, kind=r.kind,
                                   text=f"{n} høringspunkter" if lang == "da" else f"{n} consultation points")
    keys = " ".join(f"[{i}]" for i in range(1, len(docs) + 1))
    head = ("Oversigt over høringen" if lang == "da" else "Overview of the consultation") + f" {keys}"
    return Answer(question=question, answer=head + "\n" + overview_text(ov, lang), found=True, citations=list(docs.values()))
