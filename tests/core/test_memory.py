"""A kiosk runs all day: a big block it frees goes back to the system, not into a heap that keeps it."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from ioexplainer.core.memory import give_back_big_blocks

# Allocate, touch and free an 8 MB block three times (a card's still picture of the window is that size),
# then say how many MiB the process kept.
PROBE = """
import sys
def resident():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))
if sys.argv[1] == "on":
    from ioexplainer.core.memory import give_back_big_blocks
    assert give_back_big_blocks()
start = resident()
for _ in range(3):
    block = bytearray(8 << 20)
    block[::4096] = bytes(len(block[::4096]))  # touch every page
    del block
print(resident() - start)
"""

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


def kept_mib(setting: str) -> int:
    done = subprocess.run([sys.executable, "-c", PROBE, setting], capture_output=True, text=True, check=True)
    return int(done.stdout.strip())


@pytest.mark.skipif(not GLIBC, reason="the setting is glibc's (mallopt); elsewhere it does nothing")
def test_a_freed_big_block_goes_back_to_the_system() -> None:
    assert kept_mib("off") >= 7  # glibc's own way: the second block came from the heap, and stays
    assert kept_mib("on") <= 1


def test_it_says_whether_it_took(monkeypatch: pytest.MonkeyPatch) -> None:
    assert give_back_big_blocks() is GLIBC
    monkeypatch.setattr(sys, "platform", "darwin")
    assert give_back_big_blocks() is False
