"""``mkdocs serve`` of the project in a child process, driven as the editor drives it: wait for
its log lines, edit, stop it with Ctrl+C. Shared by the serve test and the serve benchmark."""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT = "Documentation built in"
# What the server logs once each rebuild is written, whatever its duration. Wait for this, not for
# BUILT, after an edit: MkDocs drops a log message it has already shown (a ``DuplicateFilter`` on
# its build logger), so a rebuild as long as an earlier one, to the hundredth of a second, logs no
# « Documentation built in 0.92 seconds » and a waiter for it would hang.
REBUILT = "Reloading browsers"


class ServeProcess:
    """A running server: its address, and its log lines (MkDocs logs on stderr) as they come."""

    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process = process
        self.url = url
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [self._lines.put(line) for line in process.stderr], daemon=True).start()

    def until(self, marker: str, timeout: float) -> list[str]:
        """The log lines up to the first one holding ``marker``."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._lines.get(timeout=1)
            except queue.Empty:
                continue
            seen.append(line)
            if marker in line:
                return seen
        raise TimeoutError(f"« {marker} » never came; the server said:\n{''.join(seen)}")


@contextlib.contextmanager
def mkdocs_serve(
    flags: list[str], env: dict[str, str], stop_timeout: float, project: Path = ROOT
) -> Iterator[ServeProcess]:
    """Start ``mkdocs serve`` of ``project`` on a free port of 127.0.0.1; stop it as Ctrl+C does,
    which lets it remove its temporary folders (after the rebuild under way, if any)."""
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        *flags,
        "--dev-addr",
        f"127.0.0.1:{port}",
        "--config-file",
        str(project / "mkdocs.yml"),
    ]
    process = subprocess.Popen(
        command, cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=_interruptible,
    )
    try:
        yield ServeProcess(process, f"http://127.0.0.1:{port}/")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=stop_timeout)


def _interruptible() -> None:
    """Started from the background of a shell, a process ignores interrupts, and Python then does
    not turn Ctrl+C into KeyboardInterrupt: the server must get it in every case."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
