"""PINs at rest: a salted scrypt hash on SQLite, a SCRAM verifier on PostgreSQL. The PIN
itself is never stored, logged or sent to the server as text."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    import psycopg

SCHEME = "scrypt"
# scrypt's cost: 16 MiB of memory and some 50 ms for each PIN tried.
COST, BLOCK_SIZE, PARALLELISM = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32


def hash_pin(pin: str) -> str:
    """``pin``'s salted scrypt hash, as a string that names its own scheme and cost:
    ``scrypt$n=16384,r=8,p=1$SALT$HASH`` (salt and hash in base64)."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, COST, BLOCK_SIZE, PARALLELISM)
    return f"{SCHEME}$n={COST},r={BLOCK_SIZE},p={PARALLELISM}${_b64(salt)}${_b64(digest)}"


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the PIN whose hash ``hash_pin`` gave as ``stored`` (compared in
    constant time); a stored value of another form matches nothing."""
    try:
        scheme, cost, salt, digest = stored.split("$")
        settings = dict(part.split("=") for part in cost.split(","))
        n, r, p = int(settings["n"]), int(settings["r"]), int(settings["p"])
        expected = base64.b64decode(digest, validate=True)
        tried = _scrypt(pin, base64.b64decode(salt, validate=True), n, r, p, len(expected))
    except (ValueError, KeyError):
        return False
    return scheme == SCHEME and hmac.compare_digest(tried, expected)


def scram_verifier(session_or_connection: Session | Connection, login: str, pin: str) -> str:
    """The SCRAM-SHA-256 verifier of ``login``'s password ``pin``, computed here by libpq
    (psycopg's ``pgconn.encrypt_password``), so that only the verifier goes to the server."""
    connection = (
        session_or_connection.connection()
        if isinstance(session_or_connection, Session)
        else session_or_connection
    )
    driver = cast("psycopg.Connection[Any]", connection.connection.driver_connection)
    verifier = driver.pgconn.encrypt_password(pin.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int = HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=4 * n * r * 128, dklen=length
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
