"""Prompt templates: Markdown files in ``prompts/`` with named ``{placeholders}``.

Templates are data, validated on render: a missing or an unexpected variable is an
error, not a silently wrong prompt. Literal braces are written ``{{`` and ``}}``.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


class PromptError(ValueError):
    """A template is missing, or the variables given do not match its placeholders."""


@lru_cache(maxsize=64)
def load_template(name: str) -> str:
    """Return the text of ``prompts/NAME.md``.

    Raises:
        PromptError: when no such template exists.
    """
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise PromptError(f"no prompt template named {name!r} (looked for {path})")
    return path.read_text(encoding="utf-8")


def placeholders(template: str) -> set[str]:
    """Return the placeholder names used in ``template``."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None:
            if not field.isidentifier():
                raise PromptError(f"placeholder {{{field}}} is not a plain name")
            names.add(field)
    return names


def render(name: str, /, **variables: object) -> str:
    """Render template ``name`` with exactly its placeholders.

    Raises:
        PromptError: when a placeholder is not given or an unknown variable is passed.
    """
    template = load_template(name)
    expected = placeholders(template)
    missing = expected - variables.keys()
    extra = variables.keys() - expected
    if missing or extra:
        raise PromptError(
            f"prompt {name!r}: missing {sorted(missing) or 'none'}, unexpected {sorted(extra) or 'none'}"
        )
    return template.format(**variables)
