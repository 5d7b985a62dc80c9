"""Render time of the read view and the edit view: 100 questions x 3 variants (SQLite file)

Server-side only: Flask test client, a real SQLite file, a logged-in author. Reports the median
and p95 over 20 requests after 3 warm-up requests, and the SQL statements per request (a
constant, low number shows there is no N+1 query). "cache" says whether the rendered-Markdown
cache (app.rendering.markdown) was emptied before every request ("leeg": every text parsed,
as on the first view after a restart) or kept ("gevuld": the usual case, only edited texts are
parsed again).
"""

from pathlib import Path

from sqlalchemy import event

from app import create_app
from app.rendering import markdown
from briefings import authoring
from briefings.db import make_engine, make_session_factory
from briefings.schema import upgrade
from briefings.users import create_user
from tests.bench.timing import summary, time_get

QUESTIONS = 100
VARIANTS = 3
REQUESTS = 20
WARM_UP = 3
TARGET_MS = 200
PASSWORD = "bench-wachtwoord"
LABELS = ("antwoord", "alternatief_antwoord", "alternatieve_aanvulling")
BODY = ("- De gemeente heeft in {n} het externe meldpunt ingericht. Het is **onafhankelijk**.\n"
        "- We rapporteren twee keer per jaar aan de raad.\n"
        "  - eerste rapportage in het voorjaar;\n"
        "  - tweede rapportage na de zomer.\n"
        "- Meer informatie staat in de raadsinformatiebrief van december.")


def run(workdir: Path) -> list[dict]:
    url = f"sqlite:///{workdir / 'bench.db'}"
    upgrade(url)
    annotation_id, email = _build(url)
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                      "SEARCH_INDEX_DIR": str(workdir / "index")})
    client = app.test_client()
    client.post("/inloggen", data={"email": email, "password": PASSWORD})
    statements = []
    event.listen(app.extensions["db_engine"], "before_cursor_execute",
                 lambda *args: statements.append(1))
    rows = []
    pages = (("leesweergave", f"/annotaties/{annotation_id}"),
             ("bewerkweergave", f"/annotaties/{annotation_id}/bewerken"))
    for (page, path), cold in ((page, cold) for page in pages for cold in (True, False)):
        times = time_get(client, path, warm_up=WARM_UP, requests=REQUESTS,
                         before_each=markdown.cache_clear if cold else None)
        statements.clear()
        client.get(path)
        rows.append({
            "page": page, "cache": "leeg" if cold else "gevuld",
            "questions": QUESTIONS, "variants": QUESTIONS * VARIANTS,
            "requests": REQUESTS, **summary(times), "target_ms": TARGET_MS,
            "sql_per_request": len(statements),
        })
    app.extensions["db_engine"].dispose()
    return rows


def _build(url) -> tuple[int, str]:
    """Create an author and an annotation with themes and 100 questions x 3 variants."""
    engine = make_engine(url)
    session = make_session_factory(engine)()
    user = create_user(session, email="bench@gemeente.test", role="auteur", password=PASSWORD)
    annotation = authoring.create_annotation(
        session, by=user, title="Benchmark", portfolio_holder="wethouder Van Buren",
        meeting={"body": "raad", "name": "Raad", "dates": ["2024-02-28"]})
    for n in range(8):
        authoring.add_section(session, annotation, by=user, kind="kernboodschap",
                              heading=f"Thema {n + 1}", body=BODY.format(n=2020 + n))
    for n in range(QUESTIONS):
        asker = {"name": f"Raadslid {n // 10}", "party": f"Partij {n // 10}"}
        question = authoring.add_question(
            session, annotation, by=user, block=f"Blok {n // 50}", asker=asker,
            text=f"Vraag {n + 1}: hoe staat het met het meldpunt en de rapportage?")
        for label in LABELS[:VARIANTS]:
            authoring.add_variant(session, question, by=user, label=label,
                                  body=BODY.format(n=n), explanation="Zie de brief van mei.")
    session.commit()
    result = annotation.id, user.email
    session.close()
    engine.dispose()
    return result
