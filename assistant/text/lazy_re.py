"""Regular expressions compiled on first use, so a command pays only for the rules it reaches.

The rule modules define about a thousand module-level patterns; one ``ask`` uses about a quarter
of them, and compiling all of them at import cost a fifth of the command's start-up (issue 13:
``ask`` < 1.5 s). :func:`compile` returns a :class:`LazyPattern`, which keeps the source and
flags and compiles on the first match, search, substitution or attribute read; after that its
methods are the compiled pattern's own bound methods, so a call costs what it cost before.

A lazy pattern is not an :class:`re.Pattern`: call its methods (``RX.sub(...)``), not the module
functions (``re.sub(RX, ...)``), which refuse it. ``.pattern`` and ``.flags`` never compile, so a
pattern can be built from others' sources for free. Syntax errors surface at first use instead
of at import, so :func:`compile_all` compiles every pattern made so far; a test runs it after
importing every module.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

_MADE: list[LazyPattern] = []
_LOCK = threading.Lock()
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """A regular expression that is compiled the first time it is used (see the module doc)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        """Keep the source; nothing is compiled yet.

        Args:
            pattern: The regular expression's source.
            flags: ``re`` flags, as for :func:`re.compile`.
        """
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern, compiling it once (and binding its methods) on first call."""
        done = self._compiled
        if done is None:
            done = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # instance attributes shadow the class's delegating methods
                setattr(self, name, getattr(done, name))
            self._compiled = done
        return done

    @property
    def flags(self) -> int:
        """The flags as :class:`re.Pattern` reports them (compiles, since ``re`` adds implied flags)."""
        return self.compiled().flags

    @property
    def groups(self) -> int:
        """Number of capturing groups."""
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        """Named groups and their numbers."""
        return self.compiled().groupindex

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        return self.compiled().search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return self.compiled().match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        return self.compiled().fullmatch(string, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As :meth:`re.Pattern.sub`."""
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        """As :meth:`re.Pattern.subn`."""
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        """As :meth:`re.Pattern.split`."""
        return self.compiled().split(string, maxsplit)

    def findall(self, string: str, *args: int) -> list[Any]:
        """As :meth:`re.Pattern.findall`."""
        return self.compiled().findall(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        return self.compiled().finditer(string, *args)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags!r})"


Pattern = re.Pattern[str] | LazyPattern
"""A compiled or a lazy pattern: what rule tables and helpers that take a pattern accept."""


def compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Return a pattern that compiles itself on first use.

    Args:
        pattern: The regular expression's source.
        flags: ``re`` flags (``re.IGNORECASE`` …).
    """
    made = LazyPattern(pattern, flags)
    with _LOCK:
        _MADE.append(made)
    return made


def compile_all() -> int:
    """Compile every lazy pattern made so far (a syntax error raises here); returns how many."""
    with _LOCK:
        made = list(_MADE)
    for pattern in made:
        pattern.compiled()
    return len(made)


def compiled_count() -> tuple[int, int]:
    """Return (patterns compiled so far, patterns made): what a command actually used."""
    with _LOCK:
        made = list(_MADE)
    return sum(p._compiled is not None for p in made), len(made)
