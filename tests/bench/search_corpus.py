"""A realistic Dutch corpus for the search benchmark.

Sentence shapes and domain terms come from the published samples (../shared/samples); the
words substituted into them follow a real Dutch frequency list (the `wordfreq` package, when
installed; otherwise the word counts of the samples themselves). Askers, parties and dates are
made up.
"""

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIRS = (ROOT.parent / "shared" / "samples", ROOT / "../shared/samples",
               Path("/work/shared/samples"))
PARTIES = ["GroenLinks", "PvdA", "VVD", "D66", "Denk", "SP", "PvdD", "CDA", "JA21", "BIJ1",
           "Volt", "FvD", "Lijst Jansen"]
SURNAMES = ["Mangal", "van Pijpen", "Jansen", "de Vries", "Bakker", "Yilmaz", "El Amrani",
            "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
            "Hendriks", "van Dijk", "Kok", "Koç", "Boukhari", "Wijers", "Claassen", "Verhoeven"]
HOLDERS = ["wethouder Van Buren", "wethouder Groot Wassink", "burgemeester",
           "wethouder Moorman", "wethouder Kukenheim", "wethouder Van Dantzig"]
STATUSES = ["akkoord"] * 5 + ["concept"] * 3 + ["ter_review", "afgewezen"]


def sample_text() -> str:
    for folder in SAMPLE_DIRS:
        if folder.is_dir():
            return "\n".join(p.read_text() for p in sorted(folder.glob("*.txt")))
    raise FileNotFoundError("shared/samples not found next to the repository")


def sentences(text: str) -> tuple[list[str], list[str]]:
    """Return (answer sentences, question sentences) from the samples."""
    text = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", text)
    lines = [re.sub(r"^\s*(?:[-*]\s*(?:o\s+)?|\d+\.\s+)", "", line).strip()
             for line in text.splitlines()]
    parts = [s.strip() for line in lines for s in re.split(r"(?<=[.!?])\s+", line)]
    answers = [s for s in parts if len(s.split()) >= 5 and not s.endswith("?")]
    questions = [s for s in parts if len(s.split()) >= 4 and s.endswith("?")]
    return answers, questions


def word_weights(text: str) -> tuple[list[str], list[float], str]:
    """Return Dutch words with frequencies and where they come from."""
    try:
        from wordfreq import top_n_list, word_frequency

        words = [w for w in top_n_list("nl", 40000) if w.isalpha() and len(w) > 2]
        return words, [word_frequency(w, "nl") for w in words], "wordfreq (nl)"
    except ImportError:
        counts: dict[str, int] = {}
        for word in re.findall(r"[a-zà-ÿ]{3,}", text.lower()):
            counts[word] = counts.get(word, 0) + 1
        return list(counts), list(counts.values()), "sample word counts (wordfreq missing)"


#: answers per annotation; every annotation has a topic of its own
PER_ANNOTATION = 30
TOPIC_WORDS = 15


class Corpus:
    """Generates answer variants (about 80 words each) and questions, reproducibly.

    The samples are about one subject; an archive covers many. So every annotation gets a
    topic: a few less common words (ranks 3,000-40,000 of the frequency list) that replace
    content words of the sample sentences, next to words drawn by overall frequency.
    """

    def __init__(self, seed: int = 7):
        text = sample_text()
        self.random = random.Random(seed)
        self.answers, self.questions = sentences(text)
        self.words, weights, self.source = word_weights(text)
        self._cumulative = list(_accumulate(weights))
        self._band = self.words[3000:] or self.words
        self.askers = [(f"{s}", self.random.choice(PARTIES)) for s in SURNAMES]
        self.topics: dict[int, list[str]] = {}
        self.days: dict[int, str] = {}

    def word(self) -> str:
        return self.random.choices(self.words, cum_weights=self._cumulative)[0]

    def meeting_day(self, annotation: int) -> str:
        """Return the one meeting date of an annotation (2019-2025)."""
        if annotation not in self.days:
            year, month, day = (self.random.randint(2019, 2025), self.random.randint(1, 12),
                                self.random.randint(1, 28))
            self.days[annotation] = f"{year}-{month:02d}-{day:02d}"
        return self.days[annotation]

    def topic(self, annotation: int) -> list[str]:
        if annotation not in self.topics:
            self.topics[annotation] = self.random.sample(self._band, TOPIC_WORDS)
        return self.topics[annotation]

    def _mutate(self, sentence: str, topic: list[str], rate: float = 0.45) -> str:
        out = []
        for token in sentence.split():
            if len(token) > 3 and token.isalpha() and self.random.random() < rate:
                out.append(self.random.choice(topic) if self.random.random() < 0.5
                           else self.word())
            else:
                out.append(token)
        if self.random.random() < 0.2:
            out.append(f"Het gaat om {self.random.randint(2, 400)} meldingen.")
        return " ".join(out)

    def answer(self, topic) -> str:
        body: list[str] = []
        while sum(len(s.split()) for s in body) < 80:
            body.append(self._mutate(self.random.choice(self.answers), topic))
        return " ".join(body)

    def question(self, topic) -> str:
        return self._mutate(self.random.choice(self.questions), topic)

    def documents(self, count: int, per_question: int = 3):
        """Yield index documents: `count` answer variants plus one question per few variants."""
        for n in range(count):
            qid = n // per_question
            asker, party = self.askers[qid % len(self.askers)]
            day = self.meeting_day(n // PER_ANNOTATION)
            topic = self.topic(n // PER_ANNOTATION)
            common = {"annotation_id": str(n // PER_ANNOTATION), "question_id": str(qid),
                      "asker": asker,
                      "party": party, "portfolio_holder": HOLDERS[qid % len(HOLDERS)],
                      "meeting_date": day, "meeting_day": int(day.replace("-", ""))}
            if n % per_question == 0:
                text = self.question(topic)
                yield {"doc_id": f"question:{qid}", "entity": f"question:{qid}",
                       "kind": "question", "text": text, "question": text, "public": True,
                       "visible_to_pers": True, **common}
            status = self.random.choice(STATUSES)
            yield {"doc_id": f"variant:{n}", "entity": f"variant:{n}", "kind": "variant",
                   "text": self.answer(topic), "status": status,
                   "chosen": status == "akkoord" and n % per_question == 0,
                   "public": status == "akkoord", "visible_to_pers": status == "akkoord",
                   **common}


def _accumulate(values):
    total = 0.0
    for value in values:
        total += value
        yield total
