"""A look-up that asks two things at once ("how much went to X, and how many practices used it?", "who opened the
day, and on what topic?") answered part by part: each part read, searched and answered first on its own (the second
part with the first part's words, its subject), the leads one under the other with their citations renumbered."""

from __future__ import annotations

import re

from retrieval.answering import prose
from retrieval.types import Answer

# ", and how many …", " og hvad …": a second question word after "and"/"og" starts a second ask
SECOND = re.compile(
    r",?\s+(?:and|og)\s+(?=(?:hvad|hvem|hvornår|hvor mange|hvor meget|hvor stor\w*|hvilke\w*|hvorfor|what|who|"
    r"when|how many|how much|how large|which|why|on what|in what|about what|om hvad)\b)",
    re.I,
)


TYPED = ("who", "when", "amount", "number", "place", "item")


def split(question: str) -> tuple[str, str] | None:
    """The two asks of a question, the second given the first one's content words when it names too few of its own
    ("on what topic?"); None for one ask."""
    m = SECOND.search(question)
    if not m or m.start() < 12:
        return None
    first, second = question[: m.start()].strip(" ,;"), question[m.end() :].strip()
    if len(second.split()) < 2:
        return None
    if len([w for w in prose.content_words(second) if len(w) >= 4]) >= 3:
        return first + "?", second  # the second ask names its own subject
    keep = set(prose.content_words(first))
    words = [t for t in re.findall(r"[\wæøåÆØÅ-]+", first) if set(prose.stems(t)) & keep]
    return first + "?", f"{second.rstrip('?')} {' '.join(words)}?".strip()


def answer(retriever, plan, ix):
    """(Answer, SearchResult) answered part by part, or None (one ask, a list of points, or nothing found)."""
    from retrieval.answering.answer import compose

    if plan.intent != "fact" or plan.rows_question:
        return None
    parts = split(plan.question)
    # NOTE: only when a part asks for a value (a name, a date, a number …): "why …, and what …" is one passage's
    # explanation, answered with its passages
    if parts is None or not any(prose.answer_type(p) in TYPED for p in parts):
        return None
    answers, results = [], []
    for part in parts:
        sub = retriever.plan(part, ix).copy(lang=plan.lang)
        if sub.rows_question or sub.intent != "fact":
            return None
        res = retriever.search(sub, ix)
        answers.append(compose(res))
        results.append(res)
    if not any(a.found for a in answers):
        return None
    citations, lines = [], []
    for a in answers:
        lead = a.answer.split("\n\n", 1)[0]
        remap = {}
        for k, c in enumerate(a.citations, 1):
            if f"[{k}]" not in lead:
                continue
            if c not in citations:
                citations.append(c)
            remap[k] = citations.index(c) + 1
        line = re.sub(r"\[(\d+)\]", lambda m, r=remap: f"[{r.get(int(m.group(1)), m.group(1))}]", lead)
        if line not in lines:  # both parts answered by the same sentence and value: said once
            lines.append(line)
    ans = Answer(question=plan.question, answer="\n".join(lines), found=all(a.found for a in answers),
                 citations=citations)  # fmt: skip
    # the search behind the first part answers the LLM's prompt; the second part's passages follow
    res = results[0]
    res.hits = res.hits + [h for h in results[1].hits if all(h.record.id != x.record.id for x in res.hits)]
    return ans, res
