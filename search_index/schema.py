"""The index schema and where an index lives on disk.

`SEARCH_INDEX_DIR/current` is a symlink to one generation directory. A rebuild writes a new
generation and swaps the link with one atomic rename, so searches keep working meanwhile.
"""

import os
import shutil
import time
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import BOOLEAN, ID, NUMERIC, STORED, TEXT, Schema

from search_index import posting_pool, whoosh_patches
from search_index.analysis import dutch_analyzer, name_analyzer

whoosh_patches.apply()
posting_pool.apply()

#: what a document is: a question, the body or the explanation of an answer variant,
#: a bullet of the kernboodschap (or another section), a commitment
KINDS = {
    "question": "Vraag",
    "variant": "Antwoord",
    "explanation": "Toelichting",
    "kernboodschap": "Kernboodschap",
    "section": "Ander onderdeel",
    "commitment": "Toezegging",
    "line": "Perslijn",
}

CURRENT = "current"


def make_schema(**analysis) -> Schema:
    """The fields; those counted per value on the search page are sortable (a column per
    segment), so counting reads a column instead of walking every posting of the field.

    `analysis`: options of analysis.dutch_analyzer (the benchmarks compare them)."""
    return Schema(
        doc_id=ID(unique=True, stored=True),
        #: "variant:12": every document an entity produced, for replacing them together
        entity=ID(stored=True),
        kind=ID(stored=True, sortable=True),
        text=TEXT(analyzer=dutch_analyzer(**analysis), stored=True, phrase=True),
        #: a question's text again, in a field of its own: "eerder gezegd" compares questions
        #: over these short posting lists instead of every answer's
        question=TEXT(analyzer=dutch_analyzer(**analysis), phrase=False),
        #: the words of a question's asker and party (search_index.names): "Vries" finds the
        #: questions of "A. de Vries", "GroenLinks" those of its members
        who=TEXT(analyzer=name_analyzer(), phrase=False),
        #: one spelling per asker (names.asker_key): the filter's counts are not split by how
        #: a name was written
        asker=ID(stored=True, sortable=True),
        party=ID(stored=True, sortable=True),
        portfolio_holder=ID(stored=True, sortable=True),
        #: ISO date of the meeting (a commitment: the day it was made), as shown
        meeting_date=STORED(),
        #: the same date as the number yyyymmdd: a numeric range needs few terms, where a
        #: range over text terms would walk every single date in it
        meeting_day=NUMERIC(int, bits=32, shift_step=4),
        status=ID(stored=True, sortable=True),
        chosen=BOOLEAN(stored=True),
        #: answers approved or chosen, and every document that is not an answer (the status
        #: filter); one posting list, where an OR of statuses and kinds would walk several
        public=BOOLEAN(),
        #: briefings.visibility's answer for the press office: the role's searches and their
        #: counts are restricted to these documents inside the query
        visible_to_pers=BOOLEAN(),
        annotation_id=ID(stored=True),
        question_id=ID(stored=True),
        #: precomputed consistency warnings of a draft variant (JSON)
        warnings=STORED(),
    )


def current_dir(root) -> Path:
    return Path(root) / CURRENT


def open_current(root):
    """Open the current generation; raise if it is missing, damaged or of another schema
    (another analyzer too: its words would not match the queries' any more)."""
    path = current_dir(root)
    ix = whoosh_index.open_dir(str(path))
    expected = make_schema()
    if (sorted(ix.schema.names()) != sorted(expected.names())
            or ix.schema["text"].analyzer != expected["text"].analyzer):
        ix.close()
        raise whoosh_index.IndexError("schema differs")
    ix.doc_count_all()
    return ix


def new_generation(root) -> Path:
    """Create an empty index in a new generation directory (not yet current)."""
    Path(root).mkdir(parents=True, exist_ok=True)
    path = Path(root) / f"gen-{time.time_ns()}-{os.getpid()}"
    path.mkdir()
    whoosh_index.create_in(str(path), make_schema())
    return path


def swap_in(root, generation: Path) -> None:
    """Make `generation` current with an atomic rename; keep one previous generation."""
    root = Path(root)
    link = root / f"{CURRENT}.{os.getpid()}.tmp"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(generation.name)
    previous = os.readlink(root / CURRENT) if (root / CURRENT).is_symlink() else None
    if (root / CURRENT).exists() and not (root / CURRENT).is_symlink():
        shutil.rmtree(root / CURRENT)
    os.replace(link, root / CURRENT)
    _prune(root, keep={generation.name, previous})


#: a generation untouched this long is not being built by another process any more
STALE_SECONDS = 600


def _prune(root: Path, keep: set) -> None:
    """Remove generations older than the previous one (a reader may still use that one)."""
    for path in root.glob("gen-*"):
        stale = time.time() - path.stat().st_mtime > STALE_SECONDS
        if path.name not in keep and path.is_dir() and stale:
            shutil.rmtree(path, ignore_errors=True)


def generation_name(root) -> str | None:
    path = current_dir(root)
    return os.readlink(path) if path.is_symlink() else None
