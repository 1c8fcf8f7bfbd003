"""The tracking QR code as a reportlab flowable drawn in vectors: crisp at any printer resolution."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import black
from reportlab.platypus import Flowable

# ISO/IEC 18004 asks for a light margin of four modules around the symbol.
QUIET_ZONE_MODULES = 4


def qr_matrix(data: str) -> list[list[bool]]:
    """The modules of the smallest QR symbol holding ``data`` at error correction level M (15 %)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR symbol ``symbol_size`` points wide, plus its quiet zone on every side."""

    def __init__(self, data: str, symbol_size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(data)
        self.module = symbol_size / len(self.matrix)
        self.quiet = QUIET_ZONE_MODULES * self.module
        self.width = self.height = symbol_size + 2 * self.quiet
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        m = self.module
        top = self.height - self.quiet
        # One path of horizontal runs, filled once: no hairline seams between neighbouring modules.
        path = canvas.beginPath()
        for y, row in enumerate(self.matrix):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                path.rect(self.quiet + start * m, top - (y + 1) * m, (x - start) * m, m)
        canvas.saveState()
        canvas.setFillColor(black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
