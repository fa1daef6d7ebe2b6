"""`ioexplainer hash-pin`: ask for a staff PIN and print the config line with its salted hash."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from ioexplainer.core.pin import hash_pin


def read_pin(prompt: str, stdin: TextIO) -> str:
    if stdin.isatty():
        return getpass.getpass(prompt)
    return stdin.readline().strip()


def run_hash_pin(stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    stdin, out = stdin or sys.stdin, out or sys.stdout
    if stdin is None or out is None:  # a Windows GUI entry point has no console at all
        print("ioexplainer: error: hash-pin needs a terminal; run it as ioexplainer-cli hash-pin",
              file=sys.stderr if sys.stderr is not None else sys.__stderr__)
        return 2
    pin = read_pin("New staff PIN (4 to 12 digits): ", stdin)
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        print("ioexplainer: error: the PIN must be 4 to 12 digits (0-9)", file=sys.stderr)
        return 2
    again = read_pin("The same PIN again: ", stdin)
    if again != pin:
        print("ioexplainer: error: the two PINs differ; nothing was made", file=sys.stderr)
        return 2
    print("# Put this line in the kiosk config file (the PIN itself is not stored):", file=out)
    print(f'admin_pin_hash = "{hash_pin(pin)}"', file=out)
    return 0
