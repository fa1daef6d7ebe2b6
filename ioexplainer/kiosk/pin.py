"""Salted PIN hashes for the kiosk's admin exit (pure Python, no Qt)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000
_FORMAT = re.compile(r"^pbkdf2_sha256\$(\d{4,7})\$([0-9a-f]{32})\$([0-9a-f]{64})$")
FORMAT_HELP = "pbkdf2_sha256$ITERATIONS$SALT$HASH; make one with: ioexplainer hash-pin"


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """A storable salted hash of the PIN."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def is_valid_hash(stored: str) -> bool:
    """True if `stored` has the shape hash_pin() writes."""
    return _FORMAT.match(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time check of a PIN against a stored hash; False for a malformed hash."""
    m = _FORMAT.match(stored)
    if m is None:
        return False
    iterations, salt, expected = int(m.group(1)), bytes.fromhex(m.group(2)), m.group(3)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations).hex()
    return hmac.compare_digest(digest, expected)
