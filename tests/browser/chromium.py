"""A tiny DevTools-protocol client for Debian's headless ``chromium``, over a pipe.

Chromium started with ``--remote-debugging-pipe`` reads protocol commands from file
descriptor 3 and writes answers and events to descriptor 4, each message a JSON text ended by
a NUL byte. That needs no websocket library, no port (so no race for a free one and nothing
listening, even on loopback) and no browser download: just the ``chromium`` package.

    with Browser.start() as browser:
        page = browser.new_page()
        page.goto("http://127.0.0.1:8000/index.html")
        title = page.evaluate("document.title")

Every page opened here records the network requests it makes (:attr:`Page.requests`), the
console errors and uncaught exceptions (:attr:`Page.errors`), and whether ``alert``,
``confirm``, ``prompt`` or ``print`` was called or the sentinel ``window.__kmcore_pwned`` set
(:meth:`Page.script_ran`), from before any of the page's own scripts run.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["FLAGS", "Browser", "BrowserError", "Page", "find_chromium"]

#: Flags for a quiet, offline headless browser: without the background-networking ones it
#: tries to reach Google's services, and the network here is closed.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    "--no-default-browser-check", "--disable-features=Translate,MediaRouter",
    "--remote-debugging-pipe",
)

# Installed before any page script: calls to these, or the sentinel, prove injected code ran.
_TRIPWIRE = """
(() => {
  window.__kmcore_calls = [];
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = function () { window.__kmcore_calls.push(name); };
  }
})();
"""


_LAUNCHER = """
import fcntl, os, sys
read_end, write_end = (fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3])
os.dup2(read_end, 3)
os.dup2(write_end, 4)
os.execv(sys.argv[3], sys.argv[3:])
"""


class BrowserError(RuntimeError):
    pass


def _stderr() -> int | None:
    """Chromium's own log: hidden unless KMCORE_BROWSER_DEBUG is set."""
    return None if os.environ.get("KMCORE_BROWSER_DEBUG") else subprocess.DEVNULL


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium process, driven over the DevTools pipe."""

    def __init__(self, proc: subprocess.Popen[bytes], to_browser: int, from_browser: int,
                 profile: str) -> None:
        self.proc = proc
        self._out = to_browser
        self._in = from_browser
        self._profile = profile
        self._buffer = b""
        self._queue: collections.deque[dict[str, Any]] = collections.deque()
        self._next_id = 0
        self._events: list[dict[str, Any]] = []

    @classmethod
    def start(cls, executable: str | None = None) -> Browser:
        exe = executable or find_chromium()
        if exe is None:
            raise BrowserError("chromium is not installed (apt-get install chromium)")
        profile = tempfile.mkdtemp(prefix="kmcore-chromium-")
        cmd_r, cmd_w = os.pipe()  # we write commands, the browser reads fd 3
        ev_r, ev_w = os.pipe()  # the browser writes fd 4, we read

        # A tiny Python launcher puts our pipe ends at descriptors 3 and 4, then becomes
        # chromium (exec). Not preexec_fn, which is unsafe when the test process has threads;
        # not the shell, whose redirections cannot name descriptors above 9.
        proc = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(cmd_r), str(ev_w),
             exe, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=_stderr(),
            pass_fds=(cmd_r, ev_w),
        )
        os.close(cmd_r)
        os.close(ev_w)
        browser = cls(proc, cmd_w, ev_r, profile)
        try:
            browser.send("Browser.getVersion", timeout=30)
        except BaseException:
            browser.close()
            raise
        return browser

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.send("Browser.close", timeout=5)
        with contextlib.suppress(Exception):
            self.proc.wait(timeout=10)
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for fd in (self._out, self._in):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)

    # --- protocol ---------------------------------------------------------------------------

    def send(self, method: str, params: dict[str, Any] | None = None, *,
             session: str | None = None, timeout: float = 30) -> dict[str, Any]:
        self._next_id += 1
        msg_id = self._next_id
        message: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode("utf-8") + b"\0"
        while data:
            written = os.write(self._out, data)
            data = data[written:]
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline)
            if message.get("id") == msg_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self._events.append(message)

    def _next(self, deadline: float) -> dict[str, Any]:
        """The next message from the browser (answers and events, in order)."""
        while not self._queue:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("timed out waiting for chromium")
            ready, _, _ = select.select([self._in], [], [], left)
            if ready:
                chunk = os.read(self._in, 1 << 20)
                if not chunk:
                    raise BrowserError("chromium closed the DevTools pipe (it crashed?)")
                self._buffer += chunk
                *complete, self._buffer = self._buffer.split(b"\0")
                self._queue.extend(json.loads(raw) for raw in complete)
        return self._queue.popleft()

    def pump(self, seconds: float = 0.0) -> None:
        """Read whatever events arrive within *seconds*."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                self._events.append(self._next(deadline))
            except BrowserError as exc:
                if "timed out" in str(exc):
                    return
                raise

    def events(self, session: str) -> list[dict[str, Any]]:
        return [e for e in self._events if e.get("sessionId") == session]

    def new_page(self, width: int = 1280, height: int = 900) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session, target)
        for domain in ("Page", "Runtime", "Network", "Log"):
            page.send(f"{domain}.enable")
        page.send("Page.addScriptToEvaluateOnNewDocument", {"source": _TRIPWIRE})
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page


class Page:
    """One tab. Read :attr:`requests` and :attr:`errors` after :meth:`goto`."""

    def __init__(self, browser: Browser, session: str, target: str) -> None:
        self.browser = browser
        self.session = session
        self.target = target

    def send(self, method: str, params: dict[str, Any] | None = None, *,
             timeout: float = 30) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def goto(self, url: str, *, timeout: float = 30) -> None:
        self.browser._events = [e for e in self.browser._events
                                if e.get("sessionId") != self.session]
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e.get("method") == "Page.loadEventFired" for e in self._events()):
                break
            self.browser.pump(0.05)
        else:
            raise BrowserError(f"{url} did not finish loading in {timeout} s")
        self.browser.pump(0.1)

    def _events(self) -> list[dict[str, Any]]:
        return self.browser.events(self.session)

    def evaluate(self, expression: str, *, timeout: float = 60) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True, "awaitPromise": True},
                           timeout=timeout)
        if "exceptionDetails" in result:
            raise BrowserError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    @property
    def requests(self) -> list[str]:
        """URLs of every request the page made (documents, scripts, styles, images...)."""
        return [e["params"]["request"]["url"] for e in self._events()
                if e.get("method") == "Network.requestWillBeSent"]

    @property
    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads the page reported."""
        found = []
        for e in self._events():
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append(json.dumps(params.get("args", []))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                found.append(f"{entry.get('text', '')[:400]} ({entry.get('url', '')})")
            elif method == "Network.loadingFailed":
                found.append(f"load failed: {params.get('errorText')}")
        return found

    def script_ran(self) -> list[str]:
        """Proof of injected code: tripwire calls, or the sentinel a hostile string sets."""
        calls = self.evaluate("window.__kmcore_calls || []") or []
        if self.evaluate("window.__kmcore_pwned === true"):
            calls.append("sentinel")
        return list(calls)

    def screenshot(self, path: Path, *, full_page: bool = False) -> None:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            height = int(self.evaluate("document.documentElement.scrollHeight"))
            width = int(self.evaluate("document.documentElement.clientWidth"))
            params["clip"] = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        path.write_bytes(base64.b64decode(data))
