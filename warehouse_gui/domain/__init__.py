"""The pure domain: commands, events and the Product aggregate (no Qt, no SQL)."""
