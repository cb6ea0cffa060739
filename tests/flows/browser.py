"""A real headless browser for the report tests: Debian's chromium driven by playwright."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Nothing may reach the network: the report must draw from the file alone.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def have_chromium() -> bool:
    return Path(CHROMIUM).exists()


@contextmanager
def open_page(path: Path, *, width: int = 1100, height: int = 1400) -> Iterator[tuple[object, dict[str, list]]]:
    """The page of `path` loaded in chromium, with what it logged: console errors, page errors and
    requests that left the file."""
    from playwright.sync_api import sync_playwright

    seen: dict[str, list] = {"console_errors": [], "page_errors": [], "remote_requests": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda m: m.type == "error" and seen["console_errors"].append(m.text))
            page.on("pageerror", lambda e: seen["page_errors"].append(str(e)))
            page.on("request", lambda r: not r.url.startswith(("file:", "data:", "blob:"))
                    and seen["remote_requests"].append(r.url))
            page.goto(path.resolve().as_uri())
            yield page, seen
        finally:
            browser.close()
