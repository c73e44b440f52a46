"""Optional LLM answerer (langchain): the model writes the lead from numbered passages and must cite them; every
citation is checked against the passage it names, unsupported sentences are dropped, and on timeout or error the
extractive answer is returned. A look-up's lead is written from the very sources the extractive answer selected, and
the extractive answer (its quotes, with the same keys) follows it; a list's lead sits above the complete list. This
is the only module that imports langchain."""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import logging
import re
import time
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from prompts import render
from retrieval.answering.answer import NOT_FOUND, ExtractiveAnswerer
from retrieval.errors import ConfigError
from retrieval.search.ranking import Hit
from retrieval.settings import Settings, secret_value
from retrieval.text import CITED_SENTENCE, place, sentences
from retrieval.types import HANDLINGS as HANDLING_CODES
from retrieval.types import RESPONDENT_TYPES as TYPE_CODES
from retrieval.types import Answer, Citation
from retrieval.words import stems

log = logging.getLogger(__name__)

KEY = re.compile(r"\[P(\d{1,3})\]")
MIN_SUPPORT = 0.5  # share of a sentence's content words that the cited passages must hold


class ChatModel(Protocol):
    """What the answerer needs of a chat model: text in, text out."""

    def complete(self, system: str, user: str) -> str: ...


class QueryReading(BaseModel):
    """What an LLM may say about a question: the same slots as the built-in reader's QueryPlan."""

    intent: Literal["list", "profile", "topic_list", "scan", "count", "fact", "synthesis"]
    lang: Literal["da", "en"] = "da"
    respondents: list[str] = Field(default_factory=list)
    respondent_types: list[str] = Field(default_factory=list)
    handlings: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    letters: list[str] = Field(default_factory=list)
    topic: str = ""


class LangchainChat:
    """A langchain chat model behind the ChatModel protocol."""

    def __init__(self, model) -> None:
        self.model = model

    def structured(self, user: str, schema: type[BaseModel]) -> BaseModel:
        """The model's reply as the schema (langchain structured output through tool calling)."""
        from langchain_core.messages import HumanMessage

        out = self.model.with_structured_output(schema, method="function_calling").invoke([HumanMessage(content=user)])
        return out if isinstance(out, schema) else schema.model_validate(out)

    def complete(self, system: str, user: str) -> str:
        from langchain_core.messages import HumanMessage, SystemMessage

        out = self.model.invoke([SystemMessage(content=system), HumanMessage(content=user)])
        content = out.content
        if isinstance(content, list):  # some providers return content parts
            content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        return str(content)


def make_chat_model(settings: Settings) -> ChatModel:
    """The chat model PLANSVAR_LLM names, configured from the environment (keys never logged)."""
    kind = settings.llm
    key = secret_value(settings.llm_api_key)
    if kind in ("openai", "ollama"):
        from langchain_openai import ChatOpenAI

        base = settings.llm_base_url or ("http://127.0.0.1:11434/v1" if kind == "ollama" else None)
        if not settings.llm_model:
            raise ConfigError(f"PLANSVAR_LLM={kind} needs PLANSVAR_LLM_MODEL (the model name).")
        if kind == "openai" and not key and not base:
            raise ConfigError(
                "PLANSVAR_LLM=openai needs PLANSVAR_LLM_API_KEY, or PLANSVAR_LLM_BASE_URL for a local server."
            )
        model = ChatOpenAI(
            model=settings.llm_model,
            base_url=base,
            api_key=key or "not-needed",
            timeout=settings.llm_timeout,
            max_retries=0,
            temperature=0,
            max_tokens=settings.llm_max_tokens,
        )
        return LangchainChat(model)
    if kind == "anthropic":
        try:
            from langchain_anthropic import ChatAnthropic
        except ImportError as e:
            raise ConfigError(
                "PLANSVAR_LLM=anthropic needs the 'anthropic' extra: pip install 'plansvar[anthropic]' "
                "(or pip install langchain-anthropic)."
            ) from e
        if not key:
            raise ConfigError("PLANSVAR_LLM=anthropic needs PLANSVAR_LLM_API_KEY.")
        return LangchainChat(
            ChatAnthropic(
                model=settings.llm_model or "claude-sonnet-4-5",
                api_key=key,
                base_url=settings.llm_base_url or None,
                timeout=settings.llm_timeout,
                max_retries=0,
                temperature=0,
                max_tokens=settings.llm_max_tokens,
            )
        )
    raise ConfigError(f"PLANSVAR_LLM must be openai, anthropic or ollama. Currently, it is {kind!r}.")


