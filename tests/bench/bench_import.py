"""Import: bulk documents/s and questions/s, a 1,000-question preview, 5 and 20 MB texts, facts"""
# Made-up documents in the shape of FORMAT.md, unique per number, so that none is skipped as
# already imported; half of them real Word files with list numbering. The last row is the
# facts-per-document scores over the labelled corpus of tests/importing/corpus (all of it, and
# the documents of other governments apart).

import os
import time
from pathlib import Path

from briefings.db import make_engine, make_session_factory
from briefings.errors import ValidationError
from briefings.importing import import_document, parse_document
from briefings.schema import upgrade
from briefings.users import create_user
from tests.importing.docbuilder import docx_from_text

DOCUMENTS = 200
QUESTIONS_PER_DOCUMENT = 25


def make_text(number: int, questions=QUESTIONS_PER_DOCUMENT) -> str:
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
    for question in range(1, questions + 1):
        if question % 5 == 1:
            lines += [f"Lid Raadslid{question} (Partij {question})", ""]
        lines += [f"{question}. Wat is de stand van zaken bij punt {question}?", "",
                  "Antwoord:", "", "- We zijn gestart.", "- De raad wordt na de zomer "
                  "geïnformeerd.", "", "Toelichting: Zie de brief.", "",
                  "Alternatief: Dat volgt later. [Aanvullen]", ""]
    return "\n".join(lines)


def wrapped_prose(size: int) -> bytes:
    """Text exported from a PDF: every sentence broken over lines that start in lower case."""
    line = "de gemeente heeft in het afgelopen jaar veel meldingen ontvangen over de wachttijd"
    lines = ["Annotatie voor wethouder Van Buren", "", "Kernboodschap", "",
             "- Een lange toelichting die over heel veel regels doorloopt omdat"]
    text = "\n".join(lines)
    repeat = size // (len(line) + 1)
    return (text + "\n" + "\n".join([line] * repeat) + ".\n").encode()


def run(workdir: Path) -> list[dict]:
    rows = _bulk(workdir)
    rows.append(_bulk_corpus(workdir))
    rows += [_preview(workdir, 500), _preview(workdir, 1000)]
    rows += [_big_text(5), _big_text(20)]
    rows += _facts()
    return rows


def _bulk(workdir: Path) -> list[dict]:
    files = []
    for number in range(DOCUMENTS):
        text = make_text(number)
        if number % 2:
            files.append((f"annotatie-{number}.docx", docx_from_text(text)))
        else:
            files.append((f"annotatie-{number}.txt", text.encode()))
    started, cpu = time.perf_counter(), time.process_time()
    for name, data in files:
        parse_document(name, data)
    parsed, parsed_cpu = time.perf_counter() - started, time.process_time() - cpu
    session, user, engine = _database(workdir / "bulk.db")
    started, cpu = time.perf_counter(), time.process_time()
    for name, data in files:
        outcome = import_document(session, name, data, by=user)
        assert outcome.status == "imported"
        session.commit()
    saved, saved_cpu = time.perf_counter() - started, time.process_time() - cpu
    session.close()
    engine.dispose()
    return [_row("inlezen (alleen parse)", DOCUMENTS, parsed, "-", cpu=parsed_cpu),
            _row("bulkimport (parse + opslaan, SQLite)", DOCUMENTS, saved, ">= 20 documenten/s",
                 cpu=saved_cpu)]


def _bulk_corpus(workdir: Path, copies: int = 6) -> dict:
    """The labelled corpus as an archive: real layouts, few commitment-like sentences.
    Copies differ only in trailing blank lines, so none is skipped as imported before."""
    folder = Path(__file__).resolve().parents[1] / "importing" / "corpus" / "documents"
    texts = [path.read_bytes() for path in sorted(folder.glob("*.txt"))]
    files = [(f"archief-{n}-{i}.txt", text + b"\n" * (n + 1))
             for n in range(copies) for i, text in enumerate(texts)]
    session, user, engine = _database(workdir / "corpus.db")
    started, cpu = time.perf_counter(), time.process_time()
    questions = 0
    for name, data in files:
        outcome = import_document(session, name, data, by=user)
        questions += len(outcome.document["questions"])
        session.commit()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    session.close()
    engine.dispose()
    return _row("bulkimport van het corpus (parse + opslaan, SQLite)", len(files), elapsed,
                ">= 20 documenten/s", questions=questions, cpu=cpu)


def _preview(workdir: Path, questions: int) -> dict:
    """What an upload does before the preview shows: parse, and the save in a savepoint."""
    data = make_text(90_000 + questions, questions).encode()
    session, user, engine = _database(workdir / f"preview-{questions}.db")
    started, cpu = time.perf_counter(), time.process_time()
    outcome = import_document(session, "groot.txt", data, by=user, dry_run=True)
    parse_document("groot.txt", data)  # the preview page parses again
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    found = len(outcome.document["questions"])
    session.close()
    engine.dispose()
    target = "<= 3 s" if questions == 1000 else "-"
    return _row(f"voorbeeld van {questions} vragen (upload + voorbeeld, {found} gevonden)", 1,
                elapsed, target, questions=questions, cpu=cpu)


def _big_text(megabytes: int) -> dict:
    data = wrapped_prose(megabytes * 1024 * 1024 - 1024)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        parse_document("groot.txt", data)
        outcome = "ingelezen"
    except ValidationError:
        outcome = "geweigerd"
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return _row(f"tekst van {megabytes} MB ({outcome})", 1, elapsed,
                "<= 10 s" if megabytes == 20 else "-", cpu=cpu)


def _facts() -> list[dict]:
    """The whole corpus, and apart the documents from other governments' publications that
    the importer was generalised on (unseen), those written after that (held out) and the
    third round (fresh; 146/388 facts on its first run) and the fourth (326/388 on its first
    run)."""
    from tests.importing.corpus.facts import corpus_score
    from tests.importing.corpus.labels import FRESH, HELD_OUT, ROUND4, UNSEEN

    rows = []
    for what, names in (("", None), (" (ongeziene layouts)", list(UNSEEN)),
                        (" (achtergehouden layouts)", list(HELD_OUT)),
                        (" (derde ronde, vers)", list(FRESH)),
                        (" (vierde ronde)", list(ROUND4))):
        score = corpus_score(names)
        rows.append({"step": f"feiten per document{what}: {score.found}/{score.total} over "
                             f"{score.documents} documenten", "seconds": "",
                     "documents/s": "", "questions/s": "",
                     "target": f"{100 * score.ratio:.1f}% (>= 95%)"})
    return rows


def _database(path: Path):
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    session = make_session_factory(engine)()
    user = create_user(session, email="import@bench.test", role="beheer",
                       password="bench-wachtwoord")
    session.commit()
    return session, user, engine


def _row(what: str, documents: int, seconds: float, target: str, *, cpu: float,
         questions: int | None = None) -> dict:
    """One row; `cpu` is this process's CPU time, which a loaded machine does not inflate."""
    questions = documents * QUESTIONS_PER_DOCUMENT if questions is None else questions
    return {"step": what, "documents": documents, "seconds": f"{seconds:.2f}",
            "cpu s": f"{cpu:.2f}",
            "documents/s": f"{documents / seconds:.1f}",
            "questions/s": f"{questions / seconds:.0f}", "target": target,
            "load (1 min)": f"{os.getloadavg()[0]:.1f}"}
