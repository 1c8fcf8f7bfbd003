"""The names of application statuses (docs/WIRE.md "Services and statuses"), Qt-free.

English source strings under the context ``Status``: the kiosk's screens translate them through Qt, the
reference central through :func:`kiosk.core.i18n.translate`, both from ``translations/``. A service's
``flow`` names its statuses by these ids.
"""

from __future__ import annotations

from kiosk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Status"

STATUSES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Status", "Received"),
    "under_review": QT_TRANSLATE_NOOP("Status", "Under review"),
    "fee_to_pay": QT_TRANSLATE_NOOP("Status", "Fee to pay"),
    "paid": QT_TRANSLATE_NOOP("Status", "Paid"),
    "works": QT_TRANSLATE_NOOP("Status", "Installation works"),
    "contract": QT_TRANSLATE_NOOP("Status", "Contract being signed"),
    "connected": QT_TRANSLATE_NOOP("Status", "Connected"),
    "accepted": QT_TRANSLATE_NOOP("Status", "Reading accepted"),
    "onsite_check": QT_TRANSLATE_NOOP("Status", "On-site meter check"),
    "invoice_formed": QT_TRANSLATE_NOOP("Status", "Invoice ready"),
    "rejected": QT_TRANSLATE_NOOP("Status", "Rejected"),
}
