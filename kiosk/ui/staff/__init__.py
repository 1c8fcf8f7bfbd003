"""Staff mode on the screen: the hidden entry gesture, the PIN pad, the dashboard, and the lock-down that
keeps applicants from leaving the kiosk. The logic lives in ``kiosk.staff``; these widgets show it."""
