"""The audit log of tool calls: who called which tool with which arguments, and what came back.

Tools use the one audit writer of every entry point (:mod:`assistant.audit`); the run
context is the actor. Rows are written in their own transaction so that denied and failed
calls are recorded even when the tool's own work was rolled back.
"""

from __future__ import annotations

from assistant.audit import recent_audit, write_audit

__all__ = ["recent_audit", "write_audit"]
