"""Reusable widgets: the on-screen keyboard, field editors, overlays, the status line."""
