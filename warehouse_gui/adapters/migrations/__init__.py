"""Alembic migrations of the warehouse schema, applied at start-up."""
