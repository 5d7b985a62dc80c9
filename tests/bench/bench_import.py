"""Import: 200 documents (.txt and .docx, 12 themes and 25 questions each) into SQLite"""
# Made-up documents in the shape of FORMAT.md, unique per number, so that none is skipped as
# already imported; half of them real Word files with list numbering.

import os
import time
from pathlib import Path

from briefings.db import make_engine, make_session_factory
from briefings.importing import import_document, parse_document
from briefings.schema import upgrade
from briefings.users import create_user
from tests.importing.docbuilder import docx_from_text

DOCUMENTS = 200


def make_text(number: int) -> str:
    """A made-up annotation in the shape of FORMAT.md, unique per number."""
    lines = [f"Annotatie voor wethouder Van Buren {number}", "", "Raad 28 februari 2024", "",
             f"Annotatie Nr. {number} Kennisnemen van voortgang {number} (VN2024-{number:06d}).",
             "", "Behandelend ambtenaar: 5.1, 2, e ; Anna de Vries", "", "Kernboodschap", ""]
    for theme in range(1, 13):
        lines += [f"{theme}. Thema {theme}:", ""]
        lines += [f"- Punt {point} over thema {theme}, in het voorjaar volgt een brief."
                  for point in range(1, 6)]
        lines += [" - o Een uitwerking.", ""]
    lines += ["Vragen commissie 18 januari", ""]
    for question in range(1, 26):
        if question % 5 == 1:
            lines += [f"Lid Raadslid{question} (Partij {question})", ""]
        lines += [f"{question}. Wat is de stand van zaken bij punt {question}?", "",
                  "Antwoord:", "", "- We zijn gestart.", "- De raad wordt na de zomer "
                  "geïnformeerd.", "", "Toelichting: Zie de brief.", "",
                  "Alternatief: Dat volgt later. [Aanvullen]", ""]
    return "\n".join(lines)


def run(workdir: Path) -> list[dict]:
    files = []
    for number in range(DOCUMENTS):
        text = make_text(number)
        if number % 2:
            files.append((f"annotatie-{number}.docx", docx_from_text(text)))
        else:
            files.append((f"annotatie-{number}.txt", text.encode()))
    started = time.perf_counter()
    for name, data in files:
        parse_document(name, data)
    parsed = time.perf_counter() - started
    saved = _import_all(workdir, files)
    return [
        _row("inlezen (parse only)", parsed),
        _row("importeren (parse + opslaan, SQLite)", saved),
    ]


def _import_all(workdir: Path, files) -> float:
    url = f"sqlite:///{workdir / 'bench.db'}"
    upgrade(url)
    engine = make_engine(url)
    session = make_session_factory(engine)()
    user = create_user(session, email="import@bench.test", role="beheer",
                       password="bench-wachtwoord")
    session.commit()
    started = time.perf_counter()
    for name, data in files:
        outcome = import_document(session, name, data, by=user)
        assert outcome.status == "imported"
        session.commit()
    elapsed = time.perf_counter() - started
    session.close()
    engine.dispose()
    return elapsed


def _row(what: str, seconds: float) -> dict:
    return {"step": what, "documents": DOCUMENTS, "seconds": f"{seconds:.2f}",
            "documents/s": f"{DOCUMENTS / seconds:.1f}",
            "ms/document": f"{1000 * seconds / DOCUMENTS:.1f}",
            "target": "report only (no target in DESIGN.md)",
            "load (1 min)": f"{os.getloadavg()[0]:.1f}"}
