"""Salted PIN hashes for the kiosk's admin exit (pure Python, no Qt)."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 200_000
MIN_ITERATIONS = 100_000  # fewer is too easy to guess offline
MAX_ITERATIONS = 1_000_000  # more freezes the PIN pad for seconds on a kiosk computer
_FORMAT = re.compile(r"^pbkdf2_sha256\$(\d{1,9})\$([0-9a-f]{32})\$([0-9a-f]{64})$")
FORMAT_HELP = "pbkdf2_sha256$ITERATIONS$SALT$HASH; make one with: ioexplainer hash-pin"


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """A storable salted hash of the PIN."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def hash_problem(stored: str) -> str | None:
    """Why `stored` cannot be used (algorithm, iterations, salt and hash lengths), or None if it can."""
    if not stored.startswith(ALGORITHM + "$"):
        return f"it must start with {ALGORITHM}$; use the form {FORMAT_HELP}"
    m = _FORMAT.match(stored)
    if m is None:
        return f"use the form {FORMAT_HELP} (a 32-character salt and a 64-character hash, in hex)"
    if not MIN_ITERATIONS <= int(m.group(1)) <= MAX_ITERATIONS:
        return (f"iterations must be from {MIN_ITERATIONS:,} to {MAX_ITERATIONS:,}, not {int(m.group(1)):,}; "
                "make a new line with: ioexplainer hash-pin")
    return None


def is_valid_hash(stored: str) -> bool:
    """True if `stored` has the shape hash_pin() writes, with a safe number of iterations."""
    return hash_problem(stored) is None


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time check of a PIN against a stored hash; False for a malformed hash."""
    m = _FORMAT.match(stored)
    if m is None or not is_valid_hash(stored):
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
