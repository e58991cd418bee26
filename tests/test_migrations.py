"""The migrations create exactly the schema the models describe."""
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from portal.extensions import db


def test_upgrade_from_empty_matches_models(app_ctx):
    # The session fixture upgraded an empty database with the migrations.
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, db.metadata)
    assert diff == []


def test_every_model_table_exists(app_ctx):
    names = set(inspect(db.engine).get_table_names())
    assert {"procedure", "agency", "field", "level_change", "procedure_channel",
            "dossier_document", "legal_basis", "procedure_step", "user"} <= names
