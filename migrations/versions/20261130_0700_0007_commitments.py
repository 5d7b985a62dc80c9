"""Commitments: kind (toezegging/motie), register number, title and stand van zaken for imported
registers (an uploaded register waits for its preview in pending_uploads, like every upload).

Revision ID: 0007_commitments
Revises: 0008_changelog
Create Date: 2026-11-30 07:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_commitments'
down_revision = '0008_changelog'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), server_default='toezegging', nullable=False))
        batch_op.add_column(sa.Column('number', sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column('title', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('progress', sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_commitments_number'), ['number'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitments_number'))
        batch_op.drop_column('progress')
        batch_op.drop_column('title')
        batch_op.drop_column('number')
        batch_op.drop_column('kind')
