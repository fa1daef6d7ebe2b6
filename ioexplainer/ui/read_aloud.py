"""Read aloud: the topic, and each diagram caption as its step begins, in the language's own voice.

Qt's text-to-speech (PySide6-Addons, the optional `speech` extra) does the speaking; it is loaded only when
someone may listen. With no engine, or no voice for the language, the Listen button is hidden, not broken.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)
# One engine per name for the whole process, never deleted: a speech engine can still have signals on
# their way when a window goes, and those must find their sender alive.
_ENGINES: dict[str, QTextToSpeech] = {}


class ReadAloud(QObject):
    """One speaker; `word(start, length)` follows the words being read (for highlighting)."""

    state_changed = Signal(str)  # "idle", "speaking" or "paused"
    word = Signal(int, int)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self._speech: QTextToSpeech | None = None
        self._loaded = False
        self.lang = "en"
        self.state = "idle"
        self.captions = False  # also read each diagram caption as its step begins (while listening)
        self.auto = False  # read each page as it opens (chosen in Settings), not only when Listen is pressed

    def _engine(self) -> QTextToSpeech | None:
        if not self._loaded:
            self._loaded = True
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech
            except ImportError:  # the `speech` extra is not installed
                log.info("No text-to-speech (install ioexplainer[speech] for read aloud)")
                return None
            engines = QTextToSpeech.availableEngines()
            if not engines or (self.engine_name and self.engine_name not in engines):
                log.info("No text-to-speech engine %r (engines here: %s)", self.engine_name, engines)
                return None
            speech = _ENGINES.get(self.engine_name)
            if speech is None:
                speech = QTextToSpeech(self.engine_name) if self.engine_name else QTextToSpeech()
                _ENGINES[self.engine_name] = speech
            speech.stateChanged.connect(self._on_state)
            self._on_state(speech.state())
            speech.sayingWord.connect(self._on_word)
            self._speech = speech
        return self._speech

    def available(self, lang: str | None = None) -> bool:
        """Whether there is a voice for the language (the Listen button shows only then)."""
        speech = self._engine()
        if speech is None:
            return False
        wanted = QLocale(lang or self.lang).language()
        return any(locale.language() == wanted for locale in speech.availableLocales())

    def set_language(self, lang: str) -> None:
        self.stop()
        self.lang = lang
        speech = self._engine()
        if speech is None:
            return
        wanted = QLocale(lang)
        match = next((loc for loc in speech.availableLocales() if loc.language() == wanted.language()), None)
        if match is not None:
            speech.setLocale(match)

    def speak(self, text: str, captions: bool = True) -> None:
        speech = self._engine()
        if speech is None or not text.strip():
            return
        self.captions = captions
        speech.say(text)  # say() drops whatever was being read

    def speak_caption(self, text: str) -> None:
        """While someone is listening, a new diagram step reads its caption after what is being read."""
        speech = self._engine()
        if speech is not None and self.captions and self.state != "idle":
            speech.enqueue(text)

    def pause(self) -> None:
        if self._speech is not None and self.state == "speaking":
            self._speech.pause()

    def resume(self) -> None:
        if self._speech is not None and self.state == "paused":
            self._speech.resume()

    def stop(self) -> None:
        self.captions = False
        if self._speech is not None:
            self._speech.stop()

    def _on_word(self, _word: str, _id: int, start: int, length: int) -> None:
        self.word.emit(start, length)

    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        name = {QTextToSpeech.State.Speaking: "speaking", QTextToSpeech.State.Synthesizing: "speaking",
                QTextToSpeech.State.Paused: "paused"}.get(state, "idle")  # type: ignore[call-overload]
        if name != self.state:
            self.state = name
            self.state_changed.emit(name)

    # visitor state: the next visitor never hears the last one's topic
    def visitor_state(self) -> object:
        return self.state, self.auto

    def reset_visitor(self) -> None:
        self.stop()
        self.auto = False
