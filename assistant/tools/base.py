"""How every agent tool is built: identity from the run context, scope, audit, compact JSON.

A tool body is a plain function ``body(call: Call, args: ArgsModel) -> Result``. The
:func:`crm_tool` decorator turns it into a LangChain ``StructuredTool`` whose only
model-visible arguments are the ``ArgsModel`` fields; the run context arrives through
LangGraph's injected ``ToolRuntime``. The wrapper opens the database session, loads the
caller's scope (one rule for every tool), refuses QA on financial tools, catches errors
into ``{"status": "error"}`` results, writes the audit row and trims the JSON to the
per-result token budget. The result is serialised once, at the ``ToolMessage`` boundary
(:mod:`assistant.tools.messages`): JSON ``content`` for the model, the structure as its
``artifact``. No tool can skip any of these steps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool
from langgraph.errors import GraphBubbleUp
from langgraph.prebuilt import ToolRuntime
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from assistant.config import get_settings
from assistant.db import get_engine, session_scope
from assistant.identity import AssistantContext, Scope, load_scope
from assistant.tools import results as R
from assistant.tools.audit import write_audit
from assistant.tools.messages import content_and_artifact
from assistant.tools.schemas import QA_TOOLS, TOOL_ARGS

log = logging.getLogger(__name__)


class ToolError(ValueError):
    """A request a tool cannot carry out; the message is shown to the user (English, Chinese)."""

    def __init__(self, message: str, message_zh: str | None = None) -> None:
        """Keep both wordings."""
        super().__init__(message)
        self.message_zh = message_zh or message


class ToolDenied(ToolError):
    """The caller's role may not do this; the message names no record."""


@dataclass(frozen=True)
class Call:
    """Everything a tool body needs: the session, the run context and the caller's scope."""

    session: Session
    ctx: AssistantContext
    scope: Scope


def current_engine() -> Engine:
    """Return the engine of the configured ``DATABASE_URL`` (looked up per call: settings change in tests)."""
    return get_engine(get_settings().database_url)


def _context(runtime: ToolRuntime | None) -> AssistantContext | None:
    ctx = getattr(runtime, "context", None)
    return ctx if isinstance(ctx, AssistantContext) else None


def execute(
    name: str, body: Callable[[Call, Any], R.Result], ctx: AssistantContext | None, kwargs: dict[str, Any]
) -> R.Result:
    """Run ``body`` for ``ctx`` with scope, role check and audit; return the (untrimmed) result."""
    args_model = TOOL_ARGS[name]
    result: R.Result
    try:
        if ctx is None:
            result = R.denied(
                "No identity: this tool only runs inside an assistant session.", "没有身份信息，无法执行。"
            )
        else:
            args = args_model.model_validate(kwargs)
            with session_scope(current_engine()) as session:
                scope = load_scope(session, ctx)
                if scope is None:
                    result = R.denied("Your account is not active.", "您的账号不可用。")
                elif not scope.sees_financials and name not in QA_TOOLS:
                    result = R.denied(
                        "QA accounts cannot use customer and financial data.",
                        "质检账号无权查看客户及财务数据。",
                    )
                else:
                    result = body(Call(session, ctx, scope), args)
    except GraphBubbleUp:  # an interrupt (confirmation) or a parent command: audited when it completes
        raise
    except ToolDenied as exc:
        result = R.denied(str(exc), exc.message_zh)
    except ToolError as exc:
        result = R.error(str(exc), exc.message_zh)
    except ValueError as exc:  # pydantic ValidationError included
        result = R.error(f"Invalid arguments: {exc}".splitlines()[0] + _first_detail(exc), "参数无效。")
    except Exception as exc:  # reported to the user as an error, logged with traceback
        log.exception("tool %s failed", name)
        result = R.error(f"{name} failed: {type(exc).__name__}", "执行失败，请稍后再试。")
    write_audit(
        ctx,
        name,
        {k: v for k, v in kwargs.items() if v is not None},
        outcome=result["status"],
        record_ids=R.record_ids(result),
        detail=result.get("message"),
    )
    return result


def _first_detail(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        e = errors()[0]
        return f" ({'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')})"
    return ""


def crm_tool(name: str) -> Callable[[Callable[[Call, Any], R.Result]], BaseTool]:
    """Turn ``body`` into the LangChain tool ``name`` (arguments and description from :data:`TOOL_ARGS`)."""
    args_model = TOOL_ARGS[name]

    def decorate(body: Callable[[Call, Any], R.Result]) -> BaseTool:
        def run(runtime: ToolRuntime, **kwargs: Any) -> tuple[str, R.Result]:
            args = {k: v for k, v in kwargs.items() if v is not None}
            result = execute(name, body, _context(runtime), args)
            return content_and_artifact(R.fit_to_budget(result, get_settings().tool_result_token_budget))

        run.__doc__ = args_model.__doc__
        tool = StructuredTool.from_function(
            func=run,
            name=name,
            description=(args_model.__doc__ or name).strip(),
            args_schema=args_model,
            response_format="content_and_artifact",
        )
        tool.metadata = {"body": body}
        return tool

    return decorate
