"""Words the program's messages share, on the command line and in the window."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """``1 batch``, ``3 batches``, ``1,204 problems``: the number and its noun, plural
    when the number is not one."""
    plural = noun + ("es" if noun.endswith("ch") else "s")
    return f"{number:,} {noun if number == 1 else plural}"
