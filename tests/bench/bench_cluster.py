"""Cluster: 50 users mixing search, edits and exports against two gunicorn servers (PostgreSQL)

Two app servers on loopback ports, each with its own index directory, over one PostgreSQL
database of its own (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local `test` server).
Every user logs in on one server and sends each request to either server at random. Printed:
requests/s, p50/p95/p99 per kind, errors, the largest index lag any /health reported, the
longest a save on one server took to be found on the other, and saves lost (confirmed to the
user but missing from the database or from an index). BENCH_CLUSTER_SECONDS (default 300)
bounds the run; BENCH_CLUSTER_USERS (default 50) sets the number of users.
"""

import json
import os
import random
import subprocess
import sys
import threading
import time
import uuid
from math import ceil
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from briefings import authoring
from briefings.db import make_engine, make_session_factory
from briefings.models import AnswerVariant, User
from briefings.schema import upgrade
from briefings.users import create_user
from tests.cluster.servers import ROOT, Client, Server, wait_until

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "bench-wachtwoord"
ANNOTATIONS, QUESTIONS = 20, 10
#: share of each kind of request in a user's mix
MIX = (("search", 0.6), ("edit", 0.3), ("export", 0.1))
WORDS = ("zwembad", "parkeren", "meldingen", "subsidie", "woningbouw", "fietspad", "jeugdzorg",
         "afval", "begroting", "veiligheid", "bibliotheek", "sportpark", "groen", "wijkcentrum")
SENTENCE = "Het college onderzoekt {a} en {b} in de wijk; de raad hoort voor de zomer meer."
#: seconds a user thinks between two requests
THINK = (0.1, 0.5)


def run(workdir: Path) -> list[dict]:
    seconds = float(os.environ.get("BENCH_CLUSTER_SECONDS", 300))
    users = int(os.environ.get("BENCH_CLUSTER_USERS", 50))
    admin_url = (os.environ.get("BENCH_DATABASE_URL") or os.environ.get("TEST_DATABASE_URL")
                 or DEFAULT_URL)
    if not admin_url.startswith("postgresql"):
        return [{"skipped": "needs PostgreSQL (BENCH_DATABASE_URL)"}]
    url, drop = _create_database(admin_url)
    servers = []
    try:
        emails, annotation_ids, question_ids = _seed(url, users)
        servers = [Server(url, workdir / f"index-{n}", workdir / f"server-{n}.log").start()
                   for n in "ab"]
        load = Load(servers, emails, annotation_ids, question_ids, seconds)
        load.run()
        return load.rows() + [_lost(url, servers, load)]
    finally:
        for server in servers:
            server.stop()
        drop()


