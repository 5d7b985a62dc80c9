import csv
import io
from datetime import date

from sqlalchemy import select

from briefings.commitments.register import commitments_csv
from briefings.models import Commitment


def test_the_csv_names_the_annotation_by_registration_number_and_title(db, make_annotation):
    annotation = make_annotation(title="Voortgang fietsparkeren",
                                 registration_number="VN2026-000042")
    db.add_all([Commitment(text="Wij sturen een raadsbrief.", annotation_id=annotation.id),
                Commitment(text="Zonder annotatie.")])
    db.flush()
    commitments = db.scalars(select(Commitment).order_by(Commitment.id)).all()
    rows = list(csv.reader(io.StringIO(commitments_csv(commitments, today=date(2026, 1, 1))
                                       .lstrip("\ufeff")), delimiter=";"))
    column = rows[0].index("Annotatie")
    assert [row[column] for row in rows[1:]] == ["VN2026-000042 – Voortgang fietsparkeren", ""]
