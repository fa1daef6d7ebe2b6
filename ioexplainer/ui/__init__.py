"""Qt widgets: main window, navigator, viewer, glossary card, theme and translations."""
