"""The touch screen an applicant uses: windows, screens, widgets, theme and translation loading.

Screens ask :mod:`kiosk.core` for every rule and talk to storage and the network only through a
:class:`kiosk.backend_protocol.KioskBackend`, whose blocking calls run off the UI thread.
"""
