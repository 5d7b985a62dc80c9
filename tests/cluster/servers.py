"""Real app servers for the cluster test and benchmark: gunicorn on loopback ports, HTTP clients.

Each server is started as an operator would (`gunicorn -c gunicorn.conf.py`), with its own
index directory and the shared database, in a process group of its own so it can be killed -9.
"""

import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).parent / "gunicorn"
_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, database_url, index_dir, log_path, *, workers=2, threads=4,
                 secret_key="cluster-test-secret"):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = Path(log_path)
        self.env = {**os.environ, "DATABASE_URL": database_url,
                    "SEARCH_INDEX_DIR": str(index_dir), "SECRET_KEY": secret_key,
                    "BIND": f"127.0.0.1:{self.port}", "WORKERS": str(workers),
                    "THREADS": str(threads), "LOG_LEVEL": "warning",
                    "APP_ENV": "production"}  # as `make serve` starts it
        self.process = None

    def start(self, timeout=90) -> "Server":
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py", "app:create_app()"], cwd=ROOT,
            env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.log_tail()}")
            try:
                if Client(self.base).get("/health")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not healthy after {timeout} s:\n{self.log_tail()}")

    def kill(self) -> None:
        """Kill -9 the master and every worker, as a crash or a pulled plug would."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_tail(self, lines=30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A browser-like HTTP client: cookies, CSRF token, redirects returned, not followed."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect())
        self.csrf = None

    def request(self, path, data=None, headers=None, timeout=60):
        url = path if path.startswith("http") else self.base + path
        request = urllib.request.Request(url, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def get(self, path):
        return self.request(path)

    def post(self, path, fields):
        data = urllib.parse.urlencode({**fields, "csrf_token": self.csrf}).encode()
        return self.request(path, data,
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def post_file(self, path, field, filename, content: bytes):
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
                f"{self.csrf}\r\n--{boundary}\r\nContent-Disposition: form-data; "
                f"name=\"{field}\"; filename=\"{filename}\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n").encode() + content + \
            f"\r\n--{boundary}--\r\n".encode()
        return self.request(path, body,
                            {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def login(self, email, password) -> "Client":
        self.csrf = _CSRF.search(self.get("/inloggen")[2].decode()).group(1)
        status = self.post("/inloggen", {"email": email, "password": password})[0]
        if status != 302:
            raise RuntimeError(f"login as {email} failed: HTTP {status}")
        # The session may be renewed at login: take the token that belongs to it now.
        self.csrf = _CSRF.search(self.get("/importeren/")[2].decode()).group(1)
        return self

    def search_total(self, query) -> int:
        status, _, body = self.get("/api/search?" + urllib.parse.urlencode({"q": query}))
        if status != 200:
            raise RuntimeError(f"search failed: HTTP {status}")
        return json.loads(body)["total"]

    def add_answer(self, question_id, body) -> int:
        return self.post(f"/annotaties/vragen/{question_id}/antwoorden/nieuw",
                         {"label": "antwoord", "body": body, "explanation": ""})[0]


def wait_until(condition, timeout) -> float | None:
    """Poll `condition` until true; return the seconds it took, or None after `timeout`."""
    started = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            return None
        time.sleep(0.05)
