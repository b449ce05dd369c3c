"""Keep database passwords out of everything a person or a log file can see."""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote

MASK = "***"

# The credentials of a database URL, dialect+driver://user:password@host/database, read as
# SQLAlchemy's own parser reads them (sqlalchemy.engine.url). Read here without SQLAlchemy:
# importing it before the window would cost the start-up ~0.2 s.
_CREDENTIALS = re.compile(r"[\w+]+://[^:/]*:(?P<password>[^@]*)@")


def password_of(url: str) -> str | None:
    """The password in a database URL, if it has one (decoded, as the driver gets it)."""
    found = _CREDENTIALS.match(url)
    return unquote(found["password"]) if found else None


def masked_url(url: str) -> str:
    """``url`` with its password, if any, shown as ``***``."""
    found = _CREDENTIALS.match(url)
    if not found or not found["password"]:
        return url
    return url[: found.start("password")] + MASK + url[found.end("password") :]


def redact(text: str, secrets: list[str]) -> str:
    """``text`` with every secret replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks the secrets in every record's message and traceback."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the record's text once, masked, so handlers cannot reveal a secret."""
        if not self.secrets:
            return True
        record.msg = redact(record.getMessage(), self.secrets)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info), self.secrets)
            record.exc_info = None
        return True


def protect_logs(db_url: str) -> None:
    """Mask the database password in everything the root logger's handlers write."""
    secret = password_of(db_url)
    if not secret:
        return
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter([secret]))
