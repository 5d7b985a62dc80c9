"""Initial schema: every model of the domain, including those later features fill in.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 18:48:59.321577
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('askers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('party', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_askers')),
    sa.UniqueConstraint('name', 'party', 'role', name='name_party_role')
    )
    op.create_table('index_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_type', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_index_outbox'))
    )
    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_table('annotations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('portfolio_holder', sa.String(length=200), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('agenda_item', sa.String(length=50), nullable=True),
    sa.Column('registration_number', sa.String(length=50), nullable=True),
    sa.Column('requested_decision', sa.Text(), nullable=True),
    sa.Column('handling_officials', sa.JSON(), nullable=False),
    sa.Column('personal_names', sa.JSON(), nullable=False),
    sa.Column('overview', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('internal_deadline', sa.Date(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_annotations_created_by_id_users')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_annotations_meeting_id_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_annotations'))
    )
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_annotations_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_annotations_portfolio_holder'), ['portfolio_holder'], unique=False)
        batch_op.create_index(batch_op.f('ix_annotations_registration_number'), ['registration_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_annotations_status'), ['status'], unique=False)

    op.create_table('meeting_dates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_dates_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_dates'))
    )
    with op.batch_alter_table('meeting_dates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_dates_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_dates_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('press_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('variant_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('use', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('withdrawn_reason', sa.Text(), nullable=True),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('published_by_id', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_press_lines_owner_id_users')),
    sa.ForeignKeyConstraint(['published_by_id'], ['users.id'], name=op.f('fk_press_lines_published_by_id_users')),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['press_lines.id'], name=op.f('fk_press_lines_superseded_by_id_press_lines'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_press_lines'))
    )
    with op.batch_alter_table('press_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_press_lines_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_press_lines_topic'), ['topic'], unique=False)
        batch_op.create_index(batch_op.f('ix_press_lines_variant_id'), ['variant_id'], unique=False)

    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_type', sa.String(length=30), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('old_text', sa.Text(), nullable=True),
    sa.Column('new_text', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_revisions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions'))
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index('ix_revisions_entity', ['entity_type', 'entity_id', 'id'], unique=False)

    op.create_table('imported_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=500), nullable=False),
    sa.Column('annotation_id', sa.Integer(), nullable=True),
    sa.Column('imported_by_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_imported_documents_annotation_id_annotations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['imported_by_id'], ['users.id'], name=op.f('fk_imported_documents_imported_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_imported_documents')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_imported_documents_content_hash'))
    )
    op.create_table('questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('annotation_id', sa.Integer(), nullable=False),
    sa.Column('block', sa.Text(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=True),
    sa.Column('asker_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_questions_annotation_id_annotations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['asker_id'], ['askers.id'], name=op.f('fk_questions_asker_id_askers')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_questions_owner_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions'))
    )
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questions_annotation_id'), ['annotation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_questions_asker_id'), ['asker_id'], unique=False)

    op.create_table('sections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('annotation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_sections_annotation_id_annotations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sections'))
    )
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sections_annotation_id'), ['annotation_id'], unique=False)

    op.create_table('answer_variants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('chosen', sa.Boolean(), nullable=False),
    sa.Column('chosen_by_id', sa.Integer(), nullable=True),
    sa.Column('chosen_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('choice_reason', sa.Text(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source_variant_id', sa.Integer(), nullable=True),
    sa.Column('source_line_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_answer_variants_author_id_users')),
    sa.ForeignKeyConstraint(['chosen_by_id'], ['users.id'], name=op.f('fk_answer_variants_chosen_by_id_users')),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], name=op.f('fk_answer_variants_question_id_questions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_line_id'], ['press_lines.id'], name=op.f('fk_answer_variants_source_line_id_press_lines'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['source_variant_id'], ['answer_variants.id'], name=op.f('fk_answer_variants_source_variant_id_answer_variants'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_answer_variants_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answer_variants'))
    )
    with op.batch_alter_table('answer_variants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answer_variants_question_id'), ['question_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_answer_variants_status'), ['status'], unique=False)

    # press_lines and answer_variants refer to each other: this key is added once both exist.
    with op.batch_alter_table('press_lines', schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f('fk_press_lines_variant_id_answer_variants'), 'answer_variants',
            ['variant_id'], ['id'], ondelete='SET NULL')

    op.create_table('commitments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('portfolio_holder', sa.String(length=200), nullable=True),
    sa.Column('made_to', sa.String(length=30), nullable=True),
    sa.Column('asker_id', sa.Integer(), nullable=True),
    sa.Column('made_on', sa.Date(), nullable=True),
    sa.Column('annotation_id', sa.Integer(), nullable=True),
    sa.Column('question_id', sa.Integer(), nullable=True),
    sa.Column('variant_id', sa.Integer(), nullable=True),
    sa.Column('due_text', sa.String(length=200), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('due_unknown', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('fulfilment', sa.Text(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_commitments_annotation_id_annotations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['asker_id'], ['askers.id'], name=op.f('fk_commitments_asker_id_askers')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_commitments_created_by_id_users')),
    sa.ForeignKeyConstraint(['question_id'], ['questions.id'], name=op.f('fk_commitments_question_id_questions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['variant_id'], ['answer_variants.id'], name=op.f('fk_commitments_variant_id_answer_variants'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitments'))
    )
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitments_annotation_id'), ['annotation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitments_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitments_portfolio_holder'), ['portfolio_holder'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitments_status'), ['status'], unique=False)

    op.create_table('review_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('variant_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_review_comments_author_id_users')),
    sa.ForeignKeyConstraint(['parent_id'], ['review_comments.id'], name=op.f('fk_review_comments_parent_id_review_comments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['users.id'], name=op.f('fk_review_comments_resolved_by_id_users')),
    sa.ForeignKeyConstraint(['variant_id'], ['answer_variants.id'], name=op.f('fk_review_comments_variant_id_answer_variants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_comments'))
    )
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_comments_variant_id'), ['variant_id'], unique=False)

    op.create_table('commitment_suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_type', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('annotation_id', sa.Integer(), nullable=True),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('sentence_hash', sa.String(length=64), nullable=False),
    sa.Column('due_text', sa.String(length=200), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('commitment_id', sa.Integer(), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['annotation_id'], ['annotations.id'], name=op.f('fk_commitment_suggestions_annotation_id_annotations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['commitment_id'], ['commitments.id'], name=op.f('fk_commitment_suggestions_commitment_id_commitments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_commitment_suggestions_decided_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_suggestions')),
    sa.UniqueConstraint('source_type', 'source_id', 'sentence_hash', name='source_sentence')
    )
    with op.batch_alter_table('commitment_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_suggestions_annotation_id'), ['annotation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_commitment_suggestions_state'), ['state'], unique=False)

    

def downgrade() -> None:
    with op.batch_alter_table('press_lines', schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f('fk_press_lines_variant_id_answer_variants'), type_='foreignkey')
    with op.batch_alter_table('commitment_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_suggestions_state'))
        batch_op.drop_index(batch_op.f('ix_commitment_suggestions_annotation_id'))

    op.drop_table('commitment_suggestions')
    with op.batch_alter_table('review_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_comments_variant_id'))

    op.drop_table('review_comments')
    with op.batch_alter_table('commitments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitments_status'))
        batch_op.drop_index(batch_op.f('ix_commitments_portfolio_holder'))
        batch_op.drop_index(batch_op.f('ix_commitments_due_date'))
        batch_op.drop_index(batch_op.f('ix_commitments_annotation_id'))

    op.drop_table('commitments')
    with op.batch_alter_table('answer_variants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answer_variants_status'))
        batch_op.drop_index(batch_op.f('ix_answer_variants_question_id'))

    op.drop_table('answer_variants')
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sections_annotation_id'))

    op.drop_table('sections')
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questions_asker_id'))
        batch_op.drop_index(batch_op.f('ix_questions_annotation_id'))

    op.drop_table('questions')
    op.drop_table('imported_documents')
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index('ix_revisions_entity')

    op.drop_table('revisions')
    with op.batch_alter_table('press_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_press_lines_variant_id'))
        batch_op.drop_index(batch_op.f('ix_press_lines_topic'))
        batch_op.drop_index(batch_op.f('ix_press_lines_status'))

    op.drop_table('press_lines')
    with op.batch_alter_table('meeting_dates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_dates_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_dates_date'))

    op.drop_table('meeting_dates')
    with op.batch_alter_table('annotations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_annotations_status'))
        batch_op.drop_index(batch_op.f('ix_annotations_registration_number'))
        batch_op.drop_index(batch_op.f('ix_annotations_portfolio_holder'))
        batch_op.drop_index(batch_op.f('ix_annotations_meeting_id'))

    op.drop_table('annotations')
    op.drop_table('users')
    op.drop_table('meetings')
    op.drop_table('index_outbox')
    op.drop_table('askers')
    