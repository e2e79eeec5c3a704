"""Persistence: SQLAlchemy rows, the database handle, transactions and migrations."""
