"""The commands' Rich consoles, built on first use: importing Rich costs more than ``--help`` itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """A :class:`rich.console.Console` created when first used; attributes are the console's."""

    def __init__(self, *, stderr: bool = False) -> None:
        """Remember where the console writes (stdout, or stderr)."""
        self._stderr = stderr
        self._console: Console | None = None

    def get(self) -> Console:
        """Return the console (imports Rich the first time)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=self._stderr)
        return self._console

    def __getattr__(self, name: str) -> Any:
        """Delegate ``print``, ``status``, ``input``… to the console."""
        return getattr(self.get(), name)


console = LazyConsole()
err = LazyConsole(stderr=True)
