"""Use cases: the message bus, its handlers and the unit of work (no Qt, no SQL text)."""
