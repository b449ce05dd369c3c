"""Undo (Ctrl+Z) of this workstation's own actions, by compensating commands."""
