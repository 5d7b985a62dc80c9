"""Word export: an annotation with 200 questions x 3 variants to .docx (target <= 1 s)."""

import os
import statistics
import time
from pathlib import Path

from briefings import authoring
from briefings.authoring import get_annotation
from briefings.db import make_engine, make_session_factory
from briefings.export import export, to_bytes
from briefings.schema import upgrade
from briefings.users import create_user

QUESTIONS, VARIANTS, ROUNDS = 200, 3, 5
TARGET_SECONDS = 1.0
LABELS = ("antwoord", "alternatief_antwoord", "alternatieve_aanvulling")
BODY = ("- Het college heeft op {n} december besloten om **door te gaan** met de aanpak.\n"
        "- Zie ook [de raadsbrief](https://www.amsterdam.nl/raadsbrief-{n}).\n"
        "  - Eerste ondersteunend punt bij antwoord {n}.\n"
        "  - Tweede punt met *nadruk* en ~~oude tekst~~.\n"
        "- Afsluitende zin van variant {v} bij vraag {n}.")


def run(workdir: Path) -> list[dict]:
    url = f"sqlite:///{workdir / 'bench.db'}"
    upgrade(url)
    engine = make_engine(url)
    session = make_session_factory(engine)()
    annotation_id = _build(session)
    rows = []
    for mode in ("final", "draft", "woo"):
        session.expire_all()
        annotation = get_annotation(session, annotation_id, full=True)
        timings, size = [], 0
        for _ in range(ROUNDS):
            started = time.perf_counter()
            size = len(to_bytes(export(annotation, mode)))
            timings.append(time.perf_counter() - started)
        rows.append({
            "mode": mode, "questions": QUESTIONS, "variants": QUESTIONS * VARIANTS,
            "min_s": f"{min(timings):.3f}", "median_s": f"{statistics.median(timings):.3f}",
            "max_s": f"{max(timings):.3f}",
            "target_s": f"<= {TARGET_SECONDS}", "size_kb": f"{size / 1024:.0f}",
            # the machine is shared: a load above its core count slows every figure
            "load_1m": f"{os.getloadavg()[0]:.1f}", "cores": os.cpu_count(),
        })
    session.close()
    engine.dispose()
    return rows


def _build(session) -> int:
    """Create the annotation through the authoring services, one variant chosen per question."""
    author = create_user(session, email="bench@gemeente.test", role="beheer", name="Bench Auteur",
                         password="correct horse battery")
    annotation = authoring.create_annotation(
        session, by=author, title="Benchmark", portfolio_holder="wethouder Van Buren",
        meeting={"body": "raad", "name": "Raad", "dates": ["2024-02-28"]},
        handling_officials=["Piet Pietersen"],
    )
    for number in range(10):
        authoring.add_section(session, annotation, by=author, kind="kernboodschap",
                              heading=f"Thema {number}", body=BODY.format(n=number, v=0))
    for n in range(1, QUESTIONS + 1):
        question = authoring.add_question(
            session, annotation, by=author, text=f"Vraag {n}: hoe staat het ervoor?",
            asker={"name": f"Raadslid {n // 10}", "party": "Partij"},
            block=f"Blok {n // 50}", note="Intern: let op de toon." if n % 5 == 0 else None,
        )
        for v, label in enumerate(LABELS):
            variant = authoring.add_variant(
                session, question, by=author, label=label, body=BODY.format(n=n, v=v),
                explanation="Toelichting bij het antwoord." if v == 0 else None,
            )
            variant.chosen, variant.status = v == 0, "akkoord"
    session.commit()
    return annotation.id
