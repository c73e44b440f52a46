"""An overview of the consultation: points by respondent type × handling and by theme, and who did not respond. A
party that did not respond made no point: it is listed apart and counted in no total, as in the answers."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from retrieval.search.consultations import show_date
from retrieval.types import HANDLINGS, RESPONDENT_TYPES, Answer, Citation, Record
from retrieval.vocab import EMPTY_HANDLING as EMPTY
from retrieval.wording import NO_THEME, OVERVIEW_COLUMNS, say


@dataclass
class Overview:
    rows: int
    respondents: int
    by_type_handling: dict[str, dict[str, int]]
    by_theme: dict[str, int]
    no_response: list[dict]  # {respondent, respondent_type}
    consultation: str | None = None  # the one consultation counted, or None for all
    consultations: list[dict] = field(default_factory=list)  # every consultation: title, date, points, parties

    def to_dict(self) -> dict:
        return asdict(self)


def build_overview(records: list[Record], consultations: list | None = None, chosen: str | None = None) -> Overview:
    """Counts over the rows among `records` (those of the `chosen` consultation, when the caller filtered them);
    `consultations` (retrieval.search.consultations.Consultation) are listed with their own counts."""
    rows = [r for r in records if r.is_row]
    points = [r for r in rows if r.handling != "intet_svar"]
    table: dict[str, Counter] = defaultdict(Counter)
    for r in points:
        table[r.respondent_type or "?"][r.handling or EMPTY] += 1
    order = [t for t in RESPONDENT_TYPES if t in table] + sorted(set(table) - set(RESPONDENT_TYPES))
    handlings = [h for h in HANDLINGS if h != "intet_svar"] + [EMPTY]
    by_type = {t: {h: table[t][h] for h in handlings} for t in order}
    themes = Counter(r.theme or NO_THEME for r in points)
    silent = [
        {"respondent": r.respondent, "respondent_type": r.respondent_type} for r in rows if r.handling == "intet_svar"
    ]
    cons = [
        {"title": c.title, "date": c.date, "points": c.points, "parties": len(c.parties), "silent": len(c.silent)}
        for c in consultations or []
    ]
    return Overview(
        len(points), len({r.respondent for r in points}), by_type, dict(themes.most_common()), silent, chosen, cons
    )


def overview_text(ov: Overview, lang: str = "da") -> str:
    """A plain-text overview (for Slack and the CLI)."""
    lines = []
    if ov.consultation:
        lines.append(say("overview_of", lang, title=ov.consultation))
    elif len(ov.consultations) > 1:
        # NOTE: counts over several consultations are shown per consultation first: a sum alone would mix them
        lines.append(say("overview_several", lang, n=len(ov.consultations)))
        for c in ov.consultations:
            lines.append(
                "  "
                + say("overview_cons_line", lang, **c, when=f" ({show_date(c['date'], lang)})" if c["date"] else "")
            )
        lines.append(say("overview_pick", lang, example=ov.consultations[0]["title"]))
        lines.append("")
    count = say("overview_count", lang, rows=ov.rows, respondents=ov.respondents)
    if ov.no_response:
        k = len(ov.no_response)
        count += say("rows_count_silent_one" if k == 1 else "rows_count_silent", lang, k=k)
    lines += [count, ""]
    handlings = list(next(iter(ov.by_type_handling.values()), {}).keys())
    lines.append(
        f"{say('overview_type', lang):14}"
        + "".join(f"{OVERVIEW_COLUMNS.get(h, h):>13}" for h in handlings)
        + f"{say('overview_total', lang):>8}"
    )
    for t, counts in ov.by_type_handling.items():
        lines.append(f"{t:14}" + "".join(f"{counts[h]:>13}" for h in handlings) + f"{sum(counts.values()):>8}")
    lines += ["", say("overview_themes", lang)]
    lines += [f"  {n:>4}  {theme}" for theme, n in ov.by_theme.items()]
    lines += ["", say("overview_silent", lang, n=len(ov.no_response))]
    lines += [f"  {x['respondent']} ({x['respondent_type']})" for x in ov.no_response]
    return "\n".join(lines)


def overview_answer(ov: Overview, records: list[Record], question: str, lang: str = "da") -> Answer:
    """The overview as an answer: its text, cited to the høringsnotat(er) it counts."""
    if not ov.rows and not ov.no_response:
        text = say("overview_none", lang)
        return Answer(question=question, answer=text, found=False)
    rows_per_doc = Counter(r.doc for r in records if r.is_row and r.handling != "intet_svar")
    docs: dict[str, Citation] = {}
    for r in records:
        if r.is_row and r.doc not in docs:
            n = rows_per_doc[r.doc]
            docs[r.doc] = Citation(doc=r.doc, title=r.title, kind=r.kind, text=say("overview_doc_rows", lang, n=n))
    keys = " ".join(f"[{i}]" for i in range(1, len(docs) + 1))
    head = say("overview_head", lang) + f" {keys}"
    return Answer(
        question=question, answer=head + "\n" + overview_text(ov, lang), found=True, citations=list(docs.values())
    )