def passage_block(hits: list[Hit], lead: dict[int, str] | None = None) -> str:
    """Passages with short keys. Text that looks like a key or a closing tag is defused: document text is data.
    `lead`: text to put first in passage k (the sentences an extractive answer selected from it)."""
    out = []
    for n, h in enumerate(hits, start=1):
        r = h.record
        where = place(r)
        text = r.embedding_text() if r.is_row else r.text
        if lead and lead.get(n):
            text = lead[n] + "\n…\n" + text[:1500]
        text = re.sub(r"\[P(\d+)\]", r"(P\1)", text)
        text = re.sub(r"</?\s*(passager|passages)\s*>", "", text, flags=re.I)
        text = re.sub(r"[ \t]+", " ", text)
        out.append(f"[P{n}] ({r.doc} · {where})\n{text}")
    return "\n\n".join(out)


def check_citations(text: str, hits: list[Hit]) -> tuple[str, list[int], int]:
    """Keep the sentences whose citations name real passages that hold what the sentence says.

    Returns (kept text with keys renumbered to [1], [2] …, the passage indexes in citation order, dropped count)."""
    order: list[int] = []
    kept: list[str] = []
    dropped = 0
    for s in sentences(text, CITED_SENTENCE, keep_space=True):
        keys = [int(k) for k in KEY.findall(s)]
        valid = [k for k in keys if 1 <= k <= len(hits)]
        body = KEY.sub("", s).strip()
        if not body:
            continue
        if not valid or not _supported(body, [hits[k - 1] for k in valid]):
            dropped += 1
            continue
        for k in valid:
            if k not in order:
                order.append(k)

        def renumber(m: re.Match) -> str:
            k = int(m.group(1))
            return f"[{order.index(k) + 1}]" if k in order else ""

        out = KEY.sub(renumber, s)
        out = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
        kept.append(out)
    return " ".join(kept), order, dropped


def _supported(sentence: str, hits: list[Hit]) -> bool:
    """Numbers in the sentence appear in the cited passages, and most of its content words do."""
    hay = " ".join((h.record.embedding_text() if h.record.is_row else h.record.text) for h in hits)
    for n in re.findall(r"\d+(?:[.,]\d+)*", sentence):
        if re.sub(r"[.,]", "", n) not in re.sub(r"[.,]", "", hay):
            return False
    words = set(stems(sentence))
    if not words:
        return False
    have = set(stems(hay))
    return len(words & have) / len(words) >= MIN_SUPPORT


