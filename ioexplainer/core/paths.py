"""Where the bundled resources live, in a wheel and in a source checkout."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # the ioexplainer package


def resources_dir() -> Path:
    """The bundled `resources/` folder: inside the installed package, else the checkout's top level."""
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def content_root() -> Path:
    """The bundled content pack (one sub-folder per language)."""
    return resources_dir() / "content"
