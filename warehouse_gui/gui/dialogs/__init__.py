"""Dialogs: About, Preferences, the keyboard shortcuts, the crash report and the import preview."""