class LLMAnswerer:
    """Retrieval as in the extractive answerer; the model writes the text; checks keep it grounded."""

    def __init__(
        self, extractive: ExtractiveAnswerer, chat: ChatModel, timeout: float = 30.0, read_questions: bool = False
    ) -> None:
        if timeout <= 0:
            raise ConfigError(f"PLANSVAR_LLM_TIMEOUT must be above 0. Currently, it is {timeout}.")
        self.read_questions = read_questions
        self.extractive = extractive
        self.chat = chat
        self.timeout = timeout
        self._pool = cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm")

    @property
    def retriever(self):
        return self.extractive.retriever

    def _read(self, question: str, context: str | None, show_all: bool, ix, builtin=None):
        """The LLM's reading of the question, validated against the vocabulary and the catalog of `ix`; the
        built-in reading on any error, timeout or when reading by LLM is off (None: the answerer reads it itself)."""
        if not self.read_questions or context or not hasattr(self.chat, "structured"):
            return None
        from retrieval import inputs

        q = inputs.question(question)
        builtin = builtin or self.extractive.read(q, None, show_all, ix)
        catalog = ix.catalog
        prompt = render(
            "read_question",
            question=q,
            handlings=", ".join(HANDLING_CODES),
            types=", ".join(TYPE_CODES),
            themes=", ".join(catalog.themes),
            respondents="; ".join(r.name for r in catalog.respondents),
        )
        try:
            reading = self._pool.submit(self.chat.structured, prompt, QueryReading).result(timeout=self.timeout)
        except cf.TimeoutError:
            log.warning("llm reading timed out; built-in reading", extra={"timeout_s": self.timeout})
            return builtin
        except Exception as e:  # noqa: BLE001 - any provider or validation failure falls back
            log.warning("llm reading failed; built-in reading", extra={"error": type(e).__name__})
            return builtin
        return validated_plan(reading, builtin, catalog)

    def _checked(self, prompt: str, base: Answer, hits: list[Hit]) -> tuple[str, list[int]]:
        """The model's text for the prompt, kept only where its citations hold it (check_citations), and the passage
        indexes it cites; ("", []) on a timeout or any provider error (the caller answers extractively)."""
        t0 = time.perf_counter()
        try:
            text = self._pool.submit(self.chat.complete, prompt, base.question).result(timeout=self.timeout)
        except cf.TimeoutError:
            log.warning("llm timed out; extractive answer", extra={"qid": base.id, "timeout_s": self.timeout})
            return "", []
        except Exception as e:  # noqa: BLE001 - any provider failure falls back
            log.warning("llm failed; extractive answer", extra={"qid": base.id, "error": type(e).__name__})
            return "", []
        kept, order, dropped = check_citations(text, hits)
        log.info(
            "llm answered",
            extra={
                "qid": base.id,
                "ms": round(1000 * (time.perf_counter() - t0)),
                "kept_citations": len(order),
                "dropped_sentences": dropped,
            },
        )
        return kept, order

    def _lead(self, base: Answer, result, ix) -> Answer:
        """A look-up's lead, written by the model from the sources the extractive answer selected (numbered in the
        answer's own order, its quoted sentences first), checked sentence by sentence; the extractive answer follows
        with its citations unchanged. Nothing kept: the extractive answer alone."""
        hits = _cited_hits(base, result, ix)
        if not hits:
            return base
        quoted = _quoted_by_key(base.answer)
        plan = result.plan
        block = passage_block(hits, lead={k: " ".join(v) for k, v in quoted.items()})
        prompt = render(f"answer_{plan.lang}", question=base.question, passages=block, not_found=NOT_FOUND[plan.lang])
        kept, order = self._checked(prompt, base, hits)
        if not kept:
            return base
        # check_citations numbered the kept keys by first use; the lead keeps the extractive answer's numbers
        kept = re.sub(r"\[(\d+)\]", lambda m: f"[{order[int(m.group(1)) - 1]}]", kept)
        lead = " ".join(sentences(kept, CITED_SENTENCE)[:2])
        return dataclasses.replace(base, answer=lead + "\n\n" + base.answer, citations=list(base.citations))

    def answer(
        self,
        question: str,
        qid: str | None = None,
        context: str | None = None,
        show_all: bool = False,
        ix=None,
        plan=None,
    ) -> Answer:
        """`plan`: the built-in reading when the caller has it (Service.respond); the LLM may read it again."""
        ix = ix if ix is not None else self.retriever.index()  # one Index for the reading and the search
        base, result = self.extractive.answer_with_result(
            question, qid, context, show_all, plan=self._read(question, context, show_all, ix, plan) or plan, ix=ix
        )
        q, plan = base.question, result.plan
        if not base.found or not result.hits:
            return base
        if result.mode != "rows":
            return self._lead(base, result, ix)
        hits = result.hits[:40]
        prompt = render(f"answer_{plan.lang}", question=q, passages=passage_block(hits), not_found=NOT_FOUND[plan.lang])
        kept, order = self._checked(prompt, base, hits)
        if not kept:
            return base
        citations = [Citation.from_record(hits[k - 1].record) for k in order]
        answer = kept
        if result.mode == "rows" and result.complete:
            # the model's summary never replaces the complete list
            answer = kept + "\n\n" + base.answer
            citations = citations + [c for c in base.citations if c not in citations]
            answer = _renumber_list(answer, len(order), base, citations)
        return dataclasses.replace(base, answer=answer, citations=citations)  # base.found: checked above


