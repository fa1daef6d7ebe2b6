"""The "When to get help" box, composed from the pack's words and the clinic's own numbers (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from ioexplainer.content.model import HelpText


@dataclass(frozen=True)
class HelpBox:
    """Everything the box says, in reading order; empty strings are left out on screen and on paper. What to
    do in an emergency comes first, under the title: on a small screen at the largest text the end of the
    box is below the fold, and that line must never be."""

    title: str
    intro: str
    signs: tuple[str, ...]
    phone: str  # the clinic's number with its label, or the "use the number your team gave you" line
    hours: str
    tell_them: str
    note: str  # the clinic's own extra line
    emergency: str
    kiosk_note: str

    def lines(self) -> list[str]:
        """The box as plain lines (for a card, speech or a test)."""
        signs = (f"• {s}" for s in self.signs)
        return [line for line in (self.title, *self.urgent(), self.intro, *signs, *self.after()) if line]

    def urgent(self) -> list[str]:
        """The lines shown first and in bold: an emergency, and (on a kiosk) tell a member of staff."""
        return [line for line in (self.emergency, self.kiosk_note) if line]

    def after(self) -> list[str]:
        """The lines after the signs: who to call (the first, in bold), when, what to say, the clinic's note."""
        return [line for line in (self.phone, self.hours, self.tell_them, self.note) if line]


def compose_help(words: HelpText, phone: str = "", hours: str = "", emergency_number: str = "", note: str = "",
                 kiosk: bool = False) -> HelpBox:
    """Fill the pack's words with the clinic's settings; without a phone number, point to the alert card."""
    emergency = words.emergency.replace("{emergency_number}", emergency_number or words.local_emergency)
    return HelpBox(
        title=words.title, intro=words.call_now_intro, signs=words.call_now,
        phone=f"{words.phone_label} {phone}" if phone else words.no_number,
        hours=f"{words.hours_label} {hours}" if phone and hours else "",
        tell_them=words.tell_them, note=note, emergency=emergency,
        kiosk_note=words.kiosk_note if kiosk else "",
    )
