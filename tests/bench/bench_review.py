"""Review pages with 100 questions x 3 variants in every review state (SQLite file)

Server-side render time of the read view (with the review buttons and readiness summary on it),
the readiness page, Mijn werk and one comparison page, as a staf user and as a reviewer.
Median and p95 over 20 requests after 3 warm-up requests, and SQL statements per request
(a low constant shows there is no N+1 query).
"""

from pathlib import Path

from sqlalchemy import event

from app import create_app
from briefings import authoring, workflow
from briefings.db import make_engine, make_session_factory
from briefings.schema import upgrade
from briefings.users import create_user
from tests.bench.timing import summary, time_get

QUESTIONS = 100
REQUESTS = 20
WARM_UP = 3
TARGET_MS = 200
PASSWORD = "bench-wachtwoord"
LABELS = ("antwoord", "alternatief_antwoord", "alternatieve_aanvulling")
BODY = ("- In {n} is het meldpunt ingericht. Het is **onafhankelijk**.\n"
        "- We rapporteren twee keer per jaar aan de raad.\n- Zie de brief van december.")


def run(workdir: Path) -> list[dict]:
    url = f"sqlite:///{workdir / 'bench.db'}"
    upgrade(url)
    annotation_id, question_id = _build(url)
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                      "SEARCH_INDEX_DIR": str(workdir / "index")})
    statements = []
    event.listen(app.extensions["db_engine"], "before_cursor_execute",
                 lambda *args: statements.append(1))
    pages = (("leesweergave", f"/annotaties/{annotation_id}"),
             ("gereedheid", f"/annotaties/{annotation_id}/gereedheid"),
             ("vergelijken", f"/vragen/{question_id}/vergelijken"),
             ("mijn werk", "/mijn-werk"))
    rows = []
    for role in ("staf", "reviewer"):
        client = app.test_client()
        client.post("/inloggen", data={"email": f"{role}@gemeente.test", "password": PASSWORD})
        for page, path in pages:
            times = time_get(client, path, warm_up=WARM_UP, requests=REQUESTS)
            statements.clear()
            client.get(path)
            rows.append({
                "page": page, "role": role, "questions": QUESTIONS,
                **summary(times), "target_ms": TARGET_MS, "sql_per_request": len(statements),
            })
    app.extensions["db_engine"].dispose()
    return rows


def _build(url) -> tuple[int, int]:
    """Questions whose variants are concept, ter review, akkoord; every other one chosen."""
    engine = make_engine(url)
    session = make_session_factory(engine)()
    users = {role: create_user(session, email=f"{role}@gemeente.test", role=role,
                               name=role.title(), password=PASSWORD)
             for role in ("auteur", "reviewer", "staf")}
    auteur, reviewer, staf = users["auteur"], users["reviewer"], users["staf"]
    annotation = authoring.create_annotation(
        session, by=auteur, title="Benchmark", portfolio_holder="wethouder Van Buren",
        internal_deadline="2024-02-20",
        meeting={"body": "raad", "name": "Raad", "dates": ["2024-02-28"]})
    for n in range(QUESTIONS):
        question = authoring.add_question(
            session, annotation, by=auteur, asker={"name": f"Lid {n // 10}", "party": "P"},
            text=f"Vraag {n + 1}: hoe staat het met het meldpunt?")
        first, second, _third = (authoring.add_variant(session, question, by=auteur,
                                                       label=label, body=BODY.format(n=n))
                                 for label in LABELS)
        for variant in (first, second):
            workflow.submit_for_review(session, variant, by=auteur)
        workflow.approve(session, first, by=reviewer)
        workflow.add_comment(session, second, by=reviewer, text="Kan dit concreter?")
        if n % 2:
            workflow.choose(session, first, by=staf)
    session.commit()
    result = annotation.id, annotation.questions[0].id
    session.close()
    engine.dispose()
    return result
