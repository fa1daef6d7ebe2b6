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


MAX_TRIES = 5
LOCK_SECONDS = 60.0


class PinGate:
    """Counts wrong PINs: after MAX_TRIES in a row the pad locks for LOCK_SECONDS (time is passed in)."""

    def __init__(self, stored_hash: str, max_tries: int = MAX_TRIES, lock_seconds: float = LOCK_SECONDS) -> None:
        self.stored_hash = stored_hash
        self.max_tries = max_tries
        self.lock_seconds = lock_seconds
        self.wrong = 0
        self.locked_until = 0.0

    @property
    def enabled(self) -> bool:
        """Admin exit works only with a well-formed configured hash."""
        return is_valid_hash(self.stored_hash)

    def seconds_locked(self, now: float) -> float:
        return max(0.0, self.locked_until - now)

    def try_pin(self, pin: str, now: float) -> bool:
        """True when the PIN is right and the pad is not locked; wrong tries count towards the lock."""
        if not self.enabled or self.seconds_locked(now) > 0:
            return False
        if verify_pin(pin, self.stored_hash):
            self.wrong = 0
            return True
        self.wrong += 1
        if self.wrong >= self.max_tries:
            self.locked_until = now + self.lock_seconds
            self.wrong = 0
        return False
