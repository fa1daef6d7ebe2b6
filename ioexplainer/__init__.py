"""ioexplainer: explains immuno-oncology to patients and families."""

__version__ = "0.1.0"
APP_NAME = "ioexplainer"
