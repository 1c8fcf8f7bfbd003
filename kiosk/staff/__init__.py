"""Staff mode below the screen: PIN slots, the audit log and everything the staff dashboard does.

Nothing here imports Qt; ``kiosk/ui/staff`` shows it, ``kiosk staff …`` reaches it from a console.
"""
