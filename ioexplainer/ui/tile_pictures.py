"""Small pictures for the start screen's tiles: the diagram at the moment a topic is about."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap

from ioexplainer.content.model import DiagramText, Scene


def scene_picture(scene: Scene, size: QSize, texts: DiagramText, family: str | None = None) -> QPixmap:
    """The scene's phase as a still, without labels (the tile's words say what it shows)."""
    from ioexplainer.diagram.paint.render import render_image
    from ioexplainer.diagram.story.registry import REGISTRY
    from ioexplainer.diagram.story.story import still_time

    ids = REGISTRY.scenario(scene.scenario).phase_ids
    index = ids.index(scene.phase) if scene.phase in ids else 0
    image = render_image(scene.scenario, still_time(scene.scenario, index), (size.width(), size.height()), texts,
                         labels=False, family=family)
    return QPixmap.fromImage(image)
