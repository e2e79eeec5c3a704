"""Alembic environment: runs on the connection trustdesk hands it."""

from alembic import context

from trustdesk.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through `trustdesk migrate`, which supplies the connection")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
