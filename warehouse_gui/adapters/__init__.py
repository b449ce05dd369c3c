"""Adapters to the outside world: the database mapping, repositories, email."""
