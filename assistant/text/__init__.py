"""The text toolkit shared by every layer: language, numerals, dates and periods, conversations.

Modules here import nothing of ours but :mod:`assistant.config`, so the agent, the tools, the
summaries, compliance and the script library can all use them without import cycles.
"""
