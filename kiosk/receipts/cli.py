"""``kiosk receipt TRACKING_CODE [--format roll|a4] [--lang az|ru|en] --out FILE.pdf``: staff reprints."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.core import tracking
from kiosk.core.i18n import LANGUAGES
from kiosk.receipts.layout import FORMATS, write_receipt
from kiosk.receipts.model import receipt_from_submission

# (record, kiosk_id, centre_name, public_status_url, sent), or None when the outbox has no such code.
LoadedRecord = tuple[Mapping[str, Any], str, str, str, bool]
LoadRecord = Callable[[str], LoadedRecord | None]


def add_receipt_command(subparsers: Any, load_record: LoadRecord) -> argparse.ArgumentParser:
    """Add ``receipt`` to an argparse ``subparsers`` object; ``args.func(args)`` runs it.

    ``load_record(tracking_code)`` finds the submission in the local outbox by its canonical code.
    The command returns 0 after writing the PDF and exits with status 2 when the code is malformed or
    unknown.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "receipt",
        help="render the receipt of a submission in the local outbox (reprint)",
        description="Render the receipt of a submission in the local outbox to a PDF file.",
    )
    parser.add_argument("tracking_code", metavar="TRACKING_CODE")
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="roll")
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="default: the applicant's language"
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf")

    def run(args: argparse.Namespace) -> int:
        try:
            code = tracking.parse(args.tracking_code)
        except tracking.InvalidTrackingCode as exc:
            parser.exit(
                2, f"kiosk receipt: {args.tracking_code!r} is not a tracking code ({exc.code})\n"
            )
        loaded = load_record(code)
        if loaded is None:
            parser.exit(2, f"kiosk receipt: no submission {code} in the local outbox\n")
        record, kiosk_id, centre_name, public_status_url, sent = loaded
        receipt = receipt_from_submission(
            record,
            kiosk_id=kiosk_id,
            centre_name=centre_name,
            public_status_url=public_status_url,
            sent=sent,
            language=args.lang,
        )
        path = write_receipt(receipt, args.out, args.fmt)
        print(path, file=sys.stdout)
        return 0

    parser.set_defaults(func=run)
    return parser
