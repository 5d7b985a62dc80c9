"""Mail queue (sent after commit, retried) and per-user notification settings (issue 16).

Revision ID: 0005_mail_sso
Revises: 0001
Create Date: 2026-11-30 06:26:50.377773
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_mail_sso'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mail_queue',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('to_address', sa.String(length=254), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('claimed_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_mail_queue_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mail_queue')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_mail_queue_dedupe_key'))
    )
    with op.batch_alter_table('mail_queue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mail_queue_next_attempt_at'), ['next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_queue_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_mail_queue_user_id'), ['user_id'], unique=False)

    op.create_table('notification_settings',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('review_requests', sa.Boolean(), nullable=False),
    sa.Column('rejections', sa.Boolean(), nullable=False),
    sa.Column('choices', sa.Boolean(), nullable=False),
    sa.Column('digest', sa.Boolean(), nullable=False),
    sa.Column('portfolios', sa.JSON(), nullable=False),
    sa.Column('calendar_token_hash', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notification_settings_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_notification_settings')),
    sa.UniqueConstraint('calendar_token_hash', name=op.f('uq_notification_settings_calendar_token_hash'))
    )


def downgrade() -> None:
    op.drop_table('notification_settings')
    with op.batch_alter_table('mail_queue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_queue_user_id'))
        batch_op.drop_index(batch_op.f('ix_mail_queue_status'))
        batch_op.drop_index(batch_op.f('ix_mail_queue_next_attempt_at'))

    op.drop_table('mail_queue')
