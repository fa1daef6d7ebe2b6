"""Where a picture named in a topic may come from: inside the pack only (pure; the viewer reads through it).

A target is refused when it is remote, a `data:` or other scheme, absolute, percent-encoded to escape,
or resolves (symlinks included) outside the pack. Reading the file itself goes through the guarded door
in core.files (regular file, size limit, no blocking).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif")


@dataclass(frozen=True)
class Resolved:
    """A target inside the pack (`path`), or why it is refused (`refused`)."""

    path: Path | None = None
    refused: str = ""


def resolve_target(target: str, topic_folder: Path, pack_root: Path) -> Resolved:
    """Resolve a picture target written in a topic (or handed over by Qt as a URL string)."""
    parts = urlsplit(target.strip())
    if parts.scheme == "file":
        return Resolved(refused="file: addresses are not allowed; name the picture relative to the topic")
    if parts.scheme or parts.netloc or target.strip().startswith("//"):
        return Resolved(refused=f"{parts.scheme or 'remote'}: addresses are not allowed; the app works offline "
                                "and shows only pictures inside the pack")
    raw = unquote(parts.path)
    if not raw:
        return Resolved(refused="the picture has no file name")
    if "\x00" in raw:
        return Resolved(refused="the file name holds a NUL character")
    if raw.startswith(("/", "\\")) or Path(raw).is_absolute() or (len(raw) > 1 and raw[1] == ":"):
        return Resolved(refused="absolute paths are not allowed; name the picture relative to the topic")
    root = pack_root.resolve()
    try:
        path = (topic_folder / raw).resolve()
    except (OSError, RuntimeError):
        return Resolved(refused="the path cannot be resolved (a loop of links?)")
    if not path.is_relative_to(root):
        return Resolved(refused="the path points outside the content pack (.. or a link); keep pictures inside it")
    if path.suffix.lower() not in IMAGE_SUFFIXES:
        return Resolved(refused=f"only pictures ({', '.join(IMAGE_SUFFIXES)}) can be shown")
    return Resolved(path=path)
