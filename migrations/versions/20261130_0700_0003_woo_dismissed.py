"""Woo lakken page: the proposed redactions a user dismissed, saved with the annotation.

Revision ID: 0003_woo
Revises: 0007_commitments
Create Date: 2026-11-30 07:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_woo'
down_revision = '0007_commitments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('woo_dismissed', sa.JSON(), nullable=False,
                                      server_default='[]'))


def downgrade() -> None:
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.drop_column('woo_dismissed')
