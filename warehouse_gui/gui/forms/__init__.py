"""The forms a clerk types and scans into, and what helps scanning: suggestions, confirmations."""
