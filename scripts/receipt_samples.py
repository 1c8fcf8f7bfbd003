"""Write pictures of sample receipts into docs/screenshots/ (both formats; a connection and a meter reading).

    python scripts/receipt_samples.py [--out docs/screenshots]

Also writes the 1-bit picture a thermal printer receives, to check the dithered print stays legible.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kiosk.receipts import receipt_from_submission, render_receipt_pdf, samples  # noqa: E402
from kiosk.receipts.raster import pdf_to_image, thermal_image  # noqa: E402

DPI = {"roll": 203, "a4": 110}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    cases = {
        "connection": (samples.connection_record(), False),
        "meter-reading": (samples.water_record(), True),
    }
    for name, (record, sent) in cases.items():
        receipt = receipt_from_submission(
            record,
            kiosk_id=samples.KIOSK_ID,
            centre_name=samples.CENTRE_NAME,
            public_status_url=samples.PUBLIC_STATUS_URL,
            sent=sent,
        )
        for fmt in ("roll", "a4"):
            pdf = render_receipt_pdf(receipt, fmt)
            path = args.out / f"receipt-{fmt}-{name}.png"
            pdf_to_image(pdf, dpi=DPI[fmt]).save(path, optimize=True)
            print(path)
            if fmt == "roll" and name == "connection":
                path = args.out / f"receipt-{fmt}-{name}-thermal.png"
                thermal_image(pdf).save(path, optimize=True)
                print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