def _cited_hits(base: Answer, result, ix) -> list[Hit] | None:
    """The records behind the extractive answer's citations, in its order (None when one cannot be found)."""
    pool = [h.record for h in result.hits] + list(ix.records)
    out = []
    for c in base.citations:
        r = next((r for r in pool if Citation.from_record(r) == c), None)
        if r is None:
            return None
        out.append(Hit(r, 1.0))
    return out


def _quoted_by_key(text: str) -> dict[int, list[str]]:
    """The sentences the extractive answer quotes, by the key [k] they carry: what it selected from each source."""
    out: dict[int, list[str]] = {}
    for line in text.splitlines():
        keys = [int(k) for k in re.findall(r"\[(\d+)\]", line)]
        for q in re.findall(r"[«“\"]([^»”\"]{12,})[»”\"]", line):
            for k in keys:
                out.setdefault(k, []).append(" ".join(q.split()))
    return out


def validated_plan(reading: QueryReading, builtin, catalog):
    """An LLM's reading as a QueryPlan: values outside the vocabulary or the catalog are dropped, respondents are
    matched to the catalog's names, and the topic keeps only words the question has."""
    names = {r.name for r in catalog.respondents}
    resp = []
    for n in reading.respondents:
        if n in names:
            resp.append(n)
        else:
            resp += [r.name for r in catalog.match_respondents(n) if r.name not in resp]
    q_words = {w.lower() for w in re.findall(r"\w+", builtin.question)}
    topic = " ".join(w for w in re.findall(r"\S+", reading.topic) if re.sub(r"\W", "", w.lower()) in q_words)
    intent = reading.intent
    rows = intent in ("list", "profile", "topic_list", "scan", "count")
    plan = builtin.copy(
        intent=intent,
        lang=reading.lang if reading.lang in ("da", "en") else builtin.lang,
        respondents=list(dict.fromkeys(resp)),
        respondent_types=[t for t in dict.fromkeys(reading.respondent_types) if t in TYPE_CODES],
        handlings=[h for h in dict.fromkeys(reading.handlings) if h in HANDLING_CODES],
        themes=[t for t in dict.fromkeys(reading.themes) if t in catalog.themes],
        letters=[x.lower() for x in dict.fromkeys(reading.letters) if re.fullmatch(r"[a-zæøå]", x.lower())],
        topic=topic if intent in ("topic_list", "scan", "fact", "synthesis") else "",
        rows_question=rows,
        is_list=rows,
        scan=intent == "scan",
        reader="llm",
        unknown_respondent=None,
    )
    if plan.respondents:
        plan.respondent_types = []
    if plan.lang == "en" and plan.topic:
        from retrieval.reading.glossary import danish_terms

        plan.topic_da = danish_terms(plan.topic)
    elif not plan.topic:
        plan.topic_da = ""
    return plan


def _renumber_list(text: str, n_llm: int, base: Answer, citations: list[Citation]) -> str:
    """The extractive list's [k] keys point into its own citations; map them to the merged list."""
    head, _, tail = text.partition("\n\n")

    def sub(m: re.Match) -> str:
        c = base.citations[int(m.group(1)) - 1]
        return f"[{citations.index(c) + 1}]"

    return head + "\n\n" + re.sub(r"\[(\d+)\]", sub, tail)
