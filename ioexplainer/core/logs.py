"""Logging: to stderr on a laptop, and in kiosk mode also to a small rotating file (no personal data)."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "ioexplainer.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3  # at most (1 + 3) x 512 KiB = 2 MiB on disk, ever
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path | None = None) -> Path | None:
    """Log warnings to stderr; with `log_dir`, also everything from INFO up to a rotating file there."""
    root = logging.getLogger()
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
               for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        root.addHandler(stream)
    root.setLevel(logging.INFO if log_dir else logging.WARNING)
    if log_dir is None:
        return None
    from logging.handlers import RotatingFileHandler  # only a kiosk writes a file (and it pulls in socket)

    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_dir / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("Cannot write logs to %s (%s); logging to stderr only", log_dir, exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    return log_dir / LOG_NAME
