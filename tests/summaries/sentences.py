"""Sentence lists for summariser unit tests: texts laid end to end, one character apart, with their speaker side."""

from __future__ import annotations

from assistant.text.conversation import Sentence


def said(*pairs: tuple[str, str], gap: int = 1) -> list[Sentence]:
    """Return one :class:`Sentence` per ``(text, role)``; each starts ``gap`` characters after the last ends."""
    out, pos = [], 0
    for text, role in pairs:
        out.append(Sentence(text=text, start=pos, end=pos + len(text), speaker=role, role=role))  # type: ignore[arg-type]
        pos += len(text) + gap
    return out


def customer_said(*texts: str) -> list[Sentence]:
    """Return the texts as consecutive sentences of the customer."""
    return said(*((text, "customer") for text in texts))


def alone(text: str, role: str = "customer") -> Sentence:
    """Return ``text`` as a sentence said on its own by an unnamed speaker ("x") of ``role``."""
    return Sentence(text=text, start=0, end=len(text), speaker="x", role=role)  # type: ignore[arg-type]


def labelled(*turns: tuple[str, str, str], gap: int = 1) -> list[tuple[Sentence, str]]:
    """Return ``(sentence, label)`` pairs from ``(role, text, label)`` turns laid end to end ``gap`` characters apart."""
    spoken = said(*((text, role) for role, text, _ in turns), gap=gap)
    return [(s, label) for s, (_, _, label) in zip(spoken, turns, strict=True)]


def unlabelled(*lines: tuple[str, str], gap: int = 1) -> list[tuple[Sentence, str]]:
    """Return ``(sentence, "none")`` pairs from ``(role, text)`` lines laid end to end ``gap`` characters apart."""
    return labelled(*((role, text, "none") for role, text in lines), gap=gap)
