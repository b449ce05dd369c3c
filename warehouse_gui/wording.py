"""Words the command line's messages share: English and locale-neutral, as a script
reads them. The window and the e-mails count through ``translation.translate``
(``translate("Context", "%Ln batch(es)", None, n)``), never through ``counted``."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """``1 batch``, ``3 batches``, ``1,204 problems``: the number and its noun, plural
    when the number is not one."""
    plural = noun + ("es" if noun.endswith("ch") else "s")
    return f"{number:,} {noun if number == 1 else plural}"
