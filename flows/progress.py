"""What a run shows while it works: a progress bar on the terminal and a clock per stage.

The flow reports to whatever hook is installed in its process. `newsfacts run` installs a
rich progress bar; a served or scheduled run installs nothing and the calls are no-ops.
Progress moves one batch at a time because a batch is the unit of work: on a Dask cluster
the articles inside a batch are parsed on another machine and only the batch comes back.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class ProgressHook(Protocol):
    def stage(self, name: str) -> None: ...
    def start(self, total: int) -> None: ...
    def advance(self, n: int) -> None: ...


_hook: ProgressHook | None = None


def stage(name: str) -> None:
    if _hook is not None:
        _hook.stage(name)


def start(total: int) -> None:
    if _hook is not None:
        _hook.start(total)


def advance(n: int) -> None:
    if _hook is not None:
        _hook.advance(n)


@contextmanager
def installed(hook: ProgressHook | None) -> Iterator[None]:
    """Report this process's runs to `hook` for the duration of the block."""
    global _hook
    previous, _hook = _hook, hook
    try:
        yield
    finally:
        _hook = previous


class _ArticleRateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} articles/s", style="progress.data.speed")


class RichProgressHook:
    """A bar of articles done, with articles per second and the time left."""

    def __init__(self, console: Console) -> None:
        self._progress = Progress(
            TextColumn("{task.description:<8}"),
            BarColumn(),
            MofNCompleteColumn(),
            _ArticleRateColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task = self._progress.add_task("discover", total=None)

    def stage(self, name: str) -> None:
        self._progress.update(self._task, description=name)

    def start(self, total: int) -> None:
        self._progress.reset(self._task, total=total, completed=0)

    def advance(self, n: int) -> None:
        self._progress.advance(self._task, n)

    def __enter__(self) -> RichProgressHook:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()


@contextmanager
def terminal_progress(enabled: bool, console: Console | None = None) -> Iterator[None]:
    """Show a progress bar on stderr for runs in this block when `enabled`."""
    if not enabled:
        yield
        return
    with RichProgressHook(console or Console(stderr=True)) as hook, installed(hook):
        yield


@dataclass
class StageClock:
    """Wall-clock seconds per stage of one run, in the order the stages ran."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        stage(name)
        began = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - began


def logfmt(**fields: object) -> str:
    """`key=value` pairs, quoted when needed, so log lines can be grepped and parsed."""
    parts = []
    for key, value in fields.items():
        text = str(value)
        if not text or any(c.isspace() or c in '"=' for c in text):
            text = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        parts.append(f"{key}={text}")
    return " ".join(parts)
