"""The back office's own words (context ``BackOffice``), in the catalogues like every other text: Azerbaijani
by default, Russian and English on the pages' language links. Service, status, field and rejection-reason
names come from their own contexts (``Service``, ``Status``, ``Field``, ``Choice``, ``RejectReason``)."""

from __future__ import annotations

from central import texts
from kiosk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "BackOffice"

WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("BackOffice", "Back office"),
    "queue": QT_TRANSLATE_NOOP("BackOffice", "Work queue"),
    "messages": QT_TRANSLATE_NOOP("BackOffice", "Messages"),
    "kpi": QT_TRANSLATE_NOOP("BackOffice", "Indicators"),
    "fleet": QT_TRANSLATE_NOOP("BackOffice", "Kiosks"),
    "users": QT_TRANSLATE_NOOP("BackOffice", "Staff users"),
    "kiosk_tokens": QT_TRANSLATE_NOOP("BackOffice", "Kiosk tokens"),
    "sign_in": QT_TRANSLATE_NOOP("BackOffice", "Sign in"),
    "sign_out": QT_TRANSLATE_NOOP("BackOffice", "Sign out"),
    "username": QT_TRANSLATE_NOOP("BackOffice", "User name"),
    "password": QT_TRANSLATE_NOOP("BackOffice", "Password"),
    "login_failed": QT_TRANSLATE_NOOP(
        "BackOffice",
        "Sign-in failed. Check the user name and password. After 5 failed attempts the account is "
        "locked for 15 minutes.",
    ),
    "forbidden": QT_TRANSLATE_NOOP("BackOffice", "This page is for supervisors only."),
    "csrf": QT_TRANSLATE_NOOP(
        "BackOffice", "This form has expired. Open the page again and repeat the action."
    ),
    "busy": QT_TRANSLATE_NOOP("BackOffice", "The server is busy. Please try again in a moment."),
    "service": QT_TRANSLATE_NOOP("BackOffice", "Service"),
    "status": QT_TRANSLATE_NOOP("BackOffice", "Status"),
    "all": QT_TRANSLATE_NOOP("BackOffice", "All"),
    "open": QT_TRANSLATE_NOOP("BackOffice", "Open (not final)"),
    "show": QT_TRANSLATE_NOOP("BackOffice", "Show"),
    "received": QT_TRANSLATE_NOOP("BackOffice", "Received"),
    "waited": QT_TRANSLATE_NOOP("BackOffice", "Days waited"),
    "target": QT_TRANSLATE_NOOP("BackOffice", "Target"),
    "over_target": QT_TRANSLATE_NOOP("BackOffice", "over target"),
    "tracking_code": QT_TRANSLATE_NOOP("BackOffice", "Tracking code"),
    "reference": QT_TRANSLATE_NOOP("BackOffice", "Reference"),
    "nothing": QT_TRANSLATE_NOOP("BackOffice", "Nothing to show."),
    "answers": QT_TRANSLATE_NOOP("BackOffice", "Answers"),
    "photos": QT_TRANSLATE_NOOP("BackOffice", "Photos"),
    "waiting_photo": QT_TRANSLATE_NOOP("BackOffice", "Waiting for the photo"),
    "fee": QT_TRANSLATE_NOOP("BackOffice", "Fee quoted"),
    "schedule": QT_TRANSLATE_NOOP("BackOffice", "Tariff schedule"),
    "history": QT_TRANSLATE_NOOP("BackOffice", "History"),
    "by": QT_TRANSLATE_NOOP("BackOffice", "By"),
    "note": QT_TRANSLATE_NOOP("BackOffice", "Note"),
    "reason": QT_TRANSLATE_NOOP("BackOffice", "Reason"),
    "next": QT_TRANSLATE_NOOP("BackOffice", "Move to"),
    "reject": QT_TRANSLATE_NOOP("BackOffice", "Reject"),
    "staff_note": QT_TRANSLATE_NOOP("BackOffice", "Note for staff (the applicant does not see it)"),
    "moved": QT_TRANSLATE_NOOP("BackOffice", "Status changed."),
    "moved_meanwhile": QT_TRANSLATE_NOOP(
        "BackOffice",
        "Someone else moved this application meanwhile. Its current status is shown below: "
        "check it and decide again.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "BackOffice", "This move is not allowed from the current status."
    ),
    "reason_needed": QT_TRANSLATE_NOOP("BackOffice", "Choose the reason of the rejection."),
    "final": QT_TRANSLATE_NOOP("BackOffice", "This application is in a final status."),
    "not_found": QT_TRANSLATE_NOOP("BackOffice", "Application not found."),
    "time": QT_TRANSLATE_NOOP("BackOffice", "Time"),
    "channel": QT_TRANSLATE_NOOP("BackOffice", "Channel"),
    "recipient": QT_TRANSLATE_NOOP("BackOffice", "Recipient"),
    "state": QT_TRANSLATE_NOOP("BackOffice", "State"),
    "attempts": QT_TRANSLATE_NOOP("BackOffice", "Attempts"),
    "text": QT_TRANSLATE_NOOP("BackOffice", "Text"),
    "dev_sink": QT_TRANSLATE_NOOP(
        "BackOffice",
        "Messages to applicants, newest first. In development nothing leaves the server: "
        "this list shows what would have been sent.",
    ),
    "role": QT_TRANSLATE_NOOP("BackOffice", "Role"),
    "operator": QT_TRANSLATE_NOOP("BackOffice", "Operator"),
    "supervisor": QT_TRANSLATE_NOOP("BackOffice", "Supervisor"),
    "active": QT_TRANSLATE_NOOP("BackOffice", "Active"),
    "inactive": QT_TRANSLATE_NOOP("BackOffice", "Deactivated"),
    "locked": QT_TRANSLATE_NOOP("BackOffice", "Locked"),
    "full_name": QT_TRANSLATE_NOOP("BackOffice", "Full name"),
    "add_user": QT_TRANSLATE_NOOP("BackOffice", "Add user"),
    "activate": QT_TRANSLATE_NOOP("BackOffice", "Activate"),
    "deactivate": QT_TRANSLATE_NOOP("BackOffice", "Deactivate"),
    "new_password": QT_TRANSLATE_NOOP("BackOffice", "New password"),
    "set_password": QT_TRANSLATE_NOOP("BackOffice", "Set password"),
    "saved": QT_TRANSLATE_NOOP("BackOffice", "Saved."),
    "name": QT_TRANSLATE_NOOP("BackOffice", "Name"),
    "created": QT_TRANSLATE_NOOP("BackOffice", "Created"),
    "revoked": QT_TRANSLATE_NOOP("BackOffice", "Revoked"),
    "expires": QT_TRANSLATE_NOOP("BackOffice", "Expires"),
    "not_available": QT_TRANSLATE_NOOP("BackOffice", "Not available yet."),
    "indicator": QT_TRANSLATE_NOOP("BackOffice", "Indicator"),
    "kiosk": QT_TRANSLATE_NOOP("BackOffice", "Kiosk"),
    "version": QT_TRANSLATE_NOOP("BackOffice", "Version"),
    "queue_depth": QT_TRANSLATE_NOOP("BackOffice", "Waiting to be sent"),
    "oldest_pending": QT_TRANSLATE_NOOP("BackOffice", "Oldest waiting since"),
    "printer": QT_TRANSLATE_NOOP("BackOffice", "Printer"),
    "last_sync": QT_TRANSLATE_NOOP("BackOffice", "Last sent"),
    "last_heartbeat": QT_TRANSLATE_NOOP("BackOffice", "Last heard"),
    "never": QT_TRANSLATE_NOOP("BackOffice", "never"),
    "attention": QT_TRANSLATE_NOOP("BackOffice", "Needs attention"),
    "all_well": QT_TRANSLATE_NOOP("BackOffice", "All well"),
    "printer_ok": QT_TRANSLATE_NOOP("BackOffice", "working"),
    "printer_paper_out": QT_TRANSLATE_NOOP("BackOffice", "out of paper"),
    "printer_error": QT_TRANSLATE_NOOP("BackOffice", "fault"),
    "printer_unknown": QT_TRANSLATE_NOOP("BackOffice", "not used yet"),
    "value": QT_TRANSLATE_NOOP("BackOffice", "Value"),
    "password_short": QT_TRANSLATE_NOOP(
        "BackOffice", "The password must have at least 10 characters."
    ),
    "password_invalid": QT_TRANSLATE_NOOP("BackOffice", "This password cannot be used."),
    "username_invalid": QT_TRANSLATE_NOOP(
        "BackOffice",
        "User name: 2 to 64 small Latin letters, digits, dots, dashes or underscores.",
    ),
    "username_taken": QT_TRANSLATE_NOOP("BackOffice", "This user name is already taken."),
    "role_invalid": QT_TRANSLATE_NOOP("BackOffice", "Choose a role."),
    "user_unknown": QT_TRANSLATE_NOOP("BackOffice", "No such user."),
    "add_kiosk": QT_TRANSLATE_NOOP("BackOffice", "Add a kiosk"),
    "kiosk_id": QT_TRANSLATE_NOOP("BackOffice", "Kiosk id"),
    "expires_days": QT_TRANSLATE_NOOP("BackOffice", "Valid for (days; empty: no end)"),
    "revoke": QT_TRANSLATE_NOOP("BackOffice", "Revoke"),
    "token_once": QT_TRANSLATE_NOOP(
        "BackOffice",
        "The new kiosk's token, shown only now: put it in that kiosk's configuration (api_token).",
    ),
    "kiosk_name_invalid": QT_TRANSLATE_NOOP(
        "BackOffice", "Kiosk id: 1 to 64 characters, as in the kiosk's configuration (kiosk_id)."
    ),
    "expiry_invalid": QT_TRANSLATE_NOOP(
        "BackOffice", "Valid for: a number of days from 1 to 3650, or empty."
    ),
    "token_unknown": QT_TRANSLATE_NOOP("BackOffice", "No such kiosk token, or already revoked."),
    "revoke_question": QT_TRANSLATE_NOOP(
        "BackOffice",
        "Revoke this kiosk's token? The kiosk is refused from its next request and can send nothing "
        "until it is given a new token.",
    ),
    "cancel": QT_TRANSLATE_NOOP("BackOffice", "Cancel"),
    "revoked_now": QT_TRANSLATE_NOOP(
        "BackOffice", "Revoked: the kiosk is refused from its next request."
    ),
}


def word(key: str, lang: str) -> str:
    return texts.text(CONTEXT, WORDS[key], lang)
