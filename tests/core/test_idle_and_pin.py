"""The kiosk's idle clock and PIN gate as plain Python, with time passed in (no Qt)."""

from __future__ import annotations

from ioexplainer.core.idle import IdleClock, Phase
from ioexplainer.core.pin import MAX_TRIES, PinGate, hash_pin, is_valid_hash, verify_pin

HASH = hash_pin("2468", salt=b"0123456789abcdef", iterations=100_000)


def test_idle_clock_warns_then_expires() -> None:
    clock = IdleClock(timeout=90, countdown=10, last_input=0)
    assert clock.phase(89.9) is Phase.ACTIVE
    assert clock.phase(90) is Phase.WARNING and clock.seconds_left(90) == 10 and clock.seconds_left(95.5) == 5
    assert clock.phase(100) is Phase.EXPIRED and clock.seconds_left(200) == 0
    clock.last_input = 95
    assert clock.phase(100) is Phase.ACTIVE


def test_the_clock_is_looked_at_each_second_and_on_each_whole_second_of_the_countdown() -> None:
    clock = IdleClock(timeout=90, countdown=10, last_input=0.3)
    assert clock.next_check(10.0) == 1.0  # far from the countdown: once a second
    assert abs(clock.next_check(89.8) - 0.5) < 1e-9  # then exactly when the countdown starts
    # Every later look lands as a whole second of the count ends, so the count goes 10, 9, 8 ... exactly
    now, seen = 90.3, []
    while clock.phase(now) is Phase.WARNING:
        seen.append(clock.seconds_left(now))
        now += clock.next_check(now)
    assert seen == [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]


def test_pin_hashes_verify_only_the_right_pin() -> None:
    assert is_valid_hash(HASH) and verify_pin("2468", HASH) and not verify_pin("2469", HASH)
    assert not verify_pin("2468", HASH.replace("100000", "0000100"))  # tampered: still well formed, wrong


def test_gate_locks_after_wrong_tries_and_opens_when_the_lock_ends() -> None:
    gate = PinGate(HASH, lock_seconds=60)
    for _ in range(MAX_TRIES):
        assert not gate.try_pin("0000", now=10)
    assert gate.seconds_locked(10) == 60
    assert not gate.try_pin("2468", now=69.9)  # locked: even the right PIN waits
    assert gate.seconds_locked(70) == 0 and gate.try_pin("2468", now=70)


def test_gate_is_off_without_a_usable_hash() -> None:
    assert not PinGate("").enabled and not PinGate("pbkdf2_sha256$0000$" + "a" * 32 + "$" + "b" * 64).enabled
