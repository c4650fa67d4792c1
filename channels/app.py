"""The FastAPI application that the channels plug into.

Until the channels issue lands it serves ``/healthz`` and a status page that says
what is running; the chat endpoints arrive with the channels.
"""

from __future__ import annotations

import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from assistant import status
from assistant.config import get_settings


def create_app() -> FastAPI:
    """Build the web application."""
    app = FastAPI(title="销售助手 CRM assistant", version="0.1.0")

    @app.get("/healthz")
    def healthz() -> dict[str, object]:
        """Liveness and database reachability."""
        return status.health()

    @app.get("/", response_class=HTMLResponse)
    def index() -> str:
        """Show a status page: what is running and how to use it today."""
        settings = get_settings()
        n = status.counts()
        users, customers, orders = n.users, n.customers, n.orders
        db = html.escape(status.database_label())
        return f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title>销售助手</title><style>body{{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;
padding:0 1rem;color:#222}}code{{background:#f3f3f3;padding:.1rem .3rem}}</style></head><body>
<h1>销售助手 · CRM sales assistant</h1>
<p>The server is running. Database <code>{db}</code>: {users} users, {customers} customers,
{orders} orders. Model provider: <code>{html.escape(settings.llm_provider)}</code>.</p>
<p>The web chat, WeCom and Telegram channels arrive with the channels issue. Today, use the CLI:</p>
<pre>crm-assistant db stats --json
crm-assistant ask --as rep01 "哪些客户有流失风险？"</pre>
<p><a href="/healthz">/healthz</a></p></body></html>"""

    return app
