"""Kiosk mode: lockdown, idle reset, attract screen and the hidden admin exit."""
