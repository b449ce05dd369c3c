"""The migration scripts, oldest first by revision number."""