class Load:
    def __init__(self, servers, emails, annotation_ids, question_ids, seconds):
        self.servers, self.emails = servers, emails
        self.annotation_ids, self.question_ids = annotation_ids, question_ids
        self.seconds = seconds
        self.times: dict[str, list[float]] = {kind: [] for kind, _ in MIX}
        self.errors: dict[str, int] = {kind: 0 for kind, _ in MIX}
        self.saved: list[str] = []
        self.max_lag = 0.0
        self.max_follow = 0.0
        self.lock = threading.Lock()
        self.deadline = 0.0

    def run(self) -> None:
        self.deadline = time.monotonic() + self.seconds
        self.started = time.monotonic()
        threads = [threading.Thread(target=self._user, args=(n, email), daemon=True)
                   for n, email in enumerate(self.emails)]
        threads += [threading.Thread(target=self._watch_health, daemon=True),
                    threading.Thread(target=self._probe_follow, daemon=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=self.seconds + 120)
        self.elapsed = time.monotonic() - self.started

    def _user(self, n, email) -> None:
        rng = random.Random(n)
        clients = [Client(server.base) for server in self.servers]
        try:
            clients[0].login(email, PASSWORD)
        except (OSError, RuntimeError):
            with self.lock:
                self.errors["search"] += 1  # counted somewhere: a user who cannot log in
            return
        for other in clients[1:]:  # the same session cookie works on every server
            other.opener = clients[0].opener
            other.csrf = clients[0].csrf
        count = 0
        while time.monotonic() < self.deadline:
            kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
            client = rng.choice(clients)
            started = time.perf_counter()
            try:
                ok, body = self._request(kind, client, rng, f"u{n}n{count}")
            except OSError:
                ok, body = False, None
            elapsed = (time.perf_counter() - started) * 1000
            with self.lock:
                self.times[kind].append(elapsed)
                self.errors[kind] += not ok
                if ok and body:
                    self.saved.append(body)
            count += 1
            time.sleep(rng.uniform(*THINK))

    def _request(self, kind, client, rng, token) -> tuple[bool, str | None]:
        if kind == "search":
            status = client.get("/api/search?q=" + rng.choice(WORDS))[0]
            return status == 200, None
        if kind == "export":
            status = client.get(f"/annotaties/{rng.choice(self.annotation_ids)}/export/draft")[0]
            return status == 200, None
        body = f"Bench {token}: " + SENTENCE.format(a=rng.choice(WORDS), b=rng.choice(WORDS))
        status = client.add_answer(rng.choice(self.question_ids), body)
        return status == 302, body

    def _watch_health(self) -> None:
        clients = [Client(server.base) for server in self.servers]
        while time.monotonic() < self.deadline:
            for client in clients:
                try:
                    status, _, body = client.get("/health")
                    lag = json.loads(body)["index"]["lag_seconds"]
                except (OSError, KeyError, ValueError):
                    continue
                with self.lock:
                    self.max_lag = max(self.max_lag, lag)
            time.sleep(0.5)

    def _probe_follow(self) -> None:
        """Save a unique word on one server and time until the other one finds it."""
        user = self.emails[0]
        clients = [Client(server.base).login(user, PASSWORD) for server in self.servers]
        n = 0
        while time.monotonic() < self.deadline - 5:
            writer, reader = clients[n % 2], clients[(n + 1) % 2]
            word = "volgproef" + uuid.uuid4().hex[:8]
            if writer.add_answer(self.question_ids[0], f"Proef {word}.") == 302:
                took = wait_until(lambda r=reader, w=word: r.search_total(w) >= 1, 30)
                with self.lock:
                    self.max_follow = max(self.max_follow, took if took is not None else 30)
            n += 1
            time.sleep(2)

    def rows(self) -> list[dict]:
        rows = []
        for kind, times in self.times.items():
            ordered = sorted(times) or [0.0]
            rows.append({
                "kind": kind, "requests": len(times),
                "req_per_s": round(len(times) / self.elapsed, 1),
                "p50_ms": _pct(ordered, 0.50), "p95_ms": _pct(ordered, 0.95),
                "p99_ms": _pct(ordered, 0.99), "errors": self.errors[kind],
            })
        total = sum(len(t) for t in self.times.values())
        rows.append({"kind": "all", "requests": total,
                     "req_per_s": round(total / self.elapsed, 1),
                     "errors": sum(self.errors.values()),
                     "users": len(self.emails), "seconds": round(self.elapsed),
                     "max_health_lag_s": self.max_lag,
                     "max_found_on_other_s": round(self.max_follow, 2),
                     "load_avg": round(os.getloadavg()[0], 1)})
        return rows


def _pct(ordered, fraction) -> float:
    return round(ordered[ceil(fraction * len(ordered)) - 1], 1)


def _lost(url, servers, load) -> dict:
    """Saves confirmed to a user but missing from the database, or from a server's index."""
    engine = make_engine(url)
    with engine.connect() as connection:
        stored = set(connection.scalars(
            select(AnswerVariant.body).where(AnswerVariant.body.like("Bench %"))))
        variants = connection.scalar(select(func.count(AnswerVariant.id)))
    engine.dispose()
    row = {"kind": "lost saves", "confirmed": len(load.saved),
           "missing_in_database": len(set(load.saved) - stored), "variants": variants}
    for name, server in zip("ab", servers, strict=True):
        check = subprocess.run([sys.executable, "-m", "flask", "--app", "app", "check-index"],
                               cwd=ROOT, env=server.env, capture_output=True, text=True)
        row[f"index_{name}_differences"] = 0 if check.returncode == 0 else \
            len([line for line in check.stdout.splitlines() if ": " in line
                 and not line.startswith(("Zoekindex", "- "))])
    return row


def _create_database(admin_url):
    name = f"awb_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    upgrade(url)

    def drop():
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


def _seed(url, users) -> tuple[list[str], list[int], list[int]]:
    engine = make_engine(url)
    session = make_session_factory(engine)()
    emails = [create_user(session, email=f"auteur{n}@gemeente.test", role="auteur",
                          password=PASSWORD).email for n in range(users)]
    rng = random.Random(0)
    by = session.scalars(select(User)).first()
    annotation_ids, question_ids = [], []
    for a in range(ANNOTATIONS):
        annotation = authoring.create_annotation(
            session, by=by, title=f"Annotatie {a} over {rng.choice(WORDS)}",
            portfolio_holder="wethouder Van Buren",
            meeting={"body": "raad", "name": "Raad", "dates": [f"2024-0{1 + a % 9}-15"]})
        for q in range(QUESTIONS):
            question = authoring.add_question(
                session, annotation, by=by, asker={"name": f"Lid {q}", "party": "P"},
                text=f"Hoe staat het met {rng.choice(WORDS)} en {rng.choice(WORDS)}?")
            for _ in range(2):
                authoring.add_variant(session, question, by=by, body=SENTENCE.format(
                    a=rng.choice(WORDS), b=rng.choice(WORDS)))
            question_ids.append(question.id)
        annotation_ids.append(annotation.id)
    session.commit()
    session.close()
    engine.dispose()
    return emails, annotation_ids, question_ids
